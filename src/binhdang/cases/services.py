"""Writes of the case register. Each takes the acting user and asks the case policy first; every change lands
in the case's history (django-simple-history)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from binhdang.access import Refused, may, may_create, restrict
from binhdang.access.policy import CASE_WORKER, role_of, scope_paths
from binhdang.cases.models import (
    AccessLog,
    Case,
    CaseAssignment,
    CaseGrant,
    FollowUp,
    Measure,
    MeasureKind,
    Perpetrator,
    Referral,
    Support,
    Victim,
)
from binhdang.units.models import AdminUnit, Agency

if TYPE_CHECKING:
    from binhdang.accounts.models import User


def _refuse_change(user: User, case: Case) -> None:
    if not may(user, "change", case):
        raise Refused(_("Chỉ người được giao xử lý vụ việc này mới cập nhật được."))
    if case.status == Case.Status.CLOSED:
        raise Refused(_("Vụ việc đã kết thúc; không cập nhật được nữa."))


def access_log_record(*, user: User, cases: Iterable[Case], action: str, detail: str = "") -> None:
    """Every read of a case writes a line: the supervisor sees who read what and when."""
    AccessLog.objects.bulk_create([AccessLog(case=c, user=user, action=action, detail=detail[:300]) for c in cases])


def _new_code(unit: AdminUnit, year: int, attempt: int = 0) -> str:
    """VV-<year>-<commune code>-<n>: says nothing about the people."""
    prefix = f"VV-{year}-{unit.code}-"
    taken = Case.objects.filter(code__startswith=prefix).count()
    return f"{prefix}{taken + 1 + attempt:03d}"


def covers(user: User, unit: AdminUnit) -> bool:
    """Whether the unit lies in the user's area (its unit's subtree, or that of a unit it succeeded)."""
    return any(unit.path == p or unit.path.startswith(p + "/") for p in scope_paths(user))


def supervisor_candidates(*, unit: AdminUnit, exclude: User | None = None) -> Any:
    """Case workers whose area holds the commune: a colleague of the commune or one above it."""
    from binhdang.accounts.models import User

    parts = unit.path.split("/")
    paths = ["/".join(parts[:i]) for i in range(2, len(parts) + 1)]
    qs = User.objects.filter(role=User.Role.CASE_WORKER, is_active=True, unit__path__in=paths)
    return qs.exclude(pk=exclude.pk) if exclude else qs


@transaction.atomic
def case_create(*, user: User, data: dict[str, Any], supervisor: User | None = None) -> Case:
    """Intake: a draft under the commune where it happened, handled by the user's agency; the user is its worker."""
    unit: AdminUnit = data["unit"]
    if role_of(user) != CASE_WORKER or user.agency is None:
        raise Refused(_("Chỉ người xử lý vụ việc của một cơ quan mới tiếp nhận được vụ việc."))
    if unit.level != AdminUnit.Level.COMMUNE:
        raise ValidationError({"unit": _("Hãy chọn xã, phường nơi xảy ra vụ việc.")})
    if not may_create(user, Case, unit=unit, agency=user.agency):
        raise Refused(_("Xã, phường này không thuộc địa bàn của bạn."))
    case = Case(**data, agency=user.agency, created_by=user)
    for attempt in range(5):  # two intakes at once in one commune: take the next number
        case.code = _new_code(unit, data["received_on"].year, attempt)
        try:
            with transaction.atomic():
                case.save()
            break
        except IntegrityError:
            case.pk = None
    else:
        raise ValidationError(_("Không cấp được mã vụ việc; hãy lưu lại."))
    CaseAssignment.objects.create(case=case, user=user, role=CaseAssignment.Role.WORKER, assigned_by=user)
    if supervisor is not None:
        case_assign(user=user, case=case, assignee=supervisor, role=CaseAssignment.Role.SUPERVISOR)
    return case


def case_update(*, user: User, case: Case, data: dict[str, Any]) -> Case:
    _refuse_change(user, case)
    for name, value in data.items():
        setattr(case, name, value)
    case.save()
    return case


