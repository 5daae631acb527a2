"""Dates in Vietnamese prose: deadlines ('trước ngày 15/3/2022') and events ('từ ngày 15/11 đến 15/12')."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

_DMY = r"(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})(?:\s*[/.-]\s*(?P<y>\d{4}))?"
_DMY_WORDS = r"(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})(?:\s+năm\s+(?P<y2>\d{4}))?"
DATE_RE = re.compile(rf"(?:{_DMY}|{_DMY_WORDS})(?![\d/])")

DEADLINE_RE = re.compile(
    r"(?:trước|chậm nhất|muộn nhất|hạn chót|không muộn hơn|hoàn thành trong)\s+(?:là\s+)?(?:ngày\s+)?"
    + rf"(?:{_DMY}|{_DMY_WORDS})(?![\d/])", re.IGNORECASE)
RANGE_RE = re.compile(
    r"từ\s+(?:ngày\s+)?(?P<d1>\d{1,2})\s*/\s*(?P<m1>\d{1,2})(?:\s*/\s*(?P<y1>\d{4}))?\s*(?:đến|[-–])\s*(?:hết\s+)?(?:ngày\s+)?"
    r"(?P<d2>\d{1,2})\s*/\s*(?P<m2>\d{1,2})(?:\s*/\s*(?P<y2>\d{4}))?(?![\d/])", re.IGNORECASE)
MONTH_EVENT_RE = re.compile(
    r"(?P<name>Tháng\s+(?:hành động|cao điểm)[^()]{0,120}?)\(\s*tháng\s+(?P<m>\d{1,2})\s*(?:/|\s+năm\s+)(?P<y>\d{4})\s*\)"
)
DAY_EVENT_RE = re.compile(r"(?<![\d/.])(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})(?![\d/]|\s*/\s*\d)")
# Days the field observes every year; a bare day/month near "ngày" is an event only when it is one of them
# or is named as a day ("Ngày ...", "kỷ niệm", "nhân dịp").
NAMED_DAYS = {
    (8, 3): "Ngày Quốc tế Phụ nữ", (20, 10): "Ngày Phụ nữ Việt Nam", (28, 6): "Ngày Gia đình Việt Nam",
    (25, 11): "Ngày Quốc tế xóa bỏ bạo lực đối với phụ nữ", (1, 6): "Ngày Quốc tế Thiếu nhi",
    (11, 10): "Ngày Quốc tế trẻ em gái", (30, 7): "Ngày Thế giới phòng, chống mua bán người",
}


_LABEL_RE = re.compile(r"^(?:thời gian|thời hạn|tiến độ)(?: thực hiện| hoàn thành)?$", re.IGNORECASE)


def _iso(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def parse_date_at(text: str, pos: int) -> str | None:
    m = DATE_RE.match(text, pos)
    if not m:
        return None
    d, mo, y = (m.group("d"), m.group("m"), m.group("y")) if m.group("d") else (m.group("d2"), m.group("m2"), m.group("y2"))
    return _iso(int(y), int(mo), int(d)) if y else None


def _month_end(y: int, m: int) -> int:
    return (date(y + m // 12, m % 12 + 1, 1) - date(y, m, 1)).days


# A deadline needs one of these words and a digit; looking for them first spares the pattern most paragraphs.
_DEADLINE_WORDS = ("trước", "chậm nhất", "muộn nhất", "hạn chót", "không muộn hơn", "hoàn thành trong")


def deadlines(paragraphs: list[str], year: int | None) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for para in paragraphs:
        lower = para.lower()
        if not any(word in lower for word in _DEADLINE_WORDS):
            continue
        for m in DEADLINE_RE.finditer(para):
            d, mo, y = (m.group("d"), m.group("m"), m.group("y")) if m.group("d") else (
                m.group("d2"), m.group("m2"), m.group("y2"))
            y_int = int(y) if y else year
            due = _iso(y_int, int(mo), int(d)) if y_int else None
            if not due or due in seen:
                continue
            seen.add(due)
            # What is due: the clause before the date, passing over a bare label ('thời gian:').
            pieces = [p.strip(" ,-–+•") for p in re.split(r"[;:(]|\.\s|\svà\s(?=[A-ZĐ])", para[: m.start()])]
            clause = next((p for p in reversed(pieces) if p and not _LABEL_RE.match(p)), "")
            what = re.sub(r"\s*(?:gửi|nộp)?\s*(?:về\s+.+)?$", "", clause).strip() or None
            to = re.search(r"(?:gửi|nộp)\s+(?:về\s+)?([A-ZĐ].+?)(?=\s+(?:để|trước)\b|[,;(]|$)", clause)
            out.append({"what": what, "due": due, "to": to.group(1) if to else None, "text": para[
                max(0, m.start() - 120): m.end()].strip()})
    return out


def events(paragraphs: list[str], year: int | None) -> list[dict[str, Any]]:
    found: dict[tuple[str, str], str | None] = {}
    for para in paragraphs:
        covered: list[tuple[int, int]] = []
        slashed = "/" in para  # day/month ranges and days are written with one
        for m in RANGE_RE.finditer(para) if slashed else ():
            y2 = int(m.group("y2") or m.group("y1") or year or 0)
            y1 = int(m.group("y1") or y2)
            if int(m.group("m1")) > int(m.group("m2")) and not m.group("y1"):
                y1 = y2 - 1
            a, b = _iso(y1, int(m.group("m1")), int(m.group("d1"))), _iso(y2, int(m.group("m2")), int(m.group("d2")))
            if a and b and a <= b and not re.search(r"(?:trước|báo cáo)\s*$", para[: m.start()], re.I):
                name = re.findall(r"(Tháng\s+(?:hành động|cao điểm)[^;(“”\"]{0,120}?)\s*(?:[(“”\"]|$)", para[: m.start()])
                found.setdefault((a, b), name[-1].strip() if name else None)
            covered.append(m.span())
        for m in MONTH_EVENT_RE.finditer(para) if "Tháng" in para else ():
            y, mo = int(m.group("y")), int(m.group("m"))
            if 1 <= mo <= 12:
                found.setdefault((f"{y}-{mo:02d}-01", f"{y}-{mo:02d}-{_month_end(y, mo):02d}"), m.group("name").strip())
        if year is None or not slashed:
            continue
        for m in DAY_EVENT_RE.finditer(para):
            if any(a <= m.start() < b for a, b in covered):
                continue
            d, mo = int(m.group("d")), int(m.group("m"))
            before = para[max(0, m.start() - 40): m.start()]
            if re.search(r"(?:trước|chậm nhất|hạn)\s+(?:ngày\s+)?$", before, re.I):
                continue
            named = (d, mo) in NAMED_DAYS
            if named and re.search(r"\b(?:ngày|Ngày|kỷ niệm|dịp|\()", before) or (
                    re.search(r"\b(?:Ngày|kỷ niệm|nhân dịp)\b[^,;]{0,30}$", before) and 1 <= mo <= 12):
                iso = _iso(year, mo, d)
                if iso:
                    found.setdefault((iso, iso), NAMED_DAYS.get((d, mo)))
    return [{"name": name, "from": a, "to": b} for (a, b), name in sorted(found.items())]
