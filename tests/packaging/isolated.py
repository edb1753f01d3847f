"""What the packaging tests run an installed sortapp with: an environment of this process's
without Python's and sortapp's own variables, its data and configuration in a folder of the test's
(the machine's stay out of it)."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[2]


def clean_env() -> dict[str, str]:
    """This process's environment without Python's and sortapp's own variables."""
    return {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "SORTAPP_"))}


def isolated_env(work: Path) -> dict[str, str]:
    """``clean_env`` with Qt offscreen and the user's and machine's folders (Linux's and
    Windows') inside ``work``."""
    return {
        **clean_env(),
        "QT_QPA_PLATFORM": "offscreen",
        "SORTAPP_CONFIG": str(work / "no-machine.toml"),
        "XDG_DATA_HOME": str(work / "data"),
        "XDG_CONFIG_HOME": str(work / "config"),
        "LOCALAPPDATA": str(work / "data"),
        "APPDATA": str(work / "config"),
    }


def bundleinfo() -> ModuleType:
    """``packaging/bundleinfo.py`` (packaging/ is no package), loaded from its file."""
    spec = importlib.util.spec_from_file_location("bundleinfo", REPO / "packaging/bundleinfo.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
