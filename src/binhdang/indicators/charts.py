"""Charts. Each chart is first a plain description (`BarChart`: labelled bars with their colours and texts), then
drawn twice from it: as inline SVG on the pages (no script to load on a slow line) and as a PNG image for the
.docx reports (matplotlib), so that a document shows the very chart the page shows."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from binhdang.lexicon.numbers import num

INK = "#8b1a1a"
# The colour of each target status, as the badges of the dashboard have them (darker, to read on paper).
STATUS_COLOURS = {"achieved": "#3c8d3c", "on_track": "#3a7bbf", "at_risk": "#d49a00", "off_track": "#b22222",
                  "no_data": "#aaaaaa", "unlinked": "#aaaaaa"}


@dataclass
class Bar:
    label: str
    value: float  # the bar's length, in the chart's scale
    text: str  # written at the end of the bar
    colour: str = INK


@dataclass
class BarChart:
    title: str
    bars: list[Bar] = field(default_factory=list)
    mark: float | None = None  # a vertical line, e.g. 100% of the target

    @property
    def top(self) -> float:
        return max([b.value for b in self.bars] + [self.mark or 0]) or 1.0


def ranking_chart(rows: list[dict[str, Any]], title: str) -> BarChart:
    """The units below ranked by their value (rows of selectors.ranking)."""
    return BarChart(title, [Bar(r["unit"].short_name, float(abs(r["value"])), num(r["value"]))
                            for r in rows if r["value"] is not None])


def progress_chart(rows: list[dict[str, Any]], title: str) -> BarChart:
    """Each target with data: how much of its goal the latest value makes (for a lower-is-better target, the goal
    over the value), in the colour of its status; the line marks 100%."""
    bars = []
    for n, r in enumerate(rows, start=1):
        latest, goal = r.get("latest"), r.get("goal")
        if latest is None or goal is None:
            continue
        lower = r["indicator"].direction == "down" or r["measure"].comparator in ("<=", "<", "reduce_by")
        share = (goal / latest if latest else Decimal(2)) if lower else (latest / goal if goal else Decimal(0))
        share = min(max(share, Decimal(0)), Decimal(2))  # beyond double the goal the bar says no more
        bars.append(Bar(f"{n}. {r['indicator'].name[:48]}", float(share * 100),
                        f"{num(latest)} / {num(goal)} ({r['label'].lower()})",
                        STATUS_COLOURS.get(r["status"], INK)))
    return BarChart(title, bars, mark=100.0)


def svg(chart: BarChart, width: int = 640, bar: int = 18) -> SafeString:
    """Horizontal bars, label on the left, text at the end of each bar."""
    if not chart.bars:
        return mark_safe("")
    label_w, text_w = 230, 170
    scale = (width - label_w - text_w) / chart.top
    height = bar * len(chart.bars) + 4
    parts = [f'<svg class="chart bars" viewBox="0 0 {width} {height}" role="img" width="100%">'
             f"<title>{escape(chart.title)}</title>"]
    for i, b in enumerate(chart.bars):
        y, w = i * bar + 2, b.value * scale
        parts.append(f'<text x="0" y="{y + bar - 5}" font-size="12">{escape(b.label[:40])}</text>'
                     f'<rect x="{label_w}" y="{y}" width="{w:.1f}" height="{bar - 4}" fill="{b.colour}"/>'
                     f'<text x="{label_w + w + 4:.1f}" y="{y + bar - 5}" font-size="12">{escape(b.text)}</text>')
    if chart.mark is not None:
        x = label_w + chart.mark * scale
        parts.append(f'<line x1="{x:.1f}" y1="0" x2="{x:.1f}" y2="{height}" stroke="#333" stroke-dasharray="3,3"/>')
    parts.append("</svg>")
    return mark_safe("".join(parts))


def png(chart: BarChart, width_cm: float = 16.0) -> bytes:
    """The same chart as a PNG for a document (DejaVu Sans, which matplotlib ships, has every Vietnamese letter)."""
    import matplotlib

    matplotlib.use("Agg")  # no display on a server
    from matplotlib import pyplot

    inch = width_cm / 2.54
    figure, axes = pyplot.subplots(figsize=(inch, 0.6 + 0.28 * len(chart.bars)), dpi=150)
    try:
        labels = [b.label for b in chart.bars]
        positions = list(range(len(chart.bars)))
        axes.barh(positions, [b.value for b in chart.bars], color=[b.colour for b in chart.bars], height=0.7)
        axes.set_yticks(positions, labels, fontsize=7)
        axes.invert_yaxis()  # first bar on top, as on the page
        axes.set_xlim(0, chart.top * 1.45)
        for pos, b in zip(positions, chart.bars, strict=True):
            axes.text(b.value + chart.top * 0.01, pos, b.text, va="center", fontsize=6.5)
        if chart.mark is not None:
            axes.axvline(chart.mark, color="#333333", linestyle="--", linewidth=0.8)
        axes.set_title(chart.title, fontsize=8.5)
        axes.tick_params(axis="x", labelsize=6.5)
        for side in ("top", "right"):
            axes.spines[side].set_visible(False)
        figure.tight_layout()
        out = io.BytesIO()
        figure.savefig(out, format="png")
        return out.getvalue()
    finally:
        pyplot.close(figure)


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
    parts = [f'<svg class="chart map" viewBox="0 0 {width} {height}" role="img" width="{width}">'
             f"<title>{escape(_('Bản đồ các đơn vị'))}</title>"]
    for r in placed:
        x = 10 + (r["unit"].longitude - lon0) / span_lon * (width - 20)
        y = 10 + (lat1 - r["unit"].latitude) / span_lat * (height - 20)
        if r["value"] is None:
            fill = "#ccc"
        else:
            share = float((r["value"] - low) / ((high - low) or 1))
            fill = f"rgba(139,26,26,{0.25 + 0.75 * share:.2f})"
        value = f": {num(r['value'])}" if r["value"] is not None else ""
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
                     f'<polyline points="{pts}" fill="none" stroke="{INK}" stroke-width="1.5"/></svg>')
