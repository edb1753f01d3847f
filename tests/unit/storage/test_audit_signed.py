"""``audit.signed_or_named``: the entries the signatures check reads are exactly those the rule
picks out of every entry, though only the entries that may meet it are asked (their records of
rows read as text, ``_may_name``), whatever a forger writes in a record of rows."""

from __future__ import annotations

import json
import sqlite3

import pytest
from sqlite_utils import Database

from sortapp.services.audit import SIGNED_ACTIONS, SIGNED_TABLES
from sortapp.storage import audit, rowcover

# (id, action, object, user, details, record of rows, signed, whether the rule picks it)
ENTRIES = [
    (1, "sort.add", "L1", "olu", "{}", '[["lots","[1]","a","b"],["weighings","[2]",null,"c"]]',
     False, False),
    (2, "lot.receive", "L1", "olu", "{}",
     '[["lot_origins","[1,\\"BW\\",\\"Mine\\"]",null,"h"],["lots","[1]",null,"h"]]',
     False, False),
    # A name written with an escape, as JSON allows: read as the name.
    (3, "lot.receive", "L1", "olu", "{}", '[["\\u0075sers","[4]",null,"h"]]', False, True),
    (4, "sort.add", "L1", "olu", "{}", '[["pr\\u0069ces","[1]",null,"h"]]', False, True),
    # Blanks and new lines between the values.
    (5, "lot.weigh", "L1", "olu", "{}", '[ [ "settings" , "[\\"tolerance_mct\\"]", "a", "b" ] ]',
     False, True),
    (6, "sort.add", "L1", "olu", "{}", '[\n["site_keys","[1]",null,"h"]\n]', False, True),
    # A user's row changed by signing in, by setting one's own password: not a signed change.
    (7, "login", "olu", "olu", "{}", '[["users","[4]","a","b"]]', False, False),
    (8, "user.password", "olu", "olu", "{}", '[["users","[4]","a","b"]]', False, False),
    (9, "user.password", "sue", "olu", "{}", "", False, True),
    (10, "sort.close", "L1", "sam", '{"override":true}', "", False, True),
    (11, "sort.close", "L1", "olu", '{"override":false}', '[["lots","[1]","a","b"]]', False,
     False),
    (12, "parcel.seal", "P1", "sam", "{}", '[["certificates","[1]",null,"h"]]', True, True),
    # A change that is a string holding JSON: no change (only a list is one, as on a server);
    # the rows check names such a record as not readable.
    (13, "sort.add", "L1", "olu", "{}", '["[\\"prices\\",\\"[1]\\"]"]', False, False),
    (14, "sort.add", "L1", "olu", "{}", '[["x\\\\","[1]"]]', False, False),
    (15, "sort.add", "L1", "olu", "{}", '[["users","[4]"', False, False),  # not JSON
    (16, "note", "L1", "olu", "{}", '{"a":["site"]}', False, True),
    (17, "category.add", "C1", "sam", "{}", "", False, True),
    # (no entry 18: a gap in the ids)
    (19, "sort.add", "L1", "olu", "{}", '[["sealed_lines","[1,2,3]",null,"h"]]', False, True),
    (20, "sort.add", "L1", "olu", "{}", 'the "users" table', False, False),  # not JSON
    # Letters of more than one byte before the name: the offsets are bytes.
    (21, "sort.add", "L1", "olu", "{}",
     '[["lot_origins","[1,\\"Ñ€\\",\\"Mïne\\"]",null,"h"],["users","[1]",null,"h"],'
     '["lots","[1]",null,"h"]]', False, True),
    (22, "sort.add", "L1", "olu", "{}", '[["lots","[1]","a","b"]]', False, False),
    # Unsigned entries may change only the acting user's own row (olu's is [4], sam's [2]):
    # another's row, a row of a name that is no user's, a row added or deleted, a key that is
    # not the text the log writes.
    (23, "login", "", "olu", "{}", '[["users","[2]","a","b"]]', False, True),
    (24, "login.failed", "", "nobody", "{}", '[["users","[4]","a","b"]]', False, True),
    (25, "user.language", "olu", "olu", "{}", '[["users","[4]",null,"b"]]', False, True),
    (26, "user.password", "OLU", "OLU", "{}", '[["users","[4]","a","b"]]', False, False),
    (27, "login", "", "olu", "{}", '[["users",4,"a","b"]]', False, True),
    (28, "user.language", "olu", "olu", "{}", '[["users","[4]","a",null]]', False, True),
    (29, "user.password", "sam", "olu", "{}", '[["users","[2]","a","b"]]', False, True),
    (30, "login.failed", "", "sam", "{}", '[["users","[2]","a","b"],["users","[4]","a","b"]]',
     False, True),
    (31, "login.failed", "", "sam", "{}", '[["users","[2]","a","b"]]', False, False),
    # A name SQLite reads to its NUL (as "users"), Python whole (no table: not readable).
    (32, "sort.add", "L1", "olu", "{}", '[["users\\u0000x","[4]",null,"h"]]', False, True),
]  # fmt: skip

