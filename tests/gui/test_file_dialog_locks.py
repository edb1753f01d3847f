"""The file dialogs keep this process's locks on its database (a supervisor's day, 2026-12-07:
Save as PDF opened on the database's folder, Qt read the database's, its -wal's and its -shm's
first bytes for their types and closed them, and on POSIX that dropped every lock this process
held on them; a command run beside the app then deleted the app's -wal, and what the app wrote
after was lost)."""

from __future__ import annotations

import os
import sys

import pytest
from PySide6.QtWidgets import QFileDialog, QFileSystemModel

from sortapp.ui import dialogs

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="reads this process's locks in /proc/locks"
)


def _locks_held() -> int:
    with open("/proc/locks", encoding="ascii") as listed:
        return sum(1 for line in listed if f" {os.getpid()} " in line)


@pytest.mark.parametrize("save", [True, False])
def test_a_file_dialog_on_the_databases_folder_keeps_its_locks(qtbot, db, db_path, save):
    db.execute("SELECT count(*) FROM audit").fetchone()  # (the -wal and -shm open, locked)
    held = _locks_held()
    assert held >= 1
    dialog = dialogs.file_dialog(None, "Save as PDF", str(db_path.parent / "x.pdf"), "*", save=save)
    assert isinstance(dialog, QFileDialog)
    qtbot.addWidget(dialog)
    model = dialog.findChild(QFileSystemModel)
    with qtbot.waitSignal(model.directoryLoaded, timeout=10_000):
        dialog.show()
    names = {model.index(n, 0, model.index(str(db_path.parent))).data() for n in range(10)}
    assert db_path.name in names  # (the database's row read and shown: its type asked)
    kind = model.index(str(db_path)).siblingAtColumn(2)
    qtbot.waitUntil(lambda: bool(kind.data()))  # (its type found)
    assert _locks_held() == held
    assert kind.data() == "File"  # (by what it is, not by its bytes)
