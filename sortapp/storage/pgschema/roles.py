"""Who may write what on the facility server: each sortapp user is a PostgreSQL role of their own.

On a server there is no application between the workstations and the database, and the people
at the keyboard are the threat (docs/reliability.md): anyone with psql and their own sign-in can
send any statement. So the server itself enforces the roles the services check
(``actor.require(Role.X, ...)``):

- **Group roles** ``sortapp_operator`` < ``sortapp_supervisor`` < ``sortapp_admin`` (NOLOGIN; each
  a member of the one below, so a supervisor may do all an operator may). Every sortapp user is
  a LOGIN role of exactly the same name, a member of the group of their sortapp role; a
  deactivated user's role is NOLOGIN and in no group, and its sessions still open are ended
  (it could hold a lot's lock). Those roles carry the comment ``a user of
  sortapp``: sortapp never touches a role of the same name without it (a user named
  ``sortapp_owner`` or ``postgres`` is refused).
- **One server holds one sortapp site database.** Roles are the cluster's, not a database's: a
  user ``olu`` is one role with one password whatever the database. Prefixing the groups by
  database would not help, as the users' own roles would still be shared (and a person would
  need another name per database). A facility runs one site; a second site on the same machine
  gets a second PostgreSQL cluster (another port), which is one command on Debian
  (``pg_createcluster``) and keeps their people, passwords and backups apart.
- **The owner role** (the one that runs ``apply``: ``init``, ``migrate-to-server``, upgrades)
  owns every table and function, is trusted as the schema's owner is anyway (it could drop any
  trigger), and needs ``CREATEROLE`` (PostgreSQL 15: to create the users' roles, set their
  passwords and group memberships) but not SUPERUSER. Its session may record audit entries in
  any name: ``init`` records the site's first admin, ``migrate-to-server`` the file's history.
- **Grants**: every group reads every table, but no one's password hash nor wrap of the site
  key (``pgschema.SECRET``: a column grant of the others; a user reads their own through the
  table's view, verify the others' hashes); each writes only the tables its actions write
  (``WRITES``): append-only tables get INSERT only, so UPDATE, DELETE and TRUNCATE of them stay
  the owner's (and their triggers refuse even the owner). The tables derived from the ledger
  (balances, stock by category, sorting totals) are written only by their triggers, which run
  as the owner (``SECURITY DEFINER``).
- **By row**, where a table's grant cannot tell (``GUARDS``, triggers checking
  ``pg_has_role(session_user, 'sortapp_supervisor', 'MEMBER')``): a sorting entry reversing
  another, a journal entry that reverses, ships or voids, a sorting closed with a difference
  beyond its tolerance (by a supervisor who entered none of the lot's results: the two-person
  rule), a lot's weight acknowledged, a parcel that is not a draft. Every row naming who acted
  (``entered_by``, ``user_id``, ...) must name the session's own user. Row-level security on
  ``users`` (one's own row: password, sign-in failures and language; an admin's: any) and
  ``site_key_wraps`` (a supervisor gives the key to supervisors and admins; one drops one's
  own).
- **The server's own means, held** (an attack round, 2026-12-07): a user's new rows take the
  ids after the table's last and no id changes (``sortapp_ids_follow``: the largest bigint
  planted made every later id overflow); a parcel's later steps name the session's own user
  (``ACTOR_STEPS``); each user's role holds at most ``USER_CONNECTIONS`` connections; the
  owner's trigger functions are no one else's to call. (Lock waits are bounded by every
  connection, ``pg.LOCK_WAIT_S``; notifications are sent after a commit, ``storage.db``.)
  Every write of a user's session takes the writer lock before its guards read, as sortapp's
  own writes take it as they begin (``sortapp_writer``), and an action is dated by the
  server's clock within ``CLOCK_SLACK_MINUTES`` (``sortapp_dated_now``): another attack round
  of the same day.
- **The audit actor is the server's** ``session_user``: an entry whose ``user`` is not the
  session's is refused. Entries sortapp writes for nobody (``system``: a verify or backup run
  without a sign-in; ``?``: a failed sign-in of an unknown name) are accepted from the owner's
  session only: on the server a person is always signed in as themselves (a failed sign-in is
  the server's refusal of the connection, recorded in its log).
- **Users**: ``sortapp_user_sync(name, verifier)`` makes the server's role follow the ``users``
  row (create, group, LOGIN or NOLOGIN, and the password when one is given), callable by
  ``sortapp_admin`` (and the owner) only; ``sortapp_user_password(name, verifier)`` by a user
  for their own role, or an admin for anyone's. Both take a SCRAM-SHA-256 verifier computed by
  the client (``verifier``), never a password: the password does not travel to the server nor
  stand in its log. sortapp stores no server credentials: a workstation signs in with the
  user's password (or libpq's usual places: a client certificate, a pgpass file).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sortapp.storage.db import WRITER_LOCK
from sortapp.storage.ledger import LINE_RULE

if TYPE_CHECKING:
    from sortapp.storage.dbapi import Database
    from sortapp.storage.pg import PgDatabase

#: The group roles, lowest first; each is a member of the one before it.
GROUPS = ("sortapp_operator", "sortapp_supervisor", "sortapp_admin")

#: The group of each sortapp role.
GROUP_OF = {"operator": GROUPS[0], "supervisor": GROUPS[1], "admin": GROUPS[2]}

#: The first key of the advisory lock a lot's guarded writes take (``sortapp_lot_lock``; the
#: second is the lot's id): "lot".
LOT_LOCK = 0x6C6F74

#: The comment that marks a role as a sortapp user's (the only roles sortapp changes).
MARK = "a user of sortapp"

#: What each group may write beyond reading every table (its members inherit the one below's).
#: A table not named here is read only. "UPDATE (a, b)" is a column grant.
WRITES: dict[str, dict[str, str]] = {
    GROUPS[0]: {
        "lots": "INSERT, UPDATE (status, weighed_mct, weighed_stones, weight_flag)",
        "lot_origins": "INSERT",
        "lot_seals": "INSERT",
        "sort_entries": "INSERT",
        "weighings": "INSERT",
        "entry_files": "INSERT",
        "balance_checks": "INSERT",
        "journal": "INSERT",
        "postings": "INSERT",
        "parcels": "INSERT",
        "audit": "INSERT",
        # one's own row only (row-level security): password, sign-in failures, language
        "users": "UPDATE (password_hash, failed_logins, locked_until, language)",
        # one's own wrap only (row-level security): dropped with a new password
        "site_key_wraps": "DELETE",
    },
    GROUPS[1]: {
        "lots": "UPDATE (weight_ack_by, weight_ack_reason)",
        "lot_reweighs": "INSERT",
        "parcels": "UPDATE",
        "parcel_seals": "INSERT",
        "sealed_lines": "INSERT",
        "certificates": "INSERT",
        "price_overrides": "INSERT",
        "valuations": "INSERT",
        "parties": "INSERT, UPDATE",
        "prices": "INSERT",
        "bundles": "INSERT",
        "entry_signatures": "INSERT",
        "checkpoints": "INSERT",
        "site_signing_key": "INSERT",
        # (not user_id: a wrap moved onto one's own id would be one's own to read)
        "site_key_wraps": "INSERT, UPDATE (wrapped, made_at, made_by)",
        # the assortment's names in other languages (set, changed, cleared)
        "name_translations": "INSERT, UPDATE (name), DELETE",
    },
    GROUPS[2]: {
        "users": "INSERT, UPDATE (role, active)",
        "site": "UPDATE",
        "settings": "INSERT, UPDATE",
        "countries": "INSERT, UPDATE",
        "size_classes": "INSERT, UPDATE",
        "models": "INSERT, UPDATE",
        "qualities": "INSERT, UPDATE",
        "colours": "INSERT, UPDATE",
        "categories": "INSERT, UPDATE",
        "partner_keys": "INSERT, UPDATE",
        "site_keys": "INSERT, UPDATE",
        # (not id, not code: a balance keeps its code, its weighings name it)
        "balance_register": "INSERT, UPDATE (vendor, model, serial_no, port, protocol, baudrate, "
        "bytesize, parity, stopbits, handshake, terminator, pattern, readability_mct, "
        "interval_mct, accuracy_class, verified, min_mct, max_mct, location, active, "
        "updated_by, updated_at)",
        "balance_calibrations": "INSERT",
        "reference_weights": "INSERT, UPDATE (nominal_mct, weight_class, certificate, active, "
        "updated_by, updated_at)",
    },
}

#: The triggers that keep the tables derived from the ledger: they run as the owner, so no
#: group needs (or gets) a write grant on those tables.
AS_OWNER = (
    *("postings_to_balances()", "postings_to_category_stock()", "sort_entries_guard()"),
    *("lots_to_uncounted_lines()", "balances_to_stock_lines()", "uncounted_lines_to_stock_lines()"),
)

#: How far an action's time may be from the server's clock (``sortapp_dated_now``): the
#: workstation's clock against the server's (``validation.CLOCK_SLACK`` is the same for a time
#: a person gives).
CLOCK_SLACK_MINUTES = 10
#: The tables whose ``at`` is the action's time, held to the server's clock: the audit log's
#: (its order), the ledger's, which a report by date reads (year-end stock), the weighings'
#: (a capture is recorded within minutes of its reading: ``weighings_agree``) and the balance
#: checks' (a check is of the day it is recorded on: ``balance_checks_day``).
DATED_NOW = ("audit", "journal", "weighings", "balance_checks")

#: Rows that name who acted: on insert (and on update, ``ACTOR_ON_UPDATE``), the column must be
#: the session's own user's id.
ACTOR_COLUMNS = {
    "lots": "received_by",
    "sort_entries": "entered_by",
    "journal": "user_id",
    "parcels": "created_by",
    "certificates": "created_by",
    "prices": "set_by",
    "price_overrides": "user_id",
    "valuations": "user_id",
    "lot_reweighs": "user_id",
    "bundles": "imported_by",
    "partner_keys": "pinned_by",
    "parties": "updated_by",
    "balance_register": "updated_by",
    "reference_weights": "updated_by",
    "balance_calibrations": "user_id",
    "balance_checks": "user_id",
    "weighings": "user_id",
    "entry_files": "user_id",
}

#: Of those, the tables whose rows are changed in place, each change naming who made it (the
#: column is written again by every UPDATE): checked on update as on insert.
ACTOR_ON_UPDATE = ("parties", "partner_keys", "balance_register", "reference_weights")

#: Columns naming who took a later step of a row (set by an UPDATE, once): each set or changed
#: must be the session's own user's id (a supervisor sealed, shipped and voided parcels in
#: another's name, and verify said OK: an attack round, 2026-12-07).
ACTOR_STEPS = {"parcels": ("sealed_by", "shipped_by", "voided_by")}

#: How many connections each user's role may hold at once: a workstation where they are signed
#: in holds three (its own, the listener, the reader), and up to five while a verify runs (its
#: worker's and its second lane; an import, a second person or a key grant one more for a
#: while); a user may be signed in at several, and connections cut by the network count until
#: the server's keepalives end them. One user's psql opening connections until the server had
#: none left stopped every workstation (an attack round, 2026-12-07); one more than this is
#: refused with a sentence (``pg.told``), and the server's ``max_connections`` is sized above.
USER_CONNECTIONS = 30

_GROUPS_SQL = f"""
DO $$
BEGIN
    IF to_regrole('{GROUPS[0]}') IS NULL THEN CREATE ROLE {GROUPS[0]} NOLOGIN; END IF;
    IF to_regrole('{GROUPS[1]}') IS NULL THEN CREATE ROLE {GROUPS[1]} NOLOGIN; END IF;
    IF to_regrole('{GROUPS[2]}') IS NULL THEN CREATE ROLE {GROUPS[2]} NOLOGIN; END IF;
