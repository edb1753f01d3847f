"""SQL for the hash-chained audit log."""

from __future__ import annotations

import bisect
import functools
import hashlib
import itertools
import json
import re
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from sortapp.core import uids
from sortapp.core.canonical import GENESIS_HASH, canonical_json, sha256_hex
from sortapp.storage import dbapi, records, rowcover
from sortapp.storage.dbapi import Database


def audit_hash(
    prev_hash: str,
    uid: str,
    site_code: str,
    at: str,
    user: str,
    action: str,
    obj: str,
    details: str,
    rows: str = "",
) -> str:
    """Hash one audit entry over its canonical form, chained to the previous entry's hash.

    ``rows`` (the protected rows the entry changed, as JSON) joins the list only when there are
    some, so entries written before rows were recorded keep their hashes.
    """
    # All text: nothing here can be a float, so the float check is not needed.
    fields = [prev_hash, uid, site_code, at, user, action, obj, details]
    return sha256_hex(canonical_json([*fields, rows] if rows else fields, check=False))


def last_hash(db: Database, site: str) -> str:
    row = db.execute(
        "SELECT hash FROM audit WHERE site = ? ORDER BY id DESC LIMIT 1", (site,)
    ).fetchone()
    return row[0] if row else GENESIS_HASH


class NoSite(LookupError):
    """``append`` to this database's own site's chain, and it has no site yet."""


def append(
    db: Database,
    site: str | None,
    user: str,
    action: str,
    obj: str,
    details: dict[str, Any],
    rows: list[list[Any]],
    at: str,
) -> tuple[int, str, str]:
    """Append an audit entry chained to the site's last one (inside the caller's transaction);
    return its (id, uid, hash). ``rows``: the protected rows it changed (``rowcover.take``).
    ``site`` None: this database's own site (``NoSite`` when it has none); on the server its
    code comes in the statement that reads the chain's head (the writer's lock is held)."""
    if dbapi.sqlite(db):
        if site is None:
            own = records.get_site(db)
            if own is None:
                raise NoSite
            site = own.code
        prev = last_hash(db, site)
        entry_id = int(db.execute("SELECT coalesce(max(id), 0) + 1 FROM audit").fetchone()[0])
        return _insert(db, site, prev, entry_id, (user, action, obj, details, rows, at))
    # On the server the chain's head and the next id in one round trip (with the site's code).
    heads = (
        "(SELECT hash FROM audit WHERE site = {} ORDER BY id DESC LIMIT 1), "
        "(SELECT coalesce(max(id), 0) + 1 FROM audit)"
    )
    if site is None:
        found = db.execute(
            f"SELECT s.code, {heads.format('s.code')} FROM site s WHERE s.id = 1"
        ).fetchone()
        if found is None:
            raise NoSite
        site, head, next_id = found
    else:
        head, next_id = db.execute(f"SELECT {heads.format('?')}", (site,)).fetchone()
    prev = GENESIS_HASH if head is None else head
    return _insert(db, site, prev, int(next_id), (user, action, obj, details, rows, at))


def _insert(
    db: Database,
    site: str,
    prev: str,
    entry_id: int,
    entry: tuple[str, str, str, dict[str, Any], list[list[Any]], str],
) -> tuple[int, str, str]:
    user, action, obj, details, rows, at = entry
    uid = uids.audit(site, entry_id)
    text = canonical_json(details)
    rows_text = canonical_json(rows) if rows else ""
    db.execute(
        'INSERT INTO audit (id, uid, site, at, "user", action, object, details, rows, prev_hash, '
        "hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            entry_id,
            uid,
            site,
            at,
            user,
            action,
            obj,
            text,
            rows_text,
            prev,
            digest := audit_hash(prev, uid, site, at, user, action, obj, text, rows_text),
        ),
    )
    return entry_id, uid, digest


#: Signed before an entry's hash, so an entry signature means nothing else.
ENTRY_DOMAIN = b"sortapp audit entry v1\n"


def insert_signature(db: Database, audit_id: int, signature: str) -> None:
    db.execute(
        "INSERT INTO entry_signatures (audit_id, signature) VALUES (?, ?)", (audit_id, signature)
    )


# The rule ``signed_or_named`` applies to an entry ``a`` (``s``: its signature, if any), in two
# parts: by the entry (its parameters: the actions), by its record of rows (the tables).
_BY_ENTRY = """(s.signature IS NOT NULL OR a.action IN ({marks})
       OR (a.action = 'user.password' AND a.object IS DISTINCT FROM a."user")
       OR (a.action = 'sort.close' AND json_extract(a.details, '$.override') IS 1))"""
