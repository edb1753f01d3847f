"""The main window on a real scaled screen, in a process of its own (Qt's scale is fixed per
process): ``python tests/gui/screens_at_scale.py SCREEN WORKDIR RESULT.json [GEOMETRY_HEX]``.

SCREEN is a name of ``tests.gui.fit.SCREENS`` (e.g. ``1366x768@150``): the offscreen screen
gets that many device pixels and QT_SCALE_FACTOR its scale. The window opens as the admin on
a test site (a sorted lot, a sealed parcel) with GEOMETRY_HEX, a saved window geometry, as
its remembered one; the result says the screen, the restored frame, then (the window made to
fill the available area) each page's misfitting controls and the window's frame.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from tests.gui.fit import SCREENS, available


def configure(screen: str, workdir: Path) -> None:
    """The offscreen screen SCREEN, at its scale (before the QApplication is made)."""
    width, height, scale = SCREENS[screen]
    config = workdir / "screen.json"
    config.write_text(
        json.dumps({"screens": [{"name": screen, "width": width, "height": height, "dpr": 1}]})
    )
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    os.environ["QT_SCALE_FACTOR"] = str(scale)
    os.environ["SORTAPP_NO_DIALOGS"] = "1"


def main(screen: str, workdir: Path, out: Path, geometry: str = "") -> int:
    configure(screen, workdir)
    from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, QSize  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from sortapp.services import parcels, site  # noqa: PLC0415
    from sortapp.storage.db import open_db  # noqa: PLC0415
    from sortapp.ui.context import Context  # noqa: PLC0415
    from sortapp.ui.mainwindow import MainWindow  # noqa: PLC0415
    from tests.conftest import PASSWORD, make_sorted_lot, make_test_site  # noqa: PLC0415
    from tests.gui.test_screens import fit_to, page_misfits  # noqa: PLC0415

    app = QApplication([sys.argv[0]])
    QCoreApplication.setOrganizationName("sortapp-screens")
    QCoreApplication.setApplicationName("sortapp-screens")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(workdir / "qs"))
    if geometry:
        QSettings().setValue("window/geometry", QByteArray.fromHex(geometry.encode()))
    db = open_db(workdir / "sortapp.db", create=True)
    make_test_site(db)
    admin = site.login(db, "admin", PASSWORD)
    make_sorted_lot(db, admin, "L1")
    parcels.create_parcel(db, admin, "P1", importer="Antwerp Rough NV", destination="BE")
    parcels.add_goods(db, admin, "P1", "S5-SAW-Q1-W", 60_000)
    parcels.seal_parcel(db, admin, "P1", kp_cert="BW-2026-1", seals=["S1"])
    window = MainWindow(Context(db, workdir / "sortapp.db", admin))
    window.show()
    app.processEvents()
    restored = window.frameGeometry()
    window.parcels.open_parcel("P1")
    window.sorting.open_lot("L1")
    width, height = available(screen)
    window.move(0, 0)
    fit_to(window, width, height)
    found = page_misfits(window, QSize(width, height))
    frame = window.frameGeometry()
    logical = app.primaryScreen().geometry()
    # The keyboard shortcuts (F1): a long list, sized to the screen it opens on.
    from sortapp.ui.help import ShortcutsDialog, shortcut_rows  # noqa: PLC0415

    shortcuts = ShortcutsDialog(window, shortcut_rows(window))
    shortcuts.show()
    app.processEvents()
    listed = shortcuts.frameGeometry()
    shortcuts.close()
    result = {
        "screen": [logical.width(), logical.height()],
        "scale": app.primaryScreen().devicePixelRatio(),
        "restored": [restored.x(), restored.y(), restored.width(), restored.height()],
        "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
        "misfits": found,
        "shortcuts": [listed.width(), listed.height()],
    }
    out.write_text(json.dumps(result, indent=1))
    window.close()
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]), *sys.argv[4:5]))
