"""Every operation of the API (read from its own OpenAPI document), with a token of every role at every level:
another province's units, indicators and agencies are out of reach and never named; a write outside one's area
or role is refused and changes nothing; a case worker reaches nothing of the indicators."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from binhdang.access import scope_paths
from binhdang.indicators.tokens import token_create
from tests.access.conftest import LEVELS, ROLES, Place, changed, rows, untouchable

pytestmark = pytest.mark.django_db


def _operations(client: Client) -> list[tuple[str, str, list[str]]]:
    spec = client.get("/api/openapi.json").json()
    return [(method, path, [p["name"] for p in op.get("parameters", [])])
            for path, ops in spec["paths"].items() for method, op in ops.items()]


def _call(client: Client, token: str, method: str, path: str, params: list[str], place: Place) -> Any:
    values = {"unit_id": place.unit.id, "agency_id": place.agency.id, "indicator": f"rieng-{place.unit.id}",
              "year": 2025, "sex": "t", "group": ""}
    url = path
    for name in params:
        url = url.replace("{" + name + "}", str(values[name]))
    query = {n: values[n] for n in params if "{" + n + "}" not in path and n in values}
    headers = {"HTTP_AUTHORIZATION": f"Bearer {token}"}
    if method == "get":
        return client.get(url, query, **headers)
    body = [{"indicator": f"rieng-{place.unit.id}", "unit_id": place.unit.id, "year": 2024, "value": 5}]
    return client.post(url, body, content_type="application/json", **headers)


@pytest.mark.parametrize("level", LEVELS)
@pytest.mark.parametrize("role", ["coordinator", "focal_point", "leader", "case_worker"])
def test_no_operation_reaches_another_province(client, world, level, role) -> None:  # type: ignore[no-untyped-def]
    user, foreign = world[level].users[role], world["foreign"]
    token = token_create(user, "walk")
    before = rows(scope_paths(user))
    operations = _operations(client)
    assert len(operations) >= 5
    for method, path, params in operations:
        response = _call(client, token, method, path, params, foreign)
        assert response.status_code in (200, 403, 404, 422), (method, path, response.status_code)
        body = response.content.decode()
        assert not any(name in body for name in foreign.names) and f"rieng-{foreign.unit.id}" not in body, path
        if "{unit_id}" in path or "unit_id" in params:
            assert response.status_code in (403, 404, 422), (method, path, response.status_code)
    assert changed(before, rows(scope_paths(user))) == {}


@pytest.mark.parametrize("level", LEVELS)
@pytest.mark.parametrize("role", ROLES)
def test_each_role_uses_the_api_as_the_policy_says(client, world, level, role) -> None:  # type: ignore[no-untyped-def]
    place = world[level]
    user = place.users[role]
    token = token_create(user, "walk")
    before = untouchable(user)
    for method, path, params in _operations(client):
        response = _call(client, token, method, path, params, place)
        if role == "case_worker":
            assert response.status_code in (403, 404), (method, path, response.status_code)
        elif method == "get" or role in ("coordinator", "admin"):
            assert response.status_code == 200, (role, method, path, response.status_code, response.content[:300])
        else:  # a leader writes nothing; a focal point only its own agency's figures (this body is the unit's)
            assert response.status_code == 403, (role, method, path, response.status_code)
        assert response.headers["Content-Type"].startswith("application/json")
    assert changed(before, untouchable(user)) == {}