END $$;
GRANT {GROUPS[0]} TO {GROUPS[1]};
GRANT {GROUPS[1]} TO {GROUPS[2]};
"""

_REFUSE = "RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege', MESSAGE ="

#: Rows only a supervisor inserts, by table: (the condition on ``new``, what the row does, as
#: SQL text). The table's grant cannot tell them from an operator's rows of the same table.
SUPERVISORS_ROWS = {
    "sort_entries": (
        "new.reverses_id IS NOT NULL AND NOT sortapp_own_last_entry(new)",
        "'reversing a sorting entry other than the lot''s last, if it is one''s own (exactly, "
        "with a reason),'",
    ),
    "lots": ("new.weight_ack_by IS NOT NULL", "'acknowledging a weight difference'"),
    "parcels": ("new.status <> 'draft'", "'sealing, shipping or voiding a parcel'"),
    "journal": (
        "new.kind IN ('reversal', 'ship', 'void')",
        "format('a ledger entry of kind %s', new.kind)",
    ),
}

_SUPERVISORS_ROWS = "".join(
    f"""
CREATE OR REPLACE FUNCTION {table}_role() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF {condition} AND NOT sortapp_may('{GROUPS[1]}') THEN
        PERFORM sortapp_refuse_role({what}, 'a supervisor');
    END IF;
    RETURN new;
END $$;
CREATE OR REPLACE TRIGGER role_guard BEFORE INSERT ON {table}
    FOR EACH ROW EXECUTE FUNCTION {table}_role();
"""
    for table, (condition, what) in SUPERVISORS_ROWS.items()
)

_FUNCTIONS_SQL = rf"""
-- (These two are PL/pgSQL, which keeps their plans for the session: a SQL function with its
-- search path pinned is never inlined and plans its query again at every call, and every row
-- naming who acted calls both.)
-- Whether this session is the owner's (the role owning the schema's tables, or a superuser).
CREATE OR REPLACE FUNCTION sortapp_owner_session() RETURNS boolean
LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN (SELECT pg_has_role(session_user, c.relowner, 'MEMBER')
            FROM pg_class c WHERE c.oid = 'meta'::regclass);
END $$;

-- Whether the session's user may act as ``grp`` (a member of it, or the owner).
CREATE OR REPLACE FUNCTION sortapp_may(grp text) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT sortapp_owner_session() OR pg_has_role(session_user, grp, 'MEMBER')
$$;

