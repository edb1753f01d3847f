"""Printed documents in the site's language (issue 18), as data and HTML (no Qt): which
documents speak it, which stay English with it beside their headings, and that data, figures
and fingerprints never change with the language."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from html import escape
from pathlib import Path

import pytest

from sortapp.core.errors import UserError
from sortapp.core.i18n import N_, Phrase, listing, phrase, say_with
from sortapp.reports import documents
from sortapp.reports.documents.common import Figures
from sortapp.reports.documents.people import LotPeople, sorters_text
from sortapp.services import lots, parcels, settings, site
from tests.conftest import pack_parcel_for_antwerp

#: The words the documents mark for translation (as lupdate found them): a catalogue knows
#: these and no data.
MARKED = {
    message.findtext("source")
    for message in ET.parse(
        Path(__file__).resolve().parents[3] / "resources" / "translations" / "documents_fr.ts"
    ).iter("message")
}


def bracketed(language: str, text: str) -> str:
    """A catalogue that has every marked word: ``[fr]Lot``; anything else as it is."""
    return f"[{language}]{text}" if text in MARKED else text


@pytest.fixture
def sealed(db, who):
    pack_parcel_for_antwerp(db, who)  # lots L1 (BW) and L2 (ZA), sorted, packed into P1
    parcels.seal_parcel(db, who.sam, "P1", kp_cert="BW-2026-1", seals=["S1"])
    return db


def test_the_site_language_is_a_setting_of_the_languages_the_app_speaks(db, who):
    assert settings.settings(db).language == "en" and not settings.settings(db).headings_beside
    site.set_setting(db, who.admin, "language", "FR")
    site.set_setting(db, who.admin, "headings-beside", "yes")
    here = settings.settings(db)
    assert (here.language, here.headings_beside) == ("fr", True)
    with pytest.raises(UserError, match="language: use one of en, ru, fr, pt") as refused:
        site.set_setting(db, who.admin, "language", "de")
    assert isinstance(refused.value.message, Phrase)  # said in the reader's language


@pytest.mark.parametrize("beside", [False, True])
def test_which_documents_speak_the_site_language(sealed, who, beside):
    site.set_setting(sealed, who.admin, "language", "ru")
    site.set_setting(sealed, who.admin, "headings-beside", "yes" if beside else "no")
    spoken = {
        kind: documents.build(sealed, who.olu, kind, [number])
        for kind, number in [
            ("receipt", "L1"),
            ("reconciliation", "L1"),
            ("label", "L1"),
            ("manifest", "P1"),
            ("kp-sheet", "BW-2026-1"),
            ("invoice", "BW-2026-1"),
            ("valuation", "BW-2026-1"),
        ]
    }
    for kind in ("receipt", "reconciliation", "label"):
        assert (spoken[kind].language, spoken[kind].beside) == ("ru", "")
    for kind in ("manifest", "kp-sheet", "invoice", "valuation"):
        assert (spoken[kind].language, spoken[kind].beside) == ("en", "ru" if beside else "")


def test_a_receipt_in_the_site_language_says_its_words_and_keeps_its_data(sealed, who):
    english = documents.build(sealed, who.olu, "receipt", ["L1"])
    site.set_setting(sealed, who.admin, "language", "fr")
    french = documents.build(sealed, who.olu, "receipt", ["L1"])
    # The same content: the fingerprint a reader checks does not depend on the language.
    assert french.fingerprint == english.fingerprint and french.facts == english.facts
    html = documents.render_html(french, bracketed)
    assert "[fr]Lot receipt" in html and "[fr]Received by" in html and "[fr]Witness" in html
    assert "[fr]Name, date" in html
    assert ">L1<" in html and "100.000" in html  # data and figures as they are
    assert "[fr]L1" not in html and "[fr]100.000" not in html
    assert "[en]" not in html
    plain = documents.render_html(english, bracketed)
    assert "[fr]" not in plain and "Lot receipt" in plain  # an English site: English words


def test_a_phrase_in_a_document_is_said_with_its_facts(sealed, who):
    site.set_setting(sealed, who.admin, "language", "pt")
    rec = documents.build(sealed, who.olu, "reconciliation", ["L1"])
    entries = dict(rec.facts)["Entries"]
    assert isinstance(entries, Phrase) and entries.facts["recorded"] in entries
    html = documents.render_html(rec, bracketed)
    # The template looked up, then its facts put in: the figures stay figures.
    assert f"[pt]{entries.facts['recorded']} recorded;" in html
    # Words in a figures' column (a table cell) are said; the figures are not.
    summary_rows = rec.tables[-1].rows
    assert "[pt]Received (weighed)" in html and f">{summary_rows[0][1]}<" in html


def test_a_kp_document_stays_english_with_the_site_language_beside_its_headings(sealed, who):
    site.set_setting(sealed, who.admin, "language", "fr")
    alone = documents.render_html(documents.build(sealed, who.olu, "manifest", ["P1"]), bracketed)
    assert "[fr]" not in alone  # not asked for: English only
    site.set_setting(sealed, who.admin, "headings-beside", "yes")
    doc = documents.build(sealed, who.olu, "manifest", ["P1"])
    html = documents.render_html(doc, bracketed)
    assert "Exporter / [fr]Exporter" in html
    assert "Packer: olu / [fr][fr]Packer: olu" in html  # the caption's role said within it
    assert "Carats<br/>[fr]Carats" in html  # a column's heading: the language under it
    # Values stay English on a KP document: the country of origin's words, the seals.
    assert "[fr]MIXED" not in html and "[fr]S1" not in html


def test_a_label_line_is_a_phrase_said_in_the_site_language(sealed, who):
    site.set_setting(sealed, who.admin, "language", "ru")
    doc = documents.build(sealed, who.olu, "label", ["L1", "P1"])
    lot, parcel = doc.labels
    assert lot.lines[0] == "LOT L1" and isinstance(lot.lines[0], Phrase)
    assert lot.lines[0].template == "LOT {number}"
    assert parcel.lines[0].template == "PARCEL {number}"
    assert all(isinstance(line, Phrase) or not line for line in (*lot.lines, *parcel.lines))


def test_the_stamp_boxes_are_marked_words_said_beside_the_headings(sealed, who):
    """ "Stamp" and the import slip's box were marked inside f-strings, which lupdate never
    reads: no catalogue held them. Marked literals now, found by lupdate, said as headings."""
    assert {"Stamp", "For the importing authority: stamp"} <= MARKED
    site.set_setting(sealed, who.admin, "language", "fr")
    site.set_setting(sealed, who.admin, "headings-beside", "yes")
    doc = documents.build(sealed, who.olu, "kp-sheet", ["BW-2026-1"])
    html = documents.render_html(doc, bracketed)
    assert "Stamp / [fr]Stamp" in html
    assert "For the importing authority: stamp / [fr]For the importing authority: stamp" in html


def test_the_sorters_are_each_said_in_the_document_language():
    """ "olu (12 entries), ola (1 entry)": each part a phrase said in the language, the list
    one phrase whose facts are the parts (a join into plain text would be English)."""
    people = LotPeople(sorters=(("olu", 12), ("ola", 1), ("ana", 3)))
    said = sorters_text(people, Figures())
    assert said == "olu (12 entries), ola (1 entry), ana (3 entries)"  # English as before
    assert say_with(lambda text: bracketed("fr", text), said) == (
        "[fr]olu (12 entries), [fr]ola (1 entry), [fr]ana (3 entries)"
    )
    assert sorters_text(LotPeople(), Figures()) == ""


def test_the_sorters_of_a_reconciliation_are_said_in_the_site_language(sealed, who):
    site.set_setting(sealed, who.admin, "language", "ru")
    rec = documents.build(sealed, who.olu, "reconciliation", ["L1"])
    sorted_by = dict(rec.facts)["Sorted by"]
    assert isinstance(sorted_by, Phrase)
    html = documents.render_html(rec, bracketed)
    assert f"[ru]{sorted_by}" in html  # one sorter: the part itself, said


def test_the_balances_a_lot_was_weighed_on_are_said_in_the_site_language(sealed, who):
    """ "keyed, not from the balance: 3 entries" was English text on a Russian reconciliation:
    each part is a phrase now, the parts one phrase joined by "; "."""
    site.set_setting(sealed, who.admin, "language", "ru")
    rec = documents.build(sealed, who.olu, "reconciliation", ["L1"])
    weighed_on = dict(rec.facts)["Weighed on"]
    assert isinstance(weighed_on, Phrase)
    assert weighed_on.template.startswith("keyed, not from the balance")

    def marked(text: str) -> str:
        return f"[ru]{text}" if "entr" in text or text == "{first}; {rest}" else text

    parts = [
        phrase("keyed, not from the balance: {n} entries", n=2),
        phrase("from file {file}: 1 entry", file="scale.csv"),
    ]
    both = listing(parts, "; ")
    assert both == "keyed, not from the balance: 2 entries; from file scale.csv: 1 entry"
    assert say_with(marked, both) == (
        "[ru][ru]keyed, not from the balance: 2 entries; [ru]from file scale.csv: 1 entry"
    )


def everything(text: str) -> str:
    """A catalogue that holds every text whatever it is: a word looked up shows ``[ru]``."""
    return f"[ru]{text}"


def test_only_a_phrase_is_said_in_a_language_plain_text_is_data():
    """A marked word is a ``Phrase`` with no facts (looked up whole); any other text is data,
    returned as it is even by a catalogue that holds every text (a mine named "Mine")."""
    word = N_("Mine")
    assert (
        word == "Mine"
        and isinstance(word, Phrase)
        and (word.template, word.facts)
        == (
            "Mine",
            {},
        )
    )
    assert say_with(everything, word) == "[ru]Mine"
    assert say_with(everything, "Mine") == "Mine"
    assert say_with(everything, phrase("mine {mine}", mine="Mine")) == "[ru]mine Mine"
    assert say_with(everything, phrase("mine {mine}", mine=N_("Mine"))) == "[ru]mine [ru]Mine"
    assert say_with(everything, "") == "" and say_with(everything, Phrase("", {})) == ""


def _plain_texts(doc: documents.Document) -> list[str]:
    """Every text of ``doc`` that is not a ``Phrase``: what it prints as data."""
    texts = [value for _key, value in doc.facts]
    texts += list(doc.statements)
    for one in doc.tables:
        texts += [one.note, *(cell for row in one.rows for cell in row)]
    texts += [line for label in doc.labels for line in label.lines]
    return [text for text in texts if text and not isinstance(text, Phrase)]


@pytest.mark.parametrize(
    ("kind", "numbers"),
    [("receipt", ["L1"]), ("reconciliation", ["L1"]), ("label", ["L1", "P1"])],
)
def test_a_site_language_document_marks_its_words_and_prints_its_data(sealed, who, kind, numbers):
    """Its headings are marked (typed ``Phrase``), and no word the documents mark is left as
    plain text among its values (a marked word that lost its type would print in English);
    its data, looked up in a catalogue that holds every text, prints as it is."""
    site.set_setting(sealed, who.admin, "language", "ru")
    doc = documents.build(sealed, who.olu, kind, numbers)
    headings = [doc.title, *(key for key, _v in doc.facts), *doc.signatures]
    headings += [h for one in doc.tables for h in (one.heading, *one.columns)]
    assert all(isinstance(heading, Phrase) for heading in headings)
    plain = _plain_texts(doc)
    assert plain or kind == "label"  # (a label's every line is a phrase)
    assert not [text for text in plain if text in MARKED]
    html = documents.render_html(doc, lambda _language, text: everything(text))
    for text in plain:  # each a cell of its own, as it is
        assert f">{escape(text)}<" in html
    if kind == "receipt":
        assert ">Mine<" in html  # the lot's mine (tests.conftest: "Mine"), as entered


def test_who_reweighed_acknowledged_and_received_late_is_said_with_the_reason_as_entered(db, who):
    """ "; reason:", "(was ... ct)" and "; recorded" were English text joined to the data on a
    Russian receipt: phrases now, whose facts (the reason, the names, the times) print as
    entered, a reason that is a catalogue word too."""
    arrived = dt.datetime(2026, 11, 30, 9, 15, tzinfo=dt.UTC)
    lots.receive_lot(
        db,
        who.olu,
        number="L1",
        origins=[("BW", "Mine")],
        declared_mct=100_000,
        received_at=arrived,
    )
    lots.weigh_lot(db, who.ola, "L1", 90_000, 400)
    lots.reweigh_lot(db, who.sam, "L1", 91_000, 400, reason="Status")
    lots.acknowledge_weight(db, who.sue, "L1", "Sorted")
    site.set_setting(db, who.admin, "language", "ru")
    doc = documents.build(db, who.olu, "receipt", ["L1"])
    facts = dict(doc.facts)
    again, acknowledged = facts["Weighed again by"], facts["Acknowledged by"]
    assert again.endswith("91.000 ct (was 90.000 ct); reason: Status")  # English as before
    assert acknowledged.endswith("; reason: Sorted") and "; recorded " in facts["Received by"]
    html = documents.render_html(doc, lambda _language, text: everything(text))
    assert "[ru][ru]" in html and "91.000 ct (was 90.000 ct); reason: Status" in html
    assert "[ru]Status" not in html and "[ru]Sorted" not in html and "[ru]Mine" not in html
    for fact in (again, acknowledged, facts["Received by"]):
        assert isinstance(fact, Phrase)
        assert f">{escape(say_with(everything, fact))}<" in html
