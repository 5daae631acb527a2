"""Work assigned outside the implementation part: an activity that names its implementers ('c) Cơ quan thực
hiện: X chủ trì, phối hợp với Y, Z'; 'giao X chủ trì') gives an assignment kept with its content item, under
the extra property `content_assignments` (the implementation part's assignments are unchanged). Every
assignment has its role set, and the partners a duty names ('phối hợp với Y, Z') are reported with it."""

from __future__ import annotations

from binhdang.reader import parse_file
from binhdang.reader.parse import parse_text
from tests.conftest import SEEDS

ACTION_PLAN = next(s for s in SEEDS if "Cơ quan thực hiện" in s.read_text(encoding="utf-8"))


def test_activities_name_their_implementers() -> None:
    found = parse_file(ACTION_PLAN)["content_assignments"]
    by_section = {(a["section"], a["agencies"][0]) for a in found}
    assert ("II.1", "Sở Lao động - Thương binh và Xã hội") in by_section
    assert ("II.3", "Sở Văn hóa, Thể thao và Du lịch") in by_section  # '…, giao Sở Văn hóa, … chủ trì'
    assert all(a["role"] == "lead" and a["duties"] and a["section_title"] for a in found)
    first = next(a for a in found if a["section"] == "II.1")
    assert first["section_title"].startswith("Truyền thông nâng cao nhận thức")
    assert {"Văn phòng UBND tỉnh", "Sở Y tế", "Hội Liên hiệp phụ nữ tỉnh"} <= set(first["partners"])
    assert "Sở Lao động - Thương binh và Xã hội" not in first["partners"]


def test_every_assignment_has_a_role_and_its_partners() -> None:
    for seed in SEEDS:
        plan = parse_file(seed)
        assert all(a["role"] in ("lead", "coordinate") for a in plan["assignments"] + plan["content_assignments"])
        assert all(isinstance(a["partners"], list) for a in plan["assignments"])
    health = next(a for a in parse_file(ACTION_PLAN)["assignments"] if a["agencies"] == ["Sở Y tế"])
    assert "Hội Liên hiệp phụ nữ tỉnh" in health["partners"]
    assert not any(p.endswith(("phân tích", "tăng cường")) for s in SEEDS for a in parse_file(s)["assignments"]
                   for p in a["partners"])


def test_labelled_lead_and_partners() -> None:
    plan = parse_text(
        "KẾ HOẠCH\nVề bình đẳng giới năm 2024\nI. NỘI DUNG\n1. Tập huấn kiến thức về giới cho cán bộ\n"
        "a) Nội dung: tập huấn hai lớp.\nb) Cơ quan chủ trì: Sở Nội vụ; cơ quan phối hợp: Sở Tư pháp, Hội Liên hiệp "
        "Phụ nữ tỉnh.\n2. Truyền thông về bình đẳng giới\n- Tổ chức tọa đàm ngày 8/3, giao Sở Văn hóa, Thể thao và "
        "Du lịch chủ trì, phối hợp với Đoàn Thanh niên tỉnh thực hiện.\nII. TỔ CHỨC THỰC HIỆN\n"
        "1. Sở Y tế: chủ trì, phối hợp với Công an tỉnh tuyên truyền.\n2. Sở Tài chính: phối hợp bố trí kinh phí.\n")
    assert [(a["section"], a["agencies"], a["partners"]) for a in plan["content_assignments"]] == [
        ("I.1", ["Sở Nội vụ"], ["Sở Tư pháp", "Hội Liên hiệp Phụ nữ tỉnh"]),
        ("I.2", ["Sở Văn hóa, Thể thao và Du lịch"], ["Đoàn Thanh niên tỉnh"]),
    ]
    assert [(a["agencies"], a["role"], a["partners"]) for a in plan["assignments"]] == [
        (["Sở Y tế"], "lead", ["Công an tỉnh"]), (["Sở Tài chính"], "coordinate", [])]