-- The user of sortapp the session signed in as (NULL for a role that is no active user's).
CREATE OR REPLACE FUNCTION sortapp_user_id() RETURNS bigint
LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN (SELECT id FROM users WHERE name = session_user::text AND active = 1);
END $$;

CREATE OR REPLACE FUNCTION sortapp_refuse_role(what text, who text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    {_REFUSE} format('permission: %s is signed in to the server; %s needs %s',
                     session_user, what, who),
        HINT = 'Sign in as a user whose role allows it.';
END $$;

-- The audit actor is the session's user: an entry in anyone else's name is refused.
CREATE OR REPLACE FUNCTION audit_actor() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT sortapp_owner_session() AND new."user" IS DISTINCT FROM session_user::text THEN
        {_REFUSE} format('audit: %s is signed in to the server; an entry in the name of %s '
                         'is refused', session_user, new."user");
    END IF;
    RETURN new;
END $$;
CREATE OR REPLACE TRIGGER role_audit BEFORE INSERT ON audit
    FOR EACH ROW EXECUTE FUNCTION audit_actor();

-- An action is dated now, by the server's clock within ``CLOCK_SLACK_MINUTES``: an operator's
-- sortapp with its clock set back dated a lot's receipt, sorting and closing into a year
-- whose year-end had been reported, and the report of that year changed (an attack round,
-- 2026-12-07). A workstation's clock that far off is refused all the same: its times would
-- stand wrong in the record. (The owner's session moves a file's history in, as it was.)
CREATE OR REPLACE FUNCTION sortapp_dated_now() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF sortapp_owner_session() THEN
        RETURN new;  -- (first: a file's history moved in is not read as times here)
    END IF;
    IF abs(extract(epoch FROM new.at::timestamptz - clock_timestamp()))
            > {CLOCK_SLACK_MINUTES} * 60 THEN
        {_REFUSE} format('clock: %s is signed in to the server; an action dated %s is refused, '
                         'the server''s clock says %s (set this workstation''s clock right)',
                         session_user, new.at,
                         to_char(clock_timestamp() AT TIME ZONE 'UTC',
                                 'YYYY-MM-DD"T"HH24:MI:SS"Z"'));
    END IF;
    RETURN new;
END $$;

-- A row naming who acted names the session's own user.
-- A statement's new rows take the ids after the table's last (sortapp gives each the largest
-- plus one): a user's row far ahead (the largest bigint) made every later insert's id overflow,
-- every action of the facility refused for good (an attack round, 2026-12-07). The owner's
-- session is trusted (a file's history moved in keeps its ids).
CREATE OR REPLACE FUNCTION sortapp_ids_follow() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    ahead boolean;
BEGIN
    IF sortapp_owner_session() THEN
        RETURN NULL;
    END IF;
    EXECUTE format('SELECT (SELECT max(id) FROM added) > coalesce((SELECT max(t.id) FROM %I.%I t '
                   'WHERE t.id < (SELECT min(id) FROM added)), 0) + (SELECT count(*) FROM added)',
                   TG_TABLE_SCHEMA, TG_TABLE_NAME) INTO ahead;
    IF ahead THEN
        {_REFUSE} format('permission: %s is signed in to the server; a new row of %s takes the '
                         'id after the last', session_user, TG_TABLE_NAME);
    END IF;
    RETURN NULL;
END $$;

-- Every write of a user's session waits for the writer lock first, as sortapp's own writes
-- take it as they begin (``storage.db``), so that a guard reads what the others committed
-- before it: a supervisor's valuation inserted into a draft parcel, its transaction held open
-- while another sealed the parcel, then committed, reached the sealed parcel's valuation sheet
-- (an attack round, 2026-12-07). (A BEFORE statement trigger runs before the rows' guards,
-- and each of their reads, a volatile function's, sees what was committed by then.)
-- (At READ COMMITTED only, as sortapp's own writes run: a transaction begun REPEATABLE READ
-- read its snapshot before the lock, and its guards, reading that snapshot after it, found
-- the parcel sealed meanwhile still a draft: a review, 2026-12-07.)
CREATE OR REPLACE FUNCTION sortapp_writer() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT sortapp_owner_session() THEN
        IF current_setting('transaction_isolation') <> 'read committed' THEN
            {_REFUSE} format('permission: %s is signed in to the server; a write runs at the '
                             'isolation level read committed, as sortapp''s do (not %s)',
                             session_user, current_setting('transaction_isolation'));
        END IF;
        PERFORM pg_advisory_xact_lock({int(WRITER_LOCK)});
    END IF;
    RETURN NULL;
END $$;

-- A row's id is kept (the same overflow by an id changed, where a role may update a row).
CREATE OR REPLACE FUNCTION sortapp_id_kept() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT sortapp_owner_session() THEN
        {_REFUSE} format('permission: %s is signed in to the server; a row of %s keeps its id',
                         session_user, TG_TABLE_NAME);
    END IF;
    RETURN new;
END $$;

-- A later step's columns naming who took it (``ACTOR_STEPS``): each one set or changed by an
-- UPDATE must be the session's own user's id.
CREATE OR REPLACE FUNCTION sortapp_actor_steps() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    col text;
BEGIN
    IF sortapp_owner_session() THEN
        RETURN new;
    END IF;
    FOREACH col IN ARRAY TG_ARGV LOOP
        IF (to_jsonb(new) -> col) IS DISTINCT FROM (to_jsonb(old) -> col)
           AND (to_jsonb(new) ->> col)::bigint IS DISTINCT FROM sortapp_user_id() THEN
            {_REFUSE} format('permission: %s is signed in to the server; %s.%s must be their own',
                             session_user, TG_TABLE_NAME, col);
        END IF;
    END LOOP;
    RETURN new;
END $$;

CREATE OR REPLACE FUNCTION sortapp_actor_column() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT sortapp_owner_session()
       AND (to_jsonb(new) ->> TG_ARGV[0])::bigint IS DISTINCT FROM sortapp_user_id() THEN
        {_REFUSE} format('permission: %s is signed in to the server; %s.%s must be their own',
                         session_user, TG_TABLE_NAME, TG_ARGV[0]);
    END IF;
    RETURN new;
END $$;

-- Whether the new sorting entry ``e`` reverses the lot's last entry (the latest of any kind, not
-- itself a reversal) made by the session's user, on a lot being sorted, exactly (the same lot,
-- category or loss and stones counted; carats and stones negated), with a reason: what an
-- operator may reverse (services.sorting._check_own_last, verify's integrity.reversal_facts);
-- any other reversal is a supervisor's.
CREATE OR REPLACE FUNCTION sortapp_own_last_entry(e sort_entries) RETURNS boolean
LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN EXISTS (
        SELECT 1 FROM sort_entries r JOIN lots l ON l.id = r.lot_id
        WHERE r.id = e.reverses_id AND r.reverses_id IS NULL
          AND r.entered_by IS NOT DISTINCT FROM sortapp_user_id()
          AND r.id = (SELECT max(s.id) FROM sort_entries s WHERE s.lot_id = r.lot_id)
          AND (l.status = 'received' OR l.status = 'sorting')
          AND e.lot_id = r.lot_id
          AND e.category_id IS NOT DISTINCT FROM r.category_id
          AND e.loss_type IS NOT DISTINCT FROM r.loss_type
          AND e.stones_counted = r.stones_counted
          AND e.mct = -r.mct AND e.stones = -r.stones
          AND btrim(e.reason, E' \t\n\r') <> '');
END $$;

-- Carats are taken off only by reversing an entry: goods and losses are above zero, from any
-- user's session (services.sorting._check_adds; the owner's is trusted, as for every guard;
-- the trigger's WHEN keeps an import's rows from calling it).
CREATE OR REPLACE FUNCTION sort_entries_sign() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT sortapp_owner_session() THEN
        {_REFUSE} format('permission: %s is signed in to the server; a sorting entry takes '
                         'carats off only by reversing an entry', session_user);
    END IF;
    RETURN new;
END $$;
CREATE OR REPLACE TRIGGER role_sign BEFORE INSERT ON sort_entries
    FOR EACH ROW WHEN (new.reverses_id IS NULL AND new.mct <= 0)
    EXECUTE FUNCTION sort_entries_sign();

-- Goods no stones of their size class could weigh (services.sorting.check_band): counted, each
-- stone between the class's bounds (half a thousandth a stone off: each read to the thousandth,
-- entities.Category.could_weigh); not counted, at least one stone's least. Once a statement
-- (an import's rows in one look), from any user's session (the owner's is trusted: a history
-- moved from a file keeps the counts an older release took).
CREATE OR REPLACE FUNCTION sort_entries_band() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT sortapp_owner_session() AND EXISTS (
        SELECT 1 FROM new_goods n
        JOIN categories c ON c.id = n.category_id
        JOIN size_classes s ON s.code = c.size
        WHERE n.reverses_id IS NULL AND n.mct > 0
          AND CASE WHEN n.stones_counted = 1 AND n.stones > 0
                   THEN n.mct < coalesce(s.min_mct, 0) * n.stones - n.stones / 2
                        OR n.mct > s.max_mct * n.stones + n.stones / 2
                   ELSE n.mct < coalesce(s.min_mct, 0) END)
    THEN
        RAISE EXCEPTION USING ERRCODE = 'check_violation', MESSAGE = 'guard:stones_out_of_band';
    END IF;
    RETURN NULL;
END $$;
CREATE OR REPLACE TRIGGER role_band AFTER INSERT ON sort_entries
    REFERENCING NEW TABLE AS new_goods
    FOR EACH STATEMENT EXECUTE FUNCTION sort_entries_band();

{_SUPERVISORS_ROWS}

-- A lot's writes that these guards set against each other (its closing, its sorting entries,
-- its weighing again) wait for one another, a lot at a time, until the one before commits:
-- results entered on one connection while the same supervisor's closing committed on
-- another were each checked before the other was there to see (a review, 2026-12-07). An
-- advisory lock of the transaction (no privilege needed; lots' rows are not every role's to
-- lock), keyed by the lot.
CREATE OR REPLACE FUNCTION sortapp_lot_lock(lot bigint) RETURNS void LANGUAGE sql AS $$
    SELECT pg_advisory_xact_lock({LOT_LOCK}, (lot % 2147483647)::integer)
$$;

-- Closing a sorting beyond its tolerance, or writing off stones counted in (a stone
-- difference, or stones no count out accounts for: Reconciliation.needs_acceptance): a
-- supervisor who entered none of the lot's results (the two-person rule). The difference is
-- the closing entry's 'adjust' line (``p_mct``, ``p_stones``), its stones the lot's counted in
-- less those counted out (counted in: the lot's weighed_stones, NULL where they were not); the
-- tolerance is the sorting guard's (settings.sort_tolerance). Asked as the line is written,
-- and again as the closing commits (results entered meanwhile on another connection, by the
-- one who accepts, were not there to see: an attack round, 2026-12-07).
CREATE OR REPLACE FUNCTION sortapp_closing_accepted(p_lot bigint, p_mct bigint, p_stones bigint)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    weighed bigint;
    counted_in boolean;
    beyond boolean;
BEGIN
    SELECT coalesce(l.weighed_mct, 0), l.weighed_stones IS NOT NULL INTO weighed, counted_in
    FROM lots l WHERE l.id = p_lot;
    beyond := abs(p_mct) > greatest(
          coalesce((SELECT sortapp_cast_integer(value) FROM settings
                    WHERE key = 'tolerance_mct'), 10),
          abs(weighed) * coalesce((SELECT sortapp_cast_integer(value) FROM settings
                                   WHERE key = 'tolerance_milli_pct'), 50) / 100000);
    IF NOT beyond AND NOT (counted_in AND p_stones <> 0) THEN
        RETURN;
    END IF;
    IF NOT sortapp_may('{GROUPS[1]}') THEN
        PERFORM sortapp_refuse_role(CASE WHEN beyond THEN 'closing a sorting beyond tolerance'
                                         ELSE 'closing a sorting with a stone difference' END,
                                    'a supervisor');
    END IF;
    IF EXISTS (SELECT 1 FROM sort_entries e
               WHERE e.lot_id = p_lot AND e.entered_by IS NOT DISTINCT FROM sortapp_user_id())
    THEN
        {_REFUSE} format('permission: %s entered results of this lot; another supervisor '
                         'must accept the difference (two-person rule)', session_user);
    END IF;
END $$;
CREATE OR REPLACE FUNCTION postings_role() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT sortapp_owner_session()
       AND EXISTS (SELECT 1 FROM journal WHERE id = new.journal_id AND kind = 'sort') THEN
        PERFORM sortapp_closing_accepted(new.lot_id, new.mct, new.stones);
    END IF;
    RETURN new;
END $$;
CREATE OR REPLACE TRIGGER role_guard BEFORE INSERT ON postings
    FOR EACH ROW WHEN (new.place = 'adjust') EXECUTE FUNCTION postings_role();

-- A closing is what sortapp makes of its lot, checked as its write commits, and again at the
-- commit of any write that adds a line to it: it names its lot, and each of its lines that
-- lot, none a parcel; it moves every carat and stone the lot holds in received (reweighings
-- included), its stock and losses are the lot's sorting entries by category and by loss (a
-- loss weighed, its stones none), and the rest is its one difference line, accepted as the
-- two-person rule asks; a lot is closed once. Else an operator's closing of no lot, a
-- difference on a loss line (its stones a loss entry's), split into lines each within the
-- tolerance, or lines added to a closing after it, wrote carats and counted stones off alone
-- (two attack rounds, 2026-12-07). The owner's session is trusted (a file's history moved in).
CREATE OR REPLACE FUNCTION sortapp_closing_held(closing bigint) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    j record;
    adjust record;
BEGIN
    SELECT id, lot_id INTO j FROM journal WHERE id = closing AND kind = 'sort';
    IF NOT FOUND THEN
        RETURN;
    END IF;
    PERFORM sortapp_lot_lock(j.lot_id);  -- (then what the lot's other writes committed is seen)
    IF j.lot_id IS NULL
       OR EXISTS (SELECT 1 FROM postings t WHERE t.journal_id = j.id
                  AND (t.lot_id IS DISTINCT FROM j.lot_id OR t.parcel_id IS NOT NULL
                       OR t.place NOT IN ('received', 'stock', 'loss', 'adjust')
                       OR t.place = 'loss' AND t.stones <> 0))
       OR (SELECT count(*) FROM postings t
           WHERE t.journal_id = j.id AND t.place = 'adjust') > 1
       OR EXISTS (SELECT 1 FROM journal x
                  WHERE x.kind = 'sort' AND x.lot_id = j.lot_id AND x.id <> j.id)
       OR EXISTS (SELECT 1 FROM postings t WHERE t.lot_id = j.lot_id AND t.place = 'received'
                  HAVING sum(t.mct) <> 0 OR sum(t.stones) <> 0)
       OR EXISTS (SELECT 1 FROM postings t WHERE t.journal_id = j.id
                  HAVING sum(t.mct) <> 0 OR sum(t.stones) <> 0)
       OR EXISTS (SELECT 1 FROM (
                      SELECT t.category_id AS c, coalesce(t.loss_type, '') AS l, t.mct AS m,
                             t.stones AS s
                      FROM postings t
                      WHERE t.journal_id = j.id AND t.place IN ('stock', 'loss')
                      UNION ALL
                      SELECT e.category_id, coalesce(e.loss_type, ''), -e.mct,
                             -coalesce(e.stones, 0)
                      FROM sort_entries e WHERE e.lot_id = j.lot_id) x
                  GROUP BY x.c, x.l HAVING sum(x.m) <> 0 OR sum(x.s) <> 0)
    THEN
        RAISE EXCEPTION USING ERRCODE = 'integrity_constraint_violation',
            MESSAGE = 'guard:closing_not_its_entries';
    END IF;
    SELECT t.mct, t.stones INTO adjust FROM postings t
    WHERE t.journal_id = j.id AND t.place = 'adjust';
    IF FOUND THEN
        PERFORM sortapp_closing_accepted(j.lot_id, adjust.mct, adjust.stones);
    END IF;
END $$;
-- Every ledger entry moves goods as its kind does (``ledger.LINE_RULE``, verify's own rule:
-- a receipt from the world into received, a packing from stock into its parcel, ...), and
-- keeps each lot's carats and stones (a packing, shipping or voiding each lot's and
-- category's), checked as it commits and at the commit of any write that adds a line to it
-- (by its row and by its last line, not once a line); a closing is held as above, a reversal
-- to the exact negation of the entry it reverses (an operator added lines moving 9 ct of a
-- lot's received to the world to a supervisor's reversal: a review). An operator's
-- "packing" that sent 40 ct and 50 stones of stock to the difference, or 60 ct to the world,
-- was taken (the same round; verify named it). (The entry's row, or a line's: its id or
-- journal_id, named by the trigger.)
CREATE OR REPLACE FUNCTION sortapp_entry_held(entry bigint) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    k text;
BEGIN
    SELECT kind INTO k FROM journal WHERE id = entry;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    IF k = 'reversal' THEN  -- (the exact negation of the entry it reverses, line by line)
        IF EXISTS (SELECT 1 FROM journal r WHERE r.id = entry AND r.reverses_id IS NULL)
           OR EXISTS (SELECT 1 FROM postings t
                      WHERE t.journal_id = entry
                         OR t.journal_id = (SELECT r.reverses_id FROM journal r WHERE r.id = entry)
                      GROUP BY t.place, t.lot_id, coalesce(t.category_id, 0),
                               coalesce(t.parcel_id, 0), coalesce(t.loss_type, '')
                      HAVING sum(t.mct) <> 0 OR sum(t.stones) <> 0)
        THEN
            RAISE EXCEPTION USING ERRCODE = 'integrity_constraint_violation',
                MESSAGE = 'guard:reversal_not_exact';
        END IF;
        RETURN;
    END IF;
    IF EXISTS (SELECT 1 FROM journal j JOIN postings t ON t.journal_id = j.id
               WHERE j.id = entry AND {LINE_RULE} IS NOT TRUE)
       OR EXISTS (SELECT 1 FROM postings t WHERE t.journal_id = entry
                  GROUP BY t.lot_id, CASE WHEN k IN ('pack', 'ship', 'void')
                                          THEN coalesce(t.category_id, 0) ELSE 0 END
                  HAVING sum(t.mct) <> 0 OR sum(t.stones) <> 0)
    THEN
        RAISE EXCEPTION USING ERRCODE = 'integrity_constraint_violation',
            MESSAGE = 'guard:entry_moves_otherwise';
    END IF;
    IF k = 'sort' THEN
        PERFORM sortapp_closing_held(entry);
    END IF;
END $$;
CREATE OR REPLACE FUNCTION entry_held() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    entry bigint := (to_jsonb(new) ->> TG_ARGV[0])::bigint;
BEGIN
    IF sortapp_owner_session() OR TG_TABLE_NAME = 'postings'
       AND (to_jsonb(new) ->> 'id')::bigint
           <> (SELECT max(t.id) FROM postings t WHERE t.journal_id = entry) THEN
        RETURN NULL;
    END IF;
    PERFORM sortapp_entry_held(entry);
    RETURN NULL;
END $$;
DROP TRIGGER IF EXISTS role_entry ON journal;
CREATE CONSTRAINT TRIGGER role_entry AFTER INSERT ON journal
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION entry_held('id');
DROP TRIGGER IF EXISTS role_entry_lines ON postings;
CREATE CONSTRAINT TRIGGER role_entry_lines AFTER INSERT ON postings
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION entry_held('journal_id');

-- No sorting entry on a lot once closed, even in the closing's own write (a supervisor
-- closed a lot 10 ct short and entered its results after, the two-person check, at the
-- closing, finding none of theirs: the same round); a loss weighed, never counted (255
-- counted stones filed as a loss of 0.001 ct, then closed as the lot's entries: the second
-- round). A lot is weighed again only before its sorting starts, whatever its status says (a
-- supervisor entered a lot's results, its status held 'received', weighed it again to what
-- they had sorted and closed it with no difference to accept: the second round).
CREATE OR REPLACE FUNCTION sort_entries_closed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF sortapp_owner_session() THEN
        RETURN NULL;
    END IF;
    PERFORM sortapp_lot_lock(n.lot_id) FROM (SELECT DISTINCT lot_id FROM new_entries) n
    ORDER BY n.lot_id;
    IF EXISTS (
        SELECT 1 FROM new_entries n JOIN journal j ON j.lot_id = n.lot_id AND j.kind = 'sort')
    THEN
        RAISE EXCEPTION USING ERRCODE = 'check_violation', MESSAGE = 'guard:lot_not_sortable';
    END IF;
    IF EXISTS (SELECT 1 FROM new_entries n WHERE n.loss_type IS NOT NULL AND n.stones <> 0) THEN
        RAISE EXCEPTION USING ERRCODE = 'check_violation', MESSAGE = 'guard:loss_counted';
    END IF;
    RETURN NULL;
END $$;
CREATE OR REPLACE TRIGGER role_closed AFTER INSERT ON sort_entries
    REFERENCING NEW TABLE AS new_entries
    FOR EACH STATEMENT EXECUTE FUNCTION sort_entries_closed();
CREATE OR REPLACE FUNCTION lot_reweighs_sorted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF sortapp_owner_session() THEN
        RETURN new;
    END IF;
    PERFORM sortapp_lot_lock(new.lot_id);
    IF EXISTS (SELECT 1 FROM sort_entries e WHERE e.lot_id = new.lot_id) THEN
        RAISE EXCEPTION USING ERRCODE = 'check_violation', MESSAGE = 'guard:lot_sorting_started';
    END IF;
    RETURN new;
END $$;
CREATE OR REPLACE TRIGGER role_reweigh BEFORE INSERT ON lot_reweighs
    FOR EACH ROW EXECUTE FUNCTION lot_reweighs_sorted();
-- (So is a receipt: a supervisor's receipt reversed and made again, with no reweighing's
-- row, did the same.)
CREATE OR REPLACE TRIGGER role_receipt BEFORE INSERT ON journal
    FOR EACH ROW WHEN (new.kind = 'receive') EXECUTE FUNCTION lot_reweighs_sorted();

-- A weighing is of the carats of what it weighed (a sorting entry's or loss's, a balance
-- check's reading, the lot's weight it gives), typed only where the site allows it; a weight
-- captured off a balance is what its reading says, read on the port the balance is
-- registered on, at most ten minutes before it is recorded (whose time the server's clock
-- holds: ``DATED_NOW``), off a balance whose calibration is not due on the site's day (and
-- checked that day, where the site asks), and recorded once (an operator's patched sortapp
-- on their own sign-in took a lot at 100 ct whose balance read 50.000 ct, and one capture
-- for two entries: an attack round, 2026-12-07). (Its raw line is read again with its
-- balance's protocol by verify.)
CREATE OR REPLACE FUNCTION weighings_agree() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    weighed bigint;
    shown text;
    taken timestamptz;
    site_day text;
BEGIN
    IF sortapp_owner_session() THEN
        RETURN new;
    END IF;
    IF new.entry_id IS NOT NULL THEN
        SELECT mct INTO weighed FROM sort_entries WHERE id = new.entry_id;
    ELSIF new.check_id IS NOT NULL THEN
        SELECT read_mct INTO weighed FROM balance_checks WHERE id = new.check_id;
    ELSE
        SELECT weighed_mct INTO weighed FROM lots WHERE id = new.lot_id;
    END IF;
    IF weighed IS DISTINCT FROM new.mct THEN
        RAISE EXCEPTION USING ERRCODE = 'check_violation',
            MESSAGE = 'guard:weighing_not_its_carats';
    END IF;
    IF new.captured <> 1 THEN
        IF (SELECT s.value FROM settings s WHERE s.key = 'keyed_weights') = 'no' THEN
            RAISE EXCEPTION USING ERRCODE = 'check_violation', MESSAGE = 'guard:weight_typed';
        END IF;
        RETURN new;
    END IF;
    shown := substring(new.reading FROM '^([0-9]{{1,9}}(\.[0-9]{{1,3}})?) ct$');
    IF shown IS NULL OR shown::numeric * 1000 <> new.mct THEN
        RAISE EXCEPTION USING ERRCODE = 'check_violation',
            MESSAGE = 'guard:capture_not_its_reading';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM balance_register b
                   WHERE b.id = new.balance_id AND b.port = new.port) THEN
        RAISE EXCEPTION USING ERRCODE = 'check_violation',
            MESSAGE = 'guard:capture_not_on_its_port';
    END IF;
    BEGIN
        taken := CASE WHEN new.captured_at ~ '^[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}T[0-9:.]+Z$'
                      THEN new.captured_at::timestamptz END;
    EXCEPTION WHEN others THEN
        taken := NULL;
    END;
    IF taken IS NULL OR taken < new.at::timestamptz - interval '11 minutes'
       OR taken > new.at::timestamptz + interval '1 minute' THEN
        RAISE EXCEPTION USING ERRCODE = 'check_violation',
            MESSAGE = 'guard:capture_out_of_time';
    END IF;
    site_day := to_char(new.at::timestamptz AT TIME ZONE coalesce(
        (SELECT s.value FROM settings s WHERE s.key = 'timezone'), 'UTC'), 'YYYY-MM-DD');
    IF new.check_id IS NULL AND NOT EXISTS (
        SELECT 1 FROM (SELECT c.next_due FROM balance_calibrations c
                       WHERE c.balance_id = new.balance_id ORDER BY c.id DESC LIMIT 1) last
        WHERE last.next_due >= site_day)
    THEN
        RAISE EXCEPTION USING ERRCODE = 'check_violation',
            MESSAGE = 'guard:capture_calibration_due';
    END IF;
    IF new.check_id IS NULL
       AND (SELECT s.value FROM settings s WHERE s.key = 'balance_daily_check') = 'yes'
       AND NOT coalesce((SELECT c.passed = 1 FROM balance_checks c
                         WHERE c.balance_id = new.balance_id AND c.day = site_day
                           AND EXISTS (SELECT 1 FROM weighings cw
                                       WHERE cw.check_id = c.id AND cw.captured = 1)
                         ORDER BY c.id DESC LIMIT 1), false) THEN
        RAISE EXCEPTION USING ERRCODE = 'check_violation',
            MESSAGE = 'guard:capture_not_checked';
    END IF;
    IF EXISTS (SELECT 1 FROM weighings w WHERE w.balance_id = new.balance_id
               AND w.captured_at = new.captured_at AND w.captured = 1) THEN
        RAISE EXCEPTION USING ERRCODE = 'check_violation', MESSAGE = 'guard:capture_recorded';
    END IF;
    RETURN new;
END $$;
CREATE OR REPLACE TRIGGER role_weighing BEFORE INSERT ON weighings
    FOR EACH ROW EXECUTE FUNCTION weighings_agree();

-- Every weight sortapp records has its weighing, written with it: a sorting entry's (but a
-- correction's, which weighs nothing, and an entry imported from a file, whose file's row
-- says where its weights came from), a lot's new carats, a balance check's capture (an
-- entry, a lot weighed and a check written without one escaped every rule above: the same
-- round). Checked as the write commits. A check is of the site's day it is recorded on, and
-- a file of typed weights is not imported where the site takes weights from the balance only.
CREATE OR REPLACE FUNCTION sortapp_weighed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF sortapp_owner_session() THEN
        RETURN NULL;
    END IF;
    IF TG_TABLE_NAME = 'sort_entries' THEN
        IF new.reverses_id IS NULL
           AND NOT EXISTS (SELECT 1 FROM weighings w WHERE w.entry_id = new.id)
           AND coalesce((SELECT f.last_entry FROM entry_files f WHERE f.first_entry <= new.id
                         ORDER BY f.first_entry DESC LIMIT 1), 0) < new.id THEN
            RAISE EXCEPTION USING ERRCODE = 'check_violation', MESSAGE = 'guard:not_weighed';
        END IF;
    ELSIF TG_TABLE_NAME = 'lots' THEN
        IF new.weighed_mct IS NOT NULL
           AND (TG_OP = 'INSERT' OR old.weighed_mct IS DISTINCT FROM new.weighed_mct)
           AND NOT EXISTS (SELECT 1 FROM weighings w WHERE w.lot_id = new.id
                           AND w.action IN ('receive', 'weigh', 'reweigh')
                           AND w.mct = new.weighed_mct) THEN
            RAISE EXCEPTION USING ERRCODE = 'check_violation', MESSAGE = 'guard:not_weighed';
        END IF;
    ELSIF NOT EXISTS (SELECT 1 FROM weighings w WHERE w.check_id = new.id AND w.captured = 1)
    THEN
        RAISE EXCEPTION USING ERRCODE = 'check_violation', MESSAGE = 'guard:not_weighed';
    END IF;
    RETURN NULL;
