"""Writing indicator data: validation (women not above the total, a share within 0–100, a value far from last
year's flagged), the preloaded catalogue, imports from CSV/XLSX, links from plan targets."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

from binhdang.access import Refused, may_create, scope
from binhdang.accounts.models import User
from binhdang.indicators.catalogue import catalogue
from binhdang.indicators.models import DataValue, Indicator
from binhdang.indicators.rollup import sums_refresh
from binhdang.indicators.selectors import indicator_list, indicators_by_code
from binhdang.lexicon.numbers import num
from binhdang.lexicon.text import nfc
from binhdang.units.models import AdminUnit, Agency

FAR = Decimal("0.5")  # a value more than 50% away from last year's is flagged for a second look


def indicator_create(*, user: User, indicator: Indicator) -> Indicator:
    """Save a coordinator's own indicator (unsaved, from the form) under the user's unit (the admin's without a
    unit: the catalogue). Its code must be free among the indicators the user sees; whether another province
    uses it is not the user's to know, and does not matter (codes are unique per owner)."""
    owner = user.unit
    allowed = may_create(user, Indicator, unit=owner) if owner else user.is_admin
    if not allowed:
        raise Refused(_("Bạn không có quyền thêm chỉ số."))
    taken = indicator_list(user).filter(code=indicator.code).exists() or Indicator.objects.filter(
        owner=owner, code=indicator.code).exists()  # the owner's own codes are the user's to see
    if taken:
        raise ValidationError({"code": _("Mã «%(code)s» đã dùng cho một chỉ số trong danh sách của bạn: hãy chọn mã "
                                         "khác.") % {"code": indicator.code}})
    indicator.owner = owner
    indicator.source = _("Chỉ số của đơn vị") if owner else indicator.source
    indicator.save()
    return indicator


def catalogue_load() -> int:
    """Create or update the preloaded indicators; returns how many there are."""
    rows = catalogue()
    for row in rows:
        Indicator.objects.update_or_create(code=row["code"], owner=None, defaults={
            k: v for k, v in row.items() if k != "code"})
    return len(rows)


@dataclass
class Entry:
    """One cell as typed: an indicator for a unit, period and sex."""

    indicator: Indicator
    unit: AdminUnit
    year: int
    half: int = 0
    sex: str = DataValue.Sex.TOTAL
    value: Decimal | None = None
    numerator: Decimal | None = None
    denominator: Decimal | None = None
    group: str = ""  # a breakdown group ("tuoi:duoi-16"), "" for everyone
    where: str = ""  # "dòng 7" for an import: said in messages
    agency: Agency | None = None  # one agency's value, apart from the unit's own

    def cell(self, year: int | None = None, sex: str | None = None, group: str | None = None) -> tuple[Any, ...]:
        """The key of the entry's cell, or of a neighbouring one (last year's, everyone's, the whole's)."""
        return (self.indicator.id, self.unit.id, self.agency.id if self.agency else None,
                self.year if year is None else year, self.half, self.sex if sex is None else sex,
                self.group if group is None else group)
    flags: list[str] = field(default_factory=list)


def entry_check(entry: Entry, totals: dict[tuple[Any, ...], Decimal | None]) -> list[str]:
    """Errors of one entry (Vietnamese, ready to show); `totals` holds the number (value, or numerator of a ratio)
    of every entry by cell, to check women against everyone and a group against the whole."""
    ind, errors = entry.indicator, []
    at = f"{entry.where}: " if entry.where else ""
    if ind.kind == Indicator.Kind.RATIO:
        if (entry.numerator is None) != (entry.denominator is None):
            errors.append(at + _("%(name)s: cần cả tử số và mẫu số.") % {"name": ind.name})
        elif entry.denominator is not None and entry.denominator <= 0:
            errors.append(at + _("%(name)s: mẫu số phải lớn hơn 0.") % {"name": ind.name})
        elif entry.numerator is not None and entry.numerator < 0:
            errors.append(at + _("%(name)s: tử số không được âm.") % {"name": ind.name})
        elif (ind.unit == "%" and entry.numerator is not None and entry.denominator
              and entry.numerator > entry.denominator):
            errors.append(at + _("%(name)s: tỷ lệ phần trăm phải trong khoảng 0–100 (tử số lớn hơn mẫu số).")
                          % {"name": ind.name})
    elif entry.value is not None and entry.value < 0:
        errors.append(at + _("%(name)s: giá trị không được âm.") % {"name": ind.name})
    mine = _number_of(entry)
    if entry.sex == DataValue.Sex.FEMALE:
        total = totals.get(entry.cell(sex=DataValue.Sex.TOTAL))
        if total is not None and mine is not None and mine > total:
            errors.append(at + _("%(name)s: số nữ không được lớn hơn tổng số.") % {"name": ind.name})
    if entry.group:
        whole = totals.get(entry.cell(group=""))
        if entry.group not in dict(ind.groups()):
            errors.append(at + _("%(name)s: không có nhóm «%(group)s» (các nhóm của chỉ số: %(groups)s).") % {
                "name": ind.name, "group": entry.group, "groups": ", ".join(dict(ind.groups())) or _("không có")})
        elif whole is not None and mine is not None and mine > whole:
            errors.append(at + _("%(name)s: số của nhóm không được lớn hơn số chung.") % {"name": ind.name})
    return errors


