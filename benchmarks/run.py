"""Measure sortapp on a facility history, each figure beside a floor measured in the same run.

    python benchmarks/run.py [--db benchmarks/history.db] [--repeat 5]

Prints one line per figure: the median of several runs, the floor where there is one, the ratio,
the target and whether it is met. Run benchmarks/make_history.py first.
"""

from __future__ import annotations

import argparse
import atexit
import datetime as dt
import gc
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from make_history import PASSWORD  # the history's users' password

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["SORTAPP_NO_DIALOGS"] = "1"

HERE = Path(__file__).resolve().parent
RESULTS: list[str] = []
#: Each figure as (name, value, target, met): for a runner that sets figures side by side.
FIGURES: list[tuple[str, str, str, bool | None]] = []


def median_ms(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        fn()
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times)


def cpu_seconds() -> float:
    """CPU seconds (user + system) of this process and of its children waited for so far: a
    figure that barely moves when other work shares the cores, where wall time does."""
    own, children = (
        resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
    )
    # (getrusage counts in microseconds; os.times in the clock's ticks, 10 ms here: too coarse
    # for a figure of 20 ms.)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


class Timing:
    """Medians of a figure's runs: wall and CPU milliseconds."""

    def __init__(self) -> None:
        self.walls: list[float] = []
        self.cpus: list[float] = []

    def take(self, fn: Callable[[], object]) -> None:
        cpu, began = cpu_seconds(), time.perf_counter()
        fn()
        self.walls.append((time.perf_counter() - began) * 1000)
        self.cpus.append((cpu_seconds() - cpu) * 1000)

    @property
    def wall(self) -> float:
        return statistics.median(self.walls)

    @property
    def cpu(self) -> float:
        return statistics.median(self.cpus)


def paired(
    ours: Callable[[], object], floor: Callable[[], object], repeat: int
) -> tuple[Timing, Timing]:
    """Time ``ours`` and its ``floor`` interleaved (floor, ours, floor, ours, ...), so that a
    change in the machine's load between runs falls on both alike."""
    a, b = Timing(), Timing()
    for _ in range(repeat):
        b.take(floor)
        a.take(ours)
    return a, b


def ms_text(t: Timing) -> str:
    """``12.3 ms (11.9 CPU)``: the wall median with the CPU median beside it."""
    digits = 1 if t.wall < 100 else 0
    return f"{t.wall:.{digits}f} ms ({t.cpu:.{digits}f} CPU)"


def line(
    name: str,
    value: str,
    floor: str = "",
    ratio: str = "",
    target: str = "",
    met: bool | None = None,
) -> None:
    verdict = "" if met is None else ("met" if met else "MISSED")
    text = f"{name:<46} {value:>22} {floor:>22} {ratio:>8}  {target:<18} {verdict}"
    RESULTS.append(text)
    FIGURES.append((name, value, target, met))
    print(text, flush=True)


# -- start-up and memory, each in a fresh process ----------------------------------------------

_BARE = """
import os, sys, time, resource
t0 = float(sys.argv[1])
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication([])
w = QMainWindow(); w.setCentralWidget(QTableView()); w.resize(1280, 800); w.show()
app.processEvents()
cpu = sum(os.times()[:2]) * 1000
print((time.time() - t0) * 1000, cpu, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""

_APP = """
import os, sys, time, resource
t0 = float(sys.argv[1])
from pathlib import Path
from sortapp.desktop import started, starting
starting()  # as the program's start does (desktop.open_app), before it loads the app
from sortapp.app import make_application
from sortapp.services import site
from sortapp.storage.db import open_db
from sortapp.ui.context import Context
from sortapp.ui.mainwindow import MainWindow
app = make_application()
db = open_db(Path(sys.argv[2]))
w = MainWindow(Context(db, Path(sys.argv[2]), site.actor_for(db, "sam")))
w.resize(1280, 800); w.show()
started()  # as app.main does once its window shows, before its event loop
app.processEvents()
assert w.receiving.model.rowCount() > 0
w.receiving.table.viewport().repaint()
cpu = sum(os.times()[:2]) * 1000
print((time.time() - t0) * 1000, cpu, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


#: The workstation's settings (QSettings: the page each user last had, the window's place) the
#: app's runs here read and write: a folder of their own, so that no run opens on the page
#: another left (the start-up built the Settings page where a list benchmark ended on it).
SETTINGS_HOME = tempfile.mkdtemp(prefix="sortapp-bench-settings-")
atexit.register(shutil.rmtree, SETTINGS_HOME, True)


def fresh_env() -> dict[str, str]:
    """The environment of an app run here: offscreen, no dialogs, its own settings."""
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "SORTAPP_NO_DIALOGS": "1",
        "XDG_CONFIG_HOME": SETTINGS_HOME,
    }


def run_script(script: str, *args: str) -> tuple[float, float, float]:
    """Run ``script`` in a fresh Python: its wall milliseconds from before the interpreter
    started, its own CPU milliseconds, its peak resident MB."""
    env = fresh_env()
    out = subprocess.run(
        [sys.executable, "-c", script, repr(time.time()), *args],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    ).stdout
    ms, cpu_ms, rss_kb = out.split()[-3:]
    return float(ms), float(cpu_ms), float(rss_kb) / 1024


def bench_startup(db: Path, repeat: int) -> None:
    run_script(_BARE), run_script(_APP, str(db))  # a first start, as after installing: not timed
    bare, app = [], []
    for _ in range(2 * repeat + 1):  # interleaved, so both see the same moments of a busy host
        bare.append(run_script(_BARE))
        app.append(run_script(_APP, str(db)))
    floor_ms, app_ms = (statistics.median(r[0] for r in runs) for runs in (bare, app))
    floor_cpu, app_cpu = (statistics.median(r[1] for r in runs) for runs in (bare, app))
    print(f"  (load {os.getloadavg()[0]:.2f}; CPU {app_cpu:.0f} ms against {floor_cpu:.0f} ms)")
    line(
        "cold start to populated main window",
        f"{app_ms:.0f} ms ({app_cpu:.0f} CPU)",
        f"{floor_ms:.0f} ms ({floor_cpu:.0f})",
        f"{app_ms / floor_ms:.2f}x",
        "<= 3x floor",
        app_ms <= 3 * floor_ms,
    )
    floor_mb, app_mb = max(b[2] for b in bare), max(a[2] for a in app)
    line(
        "peak memory with the history open",
        f"{app_mb:.0f} MB",
        f"{floor_mb:.0f} MB",
        f"+{app_mb - floor_mb:.0f} MB",
        "<= 200 MB",
        app_mb <= 200,
    )


