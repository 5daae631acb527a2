"""Pages of the registers: list (filter, export, import), record (new, edit, evidence, its parts), the same code
for every register. Thin: rules in services, reads in selectors, access in binhdang.access."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from binhdang.access import may, may_model, require
from binhdang.activities import forms, selectors, services, xlsx
from binhdang.activities.models import ActivityEvidence, Recommendation
from binhdang.activities.registers import BY_MODEL, REGISTERS, Register

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _register(slug: str) -> Register:
    try:
        return REGISTERS[slug]
    except KeyError as exc:
        raise Http404(_("Không có sổ theo dõi này.")) from exc


def _record(request: HttpRequest, register: Register, record_id: int) -> Any:
    try:
        return selectors.record_get(request.user, register, record_id)  # type: ignore[arg-type]
    except ObjectDoesNotExist as exc:
        raise Http404(_("Không có bản ghi này, hoặc bạn không có quyền xem.")) from exc


def _day(text: str) -> dt.date | None:
    try:
        return dt.datetime.strptime(text, "%d/%m/%Y").date() if text else None
    except ValueError:
        return None


def _filters(request: HttpRequest) -> dict[str, Any]:
    agency = request.GET.get("co-quan", "")
    return {"agency": int(agency) if agency.isdigit() else None, "date_from": _day(request.GET.get("tu", "")),
            "date_to": _day(request.GET.get("den", "")), "q": request.GET.get("q", "").strip()}


@login_required
def index(request: HttpRequest) -> HttpResponse:
    require(request.user, "view", REGISTERS["tap-huan"].model)  # type: ignore[arg-type]
    rows = [(r, selectors.record_list(request.user, r).count()) for r in REGISTERS.values()]  # type: ignore[arg-type]
    return render(request, "activities/index.html", {"rows": rows, "unit": request.user.unit})  # type: ignore[union-attr]


@login_required
def record_list(request: HttpRequest, slug: str) -> HttpResponse:
    register = _register(slug)
    require(request.user, "view", register.model)  # type: ignore[arg-type]
    records = selectors.record_list(request.user, register, **_filters(request))  # type: ignore[arg-type]
    page = Paginator(records, 50).get_page(request.GET.get("page"))
    rows = [(r, [_shown(r, name) for name in register.shown]) for r in page]
    headers = [getattr(register.model._meta.get_field(name), "verbose_name", name) for name in register.shown]
    return render(request, "activities/list.html", {
        "register": register, "page": page, "rows": rows, "headers": headers, "query": request.GET.urlencode(),
        "can_add": may_model(request.user, "change", register.model), "q": request.GET.get("q", ""),  # type: ignore[arg-type]
        "tu": request.GET.get("tu", ""), "den": request.GET.get("den", ""), "agency": request.GET.get("co-quan", "")})


def _shown(record: Any, name: str) -> Any:
    display = getattr(record, f"get_{name}_display", None)
    return display() if display else getattr(record, name)


@login_required
def record_new(request: HttpRequest, slug: str) -> HttpResponse:
    register = _register(slug)
    require(request.user, "change", register.model)  # type: ignore[arg-type]
    initial = {k: v for k, v in (("duty", request.GET.get("nhiem-vu")), ("plan", request.GET.get("ke-hoach"))) if v}
    return _edit(request, register, register.form(request.POST or None, user=request.user, initial=initial))  # type: ignore[arg-type]


@login_required
def record_edit(request: HttpRequest, slug: str, record_id: int) -> HttpResponse:
    register = _register(slug)
    record = _record(request, register, record_id)
    require(request.user, "change", record)  # type: ignore[arg-type]
    return _edit(request, register, register.form(request.POST or None, instance=record, user=request.user))  # type: ignore[arg-type]


def _edit(request: HttpRequest, register: Register, form: forms.ActivityForm) -> HttpResponse:
    if request.method == "POST" and form.is_valid():
        record = services.record_save(user=request.user, form=form)  # type: ignore[arg-type]
        messages.success(request, _("Đã lưu."))
        return redirect("activity_detail", slug=register.slug, record_id=record.pk)
    return render(request, "activities/form.html", {"register": register, "form": form},
                  status=400 if form.errors else 200)


@login_required
def record_detail(request: HttpRequest, slug: str, record_id: int) -> HttpResponse:
    register = _register(slug)
    record = _record(request, register, record_id)
    fields = [(f.verbose_name, _shown(record, f.name)) for f in register.model._meta.fields
              if f.name not in ("id", "created_by", "created_at", "updated_at", "checklist") and f.editable]
    context = {"register": register, "record": record, "fields": fields,
               "can_edit": may(request.user, "change", record),  # type: ignore[arg-type]
               "evidence": selectors.evidence_of(request.user, record), "file_form": forms.FileForm(),  # type: ignore[arg-type]
               "violation_form": forms.ViolationForm(), "recommendation_form": forms.RecommendationForm(),
               "follow_up_form": forms.FollowUpForm(), "review_form": forms.ReviewForm(),
               "today": dt.date.today()}
    return render(request, "activities/detail.html", context)


@login_required
@require_POST
def record_delete(request: HttpRequest, slug: str, record_id: int) -> HttpResponse:
    register = _register(slug)
    services.record_delete(user=request.user, record=_record(request, register, record_id))  # type: ignore[arg-type]
    messages.success(request, _("Đã xóa."))
    return redirect("activity_list", slug=slug)


@login_required
def record_export(request: HttpRequest, slug: str) -> HttpResponse:
    register = _register(slug)
    require(request.user, "export", register.model)  # type: ignore[arg-type]
    records = list(selectors.record_list(request.user, register, action="export", **_filters(request))[:20000])  # type: ignore[arg-type]
    response = HttpResponse(xlsx.records_export(register=register, records=records), content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="{slug}.xlsx"'
    return response


@login_required
def record_template(request: HttpRequest, slug: str) -> HttpResponse:
    register = _register(slug)
    require(request.user, "view", register.model)  # type: ignore[arg-type]
    response = HttpResponse(xlsx.template(user=request.user, register=register), content_type=XLSX)  # type: ignore[arg-type]
    response["Content-Disposition"] = f'attachment; filename="mau-{slug}.xlsx"'
    return response


@login_required
def record_import(request: HttpRequest, slug: str) -> HttpResponse:
    register = _register(slug)
    require(request.user, "change", register.model)  # type: ignore[arg-type]
    form = forms.FileForm(request.POST or None, request.FILES or None)
    errors: list[str] = []
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            n = xlsx.records_import(user=request.user, register=register, data=upload.read(), filename=upload.name)  # type: ignore[arg-type]
        except ValidationError as exc:
            errors = exc.messages
        else:
            messages.success(request, _("Đã nhập %(n)d bản ghi.") % {"n": n})
            return redirect("activity_list", slug=slug)
    return render(request, "activities/import.html", {"register": register, "form": form, "errors": errors},
                  status=400 if errors else 200)


def _back(slug: str, record_id: int) -> HttpResponse:
    return redirect("activity_detail", slug=slug, record_id=record_id)


def _done(request: HttpRequest, call: Any, success: str) -> None:
    try:
        call()
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, success)


@login_required
@require_POST
def evidence_upload(request: HttpRequest, slug: str, record_id: int) -> HttpResponse:
    record = _record(request, _register(slug), record_id)
    form = forms.FileForm(request.POST, request.FILES)
    if not form.is_valid():
        messages.error(request, _("Hãy chọn một tệp để tải lên."))
    else:
        _done(request, lambda: services.evidence_add(user=request.user, record=record,  # type: ignore[arg-type]
                                                     upload=form.cleaned_data["file"]),
              _("Đã tải lên tệp minh chứng."))
    return _back(slug, record_id)


@login_required
def evidence_file(request: HttpRequest, activity_evidence_id: int) -> FileResponse:
    try:
        evidence = ActivityEvidence.objects.get(id=activity_evidence_id)
        register = BY_MODEL[evidence.register]
        record = selectors.record_get(request.user, register, evidence.record_id)  # type: ignore[arg-type]
    except (ObjectDoesNotExist, KeyError) as exc:
        raise Http404(_("Không có tệp này, hoặc bạn không có quyền xem.")) from exc
    if not services.evidence_may_read(request.user, evidence, record):  # type: ignore[arg-type]
        raise Http404(_("Không có tệp này, hoặc bạn không có quyền xem."))
    return FileResponse(evidence.file.open("rb"), as_attachment=True, filename=evidence.name)


@login_required
@require_POST
def participants_import(request: HttpRequest, record_id: int) -> HttpResponse:
    training = _record(request, REGISTERS["tap-huan"], record_id)
    form = forms.FileForm(request.POST, request.FILES)
    if form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            n = services.participants_import(user=request.user, training=training, data=upload.read(),  # type: ignore[arg-type]
                                             filename=upload.name)
        except ValidationError as exc:
            for message in exc.messages:
                messages.error(request, message)
        else:
            messages.success(request, _("Đã nhập danh sách %(n)d người tham dự.") % {"n": n})
    return _back("tap-huan", record_id)


@login_required
@require_POST
def violation_add(request: HttpRequest, record_id: int) -> HttpResponse:
    inspection = _record(request, REGISTERS["kiem-tra"], record_id)
    form = forms.ViolationForm(request.POST)
    if form.is_valid():
        _done(request, lambda: services.violation_add(user=request.user, inspection=inspection, **form.cleaned_data),  # type: ignore[arg-type]
              _("Đã ghi vi phạm."))
    else:
        messages.error(request, _("Hãy ghi nơi vi phạm và hành vi vi phạm."))
    return _back("kiem-tra", record_id)


@login_required
@require_POST
def recommendation_add(request: HttpRequest, record_id: int) -> HttpResponse:
    inspection = _record(request, REGISTERS["kiem-tra"], record_id)
    form = forms.RecommendationForm(request.POST)
    if form.is_valid():
        _done(request, lambda: services.recommendation_add(user=request.user, inspection=inspection,  # type: ignore[arg-type]
                                                           **form.cleaned_data),
              _("Đã ghi kiến nghị."))
    else:
        messages.error(request, _("Hãy ghi kiến nghị và hạn thực hiện (dd/mm/yyyy)."))
    return _back("kiem-tra", record_id)


@login_required
@require_POST
def follow_up_add(request: HttpRequest, recommendation_id: int) -> HttpResponse:
    try:
        recommendation = Recommendation.objects.select_related("inspection").get(id=recommendation_id)
    except ObjectDoesNotExist as exc:
        raise Http404 from exc
    inspection = _record(request, REGISTERS["kiem-tra"], recommendation.inspection_id)
    form = forms.FollowUpForm(request.POST)
    if form.is_valid():
        _done(request, lambda: services.follow_up_add(user=request.user, recommendation=recommendation,  # type: ignore[arg-type]
                                                      **form.cleaned_data),
              _("Đã ghi kết quả theo dõi."))
    else:
        messages.error(request, _("Hãy ghi ngày (dd/mm/yyyy) và kết quả theo dõi."))
    return _back("kiem-tra", inspection.id)


@login_required
@require_POST
def review_add(request: HttpRequest, record_id: int) -> HttpResponse:
    model = _record(request, REGISTERS["mo-hinh"], record_id)
    form = forms.ReviewForm(request.POST)
    if form.is_valid():
        _done(request, lambda: services.review_save(user=request.user, model=model, **form.cleaned_data),  # type: ignore[arg-type]
              _("Đã lưu kết quả rà soát, đánh giá."))
    else:
        messages.error(request, " ".join(str(m) for ms in form.errors.values() for m in ms))
    return _back("mo-hinh", record_id)
