"""The frozen bundle IT installs (issue 17): packaging/sortapp.spec built by PyInstaller into
``tmp_path``, then run as a workstation runs it, with no Python and no checkout behind it.

One build (about a minute on CI) serves every test here. What each proves frozen: ``--version``
and ``--selftest`` (the app's services, a PDF rendered offscreen, verify); verify's worker process
(multiprocessing "spawn" starts the bundle's program again: ``freeze_support`` must catch it);
pyserial's URL handlers (loaded by name); psycopg's compiled driver on a real server; only the Qt
plugins the spec keeps, and none of the Qt libraries sortapp does not use.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest

import sortapp
from sortapp.balances.sim import BalanceSim, serve_tcp
from sortapp.services.verify import PARALLEL_FROM_BYTES
from tests.packaging.isolated import REPO, isolated_env
from tests.packaging.isolated import bundleinfo as load_bundleinfo

bundleinfo = load_bundleinfo()  # (packaging/ is no package: the spec imports it by its path)

DEMO_PASSWORD = "demo-sam-2026"  # the demo database's supervisor (sortapp demo prints it)


@dataclass(frozen=True)
class Bundle:
    """A built one-folder bundle, and a folder to run it in (its data and config there too)."""

    folder: Path
    work: Path

    @property
    def program(self) -> Path:
        return self.folder / ("sortapp-cli.exe" if os.name == "nt" else "sortapp")

    def run(self, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(self.program), *args],
            cwd=self.work,
            env={**isolated_env(self.work), **env},
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Bundle:
    """packaging/sortapp.spec built with this environment's PyInstaller (``.[test]`` or
    ``.[bundle]`` installs it), everything it writes under a temporary folder."""
    build = tmp_path_factory.mktemp("bundle")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(build / "dist"),
            "--workpath",
            str(build / "work"),
            str(REPO / "packaging" / "sortapp.spec"),
        ],
        cwd=build,
        # PyInstaller's cache of analysed binaries goes there too, not in the user's cache.
        env={**os.environ, "PYINSTALLER_CONFIG_DIR": str(build / "pyinstaller-cache")},
        capture_output=True,
        text=True,
        timeout=1800,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-4000:]
    work = build / "run"
    work.mkdir()
    return Bundle(build / "dist" / "sortapp", work)


def test_the_bundle_says_its_version(bundle):
    done = bundle.run("--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"sortapp {sortapp.__version__}"


def test_the_bundle_passes_its_selftest(bundle):
    done = bundle.run("--selftest")
    assert done.returncode == 0, done.stdout + done.stderr


def _plugins(folder: Path) -> dict[str, set[str]]:
    """The Qt plugins in a bundle, by type (file names without ``lib`` and the suffix)."""
    found: dict[str, set[str]] = {}
    for plugin in folder.rglob("plugins/*/*"):
        if plugin.suffix in (".so", ".dll", ".dylib"):
            name = plugin.stem.removeprefix("lib")
            found.setdefault(plugin.parent.name, set()).add(name)
    return found


def test_the_bundle_holds_only_the_qt_it_needs(bundle):
    found = _plugins(bundle.folder)
    for kind, names in found.items():
        assert names <= set(bundleinfo.QT_PLUGINS.get(kind, ())), kind
    if sys.platform.startswith("linux"):
        assert {"qxcb", "qoffscreen"} <= found["platforms"]
        assert "cupsprintersupport" in found["printsupport"]
    libraries = {p.name.lower() for p in bundle.folder.rglob("*Qt6*") if p.is_file()}
    for unused in ("qml", "quick", "wayland", "network", "svg", "pdf", "virtualkeyboard"):
        assert not [name for name in libraries if f"qt6{unused}" in name], unused
    assert not [p for p in bundle.folder.rglob("*") if p.is_symlink() and not p.exists()]


def test_the_bundle_carries_its_libraries_licences(bundle):
    """packaging/linux/copyright says the libraries' licence texts are in the bundle's
    *.dist-info folders: each named library's is there, libsodium's notice with PyNaCl's."""
    folders = {p.name.split("-")[0].lower(): p for p in bundle.folder.rglob("*.dist-info")}
    for distribution in bundleinfo.LICENSED:
        name = distribution.replace("-", "_").lower()
        assert name in folders, distribution
    assert list(folders["pynacl"].rglob("LICENSE.libsodium*")), "libsodium's licence"


