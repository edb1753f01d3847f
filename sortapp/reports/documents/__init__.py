"""The printed documents as data (Qt-free): one builder module per document, built from core
data, rendered to HTML (``render``) and painted onto paper or PDF by ``printing``. What is
printed is exactly what the ledger holds."""

from __future__ import annotations

from dataclasses import replace

from sortapp.core.errors import UserError
from sortapp.core.i18n import phrase
from sortapp.core.roles import Actor, Role
from sortapp.reports.documents.common import Document, Label, Table, shipment_for, with_copy
from sortapp.reports.documents.invoice import invoice
from sortapp.reports.documents.kp_sheet import KP_STATEMENT, kp_sheet
from sortapp.reports.documents.label import labels
from sortapp.reports.documents.manifest import manifest
from sortapp.reports.documents.receipt import receipt
from sortapp.reports.documents.reconciliation import reconciliation
from sortapp.reports.documents.render import render_html
from sortapp.reports.documents.valuation import valuation
from sortapp.services import anchors, settings
from sortapp.storage.dbapi import Database

__all__ = [
    "IN_SITE_LANGUAGE",
    "KINDS",
    "KP_STATEMENT",
    "Document",
    "Label",
    "Table",
    "build",
    "invoice",
    "kp_sheet",
    "labels",
    "manifest",
    "receipt",
    "reconciliation",
    "render_html",
    "shipment_for",
    "spoken",
    "valuation",
    "with_copy",
]

KINDS = ("manifest", "kp-sheet", "invoice", "valuation", "receipt", "reconciliation", "label")

#: The documents printed in the site's language (issue 18); the others (the KP data sheet, the
#: invoice, the manifest, the valuation) stay in English, the site's language beside their
#: headings where the site asks for it (``headings-beside``).
IN_SITE_LANGUAGE = ("receipt", "reconciliation", "label")


def spoken(doc: Document, language: str, beside: bool) -> Document:
    """``doc`` in the language its kind is printed in at a site speaking ``language``."""
    if doc.kind in IN_SITE_LANGUAGE:
        return replace(doc, language=language, beside="")
    return replace(doc, language="en", beside=language if beside and language != "en" else "")


def build(
    db: Database, actor: Actor, kind: str, numbers: list[str], *, label_printer: bool = False
) -> Document:
    """Build any document by kind (what the CLI's ``print`` and the app's print actions call)."""
    actor.require(Role.OPERATOR, "printing")
    here = settings.settings(db)
    sheet = here.paper
    if kind == "label":
        doc = labels(db, numbers, label_printer=label_printer)
        paper = "label" if label_printer else sheet
        doc = spoken(doc, here.language, here.headings_beside)
        return replace(doc, chain=anchors.document_mark(db), paper=paper)
    if len(numbers) != 1:
        raise UserError(phrase("{kind}: name exactly one lot, parcel or certificate", kind=kind))
    builders = {
        "manifest": manifest,
        "kp-sheet": kp_sheet,
        "invoice": invoice,
        "valuation": valuation,
        "receipt": receipt,
        "reconciliation": reconciliation,
    }
    if kind not in builders:
        raise UserError(
            phrase(
                "'{kind}' is not a document; use one of {kinds}", kind=kind, kinds=", ".join(KINDS)
            )
        )
    doc = spoken(builders[kind](db, numbers[0]), here.language, here.headings_beside)
    return replace(doc, chain=anchors.document_mark(db), paper=sheet)
