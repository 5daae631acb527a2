"""Two people editing one report: the second save is refused with a clear message; neither version is lost."""

from __future__ import annotations

import pytest

from binhdang.accounts.models import User
from binhdang.reports.models import Conflict
from tests.reports.conftest import fill, report_of, reporter

pytestmark = pytest.mark.django_db


def test_the_second_save_is_refused_and_kept(client, plan, rnd) -> None:  # type: ignore[no-untyped-def]
    first = reporter(plan, "so_y_te", "daumoi.yte.1")
    second = User.objects.create_user("daumoi.yte.2", password="mat-khau-dai-1", role=User.Role.FOCAL_POINT,
                                      unit=plan.unit, agency=first.agency, first_name="Trần Văn Hai")
    report = report_of(rnd, first)
    client.force_login(first)
    mine = fill(client, report, summary="Bản của người thứ nhất")
    client.force_login(second)
    theirs = fill(client, report, summary="Bản của người thứ hai")  # both opened at the same version

    client.force_login(second)
    assert client.post(f"/reports/{report.id}/", {**theirs, "action": "save"}).status_code == 302
    client.force_login(first)
    response = client.post(f"/reports/{report.id}/", {**mine, "action": "save"})
    page = response.content.decode()
    assert response.status_code == 409
    assert "Trần Văn Hai đã lưu báo cáo này" in page and "Bản của người thứ nhất" in page  # still in the form
    report.refresh_from_db()
    assert report.summary == "Bản của người thứ hai"
    assert Conflict.objects.get(report=report).data["summary"] == "Bản của người thứ nhất"
    assert "Bản của người thứ nhất" in client.get(f"/reports/{report.id}/").content.decode()  # kept aside

    # Saving again from the page now shown is a knowing choice: it goes through.
    from tests.plans.forms_data import form_data

    again = form_data(page, "report-form")
    assert client.post(f"/reports/{report.id}/", {**again, "action": "save"}).status_code == 302
    report.refresh_from_db()
    assert report.summary == "Bản của người thứ nhất"


def test_autosave_answers_with_the_new_version(client, plan, rnd) -> None:  # type: ignore[no-untyped-def]
    health = reporter(plan, "so_y_te")
    client.force_login(health)
    report = report_of(rnd, health)
    data = fill(client, report, summary="Đang viết dở")
    response = client.post(f"/reports/{report.id}/autosave/", data, HTTP_HX_REQUEST="true")
    body = response.content.decode()
    report.refresh_from_db()
    assert response.status_code == 200 and "Đã tự động lưu" in body
    assert report.summary == "Đang viết dở" and f'value="{report.version}"' in body
    # The same user's next save from that page (its own autosave came first) is no conflict…
    again = client.post(f"/reports/{report.id}/", {**data, "summary": "Viết xong", "action": "save"})
    assert again.status_code == 302
    # …but a colleague's, from a page opened before those saves, is refused rather than overwriting them.
    colleague = User.objects.create_user("daumoi.yte.3", password="mat-khau-dai-1", role=User.Role.FOCAL_POINT,
                                         unit=plan.unit, agency=health.agency)
    client.force_login(colleague)
    stale = client.post(f"/reports/{report.id}/autosave/", data, HTTP_HX_REQUEST="true").content.decode()
    assert "đã lưu báo cáo này" in stale
    report.refresh_from_db()
    assert report.summary == "Viết xong"