# -- in-process figures ------------------------------------------------------------------------


#: Frames of a list scrolled end to end: each one scrolled, its rows fetched and painted.
FRAMES = 400
#: A list of more cells than this is compared with a floor holding the screens shown (one
#: after another); a smaller one with a floor holding all its cells.
FLOOR_CELLS = 300_000
#: The lists held by id, a page at a time: their length is that of their table.
LAZY_TABLES = {"lot list": "lots", "movement list": "postings", "audit log": "audit"}


def _reveal(widget) -> None:  # type: ignore[no-untyped-def]
    """Bring ``widget`` on screen: each tab or stacked page it is in made the current one."""
    from PySide6.QtWidgets import QStackedWidget, QTabWidget  # noqa: PLC0415

    child, parent = widget, widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QStackedWidget) and parent.indexOf(child) >= 0:
            parent.setCurrentWidget(child)
            tabs = parent.parentWidget()
            if isinstance(tabs, QTabWidget):
                tabs.setCurrentWidget(child)
        child, parent = parent, parent.parentWidget()


def every_list(window, db) -> list[tuple[str, object]]:  # type: ignore[no-untyped-def]
    """Every list of the main window as a user reaches it, each with something in it: (name, a
    function that shows it and returns its view). The lists of one lot or parcel show the
    history's biggest."""
    from sortapp.ui.widgets import Table  # noqa: PLC0415

    busy_lot = db.execute(
        "SELECT l.number FROM sort_entries e JOIN lots l ON l.id = e.lot_id "
        "GROUP BY e.lot_id ORDER BY count(*) DESC, e.lot_id LIMIT 1"
    ).fetchone()[0]
    busy_parcel = db.execute(
        "SELECT p.number FROM sealed_lines s JOIN parcels p ON p.id = s.parcel_id "
        "GROUP BY s.parcel_id ORDER BY count(*) DESC, s.parcel_id LIMIT 1"
    ).fetchone()[0]

    def page(index: int, name: str, before=None):  # type: ignore[no-untyped-def]
        def show():  # type: ignore[no-untyped-def]
            window.go(index)
            found = window.page(index).findChild(Table, name)
            if before is not None:
                before(window.page(index))
            _reveal(found)
            return found

        return show

    def kp(p) -> None:  # type: ignore[no-untyped-def]
        from PySide6.QtCore import QDate  # noqa: PLC0415

        p.kp_from.setDate(QDate(2000, 1, 1))
        p.run_kp()

    def origins(p) -> None:  # type: ignore[no-untyped-def]
        p.table.selectRow(0)

    def reconciliation(p) -> None:  # type: ignore[no-untyped-def]
        p.rec_lot.setText(busy_lot)
        p.run_reconciliation()

    return [
        ("lot list", page(0, "lot_table")),
        ("sorting entries", page(1, "entries_table", lambda p: p.open_lot(busy_lot))),
        ("sorting by category", page(1, "summary_table", lambda p: p.open_lot(busy_lot))),
        ("stock on hand", page(2, "stock_table")),
        ("stock origins", page(2, "origin_table", origins)),
        ("movement list", page(2, "movement_table")),
        ("parcels", page(3, "parcel_list")),
        ("parcel lines", page(3, "parcel_lines", lambda p: p.show_item(busy_parcel))),
        ("KP statistics", page(4, "kp_table", kp)),
        ("lot reconciliation", page(4, "rec_table", reconciliation)),
        ("lineage", page(4, "lineage_table", lambda p: p.run_lineage(lot=busy_lot))),
        ("audit log", page(5, "audit_table")),
        ("users", page(6, "user_table")),
        ("assortment", page(6, "category_table")),
        ("price book", page(6, "price_table")),
        ("backups", page(6, "backup_table")),
    ]


class PaintClock:
    """Times the paint events of a view's viewport, read from the events themselves: an event
    filter that has the view paint (as Qt's own filter on the viewport would) between two
    clock readings. ``done`` counts the paints; ``wall``/``cpu``: when the last one ended."""

    def __init__(self, view) -> None:  # type: ignore[no-untyped-def]
        from PySide6.QtCore import QEvent, QObject  # noqa: PLC0415

        clock = self

        class Filter(QObject):
            def eventFilter(self, watched, event) -> bool:  # type: ignore[no-untyped-def]
                if event.type() != QEvent.Type.Paint:
                    return False
                began, cpu = time.perf_counter(), time.process_time()
                view.viewportEvent(event)
                clock.wall, clock.cpu = time.perf_counter(), time.process_time()
                clock.painting.append((clock.wall - began) * 1000)
                clock.painting_cpu.append((clock.cpu - cpu) * 1000)
                clock.done += 1
                clock.data_at_paint = clock.data.cpu if clock.data is not None else 0.0
                return True

        self.view = view
        self.done = 0
        self.wall = self.cpu = 0.0
        self.painting: list[float] = []
        self.painting_cpu: list[float] = []
        #: The CPU milliseconds the model spent reading and formatting rows (``DataClock``),
        #: as the last paint ended; and, per frame, within it and after it (idle).
        self.data: DataClock | None = None
        self.data_at_paint = 0.0
        self.frame_data: list[float] = []
        self.idle_data: list[float] = []
        self._filter = Filter()
        view.viewport().installEventFilter(self._filter)

    def remove(self) -> None:
        self.view.viewport().removeEventFilter(self._filter)

    def frame(self, app, scroll) -> tuple[float, float]:  # type: ignore[no-untyped-def]
        """``scroll()``, then the events it posts until the viewport is painted: the frame's wall
        and CPU milliseconds, from the scroll to the end of the paint."""
        done = self.done
        data = self.data.cpu if self.data is not None else 0.0
        began, cpu = time.perf_counter(), time.process_time()
        scroll()
        for _ in range(100):
            if self.done != done:
                break
            app.processEvents()
        else:
            self.view.viewport().repaint()  # (nothing moved: the frame is a repaint)
        # What the scroll left to do (a layout put off, another paint) is the frame's too.
        app.processEvents()
        app.processEvents()
        if self.data is not None:
            self.frame_data.append(self.data_at_paint - data)
            self.idle_data.append(self.data.cpu - self.data_at_paint)
        return (self.wall - began) * 1000, (self.cpu - cpu) * 1000

    def repaint(self) -> tuple[float, float]:
        """Repaint the viewport as it is: wall and CPU milliseconds."""
        began, cpu = time.perf_counter(), time.process_time()
        self.view.viewport().repaint()
        return (self.wall - began) * 1000, (self.cpu - cpu) * 1000


