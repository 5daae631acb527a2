"""The data grid of one unit and year, and the forms around indicators."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from binhdang.access import restrict
from binhdang.accounts.models import User
from binhdang.indicators.models import BREAKDOWNS, DataValue, Indicator
from binhdang.indicators.services import Entry
from binhdang.units.models import AdminUnit, Agency

SEX_ROWS = [("t", _("chung")), ("f", _("nữ")), ("m", _("nam"))]


class GridForm(forms.Form):
    """One row per indicator, breakdown group and sex; a count takes a value, a ratio its numerator and
    denominator."""

    def __init__(self, *args: Any, unit: AdminUnit, year: int, indicators: list[Indicator], user: User,
                 half: int = 0, agency: Agency | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.unit, self.year, self.half, self.indicators, self.agency = unit, year, half, indicators, agency
        current = {(v.indicator_id, v.sex, v.group): v
                   for v in restrict(DataValue.objects.filter(unit=unit, year=year, half=half, agency=agency),
                                     user).select_related("entered_by")}
        self.rows: list[dict[str, Any]] = []
        for ind in indicators:
            for group, group_label in [("", ""), *ind.groups()]:
                for sex, label in SEX_ROWS if ind.by_sex else SEX_ROWS[:1]:
                    v = current.get((ind.id, sex, group))
                    names = ["n", "d"] if ind.kind == Indicator.Kind.RATIO else ["v"]
                    for name in names:
                        initial = getattr(v, {"n": "numerator", "d": "denominator", "v": "value"}[name]) if v else None
                        self.fields[_name(name, ind, sex, group)] = forms.DecimalField(
                            required=False, max_digits=16, decimal_places=3, initial=initial,
                            widget=forms.TextInput(attrs={"inputmode": "decimal", "size": 8}))
                    self.rows.append({"indicator": ind, "sex": sex, "sex_label": label, "value": v, "group": group,
                                      "group_label": group_label,
                                      "fields": [self[_name(n, ind, sex, group)] for n in names]})

    def entries(self) -> list[Entry]:
        data = self.cleaned_data
        out = []
        for row in self.rows:
            ind, sex, group = row["indicator"], row["sex"], row["group"]
            out.append(Entry(ind, self.unit, self.year, self.half, sex, value=data.get(_name("v", ind, sex, group)),
                             numerator=data.get(_name("n", ind, sex, group)),
                             denominator=data.get(_name("d", ind, sex, group)), group=group, agency=self.agency))
        return out


def _name(prefix: str, indicator: Indicator, sex: str, group: str) -> str:
    """`v-12-f` for women's value of indicator 12; `v-12-f-tuoi:duoi-16` for the girls under 16."""
    return f"{prefix}-{indicator.id}-{sex}" + (f"-{group}" if group else "")


class ImportForm(forms.Form):
    file = forms.FileField(label=_("Tệp số liệu (.csv hoặc .xlsx theo mẫu)"))


class IndicatorForm(forms.ModelForm):
    class Meta:
        model = Indicator
        fields = ["code", "name", "definition", "kind", "unit", "multiplier", "direction", "by_sex", "breakdowns",
                  "periodicity", "keywords"]

    def clean_breakdowns(self) -> str:
        keys = [k.strip().lower() for k in self.cleaned_data["breakdowns"].split(",") if k.strip()]
        unknown = [k for k in keys if k not in BREAKDOWNS]
        if unknown:
            raise forms.ValidationError(_("Không có phân tổ %(keys)s; dùng: %(known)s.") % {
                "keys": ", ".join(unknown), "known": ", ".join(BREAKDOWNS)})
        return ",".join(dict.fromkeys(keys))