#: An unsigned entry may change a ``users`` row only as one's own: by signing in (or failing
#: to), setting one's own password or language, and then only the acting user's own row (the
#: key is the id of the row named as the entry's user), changed, neither added nor deleted. A
#: failed sign-in of a name that is no user's changes no row. (``services.audit``'s
#: ``OWN_ROW_COLUMNS``, as the entry is written: which columns.)
#: Of those, the actions that name their user as the entry's object.
OWN_ROW_NAMED = ("user.password", "user.language")
_OWN_ROW = """(a.action IN ('login', 'login.failed')
                      OR (a.action IN ('user.password', 'user.language')
                          AND a.object = a."user"))
                  AND j.value ->> 2 IS NOT NULL AND j.value ->> 3 IS NOT NULL
                  AND EXISTS (SELECT 1 FROM users u WHERE u.name = a."user"
                              AND json_array(u.id) = j.value ->> 1)"""
_BY_ROWS = f"""CASE WHEN a.rows <> '' AND json_valid(a.rows) THEN EXISTS (
       SELECT 1 FROM json_each(a.rows) j
       WHERE CASE WHEN j.type = 'array' THEN
             j.value ->> 0 IN ({{table_marks}})
             OR (j.value ->> 0 = 'users'
                 AND NOT ({_OWN_ROW})) END) END"""
_COLUMNS = 'a.id, a.uid, a."user", a.action, a.object, a.hash, s.signature'
#: Ids of the log one query of ``_may_name`` reads (their records of rows: about half a MB).
_NAMING_BLOCK = 4096
#: What a table's name may be made of, for ``_may_name`` to look for it as plain text.
_PLAIN_NAME = re.compile(r"[a-z0-9_]+")


def naming(actions: tuple[str, ...], tables: tuple[str, ...]) -> rowcover.Naming:
    """What a replay of the whole log is to note for ``signed_or_named`` with these ``actions``
    and ``tables``: the entries of the actions ``_BY_ENTRY`` names, and those whose record of
    rows may name one of the tables or ``users`` (``_BY_ROWS``)."""
    return rowcover.Naming(frozenset((*tables, "users")), (*actions, *_BY_ENTRY_ALSO))


def signed_or_named(
    db: Database,
    after: int,
    upto: int,
    actions: tuple[str, ...],
    tables: tuple[str, ...],
    named: rowcover.Naming | None = None,
) -> list[tuple[int, str, str, str, str, str, str | None]]:
    """(id, uid, user, action, object, hash, signature or None) of the entries after..upto
    that carry a signature or record one of ``actions`` (or a password set for someone else, or
    a sorting closed beyond its tolerance: the supervisor's override), or that change a row of
    ``tables`` or a user's row other than by signing in or setting one's own password.

    The rule (``_BY_ENTRY`` or ``_BY_ROWS``) is applied in SQL to the entries that may meet it
    (those signed, and ``_may_name``'s: of the actions ``_BY_ENTRY`` names, or a record of rows
    read as text, not parsed as JSON, that may name a table); no other can. ``named``: what a
    replay of the log up to ``upto`` or beyond, on this snapshot, noted for these ``actions``
    and ``tables`` (``naming``): those entries, not ``_may_name``'s reading of the log again."""
    if not dbapi.sqlite(db):
        return _signed_or_named_on_server(db, after, upto, actions, tables)
    marks, table_marks = ",".join("?" * len(actions)), ",".join("?" * len(tables))
    by_entry = _BY_ENTRY.format(marks=marks)
    rule = f"({by_entry} OR {_BY_ROWS.format(table_marks=table_marks)})"
    names = (*tables, "users")
    encoding = db.execute("PRAGMA encoding").fetchone()[0]
    made_for = naming(actions, tables)
    if named is not None and (named.tables, named.actions) == (made_for.tables, made_for.actions):
        among = "AND a.id IN (SELECT value FROM json_each(?))"
        ids = [json.dumps(sorted({*_signed_ids(db, after, upto), *named.ids}))]
    elif encoding == "UTF-8" and all(_PLAIN_NAME.fullmatch(name) for name in names):
        among = "AND a.id IN (SELECT value FROM json_each(?))"
        ids = [
            json.dumps(
                sorted(
                    {
                        *_signed_ids(db, after, upto),
                        *_may_name(db, after, upto, names, actions),
                    }
                )
            )
        ]
    else:  # (names not of plain letters, or a file not in UTF-8: the rule on every entry)
        among, ids = "", []
    return [
        tuple(r)
        for r in db.execute(
            f"""SELECT {_COLUMNS}
                FROM audit a LEFT JOIN entry_signatures s ON s.audit_id = a.id
                WHERE a.id > ? AND a.id <= ? {among} AND {rule}
                ORDER BY a.id""",
            [after, upto, *ids, *actions, *tables],
        )
    ]


