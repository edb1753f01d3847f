"""A big list on a file reads its next page of ids when the event loop is idle after a paint, so
a view that jumps far down finds the page it needs in, and never within the frame that paints
(issue 15: no painted scroll frame over 16 ms on the movement list and the audit log)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from sortapp.ui import models
from sortapp.ui.models import LazyTableModel
from tests.gui.test_list_paint import COLUMNS, Line, plain_of, red, view_of


class Lines:
    """A list's storage: ids newest first, rows by id; counts the pages of ids read."""

    def __init__(self, n: int) -> None:
        self.lines = {i: Line(i, f"line {i}", -i if i % 4 == 0 else i) for i in range(1, n + 1)}
        self.pages: list[tuple] = []
        self.rows_read: list[int] = []

    def ids(self, *page) -> list[int]:
        self.pages.append(page)
        _order, _descending, limit, offset, _after = page
        return sorted(self.lines, reverse=True)[offset : offset + limit]

    def rows(self, ids) -> dict[int, Line]:
        self.rows_read.append(len(ids))
        return {i: self.lines[i] for i in ids if i in self.lines}

    def newest_first(self) -> list[Line]:
        return [self.lines[i] for i in sorted(self.lines, reverse=True)]


@pytest.fixture
def small_pages(monkeypatch):
    monkeypatch.setattr(models, "PAGE", 5)


def idle_list(source: Lines, read_idle: bool = True) -> LazyTableModel[Line]:
    model: LazyTableModel[Line] = LazyTableModel(COLUMNS, source.ids, source.rows, order="id")
    model.read_idle = read_idle
    model.refresh()
    return model


def idle() -> None:
    """The event loop's next turn (a zero timer fires)."""
    QApplication.processEvents()


def test_the_next_page_is_read_when_idle_after_a_row_is_painted(qtbot, qtmodeltester, small_pages):
    source = Lines(12)
    model = idle_list(source)
    assert source.pages == [("id", True, 5, 0, None)]
    idle()
    assert len(source.pages) == 1  # no row painted yet (a list not shown): nothing more read
    assert model.row(0) == source.lines[12]  # painting a row ...
    assert len(source.pages) == 1  # ... reads no page while it paints ...
    idle()
    assert source.pages[-1] == ("id", True, 5, 5, 8)  # ... but once idle after it
    source.pages.clear()
    with qtbot.waitSignal(model.rowsInserted):
        model.fetchMore()  # the view reaches the end
    assert source.pages == []  # found in: nothing read within the frame
    assert [model.row(n).id for n in range(10)] == list(range(12, 2, -1))
    model.row(9)
    idle()
    assert source.pages == [("id", True, 5, 10, 3)]  # and the one after, when idle again
    model.fetchMore()
    assert [model.row(n).id for n in range(12)] == list(range(12, 0, -1))
    model.row(11)
    idle()
    assert len(source.pages) == 1 and not model.canFetchMore()  # no page after the last
    qtmodeltester.check(model)


def test_two_pages_are_read_when_idle_one_an_idle_turn_for_a_jump_of_two(qtbot, small_pages):
    """A view jumping two pages down (a scroll bar dragged, a page key held) finds both in;
    they are read one an idle turn, two at most, and the next ones once those are taken."""
    source = Lines(30)
    model = idle_list(source)
    model.row(0)
    idle()
    assert source.pages[-1] == ("id", True, 5, 5, 26)  # one idle turn: one page
    idle()
    assert source.pages[-1] == ("id", True, 5, 10, 21)  # the next turn: the one after it
    idle()
    assert len(source.pages) == 3  # two ahead at most
    source.pages.clear()
    model.fetchMore()
    model.fetchMore()
    assert source.pages == []  # a jump of two pages: nothing read within the frame
    assert [model.row(n).id for n in range(15)] == list(range(30, 15, -1))
    idle()
    idle()
    assert source.pages == [("id", True, 5, 15, 16), ("id", True, 5, 20, 11)]
    model.update()  # the list changed (or its sort, its filter): the pages read are not used
    source.pages.clear()
    model.fetchMore()
    assert source.pages == [("id", True, 5, 15, 16)]  # read when asked, after the ids held now
    assert [model.row(n).id for n in range(20)] == list(range(30, 10, -1))


