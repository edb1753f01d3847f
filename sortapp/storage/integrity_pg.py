"""``integrity``'s SQL for a database on the facility server (PostgreSQL).

The same functions, returning the same things: ``integrity`` hands a server's database to the
function of the same name here. The texts are the same bytes as SQLite's (``json_array`` as
``to_json`` of each value joined by commas, ``group_concat`` as an ordered ``string_agg``), so
a seal made on a file serves after the file moved to a server. The passes SQLite runs through a
Python aggregate (the audit chain, the ledger entries' and sealed parcels' canonical texts) read
their rows or server-built texts in batches and hash them here; whatever they find is checked
again by the Python definitions before it is reported, as on a file.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
from collections.abc import Iterator, Sequence
from typing import Any

from sortapp.core import uids
from sortapp.core.canonical import GENESIS_HASH
from sortapp.storage import dbapi
from sortapp.storage.audit import audit_hash
from sortapp.storage.dbapi import Database


def value(sql: str) -> str:
    """SQL for the JSON text of one value (SQLite's ``json_quote``; NULL as ``null``)."""
    return f"coalesce(to_json({sql})::text, 'null')"


def array(*values: str) -> str:
    """SQL for SQLite's ``json_array(values...)`` text: the same bytes."""
    return f"('[' || concat_ws(',', {', '.join(value(v) for v in values)}) || ']')"


def obj(*pairs: tuple[str, str]) -> str:
    """SQL for SQLite's ``json_object(key, value, ...)`` text (keys as given): the same bytes."""
    return obj_of(*((key, value(sql)) for key, sql in pairs))


def obj_of(*pairs: tuple[str, str]) -> str:
    """SQL for a JSON object of ``pairs`` (key, SQL of a JSON text), keys as given."""
    parts = ", ".join(f"""'"{key}":' || {text}""" for key, text in pairs)
    return f"('{{' || concat_ws(',', {parts}) || '}}')"


#: ``integrity.ENTRY_STONES`` as JSON text: the count, null where not counted, or a text.
ENTRY_STONES = """CASE WHEN e.stones_counted = 1 THEN to_json(e.stones)::text
    WHEN e.stones_counted = 0 AND e.stones = 0 THEN 'null'
    ELSE to_json('stones ' || e.stones || ' counted ' || e.stones_counted)::text END"""


def group_array(element: str, rest: str, order: str) -> str:
    """SQL for SQLite's ``json_group_array`` of the JSON texts ``element`` over ``rest`` (a FROM
    clause), in ``order``: '[]' when there are none."""
    return f"""('[' || coalesce((SELECT string_agg({element}, ',' ORDER BY {order}) {rest}), '')
               || ']')"""


def _hash_pass(
    rows: Iterator[tuple[Any, str, str]] | Sequence[tuple[Any, str, str]],
) -> tuple[int, list[Any]]:
    """(rows, the keys of those whose text does not hash to their hash) of (key, hash, text)."""
    count, found = 0, []
    for key, digest, text in rows:
        count += 1
        if hashlib.sha256(_blob(text)).hexdigest() != digest:
            found.append(key)
    return count, found


def _blob(text: str | None) -> bytes:
    return (text or "").encode("utf-8")


def file_path(db: Database) -> str | None:
    return None  # not a file: no worker process opens it (verify's lanes: shared_snapshot)


@contextlib.contextmanager
def snapshot(db: Database) -> Iterator[None]:
    """Read everything in the block from one snapshot (a repeatable-read, read-only
    transaction: what other workstations commit meanwhile is not seen)."""
    if db.conn.in_transaction:
        yield
        return
    db.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
    try:
        yield
    finally:
        db.execute("ROLLBACK")


@contextlib.contextmanager
def shared_snapshot(db: Database) -> Iterator[Database]:
    """A second connection (``PgDatabase.sibling``) reading the very snapshot that ``db``'s
    transaction reads (``pg_export_snapshot``): verify's second lane. ``db`` must be in a
    repeatable-read transaction (``snapshot``)."""
    (name,) = db.execute("SELECT pg_export_snapshot()").fetchone()
    other = db.sibling()  # type: ignore[attr-defined]  # a server's database (the caller's check)
    try:
        other.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        other.execute(f"SET TRANSACTION SNAPSHOT '{name}'")
        yield other
    finally:
        other.close()


def structure_problems(db: Database, *, full: bool) -> list[str]:
    """None to find here: the server keeps its own pages (checksums, WAL); sortapp reads them
    only through SQL."""
    return []


# -- the schema --------------------------------------------------------------------------------

# Every object of the database's schema that sortapp makes, and what decides how it behaves
# (columns, constraints, index and trigger definitions, whether a trigger is enabled, function
# bodies and their settings, row security and its policies, and who is granted what), by kind
# and name. The owner's name is written OWNER: a facility's IT names its owner role.
_SCHEMA_SQL = r"""
WITH s AS (SELECT oid FROM pg_namespace WHERE nspname = current_schema())
SELECT 'table', c.relname,
       concat_ws(E'\n',
           'kind ' || c.relkind::text || ' rls ' || c.relrowsecurity || ' force ' ||
           c.relforcerowsecurity,
           'acl ' || coalesce(c.relacl::text, ''),
           (SELECT string_agg(a.attname || ' ' || format_type(a.atttypid, a.atttypmod) ||
                              ' notnull ' || a.attnotnull || ' collation ' ||
                              coalesce((SELECT collname FROM pg_collation
                                        WHERE oid = a.attcollation), '') ||
                              ' default ' || coalesce(pg_get_expr(d.adbin, d.adrelid), '') ||
                              ' acl ' || coalesce(a.attacl::text, ''),
                              E'\n' ORDER BY a.attnum)
            FROM pg_attribute a
            LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped),
           (SELECT string_agg(k.conname || ' ' || pg_get_constraintdef(k.oid), E'\n'
                              ORDER BY k.conname)
            FROM pg_constraint k WHERE k.conrelid = c.oid),
           CASE WHEN c.relkind = 'v' THEN
               'view ' || array_to_string(c.reloptions, ' ') || E'\n' || pg_get_viewdef(c.oid)
           END),
       pg_get_userbyid(c.relowner)
FROM pg_class c WHERE c.relnamespace = (SELECT oid FROM s) AND c.relkind IN ('r', 'v', 'p')
UNION ALL
SELECT 'index', c.relname, pg_get_indexdef(c.oid), pg_get_userbyid(c.relowner)
FROM pg_class c WHERE c.relnamespace = (SELECT oid FROM s) AND c.relkind = 'i'
UNION ALL
SELECT 'sequence', c.relname, coalesce(c.relacl::text, ''), pg_get_userbyid(c.relowner)
FROM pg_class c WHERE c.relnamespace = (SELECT oid FROM s) AND c.relkind = 'S'
UNION ALL
SELECT 'trigger', c.relname || '.' || t.tgname,
       pg_get_triggerdef(t.oid) || ' enabled ' || t.tgenabled::text, ''
FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
WHERE c.relnamespace = (SELECT oid FROM s) AND NOT t.tgisinternal
UNION ALL
SELECT 'function', p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')',
       concat_ws(E'\n', 'returns ' || pg_get_function_result(p.oid),
                 'definer ' || p.prosecdef || ' volatile ' || p.provolatile::text,
                 'config ' || coalesce(array_to_string(p.proconfig, ' '), ''),
                 'acl ' || coalesce(p.proacl::text, ''), p.prosrc),
       pg_get_userbyid(p.proowner)
FROM pg_proc p WHERE p.pronamespace = (SELECT oid FROM s)
UNION ALL
SELECT 'policy', c.relname || '.' || p.polname,
       concat_ws(E'\n', p.polcmd::text, p.polpermissive::text,
                 (SELECT string_agg(CASE WHEN r = 0 THEN 'public' ELSE pg_get_userbyid(r) END,
                                    ',' ORDER BY 1)
                  FROM unnest(p.polroles) AS r),
                 coalesce(pg_get_expr(p.polqual, p.polrelid), ''),
                 coalesce(pg_get_expr(p.polwithcheck, p.polrelid), '')),
       ''
FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid
WHERE c.relnamespace = (SELECT oid FROM s)
"""


def schema(db: Database) -> dict[tuple[str, str], str]:
    """The schema as the server holds it: {(kind, name): its definition}, every object of the
    database's schema (see ``_SCHEMA_SQL``), the owner's name written OWNER and the schema's
    SCHEMA."""
    found = {}
    (schema,) = db.execute("SELECT quote_ident(current_schema())").fetchone()
    for kind, name, definition, owner in db.execute(_SCHEMA_SQL):
        text = (definition or "").replace(f"search_path={schema}, ", "search_path=SCHEMA, ")
        if owner:
            text = text.replace(f"{owner}=", "OWNER=").replace(f"/{owner}", "/OWNER")
        found[kind, name] = text
    return found


def applied_migrations(db: Database, names: Sequence[str]) -> tuple[str | None, list[str]]:
    """(the schema version stored in ``meta``, the names of the applied steps: those of
    ``names`` applied, in its order, then any other)."""
    from sortapp.storage import pgschema  # noqa: PLC0415 (it imports storage modules)

    version = db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    done = {r[0] for r in db.execute(f"SELECT name FROM {pgschema.APPLIED}")}
    ordered = [name for name in names if name in done]
    return (version[0] if version else None), ordered + sorted(done - set(ordered))


def sorting_total_mismatches(db: Database) -> list[str]:
    return [
        r[0]
        for r in db.execute(
            """SELECT l.number FROM lots l
               LEFT JOIN lot_sorting_totals t ON t.lot_id = l.id
               WHERE coalesce(t.mct, 0) IS DISTINCT FROM (
                   SELECT coalesce(sum(mct), 0) FROM sort_entries e WHERE e.lot_id = l.id)
               UNION
               SELECT '#' || t.lot_id FROM lot_sorting_totals t
               WHERE NOT EXISTS (SELECT 1 FROM lots WHERE id = t.lot_id)"""
        )
    ]


#: ``integrity.stock_line_problems``' query, both backends': ('lot', id) of each closed lot
#: whose uncounted lines differ from what its sorting entries make (``{entry}``: an uncounted
#: standing entry ``e``), ('category', id) of each category whose kept stock lines differ from
#: the stock on hand (``{category}``: the balance row ``b``'s category, as the backend reads it
#: best).
STOCK_LINE_DIFFERENCES = """
    WITH made AS (SELECT DISTINCT e.lot_id, e.category_id FROM sort_entries e
                  JOIN lots l ON l.id = e.lot_id
                  WHERE l.status = 'sorted' AND {entry}),
         kept AS (SELECT lot_id, category_id FROM uncounted_lines),
         onhand AS (SELECT {category} AS category_id, count(*) AS lines,
                           count(u.lot_id) AS uncounted
                    FROM balances b LEFT JOIN uncounted_lines u
                         ON u.lot_id = b.lot_id AND u.category_id = b.category_id
                    WHERE b.place = 'stock' AND b.mct > 0 GROUP BY 1)
    SELECT 'lot' AS kind, lot_id AS key FROM (SELECT * FROM made EXCEPT SELECT * FROM kept) a
    UNION SELECT 'lot', lot_id FROM (SELECT * FROM kept EXCEPT SELECT * FROM made) b
    UNION SELECT 'category', k.category_id FROM category_stock k
          LEFT JOIN onhand o ON o.category_id = k.category_id
          WHERE k.lines <> coalesce(o.lines, 0) OR k.uncounted <> coalesce(o.uncounted, 0)
    UNION SELECT 'category', o.category_id FROM onhand o
          WHERE NOT EXISTS (SELECT 1 FROM category_stock k WHERE k.category_id = o.category_id)
    ORDER BY 1, 2 LIMIT 20"""


def stock_line_differences(db: Database) -> list[tuple[str, int]]:
    """``STOCK_LINE_DIFFERENCES`` on the server."""
    from sortapp.storage.pgschema.steps import UNCOUNTED_ENTRY  # noqa: PLC0415

    sql = STOCK_LINE_DIFFERENCES.format(entry=UNCOUNTED_ENTRY, category="b.category_id")
    return [(str(kind), int(key)) for kind, key in db.execute(sql)]


def foreign_key_problems(db: Database) -> int:
    """Rows pointing at missing rows, by every foreign key of the schema (the server enforces
    them, unless someone with the rights to turn its triggers off did)."""
    keys = db.execute(
        """SELECT c.relname, f.relname,
                  (SELECT array_agg(a.attname ORDER BY k.i) FROM unnest(con.conkey)
                       WITH ORDINALITY AS k(n, i)
                   JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.n),
                  (SELECT array_agg(a.attname ORDER BY k.i) FROM unnest(con.confkey)
                       WITH ORDINALITY AS k(n, i)
                   JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.n)
           FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid
           JOIN pg_class f ON f.oid = con.confrelid
           WHERE con.contype = 'f' AND c.relnamespace = (
               SELECT oid FROM pg_namespace WHERE nspname = current_schema())
           ORDER BY 1, 2"""
    ).fetchall()
    problems = 0
    for child, parent, columns, referenced in keys:
        present = " AND ".join(f'r."{c}" IS NOT NULL' for c in columns)
        match = " AND ".join(f'p."{p}" = r."{c}"' for c, p in zip(columns, referenced, strict=True))
        problems += db.execute(
            f'SELECT count(*) FROM "{child}" r WHERE {present} '
            f'AND NOT EXISTS (SELECT 1 FROM "{parent}" p WHERE {match})'
        ).fetchone()[0]
    return int(problems)


# -- chunk digests -----------------------------------------------------------------------------

_AUDIT_TEXT = f"""CASE WHEN rows = ''
    THEN {array("prev_hash", "uid", "site", "at", '"user"', "action", "object", "details")}
    ELSE {array("prev_hash", "uid", "site", "at", '"user"', "action", "object", "details", "rows")}
    END"""

_CHUNK_SQL = {
    "audit": f"""SELECT string_agg(hash || {_AUDIT_TEXT} || chr(10), '' ORDER BY id)
                 FROM audit WHERE id BETWEEN ? AND ?""",
    "journal": f"""SELECT string_agg({
        array(
            "id",
            "uid",
            "kind",
            "at",
            "user_id",
            "lot_id",
            "parcel_id",
            "reverses_id",
            "reason",
            "hash",
        )
    } || chr(10), '' ORDER BY id) FROM journal WHERE id BETWEEN ? AND ?""",
    "journal lines": f"""SELECT string_agg({
        array(
            "id",
            "journal_id",
            "place",
            "lot_id",
            "category_id",
            "parcel_id",
            "loss_type",
            "mct",
            "stones",
        )
    } || chr(10), '' ORDER BY journal_id, id)
        FROM postings WHERE journal_id BETWEEN ? AND ?""",
    "entries": f"""SELECT string_agg(('[' || concat_ws(',', {
        ", ".join(value(v) for v in ("e.uid", "c.code", "e.loss_type", "e.mct"))
    }, {ENTRY_STONES}, {
        ", ".join(value(v) for v in ("e.reason", "r.uid", "l.number"))
    }) || ']'), chr(10) ORDER BY e.id)
        FROM sort_entries e LEFT JOIN lots l ON l.id = e.lot_id
        LEFT JOIN categories c ON c.id = e.category_id
        LEFT JOIN sort_entries r ON r.id = e.reverses_id
        WHERE e.id BETWEEN ? AND ?""",
}


def chunk_digest(db: Database, family: str, first: int, last: int) -> str:
    digest = hashlib.sha256()
    for part in (family, f"{family} lines") if family == "journal" else (family,):
        digest.update(_blob(db.execute(_CHUNK_SQL[part], (first, last)).fetchone()[0]))
        digest.update(b"\x1e")
    return digest.hexdigest()


def reference_digest(db: Database, table: str, column: str, upto: int) -> str:
    text = db.execute(
        f"""SELECT string_agg({array("id", column)} || chr(10), '' ORDER BY id)
            FROM {table} WHERE id <= ?""",
        (upto,),
    ).fetchone()[0]
    return hashlib.sha256(_blob(text)).hexdigest()


# -- the audit chain -----------------------------------------------------------------------------

_AUDIT_COLUMNS = 'id, uid, site, at, "user", action, object, details, rows, prev_hash, hash'


def _audit_rows(db: Database, after: int, upto: int) -> Iterator[tuple[Any, ...]]:
    """(id, uid, site, at, user, action, object, details, rows, prev_hash, hash) of the entries
    ``after`` < id <= ``upto`` in id order, read a batch at a time."""
    sql = f"SELECT {_AUDIT_COLUMNS} FROM audit WHERE id BETWEEN ? AND ? ORDER BY id"
    return dbapi.in_batches(db, "audit", sql, after, upto)


def audit_pass(
    db: Database,
    after: int,
    upto: int,
    heads: dict[str, str],
    misnamed: list[str] | None = None,
) -> tuple[int, int, dict[str, str]]:
    last = dict(heads)
    count = bad = 0
    for number, uid, site, at, user, action, object_, details, rows, prev, digest in _audit_rows(
        db, after, upto
    ):
        count += 1
        if misnamed is not None and uid != uids.audit(site, number):
            misnamed.append(uid)
        if prev != last.get(site, GENESIS_HASH) or digest != audit_hash(
            prev, uid, site, at, user, action, object_, details, rows
        ):
            bad += 1
        last[site] = digest
    return count, bad, last


def iter_audit(db: Database, upto: int) -> Iterator[tuple[Any, ...]]:
    return _audit_rows(db, 0, upto)


# ``services.journal.journal_canonical`` of journal ``j``, keys sorted (``integrity``'s).
_JOURNAL_TEXT = obj_of(
    ("at", value("j.at")),
    ("kind", value("j.kind")),
    (
        "lines",
        group_array(
            array(
                "t.place",
                "l2.uid",
                "coalesce(c.code, '')",
                "coalesce(p2.uid, '')",
                "coalesce(t.loss_type, '')",
                "t.mct",
                "t.stones",
            ),
            """FROM postings t JOIN lots l2 ON l2.id = t.lot_id
               LEFT JOIN categories c ON c.id = t.category_id
               LEFT JOIN parcels p2 ON p2.id = t.parcel_id
               WHERE t.journal_id = j.id""",
            "t.id",
        ),
    ),
    ("lot", value("coalesce(l.uid, '')")),
    ("parcel", value("coalesce(p.uid, '')")),
    ("reason", value("j.reason")),
    ("reverses", value("coalesce(r.uid, '')")),
    ("uid", value("j.uid")),
    ("user", value("u.name")),
)


def journal_hash_pass(db: Database, after: int, upto: int) -> tuple[int, list[int]]:
    count, found = _hash_pass(
        dbapi.in_batches(
            db,
            "journal",
            f"""SELECT j.id, j.hash, {_JOURNAL_TEXT}
                FROM journal j JOIN users u ON u.id = j.user_id
                LEFT JOIN lots l ON l.id = j.lot_id LEFT JOIN parcels p ON p.id = j.parcel_id
                LEFT JOIN journal r ON r.id = j.reverses_id
                WHERE j.id BETWEEN ? AND ?""",
            after,
            upto,
        )
    )
    # (An entry whose user is not there is in no row above: the row-by-row check names it.)
    missing = db.execute(
        "SELECT j.id FROM journal j WHERE j.id > ? AND j.id <= ? "
        "AND NOT EXISTS (SELECT 1 FROM users u WHERE u.id = j.user_id)",
        (after, upto),
    ).fetchall()
    return count + len(missing), found + [r[0] for r in missing]


def recorded_journals(actions: Sequence[str], audit: tuple[int, int]) -> tuple[str, list[Any]]:
    marks = ",".join("?" * len(actions))
    # (CASE: the server may test the conditions in any order, and another action's details
    # need not be JSON; SQLite's json_extract fails on such text as the cast does.)
    sql = f"""SELECT CASE WHEN action IN ({marks}) THEN details::jsonb ->> 'journal' END AS uid,
                     CASE WHEN action IN ({marks}) THEN details::jsonb ->> 'journal_hash' END
                         AS hash, action
              FROM audit WHERE action IN ({marks}) AND id > ? AND id <= ?"""
    return sql, [*actions, *actions, *actions, *audit]


# -- sealed parcels ------------------------------------------------------------------------------


# ``parcels.parcel_fingerprint``'s data of sealed parcel ``p``, keys sorted (``integrity``'s).
_PARCEL_TEXT = obj_of(
    ("destination", value("p.destination")),
    ("expires", value("k.expires")),
    ("exporter", value("p.exporter")),
    ("importer", value("p.importer")),
    ("issued", value("k.issued")),
    ("kp_cert", value("k.number")),
    (
        "lines",
        group_array(
            array(
                "c.code",
                "c.hs_code",
                "l.number",
                """coalesce((SELECT string_agg(DISTINCT country, '+' ORDER BY country)
                             FROM lot_origins o WHERE o.lot_id = s.lot_id), '?')""",
                "s.mct",
                "s.stones",
                "s.cents_per_ct",
                "s.value_cents",
            ),
            """FROM sealed_lines s JOIN categories c ON c.id = s.category_id
               JOIN lots l ON l.id = s.lot_id WHERE s.parcel_id = p.id""",
            "c.sort_order, l.received_at, l.id",
        ),
    ),
    (
        "mct",
        value("(SELECT coalesce(sum(mct), 0)::bigint FROM sealed_lines WHERE parcel_id = p.id)"),
    ),
    ("number", value("p.number")),
    (
        "origin",
        value(
            """(SELECT CASE WHEN count(DISTINCT o.country) = 1 THEN max(o.country) ELSE 'MIXED'
                       END
                FROM sealed_lines s JOIN lot_origins o ON o.lot_id = s.lot_id
                WHERE s.parcel_id = p.id)"""
        ),
    ),
    (
        "origin_countries",
        group_array(
            "to_json(x.country)::text",
            """FROM (SELECT DISTINCT o.country FROM sealed_lines s
                     JOIN lot_origins o ON o.lot_id = s.lot_id WHERE s.parcel_id = p.id) x""",
            "x.country",
        ),
    ),
    ("parcel", value("p.uid")),
    (
        "seals",
        group_array(
            "to_json(x.seal)::text",
            "FROM parcel_seals x WHERE x.parcel_id = p.id",
            "x.seal",
        ),
    ),
    ("site", value("?::text")),
    (
        "stones",
        value("(SELECT coalesce(sum(stones), 0)::bigint FROM sealed_lines WHERE parcel_id = p.id)"),
    ),
    ("value_cents", value("p.sealed_value_cents")),
)


def fingerprint_mismatches(db: Database, site: str, only: Sequence[int] | None) -> list[str]:
    """The numbers of the sealed parcels (all, or of ids ``only``) whose data do not hash to
    their fingerprint (``integrity.parcel_pass``'s first pass)."""
    among, params = ("", []) if only is None else ("AND p.id = ANY(?)", [list(only)])
    return _hash_pass(
        db.execute(
            f"""SELECT p.number, p.fingerprint, {_PARCEL_TEXT}
                FROM parcels p LEFT JOIN certificates k ON k.id = p.certificate_id
                WHERE p.status IN ('sealed', 'shipped') {among} ORDER BY p.id""",
            [site, *params],
        ).fetchall()
    )[1]


#: ``integrity.FINGERPRINTED`` on the server: the values are an array, and whether they are ids
#: (numbers) or seal numbers (text).
_FINGERPRINTED: dict[str, tuple[str, type]] = {
    "parcels": ("SELECT unnest(?::bigint[])", int),
    "sealed_lines": ("SELECT unnest(?::bigint[])", int),
    "certificates": ("SELECT id FROM parcels WHERE certificate_id = ANY(?)", int),
    "parcel_seals": ("SELECT parcel_id FROM parcel_seals WHERE seal = ANY(?)", str),
    "lots": ("SELECT parcel_id FROM sealed_lines WHERE lot_id = ANY(?)", int),
    "lot_origins": ("SELECT parcel_id FROM sealed_lines WHERE lot_id = ANY(?)", int),
    "categories": ("SELECT parcel_id FROM sealed_lines WHERE category_id = ANY(?)", int),
}


def parcels_of(db: Database, firsts: dict[str, list[Any]]) -> list[int] | None:
    ids: set[int] = set()
    for table, values in firsts.items():
        if not values:
            continue
        sql, kind = _FINGERPRINTED[table]
        # (A value of another kind names no row: as on SQLite, where it matches none.)
        typed = [
            v
            for v in values
            if (kind is str and type(v) is str)
            or (kind is int and type(v) is int and -(2**63) <= v < 2**63)
        ]
        found = [r[0] for r in db.execute(sql, (typed,))] if typed else []
        if table == "parcel_seals" and (
            len(found) != len(set(values)) or len(typed) != len(values)
        ):
            return None
        ids.update(int(i) for i in found)
    return sorted(ids)


# -- sorting entries against the audit log ------------------------------------------------------

_ENTRY_MATCH = """
    FROM (SELECT id, object, details,
                 CASE WHEN action IN ({marks}) THEN details::jsonb ->> 'entry' END AS entry
          FROM audit WHERE action IN ({marks}) AND id > ? AND id <= ?) a
    LEFT JOIN sort_entries e
           ON e.id = CASE WHEN substr(a.entry, strpos(a.entry, '-{letter}') + 2) ~ '^[0-9]{{1,18}}$'
                          THEN CAST(substr(a.entry, strpos(a.entry, '-{letter}') + 2) AS bigint)
                     END
    LEFT JOIN lots l ON l.id = e.lot_id
    LEFT JOIN categories c ON c.id = e.category_id
    LEFT JOIN sort_entries r ON r.id = e.reverses_id
    LEFT JOIN weighings w ON w.entry_id = e.id
    WHERE true"""

# An entry's audit details without the request id of an action run from the app (as SQLite's).
_RECORDED_DETAILS = """CASE WHEN (a.details::json ->> 'request') IS NULL THEN a.details
    ELSE replace(a.details, ',"request":' || to_json(a.details::json ->> 'request')::text, '')
    END"""


def _entry_obj(*pairs: tuple[str, str]) -> str:
    """``obj`` of an entry's facts (``integrity.ENTRY_FACTS``), its stones as JSON text here."""
    return obj_of(*((k, ENTRY_STONES if k == "stones" else value(sql)) for k, sql in pairs))


@functools.cache
def _entry_details() -> str:
    """SQL for the details an entry's audit record holds (``integrity.entry_details_sql``)."""
    from sortapp.storage import integrity  # noqa: PLC0415 (it imports this module)

    return integrity.entry_details_sql(_entry_obj)


def _entry_match(actions: Sequence[str]) -> str:
    from sortapp.core import uids  # noqa: PLC0415

    return _ENTRY_MATCH.format(marks=",".join("?" * len(actions)), letter=uids.ENTRY)


def entry_record_counts(
    db: Database, actions: Sequence[str], audit: tuple[int, int], entries: tuple[int, int]
) -> tuple[int, int, int]:
    records, matched, bad = db.execute(
        f"""SELECT count(*), count(DISTINCT CASE WHEN e.id > ? AND e.id <= ? THEN e.id END),
                   coalesce(sum((e.id IS NULL OR a.object IS DISTINCT FROM l.number
                                 OR {_RECORDED_DETAILS}
                                    IS DISTINCT FROM {_entry_details()})::int), 0)
            {_entry_match(actions)}""",
        [*entries, *actions, *actions, *audit],
    ).fetchone()
    return int(records), int(matched), int(bad)


def entry_record_differences(
    db: Database, actions: Sequence[str], audit: tuple[int, int]
) -> list[tuple[Any, ...]]:
    return [
        tuple(r)
        for r in db.execute(
            f"""SELECT a.id, a.object, a.details, e.uid, l.number, coalesce(c.code, ''),
                       coalesce(e.loss_type, ''), e.mct, {ENTRY_STONES}, e.reason,
                       coalesce(r.uid, '')
                {_entry_match(actions)}
                  AND (e.id IS NULL OR a.object IS DISTINCT FROM l.number
                       OR {_RECORDED_DETAILS} IS DISTINCT FROM {_entry_details()})
                ORDER BY a.id""",
            [*actions, *actions, *audit],
        )
    ]


def unrecorded_entries(
    db: Database, actions: Sequence[str], entries: tuple[int, int], skip: Sequence[tuple[int, int]]
) -> list[str]:
    marks = ",".join("?" * len(actions))
    outside = "".join(" AND e.id NOT BETWEEN ? AND ?" for _ in skip)
    params: list[Any] = [*actions, *actions, *entries, *(n for pair in skip for n in pair)]
    return [
        r[0]
        for r in db.execute(
            f"""SELECT e.uid FROM sort_entries e WHERE NOT EXISTS (
                    SELECT 1 FROM audit a WHERE a.action IN ({marks})
                    AND CASE WHEN a.action IN ({marks}) THEN a.details::jsonb ->> 'entry' END
                        = e.uid)
                AND e.id > ? AND e.id <= ?{outside}
                ORDER BY e.id LIMIT 20""",
            params,
        )
    ]


# -- the balances under a seal -----------------------------------------------------------------


def balance_chunk_digest(
    db: Database, chunk: int, size: int, places: Sequence[str]
) -> tuple[int, str]:
    digest, count = hashlib.sha256(), 0
    lots = dbapi.chunk_bounds(chunk, size)
    text = array("lot_id", "category_id", "parcel_id", "loss_type", "mct", "stones")
    for place in places:
        rows, found = db.execute(
            f"""SELECT count(*), string_agg({text}, chr(10)
                                             ORDER BY lot_id, category_id, parcel_id, loss_type)
                FROM balances WHERE place = ? AND lot_id BETWEEN ? AND ?""",
            (place, *lots),
        ).fetchone()
        count += rows
        digest.update(place.encode() + b"\x1f" + _blob(found) + b"\x1e")
    return int(count), digest.hexdigest()


def stock_offsets_digest(db: Database, journal: int) -> str:
    text = db.execute(
        f"""WITH d AS (SELECT category_id, sum(mct)::bigint AS mct, sum(stones)::bigint AS stones
                      FROM postings WHERE journal_id > ? AND place = 'stock'
                      GROUP BY category_id),
                v AS (SELECT k.category_id, k.mct - coalesce(d.mct, 0) AS mct,
                             k.stones - coalesce(d.stones, 0) AS stones
                      FROM category_stock k LEFT JOIN d USING (category_id)
                      UNION ALL
                      SELECT d.category_id, -d.mct, -d.stones FROM d
                      WHERE NOT EXISTS (SELECT 1 FROM category_stock k
                                        WHERE k.category_id IS NOT DISTINCT FROM d.category_id))
           SELECT string_agg({array("category_id", "mct", "stones")}, chr(10)
                             ORDER BY category_id, mct, stones)
           FROM v""",
        (journal,),
    ).fetchone()[0]
    return hashlib.sha256(_blob(text)).hexdigest()
