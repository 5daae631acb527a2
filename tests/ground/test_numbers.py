"""Numbers on the pages are written as Vietnamese write them: 30 (not 3E+1, not 30.000), 30,39."""

from __future__ import annotations

from decimal import Decimal

from django.template import Context, Template


def test_numbers_are_plain_with_a_decimal_comma() -> None:
    template = Template("{{ a|num }} {{ b|num }} {{ c|num }} [{{ d|num }}]")
    rendered = template.render(Context({"a": Decimal("30.000"), "b": Decimal("30.39"), "c": Decimal("1E+2"), "d": None}))
    assert rendered == "30 30,39 100 []"
