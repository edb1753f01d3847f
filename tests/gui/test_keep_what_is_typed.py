"""What a review of issue 13 found: keys that belong to a choice, dialogs that must stay open
on a failure or a refusal, checks before a summary, and numbers in the site's mark."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from sortapp.services import lots, parcels, settings, site
from sortapp.ui import dialogs
from sortapp.ui.context import OFFLINE
from sortapp.ui.pages import receiving
from sortapp.ui.widgets import NumberField
from tests.conftest import make_lot, make_sorted_lot
from tests.gui.conftest import status
from tests.gui.test_dialogs import opened

# -- G: a choice takes its keys; the scan box takes the rest --------------------------------------


def test_a_key_typed_on_a_choice_picks_in_it_not_the_scan_box(qtbot, make_window, db, who):
    make_lot(db, who.olu, "L1")
    window = make_window("olu")
    window.go(1)
    page = window.sorting
    page.open_lot("L1")
    page.f_loss_type.setFocus()
    assert page.f_loss_type.hasFocus()
    qtbot.keyClick(page.f_loss_type, "b")
    assert page.f_loss_type.currentText() == "breakage"
    assert window.scan_box.edit.text() == ""
    window.go(0)
    box = window.receiving.status_filter
    box.setFocus()
    qtbot.keyClick(box, "s")
    assert box.currentText() == "sorting"
    assert window.scan_box.edit.text() == ""
    assert window.current_page() is window.receiving


# -- H: an action that did not run, or failed, keeps its dialog open -----------------------------


def _new_parcel_typed(qtbot, monkeypatch, window) -> dict[str, object]:
    """Press New parcel on the parcels page, type a parcel, press OK: what the dialog showed."""
    seen: dict[str, object] = {}

    def ask(cls, parent, exporter, countries, submit=None, **kwargs):
        dialog = opened(qtbot, cls.build(parent, exporter, countries, submit, **kwargs))
        qtbot.keyClicks(dialog.fields["number"], "P7")
        qtbot.keyClicks(dialog.fields["importer"], "Antwerp NV")
        qtbot.keyClick(dialog.fields["importer"], Qt.Key.Key_Return)
        seen["open"], seen["said"], seen["kept"] = (
            dialog.isVisible(),
            dialog.said(),
            dialog.values(),
        )
        dialog.reject()

    monkeypatch.setattr(dialogs.NewParcelDialog, "ask", classmethod(ask))
    window.go(3)
    window.parcels.new_item()
    return seen


def test_a_failed_action_keeps_its_dialog_open_with_what_was_typed(
    qtbot, make_window, db, monkeypatch, expect_log
):
    expect_log(logging.ERROR, "^unexpected error$", logger="sortapp.ui.errors")
    window = make_window("olu")

    def bug(*args, **kwargs):
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(parcels, "create_parcel", bug)
    seen = _new_parcel_typed(qtbot, monkeypatch, window)
    assert seen["open"]
    kept = seen["kept"]
    assert isinstance(kept, dict) and kept["number"] == "P7" and kept["importer"] == "Antwerp NV"
    assert seen["said"] == {"": "Not done: the message shown says why. What you typed is kept."}


def test_offline_an_action_keeps_its_dialog_open_and_says_why(qtbot, make_window, db, monkeypatch):
    window = make_window("olu")
    window.ctx.offline = True  # the facility server lost
    seen = _new_parcel_typed(qtbot, monkeypatch, window)
    assert seen["open"]
    kept = seen["kept"]
    assert isinstance(kept, dict) and kept["number"] == "P7"
    assert seen["said"] == {"": OFFLINE + "."}
    assert parcels.list_parcels(db, window.ctx.actor) == []


# -- I: Weigh and Weigh again keep the weight typed when the service refuses ----------------------


def _weigh_typed(qtbot, monkeypatch, steps) -> list[dict[str, object]]:
    """The real Weigh dialog: each step types its texts into it and presses OK; what the
    dialog showed after each (open, said, kept)."""
    seen: list[dict[str, object]] = []

    def ask(cls, parent, number, *, again=False, submit=None):
        dialog = opened(qtbot, cls.build(parent, number, again=again, submit=submit))
        for texts in steps:
            for key, text in texts.items():
                field = dialog.fields[key]
                field.clear()
                qtbot.keyClicks(field, text)
            qtbot.keyClick(dialog.fields["carats"], Qt.Key.Key_Return)
            seen.append({"open": dialog.isVisible(), "said": dialog.said(), **dialog.values()})
            dialog.grab().save(f"/tmp/weigh-{len(seen)}.png")
        if dialog.isVisible():
            dialog.reject()
        return dialog.values() if dialog.result() == QDialog.DialogCode.Accepted else None

    monkeypatch.setattr(receiving.WeighDialog, "ask", classmethod(ask))
    return seen


def _pressed(qtbot, make_window, user: str, button: str):
    """``user``'s window, its receiving page's one lot selected and ``button`` pressed."""
    window = make_window(user)
    page = window.receiving
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.table.selectRow(0)
    getattr(page, button).click()
    return window


def test_weigh_again_asks_a_reason_and_keeps_the_weight_when_refused(
    qtbot, make_window, db, who, monkeypatch
):
    make_lot(db, who.olu, "L1", weighed_mct=1_000_000)
    seen = _weigh_typed(
        qtbot, monkeypatch, [{"carats": "999.5"}, {"reason": "ab"}, {"reason": "typo"}]
    )
    window = _pressed(qtbot, make_window, "sam", "reweigh_button")
    blank, short, good = seen
    assert blank["open"] and blank["said"] == {"reason": "Fill in Reason."}
    assert blank["carats"] == "999.500"  # kept (shown as it will be recorded)
    assert short["open"] and short["said"] == {"reason": "Say why, in a few words."}
    assert short["carats"] == "999.500"
    assert not good["open"]
    assert lots.get_lot(db, "L1").weighed_mct == 999_500
    assert "weighed again" in status(window)


def test_weigh_refuses_another_stone_count_beside_it_and_keeps_the_weight(
    qtbot, make_window, db, who, monkeypatch
):
    make_lot(db, who.olu, "L1", weighed_mct=None, declared_mct=125_000, stones=300)
    seen = _weigh_typed(qtbot, monkeypatch, [{"carats": "124.9", "stones": "290"}])
    _pressed(qtbot, make_window, "olu", "weigh_button")
    (refused,) = seen
    assert refused["open"]
    said = refused["said"]
    assert isinstance(said, dict) and list(said) == ["stones"]
    assert "received with 300 stones counted" in said["stones"]
    assert (refused["carats"], refused["stones"]) == ("124.900", "290")
    assert lots.get_lot(db, "L1").status == "awaiting_weight"


# -- E: a void is checked before its summary ------------------------------------------------------


def test_a_void_the_service_refuses_is_said_before_any_summary(
    qtbot, make_window, db, who, monkeypatch
):
    make_sorted_lot(db, who.olu, "L1")
    parcels.create_parcel(db, who.olu, "P1", importer="Antwerp NV", destination="BE")
    parcels.add_goods(db, who.olu, "P1", "S5-SAW-Q1-W", 50_000)
    summaries: list[str] = []
    monkeypatch.setattr(
        dialogs.SummaryDialog, "ask", classmethod(lambda c, p, t, s: summaries.append(s) or True)
    )
    seen: dict[str, object] = {}

    def ask(cls, parent, title, label, value="", submit=None):
        dialog = opened(qtbot, cls.build(parent, title, label, value, submit))
        qtbot.keyClicks(dialog.fields["text"], "ab")
        qtbot.keyClick(dialog.fields["text"], Qt.Key.Key_Return)
        seen["open"], seen["said"] = dialog.isVisible(), dialog.said()
        dialog.reject()

    monkeypatch.setattr(dialogs.TextDialog, "ask", classmethod(ask))
    window = make_window("sam")
    window.go(3)
    window.parcels.open_parcel("P1")
    window.parcels.void()
    assert seen == {"open": True, "said": {"text": "Say why, in a few words."}}
    assert summaries == []
    # A parcel that cannot be voided (shipped): refused, no summary.
    parcels.seal_parcel(db, who.sam, "P1", kp_cert="BW-2026-1", seals=["S1"])
    parcels.ship_parcel(db, who.sam, "P1")
    monkeypatch.setattr(dialogs.TextDialog, "ask", classmethod(lambda c, *a, **k: "wrong lot"))
    window.parcels.open_parcel("P1")
    window.parcels.void()
    assert "Parcel P1 is shipped; it cannot be voided" in status(window)
    assert summaries == []
    assert parcels.get_parcel(db, "P1").status == "shipped"


# -- S: the settings' figures in the site's mark; a refused one is not saved ---------------------


def _settings_page(make_window, db, who, *, comma: bool):
    site.set_setting(db, who.admin, "decimal-comma", "yes" if comma else "no")
    window = make_window("admin")
    window.go(6)
    page = window.settings_page
    page.tabs.setCurrentIndex(0)
    return window, page


def _type(qtbot, page, key: str, text: str) -> NumberField:
    field = page.site_fields[key].widget
    assert isinstance(field, NumberField)
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)
    return field


def test_settings_figures_are_read_in_the_sites_decimal_comma(qtbot, make_window, db, who):
    window, page = _settings_page(make_window, db, who, comma=True)
    assert page.site_fields["tolerance-ct"].widget.text() == "0,010"
    assert page.site_fields["tolerance-pct"].widget.text() == "0,050"
    ct = _type(qtbot, page, "tolerance-ct", "0,5")
    pct = _type(qtbot, page, "tolerance-pct", "0")
    weigh = _type(qtbot, page, "weigh-tolerance-pct", "0,125")
    qtbot.mouseClick(page.save_site, Qt.MouseButton.LeftButton)
    now = settings.settings(db)
    assert (now.tolerance_mct, now.tolerance_milli_pct) == (500, 0)
    assert now.weigh_tolerance_milli_pct == 125
    assert not (ct.refused or pct.refused or weigh.refused)
    assert (ct.text(), pct.text(), weigh.text()) == ("0,500", "0,000", "0,125")
    assert status(window).startswith("Saved: Sorting tolerance (ct), Sorting tolerance (%")


def test_a_refused_setting_figure_saves_nothing(qtbot, make_window, db, who):
    window, page = _settings_page(make_window, db, who, comma=False)
    page.site_fields["name"].set_text("Renamed Sorting")
    pct = _type(qtbot, page, "tolerance-pct", "0.0005")  # more decimals than the service keeps
    weigh = _type(qtbot, page, "weigh-tolerance-pct", "5%")
    qtbot.mouseClick(page.save_site, Qt.MouseButton.LeftButton)
    assert pct.refused and "more than 3 decimals" in pct.message.text()
    assert weigh.refused and "'5%' is not a plain number of percent" in weigh.message.text()
    assert site.show_settings(db)["name"] != "Renamed Sorting"
    assert settings.settings(db).tolerance_milli_pct == 50
    assert "Nothing was saved" in status(window)
