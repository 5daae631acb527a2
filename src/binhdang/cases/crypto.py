"""Names, addresses and phone numbers of the case register, encrypted at rest (Fernet through MultiFernet).

Keys come from the environment (`BINHDANG_CASE_KEYS`: comma-separated Fernet keys, the first one current; or
`BINHDANG_CASE_KEY_FILE`: a file of such keys, one a line, made with a new key when missing, as the demo does).
A copy of the database alone reveals no one. A value is only ever written encrypted: without a usable key the
write fails with a clear message instead of storing plain text.
"""

from __future__ import annotations

from functools import lru_cache

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import models
from django.utils.translation import gettext as _


class CaseKeyError(Exception):
    """No key, a malformed key, or a key that does not open what is stored: said in Vietnamese."""


def refuse_to_start_without_keys() -> None:
    """Production (DEBUG off) does not start without a case key; tests and type checks use their own."""
    if settings.CASE_KEYS or not settings.CASE_KEYS_REQUIRED:
        return
    raise ImproperlyConfigured(
        "Chưa có khóa mã hóa sổ vụ việc: đặt biến môi trường BINHDANG_CASE_KEYS (khóa Fernet, tạo bằng "
        "`python -c \"from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())\"`) "
        "hoặc BINHDANG_CASE_KEY_FILE (tệp khóa). Không có khóa, hệ thống không chạy để không lưu tên, địa chỉ, "
        "số điện thoại người bị bạo lực dưới dạng đọc được.")


@lru_cache(maxsize=4)
def _ring(keys: tuple[str, ...]) -> MultiFernet:
    try:
        return MultiFernet([Fernet(k.encode()) for k in keys])
    except (ValueError, TypeError) as exc:
        raise CaseKeyError(_("Khóa mã hóa sổ vụ việc không hợp lệ (cần khóa Fernet 44 ký tự). "
                             "Hãy kiểm tra biến BINHDANG_CASE_KEYS.")) from exc


def keyring() -> MultiFernet:
    keys = tuple(settings.CASE_KEYS)
    if not keys:
        raise CaseKeyError(_("Chưa có khóa mã hóa sổ vụ việc: không thể ghi hay đọc thông tin nhận dạng. "
                             "Hãy liên hệ quản trị hệ thống."))
    return _ring(keys)


def encrypt(value: str) -> str:
    return keyring().encrypt(value.encode()).decode()


def decrypt(token: str) -> str:
    try:
        return keyring().decrypt(token.encode()).decode()
    except InvalidToken as exc:
        raise CaseKeyError(_("Khóa mã hóa hiện tại không mở được dữ liệu đã lưu (khóa bị mất hoặc sai). "
                             "Không có gì bị ghi đè; hãy khôi phục khóa cũ vào BINHDANG_CASE_KEYS.")) from exc


def rotate(token: str) -> str:
    """The same value under the current (first) key."""
    try:
        return keyring().rotate(token.encode()).decode()
    except InvalidToken as exc:
        raise CaseKeyError(_("Khóa mã hóa hiện tại không mở được dữ liệu đã lưu (khóa bị mất hoặc sai). "
                             "Không có gì bị ghi đè; hãy khôi phục khóa cũ vào BINHDANG_CASE_KEYS.")) from exc


class EncryptedTextField(models.TextField):
    """Text stored as a Fernet token; empty stays empty (nothing to hide, and 'no phone' is worth knowing)."""

    def from_db_value(self, value, expression, connection):  # type: ignore[no-untyped-def]
        if value is None or value == "":
            return value
        return decrypt(value)

    def get_prep_value(self, value):  # type: ignore[no-untyped-def]
        value = super().get_prep_value(value)
        if value is None or value == "":
            return value
        return encrypt(str(value))
