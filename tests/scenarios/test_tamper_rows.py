"""Everything that decides carats, origin, value or rights is under verify (row coverage).

Each edit is made as someone with the file would: on a plain sqlite3 connection (no sortapp
triggers of its own), with the protective triggers dropped and put back as they were, so only the
data differ. verify must fail and name the table and the row.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from sortapp.core.clock import utc_now
from sortapp.core.errors import KnownStorageError, UserError
from sortapp.core.passwords import hash_password
from sortapp.core.roles import Role
from sortapp.core.units import value_cents
from sortapp.core.weighing import WeightSource
from sortapp.services import (
    anchors,
    assortment,
    backups,
    balances,
    imports,
    lots,
    parcels,
    parties,
    site,
    sorting,
)
from sortapp.services.verify import verify
from sortapp.storage import integrity, records, rowcover
from sortapp.storage.db import open_db
from sortapp.storage.migrations import expected_schema
from tests.conftest import PASSWORD, Actors, make_lot, make_sorted_lot, old_file
from tests.forger import (
    append_forged_entry,
    drop_from_index,
    explained_edit,
    index_key_moved,
    index_left_behind,
    raw_edit,
)


@pytest.fixture
def busy(db, who):
    """A site with a row in as many protected tables as its services fill."""
    make_sorted_lot(db, who.olu, "L1", country="CD")
    make_lot(
        db, who.olu, "L2", origins=[("CD", "Mbuji-Mayi")], kp_cert="CD-0001", seals=["SL-2"],
        declared_value_cents=120_000,
    )  # fmt: skip
    lots.reweigh_lot(db, who.sam, "L2", 99_000, 500, reason="typed a figure wrongly")
    sorting.add_entry(db, who.olu, "L2", "S5-SAW-Q1-W", 5_000)
    # A sorting file (its one row of entry_files).
    imported = imports.import_sorting(
        db, who.olu, "lot,category,carats\nL2,S5-SAW-Q1-W,1.000\n", file="scale.csv"
    )
    assert imported.ok, imported.errors
    parties.set_party(
        db, who.sam, "Antwerp Rough NV", address="Hoveniersstraat 2", country_code="BE"
    )
    parcels.create_parcel(db, who.olu, "P1", importer="Antwerp Rough NV", destination="BE")
    parcels.add_goods(db, who.olu, "P1", "S5-SAW-Q1-W", 10_000)
    parcels.override_price(db, who.sam, "P1", "S5-SAW-Q1-W", 12_000, "market moved")
    parcels.add_valuation(db, who.sam, "P1", "government", 1_200_000)
    parcels.seal_parcel(db, who.sam, "P1", kp_cert="BW-1", seals=["S1"])
    # A balance registered, calibrated and checked with a reference weight (its weighing).
    balances.register_balance(
        db, who.admin,
        {"code": "B-01", "serial_no": "B123456789", "max_mct": "1100", "port": "COM4"},
    )  # fmt: skip
    balances.record_calibration(
        db, who.admin, "B-01", calibrated_on="2026-01-05", by="Scales Ltd", certificate="C-1",
        next_due="2099-01-05",
    )  # fmt: skip
    balances.register_reference_weight(
        db, who.admin, {"code": "R-5", "nominal_mct": "5", "certificate": "RW-1"}
    )
    reading = WeightSource(
        True, "B-01", "B123456789", "5.001 ct", "S S      5.001 ct\\r\\n", "COM4", utc_now()
    )
    balances.record_check(db, who.olu, "B-01", reference="R-5", source=reading)
    assert verify(db).ok
    return db


@pytest.fixture(params=["unsealed", "sealed"])
def site_in_use(request, busy):
    """``busy``, and again after a sound verify sealed it (signed by a key holder): the next
    verify checks the protected rows by the seal's digests and the changes recorded since."""
    if request.param == "sealed":
        assert verify(busy, site.login(busy, "admin", PASSWORD), seal=True).ok
    return busy


def _columns(db, table):
    info = db.execute(f"PRAGMA table_info({table})").fetchall()
    return [r[1] for r in info], [r[1] for r in info if r[5]]


def _edit_of(db, table) -> tuple[str, str]:
    """An UPDATE that changes one column of the table's last row, and what verify must say."""
    columns, key = _columns(db, table)
    others = [c for c in columns if c not in key and c != "id"]
    # A table that is all key (a lot's origins, its seals): the key itself is changed.
    column = others[-1] if others else key[-1]
    value = db.execute(f"SELECT {column} FROM {table} ORDER BY rowid DESC LIMIT 1").fetchone()[0]
    new = "'forged'" if isinstance(value, str) or value is None else str(value + 1)
    edit = f"UPDATE {table} SET {column} = {new} WHERE rowid = (SELECT max(rowid) FROM {table})"
    return edit, "changed outside sortapp" if others else "deleted outside sortapp"


def _insert_of(db, table) -> str:
    """An INSERT of a made-up row (every column filled, the key new)."""
    info = db.execute(f"PRAGMA table_info({table})").fetchall()
    values = [("9999" if "INT" in r[2].upper() else "'forged'") for r in info]
    return f"INSERT INTO {table} VALUES ({', '.join(values)})"


