"""The demo's year of activities: deterministic and idempotent, and its reports open counted."""

from __future__ import annotations

import datetime as dt

from binhdang.activities.demo import activities_demo_build
from binhdang.activities.models import Training
from binhdang.reports.counts import count


def test_the_demo_year_is_built_once(hung_yen) -> None:  # type: ignore[no-untyped-def]
    agencies = list(hung_yen.unit.agencies.order_by("id")[:3])
    first = activities_demo_build(unit=hung_yen.unit, agencies=agencies, year=2025)
    assert first == {"trainings": 6, "events": 6, "products": 9, "inspections": 2, "awards": 3, "models": 3}
    again = activities_demo_build(unit=hung_yen.unit, agencies=agencies, year=2025)
    assert again == first
    counted = count("tap-huan", [a.id for a in agencies], dt.date(2025, 1, 1), dt.date(2025, 6, 30))
    assert counted.total == 3 and len(counted.records) == 3
    assert Training.objects.filter(agency__in=agencies).count() == 6


def test_a_plans_demo_year_fills_its_reports(client, plan, coordinator) -> None:  # type: ignore[no-untyped-def]
    from binhdang.activities.demo import activities_demo_for_plan
    from binhdang.reports.counts import report_counts
    from tests.reports.conftest import open_round

    built = activities_demo_for_plan(plan)
    assert built["trainings"] >= 2
    rnd = open_round(client, plan)
    report = rnd.reports.filter(agency__kind="so_y_te").first()
    counted = {c.count.key: c for c in report_counts(report)}
    assert counted["tap-huan"].total == 1 and counted["tap-huan"].records[0].date.year == 2022
    assert counted["tap-huan"].records[0].title == "Tập huấn kiến thức về giới, bình đẳng giới"
