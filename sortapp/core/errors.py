"""The error hierarchy: user errors are safe to show; known storage errors come from outside."""

from __future__ import annotations


class SortAppError(Exception):
    """Root of every error sortapp raises on purpose."""


class UserError(SortAppError):
    """An action was refused or an input is invalid; the message says what to fix.

    ``str(exc)`` is a plain sentence in no face's vocabulary (no CLI flag, command, button or
    menu). A refusal a person can act on also carries a ``code`` and the ``facts`` behind it, and
    each face words its own hint from them (``sortapp.cli.HINTS``, ``sortapp.ui.errors.HINTS``).
    """

    def __init__(
        self, message: str, *, code: str = "", facts: dict[str, str] | None = None
    ) -> None:
        super().__init__(message)
        #: What was said, as said: a ``Phrase`` (``sortapp.core.i18n``) keeps its template and
        #: facts for a face that speaks another language; ``str(exc)`` is its English text.
        self.message = message
        self.code = code
        self.facts: dict[str, str] = dict(facts or {})


class PermissionDenied(UserError):
    """The signed-in user's role may not do this."""


class NotFound(UserError):
    """A lot, parcel, category, user ... named by the user does not exist."""


class KnownStorageError(SortAppError):
    """The environment failed us: disk full, locked, read-only, corrupt, not a database."""

    def __init__(self, message: str, hint: str = "", *, code: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.code = code
        self.facts: dict[str, str] = {}

    def text(self) -> str:
        """Return the sentence to show a user, with the hint if there is one."""
        return f"{self}. {self.hint}" if self.hint else str(self)
