"""Who does what: the items of the implementation part (Tổ chức thực hiện), the partners each names ('chủ trì,
phối hợp với Y, Z'), and the activities of the other parts that name their own implementers ('Cơ quan thực
hiện: X chủ trì, phối hợp với …'; 'giao X chủ trì')."""

from __future__ import annotations

import re
from typing import Any

from binhdang.lexicon.agencies import HEAD_WORDS, match_kind
from binhdang.reader.outline import Node, find_section, full_text, walk_above

# Lower-case words that begin a duty right after the agency names ("Sở Y tế chủ trì, ...").
DUTY_STARTERS = (
    "chủ trì", "phối hợp", "chịu trách nhiệm", "có trách nhiệm", "trong phạm vi", "căn cứ", "tăng cường",
    "tăng", "theo chức năng", "theo dõi", "tham mưu", "hướng dẫn", "thực hiện", "triển khai", "xây dựng",
    "tham gia", "đẩy mạnh", "tiếp tục", "bố trí", "đảm bảo", "bảo đảm", "nghiên cứu", "được giao", "là cơ quan",
    "kiểm tra", "tuyên truyền", "lồng ghép", "rà soát", "chỉ đạo", "thường xuyên", "giám sát", "cung cấp",
    "quản lý", "tổng hợp", "định kỳ", "chủ động", "phụ trách công tác", "làm đầu mối", "là đầu mối",
)
_STARTER_RE = re.compile(r"\s(?:" + "|".join(re.escape(s) for s in DUTY_STARTERS) + r")\b")
_HEAD_RE = re.compile(
    r"^(?:" + "|".join(re.escape(w) for w in sorted(HEAD_WORDS, key=len, reverse=True)) + r")\b"
)
# "tổ chức" is a noun in "các tổ chức thành viên" and a verb in "tổ chức triển khai".
_ORGANISE_VERB = re.compile(r"(?<!các)(?<!những)\s(tổ chức)\s+(?:triển khai|thực hiện|các|tuyên truyền|tập huấn)")
_REQUEST_RE = re.compile(r"^(?:Đề nghị|Giao|Yêu cầu|Trân trọng đề nghị)\s+", re.IGNORECASE)
_CLOSING_RE = re.compile(r"^(?:Trên đây là|Nhận (?:được )?(?:Kế hoạch|Quyết định|văn bản) này)", re.IGNORECASE)


def split_heading(heading: str) -> tuple[list[str], str, str | None]:
    """('Sở A, Sở B', 'rest of the heading', role) from an item's first paragraph."""
    text = _REQUEST_RE.sub("", heading.strip())
    cut = len(text)
    colon = re.search(r"\s*:\s*|\.\s+(?=[A-ZĐÀ-Ỹ])|\.\s*$", text)
    if colon:
        cut = colon.start()
    starter = _STARTER_RE.search(text[:cut])
    if starter:
        cut = starter.start()
    verb = _ORGANISE_VERB.search(text)  # on the whole heading: "… tỉnh tổ chức thực hiện" may span the cut
    if verb and verb.start() < cut:
        cut = verb.start()
    names = text[:cut].strip(" ,;.")
    rest = text[cut:].strip()
    rest = re.sub(r"^[:.]\s*", "", rest)
    lowered = rest[:60].lower()
    role = "lead" if "chủ trì" in lowered else ("coordinate" if lowered.startswith("phối hợp") else None)
    return split_agencies(names), rest, role


def split_agencies(names: str) -> list[str]:
    """'Báo X, Đài Phát thanh và Truyền hình X và các cơ quan ...' -> three agencies (names keep their commas)."""
    parts: list[str] = []
    pos = 0
    for m in re.finditer(r"\s*(?:,|;|\svà\s|\svới\s)\s*", names):
        after = names[m.end():]
        if _HEAD_RE.match(after) and not after.startswith("các cấp"):
            parts.append(names[pos:m.start()])
            pos = m.end()
    parts.append(names[pos:])
    return [p.strip(" ,;.") for p in parts if p.strip(" ,;.")]


