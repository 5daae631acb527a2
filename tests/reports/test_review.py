"""The coordinator accepts or returns a report with comments; a returned report goes back to its reporter; every
step is timestamped in the history."""

from __future__ import annotations

import pytest

from binhdang.reports.models import Report
from tests.reports.conftest import fill, report_of, reporter

pytestmark = pytest.mark.django_db


def test_return_fix_and_accept(client, plan, rnd, coordinator) -> None:  # type: ignore[no-untyped-def]
    health = reporter(plan, "so_y_te")
    report = report_of(rnd, health)
    client.force_login(health)
    client.post(f"/reports/{report.id}/", {**fill(client, report, done="Đã làm"), "action": "submit"})

    client.force_login(coordinator)
    assert health.agency.name in client.get("/").content.decode()  # waiting for review on the home page
    response = client.post(f"/reports/{report.id}/review/", {"decision": "return", "comment": ""}, follow=True)
    assert "Hãy ghi lý do trả lại" in response.content.decode()
    client.post(f"/reports/{report.id}/review/", {"decision": "return", "comment": "Thiếu số liệu tập huấn"})
    report.refresh_from_db()
    assert report.status == Report.Status.RETURNED and report.reviewed_at is not None

    client.force_login(health)
    home = client.get("/").content.decode()
    assert rnd.name in home and "Bị trả lại" in home
    page = client.get(f"/reports/{report.id}/").content.decode()
    assert "Thiếu số liệu tập huấn" in page
    client.post(f"/reports/{report.id}/", {**fill(client, report, total="40", female="22"), "action": "submit"})

    client.force_login(coordinator)
    client.post(f"/reports/{report.id}/review/", {"decision": "accept"})
    report.refresh_from_db()
    assert report.status == Report.Status.ACCEPTED
    steps = [h.status for h in report.history.order_by("history_date")]
    assert steps[-4:] == ["submitted", "returned", "submitted", "accepted"]
    assert all(h.history_date for h in report.history.all())


def test_a_reporter_does_not_review_itself(client, plan, rnd) -> None:  # type: ignore[no-untyped-def]
    health = reporter(plan, "so_y_te")
    report = report_of(rnd, health)
    client.force_login(health)
    client.post(f"/reports/{report.id}/", {**fill(client, report, done="Đã làm"), "action": "submit"})
    assert client.post(f"/reports/{report.id}/review/", {"decision": "accept"}).status_code == 403
    report.refresh_from_db()
    assert report.status == Report.Status.SUBMITTED