def test_a_list_not_on_a_file_reads_no_page_when_idle(qtbot, small_pages):
    source = Lines(12)
    model = idle_list(source, read_idle=False)  # (the facility server: its reader's, if any)
    model.row(0)
    idle()
    assert source.pages == [("id", True, 5, 0, None)]
    model.fetchMore()
    assert source.pages[-1] == ("id", True, 5, 5, 8)  # read when asked, as before


def test_a_page_read_when_idle_before_the_list_changed_is_not_used(qtbot, small_pages):
    source = Lines(12)
    model = idle_list(source)
    model.row(0)
    idle()  # read: 7 6 5 4 3
    del source.lines[6]  # another workstation's change, below the rows held
    model.update()
    model.row(0)
    idle()
    model.fetchMore()
    assert [model.row(n).id for n in range(10)] == [12, 11, 10, 9, 8, 7, 5, 4, 3, 2]  # no 6
    source.lines[13] = Line(13, "line 13", 13)
    model.row(9)
    idle()
    model.refresh()  # (a sort, a filter: the same)
    model.fetchMore()
    assert [model.row(n).id for n in range(10)] == [13, 12, 11, 10, 9, 8, 7, 5, 4, 3]


def test_a_view_jumping_far_shows_the_right_rows_painted_as_a_plain_model(qtbot):
    """The rows on screen after each jump are the ones at that place, painted as a plain Qt
    model paints the same cells, whether their page was read when idle or when asked."""
    source = Lines(3_000)
    model = idle_list(source)
    model.tint = red
    ours = view_of(model)
    qtbot.addWidget(ours)
    qtbot.waitExposed(ours)
    plain = view_of(plain_of(source.newest_first()))
    qtbot.addWidget(plain)
    qtbot.waitExposed(plain)
    idle_pages = 0
    for top in (150, 1_100, 1_999, 2_000, 2_987, 40, 2_400):
        while model.rowCount() < top + 20 and model.canFetchMore():
            asked = len(source.pages)
            model.fetchMore()
            idle_pages += len(source.pages) == asked  # found in: read when idle
        ours.doItemsLayout()  # (the scroll bar's range too, as the view does next)
        for view in (ours, plain):
            view.scrollTo(view.model().index(top, 0), view.ScrollHint.PositionAtTop)
        assert ours.verticalScrollBar().value() == plain.verticalScrollBar().value()
        first = ours.rowAt(0)
        assert model.index(first, 0).data() == f"{3_000 - first:,}"
        assert ours.viewport().grab().toImage() == plain.viewport().grab().toImage(), top
        idle()
    assert idle_pages > 0


def test_a_jump_reads_the_rows_of_its_screen_in_one_read_and_not_many_more(qtbot):
    """The frame that jumps to rows never read reads them, and about a screen of them: the
    rows painted are the real ones, read in that frame, not a batch of twice the screen."""
    source = Lines(3_000)
    model = idle_list(source)
    view = view_of(model)  # (a screen of about 16 rows)
    qtbot.addWidget(view)
    qtbot.waitExposed(view)
    while model.canFetchMore():
        model.fetchMore()
    view.doItemsLayout()
    for top in (900, 1_700, 2_500):
        source.rows_read.clear()
        view.scrollTo(model.index(top, 0), view.ScrollHint.PositionAtTop)
        view.viewport().grab()  # painted
        shown = range(view.rowAt(0), view.rowAt(view.viewport().height() - 1) + 1)
        assert len(shown) >= 10
        assert source.rows_read == [models.BATCH]  # one read, its screen and a few more
        assert all(model.index(r, 0).data() == f"{3_000 - r:,}" for r in shown)  # the real rows
    # About a screen: at most twice the rows of an 800-pixel screen of 24-pixel rows.
    assert len(shown) < models.BATCH <= 2 * (800 // 24)


def test_a_page_that_fails_when_idle_is_read_again_when_asked(qtbot, small_pages, caplog):
    source = Lines(12)
    model = idle_list(source)
    real = model._fetch_ids

    def failing(*_page):
        raise OSError("disk I/O error")

    model._fetch_ids = failing
    model.row(0)
    with caplog.at_level("INFO"):
        idle()  # not fatal: said in the log, nothing kept
    assert "read when idle failed" in caplog.text
    model._fetch_ids = real
    model.fetchMore()
    assert source.pages[-1] == ("id", True, 5, 5, 8)  # read when the view asked
    assert [model.row(n).id for n in range(10)] == list(range(12, 2, -1))
