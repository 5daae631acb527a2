"""A subordinate unit's or a department's plan is drafted from its parent's, ready to edit."""

from __future__ import annotations

import pytest

from binhdang.plans.models import Plan
from binhdang.units.models import AdminUnit
from tests.plans.conftest import confirmed

pytestmark = pytest.mark.django_db


def test_deriving_a_district_plan_maps_agencies_to_their_counterparts(client, admin_user) -> None:  # type: ignore[no-untyped-def]
    client.force_login(admin_user)
    parent = confirmed(client, "000")  # Hải Dương's 2022 plan
    kinh_mon = AdminUnit.objects.get(parent=parent.unit, short_name="Kinh Môn")
    response = client.post(f"/plans/{parent.id}/derive/", {"unit": kinh_mon.id})
    assert response.status_code == 302
    child = Plan.objects.get(derived_from=parent)
    assert child.status == Plan.Status.DRAFT and child.unit == kinh_mon
    assert "thị xã Kinh Môn" in child.title and "Hải Dương" not in child.title
    assert child.bases.get().target == parent  # the parent is cited, as a link
    agencies = {a.agency.kind for a in child.assignments.all() if a.agency}
    # The province's health and labour departments become the district's health centre and labour office.
    assert {"tt_y_te", "phong_ldtbxh"} <= agencies
    assert all(a.agency.unit == kinh_mon for a in child.assignments.all() if a.agency)
    assert child.objectives.count() == parent.objectives.count()
    page = client.get(f"/plans/{child.id}/edit/").content.decode()
    assert "Kinh Môn" in page


def test_a_department_derives_its_own_plan(client, admin_user) -> None:  # type: ignore[no-untyped-def]
    client.force_login(admin_user)
    parent = confirmed(client, "000")
    health = parent.assignments.get(written="Sở Y tế").agency
    client.post(f"/plans/{parent.id}/derive/", {"agency": health.id})
    child = Plan.objects.get(derived_from=parent)
    assert child.issuer_agency == health and child.unit == parent.unit
    own = child.assignments.get()
    assert own.agency == health and own.duties == parent.assignments.get(written="Sở Y tế").duties


def test_deriving_outside_ones_area_is_refused(client, coordinator, lang_son) -> None:  # type: ignore[no-untyped-def]
    parent = confirmed(client, "001")  # Thái Bình, within Hưng Yên's area
    response = client.post(f"/plans/{parent.id}/derive/", {"unit": lang_son.unit.id}, follow=True)
    assert "Hãy chọn một đơn vị trực thuộc" in response.content.decode()
    assert not Plan.objects.filter(derived_from=parent).exists()
