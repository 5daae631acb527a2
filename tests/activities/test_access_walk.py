"""Every activity page, with every role of Hưng Yên, on Lạng Sơn's records: refused or not found, and nothing of
Lạng Sơn shown; on its own records, a role that may not write gets no form."""

from __future__ import annotations

import pytest
from django.urls import URLPattern, URLResolver, get_resolver

from binhdang.activities.models import Inspection, Recommendation
from tests.activities.samples import activity_samples, url_of


def _routes() -> list[str]:
    out = []

    def walk(resolver: URLResolver, prefix: str = "") -> None:
        for p in resolver.url_patterns:
            if isinstance(p, URLResolver):
                walk(p, prefix + str(p.pattern))
            elif isinstance(p, URLPattern) and (prefix + str(p.pattern)).startswith(("activities/", "units/<int:unit_id>/calendar")):
                out.append(prefix + str(p.pattern))

    walk(get_resolver())
    return out


@pytest.mark.parametrize("role", ["coordinator", "focal_point", "leader", "case_worker"])
def test_no_activity_page_reaches_another_province(client, hung_yen, lang_son, role) -> None:  # type: ignore[no-untyped-def]
    client.force_login(hung_yen.users[role])
    foreign = {**activity_samples(lang_son.agency("so_y_te"), "kế hoạch xứ Lạng"), "unit_id": lang_son.unit.id}
    names = [lang_son.agency("so_y_te").name, "xứ Lạng"]
    routes = _routes()
    assert len(routes) >= 16
    for route in routes:
        url = url_of(route, foreign)
        for method in ("get", "post"):
            response = getattr(client, method)(url, {"q": "Lạng"})
            body = response.content.decode(errors="replace")
            if "<int:" in route:
                assert response.status_code in (403, 404, 405), (method, url, response.status_code)
            else:
                assert response.status_code in (200, 302, 400, 403, 405), (method, url, response.status_code)
            assert not any(n in body for n in names), (method, url)
    assert Inspection.objects.filter(id=foreign["record_id"]).exists()
    assert Recommendation.objects.get(id=foreign["recommendation_id"]).status == Recommendation.Status.OPEN


@pytest.mark.parametrize("role", ["coordinator", "focal_point", "leader"])
def test_own_records_open_and_only_writers_write(client, hung_yen, role) -> None:  # type: ignore[no-untyped-def]
    user = hung_yen.users[role]
    client.force_login(user)
    own = {**activity_samples(hung_yen.agency("so_y_te"), "kế hoạch của tỉnh"), "unit_id": hung_yen.unit.id}
    page = client.get(url_of("activities/<slug:slug>/<int:record_id>/", own))
    assert page.status_code == 200
    assert ("Ghi kiến nghị" in page.content.decode()) is (role != "leader")
    assert client.get(url_of("activities/<slug:slug>/new/", own)).status_code == (403 if role == "leader" else 200)
    assert client.get(url_of("activities/evidence/<int:activity_evidence_id>/", own)).status_code == 200


def test_the_case_worker_has_no_registers(client, hung_yen) -> None:  # type: ignore[no-untyped-def]
    client.force_login(hung_yen.users["case_worker"])
    own = {**activity_samples(hung_yen.agency("so_y_te"), "kế hoạch của tỉnh"), "unit_id": hung_yen.unit.id}
    for route in ("activities/", "activities/<slug:slug>/", "activities/<slug:slug>/new/",
                  "activities/<slug:slug>/template.xlsx", "activities/<slug:slug>/export.xlsx"):
        assert client.get(url_of(route, own)).status_code == 403, route
    assert client.get(url_of("activities/<slug:slug>/<int:record_id>/", own)).status_code == 404
    assert "Hoạt động" not in client.get("/").content.decode().split("<main>")[0]
