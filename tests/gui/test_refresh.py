"""After an action each page refreshes only what the action's ``Changes`` name; the page that
acted updates itself; lists keep their place and selection (anki's OpChanges and initiator)."""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass

from PySide6.QtCore import QPersistentModelIndex

from sortapp.services import lots, site, sorting
from sortapp.services import watch as watch_service
from sortapp.storage.db import open_db
from sortapp.ui.models import Column, LazyTableModel, ListTableModel
from tests.conftest import PASSWORD, make_lot
from tests.gui.conftest import restore_and_wait

# -- the models ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Item:
    id: int
    name: str


class Source:
    """A list's storage: ids newest first, rows by id; counts what the model reads."""

    def __init__(self, n: int) -> None:
        self.items = {i: Item(i, f"item {i}") for i in range(1, n + 1)}
        self.fetched: list[int] = []

    def ids(self, order, descending, limit, offset, after) -> list[int]:
        return sorted(self.items, reverse=True)[offset : offset + limit]

    def rows(self, ids) -> dict[int, Item]:
        self.fetched.extend(ids)
        return {i: self.items[i] for i in ids if i in self.items}


def lazy_model(source: Source) -> LazyTableModel[Item]:
    model: LazyTableModel[Item] = LazyTableModel(
        [Column("id", "Id", sort_key="id"), Column("name", "Name")],
        source.ids,
        source.rows,
        order="id",
    )
    model.refresh()
    for n in range(model.rowCount()):  # painted once: every row held
        model.row(n)
    source.fetched.clear()
    return model


def test_update_reads_only_the_named_rows_and_repaints_just_them(qtbot, qtmodeltester):
    source = Source(10)
    model = lazy_model(source)
    qtmodeltester.check(model)
    source.items[4] = Item(4, "item 4, changed")
    painted: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda a, b, *_: painted.append((a.row(), b.row())))
    with qtbot.assertNotEmitted(model.modelReset), qtbot.assertNotEmitted(model.layoutChanged):
        model.update({4})
    assert painted == [(6, 6)]  # newest first: id 4 is the seventh row
    assert [model.row(n).name for n in range(10)][6] == "item 4, changed"
    assert source.fetched == [4]  # the other nine rows were not read again


def test_update_brings_in_a_new_row_and_the_selection_follows_its_row(qtbot, qtmodeltester):
    source = Source(10)
    model = lazy_model(source)
    kept = QPersistentModelIndex(model.index(2, 1))  # id 8, selected by the person
    source.items[11] = Item(11, "item 11")
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.layoutChanged):
        model.update({11})
    assert model.rowCount() == 11
    assert kept.row() == 3 and kept.column() == 1  # still id 8, one row lower
    assert model.row(0) == Item(11, "item 11")
    assert [model.row(n).id for n in range(11)] == list(range(11, 0, -1))
    assert source.fetched == [11]  # only the new row read
    qtmodeltester.check(model)


def test_update_drops_a_row_that_left_the_list(qtbot):
    source = Source(5)
    model = lazy_model(source)
    gone = QPersistentModelIndex(model.index(1, 0))  # id 4
    after = QPersistentModelIndex(model.index(3, 0))  # id 2
    del source.items[4]
    model.update({4})
    assert model.rowCount() == 4
    assert not gone.isValid()
    assert after.row() == 2 and model.row(after.row()).id == 2


def test_list_model_replaces_rows_by_key_in_place(qtbot, qtmodeltester):
    model: ListTableModel[Item] = ListTableModel(
        [Column("id", "Id"), Column("name", "Name")], get=getattr
    )
    model.set_rows([Item(1, "a"), Item(2, "b"), Item(3, "c")])
    qtmodeltester.check(model)
    painted: list[int] = []
    model.dataChanged.connect(lambda a, _b, *_: painted.append(a.row()))
    with qtbot.assertNotEmitted(model.modelReset):
        model.update_rows("id", [Item(2, "b, changed"), Item(9, "not held")])
    assert painted == [1]
    assert model.rows() == [Item(1, "a"), Item(2, "b, changed"), Item(3, "c")]


# -- the pages -----------------------------------------------------------------------------------


