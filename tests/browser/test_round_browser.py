"""In the browser, a whole half-year round: the coordinator opens it, two agencies submit (one late), the
coordinator returns one and accepts it after the fix, consolidates and downloads the .docx."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone
from docx import Document

from binhdang.accounts.models import User
from binhdang.plans.services import plan_confirm, plan_import
from binhdang.reports.models import Report
from binhdang.units.models import Agency
from tests.conftest import SEEDS

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _report(page, done: str, total: str, female: str) -> None:  # type: ignore[no-untyped-def]
    page.locator("#report-form textarea[name$='-done']").first.fill(done)
    page.locator("#report-form select[name$='-status']").first.select_option("done")
    page.locator("#report-form input[name$='-total']").first.fill(total)
    page.locator("#report-form input[name$='-female']").first.fill(female)


def test_a_whole_round(open_as, live_server, hung_yen) -> None:  # type: ignore[no-untyped-def]
    coordinator = hung_yen.users["coordinator"]
    seed = next(p for p in SEEDS if p.name.startswith("001"))
    plan = plan_confirm(plan_import(coordinator, seed.read_bytes(), seed.name), coordinator)
    focal = {}
    for kind in ("so_y_te", "so_tu_phap"):
        focal[kind] = User.objects.create_user(f"daumoi.{kind}", password="mat-khau-dai-1", role=User.Role.FOCAL_POINT,
                                               unit=plan.unit, agency=Agency.objects.get(unit=plan.unit, kind=kind))

    boss = open_as(coordinator.username)
    boss.goto(f"{live_server.url}/plans/{plan.id}/")
    boss.get_by_role("link", name="Mở kỳ báo cáo").click()
    assert boss.input_value("input[name=due]") == "10/06/2022"  # pre-filled
    yesterday = timezone.localdate() - dt.timedelta(days=1)
    boss.fill("input[name=due]", yesterday.strftime("%d/%m/%Y"))
    boss.click("#round-form button")
    boss.wait_for_url("**/rounds/*/")
    round_url = boss.url

    health = open_as("daumoi.so_y_te")
    health.get_by_role("link", name="Báo cáo 6 tháng đầu năm 2022").click()
    _report(health, "Tập huấn giới cho 120 nhân viên y tế", "120", "85")
    health.click("button[value=submit]")
    health.wait_for_selector("text=Đã gửi báo cáo")
    # It had sent its report before the due date (the test's clock cannot go back to that day).
    Report.objects.filter(agency=focal["so_y_te"].agency).update(submitted_at=timezone.now() - dt.timedelta(days=3))

    justice = open_as("daumoi.so_tu_phap")
    justice.get_by_role("link", name="Báo cáo 6 tháng đầu năm 2022").click()
    _report(justice, "Lồng ghép giới trong văn bản", "35", "50")  # more women than people: refused
    justice.click("button[value=submit]")
    assert justice.locator("text=Số nữ không được lớn hơn tổng số").is_visible()
    assert justice.locator("#report-form textarea[name$='-done']").first.input_value() == "Lồng ghép giới trong văn bản"
    justice.locator("#report-form input[name$='-female']").first.fill("20")
    justice.click("button[value=submit]")
    justice.wait_for_selector("text=Đã gửi báo cáo")

    boss.goto(round_url)
    rates = boss.locator("#completeness tr.total").inner_text().split()
    assert rates[1:6] == [str(plan.rounds.get().reports.count()), "2", "1", "1",
                          str(plan.rounds.get().reports.count() - 2)]  # expected, sent, on time, late, missing
    boss.click("tr[data-agency='Sở Tư pháp tỉnh Thái Bình'] a")
    boss.fill("textarea[name=comment]", "Bổ sung số người được tập huấn là nữ")
    boss.click("button[value=return]")
    boss.wait_for_selector("text=Đã trả lại báo cáo để sửa")

    justice.goto(f"{live_server.url}/")
    justice.get_by_role("link", name="Báo cáo 6 tháng đầu năm 2022").click()
    assert "Bổ sung số người được tập huấn là nữ" in justice.locator("p.msg.warning").inner_text()
    justice.locator("#report-form input[name$='-female']").first.fill("22")
    justice.click("button[value=submit]")
    justice.wait_for_selector("text=Đã gửi báo cáo")

    boss.goto(f"{live_server.url}/")
    boss.get_by_role("link", name="Sở Tư pháp tỉnh Thái Bình").click()
    boss.click("button[value=accept]")
    boss.wait_for_selector("text=Đã chấp nhận báo cáo")
    boss.goto(round_url)
    boss.get_by_role("link", name="Tổng hợp báo cáo").click()
    boss.click("button[name=assemble]")
    boss.wait_for_selector("#figures")
    assert boss.locator("#figures tbody tr").first.inner_text().split("\t")[1:4] == ["155", "107", "48"]
    with boss.expect_download() as download:
        boss.get_by_role("link", name="Tải báo cáo .docx").click()
    document = Document(str(download.value.path()))
    body = "\n".join(p.text for p in document.paragraphs)
    assert "BÁO CÁO" in body and "Tập huấn giới cho 120 nhân viên y tế" in body
