"""Paint documents with Qt: the same function draws a print preview, a printer page and a PDF,
so what is previewed, printed and saved is identical."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from sortapp.core.errors import UserError
from sortapp.core.roles import Actor
from sortapp.reports import labelpaint
from sortapp.reports.barcode import code128_modules
from sortapp.reports.documents import Document, render_html
from sortapp.storage import outfiles
from sortapp.storage.dbapi import Database

if TYPE_CHECKING:  # QtPrintSupport is loaded on the first print only (sortapp.ui.printing)
    from PySide6.QtPrintSupport import QPrinter

FONT = "DejaVu Sans"
#: The resolution text is laid out at before it is scaled onto the page (Qt's default DPI).
DOC_DPI = 96.0
LABEL_PAGE = QPageSize(QSizeF(100, 62), QPageSize.Unit.Millimeter, "Label 100x62")


_APP: list[QGuiApplication] = []


def ensure_gui() -> None:
    """Start Qt's GUI layer for painting (the CLI has none); headless unless a display is there."""
    if QGuiApplication.instance() is not None:
        return
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _APP.append(QGuiApplication([sys.argv[0]]))


def _font(points: float, *, bold: bool = False) -> QFont:
    """The documents' font, without ligatures, so text copied from a PDF reads as typed."""
    font = QFont(FONT)
    font.setPointSizeF(points)
    font.setBold(bold)
    font.setFeature(QFont.Tag("liga"), 0)
    return font


def barcode_image(code: str, module_px: int = 4, height_px: int = 160) -> QImage:
    """Draw a Code 128 barcode as a black-and-white image (4 px per module at print size)."""
    modules = code128_modules(code)
    image = QImage(len(modules) * module_px, height_px, QImage.Format.Format_Grayscale8)
    image.fill(QColor("white"))
    painter = QPainter(image)
    for i, bar in enumerate(modules):
        if bar:
            painter.fillRect(i * module_px, 0, module_px, height_px, QColor("black"))
    painter.end()
    return image


def setup_page(device: QPagedPaintDevice, doc: Document) -> None:
    if doc.paper == "label":
        device.setPageLayout(
            QPageLayout(
                LABEL_PAGE,
                QPageLayout.Orientation.Portrait,
                QMarginsF(3, 3, 3, 3),
                QPageLayout.Unit.Millimeter,
            )
        )
    else:
        device.setPageLayout(
            QPageLayout(
                QPageSize(
                    QPageSize.PageSizeId.Letter
                    if doc.paper == "letter"
                    else QPageSize.PageSizeId.A4
                ),
                QPageLayout.Orientation.Portrait,
                QMarginsF(15, 12, 15, 12),
                QPageLayout.Unit.Millimeter,
            )
        )


def _text_document(doc: Document) -> QTextDocument:
    text = QTextDocument()
    text.setDefaultFont(_font(9 if doc.paper != "label" else 7.5))
    for label in doc.labels:
        text.addResource(
            QTextDocument.ResourceType.ImageResource,
            QUrl(f"barcode:{label.code}"),
            barcode_image(label.code),
        )
    text.setHtml(render_html(doc))
    return text


def paint(doc: Document, device: QPdfWriter | QPrinter) -> int:
    """Paint ``doc`` page by page with a header and a footer on each; return the page count."""
    if doc.kind == "label":  # labels are painted label by label
        return labelpaint.paint_labels(doc, device)
    layout = device.pageLayout()
    rect = layout.paintRectPixels(device.resolution())
    width, height = rect.width(), rect.height()
    dpi = device.resolution()
    small = _font(7)
    band = int(dpi * 0.22) if doc.paper != "label" else 0
    # Lay the text out at the document's own resolution and scale the painter to the device,
    # as QTextDocument.print does: the same layout on every device, and far less work.
    scale = dpi / DOC_DPI
    body = QSizeF(width / scale, (height - 2 * band) / scale)
    text = _text_document(doc)
    text.setPageSize(body)
    pages = text.pageCount()
    painter = QPainter(device)
    try:
        for page in range(pages):
            if page:
                device.newPage()
            if band:
                painter.setFont(small)
                painter.setPen(QColor("black"))
                painter.drawText(
                    QRectF(0, 0, width, band),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                    doc.site,
                )
                painter.drawText(
                    QRectF(0, height - band, width, band),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                    f"{doc.title} {doc.number} - fingerprint {doc.short_fingerprint}"
                    + (f" - audit {doc.chain}" if doc.chain else ""),
                )
                painter.drawText(
                    QRectF(0, height - band, width, band),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                    f"Page {page + 1} of {pages}",
                )
            if doc.copy:
                painter.setFont(_font(14 if doc.paper != "label" else 8, bold=True))
                painter.setPen(QColor("#b00020"))
                painter.drawText(
                    QRectF(0, 0, width, max(band, int(dpi * 0.3))),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                    f"COPY {doc.copy}",
                )
            painter.save()
            painter.translate(0, band)
            painter.scale(scale, scale)
            painter.translate(0, -page * body.height())
            text.drawContents(painter, QRectF(0, page * body.height(), body.width(), body.height()))
            painter.restore()
    finally:
        painter.end()
    return pages


