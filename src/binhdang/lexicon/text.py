"""Canonical forms of Vietnamese text for storage and matching."""

from __future__ import annotations

import re
import unicodedata

# Old ("hoà", "uỷ") and new ("hòa", "ủy") tone placement are both in use; matching must not care.
_TONE_MOVES = {
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}
_TONE_RE = re.compile(r"(?<![qQ])(" + "|".join(_TONE_MOVES) + r")(?!\w)", re.IGNORECASE)
_PUNCT_RE = re.compile(r"[\u2010-\u2015\-,.;:()\"'“”‘’…*/&]+")


def nfc(text: str) -> str:
    """Text as stored: NFC."""
    return unicodedata.normalize("NFC", text)


def canonical(text: str | None) -> str:
    """One form for matching names: NFC, case-folded, new tone placement, no punctuation."""
    if not text:
        return ""
    t = nfc(text).casefold()
    t = _TONE_RE.sub(lambda m: _TONE_MOVES[m.group(1).lower()], t)
    t = _PUNCT_RE.sub(" ", t)
    return " ".join(t.split())


def unaccent(text: str | None) -> str:
    """Canonical form without diacritics, for search typed without them ("hai duong")."""
    t = canonical(text).replace("đ", "d")
    t = unicodedata.normalize("NFD", t)
    return "".join(c for c in t if not unicodedata.combining(c))
