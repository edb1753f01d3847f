"""An import from the app names the file it read (issue 16): the services' ``file`` is the
chosen file's name, so a sorting file's weighings say which file their weights came from."""

from __future__ import annotations

from sortapp.services import imports
from sortapp.ui import dialogs
from tests.gui.conftest import status


def test_the_import_passes_the_chosen_files_name(qtbot, make_window, monkeypatch, tmp_path):
    window = make_window("olu")
    good = tmp_path / "arrivals-0612.csv"
    good.write_text("lot,carats,origin,mine\nA1,5,BW,M\n")
    monkeypatch.setattr(dialogs.OpenFileDialog, "ask", classmethod(lambda c, p, t, f="": str(good)))
    monkeypatch.setattr("sortapp.ui.imports.confirm", lambda *a, **kw: True)
    seen: list[str] = []
    real = imports.import_file

    def spy(*args, **kwargs):
        seen.append(kwargs.get("file", ""))
        return real(*args, **kwargs)

    monkeypatch.setattr(imports, "import_file", spy)
    window.receiving.import_csv_button.click()
    qtbot.waitUntil(lambda: "Imported 1 row from" in status(window), timeout=10_000)
    assert seen == ["arrivals-0612.csv", "arrivals-0612.csv"]  # the dry run and the import
