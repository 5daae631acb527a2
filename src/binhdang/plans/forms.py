"""Forms of the plan page: the header, and one formset per part (objectives, targets, measures, who does
what, deadlines, events). All are bound together so a field that fails keeps everything else typed."""

from __future__ import annotations

from typing import Any

from django import forms
from django.forms import inlineformset_factory, modelformset_factory
from django.utils.translation import gettext_lazy as _

from binhdang.access import scope
from binhdang.accounts.models import User
from binhdang.lexicon.agencies import KINDS
from binhdang.lexicon.text import nfc
from binhdang.plans.models import Assignment, Deadline, Event, Measure, Objective, Plan, Target
from binhdang.units.models import AdminUnit, Agency

DATE_WIDGET = forms.DateInput(format="%d/%m/%Y", attrs={"placeholder": "dd/mm/yyyy", "size": 10})


class LinesField(forms.CharField):
    """A list of strings edited as one line each."""

    widget = forms.Textarea(attrs={"rows": 3})

    def prepare_value(self, value: Any) -> Any:
        return "\n".join(value) if isinstance(value, list) else value

    def has_changed(self, initial: Any, data: Any) -> bool:
        # An empty extra row has no initial list at all; an empty list typed back is no change.
        return self.to_python(self.prepare_value(initial or [])) != self.to_python(data)

    def to_python(self, value: Any) -> list[str]:  # type: ignore[override]
        text = super().to_python(value) or ""
        return [nfc(line.strip()) for line in text.splitlines() if line.strip()]


