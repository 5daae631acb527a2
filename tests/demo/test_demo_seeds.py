"""`binhdang demo` imports the five seeds into their units, and running it again changes nothing."""

from __future__ import annotations

import pytest
from django.core.management import call_command

from binhdang.accounts.models import User
from binhdang.plans.models import Duty, Plan
from tests.conftest import SHARED

pytestmark = pytest.mark.django_db


def test_demo_imports_every_seed_into_its_unit(client) -> None:  # type: ignore[no-untyped-def]
    call_command("demo", seeds=str(SHARED / "seeds"))
    plans = Plan.objects.exclude(source_sha256="").select_related("unit", "issuer_agency")  # read from documents
    assert plans.count() == 5 and all(p.status == Plan.Status.CONFIRMED for p in plans)
    by_unit = sorted(p.unit.name for p in plans)
    assert by_unit == ["Phường Phú Thứ", "Tỉnh Hải Dương", "Tỉnh Hải Dương", "Tỉnh Lạng Sơn", "Tỉnh Thái Bình"]
    lang_son = plans.get(unit__name="Tỉnh Lạng Sơn")
    assert lang_son.issuer_agency.name == "Sở Kế hoạch và Đầu tư tỉnh Lạng Sơn"
    assert Duty.objects.filter(plan__unit__name="Tỉnh Thái Bình").exists()

    call_command("demo", seeds=str(SHARED / "seeds"))
    assert Plan.objects.exclude(source_sha256="").count() == 5  # a second run never duplicates


def test_demo_accounts_see_their_plans_and_duties(client) -> None:  # type: ignore[no-untyped-def]
    call_command("demo", seeds=str(SHARED / "seeds"))
    client.force_login(User.objects.get(username="dieuphoi.haiphong"))
    listing = client.get("/plans/").content.decode()
    assert listing.count("Hải Dương") >= 2 and "Lạng Sơn" not in listing  # Hải Phòng succeeded Hải Dương
    client.force_login(User.objects.get(username="daumoi.syte.thaibinh"))
    home = client.get("/").content.decode()
    assert "lĩnh vực y tế" in home
