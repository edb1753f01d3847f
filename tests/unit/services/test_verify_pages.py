"""verify's seal of pages (``storage.pages``; issue 15): the audit entries up to a seal proven
by the bytes of their leaves where the file's pages are the snapshot's, by their digests
through SQL where not, and a change made outside sortapp found either way."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from sortapp.services import site, verify
from sortapp.storage import integrity, pages, rowcover
from sortapp.storage.db import open_db
from tests.conftest import PASSWORD, make_sorted_lot
from tests.forger import raw_edit

pytestmark = pytest.mark.sqlite_only("a seal of pages is of a SQLite file's pages")


def _sealed(db, who, lots: int = 14) -> dict:
    """A history of ``lots`` sorted lots (a few hundred audit entries: many leaves), chunks of
    8 entries, sealed by a key holder: the seal's audit part."""
    for i in range(lots):
        make_sorted_lot(db, who.olu, f"M{i}")
    assert verify.verify(db, site.login(db, "admin", PASSWORD), seal=True).ok
    return json.loads(integrity.latest_seal(db)[1])["audit"]


def _digested(monkeypatch, family: str = "audit") -> list[tuple[int, int]]:
    """The chunks of ``family`` digested through SQL from here on."""
    seen: list[tuple[int, int]] = []
    real = integrity.chunk_digest

    def spy(db, name, first, last):
        if name == family:
            seen.append((first, last))
        return real(db, family, first, last)

    monkeypatch.setattr(integrity, "chunk_digest", spy)
    return seen


@pytest.fixture
def small_chunks(monkeypatch):
    monkeypatch.setattr(integrity, "CHUNK", 8)


def test_a_seal_keeps_its_pages_and_the_next_run_reads_the_sealed_chunks_by_them(
    db, db_path, who, monkeypatch, small_chunks
):
    sealed = _sealed(db, who)
    pages = sealed["pages"]
    assert pages["leaves"] > 5, pages  # (every leaf but the right-most)
    assert integrity.page_seal_path(str(db_path), "audit").is_file()
    digested = _digested(monkeypatch)
    again = verify.verify(db, parallel=False)
    assert again.ok, again.problems
    chunks = len(integrity.chunk_ranges(sealed["upto"], 8))
    # Only the chunks that reach past the sealed leaves (the right-most's rows) through SQL.
    assert 0 < len(digested) <= 3 < chunks, (digested, chunks)


@pytest.mark.parametrize("reader", ["no other reader", "a reader of the snapshot before"])
def test_an_audit_entry_changed_outside_sortapp_after_a_seal_of_pages_is_found(
    db, db_path, who, small_chunks, reader
):
    """The change lands in the leaf's page; or, while another connection reads the snapshot
    before it, stays in the write-ahead log, the file's page as sealed (no checkpoint may write
    it): the file's own pages are then not the snapshot's, and the rows are read through SQL."""
    _sealed(db, who)
    holder = None
    if reader != "no other reader":
        holder = sqlite3.connect(db_path)
        holder.execute("BEGIN")
        holder.execute("SELECT count(*) FROM audit").fetchone()
    raw_edit(db_path, "UPDATE audit SET \"user\" = 'mallory' WHERE id = 40")
    try:
        report = verify.verify(db, parallel=False)
    finally:
        if holder is not None:
            holder.close()
    assert any("its content does not match its hash" in p for p in report.problems), report.problems


@pytest.mark.parametrize("damage", ["lost", "changed", "another seal's"])
def test_a_seal_of_pages_lost_or_changed_proves_nothing_and_the_rows_are_read(
    db, db_path, who, monkeypatch, small_chunks, damage
):
    sealed = _sealed(db, who)
    kept = integrity.page_seal_path(str(db_path), "audit")
    if damage == "lost":
        kept.unlink()
    elif damage == "changed":
        data = bytearray(kept.read_bytes())
        data[-1] ^= 1
        kept.write_bytes(bytes(data))
    else:
        make_sorted_lot(db, who.olu, "X1")
        assert verify.verify(db, site.login(db, "admin", PASSWORD), seal=True).ok
        old = kept.read_bytes()
        make_sorted_lot(db, who.olu, "X2")
        assert verify.verify(db, site.login(db, "admin", PASSWORD), seal=True).ok
        kept.write_bytes(old)  # (the file of the seal before the newest)
        sealed = json.loads(integrity.latest_seal(db)[1])["audit"]
    digested = _digested(monkeypatch)
    report = verify.verify(db, parallel=False)
    assert report.ok, report.problems
    assert set(integrity.chunk_ranges(sealed["upto"], 8)) <= set(digested)


