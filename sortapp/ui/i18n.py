"""The desktop app in the user's language: Qt's translators, and the words looked up in them.

Every string a person reads goes through ``tr`` (a literal, found by ``pyside6-lupdate``) or,
for what the core said, ``say`` (a ``Phrase`` sentence's template translated, then formatted with
its facts). One catalogue, the empty context (see ``sortapp.core.i18n``); the catalogues are
``resources/translations/*.ts``, built into ``.qm`` by ``scripts/translations.py``.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTime,
    QTranslator,
)

from sortapp import paths
from sortapp.core import units
from sortapp.core.i18n import LANGUAGES, SOURCE_LANGUAGE, Phrase, language_code, say_with

log = logging.getLogger(__name__)

#: Where the built catalogues are, under the resources (``sortapp_<code>.qm``).
FOLDER = "translations"

#: Qt's own catalogues for each language (the standard buttons, the file dialogs ...), as the
#: PySide6 wheel ships them (Portuguese only as Brazil's for qtbase).
QT_CATALOGUES: dict[str, tuple[str, ...]] = {
    "ru": ("qtbase_ru",),
    "fr": ("qtbase_fr",),
    "pt": ("qtbase_pt_BR",),
}

#: The locale of each language's numbers and dates, where the language's own name is not the
#: one meant: English as the code writes it (the C locale: no grouping where Qt formats a number
#: itself, dates as the app's own formats say), Portuguese as Portugal and Angola write it (not
#: Brazil).
LOCALES: dict[str, str] = {"en": "C", "pt": "pt_PT"}

_installed: list[QTranslator] = []
_language = SOURCE_LANGUAGE
#: Whether the app's catalogue was loaded once at least: English has one too, holding only the
#: plural forms ("%n page", "%n pages"; ``scripts/translations.py``), loaded on the first
#: plural said if no language was installed before it.
_plurals_loaded = False


#: The English each text ``tr`` and ``marked`` said otherwise came from, by what they said:
#: what a form's field is called in the code's language (``english``). As many as the
#: catalogue's strings at most.
_SOURCES: dict[str, str] = {}


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Return ``text`` in the user's language (``n``: the count a ``%n`` plural stands for)."""
    if n >= 0 and not _plurals_loaded:
        _english_plurals()
    said = QCoreApplication.translate("", text, disambiguation, n)
    if n < 0 and said != text:
        _SOURCES[said] = text
    return said


def marked(text: str) -> str:
    """Return a string marked elsewhere with ``N_`` (a table's heading, a hint kept in a dict)
    in the user's language: ``tr`` of a text that is not a literal here."""
    said = QCoreApplication.translate("", text)
    if said != text:
        _SOURCES[said] = text
    return said


def english(text: str) -> str:
    """Return the English that ``tr`` or ``marked`` said as ``text`` (the text itself when it
    was said by neither, or is English): a form's field label as the core names the field."""
    return _SOURCES.get(text, text)


def say(text: object) -> str:
    """Return what the core said (a ``Phrase``, or plain text) in the user's language.

    A ``Phrase`` is translated by its template and formatted with its facts, each fact that is a
    ``Phrase`` itself said the same way (``core.i18n.say_with``: one way of saying a phrase, the
    printed documents' too); a word marked with ``N_`` is a ``Phrase`` with no facts. Plain
    text is shown as it is, never looked up (a name, a number, a note: data, even one that is a
    word the catalogue holds; a sentence no one marked: English rather than nothing).
    """
    if not isinstance(text, Phrase):
        said = str(text)  # (an object may say itself as a Phrase: an import's row error)
        if not isinstance(said, Phrase):
            return said
        text = said
    return say_with(marked, text)


def language() -> str:
    """Return the language the app speaks now."""
    return _language


