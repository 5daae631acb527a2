"""How far a unit's plan targets are: each target measure with its indicator's figures for the unit, the latest
value and its status by the rule of `indicators.selectors.target_status`. Read by the dashboard, the API and
the consolidated report's chart; here because it joins the plans' targets to the indicators' figures."""

from __future__ import annotations

from typing import Any

from binhdang.access import restrict
from binhdang.accounts.models import User
from binhdang.indicators.models import Indicator
from binhdang.indicators.selectors import STATUS_LABELS, UNLINKED, Tree, indicator_list, series, target_status
from binhdang.plans.models import Measure, Plan
from binhdang.units.models import AdminUnit


def progress(user: User, unit: AdminUnit, tree: Tree | None = None, action: str = "view") -> list[dict[str, Any]]:
    """Every target measure of the confirmed plans of the unit (and of the units it succeeded) with its
    indicator's data for the unit, latest value and status: the plans and measures the user may take `action`
    on, the figures it may count (or export, with `action="export"`)."""
    paths = [unit.path, *(p.path for p in unit.predecessors.all())]
    plans = restrict(Plan.objects.filter(unit__path__in=paths, status="confirmed"), user, action)
    measures = (restrict(Measure.objects.filter(target__objective__plan__in=plans), user, action)
                .select_related("indicator", "target__objective__plan").order_by("target__objective__plan", "id"))
    tree = tree or Tree(unit, user, "export" if action == "export" else "count")
    # An indicator the user may not see (linked before links kept to the plan's area) is shown as no link.
    seen = set(indicator_list(user).filter(id__in={m.indicator_id for m in measures}).values_list("id", flat=True))
    for m in measures:
        if m.indicator_id not in seen:
            m.indicator = None
    linked = list({m.indicator.id: m.indicator for m in measures if m.indicator is not None}.values())
    data = tree.cells_many(linked)
    cache = {i.id: series(tree, i, data[i.id]) for i in linked}
    rows = []
    for m in measures:
        row: dict[str, Any] = {"measure": m, "plan": m.target.objective.plan, "indicator": m.indicator}
        if m.indicator is None:
            row.update(status=UNLINKED, data={}, latest=None, latest_year=None, goal=None)
        else:
            found = cache[m.indicator.id]
            status, goal = target_status(m.comparator, m.value, m.by_year, found,
                                         m.indicator.direction == Indicator.Direction.DOWN)
            latest_year = max(found) if found else None
            row.update(status=status, data=found, latest=found.get(latest_year) if latest_year else None,
                       latest_year=latest_year, goal=goal)
        row["label"] = STATUS_LABELS[row["status"]]
        rows.append(row)
    return rows


