"""Printed documents in the site's language, read back from the PDF (issue 18): a receipt and
labels in Russian or French, page bands included; a KP data sheet in English with the site's
language beside its headings; Cyrillic and accents embedded in the document's font."""

from __future__ import annotations

import pytest

from sortapp.core.i18n import LANGUAGES
from sortapp.reports import documents, printing
from sortapp.reports.catalogue import document_words
from sortapp.services import assortment, parcels, settings, site, sorting
from sortapp.ui import dialogs
from tests.conftest import make_lot, pack_parcel_for_antwerp
from tests.gui.conftest import status
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
    for english in (
        "Lot receipt",
        "Weighed carats",
        "Witness",
        "Carrier",
        "Name, date",
        "keyed, not from the balance",
    ):
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


def test_a_label_sheet_footer_says_title_and_summary_as_one_sentence(qapp, sealed, who, tmp_path):
    """The footer's "{title}: {summary}" is a phrase of the site's language (French puts a
    space before the colon), not an English colon between said words."""
    site.set_setting(sealed, who.admin, "language", "fr")
    path = tmp_path / "labels.pdf"
    printing.save_pdf(
        sealed, who.olu, documents.build(sealed, who.olu, "label", ["L1", "P1"]), path
    )
    text = text_of(path)
    summary = said("fr", "{n} labels, first {first}, last {last}", n=2, first="L1", last="P1")
    named = said("fr", "{title}: {summary}", title=said("fr", "Labels"), summary=summary)
    assert named.startswith("Étiquettes : ")
    assert named in text


@pytest.mark.parametrize("language", ["ru", "fr"])
def test_the_stamp_boxes_read_beside_the_kp_sheet_headings(qapp, sealed, who, tmp_path, language):
    site.set_setting(sealed, who.admin, "language", language)
    site.set_setting(sealed, who.admin, "headings-beside", "yes")
    path = tmp_path / "kp.pdf"
    printing.save_pdf(
        sealed, who.olu, documents.build(sealed, who.olu, "kp-sheet", ["BW-2026-1"]), path
    )
    text = text_of(path)
    assert f"Stamp / {said(language, 'Stamp')}" in text
    box = "For the importing authority: stamp"
    assert f"{box} / {said(language, box)}" in text


def test_the_site_language_is_set_on_the_settings_form_and_the_next_receipt_speaks_it(
    qtbot, make_window, sealed, monkeypatch, tmp_path
):
    from PySide6.QtCore import Qt  # noqa: PLC0415
    from PySide6.QtWidgets import QCheckBox, QComboBox  # noqa: PLC0415

    from sortapp.ui.printing import print_document  # noqa: PLC0415

    window = make_window("admin")
    window.go(6)
    page = window.settings_page
    chooser = page.site_fields["language"].widget
    beside = page.site_fields["headings-beside"].widget
    assert isinstance(chooser, QComboBox) and isinstance(beside, QCheckBox)
    # Each language by its own name, whatever the screen speaks; English until changed.
    assert [chooser.itemText(i) for i in range(chooser.count())] == list(LANGUAGES.values())
    assert chooser.currentData() == "en" and not beside.isChecked()
    chooser.setCurrentIndex(chooser.findData("ru"))
    beside.setChecked(True)
    qtbot.mouseClick(page.save_site, Qt.MouseButton.LeftButton)
    here = settings.settings(sealed)
    assert (here.language, here.headings_beside) == ("ru", True)
    assert "Site language (printed documents)" in status(window)
    target = tmp_path / "receipt.pdf"
    monkeypatch.setattr(dialogs.PrintChoice, "ask", classmethod(lambda c, p, t: "pdf"))
    monkeypatch.setattr(
        dialogs.SaveFileDialog, "ask", classmethod(lambda c, p, t, s, f="": str(target))
    )
    print_document(window, window.ctx, "receipt", ["L1"])
    text = text_of(target)
    assert said("ru", "Lot receipt") in text and "Lot receipt" not in text
    assert f"Saved {target} (1 page)." in status(window)  # the screen speaks English: "1 page"
    # Shown again from the database: the form holds what was saved.
    page.refresh()
    assert chooser.currentData() == "ru" and beside.isChecked()


def test_the_site_language_is_read_only_for_a_supervisor(make_window, db):
    window = make_window("sam")
    window.go(6)
    fields = window.settings_page.site_fields
    assert fields["language"].read_only() and fields["headings-beside"].read_only()


#: A mine named as a word the catalogue holds and the language says otherwise ("Mine" is
#: "Mine" in French too).
MINE_NAMED = {"ru": "Mine", "fr": "Importer"}


@pytest.mark.parametrize("language", ["ru", "fr"])
def test_data_that_is_a_catalogue_word_prints_as_entered(qapp, db, who, tmp_path, language):
    """A mine named "Mine", a supplier named "Exporter", a seal "Parcel" and a category named
    "Sorted" are data: printed exactly as entered at
    a Russian or French site, while the documents' own words around them are that language's
    (the catalogue translates each of these words, as a heading). (An incoming certificate
    "Status" was one too, until a certificate's number had to begin with its country's code.)"""
    mine = MINE_NAMED[language]
    make_lot(
        db, who.olu, "L8", origins=[("BW", mine)], seals=["Parcel"], kp_cert="ZA-7", stones=120,
        from_country="ZA", declared_value_cents=90_000,
    )  # fmt: skip
    sorting.add_entry(db, who.olu, "L8", "G1-SAW-Q1-W", 99_900, 120)
    sorting.add_loss(db, who.olu, "L8", "cleaning", 100)
    sorting.close_sorting(db, who.olu, "L8")
    make_lot(db, who.olu, "L9", origins=[("ZA", "")], supplier="Exporter")
    site.set_setting(db, who.admin, "language", language)
    # The category's name in the site's language: the one a reconciliation prints.
    assortment.set_name(db, who.sam, "G1-SAW-Q1-W", language, "Sorted")
    texts = {}
    for kind, numbers in [
        ("receipt", ["L8"]),
        ("receipt", ["L9"]),
        ("reconciliation", ["L8"]),
        ("label", ["L8", "L9"]),
    ]:
        path = tmp_path / f"{kind}-{numbers[0]}.pdf"
        printing.save_pdf(db, who.olu, documents.build(db, who.olu, kind, numbers), path)
        texts[kind, numbers[0]] = text_of(path)
    receipt, supplied = texts["receipt", "L8"], texts["receipt", "L9"]
    assert said(language, "Lot receipt") in receipt and "Lot receipt" not in receipt
    assert f"{said(language, 'Received from')} {mine}" in receipt
    assert f"{said(language, 'Seals')} Parcel" in receipt
    assert f"{said(language, 'Incoming KP certificate')} ZA-7" in receipt
    for word in (mine, "Parcel"):  # (each a word the catalogue translates)
        assert said(language, word) not in receipt
    assert f"{said(language, 'Received from')} Exporter" in supplied
    assert said(language, "Exporter") not in supplied
    reconciliation = texts["reconciliation", "L8"]
    assert said(language, "Sorted by category") in reconciliation
    assert "G1-SAW-Q1-W Sorted" in reconciliation  # the category's name, as entered
    assert f"G1-SAW-Q1-W {said(language, 'Sorted')}" not in reconciliation
    labels = texts["label", "L8"]
    mined = said(language, "Origin {origin}, mine {mines}", origin="BW", mines=mine)
    supplier = said(language, "Origin {origin}, from {supplier}", origin="ZA", supplier="Exporter")
    assert mined in labels and supplier in labels
