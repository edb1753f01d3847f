"""The assortment (size x model x quality x colour categories with HS codes) and the price book."""

from __future__ import annotations

import csv
from collections.abc import Iterable

from sortapp import paths
from sortapp.core.changes import Changes
from sortapp.core.clock import utc_now
from sortapp.core.entities import HS_CODES, Category
from sortapp.core.errors import NotFound, UserError
from sortapp.core.i18n import Phrase, phrase
from sortapp.core.roles import Actor, Role
from sortapp.services.audit import record
from sortapp.services.csvfile import RowError, read_rows
from sortapp.services.settings import site_today
from sortapp.services.validation import check_cents, parse_day
from sortapp.storage import records
from sortapp.storage.db import transaction
from sortapp.storage.dbapi import Database

CATEGORY_FIELDS = ("code", "size", "model", "quality", "colour", "hs_code")


def _reference(name: str) -> list[dict[str, str]]:
    with paths.resource(f"assortment/{name}.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _names(db: Database) -> dict[str, dict[str, str]]:
    return {
        table: records.reference_names(db, table)
        for table in ("size_classes", "models", "qualities", "colours")
    }


def category_name(
    names: dict[str, dict[str, str]], size: str, model: str, quality: str, colour: str
) -> str:
    return " ".join(
        (
            names["size_classes"].get(size, size),
            names["models"].get(model, model),
            names["qualities"].get(quality, quality),
            names["colours"].get(colour, colour),
        )
    )


def load_default(db: Database, actor: Actor) -> int:
    """Load the shipped reference lists and default assortment (inside the caller's transaction)."""
    sizes = _reference("sizes")
    records.insert_reference(
        db,
        "size_classes",
        [
            (
                r["code"],
                r["label"],
                r["band"],
                r["kind"],
                int(r["min_mct"]) if r["min_mct"] else None,
                int(r["max_mct"]) if r["max_mct"] else None,
                i,
            )
            for i, r in enumerate(sizes)
        ],
    )
    for table, name in (("models", "models"), ("qualities", "qualities"), ("colours", "colours")):
        refs = _reference(name)
        records.insert_reference(db, table, [(r["code"], r["name"], i) for i, r in enumerate(refs)])
    text = paths.resource("assortment/categories.csv").read_text(encoding="utf-8")
    rows, errors = _validate(db, read_rows(text))
    if errors:
        raise AssertionError(f"the shipped assortment is invalid: {errors[:3]}")
    records.insert_categories(db, rows)
    record(db, actor, "assortment.load", "default", {"categories": len(rows)})
    return len(rows)


def _validate(
    db: Database, rows: Iterable[tuple[int, dict[str, str]]]
) -> tuple[list[tuple[str, str, str, str, str, str, str]], list[RowError]]:
    names = _names(db)
    known = {table: set(codes) for table, codes in names.items()}
    existing = records.category_codes(db)
    seen: set[str] = set()
    good, errors = [], []
    for line, row in rows:
        missing = [f for f in CATEGORY_FIELDS if not row.get(f)]
        if missing:
            errors.append(RowError(line, phrase("missing {fields}", fields=", ".join(missing))))
            continue
        code = row["code"]
        problems: list[Phrase] = []
        if code.upper() in existing:
            problems.append(phrase("category {code} already exists", code=code))
        if code.upper() in seen:
            problems.append(phrase("category {code} appears twice in the file", code=code))
        for field, table, unknown in (
            ("size", "size_classes", phrase("unknown size '{value}'", value=row["size"])),
            ("model", "models", phrase("unknown model '{value}'", value=row["model"])),
            ("quality", "qualities", phrase("unknown quality '{value}'", value=row["quality"])),
            ("colour", "colours", phrase("unknown colour '{value}'", value=row["colour"])),
        ):
            if row[field] not in known[table]:
                problems.append(unknown)
        if row["hs_code"] not in HS_CODES:
            problems.append(
                phrase(
                    "HS code '{code}' is not one of {codes}",
                    code=row["hs_code"],
                    codes=", ".join(HS_CODES),
                )
            )
        if problems:
            said = problems[0]
            for problem in problems[1:]:  # one sentence, each part said in the language
                said = phrase("{problems}; {problem}", problems=said, problem=problem)
            errors.append(RowError(line, said))
            continue
        seen.add(code.upper())
        name = row.get("name") or category_name(
            names, row["size"], row["model"], row["quality"], row["colour"]
        )
        good.append(
            (code, name, row["size"], row["model"], row["quality"], row["colour"], row["hs_code"])
        )
    return good, errors


def import_categories(
    db: Database, actor: Actor, text: str, *, dry_run: bool = False
) -> tuple[int, list[RowError], Changes]:
    """Import categories from CSV text, all or nothing; return (count, errors, changes).

    Every bad row is listed with its line number; with any error nothing is written.
    """
    actor.require(Role.ADMIN, phrase("importing an assortment"))
    rows, errors = _validate(db, read_rows(text))
    if errors or dry_run:
        return len(rows), errors, Changes(audit=False)
    with transaction(db):
        records.insert_categories(db, rows)
        record(db, actor, "assortment.import", "csv", {"categories": len(rows)})
    return len(rows), [], Changes(assortment=True)


def add_category(
    db: Database,
    actor: Actor,
    *,
    code: str,
    size: str,
    model: str,
    quality: str,
    colour: str,
    hs_code: str,
    name: str = "",
) -> Changes:
    actor.require(Role.ADMIN, phrase("adding a category"))
    row = {
        "code": code.strip(),
        "size": size.strip(),
        "model": model.strip(),
        "quality": quality.strip(),
        "colour": colour.strip(),
        "hs_code": hs_code.strip(),
        "name": name.strip(),
    }
    rows, errors = _validate(db, [(1, row)])
    if errors:
        said = errors[0].message
        problem = said.split(": ", 1)[-1] if ": " in said else said  # (a Phrase kept whole)
        raise UserError(phrase("category {code}: {problem}", code=code, problem=problem))
    with transaction(db):
        records.insert_categories(db, rows)
        record(
            db,
            actor,
            "category.add",
            rows[0][0],
            dict(zip(CATEGORY_FIELDS, (rows[0][0], *rows[0][2:]), strict=True)),
        )
    return Changes(assortment=True)


def list_categories(db: Database) -> list[Category]:
    return records.list_categories(db)


def size_labels(db: Database) -> dict[str, str]:
    """Size classes by code: their labels (``S5`` -> ``-7+5``)."""
    return records.reference_names(db, "size_classes")


def get_category(db: Database, code: str) -> Category:
    found = records.get_category(db, code or "")
    if found is None:
        raise NotFound(
            phrase("category: '{code}' is not in the assortment", code=code),
            code="category_unknown",
            facts={"category": code},
        )
    if not found.active:
        raise UserError(phrase("category {code} is retired", code=found.code))
    return found


def set_price(
    db: Database,
    actor: Actor,
    category: str,
    cents_per_ct: int,
    effective_from: str | None = None,
) -> Changes:
    """Add a dated price-book entry (cents per carat) for a category; supervisor or admin."""
    actor.require(Role.SUPERVISOR, phrase("changing the price book"))
    cat = get_category(db, category)
    cents = check_cents(cents_per_ct, "USD per carat")
    day = parse_day(effective_from, "from") if effective_from else site_today(db)
    with transaction(db):
        records.insert_price(db, cat.id, day, cents, actor.user_id, utc_now())
        record(db, actor, "price.set", cat.code, {"cents_per_ct": cents, "from": day})
    return Changes(prices=True, stock=True)


def import_prices(
    db: Database, actor: Actor, prices: dict[str, int], effective_from: str | None = None
) -> Changes:
    """Set many prices (category code -> cents per carat) at once, in one audited transaction."""
    actor.require(Role.SUPERVISOR, phrase("changing the price book"))
    day = parse_day(effective_from, "from") if effective_from else site_today(db)
    cats = {c.code.upper(): c for c in records.list_categories(db)}
    unknown = sorted(code for code in prices if code.upper() not in cats)
    if unknown:
        raise UserError(
            phrase("unknown categories in the price list: {codes}", codes=", ".join(unknown[:10]))
        )
    at = utc_now()
    with transaction(db):
        records.insert_prices(
            db,
            [
                (cats[code.upper()].id, day, cents, actor.user_id, at)
                for code, cents in prices.items()
            ],
        )
        record(db, actor, "price.import", day, {"from": day, "prices": prices})
    return Changes(prices=True, stock=True)


def prices_on(db: Database, day: str | None = None) -> dict[int, int]:
    return records.prices_on(db, day or site_today(db))
