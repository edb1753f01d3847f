"""Open the database, run one write transaction, and map environment failures to known errors."""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from sqlite_utils import Database as SqliteDatabase

from sortapp.core.errors import KnownStorageError, UserError
from sortapp.core.i18n import N_, Phrase, phrase
from sortapp.storage import backup, dbapi, files, migrations, rowcover, written
from sortapp.storage.dbapi import Database

if TYPE_CHECKING:
    from sortapp.storage.pg import PgDatabase

log = logging.getLogger(__name__)

T = TypeVar("T")

BUSY_TIMEOUT_MS = 5000
#: SQLite's memory map and page cache on sortapp's own connections, bounded: a map sized to the
#: file (it was 256 MB) kept every page the lists had read resident in the app (412 MB after
#: scrolling three long lists), and reading through the system's file cache is as fast.
MMAP_BYTES = 0
#: (KiB: SQLite's default page cache, said once here.)
CACHE_KIB = 2048
#: The server's advisory lock a write transaction holds (any constant; sortapp's own).
WRITER_LOCK = 0x50_52_54_41_50_50
#: How long a write on the server waits for that lock, or any other, before it is refused as
#: busy (``pg.told``): any user's session may take the lock and keep it (a deactivated user's
#: open one too: an attack round, 2026-12-06), and every write of the facility waited with no
#: end. The longest write sortapp makes (an import of 200,000 sorting rows) holds it seconds.
WRITER_WAIT_S = 30

# Primary SQLite result codes that come from the environment, not from a bug in sortapp.
_KNOWN = {
    "SQLITE_BUSY": (
        N_("The database is busy (another workstation is writing)"),
        N_("Try again."),
    ),
    "SQLITE_LOCKED": (
        N_("The database is locked"),
        N_("Try again; close other copies of sortapp."),
    ),
    "SQLITE_READONLY": (
        N_("The database file is read-only"),
        N_("Check the file's permissions or the medium's write protection."),
    ),
    "SQLITE_IOERR": (
        N_("The disk could not be read or written"),
        N_("Check the disk and free space."),
    ),
    "SQLITE_FULL": (N_("The disk is full"), N_("Free some space; nothing was written.")),
    "SQLITE_CANTOPEN": (
        N_("The database file cannot be opened"),
        N_("Check the path and permissions."),
    ),
    "SQLITE_CORRUPT": (
        N_("The database file is damaged"),
        N_("Restore the last good backup and verify it."),
    ),
    "SQLITE_NOTADB": (N_("The file is not a sortapp database"), N_("Check the path given.")),
}


