"""Entering data in the grid: who entered what and when; women not above the total, a share within 0–100, a
value far from last year's flagged for a second look; what was typed kept on an error."""

from __future__ import annotations

import pytest

from binhdang.indicators.models import DataValue, Indicator
from tests.indicators.conftest import put
from tests.plans.forms_data import form_data

pytestmark = pytest.mark.django_db


def _grid(client, unit, year: int) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return form_data(client.get(f"/units/{unit.id}/data/?year={year}").content.decode(), "grid-form")


def _field(prefix: str, code: str, sex: str = "t") -> str:
    return f"{prefix}-{Indicator.objects.get(code=code).id}-{sex}"


def test_enter_values_and_ratios(client, coordinator, hung_yen) -> None:  # type: ignore[no-untyped-def]
    data = _grid(client, hung_yen.unit, 2025)
    data[_field("n", "nu-dai-bieu-hdnd")], data[_field("d", "nu-dai-bieu-hdnd")] = "21", "60"
    data[_field("v", "so-nan-nhan-duoc-ho-tro")], data[_field("v", "so-nan-nhan-duoc-ho-tro", "f")] = "52", "47"
    response = client.post(f"/units/{hung_yen.unit.id}/data/?year=2025", data)
    assert response.status_code == 302
    share = DataValue.objects.get(indicator__code="nu-dai-bieu-hdnd", unit=hung_yen.unit, year=2025)
    assert share.result == 35 and share.entered_by == coordinator
    page = client.get(f"/units/{hung_yen.unit.id}/data/?year=2025").content.decode()
    assert "35" in page and coordinator.username in page


def test_women_above_total_and_share_above_100_are_refused(client, coordinator, hung_yen) -> None:  # type: ignore[no-untyped-def]
    data = _grid(client, hung_yen.unit, 2025)
    data[_field("v", "so-nan-nhan-duoc-ho-tro")], data[_field("v", "so-nan-nhan-duoc-ho-tro", "f")] = "40", "47"
    data[_field("n", "nu-dai-bieu-hdnd")], data[_field("d", "nu-dai-bieu-hdnd")] = "70", "60"
    response = client.post(f"/units/{hung_yen.unit.id}/data/?year=2025", data)
    page = response.content.decode()
    assert response.status_code == 400
    assert "số nữ không được lớn hơn tổng số" in page and "0–100" in page
    assert 'value="47"' in page  # kept
    assert not DataValue.objects.exists()  # all or nothing


def test_a_value_far_from_last_years_is_flagged(client, coordinator, hung_yen) -> None:  # type: ignore[no-untyped-def]
    put("viec-lam-moi", hung_yen.unit, 2024, value=1000)
    data = _grid(client, hung_yen.unit, 2025)
    data[_field("v", "viec-lam-moi")] = "10000"
    response = client.post(f"/units/{hung_yen.unit.id}/data/?year=2025", data, follow=True)
    assert "cần xem lại" in response.content.decode()
    assert DataValue.objects.get(year=2025).flagged  # saved, marked for a second look


def test_only_coordinators_write(client, hung_yen) -> None:  # type: ignore[no-untyped-def]
    client.force_login(hung_yen.users["leader"])
    data = _grid(client, hung_yen.unit, 2025)
    data[_field("v", "viec-lam-moi")] = "5"
    assert client.post(f"/units/{hung_yen.unit.id}/data/?year=2025", data).status_code == 403
    assert not DataValue.objects.exists()
