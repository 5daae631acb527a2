"""The policy itself: a subtree is a subtree ('L/30' is not 'L/301'), a unit's area includes the units it
succeeded, each action is decided by role, and a model without a policy cannot be shown at all."""

from __future__ import annotations

import pytest
from django.contrib.sessions.models import Session

from binhdang.access import may, may_create, may_model, restrict
from binhdang.plans.models import Duty, Plan
from binhdang.units.models import AdminUnit, Agency

pytestmark = pytest.mark.django_db


def test_an_area_is_a_subtree_and_its_predecessors(hung_yen, lang_son, admin_user) -> None:  # type: ignore[no-untyped-def]
    coordinator = hung_yen.users["coordinator"]
    visible = restrict(AdminUnit.objects.filter(level="province"), coordinator)
    assert {u.name for u in visible} == {"Tỉnh Hưng Yên", "Tỉnh Thái Bình"}
    thai_binh_communes = AdminUnit.objects.filter(path__startswith="L/34/")
    assert restrict(thai_binh_communes, coordinator).count() == thai_binh_communes.count() > 0
    assert not restrict(Agency.objects.filter(unit=lang_son.unit), coordinator).exists()
    assert restrict(Agency.objects.filter(unit=lang_son.unit), admin_user).exists()


def test_each_action_by_role(hung_yen) -> None:  # type: ignore[no-untyped-def]
    plan = Plan.objects.create(unit=hung_yen.unit, title="Kế hoạch năm 2026")
    health, police = hung_yen.agency("so_y_te"), hung_yen.agency("cong_an")
    mine = Duty.objects.create(plan=plan, agency=health, text="Truyền thông")
    theirs = Duty.objects.create(plan=plan, agency=police, text="Xác minh vụ việc")
    users = hung_yen.users
    assert may(users["coordinator"], "change", plan) and may(users["coordinator"], "change", theirs)
    assert may(users["leader"], "view", plan) and may(users["leader"], "export", plan)
    assert not may(users["leader"], "change", plan) and not may(users["leader"], "change", mine)
    assert may(users["focal_point"], "view", plan) and not may(users["focal_point"], "change", plan)
    assert may(users["focal_point"], "change", mine) and not may(users["focal_point"], "view", theirs)
    assert not may(users["case_worker"], "view", plan) and not may(users["case_worker"], "view", mine)
    assert may(users["case_worker"], "view", health)  # reference data for its forms
    assert may_create(users["coordinator"], Plan, unit=hung_yen.unit)
    assert not may_create(users["leader"], Plan, unit=hung_yen.unit)
    assert may_create(users["focal_point"], Duty, unit=hung_yen.unit, agency=health)
    assert not may_create(users["focal_point"], Duty, unit=hung_yen.unit, agency=police)
    assert may_model(users["coordinator"], "change", AdminUnit) and not may_model(users["focal_point"], "change",
                                                                                   AdminUnit)


def test_a_model_without_a_policy_fails_closed(hung_yen) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(TypeError, match="access_policy"):
        restrict(Session.objects.all(), hung_yen.users["coordinator"])


def test_a_commune_reads_the_plans_above_it_and_changes_none(hung_yen, lang_son) -> None:  # type: ignore[no-untyped-def]
    commune = AdminUnit.objects.filter(parent=hung_yen.unit).order_by("path").first()
    assert commune is not None
    officer = type(hung_yen.users["coordinator"]).objects.create_user("dieuphoi.xa", role="coordinator", unit=commune)
    province_plan = Plan.objects.create(unit=hung_yen.unit, title="Kế hoạch của tỉnh năm 2026")
    foreign_plan = Plan.objects.create(unit=lang_son.unit, title="Kế hoạch của tỉnh bạn năm 2026")
    assert may(officer, "view", province_plan) and may(officer, "export", province_plan)
    assert not may(officer, "change", province_plan) and not may(officer, "view", foreign_plan)
    assert not may_create(officer, Plan, unit=hung_yen.unit) and may_create(officer, Plan, unit=commune)