def known_error(exc: sqlite3.Error) -> KnownStorageError | None:
    """Return the known error for an environment failure, or None when it is a bug."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    if not name and "Could not decode to UTF-8" in str(exc):
        # (sqlite3's own failure, not SQLite's: a text no sortapp write makes, forged in the
        # file; verify names the row.)
        name = "SQLITE_CORRUPT: a text that is not UTF-8"
    for prefix, (message, hint) in _KNOWN.items():
        if name.startswith(prefix):
            return KnownStorageError(
                phrase("{message} ({name})", message=message, name=name),
                hint,
                code=prefix.lower(),
            )
    return None


#: A typed entry meeting a weighing written ahead of it (SQLite's words and the server's).
_WEIGHED_AHEAD = N_(
    "the database already holds a weighing of the entry this action makes (written outside "
    "sortapp); an admin checks the database (verify)"
)

#: Rules the schema states again (CHECKs, UNIQUE keys, the ``guard:`` triggers of migration
#: 0012): the fragment of SQLite's message, and what the user is told. The services check each
#: rule first, inside the write transaction; one of these means a refusal that slipped past them.
_REFUSALS: dict[str, str] = {
    "negative_balance": N_("this would leave a negative balance"),
    "guard:lot_not_sortable": N_("the lot is not open for sorting (not weighed yet, or closed)"),
    "guard:lot_overfilled": N_(
        "this would bring the lot's sorted carats and losses above the carats received plus "
        "the tolerance"
    ),
    "guard:stones_out_of_band": N_(
        "no stones of the entry's size class could weigh its carats (a count or carats keyed "
        "wrong, or the wrong category)"
    ),
    "guard:closing_not_its_entries": N_(
        "a closing of a sorting moves its lot's received carats to its sorting entries' stock "
        "and losses and the rest to one difference line; this one does not (written outside "
        "sortapp)"
    ),
    "guard:entry_moves_otherwise": N_(
        "a ledger entry moves goods only as its kind does (a receipt from the world, a packing "
        "from stock into its parcel, a shipping out of it, a voiding back); this one does not "
        "(written outside sortapp)"
    ),
    "guard:reversal_not_exact": N_(
        "a reversal is the exact negation of the entry it reverses; this one is not (written "
        "outside sortapp)"
    ),
    "guard:loss_counted": N_("a loss is weighed, not counted: its stones are none"),
    "guard:lot_status": N_("a lot's status only moves forward (a closed lot stays closed)"),
    "guard:lot_already_received": N_("the lot is already weighed and received in the ledger"),
    "guard:lot_sorting_started": N_("the lot's sorting has started; it cannot be weighed again"),
    "guard:weighing_not_its_carats": N_(
        "a weighing records the carats of what it weighed (the sorting entry, the lot, the "
        "balance check); this one does not (written outside sortapp)"
    ),
    "guard:capture_not_its_reading": N_(
        "a weight captured off the balance is the reading it showed; this one is not: capture "
        "the weight again"
    ),
    "guard:capture_not_on_its_port": N_(
        "a weight is captured off a balance on the port it is registered on: connect it there "
        "and capture again (an admin changes the port in the register)"
    ),
    "guard:capture_out_of_time": N_(
        "a weight captured off the balance is recorded within 10 minutes of its reading: "
        "capture it again"
    ),
    "guard:capture_calibration_due": N_(
        "a weight is captured only off a balance whose calibration is not due: an admin "
        "records its new calibration first"
    ),
    "guard:capture_not_checked": N_(
        "this site captures weights only off a balance that passed its check with a reference "
        "weight today: check the balance first"
    ),
    "guard:weight_typed": N_(
        "this site takes weights from the balance only: capture the weight from the balance"
    ),
    "guard:not_weighed": N_(
        "a weight is recorded with its weighing (where it came from: the balance, or typed); "
        "this one has none (written outside sortapp)"
    ),
    "guard:check_day": N_(
        "a balance check is of the site's day it is recorded on (written outside sortapp)"
    ),
    "guard:capture_recorded": N_(
        "that reading off the balance is recorded already (one reading is one weight): "
        "capture the weight again"
    ),
    "guard:reweigh_not_from_the_lot": N_(
        "a reweighing starts from the weight the lot has; look at the lot again"
    ),
    "guard:parcel_not_draft": N_("the parcel is no longer a draft (sealed, shipped or void)"),
    "guard:parcel_not_sealed": N_("only a sealed parcel ships"),
    "guard:shipment_left": N_("the shipment under that KP certificate has left"),
    "guard:parcel_shipping": N_(
        "a parcel's carrier and air waybill are recorded when it ships, and only then"
    ),
    "UNIQUE constraint failed: lots.number": N_("a lot with that number already exists"),
    "UNIQUE constraint failed: parcels.number": N_("a parcel with that number already exists"),
    "UNIQUE constraint failed: parcel_seals.seal": N_(
        "that seal number is already used at this site"
    ),
    "UNIQUE constraint failed: certificates.number": N_("that KP certificate is already recorded"),
    "UNIQUE constraint failed: categories.code": N_("a category with that code already exists"),
    "UNIQUE constraint failed: users.name": N_("a user with that name already exists"),
    "UNIQUE constraint failed: bundles.": N_("that transfer file was already imported"),
    "UNIQUE constraint failed: sort_entries.reverses_id": N_("that entry is already corrected"),
    "UNIQUE constraint failed: journal.reverses_id": N_("that ledger entry is already reversed"),
    # (Both backends' words. Only a weighing written outside sortapp ahead of the entries to
    # come collides, with a typed entry or an import's span: verify names it.)
    "entry_files: the span holds sorting entries with a weighing of their own": N_(
        "the database already holds a weighing of an entry this import makes (written "
        "outside sortapp); an admin checks the database (verify)"
    ),
    "weighings.entry_id": _WEIGHED_AHEAD,
    "weighings_by_entry": _WEIGHED_AHEAD,
    # (Both backends' words: the server's index is named so. Only an entry written outside
    # sortapp under a later entry's uid collides: verify names it.)
    "audit.uid": N_(
        "the audit log already holds an entry under the uid this action's entry takes "
        "(written outside sortapp); an admin checks the database (verify)"
    ),
}


@contextlib.contextmanager
def storage_errors() -> Iterator[None]:
    """Translate environment SQLite failures raised inside the block into KnownStorageError."""
    try:
        yield
    except sqlite3.IntegrityError as exc:
        # Our triggers and CHECKs are the last line of defence; the services check first, so an
        # integrity error that reaches here still means the action was refused and nothing written.
        why = _refusal_of(exc)
        if why is not None:
            log.info("refused by the schema: %s", exc)
            raise UserError(refused(why)) from exc
        raise
    except sqlite3.Error as exc:
        known = known_error(exc)
        if known is None:
            raise
        log.info("storage error: %s", exc)
        raise known from exc
    except Exception as exc:
        if not dbapi.from_server(exc):
            raise
        from sortapp.storage import pg  # noqa: PLC0415 (loaded already: the error is its)

        told = pg.told(exc, _REFUSALS)
        if told is None:
            raise
        log.info("refused or failed on the server: %s", exc)
        raise told from exc


def _refusal_of(exc: BaseException) -> str | None:
    """The sentence of the rule of sortapp's schema that refused a write (``_REFUSALS``, by a
    fragment of the error's words), or None: refused by no rule of sortapp's."""
    message = str(exc)
    return next((why for fragment, why in _REFUSALS.items() if fragment in message), None)


def refused(why: str) -> Phrase:
    """The refusal of a write the schema stopped (``why``: a ``_REFUSALS`` sentence, marked;
    any other text is said as it is)."""
    return phrase("refused: {why}; nothing written", why=why)


def unreachable(exc: BaseException) -> bool:
    """Whether ``exc`` says the facility server cannot be reached (it went away, mid-way or
    before), as a known error or as the driver's own error raised outside ``storage_errors``."""
    if isinstance(exc, KnownStorageError):
        return exc.code == "server_unreachable"
    if not dbapi.from_server(exc):
        return False
    from sortapp.storage import pg  # noqa: PLC0415 (loaded already: the error is its)

    told = pg.told(exc, {})
    return isinstance(told, KnownStorageError) and told.code == "server_unreachable"


