"""SQL for the site signing key, its wraps, and the signed checkpoints of the audit chain."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sortapp.storage import dbapi, named
from sortapp.storage.dbapi import Database

#: Ids asked for in one query.
_IDS_PER_QUERY = 500


# -- the site key and its wraps ----------------------------------------------------------------


def site_key(db: Database) -> dict[str, str] | None:
    """Return the site key's public part and when and by whom it was made, or None."""
    if not db.table("site_signing_key").exists():
        return None
    return named.first_dict(
        db.execute(
            "SELECT site, public_key, created_at, created_by FROM site_signing_key WHERE id = 1"
        )
    )


def insert_site_key(db: Database, site: str, public_key: str, at: str, by: str) -> None:
    db.execute(
        "INSERT INTO site_signing_key (id, site, public_key, created_at, created_by) "
        "VALUES (1, ?, ?, ?, ?)",
        (site, public_key, at, by),
    )


def get_wrap(db: Database, user_id: int) -> str | None:
    """A user's wrap of the site key; on a server, the session's own user's only (another's:
    None; ``pgschema.SECRET``)."""
    if dbapi.sqlite(db):
        row = db.execute(
            "SELECT wrapped FROM site_key_wraps WHERE user_id = ?", (user_id,)
        ).fetchone()
        return row[0] if row else None
    from sortapp.storage import pgschema  # noqa: PLC0415 (a server's only)

    row = db.execute(
        f"SELECT sortapp_text FROM {pgschema.seen('site_key_wraps')} WHERE user_id = ?",
        (user_id,),
    ).fetchone()
    return pgschema.secret_of(row[0], "wrapped") if row else None


def put_wrap(db: Database, user_id: int, wrapped: str, at: str, by: str) -> None:
    if not dbapi.sqlite(db):
        # (No ON CONFLICT there: its DO UPDATE reads the wrap, which no session reads of
        # another user: ``pgschema.SECRET``. Inside the caller's transaction.)
        if db.execute(
            "UPDATE site_key_wraps SET wrapped = ?, made_at = ?, made_by = ? WHERE user_id = ?",
            (wrapped, at, by, user_id),
        ).rowcount:
            return
        db.execute(
            "INSERT INTO site_key_wraps (user_id, wrapped, made_at, made_by) VALUES (?, ?, ?, ?)",
            (user_id, wrapped, at, by),
        )
        return
    db.execute(
        "INSERT INTO site_key_wraps (user_id, wrapped, made_at, made_by) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (user_id) DO UPDATE SET wrapped = excluded.wrapped, "
        "made_at = excluded.made_at, made_by = excluded.made_by",
        (user_id, wrapped, at, by),
    )


def delete_wrap(db: Database, user_id: int) -> bool:
    """Remove a user's wrap; tell whether there was one."""
    return db.execute("DELETE FROM site_key_wraps WHERE user_id = ?", (user_id,)).rowcount > 0


def holders(db: Database) -> list[str]:
    """Return the names of the users who hold a wrap of the site key."""
    return [
        r[0]
        for r in db.execute(
            "SELECT u.name FROM site_key_wraps w JOIN users u ON u.id = w.user_id ORDER BY u.name"
        )
    ]


def active_holders(db: Database) -> list[str]:
    """Return the names of the active supervisors and admins who hold a wrap of the site key:
    those who can sign a checkpoint."""
    return [
        r[0]
        for r in db.execute(
            "SELECT u.name FROM site_key_wraps w JOIN users u ON u.id = w.user_id "
            "WHERE u.active <> 0 AND u.role IN ('supervisor', 'admin') ORDER BY u.name"
        )
    ]


def holders_acted_after_key(db: Database, site: str) -> bool:
    """Tell whether a user who holds a wrap of the site key wrote an audit entry after the
    entry that made the key (after which a checkpoint is signed)."""
    row = db.execute(
        "SELECT EXISTS (SELECT 1 FROM audit WHERE site = ? AND id > "
        "(SELECT coalesce(min(id), 0) FROM audit WHERE site = ? AND action = 'site.key') "
        "AND user IN (SELECT u.name FROM site_key_wraps w JOIN users u ON u.id = w.user_id))",
        (site, site),
    ).fetchone()
    return bool(row[0])


