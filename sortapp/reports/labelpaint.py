"""Labels painted one by one with QPainter: one label per label-printer page (100 x 62 mm), or
label cells laid out on a common label stock (A4: Avery L7163/J8163, Letter: Avery 5163).

The barcode is drawn as rectangles whole device dots wide, so every bar is as wide as the
symbol says on the device it is painted on; the symbol is fitted to the label (modules from
0.5 mm down to the narrowest a scanner reads, ``MIN_MODULE_MM`` and never fewer than
``MIN_MODULE_DOTS`` dots) or refused. Each label carries its own COPY mark, clear of the bars
and their quiet zones (each label's number: ``copies``).
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPdfWriter, QPen

from sortapp.core.errors import UserError
from sortapp.core.i18n import phrase
from sortapp.reports.barcode import QUIET_ZONE, code128_modules
from sortapp.reports.catalogue import document_words
from sortapp.reports.documents import Document, Label
from sortapp.reports.documents.render import Speaker
from sortapp.services.validation import printed as printable

if TYPE_CHECKING:  # QtPrintSupport is loaded on the first print only (sortapp.ui.printing)
    from PySide6.QtPrintSupport import QPrinter

MM_PER_INCH = 25.4
#: The narrowest module (bar unit) printed: 0.19 mm (7.5 mil), what general-purpose scanners
#: read; and never fewer than 2 device dots (a bar one dot wide is lost to the print head).
MIN_MODULE_MM = 0.19
MIN_MODULE_DOTS = 2
#: The widest module: short numbers print no wider than this.
MAX_MODULE_MM = 0.5
#: The white border kept on a label-printer label, and inside a sheet label's cell (die-cut
#: labels have rounded corners).
PAD_MM = {"label": 3.0, "sheet": 2.5}
#: The bars' height (mm) and the text's largest size (points; shrunk to fit): on a
#: label-printer label, and in a sheet label's cell.
BAR_MM = {"label": 18.0, "sheet": 10.0}
POINTS = {"label": 10.0, "sheet": 8.0}
COPY_COLOR = "#b00020"


@dataclass(frozen=True)
class Stock:
    """A sheet of labels: ``across`` x ``down`` cells of ``width`` x ``height`` mm, the first at
    (``left``, ``top``) mm from the sheet's top left corner, one every ``pitch_x`` / ``pitch_y``."""

    name: str
    width: float
    height: float
    left: float
    top: float
    pitch_x: float
    pitch_y: float
    across: int
    down: int

    @property
    def per_sheet(self) -> int:
        return self.across * self.down

    def cell(self, index: int) -> tuple[float, float, float, float]:
        """The ``index``-th cell on its sheet (row by row), in mm: left, top, width, height."""
        row, col = divmod(index % self.per_sheet, self.across)
        return (
            self.left + col * self.pitch_x,
            self.top + row * self.pitch_y,
            self.width,
            self.height,
        )


#: The label stock a sheet of labels is laid out for, by the site's paper.
STOCKS = {
    # A4 210 x 297 mm: 2 x 7 labels of 99.1 x 38.1 mm, side margins 4.65 mm, a 2.5 mm gap
    # between the columns, top and bottom margins 15.15 mm, no gap between the rows.
    "a4": Stock(
        "Avery L7163/J8163 (99.1 x 38.1 mm, 2 x 7)", 99.1, 38.1, 4.65, 15.15, 101.6, 38.1, 2, 7
    ),
    # Letter 8.5 x 11 in: 2 x 5 labels of 4 x 2 in, side margins 5/32 in, a 3/16 in gap between
    # the columns, top and bottom margins 1/2 in, no gap between the rows.
    "letter": Stock(
        "Avery 5163 (4 x 2 in, 2 x 5)", 101.6, 50.8, 3.96875, 12.7, 106.3625, 50.8, 2, 5
    ),
}


@dataclass(frozen=True)
class LabelLayout:
    """Where a label's parts go, in device dots (page coordinates)."""

    #: The bars with their quiet zones (nothing else is painted there).
    symbol: QRectF
    #: The bars alone.
    bars: QRectF
    #: Device dots per module.
    module: int
    #: The number as text (up to two lines).
    number: QRectF
    #: The COPY mark (an empty rectangle for a first print).
    copy: QRectF
    #: The label's lines.
    text: QRectF
    #: The number's size in points: smaller (to three quarters) before it wraps.
    number_points: float = 0.0


