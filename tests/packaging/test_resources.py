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