# -- checkpoints -------------------------------------------------------------------------------


def audit_head(db: Database, site: str) -> tuple[int, str, str] | None:
    """Return (id, uid, hash) of the site's newest audit entry, or None when there is none."""
    row = db.execute(
        "SELECT id, uid, hash FROM audit WHERE site = ? ORDER BY id DESC LIMIT 1", (site,)
    ).fetchone()
    return (int(row[0]), row[1], row[2]) if row else None


def count_entries(db: Database, site: str, after: int, upto: int) -> int:
    """Return how many of the site's audit entries have ``after`` < id <= ``upto``."""
    row = db.execute(
        "SELECT count(*) FROM audit WHERE id > ? AND id <= ? AND site = ?", (after, upto, site)
    ).fetchone()
    return int(row[0])


def latest_checkpoint(db: Database, site: str) -> tuple[int, str, str] | None:
    """Return (audit id, body, signature) of the site's newest checkpoint in the table."""
    if not db.table("checkpoints").exists():
        return None
    row = db.execute(
        "SELECT audit_id, body, signature FROM checkpoints WHERE site = ? "
        "ORDER BY audit_id DESC, id DESC LIMIT 1",
        (site,),
    ).fetchone()
    return (int(row[0]), row[1], row[2]) if row else None


def insert_checkpoint(
    db: Database, site: str, audit_id: int, at: str, body: str, signature: str
) -> None:
    db.execute(
        "INSERT INTO checkpoints (site, audit_id, at, body, signature) VALUES (?, ?, ?, ?, ?)",
        (site, audit_id, at, body, signature),
    )


def seal_checkpoints(db: Database, site: str, limit: int) -> list[tuple[Any, ...]]:
    """Return the newest ``limit`` seal checkpoints of the table with the ``verify.seal`` entry
    each names: (audit id, uid, user, hash, details, body, signature), newest first."""
    if not db.table("checkpoints").exists():
        return []
    return db.execute(
        """SELECT a.id, a.uid, a.user, a.hash, a.details, c.body, c.signature
           FROM checkpoints c JOIN audit a ON a.id = c.audit_id
           WHERE c.site = ? AND a.site = ? AND a.action = 'verify.seal'
             AND c.body LIKE '%"kind":"seal"%'
           ORDER BY c.audit_id DESC, c.id DESC LIMIT ?""",
        (site, site, limit),
    ).fetchall()


def checkpoint_index(db: Database) -> list[tuple[int, str, bool]]:
    """Return (id, time, whether a restore statement) of every checkpoint in the table."""
    if not db.table("checkpoints").exists():
        return []
    return [
        (int(r[0]), r[1], bool(r[2]))
        for r in db.execute(
            """SELECT id, at, body LIKE '%"kind":"restore"%' FROM checkpoints ORDER BY id"""
        )
    ]


def checkpoint_row(db: Database, row_id: int) -> tuple[str, str]:
    """Return (body, signature) of one checkpoint of the table."""
    row = db.execute("SELECT body, signature FROM checkpoints WHERE id = ?", (row_id,)).fetchone()
    return (row[0], row[1]) if row else ("", "")


def audit_entries(db: Database, ids: Sequence[int]) -> dict[int, tuple[str, str, str]]:
    """Return {id: (uid, site, hash)} of the audit entries with these ids (those that exist)."""
    found: dict[int, tuple[str, str, str]] = {}
    unique = sorted(set(ids))
    for start in range(0, len(unique), _IDS_PER_QUERY):
        batch = unique[start : start + _IDS_PER_QUERY]
        marks = ",".join("?" * len(batch))
        for row in db.execute(
            f"SELECT id, uid, site, hash FROM audit WHERE id IN ({marks})", batch
        ):
            found[int(row[0])] = (row[1], row[2], row[3])
    return found


