"""sortapp: inventory for rough-diamond sorting facilities."""

from __future__ import annotations

import re

#: The one place sortapp's version is written: pyproject reads it for the wheel, ``--version``,
#: the About box, a frozen bundle's metadata and the databases sortapp writes show it.
__version__ = "0.1.0"


def version_numbers(version: str = __version__) -> tuple[int, int, int, int]:
    """Return the version as the four numbers a Windows file version (and an installer) takes:
    its leading release numbers, padded with zeros ("0.1.0" -> 0.1.0.0, "1.2rc1" -> 1.2.0.0)."""
    release = re.match(r"\d+(?:\.\d+)*", version)
    if release is None:
        raise ValueError(f"not a version: {version!r}")
    first, second, third, fourth, *_rest = [int(n) for n in release.group().split(".")] + [0] * 3
    return first, second, third, fourth
