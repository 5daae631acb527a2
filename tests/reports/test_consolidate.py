"""One click assembles the unit's consolidated report: results per content item, numbers summed (totals and by
sex), target measures, who did not report; exported as .docx (Nghị định 30) and .xlsx; a lower unit's
consolidated report can be its submission upward."""

from __future__ import annotations

import io

import pytest
from docx import Document
from openpyxl import load_workbook

from binhdang.reports.models import Report
from tests.reports.conftest import fill, report_of, reporter

pytestmark = pytest.mark.django_db


def _send(client, user, rnd, **values) -> Report:  # type: ignore[no-untyped-def]
    client.force_login(user)
    report = report_of(rnd, user)
    client.post(f"/reports/{report.id}/", {**fill(client, report, **values), "action": "submit"})
    report.refresh_from_db()
    assert report.status == Report.Status.SUBMITTED
    return report


def test_assemble_sum_edit_and_export(client, plan, rnd, coordinator) -> None:  # type: ignore[no-untyped-def]
    health, justice = reporter(plan, "so_y_te"), reporter(plan, "so_tu_phap")
    _send(client, health, rnd, done="Tập huấn 120 nhân viên y tế về giới", total="120", female="85")
    _send(client, justice, rnd, done="Lồng ghép giới trong 4 văn bản", total="35", female="20")
    reporter(plan, "so_noi_vu")  # has duties, sends nothing

    client.force_login(coordinator)
    client.post(f"/rounds/{rnd.id}/consolidated/", {"assemble": "1"})
    c = rnd.consolidated
    trained = c.figures[0]
    assert (trained["total"], trained["female"], trained["male"]) == ("155", "105", "50")
    health_section = next(s for s in c.sections if "Sở Y tế" in s["title"])
    assert "Sở Y tế tỉnh Thái Bình: Tập huấn 120 nhân viên y tế" in health_section["text"]
    assert "Lồng ghép giới" not in health_section["text"]  # justice's result is under its own item
    assert "Sở Nội vụ tỉnh Thái Bình" in c.missing and "Sở Y tế tỉnh Thái Bình" not in c.missing

    page = client.get(f"/rounds/{rnd.id}/consolidated/").content.decode()
    from tests.plans.forms_data import form_data

    data = form_data(page, "consolidated-form")
    data.update(number="15/BC-UBND", signer_name="Nguyễn Văn Minh", signer_position="Phó Chủ tịch")
    sections = [s["text"] for s in c.sections]
    sections[0] = "Nội dung đã biên tập lại"
    response = client.post(f"/rounds/{rnd.id}/consolidated/", {**data, "section": sections})
    assert response.status_code == 302
    c.refresh_from_db()
    assert c.sections[0]["text"] == "Nội dung đã biên tập lại" and c.number == "15/BC-UBND"

    document = Document(io.BytesIO(client.get(f"/rounds/{rnd.id}/consolidated.docx").content))
    header = document.tables[0].rows[0].cells
    assert "Số: 15/BC-UBND" in header[0].text and "Độc lập - Tự do - Hạnh phúc" in header[1].text
    body = "\n".join(p.text for p in document.paragraphs)
    assert "BÁO CÁO" in body and "Nội dung đã biên tập lại" in body and "Sở Nội vụ tỉnh Thái Bình" in body
    figures = next(t for t in document.tables if t.rows[0].cells[0].text == "Chỉ số")
    assert [c.text for c in figures.rows[1].cells][2:] == ["155", "105", "50"]
    assert "Nguyễn Văn Minh" in document.tables[-1].rows[0].cells[1].text

    book = load_workbook(io.BytesIO(client.get(f"/rounds/{rnd.id}/figures.xlsx").content))
    sheet = book.active
    rows = {r[0]: r for r in sheet.iter_rows(min_row=3, values_only=True)}
    assert rows["Sở Y tế tỉnh Thái Bình"][2:5] == (120, 85, 35)
    assert rows["Sở Nội vụ tỉnh Thái Bình"][2] is None
    assert rows["Tổng cộng (các báo cáo đã gửi)"][2].startswith("=SUM(C3:")


def test_a_districts_consolidated_report_goes_up(client, plan, rnd, coordinator, thai_binh) -> None:  # type: ignore[no-untyped-def]
    from binhdang.plans.models import Plan
    from binhdang.units.models import Agency
    from tests.plans.conftest import resubmit
    from tests.reports.conftest import open_round

    district = thai_binh.children.order_by("name").first()
    client.post(f"/plans/{plan.id}/derive/", {"unit": district.id})
    child = Plan.objects.get(derived_from=plan)
    client.post(f"/plans/{child.id}/edit/", resubmit(client, child, confirm=True))
    own = open_round(client, child)
    centre = own.reports.exclude(agency__kind="ubnd").first().agency
    from binhdang.accounts.models import User

    focal = User.objects.create_user("daumoi.huyen", password="mat-khau-dai-1", role=User.Role.FOCAL_POINT,
                                     unit=district, agency=centre)
    _send(client, focal, own, done="Truyền thông tại 12 xã", total="300", female="180")
    client.force_login(coordinator)
    client.post(f"/rounds/{own.id}/consolidated/", {"assemble": "1"})
    upward = rnd.reports.get(agency=Agency.objects.get(unit=district, kind="ubnd"))
    page = client.get(f"/rounds/{own.id}/consolidated/").content.decode()
    assert rnd.name in page  # offered as the district's report to the province
    client.post(f"/rounds/{own.id}/consolidated/send-up/", {"report": upward.id})
    upward.refresh_from_db()
    assert upward.status == Report.Status.SUBMITTED and "Truyền thông tại 12 xã" in upward.summary
    value = upward.values.get(item__label=own.items.first().label)
    assert (value.total, value.female) == (300, 180)
