"""A category's name in the documents (issue 18): a reconciliation report, printed in the site's
language, names each category in it; the KP documents keep English; the fingerprint stays the
same whatever the language."""

from __future__ import annotations

import pytest

from sortapp.reports import documents
from sortapp.services import assortment, parcels, site
from tests.conftest import make_sorted_lot, pack_parcel_for_antwerp

ENGLISH = "-7+5 Stones / sawables High White"
FRENCH = "-7+5 Sciables Haute Blanc"  # composed of the shipped French names


def _category_table(doc) -> dict[str, str]:
    found = next(t for t in doc.tables if t.heading == "Sorted by category")
    return {
        row[0]: row[1] for row, kind in zip(found.rows, found.kinds, strict=True) if kind == "line"
    }


def test_a_reconciliation_printed_in_french_names_the_categories_in_french(db, who):
    make_sorted_lot(db, who.olu, "L1")
    english = documents.build(db, who.olu, "reconciliation", ["L1"])
    assert _category_table(english)["S5-SAW-Q1-W"] == ENGLISH

    site.set_setting(db, who.admin, "language", "fr")
    french = documents.build(db, who.olu, "reconciliation", ["L1"])
    assert french.language == "fr"
    assert _category_table(french)["S5-SAW-Q1-W"] == FRENCH
    html = documents.render_html(french)
    assert FRENCH in html and ENGLISH not in html
    # The same content: the fingerprint does not depend on the language it is printed in.
    assert french.fingerprint == english.fingerprint

    # A name a supervisor gives the category is the one printed from then on.
    assortment.set_name(db, who.sam, "S5-SAW-Q1-W", "fr", "Sciables blancs -7+5")
    again = documents.build(db, who.olu, "reconciliation", ["L1"])
    assert _category_table(again)["S5-SAW-Q1-W"] == "Sciables blancs -7+5"
    # Russian at a Russian site; no name in another language than the site's.
    site.set_setting(db, who.admin, "language", "ru")
    russian = documents.build(db, who.olu, "reconciliation", ["L1"])
    assert _category_table(russian)["S5-SAW-Q1-W"] == "-7+5 Пилуемые Высокое Белый"


@pytest.mark.parametrize("kind", ["manifest", "kp-sheet", "invoice"])
def test_the_kp_documents_keep_the_english_names(db, who, kind):
    pack_parcel_for_antwerp(db, who)
    parcels.seal_parcel(db, who.sam, "P1", kp_cert="BW-2026-1", seals=["S1"])
    assortment.set_name(db, who.sam, "SAW", "fr", "Pierres à scier", kind="model")
    site.set_setting(db, who.admin, "language", "fr")
    html = documents.render_html(documents.build(db, who.olu, kind, ["P1"]))
    assert "Pierres à scier" not in html and "Sciables" not in html


def test_a_receipt_names_no_category(db, who):
    """A receipt is of a lot as it arrived, before sorting: no category to name (the French
    names show on the reconciliation report, above)."""
    make_sorted_lot(db, who.olu, "L1")
    site.set_setting(db, who.admin, "language", "fr")
    html = documents.render_html(documents.build(db, who.olu, "receipt", ["L1"]))
    assert "S5-SAW-Q1-W" not in html and FRENCH not in html
