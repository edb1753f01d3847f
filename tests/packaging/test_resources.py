"""Where sortapp finds its resources in each way of installing it (issue 17)."""

from __future__ import annotations

import sys
from pathlib import Path

from sortapp import paths

REPO = Path(__file__).resolve().parents[2]


def test_a_checkout_reads_the_top_level_resources():
    assert paths.resources_dir() == REPO / "resources"
    assert paths.resource("countries.csv").is_file()


def test_a_frozen_build_reads_them_beside_its_executable(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resource("assortment/sizes.csv") == tmp_path / "resources/assortment/sizes.csv"


def test_every_resource_reaches_the_wheel():
    """pyproject's package-data patterns take every file of resources/ (a file of a new kind
    would otherwise be left out of the wheel without a word)."""
    import tomllib  # noqa: PLC0415

    patterns = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"][
        "package-data"
    ]["sortapp.resources"]
    files = {p for p in (REPO / "resources").rglob("*") if p.is_file()}
    taken = {p for pattern in patterns for p in (REPO / "resources").glob(pattern)}
    assert files and files == taken, sorted(str(p) for p in files - taken)


def test_the_menu_entry_is_one_debian_12_validates():
    """The .deb's menu entry: a Desktop Entry of a version desktop-file-validate 0.26 (Debian
    12) knows, the program, its icon and the transfer files' type."""
    import configparser  # noqa: PLC0415

    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(REPO / "packaging/linux/sortapp.desktop", encoding="utf-8")
    found = entry["Desktop Entry"]
    assert found["Version"] in {"1.0", "1.1", "1.2", "1.3", "1.4"}
    assert (found["Type"], found["Exec"], found["Icon"]) == ("Application", "sortapp %f", "sortapp")
    assert found["MimeType"] == "application/x-sortapp-transfer;"
