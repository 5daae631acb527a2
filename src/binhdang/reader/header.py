"""The parts of a document that Nghị định 30/2020/NĐ-CP fixes: header, title, signature, recipients."""

from __future__ import annotations

import re

from binhdang.lexicon.agencies import HEAD_WORDS, expand_abbreviations, match_kind
from binhdang.lexicon.text import canonical
from binhdang.reader.clean import ADDRESSEES_RE, MARKER_RE, OPENER_RE, UP, _is_upper_line

KIND_NAMES = {
    "KẾ HOẠCH": "KH", "QUYẾT ĐỊNH": "QĐ", "BÁO CÁO": "BC", "NGHỊ QUYẾT": "NQ", "CHỈ THỊ": "CT",
    "THÔNG BÁO": "TB", "HƯỚNG DẪN": "HD", "CHƯƠNG TRÌNH": "CTr", "TỜ TRÌNH": "TTr", "ĐỀ ÁN": "ĐA",
    "CÔNG VĂN": "CV", "PHƯƠNG ÁN": "PA", "QUY CHẾ": "QC", "BIÊN BẢN": "BB", "CÔNG ĐIỆN": "CĐ",
}
KIND_BY_ABBREV = {abbr: name.capitalize() for name, abbr in KIND_NAMES.items()}
KIND_BY_ABBREV.update({"NĐ": "Nghị định", "TT": "Thông tư", "TTLT": "Thông tư liên tịch", "L": "Luật"})
# The other kinds of Nghị định 30/2020 (Phụ lục III); a symbol that starts with none of them is a công văn's.
KIND_BY_ABBREV.update({"QyĐ": "Quy định", "TC": "Thông cáo", "DA": "Dự án", "HĐ": "Hợp đồng", "GM": "Giấy mời",
                       "GGT": "Giấy giới thiệu", "GUQ": "Giấy ủy quyền", "BGN": "Bản ghi nhớ", "PC": "Phiếu chuyển"})
LETTER_SUBJECT_RE = re.compile(r"^(?:V/v|Về việc)\s*[:.]?\s*(.+)$", re.IGNORECASE)
KIND_LINE_RE = re.compile(r"^(" + "|".join(KIND_NAMES) + r")\b\s*[:.]?\s*(.*)$")
SYMBOL = r"[A-ZĐ][A-Za-zĐđ0-9&]*(?:\s*[-–]\s*[A-ZĐ][A-Za-zĐđ0-9&]*)*"
NUMBER_RE = re.compile(
    r"(?:Số|SỐ)\s*[:.]?\s*(?P<num>\d+[a-zA-Z]?)?\s*(?:/\s*(?P<year>\d{4}))?\s*/\s*(?P<sym>" + SYMBOL + r")"
)
PLACE_DATE_RE = re.compile(
    r"(?P<place>[^,\n]{2,60}?)\s*,\s*ngày\s*(?P<d>\d{1,2})?\s*(?:tháng|[/.-])\s*(?P<m>\d{1,2})?\s*(?:năm|[/.-])\s*"
    r"(?P<y>\d{4})"
)
MOTTO_RE = re.compile(r"CỘNG\s+H(?:OÀ|ÒA)|Độc\s+lập|ĐỘC\s+LẬP|Hạnh\s+phúc|HẠNH\s+PHÚC", re.IGNORECASE)
LEVEL_WORDS = ("thành phố", "thị xã", "thị trấn", "đặc khu", "tỉnh", "huyện", "quận", "xã", "phường")
AUTHORITY_RE = re.compile(r"^(KT|TM|TL|TUQ|Q)\s*\.\s*(.+)$")
POSITION_WORDS = (
    "CHỦ TỊCH", "GIÁM ĐỐC", "TRƯỞNG BAN", "HIỆU TRƯỞNG", "BỘ TRƯỞNG", "THỨ TRƯỞNG", "CHÁNH VĂN PHÒNG",
    "TRƯỞNG PHÒNG", "CỤC TRƯỞNG", "VIỆN TRƯỞNG", "TỔNG GIÁM ĐỐC", "BÍ THƯ", "TRƯỞNG ĐOÀN", "THỦ TRƯỞNG",
    "CHÁNH THANH TRA", "TRƯỞNG TRẠM", "CHI CỤC TRƯỞNG", "TRƯỞNG KHOA", "GIÁM ĐỐC SỞ",
)
POSITION_RE = re.compile(r"^(?:PHÓ\s+)?(?:" + "|".join(POSITION_WORDS) + r")\b")
NAME_RE = re.compile(r"^(?:" + UP + r"[^\s\d]*)(?:\s+" + UP + r"[^\s\d]*){1,5}$")


