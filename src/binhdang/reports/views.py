"""Pages of the reporting cycle: open a round, its completeness, a report (fill, submit, withdraw, review),
evidence, the consolidated report and its exports. Thin: rules in services, reads in selectors, access in
binhdang.access."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from binhdang import nd30
from binhdang.access import may, require
from binhdang.plans import selectors as plan_selectors
from binhdang.plans.progress import progress as target_progress
from binhdang.reports import export, selectors, services
from binhdang.reports.forms import (
    ConsolidatedForm,
    EvidenceForm,
    ReportForm,
    ReviewForm,
    RoundForm,
    items_text,
)
from binhdang.reports.models import Evidence, Report, Round


def _round_or_404(request: HttpRequest, round_id: int) -> Round:
    try:
        return selectors.round_get(request.user, round_id)  # type: ignore[arg-type]
    except ObjectDoesNotExist as exc:
        raise Http404(_("Không có kỳ báo cáo này, hoặc bạn không có quyền xem.")) from exc


def _report_or_404(request: HttpRequest, report_id: int) -> Report:
    try:
        return selectors.report_get(request.user, report_id)  # type: ignore[arg-type]
    except ObjectDoesNotExist as exc:
        raise Http404(_("Không có báo cáo này, hoặc bạn không có quyền xem.")) from exc


def _runs(request: HttpRequest, rnd: Round) -> bool:
    """The user runs this round: it manages the plan's issuer and sees the round."""
    return may(request.user, "change", rnd)  # type: ignore[arg-type]


@login_required
def round_new(request: HttpRequest, plan_id: int) -> HttpResponse:
    try:
        plan = plan_selectors.plan_get(request.user, plan_id)  # type: ignore[arg-type]
    except ObjectDoesNotExist as exc:
        raise Http404(_("Không có kế hoạch này, hoặc bạn không có quyền xem.")) from exc
    require(request.user, "change", plan)  # type: ignore[arg-type]
    kind = request.GET.get("kind", Round.Kind.HALF_YEAR)
    kind = kind if kind in Round.Kind.values else Round.Kind.HALF_YEAR
    initial = {**services.round_defaults(plan, kind), "items": items_text(services.DEFAULT_ITEMS)}
    form = RoundForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            rnd = services.round_open(plan, request.user, kind=data["kind"], name=data["name"],  # type: ignore[arg-type]
                                      year=data["year"], due=data["due"], items=data["items"])
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("Đã mở kỳ báo cáo: %(n)d cơ quan, đơn vị phải báo cáo.")
                             % {"n": rnd.reports.count()})
            return redirect("round_detail", round_id=rnd.id)
    # Shown, not created: the committees of units below that have none yet are created when the round opens.
    expected = services.expected_agencies(plan, create=False) if plan.status == plan.Status.CONFIRMED else []
    return render(request, "reports/round_new.html", {"plan": plan, "form": form, "expected": expected},
                  status=400 if form.errors else 200)


@login_required
def plan_rounds(request: HttpRequest, plan_id: int) -> HttpResponse:
    """The plan page's list of its rounds (a fragment: the plan app lies below the reports in the order)."""
    try:
        plan = plan_selectors.plan_get(request.user, plan_id)  # type: ignore[arg-type]
    except ObjectDoesNotExist as exc:
        raise Http404(_("Không có kế hoạch này, hoặc bạn không có quyền xem.")) from exc
    rounds = selectors.round_list(request.user).filter(plan=plan)  # type: ignore[arg-type]
    return render(request, "reports/_plan_rounds.html", {"plan": plan, "rounds": rounds})


@login_required
def round_detail(request: HttpRequest, round_id: int) -> HttpResponse:
    rnd = _round_or_404(request, round_id)
    context = {"round": rnd, "c": selectors.completeness(rnd, user=request.user), "runs": _runs(request, rnd),  # type: ignore[arg-type]
               "consolidated": selectors.consolidated_list(request.user).filter(round=rnd).first(),  # type: ignore[arg-type]
               "items": rnd.items.select_related("indicator")}
    return render(request, "reports/round_detail.html", context)


