"""Automatic and manual backups, their rotation and checks, and restore."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import sqlite3
import stat
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlite_utils import Database as SqliteDatabase

from sortapp.core.changes import Changes
from sortapp.core.clock import utc_now
from sortapp.core.errors import KnownStorageError, UserError
from sortapp.core.i18n import phrase, phrase_data, phrase_from_data
from sortapp.core.roles import Actor, Role
from sortapp.services import anchors, audit, settings
from sortapp.services.stopping import Stop  # (a backup check's: ``check_pending_apart``)
from sortapp.storage import audit as audit_sql
from sortapp.storage import backup as backup_sql
from sortapp.storage import dbapi, files, integrity, migrations, outfiles
from sortapp.storage.db import (
    known_error,
    open_db,
    opened_damaged,
    opened_read_only,
    transaction,
)
from sortapp.storage.dbapi import Database

log = logging.getLogger(__name__)

#: Warn when the newest good backup is older than this.
STALE_AFTER = dt.timedelta(days=7)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    site: str
    at: dt.datetime
    schema: int
    tag: str
    ok: bool | None
    note: str

    @property
    def state(self) -> str:
        if self.ok is None:
            return (
                phrase("not checked ({note})", note=self.note)
                if self.note
                else phrase("not checked")
            )
        if self.ok:
            return phrase("verified ({note})", note=self.note) if self.note else phrase("verified")
        return phrase("FAILED: {note}", note=self.note)


def _joined(parts: Sequence[str]) -> str:
    """Return ``parts`` joined by '; ' as one sentence, each part said in the user's language."""
    if not parts:
        return ""
    said = parts[0]
    for part in parts[1:]:
        said = phrase("{problems}; {problem}", problems=said, problem=part)
    return said


def _checked(
    ok: bool, problems: Sequence[str], path: Path | None = None, site: str = ""
) -> dict[str, Any]:
    """What a backup's note says of its check: whether it passed, what it found (the first 20
    problems, in English as the log and the CLI say them, and as phrases to be said in the
    user's language: ``_found``), and when; and the size of the file ``path`` it checked and
    the ``site`` its name says (a note is of its file only while both agree: ``list_backups``;
    a note that named another site kept saying so after every check, a review of
    2026-12-07)."""
    noted: dict[str, Any] = {
        "verified": ok,
        "problems": [str(problem) for problem in problems[:20]],
        "problems_said": [phrase_data(problem) for problem in problems[:20]],
        "checked_at": utc_now(),
    }
    if path is not None:
        noted["bytes"] = path.stat().st_size
    if site:
        noted["site"] = site
    return noted


def _text(value: Any) -> str:
    return value if isinstance(value, str) else str(value)


def _found(info: dict[str, Any]) -> str:
    """The first three problems a backup's note says its check found, said in the user's
    language where the note keeps them as phrases; '' where it holds none that can be read
    (a note changed by hand is read as far as it makes sense, never a crash)."""
    said = info.get("problems_said")
    if isinstance(said, list) and said:
        try:
            return _joined([_text(phrase_from_data(problem)) for problem in said[:3]])
        except ValueError:
            pass  # (then as the English text says them)
    problems = info.get("problems")
    if isinstance(problems, list):
        return _joined([problem for problem in problems[:3] if isinstance(problem, str)])
    return ""


def on_file(db: Database) -> SqliteDatabase:
    """``db`` as the SQLite file whose backups these are; a facility server's database is
    backed up by the server itself (its base backups and WAL archive), not file by file."""
    if not dbapi.sqlite(db):
        raise UserError(
            phrase(
                "this database is on the facility server: the server's own backups keep it "
                "(base backups and WAL archiving, set up by IT); a workstation makes none"
            ),
            code="server_backup",
        )
    return db


def folder(db: Database, db_path: Path) -> Path:
    return backup_sql.folder_for(db, db_path)