def test_after_a_vacuum_the_pages_prove_nothing_and_the_seal_still_serves(
    db, db_path, who, monkeypatch, small_chunks
):
    sealed = _sealed(db, who)
    raw = sqlite3.connect(db_path)
    raw.execute("VACUUM")
    raw.close()
    digested = _digested(monkeypatch)
    report = verify.verify(db, parallel=False)
    assert report.ok, report.problems
    assert set(integrity.chunk_ranges(sealed["upto"], 8)) <= set(digested)


# -- the ledger entries: the journal's pages and their lines' ---------------------------------


def _ledger_sealed(db, who) -> dict:
    """Fifty sorted lots (a hundred ledger entries, 350 lines: three or four leaves of each), chunks
    of 8, sealed: the seal's part of the ledger entries."""
    _sealed(db, who, lots=50)
    return json.loads(integrity.latest_seal(db)[1])["journal"]


def _sealed_last(db_path, table: str) -> int:
    """The greatest id in the leaves of ``table`` its seal of pages holds."""
    data = integrity.page_seal_path(str(db_path), table).read_bytes()
    with pages.PageFile(db_path) as pf:
        return max(leaf.last for leaf in pages.leaves_of(pf, table, data))


def test_a_seal_keeps_the_ledger_s_pages_and_the_next_run_reads_its_chunks_by_them(
    db, db_path, who, monkeypatch, small_chunks
):
    sealed = _ledger_sealed(db, who)
    chunks = integrity.chunk_ranges(sealed["upto"], 8)
    assert sealed["pages"]["leaves"] >= 3 and sealed["lines"]["leaves"] >= 2, sealed
    spans = sealed["lines"]["spans"]
    assert len(spans) == len(chunks) > 5
    # Each chunk's lines: the postings of its entries, and only those, one span after another.
    raw = sqlite3.connect(db_path)
    for (first, last), (low, high) in zip(chunks, spans, strict=True):
        assert raw.execute(
            "SELECT min(id), max(id) FROM postings WHERE journal_id BETWEEN ? AND ?", (first, last)
        ).fetchone() == (low, high)
    raw.close()
    assert integrity.page_seal_path(str(db_path), "journal").is_file()
    assert integrity.page_seal_path(str(db_path), "postings").is_file()
    digested = _digested(monkeypatch, "journal")
    again = verify.verify(db, parallel=False)
    assert again.ok, again.problems
    # Only the chunks whose entries or lines reach the right-most leaves (which no seal of pages
    # holds: the next rows go there) through SQL.
    entries, lines = _sealed_last(db_path, "journal"), _sealed_last(db_path, "postings")
    beyond = [
        chunk
        for chunk, span in zip(chunks, spans, strict=True)
        if chunk[1] > entries or span[1] > lines
    ]
    assert digested == beyond and len(beyond) < len(chunks) / 2, (digested, chunks)


#: Edits of the ledger outside sortapp after a seal of its pages: a line of an entry of the
#: third chunk (ids 17..24) changed in its leaf, one added after every line (its leaf is not
#: sealed), the newest line moved to that entry (the same), one moved between sealed entries,
#: every line of that chunk's entries deleted (no line left to name them); or the entry
#: itself changed in its leaf.
LEDGER_EDITS = {
    "an entry changed": "UPDATE journal SET reason = 'forged' WHERE id = {entry}",
    "a chunk's lines deleted": "DELETE FROM postings WHERE journal_id BETWEEN 17 AND 24",
    "a line changed": "UPDATE postings SET mct = mct + 1 WHERE id = {line}",
    "a line added": """INSERT INTO postings (journal_id, place, lot_id, category_id, parcel_id,
                                            loss_type, mct, stones)
                       SELECT journal_id, place, lot_id, category_id, parcel_id, loss_type, mct,
                              stones FROM postings WHERE id = {line}""",
    "the newest line moved": """UPDATE postings SET journal_id = {entry}
                                WHERE id = (SELECT max(id) FROM postings)""",
    "a line moved between entries": "UPDATE postings SET journal_id = 3 WHERE id = {line}",
}


@pytest.mark.parametrize("edit", LEDGER_EDITS)
def test_a_ledger_entry_or_line_changed_outside_sortapp_after_its_pages_are_sealed_is_found(
    db, db_path, who, monkeypatch, small_chunks, edit
):
    _ledger_sealed(db, who)
    raw = sqlite3.connect(db_path)
    line = raw.execute("SELECT min(id) FROM postings WHERE journal_id = 20").fetchone()[0]
    raw.close()
    raw_edit(db_path, LEDGER_EDITS[edit].format(line=line, entry=20))
    report = verify.verify(db, parallel=False)
    assert any("its lines do not match its hash" in problem for problem in report.problems), (
        report.problems
    )


