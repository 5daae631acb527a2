"""Reads of the registers, always through binhdang.access.restrict."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db.models import Model, Q, QuerySet

from binhdang.access import restrict
from binhdang.accounts.models import User
from binhdang.activities.models import ActivityEvidence
from binhdang.activities.registers import Register
from binhdang.lexicon.text import unaccent


def record_list(user: User, register: Register, *, agency: int | None = None, date_from: dt.date | None = None,
                date_to: dt.date | None = None, q: str = "", action: str = "view") -> QuerySet[Any]:
    records = restrict(register.model._default_manager.select_related("agency", "agency__unit", "plan", "duty"),
                       user, action)
    if agency:
        records = records.filter(agency_id=agency)
    if date_from:
        records = records.filter(held_on__gte=date_from)
    if date_to:
        records = records.filter(held_on__lte=date_to)
    if q:
        words = unaccent(q).split()
        text_fields = [f for f in register.model.text_fields if f != "note"]  # type: ignore[attr-defined]
        for word in words:
            records = records.filter(_any_contains(text_fields, word) | _any_contains(text_fields, q))
    return records


def _any_contains(fields: list[str], text: str) -> Q:
    q = Q(pk__in=[])
    for name in fields:
        q |= Q(**{f"{name}__icontains": text})
    return q


def record_get(user: User, register: Register, record_id: int) -> Any:
    return record_list(user, register).get(id=record_id)


def evidence_of(user: User, record: Model) -> QuerySet[ActivityEvidence]:
    return restrict(ActivityEvidence.objects.filter(register=record._meta.model_name, record_id=record.pk), user)
