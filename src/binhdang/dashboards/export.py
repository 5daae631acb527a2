"""A unit's progress against its targets as CSV, XLSX, and a .docx report in the Nghị định 30 layout carrying
the dashboard's charts."""

from __future__ import annotations

import csv
import io
from typing import Any

from django.utils import timezone

from binhdang import nd30
from binhdang.indicators import charts
from binhdang.lexicon.numbers import num
from binhdang.units.models import AdminUnit

HEADER = ["Kế hoạch", "Chỉ tiêu", "Mục tiêu", "Năm đạt", "Chỉ số", "Năm số liệu", "Giá trị", "Tình trạng"]


def _target(r: dict[str, Any]) -> str:
    m = r["measure"]
    return f"{m.get_comparator_display()} {num(m.value)} {m.unit}".strip()


def progress_table(rows: list[dict[str, Any]]) -> list[list[Any]]:
    return [[str(r["plan"]), r["measure"].target.text, _target(r), r["measure"].by_year or "",
             r["indicator"].name if r["indicator"] else "", r["latest_year"] or "", num(r["latest"]), r["label"]]
            for r in rows]


def progress_csv(rows: list[dict[str, Any]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(HEADER)
    writer.writerows(progress_table(rows))
    return ("\ufeff" + out.getvalue()).encode()  # the BOM makes Excel read UTF-8


def progress_xlsx(rows: list[dict[str, Any]]) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(HEADER)
    for row in progress_table(rows):
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def progress_docx(unit: AdminUnit, rows: list[dict[str, Any]], ranking: list[dict[str, Any]],
                  ranking_title: str) -> bytes:
    """'Báo cáo tiến độ thực hiện các chỉ tiêu về bình đẳng giới': the status counts, the progress chart and the
    ranking chart of the dashboard, and the table of every target."""
    document = nd30.Nd30Document(nd30.Letterhead(
        unit=unit, kind="Báo cáo", title="Tiến độ thực hiện các chỉ tiêu về bình đẳng giới",
        date=timezone.localdate(), symbol="BC-UBND", recipients=["Lưu: VT"],
        signer_authority="TM. ỦY BAN NHÂN DÂN"))
    counts: dict[str, int] = {}
    for r in rows:
        counts[r["label"]] = counts.get(r["label"], 0) + 1
    document.paragraph(f"{unit.name} có {len(rows)} chỉ tiêu định lượng trong các kế hoạch đã ban hành: "
                       + "; ".join(f"{label.lower()}: {n}" for label, n in counts.items()) + ".")
    document.paragraph("I. MỨC ĐẠT SO VỚI MỤC TIÊU", bold=True)
    progress = charts.progress_chart(rows, "Mức đạt so với mục tiêu (%)")
    if progress.bars:
        document.picture(charts.png(progress), "Biểu đồ 1. Số liệu mới nhất so với mục tiêu; đường đứt: 100%")
    document.table(["TT", "Chỉ tiêu", "Mục tiêu", "Số liệu mới nhất", "Tình trạng"],
                   [[str(n), r["measure"].target.text, _target(r) + (f" ({r['measure'].by_year})"
                                                                     if r["measure"].by_year else ""),
                     f"{num(r['latest'])} ({r['latest_year']})" if r["latest"] is not None else "", r["label"]]
                    for n, r in enumerate(rows, start=1)])
    ranked = charts.ranking_chart(ranking, ranking_title)
    if ranked.bars:
        document.paragraph("II. SO SÁNH CÁC ĐƠN VỊ TRỰC THUỘC", bold=True)
        document.picture(charts.png(ranked), f"Biểu đồ 2. {ranking_title}")
    return document.finish()
