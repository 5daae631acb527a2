"""Search units and agencies with or without diacritics, within the user's own area."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


def test_unit_search_without_diacritics(client, hung_yen) -> None:  # type: ignore[no-untyped-def]
    client.force_login(hung_yen.users["leader"])
    body = client.get("/units/", {"q": "thai binh"}).content.decode()
    assert "Tỉnh Thái Bình" in body  # the old province, through the 2025 lineage


def test_search_stays_inside_the_area(client, hung_yen, lang_son) -> None:  # type: ignore[no-untyped-def]
    client.force_login(hung_yen.users["leader"])
    body = client.get("/units/", {"q": "lang son"}).content.decode()
    assert "Lạng Sơn" not in body and "Không tìm thấy" in body


def test_admin_finds_hai_duong_typed_without_accents(client, admin_user) -> None:  # type: ignore[no-untyped-def]
    client.force_login(admin_user)
    assert "Tỉnh Hải Dương" in client.get("/units/", {"q": "hai duong"}).content.decode()


def test_htmx_search_returns_only_the_rows(client, hung_yen) -> None:  # type: ignore[no-untyped-def]
    client.force_login(hung_yen.users["coordinator"])
    response = client.get("/agencies/", {"q": "so y te"}, headers={"HX-Request": "true"})
    body = response.content.decode()
    assert "Sở Y tế tỉnh Hưng Yên" in body and "<html" not in body
