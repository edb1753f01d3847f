"""Dialogs that keep what was typed: the cursor in the first field, a refusal said beside its
field with everything kept, dates picked the same way, a summary before an irreversible step
(issue 13)."""

from __future__ import annotations

import os

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QDialog, QLineEdit

from sortapp.services import assortment, backups, lots, parcels, sorting
from sortapp.storage import records
from sortapp.ui import dialogs
from tests.conftest import PASSWORD, make_lot, make_sorted_lot
from tests.gui.conftest import status


def opened(qtbot, dialog: dialogs.FormDialog) -> dialogs.FormDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    return dialog


def test_a_form_opens_in_its_first_field_and_a_space_or_enter_does_not_send_it_empty(qtbot):
    dialog = opened(qtbot, dialogs.TextDialog.build(None, "Correct entry E1", "Reason"))
    field = dialog.fields["text"]
    assert dialog.focusWidget() is field
    qtbot.keyClick(field, Qt.Key.Key_Space)  # typed into the reason, not OK pressed
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    qtbot.keyClick(field, Qt.Key.Key_Return)  # a blank reason is not sent
    assert dialog.isVisible()
    assert dialog.said() == {"text": "Fill in Reason."}
    qtbot.keyClicks(field, "scale misread")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.values() == {"text": " scale misread"}


def _summaries(monkeypatch, *, yes: bool) -> list[str]:
    """The summaries shown before an irreversible step, each answered ``yes``."""
    shown: list[str] = []
    monkeypatch.setattr(
        dialogs.SummaryDialog, "ask", classmethod(lambda c, p, t, s: shown.append(s) or yes)
    )
    return shown


def _draft(db, who):
    make_sorted_lot(db, who.olu, "L1")
    parcels.create_parcel(db, who.olu, "P1", importer="Antwerp NV", destination="BE")
    parcels.add_goods(db, who.olu, "P1", "S5-SAW-Q1-W", 50_000)


def test_a_refused_seal_keeps_the_dialog_open_with_everything_typed(
    qtbot, make_window, db, who, monkeypatch
):
    _draft(db, who)
    window = make_window("sam")
    window.go(3)
    page = window.parcels
    page.open_parcel("P1")
    seen: dict[str, object] = {}
    summaries = _summaries(monkeypatch, yes=True)

    def ask(cls, parent, number, days, submit=None):
        dialog = opened(qtbot, cls.build(parent, number, days, submit))
        qtbot.keyClicks(dialog.fields["kp_cert"], "ZA-2026-7")  # not the site's country
        qtbot.keyClicks(dialog.fields["seals"], "S1, S2")
        dialog.fields["issued"].setDate(QDate(2026, 5, 1))
        qtbot.keyClick(dialog.fields["seals"], Qt.Key.Key_Return)
        seen["open"] = dialog.isVisible()
        seen["said"] = dialog.said()
        seen["kept"] = dialog.values()
        dialog.fields["kp_cert"].setText("BW-2026-7")
        qtbot.keyClick(dialog.fields["seals"], Qt.Key.Key_Return)
        seen["closed"] = not dialog.isVisible()
        return dialog.values()

    monkeypatch.setattr(dialogs.SealDialog, "ask", classmethod(ask))
    qtbot.mouseClick(page.seal_button, Qt.MouseButton.LeftButton)
    assert seen["open"] and seen["closed"]
    said = seen["said"]
    assert isinstance(said, dict) and list(said) == ["kp_cert"]
    # Beside its field, a sentence that does not name the field again.
    assert said["kp_cert"].startswith("'ZA-2026-7' must start with the site's country code BW")
    assert seen["kept"] == {
        "kp_cert": "ZA-2026-7",
        "seals": "S1, S2",
        "issued": "2026-05-01",
        "expires": "2026-06-30",
    }
    parcel = parcels.get_parcel(db, "P1")
    assert (parcel.status, parcel.kp_cert, parcel.seals) == ("sealed", "BW-2026-7", ("S1", "S2"))
    assert parcel.expires == "2026-06-30"
    assert status(window) == "Sealed parcel P1 under KP certificate BW-2026-7, seals S1, S2."
    # The refused try was checked first and showed no summary; the good one did, with the
    # figures sealing froze.
    assert len(summaries) == 1
    for figure in ("BW-2026-7", "S1, S2", "50.000 ct", "5,000.00 USD", "Origin BW", "2026-05-01"):
        assert figure in summaries[-1]


