"""Writes for plans: import from a document, confirm into duties, derive a subordinate unit's plan."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from binhdang.access import Refused, may, may_create, require
from binhdang.accounts.models import User
from binhdang.lexicon.agencies import (
    GROUP_MEMBERS,
    KINDS_BY_CODE,
    STANDING,
    counterpart,
    match_kind,
)
from binhdang.lexicon.text import nfc
from binhdang.plans import selectors
from binhdang.plans.models import (
    Assignment,
    Deadline,
    Duty,
    Event,
    LegalBasis,
    Measure,
    Objective,
    Plan,
    Target,
)
from binhdang.plans.targets import measures_link
from binhdang.reader import ReaderError, read_document
from binhdang.reader.citations import clean_number
from binhdang.reader.dates import deadlines as dates_in
from binhdang.units.models import AdminUnit, Agency
from binhdang.units.services import agencies_create_standard, agency_of_kind


def _date(iso: str | None) -> tuple[dt.date | None, str]:
    """'2022-02' is February 2022 with the day left blank."""
    if not iso:
        return None, Plan.Precision.DAY
    parts = [int(p) for p in iso.split("-")]
    precision = {1: Plan.Precision.YEAR, 2: Plan.Precision.MONTH}.get(len(parts), Plan.Precision.DAY)
    parts += [1] * (3 - len(parts))
    try:
        return dt.date(*parts), precision
    except ValueError:
        return None, Plan.Precision.DAY


# -- Import -------------------------------------------------------------------------------------------


@transaction.atomic
def plan_import(user: User, data: bytes, filename: str = "", unit: AdminUnit | None = None) -> Plan:
    """A draft plan read from a document (ReaderError for a file that is not one), ready for review.

    When the system already has the document (same file, or the same number of the same unit and year), the
    draft records it: confirming the draft then updates that plan instead of adding a second one."""
    reading, paras = read_document(data, filename)
    text = "\n\n".join(paras)
    if unit is None:
        unit = selectors.unit_suggest(reading, text)
        if unit is not None and not may_create(user, Plan, unit=unit):
            raise ValidationError(_("Văn bản này do %(issuer)s (%(unit)s) ban hành, ngoài địa bàn của bạn. "
                                    "Hãy để đơn vị đó nhập văn bản.") % {"issuer": reading["document"]["issuer"],
                                                                         "unit": unit})
    unit = unit or user.unit
    if unit is None:
        raise ValidationError(_("Không xác định được đơn vị ban hành văn bản. Hãy chọn đơn vị rồi nhập lại."))
    if not may_create(user, Plan, unit=unit):
        raise ValidationError(_("%(unit)s ở ngoài địa bàn bạn phụ trách: không nhập kế hoạch cho đơn vị này được.")
                              % {"unit": unit})
    if not unit.agencies.exists():
        agencies_create_standard(unit)  # agencies to match the document's names against
    plan = Plan(unit=unit, created_by=user, source_name=filename[:255], source_sha256=reading["source"]["sha256"],
                source_text=text, warnings=reading["source"]["warnings"])
    plan_fill(plan, reading)
    duplicate = selectors.plan_duplicates(plan, user=user).first()
    if duplicate is not None:
        plan.duplicate_of = duplicate
        plan.save(update_fields=["duplicate_of"])
    return plan


def plan_fill(plan: Plan, reading: dict[str, Any]) -> Plan:
    """Write what the reader found into the plan and its parts (replacing what they held)."""
    doc = reading["document"]
    signer = doc.get("signer") or {}
    period = doc.get("period") or {}
    # A plan issued with a decision is that plan, known by the decision's number and date.
    issued = reading.get("issued_with") or {}
    plan.kind = issued.get("kind") or doc.get("kind") or "KH"
    plan.number = doc.get("number") or ""
    plan.symbol = doc.get("symbol") or ""
    plan.issuer = doc.get("issuer") or ""
    plan.place = doc.get("place") or ""
    plan.issued_on, plan.issued_precision = _date(doc.get("date"))
    plan.title = issued.get("title") or doc.get("title") or ""
    plan.period_from, plan.period_to = period.get("from"), period.get("to")
    plan.signer_name = signer.get("name") or ""
    plan.signer_position = signer.get("position") or ""
    plan.signer_authority = signer.get("authority") or ""
    plan.recipients = reading.get("recipients") or []
    plan.sections = reading.get("sections") or []
    plan.issuer_agency = selectors.issuer_agency_suggest(plan.unit, plan.issuer)
    plan.save()
    for related in (plan.bases, plan.objectives, plan.assignments, plan.deadlines, plan.events):
        related.all().delete()  # type: ignore[attr-defined]

    LegalBasis.objects.bulk_create(
        LegalBasis(plan=plan, order=i, kind=b.get("kind") or "", number=b.get("number") or "",
                   date=_date(b.get("date"))[0], issuer=(b.get("issuer") or "")[:200], title=b.get("title") or "")
        for i, b in enumerate(reading.get("legal_bases") or []))
    for i, obj in enumerate(reading.get("objectives") or []):
        objective = Objective.objects.create(plan=plan, order=i, number=obj.get("number") or "", text=obj["text"])
        for j, tgt in enumerate(obj.get("targets") or []):
            target = Target.objects.create(objective=objective, order=j, number=tgt.get("number") or "",
                                           text=tgt.get("text") or "")
            for k, m in enumerate(tgt.get("measures") or []):
                Measure.objects.create(target=target, order=k, subject=(m.get("subject") or "")[:300],
                                       comparator=m["comparator"], value=Decimal(str(m["value"])),
                                       unit=m["unit"][:40], by_year=m.get("by"))
    agencies = list(plan.unit.agencies.all())
    for item, entry in enumerate(reading.get("assignments") or []):
        role = entry.get("role") or ""
        for order, written in enumerate(entry["agencies"]):
            agency, group = selectors.agency_suggest(plan.unit, written, agencies)
            Assignment.objects.create(plan=plan, item=item, order=order, written=nfc(written)[:300], agency=agency,
                                      group=group, role=role, duties=entry["duties"])
    for d in reading.get("deadlines") or []:
        due = _date(d["due"])[0]
        if due:
            Deadline.objects.create(plan=plan, what=(d.get("what") or d.get("text") or "")[:300], due=due,
                                    to=(d.get("to") or "")[:200])
    for e in reading.get("events") or []:
        starts, ends = _date(e["from"])[0], _date(e["to"])[0]
        if starts and ends:
            Event.objects.create(plan=plan, name=(e.get("name") or "")[:300], starts=starts, ends=ends)
    bases_link(plan)
    return plan


def bases_link(plan: Plan) -> None:
    """Link the documents a plan cites to the plans of the system with that number (and date, when given),
    and the earlier plans that cite this one to it."""
    for basis in plan.bases.filter(target__isnull=True).exclude(number=""):
        found = _plans_numbered(basis.number, basis.date).exclude(pk=plan.pk).first()
        if found:
            basis.target = found
            basis.save(update_fields=["target"])
    if plan.number:
        for basis in LegalBasis.objects.filter(target__isnull=True, number=plan.number).exclude(plan=plan):
            if basis.date in (None, plan.issued_on) and plan.duplicate_of_id is None:
                basis.target = plan
                basis.save(update_fields=["target"])


def _plans_numbered(number: str, date: dt.date | None) -> Any:
    plans = Plan.objects.filter(number=clean_number(number), duplicate_of__isnull=True)
    return plans.filter(Q(issued_on=date) | Q(issued_on__isnull=True)) if date else plans


# -- Confirm: the plan becomes work --------------------------------------------------------------------


@transaction.atomic
def plan_confirm(plan: Plan, user: User) -> Plan:
    """Confirm a plan: each assigned agency gets its duties. A draft of a document already in the system
    updates that plan (its history keeps the earlier version) and disappears."""
    require(user, "change", plan)
    if plan.duplicate_of_id is not None:
        existing = Plan.objects.select_for_update().get(pk=plan.duplicate_of_id)
        if not may(user, "change", existing):  # the copy was taken out of the user's hands since the import
            raise Refused(_("Kế hoạch trùng với bản này không còn thuộc địa bàn của bạn."))
        plan = _merge_into(plan, existing)
    plan.status = Plan.Status.CONFIRMED
    plan.confirmed_at = plan.confirmed_at or timezone.now()
    plan.save()
    duties_sync(plan)
    bases_link(plan)
    measures_link(list(Measure.objects.filter(target__objective__plan=plan).select_related("target")))
    return plan


def _merge_into(draft: Plan, existing: Plan) -> Plan:
    # An update of the text never moves a plan: its unit and issuer stay (moving is the edit page's business).
    keep = ("id", "created_by", "created_at", "confirmed_at", "status", "derived_from", "duplicate_of", "unit",
            "issuer_agency")
    for field in Plan._meta.concrete_fields:
        if field.name not in keep and not field.primary_key:
            setattr(existing, field.attname, getattr(draft, field.attname))
    existing.save()
    for related in ("bases", "objectives", "assignments", "deadlines", "events"):
        getattr(existing, related).all().delete()
        getattr(draft, related).all().update(plan=existing)
    LegalBasis.objects.filter(target=draft).update(target=existing)
    draft.delete()
    return existing


def duties_sync(plan: Plan) -> int:
    """Make the plan's duties match its assignments: one duty per agency and duty line. Duties already
    there keep their status; those no longer assigned go. Returns how many duties the plan has."""
    named = {a.agency_id for a in plan.assignments.all() if a.agency_id}
    wanted: dict[tuple[int, str], Duty] = {}
    last_deadline = plan.deadlines.order_by("-due").values_list("due", flat=True).first()
    for assignment in plan.assignments.select_related("agency"):
        for agency in assignment_agencies(assignment, named):
            for line in assignment.duties or [assignment.written]:
                wanted.setdefault((agency.id, line), Duty(
                    plan=plan, assignment=assignment, agency=agency, role=assignment.role, text=line,
                    due=duty_due(plan, line, last_deadline)))
    existing = {(d.agency_id, d.text): d for d in plan.duties.all()}
    plan.duties.exclude(id__in=[d.id for k, d in existing.items() if k in wanted]).delete()
    for key, duty in wanted.items():
        old = existing.get(key)
        if old is None:
            duty.save()
        elif (old.due, old.role, old.assignment_id) != (duty.due, duty.role, duty.assignment_id):
            old.due, old.role, old.assignment = duty.due, duty.role, duty.assignment
            old.save(update_fields=["due", "role", "assignment"])
    return len(wanted)


def duty_due(plan: Plan, text: str, last_deadline: dt.date | None) -> dt.date | None:
    """A date the duty itself sets ('trước ngày 15/3/2022'); else the plan's last deadline (by then every
    duty is done and reported); else the end of the plan's period."""
    year = plan.period_from if plan.period_from == plan.period_to else None
    year = year or (plan.issued_on.year if plan.issued_on else None)
    own = dates_in([text], year)
    if own:
        return dt.date.fromisoformat(own[0]["due"])
    return last_deadline or plan.period_end


