"""What an unsigned entry may change of ``users`` (issue 15), as it is written: only the acting
user's own row, and there only the columns of the action (signing in: the failed attempts and the
lock; one's password; one's language). Anything else is refused before anything is written, as
verify would report it."""

from __future__ import annotations

import pytest

from sortapp.core.errors import PermissionDenied
from sortapp.services import audit, language, site, verify
from sortapp.storage import records
from sortapp.storage.db import transaction
from tests.conftest import PASSWORD


def _entries(db) -> int:
    return int(db.execute("SELECT count(*) FROM audit").fetchone()[0])


def _role_active(db, name: str) -> tuple[str, int]:
    row = db.execute("SELECT role, active FROM users WHERE name = ?", (name,)).fetchone()
    return str(row[0]), int(row[1])


@pytest.mark.parametrize(
    ("action", "obj", "user", "change"),
    [
        # Another user's row, under one's own sign-in, password or language.
        ("login", "", "olu", "UPDATE users SET failed_logins = 3 WHERE name = 'sam'"),
        ("user.password", "olu", "olu", "UPDATE users SET password_hash = 'x' WHERE name = 'sam'"),
        ("user.language", "olu", "olu", "UPDATE users SET language = 'fr' WHERE name = 'sam'"),
        # A failed sign-in of a name that is no user's changes no row at all.
        ("login.failed", "", "nobody", "UPDATE users SET failed_logins = 1 WHERE name = 'olu'"),
        # One's own row, but a column the action does not change.
        ("login", "", "olu", "UPDATE users SET role = 'admin' WHERE name = 'olu'"),
        ("login.failed", "", "ola", "UPDATE users SET active = 0, failed_logins = 1 "
         "WHERE name = 'ola'"),
        ("user.language", "olu", "olu", "UPDATE users SET password_hash = 'x' WHERE name = 'olu'"),
        ("user.password", "olu", "olu", "UPDATE users SET name = 'olu2' WHERE name = 'olu'"),
        ("login", "", "olu", "UPDATE users SET language = 'pt' WHERE name = 'olu'"),
        # A row added under one's own name.
        ("login", "", "newbie", "INSERT INTO users (name, role, password_hash, active, "
         "created_at) VALUES ('newbie', 'admin', 'x', 1, '2026-12-01')"),
    ],
)  # fmt: skip
def test_an_unsigned_entry_changing_users_beyond_its_own_row_is_refused(
    db, who, action, obj, user, change
):
    count = _entries(db)
    before = db.execute("SELECT * FROM users ORDER BY id").fetchall()
    with pytest.raises(PermissionDenied, match="does not hold the site key"), transaction(db):
        db.execute(change)
        audit.record(db, user, action, obj, {})
    assert _entries(db) == count
    assert db.execute("SELECT * FROM users ORDER BY id").fetchall() == before


@pytest.mark.parametrize(
    ("action", "obj", "change"),
    [
        ("login", "", "UPDATE users SET failed_logins = NULL, locked_until = NULL "
         "WHERE name = 'OLU'"),
        ("login.failed", "", "UPDATE users SET failed_logins = 2 WHERE name = 'olu'"),
        ("user.password", "olu", "UPDATE users SET password_hash = 'y' WHERE name = 'olu'"),
        ("user.language", "olu", "UPDATE users SET language = 'ru' WHERE name = 'olu'"),
    ],
)  # fmt: skip
def test_ones_own_row_in_the_actions_columns_is_recorded_unsigned(db, who, action, obj, change):
    with transaction(db):
        db.execute("UPDATE users SET failed_logins = 1, locked_until = '2099-01-01' "
                   "WHERE name = 'olu'")  # fmt: skip
        audit.record(db, who.admin, "user.unlock", "olu", {})  # (signed: a state to start from)
    count = _entries(db)
    with transaction(db):
        db.execute(change)
        audit.record(db, "olu", action, obj, {})
    assert _entries(db) == count + 1
    assert db.execute("SELECT signature FROM entry_signatures WHERE audit_id = "
                      "(SELECT max(id) FROM audit)").fetchone() is None  # fmt: skip
    report = verify.verify(db)
    assert report.ok, report.problems


def test_the_normal_flows_stay_green(db, who):
    """Failed sign-ins (a known name and an unknown one), a lock, a sign-in that clears them,
    one's own password and language, a signed role change and a deactivation: verify passes."""
    for _ in range(5):
        with pytest.raises(PermissionDenied):
            site.login(db, "olu", "wrong password")
    with pytest.raises(PermissionDenied):
        site.login(db, "nobody", "wrong password")
    site.unlock_user(db, who.admin, "olu")
    with pytest.raises(PermissionDenied):
        site.login(db, "olu", "wrong password")
    site.login(db, "olu", PASSWORD, record_success=True)
    site.change_password(db, who.olu, "olu", "a new long passphrase 2026")
    language.set_language(db, who.olu, "fr")
    site.set_user(db, who.admin, "ola", role="supervisor")
    site.set_user(db, who.admin, "sue", active=False)
    with pytest.raises(PermissionDenied):
        site.login(db, "sue", PASSWORD)  # inactive: a failed sign-in, on her own row
    assert _role_active(db, "ola") == ("supervisor", 1)
    assert _role_active(db, "sue") == ("supervisor", 0)
    users = db.execute(
        "SELECT count(*) FROM audit WHERE action IN ('login', 'login.failed', 'user.password', "
        "'user.language') AND rows LIKE '%users%'"
    ).fetchone()[0]
    assert users >= 5  # the unsigned entries that changed a user's own row
    report = verify.verify(db)
    assert report.ok, report.problems
    assert records.get_user_language(db, "olu") == "fr"
