"""Comparators written as words, with the fillers offices put before the figure: 'dưới', 'dưới mức', 'không
quá', 'tối đa là', 'giảm xuống còn', 'xuống dưới', 'ít nhất là'."""

from __future__ import annotations

import re

import pytest

from binhdang.reader.parse import parse_text
from tests.conftest import SEEDS

SEED = next(s for s in SEEDS if "Chỉ tiêu 1: Tỷ số giới tính khi sinh" in s.read_text(encoding="utf-8"))


def _targets(text: str) -> list[tuple[str, float, str]]:
    plan = parse_text(text)
    return [(m["comparator"], m["value"], m["unit"]) for o in plan["objectives"] for t in o["targets"]
            for m in t["measures"]]


@pytest.mark.parametrize(("written", "rewritten", "comparator"), [
    ("không vượt quá 116", "tối đa là 116", "<="),
    ("không vượt quá 116", "không quá 116", "<="),
    ("xuống 15/100", "xuống dưới mức 15/100", "<"),
    ("xuống 15/100", "xuống dưới 15/100", "<"),
    ("xuống 15/100", "giảm xuống còn 15/100", "<="),
    ("ít nhất 40%", "ít nhất là 40%", ">="),
    ("ít nhất 40%", "dưới mức 40%", "<"),
    ("ít nhất 40%", "tối đa 40%", "<="),
])
def test_a_comparator_in_words(written: str, rewritten: str, comparator: str) -> None:
    text = SEED.read_text(encoding="utf-8")
    assert text.count(written) == 1
    before, after = _targets(text), _targets(text.replace(written, rewritten))
    assert len(after) == len(before)
    changed = [(b, a) for b, a in zip(before, after, strict=True) if b != a]
    value = float(re.search(r"\d+", written).group())  # type: ignore[union-attr]
    touched = changed or [(b, b) for b in before if b[1] == value and b[0] == comparator]
    assert len(touched) >= 1
    assert all(a == (comparator, b[1], b[2]) and b[1] == value for b, a in touched)
