"""Rules of the reporting cycle: opening a round, saving and submitting reports (two people editing one report,
a double submit), review, reminders, consolidation."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from binhdang.access import require, restrict
from binhdang.accounts.models import User
from binhdang.indicators import services as indicator_services
from binhdang.indicators.models import DataValue, Indicator
from binhdang.indicators.selectors import indicator_list
from binhdang.lexicon.agencies import KINDS_BY_CODE
from binhdang.lexicon.text import canonical
from binhdang.plans.models import Duty, Plan
from binhdang.reports import counts
from binhdang.reports.models import Consolidated, Evidence, Item, Line, Reminder, Report, Round, Value
from binhdang.units.models import AdminUnit, Agency
from binhdang.units.selectors import agency_of_kind_find
from binhdang.units.services import agency_of_kind


@dataclass(frozen=True)
class ItemSpec:
    """A line of a round's numbers section as the coordinator writes it; `code` names the count indicator it
    feeds (empty: the indicator whose name is the label, if any)."""

    label: str
    unit: str = "người"
    by_sex: bool = False
    code: str = ""
    source: str = ""  # a count of the activity registers (reports.counts.COUNTS) that fills the line


# The numbers section a round starts with; the coordinator edits it when opening the round.
DEFAULT_ITEMS = [
    ItemSpec("Số người được tập huấn, bồi dưỡng về bình đẳng giới", "người", True, "so-nguoi-tap-huan-bdg",
             "tap-huan-nguoi"),
    ItemSpec("Số cuộc truyền thông, tập huấn đã tổ chức", "cuộc", False, "so-cuoc-truyen-thong", "hoat-dong"),
    ItemSpec("Số sản phẩm truyền thông (tin, bài, phóng sự, tờ rơi)", "sản phẩm", False, "so-san-pham-truyen-thong",
             "san-pham"),
    ItemSpec("Số cuộc thanh tra, kiểm tra về bình đẳng giới", "cuộc", False, "so-cuoc-thanh-tra-bdg", "kiem-tra"),
    ItemSpec("Số nạn nhân bạo lực trên cơ sở giới được hỗ trợ", "người", True, "so-nan-nhan-duoc-ho-tro",
             "vu-viec-nan-nhan"),
    ItemSpec("Số vi phạm về bình đẳng giới đã xử lý", "vụ", False, "", "vi-pham"),
    ItemSpec("Số lượt tập thể, cá nhân được khen thưởng", "lượt", False, "", "khen-thuong"),
]
# Which period of an indicator a round's figures are: a half-year report covers the first six months, an annual
# one the whole year; an ad hoc report covers no period and feeds no indicator.
HALF_OF_KIND = {Round.Kind.HALF_YEAR: 1, Round.Kind.ANNUAL: 0}


class ReportConflict(Exception):
    """Someone else saved the report after this user opened it."""

    def __init__(self, report: Report) -> None:
        super().__init__("conflict")
        self.report = report


# -- Opening a round ------------------------------------------------------------------------------------


def round_defaults(plan: Plan, kind: str, today: dt.date | None = None) -> dict[str, Any]:
    """Name, year and due date for a new round of this kind: the plan's own reporting deadline when it sets
    one ('Báo cáo 6 tháng ... trước ngày 10/6'), else the customary 10/6 or 10/12."""
    today = today or timezone.localdate()
    year = plan.period_to if plan.period_from and plan.period_from == plan.period_to else today.year
    deadlines = list(plan.deadlines.filter(due__year=year)) or list(plan.deadlines.all())
    due: dt.date | None = None
    if kind == Round.Kind.HALF_YEAR:
        found = [d for d in deadlines if "6 tháng" in canonical(d.what)] or [d for d in deadlines if 5 <= d.due.month <= 7]
        due = found[0].due if found else dt.date(year, 6, 10)
        name = f"Báo cáo 6 tháng đầu năm {due.year}"
    elif kind == Round.Kind.ANNUAL:
        found = [d for d in deadlines if d.due.month >= 11] or deadlines[-1:]
        due = found[-1].due if found else dt.date(year, 12, 10)
        name = f"Báo cáo năm {due.year}"
    else:
        due = today + dt.timedelta(days=14)
        name = f"Báo cáo chuyên đề năm {due.year}"
    return {"kind": kind, "name": name, "year": due.year, "due": due}


def expected_agencies(plan: Plan, *, create: bool) -> list[Agency]:
    """Who reports in a round of this plan: every agency with duties in it, and the People's Committee of
    each unit below the plan's (which consolidates its own units first). A committee not in the system yet is
    created only when `create` (opening the round); the form's preview shows it unsaved."""
    agencies: dict[Any, Agency] = {a.id: a for a in Agency.objects.filter(duties__plan=plan).distinct()}
    if plan.issuer_agency_id is None:
        find = agency_of_kind if create else agency_of_kind_find
        for child in AdminUnit.objects.filter(parent=plan.unit):
            committee = find(child, KINDS_BY_CODE["ubnd"])
            agencies.setdefault(committee.id or ("new", child.id), committee)
    return sorted(agencies.values(), key=lambda a: (a.unit_id != plan.unit_id, a.name))


