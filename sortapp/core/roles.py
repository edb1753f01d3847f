"""Roles and the signed-in actor; role checks are made here, in the core, for every face."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from sortapp.core.errors import PermissionDenied, UserError


class Role(enum.IntEnum):
    """Ordered roles: each may do everything the ones below it may."""

    OPERATOR = 1
    SUPERVISOR = 2
    ADMIN = 3

    @classmethod
    def parse(cls, text: str) -> Role:
        try:
            return cls[text.strip().upper()]
        except KeyError:
            raise UserError(
                f"role: '{text}' is not a role; use operator, supervisor or admin"
            ) from None

    @property
    def label(self) -> str:
        return self.name.lower()


def _article(word: str) -> str:
    """The indefinite article before ``word``: "an admin", "a supervisor"."""
    return "an" if word[:1].lower() in "aeiou" else "a"


@dataclass(frozen=True)
class Actor:
    """The person signed in: every service call is made on someone's behalf."""

    user_id: int
    name: str
    role: Role
    #: The site signing key's private bytes, unwrapped at sign-in for a supervisor or admin who
    #: holds it (``services.anchors``); None for operators and actors made without a password.
    signer: bytes | None = field(default=None, repr=False, compare=False)

    def require(self, role: Role, action: str) -> None:
        """Refuse ``action`` unless this actor's role is at least ``role``."""
        if self.role < role:
            raise PermissionDenied(
                f"{self.name} is {self.role.label}; {action} needs {_article(role.label)} "
                f"{role.label}"
                f"{' or admin' if role is Role.SUPERVISOR else ''}"
            )