def install(code: str | None) -> str:
    """Make the app speak ``code`` from now on (its catalogues and Qt's, and its number and
    date formats); return the language installed (English for one the app does not speak).

    Widgets already shown keep their words until they are built again (the main window
    rebuilds its menus and pages on a change: ``MainWindow.retranslate``).
    """
    global _language, _plurals_loaded  # noqa: PLW0603 (the one language of the process)
    app = QCoreApplication.instance()
    code = language_code(code)
    if app is not None:
        for old in _installed:
            app.removeTranslator(old)
        _installed.clear()
        # English too: its catalogue holds the plural forms (the rest is the source itself).
        ours = _catalogue(app, code)
        if ours is not None:
            _installed.append(ours)
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name in QT_CATALOGUES.get(code, ()):
            theirs = QTranslator(app)
            if theirs.load(name, qt_folder):
                _installed.append(theirs)
        for translator in _installed:
            app.installTranslator(translator)
        _plurals_loaded = True
    QLocale.setDefault(QLocale(LOCALES.get(code, code)))
    _language = code
    return code


def _catalogue(app: QCoreApplication, code: str) -> QTranslator | None:
    """The app's own catalogue of ``code`` (``sortapp_<code>.qm``), or None (logged) if missing."""
    ours = QTranslator(app)
    folder = str(paths.resource(FOLDER))
    if ours.load(f"sortapp_{code}", folder):
        return ours
    if code == SOURCE_LANGUAGE:
        log.warning("no English plural forms in %s: '1 pages' may be said", folder)
    else:
        log.warning("no catalogue for %s in %s: the app speaks English", code, folder)
    return None


def _english_plurals() -> None:
    """Install the English plural forms where no language was installed yet (a process that
    never called ``install``: it speaks English)."""
    global _plurals_loaded  # noqa: PLW0603
    app = QCoreApplication.instance()
    if app is None:
        return
    _plurals_loaded = True
    if not _installed and _language == SOURCE_LANGUAGE:
        ours = _catalogue(app, SOURCE_LANGUAGE)
        if ours is not None:
            _installed.append(ours)
            app.installTranslator(ours)


def language_names() -> dict[str, str]:
    """Return the languages a chooser offers: code -> the language's own name."""
    return dict(LANGUAGES)


#: Where a workstation keeps the language it last spoke (QSettings): the sign-in speaks it.
LAST_LANGUAGE = "language/last"


def workstation_language() -> str:
    """Return the language to speak before anyone signs in: the one this workstation last
    spoke, else the system's (when the app speaks it), else English."""
    last = QSettings().value(LAST_LANGUAGE, "")
    if isinstance(last, str) and last in LANGUAGES:
        return last
    return language_code(QLocale.system().name())


def remember(code: str) -> None:
    """Keep ``code`` as the language this workstation speaks before the next sign-in."""
    QSettings().setValue(LAST_LANGUAGE, language_code(code))


# -- figures, dates and times as the language writes them (display only) ----------------------

#: A figure as the core writes it in English: digits grouped by ',' (thousands), or with a '.'
#: and decimals, or both; not part of a word, a date or a longer run of digits and marks.
_FIGURE = re.compile(r"(?<![\w.,])(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+)(?![\w]|[.,]\d)")


def figures(text: str) -> str:
    """Return ``text`` with each figure the core wrote in English (``1,234.500``) written with
    the language's decimal mark and thousands separator (French ``1 234,500``); in English, as
    it is. By the characters alone: never through a number, so every digit stays exact. For
    display only: entry follows the site's rules (``core.units``), whatever the language."""
    if _language == SOURCE_LANGUAGE:
        return text
    here = QLocale()
    point, group = here.decimalPoint(), here.groupSeparator()
    if (point, group) == (".", ","):
        return text
    swap = {",": group, ".": point}
    return _FIGURE.sub(lambda found: re.sub(r"[.,]", lambda m: swap[m[0]], found[0]), text)


