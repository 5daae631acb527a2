"""Writes for units and agencies: loading the real map of Vietnam, creating a unit's standard agencies."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import transaction

from binhdang.lexicon.agencies import KINDS_BY_CODE, STANDING, AgencyKind, match_kind, standard_kinds
from binhdang.lexicon.text import nfc, unaccent
from binhdang.units.models import AdminUnit, Agency, UnitLineage

LEGACY_END = dt.date(2025, 6, 30)
CURRENT_START = dt.date(2025, 7, 1)
_FIELDS = ["name", "short_name", "key", "parent", "path", "search_name", "latitude", "longitude",
           "valid_from", "valid_to"]


def _upsert(units: list[AdminUnit]) -> dict[str, int]:
    """Insert or update by (era, level, code); returns code -> id for the level written."""
    AdminUnit.objects.bulk_create(units, batch_size=1000, update_conflicts=True,
                                  unique_fields=["era", "level", "code"], update_fields=_FIELDS)
    era, level = units[0].era, units[0].level
    return dict(AdminUnit.objects.filter(era=era, level=level).values_list("code", "id"))


def _unit(era: str, level: str, code: str, name: str, short: str, key: str, parent_path: str,
          parent_id: int | None, lat: float | None, lon: float | None) -> AdminUnit:
    name = nfc(name)
    return AdminUnit(
        era=era, level=level, code=code, name=name, short_name=nfc(short), key=key, parent_id=parent_id,
        path=f"{parent_path}/{code}", search_name=unaccent(name), latitude=lat, longitude=lon,
        valid_from=CURRENT_START if era == "current" else None,
        valid_to=LEGACY_END if era == "legacy" else None,
    )


@transaction.atomic
def units_load() -> dict[str, Any]:
    """Load both structures and their lineage from the vietnamadminunits package. Safe to run again."""
    from vietnamadminunits.database import get_data

    legacy_rows = get_data(table="admin_units_legacy")
    current_rows = get_data(table="admin_units")

    # Three tiers before 1 July 2025.
    provinces = {r["provinceCode"]: r for r in legacy_rows}
    lp = _upsert([_unit("legacy", "province", c, r["province"], r["provinceShort"], r["provinceKey"], "L", None,
                        r["provinceLat"], r["provinceLon"]) for c, r in sorted(provinces.items())])
    districts = {r["districtCode"]: r for r in legacy_rows}
    ld = _upsert([_unit("legacy", "district", c, r["district"], r["districtShort"], r["districtKey"],
                        f"L/{r['provinceCode']}", lp[r["provinceCode"]], r["districtLat"], r["districtLon"])
                  for c, r in sorted(districts.items())])
    wards = {r["wardCode"]: r for r in legacy_rows if r["wardCode"]}
    lw = _upsert([_unit("legacy", "commune", c, r["ward"], r["wardShort"], r["wardKey"],
                        f"L/{r['provinceCode']}/{r['districtCode']}", ld[r["districtCode"]], r["wardLat"],
                        r["wardLon"]) for c, r in sorted(wards.items())])

    # Two tiers since.
    cprov = {r["provinceCode"]: r for r in current_rows}
    cp = _upsert([_unit("current", "province", c, r["province"], r["provinceShort"], r["provinceKey"], "C", None,
                        r["provinceLat"], r["provinceLon"]) for c, r in sorted(cprov.items())])
    cwards = {r["wardCode"]: r for r in current_rows}
    cw = _upsert([_unit("current", "commune", c, r["ward"], r["wardShort"], r["wardKey"],
                        f"C/{r['provinceCode']}", cp[r["provinceCode"]], r["wardLat"], r["wardLon"])
                  for c, r in sorted(cwards.items())])

    lineage = _lineage(legacy_rows, current_rows, lp, lw, cp, cw)
    UnitLineage.objects.bulk_create(lineage, batch_size=2000, ignore_conflicts=True)
    return {"legacy_provinces": len(lp), "legacy_districts": len(ld), "legacy_communes": len(lw),
            "provinces": len(cp), "communes": len(cw), "lineage": UnitLineage.objects.count()}


def _lineage(legacy_rows: list[dict], current_rows: list[dict], lp: dict, lw: dict, cp: dict,
             cw: dict) -> list[UnitLineage]:
    from vietnamadminunits.converter.converter_2025 import (
        DICT_PROVINCE,
        DICT_PROVINCE_WARD_DIVIDED,
        DICT_PROVINCE_WARD_NO_DIVIDED,
    )

    old_province = {r["provinceKey"]: lp[r["provinceCode"]] for r in legacy_rows}
    old_ward = {f"{r['provinceKey']}_{r['districtKey']}_{r['wardKey']}": lw[r["wardCode"]]
                for r in legacy_rows if r["wardCode"]}
    new_province = {r["provinceKey"]: cp[r["provinceCode"]] for r in current_rows}
    new_ward = {(r["provinceKey"], r["wardKey"]): cw[r["wardCode"]] for r in current_rows}
    # A few keys in the package's table keep their diacritics; fold them like the others.
    new_ward.update({(p, unaccent(k).replace(" ", "")): v for (p, k), v in list(new_ward.items())})

    links: list[UnitLineage] = []
    for new_key, old_keys in DICT_PROVINCE.items():
        for old_key in old_keys:
            if new_key in new_province and old_key in old_province:
                links.append(UnitLineage(predecessor_id=old_province[old_key], successor_id=new_province[new_key]))
    for prov_key, wards in DICT_PROVINCE_WARD_NO_DIVIDED.items():
        for ward_key, old_keys in wards.items():
            new_id = new_ward.get((prov_key, ward_key)) or new_ward.get((prov_key, unaccent(ward_key)))
            for old in old_keys:
                if new_id and old in old_ward:
                    links.append(UnitLineage(predecessor_id=old_ward[old], successor_id=new_id))
    for prov_key, divided in DICT_PROVINCE_WARD_DIVIDED.items():
        for old, targets in divided.items():
            for target in targets:
                new_id = new_ward.get((prov_key, target["newWardKey"])) or new_ward.get(
                    (prov_key, unaccent(target["newWardKey"]).replace(" ", "")))
                if new_id and old in old_ward:
                    links.append(UnitLineage(predecessor_id=old_ward[old], successor_id=new_id, whole=False))
    return links


def agencies_create_standard(unit: AdminUnit) -> list[Agency]:
    """Create the agencies every unit of its level and era has (missing ones only); returns those created."""
    standing_code = STANDING.get((unit.era, unit.level))
    kinds = standard_kinds(unit.era, unit.level)
    if standing_code and KINDS_BY_CODE[standing_code] not in kinds:
        kinds.append(KINDS_BY_CODE[standing_code])
    existing = set(unit.agencies.values_list("kind", flat=True))
    created = []
    for kind in kinds:
        if kind.code in existing:
            continue
        agency = Agency(unit=unit, name=kind.full_name(unit.name), kind=kind.code,
                        is_standing=kind.code == standing_code)
        agency.save()
        created.append(agency)
    return created


def agency_of_kind(unit: AdminUnit, kind: AgencyKind) -> Agency:
    """The unit's agency of this kind, created with its standard name when the unit has none yet (writes: call
    it on a POST; a page shows `selectors.agency_of_kind_find` instead)."""
    agency = unit.agencies.filter(kind=kind.code).first()
    if agency is None:
        agency, _created = Agency.objects.get_or_create(unit=unit, name=kind.full_name(unit.name),
                                                        defaults={"kind": kind.code})
    return agency


def agency_create(unit: AdminUnit, name: str) -> Agency:
    """A new agency; its kind is recognised from the name when it is a standard one."""
    kind = match_kind(name)
    agency = Agency(unit=unit, name=name, kind=kind.code if kind and not kind.group else "")
    agency.full_clean(exclude=["search_name"])
    agency.save()
    return agency