@login_required
def report_page(request: HttpRequest, report_id: int) -> HttpResponse:
    report = _report_or_404(request, report_id)
    can_edit = may(request.user, "change", report) and report.editable  # type: ignore[arg-type]
    form = ReportForm(report=report, user=request.user)
    status = 200
    if request.method == "POST":
        require(request.user, "change", report)  # type: ignore[arg-type]
        action = request.POST.get("action", "save")
        if action == "withdraw":
            if services.report_withdraw(report, request.user):  # type: ignore[arg-type]
                messages.success(request, _("Đã rút báo cáo về để sửa; báo cáo chưa được tính là đã gửi."))
            else:
                messages.info(request, _("Báo cáo đã được xem xét nên không rút lại được."))
            return redirect("report_page", report_id=report.id)
        if not report.editable:  # a second click on "Gửi", or a stale page
            messages.info(request, _("Báo cáo đã được gửi lúc %(at)s; không cần gửi lại.")
                          % {"at": formats.date_format(timezone.localtime(report.submitted_at), "d/m/Y H:i")} if report.submitted_at
                          else _("Báo cáo không còn sửa được."))
            return redirect("report_page", report_id=report.id)
        form = ReportForm(request.POST, report=report, user=request.user)
        saved = _save(request, report, form)
        if saved and action == "submit":
            services.report_submit(report, request.user)  # type: ignore[arg-type]
            messages.success(request, _("Đã gửi báo cáo."))
            return redirect("report_page", report_id=report.id)
        if saved:
            messages.success(request, _("Đã lưu bản nháp."))
            return redirect("report_page", report_id=report.id)
        status = 409 if form.non_field_errors() else 400
    context = {"report": report, "form": form, "can_edit": can_edit, "runs": _runs(request, report.round),
               "can_withdraw": report.status == Report.Status.SUBMITTED and may(request.user, "change", report),  # type: ignore[arg-type]
               "review": ReviewForm(), "evidence_form": EvidenceForm(),
               "history": report.history.select_related("history_user").order_by("-history_date")[:30],
               "conflicts": report.conflicts.select_related("user")[:5]}
    return render(request, "reports/report.html", context, status=status)


def _save(request: HttpRequest, report: Report, form: ReportForm) -> bool:
    if not form.is_valid():
        messages.error(request, _("Chưa lưu được: hãy sửa các ô được đánh dấu. Những gì đã nhập vẫn còn."))
        return False
    try:
        services.report_save(report, request.user, form.cleaned_data["version"], form.payload())  # type: ignore[arg-type]
    except services.ReportConflict as exc:
        other = exc.report.updated_by
        form.add_error(None, _("%(who)s đã lưu báo cáo này lúc %(at)s, sau khi bạn mở trang. Bản của bạn chưa được "
                               "lưu đè và vẫn còn nguyên bên dưới (hệ thống cũng giữ một bản); bản của họ đã lưu. "
                               "Hãy xem lại rồi lưu lần nữa.")
                       % {"who": (other.get_full_name() or other.username) if other else _("Người khác"),
                          "at": formats.date_format(timezone.localtime(exc.report.updated_at), "d/m/Y H:i")})
        data = form.data.copy()  # type: ignore[attr-defined]
        data["version"] = str(exc.report.version)  # saving again now overwrites, knowingly
        form.data = data
        return False
    except ValidationError as exc:
        form.add_error(None, exc)
        return False
    return True


@login_required
@require_POST
def report_autosave(request: HttpRequest, report_id: int) -> HttpResponse:
    """Autosave of the report form (htmx, every change): answers with the new version, or says why not."""
    report = _report_or_404(request, report_id)
    if not may(request.user, "change", report) or not report.editable:  # type: ignore[arg-type]
        raise PermissionDenied
    form = ReportForm(request.POST, report=report, user=request.user)
    saved = _save(request, report, form)
    list(messages.get_messages(request))  # an autosave's messages are its fragment, not the next page's
    report.refresh_from_db()
    return render(request, "reports/_autosave.html", {"report": report, "saved": saved, "form": form})


@login_required
@require_POST
def report_review(request: HttpRequest, report_id: int) -> HttpResponse:
    report = _report_or_404(request, report_id)
    if not _runs(request, report.round) or not selectors.round_list(request.user).filter(id=report.round_id).exists():  # type: ignore[arg-type]
        raise PermissionDenied
    form = ReviewForm(request.POST)
    form.is_valid()
    accept = request.POST.get("decision") == "accept"
    try:
        changed = services.report_review(report, request.user, accept=accept,  # type: ignore[arg-type]
                                         comment=form.cleaned_data.get("comment", ""))
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        if changed:
            messages.success(request, _("Đã chấp nhận báo cáo.") if accept else _("Đã trả lại báo cáo để sửa."))
        else:
            messages.info(request, _("Báo cáo này không ở trạng thái chờ xem xét."))
    return redirect("report_page", report_id=report.id)


@login_required
@require_POST
def evidence_upload(request: HttpRequest, report_id: int) -> HttpResponse:
    report = _report_or_404(request, report_id)
    if not may(request.user, "change", report) or not report.editable:  # type: ignore[arg-type]
        raise PermissionDenied
    form = EvidenceForm(request.POST, request.FILES)
    if not form.is_valid():
        messages.error(request, _("Hãy chọn một tệp để tải lên."))
    else:
        try:
            services.evidence_add(report, request.user, form.cleaned_data["file"])  # type: ignore[arg-type]
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(request, _("Đã tải lên tệp minh chứng."))
    return redirect("report_page", report_id=report.id)


