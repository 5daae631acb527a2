"""Group assignments become each member agency's duties; a focal point keeps its duties' status up to date."""

from __future__ import annotations

import pytest

from binhdang.accounts.models import User
from binhdang.plans.models import Duty
from binhdang.units.models import Agency
from tests.plans.conftest import confirmed

pytestmark = pytest.mark.django_db


def test_other_departments_means_those_not_named(client, admin_user) -> None:  # type: ignore[no-untyped-def]
    client.force_login(admin_user)
    plan = confirmed(client, "000")  # "Các sở, ban, ngành khác" beside departments named on their own
    group = plan.assignments.get(written="Các sở, ban, ngành khác")
    named = {a.agency_id for a in plan.assignments.all() if a.agency_id}
    group_duty = group.duties[0]
    receivers = set(Duty.objects.filter(plan=plan, text=group_duty).values_list("agency", flat=True))
    assert receivers and not receivers & named
    kinds = set(Agency.objects.filter(id__in=receivers).values_list("kind", flat=True))
    assert "so_tu_phap" in kinds or "so_cong_thuong" in kinds  # departments the plan leaves to the group
    assert not kinds & {"hoi_lhpn", "ubnd"}  # not the mass organisations, not the committees


def test_focal_point_updates_its_dutys_status(client, coordinator, thai_binh) -> None:  # type: ignore[no-untyped-def]
    plan = confirmed(client, "001")
    health = Agency.objects.get(unit=thai_binh, kind="so_y_te")
    duty = Duty.objects.get(plan=plan, agency=health)
    other = Duty.objects.filter(plan=plan).exclude(agency=health).first()
    focal = User.objects.create_user("daumoi.tb", password="mat-khau-dai-1", role=User.Role.FOCAL_POINT,
                                     unit=thai_binh, agency=health)
    client.force_login(focal)
    response = client.post(f"/duties/{duty.id}/status/", {"status": "in_progress"}, HTTP_HX_REQUEST="true")
    assert response.status_code == 200 and "Đang thực hiện" in response.content.decode()
    duty.refresh_from_db()
    assert duty.status == Duty.Status.IN_PROGRESS
    assert client.post(f"/duties/{other.id}/status/", {"status": "done"}).status_code == 404
    other.refresh_from_db()
    assert other.status == Duty.Status.OPEN


def test_a_leader_reads_duties_but_does_not_change_them(client, coordinator, thai_binh, hung_yen) -> None:  # type: ignore[no-untyped-def]
    plan = confirmed(client, "001")
    duty = Duty.objects.filter(plan=plan).first()
    client.force_login(hung_yen.users["leader"])
    assert client.post(f"/duties/{duty.id}/status/", {"status": "done"}).status_code == 403
    duty.refresh_from_db()
    assert duty.status == Duty.Status.OPEN
    assert duty.text[:40] in client.get(f"/plans/{plan.id}/").content.decode()
