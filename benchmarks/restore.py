"""A restore through the real main window, and whether the window stays responsive meanwhile.

The window (offscreen) restores a backup of the database it has open, as File, Restore a
backup... does with the file chosen and the question answered yes; a 20 ms timer ticks
beside it. Printed: the restore's wall time and the longest gap between two ticks (a window
whose event loop waits for the restore has one gap as long as the restore).

    python benchmarks/restore.py --db COPY.db --backup COPY-BACKUP.sortapp-backup

Works on the files named: the database is replaced by the backup (a pre-restore backup of it
is made beside the others, as the app does). Use copies.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

#: The tick whose gaps are measured (a frame at 50 Hz).
TICK_MS = 20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--backup", type=Path, required=True)
    parser.add_argument("--user", default="admin")
    parser.add_argument("--password", default="benchmark-pass")  # (make_history.PASSWORD)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["SORTAPP_NO_DIALOGS"] = "1"  # (the file and the answer given below)

    from PySide6.QtCore import QTimer  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from sortapp.services import site  # noqa: PLC0415
    from sortapp.storage.db import open_db  # noqa: PLC0415
    from sortapp.ui import dialogs, mainwindow  # noqa: PLC0415
    from sortapp.ui.context import Context  # noqa: PLC0415

    app = QApplication([])
    db = open_db(args.db)
    ctx = Context(db, args.db, site.login(db, args.user, args.password))
    mainwindow.CHECK_BACKUPS_AFTER_MS = 3_600_000  # (the start's check of backups: not now)
    window = mainwindow.MainWindow(ctx)
    window.resize(1280, 800)
    window.show()
    dialogs.OpenFileDialog.ask = classmethod(lambda _cls, *_a: str(args.backup))
    dialogs.SummaryDialog.ask = classmethod(lambda _cls, *_a: True)
    gaps: list[float] = []
    last, start = [time.perf_counter()], [0.0]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    def begin() -> None:
        start[0] = last[0] = time.perf_counter()
        gaps.clear()  # (the ticks before it)
        window.restore()
        done()

    def done() -> None:
        if window.ctx.replacing:
            QTimer.singleShot(100, done)
            return
        took = time.perf_counter() - start[0]
        longest = max(gaps, default=took)  # (no tick at all: the loop waited the whole restore)
        print(
            f"restore {took:.1f} s; longest gap between {TICK_MS} ms ticks {longest * 1000:.0f} ms"
            f" ({len(gaps)} ticks); said: {window.statusBar().currentMessage()}",
            flush=True,
        )
        app.quit()

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(TICK_MS)
    QTimer.singleShot(500, begin)
    app.exec()  # (the window left as it is: closed, it would make its closing backup)


if __name__ == "__main__":  # (the verify a restore runs starts workers that import this file)
    main()
