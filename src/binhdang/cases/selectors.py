"""Reads of the case register. Reading a case writes its access-log line here, so no page can forget it."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.db.models import Prefetch, QuerySet
from django.utils.translation import gettext_lazy as _

from binhdang.access import restrict
from binhdang.access.policy import under
from binhdang.cases.models import (
    AccessLog,
    AgeBand,
    Case,
    CaseAssignment,
    FollowUp,
    Harm,
    Measure,
    MeasureKind,
    Perpetrator,
    Sex,
    Support,
    Victim,
    age_band,
)
from binhdang.cases.services import access_log_record
from binhdang.cases.suppression import Group, suppress
from binhdang.units.models import AdminUnit

if TYPE_CHECKING:
    from binhdang.accounts.models import User


def case_get(*, user: User, case_id: int, action: str = "view", log: bool = True) -> Case:
    """One case the user may take `action` on (Case.DoesNotExist otherwise); the read is logged."""
    case = restrict(Case.objects.select_related("unit", "agency"), user, action).get(pk=case_id)
    if log:
        access_log_record(user=user, cases=[case], action=AccessLog.Action.PAGE)
    return case


# Lists never need what is encrypted: without it they open even when a key is lost (the case page says so).
ENCRYPTED = ("place", "summary", "reporter_name", "reporter_phone")


def case_rows(*, user: User, status: str = "", limit: int = 200) -> list[Case]:
    """The cases the user handles (codes, never names); each row shown is logged."""
    qs = restrict(Case.objects.select_related("unit", "agency").defer(*ENCRYPTED), user, "view")
    if status == "open":
        qs = qs.exclude(status=Case.Status.CLOSED)
    elif status:
        qs = qs.filter(status=status)
    rows = list(qs[:limit])
    access_log_record(user=user, cases=rows, action=AccessLog.Action.LIST)
    return rows


@dataclass
class Due:
    case: Case
    items: list[tuple[dt.date, str]] = field(default_factory=list)


def cases_due(*, user: User, today: dt.date, within: int = 7) -> list[Due]:
    """The user's open cases with what is due: a no-contact order ending, a follow-up visit (late ones first)."""
    horizon = today + dt.timedelta(days=within)
    qs = restrict(Case.objects.exclude(status=Case.Status.CLOSED).select_related("unit").defer(*ENCRYPTED), user,
                  "view")
    qs = qs.filter(assignments__user=user, assignments__active=True).distinct().prefetch_related(
        Prefetch("measures", Measure.objects.filter(kind=MeasureKind.NO_CONTACT, ends_on__gte=today,
                                                    ends_on__lte=horizon), to_attr="ending"),
        Prefetch("followups", FollowUp.objects.filter(done_on__isnull=True, due_on__lte=horizon), to_attr="visits"))
    out = []
    for case in qs[:100]:
        due = Due(case)
        for m in case.ending:  # type: ignore[attr-defined]
            if m.ends_on:
                due.items.append((m.ends_on, str(_("Cấm tiếp xúc hết hạn"))))
        for f in case.visits:  # type: ignore[attr-defined]
            due.items.append((f.due_on, str(_("Thăm hỏi, theo dõi")) + (
                " — " + str(_("quá hạn")) if f.due_on < today else "")))
        if case.status == Case.Status.DRAFT:
            due.items.append((case.received_on, str(_("Nháp: hoàn thành hồ sơ tiếp nhận"))))
        due.items.sort()
        out.append(due)
    out.sort(key=lambda d: (not d.items, d.items[0][0] if d.items else dt.date.max, d.case.code))
    access_log_record(user=user, cases=[d.case for d in out], action=AccessLog.Action.LIST)
    return out


def case_timeline(case: Case) -> list[tuple[dt.date, str, str]]:
    """What happened, in date order: (date, kind, text). The caller has read the case through case_get."""
    events: list[tuple[dt.date, str, str]] = [(case.received_on, "received", str(_("Tiếp nhận tin báo")) + ": "
                                               + str(case.get_received_by_kind_display()) + ", "
                                               + str(case.get_channel_display()))]
    if case.assigned_on:
        events.append((case.assigned_on, "assigned", str(_("Chủ tịch UBND xã phân công")) + (
            ": " + case.assigned_note if case.assigned_note else "")))
    for m in case.measures.all():
        text = str(m.get_kind_display()) + f" — {m.decided_by}"
        if m.decision_number:
            text += " · " + str(_("QĐ số")) + f" {m.decision_number}"
        if m.starts_on and m.ends_on:
            text += f" · {m.starts_on:%d/%m/%Y}–{m.ends_on:%d/%m/%Y}"
        if m.consent:
            text += " · " + str(m.get_consent_display())
        events.append((m.decided_on, "measure", text))
    for s in case.supports.all():
        events.append((s.given_on, "support", str(_("Hỗ trợ")) + ": " + str(s.get_kind_display())
                       + (f" — {s.given_by}" if s.given_by else "")))
    for r in case.referrals.select_related("to_agency"):
        events.append((r.requested_on, "referral", str(_("Chuyển gửi")) + f": {r.to_agency.name} ("
                       + str(r.get_service_display()) + ") — " + str(r.get_status_display())
                       + (f": {r.refusal_reason}" if r.refusal_reason else "")))
    if case.mediation_on:
        events.append((case.mediation_on, "mediation", str(case.get_mediation_display())))
    for f in case.followups.all():
        events.append((f.done_on or f.due_on, "followup", (str(_("Đã thăm hỏi")) if f.done_on else
                                                          str(_("Thăm hỏi dự kiến"))) + (f": {f.note}" if f.note else "")))
    if case.closed_on:
        events.append((case.closed_on, "closed", str(_("Kết thúc vụ việc (đã duyệt)"))))
    return sorted(events, key=lambda e: e[0])


