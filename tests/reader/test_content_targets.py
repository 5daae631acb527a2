"""An activity's own targets ('a) Mục tiêu: 70% cán bộ, công chức … được truyền thông') are read as targets of
its content item, under the extra property `content_targets` (the objectives part's targets are unchanged)."""

from __future__ import annotations

import json

from binhdang.reader import parse_file
from binhdang.reader.parse import parse_text
from tests.conftest import SEEDS, SHARED

ACTION_PLAN = next(s for s in SEEDS if "a) **Mục tiêu:** 70%" in s.read_text(encoding="utf-8"))


def test_activity_targets_of_the_action_plan() -> None:
    plan = parse_file(ACTION_PLAN)
    found = {c["section"]: c for c in plan["content_targets"]}
    communication = [(m["comparator"], m["value"], m["unit"], m["by"]) for t in found["II.1"]["targets"]
                     for m in t["measures"]]
    assert communication == [(">=", 70.0, "%", 2020), (">=", 50.0, "%", 2020)]
    assert found["II.1"]["section_title"].startswith("Truyền thông nâng cao nhận thức")
    assert "được truyền thông" in found["II.1"]["targets"][0]["measures"][1]["subject"]
    training = found["II.2"]["targets"][0]
    assert [(m["comparator"], m["value"]) for m in training["measures"]] == [(">=", 100.0)]
    assert "được tập huấn" in training["text"]
    gold = json.loads((SHARED / "gold" / f"{ACTION_PLAN.stem}.json").read_text(encoding="utf-8"))
    measures = sum(len(t["measures"]) for o in plan["objectives"] for t in o["targets"])
    assert measures == sum(len(t["measures"]) for o in gold["objectives"] for t in o["targets"])


def test_activity_targets_in_a_written_plan() -> None:
    plan = parse_text(
        "KẾ HOẠCH\nVề bình đẳng giới năm 2024\nI. MỤC TIÊU\n1. Tỷ lệ nữ lãnh đạo đạt 30%.\nII. NỘI DUNG\n"
        "1. Tập huấn về giới\na) Mục tiêu: 100% cán bộ làm công tác bình đẳng giới được tập huấn.\n"
        "b) Nội dung: hai lớp tập huấn.\n2. Truyền thông\n- Tổ chức tọa đàm.\n"
        "III. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ: chủ trì; mục tiêu: 90% hồ sơ được số hóa.\n")
    assert [(c["section"], c["section_title"], [m["value"] for t in c["targets"] for m in t["measures"]])
            for c in plan["content_targets"]] == [("II.1", "Tập huấn về giới", [100.0])]
    assert [m["value"] for o in plan["objectives"] for t in o["targets"] for m in t["measures"]] == [30.0]
