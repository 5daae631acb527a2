"""Handling a case on its page: measures (a no-contact order needs its decision, term and the victim's word),
supports, referrals (within the area only, with consent; refused with a reason), follow-up visits, mediation,
outcome; closure requested by the worker and approved by the supervisor only. Every change is in the history."""

from __future__ import annotations

import datetime as dt

import pytest

from binhdang.cases.models import Case, Measure, Referral
from binhdang.units.models import Agency


def _step(client, case, step, **data):  # type: ignore[no-untyped-def]
    return client.post(f"/cases/{case.id}/step/", {"step": step, **{f"{step}-{k}": v for k, v in data.items()}})


@pytest.mark.django_db
def test_no_contact_order_needs_its_decision(client, world) -> None:  # type: ignore[no-untyped-def]
    case = world.case_a
    client.force_login(world.worker)
    bad = _step(client, case, "measure", kind="cam_tiep_xuc", decided_on="2025-09-04", decided_by="Chủ tịch UBND xã")
    assert bad.status_code == 400
    body = bad.content.decode()
    assert "Cấm tiếp xúc cần số quyết định." in body and "Chủ tịch UBND xã" in body  # what was typed is kept
    good = _step(client, case, "measure", kind="cam_tiep_xuc", decided_on="2025-09-04", decided_by="Chủ tịch UBND xã",
                 decision_number="12/QĐ-UBND", starts_on="2025-09-04", ends_on="2025-09-06", consent="phan_doi")
    assert good.status_code == 302
    measure = Measure.objects.get(case=case)
    assert (measure.decision_number, measure.consent, measure.ends_on) == ("12/QĐ-UBND", "phan_doi", dt.date(2025, 9, 6))
    timeline = client.get(f"/cases/{case.id}/").content.decode()
    assert "QĐ số 12/QĐ-UBND" in timeline and "04/09/2025–06/09/2025" in timeline


@pytest.mark.django_db
def test_referral_inside_the_area_only(client, world) -> None:  # type: ignore[no-untyped-def]
    case = world.case_a
    client.force_login(world.worker)
    outside = Agency.objects.filter(unit=world.province, kind="so_y_te").get()
    refused = _step(client, case, "referral", to_agency=outside.id, service="y_te", requested_on="2025-09-05",
                    consent="on")
    assert refused.status_code == 400 and not Referral.objects.exists()
    health = world.agency(world.commune, "tram_y_te")
    no_consent = _step(client, case, "referral", to_agency=health.id, service="y_te", requested_on="2025-09-05")
    assert no_consent.status_code == 400 and "Chỉ chuyển gửi khi người bị bạo lực đồng ý." in no_consent.content.decode()
    assert _step(client, case, "referral", to_agency=health.id, service="y_te", requested_on="2025-09-05",
                 consent="on").status_code == 302
    referral = Referral.objects.get()
    no_reason = client.post(f"/cases/{case.id}/step/", {"step": "referral_status", "referral": referral.id,
                                                        "status": "refused"})
    assert no_reason.status_code == 302 and Referral.objects.get().status == "requested"
    client.post(f"/cases/{case.id}/step/", {"step": "referral_status", "referral": referral.id, "status": "refused",
                                            "refusal_reason": "Trạm không có bác sĩ trực"})
    referral.refresh_from_db()
    assert (referral.status, referral.refusal_reason) == ("refused", "Trạm không có bác sĩ trực")
    assert "Trạm không có bác sĩ trực" in client.get(f"/cases/{case.id}/").content.decode()


@pytest.mark.django_db
def test_closure_is_approved_by_the_supervisor(client, world) -> None:  # type: ignore[no-untyped-def]
    case = world.case_a
    client.force_login(world.worker)
    client.post(f"/cases/{case.id}/step/", {"step": "request_close"})
    assert Case.objects.get(pk=case.pk).status == "open"  # no outcome yet
    _step(client, case, "outcome", mediation="thanh", mediation_on="2025-09-20", outcome="hoa_giai")
    _step(client, case, "support", kind="tu_van", given_on="2025-09-10", given_by="Hội Phụ nữ xã")
    _step(client, case, "followup", due_on="2025-10-01")
    client.post(f"/cases/{case.id}/step/", {"step": "request_close"})
    assert Case.objects.get(pk=case.pk).status == "closing"
    assert client.post(f"/cases/{case.id}/step/", {"step": "approve_close"}).status_code == 403
    client.force_login(world.supervisor)
    client.post(f"/cases/{case.id}/step/", {"step": "approve_close"})
    case.refresh_from_db()
    assert case.status == "closed" and case.closed_by == world.supervisor
    # Closed: nothing changes any more; the history holds every step.
    client.force_login(world.worker)
    assert _step(client, case, "followup", due_on="2025-11-01").status_code == 403
    statuses = [h.status for h in case.history.order_by("history_date")]
    assert statuses[:2] == ["draft", "open"] and statuses[-2:] == ["closing", "closed"]


@pytest.mark.django_db
def test_the_supervisor_assigns_workers_of_the_agency(client, world) -> None:  # type: ignore[no-untyped-def]
    case = world.case_a
    colleague = world.users[("commune", "case_worker")]  # same police station
    client.force_login(world.worker)  # the worker does not assign: the case has a supervisor
    assert _step(client, case, "assign", user=colleague.id, role="worker").status_code == 403
    client.force_login(world.supervisor)
    assert _step(client, case, "assign", user=colleague.id, role="worker").status_code == 302
    client.force_login(colleague)
    assert client.get(f"/cases/{case.id}/").status_code == 200
