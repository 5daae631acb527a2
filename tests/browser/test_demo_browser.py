"""In the browser, the demo's living year: the Hải Phòng leader sees the city's targets in their statuses on the
dashboard, and the coordinator sees the half-year round's reports in every state."""

from __future__ import annotations

import pytest
from django.core.management import call_command

from binhdang.demo.services import DEMO_PASSWORD
from binhdang.reports.models import Round
from binhdang.units.models import AdminUnit
from tests.conftest import SHARED

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _login(chromium, live_server, username: str):  # type: ignore[no-untyped-def]
    page = chromium.new_context(locale="vi-VN").new_page()
    page.set_default_timeout(30_000)
    page.goto(f"{live_server.url}/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", DEMO_PASSWORD)
    page.click("form button")
    page.wait_for_url(f"{live_server.url}/")
    return page


def test_the_demo_year_seen_by_the_leader_and_the_coordinator(chromium, live_server) -> None:  # type: ignore[no-untyped-def]
    call_command("demo", seeds=str(SHARED / "seeds"))
    city = AdminUnit.objects.get(era="current", level="province", short_name="Hải Phòng")

    leader = _login(chromium, live_server, "lanhdao.haiphong")
    leader.goto(f"{live_server.url}/units/{city.id}/dashboard/")
    badges = leader.locator("#progress span.badge")
    labels = {badges.nth(i).inner_text() for i in range(badges.count())}
    assert len(labels) >= 4, labels
    assert {"Đã đạt", "Đúng tiến độ", "Có nguy cơ không đạt", "Chậm, không đạt"} <= labels
    assert leader.locator("#ranking tr").count() == AdminUnit.objects.filter(parent=city).count()
    assert leader.locator(".charts svg").count() >= 3  # progress, ranking bars, map
    leader.context.close()

    coordinator = _login(chromium, live_server, "dieuphoi.haiphong")
    half = Round.objects.get(plan__unit=city, kind=Round.Kind.HALF_YEAR)
    coordinator.goto(f"{live_server.url}/rounds/{half.id}/")
    rows = coordinator.locator("table.reporters tbody tr")
    states = " | ".join(rows.nth(i).inner_text() for i in range(rows.count()))
    for state in ("Chưa gửi", "Đã gửi, chờ xem xét", "Bị trả lại", "Đã chấp nhận", "muộn", "quá hạn"):
        assert state in states, state
    total = coordinator.locator("#completeness tr.total td").all_inner_texts()
    assert int(total[2]) > 0 and int(total[3]) > 0  # sent on time, sent late
    coordinator.click("tr.returned a")
    assert "Đề nghị bổ sung" in coordinator.content()  # returned with a comment
    coordinator.context.close()