def check_file(
    path: Path,
    checkpoint_dirs: Sequence[Path] = (),
    live_checkpoints: Sequence[tuple[str, str, str]] = (),
    *,
    parallel: bool | None = None,
    sound: bool = False,
) -> tuple[bool, list[str], str | None, int]:
    """Verify a database file read-only: (ok, problems, its site code, its schema version).

    ``checkpoint_dirs`` and ``live_checkpoints`` (``anchors.stored_rows``): the live site's
    checkpoints, which a backup about to replace it must not contradict. ``parallel``: as
    ``verify``'s (by default, a large file's checks in two lanes). ``sound``: SQLite's full
    integrity check of this very file has just passed (``write_backup``'s, thorough), so it
    is not run a second time (some nine seconds on ten years of history).
    """
    base = files.database_of(path)
    if base is not None:
        # (Opened by SQLite and closed, a database's shared memory lets go of its locks on it:
        # the app crashed, and other workstations' commits were lost, when one was picked
        # to check or restore: an attack round, 2026-12-07.)
        said = phrase(
            "it is a working file of the database {database}, not a backup", database=str(base)
        )
        return False, [said], None, 0
    if not sound:
        problems = backup_sql.integrity(path)
        if problems != ["ok"]:
            return False, problems, None, 0
    db = backup_sql.open_readonly(path)
    try:
        code, schema = backup_sql.site_code(db), backup_sql.schema_version(db)
        if schema > migrations.SCHEMA_VERSION:
            newer = phrase("schema version {schema} is newer than this sortapp", schema=schema)
            return False, [newer], code, schema
        applied = integrity.applied_migrations(db)[1]
        if applied != migrations.names()[: len(applied)] or len(applied) != schema:
            # (A version lowered by hand would skip the checks below: the migrations say.)
            problem = phrase(
                "its schema version {schema} is not what its record of schema changes says",
                schema=schema,
            )
            return False, [problem], code, schema
        if schema < migrations.SCHEMA_VERSION:
            # An older file (kept before a migration): this code verifies only its own schema;
            # SQLite's integrity check passed, and a restore migrates it and can verify then.
            only = phrase("schema {schema}: SQLite integrity check only", schema=schema)
            return True, [only], code, schema
        # Loaded here, not at start-up: the checks pull in most of the core.
        from sortapp.services.verify import verify  # noqa: PLC0415

        # Its own checkpoints, and those of ``checkpoint_dirs`` (the live site's, at restore).
        report = verify(
            db,
            checkpoint_dirs=checkpoint_dirs,
            outside=False,
            live_checkpoints=live_checkpoints,
            parallel=parallel,
        )
        return report.ok, report.problems, code, schema
    except KnownStorageError as exc:  # a table of another program's, an unreadable page ...
        return False, [exc.text()], None, 0
    except sqlite3.DatabaseError as exc:
        # A damaged or unreadable file fails as the environment; a file from elsewhere may lack
        # a table or column sortapp reads (SQLite's generic error). Anything else is a bug.
        known = known_error(exc)
        if known is not None:
            return False, [known.text()], None, 0
        if isinstance(exc, sqlite3.OperationalError) and exc.sqlite_errorname == "SQLITE_ERROR":
            return False, [phrase("not a sortapp database: {error}", error=str(exc))], None, 0
        raise
    finally:
        db.close()


def make_backup(
    db: Database,
    db_path: Path,
    *,
    actor: Actor | None = None,
    dest: Path | None = None,
    tag: str = "",
    check: bool = True,
) -> BackupInfo:
    """Back up the live database (online backup API), verify the copy, record it, rotate.

    ``actor`` None means an automatic backup (recorded as 'system'). With ``check`` false (the
    backup taken as the app closes) only SQLite's check of the copy's pages and records runs
    now (``quick_check``: some seconds less of a frozen closing window on years of history);
    ``check_pending`` verifies the copy later, in the background, the full integrity check
    first. With ``check``, the full check refuses a copy as it is written, as ever.
    """
    if actor is not None:
        actor.require(Role.SUPERVISOR, phrase("making a backup"))
    file_db = on_file(db)
    backup_sql.check_destination(dest)  # a refused destination: nothing written, no checkpoint
    anchors.checkpoint(db, actor)  # the head as backed up, signed, when the actor holds the key
    path = backup_sql.write_backup(file_db, db_path, tag=tag, dest=dest, thorough=check)
    newest = anchors.member(db)
    if newest is not None:  # an anchor outside the file: the backup's sidecar carries it
        backup_sql.write_sidecar(path, {"checkpoint": newest})
    ok: bool | None = None
    problems: list[str] = []
    code: str | None = settings.site(db).code  # None if the check cannot read the copy
    schema = backup_sql.schema_version(db)
    if check:  # (written with the full integrity check, passed: not run again)
        ok, problems, code, schema = check_file(path, sound=True)
        backup_sql.write_sidecar(path, _checked(ok, problems, path))
    with transaction(db):
        audit.record(
            db,
            actor.name if actor else "system",
            "backup",
            path.name,
            {"verified": ok, "tag": tag, "folder": str(path.parent)},
        )
    if dest is None:
        prune(folder(db, db_path), code or "", keep(db), made=path)
    parsed = backup_sql.parse_name(path.name) or {}
    if parsed:  # (a file named by the user: no moment of its own to leave behind)
        _remove_abandoned(path.parent, parsed["site"])
    if ok is False:
        log.error("backup %s failed verification: %s", path, problems[:3])
    return BackupInfo(
        path,
        code or "",
        parsed.get("at", dt.datetime.now(dt.UTC)),
        schema,
        tag,
        ok,
        _joined(problems[:3]),
    )


def check_pending(folder_path: Path, *, parallel: bool | None = None) -> int:
    """Verify the backups not checked yet (taken as the app closed); return how many.
    ``parallel``: as ``check_file``'s."""
    pending = [b.path for b in list_backups(folder_path) if b.ok is None]
    for path in pending:
        _, unnoted = _check_noted(path, parallel=parallel)
        if unnoted:
            log.error("the check of backup %s could not be noted: %s", path, unnoted)
    return len(pending)


