"""Roles and the signed-in actor; role checks are made here, in the core, for every face."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from sortapp.core.errors import PermissionDenied, UserError
from sortapp.core.i18n import N_, Phrase, phrase


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
                phrase("role: '{text}' is not a role; use operator, supervisor or admin", text=text)
            ) from None

    @property
    def label(self) -> str:
        return self.name.lower()


#: Each role's name (its code, ``Role.label``) as a person reads it, marked for translation:
#: shown through ``marked`` (a user's list, the role chooser, the signed-in line).
ROLE_NAMES: dict[str, str] = {
    "operator": N_("operator"),
    "supervisor": N_("supervisor"),
    "admin": N_("admin"),
}

#: A role's name in a refusal ("olu is operator"), to be said in the user's language.
ROLE_WORDS: dict[Role, Phrase] = {
    Role.OPERATOR: phrase("operator"),
    Role.SUPERVISOR: phrase("supervisor"),
    Role.ADMIN: phrase("admin"),
}


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
            role_is = ROLE_WORDS[self.role]
            if role is Role.SUPERVISOR:
                raise PermissionDenied(
                    phrase(
                        "{name} is {role}; {action} needs a supervisor or admin",
                        name=self.name,
                        role=role_is,
                        action=action,
                    )
                )
            if role is Role.ADMIN:
                raise PermissionDenied(
                    phrase(
                        "{name} is {role}; {action} needs an admin",
                        name=self.name,
                        role=role_is,
                        action=action,
                    )
                )
            raise PermissionDenied(
                phrase(
                    "{name} is {role}; {action} needs an operator",
                    name=self.name,
                    role=role_is,
                    action=action,
                )
            )
