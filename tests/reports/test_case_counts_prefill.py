"""A round's line of victims supported opens counted from the case register of the reporter's commune, marked
as such, never over a figure already typed; a small number (one that could point at someone) is left for the
reporter to type, as the register hides it once it leaves the commune."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from binhdang.accounts.models import User
from binhdang.cases import services as cases
from binhdang.plans.models import Duty, Plan
from binhdang.reports.services import DEFAULT_ITEMS, round_open
from binhdang.units.models import AdminUnit, Agency
from binhdang.units.services import agencies_create_standard
from tests.plans.forms_data import form_data

pytestmark = pytest.mark.django_db


def _commune_round(hung_yen, victims: int):  # type: ignore[no-untyped-def]
    commune = AdminUnit.objects.filter(parent=hung_yen.unit, level="commune").order_by("path").first()
    assert commune is not None
    agencies_create_standard(commune)
    police = Agency.objects.get(unit=commune, kind="cong_an")
    worker = User.objects.create_user("xuly.xa", role=User.Role.CASE_WORKER, unit=commune, agency=police)
    for i in range(victims):
        case = cases.case_create(user=worker, data={
            "unit": commune, "received_on": dt.date(2025, 3, 1 + i), "received_by_kind": "cong_an",
            "channel": "in_person", "harms": ["the_chat"], "acts": ["a"], "summary": "Vụ việc giả định"})
        cases.person_add(user=worker, case=case, kind="victim", data={
            "full_name": f"Người giả định {i}", "sex": "nu", "birth_year": 1990, "relationship": "vo_chong"})
        cases.case_submit(user=worker, case=case)
        cases.support_add(user=worker, case=case, data={"kind": "tu_van", "given_on": dt.date(2025, 3, 2 + i),
                                                         "given_by": police.name})
    plan = Plan.objects.create(unit=commune, title="Kế hoạch năm 2025 của xã", status=Plan.Status.CONFIRMED,
                               period_from=2025, period_to=2025)
    Duty.objects.create(plan=plan, agency=police, text="Xác minh, theo dõi các vụ việc bạo lực gia đình")
    admin = User.objects.create_user("quantri.xa", role=User.Role.ADMIN, is_superuser=True)
    rnd = round_open(plan, admin, kind="annual", name="Báo cáo năm 2025", year=2025, due=dt.date(2025, 12, 10),
                     items=DEFAULT_ITEMS)
    reporter = User.objects.create_user("daumoi.conganxa", role=User.Role.FOCAL_POINT, unit=commune, agency=police)
    item = rnd.items.get(source="vu-viec-nan-nhan")
    return rnd.reports.get(agency=police), reporter, item


def test_victims_supported_open_counted_from_the_register(client, hung_yen) -> None:  # type: ignore[no-untyped-def]
    report, reporter, item = _commune_round(hung_yen, victims=6)
    client.force_login(reporter)
    page = client.get(f"/reports/{report.id}/").content.decode()
    data = form_data(page, "report-form")
    assert (data[f"item-{item.id}-total"], data[f"item-{item.id}-female"]) == ("6", "6")
    assert "sổ vụ việc" in page
    assert "Người giả định" not in page  # counts, never names
    client.post(f"/reports/{report.id}/", {**data, f"item-{item.id}-total": "8", f"item-{item.id}-female": "8",
                                           f"item-{item.id}-note": "Thêm 2 người được hỗ trợ tại Trạm y tế",
                                           "action": "save"})
    again = form_data(client.get(f"/reports/{report.id}/").content.decode(), "report-form")
    assert Decimal(again[f"item-{item.id}-total"]) == 8  # what the reporter typed stays


def test_a_small_number_is_left_to_the_reporter(client, hung_yen) -> None:  # type: ignore[no-untyped-def]
    report, reporter, item = _commune_round(hung_yen, victims=2)
    client.force_login(reporter)
    data = form_data(client.get(f"/reports/{report.id}/").content.decode(), "report-form")
    assert data[f"item-{item.id}-total"] == ""
