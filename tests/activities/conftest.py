"""Activity registers tests: Thái Bình's 2022 plan (seed 001) confirmed by the Hưng Yên coordinator, and the focal
point of Thái Bình's health department recording what it does."""

from __future__ import annotations

import io
from typing import Any

import pytest

from binhdang.accounts.models import User
from binhdang.plans.models import Duty, Plan
from binhdang.plans.services import plan_confirm, plan_import
from binhdang.units.models import AdminUnit, Agency
from binhdang.units.services import agencies_create_standard
from tests.plans.conftest import confirmed, seed
from tests.reports.conftest import reporter


@pytest.fixture
def plan(client, coordinator) -> Plan:  # type: ignore[no-untyped-def]
    return confirmed(client, "001")


@pytest.fixture
def focal(plan) -> User:  # type: ignore[no-untyped-def]
    return reporter(plan, "so_y_te")


def duty_of(user: User, plan: Plan) -> Duty:
    return Duty.objects.filter(plan=plan, agency=user.agency).first() or Duty.objects.filter(plan=plan).first()  # type: ignore[return-value]


def training_data(user: User, plan: Plan, **changes: Any) -> dict[str, Any]:
    """A training as the form sends it: the health department's, under its duty in the plan."""
    duty = duty_of(user, plan)
    data = {"agency": str(user.agency_id), "held_on": "12/04/2022", "plan": str(plan.id), "duty": str(duty.id),
            "objective": "", "kind": "training", "ends_on": "", "topic": "Tập huấn lồng ghép giới trong y tế",
            "target_group": "Cán bộ, công chức, viên chức", "organiser": "Sở Y tế", "partners": "Hội LHPN tỉnh",
            "place": "Hội trường Sở Y tế", "participants": "120", "participants_female": "85", "cost": "15.000.000",
            "note": ""}
    data.update(changes)
    return data


def workbook(rows: list[list[Any]]) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    for row in rows:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@pytest.fixture
def hai_phong(client, db):  # type: ignore[no-untyped-def]
    """A coordinator of Hải Phòng, which absorbed Hải Dương in 2025 and keeps its plans, with seed 004 confirmed."""
    unit = AdminUnit.objects.get(era="current", level="province", short_name="Hải Phòng")
    old = unit.predecessors.get(short_name="Hải Dương")
    for u in (unit, old):
        agencies_create_standard(u)
    user = User.objects.create_user("dieuphoi.hp", password="mat-khau-dai-1", role=User.Role.COORDINATOR,
                                    unit=unit, agency=Agency.objects.get(unit=unit, is_standing=True))
    plan = plan_confirm(plan_import(user, seed("004").read_bytes(), seed("004").name), user)
    client.force_login(user)
    return user, old, plan
