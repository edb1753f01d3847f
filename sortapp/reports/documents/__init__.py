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
    "valuation",
    "with_copy",
]

KINDS = ("manifest", "kp-sheet", "invoice", "valuation", "receipt", "reconciliation", "label")


def build(
    db: Database, actor: Actor, kind: str, numbers: list[str], *, label_printer: bool = False
) -> Document:
    """Build any document by kind (what the CLI's ``print`` and the app's print actions call)."""
    actor.require(Role.OPERATOR, "printing")
    sheet = settings.settings(db).paper
    if kind == "label":
        doc = labels(db, numbers, label_printer=label_printer)
        paper = "label" if label_printer else sheet
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
    return replace(builders[kind](db, numbers[0]), chain=anchors.document_mark(db), paper=sheet)
