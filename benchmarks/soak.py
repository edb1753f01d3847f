"""A shift without a crash: the real main window, offscreen, through an eight-hour shift compressed.

    python benchmarks/soak.py --db benchmarks/history.db [--scale 0.01] [--out soak.json]
                              [--native DIR]

A whole shift (``--scale 1``) is 200,000 list scrolls, each table's viewport repainted, across
every page of the window (tables on tabs included); 5,000 sorting entries typed into the sorting
page as an operator types them (lot, Enter, category, Enter, carats, Enter, stones, Enter), each
lot closed once sorted; 500 prints to PDF through the app's print path (its print choice and
save dialogs answered as a user answers them); 100 lock / sign-in cycles of the lock screen:
through each hour the user signs in again after a break (the pages kept as they were), and at
its end the other user signs in and then the first again (every page thrown away and made anew;
at least two cycles an hour, whatever the scale). The work is split into eight equal "hours";
after each one the figures are taken: Qt's top-level widgets and the QObjects of the pages
as the hour left them, then, after its change of user (the window in the same state each hour),
resident memory (RSS), private memory (USS) and anonymous memory (the heaps) from
/proc/self/smaps_rollup, the memory in use in them (Python's objects, the C heap's blocks) and
Python's arenas (now / at most), ``sys.getrefcount(None)`` and the Python objects the collector
tracks. What is judged at the end is in ``verdict``: a leak is memory in use that keeps growing.
With ``--native DIR`` each hour's /proc/self/smaps, glibc's ``mallinfo2``/``malloc_info`` and
Python's small-object allocator's figures are kept in DIR, and the anonymous memory is told by
kind of mapping (glibc's heap and thread arenas, stacks, the rest: Python's 1 MiB arenas among
it) with the mappings that grew most in the hour that grew most.

It works on a copy of the history (the shift writes entries, lots, prints and sign-ins).
Dialogs: ``SORTAPP_NO_DIALOGS=1`` turns the message boxes and confirmations into log lines
(``ui.dialogs.dialogs_enabled``); the dialogs a shift goes through are built as the app builds
them and answered without their modal loop (``Answers``); only the native save-file dialog is
replaced by the path it would return.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import json
import os
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["SORTAPP_NO_DIALOGS"] = "1"

#: A whole shift's work.
SHIFT = {"scrolls": 200_000, "entries": 5_000, "prints": 500, "locks": 100}
HOURS = 8
#: Rounds of mixed work per hour at full scale (each visits every page).
ROUNDS_PER_HOUR = 10
#: Entries per lot, each of 1 ct: the lot is weighed at as many carats, and closed once sorted.
ENTRIES_PER_LOT = 50
#: The users taking turns at the workstation (the history's operator and a supervisor).
USERS = ("olu", "sam")
#: The history's users' password (benchmarks/make_history.py).
PASSWORD = "benchmark-pass"
#: The documents printed, in turn: (page index, what to select first).
PRINTS = ("sorting", "receiving", "parcels")


@dataclass
class Hour:
    hour: int
    scrolls: int
    entries: int
    prints: int
    locks: int
    wall_s: float
    cpu_s: float
    rss_mb: float
    uss_mb: float
    anon_mb: float
    #: Memory in use: Python's objects (the blocks its small-object allocator handed out) and
    #: the C heap's blocks in use (glibc's, Qt's and SQLite's allocations, Python's larger ones).
    in_use_mb: float
    #: Python's small-object allocator's 1 MiB arenas now, and the most it has had.
    py_arenas: int
    py_arenas_max: int
    none_refs: int
    held_scrolls: int
    none_drift: int
    objects: int
    top_level_widgets: int
    qobjects: int


def memory_mb() -> tuple[float, float, float]:
    """Resident (RSS), private (USS: private clean + dirty) and anonymous memory of this
    process, MB. RSS and USS count the pages of the database's memory map this process read
    (USS too: no other process maps them); anonymous memory is the heaps alone."""
    rss = uss = anon = 0.0
    with open("/proc/self/smaps_rollup", encoding="ascii") as rollup:
        for line in rollup:
            name, _, rest = line.partition(":")
            if name == "Rss":
                rss = int(rest.split()[0]) / 1024
            elif name in ("Private_Clean", "Private_Dirty"):
                uss += int(rest.split()[0]) / 1024
            elif name == "Anonymous":
                anon = int(rest.split()[0]) / 1024
    return rss, uss, anon


#: Python's small-object allocator's arenas (MB, as ``memory_mb`` counts: 1 MiB).
PY_ARENA_MB = 1.0

#: glibc's per-thread arenas are carved from mappings of this size, aligned to it (64-bit).
ARENA_HEAP = 64 << 20


@dataclass
class Mapping:
    """One mapping of /proc/PID/smaps: its range, permissions and name, resident and anonymous
    kB."""

    start: int
    end: int
    perms: str
    name: str
    rss_kb: int = 0
    anon_kb: int = 0


def read_smaps(text: str) -> list[Mapping]:
    out: list[Mapping] = []
    for line in text.splitlines():
        head = line.split(None, 5)
        if head and "-" in head[0] and len(head) >= 5 and not head[0].endswith(":"):
            lo, _, hi = head[0].partition("-")
            out.append(Mapping(int(lo, 16), int(hi, 16), head[1], head[5] if len(head) > 5 else ""))
        elif out and line.startswith("Rss:"):
            out[-1].rss_kb = int(line.split()[1])
        elif out and line.startswith("Anonymous:"):
            out[-1].anon_kb = int(line.split()[1])
    return out


def kind(mappings: list[Mapping], i: int) -> str:
    """What a mapping is: the main heap, a thread's stack, a glibc thread arena's heap, another
    anonymous mapping (malloc's mmapped blocks, Python's arenas, Qt's and SQLite's own
    mmaps), or a file's."""
    m = mappings[i]
    if m.name == "[heap]":
        return "heap (brk)"
    if m.name.startswith("[stack"):
        return "stack"
    if m.name.startswith("["):
        return m.name
    if m.name:
        return "file"
    after = mappings[i + 1] if i + 1 < len(mappings) else None
    before = mappings[i - 1] if i else None
    if (
        m.start % ARENA_HEAP == 0
        and "rw" in m.perms
        and (
            m.end - m.start == ARENA_HEAP
            or (
                after
                and after.start == m.end
                and after.perms.startswith("---")
                and after.end - m.start == ARENA_HEAP
            )
        )
    ):
        return "thread arena"
    if (
        before
        and before.end == m.start
        and before.perms.startswith("---")
        and not before.name
        and before.end - before.start <= 64 << 10
    ):
        return "thread stack"  # a guard page below it
    return "other anonymous"


