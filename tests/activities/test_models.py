"""Models (trusted addresses, happy-family clubs, village charters): members by sex, status, a review each year;
the decision to stop closes the model."""

from __future__ import annotations

from binhdang.activities.models import PilotModel
from tests.activities.conftest import duty_of


def test_a_model_is_reviewed_each_year(client, plan, focal) -> None:  # type: ignore[no-untyped-def]
    client.force_login(focal)
    response = client.post("/activities/mo-hinh/new/", {
        "agency": str(focal.agency_id), "plan": str(plan.id), "duty": str(duty_of(focal, plan).id), "objective": "",
        "held_on": "01/03/2022", "name": "Địa chỉ tin cậy thôn Đông", "kind": "shelter", "unit": "",
        "members": "12", "members_female": "9", "status": "active", "note": ""})
    assert response.status_code == 302, response.content.decode()[:2000]
    model = PilotModel.objects.get()
    assert model.unit == focal.agency.unit and model.get_kind_display() == "Địa chỉ tin cậy – nhà tạm lánh"

    client.post(f"/activities/mo-hinh/{model.id}/reviews/", {"year": "2022", "result": "Tiếp nhận 3 trường hợp",
                                                              "decision": "spread", "members": "15"})
    client.post(f"/activities/mo-hinh/{model.id}/reviews/", {"year": "2023", "result": "Không còn người phụ trách",
                                                              "decision": "stop", "members": ""})
    model.refresh_from_db()
    assert [r.year for r in model.reviews.all()] == [2023, 2022]
    assert model.members == 15 and model.status == PilotModel.Status.STOPPED
    page = client.get(f"/activities/mo-hinh/{model.id}/").content.decode()
    assert "Tiếp nhận 3 trường hợp" in page and "Nhân rộng" in page


def test_women_above_members_is_refused(client, plan, focal) -> None:  # type: ignore[no-untyped-def]
    client.force_login(focal)
    response = client.post("/activities/mo-hinh/new/", {
        "agency": str(focal.agency_id), "plan": "", "duty": "", "objective": "", "held_on": "01/03/2022",
        "name": "CLB gia đình hạnh phúc", "kind": "club", "unit": "", "members": "10", "members_female": "11",
        "status": "active", "note": ""})
    assert response.status_code == 400 and "Số nữ (11) lớn hơn tổng số (10)." in response.content.decode()
