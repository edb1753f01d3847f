"""SQL for the site, its settings, users, countries, the assortment and the price book."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sortapp.core.entities import Category, Site
from sortapp.storage import dbapi, named
from sortapp.storage.dbapi import Database

_CATEGORY_COLUMNS = """c.id, c.code, c.name, c.size, c.model, c.quality, c.colour, c.hs_code,
    s.band = 'specials' AS special, c.active, s.min_mct AS stone_min_mct,
    s.max_mct AS stone_max_mct"""


def next_id(db: Database, table: str) -> int:
    """Return the next local id of ``table`` (call inside a write transaction)."""
    row = db.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()
    return int(row[0])


# -- site and settings -------------------------------------------------------------------------


def get_site(db: Database) -> Site | None:
    return named.one(db.execute("SELECT code, name, country FROM site WHERE id = 1"), Site)


def insert_site(db: Database, code: str, name: str, country: str, at: str) -> None:
    db.execute(
        "INSERT INTO site (id, code, name, country, created_at) VALUES (1, ?, ?, ?, ?)",
        (code, name, country, at),
    )


def update_site_name(db: Database, name: str) -> None:
    db.execute("UPDATE site SET name = ? WHERE id = 1", (name,))


def get_settings(db: Database) -> dict[str, str]:
    return dict(db.execute("SELECT key, value FROM settings").fetchall())


def put_setting(db: Database, key: str, value: str) -> None:
    db.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


# -- countries ---------------------------------------------------------------------------------


def insert_countries(db: Database, rows: Iterable[tuple[str, str, str]]) -> None:
    db.conn.executemany(
        "INSERT INTO countries (code, name, kp) VALUES (?, ?, ?) "
        "ON CONFLICT (code) DO UPDATE SET name = excluded.name, kp = excluded.kp",
        list(rows),
    )


def get_country(db: Database, code: str) -> tuple[str, str, str] | None:
    row = db.execute("SELECT code, name, kp FROM countries WHERE code = ?", (code,)).fetchone()
    return tuple(row) if row else None


def list_countries(db: Database) -> list[tuple[str, str, str]]:
    return [tuple(r) for r in db.execute("SELECT code, name, kp FROM countries ORDER BY code")]


# -- users -------------------------------------------------------------------------------------


def insert_user(db: Database, name: str, role: str, password_hash: str, at: str) -> int:
    return dbapi.insert(
        db, "users", {"name": name, "role": role, "password_hash": password_hash, "created_at": at}
    )


def get_user(db: Database, name: str) -> dict[str, Any] | None:
    """A user's id, name, role, password hash and whether active; on a server, the password
    hash of the session's own user only (another's: None; ``pgschema.SECRET``)."""
    if dbapi.sqlite(db):
        return named.first_dict(
            db.execute(
                "SELECT id, name, role, password_hash, active FROM users "
                f"WHERE {dbapi.same(db, 'name')}",
                (name,),
            )
        )
    from sortapp.storage import pgschema  # noqa: PLC0415 (a server's only)

    user = named.first_dict(
        db.execute(
            "SELECT id, name, role, sortapp_text AS password_hash, active "
            f"FROM {pgschema.seen('users')} WHERE {dbapi.same(db, 'name')}",
            (name,),
        )
    )
    if user is not None:
        user["password_hash"] = pgschema.secret_of(user["password_hash"], "password_hash")
    return user


def user_standing(db: Database, user_id: int) -> tuple[str, bool, str] | None:
    """A user's role, whether active and name, as the users table holds them now (None: no
    user of that id)."""
    row = db.execute("SELECT role, active, name FROM users WHERE id = ?", (user_id,)).fetchone()
    return (str(row[0]), bool(row[1]), str(row[2])) if row else None


def list_users(db: Database) -> list[tuple[str, str, int]]:
    return [tuple(r) for r in db.execute("SELECT name, role, active FROM users ORDER BY name")]


def set_user_state(db: Database, name: str, role: str, active: bool) -> None:
    db.execute(
        f"UPDATE users SET role = ?, active = ? WHERE {dbapi.same(db, 'name')}",
        (role, int(active), name),
    )


def set_user_password(db: Database, name: str, password_hash: str) -> None:
    db.execute(
        f"UPDATE users SET password_hash = ? WHERE {dbapi.same(db, 'name')}", (password_hash, name)
    )


def get_user_lock(db: Database, name: str) -> tuple[int, str | None] | None:
    """Return (failed sign-ins in a row, locked until or None) of a user; None if unknown."""
    row = db.execute(
        "SELECT coalesce(failed_logins, 0), locked_until FROM users "
        f"WHERE {dbapi.same(db, 'name')}",
        (name,),
    ).fetchone()
    return (int(row[0]), row[1]) if row else None


def set_user_lock(db: Database, name: str, failures: int, locked_until: str | None) -> None:
    """Store a user's failed sign-ins (0 is stored as NULL) and lock time."""
    db.execute(
        f"UPDATE users SET failed_logins = ?, locked_until = ? WHERE {dbapi.same(db, 'name')}",
        (failures or None, locked_until, name),
    )