def smaps_kinds(text: str) -> dict[str, int]:
    """Anonymous kB by kind of mapping."""
    mappings = read_smaps(text)
    out: dict[str, int] = {}
    for i, m in enumerate(mappings):
        k = kind(mappings, i)
        out[k] = out.get(k, 0) + m.anon_kb
    return out


def smaps_growth(old: str, new: str, top: int = 12) -> list[str]:
    """The mappings whose anonymous memory changed most from ``old`` to ``new`` (matched by
    start address; a mapping that appeared or went is counted whole)."""
    a = {m.start: m for m in read_smaps(old)}
    mappings = read_smaps(new)
    kinds = {m.start: kind(mappings, i) for i, m in enumerate(mappings)}
    b = {m.start: m for m in mappings}
    changes = []
    for start in a.keys() | b.keys():
        was, now = a.get(start), b.get(start)
        delta = (now.anon_kb if now else 0) - (was.anon_kb if was else 0)
        if delta:
            m = now or was
            assert m is not None
            size = (m.end - m.start) >> 10
            changes.append(
                (
                    delta,
                    f"{delta:+8d} kB  {m.start:012x} {size:>8d} kB {m.perms} "
                    f"{kinds.get(start, 'gone')}{' ' + m.name if m.name else ''}"
                    f"{' (new)' if was is None else ''}{' (gone)' if now is None else ''}",
                )
            )
    changes.sort(key=lambda c: -abs(c[0]))
    return [text for _d, text in changes[:top]]


def malloc_figures() -> dict[str, float]:
    """glibc's own count (``mallinfo2``, all arenas): the main arena's brk heap, the mmapped
    blocks, in use and free, MB; the arenas (from ``malloc_info``). Empty off glibc."""
    import ctypes  # noqa: PLC0415
    import ctypes.util  # noqa: PLC0415

    class MallInfo2(ctypes.Structure):
        _fields_ = [
            (name, ctypes.c_size_t)
            for name in (
                "arena",
                "ordblks",
                "smblks",
                "hblks",
                "hblkhd",
                "usmblks",
                "fsmblks",
                "uordblks",
                "fordblks",
                "keepcost",
            )
        ]

    try:
        libc = ctypes.CDLL(None)
        libc.mallinfo2.restype = MallInfo2
    except (OSError, AttributeError):
        return {}
    info = libc.mallinfo2()
    mb = 1 << 20
    return {
        "sbrk_and_arenas_mb": round(info.arena / mb, 1),
        "mmapped_blocks": info.hblks,
        "mmapped_mb": round(info.hblkhd / mb, 1),
        "in_use_mb": round(info.uordblks / mb, 1),
        "free_mb": round(info.fordblks / mb, 1),
    }


