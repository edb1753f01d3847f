"""The app's catalogues: find its strings, and build what the app loads (issue 18).

python scripts/translations.py update     the .ts sources from the code (pyside6-lupdate)
python scripts/translations.py release    the .qm the app loads from the .ts (pyside6-lrelease)
python scripts/translations.py            both

The sources are ``resources/translations/<area>_<language>.ts``, one per area of the code and
language, so that a translator (or Qt Linguist) works on one area at a time; ``release`` joins
each language's areas into ``sortapp_<language>.qm``. Every string has the empty context (see
``sortapp.core.i18n``): ``phrase``, ``N_`` and the UI's ``tr`` are declared to lupdate as
``QT_TR_NOOP``. ``tests/test_translations.py`` fails when a catalogue is behind the code, a
string has no translation, a translation changes a placeholder, or a ``.qm`` is behind its
sources.

English is the source, yet its plurals need a catalogue too: without one Qt says "%n pages" as
"1 pages". ``plurals_en.ts`` holds the app's plural messages only (``lupdate -pluralonly``)
with their English forms ("%n page", "%n pages"); ``release`` builds it into ``sortapp_en.qm``,
which the app loads when it speaks English.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
PACKAGE = ROOT / "sortapp"

#: The languages translated (English is the source).
LANGUAGES = ("ru", "fr", "pt")

#: Each area's sources, relative to the package: folders whole, or single files. A file is in
#: the first area that names it or its folder; ``rest`` takes what no other names.
AREAS: dict[str, tuple[str, ...]] = {
    "main": (
        *("app.py", "ui/mainwindow.py", "ui/dialogs.py", "ui/errors.py", "ui/i18n.py"),
        "services/language.py",
    ),
    "pages": ("ui/pages",),
    "balance": ("ui/balance.py", "ui/balanceregister.py"),
    "ui": ("ui",),
    "ledger": tuple(
        f"services/{name}.py" for name in ("balances", "parcels", "transfers", "sorting", "lots")
    ),
    "services": ("services",),
    "documents": ("reports",),
    "core": ("core", "storage", "balances", "cli", "paths.py"),
}

#: The English plural forms of every plural message (see the module's note), and the language
#: they are in.
ENGLISH = "en"
ENGLISH_PLURALS = "plurals_en.ts"

#: The functions whose first argument is a string to translate, all in the empty context.
ALIASES = "QT_TR_NOOP+=phrase,QT_TR_NOOP+=N_,QT_TR_NOOP+=tr"


def _tool(name: str) -> str:
    """Return the path of PySide6's ``name`` tool (beside the running interpreter first)."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install the project (pip install -e .)")
    return found


def area_files() -> dict[str, list[Path]]:
    """Return each area's Python files (each file in exactly one area)."""
    taken: set[Path] = set()
    found: dict[str, list[Path]] = {}
    for area, names in AREAS.items():
        files: list[Path] = []
        for name in names:
            path = PACKAGE / name
            for file in sorted(path.rglob("*.py")) if path.is_dir() else [path]:
                if file not in taken and "__pycache__" not in file.parts:
                    taken.add(file)
                    files.append(file)
        found[area] = files
    rest = sorted(set(PACKAGE.rglob("*.py")) - taken)
    rest = [file for file in rest if "__pycache__" not in file.parts]
    if rest:
        found["core"] = [*found["core"], *rest]
    return found


def ts_path(area: str, language: str, folder: Path = FOLDER) -> Path:
    return folder / f"{area}_{language}.ts"


def english_plurals(folder: Path = FOLDER) -> Path:
    return folder / ENGLISH_PLURALS


def _lupdate(files: list[Path], target: Path, language: str, *extra: str, quiet: bool) -> None:
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            "-tr-function-alias",
            ALIASES,
            "-locations",
            "none",
            "-no-obsolete",
            *extra,
            "-target-language",
            language,
            *(str(file) for file in files),
            "-ts",
            str(target),
        ],
        check=True,
        capture_output=quiet,
    )


#: A note to the translator as lupdate writes it, on a line of its own.
_NOTE = re.compile(r"\n[ \t]*<extracomment>.*?</extracomment>(?=\n)", re.DOTALL)


