"""Reports count themselves: the figures of a report counted from its agency's own activity records of the round's
period (binhdang.activities), each with the records behind it; a round's line may name one of these counts as its
source; consolidation lists the activities behind its sums, and those held during the plan's events (the Action
Month).

Which source wins for an indicator's value (README, "Activity registers"): a value typed by hand (the grid, the API)
wins over one imported from a file, which wins over one counted (from reports, and so from the registers behind
them). `indicators.services.source_wins` is that rule; `values_save` applies it to every write (an import never
replaces a typed value, a report's figure never replaces a typed or imported one)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from django.db.models import Model, Q, QuerySet, Sum
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from binhdang.activities.calendar import event_occurrences
from binhdang.activities.models import (
    Award,
    CommEvent,
    CommProduct,
    Inspection,
    PilotModel,
    Training,
    Violation,
)
from binhdang.activities.registers import REGISTERS, register_of
from binhdang.cases.selectors import case_counts_for_round
from binhdang.units.models import Agency

if TYPE_CHECKING:
    from binhdang.reports.models import Item, Report, Round

# -- What can be counted ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Count:
    key: str
    label: Any
    unit: Any
    register: str  # the register whose records are behind it
    total: str = ""  # the field summed ("" counts the records)
    female: str = ""  # the field of women summed, for a count by sex


COUNTS = {c.key: c for c in [
    Count("tap-huan", gettext_lazy("Số lớp tập huấn, hội nghị, hội thảo đã tổ chức"), gettext_lazy("lớp"), "tap-huan"),
    Count("tap-huan-nguoi", gettext_lazy("Số lượt người được tập huấn"), gettext_lazy("người"), "tap-huan",
          "participants", "participants_female"),
    Count("su-kien", gettext_lazy("Số sự kiện truyền thông"), gettext_lazy("sự kiện"), "su-kien"),
    Count("su-kien-nguoi", gettext_lazy("Số lượt người dự sự kiện truyền thông"), gettext_lazy("người"), "su-kien",
          "attendance", "attendance_female"),
    Count("hoat-dong", gettext_lazy("Số cuộc truyền thông, tập huấn đã tổ chức"), gettext_lazy("cuộc"), "tap-huan+su-kien"),
    Count("san-pham", gettext_lazy("Số sản phẩm truyền thông"), gettext_lazy("sản phẩm"), "san-pham", "count"),
    Count("kiem-tra", gettext_lazy("Số cuộc kiểm tra, thanh tra"), gettext_lazy("cuộc"), "kiem-tra"),
    Count("vi-pham", gettext_lazy("Số vi phạm đã xử lý"), gettext_lazy("vụ"), "vi-pham"),
    Count("khen-thuong", gettext_lazy("Số lượt khen thưởng"), gettext_lazy("lượt"), "khen-thuong"),
    Count("mo-hinh", gettext_lazy("Số mô hình đang hoạt động"), gettext_lazy("mô hình"), "mo-hinh"),
]}
# Figures of the case register: counted through its policy (never its rows) and suppressed, since a round's
# figures leave the commune; key → (the catalogue indicator it is counted for, label, unit).
CASE_COUNTS = {
    "vu-viec-nan-nhan": ("so-nan-nhan-duoc-ho-tro", gettext_lazy("Số nạn nhân bạo lực được hỗ trợ (sổ vụ việc)"),
                         gettext_lazy("người")),
    "vu-viec-nguoi-gay": ("so-nguoi-gay-bao-luc-tu-van",
                          gettext_lazy("Số người gây bạo lực được tư vấn (sổ vụ việc)"), gettext_lazy("người")),
}
MODELS: dict[str, type[Model]] = {"tap-huan": Training, "su-kien": CommEvent, "san-pham": CommProduct,
                                  "kiem-tra": Inspection, "khen-thuong": Award, "mo-hinh": PilotModel}


@dataclass
class Record:
    """One record behind a figure, as a page links to it."""

    register: str
    id: int
    date: dt.date
    title: str
    agency: str
    url: str

    def as_json(self) -> dict[str, Any]:
        return {"register": self.register, "id": self.id, "date": self.date.strftime("%d/%m/%Y"),
                "title": self.title, "agency": self.agency, "url": self.url}


@dataclass
class Counted:
    count: Count
    total: int = 0
    female: int | None = None
    records: list[Record] = field(default_factory=list)

    @property
    def prefills(self) -> bool:
        """Whether a new report opens with this figure: there is something behind it."""
        return bool(self.records) or self.count.register == "vu-viec"

    @property
    def source(self) -> str:
        """Where the figure came from, in words."""
        if self.count.register == "vu-viec":
            return _("đếm từ sổ vụ việc của địa bàn (số nhỏ được ẩn để không lộ ai)")
        return _("đếm từ %(n)d bản ghi của sổ «%(register)s»") % {
            "n": len(self.records), "register": ", ".join(str(REGISTERS[s].title) if s in REGISTERS else
                                                          str(_("Kiểm tra, thanh tra"))
                                                          for s in self.count.register.split("+"))}


def round_period(rnd: Round) -> tuple[dt.date, dt.date]:
    """The days a round reports on: the first half of its year for a half-year round, the whole year otherwise."""
    if rnd.kind == "half_year":
        return dt.date(rnd.year, 1, 1), dt.date(rnd.year, 6, 30)
    return dt.date(rnd.year, 1, 1), dt.date(rnd.year, 12, 31)


def _records(register: str, agencies: list[int], start: dt.date, end: dt.date) -> QuerySet[Any]:
    if register == "vi-pham":  # violations handled: those of the period's inspections that received a sanction
        return (Violation.objects.filter(inspection__agency__in=agencies, inspection__held_on__gte=start,
                                         inspection__held_on__lte=end).exclude(sanction="")
                .select_related("inspection__agency"))
    model = MODELS[register]
    records = model._default_manager.filter(agency__in=agencies, held_on__lte=end).select_related("agency")
    if register == "mo-hinh":  # a model counts while it runs, whenever it started
        return records.exclude(status=PilotModel.Status.STOPPED)
    return records.filter(held_on__gte=start)


def _record(register: str, row: Any) -> Record:
    if register == "vi-pham":
        inspection = row.inspection
        return Record("kiem-tra", inspection.id, inspection.held_on, f"{row.body}: {row.description[:120]}",
                      inspection.agency.name, reverse("activity_detail", args=["kiem-tra", inspection.id]))
    return Record(register, row.id, row.held_on, str(row)[:200], row.agency.name,
                  reverse("activity_detail", args=[register_of(row).slug, row.id]))


def count(key: str, agencies: list[int], start: dt.date, end: dt.date) -> Counted:
    """One figure counted from the records of these agencies between the two days, with the records behind it."""
    spec = COUNTS[key]
    result = Counted(spec, female=0 if spec.female else None)
    for register in spec.register.split("+"):
        rows = _records(register, agencies, start, end)
        if spec.total:
            sums = rows.aggregate(t=Sum(spec.total), f=Sum(spec.female) if spec.female else Sum(spec.total))
            result.total += sums["t"] or 0
            if spec.female:
                result.female = (result.female or 0) + (sums["f"] or 0)
        else:
            result.total += rows.count()
        result.records += [_record(register, r) for r in rows[:200]]
    result.records.sort(key=lambda r: (r.date, r.register, r.id))
    return result


def reporting_agencies(report: Report) -> list[int]:
    """Whose records a report counts: its agency's; the People's Committee of a unit below the plan's speaks for
    the whole unit, so its report counts the records of every agency of that unit and of the units below it."""
    agency = report.agency
    if agency.kind != "ubnd" or agency.unit_id == report.round.plan.unit_id:
        return [agency.id]
    path = agency.unit.path
    return list(Agency.objects.filter(Q(unit__path=path) | Q(unit__path__startswith=path + "/"))
                .values_list("id", flat=True))


def report_counts(report: Report) -> list[Counted]:
    """Every figure of the report's agency counted from its records of the round's period."""
    start, end = round_period(report.round)
    agencies = reporting_agencies(report)
    return [count(key, agencies, start, end) for key in COUNTS]


def item_count(report: Report, item: Item, *, user: Any = None) -> Counted | None:
    if item.source in CASE_COUNTS:
        return case_count(report, item.source, user=user) if user is not None else None
    if item.source not in COUNTS:
        return None
    start, end = round_period(report.round)
    return count(item.source, reporting_agencies(report), start, end)


def case_count(report: Report, key: str, *, user: Any) -> Counted | None:
    """A figure of the case register for the reporter's unit and the round's period, as `user` may count it; None
    when the register hides it (a small number), holds none (a commune that keeps no register would read a false
    zero), or the user may not count cases."""
    code, label, unit = CASE_COUNTS[key]
    rnd = report.round
    total, female = case_counts_for_round(user=user, unit=report.agency.unit, year=rnd.year,
                                          half=rnd.kind == "half_year")[code]
    if not total:
        return None
    return Counted(Count(key, label, unit, "vu-viec"), total=total, female=female)


def as_number(value: int | None) -> Decimal | None:
    return None if value is None else Decimal(value)


# -- Consolidation ----------------------------------------------------------------------------------------------


def figures_records(rnd: Round, reports: list[Report], figures: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The consolidated figures, each line counted from a register with the activities behind its sum."""
    start, end = round_period(rnd)
    agencies = sorted({a for r in reports for a in reporting_agencies(r)})
    sources = {i.id: i.source for i in rnd.items.all()}
    for figure in figures:
        source = sources.get(int(figure.get("item") or 0))
        if source in COUNTS and agencies:
            counted = count(source, agencies, start, end)
            figure["source"] = counted.source
            figure["records"] = [r.as_json() for r in counted.records]
    return figures


