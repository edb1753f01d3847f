"""What a backup's check found, said in the user's language (the app's warning at its start):
the check runs in a process of its own and notes its problems beside the backup, where they
were English text inside a translated warning. The note now keeps them as phrases too; a note
changed by hand is read as far as it makes sense, never a crash."""

from __future__ import annotations

import json

import pytest

from sortapp.services import backups
from sortapp.storage import backup as backup_sql
from sortapp.storage.db import open_db
from sortapp.ui import i18n
from tests.forger import raw_edit

NEWER = "la version de schéma 999 est plus récente que ce sortapp"


pytestmark = pytest.mark.usefixtures("english_after")


@pytest.fixture
def failed(db_path):  # type: ignore[no-untyped-def]
    """The site's database, and its newest backup checked and failed: its copy made to say a
    schema newer than this sortapp (a phrase of the catalogue)."""
    db = open_db(db_path)
    made = backups.make_backup(db, db_path, check=False)
    raw_edit(made.path, "UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    assert backups.check_pending(made.path.parent, parallel=False) == 1
    yield db, db_path, made.path
    db.close()


def test_a_checks_problems_are_said_in_the_users_language(qapp, failed):
    db, db_path, path = failed
    note = backup_sql.read_sidecar(path)
    assert note["verified"] is False
    assert note["problems"] == ["schema version 999 is newer than this sortapp"]  # (the log's)
    warning = backups.backup_warning(db, db_path)
    assert "schema version 999 is newer" in warning  # (English, as the CLI says it)
    i18n.install("fr")
    said = i18n.say(warning)
    assert said.startswith("La sauvegarde la plus récente") and NEWER in said, said
    assert "is newer" not in said


def _nested(depth: int) -> dict[str, object]:
    """A phrase of ten times the one inside it, ``depth`` deep."""
    said: dict[str, object] = {"template": "x" * 10, "facts": {}}
    for _ in range(depth):
        said = {"template": "{a}" * 10, "facts": {"a": said}}
    return said


@pytest.mark.parametrize(
    "said",
    [
        [{"template": "{x.__class__}", "facts": {"x": "a"}}],  # (an attribute of a fact)
        [  # (the same, with a fact named as the field: the process's environment)
            {
                "template": "{x.__reduce__.__func__.__globals__[logging].os.environ}",
                "facts": {
                    "x": {"template": "ok", "facts": {}},
                    "x.__reduce__.__func__.__globals__[logging].os.environ": "a",
                },
            }
        ],
        [_nested(9)],  # (600 bytes that would say a billion characters)
        [{"template": "{x:>999999999}", "facts": {"x": "a"}}],  # (a billion spaces)
        [{"template": "{missing}", "facts": {}}],
        [{"template": "a {", "facts": {}}],
        [{"template": "{x}", "facts": {"x": [1, 2]}}],
        [True],
        "not a list",
    ],
    ids=[
        "attribute",
        "attribute named",
        "powers",
        "padded",
        "no such fact",
        "broken",
        "a list",
        "true",
        "text",
    ],
)
def test_phrases_changed_by_hand_are_said_as_the_english_note_says(qapp, failed, said):
    db, db_path, path = failed
    note = backup_sql.read_sidecar(path)
    backup_sql.sidecar(path).write_text(json.dumps({**note, "problems_said": said}), "utf-8")
    i18n.install("fr")
    warning = i18n.say(backups.backup_warning(db, db_path))
    assert "schema version 999 is newer than this sortapp" in warning
    assert "__class__" not in warning and "environ" not in warning and len(warning) < 2000


@pytest.mark.parametrize(
    "problems", [7, [1, None, {"a": 1}], "text"], ids=["a number", "not texts", "a text"]
)
def test_problems_changed_by_hand_never_stop_the_app_reading_its_backups(qapp, failed, problems):
    db, db_path, path = failed
    note = backup_sql.read_sidecar(path)
    del note["problems_said"]
    backup_sql.sidecar(path).write_text(json.dumps({**note, "problems": problems}), "utf-8")
    (found,) = backups.list_backups(path.parent)
    assert found.ok is False and found.note == ""
    assert "no reason noted" in backups.backup_warning(db, db_path)


def test_a_note_nested_too_deep_to_read_is_no_note(qapp, failed):
    path = failed[2]
    backup_sql.sidecar(path).write_text("[" * 100_000 + "]" * 100_000, "utf-8")
    (found,) = backups.list_backups(path.parent)
    assert found.ok is None  # (unread: it awaits a check, which writes the note anew)
    assert backups.check_pending(path.parent, parallel=False) == 1
    assert backup_sql.read_sidecar(path)["verified"] is False