def _check_noted(path: Path, *, parallel: bool | None = None) -> tuple[BackupInfo, str]:
    """``check_file`` of a file, as a backup's: what it found (a check that cannot finish is
    a failed check, said so; a backup of another site than its name says fails), noted beside
    it when it is named as a backup is; and why the note could not be written ('' when it was,
    or none was to be)."""
    try:
        ok, problems, code, schema = check_file(path, parallel=parallel)
    except Exception as exc:
        log.exception("checking backup %s", path)
        ok, problems, code, schema = False, [f"the check could not finish: {exc}"], None, 0
    parsed = backup_sql.parse_name(path.name)
    try:
        linked, moment = path.is_symlink() or path.stat().st_nlink > 1, path.stat().st_mtime
    except OSError:  # (gone since it was listed: its check above said so)
        linked, moment = False, time.time()
    if linked:
        # (A link named as a backup, to the live database, passed its check and was kept by
        # the rotation in the backups' stead: an attack round, 2026-12-07.)
        ok, problems = False, [phrase("it is a link to another file, not a copy"), *problems]
    if parsed is not None and code is not None and code.upper() != parsed["site"].upper():
        # (Another site's file under this site's name: the rotation kept it as the day's
        # verified backup and gave up the site's own, an attack round of 2026-12-07.)
        named = phrase(
            "it is a backup of site {code}, not of {named} as its name says",
            code=code,
            named=parsed["site"],
        )
        ok, problems = False, [named, *problems]
    unnoted = ""
    if parsed is not None:  # (no note beside a file of the user's that is no backup's name)
        try:
            backup_sql.write_sidecar(path, _checked(ok, problems, path, parsed["site"]))
        except (KnownStorageError, OSError) as exc:  # (read-only media: said, not lost)
            unnoted = exc.text() if isinstance(exc, KnownStorageError) else str(exc)
    info = BackupInfo(
        path,
        parsed["site"] if parsed else code or "",
        parsed["at"] if parsed else dt.datetime.fromtimestamp(moment, dt.UTC),
        parsed["schema"] if parsed else schema,
        parsed["tag"] if parsed else "",
        ok,
        _joined(problems[:3]),
    )
    return info, unnoted


def check_now(
    folder_path: Path, files: Sequence[Path] = (), *, parallel: bool | None = None
) -> list[tuple[BackupInfo, str]]:
    """Verify backups now, as the app does in the background as a shift starts (SQLite's full
    integrity check, then the whole ``verify``), what each check found noted beside each
    file named as a backup: the ``files`` given (any backup, a copy on removable media among
    them), else those in ``folder_path`` not checked yet (taken as the app closed; they stayed
    "not checked" for the command line, which had no way to check them: an honest day,
    2026-12-07). Returns what each check found, in that order, each with why its note could
    not be written ('' when it was)."""
    if files:
        paths = list(files)
        for path in paths:
            if not path.is_file():
                raise UserError(phrase("{file}: no such backup file", file=str(path)))
    else:
        paths = [b.path for b in list_backups(folder_path) if b.ok is None]
    return [_check_noted(path, parallel=parallel) for path in paths]


def in_folder(folder_path: Path) -> Path:
    """``folder_path``, a folder of backups to read (UserError when there is none: a path
    mistyped read as a folder of no backups)."""
    if not folder_path.is_dir():
        raise UserError(
            phrase("{folder}: no such folder of backups", folder=str(folder_path)),
            code="no_backup_folder",
        )
    return folder_path


def check_pending_apart(folder_path: Path, stop: Stop | None = None) -> int:
    """``check_pending`` in a process of its own: a backup's check is a whole ``verify`` of a
    copy of the site (SQLite's integrity check, the audit log replayed), whose memory (some
    100 MB on ten years of history) a workstation's app would otherwise keep for the rest of
    the shift; the process gives it all back as it ends. ``stop``: ends the check early (it
    then returns 0; each backup it had checked by then is noted as checked)."""
    from concurrent.futures.process import BrokenProcessPool  # noqa: PLC0415 (see the top)

    from sortapp.services import apart  # noqa: PLC0415

    stop = stop or Stop()
    files = [h for h in logging.getLogger().handlers if isinstance(h, logging.FileHandler)]
    log_file = files[0].baseFilename if files else None
    # (At a lower priority: the user's screens come first, the check gets the rest.)
    with apart.one_process(background=True) as pool:
        try:
            future = stop.submit(pool, _check_pending_logged, folder_path, log_file)
            if future is None:
                return 0
            return int(future.result())
        except BrokenProcessPool:
            if not stop.stopped:
                raise
            log.info("the backup check was stopped (the app closed): the rest at the next start")
            return 0
        finally:
            stop.ended()


def _check_pending_logged(folder_path: Path, log_file: str | None) -> int:
    """``check_pending`` in the checking process, what it logs appended to the app's log."""
    if log_file is not None:
        handler = logging.FileHandler(log_file, encoding="utf-8")
        handler.setFormatter(
            logging.Formatter("%(asctime)s %(levelname)s %(name)s [backup check]: %(message)s")
        )
        logging.getLogger().addHandler(handler)
        logging.getLogger().setLevel(logging.INFO)
    # One lane: the app checks as a shift starts, and the user's screens keep the other core
    # (two lanes of a ten-year history's check took both, and scrolling a list beside them
    # painted frames up to twice as slowly).
    return check_pending(folder_path, parallel=False)


def keep(db: Database) -> dict[str, int]:
    stored = settings.settings(db)
    return {
        "daily": stored.backup_keep_daily,
        "weekly": stored.backup_keep_weekly,
        "monthly": stored.backup_keep_monthly,
    }


