"""The demo's invented cases: built twice, still four; each role sees what the policy says."""

from __future__ import annotations

import pytest

from binhdang.access import restrict
from binhdang.cases.demo import cases_demo_build
from binhdang.cases.models import Case
from binhdang.cases.selectors import case_counts


@pytest.mark.django_db
def test_demo_cases_are_made_once(world) -> None:  # type: ignore[no-untyped-def]
    kwargs = {"commune": world.commune, "agency": world.worker.agency, "worker": world.worker,
              "supervisor": world.supervisor}
    first = cases_demo_build(**kwargs)
    again = cases_demo_build(**kwargs)
    assert [c.pk for c in first] == [c.pk for c in again] and len(first) == 4
    assert {c.status for c in first} == {"closed", "open", "draft"}
    assert restrict(Case.objects.filter(pk__in=[c.pk for c in first]), world.worker, "view").count() == 4
    leader = world.users[("province", "leader")]
    assert not restrict(Case.objects.all(), leader, "view").exists()
    counts = case_counts(user=leader, unit=world.province, date_from=first[0].received_on.replace(month=1, day=1),
                         date_to=first[0].received_on.replace(month=12, day=31))
    assert counts.get("vu_viec") is None  # four cases in 2025 (three in the demo and case A): small, hidden