def _problems(db_path: Path) -> list[str]:
    db = open_db(db_path)
    try:
        return verify(db).problems
    finally:
        db.close()


#: Protected tables a fresh site may well leave empty (nothing to change or delete there yet).
MAY_BE_EMPTY = {"bundles", "site_keys", "partner_keys"}


def _last_key(db, table) -> str | None:
    row = db.execute(
        f"SELECT {rowcover.key_sql(rowcover.shape(db, table)[1])} FROM {table} "
        "ORDER BY rowid DESC LIMIT 1"
    ).fetchone()
    return row[0] if row else None


@pytest.mark.parametrize("table", rowcover.PROTECTED)
def test_a_changed_row_is_named(site_in_use, db_path, table):
    busy = site_in_use
    key = _last_key(busy, table)
    if key is None:  # nothing to change: an added row is the case (below)
        assert table in MAY_BE_EMPTY, f"fill {table} in the fixture"
        return
    edit, said = _edit_of(busy, table)
    busy.close()
    raw_edit(db_path, edit)
    problems = _problems(db_path)
    assert any(p.startswith(f"{table} row {key}") and said in p for p in problems), (
        edit,
        problems,
    )


@pytest.mark.parametrize("table", rowcover.PROTECTED)
def test_a_deleted_row_is_named(site_in_use, db_path, table):
    busy = site_in_use
    key = _last_key(busy, table)
    if key is None:
        assert table in MAY_BE_EMPTY, f"fill {table} in the fixture"
        return
    busy.close()
    raw_edit(db_path, f"DELETE FROM {table} WHERE rowid = (SELECT max(rowid) FROM {table})")
    problems = _problems(db_path)
    assert any(p.startswith(f"{table} row {key}") and "deleted outside" in p for p in problems), (
        problems
    )


@pytest.mark.parametrize("table", rowcover.PROTECTED)
def test_an_added_row_is_named(site_in_use, db_path, table):
    busy = site_in_use
    edit = _insert_of(busy, table)
    busy.close()
    raw_edit(db_path, edit)
    problems = _problems(db_path)
    assert any(p.startswith(f"{table} row") and "added outside" in p for p in problems), (
        edit,
        problems,
    )


def _indexed_tables(db) -> list[str]:
    return [
        r[0]
        for r in db.execute(
            "SELECT DISTINCT tbl_name FROM sqlite_master WHERE type = 'index' ORDER BY tbl_name"
        )
    ]


#: The protected tables with an index of their own, matched to them every run.
INDEXED_PROTECTED = [
    table
    for table in rowcover.PROTECTED
    if table not in integrity.INDEXES_FULL_ONLY
    and any(kind == "index" and sql[0] == table for (kind, _name), sql in expected_schema().items())
]


def test_the_protected_tables_without_an_index_are_the_site_and_its_key():
    assert set(rowcover.PROTECTED) - set(INDEXED_PROTECTED) - integrity.INDEXES_FULL_ONLY == {
        "site",
        "site_signing_key",
        "site_key_wraps",
    }


@pytest.mark.parametrize("table", INDEXED_PROTECTED)
def test_an_index_left_behind_its_table_is_named(site_in_use, db_path, table):
    """An index edited alone, its table's rows as the log recorded them: the app reads through
    it (a parcel left off its certificate's KP sheet, a lot's country laundered into a sealed
    parcel: the fifth attack round), so every run matches it to its table."""
    busy = site_in_use
    if _last_key(busy, table) is None:
        assert table in MAY_BE_EMPTY, f"fill {table} in the fixture"
        return
    busy.close()
    rowid = index_left_behind(db_path, table)
    problems = _problems(db_path)
    assert any(f"row {rowid} missing from index" in p for p in problems), problems


# (Not the balances: a table WITHOUT ROWID, which ``index_left_behind`` cannot put back.)
@pytest.mark.parametrize("table", sorted(integrity.INDEXES_FULL_ONLY - {"balances"}))
def test_an_index_of_a_long_history_left_behind_is_named_by_the_full_check(busy, db_path, table):
    """The largest histories' indexes are matched to their tables by ``verify --full`` and
    every backup's check (``integrity.INDEXES_FULL_ONLY``: docs/reliability.md)."""
    busy.close()
    rowid = index_left_behind(db_path, table)
    db = open_db(db_path)
    try:
        problems = verify(db, full=True).problems
    finally:
        db.close()
    assert any(f"row {rowid} missing from index" in p for p in problems), problems


def test_a_parcels_goods_left_out_of_balances_by_parcel_are_named(site_in_use, db_path):
    """A sixth attack round (2026-12-06) left a draft parcel's line out of
    ``balances_by_parcel`` alone: the seal, its fingerprint and the KP documents were made
    without it, its carats still in the ledger. That index is matched to the table for the
    parcels' rows in every run."""
    busy = site_in_use
    parcel = busy.execute("SELECT id FROM parcels WHERE number = 'P1'").fetchone()[0]
    busy.close()
    drop_from_index(
        db_path, "balances", "balances_by_parcel", "parcel_id = ? AND place = 'parcel'", [parcel]
    )
    problems = _problems(db_path)
    assert any("index balances_by_parcel does not hold the rows" in p for p in problems), problems


