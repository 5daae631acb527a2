"""Indicators under the one access policy (issue 13): a case worker reaches nothing of them (a clean 403 or 404,
pages and API alike); a focal point sees its own agency's figures and the unit's totals, never another agency's;
a write names only units and agencies in the writer's change scope, whatever page or service it comes through."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied

from binhdang.indicators.models import DataValue, Indicator
from binhdang.indicators.services import Entry, values_save
from binhdang.indicators.tokens import token_create
from binhdang.plans.models import Measure, Objective, Plan
from tests.indicators.conftest import put

pytestmark = pytest.mark.django_db
CODE = "so-nguoi-tap-huan-bdg"  # a count by sex


def _agency_value(unit, agency, value: int) -> None:  # type: ignore[no-untyped-def]
    DataValue.objects.create(indicator=Indicator.objects.get(code=CODE), unit=unit, agency=agency, year=2025,
                             value=value)


def test_a_case_worker_reaches_nothing_of_the_indicators(client, hung_yen) -> None:  # type: ignore[no-untyped-def]
    unit = hung_yen.unit
    plan = Plan.objects.create(unit=unit, title="Kế hoạch năm 2026", status=Plan.Status.CONFIRMED)
    target = Objective.objects.create(plan=plan, text="Mục tiêu").targets.create(text="Nữ đại biểu đạt 30%")
    measure = Measure.objects.create(target=target, value=30, by_year=2026)
    put("viec-lam-moi", unit, 2025, value=12)
    worker = hung_yen.users["case_worker"]
    client.force_login(worker)
    pages = ["/indicators/", "/indicators/template.xlsx", f"/units/{unit.id}/data/",
             f"/units/{unit.id}/data/import/", f"/units/{unit.id}/dashboard/",
             *(f"/units/{unit.id}/dashboard/?format={f}" for f in ("csv", "xlsx", "docx"))]
    for url in pages:
        assert client.get(url).status_code in (403, 404), url
    assert client.post(f"/measures/{measure.id}/indicator/", {"indicator": "viec-lam-moi"}).status_code in (403, 404)
    assert client.post(f"/units/{unit.id}/data/", {}).status_code in (403, 404)
    auth = {"HTTP_AUTHORIZATION": f"Bearer {token_create(worker, 't')}"}
    for url in ["/api/indicators", f"/api/values?unit_id={unit.id}", f"/api/units/{unit.id}/progress",
                f"/api/units/{unit.id}/aggregate?indicator=viec-lam-moi&year=2025"]:
        response = client.get(url, **auth)
        assert response.status_code == 403, url
        assert "không" in response.json()["detail"]  # a reason, in Vietnamese
    body = [{"indicator": "viec-lam-moi", "unit_id": unit.id, "year": 2025, "value": 99}]
    assert client.post("/api/values", body, content_type="application/json", **auth).status_code == 403
    assert DataValue.objects.get().value == 12


def test_a_focal_point_sees_its_own_agencys_figures_and_the_units_only(client, hung_yen) -> None:  # type: ignore[no-untyped-def]
    health, police = hung_yen.agency("so_y_te"), hung_yen.agency("cong_an")
    _agency_value(hung_yen.unit, health, 120)
    _agency_value(hung_yen.unit, police, 4321)
    client.force_login(hung_yen.users["focal_point"])  # of Sở Y tế
    page = client.get(f"/units/{hung_yen.unit.id}/dashboard/?indicator={CODE}&year=2025").content.decode()
    table = page[page.index('id="agencies"'):]
    assert health.name in table and "120" in table
    assert police.name not in table and "4321" not in page
    grid = client.get(f"/units/{hung_yen.unit.id}/data/?year=2025").content.decode()
    choices = grid[grid.index('name="co-quan"'):grid.index("</select>", grid.index('name="co-quan"'))]
    assert health.name in choices and police.name not in choices  # only the agency it writes for
    page = client.get(f"/units/{hung_yen.unit.id}/data/?year=2025&co-quan={police.id}").content.decode()
    assert 'value="4321' not in page
    auth = {"HTTP_AUTHORIZATION": f"Bearer {token_create(hung_yen.users['focal_point'], 't')}"}
    assert client.get(f"/api/values?unit_id={hung_yen.unit.id}&agency_id={police.id}", **auth).json() == []


def test_a_write_outside_the_writers_area_is_refused_by_the_service(hung_yen, lang_son) -> None:  # type: ignore[no-untyped-def]
    indicator = Indicator.objects.get(code="viec-lam-moi")
    coordinator = hung_yen.users["coordinator"]
    with pytest.raises(PermissionDenied):
        values_save(coordinator, [Entry(indicator, lang_son.unit, 2025, value=5)])
    with pytest.raises(PermissionDenied):  # a leader reads its area and writes nothing
        values_save(hung_yen.users["leader"], [Entry(indicator, hung_yen.unit, 2025, value=5)])
    with pytest.raises(PermissionDenied):  # a focal point writes its own agency's figures only
        values_save(hung_yen.users["focal_point"], [Entry(indicator, hung_yen.unit, 2025, value=5,
                                                          agency=hung_yen.agency("cong_an"))])
    assert not DataValue.objects.exists()
    values_save(coordinator, [Entry(indicator, hung_yen.unit, 2025, value=5)])
    assert DataValue.objects.get().value == 5
