"""Sex-disaggregated indicators and their values per administrative unit and period."""

from __future__ import annotations

from decimal import Decimal

from django.conf import settings
from django.db import models
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from binhdang.access import Area

StrOrPromise = str | Promise

# Breakdowns beyond sex an indicator may have: key → (name, [(code, label)]). A value's `group` is "" (everyone)
# or "key:code", e.g. "tuoi:duoi-16". Age groups follow the laws that set them (children under 16, youth 16–30,
# older persons from 60).
BREAKDOWNS: dict[str, tuple[StrOrPromise, list[tuple[str, StrOrPromise]]]] = {
    "tuoi": (_("nhóm tuổi"), [("duoi-16", _("dưới 16 tuổi")), ("16-30", _("16–30 tuổi")),
                             ("31-59", _("31–59 tuổi")), ("tu-60", _("từ 60 tuổi"))]),
    "dan-toc": (_("dân tộc"), [("kinh", _("Kinh")), ("dtts", _("dân tộc thiểu số"))]),
    "khu-vuc": (_("khu vực"), [("thanh-thi", _("thành thị")), ("nong-thon", _("nông thôn"))]),
}


class Indicator(models.Model):
    class Kind(models.TextChoices):
        COUNT = "count", _("số đếm (cộng dồn lên cấp trên)")
        RATIO = "ratio", _("tỷ lệ, tỷ số (tính lại từ tử số và mẫu số)")
        LEVEL = "level", _("giá trị không cộng được (chỉ xem tại đơn vị nhập)")

    class Direction(models.TextChoices):
        UP = "up", _("càng cao càng tốt")
        DOWN = "down", _("càng thấp càng tốt")

    # Unique in the catalogue and per owner, not across owners: a province's code must not tell another which
    # codes it uses (the check that it is free looks only at what the user sees).
    code = models.SlugField(_("mã"), max_length=60)
    name = models.CharField(_("tên chỉ số"), max_length=300)
    definition = models.TextField(_("định nghĩa"), blank=True)
    kind = models.CharField(_("loại"), max_length=6, choices=Kind.choices, default=Kind.COUNT)
    unit = models.CharField(_("đơn vị tính"), max_length=40, default="người")
    multiplier = models.DecimalField(_("hệ số (tỷ lệ = tử số / mẫu số × hệ số)"), max_digits=10, decimal_places=0,
                                     default=Decimal(1))
    direction = models.CharField(_("chiều tốt"), max_length=4, choices=Direction.choices, default=Direction.UP)
    by_sex = models.BooleanField(_("tách theo giới tính"), default=False)
    breakdowns = models.CharField(_("phân tổ khác (nhóm tuổi, dân tộc, khu vực)"), max_length=60, blank=True,
                                  help_text=_("Các khoá cách nhau bởi dấu phẩy: tuoi, dan-toc, khu-vuc"))
    periodicity = models.CharField(_("kỳ thu thập"), max_length=10, default="year",
                                   choices=[("year", _("năm")), ("half", _("6 tháng"))])
    responsible = models.CharField(_("cơ quan chịu trách nhiệm (loại)"), max_length=40, blank=True)
    source = models.CharField(_("nguồn"), max_length=60, blank=True)  # "Nghị quyết 28/NQ-CP", "tỉnh", ...
    target_2025 = models.DecimalField(_("mục tiêu 2025"), max_digits=14, decimal_places=3, null=True, blank=True)
    target_2030 = models.DecimalField(_("mục tiêu 2030"), max_digits=14, decimal_places=3, null=True, blank=True)
    keywords = models.TextField(_("từ khoá nhận diện trong văn bản (mỗi dòng một cụm)"), blank=True)
    # Null for the national catalogue; a coordinator's own indicators belong to its unit.
    owner = models.ForeignKey("units.AdminUnit", models.CASCADE, null=True, blank=True, related_name="+",
                              verbose_name=_("đơn vị tạo"))
    history = HistoricalRecords()

    access_policy = Area(path="owner__path", catalogue="owner")

    class Meta:
        verbose_name = _("chỉ số")
        ordering = ["source", "code"]
        constraints = [
            models.UniqueConstraint(fields=["code"], condition=models.Q(owner__isnull=True),
                                    name="one_catalogue_code"),
            models.UniqueConstraint(fields=["owner", "code"], name="one_code_per_owner"),
        ]

    def __str__(self) -> str:
        return self.name

    def groups(self) -> list[tuple[str, str]]:
        """(group code, label) of every breakdown group of the indicator, e.g. ("khu-vuc:nong-thon", "khu vực:
        nông thôn")."""
        out = []
        for key in filter(None, (k.strip() for k in self.breakdowns.split(","))):
            name, members = BREAKDOWNS.get(key, ("", []))
            out += [(f"{key}:{code}", f"{name}: {label}") for code, label in members]  # labels translated here
        return out