def unreadable(db: Database, exc: BaseException) -> bool:
    """Whether ``exc`` is a read of a part of the file ``db`` that SQLite cannot read: the file
    is damaged, found so as it opened (``opened_damaged``) or only now (a file too large to be
    checked as it opens), and a restore over it is the way on."""
    if not dbapi.sqlite(db):
        return False
    # (SQLite's own error, said as a known one or not: not sqlite3's failure to read a text
    # forged not UTF-8 into a sound file, which ``known_error`` words as damage too.)
    cause = exc.__cause__ if isinstance(exc, KnownStorageError) else exc
    return isinstance(cause, sqlite3.DatabaseError) and files.damaged_error(cause)


@contextlib.contextmanager
def _refused_read_only(why: str | None) -> Iterator[None]:
    """Say in a sentence why a write to a database opened read-only was refused."""
    try:
        yield
    except sqlite3.OperationalError as exc:
        name = getattr(exc, "sqlite_errorname", "") or ""
        if why is None or not name.startswith("SQLITE_READONLY"):
            raise
        raise KnownStorageError(
            phrase("The database is open read-only ({why}); nothing was written", why=why),
            phrase("Make changes on a writable copy of the database"),
        ) from exc


@contextlib.contextmanager
def transaction(db: Database) -> Iterator[Database]:
    """Run the block as one write transaction (BEGIN IMMEDIATE), or a savepoint when nested.

    Either everything the block wrote is committed, or nothing is: any exception rolls back.
    On a database opened read-only the block runs in a read transaction and its first write
    refuses it (a block that writes nothing there, such as a print's record, goes through).
    """
    why = opened_read_only(db)
    with storage_errors(), _refused_read_only(why):
        conn = db.conn
        if conn.in_transaction:
            with db.atomic():
                yield db
            return
        if dbapi.sqlite(db):
            conn.execute("BEGIN IMMEDIATE" if why is None else "BEGIN")
            if why is None:
                # The schema read again, as the file holds it now: a connection runs the triggers
                # it compiled, and a trigger's row taken out of the schema without its version
                # moved (``writable_schema``) stayed in a session's memory, riding a key holder's
                # signed action past the check of the schema's text (a tenth attack round,
                # 2026-12-06). About 2 ms a write (``services.audit._refuse_foreign_schema``).
                # Every write: re-read only after another connection's commit (``PRAGMA
                # data_version``) was tried and left, as a review found the schema's pages can
                # change under a session with no commit at all (bytes edited in the file, the
                # session's cache then turned over): its compiled triggers and the text the
                # check reads would disagree.
                conn.execute("PRAGMA writable_schema = RESET")
                written.note(db)  # this sortapp's version, as the last to write (issue 17)
        else:
            # One writer at a time, as SQLite's BEGIN IMMEDIATE: every check a write makes
            # holds until it commits (the server's triggers enforce the rules regardless).
            # All in one message (one round trip; no parameters, so the simple protocol),
            # with this sortapp's version as the last to write (issue 17).
            try:
                conn.execute(
                    f"BEGIN; SET LOCAL lock_timeout = '{int(WRITER_WAIT_S)}s'; "
                    f"SELECT pg_advisory_xact_lock({int(WRITER_LOCK)}); {written.server_note()}"
                )
            except BaseException:
                if conn.in_transaction:  # (refused as busy: the session is usable again)
                    conn.execute("ROLLBACK")
                raise
        try:
            yield db
        except BaseException as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            _refused_by_foreign_schema(db, exc)
            raise
        try:
            rowcover.check_taken(db)
            conn.execute("COMMIT")
        except BaseException as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            _refused_by_foreign_schema(db, exc)
            raise
        if not dbapi.sqlite(db):
            _say_committed(db)