@pytest.mark.parametrize("lost", ["journal", "postings"])
def test_a_ledger_seal_of_pages_lost_proves_nothing_and_the_entries_are_read(
    db, db_path, who, monkeypatch, small_chunks, lost
):
    sealed = _ledger_sealed(db, who)
    integrity.page_seal_path(str(db_path), lost).unlink()
    digested = _digested(monkeypatch, "journal")
    report = verify.verify(db, parallel=False)
    assert report.ok, report.problems
    assert set(integrity.chunk_ranges(sealed["upto"], 8)) <= set(digested)


def test_the_lines_of_chunks_are_spans_one_after_another_or_none(db, who):
    """``line_spans``: each chunk's lines in one span of ids after the chunk's before; chunks
    read in another order than their lines' are not so stored (no seal of the lines)."""
    for i in range(3):
        make_sorted_lot(db, who.olu, f"M{i}")
    spans = integrity.line_spans(db, [(1, 2), (3, 4), (5, 10**6)])
    assert spans is not None and all(spans), spans
    assert spans[0][1] < spans[1][0] and spans[1][1] < spans[2][0]
    assert integrity.line_spans(db, [(3, 4), (1, 2)]) is None
    assert integrity.line_spans(db, [(10**6, 10**7)]) == [None]


# -- the protected rows: the weighings' pages -------------------------------------------------


def _sealed_ids(db_path, table: str) -> tuple[int, int]:
    """The least and the greatest id in the leaves of ``table`` its seal of pages holds."""
    data = integrity.page_seal_path(str(db_path), table).read_bytes()
    with pages.PageFile(db_path) as pf:
        leaves = pages.leaves_of(pf, table, data)
    return min(leaf.first for leaf in leaves), max(leaf.last for leaf in leaves)


def _rows_digested(monkeypatch, table: str) -> list[int]:
    """The chunks of ``table``'s protected rows read again from here on: their texts digested,
    or (a chunk sealed without that digest) their rows' hashes."""
    seen: list[int] = []
    texts, hashes = rowcover.chunk_text_digests, rowcover.chunk_hashes

    def spy(db, name, chunks):
        chunks = list(chunks)
        if name == table:
            seen.extend(chunks)
        return texts(db, name, chunks)

    def spy_hashes(db, name, chunk):
        if name == table:
            seen.append(chunk)
        return hashes(db, name, chunk)

    monkeypatch.setattr(rowcover, "chunk_text_digests", spy)
    monkeypatch.setattr(rowcover, "chunk_hashes", spy_hashes)
    return seen


def test_a_seal_keeps_the_weighings_pages_and_the_next_run_only_counts_their_chunks(
    db, db_path, who, monkeypatch
):
    monkeypatch.setattr(rowcover, "ROW_CHUNK", 8)
    _sealed(db, who, lots=50)
    part = json.loads(integrity.latest_seal(db)[1])["rows"]
    assert part["pages"]["weighings"]["leaves"] >= 2, part["pages"]
    chunks = sorted(int(chunk) for chunk in part["tables"]["weighings"])
    first, last = _sealed_ids(db_path, "weighings")
    digested = _rows_digested(monkeypatch, "weighings")
    again = verify.verify(db, parallel=False)
    assert again.ok, again.problems
    # Read: the chunks that reach beyond the sealed leaves (below the first id, into the
    # right-most leaf); the others only counted.
    beyond = [chunk for chunk in chunks if chunk * 8 < first or chunk * 8 + 7 > last]
    assert digested == beyond and len(beyond) < len(chunks) / 2, (digested, chunks)
    assert (
        again.checked["protected rows"]
        == verify.verify(db, parallel=False, full=True).checked["protected rows"]
    )


def test_without_its_pages_a_weighings_chunk_is_read_by_its_rows_hashes(
    db, db_path, who, monkeypatch
):
    """A first run seals the weighings' chunks by their rows' hashes alone (its seal of their
    pages proves them after): where those pages are not found as sealed (here, their seal
    gone), each chunk is read again by its rows' hashes, against the seal's digest of them, and
    no more of the log is replayed; a weighing changed outside sortapp then is named."""
    monkeypatch.setattr(rowcover, "ROW_CHUNK", 8)
    _sealed(db, who, lots=50)
    part = json.loads(integrity.latest_seal(db)[1])["rows"]["tables"]["weighings"]
    assert len(part) > 5 and all(text == "" and state for text, state in part.values())
    integrity.page_seal_path(str(db_path), "weighings").unlink()
    digested = _rows_digested(monkeypatch, "weighings")
    replayed = []
    real = rowcover.replay_streamed
    monkeypatch.setattr(
        rowcover, "replay_streamed", lambda *args: replayed.append(1) or real(*args)
    )
    again = verify.verify(db, parallel=False)
    assert again.ok, again.problems
    assert sorted(digested) == sorted(int(chunk) for chunk in part) and replayed == []
    raw_edit(db_path, "UPDATE weighings SET mct = mct + 1 WHERE id = 40")
    report = verify.verify(db, parallel=False)
    assert any("weighings" in p and "changed outside sortapp" in p for p in report.problems)


