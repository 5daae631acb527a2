"""Inspections: the plan of inspection, team, bodies inspected, the seeds' checklist, violations with their sanction
under Nghị định 125/2021, and recommendations followed up until closed."""

from __future__ import annotations

from binhdang.activities.models import Inspection, Recommendation
from tests.activities.conftest import duty_of


def _inspection(client, focal, plan) -> Inspection:  # type: ignore[no-untyped-def]
    response = client.post("/activities/kiem-tra/new/", {
        "agency": str(focal.agency_id), "plan": str(plan.id), "duty": str(duty_of(focal, plan).id), "objective": "",
        "held_on": "20/05/2022", "kind": "inspection", "decision": "Kế hoạch số 12/KH-SYT ngày 03/4/2022",
        "team": "Trưởng đoàn: Phó Giám đốc Sở", "bodies": "doanh nghiệp: Công ty May Thái Bình\nxã: Xã Đông Hòa",
        "checklist": ["ban_vstbpn", "lao_dong_nu"], "findings": "Chưa bố trí phòng vắt trữ sữa", "note": ""})
    assert response.status_code == 302, response.content.decode()[:2000]
    return Inspection.objects.get()


def test_a_recommendation_is_followed_until_closed(client, plan, focal) -> None:  # type: ignore[no-untyped-def]
    client.force_login(focal)
    inspection = _inspection(client, focal, plan)
    page = client.get(f"/activities/kiem-tra/{inspection.id}/").content.decode()
    assert "Tổ chức, hoạt động của Ban vì sự tiến bộ của phụ nữ" in page

    client.post(f"/activities/kiem-tra/{inspection.id}/violations/", {
        "body": "Công ty May Thái Bình", "description": "Không bảo đảm chế độ cho lao động nữ nuôi con nhỏ",
        "sanction": "fine", "article": "Điều 8", "fine": "10.000.000"})
    violation = inspection.violations.get()
    assert violation.handled and violation.fine == 10_000_000

    client.post(f"/activities/kiem-tra/{inspection.id}/recommendations/",
                {"text": "Bố trí phòng vắt trữ sữa", "deadline": "30/09/2022"})
    recommendation = inspection.recommendations.get()
    assert recommendation.status == Recommendation.Status.OPEN

    client.post(f"/activities/recommendations/{recommendation.id}/follow-up/",
                {"on": "15/07/2022", "note": "Đang sửa chữa phòng"})
    recommendation.refresh_from_db()
    assert recommendation.status == Recommendation.Status.OPEN
    client.post(f"/activities/recommendations/{recommendation.id}/follow-up/",
                {"on": "20/09/2022", "note": "Đã đưa phòng vào sử dụng", "close": "on"})
    recommendation.refresh_from_db()
    assert recommendation.status == Recommendation.Status.CLOSED and recommendation.closed_on.day == 20

    response = client.post(f"/activities/recommendations/{recommendation.id}/follow-up/",
                           {"on": "01/10/2022", "note": "Thêm"}, follow=True)
    assert "Kiến nghị này đã được thực hiện xong ngày 20/09/2022." in response.content.decode()
    assert recommendation.follow_ups.count() == 2
    page = client.get(f"/activities/kiem-tra/{inspection.id}/").content.decode()
    assert "Đã đưa phòng vào sử dụng" in page and "Đã thực hiện xong" in page


def test_a_fine_needs_its_amount(client, plan, focal) -> None:  # type: ignore[no-untyped-def]
    client.force_login(focal)
    inspection = _inspection(client, focal, plan)
    response = client.post(f"/activities/kiem-tra/{inspection.id}/violations/", {
        "body": "Công ty May Thái Bình", "description": "Phân biệt đối xử khi tuyển dụng", "sanction": "fine"},
        follow=True)
    assert "Phạt tiền thì phải ghi số tiền phạt." in response.content.decode()
    assert not inspection.violations.exists()