def list_backups(folder_path: Path) -> list[BackupInfo]:
    """Return the backups in a folder, newest first, with what their check found."""
    out: list[BackupInfo] = []
    if not folder_path.is_dir():
        return out
    for path in folder_path.iterdir():
        parsed = backup_sql.parse_name(path.name)
        if parsed is None or not path.is_file():  # (a folder under a backup's name: none)
            continue
        info = backup_sql.read_sidecar(path)
        ok = info.get("verified")
        found = _found(info)
        unlike = _note_unlike(info, path, parsed["site"])
        if unlike:  # (a note copied beside another file, or a file put in its copy's place:
            ok, found = None, unlike  # not checked, and checked again by the next check)
        out.append(
            BackupInfo(
                path,
                parsed["site"],
                parsed["at"],
                parsed["schema"],
                parsed["tag"],
                ok if isinstance(ok, bool) else None,
                found,
            )
        )
    return sorted(out, key=lambda b: b.at, reverse=True)


def _note_unlike(info: dict[str, Any], path: Path, site: str) -> str:
    """Why a backup's note is not of the file beside it ('' when it may be): it names another
    site, or another size than the file's (a note of 4 KB of zeros said "verified", and the
    rotation kept them and gave up the site's real backups: an attack round, 2026-12-07). A
    note that says no size is checked again once."""
    noted_site, size = info.get("site"), info.get("bytes")
    if isinstance(noted_site, str) and noted_site.upper() != site.upper():
        return phrase("its note is of site {code}'s backup, not this file", code=noted_site)
    if "verified" in info and size is None:
        # (A note of no size, as notes were before 2026-12-07, or one made up without it:
        # checked again once, not taken at its word.)
        return phrase("its note is an earlier release's")
    try:
        actual = path.stat().st_size
    except OSError:
        return ""
    if isinstance(size, int) and not isinstance(size, bool) and size != actual:
        return phrase(
            "its note is of a file of {noted} bytes, and this one is of {bytes}",
            noted=size,
            bytes=actual,
        )
    return ""


def describe(path: Path) -> BackupInfo | None:
    """Return what a backup file's name and check say of it (None: not a sortapp backup name)."""
    return next((b for b in list_backups(path.parent) if b.path.name == path.name), None)


def prune(
    folder_path: Path, site: str, keep_counts: dict[str, int], made: Path | None = None
) -> list[Path]:
    """Rotate the site's routine backups: newest per day, ISO week and month are kept.

    Tagged backups (before a migration or a restore) are never removed, nor are backups not
    verified yet: a verified copy is never given up for one that might turn out bad. One that
    cannot be removed (open in another program, on Windows; a share that refuses) is left as
    it is, and logged: the next rotation tries again, and the backup just made stands.
    """
    # (Not one dated ahead of this clock by more than a day: four hundred files named in 2099
    # were kept as the newest of their periods, and every real backup given up for them.)
    ahead = dt.datetime.now(dt.UTC) + dt.timedelta(days=1)
    routine = [
        b
        for b in list_backups(folder_path)
        if b.site == site and not b.tag and b.ok and b.at <= ahead
    ]
    newest = max((b.at for b in routine), default=None)
    kept: set[Path] = set()
    for period, key in (
        ("daily", lambda t: t.date()),
        ("weekly", lambda t: t.isocalendar()[:2]),
        ("monthly", lambda t: (t.year, t.month)),
    ):
        seen: list[object] = []
        for b in routine:  # newest first
            k = key(b.at)
            if k not in seen:
                seen.append(k)
                if len(seen) <= keep_counts[period]:
                    kept.add(b.path)
    removed = []
    for b in routine:
        # (The newest verified backup stays whatever else is there: one just made is never
        # given up for another of the same day.)
        if b.path not in kept and b.at != newest and b.path != made:
            try:
                b.path.unlink(missing_ok=True)
            except OSError as exc:  # (its note kept with it: still a verified backup)
                log.warning("could not remove the old backup %s: %s", b.path, exc)
                continue
            with contextlib.suppress(OSError):  # (a note without its copy is listed by none)
                backup_sql.sidecar(b.path).unlink(missing_ok=True)
            removed.append(b.path)
    return removed


#: A backup's part file untouched this long was left by a process that ended as it wrote it
#: (killed, or the machine off). One being written is written, then read back by its check
#: (minutes at most, on a slow medium); two days also leave room for a shared folder's clock,
#: or a FAT stick's local times, that are hours from this machine's.
ABANDONED_AFTER_S = 2 * 24 * 3600


def _remove_abandoned(folder_path: Path, site: str) -> list[Path]:
    """Remove, from a folder a backup was just written to, the site's backups' part files (a
    copy, or its note) left by a process that ended as it wrote them: each as large as the
    database, and named by a moment no later backup shares, so nothing would ever replace
    them. Only regular files of a backup's name with ``.part`` after it, untouched for
    ``ABANDONED_AFTER_S``; each removal is logged."""
    removed: list[Path] = []
    old = time.time() - ABANDONED_AFTER_S
    for path in folder_path.glob("*.part"):
        name = path.name.removesuffix(".part").removesuffix(".json")
        parsed = backup_sql.parse_name(name)
        if parsed is None or parsed["site"] != site:
            continue
        try:
            info = path.lstat()
            if stat.S_ISREG(info.st_mode) and info.st_mtime < old:
                path.unlink()
                log.info("removed %s, left by a backup that did not finish", path)
                removed.append(path)
        except OSError:  # gone meanwhile, or not ours to remove: left as it is
            continue
    return removed


def last_good_backup(db: Database, db_path: Path) -> BackupInfo | None:
    return _last_good(list_backups(folder(db, db_path)), settings.site(db).code)


def _last_good(listed: list[BackupInfo], code: str) -> BackupInfo | None:
    return next((b for b in listed if b.site == code and b.ok), None)


