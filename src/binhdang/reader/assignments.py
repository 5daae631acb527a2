"""Who does what: the items of the implementation part (Tổ chức thực hiện)."""

from __future__ import annotations

import re
from typing import Any

from binhdang.lexicon.agencies import HEAD_WORDS, match_kind
from binhdang.reader.outline import Node, find_section, full_text

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
    section = find_section(outline, r"^(?:tổ chức thực hiện|trách nhiệm|phân công|giao nhiệm vụ)")
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
