"""The legacy Vietnamese font encodings of older documents: TCVN3 (ABC) and VNI.

Both are 8-bit encodings read as Windows-1252 by software that does not know them, so a legacy text
arrives either as bytes or as Latin-1-looking characters ("Céng hoµ x· héi"). These tables map those
characters back to Unicode.
"""

from __future__ import annotations

import re
import unicodedata

# TCVN 5712:1993 (VN3, the "ABC" fonts .VnTime): one byte per precomposed lower-case letter; the
# upper-case letters with tone marks live in separate fonts (.VnTimeH) and share these codes.
_TCVN3_BYTES = {
    0xB5: "à", 0xB6: "ả", 0xB7: "ã", 0xB8: "á", 0xB9: "ạ",
    0xA8: "ă", 0xBB: "ằ", 0xBC: "ẳ", 0xBD: "ẵ", 0xBE: "ắ", 0xC6: "ặ",
    0xA9: "â", 0xC7: "ầ", 0xC8: "ẩ", 0xC9: "ẫ", 0xCA: "ấ", 0xCB: "ậ",
    0xAE: "đ",
    0xCC: "è", 0xCE: "ẻ", 0xCF: "ẽ", 0xD0: "é", 0xD1: "ẹ",
    0xAA: "ê", 0xD2: "ề", 0xD3: "ể", 0xD4: "ễ", 0xD5: "ế", 0xD6: "ệ",
    0xD7: "ì", 0xD8: "ỉ", 0xDC: "ĩ", 0xDD: "í", 0xDE: "ị",
    0xDF: "ò", 0xE1: "ỏ", 0xE2: "õ", 0xE3: "ó", 0xE4: "ọ",
    0xAB: "ô", 0xE5: "ồ", 0xE6: "ổ", 0xE7: "ỗ", 0xE8: "ố", 0xE9: "ộ",
    0xAC: "ơ", 0xEA: "ờ", 0xEB: "ở", 0xEC: "ỡ", 0xED: "ớ", 0xEE: "ợ",
    0xEF: "ù", 0xF1: "ủ", 0xF2: "ũ", 0xF3: "ú", 0xF4: "ụ",
    0xAD: "ư", 0xF5: "ừ", 0xF6: "ử", 0xF7: "ữ", 0xF8: "ứ", 0xF9: "ự",
    0xFA: "ỳ", 0xFB: "ỷ", 0xFC: "ỹ", 0xFD: "ý", 0xFE: "ỵ",
    0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ",
}
TCVN3_TABLE = {chr(b): u for b, u in _TCVN3_BYTES.items()}
# The same bytes as Windows-1252 shows them (0x80-0x9F differ from Latin-1).
TCVN3_TABLE.update({bytes([b]).decode("cp1252"): u for b, u in _TCVN3_BYTES.items()
                    if bytes([b]).decode("cp1252", errors="ignore")})

# VNI Windows: a base letter followed by a mark character. Marks as cp1252 characters.
_VNI_MARKS = {
    "ù": "\u0301", "ø": "\u0300", "û": "\u0309", "õ": "\u0303", "ï": "\u0323",  # tones
    "Ù": "\u0301", "Ø": "\u0300", "Û": "\u0309", "Õ": "\u0303", "Ï": "\u0323",
}
# Circumflex/breve with a tone, as one mark character after a/e/o (â = a+â, ấ = a+á ...).
_VNI_HAT = {
    "â": ("\u0302", ""), "á": ("\u0302", "\u0301"), "à": ("\u0302", "\u0300"), "å": ("\u0302", "\u0309"),
    "ã": ("\u0302", "\u0303"), "ä": ("\u0302", "\u0323"),
    "Â": ("\u0302", ""), "Á": ("\u0302", "\u0301"), "À": ("\u0302", "\u0300"), "Å": ("\u0302", "\u0309"),
    "Ã": ("\u0302", "\u0303"), "Ä": ("\u0302", "\u0323"),
}
_VNI_BREVE = {
    "ê": ("\u0306", ""), "é": ("\u0306", "\u0301"), "è": ("\u0306", "\u0300"), "ú": ("\u0306", "\u0309"),
    "ü": ("\u0306", "\u0303"), "ë": ("\u0306", "\u0323"),
    "Ê": ("\u0306", ""), "É": ("\u0306", "\u0301"), "È": ("\u0306", "\u0300"), "Ú": ("\u0306", "\u0309"),
    "Ü": ("\u0306", "\u0303"), "Ë": ("\u0306", "\u0323"),
}
# Letters that are whole characters in VNI.
_VNI_LETTERS = {
    "ô": "ơ", "Ô": "Ơ", "ö": "ư", "Ö": "Ư", "ñ": "đ", "Ñ": "Đ",
    "í": "í", "ì": "ì", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ",
    "Í": "Í", "Ì": "Ì", "Æ": "Ỉ", "Ó": "Ĩ", "Ò": "Ị", "Î": "Ỵ",
}
_VNI_RE = re.compile(
    r"([aAeEoOuUyYơƠưƯ]?)([" + re.escape("".join(_VNI_HAT) + "".join(_VNI_BREVE)) + r"])?"
    r"([" + re.escape("".join(_VNI_MARKS)) + r"])?"
)


