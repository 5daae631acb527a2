"""A reporter fills its report, saves a draft, submits; a double submit is harmless; it can withdraw until the
report is reviewed; bad numbers are refused with what was typed kept."""

from __future__ import annotations

import pytest

from binhdang.plans.models import Duty
from binhdang.reports.models import Report
from tests.reports.conftest import fill, report_of, reporter

pytestmark = pytest.mark.django_db


def test_fill_save_and_submit(client, plan, rnd) -> None:  # type: ignore[no-untyped-def]
    health = reporter(plan, "so_y_te")
    client.force_login(health)
    assert rnd.name in client.get("/").content.decode()  # the report it owes, on its home page
    report = report_of(rnd, health)
    data = fill(client, report, done="Tổ chức 3 lớp tập huấn cho 120 nhân viên y tế", total="120", female="85")
    assert client.post(f"/reports/{report.id}/", {**data, "action": "save"}).status_code == 302
    report.refresh_from_db()
    assert report.status == Report.Status.DRAFT and report.values.get(total=120).female == 85
    assert "Tổ chức 3 lớp tập huấn" in client.get(f"/reports/{report.id}/").content.decode()

    data = fill(client, report)
    client.post(f"/reports/{report.id}/", {**data, "action": "submit"})
    report.refresh_from_db()
    assert report.status == Report.Status.SUBMITTED and report.submitted_at is not None
    line = report.lines.get(done__startswith="Tổ chức")
    assert Duty.objects.get(id=line.duty_id).status == Duty.Status.DONE  # the duty follows the report


def test_a_double_submit_is_harmless(client, plan, rnd) -> None:  # type: ignore[no-untyped-def]
    health = reporter(plan, "so_y_te")
    client.force_login(health)
    report = report_of(rnd, health)
    data = {**fill(client, report, done="Đã thực hiện"), "action": "submit"}
    client.post(f"/reports/{report.id}/", data)
    report.refresh_from_db()
    first = report.submitted_at
    response = client.post(f"/reports/{report.id}/", data, follow=True)  # the same form, sent again
    assert "không cần gửi lại" in response.content.decode()
    report.refresh_from_db()
    assert report.submitted_at == first
    assert report.history.filter(status=Report.Status.SUBMITTED).count() == 1


def test_withdraw_until_reviewed(client, plan, rnd, coordinator) -> None:  # type: ignore[no-untyped-def]
    health = reporter(plan, "so_y_te")
    client.force_login(health)
    report = report_of(rnd, health)
    client.post(f"/reports/{report.id}/", {**fill(client, report, done="Đã làm"), "action": "submit"})
    client.post(f"/reports/{report.id}/", {"action": "withdraw"})
    report.refresh_from_db()
    assert report.status == Report.Status.DRAFT and report.submitted_at is None
    client.post(f"/reports/{report.id}/", {**fill(client, report), "action": "submit"})
    client.force_login(coordinator)
    client.post(f"/reports/{report.id}/review/", {"decision": "accept"})
    client.force_login(health)
    response = client.post(f"/reports/{report.id}/", {"action": "withdraw"}, follow=True)
    assert "không rút lại được" in response.content.decode()
    report.refresh_from_db()
    assert report.status == Report.Status.ACCEPTED


def test_more_women_than_people_is_refused_and_the_text_kept(client, plan, rnd) -> None:  # type: ignore[no-untyped-def]
    health = reporter(plan, "so_y_te")
    client.force_login(health)
    report = report_of(rnd, health)
    data = fill(client, report, done="Kết quả dài đã gõ", total="10", female="12")
    response = client.post(f"/reports/{report.id}/", {**data, "action": "submit"})
    page = response.content.decode()
    assert response.status_code == 400
    assert "Số nữ không được lớn hơn tổng số" in page and "Kết quả dài đã gõ" in page
    report.refresh_from_db()
    assert report.status == Report.Status.DRAFT and not report.values.exclude(total=None).exists()


def test_another_agency_cannot_fill_it(client, plan, rnd) -> None:  # type: ignore[no-untyped-def]
    health = reporter(plan, "so_y_te")
    justice = reporter(plan, "so_tu_phap")
    client.force_login(justice)
    report = report_of(rnd, health)
    assert client.get(f"/reports/{report.id}/").status_code == 404
    assert client.post(f"/reports/{report.id}/", {"action": "submit"}).status_code == 404
    report.refresh_from_db()
    assert report.status == Report.Status.DRAFT
