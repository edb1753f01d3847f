"""A signed-in user changes their own password, the current one typed first: a wrong one
changes nothing, and is recorded and counted as a wrong sign-in is (a session left signed in
is no way round the lockout)."""

from __future__ import annotations

import json

import pytest

from sortapp.core.errors import PermissionDenied, UserError
from sortapp.services import history, own_password, site
from sortapp.services.verify import audit_entries, verify
from sortapp.storage import records
from tests.conftest import PASSWORD

NEW_PASSWORD = "a brand new passphrase"


@pytest.fixture(autouse=True)
def _server_passwords_as_before(request, backend, db):
    """The server's roles are the cluster's, shared by every test database: each user's is
    given the test password again after the test (other tests sign in with it)."""
    url = request.getfixturevalue("pg_site_url") if backend == "postgresql" else ""
    yield
    if not url:
        return
    from sortapp.storage.db import open_server  # noqa: PLC0415 (server tests only)
    from sortapp.storage.pgschema import roles  # noqa: PLC0415

    owner = open_server(url)
    try:
        for name, _role, _active in records.list_users(owner):
            roles.sync_user(owner, name, PASSWORD)
    finally:
        owner.close()


def _audit_count(db) -> int:
    return db.execute("SELECT count(*) FROM audit").fetchone()[0]


@pytest.mark.parametrize("name", ["olu", "sam", "admin"])
def test_each_role_changes_their_own_password_with_the_current_one(db, who, name):
    actor = getattr(who, name)
    changes = own_password.change_own_password(db, actor, PASSWORD, NEW_PASSWORD)
    assert changes.users
    entry = audit_entries(db, limit=1)[0]
    assert (entry.user, entry.action, entry.object) == (name, "user.password", name)
    with pytest.raises(PermissionDenied):
        site.login(db, name, PASSWORD)
    assert site.login(db, name, NEW_PASSWORD).name == name


def test_a_wrong_current_password_is_counted_as_a_wrong_sign_in(db, who):
    """Left signed in, a workstation was a way to guess its user's password without limit and
    unrecorded (the dialog's own lock aside): each wrong one is now a failed attempt, recorded,
    and the user is locked after as many as a sign-in allows; the right one is then refused
    too, until the lock ends."""
    for attempt in range(1, site.LOCK_AFTER + 1):
        with pytest.raises(PermissionDenied, match="current password: ") as refused:
            own_password.change_own_password(db, who.olu, "not the password", NEW_PASSWORD)
        assert refused.value.code == (
            own_password.LOCKED if attempt == site.LOCK_AFTER else own_password.WRONG_CURRENT
        )
        entry = audit_entries(db, limit=1)[0]
        assert (entry.user, entry.action) == ("olu", "login.failed")
        assert json.loads(entry.details)["failures"] == attempt
    assert "is locked after failed attempts until" in str(refused.value)
    assert history.sentence(entry.action, entry.user, entry.object, entry.details) == (
        "A wrong current password was typed to change the password of olu, and the user locked"
    )
    with pytest.raises(PermissionDenied, match="is locked after failed attempts") as refused:
        own_password.change_own_password(db, who.olu, PASSWORD, NEW_PASSWORD)
    assert refused.value.code == own_password.LOCKED
    with pytest.raises(PermissionDenied, match="locked"):
        site.login(db, "olu", PASSWORD)
    site.unlock_user(db, who.admin, "olu")
    assert site.login(db, "olu", PASSWORD).name == "olu"  # unchanged throughout


@pytest.mark.parametrize("changed", [True, False])
def test_the_right_current_password_ends_the_failed_attempts_in_a_row(db, who, changed):
    """Wrong current passwords were counted on past the right one: two wrong, the right one
    (its new password refused, or taken), then three wrong sign-ins locked the user "after five
    in a row". The right one now ends the row as a sign-in does: cleared, and recorded."""
    for _ in range(2):
        with pytest.raises(PermissionDenied):
            own_password.change_own_password(db, who.olu, "not the password", NEW_PASSWORD)
    assert records.get_user_lock(db, "olu")[0] == 2
    if changed:
        own_password.change_own_password(db, who.olu, PASSWORD, NEW_PASSWORD)
    else:
        with pytest.raises(UserError, match="use at least 8 characters"):
            own_password.change_own_password(db, who.olu, PASSWORD, "short")
    assert records.get_user_lock(db, "olu") == (0, None)
    (cleared,) = [e for e in audit_entries(db, limit=3) if e.action == "login"]
    assert json.loads(cleared.details) == {"changing": "own password", "failures_cleared": 2}
    assert history.sentence(cleared.action, cleared.user, cleared.object, cleared.details) == (
        "The right current password was typed to change the password of olu, and the failed "
        "attempts before it cleared"
    )
    for _ in range(site.LOCK_AFTER - 1):
        with pytest.raises(PermissionDenied, match="wrong password"):
            site.login(db, "olu", "not the password")
    assert site.login(db, "olu", NEW_PASSWORD if changed else PASSWORD).name == "olu"
    assert verify(db).ok  # (an unsigned entry changing only one's own lock: as a sign-in's)


def test_the_new_password_may_not_be_the_current_one(db, who):
    before = _audit_count(db)
    with pytest.raises(UserError, match="new password: it is your current password") as refused:
        own_password.change_own_password(db, who.olu, PASSWORD, PASSWORD)
    assert refused.value.code == own_password.SAME_PASSWORD
    assert _audit_count(db) == before


def test_the_new_password_follows_the_services_rules(db, who):
    with pytest.raises(UserError, match="use at least 8 characters"):
        own_password.change_own_password(db, who.olu, PASSWORD, "short")
    with pytest.raises(UserError, match="do not use the user name"):
        own_password.change_own_password(db, who.olu, PASSWORD, "olu-20261")
    assert site.login(db, "olu", PASSWORD).name == "olu"


def test_an_inactive_user_still_signed_in_cannot_change_it(db, who):
    site.set_user(db, who.admin, "olu", active=False)
    with pytest.raises(PermissionDenied, match="'olu' is inactive"):
        own_password.change_own_password(db, who.olu, PASSWORD, NEW_PASSWORD)
    site.set_user(db, who.admin, "olu", active=True)
    assert site.login(db, "olu", PASSWORD).name == "olu"


def test_a_supervisor_holding_the_site_key_keeps_it_under_the_new_password(db, who):
    changes = own_password.change_own_password(db, who.sam, PASSWORD, NEW_PASSWORD)
    assert changes.note == ""
    assert site.login(db, "sam", NEW_PASSWORD).signer is not None
