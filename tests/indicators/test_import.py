"""Importing data from CSV or XLSX in the downloadable template's columns: all or nothing, every faulty row
named with its line, encodings of Vietnamese spreadsheets read."""

from __future__ import annotations

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook, load_workbook

from binhdang.indicators.models import DataValue
from binhdang.indicators.services import AGENCY, COLUMNS, GROUP
from tests.reader.helpers import to_cp1258

pytestmark = pytest.mark.django_db

HEADER = ";".join(COLUMNS)


def _post(client, unit, name: str, data: bytes):  # type: ignore[no-untyped-def]
    return client.post(f"/units/{unit.id}/data/import/", {"file": SimpleUploadedFile(name, data)}, follow=True)


def test_csv_with_bom_and_semicolons(client, coordinator, hung_yen) -> None:  # type: ignore[no-untyped-def]
    code = hung_yen.unit.code
    text = f"{HEADER}\nnu-dai-bieu-hdnd;{code};2026;0;chung;;18;52\nso-nan-nhan-duoc-ho-tro;{code};2026;0;nữ;41;;\n"
    response = _post(client, hung_yen.unit, "so-lieu.csv", ("\ufeff" + text).encode("utf-8"))
    assert "Đã nhập 2 số liệu" in response.content.decode()
    assert DataValue.objects.get(indicator__code="so-nan-nhan-duoc-ho-tro").sex == "f"


def test_windows_1258_csv(client, coordinator, hung_yen) -> None:  # type: ignore[no-untyped-def]
    text = f"{HEADER}\nso-nan-nhan-duoc-ho-tro;{hung_yen.unit.code};2026;0;nữ;41;;\n"
    response = _post(client, hung_yen.unit, "so-lieu.csv", to_cp1258(text))
    assert "Đã nhập 1 số liệu" in response.content.decode()


def test_faulty_rows_are_named_and_nothing_is_saved(client, coordinator, hung_yen, lang_son) -> None:  # type: ignore[no-untyped-def]
    code = hung_yen.unit.code
    text = (f"{HEADER}\nnu-dai-bieu-hdnd;{code};2026;0;chung;;18;52\nkhong-co;{code};2026;0;chung;1;;\n"
            f"viec-lam-moi;{lang_son.unit.code};2026;0;chung;5;;\nviec-lam-moi;{code};2026;0;chung;năm;;\n")
    response = _post(client, hung_yen.unit, "so-lieu.csv", text.encode())
    page = response.content.decode()
    assert response.status_code == 400
    assert "dòng 3: không có chỉ số mã «khong-co»" in page
    assert "dòng 4: không có đơn vị mã" in page  # Lạng Sơn is outside the user's area
    assert "dòng 5: «năm» không phải là số" in page
    assert not DataValue.objects.exists()


def test_xlsx_from_the_template(client, coordinator, hung_yen) -> None:  # type: ignore[no-untyped-def]
    template = load_workbook(io.BytesIO(client.get("/indicators/template.xlsx").content))
    assert [c.value for c in template.worksheets[0][1]] == [*COLUMNS, GROUP, AGENCY]
    assert template.worksheets[1].max_row > 25  # the catalogue, to look codes up
    book = Workbook()
    book.active.append(COLUMNS)
    book.active.append(["viec-lam-moi", hung_yen.unit.code, 2026, 0, "nam", 300, None, None])
    out = io.BytesIO()
    book.save(out)
    response = _post(client, hung_yen.unit, "so-lieu.xlsx", out.getvalue())
    assert "Đã nhập 1 số liệu" in response.content.decode()
    assert DataValue.objects.get().value == 300


def test_not_a_spreadsheet(client, coordinator, hung_yen) -> None:  # type: ignore[no-untyped-def]
    response = _post(client, hung_yen.unit, "so-lieu.xlsx", b"PK\x03\x04 not really")
    assert response.status_code == 400 and "Không đọc được tệp Excel" in response.content.decode()
    response = _post(client, hung_yen.unit, "so-lieu.csv", b"a,b,c\n1,2,3\n")
    assert "Dòng đầu của tệp phải là các cột của mẫu" in response.content.decode()
