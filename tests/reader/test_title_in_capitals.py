"""A title typed in capitals over two or three lines under 'KẾ HOẠCH' is read whole, and given sentence case: a
capital for its first word and for the proper names the document writes with capitals ('tỉnh Hải Dương')."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from binhdang.lexicon.text import canonical
from binhdang.reader import parse_file
from binhdang.reader.parse import parse_text
from tests.conftest import SEEDS


def title_lines(text: str, title: str) -> tuple[int, int]:
    """Where the seed's title stands: the lines after the kind line that hold it."""
    lines = text.split("\n")
    start = next(i for i, ln in enumerate(lines) if re.match(r"^\s*KẾ HOẠCH\s*$", ln)) + 1
    held = ""
    for end in range(start, len(lines)):
        held = f"{held} {lines[end]}"
        if canonical(held) == canonical(title):
            return start, end + 1
    raise AssertionError("title not found")


def in_capitals(seed: Path, pieces: int) -> str:
    text = seed.read_text(encoding="utf-8")
    title = parse_file(seed)["document"]["title"]
    start, end = title_lines(text, title)
    words = title.upper().split()
    cut = [len(words) * k // pieces for k in range(pieces + 1)]
    lines = [" ".join(words[cut[k]:cut[k + 1]]) for k in range(pieces)]
    return "\n".join([*text.split("\n")[:start], *lines, *text.split("\n")[end:]])


@pytest.mark.parametrize("pieces", [2, 3])
@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem[:3])
def test_a_title_in_capitals_is_read_whole(seed: Path, pieces: int) -> None:
    expected = parse_file(seed)["document"]
    title = parse_text(in_capitals(seed, pieces))["document"]["title"]
    assert canonical(title) == canonical(expected["title"])
    assert title[0].isupper() and not title.isupper()
    capitals = {w for w in expected["title"].split()[1:] if w[:1].isupper()}
    assert {w for w in title.split()[1:] if w[:1].isupper()} <= capitals
    place = expected["place"]
    if place and canonical(place) in canonical(title):
        assert place.split()[0] in title.split()