@transaction.atomic
def round_open(plan: Plan, user: User, *, kind: str, name: str, year: int, due: dt.date,
               items: list[ItemSpec]) -> Round:
    require(user, "change", plan)
    if plan.status != Plan.Status.CONFIRMED:
        raise ValidationError(_("Chỉ mở kỳ báo cáo cho kế hoạch đã xác nhận."))
    indicators = _item_indicators(user, items)
    rnd = Round.objects.create(plan=plan, kind=kind, name=name, year=year, due=due, opened_by=user)
    Item.objects.bulk_create(Item(round=rnd, order=i, label=spec.label, unit=spec.unit, by_sex=spec.by_sex,
                                  indicator=indicators.get(spec), source=spec.source)
                             for i, spec in enumerate(items))
    duties = defaultdict(list)
    for duty in Duty.objects.filter(plan=plan):
        duties[duty.agency_id].append(duty)
    for agency in expected_agencies(plan, create=True):
        report = Report.objects.create(round=rnd, agency=agency)
        Line.objects.bulk_create(Line(report=report, duty=d, status=d.status) for d in duties[agency.id])
    return rnd


def _item_indicators(user: User, items: list[ItemSpec]) -> dict[ItemSpec, Indicator]:
    """The count indicator of each line (among those the user sees): the one its code names, else the one named
    as the line is. A code that names no count indicator is an error (a ratio needs a numerator and a
    denominator, not a report's figure)."""
    counts = list(indicator_list(user).filter(kind=Indicator.Kind.COUNT))
    by_code = {i.code: i for i in counts}
    by_name = {canonical(i.name): i for i in counts}
    found, wrong = {}, []
    for spec in items:
        indicator = by_code.get(spec.code) if spec.code else by_name.get(canonical(spec.label))
        if spec.code and indicator is None:
            wrong.append(spec.code)
        elif indicator is not None:
            found[spec] = indicator
    if wrong:
        raise ValidationError(_("Không có chỉ số số đếm mã %(codes)s (xem danh mục chỉ số).")
                              % {"codes": ", ".join(f"«{c}»" for c in wrong)})
    return found


# -- Saving, submitting, reviewing ----------------------------------------------------------------------


