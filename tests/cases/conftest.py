"""The case register's world: Hưng Yên (which succeeded old Hưng Yên and Thái Bình), at three levels.

- the province (current Hưng Yên), a district before 2025 (the first of old Thái Bình's) and a current commune of
  Hưng Yên; each with one user per role (admin apart), the case worker among them assigned to nothing;
- case A in the current commune, handled by its police: a worker there and a supervisor at its People's Committee;
- case B in 2024 in a commune of the old district, handled by that commune's police, supervised from the district.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pytest

from binhdang.accounts.models import User
from binhdang.cases import services
from binhdang.cases.models import Case
from binhdang.units.models import AdminUnit, Agency
from binhdang.units.services import agencies_create_standard

PASSWORD = "mat-khau-dai-1"
VICTIM = "Nguyễn Thị Bích Hạnh"
PERPETRATOR = "Trần Quốc Toản Giả"
ROLES = ["coordinator", "focal_point", "leader", "case_worker"]


@dataclass
class World:
    province: AdminUnit
    district: AdminUnit
    commune: AdminUnit
    old_commune: AdminUnit
    users: dict[tuple[str, str], User] = field(default_factory=dict)  # (level, role) → user
    worker: User | None = None
    supervisor: User | None = None
    old_worker: User | None = None
    old_supervisor: User | None = None
    case_a: Case | None = None
    case_b: Case | None = None

    def agency(self, unit: AdminUnit, kind: str) -> Agency:
        return Agency.objects.get(unit=unit, kind=kind)


def _user(name: str, role: str, unit: AdminUnit, agency: Agency | None) -> User:
    return User.objects.create_user(name, password=PASSWORD, role=role, unit=unit, agency=agency,
                                    is_superuser=role == "admin", is_staff=role == "admin")


def case_make(*, worker: User, unit: AdminUnit, received: dt.date, supervisor: User | None = None,
              victim: str = VICTIM, perpetrator: str = PERPETRATOR, open_it: bool = True, victim_sex: str = "nu",
              victim_year: int = 1990, perpetrator_sex: str = "nam", harms: list[str] | None = None) -> Case:
    case = services.case_create(user=worker, supervisor=supervisor, data={
        "unit": unit, "received_on": received, "received_by_kind": "cong_an", "channel": "in_person",
        "harms": harms if harms is not None else ["the_chat"], "acts": ["a"], "place": "Số 7 ngõ Hoa Sữa",
        "reporter_name": "Hàng Xóm Báo Tin", "reporter_phone": "0912345678"})
    services.person_add(user=worker, case=case, kind="victim", data={
        "full_name": victim, "sex": victim_sex, "birth_year": victim_year, "relationship": "vo_chong",
        "address": "Số 7 ngõ Hoa Sữa", "phone": "0987654321"})
    services.person_add(user=worker, case=case, kind="perpetrator", data={
        "full_name": perpetrator, "sex": perpetrator_sex, "birth_year": 1985, "relationship": "vo_chong"})
    if open_it:
        services.case_submit(user=worker, case=case)
    return case


@pytest.fixture
def world(db) -> World:  # type: ignore[no-untyped-def]
    province = AdminUnit.objects.get(era="current", level="province", short_name="Hưng Yên")
    thai_binh = AdminUnit.objects.get(era="legacy", level="province", short_name="Thái Bình")
    commune = AdminUnit.objects.filter(parent=province, level="commune").order_by("code").first()
    district = AdminUnit.objects.filter(parent=thai_binh, level="district").order_by("code").first()
    old_commune = AdminUnit.objects.filter(parent=district, level="commune").order_by("code").first()
    assert commune and district and old_commune
    for unit in (province, district, commune, old_commune):
        agencies_create_standard(unit)
    w = World(province, district, commune, old_commune)
    for level, unit in (("province", province), ("district", district), ("commune", commune)):
        for role in ROLES:
            agency = None if role == "leader" else Agency.objects.filter(unit=unit, kind="cong_an").first()
            w.users[(level, role)] = _user(f"{role}.{level}", role, unit, agency)
        w.users[(level, "admin")] = _user(f"admin.{level}", "admin", unit, None)
    w.worker = _user("xuly.xa", "case_worker", commune, w.agency(commune, "cong_an"))
    w.supervisor = _user("giamsat.xa", "case_worker", commune, w.agency(commune, "ubnd"))
    w.old_worker = _user("xuly.xa-cu", "case_worker", old_commune, w.agency(old_commune, "cong_an"))
    w.old_supervisor = _user("giamsat.huyen-cu", "case_worker", district, w.agency(district, "cong_an"))
    w.case_a = case_make(worker=w.worker, supervisor=w.supervisor, unit=commune, received=dt.date(2025, 9, 3))
    w.case_b = case_make(worker=w.old_worker, supervisor=w.old_supervisor, unit=old_commune,
                         received=dt.date(2024, 5, 14), victim="Phạm Thị Thu Cúc", perpetrator="Lý Văn Ất Giả")
    return w