def assignment_agencies(assignment: Assignment, named: set[int]) -> list[Agency]:
    """The agencies an assignment means: its own, or the members of its group in the plan's unit (the
    People's Committees of the units below for 'UBND các huyện'; for 'các sở, ban, ngành khác', the unit's
    departments the plan does not name on their own)."""
    if assignment.agency_id is not None:
        return [assignment.agency]  # type: ignore[list-item]
    plan = assignment.plan
    if assignment.group == "g_sub_committees":
        children = AdminUnit.objects.filter(parent=plan.unit)
        return [agency_of_kind(child, KINDS_BY_CODE["ubnd"]) for child in children]
    if assignment.group == "g_units" and plan.issuer_agency_id:
        return [plan.issuer_agency]  # type: ignore[list-item]  # an agency's own divisions are not modelled
    categories = GROUP_MEMBERS.get(assignment.group, ())
    return [a for a in plan.unit.agencies.exclude(id__in=named)
            if a.kind and KINDS_BY_CODE[a.kind].category in categories]


# -- Manual edits --------------------------------------------------------------------------------------


def assignment_set_agency(assignment: Assignment, choice: str) -> None:
    """Apply the reviewer's choice: an agency id, 'group:<code>', 'new' (create the agency as written), or ''.
    The form offers only agencies of the plan's unit in the user's scope; the plan's unit was checked."""
    assignment.agency, assignment.group = None, ""
    if choice.startswith("group:"):
        assignment.group = choice.split(":", 1)[1]
    elif choice == "new":
        assignment.agency = agency_create_as_written(assignment.plan.unit, assignment.written)
    elif choice:
        assignment.agency = assignment.plan.unit.agencies.get(id=int(choice))
    assignment.save()


