"""What a page-level seal would cost verify (a prototype; nothing here is in the product).

    python benchmarks/page_floor.py --db /tmp/perf2/sealed.db [--only 1,2,3,4,5] [--keep]

Copies the database into a scratch directory (never writes the one given) and measures there:

1. dbstat's walk of each sealed table (``SELECT ... FROM dbstat WHERE name = ?``);
2. our own walk of each table's b-tree, read from the file: at seal time every leaf's cells
   (their rowids, in order and within the parents' keys, and the overflow chains), at verify
   time the interior pages and the leaves the seal does not cover; then every sealed leaf and
   overflow page read and hashed (SHA-256 and BLAKE2b);
3. how verify would know the pages it reads from the file are its snapshot's (WAL mode);
4. ``PRAGMA quick_check(table)`` per table: what is left for SQLite's own check;
5. a page seal against an edit through the sqlite3 shell (triggers dropped), a byte changed in
   the file, 10,000 rows appended the app's way, and a VACUUM.

Prints CPU seconds beside wall and the load (``uptime``). See benchmarks/README.md, "A
page-level seal: what it would cost (prototype, not built)".
"""

from __future__ import annotations

import argparse
import hashlib
import os
import resource
import shutil
import sqlite3
import struct
import subprocess
import tempfile
import time
from collections.abc import Callable, Container, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sortapp.storage.pages import INTERIOR, LEAF, signed, varint  # (the product's reader's)

#: The tables a page seal would cover: those whose rows sortapp never changes nor deletes
#: (``migrations.immutable_tables``, fixed and kept), the five big ones first.
BIG = ("audit", "journal", "postings", "sort_entries", "weighings")
FIXED = (
    "sealed_lines",
    "entry_signatures",
    "lot_seals",
    "lot_origins",
    "certificates",
    "parcel_seals",
    "uncounted_lines",
    "prices",
    "checkpoints",
)
SEALED = BIG + FIXED

#: Pages read by one ``pread`` when a run of them is consecutive in the file (1 MiB).
RUN = 256


def cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    return own.ru_utime + own.ru_stime


class Clock:
    """Wall and CPU seconds since it was made."""

    def __init__(self) -> None:
        self.wall, self.cpu = time.perf_counter(), cpu()

    def __str__(self) -> str:
        return f"{time.perf_counter() - self.wall:7.3f} s ({cpu() - self.cpu:7.3f} CPU)"

    def seconds(self) -> tuple[float, float]:
        return time.perf_counter() - self.wall, cpu() - self.cpu


def uptime() -> str:
    return subprocess.run(["uptime"], capture_output=True, text=True, check=False).stdout.strip()


def say(text: str = "") -> None:
    print(text, flush=True)


# -- the file, read as SQLite's file format describes it ----------------------------------------


class PageFile:
    """The main database file, read a page at a time with ``pread`` (no memory map)."""

    def __init__(self, path: Path) -> None:
        self.fd = os.open(path, os.O_RDONLY)
        head = os.pread(self.fd, 100, 0)
        if head[:16] != b"SQLite format 3\x00":
            raise ValueError(f"{path}: not an SQLite database")
        size = struct.unpack_from(">H", head, 16)[0]
        self.size = 65536 if size == 1 else size
        self.reserved = head[20]
        usable = self.size - self.reserved
        # A table leaf's payload: all of it on the page up to X = U - 35; beyond, K = M + (P - M)
        # % (U - 4) bytes when K <= X, else M, the rest in a chain of overflow pages of U - 4
        # bytes each after a 4-byte pointer (fileformat2.html, "B-tree Pages").
        self.max_local = usable - 35
        self.min_local = (usable - 12) * 32 // 255 - 23
        self.overflow_room = usable - 4
        #: What a seal would record of the header: page size, reserved bytes, text encoding,
        #: the schema format, the payload fractions (fixed at 64, 32, 32).
        self.header = (self.size, self.reserved, head[56:60], head[44:48], head[21:24])
        self.reads = 0

    def page(self, number: int) -> bytes:
        self.reads += 1
        return os.pread(self.fd, self.size, (number - 1) * self.size)

    def pages(self, numbers: Iterable[int]) -> Iterator[tuple[int, memoryview]]:
        """(number, bytes) of each page, read in file order in runs of consecutive pages."""
        ordered = sorted(numbers)
        i = 0
        while i < len(ordered):
            j = i + 1
            while j < len(ordered) and j - i < RUN and ordered[j] == ordered[j - 1] + 1:
                j += 1
            blob = memoryview(os.pread(self.fd, (j - i) * self.size, (ordered[i] - 1) * self.size))
            self.reads += j - i
            for k in range(j - i):
                yield ordered[i + k], blob[k * self.size : (k + 1) * self.size]
            i = j

    def close(self) -> None:
        os.close(self.fd)


Bounds = tuple[int | None, int | None]


@dataclass
class Leaf:
    page: int
    low: int | None  # the parents' keys: its rowids are > low ...
    high: int | None  # ... and <= high (None: no bound that side)
    first: int = 0
    last: int = 0
    cells: int = 0
    overflow: list[int] = field(default_factory=list)


