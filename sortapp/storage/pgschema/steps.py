"""The PostgreSQL counterpart of each SQLite migration (``storage.migrations``), by name.

Each step states on the server what its SQLite migration states in the file: the same tables,
columns (in the same order), keys, CHECKs and triggers, with these translations:

- ``INTEGER`` is ``bigint``; ``TEXT`` is ``text COLLATE "C"`` (compared and ordered by code point,
  as SQLite's BINARY, whatever the database's collation).
- ``COLLATE NOCASE`` keys are ``COLLATE "C"`` columns with a unique index on ``lower()`` (which
  folds ASCII only under "C", as NOCASE does).
- A trigger's ``RAISE(ABORT, '...')`` is ``RAISE EXCEPTION`` with the same message and SQLSTATE
  23000 (an integrity error, as SQLite's); conditions are in the trigger function (PostgreSQL's
  ``WHEN`` takes no subquery). ``IS``/``IS NOT`` are ``IS [NOT] DISTINCT FROM``.
- A UNIQUE key is named as SQLite's message names it (``"lots.number"``), so the refusal names
  the same columns on both backends.

What a server database needs beyond the file (row ids, TRUNCATE refused, row coverage) is made
for every table after the steps (``pgschema.derived``). A migration of the file that changes
nothing a server has (it restates or repairs what the server never had) is a documented no-op.
"""

from __future__ import annotations

from sortapp.storage.db import WRITER_LOCK
from sortapp.storage.migrations import (
    ENTRY_FILES_NOT_ITS_OWN,
    ENTRY_FILES_OVERLAP,
    ENTRY_FILES_WEIGHED,
    WEIGHINGS_NOT_IMPORTED,
    sql_text,
)

#: The functions the steps' triggers call.
FUNCTIONS = r"""
-- A trigger that refuses, with the message it is given (SQLite's RAISE(ABORT, '...')).
CREATE FUNCTION sortapp_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION USING ERRCODE = 'integrity_constraint_violation', MESSAGE = TG_ARGV[0];
END $$;

-- SQLite's CAST(text AS INTEGER): the leading whole number, 0 where there is none.
CREATE FUNCTION sortapp_cast_integer(value text) RETURNS bigint
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT coalesce(substring(value FROM '^\s*([+-]?[0-9]{1,18})')::bigint, 0)
$$;
"""


def _immutable(table: str) -> str:
    """SQLite's ``migrations._immutable``: posted rows refuse UPDATE and DELETE (and TRUNCATE)."""
    changed = f"{table} rows are posted and cannot be changed; post a correction"
    return f"""
CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table}
    FOR EACH ROW EXECUTE FUNCTION sortapp_refuse('{changed}');
""" + _no_delete(table, f"{table} rows are posted and cannot be deleted; post a correction")


def _no_delete(table: str, message: str) -> str:
    """Rows never deleted: DELETE refused row by row, as on SQLite, and TRUNCATE (which fires
    no row trigger) refused with the same message."""
    quoted = message.replace("'", "''")
    return f"""
CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table}
    FOR EACH ROW EXECUTE FUNCTION sortapp_refuse('{quoted}');
CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table}
    FOR EACH STATEMENT EXECUTE FUNCTION sortapp_refuse('{quoted}');
"""


#: The clause on a lot's acknowledgement and flag (0001: the acknowledgement written once, the
#: flag never cleared).
_ACK_ONCE = """(old.weight_ack_by IS NOT NULL
          AND old.weight_ack_by IS DISTINCT FROM new.weight_ack_by)
      OR (old.weight_flag = 1 AND new.weight_flag = 0)"""


def _lots_guard_update(weighed: str, acknowledged: str = _ACK_ONCE) -> str:
    """SQLite's ``lots_guard_update``: a lot's recorded facts stay; ``weighed`` is the clause on
    its weighed carats and stones (0001: set once; 0007: or as its latest reweighing says),
    ``acknowledged`` the one on its acknowledgement and flag (0024: cleared and judged anew
    with a reweighing's new weight)."""
    return f"""
CREATE OR REPLACE FUNCTION lots_guard_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF old.uid IS DISTINCT FROM new.uid OR old.number IS DISTINCT FROM new.number
      OR old.received_at IS DISTINCT FROM new.received_at
      OR old.supplier IS DISTINCT FROM new.supplier
      OR old.declared_mct IS DISTINCT FROM new.declared_mct
      OR old.declared_stones IS DISTINCT FROM new.declared_stones
      OR old.kp_cert_in IS DISTINCT FROM new.kp_cert_in OR old.source IS DISTINCT FROM new.source
      OR old.declared_value_cents IS DISTINCT FROM new.declared_value_cents
      OR old.from_country IS DISTINCT FROM new.from_country
      OR old.hs_code_in IS DISTINCT FROM new.hs_code_in
      OR old.received_by IS DISTINCT FROM new.received_by
      OR {weighed}
      OR {acknowledged}
    THEN
        RAISE EXCEPTION USING ERRCODE = 'integrity_constraint_violation',
            MESSAGE = 'a lot''s recorded facts cannot be changed; post a correction';
    END IF;
    RETURN new;
END $$;
"""


_WEIGHED_CHANGED = """(old.weighed_mct IS NOT NULL
              AND old.weighed_mct IS DISTINCT FROM new.weighed_mct
           OR old.weighed_stones IS NOT NULL
              AND old.weighed_stones IS DISTINCT FROM new.weighed_stones)"""
#: ... as the lot's latest reweighing says, from the weight it had.
_AS_REWEIGHED = """EXISTS (
              -- only as the lot's latest reweighing says, from the weight it had
              SELECT 1 FROM lot_reweighs r
              WHERE r.id = (SELECT max(id) FROM lot_reweighs WHERE lot_id = new.id)
                AND r.lot_id = new.id
                AND r.previous_mct IS NOT DISTINCT FROM old.weighed_mct
                AND r.weighed_mct IS NOT DISTINCT FROM new.weighed_mct
                AND r.previous_stones IS NOT DISTINCT FROM old.weighed_stones
                AND r.weighed_stones IS NOT DISTINCT FROM new.weighed_stones)"""

