"""From raw extracted text to logical paragraphs.

Documents arrive with PDF and portal line wraps, double spacing, page numbers, running heads, table-cell
separators, markdown or HTML debris and headers flattened into one line. The output is one string per
paragraph, NFC, with structural markers (I., 1., a), -) at the start of their own paragraph.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import Counter

from binhdang.lexicon.agencies import splits_name

# Marks the PDF reader puts after a line from the page's geometry (private-use characters, never in text; see
# layout.py): the line reached the right margin, so the paragraph goes on; the line is at a page's top or bottom.
WRAPPED, EDGE = "\ue000", "\ue001"
MARKS_RE = re.compile("[\ue000\ue001]+$", re.MULTILINE)

UPPER = "".join(chr(i) for i in range(0x41, 0x1F00) if chr(i).isupper() and chr(i).isalpha())
LOWER = "".join(chr(i) for i in range(0x61, 0x1F00) if chr(i).islower() and chr(i).isalpha())
UP = f"[{re.escape(UPPER)}]"

ROMAN = r"(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)"
UP_ = UP.replace("{", "{{").replace("}", "}}")  # for the f-string below
MARKER_RE = re.compile(
    rf"^(?:(?P<part>(?:Phần|PHẦN|Chương|CHƯƠNG)\s+(?:{ROMAN}|\d{{1,2}})\b|[A-HĐ](?=\.\s+{UP_}))\s*[.:/)-]?"
    rf"|(?P<article>Điều\s+\d{{1,3}})\s*[.:]|(?P<roman>{ROMAN})\s*(?:[.:)]|/(?=\s))|(?P<num>\d{{1,2}}(?:\.\d{{1,2}})*)\s*(?:[.)](?!\d)|/(?=\s))|(?P<letter>[a-zđ])(?:\)|\.(?=\s+{UP_}))"
    rf"|(?P<dash>[-–—+•∙·●▪*](?!\s*\d{{4}}\b)))\s*"
)
_KIND_WORDS = r"KẾ HOẠCH|QUYẾT ĐỊNH|BÁO CÁO|NGHỊ QUYẾT|CHỈ THỊ|THÔNG BÁO|HƯỚNG DẪN|CHƯƠNG TRÌNH|TỜ TRÌNH|ĐỀ ÁN"
# Lines that stand alone: header blocks, "Nơi nhận" and the signature block.
ANCHOR_RE = re.compile(
    r"^(?:CỘNG\s+H(?:OÀ|ÒA)|Độc\s+lập|ĐỘC\s+LẬP|(?:Số|SỐ)\s*[:.]|Nơi\s+nhận|NƠI\s+NHẬN|(?:KT|TM|TL|TUQ|Q)\s*\.\s*" + UP
    + r"|(?i:" + _KIND_WORDS + r")\s*$)"
)
# Lines that begin a paragraph: the preamble's citations and the closing formulas.
OPENER_RE = re.compile(
    r"^(?:Căn\s+cứ\b|(?:Thực\s+hiện|Triển\s+khai|Theo)\s+(?:Luật|Nghị|Quyết|Kế\s+hoạch|Chỉ\s+thị|Công\s+văn"
    r"|Thông\s+tư|Chương\s+trình|Hướng\s+dẫn|văn\s+bản)\b|Trên\s+đây\s+là|Nhận\s+(?:được\s+)?"
    r"(?:Kế\s+hoạch|Quyết\s+định|văn\s+bản)\s+này|Trong\s+quá\s+trình\s+(?:tổ\s+chức\s+)?(?:triển\s+khai|thực\s+hiện))"
)
_ZERO_WIDTH_RE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_PAGE_RE = re.compile(r"^(?:[-–]?\s*\d{1,3}\s*[-–]?|Trang\s+\d+(?:\s*/\s*\d+)?|\d+\s*/\s*\d+)$", re.IGNORECASE)
_TABLE_RULE_RE = re.compile(r"^[|:\-\s+=]+$")
ADDRESSEES_RE = re.compile(r"^Kính\s+gửi\b", re.IGNORECASE)  # a letter's addressees, after its subject or title
ISSUED_WITH_RE = re.compile(r"^\(\s*(?:Ban hành\s+)?kèm theo\b", re.IGNORECASE)
# A sentence never ends on a conjunction or preposition: the line after one continues it, however short.
_DANGLING_RE = re.compile(
    r"(?:(?<!\S)(?:và|của|với|các|những|tại|về|theo|cho|để|trong|trên|từ|đến|hoặc|là|được|bằng|vào)|,|\s[-–])$")
_STRAY_MARK_RE = re.compile(r"(?:(?<=[^\w])|^)[\u0300-\u036f]+", re.MULTILINE)
_COMBINING_RE = re.compile(r"[\u0300-\u036f]")


def normalise(text: str) -> str:
    """Character-level cleaning: NFC, invisible characters, stray combining marks, markup debris."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    text = _ZERO_WIDTH_RE.sub("", text)
    text = text.replace("\u00a0", " ").replace("\u2028", "\n").replace("\u2029", "\n")
    if re.search(r"&(?:nbsp|amp|quot|#\d+);", text):
        text = html.unescape(text).replace("\u00a0", " ")
    # Each pattern only where its character occurs: most documents have no markup at all.
    if "<" in text:
        text = re.sub(r"<(?:br|/p|/div|/tr|/li)\s*/?>", "\n", text, flags=re.IGNORECASE)
        text = re.sub(r"</?(?:p|div|span|b|i|strong|em|td|tr|table|li|ul|ol|font)[^>]*>", " ", text,
                      flags=re.IGNORECASE)
    text = unicodedata.normalize("NFC", text)
    if _COMBINING_RE.search(text):
        text = _STRAY_MARK_RE.sub("", text)
    text = text.replace("**", "").replace("__", "")
    if "*" in text:
        text = re.sub(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])", r"\1", text)  # *emphasis*
    if "#" in text:
        text = re.sub(r"^#{1,6}\s+", "", text, flags=re.MULTILINE)
    return text


