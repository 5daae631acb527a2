"""The register's fields map onto the groups of the national domestic-violence database (Nghị định 110/2025):
every field a group names exists on the model that fills it, so an export to it stays a mapping."""

from __future__ import annotations

from binhdang.cases.models import NATIONAL_GROUPS, Case, Measure, Perpetrator, Referral, Support, Victim

MODELS = {"vu_viec": Case, "hoa_giai": Case, "nguoi_bi_bao_luc": Victim, "nguoi_co_hanh_vi": Perpetrator,
          "bien_phap_ngan_chan_bao_ve": Measure, "ho_tro": Support, "chuyen_gui": Referral}


def test_every_group_names_real_fields() -> None:
    assert set(NATIONAL_GROUPS) == set(MODELS)
    for group, names in NATIONAL_GROUPS.items():
        fields = {f.name for f in MODELS[group]._meta.get_fields()}
        assert set(names) <= fields, (group, set(names) - fields)
        # No identifying field is part of a group: names, addresses and phones stay in the register.
        assert not {"full_name", "address", "phone", "reporter_name", "reporter_phone", "place"} & set(names)
