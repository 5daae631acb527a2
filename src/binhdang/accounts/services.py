"""Writes for people: the demo accounts, one per role."""

from __future__ import annotations

from django.db import transaction

from binhdang.accounts.models import User
from binhdang.units.models import AdminUnit, Agency
from binhdang.units.services import agencies_create_standard, units_load

DEMO_PASSWORD = "binhdang-demo"
# Hưng Yên absorbed Thái Bình on 1 July 2025; Hải Phòng absorbed Hải Dương (and with it Phú Thứ ward).
DEMO_PROVINCES = ("Hưng Yên", "Hải Phòng", "Lạng Sơn")


@transaction.atomic
def demo_setup() -> list[tuple[str, str, str]]:
    """Units, the demo provinces' standard agencies (old and new), and one account per role."""
    if not AdminUnit.objects.exists():
        units_load()
    for name in DEMO_PROVINCES:
        province = AdminUnit.objects.get(era="current", level="province", short_name=name)
        for old_or_new in [province, *province.predecessors.all()]:
            agencies_create_standard(old_or_new)
    hung_yen = AdminUnit.objects.get(era="current", level="province", short_name="Hưng Yên")
    standing = Agency.objects.get(unit=hung_yen, is_standing=True)
    health = Agency.objects.get(unit=hung_yen, kind="so_y_te")
    police = Agency.objects.get(unit=hung_yen, kind="cong_an")
    hai_phong = AdminUnit.objects.get(era="current", level="province", short_name="Hải Phòng")
    # The 2022 Thái Bình plan's duties belong to the old province's agencies: its health department shows them.
    thai_binh = hung_yen.predecessors.get(short_name="Thái Bình")
    thai_binh_health = Agency.objects.get(unit=thai_binh, kind="so_y_te")
    accounts: list[tuple[str, str, str, AdminUnit | None, Agency | None]] = [
        ("quantri", "Quản trị hệ thống", User.Role.ADMIN, None, None),
        ("dieuphoi.hungyen", "Điều phối Hưng Yên", User.Role.COORDINATOR, hung_yen, standing),
        ("daumoi.syte.hungyen", "Đầu mối Sở Y tế Hưng Yên", User.Role.FOCAL_POINT, hung_yen, health),
        ("daumoi.syte.thaibinh", "Đầu mối Sở Y tế Thái Bình (cũ)", User.Role.FOCAL_POINT, thai_binh,
         thai_binh_health),
        ("dieuphoi.haiphong", "Điều phối Hải Phòng", User.Role.COORDINATOR, hai_phong,
         Agency.objects.get(unit=hai_phong, is_standing=True)),
        ("lanhdao.hungyen", "Lãnh đạo UBND Hưng Yên", User.Role.LEADER, hung_yen, None),
        ("xuly.hungyen", "Cán bộ xử lý vụ việc", User.Role.CASE_WORKER, hung_yen, police),
    ]
    out = []
    for username, full_name, role, unit, agency in accounts:
        user, _ = User.objects.get_or_create(username=username)
        user.first_name, user.role = full_name, role
        user.unit, user.agency = unit, agency
        user.is_staff = user.is_superuser = role == User.Role.ADMIN
        user.set_password(DEMO_PASSWORD)
        user.save()
        out.append((username, str(user.get_role_display()), str(unit or "toàn quốc")))
    return out
