"""The year's calendar: seed 004's plan (Hải Dương 2016–2020) holds the Action Month "hàng năm … từ ngày 15/11 đến
ngày 15/12", so the calendar shows it in every year of the plan and not after; an activity recorded while it ran is
counted for it; rounds' due dates and duties' deadlines are on the same page."""

from __future__ import annotations

import datetime as dt

from binhdang.activities.models import CommEvent
from binhdang.plans.models import Duty
from binhdang.reports.services import DEFAULT_ITEMS, round_open
from binhdang.units.models import AdminUnit, Agency

ACTION_MONTH = "Tháng hành động vì bình đẳng giới"


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


def test_a_duty_tied_to_the_action_month_falls_due_with_it(client, hai_phong) -> None:  # type: ignore[no-untyped-def]
    _user, old, plan = hai_phong
    culture = Duty.objects.filter(plan=plan, text__icontains="Tháng hành động").select_related("agency").first()
    assert culture is not None  # seed 004's item 10: Sở Văn hóa … tổ chức thực hiện "Tháng hành động …"
    page = _rows(client, old, 2017)
    row = next(r for r in page.split("<tr") if culture.agency.name in r and 'data-kind="duty"' in r)
    assert "15/11/2017 – 15/12/2017" in row
