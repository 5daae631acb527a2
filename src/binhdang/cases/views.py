"""Pages of the case register. Thin: reads through selectors (which log every read), writes through services."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from binhdang.access import Refused, may_model, restrict
from binhdang.cases import export, forms, selectors, services
from binhdang.cases.crypto import CaseKeyError
from binhdang.cases.models import AccessLog, Case, FollowUp, Referral
from binhdang.units.models import AdminUnit


def guarded(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """A lost or wrong key: a clear page (503), nothing written."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        try:
            return view(request, *args, **kwargs)
        except CaseKeyError as exc:
            return render(request, "cases/key_error.html", {"message": str(exc)}, status=503)

    return login_required(wrapper)


def _case_or_404(request: HttpRequest, case_id: int, action: str = "view", log: bool = True) -> Case:
    try:
        return selectors.case_get(user=request.user, case_id=case_id, action=action, log=log)  # type: ignore[arg-type]
    except ObjectDoesNotExist as exc:
        raise Http404(_("Không có vụ việc này, hoặc bạn không được giao xử lý.")) from exc


def _year(request: HttpRequest) -> int:
    try:
        return int(request.GET.get("nam", ""))
    except ValueError:
        return timezone.localdate().year


def _count_unit(request: HttpRequest) -> AdminUnit | None:
    """The unit whose counts are asked (`?don-vi=`), else the user's own; only units the user reads."""
    units = restrict(AdminUnit.objects.all(), request.user, "view")  # type: ignore[arg-type]
    raw = request.GET.get("don-vi", "")
    if raw.isdigit():
        return units.filter(pk=int(raw)).first()
    return units.filter(pk=getattr(request.user, "unit_id", None) or 0).first()


@guarded
def register(request: HttpRequest) -> HttpResponse:
    """The register: a case worker's cases (codes only); for everyone with counts, the counts of its unit."""
    user = request.user
    status = request.GET.get("trang-thai", "open")
    rows = selectors.case_rows(user=user, status=status) if may_model(user, "view", Case) else []  # type: ignore[arg-type]
    year = _year(request)
    unit = _count_unit(request)
    counts = (selectors.case_counts(user=user, unit=unit, date_from=dt.date(year, 1, 1),  # type: ignore[arg-type]
                                    date_to=dt.date(year, 12, 31)) if unit else None)
    context = {"rows": rows, "status": status, "counts": counts, "year": year, "unit": unit,
               "statuses": Case.Status.choices, "can_open": may_model(user, "change", Case),  # type: ignore[arg-type]
               "grant_form": forms.GrantForm()}
    return render(request, "cases/register.html", context)


@guarded
def intake(request: HttpRequest) -> HttpResponse:
    user = request.user
    if not may_model(user, "change", Case) or user.agency_id is None:  # type: ignore[arg-type, union-attr]
        raise Refused(_("Chỉ người xử lý vụ việc của một cơ quan mới tiếp nhận được vụ việc."))
    form = forms.IntakeForm(request.POST or None, user=user, initial={"received_on": timezone.localdate()})
    if request.method == "POST" and form.is_valid():
        data = {k: v for k, v in form.cleaned_data.items() if k != "supervisor"}
        data["received_by_kind"] = data["received_by_kind"] or ""
        data["channel"] = data["channel"] or ""
        try:
            case = services.case_create(user=user, data=data, supervisor=form.cleaned_data.get("supervisor"))  # type: ignore[arg-type]
        except ValidationError as exc:
            _add_errors(form, exc)
        else:
            messages.success(request, _("Đã lưu nháp vụ việc %(code)s.") % {"code": case.code})
            return redirect("case_page", case_id=case.pk)
    return render(request, "cases/intake.html", {"form": form}, status=400 if form.errors else 200)


@guarded
def case_edit(request: HttpRequest, case_id: int) -> HttpResponse:
    case = _case_or_404(request, case_id, "change")
    form = forms.IntakeForm(request.POST or None, user=request.user, instance=case)
    if request.method == "POST" and form.is_valid():
        try:
            services.case_update(user=request.user, case=case, data=form.cleaned_data)  # type: ignore[arg-type]
        except ValidationError as exc:
            _add_errors(form, exc)
        else:
            messages.success(request, _("Đã lưu."))
            return redirect("case_page", case_id=case.pk)
    return render(request, "cases/intake.html", {"form": form, "case": case}, status=400 if form.errors else 200)