class ImportForm(forms.Form):
    file = forms.FileField(label=_("Tệp văn bản (.docx, .pdf, .txt)"), required=False)
    text = forms.CharField(label=_("hoặc dán nội dung văn bản"), required=False,
                           widget=forms.Textarea(attrs={"rows": 8}))
    unit = forms.ModelChoiceField(AdminUnit.objects.none(), required=False, label=_("Đơn vị ban hành"),
                                  empty_label=_("— nhận ra từ văn bản —"))

    def __init__(self, *args: Any, user: User, units: list[AdminUnit], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = scope(user, AdminUnit, id__in=[u.id for u in units])  # type: ignore[attr-defined]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not data.get("file") and not (data.get("text") or "").strip():
            raise forms.ValidationError(_("Hãy chọn một tệp hoặc dán nội dung văn bản."))
        return data


class PlanForm(forms.ModelForm):
    recipients = LinesField(label=_("Nơi nhận (mỗi dòng một nơi)"), required=False)

    class Meta:
        model = Plan
        fields = ["unit", "issuer_agency", "kind", "number", "symbol", "issuer", "place", "issued_on",
                  "issued_precision", "title", "period_from", "period_to", "signer_authority", "signer_position",
                  "signer_name", "recipients"]
        widgets = {"issued_on": DATE_WIDGET, "title": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args: Any, user: User, units: list[AdminUnit], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Only units the user may write under: a plan is never moved out of its author's area.
        self.fields["unit"].queryset = scope(user, AdminUnit, id__in=[u.id for u in units])  # type: ignore[attr-defined]
        # Any offered unit's agencies: the user may change the unit before choosing the issuer; clean() checks.
        self.fields["issuer_agency"].queryset = scope(user, Agency, unit__in=[u.id for u in units])  # type: ignore[attr-defined]
        self.fields["issuer_agency"].empty_label = _("Ủy ban nhân dân")  # type: ignore[attr-defined]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        issuer, unit = data.get("issuer_agency"), data.get("unit")
        if issuer and unit and issuer.unit_id != unit.id:
            self.add_error("issuer_agency", _("Cơ quan ban hành phải thuộc đơn vị của kế hoạch."))
        start, end = data.get("period_from"), data.get("period_to")
        if start and end and start > end:
            self.add_error("period_to", _("Năm kết thúc phải từ năm bắt đầu trở đi."))
        return data


class AssignmentForm(forms.ModelForm):
    duties = LinesField(label=_("Nhiệm vụ (mỗi dòng một nhiệm vụ)"), required=False)
    choice = forms.ChoiceField(label=_("Cơ quan trong hệ thống"), required=False)

    class Meta:
        model = Assignment
        fields = ["item", "written", "role", "duties"]
        widgets = {"item": forms.NumberInput(attrs={"size": 2, "min": 0})}

    def __init__(self, *args: Any, unit_agencies: list[tuple[int, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        groups = [(f"group:{k.code}", f"{_('Nhóm')}: {k.name}") for k in KINDS if k.group]
        self.fields["choice"].choices = [  # type: ignore[attr-defined]
            ("", _("— chưa gắn cơ quan —")), ("new", _("+ Tạo cơ quan mới theo tên đã ghi")),
            (_("Cơ quan của đơn vị"), [(str(i), name) for i, name in unit_agencies]), (_("Nhóm cơ quan"), groups),
        ]
        a = self.instance
        self.initial["choice"] = str(a.agency_id) if a.agency_id else (f"group:{a.group}" if a.group else "")


class PlanFormsets:
    """The part formsets of one plan, bound or not."""

    def __init__(self, plan: Plan, data: Any = None, *, user: User) -> None:
        self.new = plan.pk is None  # a new plan's page has only its header: parts come after the first save
        objectives = Objective.objects.filter(plan=plan) if plan.pk else Objective.objects.none()
        targets = Target.objects.filter(objective__plan=plan) if plan.pk else Target.objects.none()
        unit_agencies = list(scope(user, Agency, unit=plan.unit_id).values_list("id", "name")) if plan.unit_id else []
        self.objectives = ObjectiveFormSet(data, instance=plan, prefix="obj")
        self.targets = TargetFormSet(data, queryset=targets, prefix="tgt")
        for form in self.targets.forms:
            form.fields["objective"].queryset = objectives  # type: ignore[attr-defined]
        self.measures = MeasureFormSet(data, queryset=Measure.objects.filter(target__in=targets), prefix="msr")
        for form in self.measures.forms:
            form.fields["target"].queryset = targets  # type: ignore[attr-defined]
        self.assignments = AssignmentFormSet(data, instance=plan, prefix="asg",
                                             form_kwargs={"unit_agencies": unit_agencies})
        self.deadlines = DeadlineFormSet(data, instance=plan, prefix="ddl")
        self.events = EventFormSet(data, instance=plan, prefix="evt")

    @property
    def all(self) -> list[Any]:
        if self.new:
            return []
        return [self.objectives, self.targets, self.measures, self.assignments, self.deadlines, self.events]

    def is_valid(self) -> bool:
        return all([fs.is_valid() for fs in self.all])  # every formset validated, so every error shows


ObjectiveFormSet = inlineformset_factory(Plan, Objective, fields=["number", "text"], extra=1,
                                         widgets={"text": forms.Textarea(attrs={"rows": 2}),
                                                  "number": forms.TextInput(attrs={"size": 3})})
TargetFormSet = modelformset_factory(Target, fields=["objective", "number", "text"], extra=1, can_delete=True,
                                     widgets={"text": forms.Textarea(attrs={"rows": 2}),
                                              "number": forms.TextInput(attrs={"size": 3})})
MeasureFormSet = modelformset_factory(Measure, fields=["target", "subject", "comparator", "value", "unit", "by_year"],
                                      extra=1, can_delete=True,
                                      widgets={"value": forms.NumberInput(attrs={"step": "any", "size": 6}),
                                               "unit": forms.TextInput(attrs={"size": 6}),
                                               "by_year": forms.NumberInput(attrs={"size": 5})})
AssignmentFormSet = inlineformset_factory(Plan, Assignment, form=AssignmentForm, extra=1)
DeadlineFormSet = inlineformset_factory(Plan, Deadline, fields=["what", "due", "to"], extra=1,
                                        widgets={"due": DATE_WIDGET})
EventFormSet = inlineformset_factory(Plan, Event, fields=["name", "starts", "ends"], extra=1,
                                     widgets={"starts": DATE_WIDGET, "ends": DATE_WIDGET})
