"""Rows read by column name (storage.named): a column added or moved cannot shift a value into
another field, and no storage reader builds a record from a row by position (issue 11)."""

from __future__ import annotations

import ast
import dataclasses
import sqlite3
from pathlib import Path

import pytest

import sortapp.storage
from sortapp.core import entities
from sortapp.core.entities import Category, Posting
from sortapp.storage import browse, lots, named, records
from sortapp.storage.browse import AuditRow, LotRow
from tests.conftest import make_lot


@pytest.fixture
def conn():
    conn = sqlite3.connect(":memory:")
    yield conn
    conn.close()


def test_columns_fill_fields_by_name_in_any_order(conn):
    cursor = conn.execute(
        "SELECT 7 AS stones, 'stock' AS place, 'G1' AS loss_type, 3 AS lot_id, 2500 AS mct"
    )
    assert named.every(cursor, Posting) == [Posting("stock", 3, 2500, 7, loss_type="G1")]


def test_a_field_annotated_bool_gets_a_bool(conn):
    cursor = conn.execute(
        "SELECT 0 AS active, 1 AS special, 'x' AS hs_code, 'c' AS colour, 'q' AS quality, "
        "'m' AS model, 's' AS size, 'n' AS name, 'C' AS code, 5 AS id"
    )
    category = named.one(cursor, Category)
    assert category == Category(5, "C", "n", "s", "m", "q", "c", "x", special=True, active=False)
    assert category is not None and category.special is True and category.active is False


@pytest.mark.parametrize(
    ("sql", "said"),
    [
        ("SELECT 'stock' AS place, 1 AS lot_id, 2 AS mct, 3 AS stones, 4 AS weight", "unknown"),
        ("SELECT 'stock' AS place, 1 AS lot_id, 2 AS mct", "missing ['stones']"),
        ("SELECT 'stock' AS place, 1 AS lot_id, 2 AS mct, 3 AS stones, 4 AS mct", "twice"),
        ("SELECT 'stock', 1 AS lot_id, 2 AS mct, 3 AS stones", "unknown"),
    ],
)
def test_a_column_that_names_no_field_or_a_field_no_column_fills_is_refused(conn, sql, said):
    with pytest.raises(LookupError, match=f"Posting: .*{said.replace('[', '.').replace(']', '.')}"):
        named.every(conn.execute(sql), Posting)


def test_no_row_is_none_and_dicts_are_keyed_by_column(conn):
    assert named.one(conn.execute("SELECT 1 AS id WHERE 0"), LotRow) is None
    assert named.first_dict(conn.execute("SELECT 1 AS id WHERE 0")) is None
    assert named.dicts(conn.execute("SELECT 2 AS b, 1 AS a UNION ALL SELECT 4, 3")) == [
        {"b": 2, "a": 1},
        {"b": 4, "a": 3},
    ]


def test_a_slotted_frozen_row_in_field_order_is_the_class_own(conn):
    columns = {f.name: f"'{f.name}'" for f in dataclasses.fields(AuditRow)}
    (row,) = named.every(conn.execute(f"SELECT {named.select(AuditRow, columns)}"), AuditRow)
    assert type(row) is AuditRow and row == AuditRow(*[f.name for f in dataclasses.fields(row)])
    with pytest.raises(dataclasses.FrozenInstanceError):
        row.user = "x"  # type: ignore[misc]
    # Out of order, the same row by name (the slower path).
    swapped = conn.execute(
        "SELECT 'details' AS details, "
        + ", ".join(
            f"'{f.name}' AS {f.name}" for f in dataclasses.fields(AuditRow) if f.name != "details"
        )
    )
    assert named.one(swapped, AuditRow) == row


def test_a_select_list_names_each_field_once_in_the_fields_order():
    columns = {f.name: f"x.{f.name}" for f in dataclasses.fields(AuditRow)}
    backwards = dict(reversed(list(columns.items())))
    assert named.select(AuditRow, backwards).startswith('x.id AS "id", x.uid AS "uid"')
    with pytest.raises(LookupError, match="AuditRow"):
        named.select(AuditRow, {**columns, "extra": "1"})
    with pytest.raises(LookupError, match="AuditRow"):
        named.select(AuditRow, {k: v for k, v in columns.items() if k != "uid"})


def _reversed_columns(columns: str) -> str:
    return ", ".join(reversed([c.strip() for c in columns.split(",")]))


def test_lots_and_categories_read_the_same_with_their_columns_reordered(db, who, monkeypatch):
    make_lot(db, who.olu, "L1", declared_mct=90_000, supplier="Debswana", seals=["S1"])
    lot = lots.get_lot(db, "L1")
    categories = records.list_categories(db)
    assert lot is not None and lot.weight_flag is True and lot.weight_acknowledged is False
    assert (lot.origins, lot.seals, lot.supplier) == ((("BW", "Jwaneng"),), ("S1",), "Debswana")
    monkeypatch.setattr(lots, "_LOT_COLUMNS", _reversed_columns(lots._LOT_COLUMNS))
    monkeypatch.setattr(records, "_CATEGORY_COLUMNS", _reversed_columns(records._CATEGORY_COLUMNS))
    assert lots.get_lot(db, "L1") == lot
    assert lots.list_lots(db) == [lot]
    assert records.list_categories(db) == categories
    assert any(c.special for c in categories) and not all(c.special for c in categories)


def test_browse_rows_read_the_same_from_reordered_columns(db, who):
    make_lot(db, who.olu, "L1")
    ids = browse.lot_ids(db)
    row = browse.lot_rows(db, ids)[ids[0]]
    backwards = ", ".join(f'"{f.name}"' for f in reversed(dataclasses.fields(LotRow)))
    cursor = db.execute(
        f"SELECT {backwards} FROM (SELECT {browse.lot_select(db)} FROM lots l) AS x"
    )
    again = named.one(cursor, LotRow)
    assert again == row and type(again) is LotRow


# -- no reader builds a record by position ---------------------------------------------------

_STORAGE = Path(sortapp.storage.__file__).parent
_RECORDS = {
    name
    for module in (entities, browse)
    for name, value in vars(module).items()
    if isinstance(value, type) and dataclasses.is_dataclass(value)
} | {"ParcelLine"}


def _by_position(node: ast.AST) -> str | None:
    """Why ``node`` reads a row by position into a record, or None."""
    if not isinstance(node, ast.Call):
        return None
    func = node.func
    name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
    if name in _RECORDS:
        if node.args:
            return f"{name}(...) built with positional arguments"
        for keyword in node.keywords:
            if any(
                isinstance(sub, ast.Subscript)
                and isinstance(sub.slice, ast.Constant)
                and isinstance(sub.slice.value, int)
                for sub in ast.walk(keyword.value)
            ):
                return f"{name}({keyword.arg}=row[n]) reads a column by position"
    if name == "zip" and node.args and isinstance(node.args[0], ast.Tuple | ast.List):
        return "dict(zip((names...), row)) names the columns apart from the query"
    return None


def test_no_storage_reader_builds_a_record_by_position():
    found = []
    for path in sorted(_STORAGE.glob("*.py")):
        if path.name == "named.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            why = _by_position(node)
            if why:
                found.append(f"{path.name}:{node.lineno}: {why}")
    assert found == []


def test_the_scan_sees_a_positional_reader():
    bad = ast.parse(
        "Lot(*row[:15])\nCategory(id=row[0])\ndict(zip(('id', 'uid'), row))\nSite(code=c)"
    )
    found = [why for node in ast.walk(bad) if (why := _by_position(node))]
    assert len(found) == 3
