"""A scanned plan (a PDF of page images, no text layer; or a photographed page) is read through Tesseract's
Vietnamese model: a seed printed to PDF and rasterised at 200 dpi scores within 0.05 of its text on the
project's scorer, and the result says that its text came from a scan."""

from __future__ import annotations

import io
import json
import os
import shutil

import pytest

from binhdang.reader import parse_bytes, parse_file
from binhdang.reader.ocr import SCANNED
from tests.conftest import SEEDS, SHARED
from tests.reader.helpers import seed_lines, to_pdf
from tests.reader.test_seed_score import _scorer

SEED = min(SEEDS, key=lambda p: p.stat().st_size)  # OCR is slow: the shortest plan, four pages


@pytest.fixture(scope="module")
def scans() -> list:  # type: ignore[type-arg]
    if shutil.which("tesseract") is None:
        if os.environ.get("BINHDANG_REQUIRE_BROWSER"):
            pytest.fail("Tesseract is required here: .ci/run installs tesseract-ocr and tesseract-ocr-vie")
        pytest.skip("Tesseract is not installed")
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(to_pdf(seed_lines(SEED)))
    return [pdf[i].render(scale=200 / 72).to_pil().convert("L") for i in range(len(pdf))]


def _score(plan: dict) -> float:  # type: ignore[type-arg]
    scorer = _scorer()
    tally = scorer.Tally()
    gold = json.loads((SHARED / "gold" / f"{SEED.stem}.json").read_text(encoding="utf-8"))
    scorer.score_one(gold, plan, tally, [])
    return float(tally.overall())


def test_a_scanned_pdf_reads_within_005_of_the_text(scans: list) -> None:  # type: ignore[type-arg]
    out = io.BytesIO()
    scans[0].save(out, "PDF", resolution=200, save_all=True, append_images=scans[1:])
    plan = parse_bytes(out.getvalue(), "ban-scan.pdf")
    assert plan["source"]["format"] == "pdf" and SCANNED in plan["source"]["warnings"]
    assert _score(plan) >= _score(parse_file(SEED)) - 0.05  # measured: 1.000, as the text


def test_a_photographed_first_page(scans: list) -> None:  # type: ignore[type-arg]
    out = io.BytesIO()
    scans[0].save(out, "PNG")
    plan = parse_bytes(out.getvalue(), "trang-1.png")
    expected = parse_file(SEED)["document"]
    assert plan["source"]["format"] == "other" and SCANNED in plan["source"]["warnings"]
    assert (plan["document"]["kind"], plan["document"]["title"]) == (expected["kind"], expected["title"])
