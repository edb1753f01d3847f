"""The page reader of a page-level seal (``storage.pages``) against SQLite's own reading of
the same file: the same rows, the same leaves, the same overflow pages; and a change made to
the file meets the leaf it changed, and no other."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest

from sortapp.storage import pages


def _made(path: Path, page_size: int, rows: list[tuple[int, int]]) -> None:
    """A table ``t`` of (rowid, a payload of that many bytes), in a rollback-journal file."""
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA page_size = {page_size}")
    db.execute("CREATE TABLE other (x)")  # (so that t's root is not page 2)
    db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, body BLOB)")
    db.executemany("INSERT INTO t VALUES (?, randomblob(?))", rows)
    db.commit()
    db.close()


def _dbstat(path: Path) -> tuple[list[int], list[int]]:
    """(t's leaves in key order, its overflow pages in order) as SQLite's dbstat walks them."""
    db = sqlite3.connect(path)
    try:
        found = db.execute(
            "SELECT pageno, pagetype, path FROM dbstat WHERE name = 't' ORDER BY path"
        ).fetchall()
    finally:
        db.close()
    leaves = [n for n, kind, _p in found if kind == "leaf"]
    overflow = [n for n, kind, _p in found if kind == "overflow"]
    return leaves, overflow


def _root(path: Path) -> int:
    db = sqlite3.connect(path)
    try:
        return int(db.execute("SELECT rootpage FROM sqlite_schema WHERE name = 't'").fetchone()[0])
    finally:
        db.close()


@pytest.mark.parametrize("page_size", [512, 4096, 65536])
@pytest.mark.parametrize("shape", ["small", "overflowing", "sparse and negative"])
def test_the_walk_reads_the_rows_leaves_and_overflow_pages_sqlite_does(tmp_path, page_size, shape):
    rng = random.Random(f"{page_size} {shape}")
    if shape == "small":
        rows = [(i, rng.randrange(0, 60)) for i in range(1, 3001)]
    elif shape == "overflowing":
        rows = [(i, rng.choice([10, page_size, 3 * page_size + 7])) for i in range(1, 400)]
    else:
        ids = sorted(
            {rng.randrange(-(2**62), 2**62) for _ in range(2000)} | {0, 2**63 - 1, -(2**63)}
        )
        rows = [(i, rng.randrange(0, 200)) for i in ids]
    path = tmp_path / "t.db"
    _made(path, page_size, rows)
    with pages.PageFile(path) as pf:
        walked = pages.walk(pf, _root(path))
        read = [rowid for leaf in walked.leaves for rowid in pages.rows_of(pf, leaf)]
        leaves = [leaf.page for leaf in walked.leaves]
        overflow = [p for leaf in walked.leaves for p in leaf.overflow]
    assert read == sorted(i for i, _n in rows)
    assert (leaves, overflow) == _dbstat(path)
    assert all(
        leaf.first == min(pages.rows_of(pages.PageFile(path), leaf)) for leaf in walked.leaves[:3]
    )
    if shape == "overflowing":
        assert overflow, "no cell overflowed: the case tests nothing"


def _digests(path: Path) -> dict[int, tuple[int, int, bytes]]:
    with pages.PageFile(path) as pf:
        return {
            leaf.page: (leaf.first, leaf.last, pages.leaf_digest(pf, leaf))
            for leaf in pages.walk(pf, _root(path)).leaves
        }


def test_a_row_changed_by_hand_changes_the_digest_of_its_leaf_and_of_no_other(tmp_path):
    path = tmp_path / "t.db"
    _made(path, 4096, [(i, 40) for i in range(1, 5001)])
    before = _digests(path)
    db = sqlite3.connect(path)
    db.execute("UPDATE t SET body = zeroblob(40) WHERE id = 2500")  # (the same size)
    db.commit()
    db.close()
    after = _digests(path)
    assert before.keys() == after.keys()
    changed = [page for page in before if before[page] != after[page]]
    assert len(changed) == 1
    first, last, _digest = before[changed[0]]
    assert first <= 2500 <= last


def test_rows_appended_leave_every_full_leaf_as_it_was(tmp_path):
    path = tmp_path / "t.db"
    _made(path, 4096, [(i, 40) for i in range(1, 5001)])
    before = _digests(path)
    db = sqlite3.connect(path)
    db.executemany("INSERT INTO t VALUES (?, randomblob(40))", [(i,) for i in range(5001, 9001)])
    db.commit()
    db.close()
    after = _digests(path)
    kept = [page for page in before if after.get(page) == before[page]]
    # (only the right-most leaf, which took the next rows, differs)
    assert len(kept) == len(before) - 1


def test_a_forged_key_or_loop_in_an_interior_page_is_malformed(tmp_path):
    path = tmp_path / "t.db"
    _made(path, 512, [(i, 40) for i in range(1, 3001)])
    root = _root(path)
    with pages.PageFile(path) as pf:
        data = bytearray(pf.page(root))
        size = pf.size
    assert data[0] == pages.INTERIOR
    pointers = [int.from_bytes(data[12 + 2 * i : 14 + 2 * i], "big") for i in range(2)]
    # The second cell's key made the first's: keys no longer strictly increase.
    forged = bytearray(data)
    first_key = forged[pointers[0] + 4 : pointers[0] + 4 + 1]
    forged[pointers[1] + 4 : pointers[1] + 5] = first_key
    looped = bytearray(data)
    looped[8:12] = root.to_bytes(4, "big")  # the right-most child is the root itself
    for page in (forged, looped):
        with path.open("r+b") as f:
            f.seek((root - 1) * size)
            f.write(page)
        with pages.PageFile(path) as pf, pytest.raises(pages.Malformed):
            pages.walk(pf, root)


def _varint2(value: int) -> bytes:
    """A rowid of 128..16383 as SQLite's two-byte varint."""
    assert 128 <= value < 1 << 14
    return bytes([0x80 | value >> 7, value & 0x7F])


@pytest.mark.parametrize("forged", ["two cells swapped", "above its keys", "at its lower key"])
def test_a_leaf_forged_to_hold_rowids_out_of_order_or_outside_its_keys_is_malformed(
    tmp_path, forged
):
    """SQLite seeks a rowid through the parents' keys and then within the leaf in order: a
    leaf whose rowids do not strictly increase within its keys would show a scan rows a seek
    misses, so the reader calls it malformed (each bound, and the order, on its own)."""
    path = tmp_path / "t.db"
    _made(path, 512, [(i, 40) for i in range(1, 3001)])
    root = _root(path)
    with pages.PageFile(path) as pf:
        leaf = next(x for x in pages.walk(pf, root).leaves if x.first >= 200)
        data = bytearray(pf.page(leaf.page))
        size = pf.size
    assert leaf.low == leaf.first - 1 and leaf.high == leaf.last and leaf.cells >= 3
    pointers = [int.from_bytes(data[8 + 2 * i : 10 + 2 * i], "big") for i in range(leaf.cells)]
    if forged == "two cells swapped":
        data[8:12] = data[10:12] + data[8:10]
    elif forged == "above its keys":  # (the last cell's rowid one past its parent's key)
        data[pointers[-1] + 1 : pointers[-1] + 3] = _varint2(leaf.high + 1)
    else:  # (the first cell's rowid the key below it: still below the second's)
        data[pointers[0] + 1 : pointers[0] + 3] = _varint2(leaf.low)
    with path.open("r+b") as f:
        f.seek((leaf.page - 1) * size)
        f.write(data)
    with pages.PageFile(path) as pf, pytest.raises(pages.Malformed, match="out of order"):
        pages.walk(pf, root)
    with pages.PageFile(path) as pf, pytest.raises(pages.Malformed, match="out of order"):
        pages.sealed_leaves(pf, root, 3000)
    # Read for a seal that SQLite's own check of the same file must find sound first, a leaf
    # is read by its ends: their bounds are still held; the order of the cells between them
    # is that check's, which finds it.
    db = sqlite3.connect(path)
    try:
        checked = db.execute("PRAGMA quick_check").fetchall()
    finally:
        db.close()
    assert checked != [("ok",)] and "out of order" in checked[0][0]
    with pages.PageFile(path) as pf:
        if forged == "two cells swapped":
            assert pages.sealed_leaves(pf, root, 3000, sound=True)
        else:
            with pytest.raises(pages.Malformed, match="out of order"):
                pages.sealed_leaves(pf, root, 3000, sound=True)


@pytest.mark.parametrize("page_size", [512, 4096, 65536])
@pytest.mark.parametrize("shape", ["small", "two-byte sizes", "overflowing", "sparse"])
def test_a_sound_file_is_sealed_by_the_leaves_ends_as_by_every_cell(tmp_path, page_size, shape):
    """What a seal keeps of each leaf (first and last rowid, overflow pages, digest) is the
    same read by the ends of the leaves no cell of which overflows (``sound``) as read cell by
    cell: payloads of one-byte and two-byte sizes up to the page's most, and larger ones that
    overflow, side by side."""
    rng = random.Random(f"{page_size} {shape}")
    most = page_size - 35  # (the largest payload a 4096-byte page keeps whole: 4061)
    if shape == "small":
        rows = [(i, rng.randrange(0, 100)) for i in range(1, 8001)]
    elif shape == "two-byte sizes":
        rows = [
            (i, rng.choice([5, 127, 128, most - 4, rng.randrange(128, most - 4)]))
            for i in range(1, 1501)
        ]
    elif shape == "overflowing":  # (a run of rows of every size amid small ones)
        big = [10, 300, most - 4, most + 1, 3 * page_size]
        rows = [(i, rng.choice(big) if 4000 <= i < 4100 else 10) for i in range(1, 10001)]
    else:
        ids = sorted({rng.randrange(1, 2**62) for _ in range(6000)})
        rows = [(i, rng.randrange(0, 400)) for i in ids]
    path = tmp_path / "t.db"
    _made(path, page_size, rows)
    root, upto = _root(path), max(i for i, _n in rows)
    with pages.PageFile(path) as pf:
        every_cell = pages.sealed_leaves(pf, root, upto)
        ends = pages.sealed_leaves(pf, root, upto, sound=True)
        fast = sum(
            pages._ends(pf, data, number, low, high) is not None
            for number, low, high, data in pages._leaves(pf, root, set())
        )
    assert ends == every_cell and len(every_cell) >= 2
    assert fast > 0  # (some leaves read by their ends: else the case tests nothing)
    if shape == "overflowing":
        assert any(leaf.overflow for leaf in ends)


def test_a_cell_forged_with_a_payload_larger_than_the_file_or_a_looping_chain_is_malformed(
    tmp_path,
):
    """A cell added to a leaf, its payload's size a nine-byte varint of about 2 ** 59 bytes
    (so few of them on the page that the chain's first pointer is on it), its overflow chain
    pointing back at its first page; or a size of a few pages with the same loop: each is
    malformed at once, where the reader followed the chain for every page the size asks."""
    path = tmp_path / "t.db"
    _made(path, 512, [(i, 40) for i in range(1, 4)])
    root = _root(path)
    with pages.PageFile(path) as pf:
        data = bytearray(pf.page(root))
        room, least, pages_in_file = pf.overflow_room, pf.min_local, pf.pages
    assert data[0] == pages.LEAF and int.from_bytes(data[3:5], "big") == 3
    looped = 2  # (the other table's page: its first 4 bytes, the next pointer, set to itself)
    assert root != looped and pages_in_file >= 3
    for size, expected in (
        (least + room * 2**50, "larger than the file"),
        (least + room * 3, f"overflow page {looped} met twice"),
    ):
        forged = bytearray(data)
        cell = 200  # (free space between the pointers and the cells, at the page's end)
        size_bytes = [0x80 | (size >> (8 + 7 * (7 - i))) & 0x7F for i in range(8)]
        body = bytes(size_bytes) + bytes([size & 0xFF]) + bytes([4])  # (size, then rowid 4)
        forged[cell : cell + len(body)] = body
        at = cell + len(body) + least  # (the first overflow page's pointer)
        forged[at : at + 4] = looped.to_bytes(4, "big")
        forged[3:5] = (4).to_bytes(2, "big")
        forged[8 + 6 : 8 + 8] = cell.to_bytes(2, "big")
        assert pages.varint(bytes(forged), cell) == (size, cell + 9)
        with path.open("r+b") as f:
            f.seek((root - 1) * 512)
            f.write(forged)
            f.seek((looped - 1) * 512)
            f.write(looped.to_bytes(4, "big"))
        with pages.PageFile(path) as pf, pytest.raises(pages.Malformed, match=expected):
            pages.sealed_leaves(pf, root, 10)


def _seal(path: Path, upto: int) -> list[pages.SealedLeaf]:
    with pages.PageFile(path) as pf:
        return pages.sealed_leaves(pf, _root(path), upto)


def _unchanged(path: Path, sealed: list[pages.SealedLeaf]) -> list[pages.SealedLeaf]:
    with pages.PageFile(path) as pf:
        return pages.proven(pf, _root(path), sealed)[0]


def _spans(path: Path, sealed: list[pages.SealedLeaf]) -> list[tuple[int, int]]:
    with pages.PageFile(path) as pf:
        return pages.proven(pf, _root(path), sealed)[1]


def test_a_seal_of_pages_holds_after_appends_and_not_where_a_row_was_changed(tmp_path):
    path = tmp_path / "t.db"
    _made(path, 4096, [(i, n) for i, n in zip(range(1, 5001), [40, 900] * 2500, strict=True)])
    sealed = _seal(path, 5000)
    assert len(sealed) > 20 and sealed[0].first == 1
    assert sealed[-1].last < 5000  # (not the right-most leaf: the next rows go there)
    db = sqlite3.connect(path)
    db.executemany("INSERT INTO t VALUES (?, randomblob(40))", [(i,) for i in range(5001, 7001)])
    db.commit()
    assert _unchanged(path, sealed) == sealed
    db.execute("UPDATE t SET body = zeroblob(900) WHERE id = 2000")
    db.commit()
    db.close()
    left = _unchanged(path, sealed)
    [hit] = [leaf for leaf in sealed if leaf not in left]
    assert hit.first <= 2000 <= hit.last
    # The spans proven: up to the leaf before, and from the leaf after it to the seal's last.
    before = sealed[sealed.index(hit) - 1]
    after = sealed[sealed.index(hit) + 1]
    assert _spans(path, sealed) == [(1, before.last), (after.first, sealed[-1].last)]
    spans = _spans(path, sealed)
    assert pages.covered(spans, 1, before.last) and pages.covered(spans, after.first, after.last)
    assert not pages.covered(spans, 1, 2000) and not pages.covered(spans, 2000, 2000)
    assert not pages.covered(spans, before.last, after.first)
    assert not pages.covered(spans, sealed[-1].last, sealed[-1].last + 1)


def test_a_parent_pointed_at_a_forged_copy_of_a_sealed_leaf_loses_it(tmp_path):
    """The attack a digest of the leaves alone would miss: the leaf left as it was, and its
    parent pointed at a copy with a row changed, appended to the file."""
    path = tmp_path / "t.db"
    _made(path, 512, [(i, 40) for i in range(1, 3001)])
    sealed = _seal(path, 3000)
    victim = sealed[len(sealed) // 2]
    with pages.PageFile(path) as pf:
        size, count = pf.size, pf.pages
        copy = bytearray(pf.page(victim.page))
        parent = next(
            n
            for n in range(1, count + 1)
            if pf.page(n)[0] == pages.INTERIOR
            and any(c == victim.page for c, _l, _h in pages.children(pf.page(n), n, None, None))
        )
        data = bytearray(pf.page(parent))
    copy[-10] ^= 0xFF  # a byte of the last row's body
    at = data.find(victim.page.to_bytes(4, "big"), 8)
    data[at : at + 4] = (count + 1).to_bytes(4, "big")
    with path.open("r+b") as f:
        f.seek((parent - 1) * size)
        f.write(data)
        f.seek(count * size)
        f.write(copy)
        f.seek(28)  # (the header's count of pages, which SQLite trusts)
        f.write((count + 1).to_bytes(4, "big"))
    # (SQLite reads the forged copy: the change shows through SQL)
    db = sqlite3.connect(path)
    assert db.execute("SELECT count(*) FROM t").fetchone()[0] == 3000
    db.close()
    left = _unchanged(path, sealed)
    assert victim not in left
    assert len(left) == len(sealed) - 1


def test_a_sealed_leaf_unhooked_from_its_parent_leaves_its_rows_unproven(tmp_path):
    """An eighth attack round (2026-12-06) took a sealed leaf's cell out of its parent (its
    rows gone from the table, the page freed): the leaves either side, each as sealed, were
    met one after the other and proved one span over the rows that were gone, so a sealed
    verify said OK. A span runs only over leaves next to each other in the seal too."""
    path = tmp_path / "t.db"
    _made(path, 512, [(i, 40) for i in range(1, 3001)])
    sealed = _seal(path, 3000)
    with pages.PageFile(path) as pf:
        size, count = pf.size, pf.pages
        parents = [
            n
            for n in range(1, count + 1)
            if pf.page(n)[0] == pages.INTERIOR
            and all(
                pf.page(c)[0] == pages.LEAF
                for c, _l, _h in pages.children(pf.page(n), n, None, None)
            )
        ]
        parent = parents[len(parents) // 2]
        data = bytearray(pf.page(parent))
    at = 100 if parent == 1 else 0
    cells = int.from_bytes(data[at + 3 : at + 5], "big")
    pointers = [
        int.from_bytes(data[at + 12 + 2 * i : at + 14 + 2 * i], "big") for i in range(cells)
    ]
    middle = cells // 2  # (a cell's child, not the right-most pointer's)
    child = int.from_bytes(data[pointers[middle] : pointers[middle] + 4], "big")
    [victim] = [leaf for leaf in sealed if leaf.page == child]
    del pointers[middle]
    data[at + 3 : at + 5] = (cells - 1).to_bytes(2, "big")
    data[at + 12 : at + 12 + 2 * cells] = b"".join(p.to_bytes(2, "big") for p in pointers) + bytes(
        2
    )
    with path.open("r+b") as f:
        f.seek((parent - 1) * size)
        f.write(data)
    db = sqlite3.connect(path)
    assert db.execute("SELECT count(*) FROM t").fetchone()[0] == 3000 - (
        victim.last - victim.first + 1
    )
    db.close()
    left = _unchanged(path, sealed)
    assert victim not in left and len(left) == len(sealed) - 1  # (every other leaf as sealed)
    spans = _spans(path, sealed)
    assert not pages.covered(spans, victim.first, victim.first)
    assert not pages.covered(spans, victim.last, victim.last)
    before, after = sealed[sealed.index(victim) - 1], sealed[sealed.index(victim) + 1]
    assert pages.covered(spans, before.first, before.last)
    assert pages.covered(spans, after.first, after.last)


def test_a_seal_of_pages_is_written_and_read_back_whole_and_made_again_from_known_leaves(tmp_path):
    path = tmp_path / "t.db"
    _made(path, 1024, [(i, 3000 if i % 7 == 0 else 30) for i in range(1, 4001)])
    with pages.PageFile(path) as pf:
        sealed = pages.sealed_leaves(pf, _root(path), 4000)
        assert any(leaf.overflow for leaf in sealed)
        data = pages.seal_bytes(pf, "t", sealed)
        assert pages.leaves_of(pf, "t", data) == sealed
        assert pages.leaves_of(pf, "other", data) == []
        assert pages.leaves_of(pf, "t", data[:-4]) == []  # (not whole)
        # Made again with what a run proved: the same seal, the known leaves not read again.
        known, _spans = pages.proven(pf, _root(path), sealed)
        assert known == sealed
        assert pages.sealed_leaves(pf, _root(path), 4000, known) == sealed
    # A seal is of rows up to its ``upto`` only.
    with pages.PageFile(path) as pf:
        fewer = pages.sealed_leaves(pf, _root(path), 2000)
    assert fewer and fewer[-1].last <= 2000 and fewer == [s for s in sealed if s.last <= 2000]


def test_a_byte_changed_on_an_overflow_page_unseals_its_leaf_and_no_other(tmp_path):
    """A row's tail lies on overflow pages, not on its leaf: a byte written there by hand (the
    leaf's own page untouched) is caught by the leaf's digest as a change on the leaf is."""
    path = tmp_path / "t.db"
    _made(path, 1024, [(i, 3000 if i % 7 == 0 else 30) for i in range(1, 4001)])
    sealed = _seal(path, 4000)
    victim = next(leaf for leaf in sealed[len(sealed) // 2 :] if leaf.overflow)
    with pages.PageFile(path) as pf:
        size = pf.size
    with path.open("r+b") as f:
        f.seek((victim.overflow[-1] - 1) * size + size // 2)  # (within the row's tail)
        byte = f.read(1)[0]
        f.seek(-1, 1)
        f.write(bytes([byte ^ 0xFF]))
    left = _unchanged(path, sealed)
    assert victim not in left
    assert len(left) == len(sealed) - 1


def test_a_cell_forged_to_run_off_its_page_is_malformed_not_a_crash(tmp_path):
    """A cell pointer at the page's end, its varint running on past it (only a forged page):
    the walk says malformed; the proof proves nothing; neither raises anything else."""
    path = tmp_path / "t.db"
    _made(path, 512, [(i, 40) for i in range(1, 3001)])
    sealed = _seal(path, 3000)
    root = _root(path)
    with pages.PageFile(path) as pf:
        data = bytearray(pf.page(root))
        size = pf.size
    data[12:14] = (size - 5).to_bytes(2, "big")  # the first cell: at the end of the page
    data[size - 5 :] = b"\xff" * 5  # a child page, then a varint that never ends
    with path.open("r+b") as f:
        f.seek((root - 1) * size)
        f.write(data)
    with pages.PageFile(path) as pf, pytest.raises(pages.Malformed):
        pages.walk(pf, root)
    assert _unchanged(path, sealed) == []