def report_save(report: Report, user: User, version: int, data: dict[str, Any]) -> Report:
    """Save the reporter's text and numbers. `version` is the one the user's page was opened with: when
    someone else saved since, the save is refused (ReportConflict) and the user's text is kept aside."""
    require(user, "change", report)
    if not report.editable:
        raise ValidationError(_("Báo cáo đã gửi: hãy rút lại trước khi sửa."))
    with transaction.atomic():
        # The user's own later save (an autosave a moment before the click) is no conflict: another person's is.
        newer_by_other = Q(version__gt=version) & ~Q(updated_by=user)
        updated = Report.objects.filter(pk=report.pk).exclude(newer_by_other).update(
            version=F("version") + 1, summary=data["summary"], updated_by=user, updated_at=timezone.now())
        if updated:
            for line in report.lines.all():
                done, status = data["lines"].get(line.id, (line.done, line.status))
                if (done, status) != (line.done, line.status):
                    line.done, line.status = done, status
                    line.save(update_fields=["done", "status"])
            for item_id, (total, female) in data["values"].items():
                Value.objects.update_or_create(report=report, item_id=item_id,
                                               defaults={"total": total, "female": female})
            counts.notes_save(report, data.get("notes", {}))  # figures counted from the registers, and notes
    if not updated:  # outside the transaction: the refused text is kept even though nothing else is saved
        report.conflicts.create(user=user, data=_jsonable(data))
        report.refresh_from_db()
        raise ReportConflict(report)
    report.refresh_from_db()
    return report


def _jsonable(data: dict[str, Any]) -> dict[str, Any]:
    return {"summary": data["summary"],
            "lines": {str(k): list(v) for k, v in data["lines"].items()},
            "values": {str(k): [None if x is None else str(x) for x in v] for k, v in data["values"].items()}}


def _transition(report: Report, user: User, allowed: tuple[str, ...], **changes: Any) -> bool:
    """Move the report on, once: a second identical request (a double click, a resent form) changes nothing."""
    with transaction.atomic():
        locked = Report.objects.select_for_update().get(pk=report.pk)
        if locked.status not in allowed:
            return False
        for name, value in changes.items():
            setattr(locked, name, value)
        locked.version += 1
        locked._history_user = user  # type: ignore[attr-defined]
        locked.save()
    report.refresh_from_db()
    return True


def report_submit(report: Report, user: User) -> bool:
    require(user, "change", report)
    changed = _transition(report, user, (Report.Status.DRAFT, Report.Status.RETURNED),
                          status=Report.Status.SUBMITTED, updated_by=user,
                          submitted_at=report.submitted_at or timezone.now())
    if changed:  # the duties' own status follows what the report says
        for line in report.lines.select_related("duty"):
            if line.duty.status != line.status:
                line.duty.status = line.status
                line.duty.save(update_fields=["status"])
    return changed


def report_withdraw(report: Report, user: User) -> bool:
    """Take a submitted report back before it is reviewed; it counts as not sent until sent again."""
    require(user, "change", report)
    return _transition(report, user, (Report.Status.SUBMITTED,), status=Report.Status.DRAFT, submitted_at=None,
                       updated_by=user)


def report_review(report: Report, user: User, *, accept: bool, comment: str) -> bool:
    """Accept or return a submitted report. Accepting the report of a unit below the plan's (its People's
    Committee speaks for the whole unit) makes its figures that unit's indicator values."""
    require(user, "change", report.round)  # those who run the round review its reports
    if not accept and not comment.strip():
        raise ValidationError(_("Hãy ghi lý do trả lại để cơ quan báo cáo biết cần sửa gì."))
    changed = _transition(report, user, (Report.Status.SUBMITTED,),
                          status=Report.Status.ACCEPTED if accept else Report.Status.RETURNED,
                          reviewed_by=user, reviewed_at=timezone.now(), review_comment=comment.strip())
    rnd = report.round
    if changed and accept and report.agency.unit_id != rnd.plan.unit_id:
        accepted = restrict(rnd.reports.filter(agency__unit=report.agency.unit_id, status=Report.Status.ACCEPTED),
                            user)
        indicator_values_fill(rnd, report.agency.unit, list(accepted), user)
    return changed


