"""The schema, evolved by registered, transactional migrations (sqlite_utils.Migrations).

Every table is created explicitly and STRICT; weights are INTEGER thousandths of a carat
(``*_mct``), money INTEGER US cents (``*_cents``). Posted rows (journal, postings, sort entries,
audit, certificates, seals, prices, valuations) refuse UPDATE and DELETE by trigger; the few
workflow columns of lots and parcels may change only along the allowed transitions.
"""

from __future__ import annotations

import functools
import re
import sqlite3

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from sortapp.core.clock import utc_now
from sortapp.core.errors import KnownStorageError
from sortapp.storage import audit, rowcover, written

migrations = Migrations("sortapp")


def _immutable(table: str) -> str:
    return f"""
    CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table}
    BEGIN SELECT RAISE(ABORT, '{table} rows are posted and cannot be changed; post a correction');
    END;
    CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table}
    BEGIN SELECT RAISE(ABORT, '{table} rows are posted and cannot be deleted; post a correction');
    END;
    """


def _run_script(db: Database, script: str) -> None:
    """Execute ``script`` statement by statement inside the migration's transaction.

    (``executescript`` would COMMIT first and break the migration's atomicity.)
    """
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            db.conn.execute(pending)
            pending = ""
    if pending.strip():
        raise ValueError(f"incomplete SQL statement in migration: {pending[:80]!r}")