def signatures_of_nothing(db: Database, after: int = 0) -> list[int]:
    """The audit ids of the entry signatures that sign no entry of the log, up to twenty, in
    order: sortapp signs an entry in the transaction that writes it, so only an edit outside
    sortapp leaves one (of an id far beyond the rest, or below the first, as well). Those of
    ids from 1 to ``after`` are not read: the entries up to a seal are every id from 1 on (a
    history's rows after a gap are named, and no seal is made over them), and one gone since
    is named by the audit chain check. A seek of the log's key for each signature read."""
    return [
        int(r[0])
        for r in db.execute(
            """SELECT x.audit_id
               FROM (SELECT audit_id FROM entry_signatures WHERE audit_id < 1
                     UNION ALL
                     SELECT audit_id FROM entry_signatures WHERE audit_id > ?) x
               WHERE NOT EXISTS (SELECT 1 FROM audit a WHERE a.id = x.audit_id)
               ORDER BY x.audit_id LIMIT 20""",
            (after,),
        )
    ]


def signatures_digest(db: Database, upto: int) -> str:
    """SHA-256 over the entry signatures of audit ids up to ``upto`` (below 1 too), in order,
    each as its id and its bytes: what a seal keeps of those its run found sound. The table is
    append-only (triggers), so only an edit outside sortapp changes it below a seal's end: a
    signature taken away (the entry then counts for no document, ``services.audit.Soundness``)
    or put in another's place. (42,000 signatures of ten years: some 40 ms.)"""
    digest = hashlib.sha256()
    text = "CAST(signature AS BLOB)" if dbapi.sqlite(db) else "signature"
    for audit_id, signature in db.execute(
        f"SELECT audit_id, {text} FROM entry_signatures WHERE audit_id <= ? ORDER BY audit_id",
        (upto,),
    ):
        value = signature.encode("utf-8") if isinstance(signature, str) else bytes(signature)
        digest.update(b"%d\x1f%d\x1f" % (int(audit_id), len(value)) + value)
    return digest.hexdigest()


def _block_ids(db: Database, low: int, high: int) -> str:
    """The ids low..high of the log, comma-separated, in the order ``_may_name``'s query reads
    them (by id, as that query does: the table's own order)."""
    return str(
        db.execute(
            "SELECT group_concat(a.id) FROM audit a WHERE a.id BETWEEN ? AND ?", (low, high)
        ).fetchone()[0]
    )


@functools.lru_cache(maxsize=4)
def _quoted_names(names: tuple[str, ...]) -> re.Pattern[bytes]:
    """A pattern of ``names``, each after a quote and before a quote or a backslash, as bytes:
    the quote, then a tree of the names' letters (so each attempt, at a quote, fails at its
    first letters unless a name follows)."""

    def tree(words: list[bytes]) -> bytes:
        groups: dict[bytes, list[bytes]] = {}
        for word in words:
            groups.setdefault(word[:1], []).append(word[1:])
        branches = [
            re.escape(first) + tree(rest) if first else b""
            for first, rest in sorted(groups.items())
        ]
        return branches[0] if len(branches) == 1 else b"(?:" + b"|".join(branches) + b")"

    return re.compile(b'"' + tree([name.encode("ascii") for name in names]) + rb'["\\]')


def _signed_ids(db: Database, after: int, upto: int) -> list[int]:
    """The ids after..upto of the entries signed (``_BY_ENTRY``'s first part)."""
    return [
        r[0]
        for r in db.execute(
            "SELECT audit_id FROM entry_signatures WHERE audit_id > ? AND audit_id <= ?",
            (after, upto),
        )
    ]


#: The actions ``_BY_ENTRY`` names besides those it is given: an entry of one may meet it.
_BY_ENTRY_ALSO = ("user.password", "sort.close")


