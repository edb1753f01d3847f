"""Only a marked word (``N_``) or a phrase is said in the reader's language; any other text is
data, said as it is (issue 18): the places that once made a phrase of any text by hand
(``Phrase(text, {})``) say marked words in the language and leave data alone."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from sortapp.core import forms
from sortapp.core.entities import LOSS_TYPES, loss_word
from sortapp.core.errors import UserError
from sortapp.core.i18n import N_, Phrase, say_with
from sortapp.storage import db as db_module
from sortapp.storage.files import MISSING, FileState

#: A catalogue of a few words (what the app's Russian one holds for them); any other text is
#: looked up as itself.
_CATALOGUE = {
    "{field}: '{text}' is not a whole number of {unit} (0 or more)": (
        "{field}: «{text}» — не целое число ({unit}, 0 или больше)"
    ),
    "refused: {why}; nothing written": "отказано: {why}; ничего не записано",
    "this would leave a negative balance": "остаток стал бы отрицательным",
    "{message} ({name})": "{message} ({name})",
    "The disk is full": "Диск заполнен",
    "Free some space; nothing was written.": "Освободите место; ничего не записано.",
    "does not exist": "не существует",
    "cleaning": "очистка",
    "stones": "камни",
    "days": "дней",
}


def _said(text: object) -> str:
    return say_with(lambda words: _CATALOGUE.get(words, words), text)


@pytest.mark.parametrize(
    ("label", "unit", "said"),
    [
        (N_("stones"), N_("days"), "камни: «x» — не целое число (дней, 0 или больше)"),
        # Words already in the reader's language (the UI's tr()), or a setting's key: as they are.
        ("stones", "days", "stones: «x» — не целое число (days, 0 или больше)"),
    ],
    ids=["marked", "data"],
)
def test_a_fields_words_are_said_in_the_language_only_where_marked(label, unit, said):
    field = forms.Field("count", label, forms.Kind.COUNT, required=False, unit=unit)
    with pytest.raises(UserError) as err:
        field.read("x")
    assert _said(err.value.args[0]) == said


def test_a_refusal_says_its_marked_reason_and_leaves_other_text_alone():
    assert _said(db_module.refused(N_("this would leave a negative balance"))) == (
        "отказано: остаток стал бы отрицательным; ничего не записано"
    )
    assert _said(db_module.refused("cleaning")) == "отказано: cleaning; ничего не записано"


def test_a_known_storage_error_and_a_files_state_stay_marked():
    exc = sqlite3.OperationalError("database or disk is full")
    exc.sqlite_errorname = "SQLITE_FULL"
    known = db_module.known_error(exc)
    assert known is not None
    assert _said(known.message) == "Диск заполнен (SQLITE_FULL)"
    assert _said(known.hint) == "Освободите место; ничего не записано."
    assert _said(FileState(Path("x.db"), MISSING).describe()) == "не существует"


def test_a_loss_kind_is_a_marked_word_and_any_other_code_data():
    assert all(isinstance(loss_word(kind), Phrase) for kind in LOSS_TYPES)
    assert _said(loss_word("cleaning")) == "очистка"
    # (No such code is ever written: the schema's CHECK refuses it. Were one there, as data.)
    assert not isinstance(loss_word("Mine"), Phrase)
    assert _said(loss_word("stones")) == "stones"