@migrations(name="0001_initial")
def m0001_initial(db: Database) -> None:
    _run_script(
        db,
        """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;

CREATE TABLE site (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    country TEXT NOT NULL,
    created_at TEXT NOT NULL
) STRICT;

CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;

CREATE TABLE countries (
    code TEXT PRIMARY KEY CHECK (length(code) = 2 AND code = upper(code)),
    name TEXT NOT NULL,
    kp TEXT NOT NULL CHECK (kp IN ('participant', 'eu', 'none'))
) STRICT;

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    role TEXT NOT NULL CHECK (role IN ('operator', 'supervisor', 'admin')),
    password_hash TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL
) STRICT;

CREATE TABLE size_classes (
    code TEXT PRIMARY KEY,
    label TEXT NOT NULL,
    band TEXT NOT NULL CHECK (band IN ('smalls', 'grainers', 'large', 'specials')),
    kind TEXT NOT NULL CHECK (kind IN ('sieve', 'weight')),
    min_mct INTEGER,
    max_mct INTEGER,
    sort_order INTEGER NOT NULL
) STRICT;
CREATE TABLE models (
    code TEXT PRIMARY KEY, name TEXT NOT NULL, sort_order INTEGER NOT NULL
) STRICT;
CREATE TABLE qualities (
    code TEXT PRIMARY KEY, name TEXT NOT NULL, sort_order INTEGER NOT NULL
) STRICT;
CREATE TABLE colours (
    code TEXT PRIMARY KEY, name TEXT NOT NULL, sort_order INTEGER NOT NULL
) STRICT;

CREATE TABLE categories (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE COLLATE NOCASE,
    name TEXT NOT NULL,
    size TEXT NOT NULL REFERENCES size_classes(code),
    model TEXT NOT NULL REFERENCES models(code),
    quality TEXT NOT NULL REFERENCES qualities(code),
    colour TEXT NOT NULL REFERENCES colours(code),
    hs_code TEXT NOT NULL CHECK (hs_code IN ('7102.10', '7102.21', '7102.31')),
    sort_order INTEGER NOT NULL,
    active INTEGER NOT NULL DEFAULT 1
) STRICT;

CREATE TABLE prices (
    id INTEGER PRIMARY KEY,
    category_id INTEGER NOT NULL REFERENCES categories(id),
    effective_from TEXT NOT NULL,
    cents_per_ct INTEGER NOT NULL CHECK (cents_per_ct >= 0),
    set_by INTEGER NOT NULL REFERENCES users(id),
    set_at TEXT NOT NULL
) STRICT;
CREATE INDEX prices_by_category ON prices(category_id, effective_from, id);

CREATE TABLE lots (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    number TEXT NOT NULL UNIQUE COLLATE NOCASE,
    received_at TEXT NOT NULL,
    supplier TEXT NOT NULL DEFAULT '',
    declared_mct INTEGER CHECK (declared_mct > 0),
    declared_stones INTEGER CHECK (declared_stones >= 0),
    declared_value_cents INTEGER CHECK (declared_value_cents >= 0),
    kp_cert_in TEXT NOT NULL DEFAULT '',
    from_country TEXT NOT NULL DEFAULT '',
    hs_code_in TEXT NOT NULL DEFAULT '7102.10'
        CHECK (hs_code_in IN ('7102.10', '7102.21', '7102.31')),
    source TEXT NOT NULL DEFAULT '',
    received_by INTEGER NOT NULL REFERENCES users(id),
    -- set once, when weighed on arrival (or at 'lot weigh')
    weighed_mct INTEGER CHECK (weighed_mct > 0),
    weighed_stones INTEGER CHECK (weighed_stones >= 0),
    weight_flag INTEGER NOT NULL DEFAULT 0,
    weight_ack_by INTEGER REFERENCES users(id),
    weight_ack_reason TEXT,
    -- workflow state; transitions guarded by trigger
    status TEXT NOT NULL
        CHECK (status IN ('awaiting_weight', 'received', 'sorting', 'sorted'))
) STRICT;
CREATE INDEX lots_by_status ON lots(status, received_at);
CREATE INDEX lots_by_received ON lots(received_at);

CREATE TRIGGER lots_no_delete BEFORE DELETE ON lots
BEGIN SELECT RAISE(ABORT, 'lots cannot be deleted'); END;
CREATE TRIGGER lots_guard_update BEFORE UPDATE ON lots
WHEN old.uid IS NOT new.uid OR old.number IS NOT new.number
  OR old.received_at IS NOT new.received_at OR old.supplier IS NOT new.supplier
  OR old.declared_mct IS NOT new.declared_mct OR old.declared_stones IS NOT new.declared_stones
  OR old.kp_cert_in IS NOT new.kp_cert_in OR old.source IS NOT new.source
  OR old.declared_value_cents IS NOT new.declared_value_cents
  OR old.from_country IS NOT new.from_country OR old.hs_code_in IS NOT new.hs_code_in
  OR old.received_by IS NOT new.received_by
  OR (old.weighed_mct IS NOT NULL AND old.weighed_mct IS NOT new.weighed_mct)
  OR (old.weighed_stones IS NOT NULL AND old.weighed_stones IS NOT new.weighed_stones)
  OR (old.weight_ack_by IS NOT NULL AND old.weight_ack_by IS NOT new.weight_ack_by)
  OR (old.weight_flag = 1 AND new.weight_flag = 0)
BEGIN SELECT RAISE(ABORT, 'a lot''s recorded facts cannot be changed; post a correction'); END;

CREATE TABLE lot_origins (
    lot_id INTEGER NOT NULL REFERENCES lots(id),
    country TEXT NOT NULL REFERENCES countries(code),
    mine TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (lot_id, country, mine)
) STRICT;
CREATE TABLE lot_seals (
    lot_id INTEGER NOT NULL REFERENCES lots(id),
    seal TEXT NOT NULL,
    PRIMARY KEY (lot_id, seal)
) STRICT;

CREATE TABLE sort_entries (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    lot_id INTEGER NOT NULL REFERENCES lots(id),
    category_id INTEGER REFERENCES categories(id),
    loss_type TEXT CHECK (loss_type IN ('cleaning', 'breakage', 'sample', 'other')),
    mct INTEGER NOT NULL CHECK (mct <> 0),
    stones INTEGER NOT NULL,
    entered_by INTEGER NOT NULL REFERENCES users(id),
    entered_at TEXT NOT NULL,
    reverses_id INTEGER UNIQUE REFERENCES sort_entries(id),
    reason TEXT NOT NULL DEFAULT '',
    CHECK ((category_id IS NULL) <> (loss_type IS NULL))
) STRICT;
CREATE INDEX sort_entries_by_lot ON sort_entries(lot_id, id);

CREATE TABLE certificates (
    id INTEGER PRIMARY KEY,
    number TEXT NOT NULL UNIQUE COLLATE NOCASE,
    issued TEXT NOT NULL,
    expires TEXT NOT NULL CHECK (expires > issued),
    exporter TEXT NOT NULL,
    importer TEXT NOT NULL,
    destination TEXT NOT NULL REFERENCES countries(code),
    authority TEXT NOT NULL,
    created_by INTEGER NOT NULL REFERENCES users(id),
    created_at TEXT NOT NULL
) STRICT;
CREATE INDEX certificates_by_issued ON certificates(issued);

CREATE TABLE parcels (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    number TEXT NOT NULL UNIQUE COLLATE NOCASE,
    exporter TEXT NOT NULL,
    importer TEXT NOT NULL,
    destination TEXT NOT NULL REFERENCES countries(code),
    created_by INTEGER NOT NULL REFERENCES users(id),
    created_at TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('draft', 'sealed', 'shipped', 'void')),
    -- frozen at seal
    certificate_id INTEGER REFERENCES certificates(id),
    sealed_by INTEGER REFERENCES users(id),
    sealed_at TEXT,
    sealed_mct INTEGER,
    sealed_stones INTEGER,
    sealed_value_cents INTEGER,
    origin TEXT,
    fingerprint TEXT,
    -- set once at ship or void
    shipped_by INTEGER REFERENCES users(id),
    shipped_at TEXT,
    voided_by INTEGER REFERENCES users(id),
    voided_at TEXT,
    void_reason TEXT
) STRICT;
CREATE INDEX parcels_by_certificate ON parcels(certificate_id);
CREATE INDEX parcels_by_status ON parcels(status, created_at);

CREATE TRIGGER parcels_no_delete BEFORE DELETE ON parcels
BEGIN SELECT RAISE(ABORT, 'parcels cannot be deleted; void them'); END;
CREATE TRIGGER parcels_guard_update BEFORE UPDATE ON parcels
WHEN old.uid IS NOT new.uid OR old.number IS NOT new.number
  OR old.created_by IS NOT new.created_by OR old.created_at IS NOT new.created_at
  OR (old.status <> 'draft' AND (
       old.exporter IS NOT new.exporter OR old.importer IS NOT new.importer
    OR old.destination IS NOT new.destination OR old.certificate_id IS NOT new.certificate_id
    OR old.sealed_by IS NOT new.sealed_by OR old.sealed_at IS NOT new.sealed_at
    OR old.sealed_mct IS NOT new.sealed_mct OR old.sealed_stones IS NOT new.sealed_stones
    OR old.sealed_value_cents IS NOT new.sealed_value_cents OR old.origin IS NOT new.origin
    OR old.fingerprint IS NOT new.fingerprint))
  OR (old.status IN ('shipped', 'void'))
  OR (old.status = 'sealed' AND new.status NOT IN ('sealed', 'shipped', 'void'))
  OR (old.status = 'draft' AND new.status NOT IN ('draft', 'sealed', 'void'))
BEGIN SELECT RAISE(ABORT, 'a sealed, shipped or void parcel cannot be changed'); END;

CREATE TABLE parcel_seals (
    seal TEXT PRIMARY KEY COLLATE NOCASE,
    parcel_id INTEGER NOT NULL REFERENCES parcels(id)
) STRICT;
CREATE INDEX parcel_seals_by_parcel ON parcel_seals(parcel_id);

-- What a parcel held, and at which price, when it was sealed (the manifest and KP statistics).
CREATE TABLE sealed_lines (
    parcel_id INTEGER NOT NULL REFERENCES parcels(id),
    category_id INTEGER NOT NULL REFERENCES categories(id),
    lot_id INTEGER NOT NULL REFERENCES lots(id),
    mct INTEGER NOT NULL CHECK (mct > 0),
    stones INTEGER NOT NULL CHECK (stones >= 0),
    cents_per_ct INTEGER NOT NULL,
    value_cents INTEGER NOT NULL,
    price_source TEXT NOT NULL,
    PRIMARY KEY (parcel_id, category_id, lot_id)
) STRICT;

CREATE TABLE price_overrides (
    id INTEGER PRIMARY KEY,
    parcel_id INTEGER NOT NULL REFERENCES parcels(id),
    category_id INTEGER NOT NULL REFERENCES categories(id),
    cents_per_ct INTEGER NOT NULL CHECK (cents_per_ct >= 0),
    reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    user_id INTEGER NOT NULL REFERENCES users(id),
    at TEXT NOT NULL
) STRICT;
CREATE INDEX price_overrides_by_parcel ON price_overrides(parcel_id, category_id, id);

CREATE TABLE valuations (
    id INTEGER PRIMARY KEY,
    parcel_id INTEGER NOT NULL REFERENCES parcels(id),
    valuer TEXT NOT NULL CHECK (valuer IN ('declared', 'government', 'independent')),
    value_cents INTEGER NOT NULL CHECK (value_cents >= 0),
    user_id INTEGER NOT NULL REFERENCES users(id),
    at TEXT NOT NULL
) STRICT;
CREATE INDEX valuations_by_parcel ON valuations(parcel_id, valuer, id);

CREATE TABLE journal (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('receive', 'sort', 'pack', 'ship', 'void', 'reversal')),
    at TEXT NOT NULL,
    user_id INTEGER NOT NULL REFERENCES users(id),
    lot_id INTEGER REFERENCES lots(id),
    parcel_id INTEGER REFERENCES parcels(id),
    reverses_id INTEGER UNIQUE REFERENCES journal(id),
    reason TEXT NOT NULL DEFAULT '',
    hash TEXT NOT NULL
) STRICT;
CREATE INDEX journal_by_lot ON journal(lot_id);
CREATE INDEX journal_by_parcel ON journal(parcel_id);
CREATE INDEX journal_by_at ON journal(at);

CREATE TABLE postings (
    id INTEGER PRIMARY KEY,
    journal_id INTEGER NOT NULL REFERENCES journal(id),
    place TEXT NOT NULL
        CHECK (place IN ('world', 'received', 'stock', 'parcel', 'shipped', 'loss', 'adjust')),
    lot_id INTEGER NOT NULL REFERENCES lots(id),
    category_id INTEGER REFERENCES categories(id),
    parcel_id INTEGER REFERENCES parcels(id),
    loss_type TEXT,
    mct INTEGER NOT NULL,
    stones INTEGER NOT NULL
) STRICT;
CREATE INDEX postings_by_journal ON postings(journal_id);
CREATE INDEX postings_by_lot ON postings(lot_id);
CREATE INDEX postings_by_parcel ON postings(parcel_id) WHERE parcel_id IS NOT NULL;

-- Balances per place, kept by trigger from the postings and checked against them by verify.
-- Internal places may never go negative: the CHECK refuses the posting (and so the transaction).
CREATE TABLE balances (
    place TEXT NOT NULL,
    lot_id INTEGER NOT NULL,
    category_id INTEGER NOT NULL,
    parcel_id INTEGER NOT NULL,
    loss_type TEXT NOT NULL,
    mct INTEGER NOT NULL,
    stones INTEGER NOT NULL,
    PRIMARY KEY (place, lot_id, category_id, parcel_id, loss_type),
    CONSTRAINT negative_balance CHECK (place IN ('world', 'adjust') OR (mct >= 0 AND stones >= 0))
) STRICT, WITHOUT ROWID;
CREATE INDEX balances_by_category ON balances(place, category_id);
CREATE INDEX balances_by_parcel ON balances(parcel_id, place);
CREATE INDEX balances_by_lot ON balances(lot_id, place);

-- (An UPSERT would check the CHECK against the bare inserted row, before the conflict.)
CREATE TRIGGER postings_to_balances AFTER INSERT ON postings
BEGIN
    INSERT OR IGNORE INTO balances (place, lot_id, category_id, parcel_id, loss_type, mct, stones)
    VALUES (new.place, new.lot_id, coalesce(new.category_id, 0), coalesce(new.parcel_id, 0),
            coalesce(new.loss_type, ''), 0, 0);
    UPDATE balances SET mct = mct + new.mct, stones = stones + new.stones
    WHERE place = new.place AND lot_id = new.lot_id
      AND category_id = coalesce(new.category_id, 0) AND parcel_id = coalesce(new.parcel_id, 0)
      AND loss_type = coalesce(new.loss_type, '');
END;
CREATE TRIGGER balances_no_delete BEFORE DELETE ON balances
BEGIN SELECT RAISE(ABORT, 'balances are derived from the ledger and cannot be deleted'); END;

CREATE TABLE audit (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    site TEXT NOT NULL,
    at TEXT NOT NULL,
    user TEXT NOT NULL,
    action TEXT NOT NULL,
    object TEXT NOT NULL,
    details TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
) STRICT;
CREATE INDEX audit_by_action ON audit(action, id);
CREATE INDEX audit_by_object ON audit(object, id);
"""
        + "".join(
            _immutable(t)
            for t in (
                "journal",
                "postings",
                "sort_entries",
                "audit",
                "certificates",
                "parcel_seals",
                "sealed_lines",
                "prices",
                "price_overrides",
                "valuations",
                "lot_origins",
                "lot_seals",
            )
        ),
    )
    db.conn.execute("INSERT INTO meta (key, value) VALUES ('schema_version', '1')")