def _may_name(
    db: Database,
    after: int,
    upto: int,
    names: tuple[str, ...],
    actions: tuple[str, ...] | None,
) -> list[int]:
    """The ids after..upto of the entries whose record of rows may name a table of ``names``
    (each of ``_PLAIN_NAME``'s letters) as a change's first value: a superset of those whose
    record does (``_BY_ROWS``), read a block of ``_NAMING_BLOCK`` ids at a time, the records as
    their UTF-8 bytes. Given ``actions``, also those of an action ``_BY_ENTRY`` names (these
    and ``_BY_ENTRY_ALSO``), read in the same blocks: the log's table read once for both, as it
    holds them (its ids after..upto: not ``audit_by_action``, whose entry edited alone could
    file a supervisor's action under another and spare it its signature).

    A record that names one is JSON (``_BY_ROWS`` asks ``json_valid``: RFC 8259, no JSON5);
    the name is a string in it (it reads a change's first value only when the change is a
    list: this also holds were a string's JSON text read, as ``->>`` reads one). A JSON
    string holds its characters as they are but for escapes, each begun by a backslash:
    a backslash then a quote writes a quote, which no name holds; any other escape
    (``\u0075`` for a ``u``, or a backslash written twice, which a string's JSON needs for
    one) makes its record one that may name anything. Otherwise the name is written as it is,
    after a quote and before a quote or (within a string's JSON) a backslash. So: the records
    that hold a backslash not followed by a quote, or a name so written (or that are not
    text), and no others; where a block's lengths do not add up to its bytes, all of it."""
    quoted = _quoted_names(names)
    found: list[int] = []
    by_entry = () if actions is None else (*actions, *_BY_ENTRY_ALSO)
    sql = f"""SELECT count(*), group_concat(length(CAST(rows AS BLOB))),
                     CAST(group_concat(rows, '') AS BLOB),
                     group_concat(CASE WHEN typeof(rows) <> 'text' THEN id END),
                     group_concat(CASE WHEN action IN ({",".join("?" * len(by_entry))}) THEN id END)
              FROM audit WHERE id BETWEEN ? AND ?"""
    # (Each block begins at the next id there is: a walk over the entries, however far apart.)
    low = dbapi.next_value(db, "audit", "id", after + 1)
    while low is not None and low <= upto:
        high = min(low + _NAMING_BLOCK - 1, upto)
        block, low = (low, high), dbapi.next_value(db, "audit", "id", high + 1)
        rows, sizes, blob, odd, acting = db.execute(sql, [*by_entry, *block]).fetchone()
        if not rows:
            continue
        if odd:
            found += [int(i) for i in odd.split(",")]
        if acting:
            found += [int(i) for i in acting.split(",")]
        ids: Sequence[int] = range(block[0], block[1] + 1)
        if rows != len(ids):  # ids missing in the block: its ids as they are, in the same order
            ids = [int(i) for i in _block_ids(db, *block).split(",")]
        starts = list(itertools.accumulate(map(int, sizes.split(",")), initial=0))
        if len(starts) != len(ids) + 1 or starts[-1] != len(blob or b""):
            found += ids
            continue
        marks = [m.start() for m in quoted.finditer(blob or b"")]
        if blob and blob.count(b"\\") != blob.count(b'\\"'):
            at = blob.find(b"\\")
            while at >= 0:
                if blob[at + 1 : at + 2] != b'"':
                    marks.append(at)
                at = blob.find(b"\\", at + 1)
        found += [ids[bisect.bisect_right(starts, at) - 1] for at in marks]
    return found


def _signed_or_named_on_server(
    db: Database, after: int, upto: int, actions: tuple[str, ...], tables: tuple[str, ...]
) -> list[tuple[int, str, str, str, str, str, str | None]]:
    """``signed_or_named`` on a server: the server has no ``json_valid``, so the records of rows
    (and the override) are read here, where a text that is not JSON names nothing, as there."""
    found = []
    users = _user_keys(db)
    for *entry, details, rows in dbapi.in_batches(
        db,
        "audit",
        """SELECT a.id, a.uid, a."user", a.action, a.object, a.hash, s.signature, a.details, a.rows
           FROM audit a LEFT JOIN entry_signatures s ON s.audit_id = a.id
           WHERE a.id BETWEEN ? AND ?
             AND (s.signature IS NOT NULL OR a.action = ANY(?) OR a.action = 'user.password'
                  OR a.action = 'sort.close' OR a.rows <> '')
           ORDER BY a.id""",
        after,
        upto,
        list(actions),
    ):
        _id, _uid, user, action, obj, _hash, signature = entry
        if (
            signature is not None
            or action in actions
            or (action == "user.password" and obj != user)
            or (action == "sort.close" and _loads(details, {}).get("override") in (1, True))
            or any(
                isinstance(change, list)
                and change
                and (
                    change[0] in tables
                    or (change[0] == "users" and not _own_row(change, action, obj, user, users))
                )
                for change in (_loads(rows, []) if rows else [])
            )
        ):
            found.append(tuple(entry))
    return found


