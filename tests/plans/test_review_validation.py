"""A field that fails validation on the review page keeps everything else the user typed, and saves nothing."""

from __future__ import annotations

import pytest

from tests.plans.conftest import resubmit, upload

pytestmark = pytest.mark.django_db


def test_bad_date_keeps_the_other_edits(client, admin_user) -> None:  # type: ignore[no-untyped-def]
    client.force_login(admin_user)
    plan = upload(client, "004")
    data = resubmit(client, plan)
    data["title"] = "Hành động về Bình đẳng giới tỉnh Hải Dương giai đoạn 2016-2020 (đã sửa)"
    data["msr-0-value"] = "27.5"
    data["issued_on"] = "31/02/2015"
    response = client.post(f"/plans/{plan.id}/edit/", data)
    body = response.content.decode()
    assert response.status_code == 400 and "Chưa lưu được" in body
    assert "(đã sửa)" in body and 'value="27.5"' in body and 'value="31/02/2015"' in body
    plan.refresh_from_db()
    assert "(đã sửa)" not in plan.title  # nothing half-saved


def test_measures_are_editable(client, admin_user) -> None:  # type: ignore[no-untyped-def]
    client.force_login(admin_user)
    plan = upload(client, "004")
    assert sum(t.measures.count() for o in plan.objectives.all() for t in o.targets.all()) == 25
    data = resubmit(client, plan)
    data["msr-0-value"] = "27.5"
    data["msr-0-comparator"] = ">"
    assert client.post(f"/plans/{plan.id}/edit/", data).status_code == 302
    first = plan.objectives.first().targets.first().measures.first()
    assert (str(first.value.normalize()), first.comparator) == ("27.5", ">")
    assert "27.5" in client.get(f"/plans/{plan.id}/").content.decode()


def test_period_must_run_forward(client, admin_user) -> None:  # type: ignore[no-untyped-def]
    client.force_login(admin_user)
    plan = upload(client, "004")
    data = resubmit(client, plan)
    data["period_from"], data["period_to"] = "2020", "2016"
    body = client.post(f"/plans/{plan.id}/edit/", data).content.decode()
    assert "Năm kết thúc phải từ năm bắt đầu trở đi." in body
