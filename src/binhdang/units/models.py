"""Administrative units (both the three-tier structure before 1 July 2025 and the two-tier one since) and
the agencies that belong to them."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from binhdang.access import Area
from binhdang.lexicon.agencies import KINDS
from binhdang.lexicon.text import nfc, unaccent


class AdminUnit(models.Model):
    class Era(models.TextChoices):
        LEGACY = "legacy", _("Trước 01/7/2025 (ba cấp)")
        CURRENT = "current", _("Từ 01/7/2025 (hai cấp)")

    class Level(models.TextChoices):
        PROVINCE = "province", _("Cấp tỉnh")
        DISTRICT = "district", _("Cấp huyện")
        COMMUNE = "commune", _("Cấp xã")

    era = models.CharField(_("thời kỳ"), max_length=8, choices=Era.choices)
    level = models.CharField(_("cấp"), max_length=8, choices=Level.choices)
    code = models.CharField(_("mã"), max_length=8)
    name = models.CharField(_("tên"), max_length=120)  # "Tỉnh Hải Dương"
    short_name = models.CharField(_("tên ngắn"), max_length=100)  # "Hải Dương"
    key = models.CharField(max_length=120, editable=False)  # vietnamadminunits' key, for lineage
    parent = models.ForeignKey("self", models.PROTECT, null=True, blank=True, related_name="children",
                               verbose_name=_("thuộc"))
    # Materialised path ("L/30/288/10507"): a whole subtree is one indexed prefix query.
    path = models.CharField(max_length=40, unique=True, editable=False)
    search_name = models.CharField(max_length=120, db_index=True, editable=False)
    latitude = models.FloatField(_("vĩ độ"), null=True, blank=True)
    longitude = models.FloatField(_("kinh độ"), null=True, blank=True)
    valid_from = models.DateField(_("hiệu lực từ"), null=True, blank=True)
    valid_to = models.DateField(_("hiệu lực đến"), null=True, blank=True)
    successors = models.ManyToManyField("self", through="UnitLineage", symmetrical=False,
                                        related_name="predecessors", verbose_name=_("đơn vị kế thừa"))

    access_policy = Area(path="path", reference=True)

    class Meta:
        verbose_name = _("đơn vị hành chính")
        verbose_name_plural = _("đơn vị hành chính")
        ordering = ["path"]
        constraints = [models.UniqueConstraint(fields=["era", "level", "code"], name="unit_era_level_code")]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        self.name = nfc(self.name)
        self.search_name = unaccent(self.name)
        super().save(*args, **kwargs)


class UnitLineage(models.Model):
    """An old unit whose territory (all or part) passed to a new one in a reorganisation."""

    predecessor = models.ForeignKey(AdminUnit, models.CASCADE, related_name="+")
    successor = models.ForeignKey(AdminUnit, models.CASCADE, related_name="+")
    whole = models.BooleanField(default=True, help_text="False when the old unit was divided among several")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["predecessor", "successor"], name="lineage_unique")]

    def __str__(self) -> str:
        return f"{self.predecessor} → {self.successor}"


class Agency(models.Model):
    KIND_CHOICES = [(k.code, k.name) for k in KINDS if not k.group]

    unit = models.ForeignKey(AdminUnit, models.PROTECT, related_name="agencies", verbose_name=_("đơn vị hành chính"))
    name = models.CharField(_("tên cơ quan"), max_length=200)
    kind = models.CharField(_("loại"), max_length=20, choices=KIND_CHOICES, blank=True)
    is_standing = models.BooleanField(_("cơ quan thường trực về bình đẳng giới"), default=False)
    search_name = models.CharField(max_length=200, db_index=True, editable=False)
    history = HistoricalRecords()

    access_policy = Area(path="unit__path", reference=True)

    class Meta:
        verbose_name = _("cơ quan, đơn vị")
        verbose_name_plural = _("cơ quan, đơn vị")
        ordering = ["unit__path", "name"]
        constraints = [models.UniqueConstraint(fields=["unit", "name"], name="agency_unit_name")]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        self.name = nfc(" ".join(self.name.split()))
        self.search_name = unaccent(self.name)
        super().save(*args, **kwargs)