def malloc_info_xml() -> str:
    """glibc's ``malloc_info``: each arena's sizes, as XML ('' off glibc)."""
    import ctypes  # noqa: PLC0415

    try:
        libc = ctypes.CDLL(None)
        libc.open_memstream.restype = ctypes.c_void_p
        libc.malloc_info.argtypes = [ctypes.c_int, ctypes.c_void_p]
        libc.fclose.argtypes = [ctypes.c_void_p]
        libc.free.argtypes = [ctypes.c_void_p]
    except (OSError, AttributeError):
        return ""
    buf, size = ctypes.c_void_p(), ctypes.c_size_t()
    stream = libc.open_memstream(ctypes.byref(buf), ctypes.byref(size))
    libc.malloc_info(0, stream)
    libc.fclose(stream)
    text = ctypes.string_at(buf.value, size.value).decode() if buf.value else ""
    libc.free(buf)
    return text


def cpu_seconds() -> float:
    t = os.times()
    return t.user + t.system


def settle() -> None:
    """Let Qt deliver what is posted (deferred deletes included) and Python collect cycles."""
    from PySide6.QtCore import QCoreApplication, QEvent  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    for _ in range(3):
        QApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def share(total: int, part: int, parts: int) -> int:
    """Part ``part`` of ``parts`` of ``total`` things, the shares adding up to ``total``."""
    return total * (part + 1) // parts - total * part // parts


class Answers:
    """Answer the dialogs a shift goes through as the user would, without their modal loops:
    the sign-in (the next user and the password), the print choice (Save as PDF) and the
    save-file dialog (a path in ``folder``). Undone by ``restore``."""

    def __init__(self, folder: Path, password: str) -> None:
        from PySide6.QtWidgets import QMessageBox  # noqa: PLC0415

        from sortapp.ui import dialogs  # noqa: PLC0415

        self.user = USERS[0]
        self.password = password
        self.pdf = folder / "printed.pdf"
        self.boxes = 0
        self.forms = 0
        self._undo: list[tuple[Any, str, Any]] = []
        answers = self

        def exec_form(dialog: dialogs.FormDialog) -> int:
            answers.forms += 1
            fill = {"user": answers.user, "password": answers.password}
            for key, widget in dialog.fields.items():
                if key in fill and hasattr(widget, "setText"):
                    widget.setText(fill[key])
            dialog._on_ok()  # OK, as clicked
            return int(dialog.result())

        def exec_box(box: QMessageBox) -> int:
            answers.boxes += 1
            for button in box.buttons():
                if button.text() == "Save as PDF...":
                    button.click()
                    return 0
            box.reject()
            return 0

        def save_file(_cls: object, /, *_args: object, **_kwargs: object) -> str:
            return str(answers.pdf)

        self._patch(dialogs.FormDialog, "exec", exec_form)
        self._patch(QMessageBox, "exec", exec_box)
        self._patch(dialogs.SaveFileDialog, "ask", classmethod(save_file))

    def _patch(self, owner: Any, name: str, value: Any) -> None:
        self._undo.append((owner, name, owner.__dict__.get(name)))
        setattr(owner, name, value)

    def restore(self) -> None:
        for owner, name, old in reversed(self._undo):
            if old is None:
                delattr(owner, name)
            else:
                setattr(owner, name, old)
        self._undo.clear()


@contextmanager
def answered(folder: Path, password: str) -> Iterator[Answers]:
    answers = Answers(folder, password)
    try:
        yield answers
    finally:
        answers.restore()