class DataValue(models.Model):
    """One number: an indicator for a unit, a year (or half-year) and a sex. Ratios keep their numerator and
    denominator, so that a province's rate is computed from its communes' counts, never averaged.

    A value may also be one agency's (a department's share of women leaders): it belongs to the agency's unit,
    is shown beside the other agencies', and never enters the unit's own number nor any roll-up."""

    class Sex(models.TextChoices):
        TOTAL = "t", _("chung")
        FEMALE = "f", _("nữ")
        MALE = "m", _("nam")

    indicator = models.ForeignKey(Indicator, models.CASCADE, related_name="values")
    unit = models.ForeignKey("units.AdminUnit", models.PROTECT, related_name="+", verbose_name=_("đơn vị"))
    agency = models.ForeignKey("units.Agency", models.PROTECT, null=True, blank=True, related_name="+",
                               verbose_name=_("cơ quan"))
    year = models.PositiveSmallIntegerField(_("năm"))
    half = models.PositiveSmallIntegerField(_("kỳ"), default=0, choices=[(0, _("cả năm")), (1, _("6 tháng đầu")),
                                                                          (2, _("6 tháng cuối"))])
    sex = models.CharField(_("giới tính"), max_length=1, choices=Sex.choices, default=Sex.TOTAL)
    group = models.CharField(_("nhóm"), max_length=30, blank=True, default="", db_default="")  # "" = everyone
    value = models.DecimalField(_("giá trị"), max_digits=16, decimal_places=3, null=True, blank=True)
    numerator = models.DecimalField(_("tử số"), max_digits=16, decimal_places=3, null=True, blank=True)
    denominator = models.DecimalField(_("mẫu số"), max_digits=16, decimal_places=3, null=True, blank=True)
    flagged = models.CharField(_("cần xem lại"), max_length=200, blank=True)
    source = models.CharField(max_length=10, default="grid", choices=[("grid", _("nhập bảng")), ("import", _("tệp")),
                                                                      ("api", "API"), ("report", _("báo cáo"))])
    entered_by = models.ForeignKey(settings.AUTH_USER_MODEL, models.SET_NULL, null=True, related_name="+")
    entered_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords()

    access_policy = Area(path="unit__path", agency="agency", agency_optional=True)

    class Meta:
        verbose_name = _("số liệu")
        constraints = [
            models.UniqueConstraint(fields=["indicator", "unit", "year", "half", "sex", "group"],
                                    condition=models.Q(agency__isnull=True), name="one_value_per_cell"),
            models.UniqueConstraint(fields=["indicator", "agency", "year", "half", "sex", "group"],
                                    condition=models.Q(agency__isnull=False), name="one_agency_value_per_cell"),
        ]
        indexes = [models.Index(fields=["indicator", "year", "half", "sex"])]

    def __str__(self) -> str:
        group = f" {self.group}" if self.group else ""
        return f"{self.indicator.code} {self.unit_id} {self.year}/{self.half} {self.sex}{group}: {self.result}"

    @property
    def result(self) -> Decimal | None:
        """The number shown: the value, or for a ratio its numerator over its denominator times the multiplier."""
        if self.indicator.kind == Indicator.Kind.RATIO:
            return ratio(self.numerator, self.denominator, self.indicator.multiplier)
        return self.value


class ApiToken(models.Model):
    """A key for the API, acting as its user (same access rule as the pages). Only its hash is stored."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, models.CASCADE, related_name="api_tokens")
    name = models.CharField(_("tên"), max_length=100)
    digest = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"{self.user} · {self.name}"


def ratio(numerator: Decimal | None, denominator: Decimal | None, multiplier: Decimal) -> Decimal | None:
    if numerator is None or not denominator:
        return None
    return (numerator / denominator * multiplier).quantize(Decimal("0.01"))


class CommuneSum(models.Model):
    """The communes' values summed per unit holding them (a district before 2025, a province after), kept
    current on every write (indicators.rollup): a province's dashboard reads a few thousand sums instead of
    hundreds of thousands of commune rows, in the manner of DHIS2's analytics tables."""

    indicator = models.ForeignKey(Indicator, models.CASCADE, related_name="+")
    parent = models.ForeignKey("units.AdminUnit", models.CASCADE, related_name="+")
    year = models.PositiveSmallIntegerField()
    half = models.PositiveSmallIntegerField()
    sex = models.CharField(max_length=1)
    group = models.CharField(max_length=30, blank=True)
    value = models.DecimalField(max_digits=20, decimal_places=3, null=True)
    numerator = models.DecimalField(max_digits=20, decimal_places=3, null=True)
    denominator = models.DecimalField(max_digits=20, decimal_places=3, null=True)
    units = models.PositiveIntegerField()  # how many communes gave a value

    # Sums of units' own totals (never an agency's): read as the figures they make, under the unit holding them.
    access_policy = Area(path="parent__path")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["parent", "indicator", "year", "half", "sex", "group"],
                                               name="one_sum_per_cell")]

    def __str__(self) -> str:
        return f"{self.indicator_id} {self.parent_id} {self.year}/{self.half} {self.sex} {self.group}"