def test_a_first_run_that_cannot_seal_the_weighings_pages_keeps_their_texts_digest(
    db, who, monkeypatch
):
    """Where a first run's snapshot cannot seal the weighings' pages (the write-ahead log not
    emptied as it began), nothing proves their chunks next time but their digests: the texts'
    is kept, the cheaper to read them by."""
    monkeypatch.setattr(rowcover, "ROW_CHUNK", 8)
    monkeypatch.setattr(integrity, "pages_ready", lambda db, table: None)
    _sealed(db, who, lots=20)
    part = json.loads(integrity.latest_seal(db)[1])["rows"]["tables"]["weighings"]
    assert len(part) > 3 and all(text and state for text, state in part.values())


def test_a_weighing_changed_outside_sortapp_after_its_pages_are_sealed_is_found(
    db, db_path, who, monkeypatch
):
    monkeypatch.setattr(rowcover, "ROW_CHUNK", 8)
    _sealed(db, who, lots=50)
    raw_edit(db_path, "UPDATE weighings SET mct = mct + 1 WHERE id = 40")
    report = verify.verify(db, parallel=False)
    assert any("changed outside sortapp" in p for p in report.problems), report.problems


# -- the sorting entries: their pages, and the names their texts hold -------------------------


def test_a_seal_keeps_the_sorting_entries_pages_and_the_next_run_reads_its_chunks_by_them(
    db, db_path, who, monkeypatch, small_chunks
):
    _sealed(db, who, lots=50)
    sealed = json.loads(integrity.latest_seal(db)[1])["entries"]
    assert sealed["pages"]["leaves"] >= 2 and set(sealed["pages"]["names"]) == {
        "lots",
        "categories",
    }
    chunks = integrity.chunk_ranges(sealed["upto"], 8)
    first, last = _sealed_ids(db_path, "sort_entries")
    seen = _digested(monkeypatch, "entries")
    again = verify.verify(db, parallel=False)
    assert again.ok, again.problems
    beyond = [chunk for chunk in chunks if chunk[0] < first or chunk[1] > last]
    assert seen == beyond and len(beyond) < len(chunks) / 2, (seen, chunks)


#: Edits outside sortapp after a seal of the sorting entries' pages: an entry in its leaf, or a
#: name its text holds of another row (its lot's number, its category's code: not in its leaf).
ENTRY_EDITS = {
    "an entry changed": "UPDATE sort_entries SET mct = mct + 1 WHERE id = 20",
    "its lot's number changed": """UPDATE lots SET number = 'FORGED'
                                   WHERE id = (SELECT lot_id FROM sort_entries WHERE id = 20)""",
    "its category's code changed": """UPDATE categories SET code = 'FORGED'
                                      WHERE id = (SELECT category_id FROM sort_entries
                                                  WHERE id = 20)""",
}


@pytest.mark.parametrize("edit", ENTRY_EDITS)
def test_a_sorting_entry_or_a_name_it_holds_changed_after_its_pages_are_sealed_is_found(
    db, db_path, who, small_chunks, edit
):
    _sealed(db, who, lots=50)
    raw_edit(db_path, ENTRY_EDITS[edit])
    report = verify.verify(db, parallel=False)
    assert any(
        problem.startswith("sorting entry") and "does not match the audit log" in problem
        for problem in report.problems
    ), report.problems


def test_spans_met_are_the_ids_in_both():
    met = verify._meet([(1, 5), (8, 10), (20, 30)], [(3, 9), (10, 25)])
    assert met == [(3, 5), (8, 9), (10, 10), (20, 25)]
    assert verify._meet([(1, 2)], [(3, 4)]) == [] == verify._meet([], [(1, 9)])


def test_the_lines_outside_the_sealed_spans_are_read_from_the_table_not_an_index(db):
    """An index covering ``journal_id`` would answer ``lines_outside`` without the table's
    rows (SQLite prefers it for a wide range of ids): one edited outside sortapp could then
    hide a line added to a sealed entry."""
    plan = " ".join(
        str(row[-1])
        for row in db.execute(
            f"EXPLAIN QUERY PLAN {integrity.LINES_NAMED}", (-(2**63), 0, 10**6)
        ).fetchall()
    )
    assert "INTEGER PRIMARY KEY" in plan and "INDEX" not in plan.replace("PRIMARY KEY", ""), plan


