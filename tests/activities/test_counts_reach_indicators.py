"""What the registers count reaches the indicators (and so the dashboards): the focal point's training, counted into
its half-year report, becomes Thái Bình's value of "people trained" when the coordinator consolidates."""

from __future__ import annotations

from binhdang.indicators.models import DataValue
from tests.activities.conftest import training_data
from tests.plans.forms_data import form_data
from tests.reports.conftest import open_round, report_of


def test_a_counted_training_reaches_the_indicator(client, coordinator, plan, focal) -> None:  # type: ignore[no-untyped-def]
    rnd = open_round(client, plan)
    client.force_login(focal)
    client.post("/activities/tap-huan/new/", training_data(focal, plan))
    report = report_of(rnd, focal)
    data = form_data(client.get(f"/reports/{report.id}/").content.decode(), "report-form")
    data["action"] = "submit"
    assert client.post(f"/reports/{report.id}/", data).status_code == 302
    client.force_login(coordinator)
    client.post(f"/rounds/{rnd.id}/consolidated/", {"assemble": "1"})
    values = {v.sex: v for v in DataValue.objects.filter(indicator__code="so-nguoi-tap-huan-bdg", unit=plan.unit,
                                                         year=2022, half=1, agency=None)}
    assert (values["t"].value, values["f"].value, values["m"].value) == (120, 85, 35)
    assert values["t"].source == "report"