def _own_row(change: list[Any], action: str, obj: str, user: str, users: dict[str, str]) -> bool:
    """Whether ``change`` (of a ``users`` row) is one an unsigned entry may make: ``_OWN_ROW``
    as the server's verify reads it (``users``: the key of each user's row by ``fold``ed name)."""
    return (
        (action in ("login", "login.failed") or (action in OWN_ROW_NAMED and obj == user))
        and len(change) > 3
        and change[2] is not None
        and change[3] is not None
        and isinstance(change[1], str)
        and users.get(fold(user)) == change[1]
    )


def fold(name: str) -> str:
    """A user's name compared without case, as SQLite's NOCASE and PostgreSQL's ``lower()``
    under the C collation compare it: ASCII letters only."""
    return name.translate(_ASCII_LOWER)


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def own_row_key(db: Database, user: str) -> str | None:
    """The key, as the log records it (``[id]``), of the ``users`` row named ``user``, or None."""
    row = db.execute(f"SELECT id FROM users WHERE {dbapi.same(db, 'name')}", (user,)).fetchone()
    return None if row is None else json.dumps([int(row[0])])


def _user_keys(db: Database) -> dict[str, str]:
    """{``fold``ed name: key as the log records it} of every user."""
    return {
        fold(str(name)): json.dumps([int(i)])
        for name, i in db.execute("SELECT name, id FROM users")
    }


def _loads(text: str, empty: Any) -> Any:
    """JSON ``text`` as a value of ``empty``'s type, else ``empty`` (a forged record)."""
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):  # (RecursionError: nested too deep to read)
        return empty
    return value if isinstance(value, type(empty)) else empty


def granted_roles(
    db: Database, upto: int, trusted: Callable[[int, str, str | None], bool]
) -> dict[str, tuple[str, bool, str | None]]:
    """Each user's (role, active, key of their row) as the log's last trusted ``user.add`` or
    ``user.set`` gave them, up to audit id ``upto`` (by ``fold``ed name). ``trusted(id, hash,
    signature or None)`` says which entries count (verify: those soundly signed, and those from
    before the site key; an unsigned one after it is a finding of its own, and gives nothing
    here). The key is that of the one ``users`` row the entry's record of rows changed (the
    row added, or set), kept from an earlier entry for the name when one records none (the
    first admin's ``user.add``: the site's first entry recorded their row); else None."""
    granted: dict[str, tuple[str, bool, str | None]] = {}
    # (Read from the log's own table, every entry: ``audit_by_action`` could leave a grant out,
    # and ``quick_check`` does not match an index to its table.)
    for entry_id, digest, signature, name, details, rows in db.execute(
        "SELECT a.id, a.hash, s.signature, a.object, a.details, a.rows "
        "FROM audit a NOT INDEXED "
        "LEFT JOIN entry_signatures s ON s.audit_id = a.id "
        "WHERE a.action IN ('user.add', 'user.set') AND a.id <= ? ORDER BY a.id",
        (upto,),
    ):
        if not trusted(int(entry_id), str(digest), signature):
            continue
        folded = fold(str(name))
        keys = {
            str(change[1])
            for change in (_loads(rows, []) if rows else [])
            if isinstance(change, list) and len(change) > 1 and change[0] == "users"
        }
        key = next(iter(keys)) if len(keys) == 1 else granted.get(folded, ("", False, None))[2]
        try:
            data = json.loads(details)
            granted[folded] = (str(data["role"]), bool(data.get("active", True)), key)
        except (ValueError, TypeError, KeyError):
            granted[folded] = ("?", False, key)
    return granted


#: A ``lots`` row's insert in an entry's record of rows (canonical JSON, its key the lot's id):
#: in JSON that parses, these quotes are the strings' own (one inside a string is escaped), so
#: only a change of that table begins so.
_LOT_KEY = re.compile(r'\["lots","\[(-?[0-9]+)\]",null,"')
#: ... and the weighings a receipt, weighing or reweighing adds.
_WEIGHING_KEY = re.compile(r'\["weighings","\[(-?[0-9]+)\]",null,"')
#: The actions that weigh a lot (each adds its weighing's row).
LOT_WEIGHING_ACTIONS = ("lot.receive", "lot.weigh", "lot.reweigh")


def first_of_objects(
    db: Database, actions: Sequence[str], objects: Sequence[str]
) -> dict[str, int]:
    """The id of the first entry of ``actions`` naming each of ``objects`` (those named by none
    left out), by the log's index of objects."""
    found: dict[str, int] = {}
    marks = ", ".join("?" * len(actions))
    for start in range(0, len(objects), 500):
        part = list(objects[start : start + 500])
        for obj, first in db.execute(
            f"SELECT object, min(id) FROM audit WHERE object IN ({', '.join('?' * len(part))}) "
            f"AND action IN ({marks}) GROUP BY object",
            (*part, *actions),
        ):
            found[str(obj)] = int(first)
    return found