def kind_of(paragraph: str) -> tuple[str, str] | None:
    """('KH', rest of the line) for a document-kind line such as 'KẾ HOẠCH'."""
    m = KIND_LINE_RE.match(paragraph)
    if not m:
        # Legacy-font headings convert to lower case: accept the kind word standing alone in any case.
        alone = paragraph.strip(" .:").upper()
        return (KIND_NAMES[alone], "") if alone in KIND_NAMES else None
    rest = m.group(2).strip()
    if rest and _is_upper_line(rest) and len(rest) > 60:
        return None  # an upper-case sentence that merely starts with the word
    return KIND_NAMES[m.group(1)], rest


def parse_number(text: str) -> tuple[str | None, str | None]:
    m = NUMBER_RE.search(text)
    if not m:
        return None, None
    symbol = re.sub(r"\s+", "", m.group("sym")).replace("–", "-")
    if not m.group("num"):
        return None, symbol
    year = f"{m.group('year')}/" if m.group("year") else ""
    return f"{m.group('num')}/{year}{symbol}", symbol


def parse_place_date(text: str) -> tuple[str | None, str | None]:
    m = PLACE_DATE_RE.search(text)
    if not m:
        return None, None
    place = NUMBER_RE.sub("", m.group("place"))
    place = MOTTO_RE.split(place)[-1]
    place = re.split(r"\s{2,}|Hạnh phúc", place)[-1].strip(" -–:;.")
    y, mo, d = m.group("y"), m.group("m"), m.group("d")
    date = y if not mo else (f"{y}-{int(mo):02d}" if not d else f"{y}-{int(mo):02d}-{int(d):02d}")
    if mo and not 1 <= int(mo) <= 12 or d and not 1 <= int(d) <= 31:
        date = y
    return (place or None), date


def restore_case(text: str) -> str:
    """'ỦY BAN NHÂN DÂN TỈNH HẢI DƯƠNG' -> 'Ủy ban nhân dân tỉnh Hải Dương' (titles of the catalogue)."""
    if not _is_upper_line(text):
        return expand_abbreviations(" ".join(text.split()))
    text = expand_abbreviations(" ".join(text.split())).upper()
    kind = match_kind(text)
    words = text.split()
    out: list[str] = []
    start = 0
    if kind:
        n = len(kind.name.split())
        if canonical(" ".join(words[:n])) == canonical(kind.name):
            out = kind.name.split()
            start = n
    rest = " ".join(words[start:]).lower()
    if not out and rest:
        rest = rest[:1].upper() + rest[1:]
    for level in LEVEL_WORDS:  # proper names follow a level word
        m = re.search(rf"(?:^|\s){level}\s+(?!hội\b)(.+)$", rest)
        if m:
            rest = rest[: m.start(1)] + m.group(1).title()
            break
    else:
        # 'Bộ Giáo dục và Đào tạo', 'Sở Văn hóa, Thể thao và Du lịch': each field of the name is capitalised.
        if not out and _FIELD_NAME_RE.match(rest):
            rest = _FIELD_START_RE.sub(lambda m: m.group(1) + m.group(2).upper(), rest)
    # Acronyms have no vowel (THPT, THCS): they stay in capitals, and a school's proper name follows them.
    words = rest.split()
    acronym = next((i for i, w in enumerate(words) if w.isalpha() and not re.search(_VOWELS, w, re.I)), None)
    if acronym is not None:
        words = words[:acronym] + [words[acronym].upper()] + [w.title() for w in words[acronym + 1:]]
    rest = " ".join(words)
    return " ".join([*out, rest]).strip()


