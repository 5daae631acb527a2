"""Figures sent in report forms become indicator values: an accepted report of a unit below becomes that unit's
value, the consolidated sum the plan unit's; values typed in by hand are never replaced."""

from __future__ import annotations

from decimal import Decimal

import pytest

from binhdang.accounts.models import User
from binhdang.indicators.models import DataValue, Indicator
from binhdang.reports.models import Report, Round
from tests.plans.forms_data import form_data
from tests.reports.conftest import fill, open_round, report_of, reporter

pytestmark = pytest.mark.django_db

TRAINED = "so-nguoi-tap-huan-bdg"


def _values(code: str, unit_id: int) -> dict[str, Decimal]:
    rows = DataValue.objects.filter(indicator__code=code, unit_id=unit_id)
    return {f"{v.year}/{v.half}/{v.sex}": v.value for v in rows}


def _send(client, user: User, rnd: Round, extra: dict[str, str] | None = None,  # type: ignore[no-untyped-def]
          **values: str) -> Report:
    client.force_login(user)
    report = report_of(rnd, user)
    client.post(f"/reports/{report.id}/", {**fill(client, report, **values), **(extra or {}), "action": "submit"})
    return report


def test_accepted_and_consolidated_figures_become_values(client, plan, rnd, coordinator) -> None:  # type: ignore[no-untyped-def]
    assert rnd.kind == Round.Kind.HALF_YEAR
    trained_item = rnd.items.first()
    assert trained_item.indicator.code == TRAINED  # the default numbers section names its indicators
    page = client.get(f"/rounds/{rnd.id}/").content.decode()
    assert "Ghi vào chỉ số" in page and TRAINED in page

    committee = rnd.reports.exclude(agency__unit=plan.unit).select_related("agency__unit").first().agency
    commune_user = User.objects.create_user("ubnd.capduoi", password="mat-khau-dai-1", role=User.Role.FOCAL_POINT,
                                            unit=committee.unit, agency=committee)
    below = _send(client, commune_user, rnd, total="40", female="25")
    talks = Indicator.objects.get(code="so-cuoc-truyen-thong")
    talks_field = f"item-{rnd.items.get(indicator=talks).id}-total"
    _send(client, reporter(plan, "so_y_te"), rnd, {talks_field: "3"}, total="120", female="85")

    client.force_login(coordinator)
    assert _values(TRAINED, committee.unit_id) == {}  # sent, not yet accepted
    client.post(f"/reports/{below.id}/review/", {"decision": "accept"})
    year = rnd.year
    assert _values(TRAINED, committee.unit_id) == {f"{year}/1/t": 40, f"{year}/1/f": 25, f"{year}/1/m": 15}
    assert DataValue.objects.filter(unit=committee.unit, source="report").count() == 3
    grid = client.get(f"/units/{committee.unit_id}/data/?year={year}&ky=1").content.decode()
    trained_row = grid.split(f'name="v-{trained_item.indicator_id}-f"')[1].split("</tr>")[0]
    assert 'value="25' in trained_row and "từ báo cáo" in trained_row  # the first half-year, by sex

    # The plan unit's communication count was typed in the grid: consolidation must not replace it.
    DataValue.objects.create(indicator=talks, unit=plan.unit, year=year, half=1, value=9, source="grid")

    response = client.post(f"/rounds/{rnd.id}/consolidated/", {"assemble": "1"}, follow=True)
    page = response.content.decode()
    assert "Đã ghi 3 số liệu vào các chỉ số" in page
    assert "giữ số liệu đã nhập trực tiếp" in page and talks.name in page
    assert _values(TRAINED, plan.unit_id) == {f"{year}/1/t": 160, f"{year}/1/f": 110, f"{year}/1/m": 50}
    assert DataValue.objects.get(indicator=talks, unit=plan.unit).value == 9


def test_women_unknown_when_a_reporter_gave_only_the_total(client, plan, coordinator) -> None:  # type: ignore[no-untyped-def]
    rnd = open_round(client, plan, kind="annual")
    _send(client, reporter(plan, "so_y_te"), rnd, total="30", female="20")
    _send(client, reporter(plan, "so_tu_phap"), rnd, total="10")
    client.force_login(coordinator)
    client.post(f"/rounds/{rnd.id}/consolidated/", {"assemble": "1"})
    # An annual round gives the whole-year value; a women's figure summed from only some reports would mislead.
    assert _values(TRAINED, plan.unit_id) == {f"{rnd.year}/0/t": 40}


def test_wrong_indicator_code_is_refused_with_the_text_kept(client, plan, lang_son) -> None:  # type: ignore[no-untyped-def]
    Indicator.objects.create(code="rieng-lang-son", name="Chỉ số riêng của Lạng Sơn", owner=lang_son.unit)
    data = form_data(client.get(f"/plans/{plan.id}/rounds/new/").content.decode(), "round-form")
    data["items"] = ("Số phụ nữ được vay vốn | người | giới | nu-vay-von\nSố cuộc họp | cuộc | | khong-co-ma\n"
                     "Số của tỉnh khác | người | | rieng-lang-son")
    response = client.post(f"/plans/{plan.id}/rounds/new/", data)
    page = response.content.decode()
    assert response.status_code == 400
    # A ratio cannot take a report's figure; another province's own indicator is not the user's to fill.
    assert "Không có chỉ số số đếm mã «nu-vay-von», «khong-co-ma», «rieng-lang-son»" in page
    assert "Số cuộc họp | cuộc | | khong-co-ma" in page
    assert not Round.objects.filter(plan=plan).exists()