@migrations(name="0002_transfers")
def m0002_transfers(db: Database) -> None:
    _run_script(
        db,
        """
-- Transfer files received from other sites: each once, with the sender's data kept whole.
CREATE TABLE bundles (
    fingerprint TEXT PRIMARY KEY,
    sender TEXT NOT NULL,
    parcel TEXT NOT NULL,
    lot_id INTEGER NOT NULL REFERENCES lots(id),
    imported_by INTEGER NOT NULL REFERENCES users(id),
    imported_at TEXT NOT NULL,
    body TEXT NOT NULL,
    UNIQUE (sender, parcel)
) STRICT;

-- Shared keys for signed transfer files, one per partner site.
CREATE TABLE site_keys (
    site TEXT PRIMARY KEY,
    key_hex TEXT NOT NULL,
    set_at TEXT NOT NULL
) STRICT;
"""
        + _immutable("bundles"),
    )


@migrations(name="0003_stock_summary")
def m0003_stock_summary(db: Database) -> None:
    _run_script(
        db,
        """
-- Stock on hand by category, kept by trigger from the postings (verify checks it), so the
-- stock screen reads a few hundred rows however long the history.
CREATE TABLE category_stock (
    category_id INTEGER PRIMARY KEY REFERENCES categories(id),
    mct INTEGER NOT NULL,
    stones INTEGER NOT NULL
) STRICT;
INSERT INTO category_stock (category_id, mct, stones)
    SELECT category_id, sum(mct), sum(stones) FROM postings WHERE place = 'stock'
    GROUP BY category_id;
CREATE TRIGGER postings_to_category_stock AFTER INSERT ON postings WHEN new.place = 'stock'
BEGIN
    INSERT OR IGNORE INTO category_stock (category_id, mct, stones)
    VALUES (new.category_id, 0, 0);
    UPDATE category_stock SET mct = mct + new.mct, stones = stones + new.stones
    WHERE category_id = new.category_id;
END;
CREATE TRIGGER category_stock_no_delete BEFORE DELETE ON category_stock
BEGIN SELECT RAISE(ABORT, 'stock is derived from the ledger and cannot be deleted'); END;
-- Open stock only: most balance rows of a long history are spent (zero).
CREATE INDEX balances_open_stock ON balances(category_id, lot_id) WHERE place = 'stock' AND mct > 0;
""",
    )


_IN_LIST = re.compile(r"\b(\w+) IN \(('[^']*'(?:, '[^']*')+)\)")


def _as_or_chain(match: re.Match[str]) -> str:
    column, values = match.group(1), re.findall(r"'[^']*'", match.group(2))
    return "(" + " OR ".join(f"{column} = {value}" for value in values) + ")"


@migrations(name="0004_check_constraints")
def m0004_check_constraints(db: Database) -> None:
    """State each table's ``col IN ('a', 'b', ...)`` CHECK as ``(col = 'a' OR col = 'b' ...)``.

    The same rule, but SQLite's integrity check evaluates an IN list through a temporary table
    per row: on the ledger's 1.3 M postings that alone took 0.9 s of a 1.1 s check. A CHECK
    constraint can be restated in place (sqlite.org/lang_altertable.html, "making other kinds of
    table schema changes"): the stored rows already satisfy it, nothing on disk changes.
    """
    tables = db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql LIKE '%CHECK%'"
    ).fetchall()
    changed = [(name, _IN_LIST.sub(_as_or_chain, sql)) for name, sql in tables]
    changed = [
        (name, sql) for (name, sql), (_n, old) in zip(changed, tables, strict=True) if sql != old
    ]
    if not changed:
        return
    version = db.execute("PRAGMA schema_version").fetchone()[0]
    db.execute("PRAGMA writable_schema = ON")
    try:
        for name, sql in changed:
            db.execute(
                "UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = ?", (sql, name)
            )
        db.execute(f"PRAGMA schema_version = {int(version) + 1}")
    finally:
        db.execute("PRAGMA writable_schema = OFF")
    problems = [r[0] for r in db.execute("PRAGMA quick_check")]
    if problems != ["ok"]:
        raise KnownStorageError(
            "The database failed its check after restating its constraints: " + problems[0],
            "Nothing was changed; restore the pre-migration backup and report this.",
        )


@migrations(name="0005_postings_by_lot_key")
def m0005_postings_by_lot_key(db: Database) -> None:
    _run_script(
        db,
        """
-- The postings of a lot in balance-key order, with their quantities: verify re-adds every
-- balance from it without sorting 1.3 M lines, and it serves every lookup by lot as before.
CREATE INDEX postings_by_lot_key
    ON postings(lot_id, place, category_id, parcel_id, loss_type, mct, stones);
DROP INDEX postings_by_lot;
""",
    )


@migrations(name="0006_lot_origins_by_country")
def m0006_lot_origins_by_country(db: Database) -> None:
    _run_script(
        db,
        """
-- The countries lots came from (the receiving list's filter), without reading every lot.
CREATE INDEX lot_origins_by_country ON lot_origins(country);
""",
    )


@migrations(name="0007_lot_reweighs")
def m0007_lot_reweighs(db: Database) -> None:
    _run_script(
        db,
        """
-- A lot weighed wrongly is weighed again before sorting starts (supervisor, with a reason): its
-- receipt is reversed and a new one posted; this record is what lets the lot show the new weight.
CREATE TABLE lot_reweighs (
    id INTEGER PRIMARY KEY,
    lot_id INTEGER NOT NULL REFERENCES lots(id),
    previous_mct INTEGER NOT NULL,
    previous_stones INTEGER,
    weighed_mct INTEGER NOT NULL CHECK (weighed_mct > 0),
    weighed_stones INTEGER CHECK (weighed_stones >= 0),
    reason TEXT NOT NULL,
    user_id INTEGER NOT NULL REFERENCES users(id),
    at TEXT NOT NULL,
    journal_id INTEGER NOT NULL UNIQUE REFERENCES journal(id)
) STRICT;
CREATE INDEX lot_reweighs_by_lot ON lot_reweighs(lot_id, id);
"""
        + _immutable("lot_reweighs")
        + """
DROP TRIGGER lots_guard_update;
CREATE TRIGGER lots_guard_update BEFORE UPDATE ON lots
WHEN old.uid IS NOT new.uid OR old.number IS NOT new.number
  OR old.received_at IS NOT new.received_at OR old.supplier IS NOT new.supplier
  OR old.declared_mct IS NOT new.declared_mct OR old.declared_stones IS NOT new.declared_stones
  OR old.kp_cert_in IS NOT new.kp_cert_in OR old.source IS NOT new.source
  OR old.declared_value_cents IS NOT new.declared_value_cents
  OR old.from_country IS NOT new.from_country OR old.hs_code_in IS NOT new.hs_code_in
  OR old.received_by IS NOT new.received_by
  OR ((old.weighed_mct IS NOT NULL AND old.weighed_mct IS NOT new.weighed_mct
       OR old.weighed_stones IS NOT NULL AND old.weighed_stones IS NOT new.weighed_stones)
      AND NOT EXISTS (
          -- only as the lot's latest reweighing says, from the weight it had
          SELECT 1 FROM lot_reweighs r
          WHERE r.id = (SELECT max(id) FROM lot_reweighs WHERE lot_id = new.id)
            AND r.lot_id = new.id
            AND r.previous_mct IS old.weighed_mct AND r.weighed_mct IS new.weighed_mct
            AND r.previous_stones IS old.weighed_stones
            AND r.weighed_stones IS new.weighed_stones))
  OR (old.weight_ack_by IS NOT NULL AND old.weight_ack_by IS NOT new.weight_ack_by)
  OR (old.weight_flag = 1 AND new.weight_flag = 0)
BEGIN SELECT RAISE(ABORT, 'a lot''s recorded facts cannot be changed; post a correction'); END;
""",
    )


@migrations(name="0008_row_coverage")
def m0008_row_coverage(db: Database) -> None:
    """Audit entries record the protected rows they changed (``storage.rowcover``).

    A file that had a site before keeps the state it had as its baseline: one audit entry holds
    the hash of every protected row as it stood at the upgrade (after a checked backup).
    """
    _run_script(
        db,
        """
ALTER TABLE audit ADD COLUMN rows TEXT NOT NULL DEFAULT '';
-- The few entries that changed protected rows, in order, for verify's replay of them.
CREATE INDEX audit_with_rows ON audit(id) WHERE rows <> '';
""",
    )
    site = db.execute("SELECT code FROM site").fetchone()
    if site is None:
        return
    # The tables protected when this migration was written, frozen here: a table protected later
    # gets its baseline from the migration that protects it.
    tables = (
        *("site", "settings", "countries", "users", "size_classes", "models", "qualities"),
        *("colours", "categories", "prices", "lots", "lot_origins", "lot_seals", "lot_reweighs"),
        *("certificates", "parcels", "parcel_seals", "sealed_lines", "price_overrides"),
        *("valuations", "bundles", "site_keys"),
    )
    changes = [change for table in tables for change in rowcover.all_rows(db, table)]
    details = {"tables": len(tables), "rows": len(changes)}
    audit.append(db, site[0], "system", "rows.baseline", "", details, changes, utc_now())


