"""A plan carried from before 1 July 2025 into a unit of the current structure hands the work of abolished
departments to those that absorbed them, and the standing agency's to Sở Nội vụ."""

from __future__ import annotations

import pytest

from binhdang.plans.services import plan_derive
from binhdang.units.models import AdminUnit
from tests.plans.conftest import confirmed

pytestmark = pytest.mark.django_db


def test_a_2022_province_plan_carried_to_the_city_that_absorbed_the_province(client, admin_user) -> None:  # type: ignore[no-untyped-def]
    client.force_login(admin_user)
    parent = confirmed(client, "000")  # Hải Dương's 2022 plan: Sở Kế hoạch và Đầu tư, Sở Thông tin và Truyền thông
    city = AdminUnit.objects.get(era="current", level="province", short_name="Hải Phòng")
    child = plan_derive(parent, admin_user, unit=city)
    by_written = {a.written: a.agency for a in parent.assignments.all()}
    assert by_written["Sở Kế hoạch và Đầu tư"] is not None  # the parent named them
    carried = {a.item: a.agency for a in child.assignments.all()}
    for a in parent.assignments.filter(written__in=["Sở Kế hoạch và Đầu tư", "Sở Thông tin và Truyền thông"]):
        assert carried[a.item] is not None and carried[a.item].unit == city
    names = {a.agency.name for a in child.assignments.all() if a.agency}
    assert {"Sở Tài chính thành phố Hải Phòng", "Sở Khoa học và Công nghệ thành phố Hải Phòng",
            "Sở Nội vụ thành phố Hải Phòng"} <= names
    assert not any("Lao động - Thương binh" in n or "Kế hoạch và Đầu tư" in n for n in names)
