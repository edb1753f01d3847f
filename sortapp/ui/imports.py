"""CSV imports and transfer files in the app: dry run first (every bad row listed), then the
all-or-nothing import, both in the background with progress."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

from sortapp.core.changes import Changes
from sortapp.core.errors import SortAppError
from sortapp.core.i18n import typed
from sortapp.core.roles import Role
from sortapp.ui.context import Context
from sortapp.ui.dialogs import (
    OpenFileDialog,
    PinKeyDialog,
    SaveFileDialog,
    TextDialog,
    confirm,
    message,
)
from sortapp.ui.errors import sentence
from sortapp.ui.i18n import carats_text, say, tr
from sortapp.ui.ops import run_op


def import_csv(parent: QWidget, ctx: Context, kind: str, title: str, lot: str = "") -> None:
    """Ask for a CSV file, dry-run it, show every bad row, then import it all or nothing.

    ``lot``: the open lot, for sorting files that have no lot column.
    """
    # The import services load on first use, not at start-up.
    from sortapp.services import csvfile, imports  # noqa: PLC0415

    path = OpenFileDialog.ask(parent, title)
    if not path:
        return
    try:
        text = csvfile.read_file(path)
    except SortAppError as exc:
        ctx.fail(parent, exc)
        return
    actor = ctx.actor
    name = Path(path).name  # a sorting file's record (entry_files) names it

    def checked(result: imports.ImportResult) -> None:
        if result.errors:
            lines = "\n".join(say(e) for e in result.errors)
            message(
                parent,
                title,
                tr(
                    "{bad} of %n rows are bad; nothing was imported. Mend the file and import "
                    "it again.",
                    "",
                    result.rows,
                ).format(bad=len(result.errors)),
                details=lines,
            )
            ctx.say(
                tr("%n bad rows in {file}; nothing imported.", "", len(result.errors)).format(
                    file=Path(path).name
                ),
                parent,
            )
            return
        if not confirm(
            parent, title, tr("All %n rows are good. Import them now?", "", result.rows)
        ):
            return
        _start(
            parent,
            ctx,
            tr("Importing {file}...").format(file=Path(path).name),
            lambda db: imports.import_file(db, actor, kind, text, lot=lot, file=name),
            done,
        )

    def done(result: imports.ImportResult) -> None:
        if result.errors:  # something changed between the dry run and the import
            checked(result)
            return
        ctx.announce(result.changes)
        ctx.say(
            tr("Imported %n rows from {file}.", "", result.rows).format(file=Path(path).name),
            parent,
        )
        if result.warnings:  # (each row's, all of them: not the last one's alone)
            count = len(result.warnings)
            lines = "\n".join(
                tr("Row {line}: {warning}.").format(line=line, warning=sentence(say(warning)))
                for line, warning in result.warnings
            )
            message(
                parent,
                title,
                tr("%n rows of the file warn of what they change (each below).", "", count),
                icon=QMessageBox.Icon.Warning,
                details=lines,
            )

    _start(
        parent,
        ctx,
        tr("Checking {file}...").format(file=Path(path).name),
        lambda db: imports.import_file(db, actor, kind, text, dry_run=True, lot=lot, file=name),
        checked,
    )


def _start(
    parent: QWidget,
    ctx: Context,
    title: str,
    fn: Callable[[Any], Any],
    on_success: Callable[[Any], None],
) -> None:
    # A result that comes back after the workstation locked is dropped: its next step (show
    # the bad rows, ask to import) belongs to the user who started it (issue 10, finding 9).
    on_success = ctx.while_signed_in(on_success)
    # (Held while it runs by ``ops``, which lists it under the window: ``ops.under_way``.)
    run_op(parent, title, ctx.target, fn, on_success, lambda exc: ctx.fail(parent, exc))


def export_transfer(parent: QWidget, ctx: Context, parcel: str) -> None:
    from sortapp.services import transfers  # noqa: PLC0415 (loaded on first use)

    path = SaveFileDialog.ask(
        parent,
        tr("Export transfer file"),
        f"{parcel}.sortapp-transfer",
        tr("sortapp transfer files (*.sortapp-transfer)"),
    )
    if not path:
        return
    partner = TextDialog.ask(
        parent, tr("Address the transfer file"), tr("Receiving site code (blank: any site)")
    )
    if partner is None:
        return
    digest = ctx.act(
        parent,
        lambda: transfers.export_bundle(ctx.db, ctx.actor, parcel, Path(path), to_site=partner),
    )
    if digest:
        ctx.say(
            tr("Transfer file written: {path} (fingerprint {digest}).").format(
                path=path, digest=digest[:16]
            ),
            parent,
        )
        ctx.announce(Changes())


def import_transfer(parent: QWidget, ctx: Context, path: str | None = None) -> None:
    """Import a transfer file: ``path``, or the one the person picks."""
    from sortapp.services import lots, transfers  # noqa: PLC0415 (loaded on first use)

    if path is None:
        path = OpenFileDialog.ask(
            parent,
            tr("Import transfer file"),
            tr("sortapp transfer files (*.sortapp-transfer *.json)"),
        )
    if not path:
        return
    if ctx.read_only_why:  # (a file given at start: said before a key is pinned or reason asked)
        message(
            parent,
            tr("Import transfer file"),
            tr("{why}: {path} was not imported.").format(why=ctx.read_only_why, path=path),
        )
        return
    checked = ctx.act(parent, lambda: transfers.read_bundle(ctx.db, Path(path)))
    if checked is None:
        return
    accept, reason = False, ""
    if checked.trust in (transfers.UNKNOWN_KEY, transfers.OTHER_KEY) and ctx.can(Role.ADMIN):
        replace = checked.trust == transfers.OTHER_KEY
        values = PinKeyDialog.ask(
            parent,
            checked.sender,
            checked.key_fingerprint or "",
            checked.pinned,
        )
        if values is not None:
            pin = ctx.act(
                parent,
                lambda: transfers.pin_partner(
                    ctx.db,
                    ctx.actor,
                    checked.sender,
                    values["fingerprint"],
                    replace=replace,
                    reason=values.get("reason", ""),
                ),
            )
            if pin is None:
                return
            checked = ctx.act(parent, lambda: transfers.read_bundle(ctx.db, Path(path)))
            if checked is None:
                return
    if checked.trust != transfers.PINNED and ctx.can(Role.ADMIN):
        parcel = checked.body["parcel"]
        answer = TextDialog.ask(
            parent,
            tr("Accept this one file?"),
            tr(
                "{problem}.\n\nThe file: parcel {parcel} from {sender} ({name}), {ct} ct, "
                "fingerprint {fingerprint}.\n\nTo accept this file anyway, give the reason "
                "(audited)"
            ).format(
                problem=say(checked.problem),
                # (The file's own words, not trusted: on one line each, cut, so that none can
                # seem another line of this question.)
                parcel=_one_line(parcel["number"]),
                sender=_one_line(checked.sender),
                name=_one_line(checked.body["sender"].get("name", "")),
                ct=carats_text(parcel["mct"]),
                fingerprint=checked.digest[:16],
            ),
        )
        if not answer or not answer.strip():
            return
        accept, reason = True, answer
    certificate = _certificate_asked(parent, ctx, checked.body)
    if certificate is None:
        return
    fingerprint = checked.digest  # (what was shown and accepted is what is imported)
    changes = ctx.act(
        parent,
        lambda: transfers.import_bundle(
            ctx.db,
            ctx.actor,
            Path(path),
            accept_unsigned=accept,
            reason=reason,
            fingerprint=fingerprint,
            kp_cert=certificate,
        ),
    )
    if changes is not None:
        # (The lot named: the file's name is not the lot's, and the clerk weighs it next;
        # read as an action is, a server lost just then said as such.)
        made = ctx.act(parent, lambda: lots.get_lot_by_id(ctx.db, changes.created_id or 0))
        lot = made.number if made is not None else "?"
        said = tr("Imported {file} as lot {lot}, awaiting weighing.").format(
            file=Path(path).name, lot=lot
        )
        if changes.warning:  # (what it changes said with it, not over it)
            said += " " + sentence(say(changes.warning)) + "."
        ctx.say(said, parent)


def _certificate_asked(parent: QWidget, ctx: Context, body: dict[str, Any]) -> str | None:
    """The incoming KP certificate of a file from another country that names none, as the
    person types it off the paper that came with the goods ("" when the file names one or the
    goods cross no border; None: cancelled)."""
    from sortapp.services import site, transfers  # noqa: PLC0415 (loaded on first use)

    parcel, sender = body["parcel"], body["sender"]
    if not transfers.needs_certificate(body, site.show_settings(ctx.db)["country"]):
        return ""
    return TextDialog.ask(
        parent,
        tr("Incoming KP certificate"),
        tr("Certificate number"),
        note=tr(
            "Parcel {parcel} from {sender} was shipped from {country}, and the file names no "
            "KP certificate. Goods from another country are received under theirs: type the "
            "number of the certificate that came with them."
        ).format(
            parcel=_one_line(parcel["number"]),
            sender=_one_line(sender["site"]),
            country=_one_line(sender.get("country", "")),
        ),
    )


def _one_line(text: object) -> str:
    """Text from a file not trusted, as one line said in a question: its control characters
    (new lines among them) as spaces, cut as a user's typing is (``typed``)."""
    return typed("".join(" " if ord(c) < 32 or 127 <= ord(c) < 160 else c for c in str(text)))