def test_the_seal_dialogs_dates_are_both_picked_and_the_expiry_follows_the_issue(qtbot):
    dialog = opened(qtbot, dialogs.SealDialog.build(None, "P1", 60))
    issued, expires = dialog.fields["issued"], dialog.fields["expires"]
    assert isinstance(issued, QDateEdit) and isinstance(expires, QDateEdit)
    issued.setDate(QDate(2026, 3, 1))
    assert dialog.values()["expires"] == "2026-04-30"
    expires.setDate(QDate(2026, 4, 15))  # changed by hand: it stays
    issued.setDate(QDate(2026, 3, 2))
    assert dialog.values()["expires"] == "2026-04-15"
    dialog.reject()


def _seal_answered(make_window, db, who, monkeypatch, seals: str, *, yes: bool):
    """Seal P1 as sam, the seal dialog answering ``seals``; the window and summaries shown."""
    _draft(db, who)
    window = make_window("sam")
    window.go(3)  # what a page says shows while it is on screen
    window.parcels.open_parcel("P1")
    summaries = _summaries(monkeypatch, yes=yes)
    answer = {"kp_cert": "BW-1", "seals": seals, "issued": "2026-05-01", "expires": ""}
    monkeypatch.setattr(dialogs.SealDialog, "ask", classmethod(lambda c, *a, **k: answer))
    window.parcels.seal()
    return window, summaries


def test_no_to_the_seal_summary_leaves_the_parcel_a_draft(qtbot, make_window, db, who, monkeypatch):
    _window, summaries = _seal_answered(make_window, db, who, monkeypatch, "S9", yes=False)
    assert parcels.get_parcel(db, "P1").status == "draft"
    assert "50.000 ct" in summaries[0] and "S9" in summaries[0]
    assert "expires 2026-06-30" in summaries[0]  # the expiry sealing would give, checked


def test_a_seal_the_service_refuses_shows_no_summary(qtbot, make_window, db, who, monkeypatch):
    window, summaries = _seal_answered(make_window, db, who, monkeypatch, "S9, s9", yes=True)
    assert summaries == []
    assert "the same seal number is given twice" in status(window)
    assert parcels.get_parcel(db, "P1").status == "draft"


def test_goods_packed_elsewhere_while_the_summary_was_up_are_not_sealed_unseen(
    qtbot, make_window, db, who, monkeypatch
):
    """Another workstation packs into the parcel while the supervisor reads the summary: Yes
    seals nothing (they said yes to 50 ct, not 60), and says to look again."""
    _draft(db, who)
    window = make_window("sam")
    window.go(3)
    window.parcels.open_parcel("P1")
    shown: list[str] = []

    def packed_meanwhile(cls, parent, title, summary):
        shown.append(summary)
        parcels.add_goods(db, who.olu, "P1", "S5-SAW-Q1-W", 10_000)
        return True

    monkeypatch.setattr(dialogs.SummaryDialog, "ask", classmethod(packed_meanwhile))
    answer = {"kp_cert": "BW-1", "seals": "S9", "issued": "2026-05-01", "expires": ""}
    monkeypatch.setattr(dialogs.SealDialog, "ask", classmethod(lambda c, *a, **k: answer))
    window.parcels.seal()
    assert "50.000 ct" in shown[0]
    assert parcels.get_parcel(db, "P1").status == "draft"
    assert "changed after its summary was shown" in status(window)
    assert "nothing was sealed" in status(window)


def test_void_shows_what_returns_and_no_leaves_it(qtbot, make_window, db, who, monkeypatch):
    _draft(db, who)
    window = make_window("sam")
    window.parcels.open_parcel("P1")
    summaries = _summaries(monkeypatch, yes=False)
    monkeypatch.setattr(dialogs.TextDialog, "ask", classmethod(lambda c, *a, **k: "wrong lot"))
    window.parcels.void()
    assert parcels.get_parcel(db, "P1").status == "draft"
    assert "50.000 ct" in summaries[0] and "return to stock" in summaries[0]


