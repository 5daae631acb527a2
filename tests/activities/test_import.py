"""Each register imports from its .xlsx template all or nothing, every faulty row listed with its line, and exports
to .xlsx in the same columns (an export imports back). Numbers typed the Vietnamese way: "1.000" is a thousand."""

from __future__ import annotations

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import load_workbook

from binhdang.activities.models import CommProduct, Participant, Training
from binhdang.activities.registers import REGISTERS
from binhdang.units.models import Agency
from tests.activities.conftest import duty_of, training_data, workbook

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _upload(rows: list[list[object]], name: str = "tap-huan.xlsx") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, workbook(rows), XLSX)


def _header() -> list[str]:
    return [c for c, _n in REGISTERS["tap-huan"].columns]


def _row(focal, plan, **changes: str) -> list[object]:  # type: ignore[no-untyped-def]
    data = training_data(focal, plan, **changes)
    return [data.get(name, "") for _c, name in REGISTERS["tap-huan"].columns]


def test_a_good_file_is_imported_whole(client, plan, focal) -> None:  # type: ignore[no-untyped-def]
    client.force_login(focal)
    template = load_workbook(io.BytesIO(client.get("/activities/tap-huan/template.xlsx").content))
    assert [c.value for c in template.worksheets[0][1]] == _header()
    assert focal.agency.name in [c.value for c in template["Co quan"]["B"]]
    rows = [_header(), _row(focal, plan, participants="1.000", participants_female="600", kind="Hội nghị"),
            _row(focal, plan, topic="Tập huấn kỹ năng tư vấn", held_on="20/05/2022")]
    response = client.post("/activities/tap-huan/import/", {"file": _upload(rows)})
    assert response.status_code == 302, response.content.decode()[:3000]
    first = Training.objects.get(kind="conference")
    assert (first.participants, first.participants_female) == (1000, 600)
    assert Training.objects.count() == 2


def test_every_faulty_row_is_listed_and_nothing_saved(client, plan, focal) -> None:  # type: ignore[no-untyped-def]
    client.force_login(focal)
    justice = Agency.objects.get(unit=plan.unit, kind="so_tu_phap")
    rows = [_header(), _row(focal, plan),
            _row(focal, plan, participants="50", participants_female="80"),
            _row(focal, plan, held_on="01/02/2023"),
            _row(focal, plan, agency=str(justice.id))]
    response = client.post("/activities/tap-huan/import/", {"file": _upload(rows)})
    page = response.content.decode()
    assert response.status_code == 400
    assert "Dòng 3, so_nu: Số nữ (80) lớn hơn tổng số (50)." in page
    assert "Dòng 4, ngay: Ngày 01/02/2023 nằm ngoài thời gian của kế hoạch (2022–2022)." in page
    assert "Dòng 5, ma_co_quan:" in page
    assert "Dòng 2" not in page
    assert not Training.objects.exists()


def test_an_export_imports_back(client, plan, focal) -> None:  # type: ignore[no-untyped-def]
    client.force_login(focal)
    common = {"agency": str(focal.agency_id), "plan": str(plan.id), "duty": str(duty_of(focal, plan).id),
              "objective": "", "note": "", "held_on": "10/04/2022"}
    client.post("/activities/san-pham/new/", {**common, "kind": "clip", "title": "Clip về bình đẳng giới",
                                               "channel": "Fanpage Sở Y tế", "count": "3"})
    exported = client.get("/activities/san-pham/export.xlsx")
    assert exported["Content-Type"] == XLSX
    sheet = load_workbook(io.BytesIO(exported.content)).worksheets[0]
    assert [c.value for c in sheet[2]][:len(REGISTERS["san-pham"].columns)][5:9] == [
        "Video clip", "Clip về bình đẳng giới", "Fanpage Sở Y tế", 3]
    CommProduct.objects.all().delete()
    response = client.post("/activities/san-pham/import/",
                           {"file": SimpleUploadedFile("san-pham.xlsx", exported.content, XLSX)})
    assert response.status_code == 302, response.content.decode()[:3000]
    assert CommProduct.objects.get().get_kind_display() == "Video clip"


def test_a_training_takes_its_list_of_participants(client, plan, focal) -> None:  # type: ignore[no-untyped-def]
    client.force_login(focal)
    client.post("/activities/tap-huan/new/", training_data(focal, plan))
    training = Training.objects.get()
    people = [["ho_ten", "gioi_tinh", "chuc_vu", "don_vi"], ["Nguyễn Thị Lan", "Nữ", "Trưởng khoa", "Bệnh viện tỉnh"],
              ["Trần Văn Nam", "nam", "Bác sĩ", "Trạm y tế xã"], ["Lê Thị Hà", "nữ", "", ""]]
    client.post(f"/activities/tap-huan/{training.id}/participants/", {"file": _upload(people, "ds.xlsx")})
    training.refresh_from_db()
    assert (training.participants, training.participants_female) == (3, 2)
    bad = [people[0], ["Phạm Văn Bình", "không rõ", "", ""], ["", "nữ", "", ""]]
    response = client.post(f"/activities/tap-huan/{training.id}/participants/", {"file": _upload(bad, "ds.xlsx")},
                           follow=True)
    page = response.content.decode()
    assert "Dòng 2: giới tính phải là «nam» hoặc «nữ»." in page and "Dòng 3: thiếu họ và tên." in page
    assert Participant.objects.filter(training=training).count() == 3