def _say_committed(db: Database) -> None:
    """Tell the server's other workstations that a write committed (their listeners then look
    at the audit log): after the commit, on its own, so that a notification the server cannot
    queue (a full queue: any session can fill it) costs only the word, never the write; the
    workstations' slow poll finds the entries all the same."""
    from sortapp.storage import pgschema  # noqa: PLC0415 (a server's only)

    try:
        db.conn.execute(f"SELECT pg_notify('{pgschema.CHANNEL}', '')")
    except Exception as exc:
        if not dbapi.from_server(exc):
            raise
        log.warning("the other workstations were not told of a write: %s", exc)


def _refused_by_foreign_schema(db: Database, exc: BaseException) -> None:
    """A write the file's schema refused, by no rule of sortapp's, where that schema is not
    sortapp's (a trigger put in outside sortapp that refuses a lot's insert, say): raise
    KnownStorageError naming the objects that differ (nothing was written; it was a traceback).
    On sortapp's own schema such a refusal is a bug of sortapp's, and stays loud."""
    if not isinstance(exc, sqlite3.IntegrityError) or not dbapi.sqlite(db):
        return
    if _refusal_of(exc) is not None:
        return  # (said as sortapp's refusal by ``storage_errors``)
    from sortapp.storage import integrity  # noqa: PLC0415 (loaded already by the app's services)

    try:
        differ = integrity.schema_differences(db)
    except sqlite3.Error:
        return
    if differ:
        log.info("refused under a schema not sortapp's (%s): %s", ", ".join(differ), exc)
        raise KnownStorageError(
            phrase(
                "the database refused the write ({refusal}) under a schema that is not "
                "sortapp's ({objects}: changed outside sortapp): nothing was written",
                refusal=str(exc),
                objects=integrity.named_at_most(differ),
            ),
            phrase("An admin checks the database (verify)"),
            code="schema_not_sortapps",
        ) from exc


