"""Reading indicator data: aggregation up the tree and across the 2025 reorganisation, progress of plan
targets, the rule that gives each target its status.

Aggregation rule. A unit's number for a period is its own value when one was entered for it; otherwise the sum
over its subordinate units' numbers, each found the same way (so data entered at one level are never counted
twice). Ratios sum their numerators and denominators and divide at the end: never an average of rates. A unit
that has no data at all for the period (nor its subtree) takes the sum of the units it succeeded: a current
province's 2022 figure is the figure of the provinces merged into it. Values of the "level" kind (a survey
ratio such as hours of housework) are not additive: only the unit's own value is shown.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from functools import reduce
from operator import or_
from typing import Any

from django.db.models import F, Q, QuerySet

from binhdang.access import restrict
from binhdang.access.policy import under
from binhdang.accounts.models import User
from binhdang.indicators.models import CommuneSum, DataValue, Indicator, ratio
from binhdang.units.models import AdminUnit


def indicator_list(user: User, action: str = "view") -> QuerySet[Indicator]:
    """The national catalogue and the indicators of the user's area (never another province's own)."""
    return restrict(Indicator.objects.all(), user, action)


def indicators_of_unit(unit: AdminUnit) -> QuerySet[Indicator]:
    """The indicators a unit's own work may name: the catalogue and those created in its area (its subtree and
    those of the units it succeeded), as its users see them."""
    paths = [unit.path, *(p.path for p in unit.predecessors.all())]
    return Indicator.objects.filter(Q(owner__isnull=True) | under("owner__path", paths))


def indicators_by_code(indicators: QuerySet[Indicator]) -> dict[str, Indicator]:
    """Code → indicator among `indicators` (already restricted to what the user sees). Codes are unique in the
    catalogue and per owner; should two owners of one area share a code, the catalogue's wins, then the oldest."""
    out: dict[str, Indicator] = {}
    for ind in indicators.order_by(F("owner").asc(nulls_first=True), "id"):
        out.setdefault(ind.code, ind)
    return out


def indicator_by_code(indicators: QuerySet[Indicator], code: str) -> Indicator | None:
    """One code among `indicators`, by the rule of `indicators_by_code`."""
    return indicators.filter(code=code).order_by(F("owner").asc(nulls_first=True), "id").first()


@dataclass
class Cell:
    value: Decimal | None = None
    numerator: Decimal | None = None
    denominator: Decimal | None = None
    units: int = 0  # how many units' own data make this number

    def add(self, other: Cell) -> None:
        for name in ("value", "numerator", "denominator"):
            theirs = getattr(other, name)
            if theirs is not None:
                setattr(self, name, (getattr(self, name) or Decimal(0)) + theirs)
        self.units += other.units

    def result(self, indicator: Indicator) -> Decimal | None:
        if indicator.kind == Indicator.Kind.RATIO:
            return ratio(self.numerator, self.denominator, indicator.multiplier)
        return self.value


@dataclass
class Data:
    """An indicator's data in a tree: `own` cells by (unit id, year), and in `below` the cells of the communes
    (which hold no units) summed by (the unit holding them, year), so that a province's thousands of commune rows
    arrive as a few hundred sums."""

    own: dict[tuple[int, int], Cell]
    below: dict[tuple[int, int], Cell]
    detail: bool = False  # every commune's own cell is in `own` (and `below` is empty)


