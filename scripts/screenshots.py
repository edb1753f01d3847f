"""Take a screenshot of each area of the desktop app on a fresh demo database.

    python scripts/screenshots.py [OUT_DIR]    (default: docs/screenshots)
    python scripts/screenshots.py [OUT_DIR] --language ru   (OUT_DIR/ru/, at 1366x768)

Runs headless (QT_QPA_PLATFORM=offscreen unless a display is set) and uses QWidget.grab().
Then, in a process of its own (Qt's scale is set per process), the same on the smallest
workstation, a 1366x768 screen at 150 % less a task bar: small-*.png, in the screen's pixels.
With ``--language``, every page in that language on a 1366x768 screen at 100 % less a task bar
(issue 18: Russian words are long), in OUT_DIR/<language>/.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["SORTAPP_NO_DIALOGS"] = "1"

from sortapp.app import make_application
from sortapp.services import demo, site
from sortapp.storage.db import open_db
from sortapp.ui.context import Context
from sortapp.ui.mainwindow import MainWindow

#: The smallest workstation: its screen in device pixels, its scale, a task bar's logical height.
SMALL = (1366, 768, 1.5, 40)

#: The screen the pages are shown on in each language: 1366x768 at 100 %, less a task bar.
LANGUAGE_SCREEN = (1366, 768 - 40)

#: Each page's file name, in the order of the navigation (the same in every language).
PAGE_NAMES = ("receiving", "sorting", "stock", "parcels", "reports", "audit", "settings")


def small_screen(tmp: Path) -> None:
    """The offscreen screen of the smallest workstation (before the application is made)."""
    width, height, scale, _bar = SMALL
    config = tmp / "screen.json"
    config.write_text(
        json.dumps({"screens": [{"name": "small", "width": width, "height": height}]})
    )
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    os.environ["QT_SCALE_FACTOR"] = str(scale)


def main(out: Path, *, small: bool = False, language: str = "") -> int:
    if language:
        out = out / language
    out.mkdir(parents=True, exist_ok=True)
    prefix = "small-" if small else ""
    if small:
        small_screen(Path(tempfile.mkdtemp()))
    app = make_application()
    app.setOrganizationName("sortapp-screenshots")
    if language:
        from sortapp.ui import i18n  # noqa: PLC0415 (after the application)

        i18n.install(language)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "demo.db"
        demo.build(path)
        db = open_db(path)
        ctx = Context(db, path, site.actor_for(db, "sam"))
        window = MainWindow(ctx)
        if small:
            width, height, scale, bar = SMALL
            window.show()
            app.processEvents()
            frame = window.frameGeometry().size() - window.size()
            window.setGeometry(0, 0, int(width / scale), int(height / scale) - bar)
            window.resize(window.size() - frame)
        elif language:
            window.show()
            app.processEvents()
            frame = window.frameGeometry().size() - window.size()
            window.setGeometry(0, 0, *LANGUAGE_SCREEN)
            window.resize(window.size() - frame)
        else:
            window.resize(1400, 860)
        window.show()
        window.receiving.f_number.setText("JW-2611-006")
        window.receiving.f_weighed.setText("845.120")
        window.sorting.open_lot("KR-2611-004")
        window.sorting.f_category.setText("L3-SAW-Q2-W")
        window.sorting.f_carats.setText("12.450")
        window.parcels.open_parcel("EXP-26-0002")
        window.reports.run_kp()
        for i, page in enumerate(window.pages):
            window.go(i)
            if page is window.stock:
                page.table.selectRow(0)
            app.processEvents()
            name = out / f"{prefix}{i + 1}-{PAGE_NAMES[i]}.png"
            window.grab().save(str(name))
            print(name)
        # The lock screen (Ctrl+L, or the idle time set by the admin): no data, only Sign in.
        from sortapp.ui.i18n import tr  # noqa: PLC0415 (the message the idle lock gives)

        window.lock(
            tr("Locked at {time} after {minutes} min without input.").format(
                time="14:32", minutes=10
            )
        )
        app.processEvents()
        name = out / f"{prefix}8-locked.png"
        window.grab().save(str(name))
        print(name)
        window.close()
        db.close()
    return 0


if __name__ == "__main__":
    if "--language" in sys.argv:
        code = sys.argv[sys.argv.index("--language") + 1]
        folder = Path(sys.argv[1]) if sys.argv[1] != "--language" else Path("docs/screenshots")
        sys.exit(main(folder, language=code))
    if "--small" in sys.argv:  # the second process: the small screen only
        sys.exit(main(Path(sys.argv[1]), small=True))
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots")
    done = main(folder)
    sys.exit(done or subprocess.call([sys.executable, __file__, str(folder), "--small"]))
