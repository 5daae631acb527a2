"""A PDF's lines wrap wherever the column ends, often before a capitalised word ('… Hội Liên hiệp' / 'Phụ nữ
phường.'): a line that reached the right margin goes on, so the plan reads as the text does. Where the page gives
no geometry (text), an agency's name broken across lines still goes on."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from binhdang.lexicon.agencies import KINDS
from binhdang.reader import parse_bytes, parse_file, parse_text
from tests.conftest import SEEDS
from tests.reader.helpers import essence, to_column_pdf


@pytest.mark.parametrize("width", [80, 110])
@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem[:3])
def test_a_narrow_column_reads_like_the_text(seed: Path, width: int) -> None:
    plan = parse_bytes(to_column_pdf(seed, width), "plan.pdf")
    assert essence(plan) == essence(parse_file(seed))


# Inside a catalogue name, before one of its capitalised words: 'Hội Liên hiệp| Phụ nữ', 'Ủy ban Mặt trận| Tổ quốc'.
_NAMES = sorted({n for k in KINDS for n in (k.name, *k.variants) if len(re.findall(r"\s\w", n)) >= 2}, key=len,
                reverse=True)


def _break_names(text: str) -> tuple[str, int]:
    count = 0

    def cut(m: re.Match[str]) -> str:
        nonlocal count
        words = m.group(0).split(" ")
        inner = [i for i in range(1, len(words)) if words[i][:1].isupper()]
        if not inner or m.group(0).isupper():  # a header line in capitals stays as it is
            return m.group(0)
        count += 1
        return " ".join(words[:inner[-1]]) + "\n" + " ".join(words[inner[-1]:])

    pattern = re.compile("|".join(re.escape(n).replace("Ủy", "(?:Ủy|Uỷ)") for n in _NAMES), re.IGNORECASE)
    return pattern.sub(cut, text), count


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem[:3])
def test_an_agency_name_broken_across_lines_goes_on(seed: Path) -> None:
    broken, count = _break_names(seed.read_text(encoding="utf-8"))
    assert count >= 2
    assert essence(parse_text(broken) | {"source": {}}) == essence(parse_file(seed))
