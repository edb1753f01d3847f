"""Every page on every workstation (issue 13): from 1280x720 at 100 % to 1366x768 at 150 %,
the window fits the screen and every control of every page lies inside it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QPoint, QRect, QSettings, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QScrollArea, QTabWidget, QWidget

from sortapp import app
from sortapp.core.entities import LOSS_TYPES
from sortapp.services import sorting
from sortapp.ui import dialogs, i18n
from sortapp.ui.layouts import VerticalScroller
from sortapp.ui.mainwindow import MainWindow
from sortapp.ui.pages.sorting import Totals
from tests.conftest import make_lot
from tests.gui.fit import SCREENS, available, misfits

ROOT = Path(__file__).resolve().parents[2]


def fit_to(window: MainWindow, width: int, height: int) -> None:
    """Make ``window``'s frame ``width`` x ``height`` (as on a screen of that size)."""
    frame = window.frameGeometry().size() - window.size()
    window.resize(QSize(width, height) - frame)
    QApplication.processEvents()


def scrolled(window: MainWindow) -> bool:
    """Whether the page shown must be scrolled to be seen whole."""
    scroller = window.findChild(VerticalScroller)
    return scroller.verticalScrollBar().maximum() > 0


def page_misfits(
    window: MainWindow, screen: QSize, *, may_scroll: bool = False
) -> dict[str, list[str]]:
    """For each page (and each tab of a page), the controls not wholly in view; and the pages
    that do not fit without scrolling (a page scrolls only when a form grows: messages)."""
    found: dict[str, list[str]] = {}
    for index, page in enumerate(window.pages):
        window.go(index)
        for _ in range(5):
            QApplication.processEvents()
        tabs = page.findChildren(QTabWidget)
        views = [(page.title, None, 0)] + [
            (f"{page.title} / {t.tabText(i)}", t, i) for t in tabs for i in range(t.count())
        ]
        for name, tab, i in views:
            if tab is not None:
                tab.setCurrentIndex(i)
                QApplication.processEvents()
            scrolls = scrolled(window) and not may_scroll
            wrong = misfits(window, screen) + (["the page scrolls"] if scrolls else [])
            if wrong:
                found[name] = wrong
    return found


@pytest.mark.parametrize(
    ("screen", "text"),
    [(screen, 1.0) for screen in SCREENS] + [("1366x768@150", 1.25)],  # a larger text size
)
def test_every_page_fits_the_screen(qapp, make_window, sealed, screen, text):
    width, height = available(screen)
    font = qapp.font()
    larger = QFont(font)
    larger.setPointSizeF(font.pointSizeF() * text)
    qapp.setFont(larger)
    try:
        # The admin sees every control; with a larger text a page may scroll (not sideways).
        fits_everywhere(make_window("admin"), width, height, may_scroll=text > 1)
    finally:
        qapp.setFont(font)


def fits_everywhere(window: MainWindow, width: int, height: int, *, may_scroll: bool) -> None:
    """The window, made as large as the screen takes, fits it on every page, tab and the lock
    screen, every control in view (with a parcel and a lot open: long lines of data)."""
    window.parcels.open_parcel("P1")
    window.sorting.open_lot("L1")
    fit_to(window, width, height)
    found = page_misfits(window, QSize(width, height), may_scroll=may_scroll)
    assert found == {}, json.dumps(found, indent=1)
    hint = window.minimumSizeHint()  # (every page made by now)
    assert hint.width() <= width and hint.height() <= height, hint
    frame = window.frameGeometry()
    assert frame.width() <= width and frame.height() <= height, frame
    window.lock("Locked.")
    QApplication.processEvents()
    assert misfits(window, QSize(width, height)) == []


def big_screen_geometry(qtbot) -> str:
    """A window geometry saved on a big screen to the right of this one, larger than a small
    screen (hex, as QSettings keeps it)."""
    big = QWidget()
    qtbot.addWidget(big)
    big.setGeometry(QRect(2000, 80, 1800, 1000))
    return bytes(big.saveGeometry().toHex().data()).decode()


