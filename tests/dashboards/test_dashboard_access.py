"""The dashboard's reporting completeness counts only the reports the user may count: a focal point's rates are
its own agency's, the coordinator's the whole round's (issue 13: figures built from rows follow the policy)."""

from __future__ import annotations

import re

import pytest

from tests.plans.conftest import confirmed
from tests.reports.conftest import open_round, reporter

pytestmark = pytest.mark.django_db


def _rates(page: str) -> list[str]:
    """The "sent/expected" figures of the page's reporting table."""
    table = page[page.index("Tình hình báo cáo"):]
    return re.findall(r"(\d+/\d+) đã gửi", table)


def test_completeness_counts_the_users_own_rows(client, coordinator) -> None:  # type: ignore[no-untyped-def]
    plan = confirmed(client, "001")
    rnd = open_round(client, plan)
    expected = rnd.reports.count()
    assert expected > 1
    unit = plan.unit  # Thái Bình before 2025, in the Hưng Yên coordinator's area
    whole = _rates(client.get(f"/units/{unit.id}/dashboard/").content.decode())
    assert whole == [f"0/{expected}"]
    client.force_login(reporter(plan, "so_y_te"))
    assert _rates(client.get(f"/units/{unit.id}/dashboard/").content.decode()) == ["0/1"]
