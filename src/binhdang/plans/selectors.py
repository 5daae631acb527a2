"""Reads for plans and duties. Every queryset that reaches a user passes through binhdang.access.restrict."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from difflib import SequenceMatcher
from itertools import chain
from typing import Any

from django.db.models import Q, QuerySet

from binhdang.access import restrict
from binhdang.accounts.models import User
from binhdang.lexicon.agencies import KINDS, expand_abbreviations, match_kind
from binhdang.lexicon.text import canonical, unaccent
from binhdang.plans.models import Duty, Plan
from binhdang.reader.header import LEVEL_WORDS
from binhdang.units.models import AdminUnit, Agency

REORGANISATION = dt.date(2025, 7, 1)
MATCH_THRESHOLD = 0.75  # below this a name similarity is not offered as a match


def plan_list(user: User, *, unit: AdminUnit | None = None, q: str = "") -> QuerySet[Plan]:
    plans = restrict(Plan.objects.all(), user).select_related("unit", "issuer_agency")
    if unit is not None:
        # A unit's page also lists the plans of the units it succeeded (Hải Phòng shows old Hải Dương's).
        paths = [unit.path, *(p.path for p in unit.predecessors.all())]
        plans = plans.filter(Q(unit__path__in=paths))
    if q:
        plans = plans.filter(search_text__contains=unaccent(q))
    return plans


def plan_get(user: User, plan_id: int) -> Plan:
    return restrict(Plan.objects.all(), user).select_related("unit", "issuer_agency", "derived_from").get(id=plan_id)


def plan_duplicates(plan: Plan, *, user: User) -> QuerySet[Plan]:
    """Plans the user may change that are the same document: same file, or same number of the same unit and
    year. Another area's copy of the same file is theirs, not a duplicate to merge into."""
    same = Q(source_sha256=plan.source_sha256) if plan.source_sha256 else Q(pk__in=[])
    if plan.number and plan.issued_on:
        same |= Q(unit=plan.unit, number=plan.number, issued_on__year=plan.issued_on.year)
    plans = restrict(Plan.objects.filter(same), user, "change")
    return plans.exclude(pk=plan.pk).exclude(duplicate_of__isnull=False).order_by("id")


def duty_list(user: User, *, plan: Plan | None = None, open_only: bool = False) -> QuerySet[Duty]:
    duties = restrict(Duty.objects.all(), user).select_related("plan", "agency", "agency__unit")
    if plan is not None:
        duties = duties.filter(plan=plan)
    if open_only:
        duties = duties.exclude(status=Duty.Status.DONE).filter(plan__status=Plan.Status.CONFIRMED)
    return duties


def plan_history(plan: Plan, limit: int = 30) -> list[Any]:
    """The plan's own changes and those of its measures and assignments, newest first."""
    from binhdang.plans.models import Assignment, Measure

    rows = chain(
        plan.history.select_related("history_user").all()[:limit],  # type: ignore[attr-defined]
        Measure.history.filter(target__objective__plan_id=plan.id).select_related("history_user")[:limit],  # type: ignore[attr-defined]
        Assignment.history.filter(plan_id=plan.id).select_related("history_user")[:limit],  # type: ignore[attr-defined]
    )
    return sorted(rows, key=lambda h: h.history_date, reverse=True)[:limit]


# -- Where an imported document belongs ----------------------------------------------------------------

_LEVEL_OF_WORD = {"tỉnh": "province", "thành phố": None, "huyện": "district", "quận": "district",
                  "thị xã": "district", "xã": "commune", "phường": "commune", "thị trấn": "commune",
                  "đặc khu": "commune"}
_PLACE_RE = re.compile(r"\b(" + "|".join(LEVEL_WORDS) + r")\s+([A-ZĐÂĂÊÔƠƯÁÀẢÃẠ][\wÀ-ỹ]*(?:\s+[A-ZĐ][\wÀ-ỹ]*){0,3})")


def era_of(reading: dict[str, Any]) -> str:
    """A document dated before 1 July 2025 belongs to the three-tier structure."""
    doc = reading["document"]
    year = int(doc["date"][:4]) if doc.get("date") else (doc.get("period") or {}).get("from")
    if doc.get("date") and len(doc["date"]) == 10:
        return "legacy" if dt.date.fromisoformat(doc["date"]) < REORGANISATION else "current"
    return "legacy" if year and year < 2025 else "current"


