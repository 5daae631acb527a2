"""Reads of the reporting cycle, always through the access rule."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.utils import timezone

from binhdang.access import restrict
from binhdang.accounts.models import User
from binhdang.reports.models import Consolidated, Report, Round


def round_list(user: User) -> QuerySet[Round]:
    return restrict(Round.objects.all(), user).select_related("plan", "plan__unit")


def round_get(user: User, round_id: int) -> Round:
    return round_list(user).get(id=round_id)


def report_list(user: User) -> QuerySet[Report]:
    return restrict(Report.objects.all(), user).select_related("round", "round__plan", "agency", "agency__unit")


def report_get(user: User, report_id: int) -> Report:
    return report_list(user).get(id=report_id)


def reports_owed(user: User) -> QuerySet[Report]:
    """The reports the user's agency still has to send, soonest first (its home page)."""
    if not user.agency_id:
        return Report.objects.none()
    return report_list(user).filter(agency_id=user.agency_id, status__in=[Report.Status.DRAFT,
                                                                             Report.Status.RETURNED]).order_by("round__due")


def reports_to_review(user: User) -> QuerySet[Report]:
    """Submitted reports of the rounds the user runs (its unit's plans), waiting for a decision."""
    rounds = round_list(user)
    return report_list(user).filter(round__in=rounds, status=Report.Status.SUBMITTED).order_by("submitted_at")


def consolidated_list(user: User) -> QuerySet[Consolidated]:
    return restrict(Consolidated.objects.all(), user).select_related("round", "round__plan")


def consolidated_get(user: User, round_id: int) -> Consolidated:
    return consolidated_list(user).get(round_id=round_id)


def completeness(rnd: Round, *, user: User, today: Any = None) -> dict[str, Any]:
    """Reporting rates of a round, in the manner of DHIS2: expected, submitted, on time, late and missing, for
    the agencies of the plan's unit and for the units below, with each reporter's row. Built from the reports
    the user may count: a focal point's table holds its own agency's row only."""
    today = today or timezone.localdate()
    plan_unit = rnd.plan.unit_id
    reports = list(restrict(rnd.reports.select_related("agency", "agency__unit"), user, "count"))
    children = {r.agency.unit_id: r for r in reports if r.agency.unit_id != plan_unit}
    # A unit below that runs its own round of a plan derived from this one: its completeness is a click away.
    own_rounds = {r.plan.unit_id: r for r in round_list(user).filter(plan__derived_from=rnd.plan,
                                                                  plan__unit_id__in=children, year=rnd.year,
                                                                  kind=rnd.kind).select_related("plan")}
    groups: dict[str, list[dict[str, Any]]] = {"agencies": [], "units": []}
    for report in reports:
        row = {"report": report, "sent": report.is_sent, "late": report.is_sent and report.late,
               "on_time": report.is_sent and not report.late, "overdue": report.overdue(today),
               "drill": own_rounds.get(report.agency.unit_id)}
        groups["agencies" if report.agency.unit_id == plan_unit else "units"].append(row)
    return {"groups": {k: {"rows": v, **_rates(v)} for k, v in groups.items()}, **_rates(
        groups["agencies"] + groups["units"])}


def _rates(rows: list[dict[str, Any]]) -> dict[str, Any]:
    expected = len(rows)
    sent = sum(r["sent"] for r in rows)
    on_time = sum(r["on_time"] for r in rows)
    return {"expected": expected, "submitted": sent, "on_time": on_time, "late": sent - on_time,
            "missing": expected - sent, "rate": round(100 * sent / expected) if expected else 0,
            "on_time_rate": round(100 * on_time / expected) if expected else 0}
