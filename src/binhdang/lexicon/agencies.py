"""The catalogue of standard agency kinds and how documents write their names.

Used by the document reader (to find where an agency's name ends and to recognise it) and by the
agencies app (to create a unit's standard agencies and to match imported names to them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from binhdang.lexicon.text import canonical

PROVINCE, DISTRICT, COMMUNE = "province", "district", "commune"
ALL_LEVELS = (PROVINCE, DISTRICT, COMMUNE)

# Acronyms as offices write them, expanded before matching. Order matters: longer first.
ABBREVIATIONS: tuple[tuple[str, str], ...] = (
    (r"LĐ\s*-?\s*TB\s*&\s*XH|LĐTBXH|LĐ-TBXH", "Lao động - Thương binh và Xã hội"),
    (r"TB\s*&\s*XH|TB và XH|TBXH", "Thương binh và Xã hội"),
    (r"UBMTTQVN|UBMTTQ", "Ủy ban Mặt trận Tổ quốc"),
    (r"MTTQ", "Mặt trận Tổ quốc"),
    (r"UBND", "Ủy ban nhân dân"),
    (r"HĐND", "Hội đồng nhân dân"),
    (r"VSTBCPN|VSTBPN|VSTPCPN", "vì sự tiến bộ của phụ nữ"),
    (r"LHPN", "Liên hiệp Phụ nữ"),
    (r"TNCS\s*HCM|TNCSHCM", "Thanh niên Cộng sản Hồ Chí Minh"),
    (r"TNCS", "Thanh niên Cộng sản"),
    (r"LĐLĐ", "Liên đoàn Lao động"),
    (r"GD\s*&\s*ĐT|GDĐT", "Giáo dục và Đào tạo"),
    (r"KH\s*&\s*ĐT|KHĐT", "Kế hoạch và Đầu tư"),
    (r"KH\s*&\s*CN|KHCN", "Khoa học và Công nghệ"),
    (r"TT\s*&\s*TT|TTTT", "Thông tin và Truyền thông"),
    (r"VH\s*,?\s*TT\s*&\s*DL|VHTTDL", "Văn hóa, Thể thao và Du lịch"),
    (r"NN\s*&\s*PTNT|NNPTNT", "Nông nghiệp và Phát triển nông thôn"),
    (r"TN\s*&\s*MT|TNMT", "Tài nguyên và Môi trường"),
    (r"VH\s*-\s*XH|VHXH|Văn hóa\s*[-–]\s*XH", "Văn hóa - Xã hội"),
    (r"PT\s*-\s*TH|PTTH", "Phát thanh và Truyền hình"),
    (r"VP", "Văn phòng"),
    (r"TX", "thị xã"),
    (r"TP\.?", "thành phố"),
)
_ABBREV_RES = tuple((re.compile(r"(?<![\w&])(?:" + pat + r")(?![\w&])"), full) for pat, full in ABBREVIATIONS)


def expand_abbreviations(text: str) -> str:
    """'Sở LĐTB&XH' -> 'Sở Lao động - Thương binh và Xã hội'."""
    for regex, full in _ABBREV_RES:
        text = regex.sub(full, text)
    return text


@dataclass(frozen=True)
class AgencyKind:
    code: str
    name: str
    levels: tuple[str, ...]
    category: str
    variants: tuple[str, ...] = ()
    standard: bool = True  # created for every unit of its levels
    group: bool = False  # names a set of agencies ("các sở, ban, ngành")
    eras: tuple[str, ...] = ("legacy", "current")  # before / since the 1 July 2025 reorganisation

    def full_name(self, unit_name: str) -> str:
        """The agency's name in a unit: 'Công an tỉnh Hải Dương' from 'Tỉnh Hải Dương'."""
        if self.category == "civil_servant":
            return self.name
        return f"{self.name} {unit_name[:1].lower()}{unit_name[1:]}"


# The standing agency for gender equality: the Department of Labour until 2025, Home Affairs since.
STANDING = {
    ("legacy", PROVINCE): "so_ldtbxh", ("legacy", DISTRICT): "phong_ldtbxh", ("legacy", COMMUNE): "cc_vhxh",
    ("current", PROVINCE): "so_noi_vu", ("current", COMMUNE): "phong_vhxh",
}
_L, _N = ("legacy",), ("current",)

