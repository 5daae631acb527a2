"""Times in messages are the local time of Vietnam (Asia/Ho_Chi_Minh, UTC+7), as on the page around them."""

from __future__ import annotations

import pytest
from django.utils import timezone

from binhdang.accounts.models import User
from tests.reports.conftest import fill, report_of, reporter

pytestmark = pytest.mark.django_db


def test_a_conflict_says_when_in_local_time(client, plan, rnd) -> None:  # type: ignore[no-untyped-def]
    first = reporter(plan, "so_y_te", "daumoi.yte.1")
    second = User.objects.create_user("daumoi.yte.2", role=User.Role.FOCAL_POINT, unit=plan.unit, agency=first.agency)
    report = report_of(rnd, first)
    client.force_login(first)
    mine = fill(client, report, summary="Bản thứ nhất")
    client.force_login(second)
    assert client.post(f"/reports/{report.id}/", {**fill(client, report, summary="Bản thứ hai"),
                                                    "action": "save"}).status_code == 302
    client.force_login(first)
    page = client.post(f"/reports/{report.id}/", {**mine, "action": "save"}).content.decode()
    report.refresh_from_db()
    local, utc = timezone.localtime(report.updated_at), report.updated_at.astimezone(timezone.UTC)
    assert f"lúc {local:%d/%m/%Y %H:%M}" in page and f"lúc {utc:%d/%m/%Y %H:%M}" not in page


def test_a_second_submit_says_when_in_local_time(client, plan, rnd) -> None:  # type: ignore[no-untyped-def]
    user = reporter(plan, "so_y_te")
    report = report_of(rnd, user)
    client.force_login(user)
    data = {**fill(client, report, done="Đã làm"), "action": "submit"}
    client.post(f"/reports/{report.id}/", data)
    page = client.post(f"/reports/{report.id}/", data, follow=True).content.decode()
    report.refresh_from_db()
    assert f"gửi lúc {timezone.localtime(report.submitted_at):%d/%m/%Y %H:%M}" in page
