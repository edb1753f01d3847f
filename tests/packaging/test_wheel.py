"""The wheel a new user would install: built by ``python -m build``, installed into a fresh venv
outside the checkout, and run there (issue 17).

The fresh venv gets sortapp from the wheel only; its dependencies (PySide6, sqlite-utils, ...)
come from the running environment's site-packages through a ``.pth`` line, so nothing is
downloaded. The checkout is not on its ``sys.path`` (no PYTHONPATH, run from ``tmp_path``), so a
file the wheel lacks fails here as it would on a workstation.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.packaging.isolated import REPO, clean_env, isolated_env

#: What the build reads from the checkout (copied, so the build writes nothing into it).
SOURCES = ("pyproject.toml", "setup.py", "README.md", "sortapp", "resources")


#: Where the fresh venv's Python finds sortapp, and its whole sys.path.
SHOW_WHERE = "import json, sortapp, sys; print(sortapp.__file__); print(json.dumps(sys.path))"


@dataclass(frozen=True)
class Installed:
    """A fresh venv holding the built wheel, and a folder to run it in."""

    venv: Path
    work: Path

    def tool(self, name: str) -> Path:
        return self.venv / ("Scripts" if os.name == "nt" else "bin") / name

    def env(self) -> dict[str, str]:
        return {**isolated_env(self.work), "SORTAPP_NO_DIALOGS": "1"}

    def run(self, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(self.tool("sortapp.exe" if os.name == "nt" else "sortapp")), *args],
            cwd=self.work,
            env={**self.env(), **env},
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )


def _copy_sources(into: Path) -> None:
    ignore = shutil.ignore_patterns("__pycache__", "*.egg-info", "build", "dist")
    for name in SOURCES:
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, into / name, ignore=ignore)
        elif source.exists():
            shutil.copy2(source, into / name)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    root = tmp_path_factory.mktemp("wheel")
    source, dist, venv, work = (root / n for n in ("source", "dist", "venv", "work"))
    source.mkdir()
    work.mkdir()
    _copy_sources(source)
    # --no-isolation: the build backend comes from this environment (the test extras), offline.
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(dist)],
        cwd=source,
        check=True,
        capture_output=True,
    )
    (wheel,) = dist.glob("sortapp-*.whl")
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--no-deps",
            "--no-index",
            "--quiet",
            str(wheel),
        ],
        check=True,
        capture_output=True,
        env=clean_env(),  # a PYTHONPATH would show pip this environment's sortapp as installed
    )
    # The dependencies: this environment's site-packages, after the venv's own (a .pth line
    # adds a folder; the .pth files in it, such as an editable sortapp's finder, are not run).
    # Written after the install, so pip does not take this environment's sortapp for it.
    ours = {sysconfig.get_paths()[k] for k in ("purelib", "platlib")}
    Path(purelib, "sortapp-test-deps.pth").write_text("\n".join(sorted(ours)) + "\n")
    return Installed(venv, work)


def test_the_installed_sortapp_is_the_wheel_not_the_checkout(installed):
    python = installed.tool("python.exe" if os.name == "nt" else "python")
    found = subprocess.run(
        [str(python), "-c", SHOW_WHERE],
        cwd=installed.work,
        env=installed.env(),
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    assert Path(found[0]).is_relative_to(installed.venv)
    assert str(REPO) not in json.loads(found[1])


def test_the_wheel_builds_a_demo_and_verifies_it(installed):
    made = installed.run("--db", "demo.db", "demo")
    assert made.returncode == 0, made.stderr
    assert "operator   olu      password: demo-olu-2026" in made.stdout
    checked = installed.run(
        "--db", "demo.db", "verify", SORTAPP_USER="olu", SORTAPP_PASSWORD="demo-olu-2026"
    )
    assert checked.returncode == 0, checked.stderr
    assert "verify: OK" in checked.stdout


def test_the_wheel_says_its_version(installed):
    from sortapp import __version__  # noqa: PLC0415

    said = installed.run("--version")
    assert (said.returncode, said.stdout.strip()) == (0, f"sortapp {__version__}")


def test_the_installed_sortapp_passes_its_selftest(installed):
    temp = installed.work / "temp"
    temp.mkdir()
    done = installed.run("--selftest", TMPDIR=str(temp), TEMP=str(temp), TMP=str(temp))
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.splitlines()[-1].startswith("selftest OK")
    assert list(temp.iterdir()) == []
