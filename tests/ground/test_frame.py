"""The frame: each role's home page, error pages in Vietnamese, English on request, dd/mm/yyyy dates."""

from __future__ import annotations

import pytest
from django.test import override_settings

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("role", "phrase"), [
    ("coordinator", "Khi một kế hoạch được xác nhận"),
    ("focal_point", "giao nhiệm vụ cho cơ quan của bạn"),
    ("leader", "Tiến độ các chỉ tiêu"),
    ("case_worker", "Các vụ việc được giao"),
])
def test_home_says_nothing_is_owed_yet(client, hung_yen, role, phrase) -> None:  # type: ignore[no-untyped-def]
    client.force_login(hung_yen.users[role])
    body = client.get("/").content.decode()
    assert "Chưa có việc nào đến hạn." in body and phrase in body and "Tỉnh Hưng Yên" in body


@override_settings(DEBUG=False)
def test_not_found_page_is_vietnamese(client, hung_yen) -> None:  # type: ignore[no-untyped-def]
    client.force_login(hung_yen.users["leader"])
    response = client.get("/units/999999999/")
    assert response.status_code == 404 and "Không tìm thấy trang" in response.content.decode()


def test_english_on_request(client, hung_yen) -> None:  # type: ignore[no-untyped-def]
    client.force_login(hung_yen.users["leader"])
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    body = client.get("/").content.decode()
    assert "My work" in body and "Administrative units" in body


def test_dates_are_dd_mm_yyyy(client, hung_yen) -> None:  # type: ignore[no-untyped-def]
    client.force_login(hung_yen.users["leader"])
    assert "01/07/2025" in client.get(f"/units/{hung_yen.unit.id}/").content.decode()