def stated_entries(
    db: Database, actions: Sequence[str], upto: int, objects: str | None = None
) -> Iterator[tuple[int, bool, str, str, str, str, list[int | None], Any, list[int], str]]:
    """The entries of ``actions`` up to audit id ``upto``, in order, as (id, whether it carries
    a signature, action, object, user, details (its text; '' where not text, and for a
    ``sort.close``), the ids of the lots whose rows a ``lot.receive``'s record of rows adds
    ([None] for one from before row coverage, which records none; [] for any other action),
    the ledger entry a ``sort.close`` names (read from its details as the ledger check reads
    it: ``integrity._recorded_journals``; None for any other action), the ids of the
    weighings a ``LOT_WEIGHING_ACTIONS`` entry's record of rows adds ([] for any other), and
    such an entry's time ('' for any other)).
    Read from the log's own table, every entry: ``audit_by_action`` edited alone could leave
    one out (``quick_check`` does not match an index to its table). ``objects``: a JSON
    array of the objects whose entries are read, and every ``site.set`` (on a file only;
    None: every entry of ``actions``)."""
    marks = ", ".join("?" * len(actions))
    among, params = (
        (
            "AND (a.object IN (SELECT value FROM json_each(?)) OR a.action = 'site.set')",
            (objects,),
        )
        if objects is not None
        else ("", ())
    )
    journal = (
        "CASE WHEN json_valid(a.details) THEN json_extract(a.details, '$.journal') END"
        if dbapi.sqlite(db)
        else "a.details::jsonb ->> 'journal'"
    )
    # Before row coverage (the ``rows.baseline`` entry that began it), a receipt records no
    # rows and names its lot by its number alone; after, one that records none adds no lot.
    covered = first_id(db, "rows.baseline") or 0
    # (The action by its place in ``actions``, and the user only where it is asked for: each
    # text read is a call of the connection's decoder, a million in all on a long history.)
    codes = " ".join(f"WHEN ? THEN {n}" for n in range(len(actions)))
    for entry_id, signed, code, obj, user, details, rows, at, named in db.execute(
        f"SELECT a.id, s.audit_id IS NOT NULL, CASE a.action {codes} END, a.object, "
        """CASE WHEN a.action IN ('lot.receive', 'lot.acknowledge', 'sort.close') """
        """THEN a."user" END, """
        "CASE WHEN a.action <> 'sort.close' THEN a.details END, "
        "CASE WHEN a.action IN ('lot.receive', 'lot.weigh', 'lot.reweigh') THEN a.rows END, "
        "CASE WHEN a.action IN ('lot.receive', 'lot.weigh', 'lot.reweigh') THEN a.at END, "
        f"CASE WHEN a.action = 'sort.close' THEN {journal} END "
        "FROM audit a NOT INDEXED LEFT JOIN entry_signatures s ON s.audit_id = a.id "
        f"WHERE a.action IN ({marks}) AND a.id <= ? {among} ORDER BY a.id",
        (*actions, *actions, upto, *params),
    ):
        action = actions[code]
        weighings = [int(k) for k in _WEIGHING_KEY.findall(rows)] if isinstance(rows, str) else []
        if not isinstance(rows, str) or action != "lot.receive":
            added: list[int | None] = []
        elif rows:
            added = [int(k) for k in _LOT_KEY.findall(rows)]
        else:
            added = [None] if entry_id < covered else []
        text = details if isinstance(details, str) else ""
        yield (
            entry_id,
            bool(signed),
            action,
            str(obj),
            str(user or ""),
            text,
            added,
            named,
            weighings,
            str(at or ""),
        )


def objects_after(db: Database, actions: Sequence[str], after: int, upto: int) -> set[str]:
    """The objects of the entries of ``actions`` with ids ``after`` < id <= ``upto`` (read
    by their ids: the log's own table)."""
    marks = ", ".join("?" * len(actions))
    return {
        str(r[0])
        for r in db.execute(
            "SELECT DISTINCT object FROM audit NOT INDEXED "
            f"WHERE id > ? AND id <= ? AND action IN ({marks})",
            (after, upto, *actions),
        )
    }


def details(text: str) -> dict[str, Any]:
    """An entry's details as a dict ({} where they are not a JSON object)."""
    found: dict[str, Any] = _loads(text, {})
    return found


