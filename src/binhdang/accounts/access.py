"""The one place that decides what a user may see: role and admin-unit subtree.

Every model a user reaches declares `access_path`, the lookup to an AdminUnit.path ("path",
"unit__path", ...). A user sees rows whose path lies under its own unit or under a unit its unit
succeeded in a reorganisation (Hưng Yên since 2025 also sees the old Thái Bình). Models that belong to
one agency also declare `access_agency` ("agency"); focal points and case workers see only their agency's.
"""

from __future__ import annotations

from functools import reduce
from operator import or_
from typing import TYPE_CHECKING

from django.db.models import Model, Q, QuerySet

if TYPE_CHECKING:
    from binhdang.accounts.models import User


def scope_paths(user: User) -> list[str]:
    """Path prefixes of the subtrees the user may see (none for an anonymous or unplaced user)."""
    if not user.is_authenticated or user.unit is None:
        return []
    unit = user.unit
    return [unit.path, *(p.path for p in unit.predecessors.all())]


def restrict[M: Model](queryset: QuerySet[M], user: User) -> QuerySet[M]:
    model = queryset.model
    path_field = getattr(model, "access_path", None)
    if path_field is None:
        raise TypeError(f"{model.__name__} declares no access_path: it cannot be shown to users")
    if not user.is_authenticated or not user.is_active:
        return queryset.none()
    if user.sees_everything:
        return queryset
    paths = scope_paths(user)
    if not paths:
        return queryset.none()
    # "L/30" must not match "L/301": compare the path itself or the path followed by a separator.
    in_scope = reduce(or_, (Q(**{path_field: p}) | Q(**{f"{path_field}__startswith": p + "/"}) for p in paths))
    queryset = queryset.filter(in_scope)
    agency_field = getattr(model, "access_agency", None)
    if agency_field and user.role in (user.Role.FOCAL_POINT, user.Role.CASE_WORKER):
        queryset = queryset.filter(**{agency_field: user.agency_id}) if user.agency_id else queryset.none()
    return queryset


def may_manage(user: User, agency_id: int | None = None) -> bool:
    """Who may change what it sees: coordinators (and admins) for their whole area; a focal point only what its
    own agency issues (a department's own plan). Reading is decided by `restrict` above."""
    if not user.is_authenticated or not user.is_active:
        return False
    if user.can_manage_unit:
        return True
    return user.role == user.Role.FOCAL_POINT and agency_id is not None and agency_id == user.agency_id
