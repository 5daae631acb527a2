"""An issuer block reduced to 'ỦY BAN NHÂN DÂN' (the line naming the province, district or commune lost in
copying): the place-and-date line names the place, and the text says which level it is ('tỉnh Hải Dương')."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from binhdang.reader import parse_file
from binhdang.reader.parse import parse_text
from tests.conftest import SEEDS

# The seeds whose header names the committee over two lines ('ỦY BAN NHÂN DÂN' / 'TỈNH HẢI DƯƠNG').
_BLOCK = re.compile(r"^(\s*[UỦ][ỶỦY] BAN NHÂN DÂN\s*\n)(?:\s*\n)*\s*(?:TỈNH|HUYỆN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN) .+\n",
                    re.MULTILINE)
WITH_BLOCK = [s for s in SEEDS if _BLOCK.search(s.read_text(encoding="utf-8"))]


def test_the_seeds_hold_such_blocks() -> None:
    assert len(WITH_BLOCK) >= 2


@pytest.mark.parametrize("seed", WITH_BLOCK, ids=lambda p: p.stem[:3])
def test_the_place_line_completes_the_issuer(seed: Path) -> None:
    reduced = _BLOCK.sub(r"\1", seed.read_text(encoding="utf-8"), count=1)
    document = parse_text(reduced)["document"]
    expected = parse_file(seed)["document"]
    assert document["issuer"].casefold() == expected["issuer"].casefold()
    assert document["issuer"].startswith("Ủy ban nhân dân ")
