"""Documents in the format of Nghị định 30/2020/NĐ-CP (Phụ lục I): A4, Times New Roman, margins 2/2/3/2 cm,
the two header blocks (issuer with number and symbol; national name and motto with place and date), the
kind and title, the body, then recipients beside the signature block. Plans and reports are written with it.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import dataclass, field

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Length, Pt
from docx.table import _Cell
from docx.text.paragraph import Paragraph

from binhdang.lexicon.text import unaccent
from binhdang.units.models import AdminUnit, Agency

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
FONT = "Times New Roman"


@dataclass
class Letterhead:
    """What the header and the signature block of an administrative document say."""

    unit: AdminUnit
    kind: str  # "Kế hoạch", "Báo cáo"
    title: str
    issuer_agency: Agency | None = None  # None: the unit's People's Committee
    number: str = ""  # "31/KH-UBND"; blank: "Số:      /KH-UBND" to be filled when registered
    symbol: str = ""
    place: str = ""
    date: dt.date | None = None
    day_known: bool = True
    recipients: list[str] = field(default_factory=list)
    signer_authority: str = ""  # "KT. CHỦ TỊCH"
    signer_position: str = ""
    signer_name: str = ""


def file_name(kind_code: str, number: str, unit: AdminUnit, extension: str = "docx") -> str:
    stem = unaccent(f"{kind_code} {number} {unit.short_name}").replace(" ", "-")
    return re.sub(r"[^a-z0-9-]", "", stem) + f".{extension}"


class Nd30Document:
    """A document being written: header and title on creation, then body paragraphs, then `finish()`."""

    def __init__(self, head: Letterhead) -> None:
        self.head = head
        self.document = Document()
        self._page()
        self._header()
        self._title()

    # -- body ------------------------------------------------------------------------------------------

    def paragraph(self, text: str, *, bold: bool = False, italic: bool = False, indent: bool = True) -> Paragraph:
        paragraph = self.document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if indent:
            paragraph.paragraph_format.first_line_indent = Cm(1.27)
        _run(paragraph, text, bold=bold, italic=italic)
        return paragraph

    def table(self, header: list[str], rows: list[list[str]]) -> None:
        """A bordered table of figures, 12 pt, header row bold."""
        table = self.document.add_table(rows=1, cols=len(header))
        table.style = "Table Grid"
        for cell, text in zip(table.rows[0].cells, header, strict=True):
            _cell_line(cell, text, first=True, bold=True, size=12)
        for row in rows:
            cells = table.add_row().cells
            for i, (cell, text) in enumerate(zip(cells, row, strict=True)):
                p = _cell_line(cell, text, first=True, size=12)
                if i == 0:
                    p.alignment = WD_ALIGN_PARAGRAPH.LEFT

    def picture(self, png: bytes, caption: str) -> None:
        """A chart across the text width (16 cm between the margins), its caption below in italics."""
        self.document.add_picture(io.BytesIO(png), width=Cm(16))
        self.document.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
        self.paragraph(caption, italic=True, indent=False).alignment = WD_ALIGN_PARAGRAPH.CENTER

    def finish(self) -> bytes:
        self._closing()
        out = io.BytesIO()
        self.document.save(out)
        return out.getvalue()

    # -- the fixed parts ---------------------------------------------------------------------------------

    def _page(self) -> None:
        section = self.document.sections[0]
        section.page_width, section.page_height = Cm(21), Cm(29.7)
        section.top_margin, section.bottom_margin = Cm(2), Cm(2)
        section.left_margin, section.right_margin = Cm(3), Cm(2)
        style = self.document.styles["Normal"]
        style.font.name, style.font.size = FONT, Pt(14)  # type: ignore[attr-defined]
        style.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)  # type: ignore[union-attr]
        style.paragraph_format.space_after = Pt(6)  # type: ignore[attr-defined]

    def _two_columns(self, left: Length, right: Length) -> tuple[_Cell, _Cell]:
        """A borderless two-column block of fixed widths (Word reads the cells' widths, LibreOffice the grid's)."""
        table = self.document.add_table(rows=1, cols=2)
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        for column, width in zip(table.columns, (left, right), strict=True):
            column.width = width
            column.cells[0].width = width
        cells = table.rows[0].cells
        return cells[0], cells[1]

    def _header(self) -> None:
        head = self.head
        left, right = self._two_columns(Cm(6.5), Cm(9.5))
        above, issuer = issuer_lines(head.unit, head.issuer_agency)
        _cell_line(left, above, first=True, size=13)
        _cell_line(left, issuer, bold=True, size=13)
        _cell_line(left, "________", size=13)
        _cell_line(left, f"Số: {head.number or f'      /{head.symbol}'}", size=13)
        _cell_line(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", first=True, bold=True, size=12)
        _cell_line(right, "Độc lập - Tự do - Hạnh phúc", bold=True, size=13, underline=True)
        _cell_line(right, "", size=13)
        _cell_line(right, place_date(head.place or head.unit.short_name, head.date, head.day_known),
                   italic=True, size=14)

    def _title(self) -> None:
        kind = self.document.add_paragraph()
        kind.alignment = WD_ALIGN_PARAGRAPH.CENTER
        kind.paragraph_format.space_before = Pt(18)
        kind.paragraph_format.space_after = Pt(0)
        _run(kind, self.head.kind.upper(), bold=True)
        title = self.document.add_paragraph()
        title.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _run(title, self.head.title, bold=True)
        rule = self.document.add_paragraph()
        rule.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _run(rule, "__________")

    def _closing(self) -> None:
        head = self.head
        left, right = self._two_columns(Cm(7), Cm(9))
        recipients = left.paragraphs[0]
        recipients.paragraph_format.space_after = Pt(0)
        _run(recipients, "Nơi nhận:", bold=True, italic=True, size=12)
        for name in head.recipients:
            p = left.add_paragraph()
            p.paragraph_format.space_after = Pt(0)
            _run(p, f"- {name.rstrip(';.')};", size=11)
        authority = head.signer_authority.upper()
        _cell_line(right, authority or head.signer_position.upper(), first=True, bold=True, size=14)
        if authority and head.signer_position:
            _cell_line(right, head.signer_position.upper(), bold=True, size=14)
        for _ in range(3):
            _cell_line(right, "", size=14)
        _cell_line(right, head.signer_name, bold=True, size=14)


def issuer_lines(unit: AdminUnit, agency: Agency | None) -> tuple[str, str]:
    """(the body above the issuer, the issuer) as the header's left block writes them."""
    unit_name = unit.name.upper()
    if agency is not None:
        own = agency.name
        place = unit.name[:1].lower() + unit.name[1:]
        own = own[: -len(place)].strip() if own.endswith(place) else own
        return f"UBND {unit_name}", own.upper()
    return "ỦY BAN NHÂN DÂN", unit_name


def place_date(place: str, date: dt.date | None, day_known: bool = True) -> str:
    if date is None:
        return f"{place}, ngày      tháng      năm       "
    # Days below 10 and months 1 and 2 are written with a leading zero (Nghị định 30/2020, Phụ lục I).
    day = f"{date.day:02d}" if day_known else "     "
    month = f"{date.month:02d}" if date.month < 3 else str(date.month)
    return f"{place}, ngày {day} tháng {month} năm {date.year}"


def _run(paragraph: Paragraph, text: str, *, bold: bool = False, italic: bool = False, size: float | None = None,
         underline: bool = False) -> None:
    run = paragraph.add_run(text)
    run.bold, run.italic, run.underline = bold, italic, underline
    run.font.name = FONT
    if size:
        run.font.size = Pt(size)


def _cell_line(cell: _Cell, text: str, first: bool = False, **style: object) -> Paragraph:
    paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.paragraph_format.space_after = Pt(0)
    _run(paragraph, text, **style)  # type: ignore[arg-type]
    return paragraph