S0001_INITIAL = (
    FUNCTIONS
    + r"""
CREATE TABLE meta (key text COLLATE "C" PRIMARY KEY, value text COLLATE "C" NOT NULL);

CREATE TABLE site (
    id bigint PRIMARY KEY CHECK (id = 1),
    code text COLLATE "C" NOT NULL,
    name text COLLATE "C" NOT NULL,
    country text COLLATE "C" NOT NULL,
    created_at text COLLATE "C" NOT NULL
);

CREATE TABLE settings (key text COLLATE "C" PRIMARY KEY, value text COLLATE "C" NOT NULL);

CREATE TABLE countries (
    code text COLLATE "C" PRIMARY KEY CHECK (length(code) = 2 AND code = upper(code)),
    name text COLLATE "C" NOT NULL,
    kp text COLLATE "C" NOT NULL CHECK (kp IN ('participant', 'eu', 'none'))
);

CREATE TABLE users (
    id bigint PRIMARY KEY,
    name text COLLATE "C" NOT NULL,
    role text COLLATE "C" NOT NULL CHECK (role IN ('operator', 'supervisor', 'admin')),
    password_hash text COLLATE "C" NOT NULL,
    active bigint NOT NULL DEFAULT 1,
    created_at text COLLATE "C" NOT NULL
);
CREATE UNIQUE INDEX "users.name" ON users (lower(name));

CREATE TABLE size_classes (
    code text COLLATE "C" PRIMARY KEY,
    label text COLLATE "C" NOT NULL,
    band text COLLATE "C" NOT NULL CHECK (band IN ('smalls', 'grainers', 'large', 'specials')),
    kind text COLLATE "C" NOT NULL CHECK (kind IN ('sieve', 'weight')),
    min_mct bigint,
    max_mct bigint,
    sort_order bigint NOT NULL
);
CREATE TABLE models (
    code text COLLATE "C" PRIMARY KEY, name text COLLATE "C" NOT NULL, sort_order bigint NOT NULL
);
CREATE TABLE qualities (
    code text COLLATE "C" PRIMARY KEY, name text COLLATE "C" NOT NULL, sort_order bigint NOT NULL
);
CREATE TABLE colours (
    code text COLLATE "C" PRIMARY KEY, name text COLLATE "C" NOT NULL, sort_order bigint NOT NULL
);

CREATE TABLE categories (
    id bigint PRIMARY KEY,
    code text COLLATE "C" NOT NULL,
    name text COLLATE "C" NOT NULL,
    size text COLLATE "C" NOT NULL REFERENCES size_classes(code),
    model text COLLATE "C" NOT NULL REFERENCES models(code),
    quality text COLLATE "C" NOT NULL REFERENCES qualities(code),
    colour text COLLATE "C" NOT NULL REFERENCES colours(code),
    hs_code text COLLATE "C" NOT NULL CHECK (hs_code IN ('7102.10', '7102.21', '7102.31')),
    sort_order bigint NOT NULL,
    active bigint NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX "categories.code" ON categories (lower(code));

CREATE TABLE prices (
    id bigint PRIMARY KEY,
    category_id bigint NOT NULL REFERENCES categories(id),
    effective_from text COLLATE "C" NOT NULL,
    cents_per_ct bigint NOT NULL CHECK (cents_per_ct >= 0),
    set_by bigint NOT NULL REFERENCES users(id),
    set_at text COLLATE "C" NOT NULL
);
CREATE INDEX prices_by_category ON prices(category_id, effective_from, id);

CREATE TABLE lots (
    id bigint PRIMARY KEY,
    uid text COLLATE "C" NOT NULL CONSTRAINT "lots.uid" UNIQUE,
    number text COLLATE "C" NOT NULL,
    received_at text COLLATE "C" NOT NULL,
    supplier text COLLATE "C" NOT NULL DEFAULT '',
    declared_mct bigint CHECK (declared_mct > 0),
    declared_stones bigint CHECK (declared_stones >= 0),
    declared_value_cents bigint CHECK (declared_value_cents >= 0),
    kp_cert_in text COLLATE "C" NOT NULL DEFAULT '',
    from_country text COLLATE "C" NOT NULL DEFAULT '',
    hs_code_in text COLLATE "C" NOT NULL DEFAULT '7102.10'
        CHECK (hs_code_in IN ('7102.10', '7102.21', '7102.31')),
    source text COLLATE "C" NOT NULL DEFAULT '',
    received_by bigint NOT NULL REFERENCES users(id),
    weighed_mct bigint CHECK (weighed_mct > 0),
    weighed_stones bigint CHECK (weighed_stones >= 0),
    weight_flag bigint NOT NULL DEFAULT 0,
    weight_ack_by bigint REFERENCES users(id),
    weight_ack_reason text COLLATE "C",
    status text COLLATE "C" NOT NULL
        CHECK (status IN ('awaiting_weight', 'received', 'sorting', 'sorted'))
);
CREATE UNIQUE INDEX "lots.number" ON lots (lower(number));
CREATE INDEX lots_by_status ON lots(status, received_at);
CREATE INDEX lots_by_received ON lots(received_at);
"""
    + _no_delete("lots", "lots cannot be deleted")
    + _lots_guard_update(_WEIGHED_CHANGED)
    + r"""
CREATE TRIGGER lots_guard_update BEFORE UPDATE ON lots
    FOR EACH ROW EXECUTE FUNCTION lots_guard_update();

CREATE TABLE lot_origins (
    lot_id bigint NOT NULL REFERENCES lots(id),
    country text COLLATE "C" NOT NULL REFERENCES countries(code),
    mine text COLLATE "C" NOT NULL DEFAULT '',
    PRIMARY KEY (lot_id, country, mine)
);
CREATE TABLE lot_seals (
    lot_id bigint NOT NULL REFERENCES lots(id),
    seal text COLLATE "C" NOT NULL,
    PRIMARY KEY (lot_id, seal)
);

CREATE TABLE sort_entries (
    id bigint PRIMARY KEY,
    uid text COLLATE "C" NOT NULL CONSTRAINT "sort_entries.uid" UNIQUE,
    lot_id bigint NOT NULL REFERENCES lots(id),
    category_id bigint REFERENCES categories(id),
    loss_type text COLLATE "C" CHECK (loss_type IN ('cleaning', 'breakage', 'sample', 'other')),
    mct bigint NOT NULL CHECK (mct <> 0),
    stones bigint NOT NULL,
    entered_by bigint NOT NULL REFERENCES users(id),
    entered_at text COLLATE "C" NOT NULL,
    reverses_id bigint CONSTRAINT "sort_entries.reverses_id" UNIQUE REFERENCES sort_entries(id),
    reason text COLLATE "C" NOT NULL DEFAULT '',
    CHECK ((category_id IS NULL) <> (loss_type IS NULL))
);
CREATE INDEX sort_entries_by_lot ON sort_entries(lot_id, id);

CREATE TABLE certificates (
    id bigint PRIMARY KEY,
    number text COLLATE "C" NOT NULL,
    issued text COLLATE "C" NOT NULL,
    expires text COLLATE "C" NOT NULL CHECK (expires > issued),
    exporter text COLLATE "C" NOT NULL,
    importer text COLLATE "C" NOT NULL,
    destination text COLLATE "C" NOT NULL REFERENCES countries(code),
    authority text COLLATE "C" NOT NULL,
    created_by bigint NOT NULL REFERENCES users(id),
    created_at text COLLATE "C" NOT NULL
);
CREATE UNIQUE INDEX "certificates.number" ON certificates (lower(number));
CREATE INDEX certificates_by_issued ON certificates(issued);

CREATE TABLE parcels (
    id bigint PRIMARY KEY,
    uid text COLLATE "C" NOT NULL CONSTRAINT "parcels.uid" UNIQUE,
    number text COLLATE "C" NOT NULL,
    exporter text COLLATE "C" NOT NULL,
    importer text COLLATE "C" NOT NULL,
    destination text COLLATE "C" NOT NULL REFERENCES countries(code),
    created_by bigint NOT NULL REFERENCES users(id),
    created_at text COLLATE "C" NOT NULL,
    status text COLLATE "C" NOT NULL CHECK (status IN ('draft', 'sealed', 'shipped', 'void')),
    certificate_id bigint REFERENCES certificates(id),
    sealed_by bigint REFERENCES users(id),
    sealed_at text COLLATE "C",
    sealed_mct bigint,
    sealed_stones bigint,
    sealed_value_cents bigint,
    origin text COLLATE "C",
    fingerprint text COLLATE "C",
    shipped_by bigint REFERENCES users(id),
    shipped_at text COLLATE "C",
    voided_by bigint REFERENCES users(id),
    voided_at text COLLATE "C",
    void_reason text COLLATE "C"
);
CREATE UNIQUE INDEX "parcels.number" ON parcels (lower(number));
CREATE INDEX parcels_by_certificate ON parcels(certificate_id);
CREATE INDEX parcels_by_status ON parcels(status, created_at);
"""
    + _no_delete("parcels", "parcels cannot be deleted; void them")
    + r"""
CREATE FUNCTION parcels_guard_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF old.uid IS DISTINCT FROM new.uid OR old.number IS DISTINCT FROM new.number
      OR old.created_by IS DISTINCT FROM new.created_by
      OR old.created_at IS DISTINCT FROM new.created_at
      OR (old.status <> 'draft' AND (
           old.exporter IS DISTINCT FROM new.exporter
        OR old.importer IS DISTINCT FROM new.importer
        OR old.destination IS DISTINCT FROM new.destination
        OR old.certificate_id IS DISTINCT FROM new.certificate_id
        OR old.sealed_by IS DISTINCT FROM new.sealed_by
        OR old.sealed_at IS DISTINCT FROM new.sealed_at
        OR old.sealed_mct IS DISTINCT FROM new.sealed_mct
        OR old.sealed_stones IS DISTINCT FROM new.sealed_stones
        OR old.sealed_value_cents IS DISTINCT FROM new.sealed_value_cents
        OR old.origin IS DISTINCT FROM new.origin
        OR old.fingerprint IS DISTINCT FROM new.fingerprint))
      OR (old.status IN ('shipped', 'void'))
      OR (old.status = 'sealed' AND new.status NOT IN ('sealed', 'shipped', 'void'))
      OR (old.status = 'draft' AND new.status NOT IN ('draft', 'sealed', 'void'))
    THEN
        RAISE EXCEPTION USING ERRCODE = 'integrity_constraint_violation',
            MESSAGE = 'a sealed, shipped or void parcel cannot be changed';
    END IF;
    RETURN new;
END $$;
CREATE TRIGGER parcels_guard_update BEFORE UPDATE ON parcels
    FOR EACH ROW EXECUTE FUNCTION parcels_guard_update();

CREATE TABLE parcel_seals (
    seal text COLLATE "C" CONSTRAINT "parcel_seals.seal key" PRIMARY KEY,
    parcel_id bigint NOT NULL REFERENCES parcels(id)
);
CREATE UNIQUE INDEX "parcel_seals.seal" ON parcel_seals (lower(seal));
CREATE INDEX parcel_seals_by_parcel ON parcel_seals(parcel_id);

CREATE TABLE sealed_lines (
    parcel_id bigint NOT NULL REFERENCES parcels(id),
    category_id bigint NOT NULL REFERENCES categories(id),
    lot_id bigint NOT NULL REFERENCES lots(id),
    mct bigint NOT NULL CHECK (mct > 0),
    stones bigint NOT NULL CHECK (stones >= 0),
    cents_per_ct bigint NOT NULL,
    value_cents bigint NOT NULL,
    price_source text COLLATE "C" NOT NULL,
    PRIMARY KEY (parcel_id, category_id, lot_id)
);

CREATE TABLE price_overrides (
    id bigint PRIMARY KEY,
    parcel_id bigint NOT NULL REFERENCES parcels(id),
    category_id bigint NOT NULL REFERENCES categories(id),
    cents_per_ct bigint NOT NULL CHECK (cents_per_ct >= 0),
    reason text COLLATE "C" NOT NULL CHECK (length(trim(reason)) > 0),
    user_id bigint NOT NULL REFERENCES users(id),
    at text COLLATE "C" NOT NULL
);
CREATE INDEX price_overrides_by_parcel ON price_overrides(parcel_id, category_id, id);

CREATE TABLE valuations (
    id bigint PRIMARY KEY,
    parcel_id bigint NOT NULL REFERENCES parcels(id),
    valuer text COLLATE "C" NOT NULL CHECK (valuer IN ('declared', 'government', 'independent')),
    value_cents bigint NOT NULL CHECK (value_cents >= 0),
    user_id bigint NOT NULL REFERENCES users(id),
    at text COLLATE "C" NOT NULL
);
CREATE INDEX valuations_by_parcel ON valuations(parcel_id, valuer, id);

CREATE TABLE journal (
    id bigint PRIMARY KEY,
    uid text COLLATE "C" NOT NULL CONSTRAINT "journal.uid" UNIQUE,
    kind text COLLATE "C" NOT NULL
        CHECK (kind IN ('receive', 'sort', 'pack', 'ship', 'void', 'reversal')),
    at text COLLATE "C" NOT NULL,
    user_id bigint NOT NULL REFERENCES users(id),
    lot_id bigint REFERENCES lots(id),
    parcel_id bigint REFERENCES parcels(id),
    reverses_id bigint CONSTRAINT "journal.reverses_id" UNIQUE REFERENCES journal(id),
    reason text COLLATE "C" NOT NULL DEFAULT '',
    hash text COLLATE "C" NOT NULL
);
CREATE INDEX journal_by_lot ON journal(lot_id);
CREATE INDEX journal_by_parcel ON journal(parcel_id);
CREATE INDEX journal_by_at ON journal(at);

CREATE TABLE postings (
    id bigint PRIMARY KEY,
    journal_id bigint NOT NULL REFERENCES journal(id),
    place text COLLATE "C" NOT NULL
        CHECK (place IN ('world', 'received', 'stock', 'parcel', 'shipped', 'loss', 'adjust')),
    lot_id bigint NOT NULL REFERENCES lots(id),
    category_id bigint REFERENCES categories(id),
    parcel_id bigint REFERENCES parcels(id),
    loss_type text COLLATE "C",
    mct bigint NOT NULL,
    stones bigint NOT NULL
);
CREATE INDEX postings_by_journal ON postings(journal_id);
CREATE INDEX postings_by_lot ON postings(lot_id);
CREATE INDEX postings_by_parcel ON postings(parcel_id) WHERE parcel_id IS NOT NULL;

-- Balances per place, kept by trigger from the postings and checked against them by verify.
-- Internal places may never go negative: the CHECK refuses the posting (and so the transaction).
CREATE TABLE balances (
    place text COLLATE "C" NOT NULL,
    lot_id bigint NOT NULL,
    category_id bigint NOT NULL,
    parcel_id bigint NOT NULL,
    loss_type text COLLATE "C" NOT NULL,
    mct bigint NOT NULL,
    stones bigint NOT NULL,
    PRIMARY KEY (place, lot_id, category_id, parcel_id, loss_type),
    CONSTRAINT negative_balance CHECK (place IN ('world', 'adjust') OR (mct >= 0 AND stones >= 0))
);
CREATE INDEX balances_by_category ON balances(place, category_id);
CREATE INDEX balances_by_parcel ON balances(parcel_id, place);
CREATE INDEX balances_by_lot ON balances(lot_id, place);

-- (As on SQLite: a zero row first, then the sum, so the CHECK sees the balance, not the line.)
CREATE FUNCTION postings_to_balances() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO balances (place, lot_id, category_id, parcel_id, loss_type, mct, stones)
    VALUES (new.place, new.lot_id, coalesce(new.category_id, 0), coalesce(new.parcel_id, 0),
            coalesce(new.loss_type, ''), 0, 0)
    ON CONFLICT DO NOTHING;
    UPDATE balances SET mct = mct + new.mct, stones = stones + new.stones
    WHERE place = new.place AND lot_id = new.lot_id
      AND category_id = coalesce(new.category_id, 0) AND parcel_id = coalesce(new.parcel_id, 0)
      AND loss_type = coalesce(new.loss_type, '');
    RETURN NULL;
END $$;
CREATE TRIGGER postings_to_balances AFTER INSERT ON postings
    FOR EACH ROW EXECUTE FUNCTION postings_to_balances();
"""
    + _no_delete("balances", "balances are derived from the ledger and cannot be deleted")
    + r"""
CREATE TABLE audit (
    id bigint PRIMARY KEY,
    uid text COLLATE "C" NOT NULL CONSTRAINT "audit.uid" UNIQUE,
    site text COLLATE "C" NOT NULL,
    at text COLLATE "C" NOT NULL,
    "user" text COLLATE "C" NOT NULL,
    action text COLLATE "C" NOT NULL,
    object text COLLATE "C" NOT NULL,
    details text COLLATE "C" NOT NULL,
    prev_hash text COLLATE "C" NOT NULL,
    hash text COLLATE "C" NOT NULL
);
CREATE INDEX audit_by_action ON audit(action, id);
CREATE INDEX audit_by_object ON audit(object, id);
"""
    + "".join(
        _immutable(t)
        for t in (
            *("journal", "postings", "sort_entries", "audit", "certificates", "parcel_seals"),
            *("sealed_lines", "prices", "price_overrides", "valuations", "lot_origins"),
            "lot_seals",
        )
    )
    + """
INSERT INTO meta (key, value) VALUES ('schema_version', '1');
"""
)

