"""A focal point reaches its own agency's report and figures, never another agency's: not through the round's
consolidated report or its .docx and .xlsx, not through the round's completeness table."""

from __future__ import annotations

import io

import pytest
from openpyxl import load_workbook

from binhdang.accounts.models import User
from binhdang.reports.models import Consolidated
from binhdang.units.models import Agency
from tests.reports.conftest import fill, report_of, reporter

pytestmark = pytest.mark.django_db


def test_the_police_figures_stay_with_the_police(client, seed_plan, seed_round, coordinator) -> None:  # type: ignore[no-untyped-def]
    plan, rnd = seed_plan, seed_round
    health, police = reporter(plan, "so_y_te"), reporter(plan, "cong_an")
    for user, total in ((police, "17"), (health, "3")):
        client.force_login(user)
        report = report_of(rnd, user)
        client.post(f"/reports/{report.id}/", {**fill(client, report, done="Đã làm", total=total), "action": "submit"})
    client.force_login(coordinator)
    client.post(f"/rounds/{rnd.id}/consolidated/", {"assemble": "1"})
    police_name = Agency.objects.get(id=police.agency_id).name
    sheet = load_workbook(io.BytesIO(client.get(f"/rounds/{rnd.id}/figures.xlsx").content)).active
    assert police_name in [c.value for c in sheet["A"]]  # the coordinator's file has every reporter

    client.force_login(health)
    for url in (f"/rounds/{rnd.id}/consolidated/", f"/rounds/{rnd.id}/consolidated.docx",
                f"/rounds/{rnd.id}/figures.xlsx", f"/reports/{report_of(rnd, police).id}/"):
        assert client.get(url).status_code == 404, url
    page = client.get(f"/rounds/{rnd.id}/").content.decode()
    assert police_name not in page and Agency.objects.get(id=health.agency_id).name in page


def test_a_leader_reads_the_consolidated_report_and_changes_nothing(client, seed_plan, seed_round) -> None:  # type: ignore[no-untyped-def]
    plan, rnd = seed_plan, seed_round
    leader = User.objects.create_user("lanhdao.tb", role=User.Role.LEADER, unit=plan.unit)
    client.force_login(leader)
    assert client.get(f"/rounds/{rnd.id}/").status_code == 200
    assert client.post(f"/rounds/{rnd.id}/consolidated/", {"assemble": "1"}).status_code in (403, 404)
    assert not Consolidated.objects.filter(round=rnd).exists()
