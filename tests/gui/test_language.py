"""View > Language: the app speaks another language at once, without a restart, and keeps it
with the user (issue 18); each user's own language comes back as they sign in."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFormLayout, QLabel, QMenu

from sortapp import app
from sortapp.core import units
from sortapp.core.errors import UserError
from sortapp.core.i18n import language_code
from sortapp.services import language, verify
from sortapp.storage.db import open_db
from sortapp.ui import dialogs, i18n
from sortapp.ui.mainwindow import AREAS
from tests.conftest import PASSWORD

ENGLISH_MENUS = ["&File", "&Edit", "&Go", "&View", "&Help"]


pytestmark = pytest.mark.usefixtures("english_after")


def menus(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [action.text() for action in window.menuBar().actions()]


def menu_texts(window) -> set[str]:  # type: ignore[no-untyped-def]
    texts = set()
    for top in window.menuBar().actions():
        texts.add(top.text())
        texts.update(action.text() for action in top.menu().actions())
    return texts


def test_the_language_changes_at_once_and_the_user_stays(make_window, db):
    window = make_window("olu")
    window.go(2)
    stock = window.stock
    assert menus(window) == ENGLISH_MENUS
    assert [a.text() for a in window.language_actions.values()] == [
        "&English",  # (each its own letter: ``ui.mnemonics``)
        "&Русский",
        "&Français",
        "&Português",
    ]
    assert window.language_actions["en"].isChecked()

    window.language_actions["fr"].trigger()

    assert i18n.language() == "fr"
    assert menus(window) == ["&Fichier", "É&dition", "A&ller", "&Affichage", "A&ide"]
    assert "&Verrouiller / changer d'utilisateur..." in menu_texts(window)
    assert window.language_actions["fr"].isChecked()
    assert window.user_label.text() == f"Connecté : olu ({i18n.marked('operator')})"
    assert window.windowTitle().startswith("sortapp - ")
    # The window, the user and the page on screen stay; the page was made again.
    assert window.isVisible() and not window.locked
    assert window.ctx.actor.name == "olu"
    assert window.stack.currentIndex() == 2
    assert window.nav.currentRow() == 2
    assert window.stock is not stock
    assert window.stack.currentWidget() is window.stock
    assert [window.nav.item(i).text() for i in range(len(AREAS))] == [
        i18n.marked(spec.title) for spec in AREAS
    ]
    # Stored with the user, and kept for this workstation's next sign-in.
    assert language.user_language(db, "olu") == "fr"
    assert QSettings().value(i18n.LAST_LANGUAGE) == "fr"

    window.language_actions["en"].trigger()

    assert i18n.language() == "en"
    assert menus(window) == ENGLISH_MENUS
    assert window.user_label.text() == "Signed in: olu (operator)"
    assert window.isVisible() and window.ctx.actor.name == "olu"
    assert window.stack.currentIndex() == 2
    assert language.user_language(db, "olu") == "en"
    # The menus of the languages before are gone, not kept hidden (their shortcuts with them).
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    made = len(window.findChildren(QAction)), len(window.findChildren(QMenu))
    window.language_actions["ru"].trigger()
    window.language_actions["en"].trigger()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert (len(window.findChildren(QAction)), len(window.findChildren(QMenu))) == made
    assert "&Файл" not in {action.text() for action in window.findChildren(QAction)}


def test_each_user_signs_in_to_their_own_language(make_window, db, who, monkeypatch):
    language.set_language(db, who.sam, "ru")
    window = make_window("olu")
    assert i18n.language() == "en"
    answers = [("sam", PASSWORD), ("olu", PASSWORD)]
    monkeypatch.setattr(dialogs.LoginDialog, "ask", classmethod(lambda *_a, **_k: answers.pop(0)))
    window.switch_user()
    assert window.ctx.actor.name == "sam" and not window.locked
    assert i18n.language() == "ru"
    assert menus(window)[0] == "&Файл"
    assert window.language_actions["ru"].isChecked()
    window.switch_user()  # olu chose no language: the one spoken stays
    assert window.ctx.actor.name == "olu"
    assert i18n.language() == "ru"
    language.set_language(db, who.olu, "pt")
    answers.append(("olu", PASSWORD))
    window.switch_user()
    assert i18n.language() == "pt"
    assert menus(window)[0] == "&Ficheiro"


def test_the_first_run_speaks_the_language_chosen_and_the_first_admin_keeps_it(
    qtbot, tmp_path, monkeypatch
):
    path = tmp_path / "new.db"
    seen: dict[str, object] = {}

    def ask(cls, parent, where, submit=None):  # type: ignore[no-untyped-def]
        dialog = cls.build(parent, where, submit)
        qtbot.addWidget(dialog)
        dialog.show()
        combo = dialog.fields["language"]
        first = dialog.form.itemAt(0, QFormLayout.ItemRole.FieldRole)
        assert first is not None and first.widget() is combo  # at the top
        seen["offered"] = [combo.itemText(i) for i in range(combo.count())]
        seen["english"] = dialog.windowTitle()
        combo.setCurrentText("Français")
        seen["title"] = dialog.windowTitle()
        seen["label"] = dialog.form.labelForField(dialog.fields["code"]).text()
        seen["rule"] = dialog.findChild(QLabel, "code_rule").text()
        qtbot.keyClick(dialog.fields["again"], Qt.Key.Key_Return)  # nothing typed yet
        seen["said"] = dialog.said().get("code")
        dialog.fields["country"].setCurrentText("Botswana (BW)")
        for key, text in (("code", "KSF"), ("name", "Kasane"), ("admin", "boss")):
            dialog.fields[key].setText(text)
        dialog.fields["password"].setText("a long enough secret")
        dialog.fields["again"].setText("a long enough secret")
        qtbot.keyClick(dialog.fields["again"], Qt.Key.Key_Return)
        return cls.answer(dialog.values()) if not dialog.isVisible() else None

    monkeypatch.setattr(dialogs.FirstRunDialog, "ask", classmethod(ask))
    monkeypatch.setattr(app, "FirstRunDialog", dialogs.FirstRunDialog)
    assert app.create_database(path)
    assert seen["offered"] == ["English", "Русский", "Français", "Português"]
    assert seen["english"] == "Create the sortapp database"
    assert seen["title"] == "Créer la base de données sortapp"
    assert seen["label"] == "Code du site"
    assert str(seen["rule"]).startswith("Le code du site : ")
    assert seen["said"] == "Renseignez Code du site."
    assert i18n.language() == "fr"
    assert QSettings().value(i18n.LAST_LANGUAGE) == "fr"  # the sign-in that follows speaks it
    db = open_db(path)
    try:
        assert language.user_language(db, "boss") == "fr"
        assert verify.verify(db).ok
    finally:
        db.close()


@pytest.mark.parametrize(
    ("code", "point", "group", "day"),
    [
        ("fr", ",", "\u202f", "02/12/2026"),
        ("ru", ",", "\xa0", "02.12.2026"),
        ("pt", ",", "\xa0", "02/12/2026"),  # Portugal's and Angola's usage, not Brazil's
    ],
)
def test_figures_and_dates_are_shown_as_the_language_writes_them(qapp, code, point, group, day):
    i18n.install(code)
    assert i18n.figures("1,234.500 ct") == f"1{group}234{point}500 ct"
    # By the characters: every digit of a figure no float holds exactly stays.
    assert i18n.figures("12,345,678,901,234,567.891") == (
        f"12{group}345{group}678{group}901{group}234{group}567{point}891"
    )
    assert i18n.figures("lot L1,234 of 2026-12-02 weighs 12.5 ct.") == (
        f"lot L1,234 of 2026-12-02 weighs 12{point}5 ct."
    )
    assert i18n.date_text("2026-12-02") == day
    assert i18n.date_text("not a date") == "not a date"
    assert i18n.time_text("14:05") == "14:05"
    i18n.install("en")
    assert i18n.figures("1,234.500 ct") == "1,234.500 ct"
    assert i18n.date_text("2026-12-02") == "2026-12-02"


def test_entry_keeps_the_sites_rules_whatever_the_language_shows(qapp):
    """Display follows the language; what is typed is read by the site's rule only."""
    i18n.install("fr")
    shown = i18n.figures("1234.500")
    assert shown == "1234,500"
    with pytest.raises(UserError, match=r"this site writes decimals with '\.'"):
        units.parse_carats(shown, "weight")
    assert units.parse_carats(shown, "weight", decimal_comma=True) == 1_234_500