@migrations(name="0009_signin")
def m0009_signin(db: Database) -> None:
    """Sign-in lockout: failed attempts in a row and the time a user is locked until.

    Nullable, no default (NULL: no failures, not locked), so existing rows keep their hashes.
    """
    _run_script(
        db,
        """
ALTER TABLE users ADD COLUMN failed_logins INTEGER CHECK (failed_logins > 0);
ALTER TABLE users ADD COLUMN locked_until TEXT;
""",
    )


@migrations(name="0010_anchors")
def m0010_anchors(db: Database) -> None:
    """The site's signing key, its wraps, and the signed checkpoints of the audit chain.

    One Ed25519 key per site: its public part here, its private part only wrapped, by the password
    of each supervisor and admin who holds it (one wrap each). Checkpoints (the audit head, the
    number of entries, signed) are append-only and carry their own signatures.
    """
    _run_script(
        db,
        """
CREATE TABLE site_signing_key (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    site TEXT NOT NULL,
    public_key TEXT NOT NULL CHECK (length(public_key) = 64),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
) STRICT;
CREATE TABLE site_key_wraps (
    user_id INTEGER PRIMARY KEY REFERENCES users(id),
    wrapped TEXT NOT NULL,
    made_at TEXT NOT NULL,
    made_by TEXT NOT NULL
) STRICT;
CREATE TABLE checkpoints (
    id INTEGER PRIMARY KEY,
    site TEXT NOT NULL,
    audit_id INTEGER NOT NULL,
    at TEXT NOT NULL,
    body TEXT NOT NULL,
    signature TEXT NOT NULL
) STRICT;
CREATE INDEX checkpoints_by_audit ON checkpoints(audit_id);
"""
        + _immutable("site_signing_key")
        + _immutable("checkpoints"),
    )


@migrations(name="0011_signed_transfers")
def m0011_signed_transfers(db: Database) -> None:
    _run_script(
        db,
        """
-- Partner sites' signing keys, pinned by an admin who confirmed the fingerprint with the partner
-- (by phone, or from its printed key sheet); a transfer file is imported only when signed by the
-- key pinned for its sender. A pin changes only by a re-pin with a reason (audited).
CREATE TABLE partner_keys (
    site TEXT PRIMARY KEY,
    fingerprint TEXT NOT NULL,
    pinned_by INTEGER NOT NULL REFERENCES users(id),
    pinned_at TEXT NOT NULL,
    reason TEXT NOT NULL
) STRICT;
CREATE TRIGGER partner_keys_no_delete BEFORE DELETE ON partner_keys
BEGIN SELECT RAISE(ABORT, 'a pinned partner key is replaced, not deleted'); END;
-- The sender's public key and signature, kept with what was imported (NULL: accepted unsigned).
ALTER TABLE bundles ADD COLUMN sender_key TEXT;
ALTER TABLE bundles ADD COLUMN signature TEXT;
""",
    )


#: The sorting tolerance as SQL over a lot row ``l`` (``services.settings.Settings``'s
#: ``sort_tolerance``: the larger of tolerance_mct and tolerance_milli_pct thousandths of a percent
#: of the weight; the defaults are those of ``services.settings.DEFAULT_SETTINGS``, which a site
#: stores when it is made).
_SORT_TOLERANCE_SQL = """max(
      coalesce((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'tolerance_mct'), 10),
      l.weighed_mct * coalesce(
          (SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'tolerance_milli_pct'), 50
      ) / 100000)"""


@migrations(name="0012_write_guards")
def m0012_write_guards(db: Database) -> None:
    """The rules that guard writes, stated again in SQL: the services check them inside the
    write transaction, and these triggers refuse what slips past (a bug, or a hand edit through
    another program). Each RAISE names its rule as ``guard:NAME``; ``db.storage_errors`` words it.
    """
    _run_script(
        db,
        f"""
-- Carats entered per lot (sorted + losses), kept by trigger from the sorting entries, so the
-- limit below is checked in constant time per entry (a 100,000-row import stays linear).
CREATE TABLE lot_sorting_totals (
    lot_id INTEGER PRIMARY KEY REFERENCES lots(id),
    mct INTEGER NOT NULL
) STRICT;
INSERT INTO lot_sorting_totals (lot_id, mct)
    SELECT lot_id, sum(mct) FROM sort_entries GROUP BY lot_id;
CREATE TRIGGER lot_sorting_totals_no_delete BEFORE DELETE ON lot_sorting_totals
BEGIN SELECT RAISE(ABORT, 'sorting totals are derived from the entries and cannot be deleted');
END;

-- A sorting entry only for a weighed lot whose sorting is not closed, and sorted + losses never
-- beyond the carats received plus the tolerance (corrections, which take carats off, always
-- pass). One trigger, one look at the lot: each entry of a big import pays it once.
CREATE TRIGGER sort_entries_guard AFTER INSERT ON sort_entries
BEGIN
    INSERT INTO lot_sorting_totals (lot_id, mct) VALUES (new.lot_id, new.mct)
        ON CONFLICT (lot_id) DO UPDATE SET mct = mct + excluded.mct;
    SELECT CASE
        WHEN NOT (l.status = 'received' OR l.status = 'sorting')
            THEN RAISE(ABORT, 'guard:lot_not_sortable')
        WHEN new.mct > 0 AND t.mct > l.weighed_mct
             AND t.mct > l.weighed_mct + {_SORT_TOLERANCE_SQL}
            THEN RAISE(ABORT, 'guard:lot_overfilled')
    END
    FROM lots l JOIN lot_sorting_totals t ON t.lot_id = l.id WHERE l.id = new.lot_id;
END;

-- A lot moves forward only: awaiting weight -> received -> sorting -> sorted. (A status that is
-- none of these is the CHECK's to refuse.)
CREATE TRIGGER lots_guard_status BEFORE UPDATE OF status ON lots
WHEN new.status IS NOT old.status
  AND (new.status = 'awaiting_weight' OR new.status = 'received' OR new.status = 'sorting'
       OR new.status = 'sorted')
  AND NOT (
       (old.status = 'awaiting_weight' AND new.status = 'received')
    OR (old.status = 'received' AND new.status = 'sorting')
    OR (old.status = 'sorting' AND new.status = 'sorted'))
BEGIN SELECT RAISE(ABORT, 'guard:lot_status'); END;

-- One standing receipt per lot: a lot is weighed in once (a reweighing reverses it first).
CREATE TRIGGER journal_guard_receipt BEFORE INSERT ON journal
WHEN new.kind = 'receive' AND EXISTS (
    SELECT 1 FROM journal j WHERE j.lot_id = new.lot_id AND j.kind = 'receive'
      AND NOT EXISTS (SELECT 1 FROM journal x WHERE x.reverses_id = j.id))
BEGIN SELECT RAISE(ABORT, 'guard:lot_already_received'); END;

-- Weighed again only before its sorting starts.
CREATE TRIGGER lot_reweighs_guard_status BEFORE INSERT ON lot_reweighs
WHEN NOT EXISTS (SELECT 1 FROM lots WHERE id = new.lot_id AND status = 'received')
BEGIN SELECT RAISE(ABORT, 'guard:lot_sorting_started'); END;

-- Goods go into a draft parcel only, and leave as shipped only from a sealed one.
CREATE TRIGGER postings_guard_parcel BEFORE INSERT ON postings
WHEN new.place = 'parcel' AND (new.mct > 0 OR new.stones > 0)
  AND NOT EXISTS (SELECT 1 FROM parcels WHERE id = new.parcel_id AND status = 'draft')
BEGIN SELECT RAISE(ABORT, 'guard:parcel_not_draft'); END;
CREATE TRIGGER postings_guard_shipped BEFORE INSERT ON postings
WHEN new.place = 'shipped' AND (new.mct > 0 OR new.stones > 0)
  AND NOT EXISTS (SELECT 1 FROM parcels WHERE id = new.parcel_id AND status = 'sealed')
BEGIN SELECT RAISE(ABORT, 'guard:parcel_not_sealed'); END;

-- Prices, valuations, seals and sealed contents are given to a parcel while it is a draft
-- (sealing writes its seals and lines, then marks it sealed).
CREATE TRIGGER price_overrides_guard_draft BEFORE INSERT ON price_overrides
WHEN NOT EXISTS (SELECT 1 FROM parcels WHERE id = new.parcel_id AND status = 'draft')
BEGIN SELECT RAISE(ABORT, 'guard:parcel_not_draft'); END;
CREATE TRIGGER valuations_guard_draft BEFORE INSERT ON valuations
WHEN NOT EXISTS (SELECT 1 FROM parcels WHERE id = new.parcel_id AND status = 'draft')
BEGIN SELECT RAISE(ABORT, 'guard:parcel_not_draft'); END;
CREATE TRIGGER parcel_seals_guard_draft BEFORE INSERT ON parcel_seals
WHEN NOT EXISTS (SELECT 1 FROM parcels WHERE id = new.parcel_id AND status = 'draft')
BEGIN SELECT RAISE(ABORT, 'guard:parcel_not_draft'); END;
CREATE TRIGGER sealed_lines_guard_draft BEFORE INSERT ON sealed_lines
WHEN NOT EXISTS (SELECT 1 FROM parcels WHERE id = new.parcel_id AND status = 'draft')
BEGIN SELECT RAISE(ABORT, 'guard:parcel_not_draft'); END;

-- A parcel joins a shipment (its KP certificate) only while none of it has left.
CREATE TRIGGER parcels_guard_shipment BEFORE UPDATE OF certificate_id ON parcels
WHEN new.certificate_id IS NOT NULL AND new.certificate_id IS NOT old.certificate_id
  AND EXISTS (SELECT 1 FROM parcels p
              WHERE p.certificate_id = new.certificate_id AND p.status = 'shipped')
BEGIN SELECT RAISE(ABORT, 'guard:shipment_left'); END;
""",
    )


