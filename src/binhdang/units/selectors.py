"""Reads for units and agencies. Every queryset that reaches a user passes through binhdang.access."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db.models import QuerySet

from binhdang.access import restrict
from binhdang.lexicon.agencies import AgencyKind
from binhdang.lexicon.text import unaccent
from binhdang.units.models import AdminUnit, Agency

if TYPE_CHECKING:  # units lie below accounts in the dependency order
    from binhdang.accounts.models import User


def unit_list(user: User, *, q: str = "", era: str = "", parent: AdminUnit | None = None) -> QuerySet[AdminUnit]:
    units = restrict(AdminUnit.objects.all(), user)
    if q:
        units = units.filter(search_name__contains=unaccent(q))
    if era:
        units = units.filter(era=era)
    if parent is not None:
        units = units.filter(parent=parent)
    elif not q:
        units = units.filter(id__in=[u.id for u in top_units(user)])
    return units.select_related("parent")


def top_units(user: User) -> list[AdminUnit]:
    """The roots of what a user may browse: its unit and the units it succeeded (all provinces for an admin)."""
    if user.is_admin:
        return list(AdminUnit.objects.filter(level=AdminUnit.Level.PROVINCE))
    if user.unit is None:
        return []
    return [user.unit, *user.unit.predecessors.all()]


def unit_get(user: User, unit_id: int) -> AdminUnit:
    return restrict(AdminUnit.objects.all(), user).get(id=unit_id)


def agency_list(user: User, *, q: str = "", unit: AdminUnit | None = None) -> QuerySet[Agency]:
    agencies = restrict(Agency.objects.all(), user).select_related("unit")
    if q:
        agencies = agencies.filter(search_name__contains=unaccent(q))
    if unit is not None:
        agencies = agencies.filter(unit=unit)
    return agencies


def agency_get(user: User, agency_id: int) -> Agency:
    return restrict(Agency.objects.all(), user).select_related("unit").get(id=agency_id)


def agency_of_kind_find(unit: AdminUnit, kind: AgencyKind) -> Agency:
    """The unit's agency of this kind as a page shows it: the one saved, else an unsaved one with the standard
    name that a POST will create (a GET never writes)."""
    return unit.agencies.filter(kind=kind.code).first() or Agency(unit=unit, name=kind.full_name(unit.name),
                                                                   kind=kind.code)
