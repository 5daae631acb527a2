"""The year's calendar: seed 004's plan (Hải Dương 2016–2020) holds the Action Month "hàng năm … từ ngày 15/11 đến
ngày 15/12", so the calendar shows it in every year of the plan and not after; an activity recorded while it ran is
counted for it; rounds' due dates and duties' deadlines are on the same page."""

from __future__ import annotations

import datetime as dt

import pytest

from binhdang.accounts.models import User
from binhdang.activities.models import CommEvent
from binhdang.plans.models import Duty
from binhdang.plans.services import plan_confirm, plan_import
from binhdang.reports.services import DEFAULT_ITEMS, round_open
from binhdang.units.models import AdminUnit, Agency
from binhdang.units.services import agencies_create_standard
from tests.plans.conftest import seed

ACTION_MONTH = "Tháng hành động vì bình đẳng giới"


@pytest.fixture
def hai_phong(client, db):  # type: ignore[no-untyped-def]
    """A coordinator of Hải Phòng, which absorbed Hải Dương in 2025 and keeps its plans, with seed 004 confirmed."""
    unit = AdminUnit.objects.get(era="current", level="province", short_name="Hải Phòng")
    old = unit.predecessors.get(short_name="Hải Dương")
    for u in (unit, old):
        agencies_create_standard(u)
    user = User.objects.create_user("dieuphoi.hp", password="mat-khau-dai-1", role=User.Role.COORDINATOR,
                                    unit=unit, agency=Agency.objects.get(unit=unit, is_standing=True))
    plan = plan_confirm(plan_import(user, seed("004").read_bytes(), seed("004").name), user)
    client.force_login(user)
    return user, old, plan


def _rows(client, unit: AdminUnit, year: int) -> str:  # type: ignore[no-untyped-def]
    response = client.get(f"/units/{unit.id}/calendar/?nam={year}")
    assert response.status_code == 200
    return response.content.decode()


def test_the_action_month_recurs_every_year_of_the_plan(client, hai_phong) -> None:  # type: ignore[no-untyped-def]
    _user, old, plan = hai_phong
    assert (plan.period_from, plan.period_to) == (2016, 2020)
    for year in range(2016, 2021):
        page = _rows(client, old, year)
        assert ACTION_MONTH in page, year
        assert f"15/11/{year} – 15/12/{year}" in page
    assert ACTION_MONTH not in _rows(client, old, 2021)


def test_activities_during_the_action_month_are_counted_for_it(client, hai_phong) -> None:  # type: ignore[no-untyped-def]
    user, old, plan = hai_phong
    agency = Agency.objects.get(unit=old, kind="so_y_te")
    CommEvent.objects.create(agency=agency, plan=plan, held_on=dt.date(2018, 11, 25), title="Mít tinh hưởng ứng",
                             attendance=300, attendance_female=200)
    CommEvent.objects.create(agency=agency, plan=plan, held_on=dt.date(2018, 10, 20), title="Ngày Phụ nữ Việt Nam",
                             attendance=100, attendance_female=80)
    page = _rows(client, old, 2018)
    assert "Sự kiện truyền thông: 1" in page  # the October event is not the Action Month's
    # The province of today sees the same, through the units it succeeded.
    assert "Sự kiện truyền thông: 1" in _rows(client, user.unit, 2018)


def test_rounds_and_duties_fall_on_the_calendar(client, hai_phong) -> None:  # type: ignore[no-untyped-def]
    user, old, plan = hai_phong
    round_open(plan, user, kind="annual", name="Báo cáo năm 2019", year=2019, due=dt.date(2019, 12, 10),
               items=DEFAULT_ITEMS)
    duty = Duty.objects.filter(plan=plan).first()
    Duty.objects.filter(id=duty.id).update(due=dt.date(2019, 6, 30))
    page = _rows(client, old, 2019)
    assert "Báo cáo năm 2019" in page and "10/12/2019" in page
    assert "Hạn nhiệm vụ" in page and "30/06/2019" in page
