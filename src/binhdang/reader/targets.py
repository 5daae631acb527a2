"""Objectives (mục tiêu) and their numeric targets (chỉ tiêu) with measures."""

from __future__ import annotations

import re
from typing import Any

from binhdang.reader.outline import Node, find_section, full_text, walk, walk_above

_NUM = r"(?P<value>\d+(?:[.,]\d+)?)"
# A measure: a percentage, a rate per 100/1,000/100,000, or a number of times.
MEASURE_RE = re.compile(
    _NUM + r"\s*(?:(?P<pct>%)|(?P<rate>[^\d/%;.]{0,40}?/\s*(?P<base>100(?:[.,]?000)*|1[.,]?000))(?![\d])"
    r"|\s*(?P<times>lần)\b)"
)
# Words offices put between a comparator and its figure: 'tối đa là 10%', 'dưới mức 5%', 'ở mức'.
_FILL = r"(?:\s*(?:là|mức|ở mức)\b)*\s*$"
_COMPARATORS: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p, re.IGNORECASE), c) for p, c in (
    (r"(?:≤|<=)" + _FILL, "<="),
    (r"(?:≥|>=)" + _FILL, ">="),
    (r"<\s*$", "<"),
    (r">\s*$", ">"),
    (r"(?:không vượt quá|không quá|tối đa|không cao hơn|không lớn hơn)" + _FILL, "<="),
    (r"(?:ít nhất|tối thiểu|không dưới|không thấp hơn|không ít hơn)" + _FILL, ">="),
    (r"\bgiảm\s*$", "reduce_by"),
    (r"\btăng\s*$", "increase_by"),
    (r"(?:xuống|còn)\s*(?:còn\s*)?dưới" + _FILL, "<"),  # 'xuống dưới 5%': below it
    (r"(?:xuống|còn)\s*(?:còn\s*)?" + _FILL, "<="),
    (r"\b(?:trên|hơn|vượt)" + _FILL, ">"),
    (r"\bdưới" + _FILL, "<"),
    (r"\b(?:khoảng|bằng|ở mức)\s*$", "="),
    (r"\blên\s*(?:mức\s*)?$", ">="),
))
_CONDITION_RE = re.compile(r"\b(?:nếu|trong trường hợp|khi có)\b")
# The year a measure is due, next to it: "25% vào năm 2025", "năm 2030 đạt 30%" (never "so với năm 2020").
_YEAR_AFTER = re.compile(r"(?:(?!so với)[^;\d]){0,24}?\b(?:vào|đến|trước|tới|trong)?\s*(?:cuối\s+)?năm\s+(\d{4})")
_YEAR_BEFORE = re.compile(r"(?<!so với )(?:[Nn]ăm|NĂM)\s+(\d{4})(?![\d-])[^;\d%]{0,40}$")


def _number(text: str) -> float:
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", text):  # Vietnamese thousands: 100.000
        return float(text.replace(".", ""))
    return float(text.replace(",", "."))


def measures(text: str, default_year: int | None) -> list[dict[str, Any]]:
    text = _CONDITION_RE.split(text)[0]
    by_m = re.search(r"(?:vào|đến|trước|tới)\s+năm\s+(\d{4})", text)
    by = int(by_m.group(1)) if by_m else default_year
    out: list[dict[str, Any]] = []
    for m in MEASURE_RE.finditer(text):
        before = text[max(0, m.start() - 40): m.start()]
        after = text[m.end(): m.end() + 15]
        comparator = ">="
        for pattern, comp in _COMPARATORS:
            if pattern.search(before):
                comparator = comp
                break
        if re.match(r"\s*trở xuống", after):
            comparator = "<="
        if m.group("pct"):
            unit = "%"
        elif m.group("base"):
            unit = f"per {int(_number(m.group('base')))}"
        else:
            unit = "times"
        subject = re.split(r"[,;:]|\bđạt\b", text[: m.start()])[-1].strip() or None
        if subject is None:  # the figure leads: '70% cán bộ, công chức … được truyền thông; 50% người dân …'
            subject = re.split(r";|\.\s", text[m.end():])[0].strip(" ,.") or None
        clause = text[text.rfind(";", 0, m.start()) + 1: m.start()]
        near = _YEAR_AFTER.match(text, m.end()) or _YEAR_BEFORE.search(clause)
        out.append({"subject": subject, "comparator": comparator, "value": _number(m.group("value")),
                    "unit": unit, "by": int(near.group(1)) if near else by})
    return out


def objectives(outline: list[Node], default_year: int | None) -> list[dict[str, Any]]:
    section = find_section(outline, r"^(?:mục tiêu|(?:các |một số )?chỉ tiêu)", exclude=r"MỤC ĐÍCH")
    if section is None:
        return []
    result: list[dict[str, Any]] = []
    current: dict[str, Any] | None = None
    for node in walk(section["items"]):
        text = (node["title"] or node["text"] or "").strip()
        om = re.match(r"^Mục tiêu\s*(\d+)?\s*[:.]?\s*(.*)", text, re.IGNORECASE)
        tm = re.match(r"^Chỉ tiêu\s*(\d+)?\s*[:.]?\s*(.*)", text, re.IGNORECASE)
        if om and not tm:
            current = {"number": om.group(1), "text": om.group(2).strip() or text, "targets": []}
            result.append(current)
            continue
        if node["items"] and not tm:
            continue  # a heading: its children carry the targets
        body = tm.group(2) if tm else full_text(node)
        found = measures(body, default_year)
        if not found:
            continue
        if current is None:
            current = {"number": None, "text": section["title"], "targets": []}
            result.append(current)
        current["targets"].append({"number": tm.group(1) if tm else None, "text": body, "measures": found})
    return [o for o in result if o["targets"]]


_ACTIVITY_GOAL_RE = re.compile(r"^(?:Mục tiêu|Chỉ tiêu)(?:\s+(?:của|cụ thể|đến năm \d{4}))?\s*[:.]\s*(?P<text>.+)$",
                               re.IGNORECASE | re.DOTALL)


def content_targets(outline: list[Node], default_year: int | None, skip: list[Node | None]) -> list[dict[str, Any]]:
    """Targets of the contents: an activity's own 'Mục tiêu: 70% cán bộ … được truyền thông' (outside the
    objectives part and the parts in `skip`), read as targets of that content item: `section` (its numbers,
    'II.1'), `section_title`, and the targets with their measures."""
    objectives_part = find_section(outline, r"^(?:mục tiêu|(?:các |một số )?chỉ tiêu)", exclude=r"MỤC ĐÍCH")
    out: list[dict[str, Any]] = []
    for node, above in walk_above(outline, (), objectives_part, *skip):
        own = (node["title"] or node["text"] or "").lstrip()
        if not own[:9].lower().startswith(("mục tiêu", "chỉ tiêu")):
            continue  # (the label on the item's own line: its whole text is gathered only then)
        m = _ACTIVITY_GOAL_RE.match(full_text(node).strip())
        items = [a for a in above if a["number"]]
        if not m or not items:
            continue
        found = measures(m.group("text"), default_year)
        if not found:
            continue
        target = {"number": None, "text": m.group("text").strip(), "measures": found}
        section = ".".join(a["number"] for a in items)
        if out and out[-1]["section"] == section:
            out[-1]["targets"].append(target)
        else:
            out.append({"section": section, "section_title": items[-1]["title"], "targets": [target]})
    return out