def test_the_parcels_rows_of_the_balances_are_read_from_the_table_itself(busy):
    """``NOT INDEXED`` does not keep SQLite off a secondary index of a table WITHOUT ROWID:
    the comparison's table side is a scan of the table, each row sought in the index."""
    index, (table, columns, _where, by_table) = next(iter(integrity.MATCHED_IN_PART.items()))
    same = " AND ".join(f"i.{c} = b.{c}" for c in columns)
    plan = [
        r[3]
        for r in busy.execute(
            f"EXPLAIN QUERY PLAN SELECT count(*) FROM {table} b WHERE {by_table} AND NOT EXISTS "
            f"(SELECT 1 FROM {table} i INDEXED BY {index} WHERE {same})"
        )
    ]
    assert plan[0] == "SCAN b", plan
    assert any(f"SEARCH i USING COVERING INDEX {index} (" in step for step in plan), plan
    count_plan = [
        r[3]
        for r in busy.execute(
            f"EXPLAIN QUERY PLAN SELECT count(b.mct) FROM {table} b WHERE {by_table}"
        )
    ]
    assert count_plan == ["SCAN b"], count_plan


def test_a_sorting_entry_corrected_twice_past_its_unique_index_is_named(busy, db_path, who):
    """The sixth attack round: a reversal left out of ``sort_entries_reversal`` alone, the app
    took its entry as standing and a supervisor corrected it again (signed), and a closing
    wrote the carats off. An entry reversed twice is named, read from the table."""
    entry = busy.execute(
        "SELECT uid FROM sort_entries WHERE mct > 0 AND reverses_id IS NULL "
        "AND lot_id = (SELECT id FROM lots WHERE number = 'L2') ORDER BY id DESC LIMIT 1"
    ).fetchone()[0]
    sorting.correct_entry(busy, who.sam, "L2", entry, "wrong category")
    reversal = busy.execute("SELECT max(id) FROM sort_entries").fetchone()[0]
    busy.close()
    drop_from_index(db_path, "sort_entries", "sort_entries_reversal", "id = ?", [reversal])
    again = open_db(db_path)
    try:
        sorting.correct_entry(again, Actors(again).sam, "L2", entry, "wrong lot")
        problems = verify(again).problems
    finally:
        again.close()
    assert any(p.startswith(f"sorting entry {entry}") and "reversed twice" in p for p in problems)


def test_a_ledger_entry_reversed_twice_is_named(busy, db_path):
    """A ledger entry's second reversal, past the UNIQUE constraint on ``reverses_id``, is
    named whatever else is (its lines, its record)."""
    cursor = busy.execute("SELECT * FROM journal WHERE reverses_id IS NOT NULL ORDER BY id LIMIT 1")
    copy = dict(zip([d[0] for d in cursor.description], cursor.fetchone(), strict=True))
    reversed_uid = busy.execute(
        "SELECT uid FROM journal WHERE id = ?", (copy["reverses_id"],)
    ).fetchone()[0]
    top = busy.execute("SELECT max(id) FROM journal").fetchone()[0]
    busy.close()
    copy.update(id=top + 1, uid=f"{copy['uid']}X")
    index_left_behind(db_path, "journal", [top + 1, *copy.values()])
    problems = _problems(db_path)
    assert any(
        p.startswith(f"ledger entry {reversed_uid}") and "reversed twice" in p for p in problems
    ), problems


def test_lines_filed_under_no_entrys_id_in_postings_by_journal_are_named(site_in_use, db_path):
    """A seventh attack round (2026-12-06) wrote two lines (500 ct from the world into a lot's
    stock, the balances following by the table's triggers) and filed them in
    ``postings_by_journal`` alone under 1.5: counted among the entries' lines, read by none;
    the carats were packed, sealed and valued, and verify said OK."""
    busy = site_in_use
    lot, category, entry = busy.execute(
        "SELECT lot_id, category_id, (SELECT max(id) FROM journal) FROM balances "
        "WHERE place = 'stock' AND mct > 0 LIMIT 1"
    ).fetchone()
    busy.close()
    raw = sqlite3.connect(db_path, isolation_level=None)
    raw.execute(
        "INSERT INTO postings (journal_id, place, lot_id, category_id, mct, stones) "
        "VALUES (?, 'world', ?, NULL, -500000, 0), (?, 'stock', ?, ?, 500000, 0)",
        (entry, lot, entry, lot, category),
    )
    top = raw.execute("SELECT max(id) FROM postings").fetchone()[0]
    raw.close()
    index_key_moved(db_path, "postings", "postings_by_journal", [top - 1, top], "journal_id", 1.5)
    problems = _problems(db_path)
    assert any(p.startswith("ledger: its table holds") for p in problems), problems


