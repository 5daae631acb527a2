"""A plan as a .docx in the format of Nghị định 30/2020/NĐ-CP (the layout is binhdang.nd30's): the preamble
from its legal bases, its outline with "Tổ chức thực hiện" rebuilt from the confirmed assignments, or, for a
plan made in the application, objectives, who does what and deadlines."""

from __future__ import annotations

import re

from binhdang import nd30
from binhdang.lexicon.text import canonical
from binhdang.plans.models import Plan

_ROMAN = re.compile(r"^[IVXLC]+$")


def file_name(plan: Plan) -> str:
    return nd30.file_name(plan.kind, plan.number or plan.symbol, plan.unit)


def plan_docx(plan: Plan) -> bytes:
    document = nd30.Nd30Document(nd30.Letterhead(
        unit=plan.unit, issuer_agency=plan.issuer_agency, kind=plan.get_kind_name(), title=plan.title,
        number=plan.number, symbol=plan.symbol or plan.kind, place=plan.place, date=plan.issued_on,
        day_known=plan.issued_precision == Plan.Precision.DAY, recipients=plan.recipients,
        signer_authority=plan.signer_authority, signer_position=plan.signer_position,
        signer_name=plan.signer_name))
    _preamble(document, plan)
    sections = plan.sections or []
    if sections:
        for node in sections:
            if "tổ chức thực hiện" in canonical(node.get("title")):
                document.paragraph(f"{node.get('number')}. {(node.get('title') or '').upper()}", bold=True)
                _assignments(document, plan)
            else:
                _node(document, node, depth=0)
    else:
        _generated_body(document, plan)
    return document.finish()


def _preamble(document: nd30.Nd30Document, plan: Plan) -> None:
    bases = list(plan.bases.all())
    if not bases:
        return
    cited = []
    for b in bases:
        parts = [b.kind, f"số {b.number}" if b.number else "", f"ngày {b.date:%d/%m/%Y}" if b.date else "",
                 f"của {b.issuer}" if b.issuer else "", b.title]
        cited.append(" ".join(p for p in parts if p))
    issuer = plan.issuer_agency.name if plan.issuer_agency else plan.issuer or "Ủy ban nhân dân"
    document.paragraph(f"Thực hiện {'; '.join(cited)}; {issuer} ban hành {plan.get_kind_name()} như sau:")


def _node(document: nd30.Nd30Document, node: dict, depth: int) -> None:
    number, title, text = node.get("number"), node.get("title"), node.get("text")
    if title:
        if number and _ROMAN.match(number) and depth == 0:
            document.paragraph(f"{number}. {title.upper()}", bold=True)
        elif number and len(number) == 1 and number.isalpha():
            document.paragraph(f"{number}) {title}")
        elif number:
            document.paragraph(f"{number}. {title}", bold=depth <= 1)
        else:
            document.paragraph(f"- {title}")
    if text:
        document.paragraph(text)
    for child in node.get("items") or []:
        _node(document, child, depth + 1)


def _assignments(document: nd30.Nd30Document, plan: Plan) -> None:
    items: dict[int, list] = {}
    for a in plan.assignments.select_related("agency"):
        items.setdefault(a.item, []).append(a)
    for n, group in enumerate(items.values(), start=1):
        names = ", ".join(a.agency.name if a.agency else a.written for a in group)
        role = group[0].get_role_display() if group[0].role else ""
        document.paragraph(f"{n}. {names}" + (f" ({role.lower()})" if role else ""), bold=True)
        for duty in group[0].duties:
            document.paragraph(f"- {duty}")


def _generated_body(document: nd30.Nd30Document, plan: Plan) -> None:
    """A plan made in the application has no outline of its own: objectives, who does what, deadlines."""
    part = iter(["I", "II", "III", "IV"])
    objectives = list(plan.objectives.prefetch_related("targets__measures"))
    if objectives:
        document.paragraph(f"{next(part)}. MỤC TIÊU, CHỈ TIÊU", bold=True)
        for o in objectives:
            document.paragraph(f"{o.number}. {o.text}" if o.number else o.text, bold=True)
            for t in o.targets.all():
                document.paragraph(f"- {t.text}")
    document.paragraph(f"{next(part)}. TỔ CHỨC THỰC HIỆN", bold=True)
    _assignments(document, plan)
    deadlines = list(plan.deadlines.all())
    if deadlines:
        document.paragraph(f"{next(part)}. CHẾ ĐỘ BÁO CÁO", bold=True)
        for d in deadlines:
            document.paragraph(f"- {d.what}: trước ngày {d.due:%d/%m/%Y}" + (f", gửi {d.to}" if d.to else "") + ".")