def agency_create_as_written(unit: AdminUnit, written: str) -> Agency:
    """A missing agency created on the spot: its standard name when the catalogue knows the kind."""
    kind = match_kind(written)
    if kind is not None and not kind.group:
        return agency_of_kind(unit, kind)
    name = nfc(" ".join(re.sub(r"^(?:Đề nghị|đề nghị)\s+", "", written).split()))[:200]
    agency, _created = Agency.objects.get_or_create(unit=unit, name=name)
    return agency


# -- Cascade -------------------------------------------------------------------------------------------


@transaction.atomic
def plan_derive(parent: Plan, user: User, *, unit: AdminUnit | None = None, agency: Agency | None = None) -> Plan:
    """Draft a subordinate unit's plan (or a department's own plan) from its parent's: the same objectives and
    targets, the parent's assignments handed to the child's counterparts, the parent cited as its basis."""
    if agency is not None:
        unit = agency.unit
    assert unit is not None
    require(user, "view", parent)
    if not may_create(user, Plan, unit=unit, agency=agency):
        raise Refused(_("Chỉ soạn được kế hoạch cho đơn vị, cơ quan trong địa bàn của bạn."))
    child = Plan.objects.create(
        unit=unit, issuer_agency=agency, created_by=user, derived_from=parent, kind=parent.kind,
        symbol=parent.symbol, title=_retitle(parent.title, parent.unit, unit, agency),
        period_from=parent.period_from, period_to=parent.period_to, sections=parent.sections,
        issuer=agency.name if agency else f"Ủy ban nhân dân {unit.name[:1].lower()}{unit.name[1:]}",
    )
    LegalBasis.objects.create(plan=child, kind=parent.get_kind_name(), number=parent.number, date=parent.issued_on,
                              issuer=parent.issuer, title=parent.title, target=parent)
    for objective in parent.objectives.prefetch_related("targets__measures"):
        new_objective = Objective.objects.create(plan=child, order=objective.order, number=objective.number,
                                                 text=objective.text)
        for target in objective.targets.all():
            new_target = Target.objects.create(objective=new_objective, order=target.order, number=target.number,
                                               text=target.text)
            Measure.objects.bulk_create(
                Measure(target=new_target, order=m.order, subject=m.subject, comparator=m.comparator,
                        value=m.value, unit=m.unit, by_year=m.by_year) for m in target.measures.all())
    if agency is not None:
        _derive_for_agency(parent, child, agency)
    else:
        _derive_for_unit(parent, child, unit)
    for d in parent.deadlines.all():
        Deadline.objects.create(plan=child, what=d.what, due=d.due, to=d.to)
    for e in parent.events.all():
        Event.objects.create(plan=child, name=e.name, starts=e.starts, ends=e.ends)
    return child


