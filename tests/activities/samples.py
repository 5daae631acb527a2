"""URL arguments of the activity pages for an access walk (tests/ground/test_access.py): one inspection of the
agency (the registers' pages are one code for all; `slug` names the register), its recommendation and evidence."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile

from binhdang.activities.models import ActivityEvidence, Inspection, Recommendation
from binhdang.units.models import Agency


def activity_samples(agency: Agency, title: str) -> dict[str, Any]:
    inspection = Inspection.objects.create(agency=agency, held_on=dt.date(2025, 5, 20), decision=f"Kiểm tra theo {title}",
                                           bodies=f"cơ quan: {agency.name}")
    recommendation = Recommendation.objects.create(inspection=inspection, text=f"Kiến nghị theo {title}",
                                                   deadline=dt.date(2025, 9, 30))
    evidence = ActivityEvidence.objects.create(register="inspection", record_id=inspection.id, agency=agency,
                                               file=SimpleUploadedFile("bien-ban.pdf", b"%PDF-1.4 kiem tra"),
                                               name="bien-ban.pdf")
    return {"slug": "kiem-tra", "record_id": inspection.id, "recommendation_id": recommendation.id,
            "activity_evidence_id": evidence.id}


def url_of(route: str, samples: dict[str, Any]) -> str:
    url = "/" + route
    for name, value in samples.items():
        url = url.replace(f"<int:{name}>", str(value)).replace(f"<slug:{name}>", str(value))
    assert "<" not in url, route
    return url
