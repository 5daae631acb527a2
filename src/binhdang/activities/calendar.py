"""The year's calendar of a unit: the events its plans name, recurring every year of a multi-year plan (seed
004: "Hàng năm … từ ngày 15/11 đến ngày 15/12"), the plans' deadlines and the duties' due dates; each event with the
activities recorded while it ran. The reporting rounds' due dates are added by binhdang.reports.calendar (reports sit
above this app)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Q, QuerySet
from django.utils.translation import gettext_lazy as _

from binhdang.access import restrict
from binhdang.accounts.models import User
from binhdang.activities.registers import REGISTERS
from binhdang.activities.services import plan_years
from binhdang.lexicon.text import canonical
from binhdang.plans.models import Duty, Event, Plan
from binhdang.units.models import AdminUnit


@dataclass
class Entry:
    starts: dt.date
    ends: dt.date
    kind: str  # "event", "deadline", "duty", "round"
    title: str
    plan: Any = None
    url: str = ""
    activities: dict[str, int] = field(default_factory=dict)  # register slug -> records held during the event

    @property
    def activity_total(self) -> int:
        return sum(self.activities.values())


def _on(day: dt.date, year: int) -> dt.date:
    try:
        return day.replace(year=year)
    except ValueError:  # 29/2 in a year without one
        return day.replace(year=year, day=28)


def event_occurrences(event: Event, year: int) -> tuple[dt.date, dt.date] | None:
    """When a plan's event falls in `year`: every year of the plan's period, on the same days; a plan without a
    period holds it once, when the document dates it."""
    years = plan_years(event.plan)
    first, last = years if years else (event.starts.year, event.starts.year)
    first = min(first, event.starts.year)
    if not first <= year <= last and year != event.starts.year:
        return None
    span = event.ends.year - event.starts.year  # an event running over New Year's Day
    return _on(event.starts, year), _on(event.ends, year + span)


def unit_paths(unit: AdminUnit) -> list[str]:
    """The paths whose plans apply to the unit: its own, the units above it, and those of the units it succeeded
    (with theirs above)."""
    out: list[str] = []
    for u in [unit, *unit.predecessors.all()]:
        parts = u.path.split("/")
        out += ["/".join(parts[:i]) for i in range(2, len(parts) + 1)]
    return sorted(set(out))


def calendar_plans(user: User, unit: AdminUnit) -> QuerySet[Plan]:
    return restrict(Plan.objects.filter(status=Plan.Status.CONFIRMED, unit__path__in=unit_paths(unit)), user)


def activities_between(user: User, unit: AdminUnit, starts: dt.date, ends: dt.date) -> dict[str, int]:
    """How many records of each register the unit's agencies (and those below) hold between the two days, among
    those the user may count."""
    paths = [unit.path, *(p.path for p in unit.predecessors.all())]
    area = Q(pk__in=[])
    for p in paths:
        area |= Q(agency__unit__path=p) | Q(agency__unit__path__startswith=p + "/")
    out = {}
    for slug, register in REGISTERS.items():
        n = restrict(register.model._default_manager.filter(area, held_on__gte=starts, held_on__lte=ends),
                     user, "count").count()
        if n:
            out[slug] = n
    return out


def event_key(event: Event) -> str:
    """The words that name the event in a duty's text: the first four of its name ("tháng hành động vì")."""
    return " ".join(canonical(event.name).split()[:4])


def tied_duties(event: Event, duties: list[Duty]) -> list[Duty]:
    """The duties of the event's plan that name the event: they fall due with it."""
    key = event_key(event)
    return [d for d in duties if d.plan_id == event.plan_id and key and key in canonical(d.text)]


def calendar_entries(user: User, unit: AdminUnit, year: int) -> list[Entry]:
    plans = list(calendar_plans(user, unit))
    entries: list[Entry] = []
    visible = list(restrict(Duty.objects.filter(plan__in=plans), user).select_related("agency"))
    for event in Event.objects.filter(plan__in=plans).select_related("plan"):
        when = event_occurrences(event, year)
        if when:
            entries.append(Entry(when[0], when[1], "event", event.name, event.plan,
                                 activities=activities_between(user, unit, *when)))
            for duty in tied_duties(event, visible):
                entries.append(Entry(when[0], when[1], "duty", f"{duty.agency.name}: {duty.text[:160]}", event.plan))
    for plan in plans:
        for deadline in plan.deadlines.filter(due__year=year):
            entries.append(Entry(deadline.due, deadline.due, "deadline", deadline.what, plan))
    duties = restrict(Duty.objects.filter(plan__in=plans, due__year=year), user).select_related("plan", "agency")
    for duty in duties:
        entries.append(Entry(duty.due, duty.due, "duty", f"{duty.agency.name}: {duty.text[:160]}", duty.plan))  # type: ignore[arg-type]
    return sorted(entries, key=lambda e: (e.starts, e.kind, e.title))


KIND_NAMES = {"event": _("Sự kiện"), "deadline": _("Hạn của kế hoạch"), "duty": _("Hạn nhiệm vụ"),
              "round": _("Hạn báo cáo")}
