"""Forms of the registers. One form per register validates a record typed on the page and each row of an .xlsx
import alike, so both say the same thing about the same mistake.

Numbers are read the way the user's language writes them: in Vietnamese "1.000" is one thousand and "1,5" one and
a half. The fields are localized (Django's DECIMAL_SEPARATOR) and drop the locale's THOUSAND_SEPARATOR (Django's
formats for the active language), which Django itself drops only under USE_THOUSAND_SEPARATOR — a setting that
would also print every year on every page as "2.025"."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils import formats
from django.utils.translation import gettext_lazy as _

from binhdang.access import restrict
from binhdang.accounts.models import User
from binhdang.activities import services
from binhdang.activities.models import (
    CHECKLIST,
    Award,
    CommEvent,
    CommProduct,
    Inspection,
    ModelReview,
    PilotModel,
    Training,
)
from binhdang.plans.forms import DATE_WIDGET
from binhdang.plans.models import Duty, Objective, Plan
from binhdang.units.models import AdminUnit, Agency


class _Grouped:
    """Mixin: a localized number field that also drops the active language's thousand separator."""

    def to_python(self, value: Any) -> Any:
        if isinstance(value, str):
            value = value.strip().replace(" ", "").replace("\u00a0", "")
            separator = formats.get_format("THOUSAND_SEPARATOR")
            decimal = formats.get_format("DECIMAL_SEPARATOR")
            if separator and separator != decimal:
                value = value.replace(separator, "")
        return super().to_python(value)  # type: ignore[misc]


class CountField(_Grouped, forms.IntegerField):
    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("min_value", 0)
        super().__init__(localize=True, **kwargs)


class MoneyField(_Grouped, forms.DecimalField):
    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("min_value", 0)
        super().__init__(localize=True, max_digits=16, decimal_places=0, **kwargs)


def _count(label: Any, required: bool = True) -> CountField:
    return CountField(label=label, required=required, widget=forms.TextInput(attrs={"inputmode": "numeric",
                                                                                    "size": 8}))