def _number_of(entry: Entry) -> Decimal | None:
    return entry.numerator if entry.indicator.kind == Indicator.Kind.RATIO else entry.value


# Which source an indicator value keeps (README, "Activity registers"): typed by hand (the grid, the API) >
# imported from a file > counted (from reports, and so from the registers behind them).
SOURCE_RANK = {"grid": 3, "api": 3, "import": 2, "report": 1, "count": 1}


def source_wins(stored: str | None, incoming: str) -> bool:
    """Whether a value from `incoming` may replace one stored from `stored`. A source replaces its own kind (a
    newer count, a corrected typing)."""
    if stored is None:
        return True
    return SOURCE_RANK.get(incoming, 0) >= SOURCE_RANK.get(stored, 0)


@transaction.atomic
def values_save(user: User, entries: list[Entry], source: str = "grid") -> list[str]:
    """Save entries all or nothing, in bulk (an import of thousands of rows is a few queries), each change in
    the values' history. Raises ValidationError with every message; returns the warnings (values far from last
    year's, saved but flagged). Refused unless the user may write every unit's (or agency's) figures named and
    see every indicator named."""
    _check_writes(user, entries)
    totals = {e.cell(): _number_of(e) for e in entries}
    errors = [m for e in entries for m in entry_check(e, totals)]
    if errors:
        raise ValidationError(errors)
    known = values_stored(entries)
    now, warnings = timezone.now(), []
    to_create: list[DataValue] = []
    to_update: list[DataValue] = []
    to_delete: list[int] = []
    for e in entries:
        stored = known.get(e.cell())
        if stored is not None and not source_wins(stored.source, source):
            sources = dict(DataValue._meta.get_field("source").choices or [])
            warnings.append(_("%(where)s%(indicator)s (%(unit)s, %(year)s): giữ số liệu %(value)s đã có (nguồn: "
                              "%(stored)s), không thay bằng số liệu từ %(source)s.")
                            % {"where": f"{e.where}: " if e.where else "", "indicator": e.indicator.name,
                               "unit": e.unit.name, "year": e.year, "value": num(stored.result),
                               "stored": sources.get(stored.source, stored.source),
                               "source": sources.get(source, source)})
            continue
        if e.value is None and e.numerator is None:
            if stored is not None:
                to_delete.append(stored.id)
            continue
        flag = _far_from(known.get(e.cell(year=e.year - 1)), e)
        if flag:
            who = f"{e.agency.name}, {e.unit.name}" if e.agency else e.unit.name
            warnings.append(f"{e.where + ': ' if e.where else ''}{e.indicator.name} ({who}): {flag}")
        value = stored or DataValue(indicator=e.indicator, unit=e.unit, agency=e.agency, year=e.year, half=e.half,
                                    sex=e.sex, group=e.group)
        value.value, value.numerator, value.denominator = e.value, e.numerator, e.denominator
        value.flagged, value.source, value.entered_by, value.entered_at = flag, source, user, now
        (to_update if stored else to_create).append(value)
    DataValue.objects.filter(id__in=to_delete).delete()
    bulk_create_with_history(to_create, DataValue, batch_size=1000, default_user=user)
    bulk_update_with_history(to_update, DataValue, ["value", "numerator", "denominator", "flagged", "source",
                                                    "entered_by", "entered_at"], batch_size=1000, default_user=user)
    sums_refresh({(e.indicator.id, e.unit.parent_id) for e in entries
                  if e.unit.level == AdminUnit.Level.COMMUNE and e.agency is None})
    return warnings


def _check_writes(user: User, entries: list[Entry]) -> None:
    places = {(e.unit, e.agency) for e in entries}
    for unit, agency in places:
        if not may_create(user, DataValue, unit=unit, agency=agency):
            who = f"{agency.name}, {unit.name}" if agency else unit.name
            raise Refused(_("Bạn không có quyền ghi số liệu của %(who)s.") % {"who": who})
    wanted = {e.indicator.id for e in entries}
    if len(wanted) != indicator_list(user).filter(id__in=wanted).count():
        raise Refused(_("Có chỉ số bạn không được dùng."))