def baseline_keys(db: Database, table: str, upto: int) -> set[str]:
    """The keys of the rows of ``table`` the log's baseline (``rows.baseline``: the protected
    rows as they were when a file from before row coverage was upgraded) records, up to
    ``upto``."""
    keys = set()
    for (rows,) in db.execute(  # (the table itself, as ``granted_roles`` reads it)
        "SELECT rows FROM audit NOT INDEXED WHERE action = 'rows.baseline' AND id <= ? ORDER BY id",
        (upto,),
    ):
        for change in _loads(rows, []) if rows else []:
            if isinstance(change, list) and len(change) > 1 and change[0] == table:
                keys.add(str(change[1]))
    return keys


def details_of(db: Database, entry_id: int) -> str | None:
    """The details of audit entry ``entry_id`` (its canonical JSON), or None when there is none."""
    row = db.execute("SELECT details FROM audit WHERE id = ?", (entry_id,)).fetchone()
    return None if row is None else str(row[0])


def first_id(db: Database, action: str) -> int | None:
    """The id of the first entry recording ``action``, or None: read from the log's own table
    in id order (the first of a site's, the site key, is a few entries in), not from
    ``audit_by_action``, whose entry edited alone could put it later, and every entry before it
    would count as from before the site key."""
    row = db.execute(
        "SELECT id FROM audit NOT INDEXED WHERE action = ? ORDER BY id LIMIT 1", (action,)
    ).fetchone()
    return row[0] if row else None


def entries_in(
    db: Database, actions: Sequence[str], after: int, upto: int
) -> list[tuple[int, str, str, str, str, str]]:
    """(id, uid, user, action, object, details) of each entry recording one of ``actions``
    with an id in (``after``, ``upto``], oldest first: read from the log's own table by its
    ids (``first_id``'s reason: an entry left out of an index alone is found all the same)."""
    marks = ",".join("?" * len(actions))
    rows = db.execute(
        "SELECT id, uid, user, action, object, details FROM audit NOT INDEXED "
        f"WHERE id > ? AND id <= ? AND action IN ({marks}) ORDER BY id",
        (after, upto, *actions),
    ).fetchall()
    return [(int(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4]), str(r[5] or "")) for r in rows]


def count(db: Database, action: str, obj: str) -> int:
    """Return how many audit entries record ``action`` on ``obj``."""
    row = db.execute(
        "SELECT count(*) FROM audit WHERE action = ? AND object = ?", (action, obj)
    ).fetchone()
    return int(row[0])


def details_of_all(db: Database, action: str, obj: str) -> list[str]:
    """Return the details (JSON text) of the audit entries recording ``action`` on ``obj``,
    oldest first."""
    rows = db.execute(
        "SELECT details FROM audit WHERE action = ? AND object = ? ORDER BY id", (action, obj)
    ).fetchall()
    return [str(r[0]) for r in rows]


def count_objects(db: Database, action: str, objects: list[str]) -> dict[str, int]:
    """Return how many audit entries record ``action`` on each of ``objects`` (0 for none)."""
    counts = dict.fromkeys(objects, 0)
    names = sorted(counts)
    for at in range(0, len(names), 500):  # well below any database's limit of parameters
        part = names[at : at + 500]
        marks = ", ".join("?" * len(part))
        for obj, n in db.execute(
            f"SELECT object, count(*) FROM audit WHERE action = ? AND object IN ({marks}) "
            "GROUP BY object",
            (action, *part),
        ).fetchall():
            counts[obj] = int(n)
    return counts


def joined_objects(db: Database, action: str) -> list[str]:
    """Return the objects of ``action`` entries that name several things joined by commas."""
    rows = db.execute(
        "SELECT object FROM audit WHERE action = ? AND object LIKE '%,%'", (action,)
    ).fetchall()
    return [r[0] for r in rows]


def hash_before(db: Database, site: str, entry_id: int) -> str | None:
    """The hash of the site's entry before id ``entry_id``, or None."""
    row = db.execute(
        "SELECT hash FROM audit WHERE site = ? AND id < ? ORDER BY id DESC LIMIT 1",
        (site, entry_id),
    ).fetchone()
    return row[0] if row else None


#: An entry's columns as ``entries_of`` and its kin give them, its signature (or None) last.
_ENTRY_COLUMNS = """a.id, a.prev_hash, a.uid, a.site, a.at, a."user", a.action, a.object, a.details,
    a.rows, a.hash, s.signature"""


