"""Print preview, print and save as PDF for every document, all through one painter."""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QWidget

from sortapp.ui.context import Context
from sortapp.ui.dialogs import PrintChoice, SaveFileDialog, modal
from sortapp.ui.i18n import say, tr

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
    choice = PrintChoice.ask(parent, f"{say(doc.title)} {doc.number}")
    if choice == "pdf":
        path = SaveFileDialog.ask(
            parent, tr("Save as PDF"), f"{kind}-{doc.number}.pdf", tr("PDF (*.pdf)")
        )
        if path:
            result = ctx.act(parent, lambda: printing.save_pdf(ctx.db, ctx.actor, doc, Path(path)))
            if result is not None:
                pages, copy = result
                counted = tr("%n pages", "", pages)  # "1 page": English has its plural forms
                if copy:
                    said = tr("Saved {path} ({pages}, COPY {copy}).")
                else:
                    said = tr("Saved {path} ({pages}).")
                ctx.said.emit(said.format(path=path, pages=counted, copy=copy))
    elif choice == "print":
        holder = Printer()
        dialog = QPrintDialog(holder.printer, parent)
        if modal(dialog) == QDialog.DialogCode.Accepted:
            ctx.act(
                parent,
                lambda: printing.print_on(holder.printer, ctx.db, ctx.actor, doc),
                tr("Printed {title} {number}.").format(title=say(doc.title), number=doc.number),
            )
    elif choice == "preview":
        holder = Printer()
        preview = QPrintPreviewDialog(holder.printer, parent)
        preview.paintRequested.connect(lambda printer: _preview(parent, printer, ctx, doc))
        no_page_setup(preview)
        readable(preview)
        modal(preview)


#: The share of the screen's free area a print preview takes (width and height).
PREVIEW_SHARE = 0.8


def readable(preview: QWidget) -> None:
    """Make a print preview large enough to read: most of the screen it opens on (Qt's default
    is a small window), the page fitted to the width."""
    from PySide6.QtPrintSupport import QPrintPreviewWidget  # noqa: PLC0415 (loaded on first print)

    parent = preview.parentWidget()
    screen = (parent.screen() if parent is not None else None) or preview.screen()
    free = screen.availableGeometry()
    size = free.size() * PREVIEW_SHARE
    preview.resize(size)
    preview.move(free.center() - preview.rect().center())
    for view in preview.findChildren(QPrintPreviewWidget):
        view.fitToWidth()


def as_next_print(ctx: Context, doc: Document) -> Document:
    """``doc`` as its next print by this user would be: its copy (ORIGINAL or COPY n) and
    "Printed by <user> on <now> <zone>" (``printing.printed_text``)."""
    from sortapp.core.clock import utc_now  # noqa: PLC0415
    from sortapp.reports import copies, printing  # noqa: PLC0415 (loaded on first print)

    printed = printing.printed_text(ctx.db, ctx.actor, utc_now())
    return replace(copies.next_print(ctx.db, doc), printed=printed)


def no_page_setup(preview: QWidget) -> None:
    """Hide the preview's page-setup button: Qt's page setup works on native printers only
    (it logs "Cannot be used on non-native printers" and does nothing); the page is the
    document's own (the site's paper, or a label)."""
    from PySide6.QtCore import QCoreApplication  # noqa: PLC0415
    from PySide6.QtGui import QAction  # noqa: PLC0415

    # Qt's own words, in Qt's own catalogue (named by variables: not a string of ours to translate)
    context, text = "QPrintPreviewDialog", "Page setup"
    words = QCoreApplication.translate(context, text)
    for action in preview.findChildren(QAction):
        if action.text() in (words, text):
            action.setEnabled(False)
            action.setVisible(False)


def _preview(parent: QWidget, printer: QPrinter, ctx: Context, doc: Document) -> None:
    """Paint the preview as the copy the next print would be; a print from the preview is a
    print: its copy number is allocated, painted and recorded in one transaction."""
    from PySide6.QtGui import QPaintEngine  # noqa: PLC0415 (loaded on first print)

    from sortapp.reports import printing  # noqa: PLC0415

    engine = printer.paintEngine()
    # The preview paints into pictures (Qt's preview engine); its print button paints on the
    # printer itself.
    if engine is not None and engine.type() == QPaintEngine.Type.Picture:
        # As the next print would be (labels: each label's own copy number): ORIGINAL or
        # COPY n, and who prints it now, as the print's footer will say.
        shown = ctx.act(parent, lambda: as_next_print(ctx, doc))
        printing.paint_on(printer, shown or doc)
        return
    ctx.act(
        parent,
        lambda: printing.print_on(printer, ctx.db, ctx.actor, doc, preview=True),
        tr("Printed {title} {number}.").format(title=say(doc.title), number=doc.number),
    )
