"""Render a document to the HTML subset Qt's rich text engine lays out and paginates."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import replace
from functools import partial

from sortapp.core.i18n import N_, SOURCE_LANGUAGE, say_with
from sortapp.reports.documents.common import Document
from sortapp.services.validation import printed

#: The boxes a stamp is pressed into (marked here, not inside the f-strings that print them:
#: lupdate finds a literal only).
STAMP = N_("Stamp")
IMPORTING_STAMP = N_("For the importing authority: stamp")
#: Under each signature line.
NAME_DATE = N_("Name, date")


#: Looks a document's words up in a language: (language, English words) -> that language's
#: words, or the English when its catalogue lacks them. The core holds no catalogue: the
#: printing layer gives one (``printing.document_words``); without it a document is English.
Words = Callable[[str, str], str]


def english(_language: str, text: str) -> str:
    return text


class Speaker:
    """How a document says its own words (issue 18): in its ``language`` (a receipt, a
    reconciliation, labels: the site's), or in English with the ``beside`` language after the
    headings ("Exporter / Exportateur": the KP documents of a site that asks for it).

    Its own words are the ones the code marked: a ``Phrase`` (``phrase``, or ``N_``'s marked
    word). Any other text is data (names, notes, addresses, mines, category names, references,
    numbers) and is printed exactly as entered, never looked up, even where a catalogue holds
    the same word (``core.i18n.say_with``)."""

    def __init__(self, doc: Document, words: Words) -> None:
        self.language = doc.language
        self.beside = doc.beside if doc.beside != doc.language else ""
        self._own = partial(words, doc.language)
        self._beside = partial(words, self.beside)

    def heading(self, text: str, apart: str = " / ") -> str:
        """A heading, a caption, a column's or a fact's name (``apart``: what stands between
        the English and the language beside it; a column's heading puts it on a line of its
        own, "\n", so that a narrow column is not broken inside its words)."""
        if self.language != SOURCE_LANGUAGE:
            return say_with(self._own, text)
        if self.beside:
            other = say_with(self._beside, text)
            return str(text) if other == str(text) else f"{text}{apart}{other}"
        return str(text)

    def value(self, text: str) -> str:
        """A value or a statement: in the document's language where the catalogue has its
        words (a marked word, a phrase); English on a KP document."""
        return say_with(self._own, text) if self.language != SOURCE_LANGUAGE else str(text)

    def cell(self, text: str) -> str:
        """A table's cell: data (a figure, a code, a name) as it is, marked words as ``value``
        says them."""
        return self.value(text)


_CSS = """
body { color: #000; }
h1 { font-size: 15pt; margin: 0 0 4pt 0; }
h2 { font-size: 11pt; }
table.facts td { padding: 2pt 6pt 2pt 0; vertical-align: top; }
table.facts td.k { font-weight: bold; padding-right: 10pt; }
p.statement { margin-top: 10pt; }
table.data td, table.data th { padding-left: 10px; }
td.n { white-space: nowrap; }
td.sign { padding: 28pt 12pt 2pt 0; }
"""
# Qt's rich text: a CSS margin on a heading sets it to 0 (h2 keeps Qt's own, clear of a table
# above it), and a margin is read only from its longhand (``margin-top``), not ``margin: ...``.
# Data tables: cells padded 3 px (the attribute), 10 px on the left: numbers in columns side by
# side stand apart, rows no taller (one rule of the sheet, no style per cell). A figure or a
# date (``_figure``) is never broken across lines (class ``n``: Qt reads ``white-space`` from a
# rule, not from the ``nowrap`` attribute).

#: A single figure or date: digits and the marks figures carry, no space ("121,750.00",
#: "1 234,567" with a no-break space, "2026-12-01", "7102.31", "-0.300", "12.5 %" is not one).
_FIGURE = re.compile(r"-?\d[\d.,\u00a0/:-]*")


def _figure(cell: str) -> str:
    """The class of a cell that holds a single figure or date: never broken across lines."""
    return ' class="n"' if _FIGURE.fullmatch(cell) else ""


#: The line a signer signs on: 22 underscores, 17 where five or more sign side by side (each
#: line then ends before its neighbour's starts). ``pagebreaks`` finds the signature blocks by
#: ``SIGN_MARK``, which every line holds.
SIGN_LINE = "_" * 22
SIGN_MARK = "_" * 12

#: A hyphen inside a word ("non-industrial"): a word joiner after it, so that Qt never breaks
#: the word there (the text searched for in the PDF stays "non-industrial").
_WORD_HYPHEN = re.compile(r"(?<=[a-z])-(?=[a-z])")


def _whole(text: str) -> str:
    """``text`` with its hyphenated words kept whole on a line."""
    return _WORD_HYPHEN.sub("-\u2060", text)


def _esc(text: str) -> str:
    return html.escape(printed(text), quote=True)


def _column(say: Speaker, name: str) -> str:
    """A column's heading: the language beside the English under it, on its own line."""
    return "<br/>".join(_esc(line) for line in say.heading(name, "\n").split("\n"))


def render_html(doc: Document, words: Words = english) -> str:
    """Render a document to the HTML subset Qt's rich text engine lays out and paginates, its
    own words said with ``words`` (see ``Speaker``)."""
    say = Speaker(doc, words)
    out = [f"<html><head><style>{_CSS}</style></head><body>"]
    if doc.paper != "label":
        out.append(f"<h1>{_esc(say.heading(doc.title))}</h1>")
    if doc.facts:
        out.append('<table class="facts" cellspacing="0" cellpadding="1" width="100%">')
        for key, value in doc.facts:
            out.append(
                f'<tr><td class="k" width="31%">{_esc(say.heading(key))}</td>'
                f'<td width="1%"></td><td>{_esc(say.value(value))}</td></tr>'
            )
        out.append("</table>")
    for table in doc.tables:
        out.append(f"<h2>{_esc(say.heading(table.heading))}</h2>")
        if table.note:  # where a reader meets what it explains first: above the table
            out.append(f'<p style="font-size: 8pt;">{_esc(say.value(table.note))}</p>')
        # Plain attributes, no per-cell CSS: a 1,000-line manifest lays out twice as fast.
        out.append('<table class="data" cellspacing="0" cellpadding="3" width="100%">')
        out.append('<thead><tr bgcolor="#d9d9d9">')
        widths = table.widths or (0,) * len(table.columns)
        for name, numeric, width in zip(table.columns, table.numeric, widths, strict=True):
            room = f' width="{width}%"' if width else ""
            out.append(
                f'<th align="{"right" if numeric else "left"}"{room}>{_column(say, name)}</th>'
            )
        out.append("</tr></thead><tbody>")
        kinds = table.kinds or ("line",) * len(table.rows)
        for row, kind in zip(table.rows, kinds, strict=True):
            if kind == "line":
                out.append("<tr>")
                for cell, numeric in zip(row, table.numeric, strict=True):
                    shown = say.cell(cell)
                    out.append(
                        f'<td align="right"{_figure(shown)}>{_esc(shown)}</td>'
                        if numeric
                        else f"<td{_figure(shown)}>{_esc(shown)}</td>"
                    )
            else:
                out.append(f'<tr bgcolor="{"#eeeeee" if kind == "subtotal" else "#d9d9d9"}">')
                out.extend(_total_cells(say, row, table.numeric, set_widths=bool(table.widths)))
            out.append("</tr>")
        out.append("</tbody></table>")
    if doc.statements and doc.tables:
        # Qt ignores the top margin of a paragraph right after a table: a blank line instead.
        out.append("<p>&nbsp;</p>")
    for statement in doc.statements:
        out.append(f'<p class="statement">{_esc(say.value(statement))}</p>')
    if doc.kind == "kp-sheet":
        out.append(
            '<table border="1" cellspacing="0" cellpadding="4" width="60%" height="90"><tr>'
            f'<td height="90" valign="top">{_esc(say.heading(STAMP))}</td></tr></table>'
        )
    if doc.signatures:
        out.append(_signatures_html(doc, say))
    out.extend(_appended_html(doc, words))
    out.append("</body></html>")
    return "".join(out)


def _total_cells(
    say: Speaker, row: tuple[str, ...], numeric: tuple[bool, ...], *, set_widths: bool
) -> list[str]:
    """A subtotal's or total's cells, bold; its name (the first cell) over the empty cells
    after it: a valuation's "Spread (highest vs lowest, % of lowest)" took four lines of the
    valuer's narrow column beside three empty ones. Only in a table whose columns' widths are
    set (in one laid out as its texts need, a span moves Qt's widths), or where the row holds
    nothing but its name and its last cell."""
    if len(row) != len(numeric):
        raise ValueError(f"a total row of {len(row)} cells in a table of {len(numeric)} columns")
    empty = 0
    while 1 + empty < len(row) - 1 and not row[1 + empty]:
        empty += 1
    span = 1 + empty if empty and (set_widths or 1 + empty == len(row) - 1) else 1
    cells = []
    for n in (0, *range(span, len(row))):
        shown = say.cell(row[n])
        joined = f' colspan="{span}"' if n == 0 and span > 1 else ""
        align = ' align="right"' if numeric[n] and not joined else ""
        cells.append(f"<td{joined}{align}{_figure(shown)}><b>{_esc(_whole(shown))}</b></td>")
    return cells


def _appended_html(doc: Document, words: Words) -> list[str]:
    """Each appended document from a new page: its body as its own, then (an import slip) a box
    for the importing authority before its signatures."""
    out = []
    for appended in doc.appended:
        sub = replace(appended, language=doc.language, beside=doc.beside)
        say = Speaker(sub, words)
        body = render_html(replace(sub, paper=doc.paper, signatures=()), words)
        body = body.split("<body>", 1)[1].rsplit("</body>", 1)[0]
        out.append('<p style="page-break-before: always;"></p>' + body)
        if sub.kind == "import-slip":
            out.append(
                "<p>&nbsp;</p>"  # clear of the last line to fill in above it
                '<table border="1" cellspacing="0" cellpadding="4" width="100%" height="110"><tr>'
                '<td height="110" valign="top">'
                f"{_esc(say.heading(IMPORTING_STAMP))}</td>"
                "</tr></table>"
            )
        if sub.signatures:
            out.append(_signatures_html(sub, say))
    return out


def _signatures_html(doc: Document, say: Speaker) -> str:
    """A signature line for each signer, with room to sign above it (blank lines: Qt's rich
    text ignores a cell's padding there), clear of the last table."""
    line = SIGN_LINE if len(doc.signatures) < 5 else "_" * 17
    name_date = _esc(say.heading(NAME_DATE))
    cells = "".join(
        f'<td class="sign"><br/><br/><br/>{line}<br/>{_esc(say.heading(who))}<br/>{name_date}</td>'
        for who in doc.signatures
    )
    return f'<table width="100%" cellspacing="0"><tr>{cells}</tr></table>'