def indicator_values_fill(rnd: Round, unit: AdminUnit, reports: list[Report], user: User) -> tuple[int, list[str]]:
    """The round's figures summed over `reports`, written as `unit`'s values of the indicators the lines feed,
    for the round's year and period. Returns (values written, notes on hand-entered values left alone)."""
    half = HALF_OF_KIND.get(rnd.kind)  # type: ignore[call-overload]
    items = [i for i in rnd.items.select_related("indicator") if i.indicator is not None]
    if half is None or not items:
        return 0, []
    values = list(Value.objects.filter(report__in=reports, item__in=items))
    figures = []
    for item in items:
        mine = [v for v in values if v.item_id == item.id and v.total is not None]
        if mine:
            women = [v.female for v in mine if v.female is not None]
            figures.append((item.indicator, sum((v.total or Decimal(0) for v in mine), Decimal(0)),
                            sum(women, Decimal(0)) if item.by_sex and len(women) == len(mine) else None))
    return values_from_reports(user, unit, rnd.year, half, figures)  # type: ignore[arg-type]


MAX_EVIDENCE = 20 * 1024 * 1024
EVIDENCE_TYPES = (".pdf", ".docx", ".doc", ".xlsx", ".xls", ".jpg", ".jpeg", ".png", ".odt", ".ods")


def evidence_add(report: Report, user: User, upload: Any) -> Evidence:
    require(user, "change", report)
    name = upload.name or ""
    if not name.lower().endswith(EVIDENCE_TYPES):
        raise ValidationError(_("Tệp minh chứng phải là PDF, Word, Excel hoặc ảnh (JPG, PNG)."))
    if upload.size > MAX_EVIDENCE:
        raise ValidationError(_("Tệp lớn hơn 20 MB: hãy nén hoặc chia nhỏ rồi gửi lại."))
    return Evidence.objects.create(report=report, file=upload, name=name, uploaded_by=user)


# -- Reminders ------------------------------------------------------------------------------------------


def reminder_kind(report: Report, today: dt.date) -> str | None:
    left = (report.round.due - today).days
    if left == 5:
        return Reminder.Kind.FIVE_DAYS
    if left == 1:
        return Reminder.Kind.ONE_DAY
    if left < 0:
        return Reminder.Kind.OVERDUE
    return None


def reminders_send(today: dt.date | None = None) -> int:
    """E-mail each reporter whose report is due in 5 days, in 1 day, or overdue (once each); returns how many
    reminders were sent. Run daily (README)."""
    today = today or timezone.localdate()
    sent = 0
    pending = Report.objects.filter(status__in=[Report.Status.DRAFT, Report.Status.RETURNED]).select_related(
        "round", "agency")
    for report in pending.filter(round__due__gte=today - dt.timedelta(days=60)):
        kind = reminder_kind(report, today)
        if kind is None or report.reminders.filter(kind=kind).exists():
            continue
        to = list(User.objects.filter(agency=report.agency, is_active=True).exclude(email="")
                  .values_list("email", flat=True))
        if kind == Reminder.Kind.OVERDUE:
            subject = _("Báo cáo quá hạn: %(round)s") % {"round": report.round.name}
        else:
            subject = _("Nhắc hạn báo cáo: %(round)s, hạn %(due)s") % {
                "round": report.round.name, "due": report.round.due.strftime("%d/%m/%Y")}
        body = _("Kính gửi %(agency)s,\n\n%(round)s (kế hoạch: %(plan)s) hạn gửi ngày %(due)s. "
                 "Báo cáo của cơ quan chưa được gửi. Vui lòng đăng nhập binhdang để hoàn thành.\n") % {
            "agency": report.agency.name, "round": report.round.name, "plan": report.round.plan,
            "due": report.round.due.strftime("%d/%m/%Y")}
        if to:
            send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, to)
        Reminder.objects.create(report=report, kind=kind, recipients=to)
        sent += 1
    return sent


# -- Consolidation --------------------------------------------------------------------------------------


