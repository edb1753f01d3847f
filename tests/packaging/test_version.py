"""One version from one place: sortapp.__version__ (issue 17)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

import sortapp

REPO = Path(__file__).resolve().parents[2]


def test_the_wheel_takes_its_version_from_the_package():
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" in project["project"]["dynamic"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "sortapp.__version__"}


@pytest.mark.parametrize(
    ("version", "numbers"),
    [
        ("0.1.0", (0, 1, 0, 0)),
        ("1.2", (1, 2, 0, 0)),
        ("2.0.1rc1", (2, 0, 1, 0)),
        ("3.4.5.6.7", (3, 4, 5, 6)),
        ("10", (10, 0, 0, 0)),
    ],
)
def test_the_windows_file_version_is_four_numbers(version, numbers):
    assert sortapp.version_numbers(version) == numbers


def test_the_windows_file_version_defaults_to_this_sortapp():
    first, second, *_rest = sortapp.__version__.split(".")
    assert sortapp.version_numbers()[:2] == (int(first), int(second))


def test_a_version_without_numbers_is_refused():
    with pytest.raises(ValueError, match="not a version"):
        sortapp.version_numbers("dev")
