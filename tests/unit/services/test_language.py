"""The language each user works in is stored with the user (issue 18): set by the user, on their
own row, audited, and accepted by verify unsigned (as one's own password is)."""

from __future__ import annotations

import pytest

from sortapp.core.errors import PermissionDenied, UserError
from sortapp.core.i18n import Phrase
from sortapp.services import audit, language, site, verify
from sortapp.storage import records
from sortapp.storage.db import open_db, transaction
from tests.conftest import PASSWORD


def test_a_user_sets_their_language_and_verify_passes(db, who):
    assert language.user_language(db, "olu") is None  # not chosen yet
    changes = language.set_language(db, who.olu, "fr")
    assert changes.users
    assert language.user_language(db, "olu") == "fr"
    assert language.user_language(db, "sam") is None  # only their own row
    entry = db.execute(
        'SELECT "user", action, object, details FROM audit ORDER BY id DESC LIMIT 1'
    ).fetchone()
    assert tuple(entry[:3]) == ("olu", "user.language", "olu")
    assert '"language":"fr"' in entry[3].replace(" ", "")
    # An operator's entry is unsigned; verify accepts it on their own row.
    language.set_language(db, who.olu, " RU ")
    assert language.user_language(db, "olu") == "ru"
    language.set_language(db, who.sam, "pt")  # a supervisor's, signed or not, is fine too
    report = verify.verify(db)
    assert report.ok, report.problems


def test_the_same_language_again_records_nothing(db, who):
    language.set_language(db, who.ola, "pt")
    count = db.execute("SELECT count(*) FROM audit").fetchone()[0]
    assert not language.set_language(db, who.ola, "pt").users
    assert db.execute("SELECT count(*) FROM audit").fetchone()[0] == count


def test_a_language_the_app_does_not_speak_is_refused(db, who):
    with pytest.raises(UserError) as refused:
        language.set_language(db, who.olu, "de")
    assert isinstance(refused.value.args[0], Phrase)
    assert str(refused.value) == (
        "language: 'de' is not one of en, ru, fr, pt; nothing was changed"
    )
    assert language.user_language(db, "olu") is None
    with pytest.raises(UserError):
        language.set_language(db, who.olu, "")


def test_another_users_language_is_not_ones_own_to_record_unsigned(db, who):
    """The verify rule's exception is one's own row only: an operator's unsigned entry that
    changes another user's row is refused as it is written (and verify would report it)."""
    with pytest.raises(PermissionDenied), transaction(db):
        records.set_user_language(db, "sam", "fr")
        audit.record(db, who.olu, "user.language", "sam", {"language": "fr"})
    assert language.user_language(db, "sam") is None


def test_a_stored_language_the_app_no_longer_speaks_reads_as_none(db, who):
    with transaction(db):
        records.set_user_language(db, "olu", "xx")
        audit.record(db, who.olu, "user.language", "olu", {"language": "xx"})
    assert language.user_language(db, "olu") is None


# -- on the facility server: one's own row, on one's own connection ------------------------------


def test_on_the_server_an_operator_sets_their_own_language_only(server_sign_in):
    db, olu = server_sign_in("olu")
    language.set_language(db, olu, "ru")
    assert language.user_language(db, "olu") == "ru"
    # Row-level security: another's row is not one's own to change (no row matches).
    with transaction(db):
        records.set_user_language(db, "sam", "ru")
    assert language.user_language(db, "sam") is None
    admin_db, _admin = server_sign_in("admin")
    assert verify.verify(admin_db).ok


def test_sortapp_verify_passes_after_each_user_sets_their_language(db_path, run):
    """The command a site runs: every user's own change, signed (a key holder's) or not."""
    db = open_db(db_path)
    try:
        for name, code in (("olu", "ru"), ("sam", "fr"), ("admin", "pt"), ("olu", "en")):
            language.set_language(db, site.login(db, name, PASSWORD), code)
    finally:
        db.close()
    code, out, err = run("verify")
    assert code == 0, out + err
    assert "verify: OK" in out
