"""A big list reads its next page of ids ahead of the view, on a connection of its own, on the
facility server (issue 12: scrolling within 16 ms a frame over a 1 ms round trip)."""

from __future__ import annotations

import threading
from concurrent.futures import Future

import pytest
from PySide6.QtCore import QPersistentModelIndex

from sortapp.core.errors import SortAppError
from sortapp.storage.target import Target
from sortapp.ui import models
from sortapp.ui.ahead import Reader
from sortapp.ui.models import Column, LazyTableModel
from tests.gui.test_refresh import Item, Source

# -- the model -----------------------------------------------------------------------------------


class Ahead:
    """Pages asked for ahead: each a future being read, which the test completes when it wants
    (as the reader would: a read under way is not cancelled)."""

    def __init__(self) -> None:
        self.asked: list[tuple[tuple, Future[list[int]]]] = []

    def __call__(self, *page) -> Future[list[int]]:
        future: Future[list[int]] = Future()
        future.set_running_or_notify_cancel()
        self.asked.append((page, future))
        return future

    def last(self) -> tuple[tuple, Future[list[int]]]:
        return self.asked[-1]


class Counted(Source):
    def __init__(self, n: int) -> None:
        super().__init__(n)
        self.pages: list[tuple] = []

    def ids(self, *page) -> list[int]:
        """Read on the list's own connection (counted)."""
        self.pages.append(page)
        return super().ids(*page)

    def elsewhere(self, *page) -> list[int]:
        """Read by the reader."""
        return super().ids(*page)


@pytest.fixture
def small_pages(monkeypatch):
    monkeypatch.setattr(models, "PAGE", 5)


def lazy(source: Source, ahead: Ahead | None) -> LazyTableModel[Item]:
    model: LazyTableModel[Item] = LazyTableModel(
        [Column("id", "Id", sort_key="id"), Column("name", "Name")],
        source.ids,
        source.rows,
        order="id",
    )
    model.ahead = ahead
    model.refresh()
    return model


def ids(model: LazyTableModel[Item]) -> list[int]:
    return [model.row(n).id for n in range(model.rowCount())]


def test_the_next_page_is_asked_for_before_the_view_reaches_the_end(
    qtbot, qtmodeltester, small_pages
):
    source, ahead = Counted(12), Ahead()
    model = lazy(source, ahead)
    assert source.pages == [("id", True, 5, 0, None)]  # the first page, read at once
    page, future = ahead.last()
    assert page == ("id", True, 5, 5, 8)  # the next one asked for while 5 rows are shown
    future.set_result(source.elsewhere(*page))  # (read elsewhere)
    source.pages.clear()
    with qtbot.waitSignal(model.rowsInserted):
        model.fetchMore()  # the view reaches the end
    assert source.pages == []  # nothing read on the list's own connection
    assert ids(model) == list(range(12, 2, -1))
    page, future = ahead.last()
    assert page == ("id", True, 5, 10, 3)  # and the one after is asked for at once
    future.set_result(source.elsewhere(*page))
    model.fetchMore()
    assert ids(model) == list(range(12, 0, -1)) and not model.canFetchMore()
    assert len(ahead.asked) == 2  # no page after the last
    qtmodeltester.check(model)


def test_a_page_read_ahead_before_the_list_changed_is_not_used(qtbot, qtmodeltester, small_pages):
    source, ahead = Counted(12), Ahead()
    model = lazy(source, ahead)
    kept = QPersistentModelIndex(model.index(1, 0))  # id 11
    stale_page, stale = ahead.last()
    stale.set_result(source.elsewhere(*stale_page))  # read: 7 6 5 4 3
    del source.items[5]  # another workstation's change, below the rows held
    model.update({5})
    assert ids(model) == [12, 11, 10, 9, 8] and kept.row() == 1  # the rows held: the same
    page, again = ahead.last()
    assert page == stale_page and again is not stale  # the same page, asked for again
    again.set_result(source.elsewhere(*page))
    model.fetchMore()
    assert ids(model) == [12, 11, 10, 9, 8, 7, 6, 4, 3, 2]  # without 5
    qtmodeltester.check(model)


