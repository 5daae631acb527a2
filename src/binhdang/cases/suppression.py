"""Counts that reveal no one: small cells hidden, and enough others (complementary suppression) that no hidden
cell can be worked out from what is shown.

A table is a set of named cells and of groups, each group an equation `total = sum of parts` (victims = women
+ men; victims = under 16 + 16–59 + 60 and over …). A hidden cell can be worked out exactly when the shown
cells and the equations fix its value: when its unit vector lies in the row space of the equations restricted
to the hidden cells. `computable()` decides that by exact elimination over fractions; `suppress()` hides the
small cells, then keeps hiding the smallest shown cell of an equation that still gives one away.
"""

from __future__ import annotations

from fractions import Fraction

Group = tuple[str, list[str]]  # (total, parts)


def _equations(groups: list[Group], hidden: set[str]) -> list[dict[str, Fraction]]:
    """Each equation restricted to the hidden cells (the shown ones are constants)."""
    rows = []
    for total, parts in groups:
        row: dict[str, Fraction] = {}
        if total in hidden:
            row[total] = Fraction(1)
        for p in parts:
            if p in hidden:
                row[p] = row.get(p, Fraction(0)) - 1
        if any(row.values()):
            rows.append(row)
    return rows


def computable(groups: list[Group], hidden: set[str]) -> set[str]:
    """The hidden cells whose value the equations fix, given every shown cell."""
    names = sorted(hidden)
    matrix = [[row.get(n, Fraction(0)) for n in names] for row in _equations(groups, hidden)]
    # Reduced row echelon form: a cell is fixed when some row of it is that cell's unit vector.
    pivot_row = 0
    for col in range(len(names)):
        pivot = next((r for r in range(pivot_row, len(matrix)) if matrix[r][col] != 0), None)
        if pivot is None:
            continue
        matrix[pivot_row], matrix[pivot] = matrix[pivot], matrix[pivot_row]
        lead = matrix[pivot_row][col]
        matrix[pivot_row] = [v / lead for v in matrix[pivot_row]]
        for r in range(len(matrix)):
            if r != pivot_row and matrix[r][col] != 0:
                factor = matrix[r][col]
                matrix[r] = [a - factor * b for a, b in zip(matrix[r], matrix[pivot_row], strict=True)]
        pivot_row += 1
    fixed = set()
    for row in matrix:
        nonzero = [i for i, v in enumerate(row) if v != 0]
        if len(nonzero) == 1:
            fixed.add(names[nonzero[0]])
    return fixed


def suppress(cells: dict[str, int], groups: list[Group], threshold: int) -> set[str]:
    """The cells to hide: those from 1 to threshold − 1, then complementary ones until none is computable."""
    hidden = {name for name, value in cells.items() if 0 < value < threshold}
    while True:
        exposed = computable(groups, hidden)
        if not exposed:
            return hidden
        # Hide one more cell in an equation that holds an exposed cell: the smallest shown part (a non-zero
        # one first: a zero hidden beside a small number still lets the small number be bounded), else the total.
        name = sorted(exposed)[0]
        candidates: list[str] = []
        for total, parts in groups:
            members = [total, *parts]
            if name in members:
                candidates += [m for m in members if m not in hidden]
        if not candidates:  # cannot happen: a cell is only fixed through an equation with a shown member
            return hidden | exposed
        parts_first = sorted(set(candidates), key=lambda m: (cells[m] == 0, m in {t for t, _p in groups},
                                                               cells[m], m))
        hidden.add(parts_first[0])
