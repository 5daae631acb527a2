"""Offices number the parts of a plan in several ways; each reads as the same outline, so objectives,
targets and assignments are found whatever the convention."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from binhdang.reader import parse_file
from binhdang.reader.parse import parse_text
from tests.conftest import SEEDS
from tests.reader.helpers import essence

_ROMAN = r"(?m)^(\s*)(VIII|VII|VI|IV|V|III|II|I)\.\s*"
_LETTER_OF = {"I": "A", "II": "B", "III": "C", "IV": "D", "V": "Đ", "VI": "E", "VII": "G", "VIII": "H"}

CONVENTIONS: dict[str, Callable[[str], str]] = {
    # 'A. MỤC TIÊU', 'B. NỘI DUNG' for the parts
    "letters": lambda t: re.sub(_ROMAN, lambda m: f"{m.group(1)}{_LETTER_OF[m.group(2)]}. ", t),
    # 'Phần I. MỤC TIÊU'
    "phan": lambda t: re.sub(_ROMAN, lambda m: f"{m.group(1)}Phần {m.group(2)}. ", t),
    # '1/ Sở Tư pháp: …', as many communes number their items
    "items-slash": lambda t: re.sub(r"(?m)^(\d{1,2})\. ", r"\1/ ", t),
    # 'a. ...' instead of 'a) ...' for lettered items
    "letter-dot": lambda t: re.sub(r"(?m)^(\s*)([a-đ])\)", r"\1\2.", t),
    # the implementation part named by its responsibilities
    "trach-nhiem": lambda t: re.sub(r"(?m)^(\s*[IVX]+\.\s*)TỔ CHỨC THỰC HIỆN", r"\1TRÁCH NHIỆM CỦA CÁC CƠ QUAN, ĐƠN VỊ", t),
    # the objectives part named by its targets
    "chi-tieu": lambda t: re.sub(r"(?m)^(\s*[IVX]+\.\s*)MỤC TIÊU\s*$", r"\1CHỈ TIÊU CỤ THỂ", t),
}


@pytest.mark.parametrize("convention", CONVENTIONS)
@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem[:3])
def test_same_plan_whatever_the_numbering(seed: Path, convention: str) -> None:
    text = CONVENTIONS[convention](seed.read_text(encoding="utf-8"))
    assert essence(parse_text(text)) == essence(parse_file(seed))


def test_parts_nest_their_items() -> None:
    plan = parse_text("KẾ HOẠCH\nVề bình đẳng giới năm 2024\nA. MỤC TIÊU\n1. Mục tiêu chung\n"
                      "a. Nâng cao nhận thức.\nb. Giảm bạo lực gia đình.\n"
                      "B. TỔ CHỨC THỰC HIỆN\n1. Công an xã: chủ trì tuyên truyền.\n2. Trạm Y tế: phối hợp.\n")
    assert [(s["number"], s["title"], len(s["items"])) for s in plan["sections"]] == [
        ("A", "MỤC TIÊU", 1), ("B", "TỔ CHỨC THỰC HIỆN", 2)]
    assert [(i["number"], i["title"]) for i in plan["sections"][0]["items"][0]["items"]] == [
        ("a", "Nâng cao nhận thức."), ("b", "Giảm bạo lực gia đình.")]
    assert [a["agencies"] for a in plan["assignments"]] == [["Công an xã"], ["Trạm Y tế"]]


def test_the_implementation_part_is_the_shallowest_match() -> None:
    """An item about responsibilities inside the activities does not hide the part that assigns them."""
    plan = parse_text("KẾ HOẠCH\nVề bình đẳng giới năm 2024\nI. NỘI DUNG\n1. Tuyên truyền Luật Bình đẳng giới.\n"
                      "2. Trách nhiệm của người đứng đầu cơ quan trong thực hiện bình đẳng giới.\n"
                      "II. TRÁCH NHIỆM THỰC HIỆN\n1. Công an xã: chủ trì tuyên truyền.\n2. Trạm Y tế: phối hợp.\n")
    assert [a["agencies"] for a in plan["assignments"]] == [["Công an xã"], ["Trạm Y tế"]]


def test_agencies_listed_with_bullets() -> None:
    """A commune's implementation part: '- Công an xã: …' bullets, '+' for their duties, or a plain paragraph."""
    plan = parse_text(
        "KẾ HOẠCH\nVề bình đẳng giới năm 2024\nI. MỤC ĐÍCH\nNâng cao nhận thức.\nII. TỔ CHỨC THỰC HIỆN\n"
        "- Công chức Văn hóa - Xã hội: chủ trì, tham mưu triển khai Kế hoạch;\n"
        "+ Tổng hợp, báo cáo kết quả trước ngày 10/12/2024;\n+ Hướng dẫn các thôn tổ chức tuyên truyền.\n"
        "- Công an xã:\nTuyên truyền phòng, chống bạo lực gia đình.\n"
        "- Hội Liên hiệp Phụ nữ xã phối hợp tổ chức các hoạt động hưởng ứng.\n"
        "Trên đây là Kế hoạch thực hiện công tác bình đẳng giới năm 2024.\n")
    got = [(a["agencies"], a["role"], len(a["duties"])) for a in plan["assignments"]]
    assert got == [(["Công chức Văn hóa - Xã hội"], "lead", 3), (["Công an xã"], "lead", 1),
                   (["Hội Liên hiệp Phụ nữ xã"], "coordinate", 1)]
    assert [d["due"] for d in plan["deadlines"]] == ["2024-12-10"]
