"""SQL for the balance register, its calibrations and checks, and the weighings (where each
recorded weight came from). The register's table is ``balance_register`` (``balances`` holds the
ledger's balances per place)."""

from __future__ import annotations

from typing import Any

from sortapp.storage import dbapi, named
from sortapp.storage.dbapi import Database

#: The register's columns a ``BalanceRecord`` holds, in its order.
RECORD_COLUMNS = (
    "code",
    "vendor",
    "model",
    "serial_no",
    "port",
    "protocol",
    "baudrate",
    "bytesize",
    "parity",
    "stopbits",
    "handshake",
    "readability_mct",
    "interval_mct",
    "accuracy_class",
    "verified",
    "min_mct",
    "max_mct",
    "location",
    "active",
    "terminator",
    "pattern",
)

_COLUMNS = "id, " + ", ".join(RECORD_COLUMNS)


def get_balance(db: Database, code: str) -> dict[str, Any] | None:
    """The registered balance of this code (compared without case), or None."""
    return named.first_dict(
        db.execute(
            f"SELECT {_COLUMNS} FROM balance_register WHERE {dbapi.same(db, 'code')}",
            (code.strip(),),
        )
    )


def list_balances(db: Database) -> list[dict[str, Any]]:
    return named.dicts(
        db.execute(f"SELECT {_COLUMNS} FROM balance_register ORDER BY lower(code), id")
    )


def insert_balance(db: Database, row: dict[str, Any]) -> int:
    return dbapi.insert(db, "balance_register", row)


def update_balance(db: Database, balance_id: int, row: dict[str, Any]) -> None:
    sets = ", ".join(f"{column} = :{column}" for column in row)
    db.execute(f"UPDATE balance_register SET {sets} WHERE id = :id", {**row, "id": balance_id})


def balance_model(db: Database, balance_id: int) -> str:
    """The register's model of the balance ``balance_id`` now."""
    return str(
        db.execute("SELECT model FROM balance_register WHERE id = ?", (balance_id,)).fetchone()[0]
    )


def insert_calibration(db: Database, row: dict[str, Any]) -> int:
    return dbapi.insert(db, "balance_calibrations", row)


def latest_calibration(db: Database, balance_id: int) -> dict[str, Any] | None:
    """The balance's calibration recorded last (it says when the next is due), or None."""
    return named.first_dict(
        db.execute(
            "SELECT id, calibrated_on, calibrated_by, certificate, next_due, as_found, as_left "
            "FROM balance_calibrations WHERE balance_id = ? ORDER BY id DESC LIMIT 1",
            (balance_id,),
        )
    )


def insert_check(db: Database, row: dict[str, Any]) -> int:
    return dbapi.insert(db, "balance_checks", row)


def latest_check(db: Database, balance_id: int, day: str) -> dict[str, Any] | None:
    """The balance's check recorded last on ``day`` (the site's day), or None.

    Only a check with its reading captured off the balance counts (its ``weighings`` row,
    written in the same transaction): a check row written by other means decides nothing."""
    return named.first_dict(
        db.execute(
            "SELECT c.id, c.day, c.reference, c.nominal_mct, c.tolerance_mct, c.read_mct, "
            "c.passed FROM balance_checks c WHERE c.balance_id = ? AND c.day = ? AND EXISTS "
            "(SELECT 1 FROM weighings w WHERE w.check_id = c.id AND w.captured = 1) "
            "ORDER BY c.id DESC LIMIT 1",
            (balance_id, day),
        )
    )


def insert_weighing(db: Database, row: dict[str, Any]) -> int:
    return dbapi.insert(db, "weighings", row)


def capture_recorded(db: Database, balance_id: int, captured_at: str) -> bool:
    """Whether a weighing records the capture off balance ``balance_id`` read at
    ``captured_at`` (``weighings_by_capture``)."""
    return (
        db.execute(
            "SELECT 1 FROM weighings WHERE balance_id = ? AND captured_at = ? AND captured = 1",
            (balance_id, captured_at),
        ).fetchone()
        is not None
    )