# A portal's post around a document: when and by whom it was posted, views, category, author, neighbours.
_POST_DEBRIS_RE = re.compile(
    r"^(?:(?:Đăng lúc|Ngày đăng|Người đăng(?: bài viết)?|Lượt xem|Số lượt xem|Chuyên mục|Tác giả|Nguồn tin)\s*:"
    r"|(?:Những tin (?:mới|cũ) hơn|Tin cùng chuyên mục|Các tin khác|Bài viết liên quan)\s*$)", re.IGNORECASE)
_ENGLISH_RE = re.compile(r"\b(?:the|of|and|with|is|are|to|in)\b", re.IGNORECASE)


def _is_english_note(line: str) -> bool:
    """A scanner's or converter's note in English ('Handwritten text … right of the circular stamp.'):
    words without a Vietnamese letter, several of them English function words."""
    return line.isascii() and len(line.split()) >= 5 and len(_ENGLISH_RE.findall(line)) >= 3


# Header cells of a task table ("STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian"), by role.
_COLUMN_WORDS = (
    ("lead", re.compile(r"chủ\s*trì", re.IGNORECASE)),
    ("coordinate", re.compile(r"phối\s*hợp", re.IGNORECASE)),
    ("time", re.compile(r"thời\s*(?:gian|hạn)|tiến\s*độ", re.IGNORECASE)),
    ("content", re.compile(r"nội\s*dung|nhiệm\s*vụ|hoạt\s*động|công\s*việc", re.IGNORECASE)),
)


def _cells(raw: str) -> list[str]:
    """A row's cells; an empty cell stays (one tab per cell, as Word and spreadsheets copy them)."""
    return [c.strip() for c in re.split(r"\t|\|", raw.strip(" \n").strip("|"))]


_TARGET_COLUMN = re.compile(r"^(?:tên\s+|nội\s+dung\s+)?chỉ\s*tiêu", re.IGNORECASE)
_UNIT_COLUMN = re.compile(r"^(?:đơn\s*vị\s*tính|đvt)$", re.IGNORECASE)
_YEAR_COLUMN = re.compile(r"\b((?:19|20)\d\d)\b")


def _target_row(cells: list[str], columns: dict[str, int], years: dict[int, str]) -> str:
    """'1 | Tỷ lệ nữ cấp ủy | % | ≥ 25 | ≥ 30' under 'STT | Chỉ tiêu | ĐVT | 2025 | 2030' ->
    '1. Tỷ lệ nữ cấp ủy: đạt ≥ 25% vào năm 2025; đạt ≥ 30% vào năm 2030.'"""
    unit = cells[columns["unit"]] if "unit" in columns and columns["unit"] < len(cells) else ""
    goals = [f"đạt {cells[i]}{'' if unit == '%' else ' '}{unit} vào năm {year}".replace("  ", " ")
             for i, year in years.items() if i < len(cells) and cells[i]]
    number = cells[0].rstrip(".") + ". " if re.fullmatch(r"\d{1,3}\.?", cells[0]) else "- "
    return f"{number}{cells[columns['target']]}: {'; '.join(goals)}."


