"""Files of the case register: the user's cases (codes only, every row logged) and the annual commune form."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from django.db.models import Prefetch
from django.http import HttpResponse
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from binhdang.access import restrict
from binhdang.cases.models import AccessLog, Case, Perpetrator, Victim
from binhdang.cases.selectors import ENCRYPTED, CaseCounts
from binhdang.cases.services import access_log_record

if TYPE_CHECKING:
    from binhdang.accounts.models import User

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _response(wb: Workbook, filename: str) -> HttpResponse:
    buf = io.BytesIO()
    wb.save(buf)
    response = HttpResponse(buf.getvalue(), content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def cases_workbook(*, user: User) -> Workbook:
    """One row per case the user may export: no name, address, phone, summary or reporter ever leaves here."""
    cases = list(restrict(Case.objects.select_related("unit", "agency").defer(*ENCRYPTED).prefetch_related(
        "measures", Prefetch("victims", Victim.objects.only("id", "case_id")),
        Prefetch("perpetrators", Perpetrator.objects.only("id", "case_id"))), user, "export"))
    access_log_record(user=user, cases=cases, action=AccessLog.Action.EXPORT)
    wb = Workbook()
    ws = wb.active
    ws.title = _("Vu viec")
    ws.append([_("Mã vụ việc"), _("Trạng thái"), _("Loại"), _("Xã, phường"), _("Ngày tiếp nhận"),
               _("Hình thức bạo lực"), _("Số người bị bạo lực"), _("Số người có hành vi bạo lực"), _("Biện pháp"),
               _("Kết quả"), _("Ngày kết thúc")])
    for c in cases:
        ws.append([c.code, c.get_status_display(), c.get_kind_display(), c.unit.name, c.received_on,
                   ", ".join(c.harm_labels()), len(c.victims.all()), len(c.perpetrators.all()),
                   ", ".join(str(m.get_kind_display()) for m in c.measures.all()), c.get_outcome_display(),
                   c.closed_on])
        ws.cell(ws.max_row, 5).number_format = "DD/MM/YYYY"
        ws.cell(ws.max_row, 11).number_format = "DD/MM/YYYY"
    for cell in ws[1]:
        cell.font = Font(bold=True)
    return wb


def cases_xlsx_response(*, user: User) -> HttpResponse:
    return _response(cases_workbook(user=user), "vu-viec.xlsx")


SUPPRESSED = "x"


def commune_form_workbook(*, counts: CaseCounts, year: int) -> Workbook:
    """Biểu 01/BC-X as communes send it: one line per figure; a suppressed figure reads "x" (a small number, or one
    hidden only so that another cannot be worked out: both read "x")."""
    wb = Workbook()
    ws = wb.active
    ws.title = "01-BC-X"
    ws.append([_("Biểu 01/BC-X: Số liệu về phòng, chống bạo lực gia đình")])
    ws.append([_("Đơn vị: %(unit)s · Năm %(year)s") % {"unit": counts.unit.name, "year": year}])
    ws.append([_("Từ %(a)s đến %(b)s") % {"a": counts.date_from.strftime("%d/%m/%Y"),
                                          "b": counts.date_to.strftime("%d/%m/%Y")}])
    ws.append([])
    ws.append([_("Chỉ tiêu"), _("Số lượng")])
    for cell in ws[ws.max_row]:
        cell.font = Font(bold=True)
    for _key, label, value, sub in counts.rows():
        ws.append([("    " if sub else "") + label, value if value is not None else SUPPRESSED])
        ws.cell(ws.max_row, 2).alignment = Alignment(horizontal="right")
    if counts.suppressed:
        ws.append([])
        ws.append([_("Số nhỏ hơn 5 và các số có thể dùng để suy ra chúng được ẩn (x) để không ai bị nhận diện.")])
    ws.column_dimensions["A"].width = 60
    ws.column_dimensions["B"].width = 12
    ws["A1"].font = Font(bold=True, size=13)
    return wb


def commune_form_response(*, counts: CaseCounts, year: int) -> HttpResponse:
    return _response(commune_form_workbook(counts=counts, year=year), f"bieu-01-bc-x-{counts.unit.code}-{year}.xlsx")
