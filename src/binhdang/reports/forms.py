"""Forms of the reporting cycle. The report form is built from the report's own duties and the round's
numbers section; its fields are named after them."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from binhdang.lexicon.text import nfc
from binhdang.plans.forms import DATE_WIDGET
from binhdang.plans.models import Duty
from binhdang.reports import counts
from binhdang.reports.models import Report, Round
from binhdang.reports.services import ItemSpec


class RoundForm(forms.Form):
    kind = forms.ChoiceField(label=_("Loại kỳ báo cáo"), choices=Round.Kind.choices)
    name = forms.CharField(label=_("Tên kỳ báo cáo"), max_length=200)
    year = forms.IntegerField(label=_("Năm"), min_value=2000, max_value=2100)
    due = forms.DateField(label=_("Hạn gửi báo cáo"), widget=DATE_WIDGET)
    items = forms.CharField(
        label=_("Phần số liệu: mỗi dòng một chỉ số, dạng «tên | đơn vị tính | giới | mã chỉ số | nguồn» (ghi «giới» để "
                "tách nam, nữ; mã chỉ số, nếu có, để số liệu được chấp nhận ghi vào chỉ số đó; nguồn, nếu có, là số đếm "
                "từ sổ theo dõi hoạt động điền sẵn vào báo cáo)"),
        widget=forms.Textarea(attrs={"rows": 6}), required=False)

    def clean_items(self) -> list[ItemSpec]:
        out: list[ItemSpec] = []
        errors: list[str] = []
        for raw in nfc(self.cleaned_data["items"]).splitlines():
            parts = [p.strip() for p in raw.split("|")]
            if not parts[0]:
                continue
            unit = parts[1] if len(parts) > 1 and parts[1] else "người"
            by_sex = len(parts) > 2 and parts[2].lower() in ("giới", "gioi", "x", "có", "co")
            code = parts[3].lower() if len(parts) > 3 else ""
            out.append(ItemSpec(parts[0][:200], unit[:30], by_sex, code[:60], counts.source_of(parts[4:5], errors)))
        if errors:
            raise forms.ValidationError(errors)
        return out


def items_text(items: list[ItemSpec]) -> str:
    return "\n".join(" | ".join([i.label, i.unit, "giới" if i.by_sex else "", i.code, i.source]).rstrip(" |")
                     for i in items)


class ReportForm(forms.Form):
    """Summary, one result and status per duty, the numbers; `version` is the version the page was opened at."""

    version = forms.IntegerField(widget=forms.HiddenInput)
    summary = forms.CharField(label=_("Đánh giá chung, khó khăn, kiến nghị"), required=False,
                              widget=forms.Textarea(attrs={"rows": 4}))

    def __init__(self, *args: Any, report: Report, user: Any = None, **kwargs: Any) -> None:
        """`user`: who opens the form; figures of the case register are counted as this user may count them."""
        super().__init__(*args, **kwargs)
        self.report = report
        self.lines = list(report.lines.select_related("duty"))
        self.items = list(report.round.items.all())
        values = {v.item_id: v for v in report.values.all()}
        self.initial.setdefault("version", report.version)
        self.initial.setdefault("summary", report.summary)
        for line in self.lines:
            self.fields[f"line-{line.id}-done"] = forms.CharField(
                label=line.duty.text, required=False, initial=line.done, widget=forms.Textarea(attrs={"rows": 2}))
            self.fields[f"line-{line.id}-status"] = forms.ChoiceField(
                label=_("Tình trạng"), choices=Duty.Status.choices, initial=line.status)
        # Figures counted from the agency's own activity records of the round's period (reports.counts).
        self.counted = counts.report_counts(report)
        self.item_counts = {it.id: c for it in self.items
                            if (c := counts.item_count(report, it, user=user)) is not None}
        for item in self.items:
            value = values.get(item.id)
            found = self.item_counts.get(item.id)
            start = value is None and found is not None and found.prefills  # a new report opens counted
            self.fields[f"item-{item.id}-total"] = forms.DecimalField(
                label=f"{item.label} ({item.unit})", required=False, min_value=Decimal(0), max_digits=14,
                decimal_places=2, initial=found.total if start and found else value.total if value else None)
            if item.by_sex:
                self.fields[f"item-{item.id}-female"] = forms.DecimalField(
                    label=_("trong đó nữ"), required=False, min_value=Decimal(0), max_digits=14, decimal_places=2,
                    initial=found.female if start and found else value.female if value else None)
            if found is not None:
                self.fields[f"item-{item.id}-note"] = forms.CharField(
                    label=_("Lý do điều chỉnh số đếm"), required=False, initial=value.note if value else "",
                    widget=forms.TextInput(attrs={"size": 50}))

    def rows(self) -> list[tuple[Any, Any, Any]]:
        """(duty, result field, status field) in order, for the template."""
        return [(ln.duty, self[f"line-{ln.id}-done"], self[f"line-{ln.id}-status"]) for ln in self.lines]

    def number_rows(self) -> list[tuple[Any, Any, Any]]:
        return [(it, self[f"item-{it.id}-total"], self[f"item-{it.id}-female"] if it.by_sex else None)
                for it in self.items]

    def counted_rows(self) -> list[tuple[Any, Any, Any, Any, Any]]:
        """(item, total, female, note, what the registers counted) for the template."""
        return [(it, total, female, self[f"item-{it.id}-note"] if it.id in self.item_counts else None,
                 self.item_counts.get(it.id)) for it, total, female in self.number_rows()]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        for item in self.items:
            found = self.item_counts.get(item.id)
            total, female = data.get(f"item-{item.id}-total"), data.get(f"item-{item.id}-female")
            # A figure that differs from what the registers counted keeps the reporter's reason with it.
            if (found is not None and found.prefills and not (data.get(f"item-{item.id}-note") or "").strip()
                    and (total != found.total or (item.by_sex and female != found.female))):
                self.add_error(f"item-{item.id}-note", _("Số liệu khác với số đếm từ sổ theo dõi (%(n)s): hãy ghi lý "
                                                         "do điều chỉnh.") % {"n": found.total})
            if female is not None and total is None:
                self.add_error(f"item-{item.id}-total", _("Có số nữ thì phải có tổng số."))
            elif female is not None and total is not None and female > total:
                self.add_error(f"item-{item.id}-female", _("Số nữ không được lớn hơn tổng số."))
        return data

    def payload(self) -> dict[str, Any]:
        data = self.cleaned_data
        return {
            "summary": nfc(data.get("summary") or ""),
            "lines": {ln.id: (nfc(data.get(f"line-{ln.id}-done") or ""), data.get(f"line-{ln.id}-status") or ln.status)
                      for ln in self.lines},
            "values": {it.id: (data.get(f"item-{it.id}-total"), data.get(f"item-{it.id}-female") if it.by_sex else None)
                       for it in self.items},
            "notes": {it.id: (nfc(data.get(f"item-{it.id}-note") or "").strip(), counts.as_number(c.total),
                              counts.as_number(c.female) if it.by_sex else None)
                      for it in self.items if (c := self.item_counts.get(it.id)) is not None},
        }


class ReviewForm(forms.Form):
    comment = forms.CharField(label=_("Ý kiến (bắt buộc khi trả lại)"), required=False,
                              widget=forms.Textarea(attrs={"rows": 3}))


class EvidenceForm(forms.Form):
    file = forms.FileField(label=_("Tệp minh chứng (PDF, Word, Excel, ảnh; tối đa 20 MB)"))


class ConsolidatedForm(forms.Form):
    title = forms.CharField(label=_("Trích yếu"), widget=forms.Textarea(attrs={"rows": 2}))
    number = forms.CharField(label=_("Số, ký hiệu"), required=False, max_length=60)
    summary = forms.CharField(label=_("Đánh giá chung, kiến nghị"), required=False,
                              widget=forms.Textarea(attrs={"rows": 5}))
    signer_position = forms.CharField(label=_("Chức vụ người ký"), required=False, max_length=100)
    signer_name = forms.CharField(label=_("Người ký"), required=False, max_length=100)
