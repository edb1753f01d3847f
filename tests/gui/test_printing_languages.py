"""Printed documents in the site's language, read back from the PDF (issue 18): a receipt and
labels in Russian or French, page bands included; a KP data sheet in English with the site's
language beside its headings; Cyrillic and accents embedded in the document's font."""

from __future__ import annotations

import pytest

from sortapp.reports import documents, printing
from sortapp.reports.catalogue import document_words
from sortapp.services import parcels, site
from tests.conftest import pack_parcel_for_antwerp
from tests.pdfread import embedded_fonts, pdf_pages


@pytest.fixture
def sealed(db, who):
    pack_parcel_for_antwerp(db, who)  # lots L1 (BW) and L2 (ZA), sorted, packed into P1
    parcels.seal_parcel(db, who.sam, "P1", kp_cert="BW-2026-1", seals=["S1"])
    return db


def text_of(path) -> str:
    return " ".join(" ".join(pdf_pages(path)).split())


def said(language: str, english: str, **facts: object) -> str:
    words = document_words(language, english)
    assert words != english, f"{english!r} has no {language} translation"
    return words.format(**facts) if facts else words


@pytest.mark.parametrize("language", ["ru", "fr"])
def test_a_receipt_prints_in_the_site_language(qapp, sealed, who, tmp_path, language):
    site.set_setting(sealed, who.admin, "language", language)
    doc = documents.build(sealed, who.olu, "receipt", ["L1"])
    path = tmp_path / "receipt.pdf"
    printing.save_pdf(sealed, who.olu, doc, path)
    text = text_of(path)
    for english in ("Lot receipt", "Weighed carats", "Witness", "Carrier", "Name, date"):
        assert said(language, english) in text
    assert said(language, "Page {page} of {pages}", page=1, pages=1) in text
    assert "Lot receipt" not in text and "Witness" not in text
    assert "L1" in text and "100.000" in text  # data and figures as they are
    assert {"DejaVuSans"} <= {f.split("+")[-1].lstrip("/") for f in embedded_fonts(path)}


def test_labels_print_in_the_site_language(qapp, sealed, who, tmp_path):
    site.set_setting(sealed, who.admin, "language", "ru")
    doc = documents.build(sealed, who.olu, "label", ["L1", "P1"])
    path = tmp_path / "labels.pdf"
    printing.save_pdf(sealed, who.olu, doc, path)
    text = text_of(path)
    assert said("ru", "LOT {number}", number="L1") in text
    assert said("ru", "PARCEL {number}", number="P1") in text
    assert "LOT L1" not in text


def test_a_kp_sheet_is_english_with_the_site_language_beside_its_headings(
    qapp, sealed, who, tmp_path
):
    site.set_setting(sealed, who.admin, "language", "fr")
    path = tmp_path / "english.pdf"
    printing.save_pdf(
        sealed, who.olu, documents.build(sealed, who.olu, "kp-sheet", ["BW-2026-1"]), path
    )
    english = text_of(path)
    assert "Kimberley Process certificate data sheet" in english
    assert said("fr", "Exporting authority") not in english
    site.set_setting(sealed, who.admin, "headings-beside", "yes")
    path = tmp_path / "beside.pdf"
    printing.save_pdf(
        sealed, who.olu, documents.build(sealed, who.olu, "kp-sheet", ["BW-2026-1"]), path
    )
    both = text_of(path)
    assert f"Exporting authority / {said('fr', 'Exporting authority')}" in both
    assert "Page 1 of" in both  # the page bands of a KP document stay English
