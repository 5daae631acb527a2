"""Seed 004's target measures, each linked to an indicator from its wording, show a status on the Hải Dương
dashboard from imported data; the Hải Phòng coordinator (its successor) sees the same."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from binhdang.accounts.models import User
from binhdang.indicators.services import COLUMNS
from binhdang.plans.models import Measure
from binhdang.units.models import AdminUnit, Agency
from binhdang.units.services import agencies_create_standard
from tests.plans.conftest import confirmed

pytestmark = pytest.mark.django_db


@pytest.fixture
def hai_duong(client):  # type: ignore[no-untyped-def]
    hai_phong = AdminUnit.objects.get(era="current", level="province", short_name="Hải Phòng")
    old = hai_phong.predecessors.get(short_name="Hải Dương")
    for unit in (hai_phong, old):
        agencies_create_standard(unit)
    user = User.objects.create_user("dieuphoi.hp", password="mat-khau-dai-1", role=User.Role.COORDINATOR,
                                    unit=hai_phong, agency=Agency.objects.get(unit=hai_phong, is_standing=True))
    client.force_login(user)
    return old


def _csv(unit: AdminUnit, measures: list[Measure]) -> bytes:
    """Two years of data for every linked indicator: a count as a value, a ratio as numerator and denominator."""
    lines = [";".join(COLUMNS)]
    for m in measures:
        ind = m.indicator
        for year, share in ((2016, 60), (2019, 90)):
            if ind.kind == "ratio":
                lines.append(f"{ind.code};{unit.code};{year};0;chung;;{share};100")
            else:
                lines.append(f"{ind.code};{unit.code};{year};0;chung;{share // 30};;")
    return ("\n".join(dict.fromkeys(lines)) + "\n").encode()


def test_every_target_of_seed_004_gets_a_status(client, hai_duong) -> None:  # type: ignore[no-untyped-def]
    plan = confirmed(client, "004")
    measures = list(Measure.objects.filter(target__objective__plan=plan).select_related("indicator", "target"))
    assert len(measures) == 25
    assert all(m.indicator for m in measures)  # each linked from its wording when the plan was confirmed
    by_target = {(m.target.text[:40], m.value): m.indicator.code for m in measures}
    assert "nu-cap-uy" in by_target.values() and "nu-dai-bieu-hdnd" in by_target.values()

    page = client.get(f"/units/{hai_duong.id}/dashboard/").content.decode()
    assert page.count('<tr class="status no_data"') == 25

    response = client.post(f"/units/{hai_duong.id}/data/import/",
                           {"file": SimpleUploadedFile("so-lieu.csv", _csv(hai_duong, measures))}, follow=True)
    assert "Đã nhập" in response.content.decode()
    page = client.get(f"/units/{hai_duong.id}/dashboard/").content.decode()
    statuses = [s for s in ("achieved", "on_track", "at_risk", "off_track", "no_data", "unlinked")
                if f'<tr class="status {s}"' in page]
    assert "no_data" not in statuses and "unlinked" not in statuses
    assert sum(page.count(f'<tr class="status {s}"') for s in statuses) == 25
    # 90% in 2019 meets "≥ 25% of women in party committees by 2020"; the 2020 year has not come in the data.
    row = page.split(f'data-measure="{next(m.id for m in measures if m.indicator.code == "nu-cap-uy")}"')[1]
    assert "Đã đạt" in row.split("</tr>")[0]

    hai_phong = AdminUnit.objects.get(era="current", level="province", short_name="Hải Phòng")
    successor = client.get(f"/units/{hai_phong.id}/dashboard/").content.decode()
    assert sum(successor.count(f'<tr class="status {s}"') for s in statuses) == 25  # the old plans count for it


def test_relinking_a_target_and_exports(client, hai_duong) -> None:  # type: ignore[no-untyped-def]
    plan = confirmed(client, "004")
    measure = Measure.objects.filter(target__objective__plan=plan).first()
    client.post(f"/measures/{measure.id}/indicator/", {"indicator": "nu-dai-bieu-quoc-hoi", "unit": hai_duong.id})
    measure.refresh_from_db()
    assert measure.indicator.code == "nu-dai-bieu-quoc-hoi"
    response = client.post(f"/measures/{measure.id}/indicator/", {"indicator": "nu-dai-bieu-quoc", "unit": hai_duong.id},
                           follow=True)
    assert "Không có chỉ số mã «nu-dai-bieu-quoc»" in response.content.decode()
    measure.refresh_from_db()
    assert measure.indicator.code == "nu-dai-bieu-quoc-hoi"  # a typo keeps the link
    csv = client.get(f"/units/{hai_duong.id}/dashboard/?format=csv")
    text = csv.content.decode("utf-8-sig")
    assert csv["Content-Type"].startswith("text/csv") and text.count("\n") == 26  # header and 25 rows
    assert "Chưa có số liệu" in text
    xlsx = client.get(f"/units/{hai_duong.id}/dashboard/?format=xlsx")
    assert xlsx["Content-Type"].endswith("spreadsheetml.sheet")


def test_subordinate_units_are_ranked(client, coordinator, hung_yen) -> None:  # type: ignore[no-untyped-def]
    from tests.indicators.conftest import put

    a, b, c = hung_yen.unit.children.order_by("code")[:3]
    put("nu-dai-bieu-hdnd", a, 2026, num=1, den=4)
    put("nu-dai-bieu-hdnd", b, 2026, num=3, den=4)
    page = client.get(f"/units/{hung_yen.unit.id}/dashboard/?indicator=nu-dai-bieu-hdnd&year=2026").content.decode()
    ranking = page.split('id="ranking"')[1]
    assert ranking.index(b.name) < ranking.index(a.name) < ranking.index(c.name)  # best first, no data last
    assert "<svg" in page  # the bars and the map
