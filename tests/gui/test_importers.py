"""The register of importers at the desk: a supervisor adds and changes a party from the
Parcels page, an operator sees it only, a refusal writes nothing, and a new parcel's importer is
offered the register's names (issue 14)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QApplication

from sortapp.services import parties
from sortapp.services.verify import audit_entries
from sortapp.ui import dialogs
from sortapp.ui.parties import WHO_MAY, ImportersDialog
from tests.gui.conftest import status
from tests.gui.fit import available, misfits
from tests.gui.test_dialogs import opened
from tests.gui.test_screens import fit_to


def _register(qtbot, monkeypatch, window) -> ImportersDialog:
    """The register as the Parcels page's Importers... button opens it."""
    shown: list[ImportersDialog] = []

    def ask(cls, parent, ctx):
        dialog = cls(parent, ctx)
        qtbot.addWidget(dialog)
        shown.append(dialog)

    monkeypatch.setattr(ImportersDialog, "ask", classmethod(ask))
    window.go(3)
    button = window.parcels.importers_button
    assert button.isVisible() and button.window() is window  # on the Parcels page
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(shown) == 1
    return shown[0]


def _typing(qtbot, monkeypatch, typed: dict[str, str], seen: dict[str, object]) -> None:
    """The party form, when it opens, gets ``typed`` (field: text) and OK; ``seen``: what it
    said and whether it stayed open."""

    def ask(cls, *args, **kwargs):
        dialog = opened(qtbot, cls.build(*args, **kwargs))
        seen["fields"] = dict(dialog.values())
        for key, text in typed.items():
            field = dialog.fields[key]
            if key == "country":
                field.setCurrentIndex(field.findText(text))
            else:
                field.clear()
                qtbot.keyClicks(field, text)
        dialog.findChild(dialogs.QDialogButtonBox).accepted.emit()
        seen["open"], seen["said"] = dialog.isVisible(), dialog.said()
        if dialog.isVisible():
            dialog.reject()
            return None
        return dialogs.FirstRunDialog.answer(dialog.values())

    monkeypatch.setattr(dialogs.PartyDialog, "ask", classmethod(ask))


def test_a_supervisor_adds_and_changes_an_importer_from_the_parcels_page(
    qtbot, make_window, db, monkeypatch
):
    window = make_window("sam")
    register = _register(qtbot, monkeypatch, window)
    assert register.model.rowCount() == 0
    assert register.add_button.isEnabled()
    assert not register.edit_button.isEnabled()  # nothing selected yet
    seen: dict[str, object] = {}
    typed = {
        "name": "Antwerp Rough NV",
        "address": "Hoveniersstraat 30, 2018 Antwerpen",
        "country": "Belgium (BE)",
        "tax_number": "BE0123456789",
        "licence": "IMP-7",
        "port": "Antwerp",
    }
    _typing(qtbot, monkeypatch, typed, seen)
    register.add()
    assert seen["open"] is False
    found = parties.get_party(db, "antwerp rough nv")
    assert found == parties.Party(
        "Antwerp Rough NV",
        "Hoveniersstraat 30, 2018 Antwerpen",
        "BE",
        "BE0123456789",
        "IMP-7",
        "Antwerp",
    )
    assert "Importer Antwerp Rough NV added to the register" in status(window)
    assert [p.name for p in register.model.rows()] == ["Antwerp Rough NV"]
    assert register.selected() == found  # the one added is selected: Edit is at hand
    assert register.edit_button.isEnabled()

    # Edit: the form opens with the party as registered, the name not to be changed.
    _typing(qtbot, monkeypatch, {"port": "Brussels Airport", "licence": "IMP-8"}, seen)
    register.edit()
    assert seen["fields"] == typed
    assert seen["open"] is False
    found = parties.get_party(db, "Antwerp Rough NV")
    assert (found.port, found.licence, found.address) == (
        "Brussels Airport",
        "IMP-8",
        "Hoveniersstraat 30, 2018 Antwerpen",
    )
    assert "Importer Antwerp Rough NV changed in the register" in status(window)
    assert register.model.row(0).port == "Brussels Airport"
    entries = audit_entries(db, action="party.set")
    assert [(e.user, e.object) for e in entries] == [
        ("sam", "Antwerp Rough NV"),
        ("sam", "Antwerp Rough NV"),
    ]


