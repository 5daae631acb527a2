"""The one access policy: every read, write, export and count that reaches a user is decided here.

In the manner of NetBox's `restrict(user, action)`: each model declares `access_policy`, an object that turns
(user, action) into a filter; `restrict(qs, user, action)` applies it, `may(user, action, obj)` asks it for one
object, `scope(user, Model)` gives the rows a form may offer for a write. A model without a policy fails closed.
This package imports no other part of binhdang: models below and above it declare their policy with it.
"""

from binhdang.access.policy import (
    ACTIONS,
    Area,
    Policy,
    Refused,
    may,
    may_create,
    may_model,
    require,
    restrict,
    scope,
    scope_paths,
)

__all__ = ["ACTIONS", "Area", "Policy", "Refused", "may", "may_create", "may_model", "require", "restrict", "scope",
           "scope_paths"]