S0002_TRANSFERS = """
CREATE TABLE bundles (
    fingerprint text COLLATE "C" CONSTRAINT "bundles.fingerprint" PRIMARY KEY,
    sender text COLLATE "C" NOT NULL,
    parcel text COLLATE "C" NOT NULL,
    lot_id bigint NOT NULL REFERENCES lots(id),
    imported_by bigint NOT NULL REFERENCES users(id),
    imported_at text COLLATE "C" NOT NULL,
    body text COLLATE "C" NOT NULL,
    CONSTRAINT "bundles.sender, bundles.parcel" UNIQUE (sender, parcel)
);

CREATE TABLE site_keys (
    site text COLLATE "C" PRIMARY KEY,
    key_hex text COLLATE "C" NOT NULL,
    set_at text COLLATE "C" NOT NULL
);
""" + _immutable("bundles")

S0003_STOCK_SUMMARY = (
    """
CREATE TABLE category_stock (
    category_id bigint PRIMARY KEY REFERENCES categories(id),
    mct bigint NOT NULL,
    stones bigint NOT NULL
);
INSERT INTO category_stock (category_id, mct, stones)
    SELECT category_id, sum(mct), sum(stones) FROM postings WHERE place = 'stock'
    GROUP BY category_id;
CREATE FUNCTION postings_to_category_stock() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO category_stock (category_id, mct, stones) VALUES (new.category_id, 0, 0)
    ON CONFLICT DO NOTHING;
    UPDATE category_stock SET mct = mct + new.mct, stones = stones + new.stones
    WHERE category_id = new.category_id;
    RETURN NULL;
END $$;
CREATE TRIGGER postings_to_category_stock AFTER INSERT ON postings
    FOR EACH ROW WHEN (new.place = 'stock') EXECUTE FUNCTION postings_to_category_stock();
"""
    + _no_delete("category_stock", "stock is derived from the ledger and cannot be deleted")
    + """
CREATE INDEX balances_open_stock ON balances(category_id, lot_id) WHERE place = 'stock' AND mct > 0;
"""
)

