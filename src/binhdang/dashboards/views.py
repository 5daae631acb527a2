"""A unit's dashboard: the progress of its plans' targets (status, latest value, trend), the units below ranked
and mapped for an indicator, breakdowns, agencies compared, reporting completeness, and its exports (CSV, XLSX,
a .docx report); and the link from a target to its indicator. Above indicators, plans and reports, which it
reads, each through the access policy."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ObjectDoesNotExist
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from binhdang import nd30
from binhdang.access import may_create, require, restrict
from binhdang.accounts.models import User
from binhdang.dashboards import export
from binhdang.indicators import charts, selectors
from binhdang.indicators.models import DataValue
from binhdang.plans.models import Measure
from binhdang.plans.progress import progress
from binhdang.reports.models import Round
from binhdang.reports.selectors import completeness
from binhdang.units import selectors as unit_selectors
from binhdang.units.models import AdminUnit

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _unit_or_404(request: HttpRequest, unit_id: int) -> AdminUnit:
    try:
        return unit_selectors.unit_get(request.user, unit_id)  # type: ignore[arg-type]
    except ObjectDoesNotExist as exc:
        raise Http404(_("Không có đơn vị này, hoặc bạn không có quyền xem.")) from exc


def _year(request: HttpRequest) -> int:
    raw = request.GET.get("year", "")
    return int(raw) if raw.isdigit() and 1990 <= int(raw) <= 2100 else timezone.localdate().year - 1


def _download(body: bytes, name: str, content_type: str) -> HttpResponse:
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@login_required
def dashboard(request: HttpRequest, unit_id: int) -> HttpResponse:
    fmt = request.GET.get("format")
    action = "export" if fmt in ("csv", "xlsx", "docx") else "view"
    require(request.user, "count" if action == "view" else action, DataValue)  # type: ignore[arg-type]
    unit = _unit_or_404(request, unit_id)
    tree = selectors.Tree(unit, request.user, "count" if action == "view" else action)  # type: ignore[arg-type]
    rows = progress(request.user, unit, tree, action=action)  # type: ignore[arg-type]
    if fmt in ("csv", "xlsx"):
        body = export.progress_csv(rows) if fmt == "csv" else export.progress_xlsx(rows)
        return _download(body, f"tien-do-chi-tieu-{unit.code}.{fmt}",
                         "text/csv; charset=utf-8" if fmt == "csv" else XLSX_TYPE)
    indicators = list(selectors.indicator_list(request.user))  # type: ignore[arg-type]
    chosen = next((i for i in indicators if i.code == request.GET.get("indicator")),
                  next((r["indicator"] for r in rows if r["indicator"] and r["data"]), None))
    year = _year(request) if "year" in request.GET else (
        max(next((r["data"] for r in rows if r["indicator"] == chosen), {}) or [_year(request)]))
    ranking = selectors.ranking(tree, chosen, year) if chosen else []
    ranking_title = f"{chosen.name} ({chosen.unit}), {year}" if chosen else ""
    if fmt == "docx":
        return _download(export.progress_docx(unit, rows, ranking, ranking_title),
                         nd30.file_name("BC tien do", str(timezone.localdate().year), unit), nd30.DOCX_TYPE)
    counts: dict[str, int] = {}
    for r in rows:
        r["spark"] = charts.sparkline(r["data"])
        counts[r["status"]] = counts.get(r["status"], 0) + 1
    context = {
        "unit": unit, "rows": rows, "labels": selectors.STATUS_LABELS,
        "counts": [(k, selectors.STATUS_LABELS[k], counts.get(k, 0)) for k in selectors.STATUS_LABELS],
        "progress_chart": charts.svg(charts.progress_chart(rows, _("Mức đạt so với mục tiêu (%)"))),
        "indicators": indicators, "chosen": chosen, "year": year, "ranking": ranking,
        "bars": charts.svg(charts.ranking_chart(ranking, ranking_title)), "map": charts.points(ranking),
        "breakdown": selectors.breakdown(tree, chosen, year) if chosen else [],
        "agency_values": selectors.agency_values(request.user, unit, chosen, year) if chosen else [],  # type: ignore[arg-type]
        "rounds": _completeness(request.user, unit),  # type: ignore[arg-type]
        "can_manage": may_create(request.user, DataValue, unit=unit),  # type: ignore[arg-type]
    }
    return render(request, "dashboards/dashboard.html", context)


def _completeness(user: User, unit: AdminUnit) -> list[tuple[object, dict]]:
    """The reporting rates of the unit's latest rounds, over the reports the user may count (a focal point's
    are its own agency's)."""
    paths = [unit.path, *(p.path for p in unit.predecessors.all())]
    rounds = restrict(Round.objects.filter(plan__unit__path__in=paths), user, "count").select_related(
        "plan", "plan__unit")[:5]
    out: list[tuple[object, dict]] = []
    for rnd in rounds:
        rates = completeness(rnd, user=user)  # built from the reports the user may count
        if rates["expected"]:  # a round with none of the user's reports is left out
            out.append((rnd, rates))
    return out


@login_required
@require_POST
def measure_link(request: HttpRequest, measure_id: int) -> HttpResponse:
    try:
        measure = restrict(Measure.objects.select_related("target__objective__plan__unit"),
                           request.user).get(id=measure_id)  # type: ignore[arg-type]
    except ObjectDoesNotExist as exc:
        raise Http404(_("Không có chỉ tiêu này, hoặc bạn không có quyền xem.")) from exc
    plan = measure.target.objective.plan
    require(request.user, "change", measure)  # type: ignore[arg-type]
    code = request.POST.get("indicator", "").strip()
    # Only an indicator both the user and the plan's unit may name (the catalogue, the area's own).
    named = selectors.indicator_list(request.user).filter(  # type: ignore[arg-type]
        id__in=selectors.indicators_of_unit(plan.unit).values("id"))
    found = selectors.indicator_by_code(named, code) if code else None
    if code and found is None:  # a mistyped code leaves the link as it was
        messages.error(request, _("Không có chỉ số mã «%(code)s»: chọn một mã trong danh sách.") % {"code": code})
    else:
        measure.indicator = found
        measure.save(update_fields=["indicator"])
        messages.success(request, _("Đã gắn chỉ tiêu với chỉ số.") if found else _("Đã bỏ gắn chỉ số."))
    back = request.POST.get("unit")
    return redirect("unit_dashboard", unit_id=int(back)) if back and back.isdigit() else redirect(
        "plan_detail", plan_id=plan.id)