def _entries(db: Database, index: str, where: str, params: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The log's entries ``where`` says, with ``_ENTRY_COLUMNS``, read through ``index``."""
    return [
        tuple(r)
        for r in db.execute(
            f"""SELECT {_ENTRY_COLUMNS} FROM audit a {index}
                LEFT JOIN entry_signatures s ON s.audit_id = a.id {where}""",
            params,
        )
    ]


def entries_after(db: Database, site: str, entry_id: int, limit: int) -> list[tuple[Any, ...]]:
    """Up to ``limit`` of the site's entries after id ``entry_id``, in order, as ``entries_of``
    gives each."""
    return _entries(
        db, "", "WHERE a.site = ? AND a.id > ? ORDER BY a.id LIMIT ?", (site, entry_id, limit)
    )


def entries_of_actions(db: Database, actions: Sequence[str]) -> list[tuple[Any, ...]]:
    """Every entry recording one of ``actions``, newest first, as ``entries_of`` gives each
    (found through ``audit_by_action``: the log's own table read whole took 9.5 s on a cold
    ten-year history, for an invoice's importer; an entry left out of that index alone is not
    found, and ``verify --full`` names such an index)."""
    marks = ",".join("?" * len(actions))
    return _entries(
        db,
        "INDEXED BY audit_by_action",
        f"WHERE a.action IN ({marks}) ORDER BY a.id DESC",
        tuple(actions),
    )


def entries_of(db: Database, actions: Sequence[str], obj: str) -> list[tuple[Any, ...]]:
    """Every entry recording one of ``actions`` on ``obj``, newest first: (id, prev_hash, uid,
    site, at, user, action, object, details, rows, hash, signature or None), each as stored,
    for its hash to be made again and its signature checked. (Found through
    ``audit_by_object``: an entry left out of that index alone is not found, and what it would
    allow is refused, not allowed.)"""
    marks = ",".join("?" * len(actions))
    return _entries(
        db,
        "INDEXED BY audit_by_object",
        f"WHERE a.object = ? AND a.action IN ({marks}) ORDER BY a.id DESC",
        (obj, *actions),
    )


def bands_held_after(db: Database) -> int | None:
    """The last sorting entry before verify holds them to their size class's bounds: 0 for a
    site whose ``site.init`` entry says it held them from its first (a site made from
    2026-12-07 on), else as the log's first ``rules.bands`` entry says (the upgrade that began
    it: an entry appended since names no other start); None when neither is in the log. Read
    from the log's own table in id order (``first_id``'s reason: an entry left out of
    ``audit_by_action`` alone hid the rule's start, and verify held no entry to it, a review
    of 2026-12-07); the run that seals keeps what it found (``services.verify``)."""
    if _site_init(db).get("bands") is True:
        return 0
    row = db.execute(
        "SELECT details, at FROM audit NOT INDEXED WHERE action = 'rules.bands' ORDER BY id LIMIT 1"
    ).fetchone()
    if row is None:
        return None
    last = details(row[0]).get("entries_before")
    if not isinstance(last, int) or isinstance(last, bool) or last < 0:
        return 0  # (an entry that says no sound start: every entry held)
    # Never past the entries dated before it: an operator's patched client appended one
    # naming entry 1,000,000,000 before the upgrade, and no entry was held again (an attack
    # round, 2026-12-07). (An entry dated back past it is a back-dated entry: docs/reliability.)
    dated = db.execute(
        "SELECT coalesce(max(id), 0) FROM sort_entries WHERE entered_at < ?", (row[1],)
    ).fetchone()[0]
    return min(last, int(dated))


def _site_init(db: Database) -> dict[str, Any]:
    """The details of the site's ``site.init`` entry, the log's first ({} where the first is
    another): read from the log's own table in id order, not ``audit_by_action``, whose entry
    left out alone hid what it says (a review of 2026-12-07)."""
    first = db.execute(
        "SELECT action, details FROM audit NOT INDEXED ORDER BY id LIMIT 1"
    ).fetchone()
    return details(first[1]) if first is not None and first[0] == "site.init" else {}


def weighed_from_start(db: Database) -> bool:
    """Whether the site's first entry (``site.init``) says weighings were kept from its first
    action (a site made by sortapp from 2026-12-07 on). Read as ``bands_held_after`` reads
    it, from the log itself: its entry left out of the index of actions alone made an entry
    with no weighing pass unless a weighed one came before it."""
    return _site_init(db).get("weighings") is True


def said_of_action(db: Database, action: str) -> list[tuple[str, str, str, str]]:
    """(object, at, user, details) of every entry recording ``action``, oldest first, read
    through ``audit_by_action`` (an action taken a few times a year: a report exported)."""
    rows = db.execute(
        """SELECT object, at, "user", details FROM audit INDEXED BY audit_by_action
           WHERE action = ? ORDER BY id""",
        (action,),
    ).fetchall()
    return [(str(o), str(a), str(u), str(d)) for o, a, u, d in rows]
