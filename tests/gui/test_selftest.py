"""``sortapp --selftest``: a short day on a temporary database, a manifest printed to PDF and read
back, verify; exit 0, or 1 naming the step that failed and why (issue 17).

(GUI tests: the selftest prints through Qt, in this process here, where ``qapp`` is the
application; in an installed sortapp it starts its own, offscreen: tests/packaging.)
"""

from __future__ import annotations

import tempfile

import pytest
from PySide6.QtGui import QPainter

from sortapp import selftest
from sortapp.cli import main
from sortapp.core.errors import UserError
from sortapp.reports import printing
from sortapp.services import parcels, sorting


@pytest.fixture
def run_selftest(qapp, tmp_path, monkeypatch, capsys):
    """Run ``sortapp --selftest`` (its temporary folder under tmp_path); return (code, out,
    err)."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))

    def _run(*extra: str) -> tuple[int, str, str]:
        code = main(["--selftest", *extra])
        out, err = capsys.readouterr()
        return code, out, err

    return _run


def test_the_selftest_passes_every_step_and_leaves_nothing(run_selftest, tmp_path):
    code, out, err = run_selftest()
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].startswith("sortapp ") and "selftest" in lines[0]
    for name, _step in selftest.STEPS:
        assert any(line.startswith(f"  OK      {name}") for line in lines), (name, out)
    assert "read the manifest back: 5 texts found, fonts embedded" in out
    assert lines[-1].startswith(f"selftest OK: {len(selftest.STEPS)} steps")
    assert list(tmp_path.iterdir()) == []  # the temporary folder is gone


def test_a_refused_step_ends_the_run_and_is_named_with_why(run_selftest, monkeypatch, tmp_path):
    def refuse(*_args, **_kwargs):
        raise UserError("the lot does not add up (a test's refusal)")

    monkeypatch.setattr(sorting, "close_sorting", refuse)
    code, out, err = run_selftest()
    assert code == 1
    assert "  FAILED  close its sorting: the lot does not add up (a test's refusal)" in out
    assert out.splitlines()[-1] == "selftest FAILED at step 'close its sorting'"
    assert "pack and seal" not in out  # the steps after it did not run
    assert "  OK      sort it" in out
    assert err == ""
    assert list(tmp_path.iterdir()) == []


def test_a_bug_in_a_step_is_named_and_its_traceback_shown(run_selftest, monkeypatch):
    def broken(*_args, **_kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(parcels, "seal_parcel", broken)
    code, out, err = run_selftest()
    assert code == 1
    assert "  FAILED  pack and seal an export parcel: RuntimeError: a bug" in out
    assert "Traceback" in err and "RuntimeError: a bug" in err


def test_a_manifest_with_no_text_fails_the_read_back(run_selftest, monkeypatch):
    # What a workstation without fonts prints: pages, and no text on them (STYLE B13).
    def boxes(_doc, device) -> int:
        painter = QPainter(device)
        painter.drawRect(100, 100, 1000, 400)
        painter.end()
        return 1

    monkeypatch.setattr(printing, "paint", boxes)
    code, out, _err = run_selftest()
    assert code == 1
    assert "  OK      print its manifest to PDF" in out
    assert "  FAILED  read the manifest back: the manifest's text lacks 'Parcelmanifest'" in out
    assert "are fonts installed?" in out


@pytest.mark.parametrize("extra", [["--db", "x.db"], ["lot", "list"], ["--read-only"]])
def test_the_selftest_takes_nothing_else(run_selftest, extra):
    code, out, err = run_selftest(*extra)
    assert (code, out) == (2, "")
    assert "--selftest takes no command and no other option" in err


def test_the_apps_windows_carry_sortapps_icon(qapp):
    from sortapp import app  # noqa: PLC0415

    made = app.make_application()
    assert not made.windowIcon().isNull()
    assert made.windowIcon().availableSizes()[0].width() == 256