def test_a_signed_action_under_a_trigger_not_sortapps_is_refused(busy, db_path, who):
    """A ninth attack round (2026-12-06) put in a trigger that raised the sort tolerance a
    millionfold as a price was set: the key holder's signed price.set recorded the setting's
    change as its own, the trigger was dropped, and verify said OK; an operator then closed a
    lot 57 % short. A signed action writes only under sortapp's own schema."""
    busy.close()
    raw_edit(
        db_path,
        "CREATE TRIGGER zz_ride AFTER INSERT ON prices BEGIN UPDATE settings SET value = "
        "'1000000000' WHERE key = 'tolerance_mct'; END",
    )
    again = open_db(db_path)
    try:
        entries = again.execute("SELECT count(*) FROM audit").fetchone()[0]
        sam = Actors(again).sam
        assert sam.signer is not None
        with pytest.raises(KnownStorageError, match="schema is not sortapp's") as refused:
            assortment.set_price(again, sam, "S5-SAW-Q1-W", 12_345)
        # (It names what is not sortapp's: the admin it sends to verify knows what to look for.)
        assert "(trigger zz_ride: changed outside sortapp)" in str(refused.value)
        assert again.execute("SELECT count(*) FROM audit").fetchone()[0] == entries
        assert (
            again.execute("SELECT count(*) FROM prices WHERE cents_per_ct = 12345").fetchone()[0]
            == 0
        )
    finally:
        again.close()


def test_a_signed_action_refused_under_a_foreign_schema_names_what_differs(busy, db_path):
    """The refusal says which objects are not sortapp's (a statistics table left by a manual
    ``ANALYZE`` stops every signed action as a hidden trigger does): at most three, then
    "...", verify naming every one."""
    busy.close()

    def price_set_refused() -> str:
        again = open_db(db_path)
        try:
            with pytest.raises(KnownStorageError, match="schema is not sortapp's") as refused:
                assortment.set_price(again, Actors(again).sam, "S5-SAW-Q1-W", 12_345)
            return str(refused.value)
        finally:
            again.close()

    raw_edit(db_path, "ANALYZE")
    assert "(table sqlite_stat1: changed outside sortapp)" in price_set_refused()
    raw_edit(db_path, *(f"CREATE TABLE zz_{name} (x)" for name in "abc"))
    assert "(table sqlite_stat1, table zz_a, table zz_b ...: changed" in price_set_refused()


def test_a_write_a_foreign_trigger_refuses_is_said_not_a_traceback(busy, db_path):
    """A trigger put in outside sortapp that refuses an operator's write (a lot's receipt) gave
    a Python error: now a known error naming the refusal and the objects not sortapp's, and
    nothing written. On sortapp's own schema, a refusal by no rule of sortapp's stays loud (a
    bug of sortapp's)."""
    busy.close()
    raw_edit(
        db_path,
        "CREATE TRIGGER zz_stop BEFORE INSERT ON lots BEGIN SELECT RAISE(ABORT, 'no more lots'); "
        "END",
    )
    again = open_db(db_path)
    try:
        olu = Actors(again).olu
        entries = again.execute("SELECT count(*) FROM audit").fetchone()[0]
        with pytest.raises(KnownStorageError) as refused:
            make_lot(again, olu, "L9")
        assert str(refused.value) == (
            "the database refused the write (no more lots) under a schema that is not "
            "sortapp's (trigger zz_stop: changed outside sortapp): nothing was written"
        )
        assert refused.value.code == "schema_not_sortapps"
        assert again.execute("SELECT count(*) FROM audit").fetchone()[0] == entries
        assert again.execute("SELECT count(*) FROM lots WHERE number = 'L9'").fetchone()[0] == 0
        again.execute("DROP TRIGGER zz_stop")
        again.execute(
            "CREATE TEMP TRIGGER zz_temp BEFORE INSERT ON main.lots BEGIN "
            "SELECT RAISE(ABORT, 'not here'); END"
        )
        with pytest.raises(sqlite3.IntegrityError, match="not here"):
            make_lot(again, olu, "L9")  # (the file's schema is sortapp's: loud)
    finally:
        again.close()


def test_a_trigger_kept_in_a_sessions_memory_rides_no_signed_action(busy, db_path):
    """A tenth attack round (2026-12-06): a trigger put in while the app's session was open was
    compiled by its connection, then its row taken out of the schema without the schema's
    version moved; the session kept running it, and a key holder's signed price.set raised the
    sort tolerance past the check of the schema's text. Each write reads the schema again."""
    tolerance = "SELECT value FROM settings WHERE key = 'tolerance_mct'"
    before = busy.execute(tolerance).fetchone()
    raw = sqlite3.connect(db_path, isolation_level=None)
    raw.execute(
        "CREATE TRIGGER zz_ride AFTER INSERT ON prices BEGIN UPDATE settings SET value = "
        "'1000000000' WHERE key = 'tolerance_mct'; END"
    )
    busy.execute("SELECT count(*) FROM prices").fetchone()  # (the session compiles the schema)
    version = raw.execute("PRAGMA schema_version").fetchone()[0]
    raw.execute("PRAGMA writable_schema = ON")
    raw.execute("DELETE FROM sqlite_master WHERE name = 'zz_ride'")
    assert raw.execute("PRAGMA schema_version").fetchone()[0] == version
    raw.close()
    assortment.set_price(busy, Actors(busy).sam, "S5-SAW-Q1-W", 12_345)
    assert busy.execute(tolerance).fetchone() == before
    assert verify(busy).ok


