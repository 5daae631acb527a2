"""A plan published as a post on a school's or a committee's portal: the post's title (often in capitals,
starting with 'KẾ HOẠCH' like the document's own kind line), 'Đăng lúc … Người đăng bài viết …', views and
category above the document, author and source below it. The plan reads as the document alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from binhdang.reader import parse_file
from binhdang.reader.parse import parse_text
from tests.conftest import SEEDS
from tests.reader.helpers import essence

TOPS = {
    "lines": """Trường THCS Nguyễn Trãi
Trang chủ Giới thiệu Tin tức Văn bản
Kế hoạch thực hiện công tác bình đẳng giới năm học 2022-2023
Đăng lúc: 08:15:20 15/03/2022
Người đăng bài viết: Nguyễn Thị Lan
Chuyên mục: Công đoàn - Ban VSTBPN
""",
    "title in capitals, metadata on one line": """Trường THCS Nguyễn Trãi
KẾ HOẠCH THỰC HIỆN CÔNG TÁC BÌNH ĐẲNG GIỚI NĂM 2022
Đăng lúc: 15/03/2022 08:15 Người đăng bài viết: Nguyễn Thị Lan Lượt xem: 35
Chuyên mục: Công đoàn - Ban VSTBPN
""",
}
BOTTOM = """
Tác giả: Nguyễn Thị Lan
Nguồn tin: Trường THCS Nguyễn Trãi
Những tin mới hơn
Những tin cũ hơn
"""


@pytest.mark.parametrize("top", TOPS.values(), ids=TOPS.keys())
@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem[:3])
def test_a_portal_post_reads_like_the_plan(seed: Path, top: str) -> None:
    page = top + seed.read_text(encoding="utf-8") + BOTTOM
    assert essence(parse_text(page)) == essence(parse_file(seed))
