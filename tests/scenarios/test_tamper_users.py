"""The review's attack on ``users`` (issue 15): someone with write access to the database changes
a user's row outside sortapp and 'explains' it by an unsigned entry of the kind that may change a
user's row unsigned (signing in, a failed sign-in, one's own password or language), appended with
a valid chain hash. On a file, as an operator would: sqlite3 on the file itself; on the server, as
its owner (triggers disabled). verify must name each, on both backends."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sortapp.core.errors import PermissionDenied
from sortapp.core.passwords import hash_password
from sortapp.services import site
from sortapp.storage import dbapi
from tests.conftest import Actors
from tests.forger import Forger

UNSIGNED = (
    "a supervisor's or admin's action (or a change only they may make) without the site key's "
    "signature (appended outside sortapp, or taken by a user who does not hold the key)"
)


@pytest.fixture(params=["sqlite", "postgresql"])
def forger(request: pytest.FixtureRequest) -> Iterator[Forger]:
    made = Forger(request, request.param)
    yield made
    made.db.close()


def _role(name: str, was: str) -> str:
    """The finding of a user whose role ``was`` ('now <- given') no signed entry gave."""
    now, given = was.split(" <- ")
    return (
        f"user {name}: role {now} is not what the audit log gave them (changed outside "
        f"sortapp; its last signed user.add or user.set gave role {given})"
    )


def test_a_role_raised_under_ones_own_unsigned_sign_in_is_named(forger):
    """olu makes themself admin and 'explains' it as their own sign-in: the row changed is
    theirs, so the entry passes the signatures check; the role no signed entry gave is named."""
    olu = forger.key("olu")
    forger.explained("UPDATE users SET role = 'admin' WHERE name = 'olu'", [olu], "olu", "login")
    assert forger.problems() == [_role("olu", "admin <- operator")]


def test_a_role_raised_under_another_users_sign_in_is_named(forger):
    """The same change recorded as ola's sign-in: ola's entry changed a row not hers."""
    olu = forger.key("olu")
    uid = forger.explained(
        "UPDATE users SET role = 'admin' WHERE name = 'olu'", [olu], "ola", "login"
    )
    problems = forger.problems()
    assert f"audit entry {uid} (login  by ola): {UNSIGNED}" in problems
    assert _role("olu", "admin <- operator") in problems
    assert not any("changed outside sortapp before" in p for p in problems)  # the row agrees


def test_a_reactivated_user_is_named(forger):
    """The admin deactivated ola (signed); she is made active again under her own failed
    sign-in (which may change her row: it counts the failures)."""
    site.set_user(forger.db, Actors(forger.db).admin, "ola", active=False)
    assert forger.problems() == []
    ola = forger.key("ola")
    forger.explained(
        "UPDATE users SET active = 1, failed_logins = 1 WHERE name = 'ola'",
        [ola], "ola", "login.failed", details={"failures": 1},
    )  # fmt: skip
    assert forger.problems() == [
        "user ola: role operator is not what the audit log gave them (changed outside sortapp; "
        "its last signed user.add or user.set gave role operator (inactive))"
    ]


def test_another_users_password_under_ones_own_password_change_is_named(forger):
    """olu sets sam's (a supervisor's) password to one olu knows, recorded as olu setting their
    own password: the entry is olu's, the row sam's."""
    sam = forger.key("sam")
    uid = forger.explained(
        f"UPDATE users SET password_hash = '{hash_password('mallory-2026-x')}' WHERE name = 'sam'",
        [sam], "olu", "user.password", "olu",
    )  # fmt: skip
    assert forger.problems() == [f"audit entry {uid} (user.password olu by olu): {UNSIGNED}"]


def test_a_row_changed_under_a_failed_sign_in_of_no_user_is_named(forger):
    """A failed sign-in of a name that is no user's changes no row: one that does is named."""
    olu = forger.key("olu")
    uid = forger.explained(
        "UPDATE users SET language = 'fr' WHERE name = 'olu'", [olu], "mallory", "login.failed"
    )
    assert forger.problems() == [f"audit entry {uid} (login.failed  by mallory): {UNSIGNED}"]


def test_a_user_renamed_under_their_new_names_sign_in_is_named(forger):
    """olu renames their row and raises its role, recorded as the new name's sign-in on that
    row (its own): no signed entry gave that name anything."""
    olu = forger.key("olu")
    forger.explained(
        "UPDATE users SET name = 'boss', role = 'admin' WHERE name = 'olu'", [olu], "boss", "login"
    )
    assert forger.problems() == [
        "user boss: role admin that no signed user.add or user.set gave (added, renamed or "
        "changed outside sortapp)"
    ]


