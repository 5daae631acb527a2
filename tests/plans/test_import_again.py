"""Importing a document the system already has is offered as an update of that plan, never a second plan."""

from __future__ import annotations

import pytest

from binhdang.plans.models import Plan
from tests.plans.conftest import resubmit, upload

pytestmark = pytest.mark.django_db


def test_same_file_again_updates_the_plan(client, coordinator) -> None:  # type: ignore[no-untyped-def]
    first = upload(client, "001")
    client.post(f"/plans/{first.id}/edit/", resubmit(client, first, confirm=True))
    duty = first.duties.first()
    duty.status = "done"
    duty.save()

    again = upload(client, "001")
    assert again.duplicate_of == first
    page = client.get(f"/plans/{again.id}/edit/").content.decode()
    assert "Văn bản này đã có trong hệ thống" in page and "không tạo bản trùng" in page
    response = client.post(f"/plans/{again.id}/edit/", resubmit(client, again, confirm=True))
    assert response.url == f"/plans/{first.id}/"
    assert Plan.objects.filter(number="31/KH-UBND").count() == 1
    duty.refresh_from_db()
    assert duty.status == "done"  # the work already recorded survives the update
    assert first.history.count() >= 2  # type: ignore[attr-defined]


def test_a_draft_can_be_thrown_away(client, coordinator) -> None:  # type: ignore[no-untyped-def]
    draft = upload(client, "001")
    client.post(f"/plans/{draft.id}/discard/")
    assert not Plan.objects.filter(id=draft.id).exists()