def unit_suggest(reading: dict[str, Any], text: str) -> AdminUnit | None:
    """The issuing unit: the place named in the issuer ('Ủy ban nhân dân phường Phú Thứ'), disambiguated by
    the higher units the document names ('thị xã Kinh Môn'); for an agency without a place ('Sở Kế hoạch và
    Đầu tư'), the province the document names most; of the document's era."""
    era = era_of(reading)
    units = AdminUnit.objects.filter(era=era)
    issuer = reading["document"].get("issuer") or ""
    folded = unaccent(text)
    m = _PLACE_RE.search(issuer)
    if m:
        word, name = m.group(1), m.group(2)
        candidates = list(units.filter(search_name=unaccent(f"{word} {name}")))
        if not candidates:
            level = _LEVEL_OF_WORD.get(word)
            candidates = list(units.filter(search_name__endswith=" " + unaccent(name),
                                           **({"level": level} if level else {})))
        if candidates:
            return max(candidates, key=lambda u: _ancestors_named(u, folded))
    provinces = units.filter(level=AdminUnit.Level.PROVINCE)
    counts = Counter({p: folded.count(p.search_name.replace("tinh ", "").replace("thanh pho ", "")) for p in provinces})
    best = counts.most_common(1)
    return best[0][0] if best and best[0][1] else None


def _ancestors_named(unit: AdminUnit, folded_text: str) -> int:
    named = 0
    parent = unit.parent
    while parent is not None:
        named += parent.search_name in folded_text or unaccent(parent.short_name) in folded_text
        parent = parent.parent
    return named


def issuer_agency_suggest(unit: AdminUnit, issuer: str | None) -> Agency | None:
    """The agency that issued the plan when it is not the People's Committee ('Sở Kế hoạch và Đầu tư')."""
    kind = match_kind(issuer or "")
    if kind is None or kind.code == "ubnd" or kind.group:
        return None
    return unit.agencies.filter(kind=kind.code).first()


# -- Which agency a written name means ----------------------------------------------------------------


def agency_suggest(unit: AdminUnit, written: str, agencies: list[Agency] | None = None) -> tuple[Agency | None, str]:
    """(agency, group code) for a name as a plan writes it, among the unit's agencies.

    The catalogue's kind decides first ('Sở LĐTB&XH' is the unit's so_ldtbxh); a group ('Các sở, ban, ngành
    khác') is returned as its code; otherwise the most similar name, when it is similar enough."""
    agencies = list(unit.agencies.all()) if agencies is None else agencies
    kind = match_kind(written)
    if kind is not None and kind.group:
        return None, kind.code
    group = _group_by_shape(written)
    if group:
        return None, group
    if kind is not None:
        same_kind = [a for a in agencies if a.kind == kind.code]
        if same_kind:
            return same_kind[0], ""
    target = _comparable(written, unit)
    best, score = None, 0.0
    for agency in agencies:
        ratio = SequenceMatcher(None, target, _comparable(agency.name, unit)).ratio()
        if ratio > score:
            best, score = agency, ratio
    return (best, "") if score >= MATCH_THRESHOLD else (None, "")


def _comparable(name: str, unit: AdminUnit) -> str:
    """A name without the unit's own place ('Công an tỉnh Hải Dương' and 'Công an tỉnh' compare equal)."""
    text = canonical(expand_abbreviations(name))
    for place in (canonical(unit.name), canonical(unit.short_name)):
        text = text.replace(place, " ")
    for word in LEVEL_WORDS:
        text = re.sub(rf"\b{word}$", " ", text.strip())
    return " ".join(text.split())


def _group_by_shape(written: str) -> str:
    """'Ủy ban nhân các huyện, thành phố' (a word missing) is still plainly a group of committees."""
    text = canonical(written)
    if not re.search(r"\bcác\b", text):
        return ""
    if text.startswith(("ủy ban", "uỷ ban", "ubnd")):
        return "g_sub_committees"
    for kind in KINDS:
        if kind.group and any(canonical(v) in text for v in (kind.name, *kind.variants)):
            return kind.code
    return ""


def plan_calendar(plan: Plan) -> list[dict[str, Any]]:
    """Deadlines and events of the plan in date order, for its calendar."""
    rows = [{"date": d.due, "end": None, "what": d.what, "kind": "deadline", "to": d.to} for d in plan.deadlines.all()]
    rows += [{"date": e.starts, "end": e.ends if e.ends != e.starts else None, "what": e.name, "kind": "event",
              "to": ""} for e in plan.events.all()]
    return sorted(rows, key=lambda r: r["date"])