def _duties(node: Node, rest: str) -> list[str]:
    duties: list[str] = []
    if rest and not rest.endswith(":"):
        duties.append(rest)
    for child in node["items"]:
        text = full_text(child)
        if _CLOSING_RE.match(text):
            break
        duties.append(text)
    return duties


def assignments(outline: list[Node]) -> list[dict[str, Any]]:
    """The implementation part's assignments, each with its role always set (an agency named with its own duties
    leads them, unless they start with 'phối hợp' or 'tham gia') and the partners its duties name."""
    out = _implementation(outline)
    for entry in out:
        if entry["role"] is None:
            helping = entry["duties"] and all(re.match(r"(?:phối hợp|tham gia)\b", d, re.IGNORECASE)
                                              for d in entry["duties"])
            entry["role"] = "coordinate" if helping else "lead"
        entry["partners"] = [p for p in partners(" ".join(entry["duties"])) if p not in entry["agencies"]]
    return out


def _implementation(outline: list[Node]) -> list[dict[str, Any]]:
    section = find_section(outline, IMPLEMENTATION)
    if section is None:
        return []
    out: list[dict[str, Any]] = []
    for node in [n for n in section["items"] if n["number"]]:
        agencies, rest, role = split_heading(node["title"] or "")
        if agencies:
            out.append({"agencies": agencies, "role": role, "duties": _duties(node, rest), "number": node["number"]})
    if out:
        return out
    # Communes often list the agencies with bullets ('- Công an xã: …'): a bullet that names an agency, its
    # duties under it or in the plain paragraphs that follow it.
    for node in section["items"]:
        if node.get("_kind") != "dash":
            if out and node["text"] and not _CLOSING_RE.match(node["text"]):
                out[-1]["duties"].append(node["text"])
            continue
        agencies, rest, role = split_heading(node["title"] or "")
        if agencies and (_HEAD_RE.match(agencies[0]) or match_kind(agencies[0])):
            out.append({"agencies": agencies, "role": role, "duties": _duties(node, rest), "number": None})
    return out


IMPLEMENTATION = r"^(?:tổ chức thực hiện|trách nhiệm|phân công|giao nhiệm vụ)"
# 'phối hợp với Y, Z và các cơ quan liên quan triển khai …': the partners run to the next verb or clause.
_PARTNERS_RE = re.compile(r"\bphối hợp (?:với|cùng)\s+(?P<names>[^.;:()]+)", re.IGNORECASE)
_PARTNERS_LABEL_RE = re.compile(r"(?:cơ quan|đơn vị) phối hợp\s*:\s*(?P<names>[^.;()]+)", re.IGNORECASE)
_PARTNERS_END = re.compile(
    r",?\s(?:trong|để|nhằm|theo|tại|thực hiện|triển khai|tổ chức|xây dựng|hướng dẫn|tham mưu|kiểm tra|"
    r"tuyên truyền|rà soát|đánh giá|báo cáo|giải quyết|hỗ trợ|cung cấp|tập huấn|lồng ghép|chỉ đạo|phân tích|"
    r"vận động|căn cứ|tăng cường|đề xuất|nghiên cứu|tổng hợp|bố trí|huy động|thu thập|phổ biến)\b"
    # a vague tail: '… và (các) đơn vị liên quan'
    r"|\s+và\s+(?:các\s+)?(?:đơn vị|cơ quan|địa phương|tổ chức|ngành)\b")


