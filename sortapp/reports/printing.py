"""Paint documents with Qt: the same function draws a print preview, a printer page and a PDF,
so what is previewed, printed and saved is identical."""

from __future__ import annotations

import os
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from sortapp.core import clock
from sortapp.core.canonical import zoned_text
from sortapp.core.errors import UserError
from sortapp.core.i18n import N_, phrase
from sortapp.core.roles import Actor
from sortapp.reports import copies, labelpaint, pagebreaks
from sortapp.reports.catalogue import document_words
from sortapp.reports.documents import Document, render_html
from sortapp.reports.documents.render import Speaker
from sortapp.services import settings
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
        device.setPageLayout(sheet_layout(doc.paper))


#: A sheet's margins in millimetres (left, top, right, bottom): A4's 15 and 12 mm; Letter's
#: North American 0.625 in at the sides and 0.5 in at the top and bottom.
SHEET_MARGINS = {"a4": (15.0, 12.0, 15.0, 12.0), "letter": (15.875, 12.7, 15.875, 12.7)}


def sheet_layout(paper: str) -> QPageLayout:
    """The page of a sheet document: A4 or Letter, portrait, with that paper's margins."""
    size = QPageSize.PageSizeId.Letter if paper == "letter" else QPageSize.PageSizeId.A4
    return QPageLayout(
        QPageSize(size),
        QPageLayout.Orientation.Portrait,
        QMarginsF(*SHEET_MARGINS["letter" if paper == "letter" else "a4"]),
        QPageLayout.Unit.Millimeter,
    )


def _text_document(doc: Document) -> QTextDocument:
    text = QTextDocument()
    text.setDefaultFont(_font(9))
    text.setHtml(render_html(doc, document_words))
    return text


def paint(doc: Document, device: QPdfWriter | QPrinter) -> int:
    """Paint ``doc`` page by page with a header and a footer on each; return the page count."""
    if doc.kind == "label":  # labels are painted label by label, on labels or on a stock sheet
        return labelpaint.paint_labels(doc, device)
    return paint_sheet(doc, device)


def _paint_body(
    painter: QPainter, text: QTextDocument, page: int, top: int, scale: float, body: QSizeF
) -> None:
    """Paint page ``page`` of the laid-out ``text`` (pages of ``body``, at ``DOC_DPI``) from
    ``top`` down, scaled onto the device."""
    painter.save()
    painter.translate(0, top)
    painter.scale(scale, scale)
    painter.translate(0, -page * body.height())
    text.drawContents(painter, QRectF(0, page * body.height(), body.width(), body.height()))
    painter.restore()


#: A sheet's header and footer bands: two lines of small type each, in inches.
BAND_INCHES = 0.34
#: The light ink of a mark across the page, under the text (solid: PDF/A-1 has no transparency).
MARK_INK = "#f3c4cb"
#: The ink of the marks in the header (COPY n, ORIGINAL, the document's mark).
MARK_RED = "#b00020"


def sheet_body(doc: Document, device: QPdfWriter | QPrinter) -> QSizeF:
    """The text body of a sheet page, at the documents' layout resolution (``DOC_DPI``)."""
    dpi = device.resolution()
    rect = device.pageLayout().paintRectPixels(dpi)
    band = int(dpi * BAND_INCHES)
    scale = dpi / DOC_DPI
    return QSizeF(rect.width() / scale, (rect.height() - 2 * band) / scale)


