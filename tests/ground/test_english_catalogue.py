"""English, the second language: every string of the interface is translated, and the compiled catalogue
is the one the .po file gives (a stale catalogue shows English users Vietnamese)."""

from __future__ import annotations

import gettext
import shutil
import subprocess
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import override_settings

import binhdang

PACKAGE = Path(binhdang.__file__).resolve().parent
PO = PACKAGE / "locale" / "en" / "LC_MESSAGES" / "django.po"
needs_gettext = pytest.mark.skipif(shutil.which("xgettext") is None, reason="GNU gettext is not installed")


@needs_gettext
def test_every_interface_string_has_an_english_translation(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    copy = tmp_path / "binhdang"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__", "*.mo"))
    (copy / "locale" / "en" / "LC_MESSAGES" / "django.po").unlink()
    monkeypatch.chdir(copy)
    with override_settings(LOCALE_PATHS=[copy / "locale"]):
        call_command("makemessages", locale=["en"], verbosity=0)
    fresh = copy / "locale" / "en" / "LC_MESSAGES" / "django.po"
    # msgcmp fails when a string of the code is missing from the committed catalogue, untranslated or fuzzy.
    run = subprocess.run(["msgcmp", str(PO), str(fresh)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr[-3000:]


@needs_gettext
def test_compiled_catalogue_matches_the_po_file(tmp_path: Path) -> None:
    compiled = tmp_path / "django.mo"
    subprocess.run(["msgfmt", "--check", "-o", str(compiled), str(PO)], check=True)
    with compiled.open("rb") as fresh, PO.with_suffix(".mo").open("rb") as committed:
        assert gettext.GNUTranslations(committed)._catalog == gettext.GNUTranslations(fresh)._catalog  # type: ignore[attr-defined]


@pytest.mark.django_db
def test_plan_list_and_indicator_catalogue_in_english(client, hung_yen) -> None:  # type: ignore[no-untyped-def]
    client.force_login(hung_yen.users["coordinator"])
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    plans = client.get("/plans/").content.decode()
    assert "Import from a document" in plans and "Nhập từ văn bản" not in plans
    catalogue = client.get("/indicators/").content.decode()
    assert "Indicator catalogue" in catalogue and "Danh mục chỉ số" not in catalogue
