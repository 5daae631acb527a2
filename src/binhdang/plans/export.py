"""A plan as a .docx in the format of Nghị định 30/2020/NĐ-CP: A4, Times New Roman, the two header blocks
(issuer with number and symbol; national name and motto with place and date), the kind and title, the body,
then recipients beside the signature block."""

from __future__ import annotations

import io
import re

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Length, Pt
from docx.table import _Cell
from docx.text.paragraph import Paragraph

from binhdang.lexicon.text import canonical, unaccent
from binhdang.plans.models import Plan

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
FONT = "Times New Roman"
_ROMAN = re.compile(r"^[IVXLC]+$")


def file_name(plan: Plan) -> str:
    stem = unaccent(f"{plan.kind} {plan.number or plan.symbol} {plan.unit.short_name}").replace(" ", "-")
    return re.sub(r"[^a-z0-9-]", "", stem) + ".docx"


def plan_docx(plan: Plan) -> bytes:
    document = Document()
    _page(document)
    _header(document, plan)
    _title(document, plan)
    _preamble(document, plan)
    sections = plan.sections or []
    if sections:
        for node in sections:
            if "tổ chức thực hiện" in canonical(node.get("title")):
                _line(document, f"{node.get('number')}. {(node.get('title') or '').upper()}", bold=True)
                _assignments(document, plan)
            else:
                _node(document, node, depth=0)
    else:
        _generated_body(document, plan)
    _closing(document, plan)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _page(document: Document) -> None:  # type: ignore[valid-type]
    section = document.sections[0]  # type: ignore[attr-defined]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(2), Cm(2)
    section.left_margin, section.right_margin = Cm(3), Cm(2)
    style = document.styles["Normal"]  # type: ignore[attr-defined]
    style.font.name, style.font.size = FONT, Pt(14)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    style.paragraph_format.space_after = Pt(6)


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


def _two_columns(document: Document, left: Length, right: Length) -> tuple[_Cell, _Cell]:  # type: ignore[valid-type]
    """A borderless two-column block of fixed widths (Word reads the cells' widths, LibreOffice the grid's)."""
    table = document.add_table(rows=1, cols=2)  # type: ignore[attr-defined]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for column, width in zip(table.columns, (left, right), strict=True):
        column.width = width
        column.cells[0].width = width
    cells = table.rows[0].cells
    return cells[0], cells[1]


def _issuer_lines(plan: Plan) -> tuple[str, str]:
    """(the body above the issuer, the issuer) as the header's left block writes them."""
    unit_name = plan.unit.name.upper()
    if plan.issuer_agency is not None:
        own = plan.issuer_agency.name
        place = plan.unit.name[:1].lower() + plan.unit.name[1:]
        own = own[: -len(place)].strip() if own.endswith(place) else own
        return f"UBND {unit_name}", own.upper()
    return "ỦY BAN NHÂN DÂN", unit_name


def _place_date(plan: Plan) -> str:
    place = plan.place or plan.unit.short_name
    d = plan.issued_on
    if d is None:
        return f"{place}, ngày      tháng      năm       "
    # Days below 10 and months 1 and 2 are written with a leading zero (Nghị định 30/2020, Phụ lục I).
    day = f"{d.day:02d}" if plan.issued_precision == Plan.Precision.DAY else "     "
    month = f"{d.month:02d}" if d.month < 3 else str(d.month)
    return f"{place}, ngày {day} tháng {month} năm {d.year}"