def decode_tcvn3(text: str) -> str:
    return unicodedata.normalize("NFC", "".join(TCVN3_TABLE.get(c, c) for c in text))


def decode_vni(text: str) -> str:
    out: list[str] = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c in _VNI_LETTERS:
            c = _VNI_LETTERS[c]
        base = c
        if base in "aAeEoOuUyYơƠưƯ" and i + 1 < n:
            nxt = text[i + 1]
            marks = ""
            j = i + 1
            if base in "aAeEoO" and nxt in _VNI_HAT and (base in "aAeEoO"):
                hat, tone = _VNI_HAT[nxt]
                marks, j = hat + tone, j + 1
            elif base in "aA" and nxt in _VNI_BREVE:
                breve, tone = _VNI_BREVE[nxt]
                marks, j = breve + tone, j + 1
            if j < n and text[j] in _VNI_MARKS and not (marks and marks[-1] in "\u0301\u0300\u0309\u0303\u0323"):
                marks += _VNI_MARKS[text[j]]
                j += 1
            if marks:
                out.append(base + marks)
                i = j
                continue
        out.append(base)
        i += 1
    return unicodedata.normalize("NFC", "".join(out))


# Frequent Vietnamese syllables: the decoding that yields most of them is the right one.
_COMMON = frozenset(
    ["và", "của", "các", "được", "trong", "cho", "với", "người", "công", "tác", "thực", "hiện", "năm", "này", "có", "không", "những", "đã", "để", "theo", "về", "là", "một", "phụ", "nữ", "bình", "đẳng", "giới", "kế", "hoạch", "ủy", "ban", "nhân", "dân", "tỉnh", "huyện", "xã", "phường", "sở", "ban", "ngành", "việc", "đến", "trên", "tổ", "chức", "quản", "lý", "nhà", "nước", "xây", "dựng", "nâng", "cao", "tăng", "cường", "triển", "khai", "hoạt", "động", "chính", "sách", "pháp", "luật"]  # noqa: SIM905
)


def vietnamese_score(text: str) -> float:
    """Share of words that are frequent Vietnamese syllables (0..1)."""
    words = re.findall(r"\w+", text.lower())
    if not words:
        return 0.0
    return sum(w in _COMMON for w in words) / len(words)


def looks_legacy(text: str) -> bool:
    """Characters that Unicode Vietnamese never shows in bulk but TCVN3/VNI-as-cp1252 do."""
    sample = text[:20000]
    odd = sum(sample.count(c) for c in "µ·¸¹§©ª«¬­®×Ö¶ñøùû")
    return odd > max(5, len(sample) // 200)


def best_legacy_decoding(text: str) -> tuple[str, str] | None:
    """Decode text that is really TCVN3 or VNI shown as cp1252; None when neither reads better."""
    plain = vietnamese_score(text)
    candidates = [("tcvn3", decode_tcvn3(text)), ("vni", decode_vni(text))]
    name, best = max(candidates, key=lambda c: vietnamese_score(c[1]))
    return (name, best) if vietnamese_score(best) > plain + 0.05 else None