def test_an_operator_sees_the_register_but_cannot_change_it(qtbot, make_window, db, who):
    parties.set_party(
        db, who.sam, "Mumbai Gems Pvt", address="Opera House, Mumbai", country_code="IN"
    )
    window = make_window("olu")
    register = ImportersDialog(window.parcels, window.ctx)
    qtbot.addWidget(register)
    assert [(p.name, p.country, p.address) for p in register.model.rows()] == [
        ("Mumbai Gems Pvt", "IN", "Opera House, Mumbai")
    ]
    register.table.selectRow(0)
    for button in (register.add_button, register.edit_button):
        assert not button.isEnabled()
        assert WHO_MAY in button.toolTip()
    assert window.parcels.importers_button.isEnabled()  # seeing it is for everyone


def test_a_new_importer_without_an_address_is_refused_and_nothing_written(
    qtbot, make_window, db, monkeypatch
):
    window = make_window("sam")
    register = _register(qtbot, monkeypatch, window)
    seen: dict[str, object] = {}
    _typing(
        qtbot, monkeypatch, {"name": "Dubai DMCC", "country": "United Arab Emirates (AE)"}, seen
    )
    register.add()
    assert seen["open"] is True  # said beside the field, what was typed kept
    assert seen["said"] == {"address": "Fill in Address."}
    # The same answer sent (a test's ask, no form): the service refuses it, said in the status bar.
    answer = {
        "name": "Dubai DMCC",
        "address": "",
        "country": "AE",
        "tax_number": "",
        "licence": "",
        "port": "",
    }
    monkeypatch.setattr(dialogs.PartyDialog, "ask", classmethod(lambda c, *a, **k: answer))
    register.add()
    assert "Party Dubai DMCC is new: give its address and country" in status(window)
    assert parties.list_parties(db, window.ctx.actor) == []
    assert audit_entries(db, action="party.set") == []
    assert register.model.rowCount() == 0


def test_a_new_parcel_offers_the_registered_importers(qtbot, make_window, db, who, monkeypatch):
    for name, where, country in (
        ("Antwerp Rough NV", "Hoveniersstraat 30, Antwerpen", "BE"),
        ("Mumbai Gems Pvt", "Opera House, Mumbai", "IN"),
    ):
        parties.set_party(db, who.sam, name, address=where, country_code=country)
    window = make_window("olu")
    offered: dict[str, object] = {}

    def ask(cls, parent, exporter, countries, submit=None, **kwargs):
        dialog = opened(qtbot, cls.build(parent, exporter, countries, submit, **kwargs))
        importer = dialog.fields["importer"]
        qtbot.keyClicks(importer, "rough")
        completer = importer.completer()
        model = completer.completionModel()
        offered["names"] = [model.index(i, 0).data() for i in range(model.rowCount())]
        importer.clear()
        qtbot.keyClicks(importer, "Someone Not Registered BV")  # still possible
        offered["typed"] = dialog.values()["importer"]
        dialog.reject()

    monkeypatch.setattr(dialogs.NewParcelDialog, "ask", classmethod(ask))
    window.go(3)
    window.parcels.new_item()
    assert offered == {"names": ["Antwerp Rough NV"], "typed": "Someone Not Registered BV"}


def test_the_register_and_its_form_fit_the_smallest_screen(qtbot, make_window, db, who):
    """At 1366x768 and 150 %: the Parcels page's buttons keep their whole words (they wrap
    under the filter), and the register and the party form have every control in view."""
    parties.set_party(
        db,
        who.sam,
        "Mumbai Gems Private Limited",
        address="BW-5020 Bharat Diamond Bourse, Bandra Kurla Complex, Bandra East, Mumbai 400051",
        country_code="IN",
    )
    width, height = available("1366x768@150")
    window = make_window("sam")
    fit_to(window, width, height)
    window.go(3)
    QApplication.processEvents()
    page = window.parcels
    for button in (page.new_button, page.importers_button):
        assert button.width() >= button.sizeHint().width(), button.text()
        assert page.rect().contains(QRect(button.mapTo(page, QPoint(0, 0)), button.size()))
    register = ImportersDialog(page, window.ctx)
    qtbot.addWidget(register)
    register.resize(min(register.width(), width), min(register.height(), height))
    register.show()
    register.table.selectRow(0)
    QApplication.processEvents()
    assert misfits(register, QSize(width, height)) == []
    assert "Bandra East, Mumbai 400051" in register.detail.text()  # cut in its cell only
    form = dialogs.PartyDialog.build(register, register.countries, None)
    qtbot.addWidget(form)
    form.show()
    QApplication.processEvents()
    assert misfits(form, QSize(width, height)) == []
    assert form.frameGeometry().width() <= width and form.frameGeometry().height() <= height