def _asked(monkeypatch, answer):
    """Record what the summary and the second person's dialog were shown; answer both."""
    shown: dict[str, list[str]] = {"summary": [], "second": []}
    monkeypatch.setattr(
        dialogs.SummaryDialog,
        "ask",
        classmethod(lambda c, p, t, s: shown["summary"].append(s) or bool(answer)),
    )
    monkeypatch.setattr(
        dialogs.SecondPersonDialog,
        "ask",
        classmethod(lambda c, p, s, **_: shown["second"].append(s) or answer),
    )
    return shown


def _closed(make_window, db, who, monkeypatch, user: str, sorted_mct: int, answer=None):
    """Close lot L1 (100 ct received, ``sorted_mct`` sorted) as ``user``; the window and what
    the summary and the second person's dialog were shown."""
    make_lot(db, who.olu, "L1", origins=[("BW", "Mine")], stones=None)
    if sorted_mct:
        sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", sorted_mct, None)
    window = make_window(user)
    window.go(1)  # what a page says shows while it is on screen
    window.sorting.open_lot("L1")
    shown = _asked(monkeypatch, answer)
    window.sorting.close_sorting()
    return window, shown


def test_close_sorting_shows_the_figures_and_no_leaves_the_lot_open(
    qtbot, make_window, db, who, monkeypatch
):
    _window, shown = _closed(make_window, db, who, monkeypatch, "olu", 100_000)
    assert lots.get_lot(db, "L1").status == "sorting"
    assert shown["second"] == []  # within tolerance: the summary only
    summary = shown["summary"][0]
    assert "Received 100.000 ct" in summary and "Sorted 100.000 ct" in summary
    assert "Difference 0.000 ct" in summary and "within tolerance" in summary


def test_beyond_tolerance_the_second_person_signs_under_the_figures_asked_once(
    qtbot, make_window, db, who, monkeypatch
):
    _window, shown = _closed(make_window, db, who, monkeypatch, "sam", 60_000)
    assert lots.get_lot(db, "L1").status == "sorting"
    assert shown["summary"] == []  # not asked twice: the signature is the Yes
    note = shown["second"][0]
    assert "Received 100.000 ct" in note and "Sorted 60.000 ct" in note and "in 1 entry: " in note
    assert "Difference 40.000 ct" in note and "beyond tolerance" in note
    dialog = dialogs.SecondPersonDialog.build(None, note)
    qtbot.addWidget(dialog)


def test_an_entry_added_elsewhere_while_the_summary_was_up_closes_nothing(
    qtbot, make_window, db, who, monkeypatch
):
    """The lot's figures change at another workstation while its summary is read: Yes closes
    nothing, and says to look again."""
    make_lot(db, who.olu, "L1", origins=[("BW", "Mine")], stones=None)
    sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 99_990, None)
    window = make_window("olu")
    window.go(1)
    window.sorting.open_lot("L1")

    def entered_meanwhile(cls, parent, title, summary):
        sorting.add_entry(db, who.sue, "L1", "S5-SAW-Q2-W", 10, None)
        return True

    monkeypatch.setattr(dialogs.SummaryDialog, "ask", classmethod(entered_meanwhile))
    window.sorting.close_sorting()
    assert lots.get_lot(db, "L1").status == "sorting"
    assert "changed after its summary was shown" in status(window)


def test_the_second_person_signs_only_under_the_figures_they_were_shown(
    qtbot, make_window, db, who, monkeypatch
):
    make_lot(db, who.olu, "L1", origins=[("BW", "Mine")], stones=None)
    sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 60_000, None)
    window = make_window("sam")
    window.go(1)
    window.sorting.open_lot("L1")

    def signed(cls, parent, summary, **kwargs):
        sorting.add_loss(db, who.olu, "L1", "cleaning", 30_000)  # meanwhile, elsewhere
        return {"user": "sue", "password": PASSWORD, "reason": "recount"}

    monkeypatch.setattr(dialogs.SecondPersonDialog, "ask", classmethod(signed))
    window.sorting.close_sorting()
    assert lots.get_lot(db, "L1").status == "sorting"
    # (The dialog shows the figures it had: it says to cancel and look again, not to retry.)
    assert "changed after this summary was made" in status(window)
    assert "cancel, and close its sorting again" in status(window)


