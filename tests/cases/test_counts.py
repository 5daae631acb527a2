"""Biểu 01/BC-X counts built from cases, for any unit and period: cases by harm type, victims by sex and age band,
perpetrators by sex, measures applied, cases handled, victims supported, perpetrators counselled; the annual
commune form as .xlsx; the round prefill by indicator code. Drafts are not counted."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from openpyxl import load_workbook

from binhdang.cases import services
from binhdang.cases.selectors import case_counts, case_counts_for_round
from tests.cases.conftest import case_make

YEAR = (dt.date(2025, 1, 1), dt.date(2025, 12, 31))


@pytest.fixture
def busy(world):  # type: ignore[no-untyped-def]
    """Six cases in the commune in 2025 beside case A, and one draft."""
    for i in range(6):
        case = case_make(worker=world.worker, supervisor=world.supervisor, unit=world.commune,
                         received=dt.date(2025, 2 + i, 10), victim=f"Nạn nhân giả định {i}",
                         victim_sex="nu" if i % 3 else "nam", victim_year=(2012, 1950, 1992)[i % 3],
                         harms=[["the_chat"], ["tinh_than", "kinh_te"], ["tinh_duc"]][i % 3])
        services.measure_add(user=world.worker, case=case, data={
            "kind": "tu_van" if i < 4 else "gop_y", "decided_on": case.received_on, "decided_by": "UBND xã"})
        if i < 5:
            services.support_add(user=world.worker, case=case, data={"kind": "y_te", "given_on": case.received_on})
    case_make(worker=world.worker, unit=world.commune, received=dt.date(2025, 8, 1), open_it=False)
    return world


@pytest.mark.django_db
def test_counts_inside_the_commune(busy) -> None:  # type: ignore[no-untyped-def]
    c = case_counts(user=busy.worker, unit=busy.commune, date_from=YEAR[0], date_to=YEAR[1])
    assert c.inside and not c.suppressed
    assert c.get("vu_viec") == 7 and c.get("vu_viec.the_chat") == 3 and c.get("vu_viec.kinh_te") == 2
    assert (c.get("nan_nhan"), c.get("nan_nhan.nu"), c.get("nan_nhan.nam")) == (7, 5, 2)
    assert (c.get("nan_nhan.duoi_16"), c.get("nan_nhan.16_59"), c.get("nan_nhan.tu_60")) == (2, 3, 2)
    assert (c.get("nguoi_gay"), c.get("nguoi_gay.nam")) == (7, 7)
    assert (c.get("bien_phap"), c.get("bien_phap.tu_van"), c.get("bien_phap.gop_y")) == (6, 4, 2)
    assert c.get("nan_nhan_duoc_ho_tro") == 5 and c.get("nguoi_gay_duoc_tu_van") == 4
    assert c.get("vu_viec_da_xu_ly") == 0
    spring = case_counts(user=busy.worker, unit=busy.commune, date_from=dt.date(2025, 1, 1),
                         date_to=dt.date(2025, 3, 31))
    assert spring.get("vu_viec") == 2


@pytest.mark.django_db
def test_the_province_sees_its_communes_suppressed(busy) -> None:  # type: ignore[no-untyped-def]
    leader = busy.users[("province", "leader")]
    c = case_counts(user=leader, unit=busy.province, date_from=YEAR[0], date_to=YEAR[1])
    assert not c.inside and c.get("vu_viec") == 7 and c.get("nan_nhan.nam") is None
    before = case_counts(user=leader, unit=busy.province, date_from=dt.date(2024, 1, 1), date_to=dt.date(2024, 12, 31))
    assert before.get("vu_viec") is None  # case B alone, in old Thái Bình which Hưng Yên succeeded
    lang_son = case_counts(user=leader, unit=busy.province.__class__.objects.get(era="current", level="province",
                                                                                short_name="Lạng Sơn"),
                           date_from=YEAR[0], date_to=YEAR[1])
    assert lang_son.get("vu_viec") == 0  # outside the leader's area: nothing counted


@pytest.mark.django_db
def test_round_prefill_by_indicator(busy) -> None:  # type: ignore[no-untyped-def]
    """A round's figures go up to the district or province: suppressed even for the commune's own reporter."""
    for user in (busy.worker, busy.users[("province", "coordinator")]):
        prefill = case_counts_for_round(user=user, unit=busy.commune, year=2025)
        assert prefill["so-nan-nhan-duoc-ho-tro"] == (5, None)  # women: 3, hidden (and so men, 2)
        assert prefill["so-nguoi-gay-bao-luc-tu-van"] == (None, 0)  # 4 counselled: small
    half = case_counts_for_round(user=busy.worker, unit=busy.commune, year=2025, half=True)
    assert half["so-nan-nhan-duoc-ho-tro"] == (5, None)  # the five supported were received by June


@pytest.mark.django_db
def test_the_annual_commune_form(client, busy) -> None:  # type: ignore[no-untyped-def]
    client.force_login(busy.worker)
    response = client.get(f"/cases/form.xlsx?don-vi={busy.commune.id}&nam=2025")
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = {str(r[0]).strip(): r[1] for r in sheet.iter_rows(values_only=True) if r and r[0] and len(r) > 1}
    assert rows["Số vụ bạo lực"] == 7 and rows["Số người bị bạo lực"] == 7 and rows["Dưới 16 tuổi"] == 2
    client.force_login(busy.users[("province", "coordinator")])
    sheet = load_workbook(io.BytesIO(client.get(f"/cases/form.xlsx?don-vi={busy.commune.id}&nam=2025").content)).active
    rows = {str(r[0]).strip(): r[1] for r in sheet.iter_rows(values_only=True) if r and r[0] and len(r) > 1}
    assert rows["Số vụ bạo lực"] == 7 and rows["Dưới 16 tuổi"] == "x"
