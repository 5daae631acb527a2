"""`binhdang case_keys_rotate`: re-encrypt every name, address and phone number (history included) under the
current key, the first of BINHDANG_CASE_KEYS. Put the new key first, keep the old ones after it, run this, then
drop the old keys. All in one transaction: a value no key opens stops it before anything is written."""

from __future__ import annotations

from typing import Any

from django.apps import apps
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction

from binhdang.cases.crypto import CaseKeyError, EncryptedTextField, decrypt, encrypt, keyring


def encrypted_columns() -> list[tuple[Any, list[str]]]:
    """Every model of the register (its history tables too) with its encrypted fields."""
    out = []
    for model in apps.get_app_config("cases").get_models():
        names = [f.name for f in model._meta.concrete_fields if isinstance(f, EncryptedTextField)]
        if names:
            out.append((model, names))
    return out


class Command(BaseCommand):
    help = "Mã hóa lại toàn bộ thông tin nhận dạng của sổ vụ việc bằng khóa hiện tại (khóa đầu tiên)."

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            keyring()
            total = self._rotate()
        except CaseKeyError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(f"Đã mã hóa lại {total} giá trị bằng khóa hiện tại.")

    @transaction.atomic
    def _rotate(self) -> int:
        total = 0
        for model, names in encrypted_columns():
            # Raw tokens through SQL (not the model: no save(), no new history row), each opened with any key
            # of the ring and written again under the first.
            table = model._meta.db_table
            pk = model._meta.pk.column
            cols = [model._meta.get_field(n).column for n in names]
            with connection.cursor() as cursor:
                cursor.execute(f"SELECT {connection.ops.quote_name(pk)}, "
                               + ", ".join(connection.ops.quote_name(c) for c in cols)
                               + f" FROM {connection.ops.quote_name(table)}")
                rows = cursor.fetchall()
            for pk_value, *tokens in rows:
                new = [encrypt(decrypt(t)) if t else t for t in tokens]
                if any(tokens):
                    with connection.cursor() as cursor:
                        cursor.execute(f"UPDATE {connection.ops.quote_name(table)} SET "
                                       + ", ".join(f"{connection.ops.quote_name(c)} = %s" for c in cols)
                                       + f" WHERE {connection.ops.quote_name(pk)} = %s", [*new, pk_value])
                    total += sum(1 for t in tokens if t)
        return total
