"""On arbitrary text the reader raises nothing but its own error type."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from binhdang.reader import ReaderError, parse_text

FRAGMENTS = st.sampled_from([
    "KẾ HOẠCH", "Số: 12/KH-UBND", "Hà Nội, ngày 5 tháng 3 năm 2022", "I. TỔ CHỨC THỰC HIỆN", "1. Sở Y tế",
    "- Chủ trì", "a) Mục tiêu 1:", "Chỉ tiêu 1: đạt 25%", "trước ngày 10/6", "từ ngày 15/11 đến 15/12",
    "Nơi nhận:", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Căn cứ Luật", "\n", "|", "\t", "%", "/", "Đề nghị", "ngày 8/3",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=60), FRAGMENTS), max_size=40))
def test_only_reader_errors(parts: list[str]) -> None:
    try:
        plan = parse_text(" ".join(parts))
    except ReaderError as exc:
        assert str(exc)
    else:
        assert plan["schema"] == "binhdang.plan/1"
