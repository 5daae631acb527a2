"""Who reaches which records: a focal point records only for its own agency and sees only its agency's records;
the coordinator sees its area's; another province sees nothing; evidence is downloaded only by those who see the
record."""

from __future__ import annotations

from django.core.files.uploadedfile import SimpleUploadedFile

from binhdang.activities.models import ActivityEvidence, Training
from binhdang.units.models import Agency
from tests.activities.conftest import training_data
from tests.reports.conftest import reporter


def test_a_focal_point_records_only_for_its_agency(client, plan, focal) -> None:  # type: ignore[no-untyped-def]
    client.force_login(focal)
    justice = Agency.objects.get(unit=plan.unit, kind="so_tu_phap")
    response = client.post("/activities/tap-huan/new/", training_data(focal, plan, agency=str(justice.id)))
    assert response.status_code == 400 and not Training.objects.exists()


def test_an_agency_outside_the_area_is_refused(client, plan, focal, lang_son) -> None:  # type: ignore[no-untyped-def]
    coordinator = lang_son.users["coordinator"]
    client.force_login(coordinator)
    response = client.post("/activities/tap-huan/new/", training_data(focal, plan))
    assert response.status_code == 400 and not Training.objects.exists()


def test_evidence_and_records_stay_with_those_who_see_them(client, plan, focal, hung_yen, lang_son) -> None:  # type: ignore[no-untyped-def]
    client.force_login(focal)
    response = client.post("/activities/tap-huan/new/", training_data(focal, plan))
    training = Training.objects.get()
    client.post(f"/activities/tap-huan/{training.id}/evidence/",
                {"file": SimpleUploadedFile("danh-sach.pdf", b"%PDF-1.4 danh sach", "application/pdf")})
    evidence = ActivityEvidence.objects.get()
    assert client.get(f"/activities/evidence/{evidence.id}/").status_code == 200

    client.force_login(hung_yen.users["coordinator"])  # Hưng Yên succeeded Thái Bình
    assert client.get(f"/activities/tap-huan/{training.id}/").status_code == 200
    assert client.get(f"/activities/evidence/{evidence.id}/").status_code == 200

    client.force_login(reporter(plan, "so_tu_phap"))  # another agency's focal point
    assert client.get(f"/activities/tap-huan/{training.id}/").status_code == 404
    assert client.get(f"/activities/evidence/{evidence.id}/").status_code == 404
    assert "Tập huấn lồng ghép giới" not in client.get("/activities/tap-huan/").content.decode()

    client.force_login(lang_son.users["coordinator"])
    assert client.get(f"/activities/evidence/{evidence.id}/").status_code == 404
    assert client.post(f"/activities/tap-huan/{training.id}/delete/").status_code == 404
    assert response.status_code == 302 and Training.objects.exists()
