"""The registers, described once: their model, form, page title, the columns of their .xlsx template (each the name
of a form field) and the fields their list shows. Views, imports and exports are the same code for all of them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db import models
from django.utils.translation import gettext_lazy as _

from binhdang.activities import forms
from binhdang.activities.models import Award, CommEvent, CommProduct, Inspection, PilotModel, Training

COMMON = [("ma_co_quan", "agency"), ("ngay", "held_on"), ("ma_ke_hoach", "plan"), ("ma_noi_dung", "objective"),
          ("ma_nhiem_vu", "duty")]


@dataclass(frozen=True)
class Register:
    slug: str
    model: type[models.Model]
    form: type[forms.ActivityForm]
    title: Any
    columns: list[tuple[str, str]]  # (column of the .xlsx template, form field)
    shown: list[str]  # fields of the list page after the date and the agency


REGISTERS = {r.slug: r for r in [
    Register("tap-huan", Training, forms.TrainingForm, _("Tập huấn, hội nghị, hội thảo"),
             [*COMMON, ("hinh_thuc", "kind"), ("den_ngay", "ends_on"), ("chu_de", "topic"), ("doi_tuong", "target_group"),
              ("don_vi_to_chuc", "organiser"), ("don_vi_phoi_hop", "partners"), ("dia_diem", "place"),
              ("so_nguoi", "participants"), ("so_nu", "participants_female"), ("kinh_phi", "cost"), ("ghi_chu", "note")],
             ["kind", "topic", "target_group", "participants", "participants_female"]),
    Register("su-kien", CommEvent, forms.CommEventForm, _("Sự kiện truyền thông"),
             [*COMMON, ("hinh_thuc", "kind"), ("ten_su_kien", "title"), ("dia_diem", "place"),
              ("so_nguoi", "attendance"), ("so_nu", "attendance_female"), ("ghi_chu", "note")],
             ["kind", "title", "attendance", "attendance_female"]),
    Register("san-pham", CommProduct, forms.CommProductForm, _("Sản phẩm truyền thông"),
             [*COMMON, ("loai", "kind"), ("ten", "title"), ("kenh", "channel"), ("so_luong", "count"),
              ("ghi_chu", "note")],
             ["kind", "title", "channel", "count"]),
    Register("kiem-tra", Inspection, forms.InspectionForm, _("Kiểm tra, thanh tra"),
             [*COMMON, ("hinh_thuc", "kind"), ("ke_hoach_kiem_tra", "decision"), ("doan_kiem_tra", "team"),
              ("noi_duoc_kiem_tra", "bodies"), ("noi_dung_kiem_tra", "checklist"),
              ("ket_qua", "findings"), ("ghi_chu", "note")],
             ["kind", "decision", "bodies"]),
    Register("khen-thuong", Award, forms.AwardForm, _("Khen thưởng"),
             [*COMMON, ("doi_tuong", "recipient_kind"), ("ten", "recipient"), ("gioi_tinh", "recipient_sex"),
              ("hinh_thuc", "form"), ("cap", "level"), ("thanh_tich", "reason"), ("so_quyet_dinh", "decision_number"),
              ("ghi_chu", "note")],
             ["form", "level", "recipient", "decision_number"]),
    Register("mo-hinh", PilotModel, forms.PilotModelForm, _("Mô hình"),
             [*COMMON, ("ten", "name"), ("loai", "kind"), ("ma_don_vi", "unit"), ("so_thanh_vien", "members"),
              ("so_nu", "members_female"), ("tinh_trang", "status"), ("ghi_chu", "note")],
             ["name", "kind", "members", "members_female", "status"]),
]}
BY_MODEL = {r.model._meta.model_name: r for r in REGISTERS.values()}


def register_of(record: models.Model) -> Register:
    return BY_MODEL[record._meta.model_name]  # type: ignore[index]
