"""How targets are written in plans, and what each measure means."""

from __future__ import annotations

import pytest

from binhdang.reader.targets import measures

CASES = [
    ("Tỷ lệ nữ tham gia cấp ủy đạt từ 25% trở lên", [(">=", 25, "%")]),
    ("Tỷ số giới tính khi sinh không vượt quá 116 trẻ sơ sinh trai/100 trẻ sơ sinh gái", [("<=", 116, "per 100")]),
    ("Giảm tỷ lệ phá thai xuống còn 15/100 trẻ đẻ sống", [("<=", 15, "per 100")]),
    ("Tỷ suất tử vong bà mẹ giảm xuống còn 42/100.000 trẻ đẻ sống", [("<=", 42, "per 100000")]),
    ("bảo đảm ít nhất 40% cho mỗi giới", [(">=", 40, "%")]),
    ("Giảm 70% sản phẩm mang định kiến giới", [("reduce_by", 70, "%")]),
    ("Tăng 15% số lượng sản phẩm truyền thông", [("increase_by", 15, "%")]),
    ("đạt trên 70% các sở, ngành", [(">", 70, "%")]),
    ("Tỷ lệ nữ thạc sỹ đạt 40%, tỷ lệ nữ tiến sỹ đạt 20%", [(">=", 40, "%"), (">=", 20, "%")]),
    ("rút ngắn khoảng cách xuống 1,5 lần", [("<=", 1.5, "times")]),
    ("đạt 70% cơ quan nếu cơ quan có 30% trở lên nữ", [(">=", 70, "%")]),
    ("ở độ tuổi từ 15 đến 40 tuổi", []),
    ("Tỷ lệ nữ tham gia cấp ủy ≥ 25%", [(">=", 25, "%")]),
    ("Tỷ số giới tính khi sinh ≤ 109 bé trai/100 bé gái", [("<=", 109, "per 100")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_measure(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert [(m["comparator"], m["value"], m["unit"]) for m in measures(text, 2030)] == expected


def test_deadline_year_from_text() -> None:
    assert measures("đạt 50% vào năm 2025", 2030)[0]["by"] == 2025
    assert measures("đạt 50%", 2030)[0]["by"] == 2030


def test_each_measure_takes_its_own_year() -> None:
    """'25% vào năm 2025 và 30% vào năm 2030', 'năm 2025 đạt 25%; năm 2030 đạt 30%': two years, not the first."""
    for text in ("đạt 25% vào năm 2025 và 30% vào năm 2030", "Năm 2025 đạt 25%; năm 2030 đạt 30%"):
        assert [(m["value"], m["by"]) for m in measures(text, 2024)] == [(25, 2025), (30, 2030)]
    # a baseline year is no deadline
    assert measures("giảm 10% so với năm 2020", 2024)[0]["by"] == 2024
