"""Shared fixtures: the real seed documents, the real administrative units loaded once per session, and two
provinces with their agencies and one user per role in each: Hưng Yên (which absorbed Thái Bình in 2025) and
Lạng Sơn. Tests check that a Hưng Yên user never reaches Lạng Sơn's data."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from binhdang.accounts.models import User
from binhdang.units.models import AdminUnit, Agency
from binhdang.units.services import agencies_create_standard

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEEDS = sorted((SHARED / "seeds").glob("*.txt"))


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):  # type: ignore[no-untyped-def]
    from binhdang.units.services import units_load

    with django_db_blocker.unblock():
        units_load()


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Uploaded evidence goes to the test's own folder, never to ./data."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def units_back(transactional_db, django_db_blocker) -> None:  # type: ignore[no-untyped-def]
    """For tests in a real transaction (a live server): Django flushes every table after each of them, and
    pytest-django runs them after all the others, so what migrations load (the administrative units, the
    indicator catalogue) is loaded again when missing."""
    from binhdang.indicators.services import catalogue_load
    from binhdang.units.services import units_load

    with django_db_blocker.unblock():
        if not AdminUnit.objects.exists():
            units_load()
        catalogue_load()


ROLES = [r for r in User.Role if r != User.Role.ADMIN]


@dataclass
class Province:
    unit: AdminUnit
    old: list[AdminUnit]
    users: dict[str, User] = field(default_factory=dict)

    def agency(self, kind: str) -> Agency:
        return Agency.objects.get(unit=self.unit, kind=kind)


def _province(name: str) -> Province:
    unit = AdminUnit.objects.get(era="current", level="province", short_name=name)
    old = list(unit.predecessors.all())
    for u in [unit, *old]:
        agencies_create_standard(u)
    province = Province(unit, old)
    for role in ROLES:
        agency = None if role == User.Role.LEADER else province.agency("so_y_te")
        user = User.objects.create_user(f"{role}.{unit.key}", password="mat-khau-dai-1", role=role, unit=unit,
                                        agency=agency)
        province.users[role] = user
    return province


@pytest.fixture
def hung_yen(db) -> Province:  # type: ignore[no-untyped-def]
    return _province("Hưng Yên")


@pytest.fixture
def lang_son(db) -> Province:  # type: ignore[no-untyped-def]
    return _province("Lạng Sơn")


@pytest.fixture
def admin_user(db) -> User:  # type: ignore[no-untyped-def]
    return User.objects.create_user("quantri", password="mat-khau-dai-1", role=User.Role.ADMIN, is_staff=True,
                                    is_superuser=True)


@pytest.fixture
def coordinator(client, hung_yen):  # type: ignore[no-untyped-def]
    """The Hưng Yên coordinator, logged in; Hưng Yên succeeded Thái Bình and so runs its 2022 plan."""
    client.force_login(hung_yen.users["coordinator"])
    return hung_yen.users["coordinator"]


@pytest.fixture
def thai_binh(hung_yen):  # type: ignore[no-untyped-def]
    return next(u for u in hung_yen.old if u.short_name == "Thái Bình")
