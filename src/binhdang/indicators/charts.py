"""Charts drawn as inline SVG on the server: no script to load on a slow line, and the same figures can be
put into documents."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe


def bars(rows: list[dict[str, Any]], width: int = 560, bar: int = 18) -> SafeString:
    """Ranked horizontal bars: one per unit with a value."""
    known = [r for r in rows if r["value"] is not None]
    if not known:
        return mark_safe("")
    top = max(abs(r["value"]) for r in known) or Decimal(1)
    label_w, height = 200, bar * len(known) + 4
    parts = [f'<svg class="chart bars" viewBox="0 0 {width} {height}" role="img" width="100%">']
    for i, r in enumerate(known):
        y = i * bar + 2
        w = float(abs(r["value"]) / top) * (width - label_w - 60)
        parts.append(f'<text x="0" y="{y + bar - 5}" font-size="12">{escape(r["unit"].short_name)}</text>'
                     f'<rect x="{label_w}" y="{y}" width="{w:.1f}" height="{bar - 4}" fill="#8b1a1a"/>'
                     f'<text x="{label_w + w + 4:.1f}" y="{y + bar - 5}" font-size="12">{r["value"].normalize():f}</text>')
    parts.append("</svg>")
    return mark_safe("".join(parts))


def points(rows: list[dict[str, Any]], width: int = 360, height: int = 420) -> SafeString:
    """The units as points at their coordinates, darker for a better value (a map without tiles)."""
    placed = [r for r in rows if r["unit"].latitude is not None and r["unit"].longitude is not None]
    if not placed:
        return mark_safe("")
    lats = [r["unit"].latitude for r in placed]
    lons = [r["unit"].longitude for r in placed]
    lat0, lat1, lon0, lon1 = min(lats), max(lats), min(lons), max(lons)
    span_lat, span_lon = (lat1 - lat0) or 1, (lon1 - lon0) or 1
    known = [r["value"] for r in placed if r["value"] is not None]
    low, high = (min(known), max(known)) if known else (Decimal(0), Decimal(1))
    parts = [f'<svg class="chart map" viewBox="0 0 {width} {height}" role="img" width="{width}">']
    for r in placed:
        x = 10 + (r["unit"].longitude - lon0) / span_lon * (width - 20)
        y = 10 + (lat1 - r["unit"].latitude) / span_lat * (height - 20)
        if r["value"] is None:
            fill = "#ccc"
        else:
            share = float((r["value"] - low) / ((high - low) or 1))
            fill = f"rgba(139,26,26,{0.25 + 0.75 * share:.2f})"
        value = f": {r['value'].normalize():f}" if r["value"] is not None else ""
        parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="5" fill="{fill}"><title>{escape(r["unit"].name)}{value}'
                     f"</title></circle>")
    parts.append("</svg>")
    return mark_safe("".join(parts))


def sparkline(data: dict[int, Decimal], width: int = 120, height: int = 28) -> SafeString:
    if len(data) < 2:
        return mark_safe("")
    years = sorted(data)
    values = [data[y] for y in years]
    low, high = min(values), max(values)
    span = (high - low) or 1
    pts = " ".join(f"{(i / (len(years) - 1)) * (width - 4) + 2:.1f},{height - 2 - float((v - low) / span) * (height - 4):.1f}"
                   for i, v in enumerate(values))
    return mark_safe(f'<svg class="spark" viewBox="0 0 {width} {height}" width="{width}" height="{height}">'
                     f'<polyline points="{pts}" fill="none" stroke="#8b1a1a" stroke-width="1.5"/></svg>')
