"""Opening the desktop app: shared by the program (no command) and the command line (``--open``).

Importing this module loads no Qt; the app's modules are imported only when it is opened.
"""

from __future__ import annotations

import os
from pathlib import Path


def open_app(db_path: Path | None) -> int:
    """Open the desktop app on ``db_path`` (None: ``SORTAPP_DB`` or the user data folder)."""
    os.environ.pop("SORTAPP_NO_DIALOGS", None)
    from sortapp import app, paths  # noqa: PLC0415 (Qt only when the app is opened)

    return app.main(db_path or paths.default_db_path())
