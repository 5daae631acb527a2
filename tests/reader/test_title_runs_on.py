"""A title that runs on, in one line, into 'Kính gửi: …' and the opening paragraph (a plan sent as a letter,
copied without its line breaks): the title ends where 'Kính gửi' begins, the addressees end with their sentence,
and the opening paragraph is read as the preamble."""

from __future__ import annotations

from pathlib import Path

import pytest

from binhdang.reader import parse_file
from binhdang.reader.parse import parse_text
from tests.conftest import SEEDS
from tests.reader.helpers import essence
from tests.reader.test_title_in_capitals import title_lines

ADDRESSEES = "Kính gửi: Các sở, ban, ngành, đoàn thể; Ủy ban nhân dân các huyện, thị xã, thành phố."


def run_on(seed: Path) -> str:
    text = seed.read_text(encoding="utf-8")
    start, end = title_lines(text, parse_file(seed)["document"]["title"])
    lines = text.split("\n")
    opening_end = next(i for i in range(end, len(lines)) if lines[i].strip()[:2] in ("I.", "1.", "A."))
    one_line = " ".join(ln.strip() for ln in [*lines[start:end], ADDRESSEES, *lines[end:opening_end]] if ln.strip())
    return "\n".join([*lines[:start], one_line, "", *lines[opening_end:]])


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem[:3])
def test_a_title_running_into_the_addressees_and_the_opening(seed: Path) -> None:
    text = run_on(seed)
    assert text.count("Kính gửi") == 1
    assert essence(parse_text(text)) == essence(parse_file(seed))
