"""A plan typed in Word the way offices type it (header table, centred title, justified paragraphs with a
first-line indent) and printed to PDF by LibreOffice reads like the text: the motto wrapped in its cell is
not part of the issuer, a line that recurs with the same wrap is not a running head, a line ending in
'Lao động -' runs on."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from binhdang.reader import parse_file
from tests.conftest import SEEDS
from tests.reader.helpers import essence, to_office_docx


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        if os.environ.get("BINHDANG_REQUIRE_BROWSER"):
            pytest.fail("LibreOffice (soffice) is required here: .ci/run installs libreoffice-writer-nogui")
        pytest.skip("LibreOffice is not installed")
    folder = tmp_path_factory.mktemp("word")
    sources = []
    for seed in SEEDS:
        sources.append(folder / f"{seed.stem}.docx")
        sources[-1].write_bytes(to_office_docx(seed))
    subprocess.run([soffice, f"-env:UserInstallation=file://{folder}/profile", "--headless", "--convert-to", "pdf",
                    "--outdir", str(folder), *map(str, sources)], check=True, capture_output=True, timeout=300)
    return folder


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem[:3])
def test_word_printed_to_pdf_reads_like_the_text(printed: Path, seed: Path) -> None:
    plan = parse_file(printed / f"{seed.stem}.pdf")
    assert plan["source"]["format"] == "pdf"
    assert essence(plan) == essence(parse_file(seed))