def figures_of(rnd: Round, reports: list[Report]) -> list[dict[str, Any]]:
    """The numbers section summed over the given reports: totals and, for items by sex, women and men."""
    out = []
    values = Value.objects.filter(report__in=reports)
    for item in rnd.items.all():
        mine = [v for v in values if v.item_id == item.id]
        total = sum((v.total for v in mine if v.total is not None), Decimal(0))
        female = sum((v.female for v in mine if v.female is not None), Decimal(0)) if item.by_sex else None
        out.append({"item": item.id, "label": item.label, "unit": item.unit, "total": _plain(total),
                    "female": _plain(female), "male": _plain(total - female) if female is not None else None,
                    "reported": sum(1 for v in mine if v.total is not None)})
    return out


def _plain(value: Decimal | None) -> str | None:
    """2.00 -> '2', 2.50 -> '2.5' (stored as text in the consolidated report's JSON)."""
    if value is None:
        return None
    return format(value.normalize(), "f") if value != value.to_integral() else str(int(value))


@transaction.atomic
def consolidate(rnd: Round, user: User) -> Consolidated:
    """Assemble the unit's consolidated report from the round's sent reports: for each content item of the plan
    the results of all agencies, the figures summed, each target measure, and who did not report. Assembling
    again starts from the reports afresh."""
    require(user, "change", rnd)
    plan = rnd.plan
    reports = list(restrict(rnd.reports.select_related("agency"), user))
    sent = [r for r in reports if r.is_sent]
    lines = Line.objects.filter(report__in=sent).select_related("report__agency", "duty__assignment")
    by_item: dict[int, list[Line]] = defaultdict(list)
    for line in lines:
        if line.done.strip():
            by_item[line.duty.assignment.item if line.duty.assignment else -1].append(line)
    sections = []
    items: dict[int, list[str]] = defaultdict(list)
    for a in plan.assignments.select_related("agency"):
        items[a.item].append(a.agency.name if a.agency else a.written)
    for item, names in items.items():
        results = [f"- {ln.report.agency.name}: {ln.done.strip()}" for ln in by_item.get(item, [])]
        sections.append({"title": ", ".join(names), "text": "\n".join(results)})
    if by_item.get(-1):
        sections.append({"title": _("Nhiệm vụ khác"),
                         "text": "\n".join(f"- {ln.report.agency.name}: {ln.done.strip()}" for ln in by_item[-1])})
    figures = counts.figures_records(rnd, sent, figures_of(rnd, sent))  # with the activities behind the sums
    sections += counts.event_sections(rnd, sent)  # the activities held during the plan's events (Action Month)
    by_measure = {i.measure_id: f for i, f in zip(rnd.items.all(), figures, strict=True) if i.measure_id}
    measures = []
    for objective in plan.objectives.prefetch_related("targets__measures"):
        for target in objective.targets.all():
            for m in target.measures.all():
                found = by_measure.get(m.id)
                measures.append({"text": f"{m.subject or target.text}: {m.get_comparator_display()} "
                                         f"{_plain(m.value)} {m.unit}" + (f" (năm {m.by_year})" if m.by_year else ""),
                                 "value": found["total"] if found and found["total"] not in (None, "0") else ""})
    missing = [r.agency.name for r in reports if not r.is_sent]
    summary = "\n".join(r.summary.strip() for r in sent if r.summary.strip())
    defaults = {"title": f"Kết quả thực hiện {plan.title[:1].lower()}{plan.title[1:]} ({rnd.name.lower()})",
                "sections": sections, "figures": figures, "measures": measures, "missing": missing,
                "summary": summary, "assembled_at": timezone.now(), "updated_by": user,
                "signer_position": plan.signer_position, "signer_name": plan.signer_name}
    consolidated, _created = Consolidated.objects.update_or_create(round=rnd, defaults=defaults)
    return consolidated