END $$;
DROP TRIGGER IF EXISTS role_weighed ON sort_entries;
CREATE CONSTRAINT TRIGGER role_weighed AFTER INSERT ON sort_entries
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION sortapp_weighed();
DROP TRIGGER IF EXISTS role_weighed ON lots;
CREATE CONSTRAINT TRIGGER role_weighed AFTER INSERT OR UPDATE OF weighed_mct ON lots
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION sortapp_weighed();
DROP TRIGGER IF EXISTS role_weighed ON balance_checks;
CREATE CONSTRAINT TRIGGER role_weighed AFTER INSERT ON balance_checks
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION sortapp_weighed();
CREATE OR REPLACE FUNCTION balance_checks_day() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    zone text := coalesce((SELECT s.value FROM settings s WHERE s.key = 'timezone'), 'UTC');
BEGIN
    IF NOT sortapp_owner_session() AND new.day NOT IN (
        to_char(new.at::timestamptz AT TIME ZONE zone, 'YYYY-MM-DD'),
        to_char((new.at::timestamptz - interval '1 minute') AT TIME ZONE zone, 'YYYY-MM-DD'))
    THEN
        RAISE EXCEPTION USING ERRCODE = 'check_violation', MESSAGE = 'guard:check_day';
    END IF;
    RETURN new;