@migrations(name="0013_entry_signatures")
def m0013_entry_signatures(db: Database) -> None:
    _run_script(
        db,
        """
-- An audit entry written by a holder of the site key carries that key's signature of its hash:
-- an entry in a supervisor's or admin's name that only they may make is then known to be theirs,
-- not appended by someone holding the file (verify requires it for such actions).
-- (No foreign key: a signature vouches for itself, and verify reads them by the entries.)
CREATE TABLE entry_signatures (
    audit_id INTEGER PRIMARY KEY,
    signature TEXT NOT NULL
) STRICT;
"""
        + _immutable("entry_signatures"),
    )


@migrations(name="0014_stones_counted")
def m0014_stones_counted(db: Database) -> None:
    _run_script(
        db,
        """
-- Whether a sorting entry's stones were counted: a blank count is 'not counted', not 0 (its
-- stones column then holds 0, so the sums and the ledger's stones stay counted stones). Every
-- entry before this column was taken as counted, as it was shown.
ALTER TABLE sort_entries ADD COLUMN stones_counted INTEGER NOT NULL DEFAULT 1
    CHECK (stones_counted IN (0, 1) AND (stones_counted = 1 OR stones = 0));
""",
    )


@migrations(name="0015_customs")
def m0015_customs(db: Database) -> None:
    _run_script(
        db,
        """
-- Who gave a valuation: the valuer's name, organisation, the date of the valuation and its
-- reference (the valuation sheet). NULL on a valuation recorded before these columns (a nullable
-- column leaves the row's text, and so its row-coverage hash, as it was).
ALTER TABLE valuations ADD COLUMN valuer_name TEXT;
ALTER TABLE valuations ADD COLUMN organisation TEXT;
ALTER TABLE valuations ADD COLUMN valued_on TEXT;
ALTER TABLE valuations ADD COLUMN reference TEXT;
-- The carrier and air waybill a parcel left with (entered at shipping; the invoice).
ALTER TABLE parcels ADD COLUMN carrier TEXT;
ALTER TABLE parcels ADD COLUMN awb TEXT;
-- The register of parties (importers): full address and identifiers, printed on the invoice and
-- the KP sheet of a parcel whose importer has this name.
CREATE TABLE parties (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
    address TEXT NOT NULL,
    country TEXT NOT NULL REFERENCES countries(code),
    tax_number TEXT NOT NULL,
    licence TEXT NOT NULL,
    -- the port (or airport) of destination the documents name for goods to this party
    port TEXT NOT NULL,
    updated_by INTEGER NOT NULL REFERENCES users(id),
    updated_at TEXT NOT NULL
) STRICT;
CREATE TRIGGER parties_no_delete BEFORE DELETE ON parties
BEGIN SELECT RAISE(ABORT, 'parties cannot be deleted'); END;
""",
    )


@migrations(name="0016_shipping_guard")
def m0016_shipping_guard(db: Database) -> None:
    _run_script(
        db,
        """
-- The carrier and air waybill are written once, by the shipping of a sealed parcel (the same
-- statement moves it from sealed to shipped): never on a draft, nor on a sealed parcel by
-- themselves. (Once shipped or void, parcels_guard_update refuses any change.)
CREATE TRIGGER parcels_guard_shipping BEFORE UPDATE OF carrier, awb ON parcels
WHEN (old.carrier IS NOT new.carrier OR old.awb IS NOT new.awb)
  AND NOT (old.status = 'sealed' AND new.status = 'shipped')
BEGIN SELECT RAISE(ABORT, 'guard:parcel_shipping'); END;
""",
    )


#: A sorting entry ``e`` that stands (neither a correction nor corrected) and holds goods whose
#: stones were not counted (``lots.COUNTED``): its lot's line of that category is uncounted.
UNCOUNTED_ENTRY = """e.category_id IS NOT NULL AND NOT (e.stones_counted = 1 AND e.stones <> 0)
      AND e.reverses_id IS NULL
      AND NOT EXISTS (SELECT 1 FROM sort_entries x WHERE x.reverses_id = e.id)"""


@migrations(name="0017_stock_lines")
def m0017_stock_lines(db: Database) -> None:
    """The stock page's "stones counted" by category from the stock summary, not from every
    sorting entry: which lots' lines were left uncounted (fixed when a lot's sorting closes:
    its entries cannot change after), and per category the lines on hand and those of them
    uncounted, kept by trigger (verify checks both against what they summarise)."""
    _run_script(
        db,
        f"""
-- A closed lot's sorted goods of one category of which a standing entry was not counted:
-- written when the lot's sorting closes (no entry is added to a closed lot).
CREATE TABLE uncounted_lines (
    lot_id INTEGER NOT NULL REFERENCES lots(id),
    category_id INTEGER NOT NULL REFERENCES categories(id),
    PRIMARY KEY (lot_id, category_id)
) STRICT, WITHOUT ROWID;
INSERT INTO uncounted_lines (lot_id, category_id)
    SELECT DISTINCT e.lot_id, e.category_id FROM sort_entries e JOIN lots l ON l.id = e.lot_id
    WHERE l.status = 'sorted' AND {UNCOUNTED_ENTRY} ORDER BY 1, 2;
CREATE TRIGGER lots_to_uncounted_lines AFTER UPDATE OF status ON lots
WHEN new.status = 'sorted' AND old.status IS NOT 'sorted'
BEGIN
    INSERT OR IGNORE INTO uncounted_lines (lot_id, category_id)
        SELECT DISTINCT e.lot_id, e.category_id FROM sort_entries e
        WHERE e.lot_id = new.id AND {UNCOUNTED_ENTRY};
END;

-- Per category: its lots' lines of stock on hand (balance above 0), and of them those
-- uncounted. A line changes when its balance crosses 0, or when its lot closes (either first).
ALTER TABLE category_stock ADD COLUMN lines INTEGER NOT NULL DEFAULT 0;
ALTER TABLE category_stock ADD COLUMN uncounted INTEGER NOT NULL DEFAULT 0;
UPDATE category_stock SET lines = s.lines, uncounted = s.uncounted
FROM (SELECT b.category_id + 0 AS category_id, count(*) AS lines, count(u.lot_id) AS uncounted
      FROM balances b LEFT JOIN uncounted_lines u
           ON u.lot_id = b.lot_id AND u.category_id = b.category_id
      WHERE b.place = 'stock' AND b.mct > 0 GROUP BY 1) s
WHERE s.category_id = category_stock.category_id;
CREATE TRIGGER balances_to_stock_lines AFTER UPDATE OF mct ON balances
WHEN new.place = 'stock' AND (old.mct > 0) <> (new.mct > 0)
BEGIN
    INSERT OR IGNORE INTO category_stock (category_id, mct, stones)
    VALUES (new.category_id, 0, 0);
    UPDATE category_stock SET
        lines = lines + (CASE WHEN new.mct > 0 THEN 1 ELSE -1 END),
        uncounted = uncounted + (CASE WHEN EXISTS (
            SELECT 1 FROM uncounted_lines u
            WHERE u.lot_id = new.lot_id AND u.category_id = new.category_id)
            THEN (CASE WHEN new.mct > 0 THEN 1 ELSE -1 END) ELSE 0 END)
    WHERE category_id = new.category_id;
END;
CREATE TRIGGER uncounted_lines_to_stock_lines AFTER INSERT ON uncounted_lines
BEGIN
    UPDATE category_stock SET uncounted = uncounted + 1
    WHERE category_id = new.category_id AND EXISTS (
        SELECT 1 FROM balances b
        WHERE b.place = 'stock' AND b.lot_id = new.lot_id AND b.category_id = new.category_id
          AND b.parcel_id = 0 AND b.loss_type = '' AND b.mct > 0);
END;
"""
        + _immutable("uncounted_lines"),
    )