def round_values_record(rnd: Round, user: User) -> tuple[int, list[str]]:
    """The consolidated figures (every sent report summed) become the values of the plan's unit."""
    require(user, "change", rnd)
    sent = [r for r in restrict(rnd.reports.all(), user) if r.is_sent]
    return indicator_values_fill(rnd, rnd.plan.unit, sent, user)


def consolidated_edit(consolidated: Consolidated, user: User, *, title: str, number: str, texts: list[str],
                      values: list[str], summary: str, signer_position: str, signer_name: str) -> Consolidated:
    require(user, "change", consolidated)
    for section, text in zip(consolidated.sections, texts, strict=False):
        section["text"] = text
    for measure, value in zip(consolidated.measures, values, strict=False):
        measure["value"] = value
    consolidated.title, consolidated.number, consolidated.summary = title, number, summary
    consolidated.signer_position, consolidated.signer_name = signer_position, signer_name
    consolidated.updated_by = user
    consolidated.save()
    return consolidated


def upward_reports(consolidated: Consolidated, *, user: User) -> list[Report]:
    """Reports the unit's People's Committee owes in rounds of the level above, still open for it (and the user's
    to write)."""
    unit = consolidated.round.plan.unit
    return list(restrict(Report.objects.all(), user, "change").filter(agency__unit=unit, agency__kind="ubnd",
                                       status__in=[Report.Status.DRAFT, Report.Status.RETURNED])
                .exclude(round=consolidated.round).select_related("round"))


@transaction.atomic
def consolidated_send_up(consolidated: Consolidated, report: Report, user: User) -> Report:
    """A commune's consolidated report becomes its report in the level above's round: the text as the
    summary, the figures matched by name, then submitted."""
    require(user, "change", consolidated)
    require(user, "change", report)
    text = [consolidated.summary] + [f"{s['title']}:\n{s['text']}" for s in consolidated.sections if s["text"]]
    report.summary = "\n\n".join(t for t in text if t.strip())
    report.save(update_fields=["summary"])
    mine = {canonical(f["label"]): f for f in consolidated.figures}
    for item in report.round.items.all():
        found = mine.get(canonical(item.label))
        if found:
            Value.objects.update_or_create(report=report, item=item, defaults={
                "total": found["total"], "female": found["female"] if item.by_sex else None})
    report_submit(report, user)
    return report


# -- Report figures as indicator values (moved from indicators.services: reports lie above indicators) ------


def values_from_reports(user: User, unit: AdminUnit, year: int, half: int,
                        figures: list[tuple[Indicator, Decimal, Decimal | None]]) -> tuple[int, list[str]]:
    """Write a report's figures (indicator, total, women or None) as the unit's values for the period: the total,
    and for an indicator by sex the women and the men (total less women). A cell entered by hand, imported or
    sent through the API is never overwritten by a report: it is left and named in the returned notes.
    Returns (values written, notes)."""
    entries: list[indicator_services.Entry] = []
    for indicator, total, female in figures:
        entries.append(indicator_services.Entry(indicator, unit, year, half, DataValue.Sex.TOTAL, value=total))
        if indicator.by_sex and female is not None:
            entries.append(indicator_services.Entry(indicator, unit, year, half, DataValue.Sex.FEMALE, value=female))
            entries.append(indicator_services.Entry(indicator, unit, year, half, DataValue.Sex.MALE, value=total - female))
    stored = indicator_services.values_stored(entries)
    # An indicator with any cell typed in is left whole: its total, women and men stay one person's figures.
    kept = {e.indicator: None for e in entries
            if (cell := stored.get(e.cell())) and cell.source != "report"}
    fresh = [e for e in entries if e.indicator not in kept]
    indicator_services.values_save(user, fresh, source="report")
    notes = [_("%(name)s (%(unit)s): giữ số liệu đã nhập trực tiếp, không thay bằng số của báo cáo.")
             % {"name": ind.name, "unit": unit.name} for ind in kept]
    return len(fresh), notes
