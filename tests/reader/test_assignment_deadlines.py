"""A date a duty sets for itself ('báo cáo kết quả trước ngày 15/6/2024', an activity 'hoàn thành trước ngày
30/9/2024') is reported with its assignment (the extra property `deadlines`), so the duty can fall due then
rather than at the plan's general reporting date."""

from __future__ import annotations

from binhdang.reader import parse_file
from binhdang.reader.parse import parse_text
from tests.conftest import SEEDS

PLAN = (
    "KẾ HOẠCH\nVề bình đẳng giới năm 2024\nI. NỘI DUNG\n1. Tập huấn về giới\n"
    "a) Cơ quan thực hiện: Sở Nội vụ chủ trì, hoàn thành trước ngày 30/9/2024.\n"
    "II. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế: chủ trì tuyên truyền; báo cáo kết quả trước ngày 15/6/2024.\n"
    "2. Sở Tư pháp: phối hợp tuyên truyền.\n"
    "III. CHẾ ĐỘ BÁO CÁO\nCác cơ quan báo cáo kết quả thực hiện trước ngày 10/12/2024.\n"
)


def test_a_duty_falls_due_on_its_own_date() -> None:
    plan = parse_text(PLAN)
    assert [(a["agencies"], a["deadlines"]) for a in plan["assignments"]] == [
        (["Sở Y tế"], ["2024-06-15"]), (["Sở Tư pháp"], [])]
    assert [(a["agencies"], a["deadlines"]) for a in plan["content_assignments"]] == [(["Sở Nội vụ"], ["2024-09-30"])]
    assert "2024-12-10" in [d["due"] for d in plan["deadlines"]]


def test_every_assignment_of_the_seeds_lists_its_dates() -> None:
    for seed in SEEDS:
        plan = parse_file(seed)
        assert all(isinstance(a["deadlines"], list) for a in plan["assignments"] + plan["content_assignments"])