#: SQLite's 0004 restates each ``col IN (...)`` CHECK as an OR chain (for SQLite's integrity
#: check); the server's CHECKs are the same rules as first written.
S0004_CHECK_CONSTRAINTS = ""

S0005_POSTINGS_BY_LOT_KEY = """
CREATE INDEX postings_by_lot_key
    ON postings(lot_id, place, category_id, parcel_id, loss_type, mct, stones);
DROP INDEX postings_by_lot;
"""

S0006_LOT_ORIGINS_BY_COUNTRY = """
CREATE INDEX lot_origins_by_country ON lot_origins(country);
"""

S0007_LOT_REWEIGHS = (
    """
CREATE TABLE lot_reweighs (
    id bigint PRIMARY KEY,
    lot_id bigint NOT NULL REFERENCES lots(id),
    previous_mct bigint NOT NULL,
    previous_stones bigint,
    weighed_mct bigint NOT NULL CHECK (weighed_mct > 0),
    weighed_stones bigint CHECK (weighed_stones >= 0),
    reason text COLLATE "C" NOT NULL,
    user_id bigint NOT NULL REFERENCES users(id),
    at text COLLATE "C" NOT NULL,
    journal_id bigint NOT NULL CONSTRAINT "lot_reweighs.journal_id" UNIQUE REFERENCES journal(id)
);
CREATE INDEX lot_reweighs_by_lot ON lot_reweighs(lot_id, id);
"""
    + _immutable("lot_reweighs")
    + _lots_guard_update(f"({_WEIGHED_CHANGED} AND NOT {_AS_REWEIGHED})")
)

#: The audit column of row coverage. (SQLite's 0008 also writes a baseline of the rows a file
#: had before it; no server database predates row coverage, so there is none to write.)
S0008_ROW_COVERAGE = """
ALTER TABLE audit ADD COLUMN rows text COLLATE "C" NOT NULL DEFAULT '';
CREATE INDEX audit_with_rows ON audit(id) WHERE rows <> '';
"""

S0009_SIGNIN = """
ALTER TABLE users ADD COLUMN failed_logins bigint CHECK (failed_logins > 0);
ALTER TABLE users ADD COLUMN locked_until text COLLATE "C";
"""

S0010_ANCHORS = (
    """
CREATE TABLE site_signing_key (
    id bigint PRIMARY KEY CHECK (id = 1),
    site text COLLATE "C" NOT NULL,
    public_key text COLLATE "C" NOT NULL CHECK (length(public_key) = 64),
    created_at text COLLATE "C" NOT NULL,
    created_by text COLLATE "C" NOT NULL
);
CREATE TABLE site_key_wraps (
    user_id bigint PRIMARY KEY REFERENCES users(id),
    wrapped text COLLATE "C" NOT NULL,
    made_at text COLLATE "C" NOT NULL,
    made_by text COLLATE "C" NOT NULL
);
CREATE TABLE checkpoints (
    id bigint PRIMARY KEY,
    site text COLLATE "C" NOT NULL,
    audit_id bigint NOT NULL,
    at text COLLATE "C" NOT NULL,
    body text COLLATE "C" NOT NULL,
    signature text COLLATE "C" NOT NULL
);
CREATE INDEX checkpoints_by_audit ON checkpoints(audit_id);
"""
    + _immutable("site_signing_key")
    + _immutable("checkpoints")
)

S0011_SIGNED_TRANSFERS = (
    """
CREATE TABLE partner_keys (
    site text COLLATE "C" PRIMARY KEY,
    fingerprint text COLLATE "C" NOT NULL,
    pinned_by bigint NOT NULL REFERENCES users(id),
    pinned_at text COLLATE "C" NOT NULL,
    reason text COLLATE "C" NOT NULL
);
"""
    + _no_delete("partner_keys", "a pinned partner key is replaced, not deleted")
    + """
ALTER TABLE bundles ADD COLUMN sender_key text COLLATE "C";
ALTER TABLE bundles ADD COLUMN signature text COLLATE "C";
"""
)


def _guard(name: str, table: str, when: str, condition: str, message: str) -> str:
    """A guard trigger: refuses with ``message`` when ``condition`` (over new/old) holds."""
    return f"""
CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF {condition} THEN
        RAISE EXCEPTION USING ERRCODE = 'integrity_constraint_violation', MESSAGE = '{message}';
    END IF;
    RETURN new;
END $$;
CREATE TRIGGER {name} {when} ON {table} FOR EACH ROW EXECUTE FUNCTION {name}();
"""


_NOT_DRAFT = "NOT EXISTS (SELECT 1 FROM parcels WHERE id = new.parcel_id AND status = 'draft')"

S0012_WRITE_GUARDS = (
    """
CREATE TABLE lot_sorting_totals (
    lot_id bigint PRIMARY KEY REFERENCES lots(id),
    mct bigint NOT NULL
);
INSERT INTO lot_sorting_totals (lot_id, mct)
    SELECT lot_id, sum(mct) FROM sort_entries GROUP BY lot_id;
"""
    + _no_delete(
        "lot_sorting_totals", "sorting totals are derived from the entries and cannot be deleted"
    )
    + """
-- A sorting entry only for a weighed lot whose sorting is not closed, and sorted + losses never
-- beyond the carats received plus the tolerance (corrections, which take carats off, always
-- pass). The tolerance as SQLite's (migrations._SORT_TOLERANCE_SQL).
CREATE FUNCTION sort_entries_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    lot_status text;
    weighed bigint;
    total bigint;
BEGIN
    INSERT INTO lot_sorting_totals AS t (lot_id, mct) VALUES (new.lot_id, new.mct)
        ON CONFLICT (lot_id) DO UPDATE SET mct = t.mct + excluded.mct;
    SELECT l.status, l.weighed_mct, t.mct INTO lot_status, weighed, total
    FROM lots l JOIN lot_sorting_totals t ON t.lot_id = l.id WHERE l.id = new.lot_id;
    IF NOT FOUND THEN
        RETURN NULL;
    ELSIF NOT (lot_status = 'received' OR lot_status = 'sorting') THEN
        RAISE EXCEPTION USING ERRCODE = 'integrity_constraint_violation',
            MESSAGE = 'guard:lot_not_sortable';
    ELSIF new.mct > 0 AND total > weighed AND total > weighed + greatest(
          coalesce((SELECT sortapp_cast_integer(value) FROM settings
                    WHERE key = 'tolerance_mct'), 10),
          weighed * coalesce((SELECT sortapp_cast_integer(value) FROM settings
                              WHERE key = 'tolerance_milli_pct'), 50) / 100000) THEN
        RAISE EXCEPTION USING ERRCODE = 'integrity_constraint_violation',
            MESSAGE = 'guard:lot_overfilled';
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER sort_entries_guard AFTER INSERT ON sort_entries
    FOR EACH ROW EXECUTE FUNCTION sort_entries_guard();

-- A lot moves forward only: awaiting weight -> received -> sorting -> sorted. (A status that is
-- none of these is the CHECK's to refuse.)
CREATE TRIGGER lots_guard_status BEFORE UPDATE OF status ON lots FOR EACH ROW
WHEN (new.status IS DISTINCT FROM old.status
  AND (new.status = 'awaiting_weight' OR new.status = 'received' OR new.status = 'sorting'
       OR new.status = 'sorted')
  AND NOT (
       (old.status = 'awaiting_weight' AND new.status = 'received')
    OR (old.status = 'received' AND new.status = 'sorting')
    OR (old.status = 'sorting' AND new.status = 'sorted')))
EXECUTE FUNCTION sortapp_refuse('guard:lot_status');
"""
    + _guard(
        "journal_guard_receipt",
        "journal",
        "BEFORE INSERT",
        """new.kind = 'receive' AND EXISTS (
        SELECT 1 FROM journal j WHERE j.lot_id = new.lot_id AND j.kind = 'receive'
          AND NOT EXISTS (SELECT 1 FROM journal x WHERE x.reverses_id = j.id))""",
        "guard:lot_already_received",
    )
    + _guard(
        "lot_reweighs_guard_status",
        "lot_reweighs",
        "BEFORE INSERT",
        "NOT EXISTS (SELECT 1 FROM lots WHERE id = new.lot_id AND status = 'received')",
        "guard:lot_sorting_started",
    )
    + _guard(
        "postings_guard_parcel",
        "postings",
        "BEFORE INSERT",
        "new.place = 'parcel' AND (new.mct > 0 OR new.stones > 0) AND " + _NOT_DRAFT,
        "guard:parcel_not_draft",
    )
    + _guard(
        "postings_guard_shipped",
        "postings",
        "BEFORE INSERT",
        """new.place = 'shipped' AND (new.mct > 0 OR new.stones > 0)
        AND NOT EXISTS (SELECT 1 FROM parcels WHERE id = new.parcel_id AND status = 'sealed')""",
        "guard:parcel_not_sealed",
    )
    + "".join(
        _guard(f"{table}_guard_draft", table, "BEFORE INSERT", _NOT_DRAFT, "guard:parcel_not_draft")
        for table in ("price_overrides", "valuations", "parcel_seals", "sealed_lines")
    )
    + _guard(
        "parcels_guard_shipment",
        "parcels",
        "BEFORE UPDATE OF certificate_id",
        """new.certificate_id IS NOT NULL
        AND new.certificate_id IS DISTINCT FROM old.certificate_id
        AND EXISTS (SELECT 1 FROM parcels p
                    WHERE p.certificate_id = new.certificate_id AND p.status = 'shipped')""",
        "guard:shipment_left",
    )
)

