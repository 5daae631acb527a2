"""People: each user has one role and belongs to one admin unit (and, for most roles, one agency)."""

from __future__ import annotations

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from binhdang.access import Area


class User(AbstractUser):
    class Role(models.TextChoices):
        ADMIN = "admin", _("Quản trị hệ thống")
        COORDINATOR = "coordinator", _("Điều phối (cơ quan thường trực)")
        FOCAL_POINT = "focal_point", _("Đầu mối cơ quan")
        LEADER = "leader", _("Lãnh đạo")
        CASE_WORKER = "case_worker", _("Người xử lý vụ việc")

    role = models.CharField(_("vai trò"), max_length=16, choices=Role.choices, default=Role.FOCAL_POINT)
    unit = models.ForeignKey("units.AdminUnit", models.PROTECT, null=True, blank=True, related_name="users",
                             verbose_name=_("đơn vị hành chính"))
    agency = models.ForeignKey("units.Agency", models.PROTECT, null=True, blank=True, related_name="users",
                               verbose_name=_("cơ quan"))
    history = HistoricalRecords(excluded_fields=["password", "last_login"])

    access_policy = Area(path="unit__path")

    class Meta:
        verbose_name = _("người dùng")
        verbose_name_plural = _("người dùng")

    @property
    def is_admin(self) -> bool:
        return self.is_superuser or self.role == self.Role.ADMIN
