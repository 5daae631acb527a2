"""An official letter (công văn): no kind line, a symbol without a kind ('1520/UBND-KGVX'), its subject on a
'V/v' line, addressees under 'Kính gửi'."""

from __future__ import annotations

import pytest

from binhdang.reader.parse import parse_text

LETTER = """ỦY BAN NHÂN DÂN
TỈNH HƯNG YÊN
Số: 1520/UBND-KGVX
V/v triển khai Tháng hành động vì bình đẳng giới năm 2025
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hưng Yên, ngày 30 tháng 10 năm 2025

Kính gửi:
- Các sở, ban, ngành tỉnh;
- Ủy ban nhân dân các xã, phường.

Thực hiện Công văn số 4500/BNV-BĐG ngày 20/10/2025 của Bộ Nội vụ về việc tổ chức Tháng hành động vì bình đẳng \
giới năm 2025, Ủy ban nhân dân tỉnh đề nghị:
1. Sở Nội vụ chủ trì, hướng dẫn các cơ quan, đơn vị tổ chức Tháng hành động (từ ngày 15/11 đến ngày \
15/12/2025); tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh trước ngày 20/12/2025.
2. Các sở, ban, ngành căn cứ chức năng, nhiệm vụ tổ chức các hoạt động hưởng ứng; báo cáo kết quả về Sở Nội vụ \
trước ngày 18/12/2025./.

Nơi nhận:
- Như trên;
- Lưu: VT, KGVX.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Lê Huy
"""
_HEADER_END = LETTER.index("\n\nKính gửi")


@pytest.mark.parametrize("layout", ["typed", "header-on-one-line"])
def test_letter(layout: str) -> None:
    text = LETTER if layout == "typed" else " ".join(LETTER[:_HEADER_END].split("\n")) + LETTER[_HEADER_END:]
    plan = parse_text(text)
    doc = plan["document"]
    assert (doc["kind"], doc["number"], doc["symbol"]) == ("CV", "1520/UBND-KGVX", "UBND-KGVX")
    assert (doc["place"], doc["date"]) == ("Hưng Yên", "2025-10-30")
    assert doc["issuer"] == "Ủy ban nhân dân tỉnh Hưng Yên"
    assert doc["title"] == "Triển khai Tháng hành động vì bình đẳng giới năm 2025"
    assert [b["number"] for b in plan["legal_bases"]] == ["4500/BNV-BĐG"]
    assert [d["due"] for d in plan["deadlines"]] == ["2025-12-20", "2025-12-18"]
    assert [(e["from"], e["to"]) for e in plan["events"]] == [("2025-11-15", "2025-12-15")]
    assert doc["signer"]["name"] == "Nguyễn Lê Huy"
    assert plan["recipients"] == ["Như trên", "Lưu: VT, KGVX."]


def test_kind_comes_from_the_symbol_when_it_names_one() -> None:
    text = LETTER.replace("1520/UBND-KGVX", "1520/TB-UBND").replace("V/v ", "V/v thông báo ")
    assert parse_text(text)["document"]["kind"] == "TB"


def test_roman_parts_with_a_slash() -> None:
    """'I/ MỤC ĐÍCH' is a part; 'V/v' is not."""
    plan = parse_text("KẾ HOẠCH\nVề bình đẳng giới năm 2024\nI/ MỤC ĐÍCH\nNâng cao nhận thức.\n"
                      "II/ TỔ CHỨC THỰC HIỆN\n1. Công an xã: chủ trì tuyên truyền.\n")
    assert [s["number"] for s in plan["sections"]] == ["I", "II"]
    assert [a["agencies"] for a in plan["assignments"]] == [["Công an xã"]]