def _awaiting(db: Database, listed: list[BackupInfo], code: str) -> BackupInfo | None:
    """The newest of the ``listed`` backups of this site if it is not checked yet (the one
    taken as the app closed: SQLite's check of its pages and records passed as it was written;
    ``check_pending`` verifies it in the background at the next start), else None."""
    newest = next((b for b in listed if b.site == code), None)
    if newest is None or newest.ok is not None:
        return None
    # Only a backup this database recorded making (a file of a backup's name put in the
    # folder by hand, or a copy from elsewhere, is not one).
    return newest if audit_sql.count(db, "backup", newest.path.name) else None


def _newest_made(db: Database, listed: list[BackupInfo], code: str) -> BackupInfo | None:
    """The newest backup this database recorded making (not a file of a backup's name put in
    the folder by hand, or a copy from elsewhere), or None."""
    return next(
        (b for b in listed if b.site == code and audit_sql.count(db, "backup", b.path.name)),
        None,
    )


def backup_warning(
    db: Database, db_path: Path, now: dt.datetime | None = None, *, maker: bool = True
) -> str:
    """Return a warning when the newest backup failed its check, or the last good backup is
    missing or old, else ''. ``maker``: said to one who may make a backup (a supervisor), told
    how; to an operator, told whom to tell (told to use File > Backup now, greyed for them: a
    clerk's day, 2026-12-07). A failed check is said alike to both: what it asks is not
    another backup.

    A backup awaiting its check counts as good until the check says otherwise (#13: the app
    warned at every start that the backup it had just made as it closed was missing).
    """
    now = now or dt.datetime.now(dt.UTC)
    # (The folder listed once, each backup's note read once: it may be a slow share.)
    listed, code = list_backups(folder(db, db_path)), settings.site(db).code
    newest = _newest_made(db, listed, code)
    if newest is not None and newest.ok is False:
        # (The copy is the file's, page for page: what its check found is most likely the
        # file's own, and an older verified backup says nothing of it. The app's "Verify now"
        # does not compare each index with its table: the full verify does.)
        return phrase(
            "The newest backup ({name}) failed its check: {problems}. The database it was "
            "copied from may be damaged or changed outside sortapp: keep the older verified "
            "backups and have the database verified in full (each index against its table).",
            name=newest.path.name,
            problems=newest.note or phrase("no reason noted"),
        )
    waiting = _awaiting(db, listed, code)
    if waiting is not None and now - waiting.at <= STALE_AFTER:
        return ""
    last = _last_good(listed, code)
    if last is None:
        if not maker:
            return phrase(
                "There is no verified backup of this database yet: tell a supervisor (they "
                "make one with File > Backup now)."
            )
        return phrase(
            "There is no verified backup of this database yet: make one (File > Backup now)."
        )
    age = now - last.at
    if age > STALE_AFTER:
        if not maker:
            return phrase(
                "The last verified backup is {days} days old ({name}): tell a supervisor "
                "(they make one with File > Backup now).",
                days=age.days,
                name=last.path.name,
            )
        return phrase(
            "The last verified backup is {days} days old ({name}); make one now.",
            days=age.days,
            name=last.path.name,
        )
    return ""


def due(db: Database, db_path: Path, now: dt.datetime | None = None) -> bool:
    """Tell whether the daily automatic backup is due (none in the last 24 hours)."""
    last = last_good_backup(db, db_path)
    now = now or dt.datetime.now(dt.UTC)
    return last is None or now - last.at >= dt.timedelta(hours=24)


def check_restore(db: Database, actor: Actor, source: Path, *, force: bool = False) -> str:
    """What ``restore`` refuses before it verifies the file, checked before an admin is asked
    to go ahead (a file that is no sortapp database, another site's, a newer schema's: the app
    asked "This cannot be undone. Go ahead?" of a five-byte file, and refused it only after
    Yes). Return the file's site code; raise as ``restore`` does."""
    actor.require(Role.ADMIN, phrase("restoring a backup"))
    on_file(db)
    why = opened_read_only(db)
    # (before a backup of it is made, and left behind, by a restore refused; a file found
    # damaged is written over whole: ``restore_damaged``)
    if why is not None and opened_damaged(db) is None:
        raise UserError(
            phrase(
                "restore: the database is open read-only ({why}); a restore replaces it, which "
                "is a write, so nothing was changed",
                why=why,
            )
        )
    audit.require_signer(db, actor)  # the replacement is not one transaction with its record
    _refuse_lapsed(db, actor)
    if not outfiles.is_regular_file(source, "restore"):
        raise UserError(phrase("restore: no file at {path}", path=str(source)))
    try:
        opened = backup_sql.open_readonly(source)
        try:
            code, schema = backup_sql.site_code(opened), backup_sql.schema_version(opened)
        finally:
            opened.close()
    except KnownStorageError as exc:  # (a table of sortapp's name, another program's)
        raise _not_a_backup(source, exc.text()) from exc
    except sqlite3.DatabaseError as exc:
        known = known_error(exc)
        if known is not None and known.code != "sqlite_notadb":
            raise known from exc  # (busy, locked, unreadable: the environment's, said so)
        # Not a database, or one without sortapp's tables (SQLite's generic error); anything
        # else is a bug.
        operational = isinstance(exc, sqlite3.OperationalError)
        if known is None and operational and exc.sqlite_errorname != "SQLITE_ERROR":
            raise
        raise _not_a_backup(source, str(exc)) from exc
    _refuse_unless_restorable(db, source, code, schema, force=force)
    return code or ""


