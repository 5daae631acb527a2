"""Names, addresses and phone numbers are encrypted at rest: the database file alone reveals no one, history
tables included. A lost or wrong key gives a clear Vietnamese error and never writes plain text; the keys can be
rotated without losing a record."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.fernet import Fernet
from django.core.management import call_command
from django.db import connection

from binhdang.cases.crypto import CaseKeyError
from binhdang.cases.models import Case, Victim
from tests.cases.conftest import PERPETRATOR, VICTIM, case_make

SECRETS = [VICTIM, PERPETRATOR, "Hoa Sữa", "0912345678", "0987654321", "Hàng Xóm"]


def _raw_text() -> str:
    """Every text column of every table of the register, as stored."""
    tables = [t for t in connection.introspection.table_names() if t.startswith("cases_")]
    out = []
    with connection.cursor() as cursor:
        for table in tables:
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")
            out += [str(v) for row in cursor.fetchall() for v in row if v is not None]
    return "\n".join(out)


@pytest.mark.django_db
def test_columns_hold_no_plain_name(world) -> None:  # type: ignore[no-untyped-def]
    raw = _raw_text()
    assert "gAAAAA" in raw  # Fernet tokens are there
    for secret in SECRETS:
        assert secret not in raw
    with connection.cursor() as cursor:
        cursor.execute("SELECT full_name FROM cases_victim WHERE case_id = %s", [world.case_a.id])
        (stored,) = cursor.fetchone()
    assert stored != VICTIM and Victim.objects.get(case=world.case_a).full_name == VICTIM


@pytest.mark.django_db
def test_a_wrong_key_is_said_and_writes_nothing(client, settings, world) -> None:  # type: ignore[no-untyped-def]
    settings.CASE_KEYS = [Fernet.generate_key().decode()]  # the old key is lost
    client.force_login(world.worker)
    page = client.get(f"/cases/{world.case_a.id}/")
    assert page.status_code == 503
    assert "Khóa mã hóa hiện tại không mở được dữ liệu đã lưu" in page.content.decode()
    settings.CASE_KEYS = []
    with pytest.raises(CaseKeyError, match="Chưa có khóa mã hóa"):
        case_make(worker=world.worker, unit=world.commune, received=dt.date(2025, 10, 1))
    assert VICTIM not in _raw_text()


@pytest.mark.django_db
def test_rotation_loses_nothing(settings, world) -> None:  # type: ignore[no-untyped-def]
    old = settings.CASE_KEYS[0]
    new = Fernet.generate_key().decode()
    settings.CASE_KEYS = [new, old]
    call_command("case_keys_rotate")
    settings.CASE_KEYS = [new]  # the old key dropped: everything still opens, history included
    assert Victim.objects.get(case=world.case_a).full_name == VICTIM
    assert Case.objects.get(pk=world.case_a.pk).reporter_phone == "0912345678"
    assert {h.full_name for h in Victim.history.all()} == {VICTIM, "Phạm Thị Thu Cúc"}
    settings.CASE_KEYS = [old]  # and the old key alone no longer opens them
    with pytest.raises(CaseKeyError):
        Victim.objects.get(case=world.case_a).full_name  # noqa: B018


def _start(env: dict[str, str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith(("BINHDANG_CASE", "DEBUG", "PYTEST"))}
    return subprocess.run([sys.executable, "-m", "binhdang.cli", "check"], capture_output=True, text=True,
                          env={**base, "BINHDANG_DATA_DIR": str(tmp_path), **env}, timeout=120)


def test_production_refuses_to_start_without_a_key(tmp_path) -> None:  # type: ignore[no-untyped-def]
    refused = _start({"DEBUG": "0"}, tmp_path)
    assert refused.returncode != 0
    assert "Chưa có khóa mã hóa sổ vụ việc" in refused.stderr and "BINHDANG_CASE_KEYS" in refused.stderr
    started = _start({"DEBUG": "0", "BINHDANG_CASE_KEYS": Fernet.generate_key().decode()}, tmp_path)
    assert started.returncode == 0, started.stderr
    key_file = tmp_path / "keys" / "case_keys"
    demo = _start({"DEBUG": "0", "BINHDANG_CASE_KEY_FILE": str(key_file)}, tmp_path)
    assert demo.returncode == 0, demo.stderr
    assert Fernet(key_file.read_text().strip().encode())  # the demo made its own key
    assert oct(key_file.stat().st_mode & 0o777) == "0o600"


@pytest.mark.django_db
def test_lists_still_open_when_the_key_is_lost(client, settings, world) -> None:  # type: ignore[no-untyped-def]
    """Lists and the home page hold no encrypted field: a lost key shows on the case page, not everywhere."""
    settings.CASE_KEYS = [Fernet.generate_key().decode()]
    client.force_login(world.worker)
    assert world.case_a.code in client.get("/").content.decode()
    assert world.case_a.code in client.get("/cases/").content.decode()
    assert client.get("/cases/export.xlsx").status_code == 200
