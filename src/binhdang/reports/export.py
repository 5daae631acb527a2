"""The consolidated report as a .docx in the Nghị định 30/2020/NĐ-CP format, and the round's figures as .xlsx
(one row per reporter, the total row summed by the spreadsheet itself)."""

from __future__ import annotations

import io
from typing import Any

from django.utils import timezone
from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from binhdang import nd30
from binhdang.access import restrict
from binhdang.accounts.models import User
from binhdang.indicators import charts
from binhdang.reports.models import Consolidated, Report, Round, Value

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def file_name(consolidated: Consolidated, extension: str) -> str:
    rnd = consolidated.round
    return nd30.file_name("BC", f"{rnd.kind} {rnd.year}", rnd.plan.unit, extension)


def consolidated_docx(c: Consolidated, progress: list[dict[str, Any]] | None = None) -> bytes:
    """The report; `progress` (indicators.selectors.progress rows of the plan's targets) adds the dashboard's
    chart of each target's progress under the targets' table."""
    plan = c.round.plan
    recipients = [plan.issuer or "Ủy ban nhân dân cấp trên", "Lưu: VT"]
    if plan.unit.parent is not None:
        recipients[0] = f"Ủy ban nhân dân {plan.unit.parent.name[:1].lower()}{plan.unit.parent.name[1:]}"
    document = nd30.Nd30Document(nd30.Letterhead(
        unit=plan.unit, issuer_agency=plan.issuer_agency, kind="Báo cáo", title=c.title, number=c.number,
        symbol=f"BC-{'UBND' if plan.issuer_agency is None else ''}".rstrip("-"), date=timezone.localdate(),
        recipients=recipients, signer_authority="TM. ỦY BAN NHÂN DÂN" if plan.issuer_agency is None else "",
        signer_position=c.signer_position, signer_name=c.signer_name))
    document.paragraph(f"Thực hiện {plan.get_kind_name()} {plan.number or ''} {plan.title}".replace("  ", " ")
                       + f", {plan.issuer or 'Ủy ban nhân dân'} báo cáo kết quả như sau:")
    document.paragraph("I. KẾT QUẢ THỰC HIỆN", bold=True)
    for n, section in enumerate(c.sections, start=1):
        document.paragraph(f"{n}. {section['title']}", bold=True)
        for line in (section["text"] or "Chưa có báo cáo.").splitlines():
            if line.strip():
                document.paragraph(line.strip())
    document.paragraph("II. SỐ LIỆU", bold=True)
    document.table(["Chỉ số", "Đơn vị tính", "Tổng số", "Nữ", "Nam"],
                   [[f["label"], f["unit"], f["total"] or "0", f["female"] or "", f["male"] or ""] for f in c.figures])
    if c.measures:
        document.paragraph("III. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU", bold=True)
        document.table(["Chỉ tiêu", "Kết quả đạt được"], [[m["text"], m["value"] or ""] for m in c.measures])
        chart = charts.progress_chart(progress or [], "Mức đạt so với mục tiêu (%), theo số liệu chỉ số")
        if chart.bars:
            document.picture(charts.png(chart), "Biểu đồ: số liệu mới nhất của từng chỉ tiêu so với mục tiêu; "
                                                "đường đứt: 100%")
    document.paragraph(f"{'IV' if c.measures else 'III'}. ĐÁNH GIÁ CHUNG, KIẾN NGHỊ", bold=True)
    for line in (c.summary or "").splitlines():
        if line.strip():
            document.paragraph(line.strip())
    if c.missing:
        document.paragraph("Các cơ quan, đơn vị chưa gửi báo cáo: " + "; ".join(c.missing) + ".", italic=True)
    return document.finish()


def figures_xlsx(rnd: Round, *, user: User) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = "Số liệu"
    items = list(rnd.items.all())
    header = ["Cơ quan, đơn vị", "Tình trạng"]
    for item in items:
        header += [f"{item.label} ({item.unit})"] + (["trong đó nữ", "nam"] if item.by_sex else [])
    sheet.append([rnd.name, rnd.plan.unit.name])
    sheet.append(header)
    for cell in sheet[2]:
        cell.font = Font(bold=True)
    reports = list(restrict(rnd.reports.select_related("agency"), user, "export"))
    values = {(v.report_id, v.item_id): v for v in Value.objects.filter(report__in=reports)}
    for report in reports:
        row: list[object] = [report.agency.name, report.get_status_display()]
        for item in items:
            v = values.get((report.id, item.id)) if report.status in (Report.Status.SUBMITTED,
                                                                      Report.Status.ACCEPTED) else None
            row.append(v.total if v else None)
            if item.by_sex:
                row += [v.female if v else None, v.male if v else None]
        sheet.append(row)
    last = sheet.max_row
    total_row: list[object] = ["Tổng cộng (các báo cáo đã gửi)", ""]
    for col in range(3, len(header) + 1):
        letter = get_column_letter(col)
        total_row.append(f"=SUM({letter}3:{letter}{last})")
    sheet.append(total_row)
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
    sheet.column_dimensions["A"].width = 45
    _activities_sheet(book, rnd)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _activities_sheet(book: Workbook, rnd: Round) -> None:
    """The activities behind the consolidated sums (reports.counts), one row per record and figure."""
    consolidated = getattr(rnd, "consolidated", None)
    figures = [f for f in (consolidated.figures if consolidated else []) if f.get("records")]
    if not figures:
        return
    sheet = book.create_sheet("Hoạt động")
    sheet.append(["Chỉ số", "Ngày", "Cơ quan", "Hoạt động"])
    for figure in figures:
        for r in figure["records"]:
            sheet.append([figure["label"], r["date"], r["agency"], r["title"]])
