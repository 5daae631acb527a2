"""A unit's calendar of the year: the events, deadlines and duties of its plans (binhdang.activities.calendar)
with the due dates of the reporting rounds of those plans, which this app owns. A page of its own, so that the
reports' views stay as they are."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.exceptions import ObjectDoesNotExist
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from binhdang.access import require, restrict
from binhdang.accounts.models import User
from binhdang.activities.calendar import KIND_NAMES, Entry, calendar_entries, calendar_plans
from binhdang.activities.registers import REGISTERS
from binhdang.plans.models import Plan
from binhdang.reports.models import Round
from binhdang.units.models import AdminUnit


def unit_calendar_entries(user: User, unit: AdminUnit, year: int) -> list[Entry]:
    """Everything of the year, day by day: events (with the activities held during them), deadlines, duties and
    the rounds' due dates."""
    entries = calendar_entries(user, unit, year)
    rounds = restrict(Round.objects.filter(plan__in=calendar_plans(user, unit), due__year=year), user)
    for rnd in rounds.select_related("plan"):
        entries.append(Entry(rnd.due, rnd.due, "round", rnd.name, rnd.plan, reverse("round_detail", args=[rnd.id])))
    return sorted(entries, key=lambda e: (e.starts, e.kind, e.title))


@login_required
def unit_calendar(request: HttpRequest, unit_id: int) -> HttpResponse:
    require(request.user, "view", Plan)  # type: ignore[arg-type]  # a calendar of plans: not the case worker's
    try:
        unit = restrict(AdminUnit.objects.all(), request.user).get(id=unit_id)  # type: ignore[arg-type]
    except ObjectDoesNotExist as exc:
        raise Http404(_("Không có đơn vị này, hoặc bạn không có quyền xem.")) from exc
    raw = request.GET.get("nam", "")
    year = int(raw) if raw.isdigit() and 1990 < int(raw) < 2100 else timezone.localdate().year
    entries = unit_calendar_entries(request.user, unit, year)  # type: ignore[arg-type]
    rows = [(e, KIND_NAMES[e.kind], [(REGISTERS[s].title, n, s) for s, n in e.activities.items()]) for e in entries]
    return render(request, "activities/calendar.html", {"unit": unit, "year": year, "rows": rows})
