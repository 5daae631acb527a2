"""A write never names a unit outside the writer's area: the plan form offers only the units the user may write
under, and a unit posted by hand from outside (the province above a district coordinator) is refused with the
form shown again; the plan stays where it was and no duty goes to the province's departments."""

from __future__ import annotations

import pytest

from binhdang.accounts.models import User
from binhdang.plans.models import Duty, Plan
from binhdang.units.models import AdminUnit, Agency
from binhdang.units.services import agencies_create_standard
from tests.plans.forms_data import form_data

pytestmark = pytest.mark.django_db


def test_a_district_cannot_move_its_plan_to_the_province(client, thai_binh) -> None:  # type: ignore[no-untyped-def]
    district = AdminUnit.objects.filter(parent=thai_binh, level="district").order_by("path").first()
    assert district is not None
    agencies_create_standard(district)
    agencies_create_standard(thai_binh)
    user = User.objects.create_user("dieuphoi.huyen", role=User.Role.COORDINATOR, unit=district,
                                    agency=Agency.objects.get(unit=district, is_standing=True))
    plan = Plan.objects.create(unit=district, title="Kế hoạch bình đẳng giới của huyện năm 2024", period_from=2024,
                               period_to=2024)
    client.force_login(user)
    page = client.get(f"/plans/{plan.id}/edit/").content.decode()
    data = form_data(page, "plan-form")
    assert f'value="{thai_binh.id}"' not in page  # the province is not offered
    data.update({"unit": str(thai_binh.id), "confirm": "1"})
    response = client.post(f"/plans/{plan.id}/edit/", data)
    assert response.status_code == 400
    assert "Kế hoạch bình đẳng giới của huyện năm 2024" in response.content.decode()  # what was typed is kept
    plan.refresh_from_db()
    assert plan.unit == district and plan.status == Plan.Status.DRAFT
    assert not Duty.objects.filter(agency__unit=thai_binh).exists()
