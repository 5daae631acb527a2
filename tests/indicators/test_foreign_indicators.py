"""Issue 13, case 4: another province's own indicators are out of reach. A target is never linked to one, an
import or the API never writes to one nor names it in a message, and a code another province uses for its own
indicator is free for a coordinator to use (refusing it would tell which codes others use)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from binhdang.indicators.models import DataValue, Indicator
from binhdang.indicators.services import COLUMNS
from binhdang.indicators.tokens import token_create
from binhdang.plans.models import Measure, Objective, Plan
from binhdang.plans.targets import indicator_suggest, measures_link

pytestmark = pytest.mark.django_db

SECRET = "Số câu lạc bộ gia đình hạnh phúc bền vững xứ Lạng"  # Lạng Sơn's own indicator, not for Hưng Yên's eyes


def _own_indicator(client, province, code: str, name: str, keywords: str = "") -> Indicator:  # type: ignore[no-untyped-def]
    """An indicator created on the catalogue page by the province's coordinator."""
    client.force_login(province.users["coordinator"])
    response = client.post("/indicators/", {"code": code, "name": name, "kind": "count", "unit": "câu lạc bộ",
                                            "multiplier": "1", "direction": "up", "periodicity": "year",
                                            "keywords": keywords})
    assert response.status_code == 302, response.content.decode()[-3000:]
    return Indicator.objects.get(code=code, owner=province.unit)


def _measure(unit, text: str, value: int) -> Measure:  # type: ignore[no-untyped-def]
    plan = Plan.objects.create(unit=unit, title="Kế hoạch bình đẳng giới năm 2026", status=Plan.Status.CONFIRMED)
    target = Objective.objects.create(plan=plan, text="Gia đình").targets.create(text=text)
    return Measure.objects.get(id=Measure.objects.create(target=target, value=Decimal(value), by_year=2026).id)


def test_a_target_is_linked_only_to_indicators_of_its_own_area(client, hung_yen, lang_son) -> None:  # type: ignore[no-untyped-def]
    _own_indicator(client, lang_son, "clb-gia-dinh-ls", SECRET, keywords="câu lạc bộ gia đình hạnh phúc")
    text = "Đến năm 2026 có 120 câu lạc bộ gia đình hạnh phúc bền vững"
    measure = _measure(hung_yen.unit, text, 120)
    assert indicator_suggest(measure) is None
    assert measures_link([measure]) == 0
    measure.refresh_from_db()
    assert measure.indicator is None
    # Hưng Yên's own indicator of the same wording is the one its target takes
    mine = _own_indicator(client, hung_yen, "clb-gia-dinh-hy", "Số câu lạc bộ gia đình hạnh phúc",
                          keywords="câu lạc bộ gia đình hạnh phúc")
    assert measures_link([measure]) == 1
    measure.refresh_from_db()
    assert measure.indicator == mine


def test_a_foreign_indicator_linked_before_is_not_shown_on_the_dashboard(client, hung_yen, lang_son) -> None:  # type: ignore[no-untyped-def]
    foreign = _own_indicator(client, lang_son, "clb-gia-dinh-ls", SECRET)
    measure = _measure(hung_yen.unit, "Có 120 câu lạc bộ gia đình hạnh phúc", 120)
    Measure.objects.filter(id=measure.id).update(indicator=foreign)  # as the old linking left it
    client.force_login(hung_yen.users["coordinator"])
    page = client.get(f"/units/{hung_yen.unit.id}/dashboard/").content.decode()
    assert SECRET not in page and "clb-gia-dinh-ls" not in page
    assert '<tr class="status unlinked"' in page
    # nor can the link be set again by typing the foreign code
    response = client.post(f"/measures/{measure.id}/indicator/", {"indicator": "clb-gia-dinh-ls"}, follow=True)
    assert "Không có chỉ số mã «clb-gia-dinh-ls»" in response.content.decode()


def test_an_import_neither_writes_to_nor_names_a_foreign_indicator(client, hung_yen, lang_son) -> None:  # type: ignore[no-untyped-def]
    _own_indicator(client, lang_son, "clb-gia-dinh-ls", SECRET)
    client.force_login(hung_yen.users["coordinator"])
    code = hung_yen.unit.code
    text = f"{';'.join(COLUMNS)}\nclb-gia-dinh-ls;{code};2026;0;chung;10;;\nclb-gia-dinh-ls;{code};2026;0;chung;-1;;\n"
    response = client.post(f"/units/{hung_yen.unit.id}/data/import/",
                           {"file": SimpleUploadedFile("so-lieu.csv", text.encode())})
    page = response.content.decode()
    assert response.status_code == 400
    assert "dòng 2: không có chỉ số mã «clb-gia-dinh-ls»" in page
    assert SECRET not in page
    assert not DataValue.objects.exists()


def test_the_api_neither_writes_to_nor_lists_a_foreign_indicator(client, hung_yen, lang_son) -> None:  # type: ignore[no-untyped-def]
    _own_indicator(client, lang_son, "clb-gia-dinh-ls", SECRET)
    auth = {"HTTP_AUTHORIZATION": f"Bearer {token_create(hung_yen.users['coordinator'], 't')}"}
    assert "clb-gia-dinh-ls" not in client.get("/api/indicators", **auth).content.decode()
    body = [{"indicator": "clb-gia-dinh-ls", "unit_id": hung_yen.unit.id, "year": 2026, "value": 10}]
    response = client.post("/api/values", body, content_type="application/json", **auth)
    assert response.status_code == 404 and SECRET not in response.content.decode()
    assert not DataValue.objects.exists()


def test_a_code_used_by_another_province_is_free_and_tells_nothing(client, hung_yen, lang_son) -> None:  # type: ignore[no-untyped-def]
    theirs = _own_indicator(client, lang_son, "clb-gia-dinh", SECRET)
    mine = _own_indicator(client, hung_yen, "clb-gia-dinh", "Số câu lạc bộ gia đình")  # no "already exists"
    assert mine != theirs
    # the code now names Hưng Yên's indicator for Hưng Yên's users, Lạng Sơn's for Lạng Sơn's
    code = hung_yen.unit.code
    text = f"{';'.join(COLUMNS)}\nclb-gia-dinh;{code};2026;0;chung;7;;\n"
    client.post(f"/units/{hung_yen.unit.id}/data/import/", {"file": SimpleUploadedFile("a.csv", text.encode())})
    assert DataValue.objects.get().indicator == mine and DataValue.objects.get().value == Decimal(7)
    # a code the user does see is refused with a message, everything typed kept
    response = client.post("/indicators/", {"code": "clb-gia-dinh", "name": "Lần hai", "kind": "count",
                                            "unit": "người", "multiplier": "1", "direction": "up",
                                            "periodicity": "year"})
    assert response.status_code == 400 and "đã dùng cho một chỉ số trong danh sách của bạn" in response.content.decode()
    response = client.post("/indicators/", {"code": "tu-vong-me", "name": "Của tôi", "kind": "count",
                                            "unit": "người", "multiplier": "1", "direction": "up",
                                            "periodicity": "year"})
    assert response.status_code == 400 and Indicator.objects.filter(code="tu-vong-me").count() == 1