class Shift:
    """The main window of ``path`` and the work of a shift on it."""

    def __init__(self, path: Path, answers: Answers, seed: int = 15) -> None:
        from PySide6.QtWidgets import QApplication, QMenu  # noqa: PLC0415

        from sortapp.app import make_application  # noqa: PLC0415
        from sortapp.services import assortment, site  # noqa: PLC0415
        from sortapp.storage.db import open_db  # noqa: PLC0415
        from sortapp.ui.context import Context  # noqa: PLC0415
        from sortapp.ui.mainwindow import MainWindow  # noqa: PLC0415

        self.app = QApplication.instance() or make_application()
        self.answers = answers
        self.rng = random.Random(seed)
        self.db = open_db(path)
        self.sam = site.login(self.db, "sam", answers.password)
        self.window = MainWindow(
            Context(self.db, path, site.login(self.db, USERS[0], answers.password))
        )
        self.window.resize(1280, 800)
        # The window's own menu actions (Python's wrappers of them live as long as it does).
        menus = [top.menu() for top in self.window.menuBar().actions()]
        self.actions = {
            action.text(): action
            for menu in menus
            if isinstance(menu, QMenu)
            for action in menu.actions()
        }
        self.window.show()
        settle()
        self.codes = [
            c.code
            for c in assortment.list_categories(self.db)
            if c.active and not c.code.startswith("+")
        ][:60]
        self.lots_made = 0
        #: None's references gained (lost, if negative) over the scrolls of lists held whole.
        self.none_drift = 0
        self.held_scrolls = 0
        self.lot: str | None = None
        self.lot_entries = 0
        self.done = {"scrolls": 0, "entries": 0, "prints": 0, "locks": 0}
        self.parcel = self.db.execute(
            "SELECT number FROM parcels WHERE status IN ('sealed', 'shipped') ORDER BY id DESC"
        ).fetchone()
        self.closed_lot = self.db.execute(
            "SELECT number FROM lots WHERE status = 'sorted' ORDER BY id DESC"
        ).fetchone()

    # -- the pages -----------------------------------------------------------------------------

    def go(self, key: str) -> Any:
        from sortapp.ui.pages import PAGES  # noqa: PLC0415

        index = next(i for i, spec in enumerate(PAGES) if spec.key == key)
        self.window.go(index)
        return self.window.page(index)

    def tables(self, page: Any) -> list[Any]:
        from sortapp.ui.widgets import Table  # noqa: PLC0415

        return list(page.findChildren(Table))

    def show_table(self, page: Any, table: Any) -> None:
        """Bring ``table`` on screen: the tab it is on made current."""
        from PySide6.QtWidgets import QTabWidget  # noqa: PLC0415

        for tabs in page.findChildren(QTabWidget):
            for i in range(tabs.count()):
                tab = tabs.widget(i)
                if tab is not None and (tab is table or tab.isAncestorOf(table)):
                    tabs.setCurrentIndex(i)

    def prepare(self, key: str, page: Any) -> None:
        """What a user does on arriving at a page so that its lists hold something: run the
        reports, select a row (a parcel's lines, a category's origins)."""
        from PySide6.QtCore import Qt  # noqa: PLC0415
        from PySide6.QtTest import QTest  # noqa: PLC0415

        if key == "reports":
            page.run_kp()
            if self.closed_lot is not None:
                page.rec_lot.setText(self.closed_lot[0])
                QTest.keyClick(page.rec_lot, Qt.Key.Key_Return)
            if self.parcel is not None:
                page.lin_parcel.setText(self.parcel[0])
                QTest.keyClick(page.lin_parcel, Qt.Key.Key_Return)
        elif key == "parcels" and page.list_model.rowCount():
            page.list_table.selectRow(self.rng.randrange(page.list_model.rowCount()))
        elif key == "stock" and page.model.rowCount():
            page.table.selectRow(self.rng.randrange(page.model.rowCount()))

    def scroll(self, table: Any) -> None:
        """One scroll of ``table`` (a page down; now and then a drag of the scroll bar to any
        place; back to the top from the end) and its viewport repainted."""
        from sortapp.ui.models import ListTableModel  # noqa: PLC0415

        bar = table.verticalScrollBar()
        held = isinstance(table.model(), ListTableModel)
        before = sys.getrefcount(None)
        if self.rng.random() < 0.02:
            value = self.rng.randint(0, bar.maximum())
        else:
            value = bar.value() + bar.pageStep()
            if value > bar.maximum():
                value = 0
        bar.setValue(value)
        table.viewport().repaint()
        if held:  # a list held whole: scrolling it keeps and frees nothing
            self.none_drift += sys.getrefcount(None) - before
            self.held_scrolls += 1
        self.done["scrolls"] += 1

    def scroll_pages(self, n: int) -> None:
        """``n`` scrolls shared among every table of every page."""
        from sortapp.ui.pages import PAGES  # noqa: PLC0415

        for p, spec in enumerate(PAGES):
            on_page = share(n, p, len(PAGES))
            if not on_page:
                continue
            page = self.go(spec.key)
            self.prepare(spec.key, page)
            tables = self.tables(page)
            for t, table in enumerate(tables):
                self.show_table(page, table)
                for _ in range(share(on_page, t, len(tables))):
                    self.scroll(table)

    # -- sorting -------------------------------------------------------------------------------

    def new_lot(self) -> str:
        """A lot received and weighed (at the scales' workstation) for the sorting to come."""
        from sortapp.services import lots  # noqa: PLC0415

        self.lots_made += 1
        number = f"SOAK-{os.getpid()}-{self.lots_made}"
        lots.receive_lot(
            self.db,
            self.sam,
            number=number,
            origins=[("BW", "Jwaneng")],
            weighed_mct=ENTRIES_PER_LOT * 1_000,
        )
        return number

    def enter(self, n: int) -> None:
        """``n`` sorting entries typed into the sorting page; each lot closed once sorted."""
        from PySide6.QtCore import Qt  # noqa: PLC0415
        from PySide6.QtTest import QTest  # noqa: PLC0415

        page = self.go("sorting")
        for _ in range(n):
            if self.lot is None:
                self.lot, self.lot_entries = self.new_lot(), 0
            if page.lot != self.lot:
                page.f_lot.clear()
                QTest.keyClicks(page.f_lot, self.lot)
                QTest.keyClick(page.f_lot, Qt.Key.Key_Return)
            before = page.entries.rowCount()
            code = self.codes[self.done["entries"] % len(self.codes)]
            QTest.keyClicks(page.f_category, code)
            QTest.keyClick(page.f_category, Qt.Key.Key_Return)
            QTest.keyClicks(page.f_carats, "1.000")
            QTest.keyClick(page.f_carats, Qt.Key.Key_Return)
            QTest.keyClicks(page.f_stones, str(1 + self.done["entries"] % 7))
            QTest.keyClick(page.f_stones, Qt.Key.Key_Return)
            if page.entries.rowCount() != before + 1:
                raise RuntimeError(
                    f"entry {self.done['entries'] + 1} not made: {page.lot_info.text()} "
                    f"{self.window.statusBar().currentMessage()}"
                )
            self.done["entries"] += 1
            self.lot_entries += 1
            if self.lot_entries == ENTRIES_PER_LOT:
                page.close_button.click()  # within tolerance: the summary's Yes closes it
                self.lot = None

    # -- printing and locking ------------------------------------------------------------------

    def print_some(self, n: int) -> None:
        """``n`` prints to PDF (File > Print on a page, each with something to print)."""
        for _ in range(n):
            key = PRINTS[self.done["prints"] % len(PRINTS)]
            page = self.go(key)
            if key == "sorting" and page.lot is None:
                page.open_lot(self.lot or (self.closed_lot[0] if self.closed_lot else ""))
            elif key == "receiving" and page.model.rowCount():
                page.table.selectRow(0)
            elif key == "parcels":
                self.prepare(key, page)
            before = self.answers.pdf.stat().st_mtime_ns if self.answers.pdf.exists() else 0
            self.actions["&Print..."].trigger()
            after = self.answers.pdf.stat().st_mtime_ns if self.answers.pdf.exists() else 0
            if after == before:
                raise RuntimeError(
                    f"print {self.done['prints'] + 1} on {key} wrote no PDF: "
                    f"{self.window.statusBar().currentMessage()}"
                )
            self.done["prints"] += 1

    def lock_cycles(self, n: int, users: tuple[str, ...] = ()) -> None:
        """``n`` times: File > Lock / switch user, and the same user signs in again (back from a
        break: the pages stay as they were); or ``users`` in turn."""
        action = self.actions["&Lock / switch user..."]
        for i in range(n):
            self.answers.user = users[i % len(users)] if users else self.window.ctx.actor.name
            action.trigger()
            if self.window.locked or self.window.ctx.actor.name != self.answers.user:
                raise RuntimeError(f"{self.answers.user} could not sign in again")
            settle()
            self.done["locks"] += 1

    def change_hands(self) -> None:
        """The end of an hour: the other user signs in and then the first one again (every page
        thrown away and made anew, each shown once): the figures are then taken with the window
        as it is after a change of user, hour after hour."""
        self.lock_cycles(2, (USERS[1], USERS[0]))
        for spec_key in ("receiving", "sorting", "stock", "parcels", "reports", "audit"):
            self.go(spec_key)
            settle()
        self.go("settings")

    # -- the figures ---------------------------------------------------------------------------

    def figures(self, hour: int, began: float, cpu: float) -> Hour:
        """The hour's figures: Qt's top-level widgets and the pages' QObjects as the hour left
        them; then, after a change of hands, memory, None's references and Python's objects."""
        from PySide6.QtCore import QObject  # noqa: PLC0415
        from PySide6.QtWidgets import QApplication  # noqa: PLC0415

        settle()
        top_level = len(QApplication.topLevelWidgets())
        # (Asked of each page, not of the window: the wrappers Python makes for what a page's
        # findChildren returns go with the page; asked of the window, they stayed with it.)
        qobjects = sum(len(page.findChildren(QObject)) for page in self.window._made.values())
        self.change_hands()
        settle()
        rss, uss, anon = memory_mb()
        heap, python = malloc_figures(), pymalloc_figures()
        return Hour(
            hour=hour,
            wall_s=round(time.perf_counter() - began, 1),
            cpu_s=round(cpu_seconds() - cpu, 1),
            rss_mb=round(rss, 1),
            uss_mb=round(uss, 1),
            anon_mb=round(anon, 1),
            in_use_mb=round(
                python.get("py_used_mb", 0) + heap.get("in_use_mb", 0) + heap.get("mmapped_mb", 0),
                1,
            ),
            py_arenas=int(python.get("py_arenas", 0)),
            py_arenas_max=int(python.get("py_arenas_max", 0)),
            none_refs=sys.getrefcount(None),
            held_scrolls=self.held_scrolls,
            none_drift=self.none_drift,
            objects=len(gc.get_objects()),
            top_level_widgets=top_level,
            qobjects=qobjects,
            **dict(self.done),
        )

    def close(self) -> None:
        self.window.close()
        self.window.deleteLater()
        settle()
        self.db.close()