#: A figure in a table's cell as the core writes it (``format_mct``, ``format_cents``, a count):
#: digits, perhaps grouped by ',', perhaps with a '.' and decimals; not part of a word.
_CELL_FIGURE = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?![\w]|[.,]\d)")
#: The most digits a whole part grouped through ``QLocale`` may have (a 64-bit integer's).
_MOST_DIGITS = 18


def number_text(text: str) -> str:
    """Return the figures of a table's numeric cell (``1234.567``, ``1,234.567``, ``12``) with
    the language's thousands separator, as it groups them, and its decimal mark (English
    ``1,234.567``, as the printed documents write it; French ``1 234,567``). The whole part is
    grouped as an integer (never a float), the decimals kept as they are written: every digit
    stays exact. Display only (what a field holds, an export writes, is never grouped)."""
    if _language == SOURCE_LANGUAGE:
        group: Callable[[int], str] = "{:,}".format
        point = "."
    else:
        here = QLocale()
        group, point = here.toString, here.decimalPoint()

    def one(found: re.Match[str]) -> str:
        whole = found[1].replace(",", "")
        grouped = group(int(whole)) if len(whole) <= _MOST_DIGITS else whole
        return grouped if found[2] is None else f"{grouped}{point}{found[2]}"

    return _CELL_FIGURE.sub(one, text)


def carats_text(mct: int) -> str:
    """Return ``mct`` thousandths of a carat as the user's language writes a figure (English:
    ``1,234.567``; French ``1 234,567``). Display only."""
    return number_text(units.format_mct(mct))


def usd_text(cents: int) -> str:
    """Return ``cents`` as the user's language writes a figure of dollars. Display only."""
    return number_text(units.format_cents(cents))


def percent_text(part: int, whole: int) -> str:
    """Return ``part`` of ``whole`` in percent as the user's language writes it. Display only."""
    return number_text(units.percent_of(part, whole))


#: A date (and its time) as the app writes them: ``2026-12-02`` or ``2026-12-02 14:05``.
_MOMENT = re.compile(r"(?<![\w-])(\d{4}-\d{2}-\d{2})(?: (\d{2}:\d{2}))?(?![\w:-])")


def moment_text(text: str) -> str:
    """Return ``text`` with each date (``YYYY-MM-DD``), and the time after it (``HH:MM``), as
    the language writes them (Russian ``02.12.2026 14:05``); in English, as it is. Display
    only."""
    if _language == SOURCE_LANGUAGE:
        return text

    def one(found: re.Match[str]) -> str:
        day = date_text(found[1])
        return day if found[2] is None else f"{day} {time_text(found[2])}"

    return _MOMENT.sub(one, text)


def said_text(text: object, *, comma: bool) -> str:
    """Return what the core said (``say``) with its figures as the language writes them, when
    the site writes them with '.' (``comma``: the site's decimal-comma setting, whose figures
    are written with the mark these languages use already, and are left as they are), and its
    dates (``2026-12-02``, a time after one) as the language writes them (``moment_text``).
    Display only: a history's sentences, as the tables show their dates."""
    said = say(text)
    return moment_text(said if comma else figures(said))


def date_text(iso: str) -> str:
    """Return the date ``iso`` (YYYY-MM-DD) as the language writes it, with its whole year
    (French 02/12/2026, Russian 02.12.2026); in English (and for a text that is no such date)
    as it is."""
    day = QDate.fromString(iso, "yyyy-MM-dd")
    if _language == SOURCE_LANGUAGE or not day.isValid():
        return iso
    here = QLocale()
    form = here.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in form:
        form = form.replace("yy", "yyyy")
    return here.toString(day, form)


def time_text(hh_mm: str) -> str:
    """Return the time ``hh_mm`` (HH:MM, 24 hours) as the language writes it; in English (and
    for a text that is no such time) as it is."""
    at = QTime.fromString(hh_mm, "HH:mm")
    if _language == SOURCE_LANGUAGE or not at.isValid():
        return hh_mm
    return QLocale().toString(at, QLocale.FormatType.ShortFormat)