@migrations(name="0018_entries_reversal_index")
def m0018_entries_reversal_index(db: Database) -> None:
    """One reversal per sorting entry kept by a partial unique index over the reversals only,
    not a UNIQUE column: every entry paid an index entry for its NULL ``reverses_id`` (on the
    ten-year history, 200,000 entries inserted one statement each took 4.6 CPU-s before, 3.3-3.6
    after; made again on that history in 3 CPU-s).

    SQLite cannot drop a column's UNIQUE in place: the table is made again by the documented
    procedure (sqlite.org/lang_altertable.html, "making other kinds of table schema changes"):
    a new table, the rows copied as they are (same ids, same values: the seals' digests of the
    entries read the same), the old one dropped, the new one renamed, its index and the triggers
    that name it made again from their own text. Foreign keys stay on: the new table refers to
    itself until the rename makes that ``sort_entries``, so nothing refers to the old one.
    """
    triggers = db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
        "AND (tbl_name = 'sort_entries' OR sql LIKE '%sort\\_entries%' ESCAPE '\\') "
        "ORDER BY rowid"
    ).fetchall()
    for name, _sql in triggers:
        db.conn.execute(f"DROP TRIGGER {name}")
    _run_script(
        db,
        """
CREATE TABLE sort_entries_new (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    lot_id INTEGER NOT NULL REFERENCES lots(id),
    category_id INTEGER REFERENCES categories(id),
    loss_type TEXT CHECK ((loss_type = 'cleaning' OR loss_type = 'breakage'
                           OR loss_type = 'sample' OR loss_type = 'other')),
    mct INTEGER NOT NULL CHECK (mct <> 0),
    stones INTEGER NOT NULL,
    entered_by INTEGER NOT NULL REFERENCES users(id),
    entered_at TEXT NOT NULL,
    reverses_id INTEGER REFERENCES sort_entries_new(id),
    reason TEXT NOT NULL DEFAULT '',
    stones_counted INTEGER NOT NULL DEFAULT 1
        CHECK (stones_counted IN (0, 1) AND (stones_counted = 1 OR stones = 0)),
    CHECK ((category_id IS NULL) <> (loss_type IS NULL))
) STRICT;
INSERT INTO sort_entries_new (id, uid, lot_id, category_id, loss_type, mct, stones, entered_by,
                              entered_at, reverses_id, reason, stones_counted)
    SELECT id, uid, lot_id, category_id, loss_type, mct, stones, entered_by, entered_at,
           reverses_id, reason, stones_counted
    FROM sort_entries ORDER BY id;
DROP TABLE sort_entries;
ALTER TABLE sort_entries_new RENAME TO sort_entries;
CREATE INDEX sort_entries_by_lot ON sort_entries(lot_id, id);
-- An entry is reversed at most once (the services check it; this refuses what slips past).
CREATE UNIQUE INDEX sort_entries_reversal ON sort_entries(reverses_id)
    WHERE reverses_id IS NOT NULL;
""",
    )
    for _name, sql in triggers:
        db.conn.execute(sql)


@migrations(name="0019_balances")
def m0019_balances(db: Database) -> None:
    """The balance register (each carat balance a site weighs on, kept by an admin), its
    calibrations and daily checks, and the record of where each weight came from (the
    ``weighings``: one row per recorded weight, captured off a registered balance or keyed).

    (The register is ``balance_register``: ``balances`` is the ledger's balances per place.)
    """
    _run_script(
        db,
        """
CREATE TABLE balance_register (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(code)) > 0),
    vendor TEXT NOT NULL,
    model TEXT NOT NULL,
    serial_no TEXT NOT NULL CHECK (length(trim(serial_no)) > 0),
    port TEXT NOT NULL,
    protocol TEXT NOT NULL
        CHECK ((protocol = 'mt-sics' OR protocol = 'sbi' OR protocol = 'and'
                OR protocol = 'ohaus' OR protocol = 'generic')),
    baudrate INTEGER NOT NULL CHECK (baudrate > 0),
    bytesize INTEGER NOT NULL CHECK ((bytesize = 7 OR bytesize = 8)),
    parity TEXT NOT NULL CHECK ((parity = 'N' OR parity = 'E' OR parity = 'O')),
    stopbits INTEGER NOT NULL CHECK ((stopbits = 1 OR stopbits = 2)),
    handshake TEXT NOT NULL
        CHECK ((handshake = 'none' OR handshake = 'xonxoff' OR handshake = 'rtscts')),
    -- what ends each command sent to the balance
    terminator TEXT NOT NULL DEFAULT 'crlf'
        CHECK ((terminator = 'crlf' OR terminator = 'cr' OR terminator = 'lf')),
    -- a generic balance's line pattern (a regular expression with a group named value); ''
    -- the default pattern, and the only one of the other protocols
    pattern TEXT NOT NULL DEFAULT '' CHECK (protocol = 'generic' OR pattern = ''),
    -- readability d and verification interval e, in thousandths of a carat
    readability_mct INTEGER NOT NULL CHECK (readability_mct > 0),
    interval_mct INTEGER NOT NULL CHECK (interval_mct >= readability_mct),
    accuracy_class TEXT NOT NULL
        CHECK ((accuracy_class = 'I' OR accuracy_class = 'II' OR accuracy_class = 'III'
                OR accuracy_class = 'none')),
    verified INTEGER NOT NULL CHECK ((verified = 0 OR verified = 1)),
    min_mct INTEGER NOT NULL CHECK (min_mct >= 0),
    max_mct INTEGER NOT NULL CHECK (max_mct > min_mct),
    location TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1 CHECK ((active = 0 OR active = 1)),
    updated_by INTEGER NOT NULL REFERENCES users(id),
    updated_at TEXT NOT NULL
) STRICT;
CREATE TRIGGER balance_register_no_delete BEFORE DELETE ON balance_register
BEGIN SELECT RAISE(ABORT, 'a balance is retired, not deleted'); END;

-- Calibrations (dates ISO, the site's days): the latest says when the next one is due.
CREATE TABLE balance_calibrations (
    id INTEGER PRIMARY KEY,
    balance_id INTEGER NOT NULL REFERENCES balance_register(id),
    calibrated_on TEXT NOT NULL,
    calibrated_by TEXT NOT NULL CHECK (length(trim(calibrated_by)) > 0),
    certificate TEXT NOT NULL,
    next_due TEXT NOT NULL CHECK (next_due > calibrated_on),
    as_found TEXT NOT NULL,
    as_left TEXT NOT NULL,
    user_id INTEGER NOT NULL REFERENCES users(id),
    at TEXT NOT NULL
) STRICT;
CREATE INDEX balance_calibrations_by_balance ON balance_calibrations(balance_id, id);

-- Checks with a reference weight (the site's day): passed and failed alike.
CREATE TABLE balance_checks (
    id INTEGER PRIMARY KEY,
    balance_id INTEGER NOT NULL REFERENCES balance_register(id),
    day TEXT NOT NULL,
    reference TEXT NOT NULL CHECK (length(trim(reference)) > 0),
    nominal_mct INTEGER NOT NULL CHECK (nominal_mct > 0),
    tolerance_mct INTEGER NOT NULL CHECK (tolerance_mct >= 0),
    read_mct INTEGER NOT NULL,
    passed INTEGER NOT NULL
        CHECK ((passed = 1) = (abs(read_mct - nominal_mct) <= tolerance_mct)),
    user_id INTEGER NOT NULL REFERENCES users(id),
    at TEXT NOT NULL
) STRICT;
CREATE INDEX balance_checks_by_day ON balance_checks(balance_id, day, id);

-- Where each recorded weight came from: what it weighed (a lot's receipt, weighing or
-- reweighing, a sorting entry or loss, a balance's check), and the balance, its serial number
-- and what it showed, or keyed by hand (captured 0, the balance's columns empty).
CREATE TABLE weighings (
    id INTEGER PRIMARY KEY,
    action TEXT NOT NULL
        CHECK ((action = 'receive' OR action = 'weigh' OR action = 'reweigh' OR action = 'sort'
                OR action = 'loss' OR action = 'check')),
    lot_id INTEGER REFERENCES lots(id),
    -- (no foreign key: sort_entries is made again by migrations that rebuild it, as 0018 did)
    entry_id INTEGER,
    check_id INTEGER REFERENCES balance_checks(id),
    mct INTEGER NOT NULL,
    captured INTEGER NOT NULL CHECK ((captured = 0 OR captured = 1)),
    balance_id INTEGER REFERENCES balance_register(id),
    balance TEXT NOT NULL,
    serial_no TEXT NOT NULL,
    reading TEXT NOT NULL,
    raw TEXT NOT NULL,
    -- the file a keyed weight was read from (a sorting import); '' typed by hand or captured
    file TEXT NOT NULL DEFAULT '',
    -- captured: the port the workstation read the balance on, when (UTC), and the balance's
    -- model in the register then ('' keyed)
    port TEXT NOT NULL DEFAULT '',
    captured_at TEXT NOT NULL DEFAULT '',
    model TEXT NOT NULL DEFAULT '',
    user_id INTEGER NOT NULL REFERENCES users(id),
    at TEXT NOT NULL,
    CHECK (captured = 0 OR balance_id IS NOT NULL),
    CHECK (captured = 0 OR file = ''),
    CHECK ((action = 'check') = (check_id IS NOT NULL)),
    CHECK ((action = 'check') <> (lot_id IS NOT NULL)),
    CHECK ((action = 'sort' OR action = 'loss') = (entry_id IS NOT NULL))
) STRICT;
CREATE INDEX weighings_by_lot ON weighings(lot_id, id) WHERE lot_id IS NOT NULL;
-- One weighing per sorting entry.
CREATE UNIQUE INDEX weighings_by_entry ON weighings(entry_id) WHERE entry_id IS NOT NULL;
-- One weighing per check (a check counts only with its weighing captured off the balance).
CREATE UNIQUE INDEX weighings_by_check ON weighings(check_id) WHERE check_id IS NOT NULL;
-- A captured weight names a balance in use, by its code and serial number as registered.
CREATE TRIGGER weighings_captured BEFORE INSERT ON weighings
WHEN new.captured = 1 AND NOT EXISTS (
    SELECT 1 FROM balance_register b WHERE b.id = new.balance_id AND b.active = 1
       AND b.code = new.balance COLLATE BINARY AND b.serial_no = new.serial_no)
BEGIN
    SELECT RAISE(ABORT,
'a captured weight names a balance in use by its registered code and serial number');
END;
-- A balance keeps its code (its weighings name it) and its id.
CREATE TRIGGER balance_register_code BEFORE UPDATE OF id, code ON balance_register
WHEN new.id IS NOT old.id OR new.code IS NOT old.code COLLATE BINARY
BEGIN
    SELECT RAISE(ABORT, 'a balance keeps its code: register the instrument under a new code');
END;

-- The reference weights the daily checks are made with (admin): each one's code, its nominal
-- mass in thousandths of a carat, its class (OIML R 111: E2, F1 ...) and its certificate.
CREATE TABLE reference_weights (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(code)) > 0),
    nominal_mct INTEGER NOT NULL CHECK (nominal_mct > 0),
    weight_class TEXT NOT NULL,
    certificate TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1 CHECK ((active = 0 OR active = 1)),
    updated_by INTEGER NOT NULL REFERENCES users(id),
    updated_at TEXT NOT NULL
) STRICT;
CREATE TRIGGER reference_weights_no_delete BEFORE DELETE ON reference_weights
BEGIN SELECT RAISE(ABORT, 'a reference weight is retired, not deleted'); END;
CREATE TRIGGER reference_weights_code BEFORE UPDATE OF id, code ON reference_weights
WHEN new.id IS NOT old.id OR new.code IS NOT old.code COLLATE BINARY
BEGIN SELECT RAISE(ABORT, 'a reference weight keeps its code'); END;
"""
        + _immutable("balance_calibrations")
        + _immutable("balance_checks")
        + _immutable("weighings"),
    )