def case_submit(*, user: User, case: Case) -> Case:
    """A draft becomes a case in handling once it names at least one victim."""
    _refuse_change(user, case)
    if not case.victims.exists():
        raise ValidationError(_("Hãy ghi ít nhất một người bị bạo lực trước khi chuyển sang xử lý."))
    if case.status == Case.Status.DRAFT:
        case.status = Case.Status.OPEN
        case.save()
    return case


def case_assign(*, user: User, case: Case, assignee: User, role: str) -> CaseAssignment:
    """The supervisor assigns workers; a worker names the supervisor while the case has none."""
    _refuse_change(user, case)
    supervisor = case.assignments.filter(role=CaseAssignment.Role.SUPERVISOR, active=True).first()
    if supervisor is not None and supervisor.user_id != user.pk:
        raise Refused(_("Chỉ người giám sát vụ việc mới phân công được."))
    if role == CaseAssignment.Role.WORKER and (assignee.role != CASE_WORKER or assignee.agency_id != case.agency_id):
        raise ValidationError(_("Người xử lý phải là người xử lý vụ việc của cơ quan đang giải quyết vụ việc."))
    if role == CaseAssignment.Role.SUPERVISOR:
        if not supervisor_candidates(unit=case.unit).filter(pk=assignee.pk).exists():
            raise ValidationError(_("Người giám sát phải là người xử lý vụ việc có địa bàn gồm xã, phường này."))
        case.assignments.filter(role=CaseAssignment.Role.SUPERVISOR).exclude(user=assignee).update(active=False)
    assignment, _created = CaseAssignment.objects.update_or_create(
        case=case, user=assignee, defaults={"role": role, "active": True, "assigned_by": user})
    return assignment


def _person_model(kind: str) -> type[Victim] | type[Perpetrator]:
    return Victim if kind == "victim" else Perpetrator


def person_add(*, user: User, case: Case, kind: str, data: dict[str, Any]) -> Victim | Perpetrator:
    _refuse_change(user, case)
    if not data.get("birth_year") and not data.get("age_band"):
        raise ValidationError({"age_band": _("Hãy ghi năm sinh hoặc chọn nhóm tuổi.")})
    if data.get("birth_year") and not (1900 <= data["birth_year"] <= case.received_on.year):
        raise ValidationError({"birth_year": _("Năm sinh không hợp lệ.")})
    person = _person_model(kind)(case=case, **data)
    person.save()
    return person


def measure_add(*, user: User, case: Case, data: dict[str, Any]) -> Measure:
    """A measure, dated, with who decided; a no-contact order (cấm tiếp xúc) needs its decision number, its
    term and whether the victim agreed or refused."""
    _refuse_change(user, case)
    measure = Measure(case=case, **data)
    if measure.kind == MeasureKind.NO_CONTACT:
        errors = {}
        if not measure.decision_number:
            errors["decision_number"] = _("Cấm tiếp xúc cần số quyết định.")
        if not (measure.starts_on and measure.ends_on):
            errors["ends_on"] = _("Cấm tiếp xúc cần thời hạn (từ ngày, đến ngày).")
        elif measure.ends_on < measure.starts_on:
            errors["ends_on"] = _("Ngày kết thúc trước ngày bắt đầu.")
        if not measure.consent:
            errors["consent"] = _("Hãy ghi người bị bạo lực đồng ý hay phản đối.")
        if errors:
            raise ValidationError(errors)
    measure.save()
    return measure


def support_add(*, user: User, case: Case, data: dict[str, Any]) -> Support:
    _refuse_change(user, case)
    if data.get("victim") is not None and data["victim"].case_id != case.pk:
        raise ValidationError({"victim": _("Người này không thuộc vụ việc.")})
    support = Support(case=case, **data)
    support.save()
    return support


