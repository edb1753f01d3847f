"""The ``sortapp`` program opens the app without loading the command line, and vice versa."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from sortapp import launch


@pytest.mark.parametrize(
    ("argv", "db"),
    [
        ([], ""),
        (["--db", "x.db"], "x.db"),
        (["--db=x.db", "--user", "sam"], "x.db"),
        (["--user=sam"], ""),
        (["lot", "list"], None),
        (["--db", "x.db", "verify"], None),
        (["--help"], None),
        (["--version"], None),
        (["--db"], None),
    ],
)
def test_the_app_opens_only_without_a_command(argv, db):
    assert launch.app_database(argv) == db


def test_opening_the_app_does_not_load_the_command_line(tmp_path):
    script = (
        "import sys\n"
        "from sortapp import launch\n"
        "launch.open_app = lambda path: print('app', path) or 0\n"
        f"launch.main(['--db', {str(tmp_path / 'x.db')!r}])\n"
        "print('cli loaded' if 'sortapp.cli' in sys.modules else 'cli not loaded')\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout
    assert out.splitlines() == [f"app {tmp_path / 'x.db'}", "cli not loaded"]


def test_a_server_url_reaches_the_app_as_written(monkeypatch):
    opened = []
    monkeypatch.setattr(launch, "open_app", lambda where: opened.append(where) or 0)
    assert launch.main(["--db", "postgresql://db.plant.local:5432/ksf"]) == 0
    assert launch.main([]) == 0
    assert opened == ["postgresql://db.plant.local:5432/ksf", None]


def test_a_transfer_file_alone_opens_the_app_to_import_it(monkeypatch):
    """A double-click on a transfer file runs ``sortapp FILE`` (the desktop's association)."""
    opened = []
    monkeypatch.setattr(
        launch, "open_app", lambda where, transfer=None: opened.append((where, transfer)) or 0
    )
    windows_path = r"C:\Users\sam\Downloads\EXP-9.SORTAPP-TRANSFER"
    assert launch.main(["EXP-9.sortapp-transfer"]) == 0
    assert launch.main([windows_path]) == 0
    assert opened == [(None, "EXP-9.sortapp-transfer"), (None, windows_path)]


@pytest.mark.parametrize(
    "argv",
    [
        ["bundle", "import", "EXP-9.sortapp-transfer"],
        ["--db", "EXP-9.sortapp-transfer"],
        ["EXP-9.json"],
        ["-x.sortapp-transfer"],
        [],
    ],
)
def test_only_a_transfer_file_alone_is_one_to_import(argv):
    assert launch.transfer_file(argv) is None


def test_a_command_goes_to_the_command_line(capsys):
    assert launch.main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("sortapp ")


def test_a_cold_start_imports_no_page():
    script = (
        "import sys, sortapp.app, sortapp.ui.mainwindow\n"
        "print([m for m in sys.modules if m.startswith('sortapp.ui.pages.')])\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


def test_the_command_line_does_not_import_the_launcher():
    script = "import sys, sortapp.cli\nprint('sortapp.launch' in sys.modules)\n"
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "False"


def test_the_app_loads_and_builds_without_the_cyclic_collector(monkeypatch):
    """The program's start holds Python's cyclic collector off while the app loads and builds
    its window (nearly all of it lives for the shift: collections there freed a few hundred
    objects, and cost a tenth of a cold start); ``app.main`` resumes it once the window shows,
    and it is on again however the start ends (issue 15)."""
    import gc  # noqa: PLC0415

    from sortapp import app, desktop  # noqa: PLC0415

    seen: list[bool] = []
    # (open_app drops the tests' no-dialogs setting, as the program's start does: given back)
    monkeypatch.setenv("SORTAPP_NO_DIALOGS", "1")
    monkeypatch.setattr(app, "main", lambda where, transfer=None: seen.append(gc.isenabled()) or 0)
    try:
        assert desktop.open_app("site.db") == 0
        assert gc.isenabled()  # (here app.main returned without its window)
    finally:
        gc.enable()
    assert seen == [False]


def test_once_the_window_is_up_the_start_is_frozen_and_collection_resumes():
    code = (
        "import gc; from sortapp import desktop; desktop.starting(); "
        "assert not gc.isenabled(); desktop.started(); "
        "assert gc.isenabled() and gc.get_freeze_count() > 1000, gc.get_freeze_count()"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_with_no_display_the_program_says_so_and_loads_no_qt(tmp_path):
    """Over SSH or on a server's console, ``sortapp`` says there is no display and how to go
    on, exit 1, instead of Qt's plugin message and an abort (exit 134)."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "WAYLAND_SOCKET", "QT_QPA_PLATFORM")
        and k != "XDG_RUNTIME_DIR"
    }
    script = (
        "import sys\n"
        "sys.platform = 'linux'\n"  # (Windows and macOS always have a screen)
        "from sortapp import launch\n"
        f"code = launch.main(['--db', {str(tmp_path / 'x.db')!r}])\n"
        "print(code, 'qt loaded' if 'PySide6' in sys.modules else 'qt not loaded')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], check=True, capture_output=True, text=True, env=env
    )
    assert (done.returncode, done.stdout) == (0, "1 qt not loaded\n")
    assert done.stderr.startswith("sortapp: no display to open the window on")
    assert "sortapp --help" in done.stderr
    assert not (tmp_path / "x.db").exists()


def test_a_wayland_session_by_its_default_socket_alone_is_a_display(tmp_path, monkeypatch):
    """A Wayland session may name no display: Qt then finds its default socket,
    ``$XDG_RUNTIME_DIR/wayland-0``; such a desktop is not refused."""
    from sortapp import desktop  # noqa: PLC0415

    for name in ("DISPLAY", "WAYLAND_DISPLAY", "WAYLAND_SOCKET", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    assert desktop.no_display()
    (tmp_path / "wayland-0").touch()
    assert not desktop.no_display()
    monkeypatch.setenv("WAYLAND_SOCKET", "3")  # (a socket handed over by the compositor)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path / "none"))
    assert not desktop.no_display()