def access_log_list(*, user: User, case: Case) -> QuerySet[AccessLog]:
    """Who read the case and when: the supervisor's view (nobody else's)."""
    return restrict(AccessLog.objects.filter(case=case).select_related("user"), user, "view")


def is_supervisor(*, user: User, case: Case) -> bool:
    return case.assignments.filter(user=user, role=CaseAssignment.Role.SUPERVISOR, active=True).exists()


# ---- Counts (Biểu 01/BC-X, Thông tư 07/2017/TT-BVHTTDL) -------------------------------------------------

HANDLED = (Case.Status.CLOSED,)
# Measures that count as counselling a perpetrator (the catalogue's "perpetrators counselled").
COUNSELLING = [MeasureKind.COUNSEL, MeasureKind.BEHAVIOUR]


def count_labels() -> dict[str, Any]:
    labels: dict[str, Any] = {"vu_viec": _("Số vụ bạo lực"), "vu_viec_da_xu_ly": _("Số vụ đã xử lý xong"),
                              "nan_nhan": _("Số người bị bạo lực"),
                              "nguoi_gay": _("Số người có hành vi bạo lực"),
                              "bien_phap": _("Số biện pháp đã áp dụng"),
                              "nan_nhan_duoc_ho_tro": _("Số người bị bạo lực được hỗ trợ"),
                              "nguoi_gay_duoc_tu_van": _("Số người có hành vi bạo lực được tư vấn, giáo dục")}
    labels.update({f"vu_viec.{h.value}": h.label for h in Harm})
    labels.update({f"nan_nhan.{s.value}": s.label for s in Sex})
    labels.update({f"nan_nhan.{a.value}": a.label for a in AgeBand})
    labels.update({f"nguoi_gay.{s.value}": s.label for s in Sex})
    labels.update({f"bien_phap.{m.value}": m.label for m in MeasureKind})
    labels.update({f"nan_nhan_duoc_ho_tro.{s.value}": s.label for s in Sex})
    labels.update({f"nguoi_gay_duoc_tu_van.{s.value}": s.label for s in Sex})
    return labels


def count_groups() -> list[Group]:
    """The sums a reader could check: every split of a total (a case of two harm types counts in both, so the
    harm split is no exact sum; treating it as one is the careful side)."""
    return [("vu_viec", [f"vu_viec.{h.value}" for h in Harm]),
            ("nan_nhan", [f"nan_nhan.{s.value}" for s in Sex]),
            ("nan_nhan", [f"nan_nhan.{a.value}" for a in AgeBand]),
            ("nguoi_gay", [f"nguoi_gay.{s.value}" for s in Sex]),
            ("bien_phap", [f"bien_phap.{m.value}" for m in MeasureKind]),
            ("nan_nhan_duoc_ho_tro", [f"nan_nhan_duoc_ho_tro.{s.value}" for s in Sex]),
            ("nguoi_gay_duoc_tu_van", [f"nguoi_gay_duoc_tu_van.{s.value}" for s in Sex])]


@dataclass
class CaseCounts:
    """Cells by key (see count_labels); a suppressed cell is None. `inside`: the viewer handles this commune's
    cases and sees every number."""

    cells: dict[str, int | None]
    suppressed: set[str]
    inside: bool
    unit: AdminUnit
    date_from: dt.date
    date_to: dt.date

    def get(self, key: str) -> int | None:
        return self.cells.get(key)

    def rows(self) -> list[tuple[str, str, int | None, bool]]:
        """(key, label, value, is a sub-row) in the order of the form."""
        labels = count_labels()
        out = []
        for total, parts in [("vu_viec", [f"vu_viec.{h.value}" for h in Harm]),
                             ("nan_nhan", [f"nan_nhan.{s.value}" for s in Sex] + [f"nan_nhan.{a.value}" for a in AgeBand]),
                             ("nguoi_gay", [f"nguoi_gay.{s.value}" for s in Sex]),
                             ("bien_phap", [f"bien_phap.{m.value}" for m in MeasureKind]),
                             ("vu_viec_da_xu_ly", []),
                             ("nan_nhan_duoc_ho_tro", [f"nan_nhan_duoc_ho_tro.{s.value}" for s in Sex]),
                             ("nguoi_gay_duoc_tu_van", [f"nguoi_gay_duoc_tu_van.{s.value}" for s in Sex])]:
            out.append((total, str(labels[total]), self.cells[total], False))
            out += [(p, str(labels[p]), self.cells[p], True) for p in parts]
        return out