END $$;
CREATE OR REPLACE TRIGGER role_check_day BEFORE INSERT ON balance_checks
    FOR EACH ROW EXECUTE FUNCTION balance_checks_day();
CREATE OR REPLACE FUNCTION entry_files_keyed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT sortapp_owner_session()
       AND (SELECT s.value FROM settings s WHERE s.key = 'keyed_weights') = 'no' THEN
        RAISE EXCEPTION USING ERRCODE = 'check_violation', MESSAGE = 'guard:weight_typed';
    END IF;
    RETURN new;
END $$;
CREATE OR REPLACE TRIGGER role_file_keyed BEFORE INSERT ON entry_files
    FOR EACH ROW EXECUTE FUNCTION entry_files_keyed();

-- The server's role of a user of sortapp follows their row: made where missing, in the group of
-- their role while active, NOLOGIN and in no group otherwise; ``verifier`` (a SCRAM-SHA-256
-- verifier, never a password) sets its password. An admin's (or the owner's) only.
CREATE OR REPLACE FUNCTION sortapp_user_sync(p_name text, p_verifier text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    u record;
    grp text;
BEGIN
    IF NOT sortapp_may('{GROUPS[2]}') THEN
        PERFORM sortapp_refuse_role('changing a user', 'an admin');
    END IF;
    SELECT name, role, active INTO u FROM users WHERE name = p_name;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'no_data_found',
            MESSAGE = format('%s is no user of this site', p_name);
    END IF;
    PERFORM sortapp_check_verifier(p_verifier);
    IF to_regrole(quote_ident(u.name)) IS NULL THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN INHERIT', u.name);
        EXECUTE format('COMMENT ON ROLE %I IS %L', u.name, '{MARK}');
    ELSE
        PERFORM sortapp_check_managed(u.name);
    END IF;
    FOREACH grp IN ARRAY ARRAY['{GROUPS[0]}', '{GROUPS[1]}', '{GROUPS[2]}'] LOOP
        IF EXISTS (SELECT 1 FROM pg_auth_members m  -- granted directly (not through a group)
                   WHERE m.roleid = to_regrole(grp) AND m.member = to_regrole(quote_ident(u.name)))
        THEN
            EXECUTE format('REVOKE %I FROM %I', grp, u.name);
        END IF;
    END LOOP;
    IF u.active = 1 THEN
        EXECUTE format('GRANT %I TO %I',
                       CASE u.role WHEN 'admin' THEN '{GROUPS[2]}'
                                   WHEN 'supervisor' THEN '{GROUPS[1]}'
                                   ELSE '{GROUPS[0]}' END, u.name);
        EXECUTE format('ALTER ROLE %I LOGIN CONNECTION LIMIT {USER_CONNECTIONS}', u.name);
    ELSE
        EXECUTE format('ALTER ROLE %I NOLOGIN', u.name);
        -- The user's sessions still open end now (they held no rights already, but could hold
        -- a lot's lock, or fill large objects; one holding the writer lock holds this write
        -- off, busy: end it as docs/facility-server.md section 10 says). To end another
        -- role's session the owner is made a member of it for the moment (PostgreSQL asks
        -- that of one who is not a superuser; CREATEROLE may grant it), then not.
        IF EXISTS (SELECT 1 FROM pg_stat_activity WHERE usename = u.name) THEN
            EXECUTE format('GRANT %I TO %I', u.name, current_user);
            PERFORM pg_terminate_backend(pid) FROM pg_stat_activity
             WHERE usename = u.name AND pid <> pg_backend_pid();
            EXECUTE format('REVOKE %I FROM %I', u.name, current_user);
        END IF;
    END IF;
    IF p_verifier IS NOT NULL THEN
        EXECUTE format('ALTER ROLE %I PASSWORD %L', u.name, p_verifier);
    END IF;