def _not_a_backup(source: Path, error: str) -> UserError:
    return UserError(
        phrase(
            "restore: {name} is not a sortapp database ({error}); nothing was changed",
            name=source.name,
            error=error,
        )
    )


def _refuse_unless_restorable(
    db: Database, source: Path, code: str | None, schema: int, *, force: bool
) -> None:
    """Refuse a backup of a newer schema than this sortapp's, or another site's (unless
    ``force``): before ``restore`` verifies it (``check_restore``) and as it read it after."""
    if schema > migrations.SCHEMA_VERSION:
        raise UserError(
            phrase(
                "restore: {name} has schema version {schema}, newer than this sortapp; install "
                "the newer sortapp first",
                name=source.name,
                schema=schema,
            )
        )
    here = settings.site(db).code
    if code != here and not force:
        raise UserError(
            phrase(
                "restore: {name} belongs to site {code}, this database to {here}; an admin may "
                "force it",
                name=source.name,
                code=code,
                here=here,
            ),
            code="restore_other_site",
            facts={"site": code or "", "here": here},
        )


def restore(
    db: Database, db_path: Path, actor: Actor, source: Path, *, force: bool = False
) -> Changes:
    """Replace the database with a backup file (admin).

    Refuses a file that fails verification, a newer schema, or another site's file unless
    ``force``. The replaced database is kept as a backup itself first. (A database found
    damaged is written over whole by ``restore_damaged``, which opens it again.)
    """
    file_db = on_file(db)
    if opened_damaged(db) is not None:
        raise AssertionError("restore: a database found damaged is restore_damaged's")
    source = Path(source)
    check_restore(db, actor, source, force=force)
    backup_sql.remove_stale_copies(Path(tempfile.gettempdir()), ABANDONED_AFTER_S)
    # What is verified is what is restored: a copy of the file's own, not the file read twice.
    with backup_sql.private_copy(source) as copy:
        return _restore_checked(db, file_db, db_path, actor, source, copy, force=force)


def _restore_checked(
    db: Database,
    file_db: SqliteDatabase,
    db_path: Path,
    actor: Actor,
    source: Path,
    copy: Path,
    *,
    force: bool,
) -> Changes:
    """``restore`` of ``copy``, the private copy of ``source`` (the file the admin chose, named
    in what is said and recorded)."""
    code = _verified(db, source, copy, force=force)
    # A file too large for ``open_db`` to check as it opens it may be damaged all the same (the
    # usual reason to restore): a backup of it would be refused, the copy failing its check, and
    # the restore with it. It is kept as it is, as ``restore_damaged`` keeps one.
    ended = _head_of_damaged(db)
    try:
        kept_damaged, found = backup_sql.replace_damaged(
            copy,
            db_path,
            folder(db, db_path),
            settings.site(db).code,
            backup_sql.schema_version(file_db),
            _note_damaged,
            live=file_db.conn,
        )
    except backup_sql.NotDamaged:
        pass  # (sound: backed up first, as ever)
    else:
        log.info("restore: the damaged database %s was kept as %s", db_path, kept_damaged)
        try:
            migrations.apply(file_db)
            _record_restore(
                db,
                actor,
                source,
                code,
                kept_damaged.name,
                ended,
                ended,
                force=force,
                damaged=found,
            )
        except Exception as exc:
            raise _restored_unrecorded(source, kept_damaged, _said(exc)) from exc
        return RESTORED
    ended = anchors.head(db)  # (the last entry the backup kept holds: its own is after it)
    kept = make_backup(db, db_path, tag="pre-restore")
    if not kept.ok:
        raise KnownStorageError(
            phrase("The current database could not be backed up before restoring"),
            phrase("Nothing was changed; check the backup folder."),
        )
    # The restore's own entry is written into the copy before it replaces the file, in the one
    # step that replaces it: recorded after, another workstation's entry landed between (one
    # run in two of an attack round's race, 2026-12-07), and verify named the restore forged.
    restored = _recorded_in(copy, actor, source, code, kept.path.name, ended, force=force)
    replaced = anchors.head(db)
    if not _only_its_entry_since(db, kept.path):
        # (Work recorded since the backup kept was copied, as it was checked: in neither that
        # backup nor the file restored, each action told it was recorded: the same race.)
        now = replaced
        raise UserError(
            phrase(
                "restore: work was recorded while the database was being backed up before "
                "the restore (at another workstation, or by a backup or verify running here; "
                "its log now ends at {now}); nothing was changed; close sortapp at every other "
                "workstation, let this one's backup or verify end, then restore again",
                now=now[1] if now else "",
            ),
            code="restore_busy",
        )
    _refuse_lapsed(db, actor)  # (again, as it is done: the backup and its check took time)
    backup_sql.restore_into(copy, file_db.conn)
    migrations.apply(file_db)  # (the copy's done: nothing left to do)
    # Signed: the checkpoints made before now of entries after the backup's last one belong to
    # the history this restore replaced (without the key, verify will say they contradict).
    anchors.checkpoint(
        db, actor, restored=(restored[0] if restored else 0, replaced[1] if replaced else "")
    )
    return RESTORED


