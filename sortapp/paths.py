"""Where resources and data live, frozen (PyInstaller) or not."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "sortapp"


def resources_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(name: str) -> Path:
    return resources_dir() / name


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    """Return ``SORTAPP_DB`` if set, else ``sortapp.db`` in the platform's user data folder."""
    env = os.environ.get("SORTAPP_DB")
    if env:
        return Path(env)
    return data_dir() / "sortapp.db"