@migrations(name="0020_written_by")
def m0020_written_by(db: Database) -> None:
    """The version of the sortapp that last wrote the database: a ``meta`` row that each write
    transaction keeps current (``storage.written``); empty until the first one (issue 17)."""
    db.conn.execute("INSERT INTO meta (key, value) VALUES ('written_by', '')")


@migrations(name="0021_user_language")
def m0021_user_language(db: Database) -> None:
    """The language each user works in (issue 18): a code of ``core.i18n.LANGUAGES``.

    Nullable, no default (NULL: not chosen, the workstation's), so existing rows keep their
    hashes.
    """
    _run_script(db, "ALTER TABLE users ADD COLUMN language TEXT;")


@migrations(name="0022_name_translations")
def m0022_name_translations(db: Database) -> None:
    """The assortment's names in other languages than English (issue 18): a category's (its
    code), or a size class's, model's, quality's or colour's (their codes), one row per language.

    English stays where it is (``categories.name`` and the reference tables'); a name with no row
    here is shown in English. A protected table (``rowcover.PROTECTED``) that only a signed
    supervisor's or admin's action changes (``services.audit.SIGNED_TABLES``): the documents
    printed in the site's language (the reconciliation report) name categories with them.
    """
    _run_script(
        db,
        """
CREATE TABLE name_translations (
    kind TEXT NOT NULL
        CHECK (kind IN ('category', 'size_class', 'model', 'quality', 'colour')),
    code TEXT NOT NULL,
    language TEXT NOT NULL CHECK (length(language) = 2 AND language <> 'en'),
    name TEXT NOT NULL CHECK (length(trim(name)) > 0 AND length(name) <= 120),
    PRIMARY KEY (kind, code, language)
) STRICT;
""",
    )


#: 0023's refusals (the server's triggers say the same): a file's span of sorting entries is
#: the new entries of its own import.
ENTRY_FILES_OVERLAP = "entry_files: the span of sorting entries overlaps another file's"
ENTRY_FILES_NOT_ITS_OWN = (
    "entry_files: the span holds sorting entries that are not there, another user's, or corrections"
)
ENTRY_FILES_WEIGHED = (
    "entry_files: the span holds sorting entries with a weighing of their own (typed or "
    "captured, not read from a file)"
)
WEIGHINGS_NOT_IMPORTED = (
    "weighings: a sorting entry imported from a file has its weight from the file, and no "
    "weighing of its own"
)


def sql_text(text: str) -> str:
    """``text`` as it is written inside an SQL string literal."""
    return text.replace("'", "''")


@migrations(name="0023_entry_files")
def m0023_entry_files(db: Database) -> None:
    """The sorting entries imported from a file (issue 15): one row per import, naming the
    file their weights were read from and the span of entries it made, in place of a
    ``weighings`` row per imported line. (A row per line made every line of a 200,000-line
    file pay for a weighing's insert, its note under row coverage and its hash in the import's
    audit entry: more than half the import.) A protected table (``rowcover.PROTECTED``) that
    an operator writes; posted rows are never changed. Files imported before keep their
    weighings rows: the readers take both.
    """
    _run_script(
        db,
        f"""
CREATE TABLE entry_files (
    id INTEGER PRIMARY KEY,
    -- (no foreign keys: sort_entries is made again by migrations that rebuild it)
    first_entry INTEGER NOT NULL,
    last_entry INTEGER NOT NULL,
    file TEXT NOT NULL CHECK (length(file) >= 1 AND length(file) <= 300),
    user_id INTEGER NOT NULL REFERENCES users(id),
    at TEXT NOT NULL,
    CHECK (first_entry >= 1 AND first_entry <= last_entry)
) STRICT;
-- One import per first entry; an entry's import is the one with the greatest first entry at
-- or before it (if its last entry reaches it).
CREATE UNIQUE INDEX entry_files_by_first ON entry_files(first_entry);
-- A file's span is its own new entries: in no other file's span, every entry there, entered
-- by the file's user, none a correction, none with a weighing of its own.
CREATE TRIGGER entry_files_guard BEFORE INSERT ON entry_files
BEGIN
    SELECT CASE
        WHEN coalesce((SELECT f.last_entry FROM entry_files f
                       WHERE f.first_entry <= new.last_entry
                       ORDER BY f.first_entry DESC LIMIT 1), 0) >= new.first_entry
            THEN RAISE(ABORT, '{sql_text(ENTRY_FILES_OVERLAP)}')
        WHEN (SELECT count(*) FROM sort_entries e
              WHERE e.id >= new.first_entry AND e.id <= new.last_entry
                AND e.entered_by = new.user_id AND e.reverses_id IS NULL)
             <> new.last_entry - new.first_entry + 1
            THEN RAISE(ABORT, '{sql_text(ENTRY_FILES_NOT_ITS_OWN)}')
        WHEN EXISTS (SELECT 1 FROM weighings w
                     WHERE w.entry_id >= new.first_entry AND w.entry_id <= new.last_entry)
            THEN RAISE(ABORT, '{sql_text(ENTRY_FILES_WEIGHED)}')
    END;
END;
-- An entry imported from a file has its weight from the file: no weighing of its own.
CREATE TRIGGER weighings_not_imported BEFORE INSERT ON weighings
WHEN new.entry_id IS NOT NULL
 AND coalesce((SELECT f.last_entry FROM entry_files f WHERE f.first_entry <= new.entry_id
               ORDER BY f.first_entry DESC LIMIT 1), 0) >= new.entry_id
BEGIN
    SELECT RAISE(ABORT, '{sql_text(WEIGHINGS_NOT_IMPORTED)}');
END;
"""
        + _immutable("entry_files"),
    )


