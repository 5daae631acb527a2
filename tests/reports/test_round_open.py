"""A coordinator opens a reporting round: the due date comes from the plan, every agency with duties and every
subordinate unit's People's Committee is expected to report."""

from __future__ import annotations

import pytest

from binhdang.plans.models import Duty
from binhdang.reports.models import Report
from tests.plans.conftest import confirmed
from tests.reports.conftest import open_round

pytestmark = pytest.mark.django_db


def test_due_date_comes_from_the_plans_deadlines(client, admin_user) -> None:  # type: ignore[no-untyped-def]
    client.force_login(admin_user)
    plan = confirmed(client, "000")  # "Báo cáo 6 tháng ... trước ngày 10/6", the annual one before 10/12
    half = client.get(f"/plans/{plan.id}/rounds/new/").content.decode()
    assert 'value="10/06/2022"' in half and "Báo cáo 6 tháng đầu năm 2022" in half
    annual = client.get(f"/plans/{plan.id}/rounds/new/?kind=annual").content.decode()
    assert 'value="10/12/2022"' in annual and "Báo cáo năm 2022" in annual


def test_every_agency_with_duties_and_every_district_reports(client, plan, thai_binh) -> None:  # type: ignore[no-untyped-def]
    rnd = open_round(client, plan)
    assert rnd.due.strftime("%d/%m/%Y") == "10/06/2022"  # no deadline in seed 001: the customary date
    reporters = set(rnd.reports.values_list("agency", flat=True))
    assert reporters == set(Duty.objects.filter(plan=plan).values_list("agency", flat=True).distinct())
    committees = rnd.reports.filter(agency__kind="ubnd", agency__unit__parent=thai_binh)
    assert committees.count() == thai_binh.children.count() == 8
    health = rnd.reports.get(agency__kind="so_y_te", agency__unit=thai_binh)
    assert health.status == Report.Status.DRAFT
    assert health.lines.count() == Duty.objects.filter(plan=plan, agency=health.agency).count() > 0
    assert rnd.items.filter(by_sex=True).exists()
    page = client.get(f"/rounds/{rnd.id}/").content.decode()
    assert "Sở Y tế tỉnh Thái Bình" in page and "0%" in page


def test_the_numbers_section_is_defined_per_round(client, plan) -> None:  # type: ignore[no-untyped-def]
    rnd = open_round(client, plan, kind="ad_hoc", name="Tổng kết 15 năm thi hành Luật Bình đẳng giới",
                     items="Số văn bản quy phạm được lồng ghép giới | văn bản\nSố cán bộ được đào tạo | người | giới")
    assert rnd.kind == "ad_hoc"
    assert [(i.label, i.unit, i.by_sex) for i in rnd.items.all()] == [
        ("Số văn bản quy phạm được lồng ghép giới", "văn bản", False), ("Số cán bộ được đào tạo", "người", True)]


def test_a_draft_plan_has_no_round(client, coordinator) -> None:  # type: ignore[no-untyped-def]
    from tests.plans.conftest import upload
    from tests.plans.forms_data import form_data

    draft = upload(client, "001")
    data = form_data(client.get(f"/plans/{draft.id}/rounds/new/").content.decode(), "round-form")
    response = client.post(f"/plans/{draft.id}/rounds/new/", data)
    assert response.status_code == 400 and "kế hoạch đã xác nhận" in response.content.decode()
    assert not draft.rounds.exists()