def _derive_for_unit(parent: Plan, child: Plan, unit: AdminUnit) -> None:
    agencies_create_standard(unit)
    standing = STANDING.get((unit.era, unit.level))
    for a in parent.assignments.select_related("agency"):
        code = a.group or (a.agency.kind if a.agency else "") or getattr(match_kind(a.written), "code", "")
        if a.agency is not None and a.agency.is_standing and standing:
            code = standing
        kind = counterpart(code, unit.era, unit.level) if code else None
        target_agency = agency_of_kind(unit, kind) if kind and not kind.group else None
        Assignment.objects.create(
            plan=child, item=a.item, order=a.order, agency=target_agency, group=kind.code if kind and kind.group else "",
            written=target_agency.name if target_agency else (kind.name if kind else a.written), role=a.role,
            duties=[_localise(d, parent.unit, unit) for d in a.duties])


def _derive_for_agency(parent: Plan, child: Plan, agency: Agency) -> None:
    """A department's plan: what the parent asks of it becomes the work of its divisions."""
    own = [a for a in parent.assignments.all() if a.agency_id == agency.id]
    duties = [d for a in own for d in a.duties]
    Assignment.objects.create(plan=child, item=0, agency=agency, written=KINDS_BY_CODE["g_units"].name,
                              role=Assignment.Role.LEAD, duties=duties)