def test_a_price_row_added_for_the_moment_of_a_seal_seals_nothing(busy, db_path, who):
    """A tenth attack round (2026-12-06) added a price row at a tenth of the price, dated as the
    book's, for the moment of a supervisor's seal, and deleted it after: the parcel was sealed
    88 % under its value (fingerprint and KP sheet with it), and verify said OK. A seal's
    prices must be rows a signed entry made as they are."""
    make_sorted_lot(busy, who.olu, "L9", country="BW")
    parcels.create_parcel(busy, who.olu, "P9", importer="Antwerp Rough NV", destination="BE")
    parcels.add_goods(busy, who.olu, "P9", "S5-SAW-Q1-W", 10_000, lot="L9")
    day, cents = busy.execute(
        "SELECT p.effective_from, p.cents_per_ct FROM prices p JOIN categories c "
        "ON c.id = p.category_id WHERE c.code = 'S5-SAW-Q1-W' ORDER BY p.id DESC LIMIT 1"
    ).fetchone()
    busy.close()
    cheap = (
        "INSERT INTO prices (category_id, effective_from, cents_per_ct, set_by, set_at) "
        f"SELECT id, '{day}', {cents // 10}, 1, '2026-12-06T00:00:00Z' FROM categories "
        "WHERE code = 'S5-SAW-Q1-W'"
    )
    raw_edit(db_path, cheap, table="prices")
    again = open_db(db_path)
    try:
        sam = Actors(again).sam
        assert parcels.get_parcel(again, "P9").lines[0].cents_per_ct == cents // 10
        with pytest.raises(
            UserError, match="a price, valuation or valuation rule it would be sealed at is not one"
        ):
            parcels.seal_parcel(again, sam, "P9", kp_cert="BW-9", seals=["S9"])
        assert parcels.get_parcel(again, "P9").status == "draft"
    finally:
        again.close()
    raw_edit(db_path, "DELETE FROM prices WHERE id = (SELECT max(id) FROM prices)", table="prices")
    again = open_db(db_path)
    try:
        parcels.seal_parcel(again, Actors(again).sam, "P9", kp_cert="BW-9", seals=["S9"])
        assert parcels.get_parcel(again, "P9").value_cents == value_cents(10_000, cents)
    finally:
        again.close()


def test_the_newest_signed_price_taken_away_for_the_moment_of_a_seal_seals_nothing(
    busy, db_path, who
):
    """A review of the seal's price guard (2026-12-06) deleted the newest signed price for the
    moment of a seal: the parcel was sealed at the older one, and the row put back after. The
    price book must hold every row the signed entries made, and no other."""
    make_sorted_lot(busy, who.olu, "L9", country="BW")
    parcels.create_parcel(busy, who.olu, "P9", importer="Antwerp Rough NV", destination="BE")
    parcels.add_goods(busy, who.olu, "P9", "S5-SAW-Q1-W", 10_000, lot="L9")
    assortment.set_price(busy, Actors(busy).sam, "S5-SAW-Q1-W", 12_345)
    busy.close()
    raw_edit(db_path, "DELETE FROM prices WHERE id = (SELECT max(id) FROM prices)", table="prices")
    again = open_db(db_path)
    try:
        with pytest.raises(UserError, match="a price, valuation or valuation rule it would be"):
            parcels.seal_parcel(again, Actors(again).sam, "P9", kp_cert="BW-9", seals=["S9"])
    finally:
        again.close()


def test_an_operator_made_supervisor_for_the_moment_of_a_key_grant_gets_no_key(
    busy, db_path, monkeypatch
):
    """A tenth attack round (2026-12-06) raised an operator's role in the file while a key
    holder gave them the site key (they typed their password), then put it back: the operator
    kept the key, signed their own promotion in an admin's name, and verify said OK. The grant
    follows the role the signed entries gave; and a key held by a user they make an operator
    is named."""
    busy.close()
    raise_olu = "UPDATE users SET role = '{role}' WHERE name = 'olu'"
    raw_edit(db_path, raise_olu.format(role="supervisor"), table="users")
    again = open_db(db_path)
    try:
        sam = Actors(again).sam
        with pytest.raises(UserError, match="not a supervisor or admin as the signed entries"):
            anchors.grant(again, sam, "olu", PASSWORD)
        assert "olu" not in [name for _id, name in records.key_holders(again)]
        # (The guard set aside, as by sortapp's own code with that check patched out.)
        monkeypatch.setattr(anchors, "standing_role", lambda _db, user: Role.parse(user["role"]))
        anchors.grant(again, sam, "olu", PASSWORD)
        assert "olu" in [name for _id, name in records.key_holders(again)]
    finally:
        again.close()
    raw_edit(db_path, raise_olu.format(role="operator"), table="users")
    problems = _problems(db_path)
    assert any(
        p.startswith(
            "user olu: holds the site key though the signed entries make them role operator"
        )
        for p in problems
    ), problems


