"""The ``sortapp`` program: the desktop app when no command is given, else the command line.

Deciding here, before either is imported, keeps the command line's modules out of the app's
start (and Qt out of the command line).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from sortapp.desktop import open_app

#: The options the program takes before a command; with nothing else, the app opens.
_APP_OPTIONS = ("--db", "--user")

#: How a transfer file's name ends (``sortapp bundle export``). Double-clicked, the desktop's file
#: association (the .deb's MIME type, the Windows installer's) runs ``sortapp FILE``.
TRANSFER_SUFFIX = ".sortapp-transfer"


def app_database(argv: Sequence[str]) -> str | None:
    """Return the ``--db`` value ('' for the default) when ``argv`` asks for the app, else None."""
    db, rest = "", list(argv)
    while rest:
        option, _eq, value = rest.pop(0).partition("=")
        if option not in _APP_OPTIONS:
            return None  # a command, --help, --version or a mistake: the command line says
        if not _eq:
            if not rest:
                return None
            value = rest.pop(0)
        if option == "--db":
            db = value
    return db


def transfer_file(argv: Sequence[str]) -> str | None:
    """The file when ``argv`` is one transfer file's path alone (a double-click), else None."""
    if len(argv) == 1 and argv[0].lower().endswith(TRANSFER_SUFFIX) and argv[0][:1] != "-":
        return argv[0]
    return None


def main(argv: Sequence[str] | None = None) -> int:
    if getattr(sys, "frozen", False):  # verify's worker processes start this program again
        import multiprocessing  # noqa: PLC0415

        multiprocessing.freeze_support()
    args = list(sys.argv[1:] if argv is None else argv)
    transfer = transfer_file(args)
    if transfer is not None:  # the app opens on the default database, to import the file
        return open_app(None, transfer=transfer)
    db = app_database(args)
    if db is None:
        from sortapp.cli import main as command_line  # noqa: PLC0415

        return command_line(args)
    return open_app(db or None)  # a file's path or a server's URL, as given