def _add_errors(form: Any, exc: ValidationError) -> None:
    if hasattr(exc, "error_dict"):
        for name, errors in exc.error_dict.items():
            form.add_error(name if name in form.fields else None, errors)
    else:
        form.add_error(None, exc.messages)


def _forms(case: Case, user: Any, bound: dict[str, Any] | None = None) -> dict[str, Any]:
    bound = bound or {}
    return {"victim": bound.get("victim") or forms.VictimForm(prefix="victim"),
            "perpetrator": bound.get("perpetrator") or forms.PerpetratorForm(prefix="perpetrator"),
            "measure": bound.get("measure") or forms.MeasureForm(prefix="measure"),
            "support": bound.get("support") or forms.SupportForm(prefix="support", case=case),
            "referral": bound.get("referral") or forms.ReferralForm(prefix="referral", user=user),
            "followup": bound.get("followup") or forms.FollowUpForm(prefix="followup"),
            "outcome": bound.get("outcome") or forms.OutcomeForm(prefix="outcome", instance=case),
            "assign": bound.get("assign") or forms.AssignForm(prefix="assign", case=case)}


def _page(request: HttpRequest, case: Case, bound: dict[str, Any] | None = None, status: int = 200) -> HttpResponse:
    user = request.user
    context = {"case": case, "timeline": selectors.case_timeline(case), "forms": _forms(case, user, bound),
               "victims": case.victims.all(), "perpetrators": case.perpetrators.all(),
               "referrals": case.referrals.select_related("to_agency"),
               "followups": case.followups.all(), "status_form": forms.ReferralStatusForm(),
               "assignments": case.assignments.filter(active=True).select_related("user"),
               "can_change": case.status != Case.Status.CLOSED and restrict(
                   Case.objects.filter(pk=case.pk), user, "change").exists(),  # type: ignore[arg-type]
               "is_supervisor": selectors.is_supervisor(user=user, case=case),  # type: ignore[arg-type]
               "history": case.history.select_related("history_user")[:50],
               "today": timezone.localdate()}
    return render(request, "cases/case.html", context, status=status)


@guarded
def case_page(request: HttpRequest, case_id: int) -> HttpResponse:
    return _page(request, _case_or_404(request, case_id))


# Steps posted from the case page: form class, service.
STEP_FORMS = {"victim": forms.VictimForm, "perpetrator": forms.PerpetratorForm, "measure": forms.MeasureForm,
              "support": forms.SupportForm, "referral": forms.ReferralForm, "followup": forms.FollowUpForm,
              "outcome": forms.OutcomeForm, "assign": forms.AssignForm}


def _run_step(request: HttpRequest, case: Case, step: str) -> dict[str, Any] | None:
    """Do one step; the bound form with its errors when it fails (everything typed kept)."""
    user: Any = request.user
    post = request.POST
    if step in STEP_FORMS:
        kwargs: dict[str, Any] = {"prefix": step}
        if step in ("support", "assign"):
            kwargs["case"] = case
        if step == "referral":
            kwargs["user"] = user
        if step == "outcome":
            kwargs["instance"] = case
        form = STEP_FORMS[step](post, **kwargs)
        if not form.is_valid():
            return {step: form}
        data = form.cleaned_data
        try:
            if step in ("victim", "perpetrator"):
                services.person_add(user=user, case=case, kind=step, data=data)
            elif step == "measure":
                services.measure_add(user=user, case=case, data=data)
            elif step == "support":
                services.support_add(user=user, case=case, data=data)
            elif step == "referral":
                services.referral_add(user=user, case=case, data=data)
            elif step == "followup":
                services.followup_add(user=user, case=case, data=data)
            elif step == "outcome":
                services.case_update(user=user, case=case, data=data)
            elif step == "assign":
                services.case_assign(user=user, case=case, assignee=data["user"], role=data["role"])
        except ValidationError as exc:
            _add_errors(form, exc)
            return {step: form}
        return None
    if step == "referral_status":
        referral = Referral.objects.get(case=case, pk=int(post.get("referral", "0") or 0))
        services.referral_update(user=user, referral=referral, status=post.get("status", ""),
                                 reason=post.get("refusal_reason", ""))
    elif step == "followup_done":
        followup = FollowUp.objects.get(case=case, pk=int(post.get("followup", "0") or 0))
        services.followup_done(user=user, followup=followup, note=post.get("note", ""))
    elif step == "submit":
        services.case_submit(user=user, case=case)
    elif step == "request_close":
        services.closure_request(user=user, case=case)
    elif step == "approve_close":
        services.closure_approve(user=user, case=case)
    elif step == "return_close":
        services.closure_return(user=user, case=case)
    else:
        raise Http404
    return None