def event_sections(rnd: Round, reports: list[Report]) -> list[dict[str, Any]]:
    """A section for each event of the plan held in the round's period (the Action Month): the sent reporters'
    activities recorded while it ran."""
    start, end = round_period(rnd)
    agencies = sorted({a for r in reports for a in reporting_agencies(r)})
    out = []
    for event in rnd.plan.events.all():
        when = event_occurrences(event, rnd.year)
        if not when or when[0] > end or when[1] < start or not agencies:
            continue
        lines = []
        for register in MODELS:
            rows: QuerySet[Any] = MODELS[register]._default_manager.filter(agency__in=agencies, held_on__gte=when[0],
                                                            held_on__lte=when[1]).select_related("agency")
            lines += [f"- {r.agency.name}: {REGISTERS[register].title} «{r}» ({r.held_on:%d/%m/%Y})" for r in rows]
        out.append({"title": _("%(event)s (%(start)s – %(end)s)") % {
            "event": event.name, "start": f"{when[0]:%d/%m/%Y}", "end": f"{when[1]:%d/%m/%Y}"},
            "text": "\n".join(lines) or _("Chưa ghi hoạt động nào trong thời gian này.")})
    return out


# -- The report form's notes on corrected figures ----------------------------------------------------------------


def notes_save(report: Report, notes: dict[int, tuple[str, Decimal | None, Decimal | None]]) -> None:
    """Keep, with each figure of the report, what was counted and the reporter's note when it corrected it."""
    from binhdang.reports.models import Value

    for item_id, (note, counted_total, counted_female) in notes.items():
        Value.objects.filter(report=report, item_id=item_id).update(note=note, counted_total=counted_total,
                                                                    counted_female=counted_female)


def source_of(parts: list[str], errors: list[str]) -> str:
    """The count a round's line names as its source (its fifth column), checked against COUNTS."""
    key = parts[0].strip().lower() if parts else ""
    if key and key not in COUNTS and key not in CASE_COUNTS:
        errors.append(_("Không có nguồn số liệu «%(key)s»; các nguồn: %(keys)s.")
                      % {"key": key, "keys": ", ".join([*COUNTS, *CASE_COUNTS])})
        return ""
    return key