def referral_add(*, user: User, case: Case, data: dict[str, Any]) -> Referral:
    """A referral goes to an agency of the user's area, with the victim's consent (as Primero asks)."""
    _refuse_change(user, case)
    agency: Agency = data["to_agency"]
    if not restrict(Agency.objects.filter(pk=agency.pk), user, "view").exists():
        raise ValidationError({"to_agency": _("Cơ quan này ở ngoài địa bàn; không chuyển gửi được.")})
    if not data.get("consent"):
        raise ValidationError({"consent": _("Chỉ chuyển gửi khi người bị bạo lực đồng ý.")})
    referral = Referral(case=case, **data)
    referral.save()
    return referral


def referral_update(*, user: User, referral: Referral, status: str, reason: str = "",
                    day: dt.date | None = None) -> Referral:
    _refuse_change(user, referral.case)
    if status == Referral.Status.REFUSED and not reason.strip():
        raise ValidationError({"refusal_reason": _("Hãy ghi lý do từ chối.")})
    referral.status = status
    referral.refusal_reason = reason.strip() if status == Referral.Status.REFUSED else ""
    referral.updated_on = day or timezone.localdate()
    referral.save()
    return referral


def followup_add(*, user: User, case: Case, data: dict[str, Any]) -> FollowUp:
    _refuse_change(user, case)
    followup = FollowUp(case=case, **data)
    followup.save()
    return followup


def followup_done(*, user: User, followup: FollowUp, day: dt.date | None = None, note: str = "") -> FollowUp:
    _refuse_change(user, followup.case)
    followup.done_on = day or timezone.localdate()
    if note:
        followup.note = note
    followup.save()
    return followup


def closure_request(*, user: User, case: Case) -> Case:
    _refuse_change(user, case)
    if case.status != Case.Status.OPEN:
        raise ValidationError(_("Chỉ vụ việc đang xử lý mới đề nghị kết thúc được."))
    if not case.outcome:
        raise ValidationError({"outcome": _("Hãy ghi kết quả xử lý trước khi đề nghị kết thúc.")})
    case.status = Case.Status.CLOSING
    case.closure_requested_at = timezone.now()
    case.save()
    return case


def _require_supervisor(user: User, case: Case) -> None:
    if not case.assignments.filter(user=user, role=CaseAssignment.Role.SUPERVISOR, active=True).exists():
        raise Refused(_("Chỉ người giám sát vụ việc mới duyệt kết thúc được."))


def closure_approve(*, user: User, case: Case) -> Case:
    _refuse_change(user, case)
    _require_supervisor(user, case)
    if case.status != Case.Status.CLOSING:
        raise ValidationError(_("Vụ việc chưa được đề nghị kết thúc."))
    case.status = Case.Status.CLOSED
    case.closed_on = timezone.localdate()
    case.closed_by = user
    case.save()
    return case


def closure_return(*, user: User, case: Case) -> Case:
    """The supervisor sends a closure request back: the case is in handling again."""
    _refuse_change(user, case)
    _require_supervisor(user, case)
    if case.status != Case.Status.CLOSING:
        raise ValidationError(_("Vụ việc chưa được đề nghị kết thúc."))
    case.status = Case.Status.OPEN
    case.closure_requested_at = None
    case.save()
    return case


def grant_open(*, user: User, code: str, reason: str) -> CaseGrant:
    """Break the glass: a case worker whose area holds the case reads it for a few hours, with a reason.
    The same refusal whether the code exists or not, so the form tells nobody which codes exist."""
    refusal = Refused(_("Không mở được quyền khẩn cấp cho mã vụ việc này."))
    if role_of(user) != CASE_WORKER:
        raise refusal
    if len(reason.strip()) < 15:
        raise ValidationError({"reason": _("Hãy ghi rõ lý do (ít nhất 15 ký tự).")})
    case = Case.objects.filter(code=code.strip().upper()).select_related("unit").first()
    if case is None or not covers(user, case.unit):
        raise refusal
    expires = timezone.now() + dt.timedelta(hours=settings.CASE_GRANT_HOURS)
    grant = CaseGrant.objects.create(case=case, user=user, reason=reason.strip(), expires_at=expires)
    access_log_record(user=user, cases=[case], action=AccessLog.Action.GLASS, detail=reason.strip())
    return grant
