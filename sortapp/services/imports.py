"""CSV imports of lots, sorting results and price books: a dry run lists every bad row with its
line number and reason; the import itself is all or nothing.

Each row goes through the same service call as a typed entry, inside one transaction with a
savepoint per row, so every rule applies (including duplicates within the file); a dry run, or
any bad row, rolls the whole transaction back."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sortapp.core.changes import Changes
from sortapp.core.errors import UserError
from sortapp.core.i18n import phrase
from sortapp.core.roles import Actor, Role
from sortapp.core.units import parse_carats, parse_stones, parse_usd
from sortapp.services import assortment, balances, lots, settings, sorting
from sortapp.services.csvfile import RowError, read_rows, read_table
from sortapp.services.validation import received_time
from sortapp.storage.db import transaction
from sortapp.storage.dbapi import Database

KINDS = ("lots", "sorting", "prices", "assortment")
LOT_COLUMNS = ("lot", "origin")
SORTING_COLUMNS = ("lot", "category", "carats")
PRICE_COLUMNS = ("category", "usd_per_ct")


@dataclass(frozen=True)
class ImportResult:
    rows: int
    errors: list[RowError]
    changes: Changes
    dry_run: bool
    #: What rows' actions warned of, by line (a receipt dated within a period whose KP
    #: statistics were exported): each row's, not the last one's alone.
    warnings: tuple[tuple[int, str], ...] = ()

    @property
    def ok(self) -> bool:
        return not self.errors


class _Rollback(Exception):
    pass


def _run(
    db: Database,
    rows: list[tuple[int, dict[str, str]]],
    required: tuple[str, ...],
    apply: Callable[[dict[str, str]], Changes],
    dry_run: bool,
) -> ImportResult:
    if not rows:
        raise UserError(phrase("the file holds no rows"))
    missing = [c for c in required if c not in rows[0][1]]
    if missing:
        raise UserError(
            phrase("the header lacks the column(s) {columns}", columns=", ".join(missing))
        )
    errors: list[RowError] = []
    warned: list[tuple[int, str]] = []
    changed = Changes(audit=False)
    try:
        with transaction(db):
            for line, row in rows:
                try:
                    with transaction(db):
                        got = apply(row)
                except UserError as exc:
                    errors.append(RowError(line, exc.message))  # (a Phrase said as such)
                    continue
                changed = changed | got
                if got.warning:
                    warned.append((line, got.warning))
            if errors or dry_run:
                raise _Rollback
    except _Rollback:
        changed = Changes(audit=False)
    return ImportResult(len(rows), errors, changed, dry_run, tuple(warned))


def import_lots(db: Database, actor: Actor, text: str, *, dry_run: bool = False) -> ImportResult:
    """Columns: lot, origin, and any of carats, declared_carats, stones, mine, supplier, seals
    (separated by '|'), kp_cert, value_usd, from (the country shipped from: the origin's when
    left out), received (site time)."""
    actor.require(Role.OPERATOR, phrase("importing lots"))
    conf = settings.settings(db)
    comma = conf.decimal_comma

    def apply(row: dict[str, str]) -> Changes:
        def ct(key: str) -> int | None:
            return parse_carats(row[key], key, decimal_comma=comma) if row.get(key) else None

        return lots.receive_lot(
            db,
            actor,
            number=row.get("lot", ""),
            origins=[(row.get("origin", ""), row.get("mine", ""))],
            supplier=row.get("supplier", ""),
            weighed_mct=ct("carats"),
            declared_mct=ct("declared_carats"),
            stones=parse_stones(row["stones"], "stones") if row.get("stones") else None,
            declared_value_cents=(
                parse_usd(row["value_usd"], "value_usd", decimal_comma=comma)
                if row.get("value_usd")
                else None
            ),
            seals=[s.strip() for s in row.get("seals", "").split("|") if s.strip()],
            kp_cert=row.get("kp_cert", ""),
            # (No "from", or left blank: the origin's country, as the app and the command
            # line take it; bought in the country: the site's own.)
            from_country=row.get("from", "") or row.get("origin", ""),
            received_at=received_time(row.get("received", ""), conf.timezone),
        )

    return _run(db, read_rows(text), LOT_COLUMNS, apply, dry_run)


def import_sorting(
    db: Database, actor: Actor, text: str, *, dry_run: bool = False, lot: str = "", file: str = ""
) -> ImportResult:
    """Columns: lot (or the ``lot`` argument for a one-lot file), category, carats, stones
    (may be empty); a loss is a row with category 'loss:cleaning' and so on. ``file``: the name
    of the file read (its ``entry_files`` row says the weights came from it); refused where the
    site takes weights from the balance only.

    Checked row by row by the rules of a typed entry, then written in one transaction (the fast
    path for big files: one audit entry covers every row by a digest).
    """
    actor.require(Role.OPERATOR, phrase("importing sorting results"))
    balances.check_file_weights(db)
    with _collector_held():
        return _import_sorting(db, actor, text, dry_run, lot, file)


@contextmanager
def _collector_held() -> Iterator[None]:
    """Python's cyclic collector held off meanwhile (re-enabled after, if it was on): a big file
    makes a million objects that hold no cycles (its cells, rows and planned entries), and the
    collections they set off walked all of them again and again, a fifth of the import."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def _import_sorting(
    db: Database, actor: Actor, text: str, dry_run: bool, lot: str, file: str
) -> ImportResult:
    """``import_sorting`` once its rights are checked."""
    comma = settings.settings(db).decimal_comma
    headers, rows = read_table(text)
    if not rows:
        raise UserError(phrase("the file holds no rows"))
    missing = [c for c in SORTING_COLUMNS if c not in headers and not (c == "lot" and lot)]
    if missing:
        raise UserError(
            phrase("the header lacks the column(s) {columns}", columns=", ".join(missing))
        )
    # A column the file lacks reads as the empty cell after the last (rows are padded to it).
    width = len(headers)
    i_lot, i_cat, i_ct, i_st = (
        headers.index(name) if name in headers else width
        for name in ("lot", "category", "carats", "stones")
    )
    last = max(i_lot, i_cat, i_ct, i_st)
    parsed: list[tuple[int, str, str, int | str, int | None]] = []
    for line, row in rows:
        if len(row) <= last:
            row.extend([""] * (width + 1 - len(row)))
        figure, text_stones = row[i_ct].strip(), row[i_st].strip()
        # The common row (plain carats of at most 3 decimals above 0, stones blank) read here
        # without two calls; any other goes through parse_carats and parse_stones as typed.
        whole, _dot, part = figure.partition(".")
        if (
            not text_stones
            and whole.isdigit()
            and len(whole) <= 7
            and len(part) <= 3
            and (part.isdigit() or not part)
            and figure.isascii()
        ):
            mct: int | str = int(whole + part.ljust(3, "0"))
            if mct:
                parsed.append((line, lot or row[i_lot].strip(), row[i_cat].strip(), mct, None))
                continue
        try:
            mct = parse_carats(figure, "carats", decimal_comma=comma)
            stones = parse_stones(text_stones, "stones") if text_stones else None
        except UserError as exc:
            mct, stones = exc.message, None
        parsed.append((line, lot or row[i_lot].strip(), row[i_cat].strip(), mct, stones))
    if dry_run:
        _planned, problems = sorting.plan_entries(db, parsed)
        errors = [RowError(line, message) for line, message in problems]
        return ImportResult(len(rows), errors, Changes(audit=False), dry_run)
    # Planned inside the write transaction: the lots' status and carats left are read as they
    # stand while no other workstation can write, so two imports of one file cannot both pass.
    with transaction(db):
        planned, problems = sorting.plan_entries(db, parsed)
        errors = [RowError(line, message) for line, message in problems]
        if errors:
            return ImportResult(len(rows), errors, Changes(audit=False), dry_run)
        changes = sorting.post_entries(db, actor, planned, lot or "csv", file=file)
    return ImportResult(len(rows), [], changes, dry_run)


