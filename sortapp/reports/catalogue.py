"""The app's catalogues for printed documents (issue 18): a receipt is printed in the site's
language whoever prints it and whatever their screen speaks, so documents look their words up
in a catalogue of their own language, not in the translators the screen has installed."""

from __future__ import annotations

import logging

from PySide6.QtCore import QTranslator

from sortapp import paths
from sortapp.core.i18n import LANGUAGES, SOURCE_LANGUAGE

log = logging.getLogger(__name__)

_loaded: dict[str, QTranslator | None] = {}


def document_words(language: str, text: str) -> str:
    """Return ``text`` (English words) in ``language`` from the app's catalogue, or the English
    where the catalogue has no translation. Only marked words and phrases' templates are
    looked up here: data never is (``render.Speaker``)."""
    if language == SOURCE_LANGUAGE or not text:
        return text
    if language not in _loaded:
        catalogue = QTranslator()
        folder = str(paths.resource("translations"))
        if language in LANGUAGES and catalogue.load(f"sortapp_{language}", folder):
            _loaded[language] = catalogue
        else:
            log.warning("no catalogue for %s in %s: documents print in English", language, folder)
            _loaded[language] = None
    found = _loaded[language]
    return (found.translate("", text) or text) if found is not None else text