def get_user_language(db: Database, name: str) -> str | None:
    """Return the language a user chose (a code), or None: not chosen, or no such user."""
    row = db.execute(
        f"SELECT language FROM users WHERE {dbapi.same(db, 'name')}", (name,)
    ).fetchone()
    return row[0] if row else None


def set_user_language(db: Database, name: str, language: str | None) -> None:
    db.execute(f"UPDATE users SET language = ? WHERE {dbapi.same(db, 'name')}", (language, name))


def user_locks(db: Database) -> dict[str, tuple[int, str | None]]:
    """Return {name: (failed sign-ins, locked until)} of users with failures on record."""
    rows = db.execute(
        "SELECT name, failed_logins, locked_until FROM users "
        "WHERE failed_logins IS NOT NULL OR locked_until IS NOT NULL ORDER BY name"
    )
    return {name: (int(count or 0), until) for name, count, until in rows}


# -- assortment --------------------------------------------------------------------------------


def insert_reference(db: Database, table: str, rows: Sequence[Sequence[Any]]) -> None:
    """Insert rows of size_classes, models, qualities or colours (ignoring known codes)."""
    if table not in {"size_classes", "models", "qualities", "colours"}:
        raise ValueError(table)
    if not rows:
        return
    marks = ",".join("?" * len(rows[0]))
    db.conn.executemany(f"INSERT INTO {table} VALUES ({marks}) ON CONFLICT DO NOTHING", rows)


def reference_names(db: Database, table: str) -> dict[str, str]:
    """Return {code: name} of size_classes (their label), models, qualities or colours."""
    if table not in {"size_classes", "models", "qualities", "colours"}:
        raise ValueError(table)
    name = "label" if table == "size_classes" else "name"
    return dict(db.execute(f"SELECT code, {name} FROM {table} ORDER BY sort_order").fetchall())


def insert_categories(
    db: Database, rows: Sequence[tuple[str, str, str, str, str, str, str]]
) -> int:
    """Insert (code, name, size, model, quality, colour, hs_code) rows; return how many."""
    start = next_id(db, "categories")
    db.conn.executemany(
        "INSERT INTO categories (code, name, size, model, quality, colour, hs_code, sort_order) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(*row, start + i) for i, row in enumerate(rows)],
    )
    return len(rows)


def category_codes(db: Database) -> set[str]:
    return {r[0].upper() for r in db.execute("SELECT code FROM categories")}


def get_category(db: Database, code: str) -> Category | None:
    return named.one(
        db.execute(
            f"SELECT {_CATEGORY_COLUMNS} FROM categories c "
            f"JOIN size_classes s ON s.code = c.size WHERE {dbapi.same(db, 'c.code')}",
            (code.strip(),),
        ),
        Category,
    )


def list_categories(db: Database) -> list[Category]:
    return named.every(
        db.execute(
            f"SELECT {_CATEGORY_COLUMNS} FROM categories c JOIN size_classes s ON s.code = c.size "
            "ORDER BY c.sort_order"
        ),
        Category,
    )


