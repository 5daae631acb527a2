"""The data grid of one unit and year, and the forms around indicators."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from binhdang.indicators.models import DataValue, Indicator
from binhdang.indicators.services import Entry
from binhdang.units.models import AdminUnit

SEX_ROWS = [("t", _("chung")), ("f", _("nữ")), ("m", _("nam"))]


class GridForm(forms.Form):
    """One row per indicator and sex; a count takes a value, a ratio its numerator and denominator."""

    def __init__(self, *args: Any, unit: AdminUnit, year: int, indicators: list[Indicator], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.unit, self.year, self.indicators = unit, year, indicators
        current = {(v.indicator_id, v.sex): v for v in DataValue.objects.filter(unit=unit, year=year, half=0)}
        self.rows: list[dict[str, Any]] = []
        for ind in indicators:
            for sex, label in SEX_ROWS if ind.by_sex else SEX_ROWS[:1]:
                v = current.get((ind.id, sex))
                names = ["n", "d"] if ind.kind == Indicator.Kind.RATIO else ["v"]
                for name in names:
                    initial = getattr(v, {"n": "numerator", "d": "denominator", "v": "value"}[name]) if v else None
                    self.fields[f"{name}-{ind.id}-{sex}"] = forms.DecimalField(
                        required=False, max_digits=16, decimal_places=3, initial=initial,
                        widget=forms.TextInput(attrs={"inputmode": "decimal", "size": 8}))
                self.rows.append({"indicator": ind, "sex": sex, "sex_label": label, "value": v,
                                  "fields": [self[f"{n}-{ind.id}-{sex}"] for n in names]})

    def entries(self) -> list[Entry]:
        data = self.cleaned_data
        out = []
        for row in self.rows:
            ind, sex = row["indicator"], row["sex"]
            out.append(Entry(ind, self.unit, self.year, 0, sex, value=data.get(f"v-{ind.id}-{sex}"),
                             numerator=data.get(f"n-{ind.id}-{sex}"), denominator=data.get(f"d-{ind.id}-{sex}")))
        return out


class ImportForm(forms.Form):
    file = forms.FileField(label=_("Tệp số liệu (.csv hoặc .xlsx theo mẫu)"))


class IndicatorForm(forms.ModelForm):
    class Meta:
        model = Indicator
        fields = ["code", "name", "definition", "kind", "unit", "multiplier", "direction", "by_sex", "periodicity",
                  "keywords"]