@functools.cache
def _font(points: float, *, bold: bool = False) -> QFont:
    """The labels' font (made once per size: painting calls as few Qt setters as it can)."""
    font = QFont("DejaVu Sans", -1, QFont.Weight.Bold if bold else QFont.Weight.Normal)
    font.setPointSizeF(points)
    font.setFeature(QFont.Tag("liga"), 0)
    return font


def dots(mm: float, dpi: int) -> float:
    return mm * dpi / MM_PER_INCH


def module_dots(code: str, room: float, dpi: int) -> int:
    """The widest module (whole device dots) the symbol of ``code`` fits ``room`` dots with, up
    to ``MAX_MODULE_MM``; refused (UserError) when even the narrowest module is too wide."""
    count = len(code128_modules(code))
    narrowest = max(MIN_MODULE_DOTS, math.ceil(dots(MIN_MODULE_MM, dpi) - 1e-9))
    widest = max(narrowest, math.floor(dots(MAX_MODULE_MM, dpi)))
    fits = math.floor(room / count)
    if fits < narrowest:
        need = count * narrowest * MM_PER_INCH / dpi
        have = room * MM_PER_INCH / dpi
        raise UserError(
            phrase(
                "label {code}: its barcode needs {need} mm at the narrowest module a scanner "
                "reads ({module} mm, {narrowest} dots at {dpi} dpi) and the label has "
                "{have} mm; give it a shorter number",
                code=code,
                need=f"{need:.1f}",
                module=MIN_MODULE_MM,
                narrowest=narrowest,
                dpi=dpi,
                have=f"{have:.1f}",
            )
        )
    return min(fits, widest)


def layout(painter: QPainter, label: Label, cell: QRectF, dpi: int, kind: str) -> LabelLayout:
    """Lay a label out in ``cell`` (device dots): the bars on top, centred with their quiet
    zones; below them the number (wrapped to two lines if need be) and the COPY mark beside
    it; the label's lines under those. ``kind``: "label" (a label printer's) or "sheet"."""
    pad_mm = PAD_MM[kind]
    inner = cell.adjusted(
        dots(pad_mm, dpi), dots(pad_mm, dpi), -dots(pad_mm, dpi), -dots(pad_mm, dpi)
    )
    modules = len(code128_modules(label.code))
    module = module_dots(label.code, inner.width(), dpi)
    width = modules * module
    left = math.floor(inner.left() + (inner.width() - width) / 2)
    top = math.floor(inner.top())
    symbol = QRectF(left, top, width, round(dots(BAR_MM[kind], dpi)))
    quiet = QUIET_ZONE * module
    bars = symbol.adjusted(quiet, 0, -quiet, 0)
    gap = dots(1.0, dpi)
    below = symbol.bottom() + gap
    copy_width = dots(24.0, dpi) if label.copy else 0.0
    room = inner.width() - copy_width - (gap if label.copy else 0)
    points = POINTS[kind]
    while True:
        metrics = QFontMetricsF(_font(points, bold=True), painter.device())
        if metrics.horizontalAdvance(label.code) <= room or points <= POINTS[kind] * 0.75:
            break
        points -= 0.5
    line = metrics.lineSpacing()
    flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWrapAnywhere)
    used = metrics.boundingRect(QRectF(inner.left(), below, room, 2 * line), flags, label.code)
    lines = 1 if used.height() <= line * 1.5 else 2
    number = QRectF(inner.left(), below, room, lines * line)
    copy = (
        QRectF(inner.right() - copy_width, below, copy_width, max(line * 1.6, number.height()))
        if label.copy
        else QRectF()
    )
    text_top = max(number.bottom(), copy.bottom() if label.copy else 0.0) + gap / 2
    text = QRectF(inner.left(), text_top, inner.width(), inner.bottom() - text_top)
    return LabelLayout(symbol, bars, module, number, copy, text, points)