class Tree:
    """A unit's subtree and its predecessors' subtrees, loaded once for many aggregations. The values and sums
    read are those the user may take `action` on ("count" for a page's figures, "export" for a file's)."""

    def __init__(self, unit: AdminUnit, user: User, action: str = "count") -> None:
        self.unit, self.user, self.action = unit, user, action
        self.predecessors = list(unit.predecessors.all())
        self.roots = [unit, *self.predecessors]
        units = AdminUnit.objects.filter(reduce(or_, (Q(path=r.path) | Q(path__startswith=r.path + "/")
                                                      for r in self.roots)))
        self.children: dict[int, list[int]] = defaultdict(list)
        self.held: dict[int, list[int]] = defaultdict(list)  # children that hold units in turn (not communes)
        self.ids: list[int] = []
        self.holders = [r.id for r in self.roots]  # units holding others, and the roots whatever their level
        for uid, parent, level in units.values_list("id", "parent_id", "level"):
            self.ids.append(uid)
            if parent is not None:
                self.children[parent].append(uid)
            if level != AdminUnit.Level.COMMUNE:
                if parent is not None:
                    self.held[parent].append(uid)
                if uid not in self.holders:
                    self.holders.append(uid)

    def cells(self, indicator: Indicator, sex: str = "t", half: int = 0, years: list[int] | None = None,
              group: str = "", detail: bool = False) -> Data:
        """The indicator's data; `detail` keeps every commune's own cell (to compare communes one by one)."""
        return self.cells_many([indicator], sex, half, years, group, detail)[indicator.id]

    def cells_many(self, indicators: list[Indicator], sex: str = "t", half: int = 0, years: list[int] | None = None,
                   group: str = "", detail: bool = False) -> dict[int, Data]:
        """The data of several indicators in two queries: the own values of the units holding others, and the
        sums of their communes (CommuneSum)."""
        out = {i.id: Data({}, {}, detail) for i in indicators}
        values = restrict(DataValue.objects.filter(indicator__in=list(out), unit__in=self.ids if detail else self.holders,
                                                   sex=sex, half=half, group=group, agency__isnull=True),
                          self.user, self.action)
        if years:
            values = values.filter(year__in=years)
        for ind, uid, year, value, num, den in values.values_list(
                "indicator_id", "unit_id", "year", "value", "numerator", "denominator"):
            out[ind].own[(uid, year)] = Cell(value, num, den, 1)
        if not detail:
            sums = restrict(CommuneSum.objects.filter(indicator__in=list(out), parent__in=self.holders, sex=sex,
                                                      half=half, group=group), self.user, self.action)
            if years:
                sums = sums.filter(year__in=years)
            for ind, parent, year, value, num, den, count in sums.values_list(
                    "indicator_id", "parent_id", "year", "value", "numerator", "denominator", "units"):
                out[ind].below[(parent, year)] = Cell(value, num, den, count)
        return out

    def aggregate(self, indicator: Indicator, data: Data, year: int, unit_id: int | None = None) -> Cell | None:
        """The number of `unit_id` (default: the tree's unit) for a year, by the rule of this module."""
        top = unit_id is None
        unit_id = self.unit.id if unit_id is None else unit_id
        found = self._up(indicator, data, year, unit_id)
        if found is None and top:
            merged = [c for p in self.predecessors if (c := self._up(indicator, data, year, p.id)) is not None]
            if merged and (indicator.kind != Indicator.Kind.LEVEL or len(merged) == 1):
                found = Cell()
                for c in merged:
                    found.add(c)
        return found

    def _up(self, indicator: Indicator, data: Data, year: int, unit_id: int) -> Cell | None:
        cell = data.own.get((unit_id, year))
        if cell is not None or indicator.kind == Indicator.Kind.LEVEL:
            return cell
        total: Cell | None = None
        communes = data.below.get((unit_id, year))
        if communes is not None:
            total = Cell()
            total.add(communes)
        for child in (self.children if data.detail else self.held).get(unit_id, ()):  # communes are in `below`
            below = self._up(indicator, data, year, child)
            if below is not None:
                total = total or Cell()
                total.add(below)
        return total


def series(tree: Tree, indicator: Indicator, data: Data) -> dict[int, Decimal]:
    """Year → the tree unit's number, for every year with data."""
    out = {}
    for year in sorted({y for _, y in data.own} | {y for _, y in data.below}):
        cell = tree.aggregate(indicator, data, year)
        result = cell.result(indicator) if cell else None
        if result is not None:
            out[year] = result
    return out


def breakdown(tree: Tree, indicator: Indicator, year: int) -> list[dict[str, Any]]:
    """The unit's number for the year in each breakdown group of the indicator, for everyone and by sex."""
    sexes = ["t", "f", "m"] if indicator.by_sex else ["t"]
    rows = []
    for group, label in indicator.groups():
        row: dict[str, Any] = {"group": group, "label": label}
        for sex in sexes:
            cell = tree.aggregate(indicator, tree.cells(indicator, sex, years=[year], group=group), year)
            row[sex] = cell.result(indicator) if cell else None
        rows.append(row)
    return rows


