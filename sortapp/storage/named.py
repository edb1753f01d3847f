"""Rows read by column name: the one way storage turns a query's rows into records or dicts.

A reader looks at the cursor's column names (``cursor.description``) once per query and matches
each to the record's field of that name; a column the record has no field for, a field without a
default that no column fills, or a name given twice is refused at once (``LookupError``). So a
column added to or moved in a SELECT can never shift a value into its neighbour's field. A field
annotated ``bool`` gets ``bool(value)`` (SQLite hands back 0 and 1).

Where the columns come in the record's field order and it has no ``bool`` field, as the SELECT
lists written by ``select`` do, a row is built from its values in order, without naming them
again: for a frozen, slotted record by a mutable twin switched to the class (see ``_positional``),
as fast as a dict, so the big lists (``browse``) lose nothing to it.
"""

from __future__ import annotations

import typing
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import MISSING, dataclass, fields
from typing import Any, TypeVar, cast

from sortapp.storage.dbapi import Cursor

R = TypeVar("R")

Builder = Callable[[Sequence[Any]], R]


@dataclass(frozen=True)
class _Plan:
    """What a record type asks of a query: its fields, which ones need a column, the bools."""

    fields: tuple[str, ...]
    required: frozenset[str]
    bools: frozenset[str]
    positional: Callable[[Sequence[Any]], Any]


_plans: dict[type, _Plan] = {}
_builders: dict[tuple[type, tuple[str, ...]], Callable[[Sequence[Any]], Any]] = {}


def _positional(row_type: type[R]) -> Callable[[Sequence[Any]], R]:
    """A constructor of ``row_type`` from its fields' values in order.

    A frozen dataclass's ``__init__`` sets each field through ``object.__setattr__`` (1.6 us for
    12 fields, 40 % more than a dict); for a frozen, slotted one its mutable twin, the same slots
    in the same order, sets them as plain attributes, and the row then becomes a ``row_type``
    (Python allows assigning ``__class__`` between classes of one layout): 0.5 us. The row is
    then the class's own: equal, hashed and frozen as one built by ``row_type(...)``.
    """
    params = getattr(row_type, "__dataclass_params__", None)
    slotted = "__slots__" in row_type.__dict__ and not hasattr(row_type, "__post_init__")
    if not (slotted and params is not None and params.frozen):
        return lambda values: row_type(*values)
    namespace = {"__annotations__": dict(row_type.__annotations__), "__module__": __name__}
    twin: type[Any] = dataclass(slots=True)(type(f"_{row_type.__name__}Twin", (), namespace))

    def build(values: Sequence[Any]) -> R:
        row = twin(*values)
        row.__class__ = row_type
        return cast(R, row)

    return build


def _plan(row_type: type) -> _Plan:
    plan = _plans.get(row_type)
    if plan is None:
        hints = typing.get_type_hints(row_type)
        own = fields(row_type)
        plan = _Plan(
            fields=tuple(f.name for f in own),
            required=frozenset(
                f.name for f in own if f.default is MISSING and f.default_factory is MISSING
            ),
            bools=frozenset(f.name for f in own if hints.get(f.name) is bool),
            positional=_positional(row_type),
        )
        _plans[row_type] = plan
    return plan


def builder(row_type: type[R], names: Sequence[str]) -> Builder[R]:
    """A constructor of ``row_type`` from rows whose columns are ``names``, matched by name."""
    key = (row_type, tuple(names))
    found = _builders.get(key)
    if found is not None:
        return cast("Builder[R]", found)
    plan = _plan(row_type)
    unknown = [n for n in names if n not in plan.fields]
    missing = sorted(plan.required.difference(names))
    twice = sorted({n for n in names if names.count(n) > 1})
    if unknown or missing or twice:
        raise LookupError(
            f"{row_type.__name__}: columns {tuple(names)} do not name its fields "
            f"(unknown {unknown}, missing {missing}, twice {twice})"
        )
    build: Callable[[Sequence[Any]], Any]
    if key[1] == plan.fields[: len(names)] and not plan.bools:
        build = plan.positional
    else:
        order = key[1]
        bools = [n for n in order if n in plan.bools]

        def build(values: Sequence[Any]) -> Any:
            given = dict(zip(order, values, strict=True))
            for name in bools:
                given[name] = bool(given[name])
            return row_type(**given)

    _builders[key] = build
    return cast("Builder[R]", build)


def names(cursor: Cursor) -> tuple[str, ...]:
    """The column names of a query's rows."""
    return tuple(d[0] for d in cursor.description)


def each(cursor: Cursor, row_type: type[R]) -> Iterator[R]:
    """The rows of ``cursor`` as ``row_type`` records, each column filling its field by name."""
    return map(builder(row_type, names(cursor)), cursor)


def every(cursor: Cursor, row_type: type[R]) -> list[R]:
    return list(each(cursor, row_type))


def one(cursor: Cursor, row_type: type[R]) -> R | None:
    """The first row of ``cursor`` as a ``row_type`` record, None if there is none."""
    row = cursor.fetchone()
    return None if row is None else builder(row_type, names(cursor))(row)


def each_dict(cursor: Cursor) -> Iterator[dict[str, Any]]:
    """The rows of ``cursor`` as dicts keyed by column name, in the columns' order."""
    keys = names(cursor)
    return (dict(zip(keys, row, strict=True)) for row in cursor)


def dicts(cursor: Cursor) -> list[dict[str, Any]]:
    return list(each_dict(cursor))


def first_dict(cursor: Cursor) -> dict[str, Any] | None:
    """The first row of ``cursor`` as a dict keyed by column name, None if there is none."""
    row = cursor.fetchone()
    return None if row is None else dict(zip(names(cursor), row, strict=True))


def select(row_type: type, columns: Mapping[str, str]) -> str:
    """The SELECT list of ``row_type``: one SQL expression per field, each named after its field
    (``expr AS "field"``), in the fields' order (so ``each`` builds its rows positionally).

    ``columns`` must name every field once, in any order; a name it lacks or has extra raises
    ``LookupError`` (when the module that writes the list is imported).
    """
    order = _plan(row_type).fields
    if set(columns) != set(order):
        raise LookupError(f"{row_type.__name__}: columns {tuple(columns)} are not {order}")
    return ", ".join(f'{columns[name]} AS "{name}"' for name in order)