def paint_sheet(doc: Document, device: QPdfWriter | QPrinter) -> int:
    """Paint a sheet document (A4 or Letter) page by page; return the page count.

    The header names the site, and on a continuation page the document (title and number);
    COPY n (or ORIGINAL on a recorded first print) and the document's mark stand at its right
    and middle. The mark also lies large and light across every page, under the text. The
    footer says who printed it and when, in the site's zone, the page n of m, the document,
    its fingerprint and the audit anchor.
    """
    dpi = device.resolution()
    rect = device.pageLayout().paintRectPixels(dpi)
    width, height = rect.width(), rect.height()
    band = int(dpi * BAND_INCHES)
    line = band // 2
    scale = dpi / DOC_DPI
    body = sheet_body(doc, device)
    text = _text_document(doc)
    text.setPageSize(body)
    pagebreaks.keep_together(text)
    pages = text.pageCount()
    left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    say = Speaker(doc, document_words)
    # The footer names the document in its own language only (the English of a KP document):
    # the site's language beside it would run the line off the page.
    named = f"{say.value(doc.title)} {doc.number}"
    # ORIGINAL on a recorded first print; a label sheet's labels carry their own copy numbers.
    first = doc.printed and doc.kind != "label"
    copy = (
        say.value(phrase("COPY {n}", n=doc.copy))
        if doc.copy
        else (say.value(N_("ORIGINAL")) if first else "")
    )
    version = say.value(phrase("VERSION {n}", n=doc.version)) if doc.version > 1 else ""
    mark = say.value(doc.mark) if doc.mark else ""
    stamp = " \u00b7 ".join(word for word in (mark, version, copy) if word)
    headers = page_headers(doc, text, body.height(), pages, say)
    # The chain as it stood before this print (whose own entry comes next).
    footer = say.value(doc.footer(named))
    painter = QPainter(device)
    try:
        painter.setFont(_font(13, bold=True))
        # The header's left part: what the stamp at its right leaves, a gap between.
        beside = width - painter.fontMetrics().horizontalAdvance(stamp) - dpi * 0.15
        for page in range(pages):
            if page:
                device.newPage()
            if doc.mark:
                _paint_mark_across(painter, mark, QRectF(0, band, width, height - 2 * band))
            painter.setPen(QColor("black"))
            _fitted(painter, QRectF(0, 0, beside, line), doc.site, 7)
            if headers[page]:
                _fitted(painter, QRectF(0, line, beside, line), headers[page], 8)
            painter.setFont(_font(7))
            painter.drawText(QRectF(0, height - band, width, line), left, say.value(doc.printed))
            painter.drawText(
                QRectF(0, height - band, width, line),
                right,
                say.value(phrase("Page {page} of {pages}", page=page + 1, pages=pages)),
            )
            _fitted(painter, QRectF(0, height - line, width, line), footer, 7)
            painter.setPen(QColor(MARK_RED))
            painter.setFont(_font(13, bold=True))
            painter.drawText(QRectF(0, 0, width, band), right, stamp)
            _paint_body(painter, text, page, band, scale, body)
    finally:
        painter.end()
    return pages