@guarded
@require_POST
def case_step(request: HttpRequest, case_id: int) -> HttpResponse:
    case = _case_or_404(request, case_id, "change", log=False)
    step = request.POST.get("step", "")
    try:
        failed = _run_step(request, case, step)
    except (ObjectDoesNotExist, ValueError) as exc:
        raise Http404 from exc
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return redirect("case_page", case_id=case.pk)
    if failed:
        services.access_log_record(user=request.user, cases=[case], action=AccessLog.Action.PAGE)  # type: ignore[arg-type]
        messages.error(request, _("Chưa lưu được: hãy xem các ô báo lỗi."))
        return _page(request, case, failed, status=400)
    services.access_log_record(user=request.user, cases=[case], action=AccessLog.Action.CHANGE, detail=step)  # type: ignore[arg-type]
    messages.success(request, _("Đã lưu."))
    return redirect(reverse("case_page", kwargs={"case_id": case.pk}) + f"#{step}")


@guarded
def case_log(request: HttpRequest, case_id: int) -> HttpResponse:
    """Who read the case and when: its supervisor only."""
    case = _case_or_404(request, case_id, log=False)
    if not selectors.is_supervisor(user=request.user, case=case):  # type: ignore[arg-type]
        raise Refused(_("Chỉ người giám sát vụ việc mới xem được nhật ký truy cập."))
    services.access_log_record(user=request.user, cases=[case], action=AccessLog.Action.PAGE, detail="log")  # type: ignore[arg-type]
    entries = selectors.access_log_list(user=request.user, case=case)[:500]  # type: ignore[arg-type]
    grants = case.grants.select_related("user").order_by("-granted_at")
    return render(request, "cases/log.html", {"case": case, "entries": entries, "grants": grants})


@guarded
@require_POST
def grant(request: HttpRequest) -> HttpResponse:
    """Break the glass: a logged, time-limited read with a reason."""
    form = forms.GrantForm(request.POST)
    if form.is_valid():
        try:
            g = services.grant_open(user=request.user, code=form.cleaned_data["code"],  # type: ignore[arg-type]
                                    reason=form.cleaned_data["reason"])
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        except Refused as exc:
            messages.error(request, str(exc))
        else:
            messages.warning(request, _("Đã mở quyền xem khẩn cấp đến %(t)s; người giám sát vụ việc sẽ thấy lần "
                                        "truy cập này.") % {"t": timezone.localtime(g.expires_at).strftime("%H:%M %d/%m/%Y")})
            return redirect("case_page", case_id=g.case_id)
    else:
        messages.error(request, _("Hãy ghi mã vụ việc và lý do."))
    return redirect("case_register")


@guarded
def cases_export(request: HttpRequest) -> HttpResponse:
    """The user's cases as .xlsx: codes, dates, harm types, measures; no name, no address, no reporter."""
    if not may_model(request.user, "export", Case):  # type: ignore[arg-type]
        raise Refused(_("Bạn không có quyền tải nội dung này."))
    return export.cases_xlsx_response(user=request.user)  # type: ignore[arg-type]


@guarded
def commune_form(request: HttpRequest) -> HttpResponse:
    """The annual commune form (Biểu 01/BC-X) as .xlsx, with suppression for viewers outside the commune."""
    unit = _count_unit(request)
    if unit is None:
        raise Http404(_("Không có đơn vị này, hoặc bạn không có quyền xem."))
    if not may_model(request.user, "count", Case):  # type: ignore[arg-type]
        raise Refused(_("Bạn không có quyền xem số liệu này."))
    year = _year(request)
    counts = selectors.case_counts(user=request.user, unit=unit, date_from=dt.date(year, 1, 1),  # type: ignore[arg-type]
                                   date_to=dt.date(year, 12, 31))
    return export.commune_form_response(counts=counts, year=year)
