"""Take a screenshot of each area of the desktop app on a fresh demo database.

    python scripts/screenshots.py [OUT_DIR]    (default: docs/screenshots)
    python scripts/screenshots.py [OUT_DIR] --language ru   (OUT_DIR/ru/, at 1366x768)

Runs headless (QT_QPA_PLATFORM=offscreen unless a display is set) and uses QWidget.grab().
Every page, and every tab of a tabbed page (``TAB_NAMES``: 7-settings.png is its first tab,
7-settings-users.png its second...), and the lock screen. Then, in a process of its own (Qt's
scale is set per process), the pages (their first tabs) on the smallest workstation, a 1366x768
screen at 150 % less a task bar: small-*.png, in the screen's pixels. With ``--language``,
every page and tab in that language on a 1366x768 screen at 100 % less a task bar (issue 18:
Russian words are long), in OUT_DIR/<language>/.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["SORTAPP_NO_DIALOGS"] = "1"

from PySide6.QtWidgets import QTabWidget, QWidget

from sortapp.app import make_application
from sortapp.services import backups, balances, demo, site
from sortapp.storage.db import open_db
from sortapp.ui.context import Context
from sortapp.ui.mainwindow import MainWindow

#: The smallest workstation: its screen in device pixels, its scale, a task bar's logical height.
SMALL = (1366, 768, 1.5, 40)

#: The screen the pages are shown on in each language: 1366x768 at 100 %, less a task bar.
LANGUAGE_SCREEN = (1366, 768 - 40)

#: Each page's file name, in the order of the navigation (the same in every language).
PAGE_NAMES = ("receiving", "sorting", "stock", "parcels", "reports", "audit", "settings")

#: The tabs of a tabbed page, in their order: the first is the page's own picture, each other
#: one a picture of its own, named "<page's file>-<tab>.png" (issue 18: every tab looked at).
TAB_NAMES = {
    "stock": ("on-hand", "movements"),
    "reports": ("kp-statistics", "reconciliation", "lineage", "year-end"),
    "settings": (
        *("site", "users", "assortment", "price-book"),
        *("backups", "workstation", "balances"),
    ),
}

#: Who is signed in: the admin, who sees every control and every tab (the users' tab is the
#: admin's alone).
USER = "ada"


def small_screen(tmp: Path) -> None:
    """The offscreen screen of the smallest workstation (before the application is made)."""
    width, height, scale, _bar = SMALL
    config = tmp / "screen.json"
    config.write_text(
        json.dumps({"screens": [{"name": "small", "width": width, "height": height}]})
    )
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    os.environ["QT_SCALE_FACTOR"] = str(scale)


def save(window: QWidget, name: Path) -> None:
    """A picture of ``window`` at ``name`` (a PNG compressed at most: the same pixels)."""
    if not window.grab().save(str(name), "PNG", 0):
        raise SystemExit(f"cannot write {name}")
    print(name)


def main(out: Path, *, small: bool = False, language: str = "") -> int:
    if language:
        out = out / language
    out.mkdir(parents=True, exist_ok=True)
    prefix = "small-" if small else ""
    screen = tempfile.TemporaryDirectory()  # (removed as the process ends)
    if small:
        small_screen(Path(screen.name))
    app = make_application()
    app.setOrganizationName("sortapp-screenshots")
    if language:
        from sortapp.ui import i18n  # noqa: PLC0415 (after the application)

        i18n.install(language)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "demo.db"
        passwords = {name: password for name, _role, password in demo.build(path)}
        db = open_db(path)
        # A backup taken and checked: the backups' tab shows one (the first start has none).
        admin = site.login(db, USER, passwords[USER])  # holds the site key: signs
        backups.make_backup(db, path, actor=admin)
        # A balance in the register, calibrated: the balances' tab shows one.
        balances.register_balance(
            db,
            admin,
            {
                **{"code": "B-01", "vendor": "Mettler", "model": "JET 1103C"},
                **{"serial_no": "B123456789", "max_mct": "1100"},
            },
        )
        today = dt.date.today()
        balances.record_calibration(
            db,
            admin,
            "B-01",
            calibrated_on=(today - dt.timedelta(days=30)).isoformat(),
            by="Scales Lab",
            certificate="CAL-1",
            next_due=(today + dt.timedelta(days=335)).isoformat(),
        )
        ctx = Context(db, path, admin)
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
        window.reports.rec_lot.setText("KR-2611-004")
        window.reports.run_reconciliation()
        window.reports.lin_lot.setText("JW-2611-001")
        window.reports.run_lineage(lot="JW-2611-001")
        window.reports.run_year_end()
        for i, page in enumerate(window.pages):
            window.go(i)
            if page is window.stock:
                page.table.selectRow(0)
            app.processEvents()
            stem = f"{prefix}{i + 1}-{PAGE_NAMES[i]}"
            save(window, out / f"{stem}.png")
            tabs = page.findChildren(QTabWidget)
            if small or not tabs:
                continue
            names = TAB_NAMES[PAGE_NAMES[i]]
            assert len(tabs) == 1 and tabs[0].count() == len(names), (stem, names)
            for n in range(1, len(names)):
                tabs[0].setCurrentIndex(n)
                app.processEvents()
                save(window, out / f"{stem}-{names[n]}.png")
            tabs[0].setCurrentIndex(0)
        # The lock screen (Ctrl+L, or the idle time set by the admin): no data, only Sign in.
        from sortapp.ui.i18n import tr  # noqa: PLC0415 (the message the idle lock gives)

        window.lock(
            tr("Locked at {time} after {minutes} min without input.").format(
                time="14:32", minutes=10
            )
        )
        app.processEvents()
        save(window, out / f"{prefix}8-locked.png")
        window.close()
        db.close()
    screen.cleanup()
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