_VOWELS = "[aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]"
_FIELD_NAME_RE = re.compile(r"^(?:Bộ|Sở|Cục|Tổng cục|Chi cục|Vụ|Ban|Viện|Phòng|Trung tâm)\s", re.IGNORECASE)
_FIELD_START_RE = re.compile(
    r"(^(?:Bộ|Sở|Cục|Tổng cục|Chi cục|Vụ|Ban|Viện|Phòng|Trung tâm)\s+|\svà\s+|,\s*|\s[-–]\s+)(\w)", re.IGNORECASE
)


_TOP_BODIES = ("Chính phủ", "Quốc hội", "Thủ tướng", "Hội đồng", "Đại học", "Tập đoàn", "Tổng công ty", "Công ty")


def issuer_from_header(lines: list[str]) -> str | None:
    """The issuing body from the header's left block: the lowest of the bodies named there."""
    bodies: list[str] = []
    # The motto wrapped in its cell and read beside the issuer ('TỈNH HẢI DƯƠNG VIỆT NAM'): its last words.
    motto_wrapped = any(re.search(r"CHỦ\s+NGHĨA\s*$", line) for line in lines)
    for line in lines:
        if motto_wrapped:
            line = re.sub(r"\s+VIỆT\s+NAM\s*$", "", line)
        line = NUMBER_RE.sub("", MOTTO_RE.split(line)[0]).strip(" -–_")
        if len(line) < 3 or PLACE_DATE_RE.search(line) or not _is_upper_line(line):
            continue
        starts_body = bool(re.match(r"^(?:UBND|UB|HĐND)\b", line)) or any(
            line.upper().startswith(w.upper() + " ") for w in (*HEAD_WORDS, *_TOP_BODIES))
        if bodies and not starts_body:
            bodies[-1] += " " + line
        elif starts_body:  # a line in capitals that names no body ('THƯ VIỆN PHÁP LUẬT') is a portal's
            bodies.append(line)
    return restore_case(bodies[-1]) if bodies else None


_ISSUER_IN_TEXT = re.compile(
    r"(?P<who>(?:" + "|".join(re.escape(w) for w in HEAD_WORDS if w[0].isupper() and w != "Các")
    + r")\b[^;:]{0,80}?)\s+(?:ban hành|xây dựng|triển khai|báo cáo)\s+(?:Kế hoạch|kế hoạch|Quyết định|Báo cáo|báo cáo)"
)
_ISSUER_CLOSING = re.compile(r"(?:Kế hoạch|Báo cáo|Quyết định)[^.]{0,200}?\bcủa\s+(?P<who>[^./]{3,80}?)\s*\.?/\.")


def issuer_from_text(preamble: str, closing: str) -> str | None:
    """Without a header: 'Ủy ban nhân dân tỉnh ban hành Kế hoạch ...' or '... của Sở Kế hoạch và Đầu tư./.'."""
    found = None
    for m in _ISSUER_IN_TEXT.finditer(preamble.split(";")[-1] if preamble else ""):
        found = m.group("who")
    if not found:
        m2 = _ISSUER_CLOSING.search(closing)
        found = m2.group("who") if m2 else None
    return expand_abbreviations(found.strip()) if found else None


def level_of(place: str, text: str) -> str | None:
    """The level word the document puts before the place name most often ('tỉnh' in 'tỉnh Hải Dương')."""
    counts: dict[str, int] = {}
    before = re.compile(r"\b(" + "|".join(LEVEL_WORDS) + r")\s+$", re.IGNORECASE)
    after = re.compile(r"\w")
    lower, name = text.lower(), place.lower()
    at = lower.find(name) if len(lower) == len(text) else -1  # (lower case keeps Vietnamese offsets)
    while at >= 0:  # the place found as a plain substring first: a pattern opening on the level words is slow
        m = before.search(text, max(0, at - 40), at)
        if m and not after.match(text, at + len(name)):
            word = m.group(1).lower()
            counts[word] = counts.get(word, 0) + 1
        at = lower.find(name, at + 1)
    return max(counts, key=lambda w: counts[w]) if counts else None


