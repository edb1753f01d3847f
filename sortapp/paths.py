"""Where resources and data live, frozen (PyInstaller) or not, and which database to open."""

from __future__ import annotations

import importlib.resources
import os
import sys
from pathlib import Path

import platformdirs

from sortapp.core.errors import UserError
from sortapp.core.i18n import phrase

APP_NAME = "sortapp"

#: The machine configuration file IT deploys to every workstation of a facility.
MACHINE_FILE = "sortapp.toml"


def resources_dir() -> Path:
    """The folder of sortapp's resources (countries, common passwords, the assortment).

    The repository keeps them at its top level, ``resources/``; each way of installing puts them
    somewhere else (issue 17):

    - a frozen (PyInstaller) build: ``resources/`` in the bundle's folder, ``sys._MEIPASS``
      (the spec's ``datas=[("../resources", "resources")]``);
    - a wheel (``pip install .``): inside the package, ``sortapp/resources`` (setup.py maps the
      folder onto the package ``sortapp.resources``), found through ``importlib.resources``;
    - a checkout (``pip install -e .``, or PYTHONPATH): ``resources/`` beside the package.
    """
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    installed = importlib.resources.files(__package__ or "sortapp") / "resources"
    if isinstance(installed, Path) and installed.is_dir():
        return installed
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


def machine_config_path() -> Path:
    """The machine configuration file: ``SORTAPP_CONFIG`` if set, else ``sortapp.toml`` in the
    platform's site configuration folder (``/etc/xdg/sortapp`` on Linux, ``C:\\ProgramData\\
    sortapp`` on Windows, ``/Library/Application Support/sortapp`` on macOS)."""
    env = os.environ.get("SORTAPP_CONFIG")
    if env:
        return Path(env)
    return platformdirs.site_config_path(APP_NAME, appauthor=False) / MACHINE_FILE


def machine_database() -> str | None:
    """The ``database`` the machine configuration file names, or None (no file, or no key).

    Raises:
        UserError: the file is there but cannot be read, is not TOML, or its ``database`` is
            not text.
    """
    path = machine_config_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(
            phrase(
                "the machine configuration {path} cannot be read ({error})",
                path=str(path),
                error=str(exc),
            )
        ) from exc
    import tomllib  # noqa: PLC0415 (only where IT wrote a machine configuration)

    try:
        config = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise UserError(
            phrase(
                "the machine configuration {path} is not valid TOML ({error})",
                path=str(path),
                error=str(exc),
            )
        ) from exc
    value = config.get("database")
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise UserError(
            phrase(
                'the machine configuration {path}: database must be text (database = "...")',
                path=str(path),
            )
        )
    return value.strip()


def default_database() -> str:
    """The database to open when ``--db`` is not given: ``SORTAPP_DB``, else the machine
    configuration file's ``database``, else ``sortapp.db`` in the user data folder. A file's path
    or a server's URL (``postgresql://HOST:PORT/DB``), kept as written."""
    return os.environ.get("SORTAPP_DB") or machine_database() or str(data_dir() / "sortapp.db")
