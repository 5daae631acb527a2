"""Writes of the registers, and the rules every record obeys whether typed on a page or imported: women within
the total, a date inside the period of the plan it carries out, an agency of the user's area (a focal point: its own
agency). Services take the acting user and never write around binhdang.access."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import formats
from django.utils.translation import gettext as _

from binhdang.access import Refused, may, may_create, require, restrict
from binhdang.accounts.models import User
from binhdang.activities.models import (
    TARGET_GROUPS,
    ActivityEvidence,
    CommEvent,
    FollowUp,
    Inspection,
    ModelReview,
    Participant,
    PilotModel,
    Recommendation,
    Training,
    Violation,
)
from binhdang.lexicon.text import canonical, nfc
from binhdang.plans.models import Plan

# (total, women) pairs of each register: women may never outnumber the total.
SEX_PAIRS: dict[type[models.Model], tuple[str, str]] = {
    Training: ("participants", "participants_female"),
    CommEvent: ("attendance", "attendance_female"),
    PilotModel: ("members", "members_female"),
}


def plan_years(plan: Plan) -> tuple[int, int] | None:
    """The years a plan covers: its period ('giai đoạn 2016 – 2020'), else the year it was issued."""
    first = plan.period_from or plan.period_to or (plan.issued_on.year if plan.issued_on else None)
    last = plan.period_to or first
    return (first, last) if first and last else None


def _date(value: dt.date) -> str:
    return formats.date_format(value, "d/m/Y")


def activity_problems(user: User, model: type[models.Model], data: dict[str, Any],
                      instance: models.Model | None = None) -> list[tuple[str, str]]:
    """What is wrong with a record's data, as (field, message in Vietnamese). Fills the plan from the duty or the
    content item when only they were named."""
    problems: list[tuple[str, str]] = []
    agency = data.get("agency")
    if agency is not None and not may_create(user, model, unit=agency.unit, agency=agency):
        own = user.agency.name if user.role == User.Role.FOCAL_POINT and user.agency else None
        problems.append(("agency", _("%(agency)s ngoài phạm vi của bạn: bạn chỉ ghi được hoạt động của %(own)s.")
                         % {"agency": agency.name, "own": own} if own else
                         _("%(agency)s không thuộc địa bàn của bạn.") % {"agency": agency.name}))
    pair = SEX_PAIRS.get(model)
    if pair:
        total, women = data.get(pair[0]), data.get(pair[1])
        if total is not None and women is not None and women > total:
            problems.append((pair[1], _("Số nữ (%(women)s) lớn hơn tổng số (%(total)s).")
                             % {"women": formats.number_format(women), "total": formats.number_format(total)}))
    duty, objective, plan = data.get("duty"), data.get("objective"), data.get("plan")
    for part in (duty, objective):
        if part is None:
            continue
        if plan is None:
            plan = data["plan"] = part.plan
        elif part.plan_id != plan.id:
            problems.append(("duty" if part is duty else "objective",
                             _("«%(part)s» không thuộc kế hoạch đã chọn.") % {"part": str(part)[:80]}))
    held_on = data.get("held_on")
    years = plan_years(plan) if plan is not None else None
    if held_on and years and not years[0] <= held_on.year <= years[1]:
        problems.append(("held_on", _("Ngày %(date)s nằm ngoài thời gian của kế hoạch (%(first)s–%(last)s).")
                         % {"date": _date(held_on), "first": years[0], "last": years[1]}))
    ends_on = data.get("ends_on")
    if held_on and ends_on and ends_on < held_on:
        problems.append(("ends_on", _("Ngày kết thúc trước ngày bắt đầu.")))
    unit = data.get("unit")
    if model is PilotModel and unit is not None and agency is not None:
        paths = [agency.unit.path, *(p.path for p in agency.unit.predecessors.all())]
        if not any(unit.path == p or unit.path.startswith(p + "/") for p in paths):
            problems.append(("unit", _("%(unit)s không thuộc địa bàn của %(agency)s.")
                             % {"unit": unit.name, "agency": agency.name}))
    return problems


def record_save(*, user: User, form: Any) -> models.Model:
    """Save a valid register form (new or changed record) as `user`."""
    record = form.instance
    if record.pk:
        require(user, "change", type(record)._default_manager.get(pk=record.pk))
    agency = form.cleaned_data["agency"]
    if not may_create(user, type(record), unit=agency.unit, agency=agency):
        raise Refused(_("Bạn không ghi được hoạt động cho cơ quan này."))
    if not record.pk:
        record.created_by = user
    record._history_user = user
    form.save()
    return record  # type: ignore[no-any-return]


def record_delete(*, user: User, record: models.Model) -> None:
    require(user, "change", record)
    ActivityEvidence.objects.filter(register=record._meta.model_name, record_id=record.pk).delete()
    record.delete()


def target_groups(user: User) -> list[str]:
    """The target groups a training form offers: the seeds' list, then the groups already written in the area."""
    listed = [str(g) for g in TARGET_GROUPS]
    known = {canonical(g) for g in listed}
    for group in restrict(Training.objects.all(), user).values_list("target_group", flat=True).distinct()[:200]:
        if canonical(group) not in known:
            known.add(canonical(group))
            listed.append(group)
    return listed


# -- Evidence -----------------------------------------------------------------------------------------------

MAX_EVIDENCE = 20 * 1024 * 1024
EVIDENCE_TYPES = (".pdf", ".docx", ".doc", ".xlsx", ".xls", ".jpg", ".jpeg", ".png", ".odt", ".ods")


