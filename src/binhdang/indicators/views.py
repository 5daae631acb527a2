"""Indicator pages: the catalogue, a unit's data grid, imports and the import template. (The unit's dashboard
of targets, which needs the plans, is binhdang.dashboards.)"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from binhdang.access import may_create, may_model, require, scope
from binhdang.accounts.models import User
from binhdang.indicators import selectors, services
from binhdang.indicators.forms import GridForm, ImportForm, IndicatorForm
from binhdang.indicators.models import DataValue, Indicator
from binhdang.units import selectors as unit_selectors
from binhdang.units.models import AdminUnit, Agency

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _unit_or_404(request: HttpRequest, unit_id: int) -> AdminUnit:
    try:
        return unit_selectors.unit_get(request.user, unit_id)  # type: ignore[arg-type]
    except ObjectDoesNotExist as exc:
        raise Http404(_("Không có đơn vị này, hoặc bạn không có quyền xem.")) from exc


def _year(request: HttpRequest) -> int:
    raw = request.GET.get("year", "")
    return int(raw) if raw.isdigit() and 1990 <= int(raw) <= 2100 else timezone.localdate().year - 1


@login_required
def indicator_list(request: HttpRequest) -> HttpResponse:
    require(request.user, "view", Indicator)  # type: ignore[arg-type]
    can_add = may_model(request.user, "change", Indicator)  # type: ignore[arg-type]
    form = IndicatorForm(request.POST or None)
    if request.method == "POST":
        if not can_add:
            raise PermissionDenied
        if form.is_valid():
            try:
                services.indicator_create(user=request.user, indicator=form.save(commit=False))  # type: ignore[arg-type]
            except ValidationError as exc:
                form.add_error(None, exc)
            else:
                messages.success(request, _("Đã thêm chỉ số."))
                return redirect("indicator_list")
    indicators = selectors.indicator_list(request.user)  # type: ignore[arg-type]
    return render(request, "indicators/indicator_list.html", {"indicators": indicators, "form": form,
                                                              "can_add": can_add},
                  status=400 if form.errors else 200)


@login_required
def data_grid(request: HttpRequest, unit_id: int) -> HttpResponse:
    require(request.user, "view", DataValue)  # type: ignore[arg-type]
    unit = _unit_or_404(request, unit_id)
    year = _year(request)
    half = int(request.GET["ky"]) if request.GET.get("ky") in ("1", "2") else 0  # the period: year or a half
    agencies = _grid_agencies(request.user, unit)  # type: ignore[arg-type]
    # One agency's figures (?co-quan=…), else the unit's own; one who writes only its agency's starts there.
    own = request.user.agency_id if not may_create(request.user, DataValue, unit=unit) else None  # type: ignore[union-attr, arg-type]
    wanted = request.GET.get("co-quan", str(own) if own in {a.id for a in agencies} else "")
    agency = next((a for a in agencies if str(a.id) == wanted), None)
    can_edit = may_create(request.user, DataValue, unit=unit, agency=agency)  # type: ignore[arg-type]
    indicators = list(selectors.indicator_list(request.user))  # type: ignore[arg-type]
    form = GridForm(request.POST or None, unit=unit, year=year, half=half, indicators=indicators, agency=agency,
                    user=request.user)  # type: ignore[arg-type]
    status = 200
    if request.method == "POST":
        if not can_edit:
            raise PermissionDenied
        if form.is_valid():
            try:
                warnings = services.values_save(request.user, form.entries())  # type: ignore[arg-type]
            except ValidationError as exc:  # a refusal (Refused) is a 403 of its own
                for message in exc.messages:
                    messages.error(request, message)
                status = 400
            else:
                for w in warnings:
                    messages.warning(request, w)
                messages.success(request, _("Đã lưu số liệu năm %(year)d.") % {"year": year})
                return redirect(f"{request.path}?year={year}&ky={half}&co-quan={agency.id if agency else ''}")
        else:
            messages.error(request, _("Có ô không phải là số: hãy sửa các ô được đánh dấu."))
            status = 400
    return render(request, "indicators/grid.html", {"unit": unit, "year": year, "half": half, "form": form,
                                                    "halves": DataValue._meta.get_field("half").choices,
                                                    "agencies": agencies, "agency": agency,
                                                    "can_edit": can_edit}, status=status)


def _grid_agencies(user: User, unit: AdminUnit) -> list[Agency]:
    """The agencies whose own figures the grid offers: those the user may write figures for, or, for one who
    writes none, every agency of the unit it reads (the values themselves are restricted again)."""
    agencies = list(scope(user, Agency, "view", unit=unit).order_by("name"))
    if may_model(user, "change", DataValue):
        return [a for a in agencies if may_create(user, DataValue, unit=unit, agency=a)]
    return agencies


@login_required
def data_import(request: HttpRequest, unit_id: int) -> HttpResponse:
    unit = _unit_or_404(request, unit_id)
    if not may_create(request.user, DataValue, unit=unit):  # type: ignore[arg-type]
        raise PermissionDenied
    form = ImportForm(request.POST or None, request.FILES or None)
    errors: list[str] = []
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            count, warnings = services.values_import(request.user, upload.read(), upload.name,  # type: ignore[arg-type]
                                                     unit_selectors.top_units(request.user))  # type: ignore[arg-type]
        except ValidationError as exc:
            errors = exc.messages
        else:
            for w in warnings:
                messages.warning(request, w)
            messages.success(request, _("Đã nhập %(n)d số liệu.") % {"n": count})
            return redirect("unit_dashboard", unit_id=unit.id)
    return render(request, "indicators/import.html", {"unit": unit, "form": form, "errors": errors},
                  status=400 if errors or form.errors else 200)


@login_required
def template_download(request: HttpRequest) -> HttpResponse:
    require(request.user, "export", Indicator)  # type: ignore[arg-type]
    units = unit_selectors.top_units(request.user)  # type: ignore[arg-type]
    return _download(services.template_xlsx(request.user, units), "mau-so-lieu-binhdang.xlsx", XLSX_TYPE)  # type: ignore[arg-type]


def _download(body: bytes, name: str, content_type: str) -> HttpResponse:
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
