"""Every read of a case writes an access-log line (page, list row, home row, export row); the supervisor sees
who read what and when; nobody else does."""

from __future__ import annotations

import io

import pytest
from openpyxl import load_workbook

from binhdang.cases.models import AccessLog
from tests.cases.conftest import VICTIM


def _lines(case, user=None):  # type: ignore[no-untyped-def]
    qs = AccessLog.objects.filter(case=case)
    return list((qs.filter(user=user) if user else qs).values_list("action", flat=True))


@pytest.mark.django_db
def test_every_read_is_logged(client, world) -> None:  # type: ignore[no-untyped-def]
    case = world.case_a
    client.force_login(world.worker)
    before = len(_lines(case, world.worker))
    client.get(f"/cases/{case.id}/")
    assert _lines(case, world.worker)[0] == "page"
    client.get("/cases/")
    assert _lines(case, world.worker)[0] == "list"
    client.get("/")  # the home page lists the worker's open cases
    assert _lines(case, world.worker)[0] == "list"
    client.get("/cases/export.xlsx")
    assert _lines(case, world.worker)[0] == "export"
    assert len(_lines(case, world.worker)) == before + 4
    # Case B was read by nobody here: the worker's list never showed it.
    assert not AccessLog.objects.filter(case=world.case_b, user=world.worker).exists()


@pytest.mark.django_db
def test_a_refused_read_writes_nothing(client, world) -> None:  # type: ignore[no-untyped-def]
    client.force_login(world.users[("commune", "leader")])
    count = AccessLog.objects.count()
    assert client.get(f"/cases/{world.case_a.id}/").status_code == 404
    assert AccessLog.objects.count() == count


@pytest.mark.django_db
def test_the_supervisor_sees_the_log(client, world) -> None:  # type: ignore[no-untyped-def]
    case = world.case_a
    client.force_login(world.worker)
    client.get(f"/cases/{case.id}/")
    client.force_login(world.supervisor)
    page = client.get(f"/cases/{case.id}/log/")
    assert page.status_code == 200
    body = page.content.decode()
    assert "xuly.xa" in body and "Xem trang vụ việc" in body
    client.force_login(world.worker)  # the worker reads the case, not the log of who read it
    assert client.get(f"/cases/{case.id}/log/").status_code == 403


@pytest.mark.django_db
def test_the_export_holds_no_name(client, world) -> None:  # type: ignore[no-untyped-def]
    client.force_login(world.worker)
    response = client.get("/cases/export.xlsx")
    sheet = load_workbook(io.BytesIO(response.content)).active
    values = [str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None]
    assert world.case_a.code in values
    assert not any(VICTIM in v or "Hàng Xóm" in v or "0912345678" in v or "Hoa Sữa" in v for v in values)
