"""The outline of the body: parts (A., Phần I, Chương I), articles (Điều) or roman parts, numbered items,
lettered items, dash bullets, plain paragraphs."""

from __future__ import annotations

import re
from typing import Any

from binhdang.reader.clean import MARKER_RE

Node = dict[str, Any]
_LEVEL = {"part": 0, "article": 1, "roman": 1, "num": 2, "letter": 3, "dash": 4}


def marker_of(paragraph: str) -> tuple[str | None, str | None, str]:
    """(marker kind, number, text without the marker)."""
    m = MARKER_RE.match(paragraph)
    if not m:
        return None, None, paragraph
    kind = next(k for k in _LEVEL if m.group(k))
    number = None if kind == "dash" else m.group(kind)
    return kind, number, paragraph[m.end():].strip()


def build(paragraphs: list[str]) -> list[Node]:
    """Nest paragraphs by their markers. Plain paragraphs become unnumbered children of the open item."""
    has_roman = any(marker_of(p)[0] in ("roman", "article") for p in paragraphs)
    root: Node = {"number": None, "title": None, "text": None, "items": [], "_level": -1}
    stack: list[Node] = [root]
    for para in paragraphs:
        kind, number, text = marker_of(para)
        if kind is None:
            parent = next(n for n in reversed(stack) if n["_level"] < _LEVEL["dash"])
            parent["items"].append({"number": None, "title": None, "text": text, "items": [], "_level": 9})
            continue
        level = _LEVEL[kind]
        if kind == "dash":
            level = _dash_level(stack, para.lstrip()[:1])
        if kind == "num" and number and "." in number:
            level = 3
        if not has_roman and kind == "num":
            level = 1
        while stack[-1]["_level"] >= level:
            stack.pop()
        node: Node = {"number": number, "title": text, "text": None, "items": [], "_level": level, "_kind": kind,
                      "_dash": para.lstrip()[:1] if kind == "dash" else None}
        stack[-1]["items"].append(node)
        stack.append(node)
    return root["items"]


def _dash_level(stack: list[Node], char: str) -> int:
    """'- item' then '+ sub-item' (the Vietnamese convention) nests; other bullets are siblings, as offices
    mix '-', '–' and '•' at one level."""
    for node in reversed(stack):
        if node.get("_kind") != "dash":
            break
        if node["_dash"] == char:
            return int(node["_level"])
    top = stack[-1]
    if top.get("_kind") != "dash":
        return _LEVEL["dash"]
    return int(top["_level"]) + (1 if char == "+" and top["_dash"] in "-–—" else 0)


def public(nodes: list[Node]) -> list[Node]:
    """The outline as the schema shows it (no internal keys)."""
    return [{"number": n["number"], "title": n["title"], "text": n["text"], "items": public(n["items"])}
            for n in nodes]


def walk(nodes: list[Node]):  # type: ignore[no-untyped-def]
    for n in nodes:
        yield n
        yield from walk(n["items"])


def walk_above(nodes: list[Node], above: tuple[Node, ...], *skip: Node | None):  # type: ignore[no-untyped-def]
    """Every node with the nodes above it, leaving out the `skip` nodes and what they hold."""
    for node in nodes:
        if any(node is s for s in skip):
            continue
        yield node, above
        yield from walk_above(node["items"], (*above, node), *skip)


def full_text(node: Node) -> str:
    parts = [node["title"] or node["text"] or ""]
    parts += [full_text(c) for c in node["items"]]
    return " ".join(p for p in parts if p)


def find_section(nodes: list[Node], pattern: str, exclude: str | None = None) -> Node | None:
    """The shallowest numbered node whose title matches: a part 'IV. TRÁCH NHIỆM …' before an item
    '3. Trách nhiệm của người đứng đầu …' somewhere inside an earlier part."""
    regex = re.compile(pattern, re.IGNORECASE)
    level = nodes
    while level:
        for node in level:
            title = node["title"] or ""
            if node["number"] and regex.search(title[:80]) and not (exclude and re.search(exclude, title, re.I)):
                return node
        level = [child for node in level for child in node["items"]]
    return None
