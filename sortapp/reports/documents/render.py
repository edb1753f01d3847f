"""Render a document to the HTML subset Qt's rich text engine lays out and paginates."""

from __future__ import annotations

import html
from dataclasses import replace

from sortapp.reports.documents.common import Document

_CSS = """
body { color: #000; }
h1 { font-size: 15pt; margin: 0 0 4pt 0; }
h2 { font-size: 11pt; margin: 12pt 0 4pt 0; }
table.facts td { padding: 2pt 6pt 2pt 0; vertical-align: top; }
table.facts td.k { font-weight: bold; padding-right: 10pt; }
p.statement { margin: 10pt 0 0 0; }
td.sign { padding: 28pt 12pt 2pt 0; }
"""


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def render_html(doc: Document) -> str:
    """Render a document to the HTML subset Qt's rich text engine lays out and paginates."""
    out = [f"<html><head><style>{_CSS}</style></head><body>"]
    if doc.paper != "label":
        out.append(f"<h1>{_esc(doc.title)}</h1>")
    if doc.facts:
        out.append('<table class="facts" cellspacing="0" cellpadding="1" width="100%">')
        for key, value in doc.facts:
            out.append(f'<tr><td class="k" width="32%">{_esc(key)}</td><td>{_esc(value)}</td></tr>')
        out.append("</table>")
    for table in doc.tables:
        out.append(f"<h2>{_esc(table.heading)}</h2>")
        # Plain attributes, no per-cell CSS: a 1,000-line manifest lays out twice as fast.
        out.append('<table cellspacing="0" cellpadding="3" width="100%">')
        out.append('<thead><tr bgcolor="#d9d9d9">')
        for name, numeric in zip(table.columns, table.numeric, strict=True):
            out.append(f'<th align="{"right" if numeric else "left"}">{_esc(name)}</th>')
        out.append("</tr></thead><tbody>")
        kinds = table.kinds or ("line",) * len(table.rows)
        for row, kind in zip(table.rows, kinds, strict=True):
            if kind == "line":
                out.append("<tr>")
                for cell, numeric in zip(row, table.numeric, strict=True):
                    out.append(
                        f'<td align="right">{_esc(cell)}</td>'
                        if numeric
                        else f"<td>{_esc(cell)}</td>"
                    )
            else:
                out.append(f'<tr bgcolor="{"#eeeeee" if kind == "subtotal" else "#d9d9d9"}">')
                for cell, numeric in zip(row, table.numeric, strict=True):
                    align = ' align="right"' if numeric else ""
                    out.append(f"<td{align}><b>{_esc(cell)}</b></td>")
            out.append("</tr>")
        out.append("</tbody></table>")
        if table.note:
            out.append(f'<p style="font-size: 8pt;">{_esc(table.note)}</p>')
    for statement in doc.statements:
        out.append(f'<p class="statement">{_esc(statement)}</p>')
    if doc.kind == "kp-sheet":
        out.append(
            '<table border="1" cellspacing="0" width="60%" height="90"><tr>'
            '<td height="90" valign="top">Stamp</td></tr></table>'
        )
    if doc.signatures:
        out.append(_signatures_html(doc))
    out.extend(_appended_html(doc))
    out.append("</body></html>")
    return "".join(out)


def _appended_html(doc: Document) -> list[str]:
    """Each appended document from a new page: its body as its own, then (an import slip) a box
    for the importing authority before its signatures."""
    out = []
    for sub in doc.appended:
        body = render_html(replace(sub, paper=doc.paper, signatures=()))
        body = body.split("<body>", 1)[1].rsplit("</body>", 1)[0]
        out.append('<p style="page-break-before: always;"></p>' + body)
        if sub.kind == "import-slip":
            out.append(
                '<table border="1" cellspacing="0" width="100%" height="110"><tr>'
                '<td height="110" valign="top">For the importing authority: stamp</td>'
                "</tr></table>"
            )
        if sub.signatures:
            out.append(_signatures_html(sub))
    return out


def _signatures_html(doc: Document) -> str:
    """A signature line for each signer, with room to sign above it (blank lines: Qt's rich
    text ignores a cell's padding there), clear of the last table."""
    cells = "".join(
        '<td class="sign"><br/><br/><br/>______________________'
        f"<br/>{_esc(who)}<br/>Name, date</td>"
        for who in doc.signatures
    )
    return f'<table width="100%" cellspacing="0"><tr>{cells}</tr></table>'
