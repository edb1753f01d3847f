"""Every page in every language at 1366x768 (issue 18): Russian words are long. Nothing is
clipped, overflows the screen or is cut short, on any page, tab or the lock screen."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QComboBox

from sortapp.core.i18n import LANGUAGES
from sortapp.ui import i18n
from tests.gui.fit import TASK_BAR, elided, misfits
from tests.gui.test_screens import fit_to, page_misfits

#: The workstation's screen: 1366x768 at 100 %, less the task bar.
SCREEN = QSize(1366, 768 - TASK_BAR)


@pytest.fixture
def speaking():
    """Install a language for the test; English again after it."""
    yield i18n.install
    i18n.install("en")


def page_elisions(window) -> dict[str, list[str]]:
    """For each page (and tab of a page), the texts cut short."""
    from PySide6.QtWidgets import QTabWidget  # noqa: PLC0415

    found: dict[str, list[str]] = {}
    for index, page in enumerate(window.pages):
        window.go(index)
        QApplication.processEvents()
        tabs = page.findChildren(QTabWidget)
        views = [(page.title, None, 0)] + [
            (f"{page.title} / {i}", t, i) for t in tabs for i in range(t.count())
        ]
        for name, tab, i in views:
            if tab is not None:
                tab.setCurrentIndex(i)
                QApplication.processEvents()
            wrong = elided(window)
            if wrong:
                found[name] = wrong
    return found


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_every_page_reads_whole_in_every_language(qapp, make_window, sealed, speaking, language):
    assert speaking(language) == language
    window = make_window("admin")  # the admin sees every control
    window.parcels.open_parcel("P1")
    window.sorting.open_lot("L1")
    fit_to(window, SCREEN.width(), SCREEN.height())
    assert page_misfits(window, SCREEN, may_scroll=True) == {}
    assert page_elisions(window) == {}, json.dumps(
        page_elisions(window), indent=1, ensure_ascii=False
    )
    hint = window.minimumSizeHint()
    assert hint.width() <= SCREEN.width(), hint
    window.lock("Locked.")
    QApplication.processEvents()
    assert misfits(window, SCREEN) == []
    assert elided(window) == []


def test_a_text_cut_short_is_found(qtbot):
    """The check itself: a label, a button and a tab too narrow for their words are named; the
    same with room are not."""
    from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QWidget  # noqa: PLC0415

    window = QWidget()
    qtbot.addWidget(window)
    row = QHBoxLayout(window)
    label = QLabel("Количество камней в партии")
    button = QPushButton("Подтвердить расхождение веса...")
    tabs = QTabWidget()
    tabs.addTab(QWidget(), "Категории ассортимента")
    for widget in (label, button, tabs):
        row.addWidget(widget)
    window.resize(window.sizeHint())  # room for every word (a screen may offer less)
    window.show()
    qtbot.waitExposed(window)
    assert elided(window) == []
    label.setFixedWidth(40)
    button.setFixedWidth(40)
    tabs.setFixedWidth(60)
    QApplication.processEvents()
    found = " ".join(elided(window))
    assert "Количество камней" in found and "Подтвердить" in found and "Категории" in found


def test_a_heading_cut_short_is_found(qtbot):
    """The check of table headings: a column narrower than its heading (with the sort arrow's
    room) is named, the others are not; a heading scrolled out of view but whole is not."""
    from PySide6.QtGui import QStandardItemModel  # noqa: PLC0415
    from PySide6.QtWidgets import QTableView  # noqa: PLC0415

    table = QTableView()
    qtbot.addWidget(table)
    table.setObjectName("weights")
    model = QStandardItemModel(1, 3)
    model.setHorizontalHeaderLabels(["Взвешено, кар", "Камни", "Происхождение"])
    table.setModel(model)
    table.setSortingEnabled(True)
    table.resize(200, 120)  # the third column is out of view: it scrolls
    for column in range(3):
        table.setColumnWidth(column, table.horizontalHeader().sectionSizeHint(column))
    table.show()
    qtbot.waitExposed(table)
    assert elided(table) == []
    table.setColumnWidth(0, 40)  # cut to "Взве"
    QApplication.processEvents()
    found = elided(table)
    assert len(found) == 1 and "'Взвешено, кар' (QHeaderView of weights)" in found[0], found


def test_a_table_gives_each_heading_its_room(qtbot):
    """The app's tables widen a column its heading does not fit (the widths are the English
    ones), with the sort arrow's room, and never narrow one."""
    from PySide6.QtGui import QStandardItemModel  # noqa: PLC0415

    from sortapp.ui.widgets import Table  # noqa: PLC0415

    model = QStandardItemModel(1, 3)
    model.setHorizontalHeaderLabels(["Происхождение", "Камни", "Сведения (как записаны)"])
    table = Table("lots")
    qtbot.addWidget(table)
    table.setModel(model)
    table.fit_columns([40, 300])
    header = table.horizontalHeader()
    need = header.fontMetrics().horizontalAdvance("Происхождение")
    assert header.sectionSize(0) > need  # widened, beyond the text: margins and the arrow
    assert header.sectionSize(1) == 300  # a width with room enough stays
    table.resize(400, 120)
    table.show()
    qtbot.waitExposed(table)
    assert elided(table) == []  # the last one too, though the table must scroll to show it


