"""From a file's bytes to text: .txt in any of the encodings offices use, .docx, .pdf with a text layer."""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field

from binhdang.reader import layout, ocr
from binhdang.reader.clean import MARKS_RE
from binhdang.reader.errors import ReaderError
from binhdang.reader.legacy import best_legacy_decoding, looks_legacy, vietnamese_score

_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0e-\x1f]")  # control characters text never holds
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\n\r\t\f")
MAX_BYTES = 20 * 1024 * 1024  # a 200-page plan is under 2 MB; anything near this is not one


@dataclass
class Extracted:
    text: str
    format: str
    warnings: list[str] = field(default_factory=list)
    marked: str | None = None  # a PDF's text with each line's layout marks (clean.WRAPPED, clean.EDGE)


def sniff_format(data: bytes, filename: str = "") -> str:
    if data.startswith(b"%PDF"):
        return "pdf"
    if data.startswith((b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")):
        return "image"  # PNG, JPEG, TIFF: a page photographed or scanned
    if data.startswith(b"PK\x03\x04"):
        return "docx"
    lower = filename.lower()
    if lower.endswith(".doc") and data.startswith(b"\xd0\xcf\x11\xe0"):
        return "doc"
    return "txt"


def check_size(size: int) -> None:
    if size > MAX_BYTES:
        raise ReaderError(
            f"Tệp quá lớn ({size / 1024 / 1024:.0f} MB, tối đa {MAX_BYTES // 1024 // 1024} MB). "
            "Một kế hoạch thường dưới 2 MB: hãy kiểm tra lại tệp, hoặc tách phần phụ lục ra."
        )


def extract(data: bytes, filename: str = "") -> Extracted:
    check_size(len(data))
    if not data.strip():
        raise ReaderError("Tệp rỗng: không có nội dung nào để đọc. Hãy chọn đúng tệp kế hoạch.")
    kind = sniff_format(data, filename)
    if kind == "pdf":
        return _from_pdf(data)
    if kind == "docx":
        return _from_docx(data)
    if kind == "image":
        text, warnings = ocr.image(data)
        return _scanned(text, "other", warnings)
    if kind == "doc":
        raise ReaderError("Tệp .doc (Word 97-2003) chưa đọc được. Hãy mở bằng Word và lưu lại dưới dạng .docx.")
    return _from_txt(data)


def _from_txt(data: bytes) -> Extracted:
    warnings: list[str] = []
    text = _decode(data, warnings)
    control = len(_CONTROL_RE.findall(text, 0, 5000))
    if "\x00" in text or control > len(text[:5000]) * 0.02:
        raise _not_text()
    return Extracted(text, "txt", warnings)


def _not_text() -> ReaderError:
    return ReaderError(
            "Tệp không phải văn bản đọc được (có vẻ là tệp nhị phân hoặc bị hỏng). "
            "Hãy chọn tệp .docx, .pdf hoặc .txt của kế hoạch."
        )


def _decode(data: bytes, warnings: list[str]) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    sample = data[:4000]
    if sample.count(b"\x00") > len(sample) // 4:  # UTF-16 without a byte-order mark
        even, odd = sample[0::2].count(b"\x00"), sample[1::2].count(b"\x00")
        return data.decode("utf-16-be" if even > odd else "utf-16-le", errors="replace")
    control = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if control > len(sample) * 0.02:  # random bytes, an image, an archive: not text in any encoding
        raise _not_text()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _decode_single_byte(data, warnings)
    else:
        if looks_legacy(text):  # legacy-font text pasted into a UTF-8 file
            found = best_legacy_decoding(text)
            if found:
                warnings.append(f"Đã chuyển mã từ bảng mã {found[0].upper()} sang Unicode.")
                text = found[1]
    return text


def _decode_single_byte(data: bytes, warnings: list[str]) -> str:
    cp1258 = data.decode("cp1258", errors="replace")
    as_1252 = data.decode("cp1252", errors="replace")
    found = best_legacy_decoding(as_1252)
    if found and vietnamese_score(found[1]) > vietnamese_score(cp1258):
        warnings.append(f"Đã chuyển mã từ bảng mã {found[0].upper()} sang Unicode.")
        return found[1]
    if vietnamese_score(cp1258) > 0.02:
        warnings.append("Đã chuyển mã từ Windows-1258 sang Unicode.")
        return cp1258
    raise ReaderError(
        "Không nhận ra bảng mã của tệp văn bản (không phải UTF-8, UTF-16, Windows-1258, TCVN3 hay VNI). "
        "Hãy mở tệp bằng Word và lưu lại dưới dạng .docx hoặc văn bản Unicode."
    )


def _from_docx(data: bytes) -> Extracted:
    import docx  # imported here: reading .txt must not pay for it
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ReaderError("Tệp .docx bị hỏng hoặc không phải tệp Word. Hãy mở bằng Word và lưu lại.") from exc
    lines: list[str] = []
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(_paragraph_text(child))
        elif tag == "tbl":
            lines.extend(_table_lines(child))
    text = "\n".join(lines)
    if not text.strip():
        raise ReaderError("Tệp .docx không có chữ nào (có thể chỉ có hình ảnh bản quét).")
    return Extracted(text, "docx")


def _table_lines(tbl) -> list[str]:  # type: ignore[no-untyped-def]
    """A layout table (the header's issuer | motto, 'Nơi nhận' | signature) column by column; a table of
    three columns or more (a task table) row by row, its cells joined with ' | '."""
    rows = [[c for c in tr if c.tag.endswith("}tc")] for tr in tbl if tr.tag.endswith("}tr")]
    width = max((len(r) for r in rows), default=0)
    if width >= 3:
        return [" | ".join(" ".join(_paragraph_text(p) for p in cell.iter() if p.tag.endswith("}p")).replace("\n", " ")
                           for cell in row) for row in rows]
    lines: list[str] = []
    for col in range(width):
        for row in rows:
            if col < len(row):
                for p in row[col].iter():
                    if p.tag.endswith("}p"):
                        lines.append(_paragraph_text(p))
    return lines


def _paragraph_text(p) -> str:  # type: ignore[no-untyped-def]
    """A paragraph's text with its manual line breaks and tabs (headers are often typed with them)."""
    out: list[str] = []
    for node in p.iter():
        tag = node.tag.rsplit("}", 1)[-1]
        if tag == "t":
            out.append(node.text or "")
        elif tag in ("br", "cr"):
            out.append("\n")
        elif tag == "tab":
            out.append("\t")
    return "".join(out)


def _from_pdf(data: bytes) -> Extracted:
    import pdfplumber
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfplumber.utils.exceptions import PdfminerException

    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = [layout.page_lines(page.get_textmap(x_tolerance=1.5).tuples) for page in pdf.pages]
    except (PDFSyntaxError, PdfminerException, ValueError, KeyError, TypeError) as exc:
        raise ReaderError("Tệp PDF bị hỏng hoặc không mở được. Hãy xuất lại tệp PDF từ Word.") from exc
    if sum(len(line.text.strip()) for lines in pages for line in lines) < 20:
        text, warnings = ocr.pdf_pages(data)  # a scan: its pages through Tesseract's Vietnamese model
        return _scanned(text, "pdf", warnings)
    marked = layout.marked_text(pages)
    return Extracted(MARKS_RE.sub("", marked), "pdf", marked=marked)


def _scanned(text: str, kind: str, warnings: list[str]) -> Extracted:
    if len(text.strip()) < 20:
        raise ReaderError(
            "Tệp không có lớp chữ và nhận dạng chữ (OCR) không đọc được chữ nào (có thể là ảnh không có văn bản, "
            "hoặc bản scan quá mờ). Hãy dùng tệp Word gốc, hoặc quét lại rõ hơn."
        )
    return Extracted(text, kind, warnings)