def test_names_swapped_under_each_ones_own_sign_in_are_named(forger):
    """olu and sam swap names (and roles, so each name keeps the role it was given): whoever
    knows olu's password now signs in as 'sam', a supervisor. Each row's change is recorded as
    its new name's own sign-in; the rows under the names are not those the signed entries
    gave them."""
    olu, sam = forger.key("olu"), forger.key("sam")
    before = {key: forger.row_hash(key) for key in (olu, sam)}
    forger.edit(
        "UPDATE users SET name = 'tmp' WHERE name = 'olu'",
        "UPDATE users SET name = 'olu', role = 'operator' WHERE name = 'sam'",
        "UPDATE users SET name = 'sam', role = 'supervisor' WHERE name = 'tmp'",
    )
    forger.append("sam", "login", "", [["users", olu, before[olu], forger.row_hash(olu)]])
    forger.append("olu", "login", "", [["users", sam, before[sam], forger.row_hash(sam)]])
    assert forger.problems() == [
        f"user olu: their name is on users row {sam}, not on row {olu} that the signed user.add "
        "or user.set gave it (names swapped or changed outside sortapp)",
        f"user sam: their name is on users row {olu}, not on row {sam} that the signed user.add "
        "or user.set gave it (names swapped or changed outside sortapp)",
    ]


def test_a_user_added_under_their_own_sign_in_is_named(forger):
    """A new admin's row inserted, recorded as that user's sign-in: a row added."""
    forger.edit(
        "INSERT INTO users (id, name, role, password_hash, active, created_at) VALUES "
        f"(77, 'mal', 'admin', '{hash_password('mallory-2026-x')}', 1, '2026-12-01')"
    )
    forger.edit("DELETE FROM users WHERE id = 77")  # (to record it from nothing: below)
    uid = forger.explained(
        "INSERT INTO users (id, name, role, password_hash, active, created_at) VALUES "
        f"(77, 'mal', 'admin', '{hash_password('mallory-2026-x')}', 1, '2026-12-01')",
        ["[77]"], "mal", "login",
    )  # fmt: skip
    problems = forger.problems()
    assert f"audit entry {uid} (login  by mal): {UNSIGNED}" in problems
    assert (
        "user mal: role admin that no signed user.add or user.set gave (added, renamed or "
        "changed outside sortapp)"
    ) in problems


def test_an_unsigned_user_set_gives_no_role(forger):
    """An unsigned user.set in the admin's name, its details saying what the row now holds: the
    entry is named, and the role it 'gave' is not taken as given."""
    olu = forger.key("olu")
    uid = forger.explained(
        "UPDATE users SET role = 'admin' WHERE name = 'olu'", [olu], "admin", "user.set", "olu",
        {"role": "admin", "active": True},
    )  # fmt: skip
    problems = forger.problems()
    assert f"audit entry {uid} (user.set olu by admin): {UNSIGNED}" in problems
    assert _role("olu", "admin <- operator") in problems


def test_the_signed_changes_and_ones_own_unsigned_ones_stay_green(forger):
    who = Actors(forger.db)
    site.set_user(forger.db, who.admin, "olu", role="supervisor")
    site.set_user(forger.db, who.admin, "sue", active=False)
    site.change_password(forger.db, who.ola, "ola", "ola's new passphrase 2026")
    assert dbapi.sqlite(forger.db) == (forger.backend == "sqlite")
    assert forger.problems() == []


def test_a_key_holders_password_set_outside_sortapp_signs_no_one_in(request):
    """A third review (2026-12-06): olu, holding the file, sets the admin's password hash to
    one of theirs, 'explained' by an unsigned password change in the admin's own name (an entry
    that may change one's own row unsigned), and signs in as the admin. sortapp changes a key
    holder's password only with their wrap of the key: a password that matches its hash yet
    does not open the wrap is refused, and counted as a failed sign-in. (On a file: on a
    server, an operator cannot write the row.)"""
    forger = Forger(request, "sqlite")
    try:
        who = Actors(forger.db)
        assert who.admin.signer is not None  # (the admin holds the key)
        forged = hash_password("olu knows this one")
        forger.explained(
            f"UPDATE users SET password_hash = '{forged}' WHERE name = 'admin'",
            [forger.key("admin")],
            "admin",
            "user.password",
            obj="admin",
        )
        with pytest.raises(PermissionDenied, match="does not open their site signing key"):
            site.login(forger.db, "admin", "olu knows this one")
        row = forger.db.execute("SELECT failed_logins FROM users WHERE name = 'admin'").fetchone()
        assert row[0] == 1
        # sortapp's own change of a holder's password makes their wrap again: they sign in
        site.change_password(forger.db, who.sam, "sam", "a new one for sam 2026")
        assert site.login(forger.db, "sam", "a new one for sam 2026").signer is not None
    finally:
        forger.db.close()