_P, _D, _C = (PROVINCE,), (DISTRICT,), (COMMUNE,)
_PD, _PDC = (PROVINCE, DISTRICT), ALL_LEVELS

KINDS: tuple[AgencyKind, ...] = (
    AgencyKind("ubnd", "Ủy ban nhân dân", _PDC, "people_committee"),
    AgencyKind("vp_ubnd", "Văn phòng Ủy ban nhân dân", _PD, "office",
               ("Văn phòng HĐND và UBND", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân")),
    AgencyKind("ban_vstbpn", "Ban vì sự tiến bộ của phụ nữ", _PDC, "committee",
               ("Ban vì sự tiến bộ phụ nữ",)),
    AgencyKind("so_ldtbxh", "Sở Lao động - Thương binh và Xã hội", _P, "standing",
               ("Sở Lao động Thương binh và Xã hội", "Sở Lao động, Thương binh và Xã hội",
                "Sở Lao động - TB&XH", "Sở LĐTB&XH", "Sở LĐ-TB&XH"), eras=_L),
    AgencyKind("so_noi_vu", "Sở Nội vụ", _P, "department"),
    AgencyKind("so_khdt", "Sở Kế hoạch và Đầu tư", _P, "department", eras=_L),
    AgencyKind("so_tai_chinh", "Sở Tài chính", _P, "department"),
    AgencyKind("so_tttt", "Sở Thông tin và Truyền thông", _P, "department", eras=_L),
    AgencyKind("so_gddt", "Sở Giáo dục và Đào tạo", _P, "department"),
    AgencyKind("so_y_te", "Sở Y tế", _P, "department"),
    AgencyKind("so_tu_phap", "Sở Tư pháp", _P, "department"),
    AgencyKind("so_vhttdl", "Sở Văn hóa, Thể thao và Du lịch", _P, "department",
               ("Sở Văn hóa - Thể thao và Du lịch", "Sở Văn hóa Thể thao và Du lịch")),
    AgencyKind("so_khcn", "Sở Khoa học và Công nghệ", _P, "department"),
    AgencyKind("so_nnptnt", "Sở Nông nghiệp và Phát triển nông thôn", _P, "department", eras=_L),
    AgencyKind("so_nnmt", "Sở Nông nghiệp và Môi trường", _P, "department", eras=_N),
    AgencyKind("so_tnmt", "Sở Tài nguyên và Môi trường", _P, "department", eras=_L),
    AgencyKind("so_cong_thuong", "Sở Công Thương", _P, "department"),
    AgencyKind("so_xay_dung", "Sở Xây dựng", _P, "department"),
    AgencyKind("so_dan_toc", "Sở Dân tộc và Tôn giáo", _P, "department", ("Ban Dân tộc",), eras=_N),
    AgencyKind("thong_ke", "Cục Thống kê", _P, "statistics",
               ("Thống kê tỉnh", "Chi cục Thống kê"), standard=True),
    AgencyKind("cong_an", "Công an", _PDC, "police"),
    AgencyKind("mttq", "Ủy ban Mặt trận Tổ quốc Việt Nam", _PDC, "mass_org",
               ("Ủy ban Mặt trận Tổ quốc", "Mặt trận Tổ quốc Việt Nam", "Mặt trận Tổ quốc")),
    AgencyKind("hoi_lhpn", "Hội Liên hiệp Phụ nữ", _PDC, "mass_org", ("Hội Phụ nữ",)),
    AgencyKind("doan_tn", "Đoàn Thanh niên Cộng sản Hồ Chí Minh", _PDC, "mass_org",
               ("Đoàn Thanh niên", "Tỉnh đoàn", "Huyện đoàn")),
    AgencyKind("ldld", "Liên đoàn Lao động", _PD, "mass_org"),
    AgencyKind("hoi_nong_dan", "Hội Nông dân", _PDC, "mass_org"),
    AgencyKind("hoi_ccb", "Hội Cựu chiến binh", _PDC, "mass_org"),
    AgencyKind("bao", "Báo", _P, "media"),
    AgencyKind("dai_pttt", "Đài Phát thanh và Truyền hình", _P, "media",
               ("Đài Phát thanh - Truyền hình", "Đài Phát thanh Truyền hình")),
    AgencyKind("cong_ttdt", "Cổng thông tin điện tử", _P, "media", standard=False),
    AgencyKind("dai_truyen_thanh", "Đài Truyền thanh", (DISTRICT, COMMUNE), "media", eras=_L),
    AgencyKind("ttvh", "Trung tâm Văn hóa - Thể thao và Truyền thông", _D, "media", standard=False),
    AgencyKind("toa_an", "Tòa án nhân dân", _PD, "justice", standard=False),
    AgencyKind("vks", "Viện kiểm sát nhân dân", _PD, "justice", standard=False),
    AgencyKind("bhxh", "Bảo hiểm xã hội", _PD, "other", standard=False),
    AgencyKind("chqs", "Bộ Chỉ huy Quân sự", _P, "other", ("Ban Chỉ huy Quân sự",), standard=False),
    AgencyKind("phong_ldtbxh", "Phòng Lao động - Thương binh và Xã hội", _D, "standing",
               ("Phòng Lao động Thương binh và Xã hội", "Phòng LĐTB&XH"), eras=_L),
    AgencyKind("phong_noi_vu", "Phòng Nội vụ", _D, "department"),
    AgencyKind("phong_vhtt", "Phòng Văn hóa và Thông tin", _D, "department", ("Phòng VH&TT",)),
    AgencyKind("phong_vhxh", "Phòng Văn hóa - Xã hội", _C, "standing", eras=_N),
    AgencyKind("phong_gddt", "Phòng Giáo dục và Đào tạo", _D, "department"),
    AgencyKind("phong_tu_phap", "Phòng Tư pháp", _D, "department"),
    AgencyKind("phong_tckh", "Phòng Tài chính - Kế hoạch", _D, "department"),
    AgencyKind("phong_y_te", "Phòng Y tế", _D, "department", standard=False),
    AgencyKind("tt_y_te", "Trung tâm Y tế", _D, "health"),
    AgencyKind("tram_y_te", "Trạm Y tế", _C, "health"),
    AgencyKind("truong_hoc", "Trường học", _C, "school",
               ("Các nhà trường", "Trường Mầm non", "Trường Tiểu học", "Trường Trung học cơ sở"),
               standard=False),
    AgencyKind("cc_vhxh", "Công chức Văn hóa - Xã hội", _C, "civil_servant",
               ("Công chức Văn hóa Xã hội",), eras=_L),
    AgencyKind("cc_vpnv", "Công chức Văn phòng - Nội vụ", _C, "civil_servant",
               ("Công chức Văn phòng - Thống kê", "Công chức Văn phòng Nội vụ")),
    AgencyKind("cc_tphc", "Công chức Tư pháp - Hộ tịch", _C, "civil_servant"),
    AgencyKind("cc_tcns", "Công chức Tài chính - Ngân sách", _C, "civil_servant",
               ("Công chức Tài chính - Kế toán",)),
    AgencyKind("cc_dcxd", "Công chức Địa chính - Xây dựng", _C, "civil_servant", standard=False),
    # Groups: one line of a plan that stands for many agencies.
    AgencyKind("g_departments", "Các sở, ban, ngành", _P, "group",
               ("Các sở, ngành", "Các sở, ban, ngành khác", "Các sở, ngành, đơn vị liên quan"),
               standard=False, group=True),
    AgencyKind("g_sub_committees", "Ủy ban nhân dân các huyện, thị xã, thành phố", _PD, "group",
               ("Ủy ban nhân dân các huyện", "Ủy ban nhân dân cấp huyện", "Ủy ban nhân dân các xã",
                "Ủy ban nhân dân cấp xã"), standard=False, group=True),
    AgencyKind("g_mass_orgs", "Các tổ chức thành viên", _PDC, "group",
               ("các tổ chức thành viên khác", "các đoàn thể"), standard=False, group=True),
    AgencyKind("g_media", "Các cơ quan thông tin đại chúng", _P, "group",
               ("các cơ quan báo chí", "các cơ quan thông tấn báo chí"), standard=False, group=True),
    AgencyKind("g_units", "Các phòng, đơn vị", _PDC, "group",
               ("Các phòng, ban", "Các đơn vị trực thuộc"), standard=False, group=True),
)

KINDS_BY_CODE = {k.code: k for k in KINDS}


def standard_kinds(era: str, level: str) -> list[AgencyKind]:
    """The agencies every unit of this era and level has."""
    return [k for k in KINDS if k.standard and level in k.levels and era in k.eras]

# Words that begin an agency's name in running text (capitalised as written), used to tell where one
# agency ends and the next begins in "Báo Thái Bình, Đài Phát thanh và Truyền hình Thái Bình và các ...".
HEAD_WORDS: tuple[str, ...] = (
    "Sở", "Ban", "Ủy ban", "Uỷ ban", "UBND", "UB", "Hội", "Đoàn", "Liên đoàn", "Công an", "Cục", "Chi cục",
    "Báo", "Đài", "Cổng", "Văn phòng", "VP", "Trạm", "Trung tâm", "Công chức", "Phòng", "Bệnh viện",
    "Trường", "Viện", "Tòa án", "Toà án", "Bộ", "Kho bạc", "Bảo hiểm", "Ngân hàng", "Mặt trận", "Thanh tra",
    "Tỉnh đoàn", "Huyện đoàn", "Thường trực", "Thủ trưởng", "Chủ tịch", "Cơ quan", "Các", "các", "Tổng cục",
    "Vụ", "Học viện", "Đảng ủy", "Đảng uỷ", "Tỉnh ủy", "Tỉnh uỷ", "Huyện ủy", "Liên minh", "Hiệp hội",
    "Hợp tác xã", "Nhà văn hóa", "Ủy ban Mặt trận", "Tổ", "Chi hội", "Chi bộ", "Ngành",
)


@cache
def _variant_index() -> list[tuple[str, AgencyKind]]:
    pairs: list[tuple[str, AgencyKind]] = []
    for kind in KINDS:
        for written in (kind.name, *kind.variants):
            pairs.append((canonical(expand_abbreviations(written)), kind))
    pairs.sort(key=lambda p: -len(p[0]))  # longest variant wins
    return pairs


def match_kind(name: str) -> AgencyKind | None:
    """The standard kind a written agency name refers to, if any ('Sở LĐTB&XH' -> so_ldtbxh)."""
    text = canonical(expand_abbreviations(name))
    if text.startswith("đề nghị "):
        text = text[len("đề nghị "):]
    for variant, kind in _variant_index():
        if text == variant or text.startswith(variant + " "):
            return kind
    return None


@cache
def _name_splits() -> dict[tuple[str, ...], set[tuple[str, ...]]]:
    """Every cut inside a catalogue name: the words before the cut (from the name's start, or two words or more
    from inside it) -> the words after it, to the name's end."""
    splits: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    for variant, _ in _variant_index():
        words = tuple(variant.split())
        for cut in range(1, len(words)):
            for start in (0, *range(1, cut - 1)):
                splits.setdefault(words[start:cut], set()).add(words[cut:])
    return splits


@cache
def _words_after_cuts() -> frozenset[str]:
    return frozenset(rest[0] for rests in _name_splits().values() for rest in rests)


_ABBREVIATED_RE = re.compile(r"[A-ZĐ]{2}|&")  # every abbreviation has two capitals or an ampersand


def _expand_some(text: str) -> str:
    return expand_abbreviations(text) if _ABBREVIATED_RE.search(text) else text


def splits_name(before: str, after: str) -> bool:
    """Whether a catalogue agency name runs from the end of `before` into the start of `after` ('… Hội Liên
    hiệp' / 'Phụ nữ phường …', 'Bộ Lao động' / '- Thương binh và Xã hội'): a line broken inside a name goes on,
    whatever the case of the next word."""
    splits = _name_splits()
    first = next((word for word in after.split()[:2] if any(c.isalnum() for c in word)), "")
    if not _ABBREVIATED_RE.search(first) and canonical(first) not in _words_after_cuts():
        return False  # the usual answer, found from the first word alone
    head = canonical(_expand_some(" ".join(after.split()[:8]))).split()
    if not head or head[0] not in _words_after_cuts():
        return False
    tail = canonical(_expand_some(" ".join(before.split()[-8:]))).split()
    for k in range(1, min(len(tail), 8) + 1):
        for rest in splits.get(tuple(tail[-k:]), ()):
            if tuple(head[:len(rest)]) == rest:
                return True
    return False


# Who does a department's work one level down: a plan derived for a subordinate unit hands each duty to
# the counterpart there (Sở Y tế -> Trung tâm Y tế -> Trạm Y tế). The first kind that exists at the child's
# level and era wins; kinds present at every level (Công an, Hội Liên hiệp Phụ nữ ...) map to themselves.
# Departments abolished on 1 July 2025 hand their work to the one that absorbed them at the same level
# (Sở Kế hoạch và Đầu tư -> Sở Tài chính, Sở Thông tin và Truyền thông -> Sở Khoa học và Công nghệ,
# Sở Nông nghiệp / Sở Tài nguyên -> Sở Nông nghiệp và Môi trường): a plan carried into the current structure.
COUNTERPARTS: dict[str, tuple[str, ...]] = {
    "so_ldtbxh": ("so_noi_vu", "phong_ldtbxh", "cc_vhxh", "phong_vhxh"),
    "so_noi_vu": ("phong_noi_vu", "cc_vpnv"),
    "so_tai_chinh": ("phong_tckh", "cc_tcns"),
    "so_khdt": ("so_tai_chinh", "phong_tckh", "cc_tcns"),
    "so_nnptnt": ("so_nnmt",),
    "so_tnmt": ("so_nnmt",),
    "so_gddt": ("phong_gddt", "truong_hoc"),
    "so_y_te": ("tt_y_te", "tram_y_te"),
    "so_tu_phap": ("phong_tu_phap", "cc_tphc"),
    "so_vhttdl": ("phong_vhtt", "cc_vhxh", "phong_vhxh"),
    "so_tttt": ("so_khcn", "phong_vhtt", "cc_vhxh", "phong_vhxh"),
    "vp_ubnd": ("cc_vpnv",),
    "thong_ke": ("cc_vpnv",),
    "bao": ("ttvh", "dai_truyen_thanh"),
    "dai_pttt": ("ttvh", "dai_truyen_thanh"),
    "g_media": ("ttvh", "dai_truyen_thanh"),
    "g_departments": ("g_units",),
    "phong_ldtbxh": ("cc_vhxh", "phong_vhxh"),
    "phong_noi_vu": ("cc_vpnv",),
    "phong_tckh": ("cc_tcns",),
    "phong_gddt": ("truong_hoc",),
    "tt_y_te": ("tram_y_te",),
    "phong_y_te": ("tram_y_te",),
    "phong_tu_phap": ("cc_tphc",),
    "phong_vhtt": ("cc_vhxh", "phong_vhxh"),
    "ttvh": ("dai_truyen_thanh", "cc_vhxh", "phong_vhxh"),
}


def counterpart(code: str, era: str, level: str) -> AgencyKind | None:
    """The kind that does the work of `code` in a unit of this era and level, if any."""
    for candidate in (code, *COUNTERPARTS.get(code, ())):
        kind = KINDS_BY_CODE[candidate]
        if level in kind.levels and era in kind.eras:
            return kind
    return None


# The categories of agency a group stands for when a plan assigns it duties ("Các sở, ban, ngành khác").
# Agencies the plan names on their own are left out: the group means "the others".
GROUP_MEMBERS: dict[str, tuple[str, ...]] = {
    "g_departments": ("department", "standing", "statistics", "office", "police", "justice", "other"),
    "g_mass_orgs": ("mass_org",),
    "g_media": ("media",),
    "g_units": ("department", "standing", "office", "statistics", "civil_servant", "health", "school"),
}