def counts_upto(
    db: Database, site: str, ids: Sequence[int], sealed: tuple[int, dict[int, int]] | None = None
) -> dict[int, int]:
    """Return {id: how many of the site's audit entries have an id up to it} (one pass; with
    ``sealed``, (upto, ``site_counts`` up to it), only the ids of a chunk's part and those
    after ``upto`` are read)."""
    if sealed is not None:
        return {upto: _count_by_chunks(db, site, upto, *sealed) for upto in set(ids)}
    out: dict[int, Any] = {}
    total, last = 0, 0
    for upto in sorted(set(ids)):
        total += count_entries(db, site, last, upto)
        out[upto] = total
        last = upto
    return out


#: The audit ids a seal counts each site's entries by: ids k * SITE_CHUNK + 1 .. (k + 1) * ...
SITE_CHUNK = 4096


def site_counts(db: Database, site: str, upto: int, start: int = 0) -> dict[int, int]:
    """Return {chunk of ``SITE_CHUNK`` ids, from chunk ``start``: how many of the site's audit
    entries with an id up to ``upto`` it holds} (chunks holding none left out)."""
    return {
        int(chunk): int(count)
        for chunk, count in db.execute(
            "SELECT (id - 1) / ?, count(*) FROM audit WHERE id > ? AND id <= ? AND site = ? "
            "GROUP BY 1",
            (SITE_CHUNK, start * SITE_CHUNK, upto, site),
        )
    }


def _count_by_chunks(
    db: Database, site: str, upto: int, counted: int, chunks: dict[int, int]
) -> int:
    """How many of the site's audit entries have an id up to ``upto``, from ``chunks``
    (``site_counts`` up to ``counted``): the whole chunks before it, the rest read."""
    if upto > counted:
        return sum(chunks.values()) + count_entries(db, site, counted, upto)
    whole = upto // SITE_CHUNK
    before = sum(count for chunk, count in chunks.items() if chunk < whole)
    return before + count_entries(db, site, whole * SITE_CHUNK, upto)


#: An audit entry whose record of rows names a checkpoint (``rowcover.NOTED_LATER``), as SQL.
RECORDS_CHECKPOINT = """(rows <> '' AND rows LIKE '%["checkpoints",%')"""


def recorded_checkpoints_among(
    db: Database, ids: Sequence[int], after: int
) -> list[tuple[int, str, str]]:
    """``recorded_checkpoints`` of the entries ``ids`` and of those after id ``after`` (with
    their ids): (id, uid, rows), in order."""
    found = db.execute(  # (the table's own rows, as the rows replay reads them)
        f"SELECT id, uid, rows FROM audit NOT INDEXED WHERE id > ? AND {RECORDS_CHECKPOINT} "
        "ORDER BY id",
        (after,),
    ).fetchall()
    unique = sorted(set(ids))
    for start in range(0, len(unique), _IDS_PER_QUERY):
        batch = unique[start : start + _IDS_PER_QUERY]
        marks = ",".join("?" * len(batch))
        found += db.execute(
            f"SELECT id, uid, rows FROM audit WHERE id IN ({marks}) AND id <= ?", [*batch, after]
        ).fetchall()
    return sorted((int(i), uid, rows) for i, uid, rows in found)


def recorded_checkpoints(db: Database) -> list[tuple[str, str]]:
    """Return (uid, rows) of the audit entries whose record of rows names a checkpoint
    (``rowcover.NOTED_LATER``), in order."""
    return db.execute(  # (the table's own rows, as the rows replay reads them)
        f"SELECT uid, rows FROM audit NOT INDEXED WHERE {RECORDS_CHECKPOINT} ORDER BY id"
    ).fetchall()


def audit_entry_of(db: Database, entry_id: int) -> tuple[str, str, str, str] | None:
    """Return (uid, site, user, action) of one audit entry, or None."""
    row = db.execute(
        'SELECT uid, site, "user", action FROM audit WHERE id = ?', (entry_id,)
    ).fetchone()
    return (row[0], row[1], row[2], row[3]) if row else None


def others_between(db: Database, site: str, after: int, before: int, user: str) -> int:
    """Return how many of the site's audit entries with ``after`` < id < ``before`` are by
    someone other than ``user``."""
    row = db.execute(
        'SELECT count(*) FROM audit WHERE id > ? AND id < ? AND site = ? AND "user" <> ?',
        (after, before, site, user),
    ).fetchone()
    return int(row[0])
