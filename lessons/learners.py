"""Who is learning: a signed-in user, or an anonymous visitor known by a token in their session."""

import secrets
from dataclasses import dataclass

from django.contrib.auth.models import AbstractBaseUser

SESSION_KEY = "beacon_learner"


@dataclass(frozen=True)
class Learner:
    user: AbstractBaseUser | None = None
    token: str = ""

    @property
    def is_known(self) -> bool:
        return self.user is not None or bool(self.token)

    def owner_fields(self) -> dict:
        """Field values that make a progress row belong to this learner."""
        if self.user is not None:
            return {"user": self.user, "anonymous_token": ""}
        return {"user": None, "anonymous_token": self.token}


def new_token() -> str:
    return secrets.token_hex(16)


def learner_for(request, *, create: bool = False) -> Learner:
    """The learner behind a request. Anonymous visitors get a token only once they do something
    worth keeping (`create=True`), so reading the site never creates a session."""
    if request.user.is_authenticated:
        return Learner(user=request.user)
    token = request.session.get(SESSION_KEY, "")
    if not token and create:
        token = new_token()
        request.session[SESSION_KEY] = token
    return Learner(token=token)
