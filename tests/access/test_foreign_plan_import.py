"""Importing another province's document never takes that province's plan: the same file imported by Hưng Yên,
with Hưng Yên as the issuing unit, becomes Hưng Yên's own plan; Hải Phòng's plan, duties and rounds stay
Hải Phòng's, and the review page names nothing of Hải Phòng's."""

from __future__ import annotations

import pytest

from binhdang.accounts.models import User
from binhdang.plans.models import Plan
from binhdang.units.models import AdminUnit, Agency
from binhdang.units.services import agencies_create_standard
from tests.plans.conftest import confirmed, resubmit, upload

pytestmark = pytest.mark.django_db


def _coordinator(name: str) -> User:
    unit = AdminUnit.objects.get(era="current", level="province", short_name=name)
    for u in (unit, *unit.predecessors.all()):
        agencies_create_standard(u)
    return User.objects.create_user(f"dieuphoi.{unit.id}", role=User.Role.COORDINATOR, unit=unit,
                                    agency=Agency.objects.get(unit=unit, is_standing=True))


def test_the_same_file_in_another_province_is_a_plan_of_its_own(client) -> None:  # type: ignore[no-untyped-def]
    hai_phong, hung_yen = _coordinator("Hải Phòng"), _coordinator("Hưng Yên")
    client.force_login(hai_phong)
    theirs = confirmed(client, "000")  # Hải Dương's 2022 plan, under old Hải Dương (Hải Phòng's since 2025)
    duties = set(theirs.duties.values_list("id", flat=True))
    assert duties

    client.force_login(hung_yen)
    draft = upload(client, "000", unit=hung_yen.unit.id)
    assert draft.duplicate_of is None and draft.unit == hung_yen.unit
    review = client.get(f"/plans/{draft.id}/edit/").content.decode()
    assert f"/plans/{theirs.id}/" not in review and "đã có trong hệ thống" not in review
    response = client.post(f"/plans/{draft.id}/edit/", resubmit(client, draft, confirm=True))
    assert response.status_code == 302

    theirs.refresh_from_db()
    assert theirs.unit.short_name == "Hải Dương" and set(theirs.duties.values_list("id", flat=True)) == duties
    ours = Plan.objects.get(unit=hung_yen.unit, status=Plan.Status.CONFIRMED)
    assert ours.id != theirs.id and ours.duties.exists()
    client.force_login(hai_phong)
    assert client.get(f"/plans/{theirs.id}/").status_code == 200