def values_stored(entries: list[Entry]) -> dict[tuple[Any, ...], DataValue]:
    """The stored values of the entries' cells and of the same cells a year before, in one query."""
    if not entries:
        return {}
    years = {e.year for e in entries} | {e.year - 1 for e in entries}
    rows = DataValue.objects.filter(indicator__in={e.indicator.id for e in entries}, unit__in={e.unit.id for e in entries},
                                    year__in=years).select_related("indicator")
    return {(v.indicator_id, v.unit_id, v.agency_id, v.year, v.half, v.sex, v.group): v for v in rows}


def _far_from(last: DataValue | None, e: Entry) -> str:
    if last is None or last.result in (None, 0):
        return ""
    now = DataValue(indicator=e.indicator, value=e.value, numerator=e.numerator, denominator=e.denominator).result
    if now is None:
        return ""
    change = abs(now - last.result) / abs(last.result)  # type: ignore[operator]
    if change > FAR:
        return _("khác năm trước %(pct)d%% (%(old)s → %(new)s), cần xem lại") % {
            "pct": int(change * 100), "old": f"{last.result.normalize():f}", "new": f"{now.normalize():f}"}  # type: ignore[union-attr]
    return ""


# -- Import ---------------------------------------------------------------------------------------------

COLUMNS = ["ma_chi_so", "ma_don_vi", "nam", "ky", "gioi_tinh", "gia_tri", "tu_so", "mau_so"]
GROUP = "nhom"  # optional column: the breakdown group ("tuoi:duoi-16"); empty for everyone
AGENCY = "ma_co_quan"  # optional column: an agency of the unit (its number, listed in the template); empty for the unit
SEXES = {"": "t", "chung": "t", "tong": "t", "t": "t", "nu": "f", "nữ": "f", "f": "f", "nam": "m", "m": "m"}


def rows_read(data: bytes, filename: str) -> list[dict[str, str]]:
    """Rows of a CSV (UTF-8, with or without BOM, or Windows-1258) or XLSX file, keyed by the template's
    column names."""
    if filename.lower().endswith(".xlsx"):
        from openpyxl import load_workbook

        try:
            sheet = load_workbook(io.BytesIO(data), read_only=True, data_only=True).worksheets[0]
        except Exception as exc:  # openpyxl raises many kinds for a file that is not a workbook
            raise ValidationError(_("Không đọc được tệp Excel: hãy lưu lại dưới dạng .xlsx theo mẫu.")) from exc
        raw = [["" if c is None else str(c) for c in row] for row in sheet.iter_rows(values_only=True)]
    else:
        text = _csv_text(data)
        raw = list(csv.reader(io.StringIO(nfc(text)), delimiter=";" if text.count(";") > text.count(",") else ","))
    header = [c.strip().lower() for c in raw[0]] if raw else []
    if header[: len(COLUMNS)] != COLUMNS:
        raise ValidationError(_("Dòng đầu của tệp phải là các cột của mẫu: %(cols)s. Hãy tải tệp mẫu.")
                              % {"cols": ", ".join(COLUMNS)})
    keys = [*COLUMNS, *(c if c in (GROUP, AGENCY) else f"_{i}" for i, c in enumerate(header[len(COLUMNS):]))]
    return [{GROUP: "", AGENCY: "", **dict(zip(keys, [c.strip() for c in row] + [""] * len(keys), strict=False))}
            for row in raw[1:] if any(c.strip() for c in row)]


def _csv_text(data: bytes) -> str:
    """A CSV as Excel saves it on a Vietnamese Windows: UTF-8 (with or without BOM), UTF-16, or legacy
    encodings the document reader knows (Windows-1258, TCVN3, VNI)."""
    from binhdang.reader import ReaderError
    from binhdang.reader.extract import extract

    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return extract(data, "so-lieu.txt").text
    except ReaderError:
        return data.decode("cp1258", errors="replace")  # too short to tell: Windows' own Vietnamese code page


def _number(text: str, where: str, errors: list[str]) -> Decimal | None:
    if not text:
        return None
    try:
        return Decimal(text.replace(" ", "").replace(",", "."))
    except InvalidOperation:
        errors.append(_("%(where)s: «%(text)s» không phải là số.") % {"where": where, "text": text})
        return None


