"""Browse units and agencies. Thin: reads through selectors, writes through services."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from binhdang.access import Refused, may_create
from binhdang.units import selectors, services
from binhdang.units.models import AdminUnit, Agency


def _unit_or_404(request: HttpRequest, unit_id: int) -> AdminUnit:
    try:
        return selectors.unit_get(request.user, unit_id)  # type: ignore[arg-type]
    except ObjectDoesNotExist as exc:
        raise Http404(_("Không có đơn vị này, hoặc bạn không có quyền xem.")) from exc


def require_create(request: HttpRequest, model: type[Agency], unit: AdminUnit) -> None:
    if not may_create(request.user, model, unit=unit):  # type: ignore[arg-type]
        raise Refused(_("Chỉ cơ quan thường trực của đơn vị mới thêm được cơ quan."))


@login_required
def unit_list(request: HttpRequest) -> HttpResponse:
    q = request.GET.get("q", "").strip()
    era = request.GET.get("era", "")
    units = selectors.unit_list(request.user, q=q, era=era)  # type: ignore[arg-type]
    page = Paginator(units, 50).get_page(request.GET.get("page"))
    template = "units/_unit_rows.html" if request.htmx else "units/unit_list.html"  # type: ignore[attr-defined]
    return render(request, template, {"page": page, "q": q, "era": era, "eras": AdminUnit.Era.choices})


@login_required
def unit_detail(request: HttpRequest, unit_id: int) -> HttpResponse:
    unit = _unit_or_404(request, unit_id)
    children = selectors.unit_list(request.user, parent=unit)  # type: ignore[arg-type]
    context = {
        "unit": unit,
        "children": Paginator(children, 100).get_page(request.GET.get("page")),
        "agencies": selectors.agency_list(request.user, unit=unit),  # type: ignore[arg-type]
        "predecessors": unit.predecessors.all(),
        "successors": unit.successors.all(),
        "can_manage": may_create(request.user, Agency, unit=unit),  # type: ignore[arg-type]
    }
    return render(request, "units/unit_detail.html", context)


@login_required
@require_POST
def unit_create_standard_agencies(request: HttpRequest, unit_id: int) -> HttpResponse:
    unit = _unit_or_404(request, unit_id)
    require_create(request, Agency, unit)
    created = services.agencies_create_standard(unit)
    messages.success(request, _("Đã tạo %(n)d cơ quan chuẩn.") % {"n": len(created)} if created
                     else _("Đơn vị đã có đủ các cơ quan chuẩn."))
    return redirect("unit_detail", unit_id=unit.id)


@login_required
@require_POST
def agency_create(request: HttpRequest, unit_id: int) -> HttpResponse:
    unit = _unit_or_404(request, unit_id)
    require_create(request, Agency, unit)
    name = request.POST.get("name", "").strip()
    try:
        services.agency_create(unit, name)
    except ValidationError as exc:
        messages.error(request, _("Chưa tạo được cơ quan: %(why)s") % {"why": "; ".join(exc.messages)})
    else:
        messages.success(request, _("Đã thêm cơ quan “%(name)s”.") % {"name": name})
    return redirect("unit_detail", unit_id=unit.id)


@login_required
def agency_list(request: HttpRequest) -> HttpResponse:
    q = request.GET.get("q", "").strip()
    agencies = selectors.agency_list(request.user, q=q)  # type: ignore[arg-type]
    page = Paginator(agencies, 50).get_page(request.GET.get("page"))
    template = "units/_agency_rows.html" if request.htmx else "units/agency_list.html"  # type: ignore[attr-defined]
    return render(request, template, {"page": page, "q": q})


@login_required
def agency_detail(request: HttpRequest, agency_id: int) -> HttpResponse:
    try:
        agency = selectors.agency_get(request.user, agency_id)  # type: ignore[arg-type]
    except ObjectDoesNotExist as exc:
        raise Http404(_("Không có cơ quan này, hoặc bạn không có quyền xem.")) from exc
    history = agency.history.select_related("history_user").all()[:20]  # type: ignore[attr-defined]
    return render(request, "units/agency_detail.html", {"agency": agency, "history": history})
