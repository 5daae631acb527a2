"""Plans tests: seeds imported through the real pages, as a coordinator of Hưng Yên (which succeeded Thái Bình
and so sees its 2022 plan)."""

from __future__ import annotations

from pathlib import Path

from binhdang.plans.models import Plan
from tests.conftest import SEEDS


def seed(prefix: str) -> Path:
    return next(p for p in SEEDS if p.name.startswith(prefix))


def upload(client, prefix: str, **extra) -> Plan:  # type: ignore[no-untyped-def]
    """Upload a seed on the import page; returns the draft the review page shows."""
    path = seed(prefix)
    with path.open("rb") as fh:
        response = client.post("/plans/import/", {"file": fh, **extra})
    assert response.status_code == 302, response.content.decode()[:2000]
    return Plan.objects.get(id=int(response.url.rstrip("/").split("/")[-2]))


def resubmit(client, plan: Plan, confirm: bool = False) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """What the review page's form sends when the user changes nothing: every field as rendered."""
    from tests.plans.forms_data import form_data

    data = form_data(client.get(f"/plans/{plan.id}/edit/").content.decode(), "plan-form")
    if confirm:
        data["confirm"] = "1"
    return data


def confirmed(client, prefix: str) -> Plan:  # type: ignore[no-untyped-def]
    """Upload a seed and confirm it unchanged, as a user who agrees with everything the reader found."""
    plan = upload(client, prefix)
    response = client.post(f"/plans/{plan.id}/edit/", resubmit(client, plan, confirm=True))
    assert response.status_code == 302, response.content.decode()[:2000]
    return Plan.objects.get(id=int(response.url.rstrip("/").split("/")[-1]))
