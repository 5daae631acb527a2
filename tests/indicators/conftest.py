"""Indicator tests: the preloaded catalogue, units of Hưng Yên (with the old Thái Bình) and Hải Dương."""

from __future__ import annotations

from decimal import Decimal

from binhdang.accounts.models import User
from binhdang.indicators.models import DataValue, Indicator
from binhdang.units.models import AdminUnit


def put(indicator: str, unit: AdminUnit, year: int, value: object = None, num: object = None, den: object = None,
        sex: str = "t") -> DataValue:
    """A stored value, as the grid or an import would leave it."""
    def dec(x: object) -> Decimal | None:
        return None if x is None else Decimal(str(x))

    return DataValue.objects.create(indicator=Indicator.objects.get(code=indicator), unit=unit, year=year, sex=sex,
                                    value=dec(value), numerator=dec(num), denominator=dec(den))


def coordinator_of(unit: AdminUnit, name: str) -> User:
    return User.objects.create_user(name, password="mat-khau-dai-1", role=User.Role.COORDINATOR, unit=unit)
