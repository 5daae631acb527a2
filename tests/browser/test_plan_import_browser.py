"""In the browser: a coordinator uploads seed 001, fixes one agency match, confirms; the health department's
focal point logs in and finds its duty on its home page."""

from __future__ import annotations

import pytest

from binhdang.accounts.models import User
from binhdang.units.models import Agency
from tests.conftest import SEEDS

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_upload_fix_a_match_confirm_and_the_focal_point_sees_its_duty(open_as, live_server, hung_yen) -> None:  # type: ignore[no-untyped-def]
    thai_binh = next(u for u in hung_yen.old if u.short_name == "Thái Bình")
    # Thái Bình's health department was registered by hand under a name the reader cannot match.
    health = Agency.objects.get(unit=thai_binh, kind="so_y_te")
    health.name, health.kind = "Ngành Y tế Thái Bình", ""
    health.save()
    User.objects.create_user("daumoi.yte.tb", password="mat-khau-dai-1", role=User.Role.FOCAL_POINT,
                             unit=thai_binh, agency=health)

    page = open_as(hung_yen.users["coordinator"].username)
    page.click("text=Kế hoạch")
    page.click("text=Nhập từ văn bản")
    page.set_input_files("input[name=file]", str(next(p for p in SEEDS if p.name.startswith("001"))))
    page.click("button[name=go]")
    page.wait_for_url("**/edit/")
    assert page.locator("aside.source").is_visible()  # the source text beside the form

    row = page.locator(".assignment.unmatched", has=page.locator("input[value='Sở Y tế']"))
    assert row.count() == 1
    row.locator("select[name$='-choice']").select_option(label="Ngành Y tế Thái Bình")
    page.click("button[name=confirm]")
    page.wait_for_url("**/plans/*/")
    assert "nhiệm vụ đã giao" in page.locator(".msg").first.inner_text()

    focal = open_as("daumoi.yte.tb")
    assert focal.get_by_role("heading", name="Nhiệm vụ của cơ quan tôi").is_visible()
    duties = focal.locator("ul.duties")
    assert "lĩnh vực y tế" in duties.inner_text()
    assert "31/12/2022" in duties.inner_text()
