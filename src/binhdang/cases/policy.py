"""Need to know: who may read, change, export or count the cases (the `Policy` protocol of binhdang.access).

- view / change / export: the case workers assigned to the case (`CaseAssignment`, role worker) who belong to
  the case's agency, and the supervisor assigned to it; `view` also whoever holds an unexpired break-the-glass
  grant (`CaseGrant`, with a reason, logged). Nobody else: not the system admin, not leaders, not coordinators.
- count: figures built from cases, never the cases: the admin everywhere, every other role in its area (its
  unit's subtree and the units it succeeded); a case worker in its own area too.
Child rows (people, measures, supports …) follow their case through `prefix`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.apps import apps
from django.db.models import Q
from django.utils import timezone

from binhdang.access.policy import (
    ADMIN,
    CASE_WORKER,
    CHANGE,
    COUNT,
    EXPORT,
    NOTHING,
    VIEW,
    role_of,
    scope_paths,
    under,
)

if TYPE_CHECKING:
    from binhdang.accounts.models import User


def _case_ids(user: User, action: str) -> Q:
    """Ids of the cases this case worker handles (and, for a read, those it broke the glass for)."""
    assignment = apps.get_model("cases", "CaseAssignment")
    grant = apps.get_model("cases", "CaseGrant")
    mine = assignment.objects.filter(user=user, active=True)
    # A worker handles the cases of its own agency only: moved to another agency, it loses them.
    handled = mine.filter(Q(role="supervisor") | Q(role="worker", case__agency_id=user.agency_id))
    q = Q(pk__in=handled.values("case_id"))
    if action == VIEW:
        q |= Q(pk__in=grant.objects.filter(user=user, expires_at__gt=timezone.now()).values("case_id"))
    return q


@dataclass(frozen=True)
class CasePolicy:
    """`prefix` reaches the case from the model's rows ("" for Case itself, "case__" for its children).
    `supervisors_only`: rows only the supervisor of the case reads (its access log)."""

    prefix: str = ""
    supervisors_only: bool = False

    def allows_some(self, user: User, action: str) -> bool:
        role = role_of(user)
        if action == COUNT:
            return not self.supervisors_only
        if self.supervisors_only:
            return role == CASE_WORKER and action == VIEW
        return role == CASE_WORKER and action in (VIEW, CHANGE, EXPORT)

    def q(self, user: User, action: str) -> Q:
        if not self.allows_some(user, action):
            return NOTHING
        role = role_of(user)
        if action == COUNT:
            return Q() if role == ADMIN else under(f"{self.prefix}unit__path", scope_paths(user))
        if self.supervisors_only:
            assignment = apps.get_model("cases", "CaseAssignment")
            ids = assignment.objects.filter(user=user, active=True, role="supervisor").values("case_id")
            return Q(**{f"{self.prefix}pk__in": ids}) if self.prefix else Q(pk__in=ids)
        ids_q = _case_ids(user, action)
        if not self.prefix:
            return ids_q
        case = apps.get_model("cases", "Case")
        return Q(**{f"{self.prefix}in": case.objects.filter(ids_q).values("pk")})

    def allows_new(self, user: User, unit_path: str, agency_id: int | None) -> bool:
        """A case worker opens a case for its own agency, in a commune of its area."""
        if role_of(user) != CASE_WORKER or self.prefix or agency_id is None or agency_id != user.agency_id:
            return False
        return any(unit_path == p or unit_path.startswith(p + "/") for p in scope_paths(user))