def test_the_window_is_usable_at_150_percent_in_a_scaled_process(qtbot, tmp_path):
    """At a real scale factor (QT_SCALE_FACTOR=1.5, a 1366x768 screen) the window and its
    pages fit as they do at the logical size the in-process test uses."""
    script = ROOT / "tests" / "gui" / "screens_at_scale.py"
    out = tmp_path / "result.json"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    geometry = big_screen_geometry(qtbot)
    subprocess.run(
        [sys.executable, str(script), "1366x768@150", str(tmp_path), str(out), geometry],
        env=env,
        check=True,
        timeout=300,
    )
    result = json.loads(out.read_text())
    assert result["screen"] == [911, 512] and result["scale"] == 1.5
    width, height = available("1366x768@150")
    assert result["frame"][2] <= width and result["frame"][3] <= height, result["frame"]
    assert result["misfits"] == {}, json.dumps(result["misfits"], indent=1)
    # The shortcuts list (F1), longer than this screen is tall, opens within it and scrolls.
    assert result["shortcuts"][0] <= 911 and result["shortcuts"][1] <= 512, result["shortcuts"]
    # A window saved on a big screen (off to the right, larger than this one) comes back on it.
    x, y, w, h = result["restored"]
    assert QRect(0, 0, 911, 512).contains(QRect(x, y, w, h)), result["restored"]


@pytest.mark.parametrize("saved", [True, False])
def test_a_window_saved_on_a_big_screen_comes_back_on_this_one(qtbot, make_window, saved):
    """A geometry saved on a screen larger than this one (and now gone), or none at all (the
    first start asks for 1280x800), comes back inside this screen's available area."""
    if saved:
        geometry = big_screen_geometry(qtbot)
        QSettings().setValue("window/geometry", QByteArray.fromHex(geometry.encode()))
    window = make_window("sam")
    area = window.screen().availableGeometry()
    assert area.contains(window.frameGeometry()), (window.frameGeometry(), area)
    assert window.width() >= area.width() * 0.8  # as large as fits, not shrunk to a corner


def test_the_dialogs_fit_the_smallest_screen(qtbot, monkeypatch):
    """Each form dialog, as it opens, fits 1366x768 at 150 % with every field in view."""
    width, height = available("1366x768@150")
    seen: dict[str, list[str]] = {}

    def opened(dialog: QDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        frame = dialog.frameGeometry()
        wrong = misfits(dialog, QSize(width, height))
        if frame.width() > width or frame.height() > height:
            wrong.append(f"the dialog: {frame.width()}x{frame.height()}")
        seen[dialog.windowTitle()] = wrong
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QDialog, "exec", opened)
    long_note = "Over tolerance by 12.345 ct (1.234 %) on lot KR-2611-004 " * 4
    dialogs.LoginDialog.ask(None, "Demo Rough Diamond Sorting Facility (DEMO)", "sam", long_note)
    dialogs.SecondPersonDialog.ask(None, long_note)
    dialogs.TextDialog.ask(None, "Correct entry E33", "Reason")
    dialogs.PinKeyDialog.ask(None, "ZAK", "ab:cd" * 16, "12:34" * 16)
    dialogs.FirstRunDialog.ask(None, "/home/floor/.local/share/sortapp/" + "x" * 80 + ".db")
    dialogs.SealDialog.ask(None, "EXP-26-0002", 60)
    dialogs.RemovePackingDialog.ask(None, "EXP-26-0003", ["PK1: 12.000 ct S5-SAW-Q1-W"])
    dialogs.NewParcelDialog.ask(None, "Demo Rough Diamond Sorting Facility", ["BE", "IN"])
    dialogs.NewUserDialog.ask(None)
    dialogs.ChangePasswordDialog.ask(None, "supervisor.long-name_2026")
    dialogs.SetPasswordDialog.ask(None, "supervisor.long-name_2026")
    dialogs.RoleDialog.ask(None, "supervisor.long-name_2026", "supervisor")
    assert len(seen) == 12
    assert {title: wrong for title, wrong in seen.items() if wrong} == {}