S0013_ENTRY_SIGNATURES = """
CREATE TABLE entry_signatures (
    audit_id bigint PRIMARY KEY,
    signature text COLLATE "C" NOT NULL
);
""" + _immutable("entry_signatures")

S0014_STONES_COUNTED = """
ALTER TABLE sort_entries ADD COLUMN stones_counted bigint NOT NULL DEFAULT 1
    CHECK (stones_counted IN (0, 1) AND (stones_counted = 1 OR stones = 0));
"""

S0015_CUSTOMS = """
ALTER TABLE valuations ADD COLUMN valuer_name text COLLATE "C";
ALTER TABLE valuations ADD COLUMN organisation text COLLATE "C";
ALTER TABLE valuations ADD COLUMN valued_on text COLLATE "C";
ALTER TABLE valuations ADD COLUMN reference text COLLATE "C";
ALTER TABLE parcels ADD COLUMN carrier text COLLATE "C";
ALTER TABLE parcels ADD COLUMN awb text COLLATE "C";
CREATE TABLE parties (
    id bigint PRIMARY KEY,
    name text COLLATE "C" NOT NULL CHECK (length(trim(name)) > 0),
    address text COLLATE "C" NOT NULL,
    country text COLLATE "C" NOT NULL REFERENCES countries(code),
    tax_number text COLLATE "C" NOT NULL,
    licence text COLLATE "C" NOT NULL,
    port text COLLATE "C" NOT NULL,
    updated_by bigint NOT NULL REFERENCES users(id),
    updated_at text COLLATE "C" NOT NULL
);
CREATE UNIQUE INDEX "parties.name" ON parties (lower(name));
""" + _no_delete("parties", "parties cannot be deleted")

S0016_SHIPPING_GUARD = _guard(
    "parcels_guard_shipping",
    "parcels",
    "BEFORE UPDATE OF carrier, awb",
    """(old.carrier IS DISTINCT FROM new.carrier OR old.awb IS DISTINCT FROM new.awb)
        AND NOT (old.status = 'sealed' AND new.status = 'shipped')""",
    "guard:parcel_shipping",
)

#: SQLite's ``migrations.UNCOUNTED_ENTRY`` (frozen here as there).
UNCOUNTED_ENTRY = """e.category_id IS NOT NULL AND NOT (e.stones_counted = 1 AND e.stones <> 0)
      AND e.reverses_id IS NULL
      AND NOT EXISTS (SELECT 1 FROM sort_entries x WHERE x.reverses_id = e.id)"""

S0017_STOCK_LINES = f"""
CREATE TABLE uncounted_lines (
    lot_id bigint NOT NULL REFERENCES lots(id),
    category_id bigint NOT NULL REFERENCES categories(id),
    PRIMARY KEY (lot_id, category_id)
);
INSERT INTO uncounted_lines (lot_id, category_id)
    SELECT DISTINCT e.lot_id, e.category_id FROM sort_entries e JOIN lots l ON l.id = e.lot_id
    WHERE l.status = 'sorted' AND {UNCOUNTED_ENTRY} ORDER BY 1, 2;
CREATE FUNCTION lots_to_uncounted_lines() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO uncounted_lines (lot_id, category_id)
        SELECT DISTINCT e.lot_id, e.category_id FROM sort_entries e
        WHERE e.lot_id = new.id AND {UNCOUNTED_ENTRY}
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;
CREATE TRIGGER lots_to_uncounted_lines AFTER UPDATE OF status ON lots
    FOR EACH ROW WHEN (new.status = 'sorted' AND old.status IS DISTINCT FROM 'sorted')
    EXECUTE FUNCTION lots_to_uncounted_lines();

ALTER TABLE category_stock ADD COLUMN lines bigint NOT NULL DEFAULT 0;
ALTER TABLE category_stock ADD COLUMN uncounted bigint NOT NULL DEFAULT 0;
UPDATE category_stock k SET lines = s.lines, uncounted = s.uncounted
FROM (SELECT b.category_id, count(*) AS lines, count(u.lot_id) AS uncounted
      FROM balances b LEFT JOIN uncounted_lines u
           ON u.lot_id = b.lot_id AND u.category_id = b.category_id
      WHERE b.place = 'stock' AND b.mct > 0 GROUP BY b.category_id) s
WHERE s.category_id = k.category_id;
CREATE FUNCTION balances_to_stock_lines() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    step bigint := CASE WHEN new.mct > 0 THEN 1 ELSE -1 END;
BEGIN
    INSERT INTO category_stock (category_id, mct, stones) VALUES (new.category_id, 0, 0)
    ON CONFLICT DO NOTHING;
    UPDATE category_stock SET
        lines = lines + step,
        uncounted = uncounted + (CASE WHEN EXISTS (
            SELECT 1 FROM uncounted_lines u
            WHERE u.lot_id = new.lot_id AND u.category_id = new.category_id)
            THEN step ELSE 0 END)
    WHERE category_id = new.category_id;
    RETURN NULL;
END $$;
CREATE TRIGGER balances_to_stock_lines AFTER UPDATE OF mct ON balances
    FOR EACH ROW WHEN (new.place = 'stock' AND (old.mct > 0) <> (new.mct > 0))
    EXECUTE FUNCTION balances_to_stock_lines();
CREATE FUNCTION uncounted_lines_to_stock_lines() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE category_stock k SET uncounted = k.uncounted + 1
    FROM balances b
    WHERE k.category_id = new.category_id AND b.place = 'stock' AND b.lot_id = new.lot_id
      AND b.category_id = new.category_id AND b.parcel_id = 0 AND b.loss_type = ''
      AND b.mct > 0;
    RETURN NULL;
END $$;
CREATE TRIGGER uncounted_lines_to_stock_lines AFTER INSERT ON uncounted_lines
    FOR EACH ROW EXECUTE FUNCTION uncounted_lines_to_stock_lines();
""" + _immutable("uncounted_lines")

