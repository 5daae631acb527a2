"""Documents a plan cites: 'Kế hoạch số 3239/KH-UBND ngày 01/9/2021 của UBND tỉnh về ...'."""

from __future__ import annotations

import re

from binhdang.reader.dates import parse_date_at
from binhdang.reader.header import KIND_BY_ABBREV

DOC_KINDS = (
    "Bộ luật", "Luật", "Nghị quyết liên tịch", "Nghị quyết", "Nghị định", "Quyết định", "Kế hoạch", "Chỉ thị",
    "Thông tư liên tịch", "Thông tư", "Công văn", "Văn bản", "Hướng dẫn", "Chương trình", "Thông báo",
    "Kết luận", "Đề án", "Công điện",
)
_KIND = "(?P<kind>" + "|".join(DOC_KINDS) + ")"
_NUMBER = (r"(?P<number>\d+[a-zA-Z]?(?:\s*/\s*\d{4})?\s*/\s*[A-ZĐ][A-Za-zĐđ0-9&]*(?:\s*[-–]\s*[A-ZĐ][A-Za-zĐđ0-9&]*)*"
           r"|\d+\s*[-–]\s*[A-Z]{2,4}\s*/\s*[A-Z]{2,4})")
CITATION_RE = re.compile(rf"(?:{_KIND}\s+)?(?:số\s*:?\s*)?{_NUMBER}")
# A law's name may hold commas ("Luật Phòng, chống bạo lực gia đình"); it ends at its date.
LAW_RE = re.compile(r"(?P<title>(?:Bộ luật|Luật)\s+[A-ZĐ][^;()]*?)\s+(?:ngày|năm)\s+(?P<rest>\d)")


def clean_number(number: str) -> str:
    return re.sub(r"\s+", "", number).replace("–", "-")


def citations(text: str) -> list[dict[str, str | None]]:
    out: list[dict[str, str | None]] = []
    seen: set[str] = set()
    for m in CITATION_RE.finditer(text):
        number = clean_number(m.group("number"))
        if number in seen:
            continue
        seen.add(number)
        kind = m.group("kind")
        if not kind:
            head = re.split(r"[-/]", number.split("/", 1)[1])[0] if "/" in number else ""
            kind = KIND_BY_ABBREV.get(head)
            if kind is None and "-" in number.split("/", 1)[0]:  # party style: 11-NQ/TW
                kind = KIND_BY_ABBREV.get(number.split("-", 1)[1].split("/")[0])
        after = text[m.end(): m.end() + 300]
        date = None
        dm = re.match(r"\s*,?\s*(?:ban hành\s+)?ngày\s+", after)
        if dm:
            date = parse_date_at(after, dm.end())
        issuer = title = None
        clause = re.split(r";|\.\s", after, maxsplit=1)[0]
        im = re.search(r"\bcủa\s+(.+?)(?=\s+(?:về|phê duyệt|ban hành|hướng dẫn|quy định|thực hiện)\b|[(]|$)", clause[:160])
        if im:
            issuer = im.group(1).strip(" ,.")
            clause = clause[im.end():]
        else:
            clause = re.sub(r"^\s*,?\s*(?:ban hành\s+)?ngày\s+\S+", "", clause)
        title = re.sub(r"^\s*(?:về việc|về|V/v)\s+", "", clause).strip(" ,.") or None
        out.append({"kind": kind, "number": number, "date": date, "issuer": issuer, "title": title})
    for m in LAW_RE.finditer(text):  # laws are cited by name and date, without a number
        after = text[m.start("rest"): m.start("rest") + 40]
        out.append({"kind": "Bộ luật" if m.group("title").startswith("Bộ") else "Luật", "number": None,
                    "date": parse_date_at(after, 0), "issuer": None, "title": m.group("title")})
    return out