_BARE_BODIES = {canonical(b) for b in ("Ủy ban nhân dân", "Hội đồng nhân dân")}


def complete_issuer(issuer: str | None, place: str | None, symbol: str | None, text: str) -> str | None:
    """'Ủy ban nhân dân tỉnh' + place -> 'Ủy ban nhân dân tỉnh Thái Bình'; '-UBND' alone -> UBND of place."""
    if issuer and place and re.search(r"\b(?:" + "|".join(LEVEL_WORDS) + r")$", issuer):
        return f"{issuer} {place}"
    if issuer and place and canonical(issuer) in _BARE_BODIES:
        # The block reduced to 'ỦY BAN NHÂN DÂN' (its second line lost): the place line names the unit, the text
        # says its level ('tỉnh Hải Dương').
        level = level_of(place, text)
        return f"{issuer} {level + ' ' if level else ''}{place}"
    if not issuer and symbol and symbol.endswith("UBND") and place:
        level = level_of(place, text)
        return f"Ủy ban nhân dân {level + ' ' if level else ''}{place}"
    return issuer


def position_case(text: str) -> str:
    """'PHÓ CHỦ TỊCH' -> 'Phó Chủ tịch'."""
    words = text.lower().split()
    if not words:
        return text
    out = [words[0].capitalize()]
    if words[0] == "phó" and len(words) > 1:
        out.append(words[1].capitalize())
        out.extend(words[2:])
    else:
        out.extend(words[1:])
    return " ".join(out)


_POSITION_IN_LINE = re.compile(r"\s(?=(?:PHÓ\s+)?(?:" + "|".join(POSITION_WORDS) + r")\b)")
_NAME_AT_END = re.compile(r"(?<=" + UP + r")\s+(?=" + UP + r"[a-zà-ỹđ]+(?:\s+" + UP + r"[a-zà-ỹđ]+){1,5}$)")


def _signature_lines(line: str) -> list[str]:
    """'KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn A' (a signature block pasted as one line) -> its three lines."""
    m = AUTHORITY_RE.match(line)
    head, name = (_NAME_AT_END.split(line, maxsplit=1) + [""])[:2]
    if m:
        cut = [c.start() for c in _POSITION_IN_LINE.finditer(head) if c.start() > m.start(2)]
        if cut:
            head = head[: cut[0]] + "\n" + head[cut[0] + 1:]
    return [piece for piece in [*head.split("\n"), name] if piece]


def parse_signer(tail: list[str]) -> dict[str, str | None] | None:
    """Authority line (KT./TM.), position and name from the paragraphs at the end of the document."""
    authority = position = name = None
    start = None
    tail = [piece for line in tail for piece in _signature_lines(line.strip(" *_").strip())]
    for i in range(len(tail) - 1, -1, -1):
        line = tail[i].strip(" *_")
        if AUTHORITY_RE.match(line) or POSITION_RE.match(line):
            start = i
            if AUTHORITY_RE.match(line):
                break
    if start is None:
        return None
    for line in tail[start:]:
        line = line.strip(" *_").strip()
        m = AUTHORITY_RE.match(line)
        if m and authority is None:
            authority = f"{m.group(1)}. {position_case(m.group(2))}"
            continue
        if POSITION_RE.match(line) and position is None:
            position = position_case(line)
            continue
        if name is None and NAME_RE.match(line) and not POSITION_RE.match(line) and len(line.split()) >= 2:
            name = line.title() if line.isupper() else line
    if position is None and authority and authority.startswith("KT."):
        position = "Phó " + authority[4:]  # KT. (ký thay) is signed by a deputy
    elif position is None and authority:
        position = None
    return {"name": name, "position": position, "authority": authority}


