"""`binhdang parse` prints a Vietnamese summary, or JSON with --json, for one or several files."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import SEEDS

CMD = [sys.executable, "-m", "binhdang.cli", "parse"]


def test_summary_in_vietnamese() -> None:
    run = subprocess.run([*CMD, str(SEEDS[4])], capture_output=True, text=True, check=True)
    assert "Cơ quan ban hành: Ủy ban nhân dân tỉnh Hải Dương" in run.stdout
    assert "Số, ký hiệu:    3002/KH-UBND" in run.stdout
    assert "29/12/2015" in run.stdout  # dates as dd/mm/yyyy
    # each target shown by its own wording, then its measures
    assert "  - Hàng năm, trong tổng số người được tạo việc làm mới bảo đảm ít nhất 40…: ≥ 40 %" in run.stdout


def test_json_for_each_file() -> None:
    run = subprocess.run([*CMD, "--json", str(SEEDS[0])], capture_output=True, text=True, check=True)
    plan = json.loads(run.stdout)
    assert plan["document"]["symbol"] == "KH-UBND" and plan["document"]["date"] == "2022-02"
