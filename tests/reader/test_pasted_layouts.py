"""Layouts that copying from portals and PDFs produces read like the document as typed."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

from binhdang.reader import parse_file
from binhdang.reader.parse import parse_text
from tests.conftest import SEEDS
from tests.reader.helpers import essence

_NOI_NHAN = re.compile(r"^\s*N[ơƠ]I\s+NH[ẬậA]N", re.IGNORECASE | re.MULTILINE)


def _body(seed: Path) -> str:
    """The seed up to its 'Nơi nhận' block."""
    text = seed.read_text(encoding="utf-8")
    return text[: _NOI_NHAN.search(text).start()]  # type: ignore[union-attr]


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem[:3])
def test_recipients_and_signature_pasted_on_one_line(seed: Path) -> None:
    """The two-cell table 'Nơi nhận | signature' pasted as one line still gives recipients and signer."""
    plain = parse_file(seed)
    signer = plain["document"]["signer"]
    line = ("Nơi nhận: " + " ".join(f"- {r};" for r in plain["recipients"]) + " "
            + " ".join(signer[k].upper() for k in ("authority", "position") if signer[k]) + " " + signer["name"])
    plan = parse_text(_body(seed) + "\n" + line + "\n")
    assert plan["recipients"] == plain["recipients"]
    assert plan["document"]["signer"] == signer


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem[:3])
def test_double_spaced_pdf_lines(seed: Path) -> None:
    """Every wrapped line followed by a blank (a PDF copied with double spacing) joins back into paragraphs,
    even where a sentence breaks after 'và' or before a lower-case word."""
    lines = [piece for ln in seed.read_text(encoding="utf-8").splitlines() for piece in textwrap.wrap(ln, 75) or [""]]
    plan, plain = essence(parse_text("\n\n".join(lines))), essence(parse_file(seed))
    assert plan["agencies"] == plain["agencies"]
    # A duty whose line ends in ';' at full width before a capital is ambiguous; allow one such join per plan.
    assert sum(a != b for a, b in zip(plan["duties"], plain["duties"], strict=True)) <= 1
    assert {k: v for k, v in plan.items() if k != "duties"} == {k: v for k, v in plain.items() if k != "duties"}


def test_a_sentence_broken_across_a_blank_line_is_one_paragraph() -> None:
    text = ("KẾ HOẠCH\nThực hiện công tác bình đẳng giới năm 2024\n\nI. TỔ CHỨC THỰC HIỆN\n"
            "1. Phòng Văn hóa - Xã hội: chủ trì tham mưu triển khai Kế hoạch, hướng dẫn các xã và\n\n"
            "Tổng hợp báo cáo kết quả thực hiện.\n"
            "2. Công an xã: phối hợp triển khai Tháng hành động quốc gia về phòng, chống bạo lực gia đình\n\n"
            "(tháng 6/2024) tại các thôn.\n"
            "3. Trạm Y tế: thực hiện tư vấn sức khỏe sinh sản.\n")
    plan = parse_text(text)
    assert [len(a["duties"]) for a in plan["assignments"]] == [1, 1, 1]
    assert [(e["from"], e["to"]) for e in plan["events"]] == [("2024-06-01", "2024-06-30")]


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem[:3])
def test_signature_before_recipients(seed: Path) -> None:
    """The 'Nơi nhận | signature' table read right cell first: the signature comes before 'Nơi nhận'."""
    plain = parse_file(seed)
    signer = plain["document"]["signer"]
    block = [signer["authority"].upper(), signer["position"].upper(), "", signer["name"]]
    recipients = ["Nơi nhận:", *(f"- {r};" for r in plain["recipients"])]
    plan = parse_text(_body(seed) + "\n" + "\n".join(block + [""] + recipients) + "\n")
    assert plan["document"]["signer"] == signer
    assert essence(plan) == essence(plain)


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem[:3])
def test_a_converters_english_note_is_dropped(seed: Path) -> None:
    """'Red circular stamp of the People's Committee with a signature in the middle' is no part of the plan."""
    note = "Red circular stamp of the People's Committee, with a signature in the middle of it."
    lines = seed.read_text(encoding="utf-8").splitlines()
    part = next(i for i, ln in enumerate(lines) if "TỔ CHỨC THỰC HIỆN" in ln)
    item = next(i for i in range(part, len(lines)) if re.match(r"^\s*2\.", lines[i]))
    authority = max(i for i, ln in enumerate(lines) if re.match(r"^\s*(?:KT|TM|TL)\.", ln))
    # after the second assignment's line (where it would read as a duty) and under the signature authority
    noted = "\n".join([*lines[: item + 1], "", note, "", *lines[item + 1: authority + 1], note,
                        *lines[authority + 1:]])
    plan, plain = parse_text(noted), parse_file(seed)
    assert plan["document"]["signer"] == plain["document"]["signer"]
    assert essence(plan) == essence(plain)
