"""`num`: a number as Vietnamese write it: no trailing zeros, no exponent (30, not 3E+1 or 30.000), and a
decimal comma (30,39). Pure (no Django): charts, exports and the templates' `num` filter share it."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation


def num(value: object) -> str:
    if value is None or value == "":
        return ""
    try:
        number = Decimal(str(value)).normalize()
    except InvalidOperation:
        return str(value)
    return format(number, "f").replace(".", ",")