def evidence_add(*, user: User, record: Any, upload: Any) -> ActivityEvidence:
    require(user, "change", record)
    name = upload.name or ""
    if not name.lower().endswith(EVIDENCE_TYPES):
        raise ValidationError(_("Tệp minh chứng phải là PDF, Word, Excel hoặc ảnh (JPG, PNG)."))
    if upload.size > MAX_EVIDENCE:
        raise ValidationError(_("Tệp lớn hơn 20 MB: hãy nén hoặc chia nhỏ rồi gửi lại."))
    return ActivityEvidence.objects.create(register=record._meta.model_name, record_id=record.pk,
                                           agency=record.agency, file=upload, name=nfc(name)[:255], uploaded_by=user)


# -- A training's list of participants --------------------------------------------------------------------

PARTICIPANT_COLUMNS = ["ho_ten", "gioi_tinh", "chuc_vu", "don_vi"]
SEX_WORDS = {"nu": "f", "nữ": "f", "f": "f", "nam": "m", "m": "m"}


@transaction.atomic
def participants_import(*, user: User, training: Training, data: bytes, filename: str) -> int:
    """Replace a training's list with the organiser's Excel list (columns ho_ten, gioi_tinh, chuc_vu, don_vi), all
    or nothing; the training's counts become the list's. Returns how many people."""
    from binhdang.activities.xlsx import rows_read

    require(user, "change", training)
    rows = rows_read(data, filename, PARTICIPANT_COLUMNS)
    errors, people = [], []
    for line, row in rows:
        sex = SEX_WORDS.get(row["gioi_tinh"].strip().lower())
        if not row["ho_ten"].strip():
            errors.append(_("Dòng %(n)d: thiếu họ và tên.") % {"n": line})
        if sex is None:
            errors.append(_("Dòng %(n)d: giới tính phải là «nam» hoặc «nữ».") % {"n": line})
        people.append(Participant(training=training, order=line, name=nfc(row["ho_ten"].strip())[:120], sex=sex or "",
                                  position=nfc(row["chuc_vu"].strip())[:120], workplace=nfc(row["don_vi"].strip())[:200]))
    if not people and not errors:
        errors.append(_("Tệp không có dòng nào dưới dòng tiêu đề."))
    if errors:
        raise ValidationError(errors)
    training.people.all().delete()
    Participant.objects.bulk_create(people)
    training.participants = len(people)
    training.participants_female = sum(1 for p in people if p.sex == Participant.Sex.FEMALE)
    training._history_user = user  # type: ignore[attr-defined]
    training.save(update_fields=["participants", "participants_female", "updated_at"])
    return len(people)


# -- Inspections: violations, recommendations followed until closed ------------------------------------------


def violation_add(*, user: User, inspection: Inspection, body: str, description: str, sanction: str = "",
                  article: str = "", fine: Any = None) -> Violation:
    require(user, "change", inspection)
    if sanction == "fine" and not fine:
        raise ValidationError(_("Phạt tiền thì phải ghi số tiền phạt."))
    return Violation.objects.create(inspection=inspection, body=nfc(body), description=nfc(description),
                                    sanction=sanction, article=nfc(article), fine=fine if sanction == "fine" else None)


def recommendation_add(*, user: User, inspection: Inspection, text: str, deadline: dt.date) -> Recommendation:
    require(user, "change", inspection)
    if deadline < inspection.held_on:
        raise ValidationError(_("Hạn thực hiện kiến nghị phải sau ngày kiểm tra (%(date)s).")
                              % {"date": _date(inspection.held_on)})
    return Recommendation.objects.create(inspection=inspection, text=nfc(text), deadline=deadline)


@transaction.atomic
def follow_up_add(*, user: User, recommendation: Recommendation, on: dt.date, note: str,
                  close: bool = False) -> FollowUp:
    """Record what was found when following a recommendation up; `close` when it has been carried out. A closed
    recommendation takes no more follow-ups."""
    require(user, "change", recommendation.inspection)
    if recommendation.status == Recommendation.Status.CLOSED:
        raise ValidationError(_("Kiến nghị này đã được thực hiện xong ngày %(date)s.")
                              % {"date": _date(recommendation.closed_on or on)})
    if on < recommendation.inspection.held_on:
        raise ValidationError(_("Ngày theo dõi trước ngày kiểm tra."))
    follow_up = FollowUp.objects.create(recommendation=recommendation, on=on, note=nfc(note), by=user)
    if close:
        recommendation.status, recommendation.closed_on = Recommendation.Status.CLOSED, on
        recommendation.save(update_fields=["status", "closed_on"])
    return follow_up


# -- Models: the yearly review --------------------------------------------------------------------------------


def review_save(*, user: User, model: PilotModel, year: int, result: str, decision: str,
                members: int | None = None) -> ModelReview:
    """The model's review of a year (saved again, it replaces that year's); the decision to stop closes it."""
    require(user, "change", model)
    if year < model.held_on.year:
        raise ValidationError(_("Mô hình hoạt động từ năm %(year)d.") % {"year": model.held_on.year})
    review, _created = ModelReview.objects.update_or_create(
        model=model, year=year, defaults={"result": nfc(result), "decision": decision, "members": members})
    changed = []
    if members is not None and year >= max(model.reviews.values_list("year", flat=True)):
        model.members = members
        model.members_female = min(model.members_female, members)
        changed += ["members", "members_female"]
    if decision == ModelReview.Decision.STOP:
        model.status = PilotModel.Status.STOPPED
        changed.append("status")
    if changed:
        model._history_user = user  # type: ignore[attr-defined]
        model.save(update_fields=[*changed, "updated_at"])
    return review


def evidence_may_read(user: User, evidence: ActivityEvidence, record: Any) -> bool:
    return may(user, "view", record) and may(user, "view", evidence)