@migrations(name="0024_reweigh_reopens_the_difference")
def m0024_reweigh_reopens_the_difference(db: Database) -> None:
    """A lot weighed again to other carats (``lot_reweighs``) has its weight difference judged
    anew: its flag is what the new weight makes it (a lot weighed 1,000 ct for 100 declared and
    weighed again at 100 no longer asks to acknowledge a difference of 0.000 ct), and an
    acknowledgement of the old figures no longer stands (the lot weighed again beyond tolerance
    is acknowledged again, under the figures shown then). Only in the update that gives the lot
    the new carats its latest reweighing says: otherwise, as before, a flag once raised stays
    as it is (any value but 0: a 2 then a 0 cleared it) and an acknowledgement, its reason too,
    is written once. A reweighing starts from the weight the lot has (a row from any other, a
    supervisor's by hand, would let the lot be set to it, and its flag cleared). The one
    cleared stays in the audit log (the acknowledgement's entry, and the reweighing's, which
    names it). (The clauses are written out here, as this migration made them.)"""
    weighed = """(old.weighed_mct IS NOT NULL AND old.weighed_mct IS NOT new.weighed_mct
       OR old.weighed_stones IS NOT NULL AND old.weighed_stones IS NOT new.weighed_stones)"""
    reweighed = """EXISTS (
          SELECT 1 FROM lot_reweighs r
          WHERE r.id = (SELECT max(id) FROM lot_reweighs WHERE lot_id = new.id)
            AND r.lot_id = new.id
            AND r.previous_mct IS old.weighed_mct AND r.weighed_mct IS new.weighed_mct
            AND r.previous_stones IS old.weighed_stones
            AND r.weighed_stones IS new.weighed_stones)"""
    _run_script(
        db,
        f"""
DROP TRIGGER lots_guard_update;
CREATE TRIGGER lots_guard_update BEFORE UPDATE ON lots
WHEN old.uid IS NOT new.uid OR old.number IS NOT new.number
  OR old.received_at IS NOT new.received_at OR old.supplier IS NOT new.supplier
  OR old.declared_mct IS NOT new.declared_mct OR old.declared_stones IS NOT new.declared_stones
  OR old.kp_cert_in IS NOT new.kp_cert_in OR old.source IS NOT new.source
  OR old.declared_value_cents IS NOT new.declared_value_cents
  OR old.from_country IS NOT new.from_country OR old.hs_code_in IS NOT new.hs_code_in
  OR old.received_by IS NOT new.received_by
  OR ({weighed} AND NOT {reweighed})
  OR (((old.weight_ack_by IS NOT NULL AND old.weight_ack_by IS NOT new.weight_ack_by)
       OR (old.weight_ack_reason IS NOT NULL
           AND old.weight_ack_reason IS NOT new.weight_ack_reason)
       OR (old.weight_flag <> 0 AND new.weight_flag IS NOT old.weight_flag))
      -- (cleared, and the flag judged anew, only with the new carats of a reweighing)
      AND NOT (old.weighed_mct IS NOT new.weighed_mct AND {reweighed}
               AND new.weight_ack_by IS NULL AND new.weight_ack_reason IS NULL
               AND new.weight_flag IN (0, 1)))
BEGIN SELECT RAISE(ABORT, 'a lot''s recorded facts cannot be changed; post a correction'); END;
-- A reweighing starts from the weight the lot has.
CREATE TRIGGER lot_reweighs_guard_from BEFORE INSERT ON lot_reweighs
WHEN NOT EXISTS (SELECT 1 FROM lots WHERE id = new.lot_id
                 AND weighed_mct IS new.previous_mct AND weighed_stones IS new.previous_stones)
BEGIN SELECT RAISE(ABORT, 'guard:reweigh_not_from_the_lot'); END;
""",
    )


@migrations(name="0025_weighings_by_capture")
def m0025_weighings_by_capture(db: Database) -> None:
    """The weighings captured off a balance, by their balance and the time it was read: one
    reading is one weight, and a capture recorded already is refused (a patched sortapp put
    one capture into two sorting entries: an attack round, 2026-12-07)."""
    _run_script(
        db,
        """
CREATE INDEX weighings_by_capture ON weighings(balance_id, captured_at) WHERE captured = 1;
""",
    )


@migrations(name="0026_bands_held_from_here")
def m0026_bands_held_from_here(db: Database) -> None:
    """Where verify begins to hold sorting entries to their size class's bounds: an entry of
    the log names the last sorting entry before the upgrade. sortapp refuses goods no stones of
    their class could weigh since 2026-12-06 (``services.sorting.check_band``), a releases'
    entries before took any count; verify holds the entries after this one (a patched sortapp
    on a file wrote 132 stones of 300 ct into a class of 5.00-7.99 ct a stone: an attack
    round). A site made since says so in its ``site.init`` entry (``"bands": true``)."""
    site = db.execute("SELECT code FROM site").fetchone()
    if site is None:
        return
    last = db.execute("SELECT coalesce(max(id), 0) FROM sort_entries").fetchone()[0]
    details = {"entries_before": int(last)}
    audit.append(db, site[0], "system", "rules.bands", "", details, [], utc_now())


@migrations(name="0027_assortment_kept")
def m0027_assortment_kept(db: Database) -> None:
    """A category's size class and HS code, and a size class's bounds, never change once
    written (sortapp only adds them): a supervisor's patched sortapp moved a category into a
    class with no bounds inside a signed action, and wrote 132 stones of 300 ct into it past
    verify (an attack round, 2026-12-07). Their rows are now posted ones: a change is refused,
    and one recorded in the log is named by verify as a change sortapp never makes."""
    _run_script(db, _immutable("size_classes") + _immutable("categories"))


def pending(db: Database) -> bool:
    """Tell whether opening ``db`` will change its schema."""
    return bool(migrations.pending(db))


def names() -> list[str]:
    """The names of sortapp's migrations, in the order they apply."""
    # (Closed here, not left to the collector: SQLite's statistics are turned off only while
    # nothing of it is alive, ``sqlitelib``.)
    db = Database(memory=True, execute_plugins=False)
    try:
        return [m.name for m in migrations.pending(db)]
    finally:
        db.close()


#: The schema version this code writes (one per migration); a file with a higher one is refused.
SCHEMA_VERSION = len(names())


@functools.cache
def expected_schema() -> dict[tuple[str, str], tuple[str, str | None]]:
    """The schema sortapp's migrations make, as ``integrity.schema`` reads it from a file."""
    db = Database(memory=True, strict=True, execute_plugins=False)
    try:
        apply(db)
        return {
            (kind, name): (table, sql)
            for kind, name, table, sql in db.execute(
                "SELECT type, name, tbl_name, sql FROM sqlite_master"
            )
        }
    finally:
        db.close()


def immutable_tables() -> tuple[set[str], set[str]]:
    """(tables whose rows never change once written, tables whose rows are never deleted), as
    sortapp's triggers say."""
    triggers = [name for kind, name in expected_schema() if kind == "trigger"]
    fixed = {name.removesuffix("_no_update") for name in triggers if name.endswith("_no_update")}
    kept = {name.removesuffix("_no_delete") for name in triggers if name.endswith("_no_delete")}
    return fixed, kept


def check_not_newer(db: Database) -> None:
    """Refuse a database written by a newer sortapp (qutebrowser's "Database is too new")."""
    if not db.table("meta").exists():
        return
    row = db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    if row is not None and int(row[0]) > SCHEMA_VERSION:
        raise KnownStorageError(
            f"This database has schema version {row[0]}, newer than this sortapp "
            f"(version {SCHEMA_VERSION})",
            "Install the newer sortapp that wrote it; the file was not changed.",
        )


def apply(db: Database) -> None:
    """Apply every pending migration, each in its own transaction.

    Writes nothing when the schema is current, so opening a database another workstation is
    writing to does not wait for (or fail on) its lock.
    """
    if migrations.pending(db):
        migrations.apply(db)
    row = db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    if int(row[0]) < SCHEMA_VERSION:
        db.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION),))
        written.note(db)  # a schema change is a write: this sortapp's
        db.conn.commit()