def test_a_close_the_service_refuses_asks_nothing(qtbot, make_window, db, who, monkeypatch):
    answer = {"user": "sue", "password": "x", "reason": "y"}
    window, shown = _closed(make_window, db, who, monkeypatch, "sam", 0, answer)
    assert shown == {"summary": [], "second": []}
    assert "no sorting results to close" in status(window)
    assert lots.get_lot(db, "L1").status != "sorted"


def test_restore_says_which_backup_and_no_leaves_the_database(
    qtbot, make_window, db, db_path, who, monkeypatch
):
    taken = backups.make_backup(db, db_path)
    make_sorted_lot(db, who.olu, "L1")
    window = make_window("admin")
    summaries = _summaries(monkeypatch, yes=False)
    monkeypatch.setattr(dialogs.OpenFileDialog, "ask", classmethod(lambda c, *a: str(taken.path)))
    window.restore()
    assert lots.get_lot(db, "L1").number == "L1"  # not replaced
    assert taken.path.name in summaries[0]
    assert f"{taken.at:%Y-%m-%d}" in summaries[0] and str(db_path) in summaries[0]


def test_a_file_that_is_no_backup_is_refused_before_restore_asks(
    qtbot, make_window, db, tmp_path, monkeypatch
):
    """A five-byte file chosen to restore: "This cannot be undone. Go ahead?" was asked first,
    and the file refused only after Yes. It is refused at once, and nothing asked."""
    junk = tmp_path / "junk.sortapp-backup"
    junk.write_bytes(b"hello")
    window = make_window("admin")
    summaries = _summaries(monkeypatch, yes=True)
    monkeypatch.setattr(dialogs.OpenFileDialog, "ask", classmethod(lambda c, *a: str(junk)))
    window.restore()
    assert summaries == []
    assert status(window) == (
        "Restore: junk.sortapp-backup is not a sortapp database (file is not a database); "
        "nothing was changed"
    )


def test_a_refused_reason_keeps_the_dialog_open(qtbot, make_window, db, who, monkeypatch):
    _draft(db, who)
    window = make_window("olu")  # an operator: the service refuses to void
    window.parcels.open_parcel("P1")
    monkeypatch.setattr(dialogs.SummaryDialog, "ask", classmethod(lambda c, *a: True))
    seen: dict[str, object] = {}

    def ask(cls, parent, title, label, value="", submit=None):
        dialog = opened(qtbot, cls.build(parent, title, label, value, submit))
        field = dialog.fields["text"]
        assert isinstance(field, QLineEdit)
        qtbot.keyClicks(field, "wrong lot")
        qtbot.keyClick(field, Qt.Key.Key_Return)
        seen["open"], seen["said"] = dialog.isVisible(), dialog.said()
        seen["kept"] = dialog.values()
        dialog.reject()

    monkeypatch.setattr(dialogs.TextDialog, "ask", classmethod(ask))
    window.parcels.void()
    assert seen["open"] and seen["kept"] == {"text": "wrong lot"}
    said = seen["said"]
    assert isinstance(said, dict) and "supervisor" in said[""]  # at the top: no field named
    assert parcels.get_parcel(db, "P1").status == "draft"


def _the_one_date_widget(edit: object) -> bool:
    return (
        isinstance(edit, QDateEdit)
        and edit.calendarPopup()
        and edit.displayFormat() == "yyyy-MM-dd"
    )


def test_every_date_is_picked_with_the_one_date_widget(qtbot, make_window, db):
    window = make_window("admin")
    for page, names in (
        (window.settings_page, ["price_from"]),
        (window.reports, ["kp_from", "kp_to"]),
        (window.receiving, ["date_from", "date_to"]),
    ):
        for name in names:
            assert _the_one_date_widget(getattr(page, name)), name


