"""The API: token authentication, the same access rule as the pages, the same numbers as the pages, writes
validated like the grid; and a schemathesis run against its OpenAPI spec."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
import schemathesis
from django.core import signals
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings

from binhdang.indicators.models import DataValue
from binhdang.indicators.tokens import token_create
from tests.indicators.conftest import put

pytestmark = pytest.mark.django_db


def _auth(user) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {"HTTP_AUTHORIZATION": f"Bearer {token_create(user, 'test')}"}


def test_a_token_is_required(client, hung_yen) -> None:  # type: ignore[no-untyped-def]
    assert client.get("/api/indicators").status_code == 401
    assert client.get("/api/indicators", HTTP_AUTHORIZATION="Bearer sai-khoa").status_code == 401
    response = client.get("/api/indicators", **_auth(hung_yen.users["leader"]))
    assert response.status_code == 200 and any(i["code"] == "tu-vong-me" for i in response.json())


def test_the_api_serves_the_numbers_of_the_pages(client, hung_yen) -> None:  # type: ignore[no-untyped-def]
    a, b = hung_yen.unit.children.order_by("code")[:2]
    put("nu-dai-bieu-hdnd", a, 2026, num=1, den=2)
    put("nu-dai-bieu-hdnd", b, 2026, num=30, den=100)
    auth = _auth(hung_yen.users["leader"])
    cell = client.get(f"/api/units/{hung_yen.unit.id}/aggregate", {"indicator": "nu-dai-bieu-hdnd", "year": 2026},
                      **auth).json()
    assert (Decimal(str(cell["value"])), cell["units"]) == (Decimal("30.39"), 2)
    client.force_login(hung_yen.users["leader"])
    page = client.get(f"/units/{hung_yen.unit.id}/dashboard/?indicator=nu-dai-bieu-hdnd&year=2026").content.decode()
    ranking = page.split('id="ranking"')[1]
    assert "50" in ranking and "30" in ranking
    by_api = client.get(f"/api/units/{a.id}/aggregate", {"indicator": "nu-dai-bieu-hdnd", "year": 2026}, **auth).json()
    assert Decimal(str(by_api["value"])) == 50


def test_writes_are_validated_and_limited_to_coordinators(client, hung_yen) -> None:  # type: ignore[no-untyped-def]
    body = [{"indicator": "so-nan-nhan-duoc-ho-tro", "unit_id": hung_yen.unit.id, "year": 2026, "value": 40},
            {"indicator": "so-nan-nhan-duoc-ho-tro", "unit_id": hung_yen.unit.id, "year": 2026, "sex": "f",
             "value": 47}]
    coordinator = _auth(hung_yen.users["coordinator"])
    response = client.post("/api/values", body, content_type="application/json", **coordinator)
    assert response.status_code == 400 and "số nữ không được lớn hơn tổng số" in str(response.json()["detail"])
    assert not DataValue.objects.exists()
    body[1]["value"] = 31
    assert client.post("/api/values", body, content_type="application/json", **coordinator).json()["saved"] == 2
    rows = client.get("/api/values", {"unit_id": hung_yen.unit.id}, **coordinator).json()
    assert {(r["sex"], Decimal(str(r["value"]))) for r in rows} == {("t", 40), ("f", 31)}
    focal = _auth(hung_yen.users["focal_point"])
    assert client.post("/api/values", body, content_type="application/json", **focal).status_code == 403


def test_another_province_is_out_of_reach(client, hung_yen, lang_son) -> None:  # type: ignore[no-untyped-def]
    put("viec-lam-moi", hung_yen.unit, 2026, value=10)
    auth = _auth(lang_son.users["coordinator"])
    assert client.get("/api/values", {"unit_id": hung_yen.unit.id}, **auth).status_code == 404
    assert client.get(f"/api/units/{hung_yen.unit.id}/progress", **auth).status_code == 404
    body = [{"indicator": "viec-lam-moi", "unit_id": hung_yen.unit.id, "year": 2026, "value": 99}]
    assert client.post("/api/values", body, content_type="application/json", **auth).status_code == 404
    assert DataValue.objects.get().value == 10


@pytest.fixture
def api_schema(db) -> Iterator[object]:  # type: ignore[no-untyped-def]
    # As Django's test client does: the end of a request must not close the test's database connection.
    for signal in (signals.request_started, signals.request_finished):
        signal.disconnect(close_old_connections)
    try:
        yield schemathesis.openapi.from_wsgi("/api/openapi.json", get_wsgi_application())
    finally:
        for signal in (signals.request_started, signals.request_finished):
            signal.connect(close_old_connections)


@pytest.fixture
def token(hung_yen) -> str:  # type: ignore[no-untyped-def]
    return token_create(hung_yen.users["coordinator"], "schemathesis")


def test_the_api_keeps_to_its_spec(api_schema, token) -> None:  # type: ignore[no-untyped-def]
    """Every operation, with cases generated from its spec: no server error, responses as documented."""
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) >= 5
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
        def check(case) -> None:  # type: ignore[no-untyped-def]
            case.call_and_validate(headers={"Authorization": f"Bearer {token}"})

        check()
