"""Login: argon2 hashes, lockout after repeated failures, Vietnamese messages."""

from __future__ import annotations

import pytest

from binhdang.accounts.models import User

pytestmark = pytest.mark.django_db


def test_passwords_are_hashed_with_argon2(hung_yen) -> None:  # type: ignore[no-untyped-def]
    user = User.objects.get(pk=hung_yen.users["leader"].pk)
    assert user.password.startswith("argon2")


def test_login_then_home(client, hung_yen) -> None:  # type: ignore[no-untyped-def]
    user = hung_yen.users["focal_point"]
    response = client.post("/login/", {"username": user.username, "password": "mat-khau-dai-1"}, follow=True)
    assert "Việc của tôi" in response.content.decode()


def test_lockout_after_five_failures(client, hung_yen) -> None:  # type: ignore[no-untyped-def]
    user = hung_yen.users["leader"]
    for _ in range(5):
        response = client.post("/login/", {"username": user.username, "password": "sai"})
    assert "Tài khoản tạm khóa" in response.content.decode()
    response = client.post("/login/", {"username": user.username, "password": "mat-khau-dai-1"})
    assert "Tài khoản tạm khóa" in response.content.decode()  # even the right password waits


def test_wrong_password_message_keeps_username(client, hung_yen) -> None:  # type: ignore[no-untyped-def]
    response = client.post("/login/", {"username": "dieuphoi", "password": "sai"})
    body = response.content.decode()
    assert "không đúng" in body and 'value="dieuphoi"' in body