def test_a_price_holds_from_the_day_picked(qtbot, make_window, db):
    window = make_window("sam")
    window.go(6)  # what a page says shows while it is on screen
    page = window.settings_page
    page.price_category.setText("S5-SAW-Q1-W")
    page.price_value.setText("120")
    page.price_from.setDate(QDate(2026, 7, 1))
    qtbot.mouseClick(page.price_button, Qt.MouseButton.LeftButton)
    assert status(window) == "Price of S5-SAW-Q1-W set from 2026-07-01."
    # The price field emptied and the cursor on to the next category: Enter again on the
    # button set the same price twice (a supervisor's hour, 2026-12-07).
    assert page.price_value.text() == "" and page.price_category.hasFocus()
    assert records.prices_on(db, "2026-06-30") != records.prices_on(db, "2026-07-01")
    category = assortment.get_category(db, "S5-SAW-Q1-W")
    assert records.prices_on(db, "2026-07-01")[category.id] == 12_000


def test_a_lot_weighed_again_while_its_difference_was_shown_is_not_acknowledged(
    qtbot, make_window, db, who, monkeypatch
):
    from sortapp.ui.pages import receiving  # noqa: PLC0415

    make_lot(db, who.olu, "L2", declared_mct=101_300, weighed_mct=100_000, stones=None)
    window = make_window("sue")
    window.go(0)
    page = window.receiving
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.show_item("L2")

    def reweighed_meanwhile(cls, *args, **kwargs):
        lots.reweigh_lot(db, who.sam, "L2", 90_000, reason="scale re-zeroed")
        return "papers wrong"

    monkeypatch.setattr(receiving.TextDialog, "ask", classmethod(reweighed_meanwhile))
    page._acknowledge()
    assert not lots.get_lot(db, "L2").weight_acknowledged
    assert "was weighed again after its difference was shown (90.000 ct now)" in status(window)


def test_goods_packed_elsewhere_while_the_void_summary_was_up_are_not_voided_unseen(
    qtbot, make_window, db, who, monkeypatch
):
    _draft(db, who)
    window = make_window("sam")
    window.go(3)
    window.parcels.open_parcel("P1")

    def packed_meanwhile(cls, parent, title, summary):
        parcels.add_goods(db, who.olu, "P1", "S5-SAW-Q1-W", 10_000)
        return True

    monkeypatch.setattr(dialogs.SummaryDialog, "ask", classmethod(packed_meanwhile))
    monkeypatch.setattr(dialogs.TextDialog, "ask", classmethod(lambda c, *a, **k: "wrong lot"))
    window.parcels.void()
    assert parcels.get_parcel(db, "P1").status == "draft"
    assert "changed after its summary was shown" in status(window)
    assert "nothing was voided" in status(window)


def test_a_file_to_open_may_be_of_any_name(qtbot):
    """The kind asked is shown first, and every file may be picked after it (a transfer file
    saved from mail with ".txt" added could not be: a clerk's day, 2026-12-07)."""
    picker = dialogs.OpenFileDialog.build(None, "Import transfer file", "T (*.sortapp-transfer)")
    qtbot.addWidget(picker)
    assert picker.nameFilters() == ["T (*.sortapp-transfer)", "All files (*)"]
    assert picker.selectedNameFilter() == "T (*.sortapp-transfer)"


def test_a_file_name_offered_to_save_is_a_name_in_the_folder_not_a_path(qtbot, monkeypatch):
    """A lot number may hold '/' and '.', and a partner's transfer file names its lot: Save as
    PDF offered "receipt-KSF-A/../../../tmp/x.pdf" (an attack round, 2026-12-07)."""
    shown = []

    def accept(dialog):
        shown.append(dialog.selectedFiles())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs, "modal", accept)
    chosen = dialogs.SaveFileDialog.ask(None, "Save as PDF", "receipt-KSF-A/../../x\\y.pdf")
    assert chosen is not None and shown == [[chosen]]
    assert os.path.basename(chosen) == "receipt-KSF-A-..-..-x-y.pdf"
