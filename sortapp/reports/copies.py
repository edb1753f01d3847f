"""A print's copy number and version, Qt-free: what ``printing`` paints a document as and
records its print under (``services.reports``). Most documents have one copy number, counted
among prints of the same content; labels have one each, counted per lot or parcel number."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from sortapp.core.roles import Actor
from sortapp.reports.documents import Document, with_copy
from sortapp.reports.documents.label import with_label_copies
from sortapp.services import reports
from sortapp.storage.dbapi import Database

#: A document's copy number: one for most documents, one per label for labels.
Copy = int | tuple[int, ...]


def copy_guess(db: Database, doc: Document) -> Copy:
    """The copy number(s) the next print of ``doc`` would get (a guess: see ``record``)."""
    if doc.kind == "label":
        return tuple(reports.label_print_counts(db, [lb.code for lb in doc.labels]))
    return reports.print_count(db, doc.kind, doc.number, doc.fingerprint)


def versioned(db: Database, doc: Document) -> Document:
    """``doc`` as the version of its content it is (labels: each label on its own, 1)."""
    if doc.kind == "label":
        return doc
    return replace(doc, version=reports.print_version(db, doc.kind, doc.number, doc.fingerprint))


def record(
    db: Database,
    actor: Actor,
    doc: Document,
    details: dict[str, Any],
    *,
    then: Callable[[Copy], dict[str, Any] | None],
) -> Copy:
    """Allocate ``doc``'s copy number(s) and record the print in one transaction (labels: one
    ``print.label`` per label); ``then(copy)`` runs inside it."""
    if doc.kind == "label":
        return tuple(
            reports.record_label_prints(
                db,
                actor,
                [lb.code for lb in doc.labels],
                details,
                then=lambda copies: then(tuple(copies)),
            )
        )
    more = {"version": doc.version} if doc.version > 1 else {}
    return reports.record_print(db, actor, doc.kind, doc.number, {**details, **more}, then=then)


def as_copy(doc: Document, copy: Copy) -> Document:
    """``doc`` as that copy: labels each with their own number."""
    if isinstance(copy, tuple):
        return with_label_copies(doc, list(copy))
    return with_copy(doc, copy)


def highest(copy: Copy) -> int:
    """The highest copy number (what ``save_pdf`` reports)."""
    return max(copy, default=0) if isinstance(copy, tuple) else copy


def next_print(db: Database, doc: Document) -> Document:
    """``doc`` as the next print would be (a preview)."""
    doc = versioned(db, doc)
    return as_copy(doc, copy_guess(db, doc))
