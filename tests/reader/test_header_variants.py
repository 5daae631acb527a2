"""The number and the place-and-date line as offices actually type them."""

from __future__ import annotations

import pytest

from binhdang.reader.parse import parse_text

DOCUMENT = """UBND TỈNH HƯNG YÊN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
{number}
{dated}
KẾ HOẠCH
Thực hiện công tác bình đẳng giới năm 2024
I. TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ: chủ trì, theo dõi.
"""


@pytest.mark.parametrize(("number", "dated", "expected"), [
    ("Số: 12/KH-UBND", "Hưng Yên, ngày 05 tháng 3 năm 2024", ("12/KH-UBND", "2024-03-05")),
    ("SỐ: 12/KH-UBND", "Hưng Yên, ngày 05 tháng 3 năm 2024", ("12/KH-UBND", "2024-03-05")),
    ("Số 12/KH-UBND", "Hưng Yên, ngày 05/3/2024", ("12/KH-UBND", "2024-03-05")),
    ("Số: 12 /KH - UBND", "Hưng Yên, ngày    tháng 3 năm 2024", ("12/KH-UBND", "2024-03")),
    ("Số: 12/KH-UBND", "Hưng Yên, ngày 5-3-2024", ("12/KH-UBND", "2024-03-05")),
    ("Số: 12/2024/KH-UBND", "Hưng Yên, ngày 05.3.2024", ("12/2024/KH-UBND", "2024-03-05")),
    ("Số:     /KH-UBND", "Hưng Yên, ngày     tháng     năm 2024", (None, "2024")),
])
def test_number_and_date(number: str, dated: str, expected: tuple[str | None, str]) -> None:
    doc = parse_text(DOCUMENT.format(number=number, dated=dated))["document"]
    assert (doc["number"], doc["date"]) == expected
    assert doc["place"] == "Hưng Yên" and doc["symbol"] == "KH-UBND"
    assert doc["issuer"] == "Ủy ban nhân dân tỉnh Hưng Yên"
