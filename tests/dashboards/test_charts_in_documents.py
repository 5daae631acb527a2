"""The dashboard's progress chart, drawn on the page, is the chart in the .docx reports: the unit's progress report
and the round's consolidated report carry it as an image with one bar per target with data."""

from __future__ import annotations

import io
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from docx import Document
from PIL import Image

from binhdang.indicators.charts import STATUS_COLOURS
from binhdang.plans.models import Measure
from tests.dashboards.test_targets_dashboard import _csv, hai_duong  # noqa: F401  (the fixture)
from tests.plans.conftest import confirmed
from tests.reports.conftest import open_round

pytestmark = pytest.mark.django_db


def _bars_in(png: bytes) -> int:
    """How many bars an image shows: bands of rows holding a status colour, at least 5 pixels high (a letter's
    anti-aliased edge may take a grey of the same shade for a row or two)."""
    image = Image.open(io.BytesIO(png)).convert("RGB")
    colours = {tuple(int(c[i:i + 2], 16) for i in (1, 3, 5)) for c in STATUS_COLOURS.values()}
    width, height = image.size
    pixels = image.load()
    bands, run = 0, 0
    for y in range(height):
        run = run + 1 if any(pixels[x, y] in colours for x in range(0, width, 2)) else 0
        bands += run == 5
    return bands


def _visible_bars(svg: str) -> int:
    return len(re.findall(r'<rect [^>]*width="(?!0\.0")', svg))


def _images(document: Document) -> list[bytes]:
    return [rel.target_part.blob for rel in document.part.rels.values() if "image" in rel.reltype]


@pytest.fixture
def plan_with_data(client, hai_duong):  # type: ignore[no-untyped-def]  # noqa: F811
    plan = confirmed(client, "004")
    measures = list(Measure.objects.filter(target__objective__plan=plan).select_related("indicator"))
    client.post(f"/units/{hai_duong.id}/data/import/",
                {"file": SimpleUploadedFile("so-lieu.csv", _csv(hai_duong, measures))})
    return plan


def test_progress_report_carries_the_dashboards_chart(client, hai_duong, plan_with_data) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    page = client.get(f"/units/{hai_duong.id}/dashboard/").content.decode()
    chart = page.split('id="progress-chart"')[1].split("</svg>")[0]
    assert chart.count("<rect") == 25  # one bar per target, all 25 having data
    visible = _visible_bars(chart)
    assert visible >= 20  # a target whose latest value is 0 has a bar of no length

    response = client.get(f"/units/{hai_duong.id}/dashboard/?format=docx")
    assert response["Content-Type"].endswith("wordprocessingml.document")
    document = Document(io.BytesIO(response.content))
    assert "Độc lập - Tự do - Hạnh phúc" in document.tables[0].rows[0].cells[1].text
    body = "\n".join(p.text for p in document.paragraphs)
    assert "TIẾN ĐỘ THỰC HIỆN CÁC CHỈ TIÊU VỀ BÌNH ĐẲNG GIỚI" in body.upper() and "Biểu đồ 1" in body
    targets = next(t for t in document.tables if t.rows[0].cells[0].text == "TT")
    assert len(targets.rows) == 26
    images = _images(document)
    assert images and _bars_in(images[0]) == visible


def test_consolidated_report_carries_the_chart(client, hai_duong, plan_with_data) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    rnd = open_round(client, plan_with_data, kind="annual")
    client.post(f"/rounds/{rnd.id}/consolidated/", {"assemble": "1"})
    document = Document(io.BytesIO(client.get(f"/rounds/{rnd.id}/consolidated.docx").content))
    body = "\n".join(p.text for p in document.paragraphs)
    assert "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU" in body and "Biểu đồ" in body
    images = _images(document)
    page = client.get(f"/units/{hai_duong.id}/dashboard/").content.decode()
    assert len(images) == 1 and _bars_in(images[0]) == _visible_bars(
        page.split('id="progress-chart"')[1].split("</svg>")[0])