def test_table_words_are_said_in_the_language(qapp, make_window, sealed, speaking):
    """A parcel line's price source and stones, and stock's stones, are words of the user's
    language in the tables (they were English on the Russian screenshots: "price book", "not
    counted")."""
    from sortapp.core.entities import ParcelLine  # noqa: PLC0415
    from sortapp.services.reports import StockRow  # noqa: PLC0415
    from sortapp.ui.i18n import marked  # noqa: PLC0415
    from sortapp.ui.pages.parcels import PRICE_SOURCES  # noqa: PLC0415

    speaking("ru")
    window = make_window("admin")
    window.parcels.open_parcel("P1")
    lines = window.parcels.lines_table.model()
    keys = [c.key for c in lines.columns]
    price = [lines.index(r, keys.index("price_source")).data() for r in range(lines.rowCount())]
    assert price and set(price) <= {marked(w) for w in PRICE_SOURCES.values()}, price
    assert not set(price) & set(PRICE_SOURCES), price
    # stones not counted (none in this stock: what the core gives is said as the column shows it)
    line = ParcelLine("S5", "7102.31", "L1", "BW", 1000, 0, 0, 0, "price book")
    not_counted = line.stones_text
    assert not_counted == "not counted"  # (English where the core keeps it)
    stones = lines.columns[keys.index("stones_text")].fmt(not_counted)
    stock = window.stock.table.model()
    column = [c.key for c in stock.columns].index("stones_text")
    row = StockRow("S5", "", "7102.31", 1000, 0, 0, counted_lines=0)
    in_stock = stock.columns[column].fmt(row.stones_text)
    assert stones == in_stock == marked("not counted") != "not counted"


def test_a_table_that_fits_does_not_scroll_for_its_last_column(qtbot):
    """The last column takes the room left, no less than its heading: not Qt's default width,
    which made a Russian parcel's lines scroll sideways for an empty stretch."""
    from PySide6.QtGui import QStandardItemModel  # noqa: PLC0415

    from sortapp.ui.widgets import Table  # noqa: PLC0415

    model = QStandardItemModel(1, 3)
    model.setHorizontalHeaderLabels(["Lot", "Carats", "Price"])
    table = Table("lines")
    qtbot.addWidget(table)
    table.setModel(model)
    table.fit_columns([100, 100])
    header = table.horizontalHeader()
    assert header.sectionSize(2) < header.defaultSectionSize()  # its heading's width
    table.resize(290, 120)  # room for 200 and the heading "Price", not for 200 + 100
    table.show()
    qtbot.waitExposed(table)
    assert table.horizontalScrollBar().maximum() == 0
    assert elided(table) == []