#: The sorting tolerance of lot ``l`` (``migrations._SORT_TOLERANCE_SQL``), as the server reads it.
_TOLERANCE = """greatest(
                   coalesce((SELECT sortapp_cast_integer(value) FROM settings
                             WHERE key = 'tolerance_mct'), 10),
                   l.weighed_mct * coalesce((SELECT sortapp_cast_integer(value) FROM settings
                                             WHERE key = 'tolerance_milli_pct'), 50) / 100000)"""

#: The sorting guard of ``0012_write_guards`` run once per statement, not once per row (the
#: server step ``server_entry_guard_2``). The row trigger upserted the lot's total for every
#: row; an upsert of a row that the same transaction has already updated walks every earlier
#: version of it (none can be pruned while that transaction runs), so k rows into one lot cost
#: about k^2/2 version visits: a 100,000-row import into 100 lots spent ~30 s there. This one
#: sees the statement's rows at once (a transition table, in the order they were inserted, the
#: order in which the row trigger ran) and refuses exactly what the row trigger refused, with
#: its messages: the first row, in that order, whose lot is not open for sorting, or that brings
#: its lot's running total beyond the limit (a positive row only: corrections always pass). A
#: quick look first (each lot's total with every positive row of the statement added: if that
#: is within the limit, no row can be beyond it); the rows one by one only when it is not. Then
#: each lot's total is updated once. One entry (one lot): two statements, as the row trigger's.
#: The tolerance is SQLite's (``migrations._SORT_TOLERANCE_SQL``).
SERVER_ENTRY_GUARD_2 = f"""
DROP TRIGGER sort_entries_guard ON sort_entries;
CREATE OR REPLACE FUNCTION sort_entries_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    first_lot bigint;
    last_lot bigint;
    added bigint;
    suspect boolean;
    refusal text;
BEGIN
    -- The statement's lots, carats, and (one lot only) whether a row might be refused.
    SELECT n.first_lot, n.last_lot, n.added,
           NOT (l.status = 'received' OR l.status = 'sorting')
           OR (coalesce(t.mct, 0) + n.most > l.weighed_mct
               AND coalesce(t.mct, 0) + n.most > l.weighed_mct + {_TOLERANCE})
    INTO first_lot, last_lot, added, suspect
    FROM (SELECT min(lot_id) AS first_lot, max(lot_id) AS last_lot, sum(mct) AS added,
                 sum(mct) FILTER (WHERE mct > 0) AS most
          FROM new_rows) n
    LEFT JOIN lots l ON l.id = n.first_lot AND n.first_lot = n.last_lot
    LEFT JOIN lot_sorting_totals t ON t.lot_id = l.id;
    IF first_lot IS NULL THEN
        RETURN NULL;
    ELSIF first_lot <> last_lot THEN
        SELECT true INTO suspect
        FROM (SELECT lot_id, sum(mct) FILTER (WHERE mct > 0) AS most
              FROM new_rows GROUP BY lot_id) n
        JOIN lots l ON l.id = n.lot_id
        LEFT JOIN lot_sorting_totals t ON t.lot_id = n.lot_id
        WHERE NOT (l.status = 'received' OR l.status = 'sorting')
           OR (coalesce(t.mct, 0) + n.most > l.weighed_mct
               AND coalesce(t.mct, 0) + n.most > l.weighed_mct + {_TOLERANCE})
        LIMIT 1;
    END IF;
    IF suspect THEN
        SELECT CASE WHEN NOT (l.status = 'received' OR l.status = 'sorting')
                    THEN 'guard:lot_not_sortable' ELSE 'guard:lot_overfilled' END
        INTO refusal
        FROM (SELECT lot_id, mct, k, sum(mct) OVER (PARTITION BY lot_id ORDER BY k) AS running
              FROM (SELECT lot_id, mct, row_number() OVER () AS k FROM new_rows) n) r
        JOIN lots l ON l.id = r.lot_id
        LEFT JOIN lot_sorting_totals t ON t.lot_id = r.lot_id
        WHERE NOT (l.status = 'received' OR l.status = 'sorting')
           OR (r.mct > 0 AND coalesce(t.mct, 0) + r.running > l.weighed_mct
               AND coalesce(t.mct, 0) + r.running > l.weighed_mct + {_TOLERANCE})
        ORDER BY r.k
        LIMIT 1;
        IF refusal IS NOT NULL THEN
            RAISE EXCEPTION USING ERRCODE = 'integrity_constraint_violation', MESSAGE = refusal;
        END IF;
    END IF;
    IF first_lot = last_lot THEN
        INSERT INTO lot_sorting_totals AS t (lot_id, mct) VALUES (first_lot, added)
            ON CONFLICT (lot_id) DO UPDATE SET mct = t.mct + excluded.mct;
    ELSE
        INSERT INTO lot_sorting_totals AS t (lot_id, mct)
            SELECT lot_id, sum(mct) FROM new_rows GROUP BY lot_id ORDER BY lot_id
            ON CONFLICT (lot_id) DO UPDATE SET mct = t.mct + excluded.mct;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER sort_entries_guard AFTER INSERT ON sort_entries
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION sort_entries_guard();
"""

#: SQLite's 0018: one reversal per entry kept by a unique index over the reversals only (a
#: NULL ``reverses_id``, every other entry, no longer costs an index entry). The index keeps the
#: constraint's name: a second reversal is refused with the same message.
S0018_ENTRIES_REVERSAL_INDEX = """
ALTER TABLE sort_entries DROP CONSTRAINT "sort_entries.reverses_id";
CREATE UNIQUE INDEX "sort_entries.reverses_id" ON sort_entries (reverses_id)
    WHERE reverses_id IS NOT NULL;
"""

