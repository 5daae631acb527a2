"""The reader's score on the seeds rewritten in the layouts real documents arrive in: the same plan, so the
hand-checked answers still hold. One line per layout, with the fields that lost points.

    .venv/bin/python bench/reader_layouts.py [-v]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import textwrap
from collections.abc import Callable
from pathlib import Path

from binhdang.reader.parse import parse_text

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEEDS = sorted((SHARED / "seeds").glob("*.txt"))
_RIGHT = re.compile(r"CỘNG|Độc lập|ngày\s+\S*\s*tháng", re.IGNORECASE)
_ROMAN = r"(?m)^(\s*)(VIII|VII|VI|IV|V|III|II|I)\.\s*"
_LETTER_OF = {"I": "A", "II": "B", "III": "C", "IV": "D", "V": "Đ", "VI": "E", "VII": "G", "VIII": "H"}


def _head_body(text: str) -> tuple[list[str], list[str]]:
    lines = text.splitlines()
    kind = next(i for i, ln in enumerate(lines) if re.match(r"^\s*KẾ HOẠCH\s*$", ln))
    return lines[:kind], lines[kind:]


def _columns(head: list[str]) -> tuple[list[str], list[str]]:
    """The header's two columns: the issuer's and the motto's."""
    kept = [ln.strip() for ln in head if ln.strip() and not re.fullmatch(r"-+", ln.strip())]
    return [ln for ln in kept if not _RIGHT.search(ln)], [ln for ln in kept if _RIGHT.search(ln)]


def _rows(head: list[str], cell: str) -> list[str]:
    left, right = _columns(head)
    return [cell.join([left[i] if i < len(left) else "", right[i] if i < len(right) else ""]).strip()
            for i in range(max(len(left), len(right)))]


def _tail(text: str) -> tuple[list[str], list[str], list[str]]:
    """(body, recipients, signature) lines."""
    lines = text.splitlines()
    start = next(i for i, ln in enumerate(lines) if re.match(r"^\s*N[ơƠ]I NH[ẬậA]N", ln, re.IGNORECASE))
    rest = [ln.strip() for ln in lines[start:] if ln.strip()]
    sign = next(i for i, ln in enumerate(rest) if re.match(r"^(?:KT|TM|TL)\.", ln))
    return lines[:start], rest[:sign], rest[sign:]


def _wrapped(text: str, width: int, blank: bool) -> str:
    lines = [piece for ln in text.splitlines() for piece in textwrap.wrap(ln, width) or [""]]
    return ("\n\n" if blank else "\n").join(lines)


def _portal(text: str) -> str:
    return ("THƯ VIỆN VĂN BẢN\nTrang chủ | Văn bản | Hỏi đáp\nSố hiệu: 9999/KH-UBND | Loại văn bản: Kế hoạch\n"
            "Ngày ban hành: 01/01/2020 | Tình trạng: Đã biết\nChia sẻ qua: Facebook | Zalo\n" + text
            + "\nVăn bản liên quan\n© 2024 Thư viện văn bản. Đường dây nóng: 1900 0000\n")


def _signature_first(text: str) -> str:
    body, recipients, signature = _tail(text)
    return "\n".join(body + signature + [""] + recipients)


def _signature_on_one_line(text: str) -> str:
    body, recipients, signature = _tail(text)
    return "\n".join(body) + "\n" + " ".join(recipients + signature)


def _signature_in_markdown(text: str) -> str:
    body, recipients, signature = _tail(text)
    return "\n".join(body) + "\n| | |\n|---|---|\n| " + "<br>".join(recipients) + " | " + "<br>".join(signature) + " |"