def test_every_table_but_the_long_histories_has_its_indexes_matched(busy):
    """Each table with an index is either matched in every run or named as a long history."""
    indexed = set(_indexed_tables(busy))
    assert indexed >= integrity.INDEXES_FULL_ONLY
    assert {"parcels", "lot_origins", "sealed_lines", "prices", "valuations"} <= (
        indexed - integrity.INDEXES_FULL_ONLY
    )


# -- what the outside test found, one by one --------------------------------------------------


def test_origins_rewritten_on_an_unsealed_lot_stay_caught_after_a_seal(site_in_use, db_path, who):
    busy = site_in_use
    """CD rewritten to BW/Jwaneng, then sealed into a parcel's fingerprint by sortapp itself."""
    make_lot(busy, who.olu, "L3", origins=[("CD", "")], supplier="Kinshasa Comptoir", stones=None)
    busy.close()
    raw_edit(
        db_path,
        "UPDATE lot_origins SET country = 'BW', mine = 'Jwaneng' "
        "WHERE lot_id = (SELECT id FROM lots WHERE number = 'L3')",
        "UPDATE lots SET kp_cert_in = 'BW-FORGED', from_country = 'BW' WHERE number = 'L3'",
    )
    db = open_db(db_path)
    sorting.add_entry(db, who.olu, "L3", "G1-SAW-Q1-W", 100_000)
    sorting.close_sorting(db, who.olu, "L3")
    parcels.create_parcel(db, who.olu, "P2", importer="Antwerp Rough NV", destination="BE")
    parcels.add_goods(db, who.olu, "P2", "G1-SAW-Q1-W", 100_000)
    parcels.seal_parcel(db, who.sam, "P2", kp_cert="BW-2", seals=["S2"])
    problems = verify(db).problems
    db.close()
    lot_id = 3
    assert f'lot_origins row [{lot_id},"BW","Jwaneng"]: added outside sortapp' in problems
    assert f'lot_origins row [{lot_id},"CD",""]: deleted outside sortapp' in problems
    assert any(p.startswith(f"lots row [{lot_id}] (lot L3): changed outside") for p in problems)


def test_a_later_change_by_sortapp_does_not_launder_an_edit(site_in_use, db_path, who):
    busy = site_in_use
    busy.close()
    raw_edit(db_path, "UPDATE lots SET supplier = 'forged' WHERE number = 'L2'")
    db = open_db(db_path)
    sorting.close_sorting(db, who.sam, "L2", accept_difference=True, reason="spilled, reported")
    problems = verify(db).problems
    db.close()
    assert any(
        p.startswith("lots row [2] (lot L2): changed outside sortapp before audit entry")
        for p in problems
    ), problems


def test_a_raised_role_and_a_swapped_password_are_named(busy, db_path):
    busy.close()
    raw_edit(
        db_path,
        "UPDATE users SET role = 'admin' WHERE name = 'olu'",
        f"UPDATE users SET password_hash = '{hash_password('mallory-2026')}' WHERE name = 'ola'",
    )
    problems = _problems(db_path)
    assert "users row [4] (user olu): changed outside sortapp" in problems
    assert "users row [5] (user ola): changed outside sortapp" in problems


def test_every_dropped_or_altered_trigger_is_named(busy, db_path):
    triggers = busy.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
    ).fetchall()
    busy.close()
    assert len(triggers) > 30
    for name, sql in triggers:
        raw = sqlite3.connect(db_path)
        raw.execute(f"DROP TRIGGER {name}")
        raw.commit()
        assert f"schema: trigger {name} is missing (dropped outside sortapp)" in _problems(db_path)
        weakened = sql.replace("BEGIN", "BEGIN SELECT 1;", 1)  # same effect, other text
        raw.execute(weakened)
        raw.commit()
        problems = _problems(db_path)
        assert f"schema: trigger {name} differs from sortapp's (altered outside sortapp)" in (
            problems
        )
        raw.execute(f"DROP TRIGGER {name}")
        raw.execute(sql)
        raw.commit()
        raw.close()
    assert _problems(db_path) == []


def test_an_added_table_or_index_is_named(busy, db_path):
    busy.close()
    raw_edit(
        db_path, "CREATE TABLE notes (x TEXT)", "CREATE INDEX lots_by_supplier ON lots(supplier)"
    )
    problems = _problems(db_path)
    assert "schema: table notes is not sortapp's (added outside sortapp)" in problems
    assert "schema: index lots_by_supplier is not sortapp's (added outside sortapp)" in problems


def test_restore_refuses_a_backup_carrying_an_edit(busy, db_path, who):
    info = backups.make_backup(busy, db_path, actor=who.sam)
    assert info.ok
    raw_edit(info.path, "UPDATE settings SET value = '1000000' WHERE key = 'tolerance_mct'")
    with pytest.raises(UserError, match="fails verification"):
        backups.restore(busy, db_path, who.admin, info.path)


def test_a_forged_sorting_total_is_named(busy, db_path):
    """The running total the write guard reads is derived from the entries, and checked."""
    busy.close()
    raw_edit(db_path, "UPDATE lot_sorting_totals SET mct = 0 WHERE lot_id = 2")
    problems = _problems(db_path)
    assert "lot L2: its kept sorting total differs from its sorting entries" in problems