def _pages_of(path, *names: str) -> tuple[list[int], int]:
    """The page numbers of the b-trees ``names`` in the file at ``path``, and its page size."""
    raw = sqlite3.connect(path)
    pages_of = "SELECT pageno FROM dbstat WHERE name = ? ORDER BY pageno"
    found = sorted(n for name in names for (n,) in raw.execute(pages_of, (name,)))
    size = raw.execute("PRAGMA page_size").fetchone()[0]
    raw.close()
    return found, size


def _copy_pages(source, target, numbers, size: int) -> None:
    """Write the pages ``numbers`` of the file ``source`` over those of the file ``target``."""
    data = source.read_bytes()
    with open(target, "r+b") as file:
        for number in numbers:
            file.seek((number - 1) * size)
            file.write(data[(number - 1) * size : number * size])


def _edited_copy(db, db_path, tmp_path, statements, btrees) -> tuple[Path, list[int], int]:
    """Edit a copy of the file as someone with it can: ``db`` closed first (the file may grow),
    ``statements`` run on the copy (triggers dropped). Return the copy, the pages of the
    b-trees ``btrees`` (the same in both: the edit adds none to them) and the page size."""
    db.close()
    for stale in (f"{db_path}-wal", f"{db_path}-shm"):
        Path(stale).unlink(missing_ok=True)
    copy = tmp_path / "copy.db"
    shutil.copy(db_path, copy)
    raw_edit(copy, *statements)
    (same, size), (copied, _size) = (_pages_of(path, *btrees) for path in (db_path, copy))
    assert same == copied, (same, copied)
    return copy, same, size


def _quick_check_passes(path) -> None:
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    raw.close()


def _only_btrees_written(db, db_path, tmp_path, statements, btrees) -> None:
    """``statements`` run on a copy of the file (``_edited_copy``), and only the pages of the
    b-trees ``btrees`` written back into the file: every other b-tree (the table's other
    indexes, or the table itself) reads as it did; ``quick_check`` passes."""
    copy, written, size = _edited_copy(db, db_path, tmp_path, statements, btrees)
    _copy_pages(copy, db_path, written, size)
    _quick_check_passes(db_path)


@pytest.mark.parametrize(
    "statement",
    [
        "DELETE FROM postings WHERE id = {line}",
        "UPDATE postings SET journal_id = 21 WHERE id = {line}",
    ],
    ids=["a line hidden", "a line moved to the next entry"],
)
def test_the_index_the_ledger_reads_its_lines_by_edited_after_a_seal_of_pages_is_found(
    db, db_path, who, small_chunks, tmp_path, statement
):
    """The ledger's lines are read through ``postings_by_journal``, whose pages the seal of the
    table's pages does not cover: an index edited alone (``quick_check`` finds nothing) changes
    what the entry's lines read, and is found as it was before the seal of pages."""
    _ledger_sealed(db, who)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    line = db.execute("SELECT max(id) FROM postings WHERE journal_id = 20").fetchone()[0]
    # (Edit ``postings_by_journal`` alone: the table's pages, and the seal of them, stay.)
    _only_btrees_written(
        db, db_path, tmp_path, (statement.format(line=line),), ("postings_by_journal",)
    )
    fresh = open_db(db_path)
    try:
        report = verify.verify(fresh, parallel=False)
    finally:
        fresh.close()
    assert any("its lines do not match its hash" in problem for problem in report.problems), (
        report.problems
    )


