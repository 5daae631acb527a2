"""API tokens: a key acting as its user (the same access policy as the pages). Only its digest is stored."""

from __future__ import annotations

import hashlib
import secrets

from binhdang.accounts.models import User
from binhdang.indicators.models import ApiToken


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def token_create(user: User, name: str) -> str:
    """A new token for the user; only its digest is kept, so it is shown once."""
    token = secrets.token_urlsafe(32)
    ApiToken.objects.create(user=user, name=name, digest=token_digest(token))
    return token


def token_user(token: str) -> User | None:
    """The active user a token acts as, if any."""
    found = ApiToken.objects.select_related("user").filter(digest=token_digest(token), user__is_active=True).first()
    return found.user if found else None