def agency_values(user: User, unit: AdminUnit, indicator: Indicator, year: int,
                  action: str = "view") -> list[dict[str, Any]]:
    """The agencies of the unit that have the indicator's value for the year (whole year, everyone), each with
    its number for everyone and by sex: departments compared side by side (a focal point sees its own only)."""
    rows: dict[object, dict[str, Any]] = {}
    values = restrict(DataValue.objects.filter(unit=unit, indicator=indicator, year=year, half=0, group="",
                                               agency__isnull=False), user, action).select_related("agency", "indicator")
    for v in values.order_by("agency__name"):
        rows.setdefault(v.agency, {"agency": v.agency, "t": None, "f": None, "m": None})[v.sex] = v.result
    return list(rows.values())


# -- Targets --------------------------------------------------------------------------------------------

ACHIEVED, ON_TRACK, AT_RISK, OFF_TRACK, NO_DATA, UNLINKED = (
    "achieved", "on_track", "at_risk", "off_track", "no_data", "unlinked")
STATUS_LABELS = {ACHIEVED: "Đã đạt", ON_TRACK: "Đúng tiến độ", AT_RISK: "Có nguy cơ không đạt",
                 OFF_TRACK: "Chậm, không đạt", NO_DATA: "Chưa có số liệu", UNLINKED: "Chưa gắn chỉ số"}


def _meets(comparator: str, value: Decimal, goal: Decimal, lower_better: bool) -> bool:
    if comparator == ">":
        return value > goal
    if comparator == "<":
        return value < goal
    if comparator in ("<=", "reduce_by") or (comparator == "=" and lower_better):
        return value <= goal
    return value >= goal


def target_status(comparator: str, target: Decimal, by_year: int | None, data: dict[int, Decimal],
                  lower_better: bool) -> tuple[str, Decimal | None]:
    """(status, the goal in the indicator's own terms). The rule (README): achieved when the latest value meets
    the target; off track when the target year has come and it does not; otherwise compared with the straight
    path from the first value (the baseline) to the target in the target year: at or ahead of the path, on
    track; at least half-way to where the path is, at risk; less, or moving away, off track. A single year of
    data short of the target is at risk."""
    if not data:
        return NO_DATA, None
    years = sorted(data)
    base_year, latest_year = years[0], years[-1]
    base, latest = data[base_year], data[latest_year]
    lower_better = comparator in ("<=", "<", "reduce_by") or (comparator == "=" and lower_better)
    if comparator == "reduce_by":
        goal = base * (1 - target / 100)
    elif comparator == "increase_by":
        goal = base * (1 + target / 100)
    else:
        goal = target
    relative = comparator in ("reduce_by", "increase_by")  # a change needs a baseline and a later value
    if (not relative or len(years) > 1) and _meets(comparator, latest, goal, lower_better):
        return ACHIEVED, goal
    if by_year is not None and latest_year >= by_year:
        return OFF_TRACK, goal
    if len(years) == 1:
        return AT_RISK, goal
    end = by_year if by_year is not None else latest_year + 1
    expected = base + (goal - base) * Decimal(latest_year - base_year) / Decimal(max(end - base_year, 1))
    sign = Decimal(-1) if lower_better else Decimal(1)
    made, due = (latest - base) * sign, (expected - base) * sign
    if due <= 0:
        return (ON_TRACK if made >= 0 else OFF_TRACK), goal
    share = made / due
    return (ON_TRACK if share >= 1 else AT_RISK if share >= Decimal("0.5") else OFF_TRACK), goal


def ranking(tree: Tree, indicator: Indicator, year: int) -> list[dict[str, Any]]:
    """The units directly below, each with its number for the year, best first."""
    own = tree.cells(indicator, years=[year], detail=True)
    children = restrict(AdminUnit.objects.filter(parent=tree.unit), tree.user).order_by("name")
    rows: list[dict[str, Any]] = []
    for child in children:
        cell = tree.aggregate(indicator, own, year, child.id)
        result = cell.result(indicator) if cell else None
        rows.append({"unit": child, "value": result})
    lower = indicator.direction == Indicator.Direction.DOWN
    known = sorted((r for r in rows if r["value"] is not None), key=lambda r: r["value"], reverse=not lower)
    return known + [r for r in rows if r["value"] is None]
