"""Build the other formats of a seed the way offices produce them: .docx with the header in a
two-column table, .pdf printed from the text, and the legacy byte encodings."""

from __future__ import annotations

import io
import re
import unicodedata
from pathlib import Path
from typing import Any

from binhdang.lexicon.text import canonical
from binhdang.reader.legacy import _TCVN3_BYTES

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
_RIGHT = re.compile(r"CỘNG|Độc lập|ngày\s+\S*\s*tháng", re.IGNORECASE)


def seed_lines(path: Path) -> list[str]:
    return [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]


def to_docx(lines: list[str]) -> bytes:
    import docx

    kind = next(i for i, ln in enumerate(lines) if re.match(r"^KẾ HOẠCH\s*$", ln))
    head, body = lines[:kind], lines[kind:]
    document = docx.Document()
    if head:
        table = document.add_table(rows=1, cols=2)
        left = [ln for ln in head if not _RIGHT.search(ln)]
        right = [ln for ln in head if _RIGHT.search(ln)]
        for cell, cell_lines in zip(table.rows[0].cells, (left, right), strict=True):
            cell.text = "\n".join(cell_lines)
    for line in body:
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def to_pdf(lines: list[str]) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", fname=str(FONT))
    pdf.set_font("DejaVu", size=11)
    pdf.add_page()
    for line in lines:
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


_TCVN3_INVERSE = {u: b for b, u in _TCVN3_BYTES.items()}


def to_tcvn3(text: str) -> bytes:
    """TCVN3 has no upper-case letters with tone marks (they lived in a separate font): they go lower-case."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        if ch in _TCVN3_INVERSE:
            out.append(_TCVN3_INVERSE[ch])
        elif ch.lower() in _TCVN3_INVERSE:
            out.append(_TCVN3_INVERSE[ch.lower()])
        else:
            out += ch.encode("cp1252", errors="replace")
    return bytes(out)


_VNI_TONE = {"\u0301": "ù", "\u0300": "ø", "\u0309": "û", "\u0303": "õ", "\u0323": "ï"}
_VNI_HAT = {"": "â", "\u0301": "á", "\u0300": "à", "\u0309": "å", "\u0303": "ã", "\u0323": "ä"}
_VNI_BREVE = {"": "ê", "\u0301": "é", "\u0300": "è", "\u0309": "ú", "\u0303": "ü", "\u0323": "ë"}
_VNI_I = {"\u0301": "í", "\u0300": "ì", "\u0309": "æ", "\u0303": "ó", "\u0323": "ò"}


def to_vni(text: str) -> bytes:
    out: list[str] = []
    for ch in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", ch)
        base, marks = parts[0], parts[1:]
        upper = base.isupper()
        tone = next((m for m in marks if m in _VNI_TONE), "")
        if ch in "đĐ":
            out.append("ñ" if ch == "đ" else "Ñ")
        elif "\u0302" in marks:
            s = base + _VNI_HAT[tone]
            out.append(s.upper() if upper else s)
        elif "\u0306" in marks:
            s = base + _VNI_BREVE[tone]
            out.append(s.upper() if upper else s)
        elif "\u031b" in marks:  # horn: ơ ư
            letter = {"o": "ô", "u": "ö", "O": "Ô", "U": "Ö"}[base]
            out.append(letter + (_VNI_TONE[tone].upper() if upper and tone else _VNI_TONE.get(tone, "")))
        elif base in "iI" and tone:
            out.append(_VNI_I[tone].upper() if upper else _VNI_I[tone])
        elif base == "y" and tone == "\u0323":
            out.append("î")
        elif tone:
            out.append(base + (_VNI_TONE[tone].upper() if upper else _VNI_TONE[tone]))
        else:
            out.append(ch)
    return "".join(out).encode("cp1252", errors="replace")


def to_cp1258(text: str) -> bytes:
    """Windows-1258 keeps â ê ô ơ ư ă đ precomposed and writes tones as combining marks."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        tone = [m for m in parts[1:] if m in "\u0300\u0301\u0303\u0309\u0323"]
        rest = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tone))
        out += (rest + "".join(tone)).encode("cp1258", errors="replace")
    return bytes(out)


