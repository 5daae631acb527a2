"""Counts that reveal no one: outside the handling commune, no hidden cell can be worked out from what is shown
(checked by exact elimination written here, apart from the code under test), on the real counts and on any
table hypothesis invents."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from binhdang.cases.selectors import case_counts, count_groups
from binhdang.cases.suppression import suppress
from tests.cases.conftest import case_make


def solvable(groups, shown: dict[str, int], hidden: set[str]) -> set[str]:  # type: ignore[no-untyped-def]
    """Hidden cells the equations fix: x is fixed when its unit vector lies in the span of the equations over the
    hidden cells, i.e. when adding it does not raise their rank (Gaussian elimination over fractions)."""
    names = sorted(hidden)
    rows = []
    for total, parts in groups:
        row = [Fraction(0)] * len(names)
        for i, n in enumerate(names):
            row[i] += (1 if n == total else 0) - parts.count(n)
        if any(row):
            rows.append(row)

    def rank(m: list[list[Fraction]]) -> int:
        m = [r[:] for r in m]
        r = 0
        for c in range(len(names)):
            p = next((i for i in range(r, len(m)) if m[i][c] != 0), None)
            if p is None:
                continue
            m[r], m[p] = m[p], m[r]
            for i in range(len(m)):
                if i != r and m[i][c] != 0:
                    f = m[i][c] / m[r][c]
                    m[i] = [a - f * b for a, b in zip(m[i], m[r], strict=True)]
            r += 1
        return r

    base = rank(rows)
    fixed = set()
    for i, n in enumerate(names):
        unit = [Fraction(int(j == i)) for j in range(len(names))]
        if rank([*rows, unit]) == base:
            fixed.add(n)
    return fixed


def _cells(counts) -> tuple[dict[str, int], set[str]]:  # type: ignore[no-untyped-def]
    return {k: v for k, v in counts.cells.items() if v is not None}, counts.suppressed


@pytest.mark.django_db
def test_no_hidden_count_can_be_worked_out(world) -> None:  # type: ignore[no-untyped-def]
    # Seven more cases in the commune: totals above the threshold, small splits (two men among the victims).
    for i in range(7):
        case_make(worker=world.worker, supervisor=world.supervisor, unit=world.commune, received=dt.date(2025, 4, 1 + i),
                  victim=f"Người giả định {i}", victim_sex="nam" if i < 2 else "nu", victim_year=2015 if i < 3 else 1980,
                  harms=["tinh_than"] if i == 0 else ["the_chat", "kinh_te"])
    outside = case_counts(user=world.users[("province", "coordinator")], unit=world.commune,
                          date_from=dt.date(2025, 1, 1), date_to=dt.date(2025, 12, 31))
    inside = case_counts(user=world.users[("commune", "coordinator")], unit=world.commune,
                         date_from=dt.date(2025, 1, 1), date_to=dt.date(2025, 12, 31))
    assert inside.get("nan_nhan") == 8 and inside.get("nan_nhan.nam") == 2 and not inside.suppressed
    assert outside.get("nan_nhan") == 8  # large enough to show
    assert outside.get("nan_nhan.nam") is None and outside.get("nan_nhan.duoi_16") is None
    assert outside.get("nan_nhan.nu") is None  # complementary: else 8 − 6 gives the men
    shown, hidden = _cells(outside)
    assert hidden and not solvable(count_groups(), shown, hidden)
    assert all(outside.get(k) is None for k, v in inside.cells.items() if v and 0 < v < 5)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(0, 12), min_size=7, max_size=7), st.lists(st.integers(0, 12), min_size=3, max_size=3))
def test_suppression_leaves_nothing_computable(sexes, ages) -> None:  # type: ignore[no-untyped-def]
    """A table of victims by sex and by age band sharing one total, and perpetrators by sex."""
    women, men, young, old, p_women, p_men, extra = sexes
    total = women + men
    middle = max(total - young - old, 0)
    young = min(young, total)
    old = min(old, total - young)
    middle = total - young - old
    cells = {"v": total, "v.f": women, "v.m": men, "v.young": young, "v.mid": middle, "v.old": old,
             "p": p_women + p_men, "p.f": p_women, "p.m": p_men, "h": extra + ages[0], "h.a": extra, "h.b": ages[0]}
    groups = [("v", ["v.f", "v.m"]), ("v", ["v.young", "v.mid", "v.old"]), ("p", ["p.f", "p.m"]),
              ("h", ["h.a", "h.b"])]
    hidden = suppress(cells, groups, 5)
    assert all(name in hidden for name, value in cells.items() if 0 < value < 5)
    shown = {k: v for k, v in cells.items() if k not in hidden}
    assert not solvable(groups, shown, hidden), (cells, hidden)