def name_translations(db: Database) -> dict[tuple[str, str, str], str]:
    """Return {(kind, code, language): name} of every name kept in another language."""
    return {
        (kind, code, language): name
        for kind, code, language, name in db.execute(
            "SELECT kind, code, language, name FROM name_translations"
        )
    }


def set_name_translation(db: Database, kind: str, code: str, language: str, name: str) -> None:
    """Keep ``name`` as the ``language`` name of the ``kind`` ``code`` (in place of any)."""
    db.execute(
        "INSERT INTO name_translations (kind, code, language, name) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (kind, code, language) DO UPDATE SET name = excluded.name "
        "WHERE name_translations.name <> excluded.name",
        (kind, code, language, name),
    )


def clear_name_translation(db: Database, kind: str, code: str, language: str) -> bool:
    """Drop the ``language`` name of the ``kind`` ``code``; return whether there was one."""
    found = db.execute(
        "SELECT 1 FROM name_translations WHERE kind = ? AND code = ? AND language = ?",
        (kind, code, language),
    ).fetchone()
    if found is None:
        return False
    db.execute(
        "DELETE FROM name_translations WHERE kind = ? AND code = ? AND language = ?",
        (kind, code, language),
    )
    return True


# -- price book --------------------------------------------------------------------------------


def insert_price(
    db: Database, category_id: int, effective_from: str, cents_per_ct: int, user_id: int, at: str
) -> None:
    db.execute(
        "INSERT INTO prices (category_id, effective_from, cents_per_ct, set_by, set_at) "
        "VALUES (?, ?, ?, ?, ?)",
        (category_id, effective_from, cents_per_ct, user_id, at),
    )


def insert_prices(db: Database, rows: Iterable[tuple[int, str, int, int, str]]) -> None:
    db.conn.executemany(
        "INSERT INTO prices (category_id, effective_from, cents_per_ct, set_by, set_at) "
        "VALUES (?, ?, ?, ?, ?)",
        list(rows),
    )


def price_book_on(db: Database, day: str) -> dict[int, tuple[str, int, str, str]]:
    """Return {category_id: (effective from, cents_per_ct, set by, set at)} of the prices in
    force on ``day``, as ``prices_on`` picks them (the latest entry wins)."""
    rows = db.execute(
        """SELECT p.category_id, p.effective_from, p.cents_per_ct, u.name, p.set_at
           FROM prices p JOIN users u ON u.id = p.set_by
           WHERE p.effective_from <= ? ORDER BY p.category_id, p.effective_from, p.id""",
        (day,),
    )
    return {row[0]: (row[1], row[2], row[3], row[4]) for row in rows.fetchall()}


def prices_on(db: Database, day: str, *, set_before: str | None = None) -> dict[int, int]:
    """Return {category_id: cents_per_ct} in force on ``day`` (the latest entry wins); with
    ``set_before`` (a UTC time), the book as it stood then (the prices set before it only)."""
    known = "AND set_at < ?" if set_before is not None else ""
    rows = db.execute(
        f"""SELECT p.category_id, p.cents_per_ct FROM prices p
           JOIN (SELECT category_id, max(effective_from) AS f FROM prices
                 WHERE effective_from <= ? {known} GROUP BY category_id) m
             ON m.category_id = p.category_id AND m.f = p.effective_from
           WHERE TRUE {known.replace("set_at", "p.set_at")}
           ORDER BY p.id""",
        (day, set_before, set_before) if set_before is not None else (day,),
    )
    return dict(rows.fetchall())


def key_holders(db: Database) -> list[tuple[int, str]]:
    """(users row id, name) of the users a wrap of the site key is made for (by the wraps' own
    table)."""
    return [
        (int(row[0]), str(row[1]))
        for row in db.execute(
            "SELECT u.id, u.name FROM site_key_wraps w JOIN users u ON u.id = w.user_id "
            "ORDER BY u.id"
        )
    ]