# The rule applied to every entry, as the check applied it before it asked only some (a
# change that is not a list read as none, as a string not JSON stopped the query).
_PLAIN = """SELECT a.id, a.uid, a."user", a.action, a.object, a.hash, s.signature
    FROM audit a LEFT JOIN entry_signatures s ON s.audit_id = a.id
    WHERE a.id > ? AND a.id <= ?
      AND (s.signature IS NOT NULL OR a.action IN ({marks})
           OR (a.action = 'user.password' AND a.object IS DISTINCT FROM a."user")
           OR (a.action = 'sort.close' AND json_extract(a.details, '$.override') IS 1)
           OR CASE WHEN a.rows <> '' AND json_valid(a.rows) THEN EXISTS (
                  SELECT 1 FROM json_each(a.rows) j
                  WHERE CASE WHEN j.type = 'array' THEN
                        j.value ->> 0 IN ({table_marks})
                        OR (j.value ->> 0 = 'users'
                            AND NOT ((a.action IN ('login', 'login.failed')
                                      OR (a.action IN ('user.password', 'user.language')
                                          AND a.object = a."user"))
                                     AND j.value ->> 2 IS NOT NULL
                                     AND j.value ->> 3 IS NOT NULL
                                     AND EXISTS (SELECT 1 FROM users u
                                                 WHERE u.name = a."user"
                                                   AND json_array(u.id) = j.value ->> 1)))
                        END)
                  END)
    ORDER BY a.id"""


def _history(encoding: str, entries: list[tuple] = ENTRIES) -> Database:
    conn = sqlite3.connect(":memory:")
    conn.execute(f"PRAGMA encoding = '{encoding}'")
    conn.execute(
        """CREATE TABLE audit (id INTEGER PRIMARY KEY, uid TEXT NOT NULL, site TEXT NOT NULL,
               at TEXT NOT NULL, user TEXT NOT NULL, action TEXT NOT NULL, object TEXT NOT NULL,
               details TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL,
               rows TEXT NOT NULL DEFAULT '') STRICT"""
    )
    conn.execute("CREATE INDEX audit_by_action ON audit(action, id)")
    conn.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT UNIQUE COLLATE NOCASE)")
    conn.execute("INSERT INTO users VALUES (2, 'sam'), (4, 'olu')")
    conn.execute(
        "CREATE TABLE entry_signatures (audit_id INTEGER PRIMARY KEY, signature TEXT NOT NULL)"
    )
    for entry_id, action, obj, user, details, rows, signed, _picked in entries:
        conn.execute(
            "INSERT INTO audit VALUES (?, ?, 'KSF', '2026-12-01', ?, ?, ?, ?, 'p', ?, ?)",
            (entry_id, f"KSF-A{entry_id}", user, action, obj, details, f"h{entry_id}", rows),
        )
        if signed:
            conn.execute("INSERT INTO entry_signatures VALUES (?, 'ab')", (entry_id,))
    return Database(conn)


def _plain(db: Database, after: int, upto: int) -> list[tuple]:
    sql = _PLAIN.format(
        marks=",".join("?" * len(SIGNED_ACTIONS)), table_marks=",".join("?" * len(SIGNED_TABLES))
    )
    return [tuple(r) for r in db.execute(sql, [after, upto, *SIGNED_ACTIONS, *SIGNED_TABLES])]


@pytest.mark.parametrize("encoding", ["UTF-8", "UTF-16le"])
@pytest.mark.parametrize("block", [1, 2, 3, 5, 4096])
def test_the_entries_asked_are_those_the_rule_picks_out_of_all(monkeypatch, encoding, block):
    monkeypatch.setattr(audit, "_NAMING_BLOCK", block)
    db = _history(encoding)
    picked = [e[0] for e in ENTRIES if e[7]]
    for after, upto in ((0, 22), (0, 100), (2, 19), (3, 18), (12, 13), (22, 30), (25, 31)):
        found = audit.signed_or_named(db, after, upto, SIGNED_ACTIONS, SIGNED_TABLES)
        assert found == _plain(db, after, upto)
        assert [r[0] for r in found] == [i for i in picked if after < i <= upto]
    assert audit.signed_or_named(db, 0, 22, SIGNED_ACTIONS, SIGNED_TABLES)[0] == (
        3, "KSF-A3", "olu", "lot.receive", "L1", "h3", None
    )  # fmt: skip


def test_the_servers_reading_of_ones_own_row_is_the_same():
    """The server's verify reads a record of rows in Python (``_own_row``): of the entries on
    ``users`` by an action that may change one's own row, it accepts the same ones."""
    users = {"sam": "[2]", "olu": "[4]"}
    for entry_id, action, obj, user, _details, rows, _signed, picked in ENTRIES:
        if entry_id < 23:
            continue
        changes = json.loads(rows)
        accepted = all(audit._own_row(c, action, obj, user, users) for c in changes)
        assert accepted is not picked, entry_id


