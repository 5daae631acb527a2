"""What a PDF page's geometry says that its text does not: which lines reached the right margin (wrapped, so the
paragraph goes on whatever the case of the next word) and which stand at a page's top or bottom (where running
heads live). The marks ride on the text as private-use characters after each line (see clean.py)."""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from typing import Any

from binhdang.reader.clean import EDGE, WRAPPED


@dataclass
class Line:
    text: str
    x0: float = 0.0
    x1: float = 0.0
    first_word: float = 0.0  # width of the line's first word
    size: float = 0.0  # font size at the line's end
    gaps: list[float] = field(default_factory=list)  # the spaces between its words


def page_lines(tuples: list[tuple[str, dict[str, Any] | None]]) -> list[Line]:
    """A page's lines as pdfplumber writes them (the same text as extract_text: the textmap's characters, with
    None for the spaces and line ends it inserts), with their geometry."""
    lines: list[Line] = []
    chars: list[str] = []
    line = Line("")
    word_open = True  # still in the line's first word
    space_from = None  # where the space before the current word began
    for ch, obj in [*tuples, ("\n", None)]:
        if ch == "\n":
            line.text = "".join(chars)
            lines.append(line)
            chars, line, word_open, space_from = [], Line(""), True, None
            continue
        chars.append(ch)
        if obj is None or ch.isspace():
            if line.x1:
                word_open = False
                space_from = space_from if space_from is not None else line.x1
            continue
        if not line.x1:
            line.x0 = obj["x0"]
        if space_from is not None:
            line.gaps.append(obj["x0"] - space_from)
            space_from = None
        line.x1 = max(line.x1, obj["x1"])
        line.size = obj.get("size") or line.size
        if word_open:
            line.first_word = obj["x1"] - line.x0
    return lines


def _right_margin(xs: list[float]) -> float | None:
    """Where the text block ends on the right: the furthest right edge that several lines reach (a justified
    paragraph's lines all end there; a stray wide line, a table or a page number does not count alone)."""
    xs = sorted(xs, reverse=True)
    for x in xs:
        if sum(1 for y in xs if abs(x - y) <= 2.5) >= 3:
            return x
    return None


def _left_margin(xs: list[float]) -> float | None:
    """Where most lines begin: the wrapped lines of indented paragraphs start there."""
    counts: dict[int, int] = {}
    for x in xs:
        counts[round(x)] = counts.get(round(x), 0) + 1
    best = max(counts, key=lambda k: counts[k], default=None)
    return float(best) if best is not None and counts[best] >= 3 else None


def _space(lines: list[Line]) -> float:
    """A word space as a share of the font size, at its natural width: justified lines stretch their spaces,
    a paragraph's last line and ragged text do not, so the narrowest lines' spacing is the natural one."""
    ratios = sorted(statistics.median(ln.gaps) / ln.size for ln in lines if len(ln.gaps) >= 3 and ln.size)
    if not ratios:
        return 0.25
    return min(max(ratios[len(ratios) // 10], 0.15), 0.35)


def marked_text(pages: list[list[Line]]) -> str:
    """The pages' text, each line followed by its marks: WRAPPED when the next line's first word would not have
    fitted after it before the right margin (so the line was wrapped there), unless that next line starts
    indented (a first-line indent, where wrapped lines start at the left margin); EDGE for the first two and the
    last two lines of a page. A line ending short is not marked: a writer's own break may still fall
    mid-sentence, and the text's signs decide."""
    flat = [(i, ln) for i, lines in enumerate(pages) for ln in lines if ln.x1]
    space = _space([ln for _, ln in flat])
    everywhere = _right_margin([ln.x1 for _, ln in flat])
    margins: list[tuple[float | None, float | None]] = []
    edges: set[int] = set()
    for lines in pages:
        placed = [ln for ln in lines if ln.x1]
        right = _right_margin([ln.x1 for ln in placed]) if len(placed) >= 8 else None
        margins.append((right or everywhere, _left_margin([ln.x0 for ln in placed])))
        edges.update(id(ln) for ln in placed[:2] + placed[-2:])
    wrapped: set[int] = set()
    for k, (page, line) in enumerate(flat[:-1]):
        right = margins[page][0]
        after_page, after = flat[k + 1]
        left = margins[after_page][1]
        if right is not None and line.x1 + space * (line.size or 10) + after.first_word > right + 0.5 and (
                left is None or after.x0 <= left + 0.5 * (after.size or 10)):
            wrapped.add(id(line))
    return "\n".join("\n".join(ln.text + (WRAPPED if id(ln) in wrapped else "") + (EDGE if id(ln) in edges else "")
                               for ln in lines) for lines in pages)