def _retitle(title: str, parent_unit: AdminUnit, unit: AdminUnit, agency: Agency | None) -> str:
    if agency is not None:
        return title
    return _localise(title, parent_unit, unit)


def _localise(text: str, parent_unit: AdminUnit, unit: AdminUnit) -> str:
    """'... tỉnh Hải Dương năm 2022' -> '... phường Phú Thứ năm 2022'."""
    old = parent_unit.name[:1].lower() + parent_unit.name[1:]
    new = unit.name[:1].lower() + unit.name[1:]
    return re.sub(re.escape(old), new, text, flags=re.IGNORECASE)


@transaction.atomic
def plan_save(plan_form: Any, formsets: Any, user: User, *, confirm: bool = False) -> Plan:
    """Save the plan page (header and every part) as one change; confirm it when asked, or re-sync the duties
    of a plan already confirmed."""
    plan: Plan = plan_form.save(commit=False)
    if not may_create(user, Plan, unit=plan.unit, agency=plan.issuer_agency):
        raise Refused(_("Đơn vị ban hành phải thuộc địa bàn của bạn."))
    if plan.pk is None:
        plan.created_by = user
    plan.save()
    # Agencies named under the old unit are matched again among the new unit's (a plan moved within the area).
    for moved in plan.assignments.exclude(agency__isnull=True).exclude(agency__unit=plan.unit):
        moved.agency, moved.group = selectors.agency_suggest(plan.unit, moved.written)
        moved.save(update_fields=["agency", "group"])
    for formset in formsets.all:
        if hasattr(formset, "instance"):
            formset.instance = plan
        formset.save()
    for form in [] if formsets.new else formsets.assignments.forms:
        if form.instance.pk and not form.cleaned_data.get("DELETE"):
            assignment_set_agency(form.instance, form.cleaned_data.get("choice", ""))
    if confirm or plan.status == Plan.Status.CONFIRMED:
        plan = plan_confirm(plan, user)
    return plan


def plan_discard(plan: Plan, *, user: User) -> None:
    """Throw away a draft (a confirmed plan is never deleted from the page)."""
    require(user, "change", plan)
    if plan.status == Plan.Status.DRAFT:
        plan.delete()


def duty_set_status(duty: Duty, status: str, *, user: User) -> None:
    require(user, "change", duty)
    duty.status = status
    duty.save(update_fields=["status"])


def plans_import_files(paths: list[Any], user: User) -> list[tuple[Any, Plan | None, str]]:
    """Import and confirm plan documents (the demo's seeds); a file already imported is confirmed again, not
    duplicated. Returns (path, plan, error message) for each file."""
    out: list[tuple[Any, Plan | None, str]] = []
    for path in paths:
        try:
            plan = plan_confirm(plan_import(user, path.read_bytes(), path.name), user)
        except (ReaderError, ValidationError) as exc:
            out.append((path, None, "; ".join(getattr(exc, "messages", [str(exc)]))))
        else:
            out.append((path, plan, ""))
    return out
