"""In the browser: a focal point records a training and a communication product, opens its half-year report and
finds both counted, with their records."""

from __future__ import annotations

import datetime as dt

import pytest

from binhdang.accounts.models import User
from binhdang.plans.models import Duty
from binhdang.plans.services import plan_confirm, plan_import
from binhdang.reports.services import DEFAULT_ITEMS, round_open
from binhdang.units.models import Agency
from tests.conftest import SEEDS

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_focal_point_finds_its_activities_counted(open_as, live_server, hung_yen) -> None:  # type: ignore[no-untyped-def]
    coordinator = hung_yen.users["coordinator"]
    seed = next(p for p in SEEDS if p.name.startswith("001"))
    plan = plan_confirm(plan_import(coordinator, seed.read_bytes(), seed.name), coordinator)
    health = Agency.objects.get(unit=plan.unit, kind="so_y_te")
    User.objects.create_user("daumoi.so_y_te", password="mat-khau-dai-1", role=User.Role.FOCAL_POINT,
                             unit=plan.unit, agency=health)
    rnd = round_open(plan, coordinator, kind="half_year", name="Báo cáo 6 tháng đầu năm 2022", year=2022,
                     due=dt.date(2022, 6, 10), items=DEFAULT_ITEMS)
    duty = Duty.objects.filter(plan=plan, agency=health).first()

    page = open_as("daumoi.so_y_te")
    page.get_by_role("link", name="Hoạt động", exact=True).click()
    page.get_by_role("link", name="Tập huấn, hội nghị, hội thảo").click()
    page.get_by_role("link", name="Thêm", exact=True).click()
    page.fill("input[name=held_on]", "12/04/2022")
    page.select_option("select[name=plan]", str(plan.id))
    if duty:
        page.select_option("select[name=duty]", str(duty.id))
    page.fill("input[name=topic]", "Tập huấn lồng ghép giới cho nhân viên y tế")
    page.fill("input[name=target_group]", "Cán bộ, công chức, viên chức")
    page.fill("input[name=participants]", "1.200")
    page.fill("input[name=participants_female]", "850")
    page.click("#activity-form button")
    page.wait_for_selector("text=Đã lưu.")

    page.goto(f"{live_server.url}/activities/san-pham/new/")
    page.fill("input[name=held_on]", "10/05/2022")
    page.select_option("select[name=plan]", str(plan.id))
    page.select_option("select[name=kind]", "clip")
    page.fill("input[name=title]", "Clip phòng, chống bạo lực gia đình")
    page.fill("input[name=channel]", "Đài Phát thanh và Truyền hình tỉnh")
    page.fill("input[name=count]", "4")
    page.click("#activity-form button")
    page.wait_for_selector("text=Đã lưu.")

    page.goto(f"{live_server.url}/")
    page.get_by_role("link", name=rnd.name).click()
    trained = rnd.items.get(source="tap-huan-nguoi")
    products = rnd.items.get(source="san-pham")
    assert page.input_value(f"input[name=item-{trained.id}-total]") == "1200"
    assert page.input_value(f"input[name=item-{trained.id}-female]") == "850"
    assert page.input_value(f"input[name=item-{products.id}-total]") == "4"
    counted = page.locator("#counted").inner_text()
    assert "Tập huấn lồng ghép giới cho nhân viên y tế" in counted
    assert "Clip phòng, chống bạo lực gia đình" in counted
    page.get_by_role("link", name="10/05/2022 · Clip phòng, chống bạo lực gia đình").click()
    page.wait_for_selector("text=Đài Phát thanh và Truyền hình tỉnh")
