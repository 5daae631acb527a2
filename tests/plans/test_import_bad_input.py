"""A wrong file or an empty form gets a clear message in Vietnamese, keeps what was typed, saves nothing."""

from __future__ import annotations

import io

import pytest

from binhdang.plans.models import Plan

pytestmark = pytest.mark.django_db


def test_binary_file_is_refused_in_vietnamese(client, coordinator) -> None:  # type: ignore[no-untyped-def]
    picture = io.BytesIO(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    picture.name = "anh.png"
    response = client.post("/plans/import/", {"file": picture})
    body = response.content.decode()
    assert response.status_code == 400 and "Traceback" not in body
    assert "không phải văn bản" in body.lower() or "không đọc được" in body.lower()
    assert not Plan.objects.exists()


def test_pasted_text_that_is_no_plan_is_kept(client, coordinator) -> None:  # type: ignore[no-untyped-def]
    typed = "Danh sách đi chợ: rau muống, cá rô, đậu phụ"
    response = client.post("/plans/import/", {"text": typed})
    body = response.content.decode()
    assert response.status_code == 400
    assert "không giống một văn bản hành chính" in body and typed in body
    assert not Plan.objects.exists()


def test_empty_form_says_what_to_do(client, coordinator) -> None:  # type: ignore[no-untyped-def]
    response = client.post("/plans/import/", {})
    assert "Hãy chọn một tệp hoặc dán nội dung văn bản." in response.content.decode()


def test_a_plan_of_another_province_is_refused(client, coordinator) -> None:  # type: ignore[no-untyped-def]
    from tests.plans.conftest import seed

    with seed("003").open("rb") as fh:  # Sở Kế hoạch và Đầu tư Lạng Sơn
        body = client.post("/plans/import/", {"file": fh}).content.decode()
    assert "ngoài địa bàn của bạn" in body and "Lạng Sơn" in body
    assert not Plan.objects.exists()


def test_pasted_plan_text_is_read(client, coordinator) -> None:  # type: ignore[no-untyped-def]
    from tests.plans.conftest import seed

    response = client.post("/plans/import/", {"text": seed("001").read_text(encoding="utf-8")})
    assert response.status_code == 302
    assert Plan.objects.get().number == "31/KH-UBND"
