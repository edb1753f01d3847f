"""What the frozen build takes, in one place: read by sortapp.spec, the build scripts and the
packaging tests (plain Python, no PyInstaller needed to import it).

``python packaging/bundleinfo.py version`` prints sortapp's version (the build scripts name their
files with it).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

#: The distributions whose licence texts the bundle carries (their *.dist-info folders), as
#: packaging/linux/copyright names them: every library the app loads (what sqlite-utils and
#: psycopg load too; tests/packaging/test_licences.py keeps the list whole).
LICENSED = (
    "PySide6-Essentials",
    "shiboken6",
    "cryptography",
    "PyNaCl",
    "cffi",
    "psycopg",
    "psycopg-binary",
    "typing_extensions",
    "pyserial",
    "sqlite-utils",
    "sqlite-fts4",
    "click",
    "pluggy",
    "python-dateutil",
    "platformdirs",
)

#: The Qt plugins the bundle keeps, by type (file names without ``lib`` and the suffix); every
#: other plugin PySide6's hooks collect is dropped, and the Qt libraries only they needed.
#: sortapp's windows are Qt Widgets (no QML), it prints and writes PDFs (print support), draws its
#: icons from PNG (built into QtGui: no image format plugin) and reads no SVG or JPEG.
QT_PLUGINS: dict[str, tuple[str, ...]] = {
    "platforms": (
        "qxcb",  # Linux: X11, and XWayland on a Wayland desktop
        "qoffscreen",  # no screen: --selftest and printing on a server, CI
        "qwindows",  # Windows
        "qcocoa",  # macOS
        "qminimal",  # (tiny) a last resort with no display
    ),
    # Linux: OpenGL on X11 (Qt asks for one of them at start; without them it says so).
    "xcbglintegrations": ("qxcb-glx-integration", "qxcb-egl-integration"),
    # Linux: dead keys and compose sequences (accented names), and IBus where the desktop uses it.
    "platforminputcontexts": (
        "composeplatforminputcontextplugin",
        "ibusplatforminputcontextplugin",
    ),
    "printsupport": ("cupsprintersupport",),  # Linux and macOS printers (Windows: built in)
    "styles": ("qmodernwindowsstyle", "qwindowsvistastyle"),  # Windows' own look
}

#: Modules never bundled (PyInstaller's ``excludes``): Tk, the test tools, and the Qt modules
#: sortapp does not use (PySide6-Essentials brings them; some hooks would follow them).
EXCLUDED_MODULES: list[str] = [
    "tkinter",
    "pytest",
    "hypothesis",
    "pypdf",
    "zxingcpp",
    "mypy",
    *(
        f"PySide6.{name}"
        for name in (
            "QtQml",
            "QtQuick",
            "QtQuickWidgets",
            "QtQuickControls2",
            "QtQuickTest",
            "QtQuick3D",
            "Qt3DCore",
            "QtMultimedia",
            "QtWebEngineCore",
            "QtWebEngineWidgets",
            "QtNetwork",
            "QtOpenGL",
            "QtOpenGLWidgets",
            "QtSql",
            "QtSvg",
            "QtSvgWidgets",
            "QtDesigner",
            "QtHelp",
            "QtUiTools",
            "QtXml",
            "QtTest",
            "QtConcurrent",
            "QtDBus",
        )
    ),
]


def _sortapp() -> Any:
    """The checkout's sortapp package (its ``__init__`` only: no Qt, no database)."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    import sortapp  # noqa: PLC0415

    return sortapp


def version() -> str:
    """``sortapp.__version__``: the one place the version is written."""
    return str(_sortapp().__version__)


def windows_version_info(text: str) -> Any:
    """The Windows version resource (Properties > Details) for ``sortapp.exe``."""
    from PyInstaller.utils.win32 import versioninfo as vi  # noqa: PLC0415 (only when building)

    numbers = _sortapp().version_numbers(text)
    strings = [
        vi.StringStruct("CompanyName", "sortapp"),
        vi.StringStruct("FileDescription", "sortapp: rough-diamond sorting inventory"),
        vi.StringStruct("FileVersion", text),
        vi.StringStruct("InternalName", "sortapp"),
        vi.StringStruct("OriginalFilename", "sortapp.exe"),
        vi.StringStruct("ProductName", "sortapp"),
        vi.StringStruct("ProductVersion", text),
    ]
    return vi.VSVersionInfo(
        ffi=vi.FixedFileInfo(filevers=numbers, prodvers=numbers),
        kids=[
            vi.StringFileInfo([vi.StringTable("040904B0", strings)]),
            vi.VarFileInfo([vi.VarStruct("Translation", [0x0409, 1200])]),
        ],
    )


if __name__ == "__main__":
    what = sys.argv[1] if len(sys.argv) > 1 else "version"
    if what == "version":
        print(version())
    else:
        raise SystemExit(f"usage: {sys.argv[0]} [version]")
