"""The app refuses to start on a Qt binding that loses references to None (PySide6 6.12.0 on
Python < 3.12): such a binding aborts the interpreter some hours into a shift ("Fatal Python
error: none_dealloc"), so it is told at start, with what to install, before anything opens."""

from __future__ import annotations

import ctypes
import sys

import pytest

from sortapp import app

LOSES = sys.version_info < (3, 12)  # None is immortal from 3.12: nothing there can lose it


def _losing_call():
    """A call that loses one reference to None each time, as the faulty binding's calls do."""
    ctypes.pythonapi.Py_DecRef(ctypes.py_object(None))


@pytest.fixture
def give_back():
    """Give None back the references the losing call took (the interpreter needs them)."""
    before = sys.getrefcount(None)
    yield
    for _ in range(before - sys.getrefcount(None)):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(None))


def test_this_binding_keeps_none(qapp):
    assert app.none_references_lost() is False


def test_a_binding_that_loses_none_is_found(qapp, give_back):
    assert app.none_references_lost(_losing_call, calls=50) is LOSES


@pytest.mark.expect_log("ERROR", "loses a reference", logger="sortapp.app")
def test_the_app_says_so_and_opens_nothing(qapp, monkeypatch, tmp_path):
    shown: list[str] = []
    monkeypatch.setattr(app, "message", lambda parent, title, text, **kw: shown.append(text))
    monkeypatch.setattr(app, "none_references_lost", lambda: True)
    opened: list[object] = []
    monkeypatch.setattr(app, "open_window", opened.append)
    monkeypatch.setattr(app, "first_run", lambda *a: opened.append(a))
    assert app.main(tmp_path / "site.db") == 3
    assert opened == [] and not (tmp_path / "site.db").exists()
    assert len(shown) == 1 and "PySide6-Essentials<6.12" in shown[0]
