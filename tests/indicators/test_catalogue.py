"""The catalogue comes preloaded: the national strategy's targets with their 2025 and 2030 values, and the
indicators a province collects; coordinators add their own, seen only in their area."""

from __future__ import annotations

from decimal import Decimal

import pytest

from binhdang.indicators.models import Indicator

pytestmark = pytest.mark.django_db


def test_national_targets_are_preloaded(client, coordinator) -> None:  # type: ignore[no-untyped-def]
    leaders = Indicator.objects.get(code="lanh-dao-chu-chot-nu")
    assert (leaders.target_2025, leaders.target_2030, leaders.kind) == (Decimal(60), Decimal(75), "ratio")
    birth = Indicator.objects.get(code="ty-so-gioi-tinh-khi-sinh")
    assert (birth.target_2025, birth.target_2030, birth.direction) == (Decimal(111), Decimal(109), "down")
    assert Indicator.objects.get(code="tu-vong-me").target_2025 == 42
    assert Indicator.objects.filter(by_sex=True, kind="count").count() >= 4  # jobs, trainees, victims …
    page = client.get("/indicators/").content.decode()
    assert "Tỷ số giới tính khi sinh" in page and "Nghị quyết 28/NQ-CP" in page


def test_a_coordinators_own_indicator_stays_in_its_area(client, coordinator, lang_son) -> None:  # type: ignore[no-untyped-def]
    response = client.post("/indicators/", {"code": "nu-truong-thon", "name": "Tỷ lệ nữ trưởng thôn",
                                            "kind": "ratio", "unit": "%", "multiplier": "100", "direction": "up",
                                            "periodicity": "year", "definition": "", "keywords": "trưởng thôn"})
    assert response.status_code == 302
    assert Indicator.objects.get(code="nu-truong-thon").owner == coordinator.unit
    client.force_login(lang_son.users["coordinator"])
    assert "Tỷ lệ nữ trưởng thôn" not in client.get("/indicators/").content.decode()
    client.force_login(lang_son.users["focal_point"])
    assert client.post("/indicators/", {"code": "x", "name": "x"}).status_code == 403
