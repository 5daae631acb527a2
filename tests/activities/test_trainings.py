"""A focal point records its agency's trainings on the page: Vietnamese numbers ("1.000" is a thousand), the target
group from the list or a new one, and clear refusals (women above the total, a date outside the plan's period)."""

from __future__ import annotations

from decimal import Decimal

from binhdang.activities.models import Training
from binhdang.activities.services import target_groups
from tests.activities.conftest import training_data


def test_a_focal_point_records_a_training(client, plan, focal) -> None:  # type: ignore[no-untyped-def]
    client.force_login(focal)
    page = client.get("/activities/tap-huan/new/").content.decode()
    assert "Nữ lãnh đạo, quản lý, nữ cán bộ trong diện quy hoạch" in page  # the seeds' target groups offered
    response = client.post("/activities/tap-huan/new/", training_data(focal, plan, participants="1.000",
                                                                      participants_female="640"))
    assert response.status_code == 302, response.content.decode()[:3000]
    training = Training.objects.get()
    assert (training.participants, training.participants_female) == (1000, 640)
    assert training.cost == Decimal(15_000_000)
    assert training.agency == focal.agency and training.plan == plan and training.created_by == focal
    detail = client.get(response.url).content.decode()
    assert "Tập huấn lồng ghép giới trong y tế" in detail and "Hội LHPN tỉnh" in detail


def test_a_new_target_group_is_offered_next_time(client, plan, focal) -> None:  # type: ignore[no-untyped-def]
    client.force_login(focal)
    client.post("/activities/tap-huan/new/", training_data(focal, plan, target_group="Nữ doanh nhân"))
    assert "Nữ doanh nhân" in target_groups(focal)


def test_more_women_than_people_is_refused(client, plan, focal) -> None:  # type: ignore[no-untyped-def]
    client.force_login(focal)
    response = client.post("/activities/tap-huan/new/", training_data(focal, plan, participants="50",
                                                                      participants_female="85"))
    assert response.status_code == 400
    assert "Số nữ (85) lớn hơn tổng số (50)." in response.content.decode()
    assert not Training.objects.exists()


def test_a_date_outside_the_plan_is_refused(client, plan, focal) -> None:  # type: ignore[no-untyped-def]
    client.force_login(focal)
    response = client.post("/activities/tap-huan/new/", training_data(focal, plan, held_on="12/04/2024"))
    assert response.status_code == 400
    assert "Ngày 12/04/2024 nằm ngoài thời gian của kế hoạch (2022–2022)." in response.content.decode()
    assert not Training.objects.exists()
