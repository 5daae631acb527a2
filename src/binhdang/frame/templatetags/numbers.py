"""The `num` filter of the templates (a builtin, see settings): binhdang.lexicon.numbers.num."""

from __future__ import annotations

from django import template

from binhdang.lexicon.numbers import num as _num

register = template.Library()


@register.filter
def num(value: object) -> str:
    return _num(value)
