"""Forms of the case register: short, on one page, for a commune office on a slow line."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from binhdang.access import restrict
from binhdang.cases.models import (
    ACTS,
    Case,
    CaseAssignment,
    FollowUp,
    Harm,
    Measure,
    Perpetrator,
    Priority,
    Referral,
    Support,
    Victim,
)
from binhdang.cases.services import supervisor_candidates
from binhdang.units.models import AdminUnit, Agency

DATE = forms.DateInput(format="%d/%m/%Y", attrs={"placeholder": "dd/mm/yyyy", "size": 10})


class IntakeForm(forms.ModelForm):
    """Intake: what is known at once. Everything but the commune and the day may wait: it saves as a draft."""

    acts = forms.MultipleChoiceField(label=_("Hành vi (Điều 3 khoản 1 Luật PCBLGĐ 2022)"), choices=ACTS,
                                     required=False, widget=forms.CheckboxSelectMultiple)
    harms = forms.MultipleChoiceField(label=_("Hình thức bạo lực"), choices=Harm.choices, required=False,
                                      widget=forms.CheckboxSelectMultiple)
    supervisor = forms.ModelChoiceField(label=_("Người giám sát"), queryset=get_user_model().objects.none(),
                                        required=False)

    class Meta:
        model = Case
        fields = ["kind", "unit", "received_on", "received_by_kind", "channel", "happened_on", "place", "acts",
                  "harms", "trafficking", "is_crime", "summary", "reporter_name", "reporter_phone", "assigned_on",
                  "assigned_note"]
        widgets = {"received_on": DATE, "happened_on": DATE, "assigned_on": DATE,
                   "place": forms.TextInput(), "reporter_name": forms.TextInput(),
                   "reporter_phone": forms.TextInput(), "summary": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args: Any, user: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # The communes of the user's area, through the policy (a case worker reads its area's units).
        self.fields["unit"].queryset = restrict(  # type: ignore[attr-defined]
            AdminUnit.objects.filter(level=AdminUnit.Level.COMMUNE), user, "view")
        if user.unit and user.unit.level == AdminUnit.Level.COMMUNE and not self.is_bound and not self.instance.pk:
            self.initial.setdefault("unit", user.unit.pk)
        if self.instance.pk:
            del self.fields["supervisor"]
        else:
            unit = user.unit if user.unit else None
            self.fields["supervisor"].queryset = (  # type: ignore[attr-defined]
                supervisor_candidates(unit=unit, exclude=user) if unit else get_user_model().objects.none())
        for name in ("received_by_kind", "channel"):
            self.fields[name].required = False


class PersonForm(forms.ModelForm):
    class Meta:
        fields = ["full_name", "sex", "birth_year", "age_band", "relationship", "nationality", "address", "phone"]
        widgets = {"full_name": forms.TextInput(), "address": forms.TextInput(), "phone": forms.TextInput()}


class VictimForm(PersonForm):
    priority = forms.MultipleChoiceField(label=_("Nhóm cần ưu tiên"), choices=Priority.choices, required=False,
                                         widget=forms.CheckboxSelectMultiple)

    class Meta(PersonForm.Meta):
        model = Victim
        fields = [*PersonForm.Meta.fields, "priority"]


class PerpetratorForm(PersonForm):
    class Meta(PersonForm.Meta):
        model = Perpetrator


class MeasureForm(forms.ModelForm):
    class Meta:
        model = Measure
        fields = ["kind", "decided_on", "decided_by", "decision_number", "starts_on", "ends_on", "consent", "note"]
        widgets = {"decided_on": DATE, "starts_on": DATE, "ends_on": DATE}


class SupportForm(forms.ModelForm):
    class Meta:
        model = Support
        fields = ["kind", "victim", "given_on", "given_by", "note"]
        widgets = {"given_on": DATE}

    def __init__(self, *args: Any, case: Case, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["victim"].queryset = case.victims.all()  # type: ignore[attr-defined]
        self.fields["victim"].label_from_instance = lambda v: v.full_name  # type: ignore[attr-defined]


class ReferralForm(forms.ModelForm):
    class Meta:
        model = Referral
        fields = ["to_agency", "service", "requested_on", "consent"]
        widgets = {"requested_on": DATE}

    def __init__(self, *args: Any, user: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Offered: the agencies of the user's area (the service refuses any other, whoever calls it).
        self.fields["to_agency"].queryset = restrict(  # type: ignore[attr-defined]
            Agency.objects.select_related("unit"), user, "view")


class ReferralStatusForm(forms.Form):
    status = forms.ChoiceField(label=_("Tình trạng"), choices=Referral.Status.choices)
    refusal_reason = forms.CharField(label=_("Lý do từ chối"), required=False, max_length=300)


class FollowUpForm(forms.ModelForm):
    class Meta:
        model = FollowUp
        fields = ["due_on", "note"]
        widgets = {"due_on": DATE}


class OutcomeForm(forms.ModelForm):
    class Meta:
        model = Case
        fields = ["mediation", "mediation_on", "outcome", "outcome_note"]
        widgets = {"mediation_on": DATE}


class AssignForm(forms.Form):
    user = forms.ModelChoiceField(label=_("Người"), queryset=get_user_model().objects.none())
    role = forms.ChoiceField(label=_("Vai trò"), choices=CaseAssignment.Role.choices)

    def __init__(self, *args: Any, case: Case, **kwargs: Any) -> None:
        from binhdang.accounts.models import User

        super().__init__(*args, **kwargs)
        workers = User.objects.filter(role=User.Role.CASE_WORKER, is_active=True, agency=case.agency)
        self.fields["user"].queryset = (  # type: ignore[attr-defined]
            workers | supervisor_candidates(unit=case.unit)).distinct()


class GrantForm(forms.Form):
    code = forms.CharField(label=_("Mã vụ việc"), max_length=24)
    reason = forms.CharField(label=_("Lý do cần xem"), max_length=500, widget=forms.Textarea(attrs={"rows": 2}))
