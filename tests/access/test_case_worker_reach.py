"""A case worker reaches the case register and the reference data its forms need, nothing of the plans,
rounds, reports and figures of its province (the policy, not a special case in each view)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


def test_a_case_worker_sees_no_plan_round_or_report(client, seed_plan, seed_round, hung_yen) -> None:  # type: ignore[no-untyped-def]
    plan, rnd = seed_plan, seed_round
    client.force_login(hung_yen.users["case_worker"])
    report = rnd.reports.filter(agency=hung_yen.users["case_worker"].agency).first() or rnd.reports.first()
    for url in (f"/plans/{plan.id}/", f"/rounds/{rnd.id}/", f"/rounds/{rnd.id}/consolidated/",
                f"/reports/{report.id}/", f"/plans/{plan.id}/rounds/"):
        assert client.get(url).status_code in (403, 404), url
    assert client.get("/plans/").status_code == 403
    assert client.get(f"/units/{hung_yen.unit.id}/").status_code == 200
    home = client.get("/").content.decode()
    assert plan.title not in home
