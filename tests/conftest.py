"""Shared fixtures: the real seed documents, and the real administrative units loaded once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEEDS = sorted((SHARED / "seeds").glob("*.txt"))


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):  # type: ignore[no-untyped-def]
    from binhdang.units.services import units_load

    with django_db_blocker.unblock():
        units_load()
