"""Completeness of a round, as DHIS2's reporting rates: expected, submitted, on time, late, missing, for the
agencies and for the subordinate units, right at every step."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from binhdang.reports.models import Report
from binhdang.reports.selectors import completeness
from tests.reports.conftest import fill, report_of, reporter

pytestmark = pytest.mark.django_db


def _submit(client, user, report) -> None:  # type: ignore[no-untyped-def]
    client.force_login(user)
    client.post(f"/reports/{report.id}/", {**fill(client, report, done="Đã làm"), "action": "submit"})


def test_rates_at_every_step(client, plan, rnd, coordinator) -> None:  # type: ignore[no-untyped-def]
    expected = rnd.reports.count()
    units = rnd.reports.filter(agency__unit__parent=plan.unit).count()
    c = completeness(rnd, user=coordinator)
    assert (c["expected"], c["submitted"], c["missing"]) == (expected, 0, expected)
    assert c["groups"]["units"]["expected"] == units == 8
    assert c["groups"]["agencies"]["expected"] == expected - units

    rnd.due = dt.date.today() - dt.timedelta(days=1)
    rnd.save()
    health, justice = reporter(plan, "so_y_te"), reporter(plan, "so_tu_phap")
    _submit(client, health, report_of(rnd, health))
    # Health sent its report three days before the due date (the clock of this test cannot go back).
    Report.objects.filter(id=report_of(rnd, health).id).update(
        submitted_at=timezone.now() - dt.timedelta(days=4))
    _submit(client, justice, report_of(rnd, justice))  # today: a day late
    c = completeness(rnd, user=coordinator)
    assert (c["submitted"], c["on_time"], c["late"], c["missing"]) == (2, 1, 1, expected - 2)
    assert c["groups"]["agencies"]["submitted"] == 2 and c["groups"]["units"]["submitted"] == 0
    assert c["rate"] == round(100 * 2 / expected)

    client.force_login(coordinator)
    page = client.get(f"/rounds/{rnd.id}/").content.decode()
    assert "muộn" in page and "quá hạn" in page  # justice late; those still missing overdue
    client.post(f"/reports/{report_of(rnd, justice).id}/review/", {"decision": "return", "comment": "Bổ sung"})
    c = completeness(rnd, user=coordinator)
    assert (c["submitted"], c["missing"]) == (1, expected - 1)  # a returned report is not counted as sent


def test_drill_down_to_a_units_own_round(client, plan, rnd, coordinator, thai_binh) -> None:  # type: ignore[no-untyped-def]
    from binhdang.plans.models import Plan
    from tests.plans.conftest import resubmit
    from tests.reports.conftest import open_round

    district = thai_binh.children.order_by("name").first()
    client.post(f"/plans/{plan.id}/derive/", {"unit": district.id})
    child = Plan.objects.get(derived_from=plan)
    client.post(f"/plans/{child.id}/edit/", resubmit(client, child, confirm=True))
    own = open_round(client, child)
    page = client.get(f"/rounds/{rnd.id}/").content.decode()
    assert f'href="/rounds/{own.id}/"' in page
