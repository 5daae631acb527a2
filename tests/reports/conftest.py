"""Reporting tests: a half-year round of Thái Bình's 2022 plan (seed 001), run by the Hưng Yên coordinator,
with the focal points of the health and justice departments as reporters."""

from __future__ import annotations

import pytest

from binhdang.accounts.models import User
from binhdang.plans.models import Plan
from binhdang.reports.models import Report, Round
from binhdang.units.models import Agency
from tests.plans.conftest import confirmed
from tests.plans.forms_data import form_data


@pytest.fixture
def plan(client, coordinator) -> Plan:  # type: ignore[no-untyped-def]
    return confirmed(client, "001")


def open_round(client, plan: Plan, **changes: str) -> Round:  # type: ignore[no-untyped-def]
    """Open a round on the page, accepting what it proposes except `changes`."""
    data = form_data(client.get(f"/plans/{plan.id}/rounds/new/").content.decode(), "round-form")
    data.update(changes)
    response = client.post(f"/plans/{plan.id}/rounds/new/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    return Round.objects.get(id=int(response.url.rstrip("/").split("/")[-1]))


@pytest.fixture
def rnd(client, plan) -> Round:  # type: ignore[no-untyped-def]
    return open_round(client, plan)


def reporter(plan: Plan, kind: str, name: str = "") -> User:
    agency = Agency.objects.get(unit=plan.unit, kind=kind)
    return User.objects.create_user(name or f"daumoi.{kind}", password="mat-khau-dai-1", role=User.Role.FOCAL_POINT,
                                    unit=plan.unit, agency=agency, email=f"{kind}@thaibinh.gov.vn")


def report_of(rnd: Round, user: User) -> Report:
    return rnd.reports.get(agency=user.agency)


def fill(client, report: Report, *, done: str = "", total: str = "", female: str = "",  # type: ignore[no-untyped-def]
         summary: str = "") -> dict[str, str]:
    """The report form as its page renders it, with the first duty's result and the first figure filled."""
    data = form_data(client.get(f"/reports/{report.id}/").content.decode(), "report-form")
    line = report.lines.first()
    item = report.round.items.first()
    if done and line:
        data[f"line-{line.id}-done"] = done
        data[f"line-{line.id}-status"] = "done"
    if total:
        data[f"item-{item.id}-total"] = total
    if female:
        data[f"item-{item.id}-female"] = female
    if summary:
        data["summary"] = summary
    return data
