"""The real map: both structures, their lineage, and subtree queries."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from binhdang.units.models import AdminUnit, UnitLineage
from binhdang.units.services import units_load

pytestmark = pytest.mark.django_db


def test_both_structures_are_loaded() -> None:
    current = AdminUnit.objects.filter(era="current")
    legacy = AdminUnit.objects.filter(era="legacy")
    assert current.filter(level="province").count() == 34
    assert current.filter(level="commune").count() == 3321
    assert legacy.filter(level="province").count() == 63
    assert legacy.filter(level="district").count() == 696
    assert 10000 <= legacy.filter(level="commune").count() <= 10100
    assert str(current.get(level="province", short_name="Hưng Yên").valid_from) == "2025-07-01"


def test_loading_again_duplicates_nothing() -> None:
    before = (AdminUnit.objects.count(), UnitLineage.objects.count())
    units_load()
    assert (AdminUnit.objects.count(), UnitLineage.objects.count()) == before


def test_phu_thu_ward_passed_to_nhi_chieu_in_hai_phong() -> None:
    phu_thu = AdminUnit.objects.get(era="legacy", name="Phường Phú Thứ", parent__name="Thị xã Kinh Môn")
    assert phu_thu.parent.parent.name == "Tỉnh Hải Dương"
    assert [(s.name, s.parent.name) for s in phu_thu.successors.all()] == [("Phường Nhị Chiểu", "Thành phố Hải Phòng")]


def test_hung_yen_succeeded_thai_binh() -> None:
    hung_yen = AdminUnit.objects.get(era="current", level="province", short_name="Hưng Yên")
    assert {u.name for u in hung_yen.predecessors.all()} == {"Tỉnh Hưng Yên", "Tỉnh Thái Bình"}


def test_a_province_subtree_is_one_query() -> None:
    hai_duong = AdminUnit.objects.get(era="legacy", level="province", short_name="Hải Dương")
    with CaptureQueriesContext(connection) as queries:
        communes = list(AdminUnit.objects.filter(path__startswith=hai_duong.path + "/", level="commune"))
    assert len(queries) == 1
    assert len(communes) > 200 and all(c.path.startswith(hai_duong.path) for c in communes)
