"""The reader against the hand-checked answers for the five seeds, with the project's own scorer."""

from __future__ import annotations

import importlib.util
import json

import jsonschema
import pytest

from binhdang.reader import parse_file
from tests.conftest import SEEDS, SHARED


def _scorer():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("score_plans", SHARED / "tools" / "score_plans.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def test_overall_score_on_seeds_is_at_least_095() -> None:
    scorer = _scorer()
    tally = scorer.Tally()
    for seed in SEEDS:
        gold = json.loads((SHARED / "gold" / f"{seed.stem}.json").read_text(encoding="utf-8"))
        report: list[str] = []
        scorer.score_one(gold, parse_file(seed), tally, report)
    assert tally.overall() >= 0.95, {name: round(tally.f1(name), 3) for name in tally.rows}


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem[:3])
def test_output_is_valid_against_the_schema(seed) -> None:  # type: ignore[no-untyped-def]
    schema = json.loads((SHARED / "spec" / "plan.schema.json").read_text(encoding="utf-8"))
    plan = parse_file(seed)
    jsonschema.validate(plan, schema)
    assert plan["source"]["format"] == "txt"
