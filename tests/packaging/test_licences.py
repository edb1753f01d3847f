"""The bundle carries the licence text of every library the app loads (packaging/linux/copyright
says so): ``bundleinfo.LICENSED`` names each one whose modules sortapp's load."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.packaging.isolated import bundleinfo as load_bundleinfo

bundleinfo = load_bundleinfo()  # (packaging/ is no package: the spec imports it by its path)

#: Every module of sortapp imported, and what it loads only when used (the signing key's
#: cryptography and PyNaCl); then the distributions of the modules that came in.
_LOADED = """
import importlib, json, pkgutil, sys
before = set(sys.modules)
import sortapp
for found in pkgutil.walk_packages(sortapp.__path__, "sortapp."):
    if not found.name.endswith("__main__"):
        importlib.import_module(found.name)
from sortapp.core import sitekey
private, public = sitekey.generate()
assert sitekey.verify_signature(public, b"", sitekey.sign(private, b""))
from importlib.metadata import packages_distributions
owners = packages_distributions()
tops = {name.split(".")[0] for name in set(sys.modules) - before}
print(json.dumps(sorted({d for top in tops for d in owners.get(top, ())} - {"sortapp"})))
"""


def _name(distribution: str) -> str:
    return distribution.lower().replace("-", "_").replace(".", "_")


def test_every_library_the_app_loads_has_its_licence_in_the_bundle():
    done = subprocess.run(
        [sys.executable, "-c", _LOADED],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    loaded = {_name(d) for d in json.loads(done.stdout.splitlines()[-1])}
    assert {"pyside6_essentials", "pynacl", "cffi", "sqlite_utils", "click"} <= loaded
    assert loaded - {_name(d) for d in bundleinfo.LICENSED} == set()
