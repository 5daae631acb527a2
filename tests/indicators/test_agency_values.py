"""An agency's own figures (a department's people trained, by sex): entered in the grid for that agency, by the
coordinator or by the agency's focal point only, compared between agencies on the dashboard, imported with
`ma_co_quan`, read and written through the API; never summed into the unit's number."""

from __future__ import annotations

import io

import pytest
from openpyxl import load_workbook

from binhdang.indicators.models import CommuneSum, DataValue, Indicator
from binhdang.indicators.tokens import token_create
from tests.indicators.conftest import put
from tests.plans.forms_data import form_data

pytestmark = pytest.mark.django_db
CODE = "so-nguoi-tap-huan-bdg"  # a count by sex


def _field(sex: str = "t") -> str:
    return f"v-{Indicator.objects.get(code=CODE).id}-{sex}"


def _grid_post(client, unit, agency, total: str, women: str):  # type: ignore[no-untyped-def]
    url = f"/units/{unit.id}/data/?year=2025&co-quan={agency.id if agency else ''}"
    data = form_data(client.get(url).content.decode(), "grid-form")
    data[_field()], data[_field("f")] = total, women
    return client.post(url, data)


def test_coordinator_enters_an_agencys_figures_apart_from_the_units(client, coordinator, hung_yen) -> None:  # type: ignore[no-untyped-def]
    health = hung_yen.agency("so_y_te")
    put(CODE, hung_yen.unit, 2025, value=900)  # the province's own number
    assert _grid_post(client, hung_yen.unit, health, "120", "85").status_code == 302
    mine = DataValue.objects.get(indicator__code=CODE, agency=health, sex="t")
    assert (mine.value, mine.unit, mine.entered_by) == (120, hung_yen.unit, coordinator)
    assert DataValue.objects.get(indicator__code=CODE, agency=None, sex="t").value == 900  # untouched
    page = client.get(f"/units/{hung_yen.unit.id}/data/?year=2025&co-quan={health.id}").content.decode()
    assert f"· {health.name}</h1>" in page and 'value="120' in page
    # the province's own grid still shows its own number
    assert 'value="900' in client.get(f"/units/{hung_yen.unit.id}/data/?year=2025").content.decode()


def test_agencies_are_compared_on_the_dashboard_and_not_summed(client, coordinator, hung_yen) -> None:  # type: ignore[no-untyped-def]
    health, police = hung_yen.agency("so_y_te"), hung_yen.agency("cong_an")
    _grid_post(client, hung_yen.unit, health, "120", "85")
    _grid_post(client, hung_yen.unit, police, "40", "12")
    page = client.get(f"/units/{hung_yen.unit.id}/dashboard/?indicator={CODE}&year=2025").content.decode()
    table = page[page.index('id="agencies"'):]
    assert health.name in table and police.name in table and "85" in table and "12" in table
    # the unit's number comes from its own value or its communes', never from its agencies'
    response = client.get(f"/api/units/{hung_yen.unit.id}/aggregate?indicator={CODE}&year=2025",
                          HTTP_AUTHORIZATION=f"Bearer {token_create(coordinator, 't')}")
    assert response.json()["value"] is None
    assert not CommuneSum.objects.exists()


def test_a_focal_point_enters_its_own_agencys_figures_only(client, hung_yen) -> None:  # type: ignore[no-untyped-def]
    focal = hung_yen.users["focal_point"]  # of Sở Y tế
    client.force_login(focal)
    assert f'href="/units/{hung_yen.unit.id}/data/"' in client.get("/").content.decode()  # from its home page
    page = client.get(f"/units/{hung_yen.unit.id}/data/?year=2025").content.decode()
    assert hung_yen.agency("so_y_te").name in page and "Lưu số liệu" in page  # opens on its agency
    assert _grid_post(client, hung_yen.unit, hung_yen.agency("so_y_te"), "30", "20").status_code == 302
    assert _grid_post(client, hung_yen.unit, hung_yen.agency("cong_an"), "30", "20").status_code == 403
    assert _grid_post(client, hung_yen.unit, None, "30", "20").status_code == 403
    assert list(DataValue.objects.values_list("agency__kind", flat=True).distinct()) == ["so_y_te"]


def test_women_above_total_is_refused_for_an_agency_too(client, coordinator, hung_yen) -> None:  # type: ignore[no-untyped-def]
    response = _grid_post(client, hung_yen.unit, hung_yen.agency("so_y_te"), "10", "85")
    assert response.status_code == 400 and "số nữ không được lớn hơn tổng số" in response.content.decode()
    assert not DataValue.objects.exists()


def test_import_with_the_agency_column(client, coordinator, hung_yen) -> None:  # type: ignore[no-untyped-def]
    template = load_workbook(io.BytesIO(client.get("/indicators/template.xlsx").content))
    listed = {row[:3] for row in template["Co quan"].iter_rows(min_row=2, values_only=True)}
    health = hung_yen.agency("so_y_te")
    # the template names the user's agencies by number (old Hưng Yên's Sở Y tế has the same name, another number)
    assert (str(health.id), health.name, hung_yen.unit.code) in listed
    csv = ("ma_chi_so,ma_don_vi,nam,ky,gioi_tinh,gia_tri,tu_so,mau_so,nhom,ma_co_quan\n"
           f"{CODE},{hung_yen.unit.code},2025,0,chung,64,,,,{health.id}\n"
           f"{CODE},{hung_yen.unit.code},2025,0,chung,700,,,,\n")
    response = client.post(f"/units/{hung_yen.unit.id}/data/import/",
                           {"file": _file(csv)}, follow=True)
    assert "Đã nhập 2 số liệu" in response.content.decode()
    assert DataValue.objects.get(agency=health).value == 64
    assert DataValue.objects.get(agency=None).value == 700
    wrong = csv.replace(f",{health.id}\n", ",999999\n")
    response = client.post(f"/units/{hung_yen.unit.id}/data/import/", {"file": _file(wrong)})
    assert response.status_code == 400 and "không có cơ quan số «999999»" in response.content.decode()


def test_api_reads_and_writes_an_agencys_values(client, hung_yen) -> None:  # type: ignore[no-untyped-def]
    focal = hung_yen.users["focal_point"]
    auth = {"HTTP_AUTHORIZATION": f"Bearer {token_create(focal, 't')}"}
    health, police = hung_yen.agency("so_y_te"), hung_yen.agency("cong_an")
    body = [{"indicator": CODE, "unit_id": hung_yen.unit.id, "agency_id": health.id, "year": 2025, "value": 33}]
    response = client.post("/api/values", body, content_type="application/json", **auth)
    assert response.status_code == 200, response.content
    listed = client.get(f"/api/values?unit_id={hung_yen.unit.id}&agency_id={health.id}", **auth).json()
    assert [(v["agency_id"], v["value"]) for v in listed] == [(health.id, "33.000")]
    assert client.get(f"/api/values?unit_id={hung_yen.unit.id}", **auth).json() == []  # the unit's own: none
    body[0]["agency_id"] = police.id
    assert client.post("/api/values", body, content_type="application/json", **auth).status_code == 403
    del body[0]["agency_id"]
    assert client.post("/api/values", body, content_type="application/json", **auth).status_code == 403


def _file(text: str):  # type: ignore[no-untyped-def]
    upload = io.BytesIO(text.encode())
    upload.name = "so-lieu.csv"
    return upload
