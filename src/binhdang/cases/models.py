"""The case register: domestic violence, gender-based violence and trafficking, confidential from intake to
closure.

Fields are grouped as the national domestic-violence database of Nghị định 110/2025 groups them (`NATIONAL_GROUPS`
below): the case and its handling (reception, acts, mediation, outcome), the people (victims, perpetrators), and
the measures of prevention, protection and support (measures, supports, referrals, follow-up visits). Names,
addresses and phone numbers are encrypted (`EncryptedTextField`); history keeps every change, encrypted too.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from binhdang.cases.crypto import EncryptedTextField
from binhdang.cases.policy import CasePolicy


class Receiver(models.TextChoices):
    """Who received the report (Điều 19 Luật Phòng, chống bạo lực gia đình 2022)."""

    UBND_XA = "ubnd_xa", _("Ủy ban nhân dân cấp xã")
    CONG_AN = "cong_an", _("Công an cấp xã")
    BIEN_PHONG = "bien_phong", _("Đồn Biên phòng")
    TRUONG_HOC = "truong_hoc", _("Cơ sở giáo dục nơi người bị bạo lực học")
    TRUONG_THON = "truong_thon", _("Trưởng thôn, tổ trưởng tổ dân phố")
    DOAN_THE = "doan_the", _("Tổ chức chính trị - xã hội cấp xã")
    TONG_DAI = "tong_dai", _("Tổng đài điện thoại quốc gia")


class Channel(models.TextChoices):
    PHONE = "phone", _("Điện thoại, tin nhắn")
    LETTER = "letter", _("Văn bản, thư")
    IN_PERSON = "in_person", _("Trực tiếp")


class Kind(models.TextChoices):
    DOMESTIC = "domestic", _("Bạo lực gia đình")
    GBV = "gbv", _("Bạo lực trên cơ sở giới (ngoài gia đình)")
    TRAFFICKING = "trafficking", _("Mua bán người")


# The acts of Điều 3 khoản 1 Luật Phòng, chống bạo lực gia đình 2022, by its points.
ACTS = [
    ("a", _("a) Hành hạ, ngược đãi, đánh đập, đe dọa hoặc hành vi cố ý khác xâm hại đến sức khỏe, tính mạng")),
    ("b", _("b) Lăng mạ, chì chiết hoặc hành vi cố ý khác xúc phạm danh dự, nhân phẩm")),
    ("c", _("c) Cưỡng ép chứng kiến bạo lực đối với người, con vật nhằm gây áp lực thường xuyên về tâm lý")),
    ("d", _("d) Bỏ mặc, không quan tâm; không nuôi dưỡng, chăm sóc thành viên gia đình là trẻ em, phụ nữ mang thai, "
            "nuôi con nhỏ, người cao tuổi, người khuyết tật, người không có khả năng tự chăm sóc")),
    ("dd", _("đ) Kỳ thị, phân biệt đối xử về hình thể, giới, giới tính, năng lực của thành viên gia đình")),
    ("e", _("e) Ngăn cản thành viên gia đình gặp gỡ người thân, có quan hệ xã hội hợp pháp, lành mạnh")),
    ("g", _("g) Ngăn cản việc thực hiện quyền, nghĩa vụ giữa ông bà và cháu, cha mẹ và con, vợ và chồng, anh chị em")),
    ("h", _("h) Tiết lộ hoặc phát tán thông tin về đời sống riêng tư, bí mật cá nhân, bí mật gia đình nhằm xúc phạm danh dự")),
    ("i", _("i) Cưỡng ép thực hiện hành vi quan hệ tình dục trái ý muốn hoặc hành vi kích động tình dục")),
    ("k", _("k) Cô lập, giam cầm thành viên gia đình")),
    ("l", _("l) Cưỡng ép thành viên gia đình lao động quá sức, đóng góp tài chính quá khả năng; kiểm soát tài sản, thu nhập")),
    ("m", _("m) Chiếm đoạt, hủy hoại tài sản chung hoặc tài sản riêng của thành viên gia đình")),
    ("n", _("n) Cưỡng ép tảo hôn, kết hôn, ly hôn hoặc cản trở kết hôn, ly hôn tự nguyện, tiến bộ")),
    ("o", _("o) Cưỡng ép trẻ em học tập quá sức, lao động quá sức")),
    ("p", _("p) Buộc thành viên gia đình ra khỏi chỗ ở trái pháp luật")),
    ("q", _("q) Ép buộc mang thai, phá thai, lựa chọn giới tính thai nhi")),
]
ACT_LABELS = dict(ACTS)


class Harm(models.TextChoices):
    PHYSICAL = "the_chat", _("Thể chất")
    MENTAL = "tinh_than", _("Tinh thần")
    SEXUAL = "tinh_duc", _("Tình dục")
    ECONOMIC = "kinh_te", _("Kinh tế")


class Sex(models.TextChoices):
    FEMALE = "nu", _("Nữ")
    MALE = "nam", _("Nam")


class AgeBand(models.TextChoices):
    """The bands of Biểu 01/BC-X: under 16 (children), 16–59, 60 and over (the elderly)."""

    UNDER_16 = "duoi_16", _("Dưới 16 tuổi")
    MIDDLE = "16_59", _("Từ 16 đến 59 tuổi")
    OVER_60 = "tu_60", _("Từ 60 tuổi trở lên")


def age_band(age: int) -> str:
    return AgeBand.UNDER_16 if age < 16 else AgeBand.MIDDLE if age < 60 else AgeBand.OVER_60


class Relationship(models.TextChoices):
    """Relationship to the other party (family members, and those Nghị định 76/2023 covers)."""

    SPOUSE = "vo_chong", _("Vợ, chồng")
    DIVORCED = "da_ly_hon", _("Đã ly hôn")
    COHABITING = "chung_song", _("Nam, nữ chung sống với nhau như vợ chồng")
    PARENT_CHILD = "cha_me_con", _("Cha mẹ, con (kể cả con nuôi, con riêng)")
    GRANDPARENT = "ong_ba_chau", _("Ông bà, cháu")
    SIBLING = "anh_chi_em", _("Anh, chị, em")
    IN_LAW = "dau_re", _("Con dâu, con rể, cha mẹ vợ, cha mẹ chồng")
    FORMER_FAMILY = "tung_la", _("Người từng là thành viên gia đình (cha mẹ kế, con riêng… sau ly hôn)")
    OTHER_FAMILY = "khac_gd", _("Thành viên gia đình khác cùng sinh sống")
    NOT_FAMILY = "ngoai_gd", _("Không phải thành viên gia đình")


class Priority(models.TextChoices):
    CHILD = "tre_em", _("Trẻ em")
    PREGNANT = "mang_thai", _("Phụ nữ mang thai")
    NURSING = "nuoi_con_nho", _("Nuôi con dưới 36 tháng tuổi")
    DISABLED = "khuyet_tat", _("Người khuyết tật")
    ELDERLY = "cao_tuoi", _("Người cao tuổi")


class Trafficking(models.TextChoices):
    NO = "", _("Không")
    IDENTIFYING = "dang_xac_minh", _("Đang được xác minh là nạn nhân mua bán người")
    VICTIM = "nan_nhan", _("Nạn nhân mua bán người")


class Case(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Nháp")
        OPEN = "open", _("Đang xử lý")
        CLOSING = "closing", _("Chờ duyệt kết thúc")
        CLOSED = "closed", _("Đã kết thúc")

    class Outcome(models.TextChoices):
        NONE = "", _("Chưa có")
        STOPPED = "cham_dut", _("Hành vi bạo lực đã chấm dứt")
        MEDIATED = "hoa_giai", _("Hòa giải thành")
        SANCTIONED = "xu_phat", _("Đã xử phạt vi phạm hành chính")
        PROSECUTED = "hinh_su", _("Chuyển xử lý hình sự")
        WITHDRAWN = "rut", _("Người bị bạo lực không tiếp tục yêu cầu")
        MOVED = "chuyen_noi", _("Người bị bạo lực chuyển nơi ở")

    class Mediation(models.TextChoices):
        NONE = "", _("Không hòa giải")
        SUCCESS = "thanh", _("Hòa giải thành")
        FAILED = "khong_thanh", _("Hòa giải không thành")

    # Nhóm thông tin vụ việc (NĐ 110/2025): the case, where and how it was received.
    code = models.CharField(_("mã vụ việc"), max_length=24, unique=True, editable=False)
    status = models.CharField(_("trạng thái"), max_length=8, choices=Status.choices, default=Status.DRAFT)
    kind = models.CharField(_("loại vụ việc"), max_length=12, choices=Kind.choices, default=Kind.DOMESTIC)
    unit = models.ForeignKey("units.AdminUnit", models.PROTECT, related_name="cases",
                             verbose_name=_("xã, phường nơi xảy ra"))
    agency = models.ForeignKey("units.Agency", models.PROTECT, related_name="cases",
                               verbose_name=_("cơ quan xử lý"))
    received_on = models.DateField(_("ngày tiếp nhận"))
    received_by_kind = models.CharField(_("nơi tiếp nhận tin báo"), max_length=12, choices=Receiver.choices)
    channel = models.CharField(_("hình thức tin báo"), max_length=10, choices=Channel.choices)
    happened_on = models.DateField(_("ngày xảy ra"), null=True, blank=True)
    place = EncryptedTextField(_("địa chỉ nơi xảy ra"), blank=True)
    acts = models.JSONField(_("hành vi (Điều 3 khoản 1)"), default=list, blank=True)
    harms = models.JSONField(_("hình thức bạo lực"), default=list, blank=True)
    trafficking = models.CharField(_("mua bán người (Luật 53/2024/QH15)"), max_length=14, choices=Trafficking.choices,
                                   default=Trafficking.NO, blank=True)
    is_crime = models.BooleanField(_("có dấu hiệu tội phạm (chuyển Công an)"), default=False)
    summary = EncryptedTextField(_("tóm tắt sự việc"), blank=True)
    # The person who reported: confidential, shown only to those handling the case, never exported.
    reporter_name = EncryptedTextField(_("người báo tin"), blank=True)
    reporter_phone = EncryptedTextField(_("điện thoại người báo tin"), blank=True)
    # The commune chairman handles the report or assigns it at once (Điều 20).
    assigned_on = models.DateField(_("ngày Chủ tịch UBND xã phân công"), null=True, blank=True)
    assigned_note = models.CharField(_("nội dung phân công"), max_length=300, blank=True)
    # Hòa giải (NĐ 110/2025 groups it with the case).
    mediation = models.CharField(_("hòa giải"), max_length=12, choices=Mediation.choices, default="", blank=True)
    mediation_on = models.DateField(_("ngày hòa giải"), null=True, blank=True)
    outcome = models.CharField(_("kết quả xử lý"), max_length=12, choices=Outcome.choices, default="", blank=True)
    outcome_note = models.CharField(_("ghi chú kết quả"), max_length=500, blank=True)
    closure_requested_at = models.DateTimeField(null=True, blank=True, editable=False)
    closed_on = models.DateField(_("ngày kết thúc"), null=True, blank=True, editable=False)
    closed_by = models.ForeignKey(settings.AUTH_USER_MODEL, models.PROTECT, null=True, blank=True,
                                  related_name="+", editable=False)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, models.PROTECT, related_name="+", editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords()

    access_policy = CasePolicy()

    class Meta:
        verbose_name = _("vụ việc")
        verbose_name_plural = _("vụ việc")
        ordering = ["-received_on", "-id"]
        indexes = [models.Index(fields=["unit", "received_on"])]

    def __str__(self) -> str:
        return self.code  # never a name

    @property
    def is_open(self) -> bool:
        return self.status in (self.Status.DRAFT, self.Status.OPEN)

    def harm_labels(self) -> list[str]:
        return [str(Harm(h).label) for h in self.harms if h in Harm.values]

    def act_labels(self) -> list[str]:
        return [str(ACT_LABELS[a]) for a in self.acts if a in ACT_LABELS]


class Person(models.Model):
    """Nhóm thông tin người bị bạo lực / người có hành vi bạo lực (NĐ 110/2025)."""

    case = models.ForeignKey(Case, models.CASCADE, related_name="%(class)ss")
    full_name = EncryptedTextField(_("họ và tên"))
    address = EncryptedTextField(_("địa chỉ"), blank=True)
    phone = EncryptedTextField(_("điện thoại"), blank=True)
    sex = models.CharField(_("giới tính"), max_length=4, choices=Sex.choices)
    birth_year = models.PositiveSmallIntegerField(_("năm sinh"), null=True, blank=True)
    age_band = models.CharField(_("nhóm tuổi"), max_length=8, choices=AgeBand.choices, blank=True)
    relationship = models.CharField(_("quan hệ"), max_length=12, choices=Relationship.choices)
    nationality = models.CharField(_("quốc tịch"), max_length=60, default="Việt Nam")

    access_policy = CasePolicy("case__")

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        if self.birth_year and self.case_id:
            self.age_band = age_band(self.case.received_on.year - self.birth_year)
        super().save(*args, **kwargs)

    def band_at(self, day: dt.date) -> str:
        """The age band on that day: from the year of birth when known, else as recorded."""
        if self.birth_year:
            return age_band(day.year - self.birth_year)
        return self.age_band


class Victim(Person):
    priority = models.JSONField(_("nhóm cần ưu tiên"), default=list, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("người bị bạo lực")
        verbose_name_plural = _("người bị bạo lực")
        ordering = ["id"]

    def __str__(self) -> str:
        return f"{self.case_id}: {self._meta.verbose_name}"  # never a name


class Perpetrator(Person):
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("người có hành vi bạo lực")
        verbose_name_plural = _("người có hành vi bạo lực")
        ordering = ["id"]

    def __str__(self) -> str:
        return f"{self.case_id}: {self._meta.verbose_name}"  # never a name


class MeasureKind(models.TextChoices):
    STOP = "cham_dut", _("Buộc chấm dứt hành vi bạo lực")
    SUMMON = "tru_so_ca", _("Yêu cầu đến trụ sở Công an xã")
    NO_CONTACT = "cam_tiep_xuc", _("Cấm tiếp xúc")
    SHELTER = "tam_lanh", _("Bố trí nơi tạm lánh")
    CARE = "cham_soc", _("Chăm sóc, điều trị")
    LEGAL = "tro_giup_phap_ly", _("Trợ giúp pháp lý")
    COUNSEL = "tu_van", _("Tư vấn tâm lý")
    BEHAVIOUR = "chuyen_doi", _("Giáo dục chuyển đổi hành vi")
    CRITICISM = "gop_y", _("Góp ý, phê bình trong cộng đồng dân cư")
    FINE = "xu_phat", _("Xử phạt vi phạm hành chính")
    CRIMINAL = "hinh_su", _("Xử lý hình sự")


class Measure(models.Model):
    """Nhóm biện pháp ngăn chặn, bảo vệ (NĐ 110/2025)."""

    class Consent(models.TextChoices):
        NONE = "", _("—")
        AGREED = "dong_y", _("Người bị bạo lực đồng ý")
        REFUSED = "phan_doi", _("Người bị bạo lực phản đối")

    case = models.ForeignKey(Case, models.CASCADE, related_name="measures")
    kind = models.CharField(_("biện pháp"), max_length=20, choices=MeasureKind.choices)
    decided_on = models.DateField(_("ngày quyết định"))
    decided_by = models.CharField(_("người quyết định"), max_length=200)
    decision_number = models.CharField(_("số quyết định"), max_length=40, blank=True)
    starts_on = models.DateField(_("từ ngày"), null=True, blank=True)
    ends_on = models.DateField(_("đến ngày"), null=True, blank=True)
    consent = models.CharField(_("ý kiến người bị bạo lực"), max_length=10, choices=Consent.choices, blank=True,
                               default="")
    note = models.CharField(_("ghi chú"), max_length=500, blank=True)
    history = HistoricalRecords()

    access_policy = CasePolicy("case__")

    class Meta:
        verbose_name = _("biện pháp")
        verbose_name_plural = _("biện pháp")
        ordering = ["decided_on", "id"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.decided_on:%d/%m/%Y}"


class SupportKind(models.TextChoices):
    SHELTER = "tam_lanh", _("Nơi tạm lánh")
    MEDICAL = "y_te", _("Chăm sóc y tế")
    LEGAL = "phap_ly", _("Trợ giúp pháp lý")
    COUNSEL = "tu_van", _("Tư vấn tâm lý")
    OTHER = "khac", _("Hỗ trợ khác")


class Support(models.Model):
    """Nhóm hỗ trợ (NĐ 110/2025)."""

    case = models.ForeignKey(Case, models.CASCADE, related_name="supports")
    victim = models.ForeignKey(Victim, models.CASCADE, null=True, blank=True, related_name="supports",
                               verbose_name=_("người được hỗ trợ"))
    kind = models.CharField(_("hình thức hỗ trợ"), max_length=12, choices=SupportKind.choices)
    given_on = models.DateField(_("ngày hỗ trợ"))
    given_by = models.CharField(_("nơi hỗ trợ"), max_length=200, blank=True)
    note = models.CharField(_("ghi chú"), max_length=500, blank=True)
    history = HistoricalRecords()

    access_policy = CasePolicy("case__")

    class Meta:
        verbose_name = _("hỗ trợ")
        verbose_name_plural = _("hỗ trợ")
        ordering = ["given_on", "id"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.given_on:%d/%m/%Y}"


class Referral(models.Model):
    class Status(models.TextChoices):
        REQUESTED = "requested", _("Đã đề nghị")
        ACCEPTED = "accepted", _("Đã tiếp nhận")
        REFUSED = "refused", _("Từ chối")
        DONE = "done", _("Đã hoàn thành")

    case = models.ForeignKey(Case, models.CASCADE, related_name="referrals")
    to_agency = models.ForeignKey("units.Agency", models.PROTECT, related_name="+", verbose_name=_("chuyển đến"))
    service = models.CharField(_("dịch vụ đề nghị"), max_length=12, choices=SupportKind.choices)
    requested_on = models.DateField(_("ngày đề nghị"))
    consent = models.BooleanField(_("người bị bạo lực đồng ý chuyển gửi"), default=False)
    status = models.CharField(_("tình trạng"), max_length=10, choices=Status.choices, default=Status.REQUESTED)
    refusal_reason = models.CharField(_("lý do từ chối"), max_length=300, blank=True)
    updated_on = models.DateField(_("ngày cập nhật"), null=True, blank=True)
    history = HistoricalRecords()

    access_policy = CasePolicy("case__")

    class Meta:
        verbose_name = _("chuyển gửi")
        verbose_name_plural = _("chuyển gửi")
        ordering = ["requested_on", "id"]

    def __str__(self) -> str:
        return f"{self.to_agency_id}: {self.get_status_display()}"


class FollowUp(models.Model):
    case = models.ForeignKey(Case, models.CASCADE, related_name="followups")
    due_on = models.DateField(_("ngày thăm hỏi dự kiến"))
    done_on = models.DateField(_("ngày đã thăm"), null=True, blank=True)
    note = models.CharField(_("ghi chú"), max_length=500, blank=True)
    history = HistoricalRecords()

    access_policy = CasePolicy("case__")

    class Meta:
        verbose_name = _("thăm hỏi, theo dõi")
        verbose_name_plural = _("thăm hỏi, theo dõi")
        ordering = ["due_on", "id"]

    def __str__(self) -> str:
        return f"{self.due_on:%d/%m/%Y}"


class CaseAssignment(models.Model):
    """Who handles a case: its case workers (of the case's agency) and their supervisor."""

    class Role(models.TextChoices):
        WORKER = "worker", _("Người xử lý")
        SUPERVISOR = "supervisor", _("Người giám sát")

    case = models.ForeignKey(Case, models.CASCADE, related_name="assignments")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, models.PROTECT, related_name="case_assignments")
    role = models.CharField(_("vai trò"), max_length=10, choices=Role.choices)
    active = models.BooleanField(default=True)
    assigned_by = models.ForeignKey(settings.AUTH_USER_MODEL, models.PROTECT, related_name="+")
    assigned_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    access_policy = CasePolicy("case__")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["case", "user"], name="case_assignment_unique")]

    def __str__(self) -> str:
        return f"{self.case_id}: {self.user_id} ({self.role})"


