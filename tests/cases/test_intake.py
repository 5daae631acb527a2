"""Intake in one short form that saves as a draft: a case saved half-way loses nothing, a form with an error keeps
everything typed, a commune outside the worker's area is refused, and only case workers take in a case."""

from __future__ import annotations

import pytest

from binhdang.cases.models import Case, CaseAssignment


@pytest.mark.django_db
def test_a_draft_from_the_commune_and_the_day(client, world) -> None:  # type: ignore[no-untyped-def]
    client.force_login(world.worker)
    form = client.get("/cases/new/")
    assert form.status_code == 200
    response = client.post("/cases/new/", {"unit": world.commune.id, "received_on": "2025-10-02", "kind": "domestic",
                                           "reporter_name": "Bà Tư Bán Nước", "supervisor": world.supervisor.id})
    assert response.status_code == 302
    case = Case.objects.exclude(pk__in=[world.case_a.pk, world.case_b.pk]).get()
    assert case.status == "draft" and case.reporter_name == "Bà Tư Bán Nước" and case.agency == world.worker.agency
    assert case.code.startswith(f"VV-2025-{world.commune.code}-")
    assert set(case.assignments.values_list("user__username", "role")) == {
        ("xuly.xa", CaseAssignment.Role.WORKER), ("giamsat.xa", CaseAssignment.Role.SUPERVISOR)}
    # Half-way: the rest comes later, from the case page; nothing typed so far is lost.
    client.post(f"/cases/{case.id}/edit/", {"unit": world.commune.id, "received_on": "2025-10-02", "kind": "domestic",
                                             "reporter_name": "Bà Tư Bán Nước", "harms": ["tinh_than"],
                                             "acts": ["b", "e"], "channel": "phone"})
    case.refresh_from_db()
    assert (case.harms, case.acts, case.channel, case.reporter_name) == (
        ["tinh_than"], ["b", "e"], "phone", "Bà Tư Bán Nước")
    # A draft goes to handling only with a victim.
    client.post(f"/cases/{case.id}/step/", {"step": "submit"})
    assert Case.objects.get(pk=case.pk).status == "draft"


@pytest.mark.django_db
def test_an_error_keeps_what_was_typed(client, world) -> None:  # type: ignore[no-untyped-def]
    client.force_login(world.worker)
    response = client.post("/cases/new/", {"unit": world.commune.id, "received_on": "32/13/2025", "kind": "domestic",
                                           "summary": "Chồng say rượu đập phá đồ đạc"})
    assert response.status_code == 400
    assert "Chồng say rượu đập phá đồ đạc" in response.content.decode()
    assert Case.objects.count() == 2


@pytest.mark.django_db
def test_only_case_workers_in_their_area(client, world) -> None:  # type: ignore[no-untyped-def]
    for role in ("coordinator", "focal_point", "leader", "admin"):
        client.force_login(world.users[("commune", role)])
        assert client.get("/cases/new/").status_code == 403
        assert client.post("/cases/new/", {"unit": world.commune.id, "received_on": "2025-10-02"}).status_code == 403
    client.force_login(world.worker)
    outside = client.post("/cases/new/", {"unit": world.old_commune.id, "received_on": "2025-10-02", "kind": "gbv"})
    assert outside.status_code == 400
    assert Case.objects.count() == 2


@pytest.mark.django_db
def test_the_home_page_lists_what_is_due(client, world) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from django.utils import timezone

    from binhdang.cases import services

    today = timezone.localdate()
    services.measure_add(user=world.worker, case=world.case_a, data={
        "kind": "cam_tiep_xuc", "decided_on": today, "decided_by": "Chủ tịch UBND xã", "decision_number": "3/QĐ-UBND",
        "starts_on": today, "ends_on": today + dt.timedelta(days=2), "consent": "dong_y"})
    services.followup_add(user=world.worker, case=world.case_a, data={"due_on": today - dt.timedelta(days=1)})
    client.force_login(world.worker)
    body = client.get("/").content.decode()
    assert world.case_a.code in body and "Cấm tiếp xúc hết hạn" in body and "quá hạn" in body
    assert world.case_b.code not in body
    client.force_login(world.users[("commune", "case_worker")])  # not assigned: nothing
    assert world.case_a.code not in client.get("/").content.decode()
