"""A plan issued with a decision (Quyết định ban hành kèm theo Kế hoạch) is filed as that plan: its title,
its assignments, known by the decision's number and date."""

from __future__ import annotations

import pytest

from binhdang.plans.models import Plan
from tests.plans.conftest import seed
from tests.reader.helpers import plan_part

pytestmark = pytest.mark.django_db

DECISION = """ỦY BAN NHÂN DÂN
TỈNH THÁI BÌNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 512/QĐ-UBND
Thái Bình, ngày 10 tháng 3 năm 2022

QUYẾT ĐỊNH
Ban hành Kế hoạch thực hiện công tác bình đẳng giới, vì sự tiến bộ của phụ nữ năm 2022

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH THÁI BÌNH

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai \
đoạn 2021 - 2030;

QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện công tác bình đẳng giới, vì sự tiến bộ của phụ nữ \
năm 2022.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Thủ trưởng các sở, ngành chịu trách nhiệm thi hành Quyết định này.

Nơi nhận:
- Như Điều 3;
- Lưu: VT, KGVX.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Trần Thị Bích Hằng
"""
ISSUED = "(Ban hành kèm theo Quyết định số 512/QĐ-UBND ngày 10/3/2022 của Ủy ban nhân dân tỉnh Thái Bình)"


def test_decision_with_its_plan(client, coordinator, thai_binh) -> None:  # type: ignore[no-untyped-def]
    text = DECISION + "\n" + plan_part(seed("001"), ISSUED)
    response = client.post("/plans/import/", {"text": text})
    assert response.status_code == 302, response.content.decode()[:2000]
    plan = Plan.objects.get(id=int(response.url.rstrip("/").split("/")[-2]))
    assert plan.unit == thai_binh
    assert (plan.kind, plan.number) == ("KH", "512/QĐ-UBND")
    assert plan.title == "Thực hiện công tác bình đẳng giới, vì sự tiến bộ của phụ nữ năm 2022"
    assert plan.signer_name == "Trần Thị Bích Hằng"
    assert plan.assignments.filter(written="Sở Y tế").exists()  # the plan's assignments, not the decision's
    assert "28/NQ-CP" in set(plan.bases.values_list("number", flat=True))
    assert not plan.warnings  # no "not a plan" warning: the decision issues one
