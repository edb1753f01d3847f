"""The assortment's names in the user's language (issue 18): what the pages show of a category."""

from __future__ import annotations

from sortapp.core.i18n import SOURCE_LANGUAGE
from sortapp.services import assortment
from sortapp.storage.dbapi import Database
from sortapp.ui.i18n import language


def category_names(db: Database) -> dict[str, str]:
    """Every category's name in the user's language by its code; empty in English (the names
    as the rows hold them): look up with ``names.get(code, name)``."""
    spoken = language()
    return {} if spoken == SOURCE_LANGUAGE else assortment.names_in(db, spoken)