def _written_back(db, db_path, tmp_path, statements, kept) -> None:
    """Edit the file as someone with it can, but not the b-trees ``kept``: ``statements`` run
    on a copy (triggers dropped), and every page of the copy written back into the file but
    theirs (``_edited_copy``), which still read as they did; ``quick_check`` passes."""
    copy, left, size = _edited_copy(db, db_path, tmp_path, statements, kept)
    kept_pages = set(left)
    every = range(1, copy.stat().st_size // size + 1)
    _copy_pages(copy, db_path, [n for n in every if n not in kept_pages], size)
    _quick_check_passes(db_path)


def _table_edited(db, db_path, tmp_path, *statements: str, kept=("postings_by_journal",)):
    """Edit ``postings`` and what its triggers keep (the balances, the stock by category), but
    not ``postings_by_journal`` (nor the other b-trees ``kept``): the lines added are in the
    table, not in that index."""
    _written_back(db, db_path, tmp_path, statements, kept)
    raw = sqlite3.connect(db_path)
    left_out = "SELECT count(*) FROM postings {} WHERE journal_id = {}"
    entry = int(statements[0].split("VALUES (")[1].split(",")[0])
    assert (
        raw.execute(left_out.format("NOT INDEXED", entry)).fetchone()[0]
        > raw.execute(left_out.format("INDEXED BY postings_by_journal", entry)).fetchone()[0]
    )
    raw.close()


def _lines_naming(entry: int, db) -> tuple[str, str]:
    """Two ledger lines naming journal entry ``entry``: 5,000 ct into stock from the world,
    for a lot and category in stock (they balance, and the balances follow them)."""
    lot, category = db.execute(
        "SELECT lot_id, category_id FROM postings WHERE place = 'stock' AND mct > 0 "
        "ORDER BY id DESC LIMIT 1"
    ).fetchone()
    columns = "INSERT INTO postings (journal_id, place, lot_id, category_id, mct, stones) VALUES"
    return (
        f"{columns} ({entry}, 'stock', {lot}, {category}, 5000000, 0)",
        f"{columns} ({entry}, 'world', {lot}, NULL, -5000000, 0)",
    )


def _lines_problems(db_path, monkeypatch) -> tuple[list[str], bool]:
    """What a verify of the file finds of its ledger's lines (the one finding expected, with
    the table's own count and two fewer read by the entries), and whether the places check
    counted under the seal (its sealed count of lines: ``_places_since_seal``)."""
    raw = sqlite3.connect(db_path)
    held = raw.execute("SELECT count(*) FROM postings NOT INDEXED").fetchone()[0]
    raw.close()
    since = _places_spied(monkeypatch)
    fresh = open_db(db_path)
    try:
        report = verify.verify(fresh, parallel=False)
    finally:
        fresh.close()
    expected = (
        f"ledger: its table holds {held} lines, the ledger entries {held - 2} (a line outside "
        "every entry, or an index edited or damaged: a full verify, index by index, names the rows)"
    )
    return [problem for problem in report.problems if problem == expected], since[-1]


def _places_spied(monkeypatch) -> list[bool]:
    """Whether each places check from here on counted under the seal (``_places_since_seal``
    gave what the seal holds)."""
    seen: list[bool] = []
    real = verify._places_since_seal

    def spy(*args):  # type: ignore[no-untyped-def]
        since = real(*args)
        seen.append(since is not None)
        return since

    monkeypatch.setattr(verify, "_places_since_seal", spy)
    return seen


@pytest.mark.parametrize("naming", ["no entry", "a sealed entry", "an entry after the seal"])
@pytest.mark.parametrize(
    "kept",
    [("postings_by_journal",), ("postings_by_journal", "category_stock")],
    ids=["the stock by category follows", "the stock by category kept"],
)
def test_lines_the_table_holds_that_the_ledger_s_index_leaves_out_are_found_under_a_seal(
    db, db_path, who, small_chunks, tmp_path, monkeypatch, naming, kept
):
    """Carats put into stock by lines left out of ``postings_by_journal`` (the index every
    ledger entry reads its lines by; ``quick_check`` does not match it to its table): before
    the table's own count was compared, a sealed history read sound with them. With the stock
    by category changed too, the places check goes through everything again (its count
    through the index); kept as it was, it counts under the seal (the sealed count and the
    lines since)."""
    _ledger_sealed(db, who)
    make_sorted_lot(db, who.olu, "AFTER")
    entry = {
        "no entry": 99999,
        "a sealed entry": 20,
        "an entry after the seal": integrity.max_id(db, "journal"),
    }[naming]
    _table_edited(db, db_path, tmp_path, *_lines_naming(entry, db), kept=kept)
    found, under_seal = _lines_problems(db_path, monkeypatch)
    assert len(found) == 1
    assert under_seal == ("category_stock" in kept)


def test_lines_left_out_of_the_ledger_s_index_are_found_on_a_first_run(
    db, db_path, who, tmp_path, monkeypatch
):
    for i in range(3):
        make_sorted_lot(db, who.olu, f"F{i}")
    _table_edited(db, db_path, tmp_path, *_lines_naming(2, db))
    found, under_seal = _lines_problems(db_path, monkeypatch)
    assert len(found) == 1 and not under_seal


@pytest.mark.parametrize("upto", [2**64, float("inf"), -1, "7"])
def test_a_sorting_entries_seal_naming_rows_out_of_range_proves_nothing_and_stops_nothing(
    db, monkeypatch, upto
):
    monkeypatch.setattr(verify, "_pages_proven", lambda *_args, **_kw: ([], [(1, 10)]))
    names = {"lots": [upto, "0" * 64], "categories": [1, "0" * 64]}
    seal = {"entries": {"pages": {"digest": "0" * 64, "names": names}}}
    _known, proven = verify._entries_pages(db, verify.Scope({"entries": 5}, {"entries": 5}, seal))
    assert not proven(1, 10)


@pytest.mark.parametrize("sealed", [False, True])
def test_the_lines_of_an_entry_made_while_verify_runs_are_counted_as_the_ledger_s(
    db, who, small_chunks, monkeypatch, sealed
):
    """A workstation at work while verify runs: an entry made after the run's bounds
    (``Scope.upto``) is in the places check's snapshot, and its lines are the ledger's, not
    lines outside every entry; under a seal (counted with the sealed count) or not."""
    for i in range(12):
        make_sorted_lot(db, who.olu, f"S{i}")
    if sealed:
        assert verify.verify(db, site.login(db, "admin", PASSWORD), seal=True).ok
    make_sorted_lot(db, who.olu, "B")  # (after the seal, before the run)
    bounded = verify._scope

    def bounds_then_an_entry(*args, **kwargs):  # type: ignore[no-untyped-def]
        scope = bounded(*args, **kwargs)
        make_sorted_lot(db, who.olu, "C")  # (after the run's bounds)
        return scope

    monkeypatch.setattr(verify, "_scope", bounds_then_an_entry)
    under_seal = _places_spied(monkeypatch)
    report = verify.verify(db, parallel=False)
    assert report.ok, report.problems
    assert under_seal == [sealed]


def _named(db_path, lot: int, category: int) -> str:
    """What a finding names of a balance after its key: its lot's number and its category's
    code ("?" for an id no row has), as read here."""
    raw = sqlite3.connect(db_path)
    try:
        names = [
            (raw.execute(sql, (value,)).fetchone() or ("?",))[0]
            for sql, value in (
                ("SELECT number FROM lots WHERE id = ?", lot),
                ("SELECT code FROM categories WHERE id = ?", category),
            )
            if value
        ]
    finally:
        raw.close()
    return f"({', '.join(names)})"


def _lot_key_edits(
    db, naming: str
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, int, int, str]]:
    """Statements that put 5,000 ct more into a lot's stock in ``postings_by_lot_key`` (the
    index the balances were re-added from) and in its balances, and 5,000 ct less at the
    world, and the b-trees whose pages stay as they were (the ledger's table, or its other
    indexes); and the key of that lot's balance changed (place, lot, category, loss type).
    Or: a line of that lot left out of the index, its balance lowered by its carats."""
    lot, category, stock_line = db.execute(
        "SELECT lot_id, category_id, id FROM postings WHERE place = 'stock' AND mct > 0 "
        "ORDER BY id LIMIT 1"
    ).fetchone()
    (world_line,) = db.execute(
        "SELECT id FROM postings WHERE place = 'world' AND lot_id = ? LIMIT 1", (lot,)
    ).fetchone()
    balances = (
        "UPDATE balances SET mct = mct + 5000000 WHERE place = 'stock' AND lot_id = "
        f"{lot} AND category_id = {category} AND parcel_id = 0",
        f"UPDATE balances SET mct = mct - 5000000 WHERE place = 'world' AND lot_id = {lot}",
    )
    if naming == "its carats changed":  # (the table's pages kept: the index alone changed)
        lines = (
            f"UPDATE postings SET mct = mct + 5000000 WHERE id = {stock_line}",
            f"UPDATE postings SET mct = mct - 5000000 WHERE id = {world_line}",
        )
        return (*lines, *balances), ("postings",), ("stock", lot, category, "")
    if naming.startswith("a ") and " line left out of it" in naming:  # (carats hidden)
        place = naming.split()[1]
        line, line_category, loss_type, carats = db.execute(
            "SELECT id, coalesce(category_id, 0), coalesce(loss_type, ''), mct FROM postings "
            "WHERE place = ? AND lot_id = ? AND mct > 0 ORDER BY id LIMIT 1",
            (place, lot),
        ).fetchone()
        edits = (
            f"DELETE FROM postings WHERE id = {line}",
            f"UPDATE balances SET mct = mct - {carats} WHERE place = '{place}' AND lot_id = "
            f"{lot} AND category_id = {line_category} AND parcel_id = 0 "
            f"AND loss_type = '{loss_type}'",
        )
        kept = ("postings", "postings_by_journal", "postings_by_parcel")
        return edits, kept, (place, lot, line_category, loss_type)
    columns = "INSERT INTO postings (journal_id, place, lot_id, category_id, mct, stones) VALUES"
    lines = (  # (lines the table does not hold: its pages and its other indexes kept)
        f"{columns} (2, 'stock', {lot}, {category}, 5000000, 0)",
        f"{columns} (2, 'world', {lot}, NULL, -5000000, 0)",
    )
    kept = ("postings", "postings_by_journal", "postings_by_parcel", "category_stock")
    return lines, kept, ("stock", lot, category, "")  # (the balances follow: the triggers)


