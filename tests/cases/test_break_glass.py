"""Break the glass: a case worker whose area holds the case reads it for a few hours with a reason; the grant and
every read are logged for the supervisor; it expires; nobody else can use it, and the form reveals no codes."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from binhdang.cases.models import AccessLog, CaseGrant
from tests.cases.conftest import VICTIM

REASON = "Người bị bạo lực đang cấp cứu tại trạm y tế, cần liên hệ gia đình"


@pytest.mark.django_db
def test_a_logged_time_limited_read(client, world) -> None:  # type: ignore[no-untyped-def]
    other = world.users[("commune", "case_worker")]  # same commune, not assigned
    client.force_login(other)
    assert client.get(f"/cases/{world.case_a.id}/").status_code == 404
    response = client.post("/cases/glass/", {"code": world.case_a.code, "reason": REASON})
    assert response.status_code == 302 and response.url == f"/cases/{world.case_a.id}/"
    page = client.get(f"/cases/{world.case_a.id}/")
    assert page.status_code == 200 and VICTIM in page.content.decode()
    assert client.post(f"/cases/{world.case_a.id}/step/", {"step": "request_close"}).status_code == 404  # read only
    actions = set(AccessLog.objects.filter(case=world.case_a, user=other).values_list("action", flat=True))
    assert actions == {"glass", "page"}
    client.force_login(world.supervisor)
    log = client.get(f"/cases/{world.case_a.id}/log/").content.decode()
    assert REASON in log and other.username in log
    CaseGrant.objects.filter(user=other).update(expires_at=timezone.now() - dt.timedelta(minutes=1))
    client.force_login(other)
    assert client.get(f"/cases/{world.case_a.id}/").status_code == 404


@pytest.mark.django_db
def test_refused_outside_the_area_or_without_a_reason(client, world) -> None:  # type: ignore[no-untyped-def]
    client.force_login(world.users[("district", "case_worker")])  # old district: case A is not in its area
    client.post("/cases/glass/", {"code": world.case_a.code, "reason": REASON})
    client.post("/cases/glass/", {"code": "VV-2025-00000-999", "reason": REASON})
    client.force_login(world.users[("commune", "case_worker")])
    client.post("/cases/glass/", {"code": world.case_a.code, "reason": "cần xem"})
    for role in ("coordinator", "leader", "admin"):
        client.force_login(world.users[("province", role)])
        client.post("/cases/glass/", {"code": world.case_a.code, "reason": REASON})
    assert not CaseGrant.objects.exists()


@pytest.mark.django_db
def test_an_unknown_code_and_a_foreign_one_get_the_same_answer(client, world) -> None:  # type: ignore[no-untyped-def]
    client.force_login(world.users[("district", "case_worker")])
    a = client.post("/cases/glass/", {"code": world.case_a.code, "reason": REASON}, follow=True).content.decode()
    b = client.post("/cases/glass/", {"code": "VV-2025-00000-999", "reason": REASON}, follow=True).content.decode()
    msg = "Không mở được quyền khẩn cấp cho mã vụ việc này."
    assert msg in a and msg in b