#: SQLite's 0019: the balance register, its calibrations and checks, and the weighings.
S0019_BALANCES = (
    """
CREATE TABLE balance_register (
    id bigint PRIMARY KEY,
    code text COLLATE "C" NOT NULL CHECK (length(trim(code)) > 0),
    vendor text COLLATE "C" NOT NULL,
    model text COLLATE "C" NOT NULL,
    serial_no text COLLATE "C" NOT NULL CHECK (length(trim(serial_no)) > 0),
    port text COLLATE "C" NOT NULL,
    protocol text COLLATE "C" NOT NULL
        CHECK ((protocol = 'mt-sics' OR protocol = 'sbi' OR protocol = 'and'
                OR protocol = 'ohaus' OR protocol = 'generic')),
    baudrate bigint NOT NULL CHECK (baudrate > 0),
    bytesize bigint NOT NULL CHECK ((bytesize = 7 OR bytesize = 8)),
    parity text COLLATE "C" NOT NULL CHECK ((parity = 'N' OR parity = 'E' OR parity = 'O')),
    stopbits bigint NOT NULL CHECK ((stopbits = 1 OR stopbits = 2)),
    handshake text COLLATE "C" NOT NULL
        CHECK ((handshake = 'none' OR handshake = 'xonxoff' OR handshake = 'rtscts')),
    terminator text COLLATE "C" NOT NULL DEFAULT 'crlf'
        CHECK ((terminator = 'crlf' OR terminator = 'cr' OR terminator = 'lf')),
    pattern text COLLATE "C" NOT NULL DEFAULT '' CHECK (protocol = 'generic' OR pattern = ''),
    readability_mct bigint NOT NULL CHECK (readability_mct > 0),
    interval_mct bigint NOT NULL CHECK (interval_mct >= readability_mct),
    accuracy_class text COLLATE "C" NOT NULL
        CHECK ((accuracy_class = 'I' OR accuracy_class = 'II' OR accuracy_class = 'III'
                OR accuracy_class = 'none')),
    verified bigint NOT NULL CHECK ((verified = 0 OR verified = 1)),
    min_mct bigint NOT NULL CHECK (min_mct >= 0),
    max_mct bigint NOT NULL CHECK (max_mct > min_mct),
    location text COLLATE "C" NOT NULL,
    active bigint NOT NULL DEFAULT 1 CHECK ((active = 0 OR active = 1)),
    updated_by bigint NOT NULL REFERENCES users(id),
    updated_at text COLLATE "C" NOT NULL
);
CREATE UNIQUE INDEX "balance_register.code" ON balance_register (lower(code));
"""
    + _no_delete("balance_register", "a balance is retired, not deleted")
    + """
CREATE TABLE balance_calibrations (
    id bigint PRIMARY KEY,
    balance_id bigint NOT NULL REFERENCES balance_register(id),
    calibrated_on text COLLATE "C" NOT NULL,
    calibrated_by text COLLATE "C" NOT NULL CHECK (length(trim(calibrated_by)) > 0),
    certificate text COLLATE "C" NOT NULL,
    next_due text COLLATE "C" NOT NULL CHECK (next_due > calibrated_on),
    as_found text COLLATE "C" NOT NULL,
    as_left text COLLATE "C" NOT NULL,
    user_id bigint NOT NULL REFERENCES users(id),
    at text COLLATE "C" NOT NULL
);
CREATE INDEX balance_calibrations_by_balance ON balance_calibrations (balance_id, id);

CREATE TABLE balance_checks (
    id bigint PRIMARY KEY,
    balance_id bigint NOT NULL REFERENCES balance_register(id),
    day text COLLATE "C" NOT NULL,
    reference text COLLATE "C" NOT NULL CHECK (length(trim(reference)) > 0),
    nominal_mct bigint NOT NULL CHECK (nominal_mct > 0),
    tolerance_mct bigint NOT NULL CHECK (tolerance_mct >= 0),
    read_mct bigint NOT NULL,
    passed bigint NOT NULL
        CHECK ((passed = 1) = (abs(read_mct - nominal_mct) <= tolerance_mct)),
    user_id bigint NOT NULL REFERENCES users(id),
    at text COLLATE "C" NOT NULL
);
CREATE INDEX balance_checks_by_day ON balance_checks (balance_id, day, id);

CREATE TABLE weighings (
    id bigint PRIMARY KEY,
    action text COLLATE "C" NOT NULL
        CHECK ((action = 'receive' OR action = 'weigh' OR action = 'reweigh' OR action = 'sort'
                OR action = 'loss' OR action = 'check')),
    lot_id bigint REFERENCES lots(id),
    entry_id bigint,
    check_id bigint REFERENCES balance_checks(id),
    mct bigint NOT NULL,
    captured bigint NOT NULL CHECK ((captured = 0 OR captured = 1)),
    balance_id bigint REFERENCES balance_register(id),
    balance text COLLATE "C" NOT NULL,
    serial_no text COLLATE "C" NOT NULL,
    reading text COLLATE "C" NOT NULL,
    raw text COLLATE "C" NOT NULL,
    file text COLLATE "C" NOT NULL DEFAULT '',
    port text COLLATE "C" NOT NULL DEFAULT '',
    captured_at text COLLATE "C" NOT NULL DEFAULT '',
    model text COLLATE "C" NOT NULL DEFAULT '',
    user_id bigint NOT NULL REFERENCES users(id),
    at text COLLATE "C" NOT NULL,
    CHECK (captured = 0 OR balance_id IS NOT NULL),
    CHECK (captured = 0 OR file = ''),
    CHECK ((action = 'check') = (check_id IS NOT NULL)),
    CHECK ((action = 'check') <> (lot_id IS NOT NULL)),
    CHECK ((action = 'sort' OR action = 'loss') = (entry_id IS NOT NULL))
);
CREATE INDEX weighings_by_lot ON weighings (lot_id, id) WHERE lot_id IS NOT NULL;
CREATE UNIQUE INDEX weighings_by_entry ON weighings (entry_id) WHERE entry_id IS NOT NULL;
CREATE UNIQUE INDEX weighings_by_check ON weighings (check_id) WHERE check_id IS NOT NULL;

-- A captured weight names a balance in use, by its code and serial number as registered.
CREATE FUNCTION weighings_captured() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF new.captured = 1 AND NOT EXISTS (
        SELECT 1 FROM balance_register b WHERE b.id = new.balance_id AND b.active = 1
           AND b.code = new.balance AND b.serial_no = new.serial_no) THEN
        RAISE EXCEPTION USING ERRCODE = 'integrity_constraint_violation', MESSAGE =
            'a captured weight names a balance in use by its registered code and serial number';
    END IF;
    RETURN new;
END $$;
CREATE TRIGGER weighings_captured BEFORE INSERT ON weighings
    FOR EACH ROW EXECUTE FUNCTION weighings_captured();

-- A balance (a reference weight) keeps its code and its id.
CREATE FUNCTION register_keeps_code() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF new.id IS DISTINCT FROM old.id OR new.code IS DISTINCT FROM old.code THEN
        RAISE EXCEPTION USING ERRCODE = 'integrity_constraint_violation', MESSAGE = TG_ARGV[0];
    END IF;
    RETURN new;
END $$;
CREATE TRIGGER balance_register_code BEFORE UPDATE ON balance_register FOR EACH ROW
    EXECUTE FUNCTION register_keeps_code(
        'a balance keeps its code: register the instrument under a new code');

CREATE TABLE reference_weights (
    id bigint PRIMARY KEY,
    code text COLLATE "C" NOT NULL CHECK (length(trim(code)) > 0),
    nominal_mct bigint NOT NULL CHECK (nominal_mct > 0),
    weight_class text COLLATE "C" NOT NULL,
    certificate text COLLATE "C" NOT NULL,
    active bigint NOT NULL DEFAULT 1 CHECK ((active = 0 OR active = 1)),
    updated_by bigint NOT NULL REFERENCES users(id),
    updated_at text COLLATE "C" NOT NULL
);
CREATE UNIQUE INDEX "reference_weights.code" ON reference_weights (lower(code));
CREATE TRIGGER reference_weights_code BEFORE UPDATE ON reference_weights FOR EACH ROW
    EXECUTE FUNCTION register_keeps_code('a reference weight keeps its code');
"""
    + _no_delete("reference_weights", "a reference weight is retired, not deleted")
    + _immutable("balance_calibrations")
    + _immutable("balance_checks")
    + _immutable("weighings")
)

#: SQLite's 0020: the version of the sortapp that last wrote the database, a ``meta`` row. A user
#: may not write ``meta``; this function, the owner's, records the version for them and writes
#: nothing else (``storage.written``; its grant: ``roles.apply``).
S0020_WRITTEN_BY = """
INSERT INTO meta (key, value) VALUES ('written_by', '');
CREATE FUNCTION sortapp_wrote(version text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF version !~ '^[0-9][0-9A-Za-z.+-]{0,39}$' THEN  -- a release's number, nothing else
        RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value',
            MESSAGE = format('%s is not a version of sortapp', left(version, 40));
    END IF;
    UPDATE meta SET value = version WHERE key = 'written_by' AND value IS DISTINCT FROM version;
END
$$;
"""

#: SQLite's 0021: the language each user works in, nullable (issue 18). A user sets their own
#: (a column grant under row-level security: ``roles.WRITES``).
S0021_USER_LANGUAGE = """
ALTER TABLE users ADD COLUMN language text COLLATE "C";
"""

#: SQLite's 0022: the assortment's names in other languages than English (issue 18), a
#: supervisor's (``roles.WRITES``), under row coverage like the names they translate.
S0022_NAME_TRANSLATIONS = """
CREATE TABLE name_translations (
    kind text COLLATE "C" NOT NULL
        CHECK (kind IN ('category', 'size_class', 'model', 'quality', 'colour')),
    code text COLLATE "C" NOT NULL,
    language text COLLATE "C" NOT NULL CHECK (length(language) = 2 AND language <> 'en'),
    name text COLLATE "C" NOT NULL CHECK (length(trim(name)) > 0 AND length(name) <= 120),
    PRIMARY KEY (kind, code, language)
);
"""

