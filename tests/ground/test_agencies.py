"""Standard agencies in one click, and the catalogue recognising how documents write agency names."""

from __future__ import annotations

import pytest

from binhdang.lexicon.agencies import match_kind
from binhdang.units.models import AdminUnit, Agency


@pytest.mark.parametrize(("written", "code"), [
    ("Sở LĐTB&XH", "so_ldtbxh"),
    ("Sở Lao động, Thương binh và Xã hội", "so_ldtbxh"),
    ("Sở Lao động - TB&XH", "so_ldtbxh"),
    ("Sở Văn hóa, Thể thao và Du lịch tỉnh Hải Dương", "so_vhttdl"),
    ("Đề nghị Ủy ban MTTQ Việt Nam tỉnh", "mttq"),
    ("Uỷ ban nhân dân các huyện, thị xã, thành phố", "g_sub_committees"),
    ("Công chức VH-XH phụ trách lĩnh vực Lao động", "cc_vhxh"),
    ("Hội LHPN tỉnh", "hoi_lhpn"),
    ("Đài Phát thanh - Truyền hình tỉnh", "dai_pttt"),
])
def test_catalogue_recognises_variants(written: str, code: str) -> None:
    kind = match_kind(written)
    assert kind is not None and kind.code == code


def test_unknown_names_are_not_forced_into_a_kind() -> None:
    assert match_kind("Câu lạc bộ thơ Đường") is None


@pytest.mark.django_db
def test_coordinator_creates_standard_agencies_in_one_click(client, hung_yen) -> None:  # type: ignore[no-untyped-def]
    commune = AdminUnit.objects.filter(parent=hung_yen.unit).first()
    client.force_login(hung_yen.users["coordinator"])
    response = client.post(f"/units/{commune.id}/standard-agencies/", follow=True)
    names = set(Agency.objects.filter(unit=commune).values_list("name", flat=True))
    assert f"Ủy ban nhân dân {commune.name[0].lower()}{commune.name[1:]}" in names
    assert Agency.objects.get(unit=commune, is_standing=True).kind == "phong_vhxh"  # since 2025
    assert "Đã tạo" in response.content.decode()
    client.post(f"/units/{commune.id}/standard-agencies/")
    assert Agency.objects.filter(unit=commune).count() == len(names)  # a second click adds nothing


@pytest.mark.django_db
def test_standing_agency_before_and_after_2025(hung_yen) -> None:  # type: ignore[no-untyped-def]
    thai_binh = next(u for u in hung_yen.old if u.short_name == "Thái Bình")
    assert Agency.objects.get(unit=thai_binh, is_standing=True).name == "Sở Lao động - Thương binh và Xã hội tỉnh Thái Bình"
    assert Agency.objects.get(unit=hung_yen.unit, is_standing=True).name == "Sở Nội vụ tỉnh Hưng Yên"


@pytest.mark.django_db
def test_adding_an_agency_keeps_history(client, hung_yen) -> None:  # type: ignore[no-untyped-def]
    coordinator = hung_yen.users["coordinator"]
    client.force_login(coordinator)
    client.post(f"/units/{hung_yen.unit.id}/agencies/new/", {"name": "Hội  Người cao tuổi tỉnh Hưng Yên"})
    agency = Agency.objects.get(name="Hội Người cao tuổi tỉnh Hưng Yên")  # spaces folded, NFC
    page = client.get(f"/agencies/{agency.id}/").content.decode()
    assert "Lịch sử thay đổi" in page and coordinator.username in page


@pytest.mark.django_db
def test_duplicate_agency_gets_a_clear_message(client, hung_yen) -> None:  # type: ignore[no-untyped-def]
    client.force_login(hung_yen.users["coordinator"])
    response = client.post(f"/units/{hung_yen.unit.id}/agencies/new/", {"name": "Sở Y tế tỉnh Hưng Yên"}, follow=True)
    assert "Chưa tạo được cơ quan" in response.content.decode()
    assert Agency.objects.filter(unit=hung_yen.unit, name="Sở Y tế tỉnh Hưng Yên").count() == 1