def test_a_received_lot_reads_one_row_and_keeps_the_selection(qtbot, make_window, db, who):
    for n in range(1, 6):
        make_lot(db, who.olu, f"L{n}")
    window = make_window("olu")
    page = window.receiving
    assert page.model.rowCount() == 5
    for n in range(5):
        page.model.row(n)
    page.table.selectRow(2)
    assert page.selected_lot() == "L3"
    read: list[int] = []
    fetch = page.model._fetch_rows
    page.model._fetch_rows = lambda ids: read.extend(ids) or fetch(ids)
    with qtbot.assertNotEmitted(page.model.modelReset):
        window.ctx.act(
            window,
            lambda: lots.receive_lot(
                db, who.olu, number="L6", origins=[("BW", "M")], weighed_mct=5_000
            ),
        )
    assert page.model.rowCount() == 6
    for n in range(6):
        page.model.row(n)
    assert page.selected_lot() == "L3"  # the selection followed its lot
    assert len(read) == 1  # only the new lot was read
    assert "6 lots" in page.count_label.text()


def test_the_page_that_acted_updates_itself_others_as_named(qtbot, make_window, db, who):
    make_lot(db, who.olu, "L1")
    make_lot(db, who.olu, "L2")
    window = make_window("olu")
    window.open_sorting("L1")
    page = window.page(1)
    calls: list[str] = []
    page.on_changes = lambda changes: calls.append("on_changes")  # type: ignore[method-assign]
    shown = page._show_lot
    page._show_lot = lambda: calls.append("show_lot") or shown()  # type: ignore[method-assign]

    # Its own entry: it shows the lot anew itself, once, without the broadcast's refresh.
    page.f_category.setText("S5-SAW-Q1-W")
    page.f_carats.setText("10")
    page.add_entry()
    assert calls == ["show_lot"]
    assert page.entries.rowCount() == 1

    # Another page's action on another lot: the sorting page hears of it and reads nothing.
    del page.on_changes
    calls.clear()
    window.ctx.act(window, lambda: sorting.add_entry(db, who.olu, "L2", "S5-SAW-Q1-W", 5_000))
    assert calls == []
    # ... on the open lot: the lot is shown as it is now.
    window.ctx.act(window, lambda: sorting.add_entry(db, who.olu, "L1", "S5-SAW-Q1-W", 5_000))
    assert calls == ["show_lot"]
    assert page.entries.rowCount() == 2


def test_a_hidden_page_brings_in_what_changed_when_shown(qtbot, make_window, db, who):
    make_lot(db, who.olu, "L1")
    window = make_window("olu")
    window.go(5)  # the audit log, read once
    audit = window.audit
    before = audit.model.rowCount()
    refreshed: list[bool] = []
    audit.refresh = lambda: refreshed.append(True)  # type: ignore[method-assign]
    window.go(0)
    window.ctx.act(
        window,
        lambda: lots.receive_lot(db, who.olu, number="L2", origins=[("BW", "M")], weighed_mct=1),
    )
    assert audit.model.rowCount() == before  # off screen: nothing read
    window.go(5)
    assert audit.model.rowCount() == before + 1  # brought in on show...
    assert refreshed == []  # ... without reading the whole page again


# -- another workstation's work ------------------------------------------------------------------


def test_another_workstations_lot_appears_without_f5(qtbot, make_window, db, db_path, who):
    make_lot(db, who.olu, "L1")
    window = make_window("olu")
    page = window.receiving
    page.table.selectRow(0)
    assert page.model.rowCount() == 1 and page.selected_lot() == "L1"
    assert not window.others.look()  # nothing new: nothing applied
    other = open_db(db_path)  # the second workstation on the same file
    try:
        ola = site.login(other, "ola", PASSWORD)
        lots.receive_lot(other, ola, number="L2", origins=[("NA", "M")], weighed_mct=2_000)
        window.go(1)
        window.open_sorting("L1")
        sorting_page = window.page(1)
        assert sorting_page.entries.rowCount() == 0
        sorting.add_entry(other, ola, "L1", "S5-SAW-Q1-W", 1_000)
    finally:
        other.close()
    with qtbot.assertNotEmitted(page.model.modelReset):
        assert window.others.look()
    assert sorting_page.entries.rowCount() == 1  # the open lot shows the other's entry
    window.go(0)
    assert page.model.rowCount() == 2 and page.selected_lot() == "L1"


def another_workstation_receives(db_path, number: str) -> None:
    """Lot ``number`` received by ola at a second workstation on the same file."""
    other = open_db(db_path)
    try:
        lots.receive_lot(
            other,
            site.login(other, "ola", PASSWORD),
            number=number,
            origins=[("BW", "M")],
            weighed_mct=1_000,
        )
    finally:
        other.close()