#: SQLite's 0023: the sorting entries imported from a file, one row per import (issue 15), an
#: operator's (``roles.WRITES``, by their own user id: ``roles.ACTOR_COLUMNS``), under row
#: coverage; posted rows are never changed.
S0023_ENTRY_FILES = f"""
CREATE TABLE entry_files (
    id bigint PRIMARY KEY,
    first_entry bigint NOT NULL,
    last_entry bigint NOT NULL,
    file text COLLATE "C" NOT NULL CHECK (length(file) >= 1 AND length(file) <= 300),
    user_id bigint NOT NULL REFERENCES users(id),
    at text COLLATE "C" NOT NULL,
    CHECK (first_entry >= 1 AND first_entry <= last_entry)
);
CREATE UNIQUE INDEX entry_files_by_first ON entry_files (first_entry);

-- A file's span is the new entries of its own import: in no other file's span, every entry
-- there, entered by the file's user, none a correction, none with a weighing of its own.
-- (Under the writers' lock, which sortapp's own writes hold already: two sessions outside it
-- cannot each add a span, or a weighing, that the other's makes wrong.)
CREATE FUNCTION entry_files_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock({int(WRITER_LOCK)});
    IF coalesce((SELECT f.last_entry FROM entry_files f WHERE f.first_entry <= new.last_entry
                 ORDER BY f.first_entry DESC LIMIT 1), 0) >= new.first_entry THEN
        RAISE EXCEPTION USING ERRCODE = 'integrity_constraint_violation',
            MESSAGE = '{sql_text(ENTRY_FILES_OVERLAP)}';
    ELSIF (SELECT count(*) FROM sort_entries e
           WHERE e.id >= new.first_entry AND e.id <= new.last_entry
             AND e.entered_by = new.user_id AND e.reverses_id IS NULL)
          <> new.last_entry - new.first_entry + 1 THEN
        RAISE EXCEPTION USING ERRCODE = 'integrity_constraint_violation',
            MESSAGE = '{sql_text(ENTRY_FILES_NOT_ITS_OWN)}';
    ELSIF EXISTS (SELECT 1 FROM weighings w
                  WHERE w.entry_id >= new.first_entry AND w.entry_id <= new.last_entry) THEN
        RAISE EXCEPTION USING ERRCODE = 'integrity_constraint_violation',
            MESSAGE = '{sql_text(ENTRY_FILES_WEIGHED)}';
    END IF;
    RETURN new;
END $$;
CREATE TRIGGER entry_files_guard BEFORE INSERT ON entry_files
    FOR EACH ROW EXECUTE FUNCTION entry_files_guard();

-- An entry imported from a file has its weight from the file: no weighing of its own.
CREATE FUNCTION weighings_not_imported() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF new.entry_id IS NOT NULL THEN
        PERFORM pg_advisory_xact_lock({int(WRITER_LOCK)});
        IF coalesce((SELECT f.last_entry FROM entry_files f WHERE f.first_entry <= new.entry_id
                     ORDER BY f.first_entry DESC LIMIT 1), 0) >= new.entry_id THEN
            RAISE EXCEPTION USING ERRCODE = 'integrity_constraint_violation',
                MESSAGE = '{sql_text(WEIGHINGS_NOT_IMPORTED)}';
        END IF;
    END IF;
    RETURN new;
END $$;
CREATE TRIGGER weighings_not_imported BEFORE INSERT ON weighings
    FOR EACH ROW EXECUTE FUNCTION weighings_not_imported();
""" + _immutable("entry_files")


#: SQLite's 0024: a reweighing's new carats clear the lot's acknowledgement and judge its flag
#: anew; otherwise the acknowledgement (its reason too) is written once and a raised flag stays
#: as it is; and a reweighing starts from the weight the lot has.
S0024_REWEIGH_REOPENS_THE_DIFFERENCE = _lots_guard_update(
    f"({_WEIGHED_CHANGED} AND NOT {_AS_REWEIGHED})",
    f"""(((old.weight_ack_by IS NOT NULL
             AND old.weight_ack_by IS DISTINCT FROM new.weight_ack_by)
          OR (old.weight_ack_reason IS NOT NULL
             AND old.weight_ack_reason IS DISTINCT FROM new.weight_ack_reason)
          OR (old.weight_flag <> 0 AND new.weight_flag IS DISTINCT FROM old.weight_flag))
         AND NOT (old.weighed_mct IS DISTINCT FROM new.weighed_mct AND {_AS_REWEIGHED}
                  AND new.weight_ack_by IS NULL AND new.weight_ack_reason IS NULL
                  AND new.weight_flag IN (0, 1)))""",
) + _guard(
    "lot_reweighs_guard_from",
    "lot_reweighs",
    "BEFORE INSERT",
    "NOT EXISTS (SELECT 1 FROM lots WHERE id = new.lot_id"
    " AND weighed_mct IS NOT DISTINCT FROM new.previous_mct"
    " AND weighed_stones IS NOT DISTINCT FROM new.previous_stones)",
    "guard:reweigh_not_from_the_lot",
)


#: SQLite's 0025: the weighings captured off a balance, by the balance and the time it was read.
S0025_WEIGHINGS_BY_CAPTURE = """
CREATE INDEX weighings_by_capture ON weighings (balance_id, captured_at) WHERE captured = 1;
"""


#: What each server step (``pgschema.SERVER_STEPS``) changes beyond what ``pgschema.apply`` makes
#: again after any step ('' when that is all it does).
SERVER_STEP_SQL: dict[str, str] = {
    "server_roles_1": "",
    "server_entry_guard_2": SERVER_ENTRY_GUARD_2,
    # roles' guards made again: an operator's exact reversal of the lot's last entry, their
    # own; no entry taking carats off but a reversal
    "server_own_undo_3": "",
    # roles' guards made again: no goods their size class's stones could not weigh
    "server_band_4": "",
    # roles' grants made again: no one's password hash nor wrap of the site key read by another
    "server_secrets_5": "",
    # roles' guards made again: closing a sorting that writes off stones counted in is a
    # second person's, as a difference beyond the tolerance is; a closing is what sortapp
    # makes of its lot (its lot's, its entries', one difference line), and no sorting entry
    # follows it
    "server_closings_6": "",
    # roles' functions and guards made again: a deactivated user's sessions still open end at
    # once; every write of a user's session waits for the writer lock first; an action is
    # dated by the server's clock, within ten minutes
    "server_writes_7": "",
    # roles' guards made again: a weighing is of the carats of what it weighed, and a capture
    # off a balance is its reading, on its port, within minutes, and recorded once
    "server_weighings_8": "",
}

#: The server's step for each of sortapp's migrations, by the migration's name, in order.
STEPS: dict[str, str] = {
    "0001_initial": S0001_INITIAL,
    "0002_transfers": S0002_TRANSFERS,
    "0003_stock_summary": S0003_STOCK_SUMMARY,
    "0004_check_constraints": S0004_CHECK_CONSTRAINTS,
    "0005_postings_by_lot_key": S0005_POSTINGS_BY_LOT_KEY,
    "0006_lot_origins_by_country": S0006_LOT_ORIGINS_BY_COUNTRY,
    "0007_lot_reweighs": S0007_LOT_REWEIGHS,
    "0008_row_coverage": S0008_ROW_COVERAGE,
    "0009_signin": S0009_SIGNIN,
    "0010_anchors": S0010_ANCHORS,
    "0011_signed_transfers": S0011_SIGNED_TRANSFERS,
    "0012_write_guards": S0012_WRITE_GUARDS,
    "0013_entry_signatures": S0013_ENTRY_SIGNATURES,
    "0014_stones_counted": S0014_STONES_COUNTED,
    "0015_customs": S0015_CUSTOMS,
    "0016_shipping_guard": S0016_SHIPPING_GUARD,
    "0017_stock_lines": S0017_STOCK_LINES,
    "0018_entries_reversal_index": S0018_ENTRIES_REVERSAL_INDEX,
    "0019_balances": S0019_BALANCES,
    "0020_written_by": S0020_WRITTEN_BY,
    "0021_user_language": S0021_USER_LANGUAGE,
    "0022_name_translations": S0022_NAME_TRANSLATIONS,
    "0023_entry_files": S0023_ENTRY_FILES,
    "0024_reweigh_reopens_the_difference": S0024_REWEIGH_REOPENS_THE_DIFFERENCE,
    "0025_weighings_by_capture": S0025_WEIGHINGS_BY_CAPTURE,
    # (Nothing on the server: its guard ``sort_entries_band`` refuses such goods from every
    # user's session, and a site made there says in its ``site.init`` entry that verify holds
    # them; a history moved in from a file brings its file's entry.)
    "0026_bands_held_from_here": "",
    "0027_assortment_kept": _immutable("size_classes") + _immutable("categories"),
}