def _phrases(line: str) -> list[str]:
    """A label line's phrases: its parts between commas outside brackets ("476.730 ct",
    "151 stones (3 of 4 lines counted)", "origin MIXED")."""
    out, depth, start = [], 0, 0
    for i, ch in enumerate(line):
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if ch == "," and depth == 0 and line[i + 1 : i + 2] == " ":
            out.append(line[start : i + 1])
            start = i + 2
    return [*out, line[start:]]


def _by_phrase(metrics: QFontMetricsF, line: str, width: float) -> str:
    """``line`` broken between its phrases where it is wider than ``width`` ("origin MIXED"
    never split, one word left alone); a phrase wider than that word-wraps on its own."""
    parts = _phrases(line)
    out = [parts[0]]
    for part in parts[1:]:
        joined = f"{out[-1]} {part}"
        if metrics.horizontalAdvance(joined) <= width:
            out[-1] = joined
        else:
            out.append(part)
    return "\n".join(out)


def _fit_lines(
    painter: QPainter, lines: list[str], rect: QRectF, points: float
) -> list[tuple[QFont, QRectF, str]]:
    """Each line's font, place and text (broken between phrases): word-wrapped, the size
    shrunk until all of them fit (never cut: at the smallest size they may run into the
    border)."""
    flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
    while True:
        placed = []
        y = rect.top()
        for i, line in enumerate(lines):
            font = _font(points + (0.5 if i == 0 else 0), bold=i == 0)
            metrics = QFontMetricsF(font, painter.device())
            text = _by_phrase(metrics, line, rect.width())
            box = metrics.boundingRect(QRectF(rect.left(), y, rect.width(), 1e6), flags, text)
            placed.append((font, QRectF(rect.left(), y, rect.width(), box.height()), text))
            y += box.height()
        if y <= rect.bottom() or points <= 4.5:
            return placed
        points -= 0.5


#: The size of the line a label-printer label says who printed it and when in (points).
PRINTED_POINTS = 6.0


def paint_label(
    painter: QPainter,
    label: Label,
    cell: QRectF,
    dpi: int,
    kind: str,
    printed: str = "",
    say: Callable[[str], str] = str,
) -> LabelLayout:
    """Paint one label in ``cell`` (device dots); return its layout. ``printed`` (who printed
    it and when) stands on the label's last line, its lines kept above it. ``say``: the
    label's words in its language (``render.Speaker.value``)."""
    at = layout(painter, label, cell, dpi, kind)
    text_rect = at.text
    if printed:
        small = _font(PRINTED_POINTS)
        high = QFontMetricsF(small, painter.device()).height()
        text_rect = at.text.adjusted(0, 0, 0, -high)
        painter.setPen(QColor("black"))
        painter.setFont(small)
        painter.drawText(
            QRectF(at.text.left(), at.text.bottom() - high, at.text.width(), high),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom),
            say(printed),
        )
    black = QColor("black")
    bars: list[QRectF] = []
    run = 0
    for i, bar in enumerate([*code128_modules(label.code), False]):
        if bar:
            run += 1
            continue
        if run:
            start = at.symbol.left() + (i - run) * at.module
            bars.append(QRectF(start, at.symbol.top(), run * at.module, at.symbol.height()))
        run = 0
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(black)
    painter.drawRects(bars)  # one call: the bars exactly, no outline
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(black)
    painter.setFont(_font(at.number_points, bold=True))
    painter.drawText(
        at.number,
        int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWrapAnywhere),
        label.code,
    )
    wrap = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
    lines = [printable(say(ln)) for ln in label.lines if ln]  # (a line break: a space)
    current = None
    for font, box, line in _fit_lines(painter, lines, text_rect, POINTS[kind]):
        if font is not current:  # each Qt setter called from Python costs (see _font)
            painter.setFont(font)
            current = font
        painter.drawText(box, wrap, line)
    if label.copy:
        red = QColor(COPY_COLOR)
        painter.setPen(QPen(red, max(1.0, dots(0.3, dpi))))
        painter.drawRect(at.copy)
        painter.setFont(_font(10, bold=True))
        copy = say(phrase("COPY {n}", n=label.copy))
        painter.drawText(at.copy, int(Qt.AlignmentFlag.AlignCenter), copy)
        painter.setPen(black)
    return at


