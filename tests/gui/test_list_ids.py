"""A big list's ids held in chunks that never move once full (``models.Ids``): grown as one
array, the audit log's ids were copied whole now and then, a thousand fresh pages faulted in
within one scrolled frame (issue 15: no painted scroll frame over 16 ms)."""

from __future__ import annotations

import pytest

from sortapp.ui import models
from sortapp.ui.models import Ids, LazyTableModel
from tests.gui.test_list_paint import Line
from tests.gui.test_read_idle import Lines, idle_list


@pytest.fixture
def small_chunks(monkeypatch):
    monkeypatch.setattr(models, "ID_CHUNK", 5)


def test_the_ids_read_as_the_list_they_hold_across_chunks(small_chunks):
    held: list[int] = []
    ids = Ids()
    assert len(ids) == 0 and not ids and list(ids) == []
    for page in ([3, 9, 4], [], [7, 1, 8, 2, 6, 5, 11, 10], [12], list(range(20, 33))):
        ids.extend(page)
        held += page
        assert len(ids) == len(held) and list(ids) == held
    assert [ids[n] for n in range(len(held))] == held
    assert (ids[-1], ids[-len(held)]) == (held[-1], held[0])
    for wrong in (len(held), -len(held) - 1):
        with pytest.raises(IndexError):
            ids[wrong]
    for start, stop in ((0, 3), (2, 13), (4, 5), (5, 10), (9, 100), (len(held), len(held) + 5)):
        assert ids.span(start, stop) == held[start:stop]
    # Rows, not a slice's indexes: before row 0 nothing, and a span that ends there is empty.
    assert ids.span(-3, 2) == held[:2] and ids.span(-3, -1) == [] and ids.span(7, 3) == []
    # The same ids, however they came, are equal; others are not.
    assert Ids(held) == ids
    assert Ids(held[:-1]) != ids and Ids([*held[:-1], 99]) != ids and ids != held


def test_a_full_chunk_stays_where_it_is_as_more_ids_come():
    ids = Ids()
    page = list(range(models.PAGE))
    while len(ids) < 2 * models.ID_CHUNK:
        ids.extend(page)
    full = ids._chunks[:2]
    where = [chunk.buffer_info() for chunk in full]
    for _ in range(3 * models.ID_CHUNK // models.PAGE):
        ids.extend(page)
    assert [chunk.buffer_info() for chunk in ids._chunks[:2]] == where
    assert all(len(chunk) == models.ID_CHUNK for chunk in ids._chunks[:-1])


def test_a_lazy_list_over_many_chunks_reads_and_updates_as_before(qtmodeltester, small_chunks):
    """Pages of 2,000 ids over chunks of five: every row in order, and an update that removes
    and adds rows keeps the ids and rows in step."""
    source = Lines(23)
    model: LazyTableModel = idle_list(source, read_idle=False)
    assert models.PAGE > 23  # (one page holds them all, across five chunks)
    assert [model.row(n).id for n in range(23)] == list(range(23, 0, -1))
    del source.lines[17], source.lines[3]
    source.lines[30] = Line(30, "line 30", 30)
    model.update()
    assert model.rowCount() == 22
    assert [model.row(n).id for n in range(22)] == sorted(source.lines, reverse=True)
    qtmodeltester.check(model)


def test_pages_of_ids_fill_chunks_in_order(qtbot, small_chunks, monkeypatch):
    monkeypatch.setattr(models, "PAGE", 4)
    source = Lines(19)
    model: LazyTableModel = idle_list(source, read_idle=False)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 19
    assert [model.row(n).id for n in range(19)] == list(range(19, 0, -1))
    assert [len(chunk) for chunk in model._ids._chunks] == [5, 5, 5, 4]