def _bundled_packages(bundle: Bundle) -> set[str]:
    """The top-level names of the Python modules the bundle holds, the standard library's and
    sortapp's aside: those in its archive of modules (the build's ``PYZ``) and its compiled
    ones at the top of its contents folder (``_cffi_backend``); not PyInstaller's own, which
    run the bundle (``_pyi_rth_utils``, the interpreter's build settings: the copyright file
    names PyInstaller's bootloader)."""
    from PyInstaller.archive.readers import ZlibArchiveReader  # noqa: PLC0415 (these tests only)

    (archive,) = (bundle.folder.parent.parent / "work" / "sortapp").glob("PYZ-*.pyz")
    names = {name.split(".")[0] for name in ZlibArchiveReader(str(archive)).toc}
    (contents,) = {p.parent for p in bundle.folder.rglob("base_library.zip")}
    names |= {
        p.name.split(".")[0]
        for p in contents.iterdir()
        if p.suffix == ".pyd" or (p.suffix == ".so" and ".cpython-" in p.name)
    }
    own = ("sortapp", "_pyi_", "_sysconfigdata_")
    return {n for n in names if n not in sys.stdlib_module_names and not n.startswith(own)}


def test_every_library_in_the_bundle_is_one_whose_licence_it_carries(bundle):
    """The other way round: each third-party package the bundle holds comes from a library the
    copyright file names (``bundleinfo.LICENSED``), so that a dependency a new release pulls in
    is not shipped without its licence."""
    from importlib.metadata import packages_distributions  # noqa: PLC0415

    def key(distribution: str) -> str:
        return distribution.replace("-", "_").lower()

    licensed = {key(d) for d in bundleinfo.LICENSED}
    owners = packages_distributions()
    found = _bundled_packages(bundle)
    assert {"PySide6", "nacl", "psycopg", "_cffi_backend"} <= found  # (the reading reads)
    unlicensed = {
        name: owners.get(name, [])
        for name in found
        if not {key(d) for d in owners.get(name, [])} & licensed
    }
    assert unlicensed == {}


def test_verify_runs_its_worker_process_frozen(bundle):
    """A big file's verify checks half its work in a worker process that multiprocessing starts
    by running the bundle's program again: without ``freeze_support`` first thing, that program
    would take the worker's arguments for a command and the pool would break."""
    site = bundle.work / "big.db"
    made = bundle.run("--db", str(site), "demo")
    assert made.returncode == 0, made.stderr
    with sqlite3.connect(site) as conn:  # past the size verify starts its worker at
        conn.execute("CREATE TABLE padding (x BLOB)")
        conn.executemany(
            "INSERT INTO padding VALUES (zeroblob(1000000))",
            [()] * (PARALLEL_FROM_BYTES // 1_000_000 + 2),
        )
        conn.commit()
        conn.execute("DROP TABLE padding")  # the file keeps its size as free pages
        conn.commit()
    conn.close()
    assert site.stat().st_size >= PARALLEL_FROM_BYTES
    done = bundle.run(
        "--db", str(site), "--user", "sam", "verify", "--full", SORTAPP_PASSWORD=DEMO_PASSWORD
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.startswith("verify: OK"), done.stdout


def test_the_bundle_reads_a_balance_on_the_network(bundle):
    """pyserial opens ``socket://`` through a handler module it imports by name."""
    with serve_tcp(BalanceSim("mt-sics", weight=Decimal("1.234"))) as url:
        done = bundle.run("balance", "read", url, "--protocol", "mt-sics", "--json")
    assert done.returncode == 0, done.stderr
    reading = json.loads(done.stdout)
    assert (reading["value"], reading["unit"], reading["stable"]) == ("1.234", "ct", True)


def test_the_bundle_makes_a_site_on_the_facility_server(bundle, pg_url):
    """psycopg's compiled driver (``PSYCOPG_IMPL=binary``: no falling back to a system libpq)
    connects, and the owner's ``init`` builds the schema on the server."""
    site = ["--site-code", "ZAK", "--site-name", "Kimberley Hub", "--country", "ZA"]
    done = bundle.run(
        "--db",
        pg_url,
        "init",
        *site,
        "--admin",
        "root",
        SORTAPP_PASSWORD="correct horse battery",
        PSYCOPG_IMPL="binary",
    )
    assert done.returncode == 0, done.stdout + done.stderr
