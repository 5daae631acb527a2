"""Aggregation done right: counts summed up the tree, ratios recomputed from summed numerators and denominators
(never averaged), a unit's own value used rather than counted twice, and the data of units before the 2025
reorganisation counted for their successors."""

from __future__ import annotations

from decimal import Decimal

import pytest

from binhdang.accounts.models import User
from binhdang.indicators.models import Indicator
from binhdang.indicators.selectors import Tree
from binhdang.units.models import AdminUnit
from tests.indicators.conftest import put

pytestmark = pytest.mark.django_db


def _number(unit: AdminUnit, code: str, year: int, sex: str = "t") -> Decimal | None:
    indicator = Indicator.objects.get(code=code)
    admin = User.objects.get_or_create(username="quantri.cay", defaults={"role": User.Role.ADMIN})[0]
    tree = Tree(unit, admin)
    cell = tree.aggregate(indicator, tree.cells(indicator, sex), year)
    return cell.result(indicator) if cell else None


def test_ratios_are_recomputed_not_averaged(hung_yen) -> None:  # type: ignore[no-untyped-def]
    a, b = hung_yen.unit.children.order_by("code")[:2]
    put("nu-dai-bieu-hdnd", a, 2026, num=1, den=2)  # 50%
    put("nu-dai-bieu-hdnd", b, 2026, num=30, den=100)  # 30%
    assert _number(hung_yen.unit, "nu-dai-bieu-hdnd", 2026) == Decimal("30.39")  # 31/102, not the mean 40
    put("so-nan-nhan-duoc-ho-tro", a, 2026, value=7, sex="f")
    put("so-nan-nhan-duoc-ho-tro", b, 2026, value=5, sex="f")
    assert _number(hung_yen.unit, "so-nan-nhan-duoc-ho-tro", 2026, sex="f") == 12


def test_a_units_own_value_is_not_counted_twice(hung_yen) -> None:  # type: ignore[no-untyped-def]
    a = hung_yen.unit.children.order_by("code").first()
    put("viec-lam-moi", a, 2026, value=40)
    put("viec-lam-moi", hung_yen.unit, 2026, value=1200)  # the province's own figure, from its statistics
    assert _number(hung_yen.unit, "viec-lam-moi", 2026) == 1200
    assert _number(a, "viec-lam-moi", 2026) == 40


def test_old_units_count_for_their_successor(hung_yen, thai_binh) -> None:  # type: ignore[no-untyped-def]
    old_hung_yen = next(u for u in hung_yen.old if u.short_name == "Hưng Yên")
    # 2022, before the merger: Thái Bình's data at commune level, the old Hưng Yên's at province level.
    communes = AdminUnit.objects.filter(path__startswith=thai_binh.path + "/", level="commune").order_by("code")[:3]
    for commune in communes:
        put("nu-dai-bieu-hdnd", commune, 2022, num=3, den=10)
    put("nu-dai-bieu-hdnd", old_hung_yen, 2022, num=20, den=50)
    assert _number(thai_binh, "nu-dai-bieu-hdnd", 2022) == Decimal("30.00")
    assert _number(hung_yen.unit, "nu-dai-bieu-hdnd", 2022) == Decimal("36.25")  # (9+20)/(30+50)
    # 2026, after it: the new communes' data, the old units having none.
    put("nu-dai-bieu-hdnd", hung_yen.unit.children.first(), 2026, num=1, den=4)
    assert _number(hung_yen.unit, "nu-dai-bieu-hdnd", 2026) == Decimal("25.00")


def test_a_survey_ratio_is_not_summed(hung_yen) -> None:  # type: ignore[no-untyped-def]
    a, b = hung_yen.unit.children.order_by("code")[:2]
    put("gio-viec-nha", a, 2026, value="1.8")
    put("gio-viec-nha", b, 2026, value="2.1")
    assert _number(hung_yen.unit, "gio-viec-nha", 2026) is None  # not 3.9: only the unit's own survey counts
    put("gio-viec-nha", hung_yen.unit, 2026, value="1.9")
    assert _number(hung_yen.unit, "gio-viec-nha", 2026) == Decimal("1.9")


def test_data_at_three_levels(thai_binh) -> None:  # type: ignore[no-untyped-def]
    """Before 2025 a province held districts holding communes: a district that gave its own figure is taken as
    it is, another is the sum of its communes; communes straight under the province are summed too."""
    first, second = AdminUnit.objects.filter(parent=thai_binh, level="district").order_by("code")[:2]
    first_communes = list(AdminUnit.objects.filter(parent=first).order_by("code")[:2])
    second_communes = list(AdminUnit.objects.filter(parent=second).order_by("code")[:3])
    put("viec-lam-moi", first, 2023, value=500)
    for commune in first_communes:
        put("viec-lam-moi", commune, 2023, value=100)  # already inside the district's 500
    for n, commune in enumerate(second_communes):
        put("viec-lam-moi", commune, 2023, value=10 * (n + 1))
    assert _number(first, "viec-lam-moi", 2023) == 500
    assert _number(second, "viec-lam-moi", 2023) == 60
    assert _number(thai_binh, "viec-lam-moi", 2023) == 560
    assert _number(first_communes[0], "viec-lam-moi", 2023) == 100


def test_the_province_follows_every_change_of_a_commune(client, coordinator, hung_yen) -> None:  # type: ignore[no-untyped-def]
    """Communes' values reach the province through sums kept current: a value saved alone, changed in the grid,
    cleared in the grid."""
    a, b = hung_yen.unit.children.order_by("code")[:2]
    put("viec-lam-moi", a, 2026, value=10)
    put("viec-lam-moi", b, 2026, value=5)
    assert _number(hung_yen.unit, "viec-lam-moi", 2026) == 15
    from tests.plans.forms_data import form_data

    field = f"v-{Indicator.objects.get(code='viec-lam-moi').id}-t"
    data = form_data(client.get(f"/units/{a.id}/data/?year=2026").content.decode(), "grid-form")
    client.post(f"/units/{a.id}/data/?year=2026", {**data, field: "25"})
    assert _number(hung_yen.unit, "viec-lam-moi", 2026) == 30
    client.post(f"/units/{a.id}/data/?year=2026", {**data, field: ""})
    assert _number(hung_yen.unit, "viec-lam-moi", 2026) == 5