def is_signature_line(paragraph: str) -> bool:
    """An authority, position or name line of a signature block."""
    line = paragraph.strip(" *_")
    return bool(AUTHORITY_RE.match(line) or POSITION_RE.match(line) or (NAME_RE.match(line) and len(line) < 40))


def parse_recipients(paragraphs: list[str]) -> list[str]:
    out: list[str] = []
    started = False
    for para in paragraphs:
        if not started:
            m = re.match(r"^N[ơƠ]I\s+NH[Ậậ]N\s*:?\s*(.*)$", para, re.IGNORECASE)
            if m:
                started = True
                rest = m.group(1)
                if rest:
                    # "Nơi nhận: - A; - B - C;" pasted as one line: where items end with ";", a dash after a
                    # separator starts an item ("Bộ Lao động - TB&XH;" keeps its dash); without ";", any dash.
                    dash = r"(?:^|(?<=[;.,:]))\s*[-–+•]\s+" if ";" in rest else r"(?:^|\s)[-–+•]\s+"
                    items = re.split(dash, rest.strip())
                    out.extend(p for p in items if p.strip())
            continue
        if not re.match(r"^[-–+•]", para):
            break
        out.append(para)
    cleaned = []
    for item in out:
        item = re.sub(r"^[-–+•]\s*", "", item)
        item = re.split(r"\s{2,}(?:KT|TM|TL|Q)\s*\.|\s{2,}(?:PHÓ\s+)?(?:" + "|".join(POSITION_WORDS) + ")", item)[0]
        item = item.strip().rstrip(";,").strip()
        if item:
            cleaned.append(item)
    return cleaned


def split_title(paragraphs: list[str], start: int) -> tuple[str | None, int]:
    """The title lines after the kind line, and where the body begins. A title typed in capitals over two or
    three lines is read whole and given sentence case (`sentence_case`)."""
    parts: list[str] = []
    i = start
    while i < len(paragraphs) and len(parts) < 3:
        para = paragraphs[i]
        if MARKER_RE.match(para) or OPENER_RE.match(para) or re.search(r"\bsố\s+\d+/", para) or (
                ADDRESSEES_RE.match(para)):
            break
        if parts and _is_upper_line(para) != _is_upper_line(parts[0]):
            break
        parts.append(para)
        i += 1
        if para.endswith((".", ":")):
            break
    title = " ".join(parts).strip(" .") or None
    if title and _is_upper_line(title):
        title = sentence_case(title, paragraphs[i:])
    return title, i


def sentence_case(title: str, body: list[str]) -> str:
    """'THỰC HIỆN CÔNG TÁC … TỈNH HẢI DƯƠNG NĂM 2022' -> 'Thực hiện công tác … tỉnh Hải Dương năm 2022': lower
    case but for the first word, acronyms (no vowel: THPT, UBND) and the words the document itself writes with a
    capital inside its sentences more often than without one (proper names)."""
    capital: dict[str, int] = {}
    small: dict[str, int] = {}
    for para in body:
        words = para.split()
        for prev, word in zip(words, words[1:], strict=False):
            if not word[:1].isalpha() or prev.endswith((".", ":", ";", "?", "!")) or word.isupper():
                continue
            key = word.strip(",.;:()\"“”").lower()
            (capital if word[:1].isupper() else small)[key] = (capital if word[:1].isupper() else small).get(key, 0) + 1
    out: list[str] = []
    for k, word in enumerate(title.lower().split()):
        key = word.strip(",.;:()\"“”")
        if k == 0 or capital.get(key, 0) >= 2 and capital.get(key, 0) > small.get(key, 0):
            word = word[:1].upper() + word[1:]
        elif key.isalpha() and not re.search(_VOWELS, key, re.IGNORECASE):
            word = word.upper()
        out.append(word)
    return " ".join(out)