def test_a_page_read_ahead_that_comes_after_the_list_changed_is_not_used(qtbot, small_pages):
    source, ahead = Counted(12), Ahead()
    model = lazy(source, ahead)
    page, late = ahead.last()
    stale = source.elsewhere(*page)
    source.items[13] = Item(13, "item 13")
    model.update({13})  # the ids held changed: the page after them is asked for again
    page, again = ahead.last()
    assert page == ("id", True, 5, 5, 9)
    late.set_result(stale)  # the first read ahead comes now: not used
    again.set_result(source.elsewhere(*page))
    model.fetchMore()
    assert ids(model) == list(range(13, 3, -1))
    late = ahead.last()[1]
    source.items[14] = Item(14, "item 14")
    model.refresh()  # (a sort, a filter: the same)
    late.set_result([99, 98, 97, 96, 95])
    page, again = ahead.last()
    again.set_result(source.elsewhere(*page))
    model.fetchMore()
    assert ids(model) == list(range(14, 4, -1))
    assert source.pages[-1] == ("id", True, 5, 0, None)  # the refresh's own page only


def test_a_page_read_ahead_not_yet_in_is_not_waited_for(qtbot, small_pages):
    source, ahead = Counted(12), Ahead()
    model = lazy(source, ahead)
    page, coming = ahead.last()
    source.pages.clear()
    model.fetchMore()  # (the reader opening its connection, or held up)
    assert source.pages == [page]  # read on the list's own connection
    assert ids(model) == list(range(12, 2, -1))
    coming.set_result([99, 98, 97, 96, 95])  # when it comes: not used
    ahead.last()[1].set_result(source.elsewhere(*ahead.last()[0]))
    model.fetchMore()
    assert ids(model) == list(range(12, 0, -1))


def test_a_page_read_ahead_that_failed_is_read_on_the_lists_connection(qtbot, small_pages):
    source, ahead = Counted(12), Ahead()
    model = lazy(source, ahead)
    ahead.last()[1].set_exception(SortAppError("the reader's connection was lost"))
    source.pages.clear()
    model.fetchMore()
    assert source.pages == [("id", True, 5, 5, 8)]
    assert ids(model) == list(range(12, 2, -1))


def test_the_server_lost_while_reading_ahead_is_told_as_before(qtbot, small_pages):
    source, ahead = Counted(12), Ahead()
    model = lazy(source, ahead)
    told: list[BaseException] = []
    model.failed = lambda exc: told.append(exc) or True
    ahead.last()[1].set_exception(ConnectionError("reader: server closed the connection"))
    lost = ConnectionError("server closed the connection")

    def gone(*_page):
        raise lost

    model._fetch_ids = gone
    model.fetchMore()
    assert told == [lost]  # the list's own read tells the session; the rows held stay
    assert ids(model) == [12, 11, 10, 9, 8] and model.canFetchMore()


def test_a_list_not_told_how_to_read_ahead_reads_when_asked(qtbot, small_pages):
    source = Counted(7)
    model = lazy(source, None)
    model.fetchMore()
    assert source.pages == [("id", True, 5, 0, None), ("id", True, 5, 5, 3)]
    assert ids(model) == list(range(7, 0, -1))


# -- the reader ----------------------------------------------------------------------------------


def test_the_reader_reads_on_its_own_connection_in_its_own_thread(db, db_path):
    reader = Reader()
    target = Target(path=db_path)
    seen: list[tuple[int, object]] = []

    def count(other):
        seen.append((threading.get_ident(), other))
        return other.execute("SELECT count(*) FROM users").fetchone()[0]

    try:
        first = reader.submit(target, count).result(timeout=30)
        assert first == db.execute("SELECT count(*) FROM users").fetchone()[0]
        assert reader.submit(target, count).result(timeout=30) == first
        (one, conn), (two, again) = seen
        assert one == two != threading.get_ident() and conn is again is not db  # kept
        failed = reader.submit(target, lambda other: other.execute("SELECT nothing FROM here"))
        with pytest.raises(Exception, match="nothing"):
            failed.result(timeout=30)
        assert reader.submit(target, count).result(timeout=30) == first
        assert seen[-1][1] is not conn  # a failed read's connection is not used again
        worker = reader._thread
    finally:
        reader.close()
    assert worker is not None and not worker.is_alive()