def partners(text: str) -> list[str]:
    """The agencies a duty names as partners: 'X chủ trì, phối hợp với Sở Y tế, Hội Liên hiệp Phụ nữ tỉnh tổ
    chức …' -> ['Sở Y tế', 'Hội Liên hiệp Phụ nữ tỉnh']; vague ones ('các cơ quan có liên quan') are left out."""
    found: list[str] = []
    if "phối hợp" not in text.lower():
        return found
    for m in [*_PARTNERS_RE.finditer(text), *_PARTNERS_LABEL_RE.finditer(text)]:
        names = m.group("names")
        end = _PARTNERS_END.search(names)
        names = names[: end.start()] if end else names
        for name in split_agencies(names):
            name = re.sub(r"^(?:các|và)\s+(?=[A-ZĐ])", "", name).strip()
            if name and name not in found and (name[0].isupper() or match_kind(name)) and len(name) < 120:
                found.append(name)
    return found


# 'c) Cơ quan thực hiện: X chủ trì, phối hợp với …' under an activity; 'Cơ quan chủ trì: X'.
_IMPLEMENTERS_RE = re.compile(
    r"^(?:cơ quan|đơn vị|trách nhiệm)\s+(?:thực hiện|chủ trì|triển khai)(?:\s+và\s+phối hợp)?\s*:\s*(?P<rest>.+)$",
    re.IGNORECASE)
# '…, giao Sở Văn hóa, Thể thao và Du lịch chủ trì, triển khai thực hiện'; 'do Sở Y tế chủ trì'.
_GIVEN_RE = re.compile(r"\b(?:giao(?: cho)?|do)\s+(?P<lead>(?:" + "|".join(
    re.escape(w) for w in sorted(HEAD_WORDS, key=len, reverse=True) if w[0].isupper()) + r")\b[^.;:]{0,120}?)\s+chủ trì")


def content_assignments(outline: list[Node]) -> list[dict[str, Any]]:
    """Activities outside the implementation part that name their implementers, kept with the content item they
    belong to: `section` (the numbers of the items above, 'II.1'), `section_title`, the lead agencies (role
    'lead'), the duty (the activity), the partners named with them, and `text`, where it was read."""
    skip = find_section(outline, IMPLEMENTATION)
    out: list[dict[str, Any]] = []
    for node, above in walk_above(outline, (), skip):
        text = (node["title"] or node["text"] or "").strip()
        if "chủ trì" not in text and "thực hiện" not in text and "triển khai" not in text:
            continue  # neither a label of implementers nor 'giao X chủ trì'
        m = _IMPLEMENTERS_RE.match(text)
        if m:
            owner = next((a for a in reversed(above) if a["number"]), None)
            if owner is None:
                continue
            duty = owner["title"] or ""
            lead_text = re.split(r"\s+chủ trì\b|;\s*(?:cơ quan|đơn vị) phối hợp|\s*,?\s*phối hợp (?:với|cùng)",
                                 m.group("rest"), maxsplit=1, flags=re.IGNORECASE)[0]
            leads = [a for a in split_agencies(lead_text) if a[:1].isupper() or match_kind(a)]
            rest = m.group("rest") + " " + " ".join(full_text(c) for c in node["items"])
            source = full_text(owner)
            section_of = [*above[: above.index(owner) + 1]]
        else:
            g = _GIVEN_RE.search(text)
            if not g or node["items"] and node.get("_kind") != "dash":
                continue
            leads = split_agencies(g.group("lead"))
            duty, rest = full_text(node), text[g.start():]
            source = duty
            section_of = [a for a in above if a["number"]]
        if not leads:
            continue
        # The content item: the deepest numbered item above (not a lettered sub-item such as 'c) Các mô hình').
        items = [a for a in section_of if a["number"]]
        while len(items) > 1 and items[-1].get("_kind") == "letter":
            items.pop()
        section_of = items
        owner = items[-1] if items else None
        out.append({
            "section": ".".join(a["number"] for a in section_of if a["number"]) or None,
            "section_title": owner["title"] if owner else None,
            "agencies": leads, "role": "lead", "duties": [duty] if duty else [],
            "partners": [p for p in partners(rest) if p not in leads],
            "text": source,  # where it was read: the content item, or the activity naming its lead
        })
    return out