def essence(plan: dict[str, Any]) -> dict[str, Any]:
    doc = plan["document"]
    return {
        "document": {k: canonical(str(doc[k])) for k in ("kind", "number", "symbol", "issuer", "place", "date", "title")},
        "signer": canonical((doc["signer"] or {}).get("name")),
        "legal_bases": [b["number"] for b in plan["legal_bases"]],
        "agencies": [[canonical(a) for a in x["agencies"]] for x in plan["assignments"]],
        "duties": [len(x["duties"]) for x in plan["assignments"]],
        "targets": [(m["comparator"], m["value"], m["unit"]) for o in plan["objectives"] for t in o["targets"]
                    for m in t["measures"]],
        "deadlines": [d["due"] for d in plan["deadlines"]],
        "events": [(e["from"], e["to"]) for e in plan["events"]],
        "recipients": [canonical(r) for r in plan["recipients"]],
    }


def plan_part(seed: Path, issued: str) -> str:
    """The seed from its 'KẾ HOẠCH' line to its 'Nơi nhận', as the plan a decision issues ('issued' is the
    '(Ban hành kèm theo Quyết định số …)' line)."""
    lines = seed.read_text(encoding="utf-8").splitlines()
    kind = next(i for i, ln in enumerate(lines) if re.match(r"^\s*KẾ HOẠCH\s*$", ln))
    end = next(i for i, ln in enumerate(lines) if re.match(r"^\s*Nơi nhận", ln, re.IGNORECASE))
    return "\n".join([*lines[kind:kind + 1], issued, *lines[kind + 1:end]])


def to_office_docx(seed: Path) -> bytes:
    """The seed as offices type it in Word: the header in a two-column table of centred cells, the kind and the
    title centred, every body paragraph justified with a 1.27 cm first-line indent, Times New Roman 14 pt."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    from binhdang.reader.clean import OPENER_RE, paragraphs

    lines = seed_lines(seed)
    head = lines[: next(i for i, ln in enumerate(lines) if re.match(r"^KẾ HOẠCH\s*$", ln))]
    paras = paragraphs(seed.read_text(encoding="utf-8"))
    body = paras[next(i for i, p in enumerate(paras) if p == "KẾ HOẠCH"):]
    document = docx.Document()
    document.styles["Normal"].font.name = "Times New Roman"
    document.styles["Normal"].font.size = Pt(14)
    for section in document.sections:
        section.left_margin, section.right_margin = Cm(3), Cm(2)
    if head:
        table = document.add_table(rows=1, cols=2)
        columns = ([ln for ln in head if not _RIGHT.search(ln)], [ln for ln in head if _RIGHT.search(ln)])
        for cell, cell_lines in zip(table.rows[0].cells, columns, strict=True):
            cell.text = "\n".join(cell_lines)
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    title_end = next(i for i, p in enumerate(body) if i > 0 and (OPENER_RE.match(p) or re.match(r"^[IVX\d]", p)))
    for i, text in enumerate(body):
        paragraph = document.add_paragraph(text)
        if i < title_end:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        else:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            paragraph.paragraph_format.first_line_indent = Cm(1.27)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def to_column_pdf(seed: Path, width_mm: float, align: str = "J") -> bytes:
    """The seed printed in a narrow column (fpdf2): the header lines as they are, every body paragraph justified
    with a 1 cm first-line indent, wrapped wherever the column ends, often before a capitalised word."""
    from fpdf import FPDF

    from binhdang.reader.clean import paragraphs

    lines = seed_lines(seed)
    head = lines[: next(i for i, ln in enumerate(lines) if re.match(r"^KẾ HOẠCH\s*$", ln))]
    paras = paragraphs(seed.read_text(encoding="utf-8"))
    body = paras[next(i for i, p in enumerate(paras) if p == "KẾ HOẠCH"):]
    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", fname=str(FONT))
    pdf.set_font("DejaVu", size=11)
    pdf.add_page()
    for line in head:
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    with pdf.text_columns(text_align=align, l_margin=20, r_margin=pdf.w - 20 - width_mm) as column:
        for text in body:
            with column.paragraph(first_line_indent=10) as paragraph:
                paragraph.write(text)
    return bytes(pdf.output())