@dataclass
class Tree:
    root: int
    #: {page: ((low, high), its children as (page, low, high))}
    interior: dict[int, tuple[Bounds, list[tuple[int, int | None, int | None]]]] = field(
        default_factory=dict
    )
    leaves: list[Leaf] = field(default_factory=list)


class Malformed(ValueError):
    """A page the walk does not read as SQLite would: verify would fall back to the rows."""


def children_of(
    data: bytes, number: int, low: int | None, high: int | None
) -> list[tuple[int, int | None, int | None]]:
    """An interior table page's children, each (page, low, high): its cells (4-byte child page,
    varint key: the child's rowids are <= key), keys strictly increasing within the page's own
    bounds; then the right-most pointer, of the rowids above the last key."""
    at = 100 if number == 1 else 0
    count, right = struct.unpack_from(">H", data, at + 3)[0], data[at + 8 : at + 12]
    children: list[tuple[int, int | None, int | None]] = []
    before = low
    for pointer in struct.unpack_from(f">{count}H", data, at + 12):
        child = struct.unpack_from(">I", data, pointer)[0]
        key = signed(varint(data, pointer + 4)[0])
        if (before is not None and key <= before) or (high is not None and key > high):
            raise Malformed(f"page {number}: key {key} out of order")
        children.append((child, before, key))
        before = key
    children.append((struct.unpack(">I", right)[0], before, high))
    return children


def walk(
    pf: PageFile,
    root: int,
    *,
    cells: Callable[[Leaf], bool],
    known: Container[int] = (),
    bounds: tuple[int | None, int | None] = (None, None),
) -> Tree:
    """The table's b-tree from ``root``: interior pages parsed (cell = 4-byte child page and a
    varint key; the right-most child in the header), keys strictly increasing and within the
    parent's; the leaves in key order, each with the bounds its parents give it. The leaves
    for which ``cells`` says so are read whole (``read_leaf``). A page in ``known`` (a sealed
    leaf's) is taken for a leaf and not read: its digest, checked after, says what it is."""
    tree = Tree(root)
    stack: list[tuple[int, int | None, int | None]] = [(root, *bounds)]
    while stack:
        number, low, high = stack.pop()
        if number in known:
            tree.leaves.append(Leaf(number, low, high))
            continue
        data = pf.page(number)
        at = 100 if number == 1 else 0
        kind = data[at]
        if kind == INTERIOR:
            children = children_of(data, number, low, high)
            tree.interior[number] = ((low, high), children)
            stack.extend(reversed(children))
        elif kind == LEAF:
            leaf = Leaf(number, low, high)
            if cells(leaf):
                read_leaf(pf, data, leaf)
            tree.leaves.append(leaf)
        else:
            raise Malformed(f"page {number}: type {kind:#x} in a table's b-tree")
    return tree


