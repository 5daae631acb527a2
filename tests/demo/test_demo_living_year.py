"""`binhdang demo` builds a living year 2026 in Thành phố Hải Phòng, in the current structure: plans of the city
and of a ward, rounds with reports in every state, indicator values that put the targets in every status; one
account per role; and running it again changes nothing."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.apps import apps
from django.core.management import call_command
from django.utils import timezone

from binhdang.accounts.models import User
from binhdang.demo.services import DEMO_PASSWORD
from binhdang.plans.models import Plan
from binhdang.reports.models import Report, Round
from binhdang.units.models import AdminUnit
from tests.conftest import SHARED

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo() -> AdminUnit:  # type: ignore[no-untyped-def]
    call_command("demo", seeds=str(SHARED / "seeds"))
    return AdminUnit.objects.get(era="current", level="province", short_name="Hải Phòng")


def test_the_city_and_a_ward_have_2026_plans_in_todays_structure(client, demo) -> None:  # type: ignore[no-untyped-def]
    plan = Plan.objects.get(unit=demo, period_from=2026)
    assert plan.status == Plan.Status.CONFIRMED and "thành phố Hải Phòng năm 2026" in plan.title
    agencies = {d.agency.name for d in plan.duties.select_related("agency")}
    # The standing agency is Sở Nội vụ; departments abolished in 2025 handed their work to those that absorbed them.
    assert {"Sở Nội vụ thành phố Hải Phòng", "Sở Tài chính thành phố Hải Phòng",
            "Sở Khoa học và Công nghệ thành phố Hải Phòng"} <= agencies
    assert not any("Lao động - Thương binh" in a or "Kế hoạch và Đầu tư" in a for a in agencies)
    assert all(d.due and d.due.year == 2026 for d in plan.duties.all())
    ward = Plan.objects.get(derived_from=plan)
    assert ward.unit.name == "Phường Nhị Chiểu" and ward.status == Plan.Status.CONFIRMED and ward.duties.exists()


def test_the_city_dashboard_shows_every_status_the_ranking_and_the_map(client, demo) -> None:  # type: ignore[no-untyped-def]
    client.force_login(User.objects.get(username="lanhdao.haiphong"))
    page = client.get(f"/units/{demo.id}/dashboard/").content.decode()
    statuses = set(re.findall(r'<span class="badge (\w+)">', page))
    assert statuses == {"achieved", "on_track", "at_risk", "off_track", "no_data"}
    ranking = page.split('id="ranking"')[1].split("</table>")[0]
    assert ranking.count("<tr>") == AdminUnit.objects.filter(parent=demo).count() and "—" not in ranking
    assert "Phường Nhị Chiểu" in ranking and page.count("<svg") >= 3  # progress chart, bars, map


def test_the_rounds_hold_reports_in_every_state(client, demo) -> None:  # type: ignore[no-untyped-def]
    today = timezone.localdate()
    rounds = {r.kind: r for r in Round.objects.filter(plan__unit=demo)}
    assert rounds[Round.Kind.HALF_YEAR].due == dt.date(2026, 6, 10)
    assert rounds[Round.Kind.ANNUAL].due == dt.date(2026, 12, 10)
    assert 0 < (rounds[Round.Kind.AD_HOC].due - today).days <= 7  # due soon, whatever the day
    half = list(rounds[Round.Kind.HALF_YEAR].reports.select_related("round"))
    assert {r.status for r in half} == set(Report.Status.values)
    assert any(r.is_sent and not r.late for r in half) and any(r.is_sent and r.late for r in half)
    returned = next(r for r in half if r.status == Report.Status.RETURNED)
    assert returned.review_comment and returned.submitted_at.date() <= returned.round.due
    assert hasattr(rounds[Round.Kind.HALF_YEAR], "consolidated")
    client.force_login(User.objects.get(username="dieuphoi.haiphong"))
    page = client.get(f"/rounds/{rounds[Round.Kind.HALF_YEAR].id}/").content.decode()
    for label in ("Chưa gửi", "Đã gửi, chờ xem xét", "Bị trả lại", "Đã chấp nhận", "muộn", "quá hạn",
                  "Tình hình báo cáo của đơn vị"):  # the last: the ward's own round, a click away
        assert label in page, label


def test_every_role_of_the_city_has_an_account(client, demo) -> None:  # type: ignore[no-untyped-def]
    roles = {}
    for username in ("dieuphoi.haiphong", "daumoi.syte.haiphong", "lanhdao.haiphong", "xuly.haiphong",
                     "dieuphoi.nhichieu"):
        response = client.post("/login/", {"username": username, "password": DEMO_PASSWORD})
        assert response.status_code == 302, username
        client.logout()
        user = User.objects.get(username=username)
        roles[user.role] = user
        assert user.unit is not None and user.unit.path.startswith(demo.path)
    assert set(roles) == set(User.Role) - {User.Role.ADMIN}
    client.force_login(roles[User.Role.FOCAL_POINT])
    home = client.get("/").content.decode()
    assert "Bị trả lại" in home and "Báo cáo năm 2026" in home  # a returned report and one due soon
    client.force_login(User.objects.get(username="dieuphoi.nhichieu"))
    assert "Báo cáo năm 2026" in client.get("/").content.decode()  # the ward's report to the city, due soon


def test_running_the_demo_again_changes_nothing(demo) -> None:  # type: ignore[no-untyped-def]
    def counts() -> dict[str, int]:
        return {m._meta.label: m.objects.count() for m in apps.get_models()}

    before = counts()
    call_command("demo", seeds=str(SHARED / "seeds"))
    assert counts() == before