def _page_origin(device: QPdfWriter | QPrinter, painter: QPainter) -> tuple[int, float, float]:
    """Paint in page coordinates (device dots from the sheet's top left corner, whatever the
    device's margins); return (dpi, page width, page height) in dots."""
    dpi = device.resolution()
    layout_ = device.pageLayout()
    paint_rect = layout_.paintRectPixels(dpi)
    painter.translate(QPointF(-paint_rect.left(), -paint_rect.top()))
    full = layout_.fullRectPixels(dpi)
    return dpi, float(full.width()), float(full.height())


def paint_labels(doc: Document, device: QPdfWriter | QPrinter) -> int:
    """Paint ``doc``'s labels: one per page on a label printer, or cell by cell on the site's
    label stock; return the page count."""
    say = Speaker(doc, document_words).value
    painter = QPainter(device)
    try:
        dpi, page_w, page_h = _page_origin(device, painter)
        if doc.paper == "label":
            for i, label in enumerate(doc.labels):
                if i:
                    device.newPage()
                paint_label(
                    painter,
                    label,
                    QRectF(0, 0, page_w, page_h),
                    dpi,
                    "label",
                    doc.printed,
                    say,
                )
            return len(doc.labels)
        stock = STOCKS.get(doc.paper, STOCKS["a4"])
        pages = max(1, math.ceil(len(doc.labels) / stock.per_sheet))
        for page in range(pages):
            if page:
                device.newPage()
            _sheet_bands(painter, doc, stock, dpi, page_w, page_h, page, pages, say)
            for i, label in enumerate(
                doc.labels[page * stock.per_sheet : (page + 1) * stock.per_sheet]
            ):
                left, top, width, height = stock.cell(i)
                cell = QRectF(dots(left, dpi), dots(top, dpi), dots(width, dpi), dots(height, dpi))
                paint_label(painter, label, cell, dpi, "sheet", say=say)
        return pages
    finally:
        painter.end()


def _sheet_bands(
    painter: QPainter,
    doc: Document,
    stock: Stock,
    dpi: int,
    page_w: float,
    page_h: float,
    page: int,
    pages: int,
    say: Callable[[str], str] = str,
) -> None:
    """The site and the stock above the labels, and the footer (who printed the sheet and
    when, page n of m; what the sheet holds, the fingerprint, the audit mark) below them, in
    the stock's margins."""
    painter.setPen(QColor("black"))
    painter.setFont(_font(7))
    side = dots(stock.left + 2, dpi)
    width = page_w - 2 * side
    top_band = QRectF(side, dots(4, dpi), width, dots(stock.top - 5, dpi))
    painter.drawText(
        top_band, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom), doc.site
    )
    painter.drawText(
        top_band,
        int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
        say(phrase("Label stock: {name}", name=stock.name)),
    )
    bottom = stock.top + stock.down * stock.pitch_y
    band = QRectF(side, dots(bottom + 1, dpi), width, page_h - dots(bottom + 4, dpi))
    number = say(phrase("Page {page} of {pages}", page=page + 1, pages=pages))
    room = width - painter.fontMetrics().horizontalAdvance(number) - dots(4, dpi)
    # One sentence said whole (French "Étiquettes : 2 étiquettes ..."), the title a word of it.
    summary = "; ".join(say(value) for _key, value in doc.facts) or doc.number
    named = phrase("{title}: {summary}", title=doc.title, summary=summary)
    footer = say(doc.footer(named))
    if doc.printed:  # its own line, over the rest
        footer = f"{say(doc.printed)}\n{footer}"
    _fitted_band(painter, QRectF(band.left(), band.top(), room, band.height()), footer)
    painter.setFont(_font(7))
    painter.drawText(band, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop), number)


def _fitted_band(painter: QPainter, box: QRectF, text: str) -> None:
    """Draw the footer's lines word-wrapped in ``box``, in smaller type (down to 5 pt) where
    they would run out of it: never cut."""
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | int(
        Qt.TextFlag.TextWordWrap
    )
    points = 7.0
    while True:
        font = _font(points)
        used = QFontMetricsF(font, painter.device()).boundingRect(box, flags, text)
        if used.height() <= box.height() or points <= 5:
            break
        points -= 0.5
    painter.setFont(font)
    painter.drawText(box, flags, text)