def test_before_sign_in_the_workstation_speaks_its_last_language_else_the_systems(qapp):
    settings = QSettings()
    settings.setValue(i18n.LAST_LANGUAGE, "ru")
    assert i18n.workstation_language() == "ru"
    for value in ("xx", ""):  # none the app speaks: the system's, if the app speaks it
        settings.setValue(i18n.LAST_LANGUAGE, value)
        assert i18n.workstation_language() == language_code(QLocale.system().name())
    settings.remove(i18n.LAST_LANGUAGE)
    assert i18n.workstation_language() == language_code(QLocale.system().name())
    i18n.remember("pt")
    assert i18n.workstation_language() == "pt"


def test_the_lot_and_parcel_open_stay_open_in_the_new_language(make_window, db, who, monkeypatch):
    """The lot being sorted and the parcel open are open again on their pages made anew in the
    language chosen ("Lot not open" was all the sorting page said after it); another user
    signing in next finds neither open."""
    from sortapp.services import parcels  # noqa: PLC0415
    from sortapp.ui import mainwindow  # noqa: PLC0415
    from tests.conftest import make_lot, make_sorted_lot  # noqa: PLC0415

    make_sorted_lot(db, who.olu, "L1")
    make_lot(db, who.olu, "L2")
    parcels.create_parcel(db, who.olu, "P1", importer="Antwerp NV", destination="BE")
    window = make_window("olu")
    window.parcels.open_parcel("P1")
    window.go(1)
    window.sorting.open_lot("L2")
    sorting, parcel_page = window.sorting, window.parcels
    window.language_actions["ru"].trigger()
    assert window.sorting is not sorting and window.current_page() is window.sorting
    assert window.sorting.lot == "L2" and window.sorting.f_lot.text() == "L2"
    assert window.parcels is not parcel_page and window.parcels.current == "P1"
    # Another user: what the pages had open goes with them.
    window.language_actions["en"].trigger()
    window.lock("Locked.")
    monkeypatch.setattr(
        mainwindow.LoginDialog, "ask", classmethod(lambda cls, *a: ("sam", PASSWORD))
    )
    assert window.sign_in()
    assert window.sorting.lot in (None, "") and not window.parcels.current
