"""Opening the desktop app: shared by the program (no command) and the command line (``--open``).

Importing this module loads no Qt; the app's modules are imported only when it is opened.
"""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path


def starting() -> None:
    """The app's start begins: Python's cyclic collector waits until the window is up
    (``started``; the sign-in and first-run dialogs included). What the start makes (the
    modules, classes and functions of the app and Qt, the window's widgets) lives all shift;
    the collections its hundreds of thousands of objects set off cost a tenth of a cold start,
    to free a few hundred throwaway objects (``started`` keeps those)."""
    gc.disable()


def started() -> None:
    """The window is up: what the start built is moved out of the collector's scans for good
    (``gc.freeze``: each full collection of the shift would otherwise walk it again), and
    collection resumes. The few hundred objects the start made and dropped in cycles (the
    makings of some classes and functions; 431 in ``run.py``'s start) are frozen with it: a
    collection first would cost the start 20 ms to free them."""
    gc.freeze()
    gc.enable()


#: What ``sortapp`` says where its window has no screen to open on (Qt's own words, then an
#: abort, were all a user got: a session over SSH, a server's console).
NO_DISPLAY = (
    "sortapp: no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set): "
    "start it in a desktop session, or use its commands (sortapp --help)"
)


def no_display() -> bool:
    """Whether, on Linux and the like, no screen is there for the window: no X or Wayland
    display named or handed over, no Wayland socket where a session keeps its default, and no
    Qt platform chosen (``QT_QPA_PLATFORM``, e.g. ``offscreen``)."""
    if sys.platform in ("win32", "darwin"):
        return False
    named = ("DISPLAY", "WAYLAND_DISPLAY", "WAYLAND_SOCKET", "QT_QPA_PLATFORM")
    if any(os.environ.get(name) for name in named):
        return False
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    return not (runtime and os.path.exists(os.path.join(runtime, "wayland-0")))


def open_app(where: Path | str | None, transfer: str | None = None) -> int:
    """Open the desktop app on ``where``: a file or a ``postgresql://`` URL (None: the
    default, ``paths.default_database``: ``SORTAPP_DB``, the machine configuration, the user
    data folder); with ``transfer``, a transfer file's import starts once it shows."""
    os.environ.pop("SORTAPP_NO_DIALOGS", None)
    if no_display():
        print(NO_DISPLAY, file=sys.stderr)
        return 1
    starting()  # (``app.main`` calls ``started`` once its window shows)
    try:
        from sortapp import app, paths  # noqa: PLC0415 (Qt only when the app is opened)

        return app.main(where or paths.default_database(), transfer=transfer)
    finally:
        gc.enable()  # (whatever way it ended: a sign-in cancelled, a failure)
