"""Print preview, print and save as PDF for every document, all through one painter."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QWidget

from sortapp.ui.context import Context
from sortapp.ui.dialogs import PrintChoice, SaveFileDialog

log = logging.getLogger(__name__)


if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from sortapp.reports.documents import Document


class Printer:
    """Keeps the QPrinter alive as long as a preview may use it (a temporary one crashes)."""

    def __init__(self) -> None:
        from PySide6.QtPrintSupport import QPrinter  # noqa: PLC0415 (loaded on first print)

        self.printer: QPrinter = QPrinter(QPrinter.PrinterMode.HighResolution)


def print_document(parent: QWidget, ctx: Context, kind: str, numbers: list[str]) -> None:
    """Build a document from the database, then preview, print or save it as the user picks."""
    # Qt's print support and the painter load on the first print, not at start-up.
    from PySide6.QtPrintSupport import QPrintDialog, QPrintPreviewDialog  # noqa: PLC0415

    from sortapp.reports import documents, printing  # noqa: PLC0415

    doc = ctx.act(parent, lambda: documents.build(ctx.db, ctx.actor, kind, numbers))
    if doc is None:
        return
    choice = PrintChoice.ask(parent, f"{doc.title} {doc.number}")
    if choice == "pdf":
        path = SaveFileDialog.ask(parent, "Save as PDF", f"{kind}-{doc.number}.pdf", "PDF (*.pdf)")
        if path:
            result = ctx.act(parent, lambda: printing.save_pdf(ctx.db, ctx.actor, doc, Path(path)))
            if result is not None:
                pages, copy = result
                ctx.said.emit(f"Saved {path} ({pages} pages{f', COPY {copy}' if copy else ''}).")
    elif choice == "print":
        holder = Printer()
        dialog = QPrintDialog(holder.printer, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            ctx.act(
                parent,
                lambda: printing.print_on(holder.printer, ctx.db, ctx.actor, doc),
                f"Printed {doc.title} {doc.number}.",
            )
    elif choice == "preview":
        holder = Printer()
        preview = QPrintPreviewDialog(holder.printer, parent)
        preview.paintRequested.connect(lambda printer: _preview(printer, ctx, doc))
        if preview.exec() == QDialog.DialogCode.Accepted:
            # Printed from the preview: record it as the print it was.
            ctx.act(parent, lambda: _record(ctx, doc), f"Printed {doc.title} {doc.number}.")


def _preview(printer: QPrinter, ctx: Context, doc: Document) -> None:
    """Paint the preview (and a print from it) as the copy the next print would be."""
    from sortapp.reports import documents, printing  # noqa: PLC0415 (loaded on first print)
    from sortapp.services import reports  # noqa: PLC0415

    copy = reports.print_count(ctx.db, doc.kind, doc.number)
    printing.paint_on(printer, documents.with_copy(doc, copy))


def _record(ctx: Context, doc: Document) -> None:
    from sortapp.services import reports  # noqa: PLC0415 (loaded on first print)

    reports.record_print(
        ctx.db,
        ctx.actor,
        doc.kind,
        doc.number,
        {"printer": True, "preview": True, "fingerprint": doc.fingerprint},
    )
