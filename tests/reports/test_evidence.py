"""Evidence files on a report: the allowed kinds only, downloaded only by those who see the report."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.reports.conftest import report_of, reporter

pytestmark = pytest.mark.django_db


def test_upload_and_download(client, plan, rnd, lang_son) -> None:  # type: ignore[no-untyped-def]
    health = reporter(plan, "so_y_te")
    client.force_login(health)
    report = report_of(rnd, health)
    pdf = SimpleUploadedFile("bien-ban-tap-huan.pdf", b"%PDF-1.4 bien ban", content_type="application/pdf")
    response = client.post(f"/reports/{report.id}/evidence/", {"file": pdf}, follow=True)
    assert "Đã tải lên tệp minh chứng" in response.content.decode()
    evidence = report.evidence.get()
    download = client.get(f"/evidence/{evidence.id}/")
    assert download.status_code == 200 and b"".join(download.streaming_content) == b"%PDF-1.4 bien ban"

    bad = SimpleUploadedFile("virus.exe", b"MZ...", content_type="application/octet-stream")
    response = client.post(f"/reports/{report.id}/evidence/", {"file": bad}, follow=True)
    assert "PDF, Word, Excel hoặc ảnh" in response.content.decode()
    assert report.evidence.count() == 1

    client.force_login(lang_son.users["coordinator"])
    assert client.get(f"/evidence/{evidence.id}/").status_code == 404
