"""Linking a plan's target measures to the indicators their wording names (when a plan is confirmed), among
the indicators the plan's unit may name: the catalogue and its area's own, never another province's."""

from __future__ import annotations

import re

from binhdang.indicators.models import Indicator
from binhdang.indicators.selectors import indicators_of_unit
from binhdang.lexicon.text import canonical, nfc
from binhdang.plans.models import Measure
from binhdang.units.models import AdminUnit


def indicator_suggest(measure: Measure, indicators: list[Indicator] | None = None) -> Indicator | None:
    """The indicator a target measure speaks of, from its wording: the clause of the target holding the
    measure's number first, else the whole target; the indicator whose phrases cover most words wins. Only
    indicators the plan's unit may name are candidates: the catalogue and its area's own."""
    if indicators is None:
        indicators = list(indicators_of_unit(measure.target.objective.plan.unit).exclude(keywords=""))
    raw = nfc(measure.target.text)
    number = f"{measure.value.normalize():f}".replace(".", ",")
    clauses = [canonical(c) for c in re.split(r"[;,.]\s", raw)
               if re.search(rf"(?<![\d,]){re.escape(number)}(?![\d])", c)]
    for candidate in [*clauses, f"{canonical(measure.subject)} {canonical(raw)}"]:
        scored = []
        for ind in indicators:
            score = sum(len(k.split()) for k in ind.keywords.splitlines() if k and canonical(k) in candidate)
            if score:
                scored.append((score, ind))
        scored.sort(key=lambda s: -s[0])
        if scored and (len(scored) == 1 or scored[0][0] > scored[1][0]):
            return scored[0][1]
    return None


def measures_link(measures: list[Measure]) -> int:
    """Link each unlinked measure to the indicator its wording suggests among those its plan's unit may name
    (never another province's own indicator); returns how many were linked."""
    unit_of = dict(Measure.objects.filter(id__in=[m.id for m in measures]).values_list(
        "id", "target__objective__plan__unit_id"))
    candidates = {unit.id: list(indicators_of_unit(unit).exclude(keywords=""))
                  for unit in AdminUnit.objects.filter(id__in=set(unit_of.values()))}
    linked = 0
    for m in measures:
        if m.indicator_id is None:
            found = indicator_suggest(m, candidates.get(unit_of.get(m.id, 0), []))
            if found:
                m.indicator = found
                m.save(update_fields=["indicator"])
                linked += 1
    return linked
