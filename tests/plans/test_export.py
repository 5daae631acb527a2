"""A plan exported as .docx is a Vietnamese administrative document in the Nghị định 30/2020/NĐ-CP format,
and LibreOffice opens it: the PDF it makes carries the header, title, body, recipients and signature."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from pathlib import Path

import pdfplumber
import pytest
from docx import Document
from docx.shared import Cm

from binhdang.lexicon.text import nfc
from tests.plans.conftest import confirmed

pytestmark = pytest.mark.django_db


def _export(client, plan) -> bytes:  # type: ignore[no-untyped-def]
    response = client.get(f"/plans/{plan.id}/export.docx")
    assert response.status_code == 200
    assert response["Content-Type"].endswith("wordprocessingml.document")
    assert response["Content-Disposition"].endswith('.docx"')
    return response.content


def test_docx_follows_decree_30(client, coordinator) -> None:  # type: ignore[no-untyped-def]
    plan = confirmed(client, "001")
    document = Document(io.BytesIO(_export(client, plan)))
    section = document.sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)  # A4
    assert section.left_margin >= Cm(3) - Cm(0.05)
    assert document.styles["Normal"].font.name == "Times New Roman"
    assert 13 <= document.styles["Normal"].font.size.pt <= 14
    header = document.tables[0]
    left, right = (c.text for c in header.rows[0].cells)
    assert "ỦY BAN NHÂN DÂN" in left.upper() and "Số: 31/KH-UBND" in left
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in right and "Độc lập - Tự do - Hạnh phúc" in right
    assert "Thái Bình, ngày 11 tháng 3 năm 2022" in right
    body = "\n".join(p.text for p in document.paragraphs)
    assert "KẾ HOẠCH" in body and "bình đẳng giới" in body
    assert "Sở Y tế" in body  # who does what, rebuilt from the confirmed assignments
    closing = document.tables[-1]
    assert "Nơi nhận" in closing.rows[0].cells[0].text
    assert plan.signer_name and plan.signer_name in closing.rows[0].cells[1].text


def test_libreoffice_opens_the_export(client, coordinator, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        if os.environ.get("BINHDANG_REQUIRE_BROWSER"):
            pytest.fail("LibreOffice (soffice) is required here: .ci/run installs libreoffice-writer-nogui")
        pytest.skip("LibreOffice is not installed")
    plan = confirmed(client, "001")
    source = tmp_path / "ke-hoach.docx"
    source.write_bytes(_export(client, plan))
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path}/profile", "--headless", "--convert-to",
                    "pdf", "--outdir", str(tmp_path), str(source)], check=True, capture_output=True, timeout=180)
    with pdfplumber.open(tmp_path / "ke-hoach.pdf") as pdf:
        assert pdf.pages[0].width == pytest.approx(595, abs=2)  # A4 in points
        text = nfc("\n".join(page.extract_text() or "" for page in pdf.pages))
    first = text.split("\n")[:12]
    assert any("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in line for line in first)
    assert "Số: 31/KH-UBND" in text and "ngày 11 tháng 3 năm 2022" in text
    assert "KẾ HOẠCH" in text and "Nơi nhận" in text and plan.signer_name in text
