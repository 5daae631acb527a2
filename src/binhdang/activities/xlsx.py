"""The registers' .xlsx files: a template per register, exports in the same columns, and imports all or nothing
(every faulty row listed with its line, nothing saved when one row is wrong), each row validated by the very form
the page uses."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

from django import forms as django_forms
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils.translation import gettext as _

from binhdang.access import restrict
from binhdang.accounts.models import User
from binhdang.activities import services
from binhdang.activities.registers import Register
from binhdang.lexicon.text import canonical, nfc
from binhdang.plans.models import Duty, Plan
from binhdang.units.models import Agency

MAX_ROWS = 5000
REQUIRED = ["ma_co_quan", "ngay"]


def rows_read(data: bytes, filename: str, columns: list[str],
              required: list[str] | None = None) -> list[tuple[int, dict[str, str]]]:
    """(line, row) of the first sheet of an .xlsx whose first row names the columns (all of them, or the
    `required` ones; a missing optional column reads empty); lines as Excel numbers them."""
    if not filename.lower().endswith(".xlsx"):
        raise ValidationError(_("Hãy chọn tệp Excel .xlsx theo mẫu."))
    from openpyxl import load_workbook

    try:
        sheet = load_workbook(io.BytesIO(data), read_only=True, data_only=True).worksheets[0]
    except Exception as exc:  # openpyxl raises many kinds for a file that is not a workbook
        raise ValidationError(_("Không đọc được tệp Excel: hãy lưu lại dưới dạng .xlsx theo mẫu.")) from exc
    raw = [[_cell(c) for c in row] for row in sheet.iter_rows(values_only=True)]
    header = [canonical(c).replace(" ", "_") for c in raw[0]] if raw else []
    missing = [c for c in (columns if required is None else required) if c not in header]
    if missing:
        raise ValidationError(_("Dòng đầu của tệp thiếu các cột %(cols)s. Hãy tải tệp mẫu.")
                              % {"cols": ", ".join(missing)})
    if len(raw) - 1 > MAX_ROWS:
        raise ValidationError(_("Tệp có hơn %(n)d dòng: hãy chia nhỏ.") % {"n": MAX_ROWS})
    out = []
    for line, row in enumerate(raw[1:], start=2):
        if any(c.strip() for c in row):
            cells = dict(zip(header, row + [""] * len(header), strict=False))
            out.append((line, {c: nfc(cells.get(c, "").strip()) for c in columns}))
    return out


def _cell(value: Any) -> str:
    """A cell as the form reads it: dates dd/mm/yyyy, whole numbers without '.0'."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime | dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _form_data(register: Register, form: django_forms.BaseForm, row: dict[str, str]) -> dict[str, Any]:
    """The row as the form's POST data: choices given by their label or code, lists separated by ';'."""
    data: dict[str, Any] = {}
    for column, name in register.columns:
        value = row.get(column, "")
        field = form.fields.get(name)
        if isinstance(field, django_forms.MultipleChoiceField):
            data[name] = [_choice(field, part.strip()) for part in value.split(";") if part.strip()]
        elif isinstance(field, django_forms.ChoiceField) and not isinstance(field, django_forms.ModelChoiceField):
            data[name] = _choice(field, value)
        else:
            data[name] = value
    return data


def _choice(field: django_forms.ChoiceField, value: str) -> str:
    wanted = canonical(value)
    for code, label in field.choices:  # type: ignore[misc,union-attr]
        if wanted in (canonical(str(code)), canonical(str(label))):
            return str(code)
    return value


def records_import(*, user: User, register: Register, data: bytes, filename: str) -> int:
    """Import a register's rows all or nothing; raises ValidationError listing every faulty row with its line.
    Returns how many records were saved."""
    rows = rows_read(data, filename, _header(register), required=REQUIRED)
    errors: list[str] = []
    valid = []
    for line, row in rows:
        probe = register.form(user=user)
        form = register.form(_form_data(register, probe, row), user=user)
        if form.is_valid():
            valid.append(form)
            continue
        for name, messages in form.errors.items():
            column = next((c for c, n in register.columns if n == name), "")
            for message in messages:
                where = _("Dòng %(n)d") % {"n": line}
                errors.append(f"{where}, {column}: {message}" if column else f"{where}: {message}")
    if not rows:
        errors.append(_("Tệp không có dòng nào dưới dòng tiêu đề."))
    if errors:
        raise ValidationError(errors)
    with transaction.atomic():
        for form in valid:
            services.record_save(user=user, form=form)
    return len(valid)


def _header(register: Register) -> list[str]:
    return [c for c, _n in register.columns]


def _value(record: models.Model, name: str) -> Any:
    field = record._meta.get_field(name)
    value = getattr(record, name if not field.is_relation else f"{name}_id")
    if getattr(field, "choices", None) and not field.is_relation:
        return str(getattr(record, f"get_{name}_display")()) if value else ""
    if isinstance(value, list):
        labels = getattr(record, "checklist_labels", None)
        return "; ".join(labels() if labels else value)
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    return value


def records_export(*, register: Register, records: list[models.Model]) -> bytes:
    """The records in the template's columns (so an export edited in Excel imports back), with the agency's name
    for the reader."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = str(register.title)[:31]
    sheet.append([*_header(register), "ten_co_quan"])
    for record in records:
        sheet.append([_value(record, name) for _c, name in register.columns] + [record.agency.name])  # type: ignore[attr-defined]
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def template(*, user: User, register: Register) -> bytes:
    """An empty template: the columns, one example row, and sheets listing what the codes mean (the user's agencies,
    the plans and duties it may name, the choices of each list)."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = _("Du lieu")
    sheet.append(_header(register))
    agencies = restrict(Agency.objects.select_related("unit"), user)
    if user.role == User.Role.FOCAL_POINT and not user.is_superuser:
        agencies = agencies.filter(id=user.agency_id or 0)
    codes = book.create_sheet(_("Co quan"))
    codes.append(["ma_co_quan", "ten_co_quan", "don_vi"])
    for agency in agencies[:2000]:
        codes.append([agency.id, agency.name, agency.unit.name])
    plans = restrict(Plan.objects.filter(status=Plan.Status.CONFIRMED), user)
    sheet_plans = book.create_sheet(_("Ke hoach"))
    sheet_plans.append(["ma_ke_hoach", "ke_hoach", "tu_nam", "den_nam", "ma_nhiem_vu", "nhiem_vu", "co_quan"])
    for plan in plans[:200]:
        sheet_plans.append([plan.id, str(plan)[:200], plan.period_from, plan.period_to])
        for duty in restrict(Duty.objects.filter(plan=plan), user).select_related("agency")[:300]:
            sheet_plans.append([plan.id, "", "", "", duty.id, duty.text[:200], duty.agency.name])
    form = register.form(user=user)
    lists = book.create_sheet(_("Danh muc"))
    lists.append(["cot", "ma", "ten"])
    for column, name in register.columns:
        field = form.fields.get(name)
        if isinstance(field, django_forms.ChoiceField) and not isinstance(field, django_forms.ModelChoiceField):
            for code, label in field.choices:  # type: ignore[misc,union-attr]
                if code:
                    lists.append([column, code, str(label)])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