def test_a_form_grown_by_refusals_stays_reachable(qtbot, make_window):
    """Refusals under the fields make the receiving form taller than a 150 % screen has room
    for: the page scrolls, and every field and the Receive button can be reached."""
    width, height = available("1366x768@150")
    window = make_window("olu")
    fit_to(window, width, height)
    page = window.receiving
    for field in (page.f_weighed, page.f_declared, page.f_value, page.f_stones):
        field.setText("12x5")
        assert not field.check()
    qtbot.waitUntil(lambda: misfits(window, QSize(width, height)) == [])  # laid out anew
    assert scrolled(window)
    window.findChild(VerticalScroller).ensureWidgetVisible(page.receive_button)
    QApplication.processEvents()
    assert page.receive_button.visibleRegion().boundingRect() == page.receive_button.rect()


def test_a_long_status_message_wraps_in_full_on_the_smallest_screen(qtbot, make_window):
    """What an action said is read whole: on a 150 % screen the warning after weighing ends
    "... a supervisor must acknowledge it", not "... beyond tolerance; a s"."""
    width, height = available("1366x768@150")
    window = make_window("olu")
    fit_to(window, width, height)
    text = (
        "lot NA-2611-005: weighed 190.100 ct differs from declared 188.250 ct beyond "
        "tolerance; a supervisor must acknowledge it"
    )
    window.statusBar().showMessage(text)
    QApplication.processEvents()
    said = window.statusBar().said
    assert window.statusBar().currentMessage() == text
    lines = said.heightForWidth(said.width()) / said.fontMetrics().lineSpacing()
    assert lines >= 2  # it needs more than the one line QStatusBar draws
    assert said.height() >= said.heightForWidth(said.width())  # and has the room: all shown
    assert window.frameGeometry().height() <= height


def test_a_read_only_note_leaves_the_message_room(qtbot, make_window):
    """On a file open read-only, the note saying why (a long one: SQLite's finding and what to
    do) took the bar's width at 1024 pixels and left the message a tenth of it ("SQLite /
    cannot read" of a sentence saying where the restore is). Both wrap now, the note in at most
    two fifths of the bar; a short note keeps its own width."""
    window = make_window("olu")
    fit_to(window, 1024, 700)
    app.mark_read_only(
        window,
        "SQLite reports the file damaged (database disk image is malformed); restore the last "
        "good backup before writing to it",
    )
    text = (
        "SQLite cannot read a part of this damaged database: what is in it is not shown. An "
        "admin restores the last good backup over it: File, Restore a backup..."
    )
    window.statusBar().showMessage(text)
    QApplication.processEvents()
    bar, said = window.statusBar(), window.statusBar().said
    note = bar.findChild(QLabel, "read_only")
    assert note.text().startswith("Read-only: SQLite reports the file damaged")
    assert note.width() <= bar.width() * 2 // 5
    assert note.height() >= note.heightForWidth(note.width())  # all of it shown, wrapped
    assert said.width() >= bar.width() // 3
    assert said.height() >= said.heightForWidth(said.width())
    window.read_only_why = "opened read-only as asked"
    window._say_read_only()
    QApplication.processEvents()
    assert note.width() < bar.width() // 3  # (as wide as its text)
    assert note.sizeHint().height() < 2 * note.fontMetrics().lineSpacing()  # one line


@pytest.mark.parametrize("width", [1024, 1366])
def test_a_message_shown_before_the_note_stays_whole(qtbot, make_window, width):
    """A message on screen as the note comes or grows: the message was fitted at the width it
    had before the note's was laid out, and its last line cut (a review's finding)."""
    window = make_window("olu")
    fit_to(window, width, 700)
    bar = window.statusBar()
    said = bar.said
    bar.showMessage(
        "lot L3: weighed 12.000 ct differs from declared 11.500 ct beyond tolerance; a "
        "supervisor must acknowledge it before sorting starts. " * 2
    )
    QApplication.processEvents()
    for why in (
        "opened read-only as asked",
        "SQLite reports the file damaged (database disk image is malformed); restore the "
        "last good backup before writing to it",
        "no permission to write /srv/kasane-sorting/sortapp.db",
    ):
        if bar.findChild(QLabel, "read_only") is None:
            app.mark_read_only(window, why)
        else:
            window.read_only_why = why
            window._say_read_only()
        QApplication.processEvents()
        assert said.height() >= said.heightForWidth(said.width()), why  # (all of it shown)
        note = bar.findChild(QLabel, "read_only")
        assert note.height() >= note.heightForWidth(note.width()), why


