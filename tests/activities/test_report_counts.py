"""Reports count themselves: the half-year report opens with the figures counted from the reporter's own records of
the round's period, each with where it came from and the records behind it; a corrected figure keeps its note;
consolidation lists the activities behind the sums."""

from __future__ import annotations

from binhdang.activities.models import CommProduct, Inspection, Violation
from binhdang.reports.models import Value
from tests.activities.conftest import duty_of, training_data
from tests.plans.forms_data import form_data
from tests.reports.conftest import open_round, report_of


def _record_half_year(client, plan, focal) -> None:  # type: ignore[no-untyped-def]
    client.force_login(focal)
    assert client.post("/activities/tap-huan/new/", training_data(focal, plan)).status_code == 302
    # held in August: outside the first half of the year, so not counted in the half-year report
    client.post("/activities/tap-huan/new/", training_data(focal, plan, held_on="10/08/2022", topic="Tập huấn quý III"))
    CommProduct.objects.create(agency=focal.agency, plan=plan, duty=duty_of(focal, plan), held_on="2022-04-10",
                               kind="news", title="Tin về Ngày Quốc tế Phụ nữ", channel="Cổng thông tin", count=3)
    inspection = Inspection.objects.create(agency=focal.agency, held_on="2022-05-20", decision="Kế hoạch 12/KH-SYT",
                                           bodies="doanh nghiệp: Công ty May")
    Violation.objects.create(inspection=inspection, body="Công ty May", description="Không bảo đảm chế độ thai sản",
                             sanction="fine", fine=5_000_000)


def test_the_report_opens_counted_with_its_records(client, coordinator, plan, focal) -> None:  # type: ignore[no-untyped-def]
    rnd = open_round(client, plan)
    assert rnd.items.get(source="tap-huan-nguoi").label.startswith("Số người được tập huấn")
    _record_half_year(client, plan, focal)
    report = report_of(rnd, focal)
    page = client.get(f"/reports/{report.id}/").content.decode()
    data = form_data(page, "report-form")
    trained = rnd.items.get(source="tap-huan-nguoi")
    products = rnd.items.get(source="san-pham")
    assert (data[f"item-{trained.id}-total"], data[f"item-{trained.id}-female"]) == ("120", "85")
    assert data[f"item-{products.id}-total"] == "3"
    assert data[f"item-{rnd.items.get(source='vi-pham').id}-total"] == "1"
    assert "đếm từ 1 bản ghi của sổ «Tập huấn, hội nghị, hội thảo»" in page
    assert "Tập huấn lồng ghép giới trong y tế" in page and "Tin về Ngày Quốc tế Phụ nữ" in page
    assert "Tập huấn quý III" not in page  # August is outside the round's period

    data["action"] = "submit"
    assert client.post(f"/reports/{report.id}/", data).status_code == 302
    value = Value.objects.get(report=report, item=trained)
    assert (value.total, value.female, value.counted_total) == (120, 85, 120)


def test_a_correction_keeps_its_note(client, coordinator, plan, focal) -> None:  # type: ignore[no-untyped-def]
    rnd = open_round(client, plan)
    _record_half_year(client, plan, focal)
    report = report_of(rnd, focal)
    data = form_data(client.get(f"/reports/{report.id}/").content.decode(), "report-form")
    trained = rnd.items.get(source="tap-huan-nguoi")
    data[f"item-{trained.id}-total"] = "130"
    data["action"] = "save"
    response = client.post(f"/reports/{report.id}/", data)
    assert response.status_code == 400
    assert "Số liệu khác với số đếm từ sổ theo dõi (120): hãy ghi lý do điều chỉnh." in response.content.decode()

    data[f"item-{trained.id}-note"] = "Thêm 10 người của lớp do bệnh viện tự tổ chức, chưa ghi sổ"
    data["action"] = "submit"
    assert client.post(f"/reports/{report.id}/", data).status_code == 302
    value = Value.objects.get(report=report, item=trained)
    assert (value.total, value.counted_total) == (130, 120)
    page = client.get(f"/reports/{report.id}/").content.decode()
    assert "Thêm 10 người của lớp do bệnh viện tự tổ chức, chưa ghi sổ" in page


def test_consolidation_lists_the_activities_behind_the_sums(client, coordinator, plan, focal) -> None:  # type: ignore[no-untyped-def]
    rnd = open_round(client, plan)
    _record_half_year(client, plan, focal)
    report = report_of(rnd, focal)
    data = form_data(client.get(f"/reports/{report.id}/").content.decode(), "report-form")
    data["action"] = "submit"
    client.post(f"/reports/{report.id}/", data)
    client.force_login(coordinator)
    client.post(f"/rounds/{rnd.id}/consolidated/", {"assemble": "1"})
    figures = {f["label"]: f for f in rnd.consolidated.__class__.objects.get(round=rnd).figures}
    trained = figures["Số người được tập huấn, bồi dưỡng về bình đẳng giới"]
    assert (trained["total"], trained["female"]) == ("120", "85")
    assert [r["title"] for r in trained["records"]] == ["Tập huấn lồng ghép giới trong y tế"]
    page = client.get(f"/rounds/{rnd.id}/consolidated/").content.decode()
    assert "Tập huấn lồng ghép giới trong y tế" in page and "Sở Y tế tỉnh Thái Bình" in page


def test_a_round_line_names_a_register_count(client, coordinator, plan) -> None:  # type: ignore[no-untyped-def]
    rnd = open_round(client, plan, items="Số lượt khen thưởng | lượt | | | khen-thuong\nSố mô hình | mô hình")
    assert [(i.label, i.source) for i in rnd.items.all()] == [("Số lượt khen thưởng", "khen-thuong"),
                                                              ("Số mô hình", "")]
    page = client.get(f"/plans/{plan.id}/rounds/new/").content.decode()
    data = form_data(page, "round-form")
    data["items"] = "Số lượt khen thưởng | lượt | | | khen-thuong-nham"
    response = client.post(f"/plans/{plan.id}/rounds/new/", data)
    assert response.status_code == 400 and "Không có nguồn số liệu «khen-thuong-nham»" in response.content.decode()