def on_network_share(path: Path, mounts_text: str | None = None) -> bool:
    """Tell whether ``path`` is on SMB/NFS, where WAL's shared memory is unsafe (Linux only)."""
    if mounts_text is None:
        try:
            mounts_text = Path("/proc/mounts").read_text(encoding="utf-8")
        except OSError:
            return False
    mounts = mounts_text.splitlines()
    target = str(path.resolve().parent)
    best, fstype = "", ""
    for line in mounts:
        parts = line.split()
        if len(parts) >= 3 and target.startswith(parts[1]) and len(parts[1]) > len(best):
            best, fstype = parts[1], parts[2]
    return fstype in {"nfs", "nfs4", "cifs", "smb3", "smbfs"}


def opened_read_only(db: Database) -> str | None:
    """Why ``db`` was opened read-only (a sentence), or None when it was opened for writing."""
    return getattr(db, "read_only", None)


def opened_damaged(db: Database) -> str | None:
    """What SQLite found damaged in the file ``db`` was opened read-only for (the first of
    ``quick_check``'s findings), or None: it may be written to, or is read-only for another
    reason (permissions, read-only media, asked). Only a restore writes to such a file: over
    it, whole (``services.backups.restore_damaged``)."""
    return getattr(db, "damaged", None)


def open_db(
    path: str | Path,
    *,
    create: bool = False,
    read_only: bool = False,
    access: files.Access | None = None,
    keep_before_migrating: bool = True,
) -> SqliteDatabase:
    """Open the sortapp database at ``path`` and bring its schema up to date.

    The file is looked at read-only first, and nothing is written to a file that is not a sound
    sortapp database. With ``create`` (``init``, ``demo``) a new database is made where no file
    is (or completed where an interrupted ``init`` left a sortapp database without a site). A
    file that cannot be written here (permissions, read-only media; ``access`` is the check, the
    operating system's by default), that SQLite's ``quick_check`` finds damaged, or that was
    asked ``read_only``, opens read-only: ``opened_read_only(db)`` says why, and every write is
    refused. ``keep_before_migrating`` false: no pre-migration backup of a file whose schema
    changes (a restore's private copy, itself a backup: one was written into the folder its
    settings named, left there, and refused where that folder was gone).

    Raises:
        UserError: no database at ``path`` and ``create`` is false; or ``create`` and a file is
            there.
        KnownStorageError: the file is empty, not SQLite, another program's, unreadable, from a
            newer sortapp, or needs a schema change it cannot get read-only. It is left as it was.
    """
    path = Path(path)
    if read_only:
        why: str | None = phrase("opened read-only as asked")
    else:
        why = _looked_at(lambda: files.read_only_reason(path, access=access or os.access), path)
    found = _looked_at(lambda: files.inspect(path, check=why is None and _small(path)), path)
    if found.kind == files.MISSING:
        if not create:
            raise UserError(
                phrase("no sortapp database at {path}; create one first", path=str(path)),
                code="no_database",
                facts={"path": str(path)},
            )
        if why is not None:
            raise UserError(
                phrase("cannot create a database at {path}: {why}", path=str(path), why=why)
            )
        return _open_for_writing(path, created=True)
    if found.kind != files.SORTAPP:
        raise KnownStorageError(
            phrase("{path} {what}; it was left as it was", path=str(path), what=found.describe()),
            phrase("Check the path given: sortapp opens only its own databases"),
        )
    if create and found.site is not None:
        raise UserError(
            phrase(
                "{path} is already a sortapp database (site {site}); a new database is "
                "created only where no file is: choose another path; nothing was changed",
                path=str(path),
                site=found.site,
            )
        )
    if found.schema > migrations.SCHEMA_VERSION:
        raise KnownStorageError(
            phrase(
                "This database has schema version {schema}, newer than this sortapp "
                "(version {version})",
                schema=found.schema,
                version=migrations.SCHEMA_VERSION,
            ),
            phrase("Install the newer sortapp that wrote it; the file was not changed."),
        )
    if found.problems:
        why = phrase(
            "SQLite reports the file damaged ({problem}); "
            "restore the last good backup before writing to it",
            problem=found.problems[0],
        )
        log.info("%s: %s; opened read-only", path, why)  # the caller says so to the user
    if why is None:
        return _open_for_writing(path, created=False, keep=keep_before_migrating)
    if create:
        raise UserError(
            phrase("cannot create a database at {path}: {why}", path=str(path), why=why)
        )
    db = _open_read_only(path, why)
    if found.problems:
        db.damaged = found.problems[0]  # type: ignore[attr-defined]  # opened_damaged()
    return db


