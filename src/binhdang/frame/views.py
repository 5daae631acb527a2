"""The frame: each role's home page and the error pages."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from binhdang.access import may_model
from binhdang.cases.models import Case
from binhdang.cases.selectors import cases_due
from binhdang.plans.selectors import duty_list, plan_list
from binhdang.reports.selectors import reports_owed, reports_to_review
from binhdang.units.models import AdminUnit
from binhdang.units.selectors import top_units


@login_required
def home(request: HttpRequest) -> HttpResponse:
    user = request.user
    # What the user owes next: its agency's open duties; a coordinator also sees drafts awaiting review.
    duties = duty_list(user, open_only=True).filter(agency_id=user.agency_id)[:50] if user.agency_id else []  # type: ignore[union-attr, arg-type]
    drafts = plan_list(user).filter(status="draft")[:20] if may_model(user, "change", AdminUnit) else []  # type: ignore[arg-type]
    # Reports the user's agency owes (with their due dates: the reminders on the home page), and, for those who
    # run rounds, reports waiting for review.
    owed = reports_owed(user)[:20]  # type: ignore[arg-type]
    to_review = reports_to_review(user)[:20] if may_model(user, "change", AdminUnit) else []  # type: ignore[arg-type]
    # A case worker's open cases with what is due (a no-contact order ending, a follow-up visit); each row logged.
    cases = cases_due(user=user, today=timezone.localdate()) if may_model(user, "change", Case) else []  # type: ignore[arg-type]
    context = {"cases": cases, "duties": duties, "drafts": drafts, "owed": owed, "to_review": to_review,
               "today": timezone.localdate(), "units": top_units(user)[:5],  # type: ignore[arg-type]
               "can_manage": may_model(user, "change", AdminUnit)}  # type: ignore[arg-type, union-attr]
    return render(request, "frame/home.html", context)


def error_400(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "errors/400.html", status=400)


def error_403(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "errors/403.html", status=403)


def error_404(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "errors/404.html", status=404)


def error_500(request: HttpRequest) -> HttpResponse:
    return render(request, "errors/500.html", status=500)


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    return render(request, "errors/403_csrf.html", status=403)