def import_prices(db: Database, actor: Actor, text: str, *, dry_run: bool = False) -> ImportResult:
    """Columns: category, usd_per_ct, and optionally from (YYYY-MM-DD; default today)."""
    actor.require(Role.SUPERVISOR, phrase("importing a price book"))
    comma = settings.settings(db).decimal_comma

    def apply(row: dict[str, str]) -> Changes:
        return assortment.set_price(
            db,
            actor,
            row.get("category", ""),
            parse_usd(row.get("usd_per_ct", ""), "usd_per_ct", decimal_comma=comma),
            row.get("from") or None,
        )

    return _run(db, read_rows(text), PRICE_COLUMNS, apply, dry_run)


def import_file(
    db: Database,
    actor: Actor,
    kind: str,
    text: str,
    *,
    file: str = "",
    dry_run: bool = False,
    lot: str = "",
) -> ImportResult:
    """Import one kind of CSV; ``lot`` names the lot of a sorting file without a lot column,
    ``file`` the file's name (a sorting file's ``entry_files`` row names it)."""
    if kind == "lots":
        return import_lots(db, actor, text, dry_run=dry_run)
    if kind == "sorting":
        return import_sorting(db, actor, text, dry_run=dry_run, lot=lot, file=file)
    if kind == "prices":
        return import_prices(db, actor, text, dry_run=dry_run)
    if kind == "assortment":
        count, errors, changes = assortment.import_categories(db, actor, text, dry_run=dry_run)
        return ImportResult(count + len(errors), errors, changes, dry_run)
    raise UserError(
        phrase("import: '{kind}' is not one of {kinds}", kind=kind, kinds=", ".join(KINDS))
    )