def insert_entry_file(
    db: Database, first_entry: int, last_entry: int, file: str, user_id: int, at: str
) -> None:
    """Write the ``entry_files`` row of the sorting entries ``first_entry``..``last_entry`` just
    imported, their weights read from ``file`` (keyed: not captured)."""
    db.execute(
        "INSERT INTO entry_files (first_entry, last_entry, file, user_id, at) "
        "VALUES (?, ?, ?, ?, ?)",
        (first_entry, last_entry, file, user_id, at),
    )


def lot_weighing(db: Database, lot_id: int) -> dict[str, Any] | None:
    """The latest weighing of a lot's weight (receipt, weighing or reweighing), with the
    register's vendor and the model recorded of the balance it was captured on; None when none
    is recorded (a lot received before weighings were)."""
    return named.first_dict(
        db.execute(
            "SELECT w.action, w.mct, w.captured, w.balance, w.serial_no, w.reading, "
            "coalesce(b.vendor, '') AS vendor, w.model "
            "FROM weighings w LEFT JOIN balance_register b ON b.id = w.balance_id "
            "WHERE w.lot_id = ? AND (w.action = 'receive' OR w.action = 'weigh' "
            "OR w.action = 'reweigh') ORDER BY w.id DESC LIMIT 1",
            (lot_id,),
        )
    )


def entry_sources(db: Database, lot_id: int) -> list[dict[str, Any]]:
    """The balances a lot's standing sorting entries and losses (neither a correction nor
    corrected) were weighed on: per balance (code, vendor, model and serial number as captured)
    the number of entries, one row for those keyed
    (captured 0, code '', file '') and one per file they were imported from (captured 0, the
    file's name: an import's ``entry_files`` row, or, imported before those were, each entry's
    ``weighings`` row); balances by code, then files by name."""
    return named.dicts(
        db.execute(
            "SELECT captured, balance, serial_no, file, vendor, model, count(*) AS entries "
            "FROM (SELECT w.captured, w.balance, w.serial_no, w.file, "
            "coalesce(b.vendor, '') AS vendor, w.model "
            "FROM weighings w LEFT JOIN balance_register b ON b.id = w.balance_id "
            "JOIN sort_entries e ON e.id = w.entry_id "
            "WHERE w.lot_id = ? AND (w.action = 'sort' OR w.action = 'loss') "
            f"AND {_STANDING} "
            "UNION ALL SELECT 0, '', '', f.file, '', '' "
            "FROM sort_entries e JOIN entry_files f ON f.first_entry = (SELECT g.first_entry "
            "FROM entry_files g WHERE g.first_entry <= e.id ORDER BY g.first_entry DESC LIMIT 1) "
            f"WHERE e.lot_id = ? AND e.id <= f.last_entry AND {_STANDING}) s "
            "GROUP BY captured, balance, serial_no, file, vendor, model "
            "ORDER BY captured DESC, balance, serial_no, model, file",
            (lot_id, lot_id),
        )
    )


#: SQL: the sorting entry ``e`` stands (neither a correction nor corrected).
_STANDING = (
    "e.reverses_id IS NULL AND NOT EXISTS (SELECT 1 FROM sort_entries r WHERE r.reverses_id = e.id)"
)


_REFERENCE_COLUMNS = "id, code, nominal_mct, weight_class, certificate, active"


def get_reference(db: Database, code: str) -> dict[str, Any] | None:
    """The reference weight of this code (compared without case), or None."""
    return named.first_dict(
        db.execute(
            f"SELECT {_REFERENCE_COLUMNS} FROM reference_weights WHERE {dbapi.same(db, 'code')}",
            (code.strip(),),
        )
    )


def list_references(db: Database) -> list[dict[str, Any]]:
    return named.dicts(
        db.execute(f"SELECT {_REFERENCE_COLUMNS} FROM reference_weights ORDER BY lower(code), id")
    )


def insert_reference(db: Database, row: dict[str, Any]) -> int:
    return dbapi.insert(db, "reference_weights", row)


def update_reference(db: Database, reference_id: int, row: dict[str, Any]) -> None:
    sets = ", ".join(f"{column} = :{column}" for column in row)
    db.execute(f"UPDATE reference_weights SET {sets} WHERE id = :id", {**row, "id": reference_id})
