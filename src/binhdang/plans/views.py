"""Plan pages: list, import and review, manual creation, the plan page, export, derive. Thin: reads through
selectors, writes through services, access through binhdang.access."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django_htmx.http import HttpResponseClientRedirect

from binhdang import nd30
from binhdang.access import may, may_model, require
from binhdang.accounts.models import User
from binhdang.plans import export, selectors, services
from binhdang.plans.forms import ImportForm, PlanForm, PlanFormsets
from binhdang.plans.models import Duty, Plan
from binhdang.reader import ReaderError
from binhdang.units import selectors as unit_selectors
from binhdang.units.models import AdminUnit


def _plan_or_404(request: HttpRequest, plan_id: int) -> Plan:
    try:
        return selectors.plan_get(request.user, plan_id)  # type: ignore[arg-type]
    except ObjectDoesNotExist as exc:
        raise Http404(_("Không có kế hoạch này, hoặc bạn không có quyền xem.")) from exc


def _managed_plan(request: HttpRequest, plan_id: int) -> Plan:
    plan = _plan_or_404(request, plan_id)
    require(request.user, "change", plan)  # type: ignore[arg-type]
    return plan


def _units_for(user: User, plan: Plan | None = None) -> list[AdminUnit]:
    """Units offered in the unit field: the plan's own and the user's areas (the form keeps those the user may
    write under)."""
    units = [plan.unit] if plan is not None and plan.unit_id else []
    units += unit_selectors.top_units(user)
    seen: set[int] = set()
    return [u for u in units if not (u.id in seen or seen.add(u.id))]  # type: ignore[func-returns-value]


@login_required
def plan_list(request: HttpRequest) -> HttpResponse:
    require(request.user, "view", Plan)  # type: ignore[arg-type]
    q = request.GET.get("q", "").strip()
    plans = selectors.plan_list(request.user, q=q)  # type: ignore[arg-type]
    page = Paginator(plans, 30).get_page(request.GET.get("page"))
    template = "plans/_plan_rows.html" if request.htmx else "plans/plan_list.html"  # type: ignore[attr-defined]
    return render(request, template, {"page": page, "q": q, "can_manage": may_model(request.user, "change", AdminUnit)})  # type: ignore[arg-type]


@login_required
def plan_import(request: HttpRequest) -> HttpResponse:
    require(request.user, "change", AdminUnit)  # type: ignore[arg-type]
    units = unit_selectors.top_units(request.user)  # type: ignore[arg-type]
    form = ImportForm(request.POST if request.method == "POST" else None, request.FILES or None, units=units,
                      user=request.user)  # type: ignore[arg-type]
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        data = upload.read() if upload else form.cleaned_data["text"].encode("utf-8")
        name = upload.name if upload else ""
        try:
            plan = services.plan_import(request.user, data, name, unit=form.cleaned_data["unit"])  # type: ignore[arg-type]
        except (ReaderError, ValidationError) as exc:
            form.add_error("file" if upload else "text", "; ".join(getattr(exc, "messages", [str(exc)])))
        else:
            if plan.duplicate_of_id:
                messages.warning(request, _("Văn bản này đã có trong hệ thống. Xác nhận bản này sẽ cập nhật kế "
                                            "hoạch đã có, không tạo bản trùng."))
            if request.htmx:  # type: ignore[attr-defined]
                return HttpResponseClientRedirect(reverse("plan_edit", args=[plan.id]))
            return redirect("plan_edit", plan_id=plan.id)
    # htmx swaps only successful responses: its error page comes back as 200.
    status = 400 if form.errors and not request.htmx else 200  # type: ignore[attr-defined]
    return render(request, "plans/plan_import.html", {"form": form}, status=status)


@login_required
def plan_new(request: HttpRequest) -> HttpResponse:
    require(request.user, "change", AdminUnit)  # type: ignore[arg-type]
    units = _units_for(request.user)  # type: ignore[arg-type]
    plan = Plan(unit=units[0] if units else None, status=Plan.Status.DRAFT)  # type: ignore[misc]
    return _edit(request, plan, units)


@login_required
def plan_edit(request: HttpRequest, plan_id: int) -> HttpResponse:
    plan = _managed_plan(request, plan_id)
    return _edit(request, plan, _units_for(request.user, plan))  # type: ignore[arg-type]


def _edit(request: HttpRequest, plan: Plan, units: list[AdminUnit]) -> HttpResponse:
    data = request.POST if request.method == "POST" else None
    form = PlanForm(data, instance=plan, units=units, user=request.user)  # type: ignore[arg-type]
    formsets = PlanFormsets(plan, data, user=request.user)  # type: ignore[arg-type]
    if data is not None and form.is_valid() & formsets.is_valid():
        confirm = "confirm" in request.POST
        plan = services.plan_save(form, formsets, request.user, confirm=confirm)  # type: ignore[arg-type]
        if confirm:
            messages.success(request, _("Đã xác nhận kế hoạch: %(n)d nhiệm vụ đã giao cho các cơ quan.")
                             % {"n": plan.duties.count()})
            return redirect("plan_detail", plan_id=plan.id)
        messages.success(request, _("Đã lưu."))
        return redirect("plan_edit", plan_id=plan.id)
    if data is not None:
        messages.error(request, _("Chưa lưu được: hãy sửa các ô được đánh dấu bên dưới. Những gì đã nhập vẫn còn."))
    context = {"plan": plan, "form": form, "formsets": formsets,
               "duplicate": plan.duplicate_of if plan.pk else None,
               "source": plan.source_text.split("\n\n") if plan.source_text else []}
    return render(request, "plans/plan_edit.html", context, status=400 if data is not None else 200)


@login_required
def plan_detail(request: HttpRequest, plan_id: int) -> HttpResponse:
    plan = _plan_or_404(request, plan_id)
    assignments = plan.assignments.select_related("agency")
    bases = list(plan.bases.all())
    context = {
        "plan": plan,
        "bases": bases,
        # A cited plan is linked only when the user may open it.
        "visible_bases": set(selectors.plan_list(request.user).filter(  # type: ignore[arg-type]
            id__in=[b.target_id for b in bases if b.target_id]).values_list("id", flat=True)),
        "objectives": plan.objectives.prefetch_related("targets__measures"),
        "assignments": assignments,
        "calendar": selectors.plan_calendar(plan),
        "duties": selectors.duty_list(request.user, plan=plan).order_by("agency__name", "id"),  # type: ignore[arg-type]
        "implemented_by": selectors.plan_list(request.user).filter(bases__target=plan).distinct(),  # type: ignore[arg-type]
        "history": selectors.plan_history(plan),
        "can_manage": may(request.user, "change", plan),  # type: ignore[arg-type]
        "children": unit_selectors.unit_list(request.user, parent=plan.unit),  # type: ignore[arg-type]
        "departments": [a.agency for a in assignments if a.agency and a.agency.unit_id == plan.unit_id
                        and a.agency.kind != "ubnd"],
    }
    return render(request, "plans/plan_detail.html", context)


@login_required
def plan_export(request: HttpRequest, plan_id: int) -> HttpResponse:
    plan = _plan_or_404(request, plan_id)
    response = HttpResponse(export.plan_docx(plan), content_type=nd30.DOCX_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{export.file_name(plan)}"'
    return response


@login_required
@require_POST
def plan_derive(request: HttpRequest, plan_id: int) -> HttpResponse:
    parent = _plan_or_404(request, plan_id)
    require(request.user, "change", AdminUnit)  # type: ignore[arg-type]
    try:
        if request.POST.get("agency"):
            agency = unit_selectors.agency_get(request.user, int(request.POST["agency"]))  # type: ignore[arg-type]
            child = services.plan_derive(parent, request.user, agency=agency)  # type: ignore[arg-type]
        else:
            unit = unit_selectors.unit_get(request.user, int(request.POST.get("unit", "0")))  # type: ignore[arg-type]
            child = services.plan_derive(parent, request.user, unit=unit)  # type: ignore[arg-type]
    except (ObjectDoesNotExist, ValueError):
        messages.error(request, _("Hãy chọn một đơn vị trực thuộc hoặc một cơ quan trong địa bàn của bạn."))
        return redirect("plan_detail", plan_id=parent.id)
    messages.success(request, _("Đã soạn bản nháp kế hoạch cho %(who)s theo kế hoạch cấp trên. Hãy xem lại và xác nhận.")
                     % {"who": child.issuer_agency or child.unit})
    return redirect("plan_edit", plan_id=child.id)


@login_required
@require_POST
def plan_discard(request: HttpRequest, plan_id: int) -> HttpResponse:
    plan = _managed_plan(request, plan_id)
    if plan.status != Plan.Status.DRAFT:
        messages.error(request, _("Kế hoạch đã xác nhận không xoá được ở đây."))
        return redirect("plan_detail", plan_id=plan.id)
    services.plan_discard(plan, user=request.user)  # type: ignore[arg-type]
    messages.success(request, _("Đã huỷ bản nháp."))
    return redirect("plan_list")


@login_required
@require_POST
def duty_status(request: HttpRequest, duty_id: int) -> HttpResponse:
    try:
        duty = selectors.duty_list(request.user).get(id=duty_id)  # type: ignore[arg-type]
    except ObjectDoesNotExist as exc:
        raise Http404(_("Không có nhiệm vụ này, hoặc bạn không có quyền xem.")) from exc
    require(request.user, "change", duty)  # type: ignore[arg-type]
    status = request.POST.get("status", "")
    if status in Duty.Status.values:
        services.duty_set_status(duty, status, user=request.user)  # type: ignore[arg-type]
    if request.htmx:  # type: ignore[attr-defined]
        return render(request, "plans/_duty.html", {"duty": duty, "can_manage": True})
    next_url = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        return redirect(next_url)
    return redirect("home")
