"""A coordinator uploads a plan document, reviews what was read beside the source text, and confirms it."""

from __future__ import annotations

import pytest

from binhdang.plans.models import Assignment, Duty, Plan
from binhdang.units.models import Agency
from tests.plans.conftest import resubmit, upload

pytestmark = pytest.mark.django_db


def test_upload_gives_a_draft_in_the_issuing_unit(client, coordinator, thai_binh) -> None:  # type: ignore[no-untyped-def]
    plan = upload(client, "001")
    assert plan.status == Plan.Status.DRAFT
    assert plan.unit == thai_binh  # dated 2022: the province before the 2025 merger
    assert plan.number == "31/KH-UBND" and plan.issued_on.strftime("%d/%m/%Y") == "11/03/2022"
    page = client.get(f"/plans/{plan.id}/edit/").content.decode()
    assert "Văn bản gốc" in page and "Nơi nhận" in page  # the source beside the form
    assert 'value="11/03/2022"' in page  # dates as dd/mm/yyyy


def test_agencies_are_matched_to_the_units_agencies(client, coordinator, thai_binh) -> None:  # type: ignore[no-untyped-def]
    plan = upload(client, "001")
    health = plan.assignments.get(written="Sở Y tế")
    assert health.agency == Agency.objects.get(unit=thai_binh, kind="so_y_te")
    assert plan.assignments.get(written="Công an tỉnh").agency.name == "Công an tỉnh Thái Bình"
    # A group written with a word missing is still a group, not the province's own committee.
    committees = plan.assignments.get(written__startswith="Ủy ban nhân các huyện")
    assert committees.agency is None and committees.group == "g_sub_committees"


def test_confirming_creates_each_agencys_duties(client, coordinator, thai_binh, hung_yen) -> None:  # type: ignore[no-untyped-def]
    plan = upload(client, "001")
    response = client.post(f"/plans/{plan.id}/edit/", resubmit(client, plan, confirm=True))
    assert response.status_code == 302
    plan.refresh_from_db()
    assert plan.status == Plan.Status.CONFIRMED
    health = Agency.objects.get(unit=thai_binh, kind="so_y_te")
    duties = Duty.objects.filter(plan=plan, agency=health)
    assert duties.count() == 1 and "bình đẳng giới trong lĩnh vực y tế" in duties.get().text
    assert duties.get().due.isoformat() == "2022-12-31"  # no deadline in the plan: the end of its period
    # "UBND các huyện, thành phố" expands to the committee of each of Thái Bình's districts and its city.
    districts = thai_binh.children.count()
    assert Duty.objects.filter(plan=plan, agency__kind="ubnd", agency__unit__parent=thai_binh).values(
        "agency").distinct().count() == districts == 8


def test_fixing_a_match_and_creating_a_missing_agency(client, admin_user) -> None:  # type: ignore[no-untyped-def]
    client.force_login(admin_user)
    plan = upload(client, "000")
    assert plan.unit.name == "Tỉnh Hải Dương" and plan.unit.era == "legacy"
    portal = plan.assignments.get(written="Cổng thông tin điện tử tỉnh")
    assert portal.agency is None
    data = resubmit(client, plan)
    index = _index(plan, portal)
    data[f"asg-{index}-choice"] = "new"
    client.post(f"/plans/{plan.id}/edit/", data)
    portal.refresh_from_db()
    assert portal.agency.name == "Cổng thông tin điện tử tỉnh Hải Dương"
    assert portal.agency.unit == plan.unit


def test_a_deadline_in_the_plan_sets_the_duties_due_date(client, admin_user) -> None:  # type: ignore[no-untyped-def]
    client.force_login(admin_user)
    plan = upload(client, "000")
    client.post(f"/plans/{plan.id}/edit/", resubmit(client, plan, confirm=True))
    dues = set(Duty.objects.filter(plan=plan).values_list("due", flat=True))
    assert {d.isoformat() for d in dues} == {"2022-12-10"}  # the annual report's date


def test_focal_point_sees_its_agencys_duty_at_home(client, coordinator, thai_binh) -> None:  # type: ignore[no-untyped-def]
    from binhdang.accounts.models import User

    plan = upload(client, "001")
    client.post(f"/plans/{plan.id}/edit/", resubmit(client, plan, confirm=True))
    health = Agency.objects.get(unit=thai_binh, kind="so_y_te")
    focal = User.objects.create_user("daumoi.syte.tb", password="mat-khau-dai-1", role=User.Role.FOCAL_POINT,
                                     unit=thai_binh, agency=health)
    client.force_login(focal)
    home = client.get("/").content.decode()
    assert "Nhiệm vụ của cơ quan tôi" in home and "lĩnh vực y tế" in home and "31/12/2022" in home
    assert "Sở Tư pháp" not in home  # another agency's duty


def _index(plan: Plan, assignment: Assignment) -> int:
    return list(plan.assignments.all()).index(assignment)