def write_pdf(doc: Document, path: Path) -> int:
    """Write ``doc`` as a PDF at ``path``; return the number of pages."""
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setTitle(f"{doc.title} {doc.number}")
    writer.setCreator("sortapp")
    setup_page(writer, doc)
    pages = paint(doc, writer)
    del writer  # flushes and closes the file
    return pages


def save_pdf(db: Database, actor: Actor, doc: Document, path: Path) -> tuple[int, int]:
    """Save ``doc`` as a PDF, marked COPY n if printed before, and record it in the audit log.

    Returns (pages, copy number). The copy number is allocated and the print recorded by one
    service call (``reports.record_print``), in one transaction; the file appears whole or not
    at all, and is recorded exactly when it appears: the record and the rename share that
    transaction. ``path`` must be a new name or a regular file (never a folder, device, pipe
    or link).
    """
    path = Path(path)
    outfiles.writable_target(path, "PDF")
    part = path.with_name(path.name + ".part")
    outfiles.writable_target(part, "PDF")
    try:
        part.unlink(missing_ok=True)
        part.open("xb").close()  # a new file of ours, whatever was left there before
    except OSError as exc:
        raise UserError(f"cannot write {path}: {exc.strerror}") from exc

    def paint_copy(copy: labelpaint.Copy) -> int:
        pages = write_pdf(labelpaint.as_copy(doc, copy), part)
        if part.stat().st_size == 0:
            raise UserError(f"cannot write {path}: the PDF came out empty")
        return pages

    painted: dict[labelpaint.Copy, int] = {}  # the copy number the part holds: its page count
    placed = False

    def place(copy: labelpaint.Copy) -> dict[str, Any]:
        nonlocal placed
        if copy not in painted:  # another print took the number it was painted with
            painted.clear()
            painted[copy] = paint_copy(copy)
        outfiles.replace_onto(part, path, "PDF")
        placed = True
        return {"pages": painted[copy]}

    try:
        # Painted ahead, outside the write lock, as the copy it most likely is; painted again
        # under the lock only when another workstation printed the document meanwhile.
        guess = labelpaint.copy_guess(db, doc)  # labels: a copy number per label
        painted[guess] = paint_copy(guess)
        copy = labelpaint.record(
            db, actor, doc, {"pdf": path.name, "fingerprint": doc.fingerprint}, then=place
        )
    except BaseException:
        if placed:  # written, but its record did not commit: take it back
            path.unlink(missing_ok=True)
        raise
    finally:
        part.unlink(missing_ok=True)
    return painted[copy], labelpaint.highest(copy)


def paint_on(device: QPrinter, doc: Document) -> int:
    """Paint ``doc`` on a printer or a preview's printer as it is (its copy number included)."""
    setup_page(device, doc)
    return paint(doc, device)


def print_on(
    device: QPrinter, db: Database, actor: Actor, doc: Document, *, preview: bool = False
) -> int:
    """Print ``doc`` on a printer (``preview``: from the print preview): the copy number is
    allocated, painted and recorded in one transaction (``reports.record_print``); return the
    page count."""
    pages: list[int] = []

    def paint_copy(copy: labelpaint.Copy) -> dict[str, Any]:
        pages.append(paint_on(device, labelpaint.as_copy(doc, copy)))
        return {"pages": pages[-1]}

    labelpaint.record(  # labels: one record per label
        db,
        actor,
        doc,
        {"printer": True, **({"preview": True} if preview else {}), "fingerprint": doc.fingerprint},
        then=paint_copy,
    )
    return pages[-1]
