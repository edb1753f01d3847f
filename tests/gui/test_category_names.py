"""A category's name in the user's language (issue 18): the pages show it, and a supervisor sees
and edits a category's names per language on the assortment tab."""

from __future__ import annotations

import pytest

from sortapp.reports import documents, printing
from sortapp.services import assortment, site, verify
from sortapp.ui import dialogs, i18n
from tests.conftest import make_sorted_lot
from tests.gui.conftest import status
from tests.pdfread import pdf_pages

CODE = "S5-SAW-Q1-W"
RUSSIAN = "-7+5 Пилуемые Высокое Белый"  # composed of the shipped Russian names


pytestmark = pytest.mark.usefixtures("english_after")


def _rows(model) -> list:
    return [model.row(i) for i in range(model.rowCount())]


def _names(model) -> dict[str, str]:
    return {row["code"]: row["name"] for row in _rows(model)}


def _stock(window) -> dict[str, str]:
    return {r.category: r.name for r in _rows(window.stock.model)}


def test_the_pages_show_a_categorys_russian_name_to_a_user_who_speaks_russian(make_window, db, who):
    make_sorted_lot(db, who.olu, "L1")
    window = make_window("sam")
    window.go(2)
    english = _stock(window)
    assert english[CODE] == "-7+5 Stones / sawables High White"

    window.language_actions["ru"].trigger()

    assert i18n.language() == "ru"
    stock = _stock(window)
    assert stock[CODE] == RUSSIAN
    settings = window.settings_page
    settings.refresh()
    assert _names(settings.categories)[CODE] == RUSSIAN
    assert _names(settings.prices)[CODE] == RUSSIAN
    picker = settings.price_category
    assert f"{CODE}{picker.SEPARATOR}{RUSSIAN}" in picker._model.stringList()
    # A name a supervisor set wins over the composed one, at the next refresh.
    assortment.set_name(db, who.sam, CODE, "ru", "Пилуемые белые -7+5")
    window.stock.refresh()
    assert _stock(window)[CODE] == "Пилуемые белые -7+5"


def test_a_supervisor_edits_a_categorys_names_in_the_dialog(make_window, db, monkeypatch):
    window = make_window("sam")
    page = window.settings_page
    page.refresh()
    assert page.names_button.isEnabled() and page.import_names_button.isEnabled()
    row = next(i for i, r in enumerate(_rows(page.categories)) if r["code"] == CODE)
    page.category_table.selectRow(row)

    built = dialogs.CategoryNamesDialog.build(
        None, assortment.list_categories(db)[row], assortment.own_names(db, CODE)
    )
    # The fields: each language by its own name, blank (none set), the name shown now as hint.
    assert [built.labels[k] for k in ("ru", "fr", "pt")] == ["Русский", "Français", "Português"]
    assert built.fields["ru"].text() == ""
    assert built.fields["ru"].placeholderText() == RUSSIAN
    built.deleteLater()

    answers = {"ru": "Пилуемые белые", "fr": "Sciables blancs", "pt": ""}
    monkeypatch.setattr(dialogs.CategoryNamesDialog, "ask", classmethod(lambda *a, **k: answers))
    page.edit_names()

    assert assortment.own_names(db, CODE) == {"ru": "Пилуемые белые", "fr": "Sciables blancs"}
    assert verify.verify(db).ok


def test_an_operator_cannot_open_the_names(make_window, db, monkeypatch):
    window = make_window("olu")
    page = window.settings_page
    page.refresh()
    assert not page.names_button.isEnabled()
    assert not page.import_names_button.isEnabled()
    asked = []
    monkeypatch.setattr(
        dialogs.CategoryNamesDialog, "ask", classmethod(lambda *a, **k: asked.append(a))
    )
    page.category_table.selectRow(0)
    page.edit_names()
    assert asked == []
    assert assortment.own_names(db, CODE) == {}


def test_a_reconciliation_printed_at_a_french_site_names_the_category_in_french(
    qapp, db, who, tmp_path
):
    """Read back from the PDF: the site's language names the category (a receipt, of a lot as
    it arrived, names none)."""
    make_sorted_lot(db, who.olu, "L1")
    site.set_setting(db, who.admin, "language", "fr")
    path = tmp_path / "reconciliation.pdf"
    printing.save_pdf(db, who.olu, documents.build(db, who.olu, "reconciliation", ["L1"]), path)
    text = " ".join(" ".join(pdf_pages(path)).split())
    assert "-7+5 Sciables Haute Blanc" in text
    assert "Stones / sawables" not in text


def test_a_names_file_is_read_once_so_what_was_checked_is_what_is_imported(
    make_window, db, monkeypatch, tmp_path
):
    """The check and the import read one text: a file rewritten between them (another
    program saving it) is not imported unchecked."""
    good = tmp_path / "names.csv"
    good.write_text(f"code,name_ru,name_fr\n{CODE},Пилуемые белые,Sciables blancs\n")
    monkeypatch.setattr(dialogs.OpenFileDialog, "ask", classmethod(lambda *a: str(good)))
    checked = assortment.import_names

    def check_then_rewrite(*args, **kwargs):
        found = checked(*args, **kwargs)
        good.write_text(f"code,name_fr\n{CODE},Réécrit entre-temps\n")
        return found

    monkeypatch.setattr("sortapp.ui.pages.settings.assortment.import_names", check_then_rewrite)
    window = make_window("sam")
    page = window.settings_page
    page.refresh()
    page.import_names_button.click()
    assert assortment.own_names(db, CODE) == {"ru": "Пилуемые белые", "fr": "Sciables blancs"}


def test_a_supervisor_imports_names_all_or_nothing(make_window, db, monkeypatch, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text(f"code,name_ru,name_fr\n{CODE},Пилуемые белые,Sciables blancs\nNOPE,x,y\n")
    good = tmp_path / "good.csv"
    good.write_text(f"code,name_ru,name_fr\n{CODE},Пилуемые белые,Sciables blancs\n")
    files = iter([str(bad), str(good)])
    monkeypatch.setattr(dialogs.OpenFileDialog, "ask", classmethod(lambda *a: next(files)))
    shown = []
    monkeypatch.setattr(
        "sortapp.ui.pages.settings.message",
        lambda parent, title, text, **kw: shown.append((text, kw["details"])),
    )
    window = make_window("sam")
    page = window.settings_page
    page.refresh()

    page.import_names_button.click()
    assert shown == [("1 bad row; nothing was imported.", shown[0][1])]
    assert shown[0][1].startswith("line 3: ") and "NOPE" in shown[0][1]
    assert assortment.own_names(db, CODE) == {}
    assert status(window) == f"1 bad row in {bad}; nothing was imported."

    page.import_names_button.click()
    assert assortment.own_names(db, CODE) == {"ru": "Пилуемые белые", "fr": "Sciables blancs"}
    assert status(window) == "Imported 2 names."
    assert verify.verify(db).ok