def run_shift(
    path: Path,
    scale: float = 1.0,
    *,
    password: str = PASSWORD,
    hours: int = HOURS,
    told: Callable[[Hour], object] | None = None,
    dump: Path | None = None,
) -> list[Hour]:
    """Work a shift (``scale`` of one) on the database at ``path`` in this process: the figures
    after each hour. ``dump``: a folder where each hour's /proc/self/smaps, glibc's
    ``malloc_info`` and ``mallinfo2`` figures are written as they are taken."""
    work = {k: round(v * scale) for k, v in SHIFT.items()}
    rounds = max(1, round(ROUNDS_PER_HOUR * scale)) * hours
    folder = Path(tempfile.mkdtemp(prefix="soak-"))
    out: list[Hour] = []
    try:
        with answered(folder, password) as answers:
            shift = Shift(path, answers)
            try:
                began, cpu = time.perf_counter(), cpu_seconds()
                for r in range(rounds):
                    shift.scroll_pages(share(work["scrolls"], r, rounds))
                    shift.enter(share(work["entries"], r, rounds))
                    shift.print_some(share(work["prints"], r, rounds))
                    shift.lock_cycles(share(max(0, work["locks"] - 2 * hours), r, rounds))
                    if (r + 1) % (rounds // hours) == 0:
                        out.append(shift.figures(len(out) + 1, began, cpu))
                        if dump is not None:
                            dump_native(dump, out[-1].hour)
                        if told is not None:
                            told(out[-1])
                        began, cpu = time.perf_counter(), cpu_seconds()
            finally:
                shift.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return out


def threads_and_children() -> tuple[int, float]:
    """This process's threads, and the resident memory of its child processes (MB)."""
    threads = len(os.listdir("/proc/self/task"))
    kids = 0.0
    for task in os.listdir("/proc/self/task"):
        try:
            pids = Path(f"/proc/self/task/{task}/children").read_text().split()
        except OSError:
            continue
        for pid in pids:
            try:
                for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                    if line.startswith("VmRSS:"):
                        kids += int(line.split()[1]) / 1024
            except OSError:
                pass
    return threads, kids


def pymalloc_figures() -> dict[str, float]:
    """Python's small-object allocator (``sys._debugmallocstats``): its 1 MiB arenas now, at
    most and reclaimed, and the MB in blocks used and free in them."""
    with tempfile.TemporaryFile() as out:
        sys.stderr.flush()
        saved = os.dup(2)
        os.dup2(out.fileno(), 2)
        try:
            sys._debugmallocstats()
        finally:
            os.dup2(saved, 2)
            os.close(saved)
        out.seek(0)
        text = out.read().decode("ascii", "replace")
    names = {
        "# arenas allocated current": "py_arenas",
        "# arenas highwater mark": "py_arenas_max",
        "# arenas reclaimed": "py_arenas_freed",
        "# bytes in allocated blocks": "py_used_mb",
        "# bytes in available blocks": "py_free_mb",
    }
    figures: dict[str, float] = {}
    for line in text.splitlines():
        name, _, value = line.partition("=")
        key = names.get(name.strip())
        if key:
            number = int(value.strip().replace(",", ""))
            figures[key] = round(number / (1 << 20), 1) if key.endswith("_mb") else number
        elif "unused pools" in name:  # "# bytes in N unused pools"
            figures["py_unused_pools_mb"] = round(
                int(value.strip().replace(",", "")) / (1 << 20), 1
            )
    return figures


def dump_native(folder: Path, hour: int) -> None:
    """Hour ``hour``'s smaps, malloc_info and mallinfo2 (with the threads and the children's
    resident memory) into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    smaps = Path("/proc/self/smaps").read_text(encoding="ascii", errors="replace")
    (folder / f"hour-{hour}.smaps").write_text(smaps, encoding="ascii")
    (folder / f"hour-{hour}.malloc.xml").write_text(malloc_info_xml(), encoding="ascii")
    threads, kids = threads_and_children()
    figures: dict[str, Any] = {"hour": hour, "threads": threads, "children_rss_mb": round(kids, 1)}
    figures.update(malloc_figures())
    figures.update(pymalloc_figures())
    figures["arenas"] = malloc_info_xml().count("<heap nr=")
    figures["anon_kb_by_kind"] = smaps_kinds(smaps)
    (folder / f"hour-{hour}.json").write_text(json.dumps(figures), encoding="ascii")


def native_report(folder: Path, hours: int) -> list[str]:
    """What ``dump_native`` wrote, hour by hour; the mappings that grew most in the hour whose
    anonymous memory grew most."""
    figures = [
        json.loads((folder / f"hour-{h}.json").read_text(encoding="ascii"))
        for h in range(1, hours + 1)
    ]
    kinds = sorted({k for f in figures for k, kb in f["anon_kb_by_kind"].items() if kb >= 64})
    out = [
        f"{'hour':>4} {'threads':>7} {'arenas':>6} {'brk+ar MB':>9} {'mmap MB':>7} "
        f"{'mmaps':>5} {'in use':>7} {'free':>6} {'kids MB':>7} {'py ar':>5} {'py max':>6} "
        f"{'py used':>7} {'py free':>7} {'unused':>6}  " + " ".join(f"{k[:14]:>14}" for k in kinds)
    ]
    for f in figures:
        out.append(
            f"{f['hour']:>4} {f['threads']:>7} {f.get('arenas', 0):>6} "
            f"{f.get('sbrk_and_arenas_mb', 0):>9.1f} {f.get('mmapped_mb', 0):>7.1f} "
            f"{f.get('mmapped_blocks', 0):>5} {f.get('in_use_mb', 0):>7.1f} "
            f"{f.get('free_mb', 0):>6.1f} {f['children_rss_mb']:>7.1f} "
            f"{f.get('py_arenas', 0):>5} {f.get('py_arenas_max', 0):>6} "
            f"{f.get('py_used_mb', 0):>7.1f} {f.get('py_free_mb', 0):>7.1f} "
            f"{f.get('py_unused_pools_mb', 0):>6.1f}  "
            + " ".join(f"{f['anon_kb_by_kind'].get(k, 0) / 1024:>14.1f}" for k in kinds)
        )
    steps = [
        (sum(b["anon_kb_by_kind"].values()) - sum(a["anon_kb_by_kind"].values()), a["hour"])
        for a, b in itertools.pairwise(figures)
    ]
    if steps:
        grew, hour = max(steps)
        out.append(f"anonymous memory grew most from hour {hour} to {hour + 1} ({grew:+d} kB):")
        out.extend(
            smaps_growth(
                (folder / f"hour-{hour}.smaps").read_text(encoding="ascii"),
                (folder / f"hour-{hour + 1}.smaps").read_text(encoding="ascii"),
            )
        )
    return out


HEADER = (
    f"{'hour':>4} {'scrolls':>8} {'entries':>7} {'prints':>6} {'locks':>5} {'wall s':>7} "
    f"{'CPU s':>7} {'RSS MB':>7} {'USS MB':>7} {'anon MB':>7} {'in use':>7} {'arenas':>7} "
    f"{'None refs':>10} {'drift':>6} "
    f"{'objects':>9} {'top-level':>9} {'QObjects':>8}"
)


def row_text(h: Hour) -> str:
    return (
        f"{h.hour:>4} {h.scrolls:>8} {h.entries:>7} {h.prints:>6} {h.locks:>5} {h.wall_s:>7.1f} "
        f"{h.cpu_s:>7.1f} {h.rss_mb:>7.1f} {h.uss_mb:>7.1f} {h.anon_mb:>7.1f} {h.in_use_mb:>7.1f} "
        f"{f'{h.py_arenas}/{h.py_arenas_max}':>7} {h.none_refs:>10} {h.none_drift:>6} "
        f"{h.objects:>9} {h.top_level_widgets:>9} {h.qobjects:>8}"
    )


def arenas_cap_mb(hour: Hour) -> float:
    """Anonymous memory after ``hour`` with Python's small-object allocator holding as many
    arenas as it had at its most by then (MB): the arenas it had then given back can be taken
    again by the same work and kept, partly used (an arena is given back only once empty)."""
    return hour.anon_mb + (hour.py_arenas_max - hour.py_arenas) * PY_ARENA_MB


def verdict(hours: list[Hour]) -> list[tuple[str, bool]]:
    """The soak's findings: memory at the end within 10 % of after the first hour (resident
    memory; the memory in use; the anonymous memory beside the allocators' cap reached in the
    first hour), None's references not falling.

    A leak is memory that keeps growing: memory in use (Python's objects, the C heap's blocks),
    hour over hour. The anonymous memory also holds what the allocators keep free: Python's
    arenas once taken are kept as long as one object lives in them, and the first hour's
    busiest moment (a page of 20,000 parcels made: ~25 MB of Python objects for an instant)
    took more than the hour keeps; later hours take such arenas again and keep them partly
    used, up to the most the first hour had (``arenas_cap_mb``). USS is not judged: it counts a
    library's pages as this process's own only while no other process maps the same file (the
    interpreter, Qt), so it moves when other programs on the host start or end."""
    first, last = hours[0], hours[-1]
    cap = arenas_cap_mb(first)
    return [
        (
            f"RSS at the end {last.rss_mb:.0f} MB, after hour 1 {first.rss_mb:.0f} MB "
            f"({(last.rss_mb / first.rss_mb - 1) * 100:+.1f} %): within 10 %",
            last.rss_mb <= 1.10 * first.rss_mb,
        ),
        (
            f"memory in use (Python's objects, the C heap's blocks) at the end "
            f"{last.in_use_mb:.0f} MB, after hour 1 {first.in_use_mb:.0f} MB "
            f"({(last.in_use_mb / first.in_use_mb - 1) * 100:+.1f} %): within 10 %",
            last.in_use_mb <= 1.10 * first.in_use_mb,
        ),
        (
            f"anonymous memory at the end {last.anon_mb:.0f} MB, after hour 1 "
            f"{first.anon_mb:.0f} MB ({(last.anon_mb / first.anon_mb - 1) * 100:+.1f} %) with "
            f"{first.py_arenas} of Python's arenas, {cap:.0f} MB with the {first.py_arenas_max} "
            f"it had at most ({(last.anon_mb / cap - 1) * 100:+.1f} %): within 10 % of that",
            last.anon_mb <= 1.10 * cap,
        ),
        (
            f"sys.getrefcount(None) {first.none_refs} after hour 1, {last.none_refs} at the "
            "end: not falling",
            last.none_refs >= first.none_refs,
        ),
        (
            f"None's references over the {last.held_scrolls} scrolls and repaints of lists held "
            f"whole (nothing kept or freed): {last.none_drift:+d}, not falling",
            last.none_drift >= 0,
        ),
    ]


def notes(hours: list[Hour]) -> list[str]:
    """Figures printed beside the findings, not judged."""
    first, last = hours[0], hours[-1]
    return [
        f"USS at the end {last.uss_mb:.0f} MB, after hour 1 {first.uss_mb:.0f} MB "
        f"({(last.uss_mb / first.uss_mb - 1) * 100:+.1f} %): not judged (it moves with the "
        "other processes mapping the same libraries)",
        f"Python's arenas: {first.py_arenas} after hour 1 (at most {first.py_arenas_max}), "
        f"{last.py_arenas} at the end (at most {last.py_arenas_max})",
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path(__file__).parent / "history.db")
    parser.add_argument("--scale", type=float, default=1.0, help="fraction of a shift (0.01)")
    parser.add_argument("--out", type=Path, help="write the hourly figures here (JSON)")
    parser.add_argument("--password", default=PASSWORD, help="the users' password")
    parser.add_argument(
        "--native",
        type=Path,
        metavar="DIR",
        help="write each hour's /proc/self/smaps and glibc's malloc figures into DIR, and say "
        "which mappings grew",
    )
    args = parser.parse_args(argv)
    if not args.db.exists():
        print(f"no history at {args.db}: run benchmarks/make_history.py first", file=sys.stderr)
        return 2
    from PySide6.QtCore import qInstallMessageHandler  # noqa: PLC0415

    def quiet(_kind: object, _context: object, text: str) -> None:
        if not text.startswith("This plugin does not support"):  # (offscreen: no window system)
            print(f"Qt: {text}", file=sys.stderr)

    qInstallMessageHandler(quiet)
    work = Path(tempfile.mkdtemp(prefix="soak-db-"))
    try:
        copy = work / "history.db"
        shutil.copy(args.db, copy)  # the shift writes: the history itself stays as it is
        import PySide6  # noqa: PLC0415

        print(
            f"soak: {args.scale:g} of a shift on {args.db} (Python {sys.version.split()[0]}, "
            f"PySide6 {PySide6.__version__})",
            flush=True,
        )
        print(HEADER, flush=True)
        hours = run_shift(
            copy,
            args.scale,
            password=args.password,
            told=lambda h: print(row_text(h), flush=True),
            dump=args.native,
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if args.native:
        for line in native_report(args.native, len(hours)):
            print(line)
    findings = verdict(hours)
    for text, ok in findings:
        print(f"{'met   ' if ok else 'MISSED'} {text}")
    for text in notes(hours):
        print(f"       {text}")
    if args.out:
        args.out.write_text(
            json.dumps({"scale": args.scale, "hours": [asdict(h) for h in hours]}, indent=1),
            encoding="utf-8",
        )
    return 0 if all(ok for _t, ok in findings) else 1


if __name__ == "__main__":
    sys.exit(main())
