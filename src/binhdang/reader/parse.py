"""Text in, plan out: the reader's pipeline."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any

from binhdang.reader import assignments as assignments_mod
from binhdang.reader import citations, dates, header, outline, targets
from binhdang.reader.clean import ISSUED_WITH_RE, MARKER_RE, OPENER_RE, _is_upper_line, paragraphs
from binhdang.reader.errors import ReaderError
from binhdang.reader.extract import check_size, extract

SCHEMA = "binhdang.plan/1"


def _period(title: str | None, date: str | None) -> dict[str, int] | None:
    if title:
        m = re.search(r"(?:giai đoạn|thời kỳ|nhiệm kỳ)?\s*(\d{4})\s*[-–]\s*(\d{4})", title)
        if m:
            return {"from": int(m.group(1)), "to": int(m.group(2))}
        m = re.search(r"\bnăm\s+(\d{4})", title)
        if m:
            return {"from": int(m.group(1)), "to": int(m.group(1))}
        m = re.search(r"đến năm\s+(\d{4})", title)
        if m and date:
            return {"from": int(date[:4]), "to": int(m.group(1))}
    return {"from": int(date[:4]), "to": int(date[:4])} if date else None


_SIGNED_NOTE = re.compile(r"^[(\[]?\s*(?:đã ký|ký tên|ký, ghi rõ|ký và đóng dấu)", re.IGNORECASE)


def parse_text(text: str) -> dict[str, Any]:
    return parse_paragraphs(paragraphs(text))


def parse_paragraphs(paras: list[str]) -> dict[str, Any]:
    if not paras:
        raise _not_a_document()
    # Where the kind line (KẾ HOẠCH) stands; the header is above it.
    kind = title = None
    kind_idx = None
    # The kind line stands below the header (number, motto, place and date), alone on its line or followed by
    # the title: a line above the header, or a whole title in capitals above a kind word standing alone, is a
    # portal post's title ('KẾ HOẠCH THỰC HIỆN …' over the document).
    header_at = next((i for i, p in enumerate(paras[:60]) if header.NUMBER_RE.match(p) or header.MOTTO_RE.match(p)
                      or header.PLACE_DATE_RE.match(p)), None)
    candidates = [(i, found) for i, p in enumerate(paras[:60]) if (found := header.kind_of(p))]
    if candidates:
        if _is_upper_line(candidates[0][1][1]):  # a whole title in capitals on the kind word's line
            later = [c for c in candidates[1:] if not c[1][1] or header_at is not None and c[0] > header_at
                     and candidates[0][0] < header_at]
            candidates = later or candidates
        kind_idx, (kind, rest) = candidates[0]
    first_marker = next((i for i, p in enumerate(paras) if MARKER_RE.match(p) and not p.startswith(("-", "–"))),
                        len(paras))
    head_end = kind_idx if kind_idx is not None else min(first_marker, 15)
    body_start = head_end
    if kind_idx is None:
        # A letter (công văn) has no kind line: its header ends at the place-and-date line, then "Kính gửi".
        dated = next((i for i, p in enumerate(paras[:15]) if header.PLACE_DATE_RE.search(p)), None)
        if dated is not None and dated < first_marker:
            head_end = body_start = dated + 1
            if body_start < len(paras) and re.match(r"^Kính gửi\b", paras[body_start], re.IGNORECASE):
                body_start += 1
                while body_start < len(paras) and re.match(r"^[-–+•]", paras[body_start]):
                    body_start += 1
    head = paras[:head_end]
    head_text = "\n".join(head + ([paras[kind_idx]] if kind_idx is not None else []))

    number, symbol = header.parse_number(head_text)
    place, date = header.parse_place_date(head_text)
    if kind is None and symbol:
        prefix = symbol.split("-")[0]
        kind = prefix if prefix in header.KIND_BY_ABBREV else "CV"
    if kind_idx is None:
        subject = next((m.group(1) for p in head if (m := header.LETTER_SUBJECT_RE.match(p))), None)
        title = subject[:1].upper() + subject[1:] if subject else None

    if kind_idx is not None:
        title, body_start = header.split_title(paras, kind_idx + 1)
        if rest:
            title = f"{rest} {title}" if title and not rest.endswith((".", ":")) else rest
    # The preamble: what stands between the title and the first numbered part.
    preamble_end = next((i for i in range(body_start, len(paras)) if MARKER_RE.match(paras[i])), len(paras))
    preamble = [p for p in paras[body_start:preamble_end]]
    legal_text = " ".join(p for p in preamble if OPENER_RE.match(p) or re.search(r"\bsố\s+\d+", p))

    end = next((i for i, p in enumerate(paras) if re.match(r"^N[ơƠ]I\s+NH[ẬậA]N", p, re.IGNORECASE)), len(paras))
    # A plan issued with a decision follows the decision's signature: its parts are the body that matters.
    attached = next((i for i in range(end + 1, len(paras)) if header.kind_of(paras[i])), None)
    tail_end = attached if attached is not None else len(paras)
    # The signature block may come before "Nơi nhận" (the two cells of its table read in the other order).
    signed = end
    while signed - 1 > preamble_end and end - signed < 8 and (
            header.is_signature_line(paras[signed - 1]) or _SIGNED_NOTE.match(paras[signed - 1])):
        signed -= 1
    if not any(header.AUTHORITY_RE.match(p) or header.POSITION_RE.match(p) for p in paras[signed:end]):
        signed = end
    body = paras[preamble_end:signed]
    issued: dict[str, Any] | None = None
    extra: list[str] = []
    if attached is not None:
        first = attached + 1
        while first < len(paras) and ISSUED_WITH_RE.match(paras[first]):
            first += 1
        issued_title, start = header.split_title(paras, first)
        issued = {"kind": header.kind_of(paras[attached])[0], "title": issued_title}  # type: ignore[index]
        extra = [p for p in paras[start:] if not ISSUED_WITH_RE.match(p)]
        while extra and header.is_signature_line(extra[-1]):
            extra.pop()
        legal_text += " " + " ".join(p for p in extra if OPENER_RE.match(p) and not MARKER_RE.match(p))
        body = body + extra
    closing_idx = next((i for i, p in enumerate(body) if re.match(r"^(?:Trên đây là|Nhận (?:được )?\w+ \w+ này)", p)),
                       len(body))
    tree = outline.build(body[:closing_idx])
    closing = " ".join(body[closing_idx:])

    issuer = header.issuer_from_header(head) or header.issuer_from_text(" ".join(preamble), closing)
    issuer = header.complete_issuer(issuer, place, symbol, " ".join(paras))
    period = _period(title, date)
    year = period["to"] if period and period["from"] == period["to"] else (int(date[:4]) if date else None)
    if period and period["from"] != period["to"]:
        year = period["from"]  # a yearless date in a multi-year plan recurs from its first year

    signer = header.parse_signer(paras[signed:end] if signed < end else (
        paras[max(end, tail_end - 25):tail_end] if end < len(paras) else paras[-12:]))
    dated_text = paras[body_start:signed] + extra
    plan: dict[str, Any] = {
        "schema": SCHEMA,
        "document": {
            "kind": kind, "number": number, "symbol": symbol, "issuer": issuer, "place": place, "date": date,
            "title": title, "period": period, "signer": signer,
        },
        "legal_bases": [c for c in citations.citations(legal_text)],
        "sections": outline.public(tree),
        "objectives": targets.objectives(tree, period["to"] if period else year),
        "assignments": assignments_mod.assignments(tree),
        "deadlines": dates.deadlines(body, year),
        "events": dates.events(dated_text, year),
        "recipients": header.parse_recipients(paras[end:tail_end]),
    }
    # Extra properties of the schema (the scorer and the plan's own parts stay as they were): the activities of
    # the contents that name their implementers, with their section and partners.
    plan["content_assignments"] = assignments_mod.content_assignments(tree)
    for entry in plan["assignments"] + plan["content_assignments"]:
        # The dates its own duties set ('báo cáo … trước ngày 10/12'): the app can make them the duty's due date.
        entry["deadlines"] = [d["due"] for d in dates.deadlines([*entry["duties"], entry.get("text", "")], year)]
    plan["content_targets"] = targets.content_targets(
        tree, period["to"] if period else year, [outline.find_section(tree, assignments_mod.IMPLEMENTATION)])
    if issued is not None:
        plan["issued_with"] = issued  # the plan a decision issues (an extra property of the schema)
    if not (kind or symbol or issuer) and not (plan["assignments"] or plan["legal_bases"]):
        raise _not_a_document()
    return plan


def _not_a_document() -> ReaderError:
    return ReaderError(
        "Văn bản này không giống một văn bản hành chính (không thấy tên loại như KẾ HOẠCH, số và ký hiệu, "
        "cơ quan ban hành, căn cứ hay phần tổ chức thực hiện). Hãy kiểm tra lại tệp đã chọn."
    )


def read_document(data: bytes, filename: str = "") -> tuple[dict[str, Any], list[str]]:
    """The plan and the cleaned paragraphs it was read from (shown beside the plan for review)."""
    extracted = extract(data, filename)
    paras = paragraphs(extracted.marked or extracted.text)
    plan = parse_paragraphs(paras)
    warnings = list(extracted.warnings)
    if plan["document"]["kind"] not in (None, "KH") and (plan.get("issued_with") or {}).get("kind") != "KH":
        warnings.append(f"Văn bản có tên loại {plan['document']['kind']}, không phải kế hoạch (KH).")
    plan["source"] = {
        "file": filename or None,
        "sha256": hashlib.sha256(data).hexdigest(),
        "format": extracted.format,
        "warnings": warnings,
    }
    return plan, paras


def parse_bytes(data: bytes, filename: str = "") -> dict[str, Any]:
    return read_document(data, filename)[0]


def parse_file(path: str | Path) -> dict[str, Any]:
    p = Path(path)
    try:
        check_size(p.stat().st_size)  # before reading: a 50 MB file is refused without loading it
        data = p.read_bytes()
    except FileNotFoundError as exc:
        raise ReaderError(f"Không tìm thấy tệp: {p}") from exc
    except IsADirectoryError as exc:
        raise ReaderError(f"Đây là một thư mục, không phải tệp: {p}") from exc
    except PermissionError as exc:
        raise ReaderError(f"Không có quyền đọc tệp: {p}") from exc
    return parse_bytes(data, p.name)