def page_headers(
    doc: Document, text: QTextDocument, page_height: float, pages: int, say: Speaker | None = None
) -> list[str]:
    """The document each page's header names: nothing on the first page (its title is there),
    "<title> <number> (continued)" after it; an appended document (the KP sheet's import slip)
    from the page it starts on: its own title on that page, continued after."""
    say = say or Speaker(doc, document_words)
    starts: list[int] = []
    layout = text.documentLayout()
    block = text.begin()
    # Found by its title (the heading it opens with), not by a page break before it: breaks
    # are also set to keep a block with what it belongs to (``pagebreaks.keep_together``).
    while block.isValid() and len(starts) < len(doc.appended):
        if block.text().strip() == say.heading(doc.appended[len(starts)].title):
            top = layout.blockBoundingRect(block).top()
            starts.append(min(pages - 1, int(top // page_height)))
        block = block.next()

    def continued(named: str) -> str:
        return say.value(phrase("{named} (continued)", named=named))

    headers = [""] + [continued(_named(doc, say))] * (pages - 1)
    for sub, start in zip(doc.appended, starts, strict=False):
        named = _named(sub, say)
        headers[start:] = [named] + [continued(named)] * (pages - start - 1)
    return headers


def _named(doc: Document, say: Speaker) -> str:
    """A document as a header or footer names it: its title and number (once)."""
    title = say.heading(doc.title)
    return title if doc.number and doc.title.endswith(doc.number) else f"{title} {doc.number}"


def _fitted(painter: QPainter, box: QRectF, text: str, points: float) -> None:
    """Draw one line of header (or footer) text in ``box``, in smaller type (down to 5 pt) if
    it is long: never cut, never under the stamp."""
    bold = points > 7
    font = _font(points, bold=bold)
    painter.setFont(font)
    while points > 5 and painter.fontMetrics().horizontalAdvance(text) > box.width():
        points -= 0.5
        font = _font(points, bold=bold)
        painter.setFont(font)
    painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)


def _paint_mark_across(painter: QPainter, mark: str, area: QRectF) -> None:
    """The mark, large and light, diagonally across ``area``: the text is painted over it."""
    painter.save()
    painter.translate(area.center())
    painter.rotate(-35)
    font = _font(72, bold=True)
    painter.setFont(font)
    # As large as the page's diagonal allows, the word's width about 3/4 of it.
    diagonal = (area.width() ** 2 + area.height() ** 2) ** 0.5
    natural = painter.fontMetrics().horizontalAdvance(mark) or 1
    font.setPointSizeF(max(12.0, min(120.0, 72 * diagonal * 0.7 / natural)))
    painter.setFont(font)
    painter.setPen(QColor(MARK_INK))
    box = QRectF(-diagonal / 2, -area.height() / 4, diagonal, area.height() / 2)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, mark)
    painter.restore()


def printed_text(db: Database, actor: Actor, at: str) -> str:
    """ "Printed by olu on 2026-12-02 09:15 Africa/Gaborone (UTC+02:00)": who printed and
    when (canonical UTC ``at``), in the site's time zone, the zone named."""
    when = zoned_text(at, settings.settings(db).timezone)
    return phrase("Printed by {name} on {when}", name=actor.name, when=when)


def write_pdf(doc: Document, path: Path) -> int:
    """Write ``doc`` as a PDF/A-1b at ``path`` (an archive's PDF: fonts embedded, no
    transparency, its title in the XMP metadata); return the number of pages."""
    writer = QPdfWriter(str(path))
    writer.setPdfVersion(QPagedPaintDevice.PdfVersion.PdfVersion_A1b)
    writer.setResolution(300)
    writer.setTitle(f"{doc.title} {doc.number}")
    writer.setCreator("sortapp")
    writer.setAuthor(doc.site)
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
    doc = copies.versioned(db, doc)
    outfiles.writable_target(path, "PDF")
    part = path.with_name(path.name + ".part")
    outfiles.writable_target(part, "PDF")
    try:
        part.unlink(missing_ok=True)
        part.open("xb").close()  # a new file of ours, whatever was left there before
    except OSError as exc:
        raise UserError(
            phrase("cannot write {path}: {error}", path=str(path), error=exc.strerror)
        ) from exc

    def paint_copy(copy: copies.Copy, at: str) -> int:
        printed = printed_text(db, actor, at)
        pages = write_pdf(replace(copies.as_copy(doc, copy), printed=printed), part)
        if part.stat().st_size == 0:
            raise UserError(phrase("cannot write {path}: the PDF came out empty", path=str(path)))
        return pages

    # The copy number(s) and the minute the part holds: its page count and the time printed on it.
    painted: dict[tuple[copies.Copy, str], tuple[int, str]] = {}
    placed = False

    def place(copy: copies.Copy) -> dict[str, Any]:
        nonlocal placed
        at = clock.utc_now()
        if (copy, at[:16]) not in painted:  # another print took its number, or a minute passed
            painted.clear()
            painted[copy, at[:16]] = (paint_copy(copy, at), at)
        outfiles.replace_onto(part, path, "PDF")
        placed = True
        pages, when = painted[copy, at[:16]]
        return {"pages": pages, "printed_at": when}

    try:
        # Painted ahead, outside the write lock, as the copy it most likely is; painted again
        # under the lock only when another workstation printed the document meanwhile (or the
        # minute printed on it has passed: the page says the time its audit record holds).
        guess = copies.copy_guess(db, doc)  # labels: a copy number per label
        ahead = clock.utc_now()
        painted[guess, ahead[:16]] = (paint_copy(guess, ahead), ahead)
        copy = copies.record(
            db,
            actor,
            doc,
            {"pdf": path.name, "fingerprint": doc.fingerprint},
            then=place,
        )
    except BaseException:
        if placed:  # written, but its record did not commit: take it back
            path.unlink(missing_ok=True)
        raise
    finally:
        part.unlink(missing_ok=True)
    return next(iter(painted.values()))[0], copies.highest(copy)


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
    doc = copies.versioned(db, doc)

    def paint_copy(copy: copies.Copy) -> dict[str, Any]:
        at = clock.utc_now()
        printed = printed_text(db, actor, at)
        pages.append(paint_on(device, replace(copies.as_copy(doc, copy), printed=printed)))
        return {"pages": pages[-1], "printed_at": at}

    copies.record(  # labels: one record per label
        db,
        actor,
        doc,
        {"printer": True, **({"preview": True} if preview else {}), "fingerprint": doc.fingerprint},
        then=paint_copy,
    )
    return pages[-1]
