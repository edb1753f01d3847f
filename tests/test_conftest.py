"""The suite's own rule, tested: a WARNING or worse fails a test in setup, call or teardown,
unless the test declares it (``expect_log``), and a declared record that never comes fails too."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

ROOT = Path(__file__).resolve().parents[1]

INNER = """
import logging

import pytest

log = logging.getLogger("sortapp.inner")


@pytest.fixture
def noisy():
    log.warning("in setup")
    yield
    log.error("in teardown")


def test_quiet():
    log.info("information is fine")


def test_warns_in_call():
    log.warning("in call")


def test_noisy_fixture(noisy):
    pass


@pytest.mark.expect_log(logging.WARNING, "in setup")
@pytest.mark.expect_log("ERROR", "teardown", logger="sortapp")
def test_noisy_fixture_declared(noisy):
    pass


def test_declared_by_fixture(expect_log):
    expect_log(logging.WARNING, r"disk \\d+ full")
    log.warning("disk 3 full")


def test_declared_but_never_logged(expect_log):
    expect_log(logging.WARNING, "never")


def test_declared_at_another_level(expect_log):
    expect_log(logging.ERROR, "in call")
    log.warning("in call")


@pytest.fixture
def qt_noisy(qapp):
    yield
    from PySide6.QtCore import qWarning

    qWarning("Qt complains as the window goes")


def test_qt_warning_in_teardown(qt_noisy):
    pass
"""


def test_warnings_fail_in_every_phase_unless_expected(pytester, monkeypatch):
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    pytester.makeini("[pytest]\nmarkers = gui: needs a QApplication\n")
    pytester.makepyfile(test_inner=INNER)
    result = pytester.runpytest_subprocess("-p", "tests.conftest", "-p", "no:cacheprovider", "-rA")
    outcomes = {}
    for line in result.outlines:
        word, _, rest = line.partition(" ")
        if word in ("PASSED", "FAILED", "ERROR") and "::" in rest:
            outcomes.setdefault(rest.split("::")[1].split(" ")[0], []).append(word)
    assert outcomes == {
        "test_quiet": ["PASSED"],
        "test_warns_in_call": ["FAILED"],
        "test_noisy_fixture": ["ERROR", "ERROR"],  # in setup, and in teardown
        "test_noisy_fixture_declared": ["PASSED"],
        "test_declared_by_fixture": ["PASSED"],
        "test_declared_but_never_logged": ["PASSED", "ERROR"],  # failed at teardown
        "test_declared_at_another_level": ["FAILED"],  # a WARNING is not the ERROR declared
        "test_qt_warning_in_teardown": ["PASSED", "ERROR"],
    }
    result.stdout.fnmatch_lines(
        [
            "*setup: unexpected log record: WARNING sortapp.inner: in setup*",
            "*teardown: unexpected log record: ERROR sortapp.inner: in teardown*",
            "*expected log record never logged: WARNING matching 'never'*",
            "*teardown: unexpected log record: WARNING qt: Qt complains as the window goes*",
        ]
    )


def test_only_warnings_or_worse_can_be_expected(expect_log):
    with pytest.raises(ValueError, match="WARNING or worse"):
        expect_log("INFO", "anything")
