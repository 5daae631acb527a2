"""A plan copied from a legal-documents portal, with the site's menus, metadata table and footer around it,
reads like the plan alone: the site's name in capitals is not taken for the issuer."""

from __future__ import annotations

from pathlib import Path

import pytest

from binhdang.reader import parse_file
from binhdang.reader.parse import parse_text
from tests.conftest import SEEDS
from tests.reader.helpers import essence

PORTAL_TOP = """THƯ VIỆN VĂN BẢN
Trang chủ | Văn bản pháp luật | Hỏi đáp | Biểu mẫu
Tìm kiếm văn bản...
Số hiệu: 9999/KH-UBND | Loại văn bản: Kế hoạch
Nơi ban hành: Tỉnh Mẫu | Người ký: Nguyễn Văn Mẫu
Ngày ban hành: 01/01/2020 | Ngày hiệu lực: Đã biết
Tải văn bản: Tiếng Việt (.doc) | Văn bản gốc (.pdf)
Chia sẻ qua: Facebook | Zalo
"""
PORTAL_BOTTOM = """
Văn bản liên quan
Bài viết liên quan | Mẫu văn bản | Đăng ký thành viên
© 2024 Thư viện văn bản. Đường dây nóng: 1900 0000
"""


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem[:3])
def test_portal_page_reads_like_the_plan(seed: Path) -> None:
    page = PORTAL_TOP + seed.read_text(encoding="utf-8") + PORTAL_BOTTOM
    assert essence(parse_text(page)) == essence(parse_file(seed))
