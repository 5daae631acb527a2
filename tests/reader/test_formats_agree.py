"""The same plan as .txt, as .docx (header in a two-column table) and as .pdf reads the same."""

from __future__ import annotations

import pytest

from binhdang.reader import parse_bytes, parse_file
from tests.conftest import SEEDS
from tests.reader.helpers import essence, seed_lines, to_docx, to_pdf


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem[:3])
def test_docx_reads_like_txt(seed) -> None:  # type: ignore[no-untyped-def]
    plan = parse_bytes(to_docx(seed_lines(seed)), "plan.docx")
    assert plan["source"]["format"] == "docx"
    assert essence(plan) == essence(parse_file(seed))


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem[:3])
def test_pdf_reads_like_txt(seed) -> None:  # type: ignore[no-untyped-def]
    plan = parse_bytes(to_pdf(seed_lines(seed)), "plan.pdf")
    assert plan["source"]["format"] == "pdf"
    assert essence(plan) == essence(parse_file(seed))
