"""A resolution of a People's Council (Nghị quyết HĐND): its number with the year, the council as issuer, laws
cited by a name that holds a comma, articles, and who carries it out."""

from __future__ import annotations

from binhdang.reader.parse import parse_text

RESOLUTION = """
HỘI ĐỒNG NHÂN DÂN
TỈNH HƯNG YÊN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 45/2024/NQ-HĐND
Hưng Yên, ngày 12 tháng 7 năm 2024

NGHỊ QUYẾT
Quy định chính sách hỗ trợ nạn nhân bạo lực gia đình trên địa bàn tỉnh Hưng Yên

HỘI ĐỒNG NHÂN DÂN TỈNH HƯNG YÊN
KHÓA XVII, KỲ HỌP THỨ MƯỜI TÁM

Căn cứ Luật Phòng, chống bạo lực gia đình ngày 14 tháng 11 năm 2022;
Căn cứ Nghị định số 76/2023/NĐ-CP ngày 01 tháng 11 năm 2023 của Chính phủ quy định chi tiết Luật Phòng, chống bạo lực gia đình;
Xét Tờ trình số 88/TTr-UBND ngày 20 tháng 6 năm 2024 của Ủy ban nhân dân tỉnh;

QUYẾT NGHỊ:

Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng
1. Nghị quyết này quy định mức hỗ trợ nạn nhân bạo lực gia đình.
2. Đối tượng áp dụng là nạn nhân bạo lực gia đình.
Điều 2. Tổ chức thực hiện
1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết.
2. Thường trực Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết.

Nơi nhận:
- Ủy ban Thường vụ Quốc hội;
- Chính phủ;
- Lưu: VT.
CHỦ TỊCH

Trần Quốc Văn
"""


def test_resolution() -> None:
    plan = parse_text(RESOLUTION)
    doc = plan["document"]
    assert (doc["kind"], doc["number"], doc["issuer"]) == ("NQ", "45/2024/NQ-HĐND", "Hội đồng nhân dân tỉnh Hưng Yên")
    assert doc["signer"]["name"] == "Trần Quốc Văn" and doc["signer"]["position"] == "Chủ tịch"
    laws = [(b["title"], b["date"]) for b in plan["legal_bases"] if b["number"] is None]
    assert laws == [("Luật Phòng, chống bạo lực gia đình", "2022-11-14")]
    assert "76/2023/NĐ-CP" in [b["number"] for b in plan["legal_bases"]]
    assert [s["number"] for s in plan["sections"]] == ["Điều 1", "Điều 2"]
    # "Giao Ủy ban nhân dân tỉnh tổ chức thực hiện": the agency, without the verb
    assert [a["agencies"] for a in plan["assignments"]] == [["Ủy ban nhân dân tỉnh"],
                                                          ["Thường trực Hội đồng nhân dân tỉnh"]]