def test_an_older_file_keeps_its_state_as_a_baseline_and_verifies(tmp_path):
    """A file from before row coverage: its rows at the upgrade are recorded, then guarded."""
    path = tmp_path / "old.db"
    raw = old_file(path, "0008_row_coverage")
    raw.execute("INSERT INTO countries VALUES ('BW', 'Botswana', 'participant')")
    raw.execute("INSERT INTO settings VALUES ('tolerance_mct', '10')")
    raw.execute(
        "INSERT INTO users (name, role, password_hash, active, created_at) "
        f"VALUES ('old', 'admin', '{hash_password('old-admin-pass')}', 1, '2020-01-01')"
    )
    raw.conn.commit()
    raw.close()
    db = open_db(path)
    baseline = db.execute("SELECT user, details FROM audit WHERE action = 'rows.baseline'")
    assert baseline.fetchall() == [("system", '{"rows":4,"tables":22}')]  # as of migration 0008
    assert verify(db).ok
    db.close()
    raw_edit(path, "UPDATE settings SET value = '1000000'")
    assert _problems(path) == [
        'settings row ["tolerance_mct"] (setting tolerance_mct): changed outside sortapp'
    ]


def test_a_forged_entry_that_rewrites_a_posted_row_is_named(busy, db_path):
    """Origins are written once: an appended entry 'recording' their rewrite is no cover."""
    key = '[1,"CD","Mine"]'
    before = next(d for k, d, _l in rowcover.current_hashes(busy, "lot_origins") if k == key)
    busy.close()
    raw_edit(db_path, "UPDATE lot_origins SET country = 'BW' WHERE lot_id = 1")
    db = open_db(db_path)
    after = next(
        d for k, d, _l in rowcover.current_hashes(db, "lot_origins") if k.startswith("[1,")
    )
    db.close()
    append_forged_entry(
        db_path,
        "olu",
        "lot.receive",
        [["lot_origins", key, before, None], ["lot_origins", '[1,"BW","Mine"]', None, after]],
    )
    problems = _problems(db_path)
    assert (
        f"lot_origins row {key}: audit entry KSF-A{_last_audit_id(db_path)} records a change "
        "sortapp never makes to such rows (a forged entry)"
    ) in problems


def _last_audit_id(path: Path) -> int:
    raw = sqlite3.connect(path)
    try:
        return raw.execute("SELECT max(id) FROM audit").fetchone()[0]
    finally:
        raw.close()


def test_a_trigger_hidden_under_a_statistics_name_is_named(busy, db_path):
    """The outside test planted a trigger called sqlite_stat9 through writable_schema."""
    busy.close()
    raw = sqlite3.connect(db_path)
    raw.execute("CREATE TRIGGER planted AFTER INSERT ON sort_entries BEGIN SELECT 1; END")
    raw.execute("PRAGMA writable_schema = ON")
    raw.execute(
        "UPDATE sqlite_master SET name = 'sqlite_stat9', sql = replace(sql, 'planted', "
        "'sqlite_stat9') WHERE name = 'planted'"
    )
    raw.commit()
    raw.close()
    assert "schema: trigger sqlite_stat9 is not sortapp's (added outside sortapp)" in (
        _problems(db_path)
    )


def test_a_deleted_record_of_a_migration_is_a_message_not_a_traceback(busy, db_path):
    busy.close()
    raw_edit(db_path, "DELETE FROM _sqlite_migrations WHERE name = '0012_write_guards'")
    with pytest.raises(KnownStorageError, match="does not match its record of schema changes"):
        open_db(db_path)


def test_an_appended_entry_in_an_admins_name_is_named(busy, db_path):
    """The outside test's worst case: olu raised to admin, and an entry 'user.set' by the admin
    appended with a valid chain hash to record it. Only a holder of the site key signs one."""
    busy.close()
    edit = "UPDATE users SET role = 'admin' WHERE name = 'olu'"
    explained_edit(db_path, edit, "users", "[4]", "admin", "user.set")
    uid = f"KSF-A{_last_audit_id(db_path)}"
    problems = _problems(db_path)
    assert (
        f"audit entry {uid} (user.set L1 by admin): a supervisor's or admin's action (or a "
        "change only they may make) without the site key's signature (appended outside "
        "sortapp, or taken by a user who does not hold the key)"
    ) in problems
    assert not any("changed outside sortapp before" in p for p in problems)  # the row agrees
    # A made-up signature does not pass either.
    raw = sqlite3.connect(db_path)
    raw.execute("INSERT INTO entry_signatures VALUES (?, ?)", (_last_audit_id(db_path), "ab" * 64))
    raw.commit()
    raw.close()
    assert (
        f"audit entry {uid} (user.set L1 by admin): its signature is not the site key's (forged)"
    ) in _problems(db_path)


def test_a_supervisors_actions_are_signed_with_the_site_key(busy):
    signed = busy.execute(
        "SELECT a.action FROM audit a JOIN entry_signatures s ON s.audit_id = a.id "
        "WHERE a.user = 'sam' ORDER BY a.id"
    ).fetchall()
    assert ("parcel.seal",) in signed and ("lot.reweigh",) in signed
    signed_by_operator = busy.execute(
        "SELECT count(*) FROM audit a JOIN entry_signatures s ON s.audit_id = a.id "
        "WHERE a.user = 'olu'"
    ).fetchone()[0]
    assert signed_by_operator == 0  # operators hold no key


