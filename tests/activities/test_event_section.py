"""An activity recorded during an event of the plan (the Action Month) is counted for it: the consolidated annual
report has a section for the event with the activities the reporters held while it ran; a commune's People's
Committee counts the records of every agency of its commune."""

from __future__ import annotations

import datetime as dt

from binhdang.activities.models import CommEvent, CommProduct
from binhdang.reports.counts import reporting_agencies
from binhdang.reports.services import DEFAULT_ITEMS, consolidate, report_submit, round_open
from binhdang.units.models import Agency


def test_the_consolidated_report_has_the_action_months_section(hai_phong) -> None:  # type: ignore[no-untyped-def]
    user, old, plan = hai_phong
    rnd = round_open(plan, user, kind="annual", name="Báo cáo năm 2018", year=2018, due=dt.date(2018, 12, 10),
                     items=DEFAULT_ITEMS)
    report = rnd.reports.select_related("agency").first()
    CommEvent.objects.create(agency=report.agency, plan=plan, held_on=dt.date(2018, 11, 25),
                             title="Mít tinh hưởng ứng Tháng hành động", attendance=300, attendance_female=200)
    CommProduct.objects.create(agency=report.agency, plan=plan, held_on=dt.date(2018, 3, 8), title="Tin ngày 8/3",
                               count=2)
    report_submit(report, user)
    consolidated = consolidate(rnd, user)
    section = next(s for s in consolidated.sections if s["title"].startswith("Tháng hành động vì bình đẳng giới"))
    assert "(15/11/2018 – 15/12/2018)" in section["title"]
    assert "Mít tinh hưởng ứng Tháng hành động" in section["text"] and "Tin ngày 8/3" not in section["text"]


def test_a_communes_committee_counts_its_whole_commune(hai_phong) -> None:  # type: ignore[no-untyped-def]
    user, old, plan = hai_phong
    rnd = round_open(plan, user, kind="annual", name="Báo cáo năm 2018", year=2018, due=dt.date(2018, 12, 10),
                     items=DEFAULT_ITEMS)
    below = rnd.reports.exclude(agency__unit=plan.unit).select_related("agency__unit").first()
    assert below.agency.kind == "ubnd"
    own = rnd.reports.filter(agency__unit=plan.unit).first()
    assert reporting_agencies(own) == [own.agency_id]
    under = set(Agency.objects.filter(unit__path__startswith=below.agency.unit.path).values_list("id", flat=True))
    assert set(reporting_agencies(below)) == under and len(under) >= 1
