"""In the browser, one case from intake to closure: the commune's case worker takes it in as a draft, adds the
victim and the perpetrator, a no-contact order, the outcome, asks to close it; the supervisor approves; the
province's leader sees only counts."""

from __future__ import annotations

import pytest

from binhdang.cases.models import Case
from tests.cases.conftest import world  # noqa: F401  (the register's users and two cases)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _open_step(page, step: str) -> None:  # type: ignore[no-untyped-def]
    page.locator(f"details#{step} summary").click()


def _save_step(page, step: str) -> None:  # type: ignore[no-untyped-def]
    page.locator(f"details#{step} form button").click()
    page.wait_for_load_state()


def test_one_case_from_intake_to_closure(open_as, live_server, world) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    worker = open_as(world.worker.username)
    worker.get_by_role("link", name="Vụ việc", exact=True).click()
    worker.get_by_role("link", name="Tiếp nhận vụ việc mới").click()
    worker.fill("input[name=received_on]", "02/10/2025")
    worker.select_option("select[name=received_by_kind]", "cong_an")
    worker.select_option("select[name=channel]", "phone")
    worker.check("input[name=harms][value=the_chat]")
    worker.check("input[name=acts][value=a]")
    worker.fill("input[name=reporter_name]", "Người Hàng Xóm Kín Tên")
    worker.select_option("select[name=supervisor]", str(world.supervisor.id))
    worker.click("#intake button")
    worker.wait_for_url("**/cases/*/")
    case = Case.objects.exclude(pk__in=[world.case_a.pk, world.case_b.pk]).get()
    assert worker.inner_text("#status") == "Nháp"

    _open_step(worker, "victim")
    worker.fill("input[name=victim-full_name]", "Đinh Thị Mơ Giả Định")
    worker.select_option("select[name=victim-sex]", "nu")
    worker.fill("input[name=victim-birth_year]", "1993")
    worker.select_option("select[name=victim-relationship]", "da_ly_hon")
    _save_step(worker, "victim")
    _open_step(worker, "perpetrator")
    worker.fill("input[name=perpetrator-full_name]", "Hà Văn Tèo Giả Định")
    worker.select_option("select[name=perpetrator-sex]", "nam")
    worker.select_option("select[name=perpetrator-age_band]", "16_59")
    worker.select_option("select[name=perpetrator-relationship]", "da_ly_hon")
    _save_step(worker, "perpetrator")
    worker.click("button[value=submit]")
    worker.wait_for_load_state()
    assert worker.inner_text("#status") == "Đang xử lý"

    _open_step(worker, "measure")
    worker.select_option("select[name=measure-kind]", "cam_tiep_xuc")
    worker.fill("input[name=measure-decided_on]", "03/10/2025")
    worker.fill("input[name=measure-decided_by]", "Chủ tịch UBND xã")
    worker.fill("input[name=measure-decision_number]", "15/QĐ-UBND")
    worker.fill("input[name=measure-starts_on]", "03/10/2025")
    worker.fill("input[name=measure-ends_on]", "05/10/2025")
    worker.select_option("select[name=measure-consent]", "dong_y")
    _save_step(worker, "measure")
    assert "QĐ số 15/QĐ-UBND" in worker.inner_text("#timeline")
    _open_step(worker, "outcome")
    worker.select_option("select[name=outcome-outcome]", "cham_dut")
    _save_step(worker, "outcome")
    worker.click("button[value=request_close]")
    worker.wait_for_load_state()
    assert worker.inner_text("#status") == "Chờ duyệt kết thúc"

    supervisor = open_as(world.supervisor.username)
    supervisor.goto(f"{live_server.url}/cases/{case.id}/")
    assert "Đinh Thị Mơ Giả Định" in supervisor.inner_text("#victims")
    supervisor.click("button[value=approve_close]")
    supervisor.wait_for_load_state()
    assert supervisor.inner_text("#status") == "Đã kết thúc"
    supervisor.get_by_role("link", name="Nhật ký truy cập").click()
    assert world.worker.username in supervisor.inner_text("#log")

    leader = open_as(world.users[("province", "leader")].username)
    leader.get_by_role("link", name="Số liệu vụ việc").click()
    assert case.code not in leader.content() and "Đinh Thị" not in leader.content()
    assert leader.locator("#counts").is_visible()
    response = leader.goto(f"{live_server.url}/cases/{case.id}/")
    assert response is not None and response.status == 404