def _header(document: Document, plan: Plan) -> None:  # type: ignore[valid-type]
    left, right = _two_columns(document, Cm(6.5), Cm(9.5))
    above, issuer = _issuer_lines(plan)
    _cell_line(left, above, first=True, size=13)
    _cell_line(left, issuer, bold=True, size=13)
    _cell_line(left, "________", size=13)
    number = plan.number or f"      /{plan.symbol or plan.kind}"
    _cell_line(left, f"Số: {number}", size=13)
    _cell_line(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", first=True, bold=True, size=12)
    _cell_line(right, "Độc lập - Tự do - Hạnh phúc", bold=True, size=13, underline=True)
    _cell_line(right, "", size=13)
    _cell_line(right, _place_date(plan), italic=True, size=14)


def _title(document: Document, plan: Plan) -> None:  # type: ignore[valid-type]
    kind = document.add_paragraph()  # type: ignore[attr-defined]
    kind.alignment = WD_ALIGN_PARAGRAPH.CENTER
    kind.paragraph_format.space_before = Pt(18)
    kind.paragraph_format.space_after = Pt(0)
    _run(kind, plan.get_kind_name().upper(), bold=True)
    title = document.add_paragraph()  # type: ignore[attr-defined]
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _run(title, plan.title, bold=True)
    rule = document.add_paragraph()  # type: ignore[attr-defined]
    rule.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _run(rule, "__________")


def _body(document: Document, text: str, *, bold: bool = False, indent: bool = True) -> Paragraph:  # type: ignore[valid-type]
    paragraph = document.add_paragraph()  # type: ignore[attr-defined]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent:
        paragraph.paragraph_format.first_line_indent = Cm(1.27)
    _run(paragraph, text, bold=bold)
    return paragraph


def _line(document: Document, text: str, *, bold: bool = False) -> None:  # type: ignore[valid-type]
    _body(document, text, bold=bold)


def _preamble(document: Document, plan: Plan) -> None:  # type: ignore[valid-type]
    bases = list(plan.bases.all())
    if not bases:
        return
    cited = []
    for b in bases:
        parts = [b.kind, f"số {b.number}" if b.number else "", f"ngày {b.date:%d/%m/%Y}" if b.date else "",
                 f"của {b.issuer}" if b.issuer else "", b.title]
        cited.append(" ".join(p for p in parts if p))
    issuer = plan.issuer_agency.name if plan.issuer_agency else plan.issuer or "Ủy ban nhân dân"
    _body(document, f"Thực hiện {'; '.join(cited)}; {issuer} ban hành {plan.get_kind_name()} như sau:")


def _node(document: Document, node: dict, depth: int) -> None:  # type: ignore[valid-type]
    number, title, text = node.get("number"), node.get("title"), node.get("text")
    if title:
        if number and _ROMAN.match(number) and depth == 0:
            _line(document, f"{number}. {title.upper()}", bold=True)
        elif number and len(number) == 1 and number.isalpha():
            _line(document, f"{number}) {title}")
        elif number:
            _line(document, f"{number}. {title}", bold=depth <= 1)
        else:
            _line(document, f"- {title}")
    if text:
        _line(document, text)
    for child in node.get("items") or []:
        _node(document, child, depth + 1)


def _assignments(document: Document, plan: Plan) -> None:  # type: ignore[valid-type]
    items: dict[int, list] = {}
    for a in plan.assignments.select_related("agency"):
        items.setdefault(a.item, []).append(a)
    for n, group in enumerate(items.values(), start=1):
        names = ", ".join(a.agency.name if a.agency else a.written for a in group)
        role = group[0].get_role_display() if group[0].role else ""
        _line(document, f"{n}. {names}" + (f" ({role.lower()})" if role else ""), bold=True)
        for duty in group[0].duties:
            _line(document, f"- {duty}")


def _generated_body(document: Document, plan: Plan) -> None:  # type: ignore[valid-type]
    """A plan made in the application has no outline of its own: objectives, who does what, deadlines."""
    part = iter(["I", "II", "III", "IV"])
    objectives = list(plan.objectives.prefetch_related("targets__measures"))
    if objectives:
        _line(document, f"{next(part)}. MỤC TIÊU, CHỈ TIÊU", bold=True)
        for o in objectives:
            _line(document, f"{o.number}. {o.text}" if o.number else o.text, bold=True)
            for t in o.targets.all():
                _line(document, f"- {t.text}")
    _line(document, f"{next(part)}. TỔ CHỨC THỰC HIỆN", bold=True)
    _assignments(document, plan)
    deadlines = list(plan.deadlines.all())
    if deadlines:
        _line(document, f"{next(part)}. CHẾ ĐỘ BÁO CÁO", bold=True)
        for d in deadlines:
            _line(document, f"- {d.what}: trước ngày {d.due:%d/%m/%Y}" + (f", gửi {d.to}" if d.to else "") + ".")


def _closing(document: Document, plan: Plan) -> None:  # type: ignore[valid-type]
    left, right = _two_columns(document, Cm(7), Cm(9))
    recipients = left.paragraphs[0]
    recipients.paragraph_format.space_after = Pt(0)
    _run(recipients, "Nơi nhận:", bold=True, italic=True, size=12)
    for name in plan.recipients:
        p = left.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        _run(p, f"- {name.rstrip(';.')};", size=11)
    authority = plan.signer_authority.upper()
    _cell_line(right, authority or (plan.signer_position or "").upper(), first=True, bold=True, size=14)
    if authority and plan.signer_position:
        _cell_line(right, plan.signer_position.upper(), bold=True, size=14)
    for _ in range(3):
        _cell_line(right, "", size=14)
    _cell_line(right, plan.signer_name, bold=True, size=14)