def read_leaf(pf: PageFile, data: bytes, leaf: Leaf) -> None:
    """Every cell of a table leaf: its rowids strictly increasing within the leaf's bounds (so
    that SQLite's seeks and scans meet the rows the walk does), its first and last, and the
    overflow chain of each cell whose payload does not fit on the page."""
    count = struct.unpack_from(">H", data, 3)[0]
    before = leaf.low
    for pointer in struct.unpack_from(f">{count}H", data, 8):
        size, pos = varint(data, pointer)
        rowid, pos = varint(data, pos)
        rowid = signed(rowid)
        if (before is not None and rowid <= before) or (
            leaf.high is not None and rowid > leaf.high
        ):
            raise Malformed(f"page {leaf.page}: rowid {rowid} out of order")
        before = rowid
        if size > pf.max_local:
            local = pf.min_local + (size - pf.min_local) % pf.overflow_room
            if local > pf.max_local:
                local = pf.min_local
            chain = struct.unpack_from(">I", data, pos + local)[0]
            for _ in range(-(-(size - local) // pf.overflow_room)):
                leaf.overflow.append(chain)
                chain = struct.unpack_from(">I", pf.page(chain), 0)[0]
    leaf.cells = count
    if count:
        leaf.first = signed(varint(data, varint(data, struct.unpack_from(">H", data, 8)[0])[1])[0])
        leaf.last = before if before is not None else 0


# -- a page seal ----------------------------------------------------------------------------------

Hasher = Callable[[bytes | memoryview], "hashlib._Hash"]
HASHES: dict[str, Hasher] = {"sha256": hashlib.sha256, "blake2b": hashlib.blake2b}


@dataclass
class TableSeal:
    """One table's part of a page seal: each leaf holding only sealed rows (ids 1..upto), in
    key order, as (page, first rowid, last rowid, overflow pages), and a digest of each of
    those pages."""

    table: str
    root: int
    upto: int
    leaves: list[Leaf]
    digests: dict[str, dict[int, bytes]]  # by hash's name: {page: digest}
    #: The interior pages all of whose children are sealed leaves: {page: ((low, high), the
    #: children's pages)}, and their digests by hash's name.
    settled: dict[int, tuple[Bounds, list[int]]] = field(default_factory=dict)
    settled_digests: dict[str, dict[int, bytes]] = field(default_factory=dict)

    def pages(self) -> list[int]:
        return [leaf.page for leaf in self.leaves] + [
            p for leaf in self.leaves for p in leaf.overflow
        ]


def root_pages(db: sqlite3.Connection) -> dict[str, int]:
    return dict(db.execute("SELECT name, rootpage FROM sqlite_schema WHERE type = 'table'"))


#: Leaves a digest in the seal's smaller form (``group_digests``).
GROUP = 64


def group_digests(pf: PageFile, seal: TableSeal, size: int) -> list[bytes]:
    """One SHA-256 a run of ``size`` sealed leaves in key order, over each one's page number,
    bytes, and overflow pages: a seal of 40 bytes a run (its last rowid and the digest) where
    one a leaf is 44 bytes a leaf; a page that differs sends its run's rows to the row check."""
    found = []
    for start in range(0, len(seal.leaves), size):
        run = seal.leaves[start : start + size]
        numbers = [p for leaf in run for p in [leaf.page, *leaf.overflow]]
        blobs = dict(pf.pages(numbers))
        digest = hashlib.sha256()
        for number in numbers:
            digest.update(number.to_bytes(4, "big"))
            digest.update(blobs[number])
        found.append(digest.digest())
    return found


def rowid_tables(pf: PageFile, roots: dict[str, int]) -> list[str]:
    """The tables of ``SEALED`` whose b-tree is a table's (a WITHOUT ROWID table's is an
    index's: left out here)."""
    return [t for t in SEALED if pf.page(roots[t])[0] in (INTERIOR, LEAF)]


def upto_of(db: sqlite3.Connection, tables: list[str]) -> dict[str, int]:
    """The greatest id of each table: a seal made now covers every row."""
    return {
        t: int(db.execute(f"SELECT coalesce(max(rowid), 0) FROM {t}").fetchone()[0]) for t in tables
    }


def digest_pages(pf: PageFile, numbers: Iterable[int], hasher: Hasher) -> dict[int, bytes]:
    return {number: hasher(blob).digest() for number, blob in pf.pages(numbers)}


def make_seal(pf: PageFile, table: str, root: int, upto: int, *hashes: str) -> TableSeal:
    """What the seal would record (at seal time, after a verify that read every row)."""
    tree = walk(pf, root, cells=lambda _leaf: True)
    sealed = [leaf for leaf in tree.leaves if leaf.cells and leaf.first >= 1 and leaf.last <= upto]
    seal = TableSeal(table, root, upto, sealed, {})
    pages = {leaf.page for leaf in sealed}
    seal.settled = {
        number: (bounds, [c for c, _low, _high in children])
        for number, (bounds, children) in tree.interior.items()
        if all(c in pages for c, _low, _high in children)
    }
    for name in hashes or ("sha256",):
        seal.digests[name] = digest_pages(pf, seal.pages(), HASHES[name])
        seal.settled_digests[name] = digest_pages(pf, seal.settled, HASHES[name])
    return seal


@dataclass
class Check:
    """What verify would find of one table against its page seal."""

    leaves: int = 0  # sealed leaves found byte-identical, where the seal left them
    differ: list[Leaf] = field(default_factory=list)  # sealed leaves not found so: their rows go
    # back to the row-level check
    others: int = 0  # leaves the seal does not cover (read whole: the tail)
    intruders: int = 0  # of those, leaves holding a rowid the sealed leaves span: to the rows
    pages_read: int = 0


def check_seal(pf: PageFile, seal: TableSeal, root: int, name: str = "sha256") -> Check:
    """Walk the tree from its root as the schema now names it. An interior page the seal
    settled (all its children sealed leaves) that hashes as sealed, within the bounds it had,
    has the sealed leaves for children, in their sealed bounds: not parsed. Any other interior
    page is parsed. A sealed leaf counts as unchanged when the walk meets it at its page,
    within parents' keys that hold its first and last rowid, and it and its overflow pages hash
    as sealed. Every other leaf (the tail, or what stands where a sealed leaf was) is read
    whole: its rowids in order and within its bounds."""
    reads = pf.reads
    by_page = {leaf.page: leaf for leaf in seal.leaves}
    hasher, sealed = HASHES[name], seal.digests[name]
    met: list[tuple[int, int | None, int | None]] = []  # (page, its bounds now)
    others: list[tuple[int, int | None, int | None]] = []
    stack: list[tuple[int, int | None, int | None]] = [(root, None, None)]
    while stack:
        number, low, high = stack.pop()
        leaf = by_page.get(number)
        if leaf is not None:
            if (low is None or low < leaf.first) and (high is None or leaf.last <= high):
                met.append((number, low, high))
            else:
                others.append((number, low, high))
            continue
        data = pf.page(number)
        settled = seal.settled.get(number)
        if (
            settled is not None
            and settled[0] == (low, high)
            and hasher(data).digest() == seal.settled_digests[name][number]
        ):
            # (its bounds as sealed: so its children's, which held them when sealed)
            met.extend((c, by_page[c].low, by_page[c].high) for c in settled[1])
            continue
        if data[100 if number == 1 else 0] == INTERIOR:
            stack.extend(reversed(children_of(data, number, low, high)))
        else:
            others.append((number, low, high))
    found = digest_pages(pf, [p for n, *_ in met for p in [n, *by_page[n].overflow]], hasher)
    same = {n for n, *_ in met if all(found[p] == sealed[p] for p in [n, *by_page[n].overflow])}
    check = Check(leaves=len(same), differ=[leaf for leaf in seal.leaves if leaf.page not in same])
    others += [m for m in met if m[0] not in same]
    span = seal.leaves[-1].last if seal.leaves else 0
    for number, low, high in others:
        leaves = walk(pf, number, cells=lambda _leaf: True, bounds=(low, high)).leaves
        check.others += len(leaves)
        check.intruders += sum(1 for leaf in leaves if leaf.cells and leaf.first <= span)
    check.pages_read = pf.reads - reads
    return check


# -- the measures ----------------------------------------------------------------------------


def part_dbstat(db: sqlite3.Connection) -> None:
    say("1. dbstat's walk of each table (every page of it: SELECT pageno, pagetype, ncell, path)")
    total = Clock()
    for table in SEALED:
        clock = Clock()
        rows = db.execute(
            "SELECT pageno, pagetype, ncell, path FROM dbstat WHERE name = ?", (table,)
        ).fetchall()
        leaves = sum(1 for r in rows if r[1] == "leaf")
        say(f"   {table:16} {len(rows):7} pages ({leaves:7} leaves) {clock}")
    say(f"   all of them                              {total}")
    indexes = [
        r[0]
        for t in BIG
        for r in db.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = ?", (t,)
        )
    ]
    clock, pages = Clock(), 0
    for index in indexes:  # (quick_check cannot check an index without its table)
        pages += len(db.execute("SELECT pageno FROM dbstat WHERE name = ?", (index,)).fetchall())
    say(f"   the {len(indexes)} indexes of the five big tables: {pages} pages {clock}")
    clock = Clock()
    db.execute("SELECT count(*) FROM dbstat WHERE name = 'audit' AND aggregate = TRUE").fetchone()
    say(f"   audit, aggregate=TRUE (one row)          {clock}")


def part_walk(path: Path, db: sqlite3.Connection) -> dict[str, TableSeal]:
    say("2. our walk of each b-tree from the file, and the sealed pages hashed")
    roots = root_pages(db)
    pf = PageFile(path)
    tables = rowid_tables(pf, roots)
    say(f"   left out (not rowid tables): {', '.join(t for t in SEALED if t not in tables)}")
    uptos = upto_of(db, tables)
    seals: dict[str, TableSeal] = {}
    say(
        f"   header: page size {pf.size}, reserved {pf.reserved}, local max {pf.max_local}, "
        f"min {pf.min_local}"
    )
    say(
        "   seal time: every leaf's cells read (rowids in order, first/last, overflow chains),"
        " sealed pages hashed (sha256)"
    )
    total = Clock()
    for table in tables:
        clock, reads = Clock(), pf.reads
        seals[table] = make_seal(pf, table, roots[table], uptos[table])
        seal = seals[table]
        overflow = sum(len(leaf.overflow) for leaf in seal.leaves)
        cells = sum(leaf.cells for leaf in seal.leaves)
        say(
            f"   {table:16} {len(seal.leaves):7} sealed leaves, {cells:8} rows, {overflow:3} "
            f"overflow pages; {pf.reads - reads:7} pages read {clock}"
        )
    say(f"   seal time, all                           {total}")
    seal_bytes = sum(
        len(s.leaves) * (4 + 8 + 32) + 36 * sum(len(lf.overflow) for lf in s.leaves)
        for s in seals.values()
    )
    say(
        "   the seal's size, binary (page, first rowid, 32-byte digest a leaf): "
        f"{seal_bytes / 1e6:.2f} MB"
    )

    say(
        "   every interior cell parsed (the leaves not read): what verify would do without the"
        " interior pages' digests"
    )
    total = Clock()
    trees = {}
    for table, seal in seals.items():
        clock, reads = Clock(), pf.reads
        by_page = {leaf.page for leaf in seal.leaves}
        trees[table] = walk(pf, roots[table], cells=lambda _leaf: True, known=by_page)
        say(
            f"   {table:16} {len(trees[table].interior):5} interior pages, "
            f"{len(trees[table].leaves) - len(seal.leaves):4} leaves not sealed; "
            f"{pf.reads - reads:6} pages read {clock}"
        )
    say(f"   walk, all                                {total}")

    for label, hasher in [("read only", None), *HASHES.items()]:
        clock = Clock()
        pages = 0
        for seal in seals.values():
            numbers = seal.pages()
            pages += len(numbers)
            if hasher is None:
                for _number, _blob in pf.pages(numbers):
                    pass
            else:
                digest_pages(pf, numbers, hasher)
        say(
            f"   sealed pages read, {label:9} {pages:7} pages ({pages * pf.size / 1e6:6.0f} MB) "
            f"{clock}"
        )
    clock = Clock()
    groups = sum(len(group_digests(pf, seal, GROUP)) for seal in seals.values())
    say(
        f"   sealed pages read, sha256 by groups of {GROUP} leaves (page numbers in): {groups} "
        f"digests, {groups * (8 + 32) / 1e3:.0f} kB a seal {clock}"
    )
    for seal in seals.values():  # (not timed: BLAKE2b digests beside the SHA-256 ones)
        seal.digests["blake2b"] = digest_pages(pf, seal.pages(), hashlib.blake2b)
        seal.settled_digests["blake2b"] = digest_pages(pf, seal.settled, hashlib.blake2b)
    for label in HASHES:
        clock, counted = Clock(), Check()
        for table, seal in seals.items():
            one = Clock()
            found = check_seal(pf, seal, roots[table], label)
            if table in BIG and label == "sha256":
                say(f"   whole check, {table:12} {found.pages_read:7} pages read {one}")
            counted.leaves += found.leaves
            counted.differ += found.differ
            counted.others += found.others
            counted.pages_read += found.pages_read
        say(
            f"   whole check ({label:7}): {counted.leaves} leaves the same, {len(counted.differ)} "
            f"not, {counted.others} read whole; {counted.pages_read} pages read {clock}"
        )
    for label, hasher in HASHES.items():
        blob = os.urandom(pf.size)
        clock = Clock()
        for _ in range(100000):
            hasher(blob).digest()
        say(f"   {label} of one page, in memory: {clock.seconds()[1] * 10:.2f} us a page")
    pf.close()
    return seals


def wal_path(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def wal_size(path: Path) -> int:
    return wal_path(path).stat().st_size if wal_path(path).exists() else 0


def page_snapshot(verifier: sqlite3.Connection, path: Path) -> tuple[bool, str]:
    """Make the file hold the snapshot verify reads, and begin reading it: checkpoint and
    truncate the WAL, begin a read transaction, and find the WAL empty. Then the connection
    reads on read-mark 0 (the file alone), and while it does no checkpoint may write the
    file: the pages read from it are its snapshot's until it ends. Otherwise (True is not
    returned) verify falls back."""
    busy, log, done = verifier.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    verifier.execute("BEGIN")
    verifier.execute("SELECT count(*) FROM sqlite_schema").fetchone()
    size = wal_size(path)
    return size == 0, f"checkpoint (busy {busy}, frames {log}, backfilled {done}); WAL {size} bytes"


def part_wal(path: Path, seals: dict[str, TableSeal]) -> None:
    say("3. WAL: the pages read from the file are the snapshot's")
    app = sqlite3.connect(path, isolation_level=None)
    app.execute("PRAGMA busy_timeout = 100")
    app.execute("CREATE TABLE IF NOT EXISTS page_floor_scratch (id INTEGER PRIMARY KEY, t TEXT)")

    def write(rows: int) -> None:
        app.execute("BEGIN IMMEDIATE")
        app.executemany("INSERT INTO page_floor_scratch (t) VALUES (?)", [("x" * 200,)] * rows)
        app.execute("COMMIT")

    def sealed_same(verifier: sqlite3.Connection) -> str:
        pf = PageFile(path)
        roots = root_pages(verifier)
        differ = sum(len(check_seal(pf, s, roots[t]).differ) for t, s in seals.items())
        pf.close()
        return f"{differ} sealed leaves differ"

    verifier = sqlite3.connect(path, isolation_level=None)
    verifier.execute("PRAGMA busy_timeout = 100")
    write(500)
    say(f"   the app wrote 500 rows, idle now: WAL {wal_size(path)} bytes")
    clock = Clock()
    ok, how = page_snapshot(verifier, path)
    say(f"   (a) app idle: pages usable {ok}: {how} {clock}")
    write(3000)
    busy, log, done = app.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    say(
        f"       the app writes 3,000 rows meanwhile and checkpoints: busy {busy}, frames {log}, "
        f"backfilled {done} (verify's read-mark 0 holds the file); {sealed_same(verifier)}"
    )
    verifier.execute("COMMIT")
    busy, log, done = app.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    say(f"       verify ended: the app's checkpoint backfills {done} of {log} frames")

    reader = sqlite3.connect(path, isolation_level=None)
    write(100)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM page_floor_scratch").fetchone()
    ok, how = page_snapshot(verifier, path)
    say(f"   (b) another connection reads an older snapshot: pages usable {ok}: {how}")
    verifier.execute("COMMIT")
    reader.execute("COMMIT")
    ok, how = page_snapshot(verifier, path)
    say(f"       it ended; verify tries again: pages usable {ok}: {how}")
    verifier.execute("COMMIT")

    verifier.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    write(100)  # (between verify's checkpoint and its read transaction)
    verifier.execute("BEGIN")
    verifier.execute("SELECT count(*) FROM sqlite_schema").fetchone()
    say(
        f"   (c) the app writes between verify's checkpoint and its read: WAL {wal_size(path)} "
        f"bytes -> pages usable {wal_size(path) == 0}"
    )
    verifier.execute("COMMIT")

    app.execute("BEGIN IMMEDIATE")
    app.executemany("INSERT INTO page_floor_scratch (t) VALUES (?)", [("y" * 200,)] * 5000)
    ok, how = page_snapshot(verifier, path)
    say(
        f"   (d) the app is in a write transaction (5,000 rows, not committed): pages usable "
        f"{ok}: {how}"
    )
    app.execute("COMMIT")
    say(f"       it commits while verify reads: {sealed_same(verifier)}; WAL {wal_size(path)}")
    verifier.execute("COMMIT")
    for conn in (app, verifier, reader):
        conn.close()


def part_quick_check(db: sqlite3.Connection) -> None:
    say("4. PRAGMA quick_check, whole and per table (each with its indexes)")
    clock = Clock()
    found = db.execute("PRAGMA quick_check").fetchall()
    whole = clock.seconds()
    say(f"   whole file: {found[0][0]} {clock}")
    tables = [r[0] for r in db.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")]
    spent: dict[str, tuple[float, float]] = {}
    for table in tables:
        clock = Clock()
        db.execute(f'PRAGMA quick_check("{table}")').fetchall()
        spent[table] = clock.seconds()
    for table, (wall, used) in sorted(spent.items(), key=lambda kv: -kv[1][1])[:14]:
        say(f"   {table:20} {wall:7.3f} s ({used:7.3f} CPU)")
    rest = [v for t, v in spent.items() if t not in SEALED]
    big_only = [v for t, v in spent.items() if t not in BIG]
    say(
        f"   all tables one by one: {sum(w for w, _ in spent.values()):.3f} s "
        f"({sum(c for _, c in spent.values()):.3f} CPU); whole: {whole[0]:.3f} ({whole[1]:.3f})"
    )
    say(
        f"   all but the five big tables: {sum(w for w, _ in big_only):.3f} s "
        f"({sum(c for _, c in big_only):.3f} CPU)"
    )
    say(
        f"   all but every page-sealed table: {sum(w for w, _ in rest):.3f} s "
        f"({sum(c for _, c in rest):.3f} CPU)"
    )


def compare(path: Path, seals: dict[str, TableSeal], what: str) -> dict[str, Check]:
    """Check every table's seal against the file now; print what differs."""
    pf = PageFile(path)
    db = sqlite3.connect(path)
    roots = root_pages(db)
    db.close()
    found = {}
    for table, seal in seals.items():
        try:
            found[table] = check_seal(pf, seal, roots[table])
        except Malformed as err:
            say(f"   {what}: {table}: {err}: the whole table to the rows")
            continue
        differ = found[table].differ
        if differ or table in BIG:
            where = [
                f"{seal.leaves.index(leaf) - len(seal.leaves)}: page {leaf.page} ids "
                f"{leaf.first}-{leaf.last}"
                for leaf in differ[:4]
            ]
            say(
                f"   {what}: {table:12} {len(differ):6} of {len(seal.leaves):6} sealed leaves "
                f"differ {'; '.join(where)}{' ...' if len(differ) > 4 else ''}"
                + (
                    f"; {found[table].intruders} other leaves hold sealed ids"
                    if found[table].intruders
                    else ""
                )
            )
    pf.close()
    return found


def reseal(path: Path) -> dict[str, TableSeal]:
    db = sqlite3.connect(path)
    pf = PageFile(path)
    roots = root_pages(db)
    tables = rowid_tables(pf, roots)
    uptos = upto_of(db, tables)
    db.close()
    seals = {t: make_seal(pf, t, roots[t], uptos[t]) for t in tables}
    pf.close()
    return seals


def append_the_apps_way(db: sqlite3.Connection, rows: int) -> None:
    """Rows as sortapp adds them: plain INSERTs, ids one after the other, a few a transaction
    (an audit entry, a sorting entry, a weighing; a ledger entry and its lines every tenth),
    copied from rows already there under new ids and uids."""
    top = {t: int(db.execute(f"SELECT max(id) FROM {t}").fetchone()[0]) for t in BIG}
    columns = {
        t: [r[1] for r in db.execute(f"PRAGMA table_info({t})") if r[1] != "id"] for t in BIG
    }
    picked = {
        "audit": "SELECT id FROM audit",
        "sort_entries": "SELECT id FROM sort_entries WHERE reverses_id IS NULL",
        # (a weighing of a sorting entry: it gets the new entry's id, unique as it must be)
        "weighings": "SELECT id FROM weighings WHERE entry_id IS NOT NULL",
        "journal": """SELECT j.id FROM journal j WHERE j.reverses_id IS NULL
                      AND j.kind <> 'receive' AND NOT EXISTS (
                          SELECT 1 FROM postings p WHERE p.journal_id = j.id
                          AND p.place IN ('parcel', 'shipped'))""",
    }
    sources = {
        t: [r[0] for r in db.execute(f"{sql} ORDER BY id DESC LIMIT 5000")][::-1]
        for t, sql in picked.items()
    }

    def copy(table: str, source: int, new: int, **fixed: object) -> None:
        names = columns[table]
        values = ", ".join("?" if n in fixed else n for n in names)
        db.execute(
            f"INSERT INTO {table} (id, {', '.join(names)}) SELECT ?, {values} FROM {table} "
            "WHERE id = ?",
            (new, *[fixed[n] for n in names if n in fixed], source),
        )

    # (The sorting entries' guard wants a lot being sorted and not overfilled, and the ledger
    # lines' triggers keep balances that copied lines could make negative: they write only
    # lot_sorting_totals, balances and category_stock, no page of a sealed table.)
    for trigger in ("sort_entries_guard", "postings_to_balances", "postings_to_category_stock"):
        db.execute(f"DROP TRIGGER {trigger}")
    added = dict.fromkeys(BIG, 0)
    for i in range(rows):
        if i % 10 == 0:
            db.execute("BEGIN")
        for table in ("audit", "sort_entries", "weighings"):
            new = top[table] + 1 + i
            source = sources[table][i % len(sources[table])]
            fixed: dict[str, object] = (
                {"uid": f"PF-{table}-{new}"} if "uid" in columns[table] else {}
            )
            if table == "sort_entries":
                fixed["reverses_id"] = None
            if table == "weighings":
                fixed["entry_id"] = top["sort_entries"] + 1 + i
            copy(table, source, new, **fixed)
            added[table] += 1
        if i % 10 == 0:
            new = top["journal"] + 1 + added["journal"]
            source = sources["journal"][(i // 10) % len(sources["journal"])]
            copy("journal", source, new, uid=f"PF-journal-{new}", reverses_id=None)
            added["journal"] += 1
            for (line,) in db.execute(
                "SELECT id FROM postings WHERE journal_id = ? ORDER BY id", (source,)
            ).fetchall():
                copy("postings", line, top["postings"] + 1 + added["postings"], journal_id=new)
                added["postings"] += 1
        if i % 10 == 9:
            db.execute("COMMIT")
    if db.in_transaction:
        db.execute("COMMIT")
    say(f"   appended: {added}")


def part_tamper(path: Path, *, vacuum: bool) -> None:
    say("5. a page seal against changes")
    clock = Clock()
    seals = reseal(path)
    say(f"   sealed every row now there {clock}")

    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA synchronous = OFF")  # (layout is the same; the experiment is quicker)
    clock = Clock()
    append_the_apps_way(db, 10000)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    say(f"   (b) 10,000 rows appended the app's way {clock}")
    compare(path, seals, "(b)")

    seals = reseal(path)
    for trigger in ("audit_no_update", "weighings_no_update"):
        db.execute(f"DROP TRIGGER {trigger}")
    middle = seals["audit"].leaves[len(seals["audit"].leaves) // 2]
    same_length = middle.first + 1
    db.execute(
        "UPDATE audit SET details = substr(details, 1, length(details) - 2) || '9}' WHERE id = ?",
        (same_length,),
    )
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    say(
        f"   (a) audit id {same_length} (page {middle.page}): one character of its details "
        "changed, "
        "same length, triggers dropped, through SQL:"
    )
    compare(path, seals, "(a)")
    seals = reseal(path)
    longer = seals["audit"].leaves[len(seals["audit"].leaves) // 3].first + 2
    db.execute("UPDATE audit SET details = details || ? WHERE id = ?", (" " * 600, longer))
    db.execute("UPDATE weighings SET mct = mct + 1 WHERE id = 1000")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    say(f"   (a') audit id {longer}'s details 600 bytes longer; weighing 1000's mct + 1:")
    compare(path, seals, "(a')")
    db.close()

    seals = reseal(path)
    target = seals["sort_entries"].leaves[100]
    with open(path, "r+b") as raw:  # a hex edit: the last byte of the page's content
        offset = target.page * PageFile(path).size - 1
        raw.seek(offset)
        byte = raw.read(1)
        raw.seek(offset)
        raw.write(bytes([byte[0] ^ 1]))
    say(
        f"   (a'') one byte flipped in page {target.page} (sort_entries ids "
        f"{target.first}-{target.last}) by a hex edit:"
    )
    compare(path, seals, "(a'')")

    seals = reseal(path)
    forge_interior(path, seals["audit"])
    compare(path, seals, "(a4)")
    seals = reseal(path)
    forge_key(path, seals["audit"])
    compare(path, seals, "(a5)")

    if vacuum:
        db = sqlite3.connect(path, isolation_level=None)
        clock = Clock()
        db.execute("VACUUM")
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()
        say(f"   (c) VACUUM {clock}")
        compare(path, seals, "(c)")


def forge_interior(path: Path, seal: TableSeal) -> None:
    """An attacker's edit that leaves every sealed leaf as it was: a sealed leaf copied to a
    new page at the end of the file with one byte changed, and its parent's pointer turned to
    the copy (the file's size in pages, in the header, raised to hold it)."""
    leaf = seal.leaves[len(seal.leaves) // 4]
    parent = next(n for n, (_b, children) in seal.settled.items() if leaf.page in children)
    query = "SELECT group_concat(rows, '') FROM audit WHERE id BETWEEN ? AND ?"
    db = sqlite3.connect(path)
    before = db.execute(query, (leaf.first, leaf.last)).fetchone()[0]
    db.close()
    pf = PageFile(path)
    size, pages = pf.size, os.path.getsize(path) // pf.size
    copy = bytearray(pf.page(leaf.page))
    data = bytearray(pf.page(parent))
    pf.close()
    copy[-1] ^= 1
    new = pages + 1
    count = struct.unpack_from(">H", data, 3)[0]
    spots = [struct.unpack_from(">H", data, 12 + 2 * i)[0] for i in range(count)] + [8]
    spot = next(at for at in spots if struct.unpack_from(">I", data, at)[0] == leaf.page)
    struct.pack_into(">I", data, spot, new)
    with open(path, "r+b") as raw:
        raw.seek((new - 1) * size)
        raw.write(copy)
        raw.seek((parent - 1) * size)
        raw.write(data)
        raw.seek(28)
        raw.write(new.to_bytes(4, "big"))
    db = sqlite3.connect(path)
    after = db.execute(query, (leaf.first, leaf.last)).fetchone()[0]
    whole = db.execute("PRAGMA quick_check").fetchall()
    part = db.execute("PRAGMA quick_check(audit)").fetchall()
    db.close()
    say(
        f"   (a4) audit ids {leaf.first}-{leaf.last}: page {leaf.page} copied to {new} with a "
        f"byte changed, its parent {parent} pointed at the copy; SQL reads them "
        f"{'changed' if after != before else 'the same'}; quick_check says {whole[0][0]!r}"
        f"{' ...' if len(whole) > 1 else ''}, quick_check(audit) {part[0][0]!r}"
    )


def forge_key(path: Path, seal: TableSeal) -> None:
    """An attacker's edit of an interior page alone: the key between two sealed leaves lowered
    below the left one's last rowid (a varint of the same length), so that seeks by those
    rowids go to the right-hand leaf and miss them, while every leaf stays byte-identical."""
    parent, ((_bounds, children)) = next((n, v) for n, v in seal.settled.items() if len(v[1]) > 3)
    by_page = {leaf.page: leaf for leaf in seal.leaves}
    left = by_page[children[1]]
    pf = PageFile(path)
    data = bytearray(pf.page(parent))
    pf.close()
    pointer = struct.unpack_from(">H", data, 12 + 2 * 1)[0]
    key, end = varint(data, pointer + 4)
    new = left.first + (left.last - left.first) // 2
    coded = bytearray()
    value = new
    while True:
        coded.insert(0, (value & 0x7F) | (0x80 if coded else 0))
        value >>= 7
        if not value:
            break
    if len(coded) != end - pointer - 4:
        say(f"   (a5) skipped: key {key} and {new} are varints of different lengths")
        return
    data[pointer + 4 : end] = coded
    with open(path, "r+b") as raw:
        raw.seek((parent - 1) * pf.size)
        raw.write(data)
    db = sqlite3.connect(path)
    sought = db.execute("SELECT count(*) FROM audit WHERE id = ?", (left.last,)).fetchone()[0]
    scanned = db.execute(
        "SELECT count(*) FROM audit WHERE id + 0 BETWEEN ? AND ?", (left.first, left.last)
    ).fetchone()[0]
    part = db.execute("PRAGMA quick_check(audit)").fetchall()
    db.close()
    say(
        f"   (a5) page {parent}'s key after leaf {left.page} (ids {left.first}-{left.last}) "
        f"lowered {key} -> {new}, no leaf touched: SQL seeking id {left.last} finds {sought} "
        f"row(s), a scan finds {scanned} of the leaf's {left.last - left.first + 1}; "
        f"quick_check(audit) says {part[0][0]!r}{' ...' if len(part) > 1 else ''}"
    )


def quick_check_tables(path: Path) -> None:
    """quick_check of each big table with its indexes, then without those that can be dropped
    (a UNIQUE column's index cannot): what SQLite's check of the table's own b-tree costs."""
    say("4'. PRAGMA quick_check(table) of the five big tables, with and without their indexes")
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA mmap_size = 0")
    db.execute("PRAGMA cache_size = -16384")
    spent = {}
    for table in BIG:
        clock = Clock()
        db.execute(f"PRAGMA quick_check({table})").fetchall()
        spent[table] = str(clock)
    for table in BIG:
        for (index,) in db.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? "
            "AND sql IS NOT NULL",
            (table,),
        ).fetchall():
            db.execute(f"DROP INDEX {index}")
    for table in BIG:
        left = [
            r[0]
            for r in db.execute(
                "SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = ?", (table,)
            )
        ]
        clock = Clock()
        db.execute(f"PRAGMA quick_check({table})").fetchall()
        say(f"   {table:12} with its indexes {spent[table]}; with only {left}: {clock}")
    db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path, required=True, help="never written: copied first")
    parser.add_argument("--only", default="1,2,3,4,5")
    parser.add_argument("--no-vacuum", action="store_true")
    parser.add_argument("--scratch", default="/tmp", help="where the copy is made")
    parser.add_argument("--keep", action="store_true", help="leave the copy behind")
    args = parser.parse_args()
    parts = set(args.only.split(","))
    say(f"load before: {uptime()}")
    scratch = Path(tempfile.mkdtemp(prefix="wt-pagefloor-", dir=args.scratch))
    path = scratch / "copy.db"
    try:
        clock = Clock()
        shutil.copyfile(args.db, path)
        if wal_size(args.db):  # (the given file's WAL, were it not empty: its newest pages)
            shutil.copyfile(wal_path(args.db), wal_path(path))
        say(f"copied {args.db} to {path} {clock}")
        db = sqlite3.connect(path, isolation_level=None)
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.execute("PRAGMA mmap_size = 0")
        db.execute("PRAGMA cache_size = -16384")  # (verify's readers' cache)
        if "1" in parts:
            part_dbstat(db)
        seals = part_walk(path, db) if parts & {"2", "3"} else {}
        if "3" in parts:
            part_wal(path, seals)
        if "4" in parts:
            part_quick_check(db)
        db.close()
        if "5" in parts:
            part_tamper(path, vacuum=not args.no_vacuum)
            if "4" in parts:
                quick_check_tables(path)
    finally:
        say(f"load after: {uptime()}")
        if args.keep:
            say(f"kept {scratch}")
        else:
            shutil.rmtree(scratch)


if __name__ == "__main__":
    main()
