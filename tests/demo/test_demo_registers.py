"""The demo's year has its work behind it: activities of the city's and the ward's agencies under their 2026 plans,
and invented cases in the ward that its police handles; the case worker sees them, the leader only counts."""

from __future__ import annotations

import pytest
from django.core.management import call_command

from binhdang.accounts.models import User
from binhdang.activities.models import Training
from binhdang.cases.models import Case
from tests.conftest import SHARED

pytestmark = pytest.mark.django_db


def test_activities_and_cases_in_the_demo(client) -> None:  # type: ignore[no-untyped-def]
    call_command("demo", seeds=str(SHARED / "seeds"))
    trainings, cases = Training.objects.count(), Case.objects.count()
    assert trainings > 0 and cases >= 3
    call_command("demo", seeds=str(SHARED / "seeds"))
    assert (Training.objects.count(), Case.objects.count()) == (trainings, cases)  # a second run adds nothing

    case = Case.objects.order_by("code").first()
    assert case is not None
    client.force_login(User.objects.get(username="xuly.nhichieu"))
    assert client.get(f"/cases/{case.id}/").status_code == 200
    client.force_login(User.objects.get(username="lanhdao.haiphong"))
    assert client.get(f"/cases/{case.id}/").status_code in (403, 404)
    assert Training.objects.filter(agency__unit__short_name="Hải Phòng").exists()
