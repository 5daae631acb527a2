"""A plan as a short readable summary in Vietnamese (the CLI's output without --json)."""

from __future__ import annotations

from typing import Any

_COMPARATOR = {">=": "≥", ">": ">", "<=": "≤", "<": "<", "=": "=", "reduce_by": "giảm", "increase_by": "tăng"}
_ROLE = {"lead": "chủ trì", "coordinate": "phối hợp", None: ""}


def _date(iso: str | None) -> str:
    if not iso:
        return "—"
    parts = iso.split("-")
    return "/".join(reversed(parts))


def summarise(plan: dict[str, Any]) -> str:
    doc = plan["document"]
    signer = doc.get("signer") or {}
    lines = [
        f"Loại văn bản:   {doc.get('kind') or '—'}",
        f"Số, ký hiệu:    {doc.get('number') or ('…/' + doc['symbol'] if doc.get('symbol') else '—')}",
        f"Cơ quan ban hành: {doc.get('issuer') or '—'}",
        f"Địa danh, ngày: {doc.get('place') or '—'}, {_date(doc.get('date'))}",
        f"Trích yếu:      {doc.get('title') or '—'}",
        f"Người ký:       {' '.join(x for x in (signer.get('authority'), signer.get('position'), signer.get('name')) if x) or '—'}",
        "",
        f"Căn cứ ({len(plan['legal_bases'])}):",
        *[f"  - {b.get('kind') or ''} {b.get('number') or b.get('title') or ''}".rstrip() for b in plan["legal_bases"]],
        f"Mục tiêu có chỉ tiêu ({len(plan['objectives'])}):",
    ]
    for obj in plan["objectives"]:
        for t in obj["targets"]:
            shown = ", ".join(f"{_COMPARATOR[m['comparator']]} {m['value']:g} {m['unit']}" for m in t["measures"])
            text = " ".join((t.get("text") or "").split())
            lines.append(f"  - {text[:70].rstrip(' .') + '…' if len(text) > 70 else text.rstrip(' .')}: {shown}")
    lines.append(f"Phân công ({len(plan['assignments'])}):")
    for a in plan["assignments"]:
        role = f" ({_ROLE[a.get('role')]})" if a.get("role") else ""
        lines.append(f"  - {'; '.join(a['agencies'])}{role}: {len(a['duties'])} nhiệm vụ")
    lines.append(f"Thời hạn ({len(plan['deadlines'])}):")
    lines += [f"  - {_date(d['due'])}: {d.get('what') or ''}" for d in plan["deadlines"]]
    lines.append(f"Sự kiện ({len(plan['events'])}):")
    lines += [f"  - {_date(e['from'])}–{_date(e['to'])} {e.get('name') or ''}".rstrip() for e in plan["events"]]
    lines.append(f"Nơi nhận ({len(plan['recipients'])}):")
    lines += [f"  - {r}" for r in plan["recipients"]]
    for w in (plan.get("source") or {}).get("warnings", []):
        lines.append(f"Lưu ý: {w}")
    return "\n".join(lines)