@login_required
def evidence_file(request: HttpRequest, evidence_id: int) -> FileResponse:
    try:
        evidence = Evidence.objects.get(id=evidence_id, report__in=selectors.report_list(request.user))  # type: ignore[arg-type]
    except ObjectDoesNotExist as exc:
        raise Http404(_("Không có tệp này, hoặc bạn không có quyền xem.")) from exc
    return FileResponse(evidence.file.open("rb"), as_attachment=True, filename=evidence.name)


@login_required
def consolidated_page(request: HttpRequest, round_id: int) -> HttpResponse:
    rnd = _round_or_404(request, round_id)
    runs = _runs(request, rnd)
    if request.method == "POST":
        if not runs:
            raise PermissionDenied
        if "assemble" in request.POST:
            services.consolidate(rnd, request.user)  # type: ignore[arg-type]
            messages.success(request, _("Đã tổng hợp từ các báo cáo đã gửi."))
            written, notes = services.round_values_record(rnd, request.user)  # type: ignore[arg-type]
            if written:
                messages.info(request, _("Đã ghi %(n)d số liệu vào các chỉ số của %(unit)s.")
                              % {"n": written, "unit": rnd.plan.unit.name})
            for note in notes:
                messages.warning(request, note)
            return redirect("consolidated_page", round_id=rnd.id)
    consolidated = selectors.consolidated_list(request.user).filter(round=rnd).first()  # type: ignore[arg-type]
    if consolidated is None:
        if not runs:  # a focal point reads the published totals (indicators), not the unit's consolidated report
            raise Http404(_("Kỳ báo cáo này chưa có báo cáo tổng hợp, hoặc bạn không có quyền xem."))
        return render(request, "reports/consolidated.html", {"round": rnd, "runs": runs, "consolidated": None})
    form = ConsolidatedForm(request.POST if request.method == "POST" else None, initial={
        "title": consolidated.title, "number": consolidated.number, "summary": consolidated.summary,
        "signer_position": consolidated.signer_position, "signer_name": consolidated.signer_name})
    if request.method == "POST" and form.is_valid():
        services.consolidated_edit(
            consolidated, request.user, texts=request.POST.getlist("section"),  # type: ignore[arg-type]
            values=request.POST.getlist("measure"), **form.cleaned_data)
        messages.success(request, _("Đã lưu báo cáo tổng hợp."))
        return redirect("consolidated_page", round_id=rnd.id)
    context = {"round": rnd, "runs": runs, "consolidated": consolidated, "form": form,
               "upward": services.upward_reports(consolidated, user=request.user) if runs else []}  # type: ignore[arg-type]
    return render(request, "reports/consolidated.html", context, status=400 if form.errors else 200)


@login_required
@require_POST
def consolidated_send_up(request: HttpRequest, round_id: int) -> HttpResponse:
    rnd = _round_or_404(request, round_id)
    consolidated = selectors.consolidated_list(request.user).filter(round=rnd).first()  # type: ignore[arg-type]
    if not _runs(request, rnd) or consolidated is None:
        raise PermissionDenied
    try:
        report = next(r for r in services.upward_reports(consolidated, user=request.user) if str(r.id) == request.POST.get("report"))  # type: ignore[arg-type]
    except StopIteration as exc:
        raise Http404(_("Không có báo cáo cấp trên đang chờ đơn vị gửi.")) from exc
    services.consolidated_send_up(consolidated, report, request.user)  # type: ignore[arg-type]
    messages.success(request, _("Đã gửi báo cáo tổng hợp lên: %(round)s.") % {"round": report.round})
    return redirect("consolidated_page", round_id=rnd.id)


@login_required
def consolidated_docx(request: HttpRequest, round_id: int) -> HttpResponse:
    consolidated = _consolidated_or_404(request, round_id)
    require(request.user, "export", consolidated)  # type: ignore[arg-type]
    plan = consolidated.round.plan
    progress = [r for r in target_progress(request.user, plan.unit, action="export")  # type: ignore[arg-type]
                if r["plan"].id == plan.id]
    response = HttpResponse(export.consolidated_docx(consolidated, progress), content_type=nd30.DOCX_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{export.file_name(consolidated, "docx")}"'
    return response


@login_required
def consolidated_xlsx(request: HttpRequest, round_id: int) -> HttpResponse:
    consolidated = _consolidated_or_404(request, round_id)
    require(request.user, "export", consolidated)  # type: ignore[arg-type]
    response = HttpResponse(export.figures_xlsx(consolidated.round, user=request.user),  # type: ignore[arg-type]
                            content_type=export.XLSX_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{export.file_name(consolidated, "xlsx")}"'
    return response


def _consolidated_or_404(request: HttpRequest, round_id: int):  # type: ignore[no-untyped-def]
    try:
        return selectors.consolidated_get(request.user, round_id)  # type: ignore[arg-type]
    except ObjectDoesNotExist as exc:
        raise Http404(_("Kỳ báo cáo này chưa có báo cáo tổng hợp.")) from exc