def _task_table_rows(raw_lines: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Rows of a task table become numbered items: '3 | Tuyên truyền … | Sở A | Sở B | Quý II' ->
    '3. Sở A: chủ trì tuyên truyền …; phối hợp: Sở B; thời gian: Quý II.'; rows of a table of targets by year
    become targets (`_target_row`). Other lines pass unchanged, with their wrap marks."""
    out: list[tuple[str, str]] = []
    columns: dict[str, int] = {}
    years: dict[int, str] = {}  # a table of targets: its year columns
    for raw, mark in raw_lines:
        cells = _cells(raw) if ("\t" in raw or "|" in raw) else []
        if len([c for c in cells if c]) < 3:
            if not _TABLE_RULE_RE.match(raw) or not raw.strip():
                columns, years = ({}, {}) if raw.strip() else (columns, years)
            out.append((raw, mark))
            continue
        target = next((i for i, c in enumerate(cells) if _TARGET_COLUMN.match(c) and len(c) < 40), None)
        dated = {i: m.group(1) for i, c in enumerate(cells) if len(c) < 25 and (m := _YEAR_COLUMN.search(c))}
        if target is not None and dated and not re.fullmatch(r"\d{1,3}\.?", cells[0]):
            unit = next((i for i, c in enumerate(cells) if _UNIT_COLUMN.match(c)), None)
            columns, years = {"target": target, **({"unit": unit} if unit is not None else {})}, dated
            continue
        if years:
            out.append((_target_row(cells, columns, years), ""))
            continue
        found = {role: i for role, regex in reversed(_COLUMN_WORDS) for i, c in enumerate(cells) if regex.search(c)
                 and len(c) < 40}
        if "content" in found and len(found) >= 2 and not re.fullmatch(r"\d{1,3}\.?", cells[0]):
            columns = found
            continue
        if not columns or not re.fullmatch(r"\d{1,3}\.?", cells[0]):
            out.append((raw, mark))
            continue
        cell = {role: cells[i] if i < len(cells) else "" for role, i in columns.items()}
        content = cell.get("content", "")
        text = f"{cell['lead']}: chủ trì {content[:1].lower()}{content[1:]}" if cell.get("lead") else content
        text += "".join(f"; {label}: {cell[role]}" for role, label in (("coordinate", "phối hợp"), ("time", "thời gian"))
                        if cell.get(role))
        out.append((f"{cells[0].rstrip('.')}. {text.rstrip('.;')}.", ""))
    return out


def physical_lines(text: str) -> list[str]:
    """Lines with table cells split apart, page numbers and running heads dropped (blank lines kept)."""
    return [line for line, _ in _marked_lines(text)]


def _marked_lines(text: str) -> list[tuple[str, str]]:
    """`physical_lines` with each line's layout marks ("" from text, which has none)."""
    if WRAPPED in text or EDGE in text:
        raw_lines = [(raw.rstrip(WRAPPED + EDGE), raw[len(raw.rstrip(WRAPPED + EDGE)):]) for raw in text.split("\n")]
    else:
        raw_lines = [(raw, "") for raw in text.split("\n")]
    lines: list[tuple[str, str]] = []
    for raw, mark in _task_table_rows(raw_lines):
        cells = re.split(r"\t+|\s*\|\s*", raw) if ("\t" in raw or "|" in raw) else [raw]
        for k, cell in enumerate(cells):
            cell = cell.strip()
            if "  " in cell or "\u3000" in cell:
                cell = re.sub(r"[ \u3000]{2,}", "  ", cell)
            lines.append((cell,
                          mark if k == len(cells) - 1 else mark.replace(WRAPPED, "")))
    lines = [(ln, m) for ln, m in lines if (not _TABLE_RULE_RE.match(ln) or not ln) and not _PAGE_RE.match(ln)
             and not _is_english_note(ln) and not _POST_DEBRIS_RE.match(ln)]
    # A running head is a title or a page label; a line of running text that merely recurs with the same wrap
    # ('… giai đoạn 2021-2030; Kế hoạch số') is not one. Where the page's geometry is known, it stands at a page's
    # top or bottom and does not wrap.
    paged = any(EDGE in m for _, m in lines)
    head = (lambda m: EDGE in m and WRAPPED not in m) if paged else (lambda m: True)
    counts = Counter(ln for ln, m in lines if 0 < len(ln) < 80 and not MARKER_RE.match(ln) and head(m))
    running = {ln for ln, n in counts.items() if n >= 3 and not ln.startswith(("Lưu", "Số"))
               and ";" not in ln and not _DANGLING_RE.search(ln)}
    out: list[tuple[str, str]] = []
    for ln, mark in lines:
        if ln not in running or not head(mark):
            pieces = _split_flattened(ln)
            if len(pieces) == 1:
                out.append((ln, mark))
            else:
                out.extend((piece, mark if k == len(pieces) - 1 else mark.replace(WRAPPED, ""))
                           for k, piece in enumerate(pieces))
    return out


# Where a flattened header or an inline marker begins a new line: (words the line must hold for the pattern to
# apply, pattern, replacement). The words are looked for first: a substring test costs next to nothing, and a
# pattern starting with a blank or a look-behind is tried at every position of every line.
_KIND_LIST = tuple(_KIND_WORDS.split("|"))
_FLATTENED: tuple[tuple[tuple[str, ...], re.Pattern[str], str], ...] = tuple(
    (words, re.compile(p), r) for words, p, r in (
        (("CỘNG",), r"\s+(?=CỘNG\s+H(?:OÀ|ÒA)\s+XÃ\s+HỘI)", "\n"),
        (("VIỆT NAM",), r"(?<=VIỆT NAM)\s+(?=Độc\s+lập)", "\n"),
        (("Hạnh phúc",), r"(?<=Hạnh phúc)\s+", "\n"),
        (("Số", "SỐ"), r"\s+(?=(?:Số|SỐ)\s*:\s*\d*\s*/)", "\n"),
        (("V/v",), r"\s+(?=V/v\s)", "\n"),
        (_KIND_LIST, r"(?<=\S)\s+(?=(?:" + _KIND_WORDS + r")\s+" + UP + r"[a-zà-ỹ])", "\n"),
        ((), r"([.;:])\s+(?=(?:(?:" + ROMAN + r"|\d{1,2})\.|[a-zđ]\))\s+" + UP + ")", "\\1\n"),
        ((), r"([.;])\s+[-–]\s+(?=" + UP + ")", "\\1\n- "),
        (("Nơi nhận",), r"\s+(?=Nơi nhận\s*:)", "\n"),
        # A title run on into the addressees and the opening paragraph: 'Kính gửi' begins a line, and its list
        # ends with its sentence (unless an abbreviation's period: 'TP. Hải Dương').
        (("Kính gửi",), r"\s+(?=Kính\s+gửi\b)", "\n"),
        (("Kính gửi",), r"^(Kính\s+gửi\b[^\n]*?(?<!\bTP)(?<!\bTX)(?<!\bTT)\.)\s+(?=" + UP + ")", "\\1\n"),
        # "Nơi nhận" and the signature side by side in a table, pasted as one line.
        (("KT", "TM", "TL", "TUQ"), r"\s+(?=(?:KT|TM|TL|TUQ)\s*\.\s*" + UP + r"{2,}\s)", "\n"),
    ))


_ANY_WORD_RE = re.compile("|".join(re.escape(word) for words, _, _ in _FLATTENED for word in words))
_ALWAYS = tuple((pattern, replacement) for words, pattern, replacement in _FLATTENED if not words)


def _split_flattened(line: str) -> list[str]:
    """Headers flattened into one line, and inline markers after a sentence, become lines of their own."""
    if len(line) < 60:
        return [line]
    if _ANY_WORD_RE.search(line):
        for words, pattern, replacement in _FLATTENED:
            if not words or any(word in line for word in words):
                line = pattern.sub(replacement, line)
    else:
        for pattern, replacement in _ALWAYS:
            line = pattern.sub(replacement, line)
    return line.split("\n") if "\n" in line else [line]


def _is_upper_line(line: str) -> bool:
    """At least two letters, all in capitals (str.isupper first: it settles nearly every line at C speed)."""
    return line.isupper() and sum(1 for c in line if c.isalpha()) >= 2


def paragraphs(text: str) -> list[str]:
    marked = _marked_lines(normalise(text))
    lines = [ln for ln, _ in marked]
    nonblank = [ln for ln in lines if ln]
    if not nonblank:
        return []
    lengths = sorted(len(ln) for ln in nonblank)
    width = lengths[int(len(lengths) * 0.8)]
    near = sum(1 for n in lengths if 0.75 * width <= n <= 1.1 * width) / len(lengths)
    wrapped = near >= 0.5 and width < 160
    blank_after = sum(1 for i, ln in enumerate(lines[:-1]) if ln and not lines[i + 1])
    blanks_mean_paragraph = blank_after < 0.5 * len(nonblank)

    out: list[str] = []
    last, last_mark = "", ""  # last physical line of the open paragraph, and its wrap mark
    laid_out = False  # a line of the open paragraph before `last` reached the right margin
    closed = False  # a blank line stood since
    for line, mark in marked:
        if not line:
            closed = closed or (blanks_mean_paragraph and bool(out and last))
            continue
        if out and last and (_broken_sentence(last, line) if closed
                             else _continues(last, line, wrapped, width, last_mark, laid_out)):
            out[-1] = _glue(out[-1], line)
            laid_out = laid_out or WRAPPED in last_mark
        else:
            out.append(line)
            laid_out = False
        last, last_mark, closed = line, mark, False
    return [re.sub(r"\s{2,}", " ", p).strip() for p in out if p.strip()]


def _glue(head: str, tail: str) -> str:
    if head[-1:] == "-" and (head[-2:-1].isalnum() or head[-2:-1] == "_") and tail[:1].islower():
        # a word hyphenated across the wrap (tested on the last characters: the paragraph grows long)
        return head[:-1] + tail
    return head.rstrip() + " " + tail.lstrip()


def _broken_sentence(prev: str, line: str) -> bool:
    """Across a blank line: a sentence cut by a stray break (a paragraph never starts in lower case)."""
    unfinished = not prev.rstrip().endswith((".", ";", ":", "!", "?")) and not _is_upper_line(prev)
    starts_low = (line[:1].islower() or line[:1] in "(,;") and not MARKER_RE.match(line)
    return unfinished and (starts_low or bool(_DANGLING_RE.search(prev) and not MARKER_RE.match(line)))


def _continues(prev: str, line: str, wrapped: bool, width: int, mark: str = "", laid_out: bool = False) -> bool:
    """Whether a physical line continues the paragraph whose last physical line is prev. From a PDF's geometry:
    `mark` says prev reached the right margin (the paragraph goes on), `laid_out` that an earlier line of the
    paragraph did (so the page was laid out by wrapping, and a line ending short ends the paragraph)."""
    if ANCHOR_RE.match(line) or ANCHOR_RE.match(prev) or OPENER_RE.match(line) or ISSUED_WITH_RE.match(line) or (
            ADDRESSEES_RE.match(line)):
        return False
    if prev.startswith("(") and prev.rstrip().endswith(")") and line[:1].isupper():
        return False  # '(Ban hành kèm theo … )' closed on its line: the title follows
    if MARKER_RE.match(line):
        # "- 2025" after "giai đoạn 2021" is a wrapped year range, not a bullet; nor is "- Thương binh và Xã hội"
        # after "Sở Lao động": a name's inner dash.
        # Nor is a name's inner dash ("Bộ Lao động" / "- Thương binh và Xã hội"), nor, after a line that reached the
        # right margin, a dash before a word in lower case ("kinh tế" / "- xã hội").
        return bool(re.match(r"[-–]\s*\d{4}\b", line) and re.search(r"\d{4}\s*$", prev)) or bool(
            line[:1] in "-–" and not prev.rstrip().endswith((".", ";", ":", "!", "?")) and (
                splits_name(prev, line) or (WRAPPED in mark and line[1:].lstrip()[:1].islower())))
    if _is_upper_line(line):
        if WRAPPED in mark and not _is_upper_line(prev):
            return True  # an acronym wrapped onto its own line
        return _is_upper_line(prev) and bool(MARKER_RE.match(prev)) and not prev.rstrip().endswith((".", ":"))
    first = line.lstrip()[:1]
    if first.islower() or first.isdigit() or first in "(,;.–-" or _DANGLING_RE.search(prev):
        return True
    if not prev.rstrip().endswith((".", ";", ":", "!", "?")) and splits_name(prev, line):
        return True  # 'Hội Liên hiệp' / 'Phụ nữ phường': an agency's name broken by the wrap
    if _is_upper_line(prev):
        return False
    if WRAPPED in mark:  # the page's geometry knows: the line reached the right margin and went on
        return True
    if laid_out or not wrapped:
        return False
    if MARKER_RE.match(prev) and not prev.startswith(("-", "–", "+")):
        return len(prev) >= 0.9 * width  # a numbered heading that fills its line runs on
    if len(prev) >= 0.8 * width:
        return True
    return not prev.rstrip().endswith((".", ";", ":", "!", "?")) and len(prev) >= 0.6 * width