class ActivityForm(forms.ModelForm):
    """The fields every register shares: agency, date, plan, content item, duty. Choices are what the user may
    name (binhdang.access); the rules (women within the total, a date inside the plan's period, an agency of the
    user's area) are services.activity_problems, shared with the imports."""

    common = ["agency", "held_on", "plan", "objective", "duty"]

    def __init__(self, *args: Any, user: User, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.user = user
        agencies = restrict(Agency.objects.select_related("unit"), user)
        if user.role == User.Role.FOCAL_POINT and not user.is_superuser:
            agencies = agencies.filter(id=user.agency_id or 0)
        self.fields["agency"].queryset = agencies  # type: ignore[attr-defined]
        if user.agency_id and not self.instance.pk:
            self.fields["agency"].initial = user.agency_id
        plans = restrict(Plan.objects.filter(status=Plan.Status.CONFIRMED), user)
        self.fields["plan"].queryset = plans  # type: ignore[attr-defined]
        self.fields["objective"].queryset = restrict(  # type: ignore[attr-defined]
            Objective.objects.filter(plan__in=plans).select_related("plan"), user)
        self.fields["duty"].queryset = restrict(Duty.objects.filter(plan__in=plans), user)  # type: ignore[attr-defined]
        # Django's own empty choice has no Vietnamese translation.
        for name, empty in (("agency", _("— chọn cơ quan —")), ("plan", _("— không thuộc kế hoạch nào —")),
                            ("objective", _("— không chọn —")), ("duty", _("— không chọn —"))):
            self.fields[name].empty_label = empty  # type: ignore[attr-defined]
        self.fields["held_on"].widget = DATE_WIDGET
        for name in ("ends_on",):
            if name in self.fields:
                self.fields[name].widget = DATE_WIDGET

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        for field, message in services.activity_problems(self.user, self._meta.model, data,
                                                         instance=self.instance if self.instance.pk else None):
            self.add_error(field if field in self.fields else None, message)
        return data


class TrainingForm(ActivityForm):
    participants = _count(_("Số người tham dự"))
    participants_female = _count(_("Trong đó nữ"))
    cost = MoneyField(label=_("Kinh phí (đồng)"), required=False)

    class Meta:
        model = Training
        fields = [*ActivityForm.common, "kind", "ends_on", "topic", "target_group", "organiser", "partners", "place",
                  "participants", "participants_female", "cost", "note"]
        widgets = {"note": forms.Textarea(attrs={"rows": 2}),
                   "target_group": forms.TextInput(attrs={"list": "target-groups", "size": 60})}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.target_groups = services.target_groups(self.user)


class CommEventForm(ActivityForm):
    attendance = _count(_("Số người tham dự"))
    attendance_female = _count(_("Trong đó nữ"))

    class Meta:
        model = CommEvent
        fields = [*ActivityForm.common, "kind", "title", "place", "attendance", "attendance_female", "note"]
        widgets = {"note": forms.Textarea(attrs={"rows": 2})}


class CommProductForm(ActivityForm):
    count = _count(_("Số lượng"))

    class Meta:
        model = CommProduct
        fields = [*ActivityForm.common, "kind", "title", "channel", "count", "note"]
        widgets = {"note": forms.Textarea(attrs={"rows": 2})}


class InspectionForm(ActivityForm):
    checklist = forms.MultipleChoiceField(label=_("Nội dung kiểm tra"), choices=CHECKLIST, required=False,
                                          widget=forms.CheckboxSelectMultiple)

    class Meta:
        model = Inspection
        fields = [*ActivityForm.common, "kind", "decision", "team", "bodies", "checklist", "findings", "note"]
        widgets = {"note": forms.Textarea(attrs={"rows": 2}), "team": forms.Textarea(attrs={"rows": 2}),
                   "bodies": forms.Textarea(attrs={"rows": 3}), "findings": forms.Textarea(attrs={"rows": 3})}


class AwardForm(ActivityForm):
    class Meta:
        model = Award
        fields = [*ActivityForm.common, "recipient_kind", "recipient", "recipient_sex", "form", "level", "reason",
                  "decision_number", "note"]
        widgets = {"note": forms.Textarea(attrs={"rows": 2}), "reason": forms.Textarea(attrs={"rows": 2})}
        labels = {"held_on": _("Ngày quyết định")}


class PilotModelForm(ActivityForm):
    members = _count(_("Số thành viên"))
    members_female = _count(_("Trong đó nữ"))

    class Meta:
        model = PilotModel
        fields = [*ActivityForm.common, "name", "kind", "unit", "members", "members_female", "status", "note"]
        widgets = {"note": forms.Textarea(attrs={"rows": 2})}
        labels = {"held_on": _("Hoạt động từ ngày")}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Where the model runs: a unit of the user's area (its own unit or below), chosen by its code or name.
        self.fields["unit"].queryset = restrict(AdminUnit.objects.all(), self.user)  # type: ignore[attr-defined]
        self.fields["unit"].widget = forms.NumberInput(attrs={"size": 8})
        self.fields["unit"].empty_label = None  # type: ignore[attr-defined]
        self.fields["unit"].help_text = _("Số của đơn vị hành chính (trang Đơn vị hành chính); để trống: đơn vị "
                                          "của cơ quan.")
        self.fields["unit"].required = False

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if not data.get("unit") and data.get("agency"):
            data["unit"] = data["agency"].unit
            self.instance.unit = data["unit"]
        return data


class ViolationForm(forms.Form):
    body = forms.CharField(label=_("Nơi vi phạm"), max_length=200)
    description = forms.CharField(label=_("Hành vi vi phạm"), widget=forms.Textarea(attrs={"rows": 2}))
    sanction = forms.ChoiceField(label=_("Hình thức xử phạt"), required=False,
                                 choices=[("", _("Chưa xử lý")), ("warning", _("Cảnh cáo")), ("fine", _("Phạt tiền")),
                                          ("other", _("Biện pháp khác"))])
    article = forms.CharField(label=_("Điều, khoản của Nghị định 125/2021/NĐ-CP"), max_length=100, required=False)
    fine = MoneyField(label=_("Số tiền phạt (đồng)"), required=False)


class RecommendationForm(forms.Form):
    text = forms.CharField(label=_("Kiến nghị"), widget=forms.Textarea(attrs={"rows": 2}))
    deadline = forms.DateField(label=_("Hạn thực hiện"), widget=DATE_WIDGET)


class FollowUpForm(forms.Form):
    on = forms.DateField(label=_("Ngày"), widget=DATE_WIDGET)
    note = forms.CharField(label=_("Kết quả theo dõi"), widget=forms.Textarea(attrs={"rows": 2}))
    close = forms.BooleanField(label=_("Kiến nghị đã được thực hiện xong"), required=False)


class ReviewForm(forms.ModelForm):
    members = _count(_("Số thành viên cuối năm"), required=False)

    class Meta:
        model = ModelReview
        fields = ["year", "result", "decision", "members"]
        widgets = {"result": forms.Textarea(attrs={"rows": 2})}


class FileForm(forms.Form):
    file = forms.FileField(label=_("Tệp"))