def _implementation_bulleted(text: str) -> str:
    """'1. Sở Y tế: …' -> '- Sở Y tế: …' and its bullets -> '+', in the implementation part, as communes write."""
    lines = text.splitlines()
    part = next(i for i, ln in enumerate(lines) if "TỔ CHỨC THỰC HIỆN" in ln)
    end = next((i for i in range(part + 1, len(lines))
                if re.match(r"^\s*(?:[IVX]+\.|N[ơƠ]I NH)", lines[i], re.IGNORECASE)), len(lines))
    moved = [re.sub(r"^(\s*)\d{1,2}\.\s", r"\1- ", re.sub(r"^(\s*)-\s", r"\1+ ", ln)) for ln in lines[part + 1: end]]
    return "\n".join(lines[: part + 1] + moved + lines[end:])


LAYOUTS: dict[str, Callable[[str], str]] = {
    "as typed": lambda t: t,
    "portal page around it": _portal,
    "header on one line": lambda t: " ".join(ln.strip() for ln in _head_body(t)[0] if ln.strip()) + "\n"
    + "\n".join(_head_body(t)[1]),
    "header columns side by side": lambda t: "\n".join(_rows(_head_body(t)[0], "   ") + _head_body(t)[1]),
    "header as a | table": lambda t: "\n".join(f"| {r} |" for r in _rows(_head_body(t)[0], " | "))
    + "\n" + "\n".join(_head_body(t)[1]),
    "header as tab columns": lambda t: "\n".join(_rows(_head_body(t)[0], "\t\t") + _head_body(t)[1]),
    "wrapped at 90": lambda t: _wrapped(t, 90, blank=False),
    "wrapped at 75, double-spaced": lambda t: _wrapped(t, 75, blank=True),
    "CRLF, blank after every line": lambda t: "\r\n\r\n".join(t.splitlines()),
    "bullets joined onto one line": lambda t: re.sub(r"\n(?=[-+•] )", " ", t),
    "bullets '+'": lambda t: re.sub(r"(?m)^- ", "+ ", t),
    "items '1/'": lambda t: re.sub(r"(?m)^(\d{1,2})\. ", r"\1/ ", t),
    "parts 'A.'": lambda t: re.sub(_ROMAN, lambda m: f"{m.group(1)}{_LETTER_OF[m.group(2)]}. ", t),
    "parts 'Phần I'": lambda t: re.sub(_ROMAN, lambda m: f"{m.group(1)}Phần {m.group(2)}. ", t),
    "letters 'a.'": lambda t: re.sub(r"(?m)^(\s*)([a-đ])\)", r"\1\2.", t),
    "'Trách nhiệm …' part": lambda t: re.sub(r"(?m)^(\s*[IVX]+\.\s*)TỔ CHỨC THỰC HIỆN",
                                              r"\1TRÁCH NHIỆM CỦA CÁC CƠ QUAN, ĐƠN VỊ", t),
    "'Chỉ tiêu …' part": lambda t: re.sub(r"(?m)^(\s*[IVX]+\.\s*)MỤC TIÊU\s*$", r"\1CHỈ TIÊU CỤ THỂ", t),
    "agencies bulleted": _implementation_bulleted,
    "signature before Nơi nhận": _signature_first,
    "Nơi nhận and signature on one line": _signature_on_one_line,
    "Nơi nhận and signature as markdown": _signature_in_markdown,
}


def _scorer():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("score_plans", SHARED / "tools" / "score_plans.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("-v", "--verbose", action="store_true", help="what each layout lost, per seed")
    args = ap.parse_args()
    scorer = _scorer()
    for name, layout in LAYOUTS.items():
        tally = scorer.Tally()
        lost: list[str] = []
        for seed in SEEDS:
            gold = json.loads((SHARED / "gold" / f"{seed.stem}.json").read_text(encoding="utf-8"))
            report: list[str] = []
            scorer.score_one(gold, parse_text(layout(seed.read_text(encoding="utf-8"))), tally, report)
            lost += [f"    {seed.stem[:3]} {line.strip()}" for line in report]
        weak = ", ".join(f"{field} {tally.f1(field):.2f}" for field in tally.rows if tally.f1(field) < 1)
        print(f"{tally.overall():.3f}  {name}" + (f"  ({weak})" if weak else ""))
        if args.verbose and lost:
            print("\n".join(lost))


if __name__ == "__main__":
    main()