def _only_its_entry_since(db: Database, kept: Path) -> bool:
    """Whether the site's log holds, after the last entry the backup ``kept`` holds, only
    that backup's own entry (recorded once it was written and checked)."""
    reader = integrity.open_reader(str(kept))
    try:
        copied = anchors.head(reader)
    finally:
        reader.close()
    code = settings.site(db).code
    since = audit_sql.entries_after(db, code, copied[0] if copied else 0, 2)
    return [(e[6], e[7]) for e in since] == [("backup", kept.name)]


def _refuse_lapsed(db: Database, actor: Actor) -> None:
    """A restore only by an admin who is still one, in the database it replaces, with the key
    it names (its entry, written into the history it brings back, is exempt from both checks
    there: ``audit._LAPSE_EXEMPT``). An admin demoted and made inactive restored a backup from
    before, and was an active admin again (a review, 2026-12-08). (A file found damaged whose
    users cannot be read: the admin's sign-in is what stands.)"""
    try:
        audit.refuse_lapsed(db, actor)
        if actor.signer is not None:
            audit.refuse_other_key(db, actor.signer)
    except sqlite3.DatabaseError as exc:
        if opened_damaged(db) is None:
            raise
        log.warning("restore: the damaged database's users cannot be read (%s)", exc)


def _recorded_in(
    copy: Path,
    actor: Actor,
    source: Path,
    code: str | None,
    kept: str,
    ended: tuple[int, str, str] | None,
    *,
    force: bool,
) -> tuple[int, str, str] | None:
    """Bring the private ``copy`` to this sortapp's schema and record in it the restore of
    ``source`` (``_restore_details``); return its log's head before that entry."""
    restoring = open_db(copy, keep_before_migrating=False)
    try:
        if opened_read_only(restoring):
            raise KnownStorageError(
                phrase(
                    "restore: {name} cannot be prepared: {why}",
                    name=source.name,
                    why=opened_read_only(restoring),
                )
            )
        restored = anchors.head(restoring)
        details = _restore_details(code, kept, force, restored, ended)
        with transaction(restoring):
            audit.record(restoring, actor, "restore", source.name, details)
    finally:
        restoring.close()
    return restored


def _restore_details(
    code: str | None,
    kept: str,
    force: bool,
    restored: tuple[int, str, str] | None,
    ended: tuple[int, str, str] | None,
) -> dict[str, Any]:
    """What a restore's entry says: the site of the file restored, the backup the replaced
    database was kept as, where the log restored ends and where the one it replaced ended (its
    entries after the first, up to this one, are in the backup kept)."""
    return {
        "from_site": code,
        "replaced_kept_as": kept,
        "forced": force,
        "restored_to": restored[1] if restored else "",
        "replaced_to": ended[1] if ended else "",
    }


def _verified(db: Database, source: Path, copy: Path, *, force: bool) -> str | None:
    """Verify ``copy`` (of ``source``) as a restore does before it replaces ``db``: return its
    site code; refuse one that fails, of a newer schema, or another site's (unless ``force``)."""
    # Checked against the live site's checkpoints too, its table's and its folder's: a backup
    # whose history was rewritten (hashes recomputed), or that carries entries forged after its
    # end, contradicts the checkpoints signed of the genuine history.
    live = anchors.checkpoint_folder(db)
    ok, problems, code, schema = check_file(
        copy, [live] if live and live.is_dir() else [], _live_checkpoints(db, force=force)
    )
    if schema > migrations.SCHEMA_VERSION:
        _refuse_unless_restorable(db, source, code, schema, force=force)
    if not ok:
        raise UserError(
            phrase(
                "restore: {name} fails verification ({problems}); nothing was changed",
                name=source.name,
                problems=_joined(problems[:2]),
            )
        )
    _refuse_unless_restorable(db, source, code, schema, force=force)
    return code


def _live_checkpoints(db: Database, *, force: bool) -> list[tuple[str, str, str]]:
    """The checkpoints of the database a restore replaces (``anchors.stored_rows``). Of one
    whose damage is in their table, none: then the backup is checked only against the
    checkpoint folder's and the backups' own, which ``force`` alone accepts (a page of that
    table damaged on purpose would otherwise let a backup with a rewritten history through)."""
    try:
        return anchors.stored_rows(db)
    except sqlite3.DatabaseError as exc:
        if not force:
            raise UserError(
                phrase(
                    "restore: the checkpoints of the database it replaces cannot be read "
                    "({error}), so the backup cannot be checked against them; nothing was "
                    "changed; an admin may force it",
                    error=str(exc),
                ),
                code="restore_unchecked",
            ) from exc
        log.warning("restore, forced: the database's checkpoints cannot be read (%s)", exc)
        return []


def _head_of_damaged(db: Database) -> tuple[int, str, str] | None:
    """``anchors.head`` of a database found damaged; None where the damage hides it."""
    try:
        return anchors.head(db)
    except sqlite3.DatabaseError as exc:
        log.warning("restore: the damaged database's last audit entry cannot be read (%s)", exc)
        return None


