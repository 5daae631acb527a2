"""Targets given as a table by year (STT | Chỉ tiêu | Đơn vị tính | Năm 2025 | Năm 2030), as a Word table or
pasted with '|' or tabs: each row a target, each year column a measure due that year."""

from __future__ import annotations

import io

import pytest

from binhdang.reader import parse_bytes
from binhdang.reader.parse import parse_text

HEAD = """UBND TỈNH MẪU
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 20/KH-UBND
Mẫu, ngày 10 tháng 3 năm 2024
KẾ HOẠCH
Hành động về bình đẳng giới giai đoạn 2024-2030
I. MỤC TIÊU
1. Mục tiêu chung
Thu hẹp khoảng cách giới.
2. Các chỉ tiêu cụ thể"""
TAIL = """II. TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ: chủ trì theo dõi, tổng hợp."""
ROWS = [
    ["STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2025", "Năm 2030"],
    ["1", "Tỷ lệ nữ tham gia cấp ủy", "%", "≥ 25", "≥ 30"],
    ["2", "Tỷ số giới tính khi sinh", "bé trai/100 bé gái", "≤ 111", "≤ 109"],
    ["3", "Tỷ lệ xã có mô hình phòng, chống bạo lực gia đình", "%", "50", "80"],
]
EXPECTED = [[(">=", 25, "%", 2025), (">=", 30, "%", 2030)],
            [("<=", 111, "per 100", 2025), ("<=", 109, "per 100", 2030)],
            [(">=", 50, "%", 2025), (">=", 80, "%", 2030)]]


def _measures(plan: dict) -> list[list[tuple]]:  # type: ignore[type-arg]
    return [[(m["comparator"], m["value"], m["unit"], m["by"]) for m in t["measures"]]
            for o in plan["objectives"] for t in o["targets"]]


@pytest.mark.parametrize("separator", [" | ", "\t"], ids=["pipes", "tabs"])
def test_pasted_target_table(separator: str) -> None:
    table = [separator.join(r) for r in ROWS]
    plan = parse_text("\n".join([HEAD, *table, TAIL]))
    assert _measures(plan) == EXPECTED
    assert "Tỷ lệ nữ tham gia cấp ủy" in plan["objectives"][0]["targets"][0]["text"]
    assert [a["agencies"] for a in plan["assignments"]] == [["Sở Nội vụ"]]


def test_word_target_table() -> None:
    import docx

    document = docx.Document()
    for line in HEAD.splitlines():
        document.add_paragraph(line)
    table = document.add_table(rows=len(ROWS), cols=len(ROWS[0]))
    for row, values in zip(table.rows, ROWS, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    for line in TAIL.splitlines():
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    assert _measures(parse_bytes(out.getvalue(), "ke-hoach.docx")) == EXPECTED