@pytest.mark.parametrize(
    "naming",
    [
        "its carats changed",
        "lines the table does not hold",
        "a stock line left out of it, its balance lowered",
        "a loss line left out of it, its balance lowered",
    ],
)
@pytest.mark.parametrize("history", ["never sealed", "sealed, the lot's chunk posted to since"])
def test_balances_added_up_from_an_index_edited_alone_are_found(
    db, db_path, who, small_chunks, tmp_path, naming, history
):
    """The balances were re-added from ``postings_by_lot_key``, which holds the lines' carats
    itself, and ``quick_check`` does not match an index to its table: the index and the
    balances edited alone (a line's carats, or lines only the index holds) put 5,000 ct into
    a lot's stock, and verify read every history sound with them. The lines are now read from
    their table (of the lots posted to since a seal: the index only names them, and must name
    as many as the table holds, or a line left out of it hides its carats)."""
    if history == "never sealed":
        for i in range(3):
            make_sorted_lot(db, who.olu, f"F{i}")
    else:
        _ledger_sealed(db, who)
        make_sorted_lot(db, who.olu, "AFTER")  # (a lot of the same chunk: re-added alone)
    statements, kept, (place, lot, category, loss_type) = _lot_key_edits(db, naming)
    _written_back(db, db_path, tmp_path, statements, kept)
    fresh = open_db(db_path)
    try:
        carats = (
            "SELECT count(*), max(mct) FROM postings {} WHERE lot_id = ? AND place = ? "
            "AND category_id IS ?"
        )
        by_index, by_table = (
            fresh.execute(carats.format(hint), (lot, place, category or None)).fetchone()
            for hint in ("INDEXED BY postings_by_lot_key", "NOT INDEXED")
        )
        if " left out of it" in naming:  # (the index reads fewer lines)
            assert by_index[0] < by_table[0]
        else:  # (the index reads the lot's stock 5,000 ct more)
            assert by_index[1] >= 5000000 > by_table[1]
        report = verify.verify(fresh, parallel=False)
    finally:
        fresh.close()
    key = (place, lot, category, 0, loss_type)
    assert (
        f"balance {key} {_named(db_path, lot, category)}: differs from the sum of its ledger lines"
        in report.problems
    ), report.problems


