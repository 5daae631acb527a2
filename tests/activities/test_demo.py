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
