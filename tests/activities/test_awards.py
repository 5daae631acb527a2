"""Awards: recipient (person or collective), form and level, reason, decision number and date."""

from __future__ import annotations

from binhdang.activities.models import Award
from tests.activities.conftest import duty_of


def test_an_award_is_recorded_and_listed(client, plan, focal) -> None:  # type: ignore[no-untyped-def]
    client.force_login(focal)
    response = client.post("/activities/khen-thuong/new/", {
        "agency": str(focal.agency_id), "plan": str(plan.id), "duty": str(duty_of(focal, plan).id), "objective": "",
        "held_on": "05/12/2022", "recipient_kind": "person", "recipient": "Nguyễn Thị Hoa", "recipient_sex": "f",
        "form": "merit", "level": "province", "reason": "Thành tích xuất sắc trong Tháng hành động",
        "decision_number": "2345/QĐ-UBND", "note": ""})
    assert response.status_code == 302, response.content.decode()[:2000]
    award = Award.objects.get()
    assert str(award) == "Bằng khen: Nguyễn Thị Hoa"
    assert award.get_level_display() == "Chủ tịch Ủy ban nhân dân tỉnh"
    listing = client.get("/activities/khen-thuong/").content.decode()
    assert "Nguyễn Thị Hoa" in listing and "2345/QĐ-UBND" in listing and "05/12/2022" in listing