def open_server(
    url: str, *, user: str | None = None, password: str | None = None, upgrade: bool = False
) -> Database:
    """Connect to a sortapp database on the facility's PostgreSQL server.

    ``upgrade`` (the owner's connection: ``init``, ``migrate-to-server``, an upgrade) brings its
    schema up to this sortapp's, once for every workstation; any other connection finds it
    current or is refused with what to do. A newer schema is refused either way.
    """
    from sortapp.storage import pgschema  # noqa: PLC0415 (a file's install never loads them)

    with storage_errors():
        db = _signed_in(url, user, password)
        try:
            row = db.execute(
                "SELECT datcollate FROM pg_database WHERE datname = current_database()"
            ).fetchone()
            collation = row[0] if row else ""
            if collation not in ("C", "POSIX"):
                raise KnownStorageError(
                    phrase(
                        "The database on the server ({where}) sorts text by {collation}, not by "
                        "code point (C); hashes and orders would differ from every other site's",
                        where=db.where,
                        collation=collation,
                    ),
                    phrase("Create the database with LC_COLLATE 'C' (docs/facility-server.md)."),
                    code="server_collation",
                )
            pgschema.check_not_newer(db)
            if pgschema.pending(db):
                if not upgrade:
                    raise KnownStorageError(
                        phrase(
                            "The database on the server ({where}) needs this sortapp's schema "
                            "first",
                            where=db.where,
                        ),
                        phrase(
                            "The database's owner brings it up to date (docs/facility-server.md)."
                        ),
                        code="server_schema_behind",
                    )
                pgschema.apply(db)
            pgschema.install_rowcover(db)
            rowcover.install(db)
        except BaseException:
            db.close()
            raise
    return db


def _signed_in(url: str, user: str | None, password: str | None) -> PgDatabase:
    """Connect; a server that refuses the sign-in says so (not "cannot be reached")."""
    from sortapp.storage import pg  # noqa: PLC0415 (a server's only)

    try:
        return pg.connect(url, user=user, password=password)
    except Exception as exc:
        refusal = pg.refused_sign_in(exc)
        if refusal is not None:
            raise refusal from exc
        raise


def open_server_as(db: Database, user: str, password: str) -> Database:
    """Another connection to the server database ``db`` is on, signed in as ``user`` (the
    caller closes it): the second person of the two-person rule acts on their own sign-in."""
    from psycopg.conninfo import make_conninfo  # noqa: PLC0415 (a server's only)

    from sortapp.storage import pg  # noqa: PLC0415

    if not isinstance(db, pg.PgDatabase):
        raise AssertionError("open_server_as: a server database's")
    params = {k: v for k, v in db.conn.raw.info.get_parameters().items() if k != "user"}
    return open_server(make_conninfo(**params), user=user, password=password)


def _looked_at(look: Callable[[], T], path: Path) -> T:
    """Run a look at the file; a path the system refuses (too long, a folder in the way, no
    permission) is said in a sentence."""
    try:
        return look()
    except OSError as exc:
        raise KnownStorageError(
            phrase(
                "The database file cannot be opened: {path} ({error})",
                path=str(path),
                error=exc.strerror or str(exc),
            ),
            phrase("Check the path given; nothing was changed."),
        ) from exc


