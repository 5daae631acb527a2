"""Text files in UTF-16, Windows-1258 and the legacy TCVN3 and VNI encodings read like UTF-8."""

from __future__ import annotations

import codecs

import pytest

from binhdang.lexicon.text import canonical
from binhdang.reader import parse_bytes, parse_file
from binhdang.reader.legacy import decode_tcvn3, decode_vni
from tests.conftest import SEEDS
from tests.reader.helpers import to_cp1258, to_tcvn3, to_vni

SEED = SEEDS[1]


def _key(plan):  # type: ignore[no-untyped-def]
    doc = plan["document"]
    return (canonical(doc["issuer"]), canonical(doc["title"]), doc["date"],
            [canonical(a) for x in plan["assignments"] for a in x["agencies"]], len(plan["recipients"]))


ENCODERS = {
    "utf-16-le-bom": lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"),
    "utf-16-be-bom": lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"),
    "utf-16-le-no-bom": lambda t: t.encode("utf-16-le"),
    "utf-8-bom": lambda t: codecs.BOM_UTF8 + t.encode("utf-8"),
    "windows-1258": to_cp1258,
    "tcvn3": to_tcvn3,
    "vni": to_vni,
}


@pytest.mark.parametrize("encoding", ENCODERS)
def test_encoding_is_detected_and_converted(encoding: str) -> None:
    text = SEED.read_text(encoding="utf-8")
    plan = parse_bytes(ENCODERS[encoding](text), "plan.txt")
    assert _key(plan) == _key(parse_file(SEED))
    if encoding in ("windows-1258", "tcvn3", "vni"):
        assert any("chuyển mã" in w for w in plan["source"]["warnings"])


def test_tcvn3_as_offices_pasted_it() -> None:
    # How a .VnTime document looks when opened without its font.
    assert decode_tcvn3("Céng hoµ x· héi chñ nghÜa ViÖt Nam") == "Cộng hoà xã hội chủ nghĩa Việt Nam"
    assert decode_tcvn3("§éc lËp - Tù do - H¹nh phóc") == "Độc lập - Tự do - Hạnh phúc"


def test_vni_as_offices_pasted_it() -> None:
    assert decode_vni("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam") == "Cộng hòa xã hội chủ nghĩa Việt Nam"
    assert decode_vni("Ñoäc laäp - Töï do - Haïnh phuùc") == "Độc lập - Tự do - Hạnh phúc"


def test_legacy_text_inside_a_utf8_file_is_converted() -> None:
    text = SEED.read_text(encoding="utf-8")
    pasted = to_tcvn3(text).decode("cp1252", errors="replace").encode("utf-8")
    assert _key(parse_bytes(pasted, "plan.txt")) == _key(parse_file(SEED))