END $$;

-- A user sets their own role's password; an admin (or the owner) anyone's.
CREATE OR REPLACE FUNCTION sortapp_user_password(p_name text, p_verifier text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF p_name IS DISTINCT FROM session_user::text AND NOT sortapp_may('{GROUPS[2]}') THEN
        PERFORM sortapp_refuse_role('setting another user''s password', 'an admin');
    END IF;
    IF p_verifier IS NULL OR NOT EXISTS (SELECT 1 FROM users WHERE name = p_name) THEN
        RAISE EXCEPTION USING ERRCODE = 'no_data_found',
            MESSAGE = format('%s is no user of this site, or no password given', p_name);
    END IF;
    PERFORM sortapp_check_verifier(p_verifier);
    PERFORM sortapp_check_managed(p_name);
    EXECUTE format('ALTER ROLE %I PASSWORD %L', p_name, p_verifier);
END $$;

CREATE OR REPLACE FUNCTION sortapp_check_verifier(p_verifier text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    IF p_verifier IS NOT NULL AND p_verifier !~
       '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
        RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value',
            MESSAGE = 'the server takes a SCRAM-SHA-256 verifier, never a password';
    END IF;
END $$;

-- Only a role sortapp made for a user (marked so, no superuser) is ever changed by it.
CREATE OR REPLACE FUNCTION sortapp_check_managed(p_name text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM pg_roles r
        WHERE r.rolname = p_name AND NOT r.rolsuper AND NOT r.rolcreaterole
          AND NOT r.rolreplication AND NOT r.rolbypassrls
          AND shobj_description(r.oid, 'pg_authid') = '{MARK}')
    THEN
        {_REFUSE} format('the server has a role %s that is not one of this site''s users; '
                         'choose another name', p_name);
    END IF;
END $$;
"""

#: Row-level security: one's own row of ``users`` (an admin's: any); the site key's wraps.
_POLICIES_SQL = f"""
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS users_read ON users;
DROP POLICY IF EXISTS users_add ON users;
DROP POLICY IF EXISTS users_change ON users;
CREATE POLICY users_read ON users FOR SELECT USING (true);
CREATE POLICY users_add ON users FOR INSERT WITH CHECK (sortapp_may('{GROUPS[2]}'));
CREATE POLICY users_change ON users FOR UPDATE
    USING (name = session_user::text OR sortapp_may('{GROUPS[2]}'))
    WITH CHECK (name = session_user::text OR sortapp_may('{GROUPS[2]}'));

ALTER TABLE site_key_wraps ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS wraps_read ON site_key_wraps;
DROP POLICY IF EXISTS wraps_drop ON site_key_wraps;
DROP POLICY IF EXISTS wraps_put ON site_key_wraps;
DROP POLICY IF EXISTS wraps_replace ON site_key_wraps;
CREATE POLICY wraps_read ON site_key_wraps FOR SELECT USING (true);
CREATE POLICY wraps_drop ON site_key_wraps FOR DELETE
    USING (user_id = sortapp_user_id() OR sortapp_may('{GROUPS[2]}'));
CREATE POLICY wraps_put ON site_key_wraps FOR INSERT WITH CHECK (
    sortapp_may('{GROUPS[1]}') AND EXISTS (
        SELECT 1 FROM users u WHERE u.id = user_id AND u.active = 1
          AND u.role IN ('supervisor', 'admin')));
CREATE POLICY wraps_replace ON site_key_wraps FOR UPDATE
    USING (sortapp_may('{GROUPS[1]}'))
    WITH CHECK (sortapp_may('{GROUPS[1]}') AND EXISTS (
        SELECT 1 FROM users u WHERE u.id = user_id AND u.active = 1
          AND u.role IN ('supervisor', 'admin')));
"""


#: The tables whose key is an id sortapp gives (the largest plus one): one bigint column "id".
_ID_TABLES_SQL = """
SELECT c.relname FROM pg_index i
JOIN pg_class c ON c.oid = i.indrelid
JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = i.indkey[0]
WHERE i.indisprimary AND i.indnatts = 1 AND a.attname = 'id' AND a.atttypid = 'bigint'::regtype
  AND c.relnamespace = current_schema()::regnamespace
ORDER BY 1
"""


def apply(db: PgDatabase) -> None:
    """Make the groups, the guards and the grants (inside ``pgschema.apply``'s transaction, as
    the owner); idempotent, run again whenever the schema changes."""
    from sortapp.storage import pgschema, rowcover  # noqa: PLC0415 (they import this module)

    raw = db.conn.raw
    raw.execute(_GROUPS_SQL)
    raw.execute(_FUNCTIONS_SQL)
    for table, column in sorted(ACTOR_COLUMNS.items()):
        raw.execute(
            f"CREATE OR REPLACE TRIGGER role_actor BEFORE INSERT"
            f"{' OR UPDATE' if table in ACTOR_ON_UPDATE else ''} ON {table} FOR EACH ROW "
            f"EXECUTE FUNCTION sortapp_actor_column('{column}')"
        )
    for (table,) in raw.execute(_ID_TABLES_SQL).fetchall():
        raw.execute(
            f"CREATE OR REPLACE TRIGGER role_ids AFTER INSERT ON {table} REFERENCING NEW TABLE "
            "AS added FOR EACH STATEMENT EXECUTE FUNCTION sortapp_ids_follow()"
        )
        raw.execute(
            f"CREATE OR REPLACE TRIGGER role_id_kept BEFORE UPDATE OF id ON {table} FOR EACH ROW "
            "WHEN (old.id IS DISTINCT FROM new.id) EXECUTE FUNCTION sortapp_id_kept()"
        )
    for table in DATED_NOW:
        raw.execute(
            f"CREATE OR REPLACE TRIGGER role_dated_now BEFORE INSERT ON {table} FOR EACH ROW "
            "EXECUTE FUNCTION sortapp_dated_now()"
        )
    present = set(_tables(db))
    for table in sorted({t for writes in WRITES.values() for t in writes} & present):
        raw.execute(
            f"CREATE OR REPLACE TRIGGER role_writer BEFORE INSERT OR UPDATE OR DELETE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION sortapp_writer()"
        )
    for table, columns in sorted(ACTOR_STEPS.items()):
        arguments = ", ".join(f"'{c}'" for c in columns)
        raw.execute(
            f"CREATE OR REPLACE TRIGGER role_actor_steps BEFORE UPDATE ON {table} FOR EACH ROW "
            f"EXECUTE FUNCTION sortapp_actor_steps({arguments})"
        )
    # Every user's role that may sign in holds at most so many connections (``sortapp_user_sync``
    # sets it from then on).
    for (name,) in raw.execute(
        f"SELECT r.rolname FROM pg_roles r WHERE r.rolcanlogin AND r.rolconnlimit <> "
        f"{USER_CONNECTIONS} AND shobj_description(r.oid, 'pg_authid') = '{MARK}'"
    ).fetchall():
        raw.execute(
            f'ALTER ROLE "{name.replace(chr(34), chr(34) * 2)}" CONNECTION LIMIT {USER_CONNECTIONS}'
        )
    for function in AS_OWNER:
        raw.execute(f"ALTER FUNCTION {function} SECURITY DEFINER")
        # (A trigger's function is checked for EXECUTE only as the trigger is made: anyone's
        # trigger on a table of their own would otherwise write the ledger's as the owner.)
        raw.execute(f"REVOKE ALL ON FUNCTION {function} FROM PUBLIC")
    raw.execute(_POLICIES_SQL)
    tables = _tables(db)
    groups = ", ".join(GROUPS)
    for table in tables:
        raw.execute(f"REVOKE ALL ON {table} FROM PUBLIC, {groups}")
        if table in pgschema.SECRET:  # every column but the secret one (``_secrets``)
            secret = pgschema.SECRET[table][0]
            shown = rowcover.server_shape(db, table)[0]
            readable = ", ".join(pgschema.quote(c) for c in shown if c != secret)
            raw.execute(f"GRANT SELECT ({readable}) ON {table} TO {GROUPS[0]}")
        else:
            raw.execute(f"GRANT SELECT ON {table} TO {GROUPS[0]}")
    _secrets(db, tables)
    for group, writes in WRITES.items():
        for table, privileges in writes.items():
            if table in tables:
                raw.execute(f"GRANT {privileges} ON {table} TO {group}")
    for name in ("sortapp_user_sync", "sortapp_user_password"):
        raw.execute(f"REVOKE ALL ON FUNCTION {name}(text, text) FROM PUBLIC")
    raw.execute(f"GRANT EXECUTE ON FUNCTION sortapp_user_sync(text, text) TO {GROUPS[2]}")
    raw.execute(f"GRANT EXECUTE ON FUNCTION sortapp_user_password(text, text) TO {GROUPS[0]}")
    # Every user records the version of the sortapp they write with (storage.written).
    raw.execute("REVOKE ALL ON FUNCTION sortapp_wrote(text) FROM PUBLIC")
    raw.execute(f"GRANT EXECUTE ON FUNCTION sortapp_wrote(text) TO {GROUPS[0]}")


def _tables(db: PgDatabase) -> list[str]:
    """The schema's tables, by name."""
    return [
        row[0]
        for row in db.conn.raw.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1"
        )
    ]


def _secrets(db: PgDatabase, tables: list[str]) -> None:
    """The view and the digest function of each ``pgschema.SECRET`` table, which every group
    reads: what verify and row coverage read of its rows, none of another's secret column."""
    from sortapp.storage import integrity_pg, pgschema, rowcover  # noqa: PLC0415 (as above)

    raw, _quote = db.conn.raw, pgschema.quote
    for table in pgschema.SECRET:
        if table not in tables:  # (not in this schema)
            continue
        columns, key = rowcover.server_shape(db, table)
        shown = ", ".join(f"t.{_quote(c)}" for c in columns if c != pgschema.SECRET[table][0])
        view = pgschema.seen(table)
        # (Made again whole: a column added by a later step changes its columns.)
        raw.execute(f"DROP VIEW IF EXISTS {view}")
        raw.execute(
            f"CREATE VIEW {view} WITH (security_barrier) AS SELECT {shown}, "
            f"{pgschema._own_or_digest(table, columns, 't.')} AS sortapp_text FROM {table} t"
        )
        raw.execute(f"REVOKE ALL ON {view} FROM PUBLIC")
        raw.execute(f"GRANT SELECT ON {view} TO {GROUPS[0]}")
        array = integrity_pg.array(*(_quote(c) for c in (*key, *sorted(columns))))
        order = ", ".join(_quote(c) for c in key)
        function = f"{pgschema.digest(table)}(bigint, bigint)"
        raw.execute(
            f"""CREATE OR REPLACE FUNCTION {function} RETURNS TABLE (n bigint, digest text)
            LANGUAGE sql STABLE SECURITY DEFINER AS $$
                SELECT count(*), encode(sha256(convert_to(
                    coalesce(string_agg({array}, chr(10) ORDER BY {order}), ''), 'UTF8')), 'hex')
                FROM {table} WHERE $1 IS NULL OR {_quote(key[0])} BETWEEN $1 AND $2
            $$"""
        )
        raw.execute(f"REVOKE ALL ON FUNCTION {function} FROM PUBLIC")
        raw.execute(f"GRANT EXECUTE ON FUNCTION {function} TO {GROUPS[0]}")


# -- what storage asks of the server about its session and its users -----------------------------


def _server(db: Database) -> PgDatabase:
    from sortapp.storage.pg import PgDatabase  # noqa: PLC0415 (a server's only)

    if not isinstance(db, PgDatabase):
        raise AssertionError("server roles are a server database's")
    return db


def session(db: Database) -> tuple[str, bool]:
    """The role this connection signed in as, and whether it is the owner's session."""
    found = _server(db).execute("SELECT session_user::text, sortapp_owner_session()")
    name, owner = found.fetchall()[0]
    return str(name), bool(owner)


def verifier(db: Database, name: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier of ``password`` for role ``name``, computed here (libpq's
    ``PQencryptPasswordConn``): what the server stores, so the password never travels."""
    made: bytes = _server(db).conn.raw.pgconn.encrypt_password(
        password.encode(), name.encode(), b"scram-sha-256"
    )
    return made.decode("ascii")


def sync_user(db: Database, name: str, password: str | None = None) -> None:
    """Make the server's role of user ``name`` follow their row (inside the caller's
    transaction); with ``password``, set its password too."""
    secret = verifier(db, name, password) if password is not None else None
    _server(db).execute("SELECT sortapp_user_sync(?, ?)", (name, secret)).fetchall()


def password_changed(db: Database, name: str, password: str) -> None:
    """User ``name``'s password was set (committed): when it is this session's role's, the
    connections made beside this one (verify's second lane, the listener) sign in with it."""
    if session(db)[0] == name:
        _server(db).signs_in_with(password)


def set_password(db: Database, name: str, password: str) -> None:
    """Set the password of user ``name``'s role (their own, or an admin's for anyone)."""
    _server(db).execute(
        "SELECT sortapp_user_password(?, ?)", (name, verifier(db, name, password))
    ).fetchall()
