"""A task table (STT | Nội dung | Chủ trì | Phối hợp | Thời gian) gives one assignment per row, whether it
comes as a Word table, as a pasted table with '|' or with tabs."""

from __future__ import annotations

import io

import pytest

from binhdang.reader import parse_bytes
from binhdang.reader.parse import parse_text

HEAD = """UBND XÃ AN BÌNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 15/KH-UBND
An Bình, ngày 10 tháng 3 năm 2024
KẾ HOẠCH
Thực hiện công tác bình đẳng giới năm 2024
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức về bình đẳng giới.
II. TỔ CHỨC THỰC HIỆN"""
TAIL = """Nơi nhận:
- UBND huyện;
- Lưu: VP.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn An"""
ROWS = [
    ["STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"],
    ["1", "Tuyên truyền Luật Bình đẳng giới trên loa truyền thanh", "Công chức Văn hóa - Xã hội",
     "Hội Liên hiệp Phụ nữ xã", "Quý II"],
    ["2", "Tổ chức Tháng hành động vì bình đẳng giới", "Hội Liên hiệp Phụ nữ xã", "Đoàn Thanh niên, Công an xã",
     "Từ ngày 15/11 đến ngày 15/12/2024"],
    ["3", "Tổng hợp, báo cáo kết quả thực hiện", "Công chức Văn hóa - Xã hội", "", "Trước ngày 10/12/2024"],
]


def _check(plan: dict) -> None:  # type: ignore[type-arg]
    rows = [(a["agencies"], a["role"], len(a["duties"])) for a in plan["assignments"]]
    assert rows == [(["Công chức Văn hóa - Xã hội"], "lead", 1), (["Hội Liên hiệp Phụ nữ xã"], "lead", 1),
                    (["Công chức Văn hóa - Xã hội"], "lead", 1)]
    first = plan["assignments"][0]["duties"][0]
    assert "Tuyên truyền Luật Bình đẳng giới".lower() in first.lower() and "Hội Liên hiệp Phụ nữ xã" in first
    assert [(d["due"], d["what"]) for d in plan["deadlines"]] == [
        ("2024-12-10", "chủ trì tổng hợp, báo cáo kết quả thực hiện")]
    assert [(e["from"], e["to"]) for e in plan["events"]] == [("2024-11-15", "2024-12-15")]
    assert plan["document"]["signer"]["name"] == "Nguyễn Văn An"


@pytest.mark.parametrize("separator", [" | ", "\t"], ids=["pipes", "tabs"])
def test_pasted_task_table(separator: str) -> None:
    table = [separator.join(r) for r in ROWS]
    if separator == " | ":
        table = [f"| {r} |" for r in table]
        table.insert(1, "|---|---|---|---|---|")
    _check(parse_text("\n".join([HEAD, *table, TAIL])))


def test_word_task_table() -> None:
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
    _check(parse_bytes(out.getvalue(), "ke-hoach.docx"))
