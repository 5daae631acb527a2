"""Every page, GET and POST, as every role at every level, on another province's objects: refused, nothing of
theirs shown, nothing of theirs changed. The POSTs are the real forms of the owner's own pages."""

from __future__ import annotations

import pytest

from binhdang.access import scope_paths
from tests.access.conftest import LEVELS, app_patterns, changed, harvest, rows, url_of

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("level", LEVELS)
@pytest.mark.parametrize("role", ["coordinator", "focal_point", "leader", "case_worker"])
def test_no_url_reaches_another_province(client, world, level, role) -> None:  # type: ignore[no-untyped-def]
    foreign = world["foreign"]
    forms = harvest(client, foreign.users["coordinator"], foreign.samples)
    assert len(forms) >= 8, sorted(forms)  # the walk posts real forms: the owner's pages must have shown them
    user = world[level].users[role]
    paths = scope_paths(user)
    before = rows(paths)
    client.force_login(user)
    for route, _pattern in app_patterns():
        url = url_of(route, foreign.samples)
        for method in ("get", "post"):
            data = forms.get(url, {"q": "Lạng"}) if method == "post" else {"q": "Lạng"}
            response = getattr(client, method)(url, data)
            if "<int:" in route:
                assert response.status_code in (403, 404, 405), (method, url, response.status_code)
            else:  # a list, a search, a form posted with another area's choices (400: shown again)
                assert response.status_code in (200, 302, 400, 403, 405), (method, url, response.status_code)
            body = response.content.decode(errors="replace")
            assert not any(name in body for name in foreign.names), (method, url)
    assert changed(before, rows(paths)) == {}
