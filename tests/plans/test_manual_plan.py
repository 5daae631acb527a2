"""A plan without a document: typed on the same page, confirmed into duties, and cited by later plans."""

from __future__ import annotations

import pytest

from binhdang.accounts.models import User
from binhdang.plans.models import Duty, Plan
from binhdang.units.models import AdminUnit, Agency
from binhdang.units.services import agencies_create_standard
from tests.plans.conftest import resubmit, upload
from tests.plans.forms_data import form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def hai_duong(client):  # type: ignore[no-untyped-def]
    """A coordinator of Hải Phòng, which absorbed Hải Dương in 2025 and keeps its plans."""
    hai_phong = AdminUnit.objects.get(era="current", level="province", short_name="Hải Phòng")
    old = hai_phong.predecessors.get(short_name="Hải Dương")
    for unit in (hai_phong, old):
        agencies_create_standard(unit)
    user = User.objects.create_user("dieuphoi.hp", password="mat-khau-dai-1", role=User.Role.COORDINATOR,
                                    unit=hai_phong, agency=Agency.objects.get(unit=hai_phong, is_standing=True))
    client.force_login(user)
    return old


def _type_plan(client, unit: AdminUnit) -> Plan:  # type: ignore[no-untyped-def]
    data = form_data(client.get("/plans/new/").content.decode(), "plan-form")
    data.update(unit=str(unit.id), number="3239/KH-UBND", issued_on="01/09/2021", place="Hải Dương",
                title="Thực hiện Chiến lược quốc gia về bình đẳng giới tỉnh Hải Dương giai đoạn 2021-2030",
                period_from="2021", period_to="2030", signer_name="Lưu Văn Bản", signer_position="Phó Chủ tịch")
    response = client.post("/plans/new/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    plan = Plan.objects.get(number="3239/KH-UBND")
    data = resubmit(client, plan, confirm=True)
    health = Agency.objects.get(unit=unit, kind="so_y_te")
    data.update({"obj-0-text": "Thu hẹp khoảng cách giới trong chăm sóc sức khỏe",
                 "asg-0-written": "Sở Y tế", "asg-0-choice": str(health.id), "asg-0-role": "lead",
                 "asg-0-duties": "Nâng cao chất lượng dịch vụ chăm sóc sức khỏe sinh sản\nGiảm mất cân bằng giới tính khi sinh",
                 "ddl-0-what": "Báo cáo kết quả năm", "ddl-0-due": "10/12/2021"})
    response = client.post(f"/plans/{plan.id}/edit/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    plan.refresh_from_db()
    return plan


def test_a_plan_typed_by_hand_becomes_duties(client, hai_duong) -> None:  # type: ignore[no-untyped-def]
    plan = _type_plan(client, hai_duong)
    assert plan.status == Plan.Status.CONFIRMED and plan.issued_on.isoformat() == "2021-09-01"
    duties = Duty.objects.filter(plan=plan).order_by("id")
    assert [d.text for d in duties] == ["Nâng cao chất lượng dịch vụ chăm sóc sức khỏe sinh sản",
                                        "Giảm mất cân bằng giới tính khi sinh"]
    assert {d.due.strftime("%d/%m/%Y") for d in duties} == {"10/12/2021"}  # the plan's deadline
    page = client.get(f"/plans/{plan.id}/").content.decode()
    assert "Sở Y tế tỉnh Hải Dương" in page and "10/12/2021" in page and "Lưu Văn Bản" in page


def test_a_later_plan_citing_it_links_to_it(client, hai_duong) -> None:  # type: ignore[no-untyped-def]
    strategy = _type_plan(client, hai_duong)
    plan = upload(client, "000")  # Hải Dương's 2022 plan: "Thực hiện Kế hoạch số 3239/KH-UBND ngày 01/9/2021"
    client.post(f"/plans/{plan.id}/edit/", resubmit(client, plan, confirm=True))
    assert plan.bases.get(number="3239/KH-UBND").target == strategy
    assert f'href="/plans/{strategy.id}/"' in client.get(f"/plans/{plan.id}/").content.decode()
    # and the strategy's page lists the plans that implement it
    assert f'href="/plans/{plan.id}/"' in client.get(f"/plans/{strategy.id}/").content.decode()


def test_a_missing_title_keeps_what_was_typed(client, hai_duong) -> None:  # type: ignore[no-untyped-def]
    data = form_data(client.get("/plans/new/").content.decode(), "plan-form")
    data.update(unit=str(hai_duong.id), number="12/KH-UBND", signer_name="Nguyễn Thị Hoa", title="")
    response = client.post("/plans/new/", data)
    page = response.content.decode()
    assert response.status_code == 400 and "Nguyễn Thị Hoa" in page and 'value="12/KH-UBND"' in page
    assert not Plan.objects.exists()