def _whole_in_view(table, title: str) -> bool:
    """Whether the column headed ``title`` lies wholly inside ``table``'s view, unscrolled."""
    model, header = table.model(), table.horizontalHeader()
    heads = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    column = heads.index(title)
    left = header.sectionViewportPosition(column)
    return left >= 0 and left + header.sectionSize(column) <= table.viewport().width()


def test_the_values_stay_in_view_where_a_languages_headings_are_longer(
    qtbot, make_window, sealed, english_after
):
    """At 1024 px in Russian the headings widen their columns, and the stock's and a parcel's
    values and the lots' weights were off the screen's edge, behind a sideways scroll. The name
    (the stock's), the HS code, origin, lot and stones (a parcel's), the time received and the
    origin (the lots') give up room to them, and have it back as the window widens."""
    i18n.install("ru")
    window = make_window("sam")
    window.parcels.open_parcel("P1")
    stock, lines = window.stock.table, window.parcels.lines_table
    value, price = i18n.tr("Value USD"), i18n.tr("USD/ct")
    name = stock.horizontalHeader()
    fit_to(window, 1600, 900)
    window.go(window.pages.index(window.stock))
    qtbot.waitUntil(stock.isVisible)
    wide = name.sectionSize(1)
    fit_to(window, 1024, 700)
    assert _whole_in_view(stock, value)
    assert stock.horizontalScrollBar().maximum() == 0  # (nothing behind a sideways scroll)
    assert name.sectionSize(1) < wide
    window.go(window.pages.index(window.parcels))
    qtbot.waitUntil(lines.isVisible)
    assert _whole_in_view(lines, price) and _whole_in_view(lines, value)
    # The lots' weights and stones too: the time received (its heading names the time zone)
    # and the origin give way.
    lots = window.receiving.table
    window.go(window.pages.index(window.receiving))
    qtbot.waitUntil(lots.isVisible)
    for title in ("Weighed ct", "Declared ct", "Stones"):
        assert _whole_in_view(lots, i18n.tr(title)), title
    window.go(window.pages.index(window.stock))
    fit_to(window, 1600, 900)
    assert name.sectionSize(1) == wide  # (its width back)


def _giving_table(qtbot, texts: list[str]):  # type: ignore[no-untyped-def]
    """A table of three columns whose first gives way down to its texts, shown 420 px wide."""
    from sortapp.ui.models import Column, ListTableModel  # noqa: PLC0415
    from sortapp.ui.widgets import Table  # noqa: PLC0415

    model: ListTableModel[dict[str, str]] = ListTableModel(
        [Column("a", "A"), Column("b", "B"), Column("c", "C")]
    )
    model.set_rows([{"a": text, "b": "x", "c": "y"} for text in texts])
    table = Table("giving")
    table.setModel(model)
    table.fit_columns([300, 300, 100])
    table.give_way((0, 0))
    qtbot.addWidget(table)
    table.resize(420, 200)
    table.show()
    qtbot.waitExposed(table)
    return table, model


def test_a_column_that_gives_way_to_its_texts_follows_them(qtbot):
    """A column giving way no further than its texts need is laid out again as its rows
    change, the window unchanged: a long text come since keeps its room (it stayed cut at the
    width measured of the rows before)."""
    table, model = _giving_table(qtbot, ["1"])
    assert table.columnWidth(0) < 300  # (gave way: "1" needs little)
    long = "a text far longer than the one before it"
    model.set_rows([{"a": long, "b": "x", "c": "y"}])
    qtbot.waitUntil(lambda: table.columnWidth(0) >= table.cell_width(long))
    table.resize(1200, 200)
    qtbot.waitUntil(lambda: table.columnWidth(0) == 300)  # (its width back)