def _inside(user: User, unit: AdminUnit) -> bool:
    """The viewer belongs to the commune that handles these cases (its unit is that commune)."""
    return unit.level == AdminUnit.Level.COMMUNE and user.unit_id == unit.pk


def case_counts(*, user: User, unit: AdminUnit, date_from: dt.date, date_to: dt.date,
                travels: bool = False) -> CaseCounts:
    """Biểu 01/BC-X counts of the cases received in the unit (its subtree, and the units it succeeded) between two
    dates: cases by harm type, victims by sex and age band, perpetrators by sex, measures applied, cases handled,
    victims supported, perpetrators counselled. Built from cases through the policy's `count` action (never
    their rows); outside the handling commune small numbers are suppressed so that none can be worked out.
    `travels`: the figures leave the commune (a round's numbers, an indicator value): suppressed whoever asks."""
    paths = [unit.path, *(p.path for p in unit.predecessors.all())]
    cases = restrict(Case.objects.exclude(status=Case.Status.DRAFT), user, "count").filter(
        under("unit__path", paths), received_on__gte=date_from, received_on__lte=date_to)
    rows = list(cases.values_list("id", "harms", "status", "received_on"))
    received = {cid: day for cid, _h, _s, day in rows}
    cells: dict[str, int] = {k: 0 for k in count_labels()}
    cells["vu_viec"] = len(rows)
    for _cid, harms, status, _day in rows:
        for h in set(harms or []):
            if f"vu_viec.{h}" in cells:
                cells[f"vu_viec.{h}"] += 1
        cells["vu_viec_da_xu_ly"] += status in HANDLED
    ids = list(received)
    # A support given to one victim counts for that victim; one given to the case (no victim named), for all.
    supports = list(Support.objects.filter(case_id__in=ids).values_list("case_id", "victim_id"))
    supported_victims = {v for _c, v in supports if v}
    supported_cases = {c for c, v in supports if not v}
    rows_v = Victim.objects.filter(case_id__in=ids).values_list("id", "case_id", "sex", "birth_year", "age_band")
    for vid, case_id, sex, birth_year, band in rows_v:
        cells["nan_nhan"] += 1
        cells[f"nan_nhan.{sex}"] += 1
        cells[f"nan_nhan.{age_band(received[case_id].year - birth_year) if birth_year else band}"] += 1
        if vid in supported_victims or case_id in supported_cases:
            cells["nan_nhan_duoc_ho_tro"] += 1
            cells[f"nan_nhan_duoc_ho_tro.{sex}"] += 1
    counselled_cases = set(Measure.objects.filter(case_id__in=ids, kind__in=COUNSELLING).values_list("case_id", flat=True))
    for case_id, sex in Perpetrator.objects.filter(case_id__in=ids).values_list("case_id", "sex"):
        cells["nguoi_gay"] += 1
        cells[f"nguoi_gay.{sex}"] += 1
        if case_id in counselled_cases:
            cells["nguoi_gay_duoc_tu_van"] += 1
            cells[f"nguoi_gay_duoc_tu_van.{sex}"] += 1
    for kind, n in Counter(Measure.objects.filter(case_id__in=ids).values_list("kind", flat=True)).items():
        cells[f"bien_phap.{kind}"] = n
        cells["bien_phap"] += n
    inside = _inside(user, unit) and not travels
    hidden = set() if inside else suppress(cells, count_groups(), settings.CASE_COUNT_THRESHOLD)
    shown: dict[str, int | None] = {k: (None if k in hidden else v) for k, v in cells.items()}
    return CaseCounts(shown, hidden, inside, unit, date_from, date_to)


# The catalogue's indicators the counts feed: code → (count key) for counts, (numerator, denominator) for ratios.
INDICATOR_SOURCES: dict[str, tuple[str, ...]] = {
    "so-nan-nhan-duoc-ho-tro": ("nan_nhan_duoc_ho_tro",),
    "so-nguoi-gay-bao-luc-tu-van": ("nguoi_gay_duoc_tu_van",),
    "nan-nhan-duoc-ho-tro": ("nan_nhan_duoc_ho_tro", "nan_nhan"),
    "nguoi-gay-bao-luc-tu-van": ("nguoi_gay_duoc_tu_van", "nguoi_gay"),
}


def case_counts_for_round(*, user: User, unit: AdminUnit, year: int, half: bool = False
                          ) -> dict[str, tuple[int | None, int | None]]:
    """Round prefill: for each indicator code of INDICATOR_SOURCES that is a count, (total, women) over the round's
    period (`half`: January–June). A round's figures travel upward (review, consolidation, indicators), so they are
    suppressed even for the commune's own reporter: a hidden value is None, left to the reporter."""
    date_to = dt.date(year, 6, 30) if half else dt.date(year, 12, 31)
    counts = case_counts(user=user, unit=unit, date_from=dt.date(year, 1, 1), date_to=date_to, travels=True)
    return {code: (counts.get(keys[0]), counts.get(f"{keys[0]}.nu"))
            for code, keys in INDICATOR_SOURCES.items() if len(keys) == 1}
