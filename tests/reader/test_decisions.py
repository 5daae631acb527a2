"""A decision (Quyết định) read as one: its articles, and the plan it issues read as the plan's own parts."""

from __future__ import annotations

from pathlib import Path

import pytest

from binhdang.lexicon.text import canonical
from binhdang.reader import parse_bytes, parse_file
from tests.conftest import SEEDS
from tests.reader.helpers import essence, plan_part

DECISION = """BỘ GIÁO DỤC VÀ ĐÀO TẠO
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 1234/QĐ-BGDĐT
Hà Nội, ngày {day} tháng {month} năm {year}

QUYẾT ĐỊNH
Ban hành Kế hoạch {title}

BỘ TRƯỞNG BỘ GIÁO DỤC VÀ ĐÀO TẠO

Căn cứ Nghị định số 86/2022/NĐ-CP ngày 24 tháng 10 năm 2022 của Chính phủ quy định chức năng, nhiệm vụ, \
quyền hạn và cơ cấu tổ chức của Bộ Giáo dục và Đào tạo;
Theo đề nghị của Chánh Văn phòng Bộ.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch {title}.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng, Thủ trưởng các đơn vị liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Ủy ban Quốc gia vì sự tiến bộ của phụ nữ Việt Nam;
- Lưu: VT, VP.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG

Ngô Thị Minh
"""


ISSUED = "(Ban hành kèm theo Quyết định số 1234/QĐ-BGDĐT ngày 05/4/2023 của Bộ trưởng Bộ Giáo dục và Đào tạo)"


def _decision(year: int = 2023, month: int = 4, day: int = 5,
              title: str = "thực hiện công tác bình đẳng giới năm 2023") -> str:
    return DECISION.format(year=year, month=month, day=day, title=title)


def test_a_decision_alone() -> None:
    plan = parse_bytes(_decision().encode(), "qd.txt")
    doc = plan["document"]
    assert (doc["kind"], doc["number"], doc["date"]) == ("QĐ", "1234/QĐ-BGDĐT", "2023-04-05")
    assert doc["issuer"] == "Bộ Giáo dục và Đào tạo"
    assert doc["signer"] == {"name": "Ngô Thị Minh", "position": "Thứ trưởng", "authority": "KT. Bộ trưởng"}
    assert [s["number"] for s in plan["sections"]] == ["Điều 1", "Điều 2", "Điều 3"]
    assert [b["number"] for b in plan["legal_bases"]] == ["86/2022/NĐ-CP"]
    assert plan["recipients"][-1] == "Lưu: VT, VP."


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem[:3])
def test_the_plan_a_decision_issues_is_read_with_it(seed: Path) -> None:
    plain = parse_file(seed)
    dated = plain["document"]["date"] or str(plain["document"]["period"]["from"])
    year, month, day = (int(x) for x in ([*dated.split("-"), "1", "1"])[:3])
    title = plain["document"]["title"][:1].lower() + plain["document"]["title"][1:]
    plan = parse_bytes((_decision(year, month, day, title) + "\n" + plan_part(seed, ISSUED)).encode(), "qd.txt")
    alone = essence(plain)
    got = essence(plan)
    # The decision's own header, signature and recipients; the plan's parts.
    assert plan["document"]["number"] == "1234/QĐ-BGDĐT"
    assert plan["document"]["signer"]["name"] == "Ngô Thị Minh"
    assert len(plan["recipients"]) == 3
    for part in ("agencies", "duties", "targets", "deadlines", "events"):
        assert got[part] == alone[part], part
    assert set(alone["legal_bases"]) <= set(got["legal_bases"])
    # the plan it issues, by kind and title, for the plans app to file it as a plan
    assert plan["issued_with"]["kind"] == "KH"
    assert canonical(plan["issued_with"]["title"]) == canonical(plain["document"]["title"])
    assert not plan["source"]["warnings"]
    assert "86/2022/NĐ-CP" in got["legal_bases"]