def test_a_column_that_gives_way_keeps_its_width_through_a_text_size(qtbot):
    """The text made larger and back, the column given way has its own width back, not one
    scaled twice (338 px for 260) nor the narrow one it had while giving way."""
    table, _model = _giving_table(qtbot, ["1"])
    normal = table.font()
    larger = QFont(normal)
    larger.setPointSizeF(normal.pointSizeF() * 1.3)
    table.setFont(larger)
    table.resize(2000, 200)
    qtbot.waitUntil(lambda: table.columnWidth(0) == round(300 * 1.3))
    table.resize(420, 200)
    table.setFont(normal)
    table.resize(2000, 200)
    qtbot.waitUntil(lambda: table.columnWidth(0) == 300)


def test_a_column_the_user_widens_keeps_the_users_width(qtbot):
    """Dragged wider by the user while the columns do not fit, a column that gives way keeps
    the user's width (the table scrolls), where it was narrowed again at once; a width set
    while the mouse is down elsewhere (a click whose work resizes it) is no drag."""
    table, _model = _giving_table(qtbot, ["1"])
    given = table.columnWidth(0)
    assert given < 300
    table.setColumnWidth(0, 330)  # (not from the headings: given way again)
    assert table.columnWidth(0) == given
    rows = table.viewport()
    QTest.mousePress(rows, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    table.setColumnWidth(0, 330)  # (a click on a row, whose work widened it)
    QTest.mouseRelease(rows, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert table.columnWidth(0) == given
    headings = table.horizontalHeader().viewport()
    QTest.mousePress(headings, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    table.setColumnWidth(0, 330)  # (as the headings' drag sets it)
    QTest.mouseRelease(headings, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    table.resize(421, 200)
    QApplication.processEvents()
    assert table.columnWidth(0) == 330
    assert table.horizontalScrollBar().maximum() > 0


def test_a_lazy_lists_column_is_measured_of_the_rows_held_never_read_for_it(qtbot):
    """Measuring a lazy list's column reads no row: the rows it holds are measured (reading its
    first ones had forgotten the ones in view, scrolled far, to read them again)."""
    from sortapp.ui.widgets import Table  # noqa: PLC0415
    from tests.gui.test_read_idle import Lines, idle_list  # noqa: PLC0415

    source = Lines(5_000)
    model = idle_list(source)
    while model.canFetchMore():
        model.fetchMore()
    model.row(4_000)  # (scrolled far: the rows held are those about it)
    read = list(source.rows_read)
    held = model.texts_held(1, 200)
    assert held and source.rows_read == read
    assert all(text.startswith("line ") for text in held)
    assert "line 5000" not in held  # (the first row: not held, not read)
    table = Table("lazy")
    table.setModel(model)
    table.give_way((1, 0))
    qtbot.addWidget(table)
    table.resize(300, 200)
    table._texts_width(1)
    assert source.rows_read == read


def test_a_column_that_gives_way_moved_last_and_back_keeps_its_width(qtbot):
    """Moved to the last place, a column that gives way stretches as the last does; Qt's
    stretched widths are not taken for its own (it came back 564 px wide for 300)."""
    table, _model = _giving_table(qtbot, ["1"])
    header = table.horizontalHeader()
    header.moveSection(0, 2)
    for width in (900, 1500, 700):
        table.resize(width, 200)
        QApplication.processEvents()
    header.moveSection(2, 0)
    table.resize(2000, 200)
    qtbot.waitUntil(lambda: table.columnWidth(0) == 300)


def test_sorting_on_the_smallest_screen_shows_entries_and_where_the_lot_stands(
    qtbot, make_window, db, who
):
    """At 1366x768 and 150 % the sorting page showed two entries, and the reconciliation's
    state, its last row, was cut at its foot: the entries now run down the whole left (five
    rows and more in view), the state heads the reconciliation, whole in view; on a larger
    screen every figure is in view unscrolled, and a handle moved by hand stays where it was."""
    make_lot(db, who.olu, "L1", origins=[("BW", "Jwaneng")])
    for _ in range(8):
        sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 1_000, 1)
    window = make_window("olu")
    window.go(1)
    page = window.sorting
    page.open_lot("L1")
    fit_to(window, *available("1366x768@150"))
    table = page.entries_table
    assert page.entries.rowCount() == 8
    assert table.viewport().height() >= 5 * table.rowHeight(0)
    scroller = page.findChild(QScrollArea, "reconciliation_scroller")
    state = page.r_state
    assert state.text().startswith("Still to sort")
    shown_at = QRect(state.mapTo(scroller.viewport(), QPoint(0, 0)), state.size())
    assert scroller.viewport().rect().contains(shown_at), (shown_at, scroller.viewport().rect())
    fit_to(window, *available("1280x720@100"))
    assert scroller.verticalScrollBar().maximum() == 0
    assert page.summary_table.viewport().height() >= 3 * page.summary_table.rowHeight(0)
    for kind in LOSS_TYPES[:3]:  # (each kind of loss a line more under Losses)
        sorting.add_loss(db, who.olu, "L1", kind, 100)
    page._show_lot()  # (as a change of the lot elsewhere shows it again: no resize)
    assert page.r_losses.text().count("\n") == 3
    box = scroller.widget()
    assert totals_of(page).sizes()[0] >= box.heightForWidth(scroller.viewport().width())
    for _ in range(5):  # (the scroll area resizes what it holds in turns of the event loop)
        QApplication.processEvents()
    assert scroller.verticalScrollBar().maximum() == 0
    totals = totals_of(page)
    shared = totals.sizes()
    totals.moveSplitter(40, 1)  # (the user drags the handle up)
    held = totals.sizes()
    assert held != shared
    fit_to(window, *available("1366x768@125"))
    fit_to(window, *available("1280x720@100"))
    assert totals.sizes() == held
    handle = totals.handle(1)
    QTest.mouseDClick(handle, Qt.MouseButton.LeftButton)  # (sized by the page again)
    assert totals.sizes() == shared


def test_a_closed_lots_sentence_is_in_view_whole(qtbot, make_window, db, who):
    """A lot not open for entries says why in the state's place, a longer sentence: the figures
    are sized for it (not for the one it replaced)."""
    number = "KR-2026-11-NORTH-PLANT-SHIFT-B-0042"  # (a long number: a longer sentence)
    make_lot(db, who.olu, number, weighed_mct=None, declared_mct=100_000)
    window = make_window("olu")
    window.go(1)
    page = window.sorting
    fit_to(window, *available("1366x768@125"))
    page.open_lot(number)
    scroller = page.findChild(QScrollArea, "reconciliation_scroller")
    assert "weigh" in page.r_state.text(), page.r_state.text()
    box = scroller.widget()
    need = box.heightForWidth(scroller.viewport().width()) + 2 * scroller.frameWidth()
    sizes = totals_of(page).sizes()
    assert sizes[0] >= min(need, int(sum(sizes) * Totals.FIGURES_SHARE))


def totals_of(page) -> Totals:  # type: ignore[no-untyped-def]
    return page.findChild(Totals, "lot_totals")


def test_a_refused_figure_reads_on_one_line_under_the_sorting_form(qtbot, make_window, db, who):
    """A trial at 1366x768 and 150 %: carats the field could not read were said in the carats'
    own narrow cell, over four lines and cut, the entries pushed down. Now under the form's two
    rows, on one line, naming the figure; the entries keep five rows in view."""
    make_lot(db, who.olu, "L1", origins=[("BW", "Jwaneng")])
    window = make_window("olu")
    window.go(1)
    page = window.sorting
    page.open_lot("L1")
    fit_to(window, *available("1366x768@150"))
    page.f_carats.setFocus()
    qtbot.keyClicks(page.f_carats, "12..5")
    page.f_stones.setFocus()  # (the carats left: refused)
    for _ in range(3):
        QApplication.processEvents()
    said = page.f_carats.message
    assert said.isVisible() and said.text().lower().startswith("carats: ")
    assert said.height() <= 2 * said.fontMetrics().height(), said.height()
    assert said.width() > 2 * page.f_carats.width()
    table = page.entries_table
    assert table.viewport().height() >= 4 * table.rowHeight(0)