def test_a_status_cut_short_is_found_and_its_column_is_widened(qtbot):
    """A column of a few words (a status: ``Column.words``) is as wide as its longest word,
    whatever width it is given (the parcel list's Russian statuses were cut: «оплом…»); the
    check names its cells when they are cut all the same, not a long free text elsewhere."""
    from PySide6.QtWidgets import QVBoxLayout, QWidget  # noqa: PLC0415

    from sortapp.ui.models import Column, ListTableModel  # noqa: PLC0415
    from sortapp.ui.widgets import Table  # noqa: PLC0415

    words = ("черновик", "опломбирована", "аннулирована")
    model: ListTableModel[dict[str, str]] = ListTableModel(
        [
            Column("number", "Parcel"),
            Column("status", "Status", words=words),
            Column("note", "Note"),
        ]
    )
    model.set_rows(
        [
            {"number": "EXP-1", "status": "опломбирована", "note": "длинный текст " * 20},
            {"number": "EXP-2", "status": "черновик", "note": ""},
        ]
    )
    window = QWidget()
    qtbot.addWidget(window)
    table = Table("parcel_list")
    QVBoxLayout(window).addWidget(table)
    table.setModel(model)
    table.fit_columns([60, 40, 50])  # the English widths of a short "sealed"
    assert table.columnWidth(1) >= max(table.cell_width(w) for w in words)
    assert table.columnWidth(1) >= table.sizeHintForColumn(1)  # Qt's own measure
    window.resize(400, 140)
    window.show()
    qtbot.waitExposed(window)
    assert elided(window) == []  # (the note is cut: free text, read in its tooltip)
    table.setColumnWidth(1, 70)  # room for its heading, not for «опломбирована»
    QApplication.processEvents()
    found = elided(window)
    assert len(found) == 1 and "опломбирована" in found[0] and "'Status'" in found[0], found


def test_a_placeholder_cut_short_is_found(qtbot):
    """An empty field's hint Qt would cut is named; a labelled field is as wide as its hint,
    and a field with text is not checked (its hint does not show)."""
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget  # noqa: PLC0415

    from sortapp.ui.layouts import hint_width, labelled  # noqa: PLC0415

    window = QWidget()
    qtbot.addWidget(window)
    column = QVBoxLayout(window)
    narrow = QLineEdit()
    narrow.setPlaceholderText("код или название, напр. S5-SAW или «маклы»")
    narrow.setFixedWidth(150)
    roomy = QLineEdit()
    roomy.setPlaceholderText("код или название категории, напр. S5-SAW")
    column.addWidget(narrow)
    for pair in labelled([("Категория", roomy)]):
        column.addWidget(pair)
    window.resize(window.minimumSizeHint())  # the least width: the labelled field's least
    window.show()
    qtbot.waitExposed(window)
    assert roomy.width() >= hint_width(roomy)
    found = elided(window)
    assert len(found) == 1 and "«маклы»' (placeholder of QLineEdit)" in found[0], found
    narrow.setText("S5-SAW")
    assert elided(window) == []


def test_a_valuer_is_said_in_the_language(qtbot, speaking):
    """The valuer of a valuation (a code: "government") reads in the user's language in the
    audit log's sentence and the valuation dialog's choice, which still gives the code (it
    was English on the French audit log: «l'évaluation government»)."""
    import json as _json  # noqa: PLC0415

    from sortapp.services import history  # noqa: PLC0415
    from sortapp.ui import dialogs  # noqa: PLC0415
    from sortapp.ui.i18n import say  # noqa: PLC0415

    details = _json.dumps({"valuer": "government", "value_cents": 600_050})
    speaking("fr")
    said = say(history.sentence("parcel.valuation", "sam", "P1", details))
    assert "gouvernementale" in said and "government" not in said, said
    dialog = dialogs.ValuationDialog.build(None, "P1", ["declared", "government"])
    qtbot.addWidget(dialog)
    combo = dialog.findChild(QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == ["déclarée", "gouvernementale"]
    combo.setCurrentIndex(1)
    assert dialog.values()["valuer"] == "government"
    speaking("en")
    english = say(history.sentence("parcel.valuation", "sam", "P1", details))
    assert english.startswith("sam recorded the government valuation of parcel P1: "), english