def test_nothing_is_applied_while_locked(qtbot, make_window, db, db_path, who):
    window = make_window("olu")
    another_workstation_receives(db_path, "L9")
    window.ctx.lock()
    assert not window.others.look()
    window.ctx.set_actor(site.login(db, "olu", PASSWORD))
    assert window.others.look()  # caught up once someone signed in
    assert window.receiving.model.rowCount() == 1


def test_a_failing_look_is_logged_once_and_what_it_missed_comes_in_after(
    qtbot, make_window, db, db_path, who, monkeypatch, caplog, expect_log
):
    """A file's looks fail every second while its disk is gone: the failure is logged once with
    its traceback, not every second (that would fill the rotated log within hours), and its end
    once; the other workstation's work the failed looks missed comes in at the next look that
    reads, not only after another commit."""
    expect_log(logging.WARNING, "^could not read other workstations' changes$", "sortapp.ui.watch")
    caplog.set_level(logging.INFO, logger="sortapp.ui.watch")
    window = make_window("olu")
    another_workstation_receives(db_path, "L9")
    watcher = window.others.watcher
    read = watcher.changes

    def gone(db):
        raise sqlite3.OperationalError("disk I/O error")

    def said(level: int) -> list[str]:
        return [
            r.getMessage()
            for r in caplog.records
            if r.name == "sortapp.ui.watch" and r.levelno == level
        ]

    monkeypatch.setattr(watcher, "changes", gone)
    assert not any(window.others.look() for _ in range(3))
    assert said(logging.WARNING) == ["could not read other workstations' changes"]
    assert said(logging.INFO) == []
    monkeypatch.setattr(watcher, "changes", read)  # the disk back
    assert window.others.look()  # what the failed looks missed, without another commit
    assert window.receiving.model.rowCount() == 1
    assert said(logging.INFO) == [
        "other workstations' changes: a failure ended after 3 look(s) in a row "
        "(OperationalError: disk I/O error)"
    ]
    monkeypatch.setattr(watcher, "changes", gone)
    window.others.look(told=True)  # failing again later: logged again
    assert len(said(logging.WARNING)) == 2


def test_a_look_failing_as_it_reads_what_changed_misses_nothing(
    qtbot, make_window, db, db_path, who, monkeypatch, expect_log
):
    """A look that fails halfway, the entries read but not yet what they changed (the disk
    lost in between): the next look reads them again, not from after them."""
    expect_log(logging.WARNING, "^could not read other workstations' changes$", "sortapp.ui.watch")
    window = make_window("olu")
    another_workstation_receives(db_path, "L9")
    read = watch_service.changes_of
    calls = []

    def lost_halfway(*args):
        calls.append(args)
        if len(calls) == 1:
            raise sqlite3.OperationalError("disk I/O error")
        return read(*args)

    monkeypatch.setattr(watch_service, "changes_of", lost_halfway)
    assert not window.others.look()
    assert window.others.look()  # the next look: L9 comes in
    assert window.receiving.model.rowCount() == 1 and len(calls) == 2


def test_another_workstations_lot_appears_after_a_restore(
    qtbot, make_window, db, db_path, who, monkeypatch
):
    """A restore puts back an older audit log, whose ids the entries after it take again: the
    watch followed from the last id seen before it, and missed another workstation's lots
    until their ids passed it."""
    from sortapp.services import backups  # noqa: PLC0415
    from sortapp.ui import dialogs  # noqa: PLC0415

    taken = backups.make_backup(db, db_path, actor=who.sam)
    for n in range(5):  # (entries the restore takes away: ids the next ones take again)
        make_lot(db, who.olu, f"L{n}")
    window = make_window("admin")
    monkeypatch.setattr(dialogs.OpenFileDialog, "ask", classmethod(lambda c, *a: str(taken.path)))
    monkeypatch.setattr(dialogs.SummaryDialog, "ask", classmethod(lambda c, *a: True))
    restore_and_wait(qtbot, window)
    assert window.receiving.model.rowCount() == 0  # restored: no lot
    assert not window.others.look()
    other = open_db(db_path)  # the second workstation on the same file
    try:
        ola = site.login(other, "ola", PASSWORD)
        lots.receive_lot(other, ola, number="L9", origins=[("NA", "M")], weighed_mct=2_000)
    finally:
        other.close()
    assert window.others.look()
    assert window.receiving.model.rowCount() == 1
