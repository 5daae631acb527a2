"""Roles × actions × admin-unit subtree. See the README's table "Who may do what".

Actions: `view` (pages, lists, the API's reads), `change` (every write, and the choices a form offers for it),
`export` (files: .docx, .xlsx, .csv), `count` (figures built from rows that leave the rows themselves behind).

Roles, for rows under an admin unit (`Area`):
- admin: administers accounts and reference data everywhere; reads everything that is not confidential;
- coordinator: reads and changes its area (its unit's subtree and those of the units its unit succeeded);
- leader: reads its area, changes nothing;
- focal point: reads its area, but of rows that belong to one agency only its own agency's; changes only rows
  of its own agency (its reports, its duties, its figures, a plan its agency issued);
- case worker: reaches the case register (its own policy) and the reference data its forms need, nothing else.
Confidential models (GBV cases) declare a policy of their own that admins and leaders do not pass.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import reduce
from operator import or_
from typing import TYPE_CHECKING, Any, Protocol

from django.core.exceptions import PermissionDenied
from django.db.models import Model, Q, QuerySet

if TYPE_CHECKING:
    from binhdang.accounts.models import User

VIEW, CHANGE, EXPORT, COUNT = "view", "change", "export", "count"
ACTIONS = (VIEW, CHANGE, EXPORT, COUNT)
NOTHING = Q(pk__in=[])

ADMIN, COORDINATOR, FOCAL_POINT, LEADER, CASE_WORKER = "admin", "coordinator", "focal_point", "leader", "case_worker"


class Refused(PermissionDenied):
    """A write or a read the policy refuses; the message says why, in Vietnamese."""


class Policy(Protocol):
    def q(self, user: User, action: str) -> Q:
        """The rows `user` may act on: Q() for all of them, NOTHING for none."""
        ...

    def allows_some(self, user: User, action: str) -> bool:
        """Whether the role may take this action on any row of the model at all (buttons, create pages)."""
        ...

    def allows_new(self, user: User, unit_path: str, agency_id: int | None) -> bool:
        """Whether a new row under the unit with this path (and of this agency) would be the user's to change."""
        ...


def role_of(user: User) -> str:
    return ADMIN if user.is_superuser else str(user.role)


def scope_paths(user: User) -> list[str]:
    """Path prefixes of the subtrees the user's area covers: its unit and the units its unit succeeded."""
    if not user.is_authenticated or user.unit is None:
        return []
    unit = user.unit
    return [unit.path, *(p.path for p in unit.predecessors.all())]


def ancestor_paths(user: User) -> list[str]:
    """Paths of the units above the user's unit and above the units it succeeded ('C/30' above 'C/30/10507')."""
    out = []
    for path in scope_paths(user):
        parts = path.split("/")
        out += ["/".join(parts[:i]) for i in range(2, len(parts))]
    return out


def under(path_field: str, paths: list[str]) -> Q:
    """Rows whose path lies in one of the subtrees ('L/30' must not match 'L/301')."""
    if not paths:
        return NOTHING
    return reduce(or_, (Q(**{path_field: p}) | Q(**{f"{path_field}__startswith": p + "/"}) for p in paths))


