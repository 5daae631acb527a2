"""The preloaded indicator catalogue: the targets of the National Strategy on Gender Equality 2021–2030
(Nghị quyết 28/NQ-CP) and the gender indicators a province collects (the 2011–2020 strategy's targets
among them, which provincial plans of that period still measure). `keywords` are the phrases by which a plan's
target is recognised as measuring the indicator."""

from __future__ import annotations

from typing import Any

NQ28 = "Nghị quyết 28/NQ-CP"
PROVINCE = "Chỉ số giới cấp tỉnh"

# code, name, kind, unit, multiplier, direction, by_sex, source, 2025, 2030, responsible kind, keywords, definition
_ROWS: list[tuple[Any, ...]] = [
    ("nu-cap-uy", "Tỷ lệ nữ tham gia cấp ủy Đảng", "ratio", "%", 100, "up", False, PROVINCE, None, None, "",
     ["cấp ủy", "cấp uỷ"], "Số nữ cấp ủy viên / tổng số cấp ủy viên của nhiệm kỳ."),
    ("nu-dai-bieu-quoc-hoi", "Tỷ lệ nữ đại biểu Quốc hội", "ratio", "%", 100, "up", False, PROVINCE, None, None,
     "", ["đại biểu quốc hội"], "Số nữ đại biểu Quốc hội của tỉnh / tổng số đại biểu."),
    ("nu-dai-bieu-hdnd", "Tỷ lệ nữ đại biểu Hội đồng nhân dân", "ratio", "%", 100, "up", False, PROVINCE, None,
     None, "", ["hội đồng nhân dân", "hđnd"], "Số nữ đại biểu HĐND / tổng số đại biểu HĐND của cấp."),
    ("lanh-dao-chu-chot-nu", "Tỷ lệ cơ quan quản lý nhà nước, chính quyền địa phương có lãnh đạo chủ chốt là nữ",
     "ratio", "%", 100, "up", False, NQ28, 60, 75, "so_noi_vu",
     ["lãnh đạo chủ chốt là nữ", "lãnh đạo chủ chốt nữ"],
     "Số cơ quan, UBND có ít nhất một lãnh đạo chủ chốt là nữ / tổng số cơ quan, UBND."),
    ("lanh-dao-nu-noi-30-nu", "Tỷ lệ cơ quan, tổ chức có từ 30% nữ trở lên có lãnh đạo chủ chốt là nữ", "ratio",
     "%", 100, "up", False, NQ28, 70, 100, "so_noi_vu",
     ["30% trở lên nữ", "từ 30% nữ trở lên", "tỷ lệ 30% trở lên"],
     "Trong các cơ quan, tổ chức có từ 30% nữ cán bộ trở lên: số có lãnh đạo chủ chốt là nữ / tổng số."),
    ("viec-lam-moi", "Số người được tạo việc làm mới", "count", "người", 1, "up", True, PROVINCE, None, None,
     "so_ldtbxh", [], "Số người được tạo việc làm mới trong kỳ, theo giới tính."),
    ("nu-viec-lam-moi", "Tỷ lệ nữ trong tổng số người được tạo việc làm mới", "ratio", "%", 100, "up", False,
     PROVINCE, None, None, "so_ldtbxh", ["việc làm mới"], "Số nữ được tạo việc làm mới / tổng số."),
    ("lao-dong-nu-huong-luong", "Tỷ lệ lao động nữ làm công hưởng lương", "ratio", "%", 100, "up", False, NQ28,
     50, 60, "so_ldtbxh", ["làm công hưởng lương"], "Số lao động nữ làm công hưởng lương / tổng số lao động nữ."),
    ("nu-chu-doanh-nghiep", "Tỷ lệ nữ giám đốc, chủ doanh nghiệp, hợp tác xã", "ratio", "%", 100, "up", False,
     NQ28, 27, 30, "so_khdt", ["chủ doanh nghiệp", "giám đốc doanh nghiệp", "chủ hợp tác xã"],
     "Số doanh nghiệp, hợp tác xã có giám đốc hoặc chủ là nữ / tổng số."),
    ("lao-dong-nu-nong-thon-dao-tao", "Tỷ lệ lao động nữ nông thôn được đào tạo nghề, chuyên môn kỹ thuật",
     "ratio", "%", 100, "up", False, NQ28, 50, 60, "so_ldtbxh",
     ["lao động nữ nông thôn", "lao động nữ ở nông thôn", "đào tạo nghề"],
     "Số lao động nữ nông thôn (dưới 60 tuổi) đã qua đào tạo / tổng số lao động nữ nông thôn."),
    ("lao-dong-nong-thon-dao-tao", "Số lao động nông thôn được đào tạo nghề", "count", "người", 1, "up", True,
     PROVINCE, None, None, "so_ldtbxh", [], "Số lao động nông thôn được đào tạo nghề trong kỳ, theo giới tính."),
    ("nu-vay-von", "Tỷ lệ phụ nữ nghèo, dân tộc thiểu số có nhu cầu được vay vốn ưu đãi", "ratio", "%", 100, "up",
     False, PROVINCE, None, None, "", ["vay vốn"], "Số phụ nữ được vay / số phụ nữ có nhu cầu vay."),
    ("biet-chu", "Tỷ lệ người từ 15 đến 40 tuổi biết chữ", "ratio", "%", 100, "up", True, PROVINCE, None, None,
     "so_gddt", ["biết chữ", "xóa mù chữ", "xoá mù chữ"], "Số người 15–40 tuổi biết chữ / dân số 15–40 tuổi."),
    ("nu-thac-si", "Tỷ lệ nữ trong số thạc sĩ", "ratio", "%", 100, "up", False, PROVINCE, None, None, "so_gddt",
     ["thạc sĩ", "thạc sỹ"], "Số nữ thạc sĩ / tổng số thạc sĩ."),
    ("nu-tien-si", "Tỷ lệ nữ trong số tiến sĩ", "ratio", "%", 100, "up", False, PROVINCE, None, None, "so_gddt",
     ["tiến sĩ", "tiến sỹ"], "Số nữ tiến sĩ / tổng số tiến sĩ."),
    ("ty-so-gioi-tinh-khi-sinh", "Tỷ số giới tính khi sinh", "ratio", "bé trai/100 bé gái", 100, "down", False,
     NQ28, 111, 109, "so_y_te", ["giới tính khi sinh"], "Số bé trai sinh ra sống / số bé gái sinh ra sống × 100."),
    ("tu-vong-me", "Tỷ số tử vong mẹ", "ratio", "/100.000 trẻ đẻ sống", 100000, "down", False, NQ28, 42, None,
     "so_y_te", ["tử vong bà mẹ", "tử vong mẹ"], "Số bà mẹ tử vong liên quan thai sản / số trẻ đẻ sống × 100.000."),
    ("hiv-me-con", "Tỷ lệ phụ nữ mang thai được tiếp cận dự phòng lây truyền HIV từ mẹ sang con", "ratio", "%", 100,
     "up", False, PROVINCE, None, None, "so_y_te", ["hiv từ mẹ sang con"],
     "Số phụ nữ mang thai được tư vấn, xét nghiệm HIV / tổng số phụ nữ mang thai."),
    ("pha-thai", "Tỷ số phá thai", "ratio", "/100 trẻ đẻ sống", 100, "down", False, PROVINCE, None, None,
     "so_y_te", ["phá thai"], "Số ca phá thai / số trẻ đẻ sống × 100."),
    ("san-pham-dinh-kien-gioi", "Số sản phẩm văn hóa, thông tin mang định kiến giới", "count", "sản phẩm", 1,
     "down", False, PROVINCE, None, None, "so_vhttdl", ["định kiến giới"], "Số sản phẩm bị phát hiện trong kỳ."),
    ("dai-chuyen-muc-bdg", "Tỷ lệ đài phát thanh, truyền hình, truyền thanh có chuyên mục về bình đẳng giới",
     "ratio", "%", 100, "up", False, NQ28, 80, 90, "so_tttt",
     ["chuyên mục", "đài phát thanh", "đài truyền thanh"], "Số đài có chuyên mục / tổng số đài."),
    ("gio-viec-nha", "Số giờ làm việc nhà, chăm sóc không được trả công của nữ so với nam", "level", "lần", 1,
     "down", False, NQ28, 1.7, 1.4, "thong_ke", ["công việc gia đình", "công việc nội trợ", "việc nhà"],
     "Số giờ bình quân của nữ / số giờ bình quân của nam (điều tra thống kê; không cộng dồn được)."),
    ("nan-nhan-duoc-ho-tro", "Tỷ lệ nạn nhân bạo lực trên cơ sở giới được phát hiện được hỗ trợ", "ratio", "%",
     100, "up", False, NQ28, 80, 90, "so_ldtbxh", ["nạn nhân của bạo lực", "nạn nhân bạo lực"],
     "Số nạn nhân được phát hiện nhận ít nhất một dịch vụ hỗ trợ cơ bản / số nạn nhân được phát hiện."),
    ("so-nan-nhan-duoc-ho-tro", "Số nạn nhân bạo lực trên cơ sở giới (kể cả bạo lực gia đình) được hỗ trợ",
     "count", "người", 1, "up", True, PROVINCE, None, None, "so_ldtbxh", [],
     "Số nạn nhân được hỗ trợ trong kỳ, theo giới tính."),
    ("nguoi-gay-bao-luc-tu-van", "Tỷ lệ người gây bạo lực gia đình được phát hiện được tư vấn", "ratio", "%", 100,
     "up", False, PROVINCE, None, None, "so_vhttdl", ["người gây bạo lực"],
     "Số người gây bạo lực được tư vấn / số người gây bạo lực được phát hiện."),
    ("so-nguoi-gay-bao-luc-tu-van", "Số người gây bạo lực gia đình được tư vấn", "count", "người", 1, "up", True,
     PROVINCE, None, None, "so_vhttdl", [], "Số người gây bạo lực được tư vấn trong kỳ, theo giới tính."),
    ("nan-nhan-mua-ban", "Tỷ lệ nạn nhân bị mua bán trở về được hưởng dịch vụ hỗ trợ", "ratio", "%", 100, "up",
     False, PROVINCE, None, None, "cong_an", ["bị buôn bán", "bị mua bán"],
     "Số nạn nhân được hỗ trợ tái hòa nhập / số nạn nhân trở về được phát hiện."),
    ("van-ban-long-ghep", "Tỷ lệ dự thảo văn bản quy phạm pháp luật có vấn đề giới được lồng ghép",
     "ratio", "%", 100, "up", False, PROVINCE, None, None, "so_tu_phap", ["dự thảo văn bản quy phạm pháp luật"],
     "Số dự thảo được lồng ghép / số dự thảo có nội dung liên quan đến bình đẳng giới."),
    ("ban-soan-thao-tap-huan", "Tỷ lệ thành viên ban soạn thảo, tổ biên tập được tập huấn về lồng ghép giới",
     "ratio", "%", 100, "up", False, PROVINCE, None, None, "so_tu_phap", ["ban soạn thảo", "tổ biên tập"],
     "Số thành viên được tập huấn / tổng số thành viên."),
    ("can-bo-chuyen-trach", "Tỷ lệ đơn vị bố trí cán bộ chuyên trách công tác bình đẳng giới", "ratio", "%", 100,
     "up", False, PROVINCE, None, None, "so_noi_vu", ["cán bộ chuyên trách"],
     "Số đơn vị có cán bộ chuyên trách / tổng số đơn vị."),
    ("can-bo-bdg-tap-huan", "Tỷ lệ cán bộ làm công tác bình đẳng giới được tập huấn", "ratio", "%", 100, "up",
     False, PROVINCE, None, None, "so_noi_vu", ["tập huấn ít nhất"], "Số cán bộ được tập huấn / tổng số."),
    ("so-nguoi-tap-huan-bdg", "Số người được tập huấn, bồi dưỡng về bình đẳng giới", "count", "người", 1, "up", True,
     PROVINCE, None, None, "", [], "Số lượt người được tập huấn trong kỳ, theo giới tính (từ báo cáo định kỳ)."),
    ("so-cuoc-truyen-thong", "Số cuộc truyền thông, tập huấn về bình đẳng giới đã tổ chức", "count", "cuộc", 1,
     "up", False, PROVINCE, None, None, "", [], "Số cuộc truyền thông, tập huấn trong kỳ (từ báo cáo định kỳ)."),
    ("so-san-pham-truyen-thong", "Số sản phẩm truyền thông về bình đẳng giới", "count", "sản phẩm", 1, "up",
     False, PROVINCE, None, None, "so_tttt", [], "Số tin, bài, phóng sự, tờ rơi… phát hành trong kỳ."),
    ("so-cuoc-thanh-tra-bdg", "Số cuộc thanh tra, kiểm tra về bình đẳng giới", "count", "cuộc", 1, "up", False,
     PROVINCE, None, None, "", [], "Số cuộc thanh tra, kiểm tra việc thực hiện pháp luật về bình đẳng giới."),
]

# Breakdowns beyond sex (models.BREAKDOWNS) of the indicators that a province's statistics split so.
BREAKDOWNS_OF = {"viec-lam-moi": "khu-vuc", "lao-dong-nong-thon-dao-tao": "tuoi,dan-toc",
                 "so-nan-nhan-duoc-ho-tro": "tuoi"}

KEYS = ("code", "name", "kind", "unit", "multiplier", "direction", "by_sex", "source", "target_2025",
        "target_2030", "responsible", "keywords", "definition")


def catalogue() -> list[dict[str, Any]]:
    return [{**dict(zip(KEYS, row, strict=True)), "keywords": "\n".join(row[11]),
             "breakdowns": BREAKDOWNS_OF.get(row[0], "")} for row in _ROWS]