#: Files up to this size get SQLite's ``quick_check`` at every read-write open (about 1.5 ms a
#: MB here). A larger file is checked page by page by ``verify`` and by every backup instead, and
#: a write that touches a damaged page is refused by SQLite itself (and rolled back): a check of
#: ~1 s at every command and every background task of the app would cost more than it finds.
QUICK_CHECK_MAX_BYTES = 64 * 1024 * 1024


def bound_memory(conn: sqlite3.Connection) -> None:
    """Bound the memory this connection keeps of the file (``MMAP_BYTES``, ``CACHE_KIB``)."""
    conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")


def _small(path: Path) -> bool:
    try:
        return path.stat().st_size <= QUICK_CHECK_MAX_BYTES
    except OSError:
        return True  # (missing: nothing to check; unreadable: the inspection says so)


def _open_read_only(path: Path, why: str) -> SqliteDatabase:
    """Open ``path`` for reading only; nothing in or beside the file is written."""
    with storage_errors():
        conn, note = files.read_only_connection(path)
        db = SqliteDatabase(conn, strict=True, execute_plugins=False)
        if note:
            why = phrase("{why}; {note}", why=why, note=note)
        try:
            db.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            db.conn.execute("PRAGMA foreign_keys = ON")
            bound_memory(db.conn)
            if migrations.pending(db):
                raise KnownStorageError(
                    phrase(
                        "{path} is read-only ({why}) and its schema needs bringing up to date "
                        "for this sortapp (version {version}), which is a write",
                        path=str(path),
                        why=why,
                        version=migrations.SCHEMA_VERSION,
                    ),
                    phrase("Open a writable copy of the file; it was left as it was."),
                )
        except BaseException:
            db.close()
            raise
    db.read_only = why  # type: ignore[attr-defined]  # a mark on the object: opened_read_only()
    log.info("%s opened read-only: %s", path, why)
    return db


def _open_for_writing(path: Path, *, created: bool, keep: bool = True) -> SqliteDatabase:
    if created:
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with storage_errors():
            # No sqlite-utils plugins: sortapp registers none, and scanning for them costs
            # start-up.
            # The connection is counted against its file (files.connect): nothing of this
            # process closes a descriptor of the file while it is open.
            db = SqliteDatabase(files.connect(path), strict=True, execute_plugins=False)
    except BaseException:
        if created:
            _remove_new(path)
        raise
    with storage_errors():
        db.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        db.conn.execute("PRAGMA foreign_keys = ON")
        try:
            if on_network_share(path):
                raise KnownStorageError(
                    phrase("{path} is on a network share", path=str(path)),
                    phrase(
                        "sortapp keeps its database on a local disk (WAL mode is unsafe on "
                        "SMB/NFS); copy it to a local folder"
                    ),
                )
            db.conn.execute("PRAGMA journal_mode = WAL")
            db.conn.execute("PRAGMA synchronous = FULL")
            bound_memory(db.conn)
            migrations.check_not_newer(db)
            if keep and migrations.pending(db) and db.table("site").exists():
                # Keep a checked copy of the file as it was before its schema changes.
                backup.write_backup(db, path, tag="pre-migration", thorough=True)
            _apply_migrations(db, path)
            rowcover.install(db)
        except BaseException:
            db.close()
            if created:
                _remove_new(path)
            raise
    return db


def _apply_migrations(db: SqliteDatabase, path: Path) -> None:
    """Bring the schema up to date; a migration that fails on this file (its record of applied
    migrations does not match its tables: edited outside sortapp) is rolled back and refused."""
    try:
        migrations.apply(db)
    except sqlite3.Error as exc:
        if known_error(exc) is not None:
            raise
        raise KnownStorageError(
            phrase(
                "{path}: its schema does not match its record of schema changes ({error})",
                path=str(path),
                error=str(exc),
            ),
            phrase(
                "The file was edited outside sortapp; nothing was changed. Restore the last good "
                "backup and verify it."
            ),
            code="sqlite_corrupt",
        ) from exc


def _remove_new(path: Path) -> None:
    """Remove a database file this process created and could not finish, with its WAL files."""
    for leftover in (path, *files.sidecar_files(path)):
        with contextlib.suppress(OSError):
            leftover.unlink(missing_ok=True)