def _record_restore(
    db: Database,
    actor: Actor,
    source: Path,
    code: str | None,
    kept: str,
    ended: tuple[int, str, str] | None,
    replaced: tuple[int, str, str] | None,
    *,
    force: bool,
    damaged: str | None = None,
) -> None:
    """Record the restore of ``source`` in ``db`` (restored) and sign the checkpoint that says
    so: ``kept``, the name of the backup the replaced database was kept as; ``ended`` and
    ``replaced``, that database's head before and after that backup's own entry (None: not
    known); ``damaged``, what SQLite found damaged in it, if it was."""
    restored = anchors.head(db)
    details = _restore_details(code, kept, force, restored, ended)
    if damaged is not None:
        details["damaged"] = damaged
    with transaction(db):
        audit.record(db, actor, "restore", source.name, details)
    # Signed: the checkpoints made before now of entries after the backup's last one belong to
    # the history this restore replaced (without the key, verify will say they contradict).
    anchors.checkpoint(
        db, actor, restored=(restored[0] if restored else 0, replaced[1] if replaced else "")
    )


@dataclass(frozen=True)
class Restored:
    """A restore over a database found damaged (``restore_damaged``): the restored database,
    open for writing, and where the damaged file was kept."""

    db: SqliteDatabase
    kept: Path


def damaged(db: Database) -> str | None:
    """What SQLite found damaged in the database, open read-only for it (a restore is then
    ``restore_damaged``'s); None when it was not found damaged."""
    return opened_damaged(db)


def restore_damaged(
    db: Database, db_path: Path, actor: Actor, source: Path, *, force: bool = False
) -> Restored:
    """``restore`` over a database file found damaged, open read-only (``opened_damaged``):
    the backup is verified as ``restore`` verifies it; then, one restore at a time and only
    while the file is still found damaged, the damaged file is kept in the backup folder as it
    is, noted as failing its check (a backup of it in the usual way would be checked, refused,
    and recorded in it, a write), and the file written over whole through a connection of its
    own (``backup.replace_damaged``); it is opened again for writing, where the restore is
    recorded and its checkpoint signed. Return that connection to the restored database and
    the damaged file's copy: ``db`` stays open on the file restored, read-only, for the caller
    to close (and until then reads the restored file, or the old pages where it was opened as
    a file that never changes).

    Refused as ``restore`` refuses (``check_restore``), and with nothing changed, before the
    file is written over; a file found sound by then (restored meanwhile, from another window
    or workstation) is not written over.
    """
    file_db = on_file(db)
    found = opened_damaged(db)
    if found is None:
        raise UserError(
            phrase("restore: the database is not one found damaged; nothing was changed")
        )
    if Path(dbapi.file_path(db) or "").resolve() != Path(db_path).resolve():
        raise AssertionError("restore_damaged: db_path is not the file db has open")
    source = Path(source)
    check_restore(db, actor, source, force=force)
    site, schema = settings.site(db).code, backup_sql.schema_version(file_db)
    folder_path = folder(db, db_path)
    backup_sql.remove_stale_copies(Path(tempfile.gettempdir()), ABANDONED_AFTER_S)
    with backup_sql.private_copy(source) as copy:
        code = _verified(db, source, copy, force=force)
        ended = _head_of_damaged(db)
        try:
            kept, found = backup_sql.replace_damaged(
                copy, db_path, folder_path, site, schema, _note_damaged
            )
        except backup_sql.NotDamaged as exc:
            raise UserError(
                phrase(
                    "restore: the database is no longer found damaged (restored meanwhile from "
                    "another window or workstation, or its damage was only in what its "
                    "read-only view could not read); nothing was written over: close sortapp "
                    "and open it again"
                )
            ) from exc
    log.info("restore: the damaged database %s was kept as %s", db_path, kept)
    try:
        restored = open_db(db_path)
    except Exception as exc:
        raise _restored_unrecorded(source, kept, _said(exc)) from exc
    try:
        why = opened_read_only(restored)
        if why is not None:  # (written over, yet not writable: said as it is)
            raise _restored_unrecorded(source, kept, why)
        _record_restore(
            restored, actor, source, code, kept.name, ended, ended, force=force, damaged=found
        )
    except Exception as exc:
        restored.close()
        if isinstance(exc, KnownStorageError) and exc.code == _UNRECORDED:
            raise
        raise _restored_unrecorded(source, kept, _said(exc)) from exc
    except BaseException:
        restored.close()
        raise
    return Restored(restored, kept)


def _said(exc: Exception) -> str:
    """What a failure after a backup was written over a database says of itself."""
    return str(exc) or type(exc).__name__


_UNRECORDED = "restore_unrecorded"


def _restored_unrecorded(source: Path, kept: Path, error: str) -> KnownStorageError:
    """What is said where a backup was written over a damaged database and what follows failed
    (opening it again, recording the restore): the file is the backup's, unrecorded."""
    return KnownStorageError(
        phrase(
            "The backup {name} was written over the damaged database, but the restore could not "
            "be recorded in it ({error}); the damaged file is kept as {kept}",
            name=source.name,
            error=error,
            kept=str(kept),
        ),
        phrase("Close sortapp and open the database again; then verify it."),
        code=_UNRECORDED,
    )


def _note_damaged(kept: Path, found: str) -> None:
    """Note the copy of a damaged database (``backup.keep_damaged``) as failing its check with
    SQLite's ``found``: never taken for a good backup."""
    problem = phrase("SQLite reports the file damaged ({problem})", problem=found)
    backup_sql.write_sidecar(kept, _checked(False, [problem]))


#: What a restore changes: everything a page shows (``Changes``).
RESTORED = Changes(
    lots=frozenset(),
    ledger=True,
    stock=True,
    site=True,
    users=True,
    assortment=True,
    prices=True,
    sorting=True,
)
