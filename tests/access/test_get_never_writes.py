"""Opening a page never writes: the new-round form lists the People's Committees of the units below that the
system does not have yet without creating them; opening the round creates them."""

from __future__ import annotations

import pytest

from binhdang.plans.models import Plan
from binhdang.units.models import Agency
from tests.plans.forms_data import form_data

pytestmark = pytest.mark.django_db


def test_the_new_round_form_creates_nothing(client, hung_yen, coordinator) -> None:  # type: ignore[no-untyped-def]
    plan = Plan.objects.create(unit=hung_yen.unit, title="Kế hoạch bình đẳng giới năm 2026", period_from=2026,
                               period_to=2026, status=Plan.Status.CONFIRMED)
    below = hung_yen.unit.children.count()
    assert below > 50 and not Agency.objects.filter(unit__parent=hung_yen.unit).exists()
    agencies = Agency.objects.count()
    page = client.get(f"/plans/{plan.id}/rounds/new/")
    assert page.status_code == 200
    assert Agency.objects.count() == agencies
    assert page.content.decode().count("Ủy ban nhân dân") >= below  # listed all the same

    response = client.post(f"/plans/{plan.id}/rounds/new/", form_data(page.content.decode(), "round-form"))
    assert response.status_code == 302
    assert Agency.objects.filter(unit__parent=hung_yen.unit, kind="ubnd").count() == below