def values_import(user: User, data: bytes, filename: str, units: list[AdminUnit]) -> tuple[int, list[str]]:
    """Import a file all or nothing. Indicators are given by code among those the user sees; units by code and
    agencies by number among those the user may write figures for (so an error names nothing the user may not
    see). Returns (rows saved, warnings); raises ValidationError listing every faulty row."""
    rows = rows_read(data, filename)
    indicators = indicators_by_code(indicator_list(user).filter(code__in={row["ma_chi_so"] for row in rows}))
    codes = {row["ma_don_vi"] for row in rows if row["ma_don_vi"]}
    by_code: dict[str, list[AdminUnit]] = {}
    for known in scope(user, AdminUnit, code__in=codes):
        by_code.setdefault(known.code, []).append(known)
    ids = {int(row[AGENCY]) for row in rows if row[AGENCY].isdigit() and len(row[AGENCY]) < 12}
    agencies = {(a.unit_id, str(a.id)): a for a in scope(user, Agency, id__in=ids)}
    errors: list[str] = []
    entries = []
    for n, row in enumerate(rows, start=2):
        where = _("dòng %(n)d") % {"n": n}
        indicator = indicators.get(row["ma_chi_so"])
        year = int(row["nam"]) if re.fullmatch(r"\d{4}", row["nam"]) else None
        unit = _unit_of_code(by_code.get(row["ma_don_vi"], []), year)
        sex = SEXES.get(row["gioi_tinh"].lower())
        if indicator is None:
            errors.append(_("%(where)s: không có chỉ số mã «%(code)s».") % {"where": where, "code": row["ma_chi_so"]})
        if unit is None:
            errors.append(_("%(where)s: không có đơn vị mã «%(code)s» trong địa bàn của bạn.")
                          % {"where": where, "code": row["ma_don_vi"]})
        if year is None:
            errors.append(_("%(where)s: năm «%(y)s» không hợp lệ.") % {"where": where, "y": row["nam"]})
        if sex is None:
            errors.append(_("%(where)s: giới tính phải là chung, nữ hoặc nam.") % {"where": where})
        half = int(row["ky"]) if row["ky"] in ("0", "1", "2") else 0
        value, num, den = (_number(row[k], where, errors) for k in ("gia_tri", "tu_so", "mau_so"))
        agency = agencies.get((unit.id, row[AGENCY])) if unit and row[AGENCY] else None
        if unit and row[AGENCY] and agency is None:
            errors.append(_("%(where)s: %(unit)s không có cơ quan số «%(code)s».")
                          % {"where": where, "unit": unit.name, "code": row[AGENCY]})
        if indicator and unit and year and sex:
            entries.append(Entry(indicator, unit, year, half, sex, value, num, den, group=row[GROUP].lower(),
                                 where=where, agency=agency))
    if errors:
        raise ValidationError(errors)
    warnings = values_save(user, entries, source="import")
    return len(entries), warnings


def _unit_of_code(found: list[AdminUnit], year: int | None) -> AdminUnit | None:
    """A unit code names a unit of the structure in force that year (codes were reused after 1 July 2025)."""
    era = "legacy" if year is not None and year < 2025 else "current"
    return next((u for u in found if u.era == era), found[0] if found else None)


def template_xlsx(user: User, units: list[AdminUnit] | None = None) -> bytes:
    """The import template: the columns with examples, the indicators the user sees, and the agencies of the given
    units (the user's own units) it may write figures for, with the numbers that name them in `ma_co_quan`."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "So lieu"
    sheet.append([*COLUMNS, GROUP, AGENCY])
    sheet.append(["nu-dai-bieu-hdnd", "30", "2024", "0", "chung", "", "18", "52", "", ""])
    sheet.append(["so-nan-nhan-duoc-ho-tro", "30", "2024", "0", "nu", "41", "", "", "", ""])
    sheet.append(["so-nan-nhan-duoc-ho-tro", "30", "2024", "0", "nu", "9", "", "", "tuoi:duoi-16", ""])
    agencies = scope(user, Agency, unit__in=units or []).select_related("unit").order_by("unit__code", "name")
    listed = book.create_sheet("Co quan")
    listed.append([AGENCY, "ten_co_quan", "ma_don_vi", "don_vi", "thoi_ky"])
    for agency in agencies:  # a unit before 2025 and its successor may share name and code: the era tells
        listed.append([str(agency.id), agency.name, agency.unit.code, agency.unit.name,
                       str(agency.unit.get_era_display())])
    info = book.create_sheet("Chi so")
    info.append(["ma_chi_so", "ten", "loai", "don_vi_tinh", "tach_gioi", "nhap", "nhom"])
    for i in indicator_list(user).order_by(F("owner").asc(nulls_first=True), "code"):
        info.append([i.code, i.name, i.get_kind_display(), i.unit, "có" if i.by_sex else "",
                     "tu_so + mau_so" if i.kind == "ratio" else "gia_tri", ", ".join(dict(i.groups()))])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