def _without_notes(ts: Path) -> None:
    """Drop every note to the translator from ``ts``: lupdate takes a Python ``#:`` comment
    for one, and the code's ``#:`` comments document attributes (a constant's, a field's), so
    lupdate hung them on whichever string came next and misled the translator."""
    text = ts.read_text(encoding="utf-8")
    bare = _NOTE.sub("", text)
    if bare != text:
        ts.write_text(bare, encoding="utf-8")


def _finished(message: ET.Element) -> ET.Element | None:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return None
    return translation


def _pool(folder: Path, language: str) -> dict[tuple[str, str], ET.Element]:
    """Every finished translation of ``language`` in any area, by (source, comment)."""
    pool: dict[tuple[str, str], ET.Element] = {}
    for ts in sorted(folder.glob(f"*_{language}.ts")):
        for message in ET.parse(ts).getroot().iter("message"):
            done = _finished(message)
            key = (message.findtext("source") or "", message.findtext("comment") or "")
            if done is not None:
                pool.setdefault(key, done)
    return pool


def _fill_from(ts: Path, pool: dict[tuple[str, str], ET.Element]) -> int:
    """Give each unfinished message of ``ts`` the translation the pool has for its words (a
    string moved to another area, or said again elsewhere, keeps its translation); return
    how many were filled."""
    tree = ET.parse(ts)
    filled = 0
    for message in tree.getroot().iter("message"):
        key = (message.findtext("source") or "", message.findtext("comment") or "")
        old = message.find("translation")
        if key not in pool or old is None or _finished(message) is not None:
            continue
        new = ET.fromstring(ET.tostring(pool[key], encoding="unicode"))
        new.tail = old.tail
        message.remove(old)
        message.append(new)
        filled += 1
    if filled:
        body = ET.tostring(tree.getroot(), encoding="unicode")
        ts.write_text(
            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
            encoding="utf-8",
        )
    return filled


def update(folder: Path = FOLDER, *, quiet: bool = False) -> None:
    """Write (or bring up to date, keeping every translation) each area's ``.ts`` per language;
    a string new to an area takes the translation another area has for the same words."""
    folder.mkdir(parents=True, exist_ok=True)
    pools = {language: _pool(folder, language) for language in LANGUAGES}
    every: list[Path] = []
    for area, files in area_files().items():
        every.extend(files)
        for language in LANGUAGES:
            target = ts_path(area, language, folder)
            _lupdate(files, target, language, quiet=quiet)
            _without_notes(target)
            _fill_from(target, pools[language])
    _lupdate(every, english_plurals(folder), ENGLISH, "-pluralonly", quiet=quiet)
    _without_notes(english_plurals(folder))


def release(folder: Path = FOLDER, out: Path = FOLDER, *, quiet: bool = False) -> list[Path]:
    """Build ``sortapp_<language>.qm`` from the language's areas; return the files written."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for language in (*LANGUAGES, ENGLISH):
        if language == ENGLISH:
            sources = [english_plurals(folder)]
        else:
            sources = [ts_path(area, language, folder) for area in AREAS]
        target = out / f"sortapp_{language}.qm"
        subprocess.run(
            [
                _tool("pyside6-lrelease"),
                "-removeidentical",
                "-nounfinished",
                *(str(source) for source in sources if source.exists()),
                "-qm",
                str(target),
            ],
            check=True,
            capture_output=quiet,
        )
        written.append(target)
    return written


def fresh_copy() -> Path:
    """Return a temporary folder holding the committed ``.ts`` brought up to date by lupdate
    (what ``update`` would write now), for the tests to compare."""
    folder = Path(tempfile.mkdtemp(prefix="sortapp-ts-"))
    for source in FOLDER.glob("*.ts"):
        shutil.copy2(source, folder / source.name)
    update(folder, quiet=True)
    return folder


def main(argv: list[str]) -> int:
    what = argv[1:] or ["update", "release"]
    for step in what:
        if step == "update":
            update()
        elif step == "release":
            for path in release():
                print(path.relative_to(ROOT))
        else:
            print(__doc__)
            return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
