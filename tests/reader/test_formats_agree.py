"""The same plan as .txt, as .docx (header in a two-column table) and as .pdf reads the same."""

from __future__ import annotations

from typing import Any

import pytest

from binhdang.lexicon.text import canonical
from binhdang.reader import parse_bytes, parse_file
from tests.conftest import SEEDS
from tests.reader.helpers import seed_lines, to_docx, to_pdf


def essence(plan: dict[str, Any]) -> dict[str, Any]:
    doc = plan["document"]
    return {
        "document": {k: canonical(str(doc[k])) for k in ("kind", "number", "symbol", "issuer", "place", "date", "title")},
        "signer": canonical((doc["signer"] or {}).get("name")),
        "legal_bases": [b["number"] for b in plan["legal_bases"]],
        "agencies": [[canonical(a) for a in x["agencies"]] for x in plan["assignments"]],
        "duties": [len(x["duties"]) for x in plan["assignments"]],
        "targets": [(m["comparator"], m["value"], m["unit"]) for o in plan["objectives"] for t in o["targets"]
                    for m in t["measures"]],
        "deadlines": [d["due"] for d in plan["deadlines"]],
        "events": [(e["from"], e["to"]) for e in plan["events"]],
        "recipients": [canonical(r) for r in plan["recipients"]],
    }


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem[:3])
def test_docx_reads_like_txt(seed) -> None:  # type: ignore[no-untyped-def]
    plan = parse_bytes(to_docx(seed_lines(seed)), "plan.docx")
    assert plan["source"]["format"] == "docx"
    assert essence(plan) == essence(parse_file(seed))


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem[:3])
def test_pdf_reads_like_txt(seed) -> None:  # type: ignore[no-untyped-def]
    plan = parse_bytes(to_pdf(seed_lines(seed)), "plan.pdf")
    assert plan["source"]["format"] == "pdf"
    assert essence(plan) == essence(parse_file(seed))