@dataclass(frozen=True)
class Area:
    """Rows that belong to an admin unit, reached through `path` (a lookup ending in an AdminUnit's path).

    agency: the lookup of the agency a row belongs to (a report, a duty): focal points read and change only
      their own agency's rows. With `agency_optional`, rows without an agency (a unit's own totals) are read by
      every role of the area and changed by coordinators.
    issuer: the lookup of the agency that issued a row every role of the area reads (a plan): a focal point
      may change it when the issuer is its own agency.
    reference: units, agencies: case workers read them too (their forms choose an agency to refer to).
    coordinators_read: rows that gather many agencies' words (a consolidated report): focal points do not read
      them (they see the published totals through the indicators).
    ancestors_read: rows of the units above the user's (a province's plan that a commune implements) are read,
      exported and counted by the roles that read the area; never changed.
    catalogue: the lookup that is empty for nationwide rows (an indicator of the national catalogue): every role
      but the case worker reads them, only the admin changes them.
    """

    path: str
    agency: str | None = None
    agency_optional: bool = False
    issuer: str | None = None
    reference: bool = False
    coordinators_read: bool = False
    ancestors_read: bool = False
    catalogue: str | None = None

    def allows_some(self, user: User, action: str) -> bool:
        role = role_of(user)
        if role == ADMIN:
            return True
        if role == CASE_WORKER:
            return self.reference and action == VIEW
        if action != CHANGE:
            return not (self.coordinators_read and role == FOCAL_POINT and not self.issuer)
        if role == COORDINATOR:
            return True
        return role == FOCAL_POINT and bool(self.agency or self.issuer)

    def q(self, user: User, action: str) -> Q:
        if not self.allows_some(user, action):
            return NOTHING
        role = role_of(user)
        if role == ADMIN:
            return Q()
        area = under(self.path, scope_paths(user))
        if self.ancestors_read and action != CHANGE:
            area |= Q(**{f"{self.path}__in": ancestor_paths(user)})
        if self.catalogue:
            nationwide = Q(**{f"{self.catalogue}__isnull": True})
            area = area | nationwide if action != CHANGE else area
        if role != FOCAL_POINT:
            return area
        owner = self.agency or self.issuer
        mine = Q(**{owner: user.agency_id}) if owner and user.agency_id else NOTHING
        if action == CHANGE or self.coordinators_read:
            return area & mine
        if self.agency:
            shared = Q(**{f"{self.agency}__isnull": True}) if self.agency_optional else NOTHING
            return area & (mine | shared)
        return area


    def allows_new(self, user: User, unit_path: str, agency_id: int | None) -> bool:
        """Whether a new row under this unit (and of this agency) would be in the user's change scope."""
        if not self.allows_some(user, CHANGE):
            return False
        role = role_of(user)
        if role == ADMIN:
            return True
        in_area = any(unit_path == p or unit_path.startswith(p + "/") for p in scope_paths(user))
        if role == FOCAL_POINT:
            return in_area and agency_id is not None and agency_id == user.agency_id
        return in_area


def _policy(model: type[Model]) -> Policy:
    policy = getattr(model, "access_policy", None)
    if policy is None:
        raise TypeError(f"{model.__name__} declares no access_policy: it cannot be shown to users")
    return policy


def _active(user: User) -> bool:
    return bool(user.is_authenticated and user.is_active)


def restrict[M: Model](queryset: QuerySet[M], user: User, action: str = VIEW) -> QuerySet[M]:
    """The rows of `queryset` that `user` may take `action` on."""
    assert action in ACTIONS, action
    policy = _policy(queryset.model)
    if not _active(user):
        return queryset.none()
    q = policy.q(user, action)
    if q == NOTHING:
        return queryset.none()
    return queryset.filter(q) if q else queryset


def may(user: User, action: str, obj: Model) -> bool:
    """Whether `user` may take `action` on this saved object."""
    if obj.pk is None:
        raise ValueError("may() decides on saved objects; check the unit or agency a new row names with scope()")
    return restrict(type(obj)._default_manager.filter(pk=obj.pk), user, action).exists()


def may_model(user: User, action: str, model: type[Model]) -> bool:
    """Whether the role may take `action` on some row of `model` (a create page, a button)."""
    return _active(user) and _policy(model).allows_some(user, action)


def may_create(user: User, model: type[Model], *, unit: Any, agency: Any = None) -> bool:
    """Whether `user` may add a row of `model` under `unit` (an AdminUnit) and, where it has one, `agency`."""
    policy = _policy(model)
    if not _active(user) or unit is None:
        return False
    return policy.allows_new(user, unit.path, getattr(agency, "pk", agency))


def require(user: User, action: str, obj: Model | type[Model], message: str = "") -> None:
    """Refuse (403, with a Vietnamese message) unless the policy allows it."""
    allowed = may_model(user, action, obj) if isinstance(obj, type) else may(user, action, obj)
    if not allowed:
        raise Refused(message or _refusal(action))


def scope[M: Model](user: User, model: type[M], action: str = CHANGE, **filters: Any) -> QuerySet[M]:
    """What a form may offer for a write: the rows of `model` the user may name when it changes something."""
    return restrict(model._default_manager.filter(**filters), user, action)


def _refusal(action: str) -> str:
    from django.utils.translation import gettext as _

    return {VIEW: _("Bạn không có quyền xem nội dung này."),
            EXPORT: _("Bạn không có quyền tải nội dung này."),
            COUNT: _("Bạn không có quyền xem số liệu này.")}.get(action, _("Bạn không có quyền thay đổi nội dung này."))