def test_a_supervisors_override_of_the_tolerance_is_signed(busy, db_path, who):
    """Closing beyond tolerance is a supervisor's call (the two-person rule): signed, and an
    override appended in a supervisor's name is named."""
    sorting.close_sorting(busy, who.sam, "L2", accept_difference=True, reason="spilled, reported")
    signed = busy.execute(
        "SELECT a.user FROM audit a JOIN entry_signatures s ON s.audit_id = a.id "
        "WHERE a.action = 'sort.close' AND json_extract(a.details, '$.override') IS 1"
    ).fetchall()
    assert signed == [("sam",)]
    assert verify(busy).ok
    busy.close()
    append_forged_entry(db_path, "sue", "sort.close", [], details={"override": True})
    uid = f"KSF-A{_last_audit_id(db_path)}"
    assert any(
        p.startswith(f"audit entry {uid} (sort.close L1 by sue): a supervisor's")
        for p in (_problems(db_path))
    )


@pytest.mark.parametrize("index", ["audit_with_rows", "audit_by_action", "postings_by_lot_key"])
def test_a_dropped_index_is_named_not_a_traceback(busy, db_path, index):
    """The checks read through sortapp's indexes: the schema is checked first, alone."""
    busy.close()
    raw_edit(db_path, f"DROP INDEX {index}")
    assert _problems(db_path) == [
        f"schema: index {index} is missing (dropped outside sortapp)",
        "the other checks were not run: the schema must be sortapp's first",
    ]


def test_restore_refuses_a_backup_whose_version_was_lowered_to_skip_verify(busy, db_path, who):
    """An older schema gets SQLite's check only: a version lowered by hand must not buy that."""
    info = backups.make_backup(busy, db_path, actor=who.sam)
    raw_edit(
        info.path,
        "UPDATE users SET role = 'admin' WHERE name = 'olu'",
        "UPDATE meta SET value = '7' WHERE key = 'schema_version'",
    )
    with pytest.raises(UserError, match="not what its record of schema changes says"):
        backups.restore(busy, db_path, who.admin, info.path)


@pytest.mark.parametrize(
    ("table", "edit", "action"),
    [
        (
            "settings",
            "UPDATE settings SET value = '1000000' WHERE key = 'tolerance_mct'",
            "lot.weigh",
        ),
        ("users", "UPDATE users SET role = 'admin' WHERE name = 'olu'", "lot.receive"),
        ("users", "UPDATE users SET role = 'admin' WHERE name = 'olu'", "login.failed"),
        ("prices", "UPDATE prices SET cents_per_ct = 1 WHERE id = 100", "login.failed"),
    ],
)
def test_an_operators_kind_of_entry_cannot_carry_a_change_only_a_supervisor_makes(
    busy, db_path, table, edit, action
):
    """The review's attack: a row changed outside sortapp, then an unsigned entry of an
    operator's kind appended (valid chain hash) whose record of rows 'explains' the change."""
    key = rowcover.key_sql(rowcover.shape(busy, table)[1])
    where = edit.split(" WHERE ")[1]
    row_key = busy.execute(f"SELECT {key} FROM {table} WHERE {where}").fetchone()[0]
    busy.close()
    explained_edit(db_path, edit, table, row_key, "olu", action)
    uid = f"KSF-A{_last_audit_id(db_path)}"
    problems = _problems(db_path)
    if table == "users" and action == "login.failed":  # may change a user's row: the role says
        assert problems == [
            "user olu: role admin is not what the audit log gave them (changed outside "
            "sortapp; its last signed user.add or user.set gave role operator)"
        ]
    else:
        assert any(
            p.startswith(f"audit entry {uid} ({action} L1 by olu): a supervisor's")
            for p in problems
        ), problems


def test_rows_whose_keys_hold_a_nul_or_an_escape_are_recorded_as_they_are(db, who, monkeypatch):
    """A lot's mine may hold any character a CSV gives, a NUL among them. The audit entry
    records each row noted by its key, read back in one query through SQLite's json_extract,
    which cuts a string at a NUL: "Orapa\\u0000North" found the row of "Orapa", or none, and
    the origin's insert was recorded wrong or not at all, so verify named a sound row as
    added outside sortapp. Such keys are read by their own query (issue 15). (A person's text
    is held to one line since 2026-12-07: a file holds such keys from before.)"""
    from sortapp.services import validation  # noqa: PLC0415

    monkeypatch.setattr(validation, "check_line", lambda value, _field: value)
    make_lot(db, who.olu, "L1", origins=[("BW", "Orapa")])
    make_lot(db, who.olu, "L2", origins=[("BW", "Orapa\x00North")])
    make_lot(db, who.olu, "L3", origins=[("BW", 'Orapa "North" \\ \x01')])
    make_lot(db, who.olu, "L4", origins=[("BW", "\x00")])
    report = verify(db)
    assert report.ok, report.problems