@pytest.mark.parametrize("block", [1, 3, 4096])
def test_records_naming_no_such_table_are_not_asked(monkeypatch, block):
    """The reading of the records as text leaves out what plainly names none (else it would
    save nothing), and keeps every one that may."""
    monkeypatch.setattr(audit, "_NAMING_BLOCK", block)
    names = (*SIGNED_TABLES, "users")
    asked = set(audit._may_name(_history("UTF-8"), 0, 100, names, None))
    by_rows = {e[0] for e in ENTRIES if e[5] and e[7] and e[1] not in ("sort.close",)} - {12}
    assert by_rows <= asked
    assert not asked & {1, 2, 11, 22}  # lots, weighings, origins: no such table named
    assert {14} <= asked  # a backslash written twice: may be anything


def test_a_block_whose_lengths_do_not_add_up_is_asked_whole(monkeypatch):
    """Should the bytes read not be the records' lengths, every entry of the block is asked."""
    db = _history("UTF-8")
    real = db.execute

    def execute(sql, params=None):
        if "group_concat(length(CAST(rows AS BLOB)))" in sql:
            sql = sql.replace("length(CAST(rows AS BLOB))", "length(CAST(rows AS BLOB)) + 1")
        return real(sql, params)

    monkeypatch.setattr(db, "execute", execute)
    assert audit._may_name(db, 0, 100, (*SIGNED_TABLES, "users"), None) == [
        i for i, *_rest in ENTRIES
    ]


# -- the entries a replay of the whole log notes for the check (``rowcover.Naming``) ----------

#: One insert of a row of a signed table, written as sortapp writes it: the replay reads it
#: without parsing JSON (``rowcover._ONE_INSERT``), and must note it all the same.
ONE_INSERT = (40, "sort.add", "L1", "olu", "{}", f'[["sealed_lines","[7]",null,"{"a" * 64}"]]',
              False, True)  # fmt: skip


class _Merged:
    """A table's comparison as the streamed replay hands it its inserts (none made here)."""

    chunked = True

    def add_at(self, chunk, key, after):  # type: ignore[no-untyped-def]
        pass

    def chunk_of(self, key):  # type: ignore[no-untyped-def]
        return 0


@pytest.mark.parametrize("encoding", ["UTF-8", "UTF-16le"])
def test_a_replay_of_the_whole_log_notes_every_entry_the_rule_may_pick(encoding):
    """What the replay notes is a superset of what the rule picks by an entry's action or
    rows (the signed ones are read apart), whatever a forger writes in a record of rows; the
    check asked of those alone finds what it finds asking of every entry, for any span."""
    db = _history(encoding, [*ENTRIES, ONE_INSERT])
    named = audit.naming(SIGNED_ACTIONS, SIGNED_TABLES)
    rowcover.replay(db, 100, set(), set(), naming=named)
    picked = {e[0] for e in (*ENTRIES, ONE_INSERT) if e[7] and not e[6]}
    assert picked <= set(named.ids)
    # Lots, weighings, origins: no such table named, and not an action the rule names.
    assert not set(named.ids) & {1, 2, 22}
    for after, upto in ((0, 22), (0, 100), (2, 19), (3, 18), (12, 13), (22, 30), (25, 40)):
        found = audit.signed_or_named(db, after, upto, SIGNED_ACTIONS, SIGNED_TABLES, named)
        assert found == _plain(db, after, upto)


def test_the_streamed_replay_notes_them_too():
    """The streamed replay (the tables only ever inserted into compared as it reads) notes the
    same, a record it reads without parsing JSON included; of a record it cannot read, it
    notes nothing but stops (``Diverged``: the whole replay then notes afresh)."""
    readable = []
    known = {*rowcover.PROTECTED, *rowcover.NOTED_LATER}
    for entry in (*ENTRIES, ONE_INSERT):
        try:
            changes = rowcover.changes_of(entry[5]) if entry[5] else []
        except ValueError:
            continue
        if all(change[0] in known for change in changes):  # (else not readable: no such table)
            readable.append(entry)
    assert len(readable) > 20 and ONE_INSERT in readable
    db = _history("UTF-8", readable)
    streamed = {table: _Merged() for table in ("sealed_lines", "weighings", "lot_origins")}
    named = audit.naming(SIGNED_ACTIONS, SIGNED_TABLES)
    whole = audit.naming(SIGNED_ACTIONS, SIGNED_TABLES)
    rowcover.replay_streamed(db, 100, set(), set(), streamed, named)  # type: ignore[arg-type]
    rowcover.replay(db, 100, set(), set(), naming=whole)
    assert named.ids == whole.ids and 40 in named.ids
    assert {e[0] for e in readable if e[7] and not e[6]} <= set(named.ids)
    with pytest.raises(rowcover.Diverged):
        rowcover.replay_streamed(_history("UTF-8"), 100, set(), set(), streamed, named)  # type: ignore[arg-type]


def test_a_naming_made_for_other_rules_is_not_taken():
    """Noted for other actions or tables, the entries are found by reading the log again."""
    db = _history("UTF-8")
    other = rowcover.Naming(frozenset({"lots"}), ("lot.receive",))
    rowcover.replay(db, 100, set(), set(), naming=other)
    found = audit.signed_or_named(db, 0, 100, SIGNED_ACTIONS, SIGNED_TABLES, other)
    assert found == _plain(db, 0, 100)