class CaseGrant(models.Model):
    """Break the glass: a time-limited read of a case by someone not assigned to it, with a reason, logged."""

    case = models.ForeignKey(Case, models.CASCADE, related_name="grants")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, models.PROTECT, related_name="case_grants")
    reason = models.CharField(_("lý do"), max_length=500)
    granted_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()

    access_policy = CasePolicy("case__", supervisors_only=True)

    def __str__(self) -> str:
        return f"{self.case_id}: {self.user_id} → {self.expires_at:%d/%m/%Y %H:%M}"


class AccessLog(models.Model):
    """One line per read of a case: a page, a list row, an export row; and each break of the glass."""

    class Action(models.TextChoices):
        PAGE = "page", _("Xem trang vụ việc")
        LIST = "list", _("Hiện trong danh sách")
        EXPORT = "export", _("Tải xuống")
        CHANGE = "change", _("Cập nhật")
        GLASS = "glass", _("Mở quyền khẩn cấp")

    case = models.ForeignKey(Case, models.CASCADE, related_name="access_log")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, models.PROTECT, related_name="+")
    action = models.CharField(max_length=8, choices=Action.choices)
    at = models.DateTimeField(auto_now_add=True, db_index=True)
    detail = models.CharField(max_length=300, blank=True)

    access_policy = CasePolicy("case__", supervisors_only=True)

    class Meta:
        ordering = ["-at", "-id"]

    def __str__(self) -> str:
        return f"{self.at:%d/%m/%Y %H:%M} {self.user_id} {self.action} {self.case_id}"


# The groups of the national database (Nghị định 110/2025) and the fields of the register that fill them:
# an export to it is this mapping, not a rewrite.
NATIONAL_GROUPS = {
    "vu_viec": ["code", "kind", "unit", "received_on", "received_by_kind", "channel", "happened_on", "acts", "harms",
                "trafficking", "is_crime", "assigned_on", "outcome", "closed_on"],
    "hoa_giai": ["mediation", "mediation_on"],
    "nguoi_bi_bao_luc": ["sex", "birth_year", "age_band", "relationship", "nationality", "priority"],
    "nguoi_co_hanh_vi": ["sex", "birth_year", "age_band", "relationship", "nationality"],
    "bien_phap_ngan_chan_bao_ve": ["kind", "decided_on", "decided_by", "decision_number", "starts_on", "ends_on",
                                   "consent"],
    "ho_tro": ["kind", "given_on", "given_by"],
    "chuyen_gui": ["to_agency", "service", "requested_on", "status", "refusal_reason"],
}
