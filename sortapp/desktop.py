"""Opening the desktop app: shared by the program (no command) and the command line (``--open``).

Importing this module loads no Qt; the app's modules are imported only when it is opened.
"""

from __future__ import annotations

import os
from pathlib import Path


def open_app(where: Path | str | None, transfer: str | None = None) -> int:
    """Open the desktop app on ``where``: a file or a ``postgresql://`` URL (None: the
    default, ``paths.default_database``: ``SORTAPP_DB``, the machine configuration, the user
    data folder); with ``transfer``, a transfer file's import starts once it shows."""
    os.environ.pop("SORTAPP_NO_DIALOGS", None)
    from sortapp import app, paths  # noqa: PLC0415 (Qt only when the app is opened)

    return app.main(where or paths.default_database(), transfer=transfer)
