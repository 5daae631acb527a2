"""Breakdowns beyond sex (age group, ethnicity, urban/rural): entered in the grid or imported in the template's
optional last column, checked against the whole, summed up the tree like the whole, shown on the dashboard and
served by the API."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from binhdang.indicators.models import DataValue, Indicator
from binhdang.indicators.services import COLUMNS, GROUP
from binhdang.indicators.tokens import token_create
from tests.plans.forms_data import form_data

pytestmark = pytest.mark.django_db

VICTIMS = "so-nan-nhan-duoc-ho-tro"  # by sex and by age group in the catalogue
HEADER = ";".join([*COLUMNS, GROUP])


def _import(client, unit, lines: list[str]):  # type: ignore[no-untyped-def]
    data = "\n".join([HEADER, *lines]).encode()
    return client.post(f"/units/{unit.id}/data/import/", {"file": SimpleUploadedFile("so-lieu.csv", data)},
                       follow=True)


def test_groups_imported_summed_up_and_shown(client, coordinator, hung_yen) -> None:  # type: ignore[no-untyped-def]
    a, b = hung_yen.unit.children.order_by("code")[:2]
    response = _import(client, hung_yen.unit, [
        f"{VICTIMS};{a.code};2026;0;chung;30;;;", f"{VICTIMS};{a.code};2026;0;nữ;26;;;",
        f"{VICTIMS};{a.code};2026;0;nữ;7;;;tuoi:duoi-16", f"{VICTIMS};{a.code};2026;0;chung;9;;;tuoi:duoi-16",
        f"{VICTIMS};{b.code};2026;0;chung;12;;;", f"{VICTIMS};{b.code};2026;0;nữ;4;;;tuoi:duoi-16",
    ])
    assert "Đã nhập 6 số liệu" in response.content.decode()
    assert DataValue.objects.filter(group="tuoi:duoi-16").count() == 3

    page = client.get(f"/units/{hung_yen.unit.id}/dashboard/?indicator={VICTIMS}&year=2026").content.decode()
    table = page.split('id="breakdown"')[1].split("</table>")[0]
    under_16 = table.split("dưới 16 tuổi")[1].split("</tr>")[0]
    assert "<td>9</td><td>11</td>" in under_16  # both units' girls summed; the whole still counts 42 victims
    api = client.get(f"/api/units/{hung_yen.unit.id}/aggregate",
                     {"indicator": VICTIMS, "year": 2026, "sex": "f", "group": "tuoi:duoi-16"},
                     HTTP_AUTHORIZATION=f"Bearer {token_create(coordinator, 't')}").json()
    assert Decimal(str(api["value"])) == 11 and api["units"] == 2
    whole = client.get(f"/api/units/{hung_yen.unit.id}/aggregate", {"indicator": VICTIMS, "year": 2026},
                       HTTP_AUTHORIZATION=f"Bearer {token_create(coordinator, 't2')}").json()
    assert Decimal(str(whole["value"])) == 42


def test_unknown_group_and_group_above_the_whole_are_refused(client, coordinator, hung_yen) -> None:  # type: ignore[no-untyped-def]
    code = hung_yen.unit.code
    response = _import(client, hung_yen.unit, [
        f"{VICTIMS};{code};2026;0;chung;10;;;", f"{VICTIMS};{code};2026;0;chung;12;;;tuoi:duoi-16",
        f"viec-lam-moi;{code};2026;0;chung;5;;;tuoi:duoi-16",
    ])
    page = response.content.decode()
    assert response.status_code == 400
    assert "dòng 3: " in page and "số của nhóm không được lớn hơn số chung" in page
    assert "dòng 4: " in page and "không có nhóm «tuoi:duoi-16»" in page and "khu-vuc:nong-thon" in page
    assert not DataValue.objects.exists()


def test_grid_rows_per_group(client, coordinator, hung_yen) -> None:  # type: ignore[no-untyped-def]
    jobs = Indicator.objects.get(code="viec-lam-moi")  # by sex and urban/rural
    page = client.get(f"/units/{hung_yen.unit.id}/data/?year=2025").content.decode()
    assert "khu vực: nông thôn" in page
    data = form_data(page, "grid-form")
    data[f"v-{jobs.id}-t"], data[f"v-{jobs.id}-t-khu-vuc:nong-thon"] = "900", "600"
    data[f"v-{jobs.id}-f-khu-vuc:nong-thon"] = "250"
    assert client.post(f"/units/{hung_yen.unit.id}/data/?year=2025", data).status_code == 302
    stored = {(v.sex, v.group): v.value for v in DataValue.objects.filter(indicator=jobs)}
    assert stored == {("t", ""): 900, ("t", "khu-vuc:nong-thon"): 600, ("f", "khu-vuc:nong-thon"): 250}


def test_a_coordinators_indicator_with_breakdowns(client, coordinator) -> None:  # type: ignore[no-untyped-def]
    data = {"code": "nu-hoc-nghe", "name": "Số phụ nữ học nghề", "kind": "count", "unit": "người", "multiplier": "1",
            "direction": "up", "periodicity": "year", "breakdowns": "dan-toc, khu vuc"}
    response = client.post("/indicators/", data)
    assert response.status_code == 400 and "Không có phân tổ khu vuc" in response.content.decode()
    response = client.post("/indicators/", {**data, "breakdowns": "dan-toc,khu-vuc"})
    assert response.status_code == 302
    assert [g for g, _ in Indicator.objects.get(code="nu-hoc-nghe").groups()] == [
        "dan-toc:kinh", "dan-toc:dtts", "khu-vuc:thanh-thi", "khu-vuc:nong-thon"]