class DataClock:
    """The CPU milliseconds one of sortapp's models spends on data: reading ids and rows and
    formatting rows (its ``_fetch_ids`` and ``shown``, which reads the rows it formats), summed
    in ``cpu``. The rest of a frame is Qt's and the model's answers to the paint."""

    def __init__(self, model) -> None:  # type: ignore[no-untyped-def]
        self.cpu = 0.0
        self.depth = 0
        for name in ("_fetch_ids", "shown"):
            if hasattr(model, name):
                setattr(model, name, self._timed(getattr(model, name)))

    def _timed(self, fn):  # type: ignore[no-untyped-def]
        def timed(*args):  # type: ignore[no-untyped-def]
            self.depth += 1
            began = time.process_time()
            try:
                return fn(*args)
            finally:
                self.depth -= 1
                if self.depth == 0:  # (not twice for a call within another)
                    self.cpu += (time.process_time() - began) * 1000

        return timed


def _visible_rows(view) -> int:  # type: ignore[no-untyped-def]
    return max(1, view.viewport().height() // max(1, view.verticalHeader().defaultSectionSize()))


def _tops(rows: int, visible: int, frames: int) -> list[int]:
    """The top row of each frame: end to end in ``frames`` steps; a list shorter than that is
    scrolled a row at a time, down and up again (one that fits: the same screen, repainted)."""
    span = max(0, rows - visible)
    if span >= frames:
        return [span * i // (frames - 1) for i in range(frames)]
    if span == 0:
        return [0] * frames
    return [
        (i % (2 * span)) if i % (2 * span) <= span else 2 * span - i % (2 * span)
        for i in range(frames)
    ]


def _scroll_to(view, top: int) -> None:  # type: ignore[no-untyped-def]
    """Scroll ``view`` to show row ``top`` first, fetching ids as the view does when it reaches
    the end of those it holds."""
    from PySide6.QtCore import QModelIndex  # noqa: PLC0415
    from PySide6.QtWidgets import QAbstractItemView  # noqa: PLC0415

    model = view.model()
    visible = _visible_rows(view)
    held = model.rowCount()
    while model.rowCount() < top + visible and model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    if model.rowCount() != held:
        view.doItemsLayout()  # the scroll bar's range too (what the view does next)
    bar = view.verticalScrollBar()
    per_item = view.verticalScrollMode() == QAbstractItemView.ScrollMode.ScrollPerItem
    value = top if per_item else top * view.verticalHeader().defaultSectionSize()
    if bar.value() == min(value, bar.maximum()):
        view.viewport().update()  # (a list that fits: the frame is the screen painted again)
    else:
        bar.setValue(value)


def _cold(model) -> None:  # type: ignore[no-untyped-def]
    """Forget what ``model`` holds read or formatted, as after a refresh."""
    if hasattr(model, "refresh"):
        model.refresh()
    else:
        model.set_rows(model.rows())


def _cells(model, rows: list[int]):  # type: ignore[no-untyped-def]
    """The cells of ``rows`` as painted: text, alignment and foreground. The text is the display
    text, cut to what its column shows where it is long (``models.Bound``): the floor holds the
    same cells, and Qt elides both at the same place."""
    from PySide6.QtCore import Qt  # noqa: PLC0415

    display, align, fore = (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ForegroundRole,
    )
    out = []
    for row in rows:
        while model.rowCount() <= row and model.canFetchMore():
            model.fetchMore()
        cells = []
        for col in range(model.columnCount()):
            index = model.index(row, col)
            cells.append((index.data(display), index.data(align), index.data(fore)))
        out.append(cells)
    return out


def plain_floor(view, cells):  # type: ignore[no-untyped-def]
    """A plain QTableView + QStandardItemModel holding ``cells``, set up as ``view`` (its size,
    font, headers, column widths, row height, alternating colours) in a window of its own."""
    from PySide6.QtCore import Qt  # noqa: PLC0415
    from PySide6.QtGui import QStandardItem, QStandardItemModel  # noqa: PLC0415
    from PySide6.QtWidgets import QAbstractItemView, QTableView  # noqa: PLC0415

    model = QStandardItemModel(len(cells), view.model().columnCount())
    model.setHorizontalHeaderLabels(
        [
            str(view.model().headerData(c, Qt.Orientation.Horizontal))
            for c in range(model.columnCount())
        ]
    )
    for r, row in enumerate(cells):
        for c, (text, align, fore) in enumerate(row):
            item = QStandardItem(text or "")
            if align is not None:
                item.setTextAlignment(align)
            if fore is not None:
                item.setForeground(fore)
            item.setEditable(False)
            model.setItem(r, c, item)
    floor = QTableView()
    floor.setModel(model)
    floor.setFont(view.font())
    floor.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    floor.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    floor.setAlternatingRowColors(view.alternatingRowColors())
    floor.setWordWrap(False)
    floor.setVerticalScrollMode(view.verticalScrollMode())
    floor.verticalHeader().setVisible(False)
    floor.verticalHeader().setDefaultSectionSize(view.verticalHeader().defaultSectionSize())
    floor.verticalHeader().setSectionResizeMode(view.verticalHeader().sectionResizeMode(0))
    floor.horizontalHeader().setStretchLastSection(True)
    for c in range(model.columnCount()):
        floor.setColumnWidth(c, view.columnWidth(c))
    floor.resize(view.size())
    floor.show()
    floor._model = model  # (kept with the view)
    return floor


def _stats(values: list[float]) -> str:
    return f"median {statistics.median(values):.1f}, max {max(values):.1f}"


def bench_lists(db, repeat: int, where=None) -> None:  # type: ignore[no-untyped-def]
    """Every list scrolled end to end and painted, frame by frame interleaved with a plain
    QTableView holding the same cells; an unchanged screen repainted, the same; then the
    memory of an app that scrolled every list (``scroll_every_list``, a process of its own).
    ``where``: the database's ``Target`` (default: the file ``db`` is on). The environment's
    ``SORTAPP_BENCH_LISTS`` (names, comma-separated) measures only those lists, not memory;
    ``SORTAPP_BENCH_BESIDE_CHECK=1`` measures them beside the app's start-up backup check."""
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from sortapp.services import site  # noqa: PLC0415
    from sortapp.ui import mainwindow  # noqa: PLC0415
    from sortapp.ui.context import Context  # noqa: PLC0415
    from sortapp.ui.mainwindow import MainWindow  # noqa: PLC0415
    from sortapp.ui.ops import Operation  # noqa: PLC0415

    os.environ["XDG_CONFIG_HOME"] = SETTINGS_HOME  # (read when the window opens)
    app = QApplication.instance() or QApplication([])
    path = None if where else Path(db.conn.execute("PRAGMA database_list").fetchone()[2])
    # The lists are measured on idle cores: the app's check of the backups taken as it last
    # closed (a whole verify of a copy, in a process of its own, two seconds after it opens;
    # here, none unless this copy was migrated as it opened) is held off. With
    # SORTAPP_BENCH_BESIDE_CHECK=1 a backup is taken first, as the app takes one as it closes,
    # and the window checks it as it would, beside the scrolling.
    beside = os.environ.get("SORTAPP_BENCH_BESIDE_CHECK") == "1" and path is not None
    if beside:
        from sortapp.services import backups  # noqa: PLC0415

        backups.make_backup(db, path, check=False)
        print("  (the app's check of a backup taken as it closed runs beside the scrolling)")
        opened = time.time()
    else:
        mainwindow.CHECK_BACKUPS_AFTER_MS = 24 * 3_600_000
    window = MainWindow(Context(db, where or path, site.actor_for(db, "sam")))
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    gc.freeze()  # as sortapp.app does once the window is up
    print(f"  (load: {os.getloadavg()[0]:.2f}; frames and repaints in ms, wall (CPU))")
    chosen = set(filter(None, os.environ.get("SORTAPP_BENCH_LISTS", "").split(",")))
    for name, show in every_list(window, db):
        if chosen and name not in chosen:
            continue
        view = show()
        app.processEvents()
        model = view.model()
        if name in LAZY_TABLES:
            rows = db.execute(f"SELECT count(*) FROM {LAZY_TABLES[name]}").fetchone()[0]
            first = Timing()
            for _ in range(repeat):
                first.take(
                    lambda model=model, view=view: (model.refresh(), view.viewport().repaint())
                )
            line(
                f"open {name}, first screen painted",
                ms_text(first),
                "",
                "",
                "<= 50 ms",
                first.wall <= 50,
            )
        else:
            rows = model.rowCount()
        if rows == 0:
            print(f"  ({name}: empty, not measured)")
            continue
        visible = _visible_rows(view)
        tops = _tops(rows, visible, FRAMES)
        whole = rows * model.columnCount() <= FLOOR_CELLS
        shown = (
            list(range(rows))
            if whole
            else [r for top in tops for r in range(top, min(rows, top + visible + 1))]
        )
        floor = plain_floor(view, _cells(model, shown))
        floor_tops = tops if whole else [i * (visible + 1) for i in range(len(tops))]
        _cold(model)
        view.verticalScrollBar().setValue(0)
        app.processEvents()
        gc.collect()  # the cells read for the floor: their garbage is not the app's
        gc.freeze()
        ours_clock, floor_clock = PaintClock(view), PaintClock(floor)
        ours_clock.data = DataClock(model)
        ours, plain = ([], []), ([], [])
        pauses = _GcPauses()
        for top, floor_top in zip(tops, floor_tops, strict=True):
            wall, cpu = floor_clock.frame(app, lambda t=floor_top, v=floor: _scroll_to(v, t))
            plain[0].append(wall)
            plain[1].append(cpu)
            wall, cpu = ours_clock.frame(app, lambda t=top, v=view: _scroll_to(v, t))
            ours[0].append(wall)
            ours[1].append(cpu)
        pauses.stop()
        slow = sum(w > 16 for w in ours[0])
        print(
            f"  ({name}: {rows:,} rows, {visible} on screen; frames over 16 ms: {slow}, "
            f"the plain view's {sum(w > 16 for w in plain[0])}; "
            f"ours {_stats(ours[0])} ({_stats(ours[1])} CPU); plain view {_stats(plain[0])} "
            f"({_stats(plain[1])} CPU); longest garbage collection {pauses.longest:.1f} ms)"
        )
        print(
            f"  ({name}: data per frame, CPU: within the frame {_stats(ours_clock.frame_data)}; "
            f"read when idle after it {_stats(ours_clock.idle_data)})"
        )
        line(
            f"scroll {name} ({FRAMES} frames painted)",
            f"{max(ours[0]):.1f} ms max ({max(ours[1]):.1f} CPU)",
            f"{max(plain[0]):.1f} ms ({max(plain[1]):.1f})",
            f"{slow} slow",
            "no frame > 16 ms",
            max(ours[0]) <= 16,
        )
        again, again_floor = ([], []), ([], [])
        for _ in range(max(50, repeat)):
            wall, cpu = floor_clock.repaint()
            again_floor[0].append(wall)
            again_floor[1].append(cpu)
            wall, cpu = ours_clock.repaint()
            again[0].append(wall)
            again[1].append(cpu)
        mine, theirs = statistics.median(again[0]), statistics.median(again_floor[0])
        line(
            f"  repaint {name}, unchanged",
            f"{mine:.2f} ms ({statistics.median(again[1]):.2f} CPU)",
            f"{theirs:.2f} ms ({statistics.median(again_floor[1]):.2f})",
            f"{mine / theirs:.2f}x",
            "<= 2x floor",
            mine <= 2 * theirs,
        )
        ours_clock.remove()
        floor_clock.remove()
        floor.close()
        floor.deleteLater()
        app.processEvents()
    if beside:
        scrolled = time.time() - opened
        for op in window.findChildren(Operation):
            op.wait()
        found = backups.list_backups(backups.folder(db, path))
        # (When the check ended: its note beside the backup was written then.)
        ended = max(Path(f"{b.path}.json").stat().st_mtime for b in found) - opened
        print(
            f"  (the check: {[b.state for b in found]}, ended {ended:.1f} s after the window "
            f"opened; the lists scrolled until {scrolled:.1f} s)"
        )
    window.close()
    if path is not None and not chosen:
        bench_list_memory(path)


#: A process of its own: the app with the history open, every list scrolled end to end; its
#: resident memory then.
_SCROLLED = """
import sys
sys.path.insert(0, sys.argv[1])
import run
run.scroll_every_list(sys.argv[2])
"""


def memory_now() -> dict[str, float]:
    """This process's memory in MB: resident (RSS), of it anonymous and file pages (the
    database's memory map), and its own (USS, from /proc/self/smaps_rollup)."""
    out: dict[str, float] = {}
    with open("/proc/self/status") as f:
        for text in f:
            key, _, value = text.partition(":")
            if key in ("VmRSS", "RssAnon", "RssFile"):
                out[key] = int(value.split()[0]) / 1024
    with open("/proc/self/smaps_rollup") as f:
        for text in f:
            key, _, value = text.partition(":")
            if key in ("Private_Clean", "Private_Dirty"):
                out["USS"] = out.get("USS", 0.0) + int(value.split()[0]) / 1024
    return out


def scroll_every_list(path: str) -> None:
    """Open the app on ``path``, scroll every list end to end (painted, as ``bench_lists``
    does, without floors) and print its memory (``memory_now``) as one line of JSON."""
    import json  # noqa: PLC0415

    from sortapp.app import make_application  # noqa: PLC0415
    from sortapp.services import site  # noqa: PLC0415
    from sortapp.storage.db import open_db  # noqa: PLC0415
    from sortapp.ui.context import Context  # noqa: PLC0415
    from sortapp.ui.mainwindow import MainWindow  # noqa: PLC0415
    from sortapp.ui.ops import Operation  # noqa: PLC0415

    app = make_application()
    db = open_db(Path(path))
    window = MainWindow(Context(db, Path(path), site.actor_for(db, "sam")))
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    slowest = 0.0
    for name, show in every_list(window, db):
        view = show()
        app.processEvents()
        model = view.model()
        rows = (
            db.execute(f"SELECT count(*) FROM {LAZY_TABLES[name]}").fetchone()[0]
            if name in LAZY_TABLES
            else model.rowCount()
        )
        clock = PaintClock(view)
        for top in _tops(rows, _visible_rows(view), FRAMES):
            slowest = max(slowest, clock.frame(app, lambda t=top, v=view: _scroll_to(v, t))[0])
        clock.remove()
    print(json.dumps({**memory_now(), "slowest": slowest}))
    # The window stays open (closing it takes a backup), so its background work is waited
    # for here, as closing would: a thread still running at exit aborts the process (the
    # check of a big history's pre-migration backup, taken as this copy opened, outlasts
    # the scrolling).
    for op in window.findChildren(Operation):
        op.wait()


def bench_list_memory(path: Path) -> None:
    import json  # noqa: PLC0415

    env = fresh_env()
    out = subprocess.run(
        [sys.executable, "-c", _SCROLLED, str(HERE), str(path)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    ).stdout
    mem = json.loads(out.splitlines()[-1])
    print(
        f"  (after scrolling every list: {mem['VmRSS']:.0f} MB resident, of it "
        f"{mem['RssAnon']:.0f} MB anonymous and {mem['RssFile']:.0f} MB files (the database's "
        f"map, libraries); {mem['USS']:.0f} MB its own (USS); slowest frame "
        f"{mem['slowest']:.1f} ms)"
    )
    line(
        "memory after scrolling every list",
        f"{mem['VmRSS']:.0f} MB RSS",
        "",
        f"{mem['USS']:.0f} USS",
        "<= 200 MB",
        mem["VmRSS"] <= 200,
    )


class _GcPauses:
    """The longest pause of Python's garbage collector while it is on (to explain a slow frame)."""

    def __init__(self) -> None:
        self.longest = 0.0
        self._began = 0.0
        gc.callbacks.append(self._tell)

    def _tell(self, phase: str, _info: dict) -> None:  # type: ignore[type-arg]
        if phase == "start":
            self._began = time.perf_counter()
        else:
            self.longest = max(self.longest, (time.perf_counter() - self._began) * 1000)

    def stop(self) -> None:
        gc.callbacks.remove(self._tell)


def bench_reports(db, repeat: int) -> None:  # type: ignore[no-untyped-def]
    from sortapp.services import reports, site  # noqa: PLC0415

    sam = site.actor_for(db, "sam")

    today = dt.datetime.now(dt.UTC).date().isoformat()

    def floor() -> None:
        # The same summary table, read by raw SQL: each category's stock on hand and its lines
        # (and those uncounted), with the category's names and the price in force today.
        db.execute(
            """SELECT c.id, c.code, c.name, c.hs_code, s.mct, s.stones, s.lines, s.uncounted,
                      (SELECT p.cents_per_ct FROM prices p
                       WHERE p.category_id = s.category_id AND p.effective_from <= ?
                       ORDER BY p.effective_from DESC, p.id DESC LIMIT 1)
               FROM category_stock s JOIN categories c ON c.id = s.category_id
               WHERE s.mct <> 0 OR s.stones <> 0 ORDER BY c.sort_order""",
            (today,),
        ).fetchall()

    ours, bare = paired(lambda: reports.stock(db, sam), floor, repeat)
    line(
        "stock on hand by category",
        ms_text(ours),
        ms_text(bare),
        f"{ours.wall / bare.wall:.2f}x",
        "<= 2x floor",
        ours.wall <= 2 * bare.wall,
    )
    print(f"  (by CPU {ours.cpu / bare.cpu:.2f}x)")
    year = db.execute("SELECT substr(max(issued), 1, 4) FROM certificates").fetchone()[0]
    ms = median_ms(lambda: reports.kp_statistics(db, sam, f"{year}-01-01", f"{year}-12-31"), repeat)
    line(f"KP statistics for {year}", f"{ms:.1f} ms", "", "", "<= 100 ms", ms <= 100)


def bench_writes(path: Path, repeat: int) -> None:
    from sortapp.services import lots, parcels, site, sorting  # noqa: PLC0415
    from sortapp.storage.db import open_db  # noqa: PLC0415

    db = open_db(path)
    # Signed in as people are: a supervisor's actions are signed with the site key they hold.
    olu, sam = site.actor_for(db, "olu"), site.login(db, "sam", PASSWORD)
    # (code, carats of an entry: 1 ct, or one stone's least where its size class weighs more)
    cats = db.execute(
        "SELECT c.code, max(coalesce(s.min_mct, 0), 1000) FROM categories c "
        "JOIN size_classes s ON s.code = c.size "
        "WHERE s.band <> 'specials' ORDER BY c.id LIMIT 250"
    ).fetchall()
    lots.receive_lot(
        db,
        olu,
        number="BENCH-1",
        origins=[("BW", "Jwaneng")],
        weighed_mct=sum(mct for _code, mct in cats[:200]),
    )
    entry_ms = []
    for code, mct in cats[:200]:
        began = time.perf_counter()
        sorting.add_entry(db, olu, "BENCH-1", code, mct)
        entry_ms.append((time.perf_counter() - began) * 1000)
    p95 = statistics.quantiles(entry_ms, n=20)[18]
    line(
        "one sorting entry committed (with audit)",
        f"{p95:.2f} ms p95",
        "",
        "",
        "<= 10 ms p95",
        p95 <= 10,
    )
    began = time.perf_counter()
    sorting.close_sorting(db, olu, "BENCH-1")
    ms = (time.perf_counter() - began) * 1000
    line("close a lot with 200 entries", f"{ms:.1f} ms", "", "", "<= 200 ms", ms <= 200)
    for number, country in (("BENCH-2", "ZA"), ("BENCH-3", "NA")):
        lots.receive_lot(
            db,
            olu,
            number=number,
            origins=[(country, "M")],
            weighed_mct=sum(mct for _code, mct in cats),
        )
        for code, mct in cats:
            sorting.add_entry(db, olu, number, code, mct)
        sorting.close_sorting(db, olu, number)
    parcels.create_parcel(db, olu, "BENCH-P", importer="Antwerp NV", destination="BE")
    for code, mct in cats:
        for number in ("BENCH-2", "BENCH-3"):
            parcels.add_goods(db, olu, "BENCH-P", code, mct, lot=number)
    lines_n = len(parcels.get_parcel(db, "BENCH-P").lines)
    began = time.perf_counter()
    parcels.seal_parcel(db, sam, "BENCH-P", kp_cert="BW-BENCH", seals=["BENCH-SEAL"])
    ms = (time.perf_counter() - began) * 1000
    line(f"seal a {lines_n}-line parcel", f"{ms:.1f} ms", "", "", "<= 200 ms", ms <= 200)
    db.close()


def bench_pdf(path: Path, repeat: int) -> None:
    from PySide6.QtCore import QSizeF  # noqa: PLC0415
    from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument  # noqa: PLC0415

    from sortapp.reports import documents, printing  # noqa: PLC0415
    from sortapp.storage.db import open_db  # noqa: PLC0415

    printing.ensure_gui()
    db = open_db(path)
    numbers = [
        r[0]
        for r in db.execute(
            "SELECT p.number FROM parcels p WHERE status IN ('sealed', 'shipped') "
            "ORDER BY p.id LIMIT 200"  # the history's own parcels, not those made above
        )
    ]
    real = documents.manifest(db, numbers[0])
    lines = tuple(r for n in numbers for r in documents.manifest(db, n).tables[1].rows)
    docs = {}
    for size in (30, 1000):  # a real manifest, its contents table holding ``size`` lines
        rows = lines[:size]
        contents = documents.Table(
            real.tables[1].heading,
            real.tables[1].columns,
            real.tables[1].numeric,
            rows,
            ("line",) * len(rows),
        )
        docs[str(size)] = documents.Document(
            **{**real.__dict__, "tables": (real.tables[0], contents)}
        )
    tmp = Path(tempfile.mkdtemp())
    for size, doc in docs.items():
        n_rows = sum(len(t.rows) for t in doc.tables)
        plain = _plain_html(doc)

        def floor(plain=plain) -> None:
            # The same words as ours (title, facts, each table's heading, column headings and
            # rows, statements, signature lines; headings bold, so both faces of the font are
            # embedded as in ours), by the simplest means: plain HTML, no styles, no bands.
            # As QTextDocument.print_ is meant to be used for a paged document: its page size
            # set before layout (the page's printable area at the layout's 96 dpi), so that it
            # is laid out once and painted scaled. (Without it, print_ lays a copy of the
            # document out again at the writer's resolution, 1200 dpi: Qt's slow path.)
            writer = QPdfWriter(str(tmp / "floor.pdf"))
            writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
            text = QTextDocument()
            text.setPageSize(QSizeF(writer.pageLayout().paintRectPixels(96).size()))
            text.setHtml(plain)
            text.print_(writer)

        ours, bare = paired(
            lambda doc=doc: printing.write_pdf(doc, tmp / "ours.pdf"), floor, repeat
        )
        line(
            f"manifest PDF, {size} lines ({n_rows} table rows)",
            f"{ours.wall:.0f} ms ({ours.cpu:.0f} CPU)",
            f"{bare.wall:.0f} ms ({bare.cpu:.0f} CPU)",
            f"{ours.wall / bare.wall:.2f}x",
            "<= 1.5x floor",
            ours.wall <= 1.5 * bare.wall,
        )
        print(f"  (by CPU {ours.cpu / bare.cpu:.2f}x)")
    shutil.rmtree(tmp)
    db.close()


def _plain_html(doc) -> str:  # type: ignore[no-untyped-def]
    """``doc``'s words as plain HTML: the PDF floor's document."""
    from html import escape  # noqa: PLC0415

    parts = [f"<h2>{escape(doc.title)} {escape(doc.number)}</h2><p>{escape(doc.site)}</p>"]
    parts.append(
        "<table>"
        + "".join(f"<tr><td>{escape(k)}</td><td>{escape(v)}</td></tr>" for k, v in doc.facts)
        + "</table>"
    )
    for table in doc.tables:
        parts.append(
            f"<h3>{escape(table.heading)}</h3><table><tr>"
            + "".join(f"<th>{escape(c)}</th>" for c in table.columns)
            + "</tr>"
            + "".join(
                "<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in row) + "</tr>"
                for row in table.rows
            )
            + "</table>"
        )
    parts += [f"<p>{escape(s)}</p>" for s in doc.statements]
    parts += [f"<p>{escape(s)}: ________________________</p>" for s in doc.signatures]
    return "".join(parts)


#: The CSV import's rows, over this many lots received for it (``receive_for_import``).
IMPORT_ROWS, IMPORT_LOTS = 200_000, 100


def receive_for_import(db, olu, n_lots: int, prefix: str = "IMP-") -> None:  # type: ignore[no-untyped-def]
    """Receive the ``n_lots`` lots (IMP-0, IMP-1, ...; ``prefix`` the IMP-) the import sorts
    into."""
    from sortapp.services import lots  # noqa: PLC0415

    for i in range(n_lots):
        lots.receive_lot(
            db, olu, number=f"{prefix}{i}", origins=[("BW", "M")], weighed_mct=1_000_000
        )


def _import_categories(db):  # type: ignore[no-untyped-def]
    """The import's 100 categories, (id, code)."""
    return db.execute(
        "SELECT c.id, c.code FROM categories c JOIN size_classes s ON s.code = c.size "
        "WHERE s.band <> 'specials' ORDER BY c.id LIMIT 100"
    ).fetchall()


def import_text(cats, n: int, n_lots: int, prefix: str = "IMP-") -> str:  # type: ignore[no-untyped-def]
    """The CSV file imported: ``n`` rows over the lots ``receive_for_import`` received, stones
    left blank (not counted), as a scale's export gives them."""
    return "lot,category,carats,stones\n" + "\n".join(
        f"{prefix}{i % n_lots},{cats[i % 100][1]},0.010," for i in range(n)
    )


def time_import(db, olu, n: int, n_lots: int, prefix: str = "IMP-"):  # type: ignore[no-untyped-def]
    """Import ``n`` sorting rows into the lots ``receive_for_import`` received; return the
    seconds it took and the categories used (id, code)."""
    from sortapp.services import imports  # noqa: PLC0415

    cats = _import_categories(db)
    text = import_text(cats, n, n_lots, prefix)
    began = time.perf_counter()
    result = imports.import_sorting(db, olu, text)
    seconds = time.perf_counter() - began
    assert result.ok, result.errors[:3]
    return seconds, cats


#: sort_entries' columns, as the floors write them.
_ENTRY_COLUMNS = (
    "id, uid, lot_id, category_id, loss_type, mct, stones, entered_by, entered_at, reverses_id, "
    "reason, stones_counted"
)


def _floor_import(db, table: str, text: str, olu, site: str) -> None:  # type: ignore[no-untyped-def]
    """The import by the simplest means: ``csv.reader`` over the same text, each row's lot and
    category looked up in a dict, its carats made thousandths, its stones 0 when blank (not
    counted); one ``executemany`` into ``table`` (sort_entries' columns), in one transaction."""
    import csv  # noqa: PLC0415
    import io  # noqa: PLC0415

    lots = dict(
        db.conn.execute("SELECT number, id FROM lots WHERE status IN ('received', 'sorting')")
    )
    cats = dict(db.conn.execute("SELECT code, id FROM categories"))
    start = db.conn.execute("SELECT coalesce(max(id), 0) + 1 FROM sort_entries").fetchone()[0]
    at = "2026-11-27T00:00:00.000000Z"
    rows = []
    reader = csv.reader(io.StringIO(text))
    next(reader)
    for n, (lot, category, carats, stones) in enumerate(reader, start):
        whole, _dot, part = carats.partition(".")
        counted = 1 if stones else 0
        rows.append(
            (
                n,
                f"{site}-E{n}",
                lots[lot],
                cats[category],
                None,
                int(whole) * 1000 + int(part.ljust(3, "0")),
                int(stones) if stones else 0,
                olu.user_id,
                at,
                None,
                "",
                counted,
            )
        )
    db.conn.execute("BEGIN IMMEDIATE")
    db.conn.executemany(
        f"INSERT INTO {table} ({_ENTRY_COLUMNS}) VALUES ({', '.join('?' * 12)})", rows
    )
    db.conn.execute("COMMIT")


def bench_import(path: Path, repeat: int) -> None:
    """Ours against its floor: ``csv.reader`` over the same CSV text and one ``executemany``
    into a bare table of sort_entries' columns (no index, no trigger), in the same database;
    beside it the same into sortapp's own ``sort_entries`` (its indexes and triggers). Run
    interleaved on one copy of the history, each run into lots of its own."""
    from sortapp.services import imports, site  # noqa: PLC0415
    from sortapp.storage.db import open_db  # noqa: PLC0415

    n, n_lots = IMPORT_ROWS, IMPORT_LOTS
    work = Path(tempfile.mkdtemp()) / "import.db"
    shutil.copy(path, work)
    db = open_db(work)
    olu = site.actor_for(db, "olu")
    code = db.execute("SELECT code FROM site").fetchone()[0]
    cats = _import_categories(db)
    ours, bare, same = Timing(), Timing(), Timing()
    for r in range(repeat):
        for kind in ("bare", "ours", "same"):
            prefix = f"IMP{r}{kind}-"
            receive_for_import(db, olu, n_lots, prefix)
            text = import_text(cats, n, n_lots, prefix)
            if kind == "bare":
                db.conn.execute(
                    f"CREATE TABLE bench_bare AS SELECT {_ENTRY_COLUMNS} FROM sort_entries WHERE 0"
                )
                bare.take(lambda text=text: _floor_import(db, "bench_bare", text, olu, code))
                db.conn.execute("DROP TABLE bench_bare")
            elif kind == "same":
                same.take(lambda text=text: _floor_import(db, "sort_entries", text, olu, code))
            else:
                result = []
                ours.take(
                    lambda text=text, result=result: result.append(
                        imports.import_sorting(db, olu, text)
                    )
                )
                assert result[0].ok, result[0].errors[:3]
            gc.collect()
    db.close()
    shutil.rmtree(work.parent)
    rate, floor, raw = (n / (t.wall / 1000) for t in (ours, bare, same))
    cpu_rate, cpu_floor, cpu_raw = (n / (t.cpu / 1000) for t in (ours, bare, same))
    line(
        f"CSV import of {n:,} sorting rows",
        f"{rate:,.0f} rows/s",
        f"{floor:,.0f} rows/s",
        f"1/{floor / rate:.1f}",
        ">= 1/3 of floor (csv.reader + executemany into a bare table)",
        rate >= floor / 3,
    )
    line(
        "  the same against raw executemany into sort_entries",
        f"{rate:,.0f} rows/s",
        f"{raw:,.0f} rows/s",
        f"1/{raw / rate:.1f}",
        "(for comparison)",
        None,
    )
    print(
        f"  (wall and CPU medians: ours {ms_text(ours)}, bare-table floor {ms_text(bare)}, "
        f"into sort_entries {ms_text(same)}; by CPU ours is 1/{cpu_floor / cpu_rate:.1f} of the "
        f"floor and 1/{cpu_raw / cpu_rate:.1f} of sort_entries)"
    )


# One verify in a fresh process, as `sortapp verify` runs: its own wall and CPU seconds (this
# process's threads and the worker processes it waited for: os.times counts both), the seconds
# of each check, and peak RSS (its own, and the largest of its workers': an upper bound, as
# Linux counts in a child's peak the RSS its parent had when it started it). "first": as on a
# history never sealed (no seal trusted: every check does all its work once), sealing at the end.
# Each run seals, as the nightly run of a key holder does (`sortapp verify`, Verify now): a run
# that seals nothing makes none of a seal's digests or pages, and would read faster than a user's.
_VERIFY = """
import json, os, resource, sys, time
from make_history import PASSWORD
from sortapp.services import anchors, site
from sortapp.services.verify import verify
from sortapp.storage.db import open_db

def peak_kb():
    # (Not ru_maxrss: on Linux it carries the peak of the process that started this one.)
    with open("/proc/self/status") as status:
        return next(int(l.split()[1]) for l in status if l.startswith("VmHWM:"))

def main():
    path, mode = sys.argv[1], sys.argv[2]
    db = open_db(path)
    actor = site.login(db, "admin", PASSWORD)
    if mode == "first":
        anchors.anchored_seal = lambda db: None
    t, began = os.times(), time.perf_counter()
    report = verify(db, actor, seal=True)
    wall, u = time.perf_counter() - began, os.times()
    cpu = sum(u[:4]) - sum(t[:4])
    assert report.ok, report.problems[:3]
    print(json.dumps({
        "wall": wall, "cpu": cpu, "seconds": report.seconds, "checked": report.checked,
        "rss": peak_kb() / 1024,
        "workers": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }))

if __name__ == "__main__":
    main()
"""


def _verify_once(path: Path, mode: str, one_core: bool = False) -> dict:  # type: ignore[type-arg]
    command = [sys.executable, "-c", _VERIFY, str(path), mode]
    if one_core:
        command = ["taskset", "-c", "0", *command]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(HERE), str(HERE.parent)])}
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _verify_line(name: str, runs: list[dict], target: float) -> dict:  # type: ignore[type-arg]
    """Print the median run's wall and CPU seconds; return that run."""
    runs = sorted(runs, key=lambda r: r["wall"])
    run = runs[len(runs) // 2]
    cpu = statistics.median(r["cpu"] for r in runs)
    load = os.getloadavg()[0]
    line(
        name,
        f"{run['wall']:.2f} s ({cpu:.2f} CPU)",
        f"load {load:.1f}",
        "",
        f"<= {target:g} s",
        run["wall"] <= target,
    )
    return run


def bench_verify(db, repeat: int) -> None:  # type: ignore[no-untyped-def]
    """verify in fresh processes on a copy of the history: first as on a history never sealed
    (which seals it, as a key holder's nightly run would), then the nightly run after a seal on
    two cores and on one (``taskset -c 0``), and its memory."""
    from sortapp.services.verify import verify  # noqa: PLC0415

    path = Path(_file_of(db))
    first = _verify_once(path, "first")
    _verify_line("verify, first of a never-sealed history", [first], 10)
    parts = ", ".join(f"{name} {t:.2f}" for name, t in first["seconds"].items())
    print(f"  (each check, s, two lanes in parallel: {parts})")
    sealed = [_verify_once(path, "sealed") for _ in range(repeat)]
    run = _verify_line(f"verify ({_counts_text(sealed[0])}), 2 cores", sealed, 5)
    parts = ", ".join(f"{name} {t:.2f}" for name, t in run["seconds"].items())
    print(f"  (each check, s, two lanes in parallel: {parts})")
    one = [_verify_once(path, "sealed", one_core=True) for _ in range(repeat)]
    _verify_line("verify on one core (taskset -c 0)", one, 10)
    for name, runs in (("sealed", [*sealed, *one]), ("first", [first])):
        peak = max(r["rss"] for r in runs)
        workers = max(r["workers"] for r in runs)
        line(
            f"verify peak RSS, {name} (process; its worker)",
            f"{peak:.0f} MB; {workers:.0f} MB",
            "",
            "",
            "<= 200 MB",
            max(peak, workers) <= 200,
        )
    began = time.perf_counter()
    assert verify(db, full=True).ok
    line(
        "verify --full (also index by index)",
        f"{time.perf_counter() - began:.2f} s",
        "",
        "",
        "",
        True,
    )


def _counts_text(run: dict) -> str:  # type: ignore[type-arg]
    checked = run["checked"]
    return f"{checked['ledger lines']:,} ledger lines, {checked['audit entries']:,} audit entries"


def _file_of(db) -> str:  # type: ignore[no-untyped-def]
    from sortapp.storage import integrity  # noqa: PLC0415

    found = integrity.file_path(db)
    assert found is not None
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=HERE / "history.db")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--only", default="", help="comma-separated: startup,lists,reports,verify,writes,pdf,import"
    )
    args = parser.parse_args(argv)
    only = set(filter(None, args.only.split(",")))
    # As on a user's machine, the processes this starts (the start-up runs, verify's workers)
    # keep Python's bytecode cache, even where the shell says not to.
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)

    def wanted(name: str) -> bool:
        return not only or name in only

    if not args.db.exists():
        print(f"no history at {args.db}: run benchmarks/make_history.py first", file=sys.stderr)
        return 2
    from sortapp.storage.db import open_db  # noqa: PLC0415

    work = Path(tempfile.mkdtemp()) / "history.db"
    shutil.copy(args.db, work)  # the write benchmarks must not change the history itself
    atexit.register(shutil.rmtree, work.parent, True)  # the copy goes when the run ends
    print(f"{'figure':<46} {'sortapp':>22} {'floor':>22} {'ratio':>8}  target")
    # First, while this process is small: Linux children inherit the parent's peak RSS figure.
    if wanted("startup"):
        bench_startup(work, args.repeat)
    db = open_db(work)
    counts = {
        t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("lots", "postings", "parcels", "audit")
    }
    print(
        f"history: {counts['lots']:,} lots, {counts['postings']:,} ledger lines, "
        f"{counts['parcels']:,} parcels, {counts['audit']:,} audit entries"
    )
    if wanted("lists"):
        bench_lists(db, args.repeat)
    if wanted("reports"):
        bench_reports(db, args.repeat)
    if wanted("verify"):
        bench_verify(db, 3)
    db.close()
    if wanted("writes"):
        bench_writes(work, args.repeat)
    if wanted("pdf"):
        bench_pdf(work, 7)
    if wanted("import"):
        bench_import(work, 3)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"(this benchmark process peaked at {rss:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