@pytest.mark.parametrize("chunk", ["posted to since", "holding no other balance"])
def test_a_balance_row_left_out_of_balances_by_lot_is_found_in_a_chunk(
    db, db_path, who, small_chunks, tmp_path, chunk
):
    """A balance no ledger line holds (5,000 ct lost from a lot), written into the balances'
    table but not into ``balances_by_lot``, whose count a dangling entry keeps as the table's
    (the index's pages from another edit): the lot's chunk, posted to since the seal, was
    re-added with its rows counted through that index, and a sealed verify read it sound. In
    a chunk of lots that holds no other balance, the index finds no chunk to read at all:
    the balances' table counts its own rows."""
    _ledger_sealed(db, who)
    make_sorted_lot(db, who.olu, "AFTER")  # (the chunk re-added, not compared with its digest)
    lot, category = db.execute(
        "SELECT lot_id, category_id FROM balances WHERE place = 'stock' AND mct > 0 LIMIT 1"
    ).fetchone()
    phantom_lot = lot
    if chunk == "holding no other balance":  # (the dangling entry stays in the lot's chunk)
        phantom_lot += 5 * integrity.BALANCE_CHUNK
        assert not db.execute(
            "SELECT count(*) FROM balances WHERE lot_id / ? = ?",
            (integrity.BALANCE_CHUNK, phantom_lot // integrity.BALANCE_CHUNK),
        ).fetchone()[0]
    phantom = "INSERT INTO balances VALUES ('loss', {}, {}, 0, 'x', {}, 0)"
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    other = tmp_path / "other" / "copy.db"
    other.parent.mkdir()
    shutil.copy(db_path, other)
    raw_edit(other, phantom.format(lot, category + 1, 1))  # (only its index's pages are used)
    _written_back(db, db_path, tmp_path, (phantom.format(phantom_lot, category, 5000000),), ())
    _copy_pages(other, db_path, *_pages_of(other, "balances_by_lot"))
    raw = sqlite3.connect(db_path)
    assert raw.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    by_index, by_table = (
        raw.execute(f"SELECT count(*) FROM balances {hint}").fetchone()[0]
        for hint in ("INDEXED BY balances_by_lot", "NOT INDEXED")
    )
    assert by_index == by_table
    raw.close()
    fresh = open_db(db_path)
    try:
        report = verify.verify(fresh, parallel=False)
    finally:
        fresh.close()
    named = _named(db_path, phantom_lot, category)  # (a lot of no row: its category only)
    assert named.startswith("(M" if chunk == "posted to since" else "(?, S5-")
    assert (
        f"balance ('loss', {phantom_lot}, {category}, 0, 'x') {named}: differs from the sum of "
        "its ledger lines" in report.problems
    ), report.problems