def test_add_refuses_a_registered_name_beside_the_name_and_writes_nothing(
    qtbot, make_window, db, who, monkeypatch
):
    """Add with a name already registered (any capitalisation) does not overwrite the party:
    the form stays open saying so beside the name, pointing to Edit; nothing is written."""
    parties.set_party(
        db,
        who.sam,
        "Antwerp Rough NV",
        address="Hoveniersstraat 30, 2018 Antwerpen",
        country_code="BE",
        tax_number="BE0123456789",
        licence="IMP-7",
        port="Antwerp",
    )
    before = parties.get_party(db, "Antwerp Rough NV")
    window = make_window("sam")
    register = _register(qtbot, monkeypatch, window)
    seen: dict[str, object] = {}
    typed = {"name": "antwerp rough nv", "address": "Somewhere 1", "country": "Belgium (BE)"}
    _typing(qtbot, monkeypatch, typed, seen)
    register.add()
    assert seen["open"] is True
    said = seen["said"]
    assert list(said) == ["name"]
    assert said["name"].startswith("Antwerp Rough NV is already registered.")
    assert "Edit..." in said["name"]
    assert parties.get_party(db, "Antwerp Rough NV") == before
    assert len(audit_entries(db, action="party.set")) == 1
    assert "added" not in status(window)


def test_edit_with_no_change_is_said_for_the_whole_form(qtbot, make_window, db, who, monkeypatch):
    """ "Nothing to change" is about the form, not a field (an importer whose name has a word
    of a field's label, "Imports", is not said under Import licence)."""
    parties.set_party(
        db, who.sam, "Mumbai Diamond Imports Pvt Ltd", address="Opera House", country_code="IN"
    )
    window = make_window("sam")
    register = _register(qtbot, monkeypatch, window)
    register.table.selectRow(0)
    seen: dict[str, object] = {}
    _typing(qtbot, monkeypatch, {}, seen)
    register.edit()
    assert seen["open"] is True
    assert seen["said"] == {"": "Party Mumbai Diamond Imports Pvt Ltd: nothing to change."}


def test_a_registered_importer_sets_the_destination_and_another_is_warned_of(
    qtbot, make_window, db, who, monkeypatch
):
    """Choosing a registered importer fills the destination with its country; a destination
    other than the importer's registered country is a warning to confirm: No keeps the form
    open and creates nothing, Yes creates the parcel as typed."""
    parties.set_party(
        db, who.sam, "Antwerp Rough NV", address="Hoveniersstraat 30", country_code="BE"
    )
    window = make_window("olu")
    seen: dict[str, object] = {}
    warned: list[str] = []
    answers = [False, True]

    def warn(cls, parent, title, warning, question):
        warned.append(warning)
        return answers.pop(0)

    def ask(cls, parent, exporter, countries, submit=None, **kwargs):
        dialog = opened(qtbot, cls.build(parent, exporter, countries, submit, **kwargs))
        destination = dialog.fields["destination"]
        destination.setCurrentText("AE")
        qtbot.keyClicks(dialog.fields["number"], "P9")
        qtbot.keyClicks(dialog.fields["importer"], "antwerp rough nv")
        seen["filled"] = destination.currentText()
        destination.setCurrentText("AE")  # changed back by hand
        ok = dialog.findChild(dialogs.QDialogButtonBox).accepted
        ok.emit()
        seen["open after No"] = dialog.isVisible()
        seen["parcels after No"] = db.execute("SELECT COUNT(*) FROM parcels").fetchone()[0]
        ok.emit()
        seen["open after Yes"] = dialog.isVisible()
        return dialog.values() if not dialog.isVisible() else None

    monkeypatch.setattr(dialogs.NewParcelDialog, "ask", classmethod(ask))
    monkeypatch.setattr(dialogs.WarningDialog, "ask", classmethod(warn))
    window.go(3)
    window.parcels.new_item()
    assert seen == {
        "filled": "BE",
        "open after No": True,
        "parcels after No": 0,
        "open after Yes": False,
    }
    assert warned[0] == (
        "Antwerp Rough NV is registered in Belgium (BE), but the destination is United Arab "
        "Emirates (AE): the commercial invoice and KP sheet would print the importer without "
        "its registered address and identifiers"
    )
    row = db.execute("SELECT importer, destination FROM parcels").fetchone()
    assert tuple(row) == ("antwerp rough nv", "AE")
