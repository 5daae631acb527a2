"""The one rule for which source an indicator value keeps: typed by hand (grid, API) > imported > counted (from
reports, and so from the registers behind them). A figure counted from the registers reaches the indicator through
an accepted or consolidated report and never replaces a typed or imported value; a typed value replaces them all."""

from __future__ import annotations

from decimal import Decimal

import pytest

from binhdang.indicators import services as indicator_services
from binhdang.indicators.models import DataValue, Indicator
from binhdang.indicators.services import source_wins
from binhdang.reports.services import values_from_reports
from binhdang.units.models import AdminUnit


@pytest.mark.parametrize(("stored", "incoming", "wins"), [
    (None, "report", True), ("report", "report", True), ("report", "import", True), ("report", "grid", True),
    ("import", "grid", True), ("import", "report", False), ("grid", "report", False), ("grid", "import", False),
    ("api", "report", False), ("grid", "grid", True),
])
def test_the_rule(stored: str | None, incoming: str, wins: bool) -> None:
    assert source_wins(stored, incoming) is wins


def _stored(unit: AdminUnit, indicator: Indicator) -> DataValue:
    return DataValue.objects.get(indicator=indicator, unit=unit, year=2022, half=1, sex="t", agency=None)


@pytest.mark.parametrize("typed_as", ["grid", "import"])
def test_a_count_never_replaces_a_typed_or_imported_value(hung_yen, thai_binh, typed_as: str) -> None:  # type: ignore[no-untyped-def]
    user = hung_yen.users["coordinator"]
    indicator = Indicator.objects.get(code="so-nguoi-tap-huan-bdg")
    entry = indicator_services.Entry(indicator, thai_binh, 2022, 1, "t", value=Decimal(500))
    indicator_services.values_save(user, [entry], source=typed_as)
    written, notes = values_from_reports(user, thai_binh, 2022, 1,
                                                            [(indicator, Decimal(120), Decimal(85))])
    assert written == 0 and notes
    assert _stored(thai_binh, indicator).value == 500


def test_a_typed_value_replaces_a_counted_one(hung_yen, thai_binh) -> None:  # type: ignore[no-untyped-def]
    user = hung_yen.users["coordinator"]
    indicator = Indicator.objects.get(code="so-nguoi-tap-huan-bdg")
    values_from_reports(user, thai_binh, 2022, 1, [(indicator, Decimal(120), Decimal(85))])
    assert _stored(thai_binh, indicator).source == "report"
    values_from_reports(user, thai_binh, 2022, 1, [(indicator, Decimal(130), Decimal(90))])
    assert _stored(thai_binh, indicator).value == 130  # a newer count replaces the older one
    indicator_services.values_save(user, [indicator_services.Entry(indicator, thai_binh, 2022, 1, "t",
                                                                   value=Decimal(140))], source="grid")
    assert (_stored(thai_binh, indicator).value, _stored(thai_binh, indicator).source) == (140, "grid")


def test_an_import_never_replaces_a_typed_value(hung_yen, thai_binh) -> None:  # type: ignore[no-untyped-def]
    """A file imported over a figure typed in the grid keeps the typed figure and says so; over an imported one it
    replaces it."""
    user = hung_yen.users["coordinator"]
    indicator = Indicator.objects.get(code="so-nguoi-tap-huan-bdg")
    typed = indicator_services.Entry(indicator, thai_binh, 2022, 1, "t", value=Decimal(500))
    indicator_services.values_save(user, [typed], source="grid")
    imported = indicator_services.Entry(indicator, thai_binh, 2022, 1, "t", value=Decimal(700), where="Dòng 2")
    warnings = indicator_services.values_save(user, [imported], source="import")
    assert _stored(thai_binh, indicator).value == 500
    assert any("Dòng 2" in w and "500" in w for w in warnings)
    first = indicator_services.Entry(indicator, thai_binh, 2023, 1, "t", value=Decimal(300))
    indicator_services.values_save(user, [first], source="import")
    again = indicator_services.Entry(indicator, thai_binh, 2023, 1, "t", value=Decimal(310))
    assert indicator_services.values_save(user, [again], source="import") == []
    assert DataValue.objects.get(indicator=indicator, unit=thai_binh, year=2023, half=1, sex="t").value == 310
