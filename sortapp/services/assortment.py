"""The assortment (size x model x quality x colour categories with HS codes) and the price book."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import cast

from sortapp import paths
from sortapp.core.changes import Changes
from sortapp.core.clock import utc_now
from sortapp.core.entities import HS_CODES, Category
from sortapp.core.errors import NotFound, UserError
from sortapp.core.i18n import LANGUAGES, SOURCE_LANGUAGE, Phrase, phrase
from sortapp.core.roles import Actor, Role
from sortapp.services.audit import record
from sortapp.services.csvfile import RowError, read_rows
from sortapp.services.settings import site_today
from sortapp.services.validation import (
    MOST_TEXT,
    check_cents,
    check_line,
    check_plain,
    parse_day,
    printed,
)
from sortapp.storage import records
from sortapp.storage.db import transaction
from sortapp.storage.dbapi import Database

CATEGORY_FIELDS = ("code", "size", "model", "quality", "colour", "hs_code")

#: The languages the assortment's names are kept in beside English (issue 18).
NAME_LANGUAGES = tuple(code for code in LANGUAGES if code != SOURCE_LANGUAGE)

#: What a name in another language names, by kind: the table of the thing named.
NAME_KINDS = {
    "category": "categories",
    "size_class": "size_classes",
    "model": "models",
    "quality": "qualities",
    "colour": "colours",
}

#: Each kind of name as a refusal says it.
KIND_WORDS = {
    "category": phrase("category"),
    "size_class": phrase("size class"),
    "model": phrase("model"),
    "quality": phrase("quality"),
    "colour": phrase("colour"),
}

#: The longest name kept in another language (the schema's limit too).
NAME_LIMIT = 120
#: The longest category code (a code is scanned and typed on the sorting floor).
CODE_LIMIT = 40

#: A name in another language, as CSV files give it: a column ``name_ru``, ``name_fr`` ...
NAME_COLUMNS = {f"name_{language}": language for language in NAME_LANGUAGES}


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


def _in_language(
    names: dict[str, dict[str, str]],
    translated: dict[tuple[str, str, str], str],
    language: str,
) -> dict[str, dict[str, str]]:
    """The reference names by table in ``language``: each in English where it has none."""
    kinds = {table: kind for kind, table in NAME_KINDS.items()}
    return {
        table: {
            code: translated.get((kinds[table], code, language), name)
            for code, name in by_code.items()
        }
        for table, by_code in names.items()
    }


def _translations(
    category: Category,
    names: dict[str, dict[str, str]],
    translated: dict[tuple[str, str, str], str],
) -> dict[str, str]:
    """A category's names in the other languages: its own, else (a category named as its parts
    compose, not named otherwise) one composed of its parts' names in that language."""
    parts = (category.size, category.model, category.quality, category.colour)
    composed = category.name == category_name(names, *parts)
    found: dict[str, str] = {}
    for language in NAME_LANGUAGES:
        own = translated.get(("category", category.code, language))
        if own:
            found[language] = own
        elif composed:
            said = category_name(_in_language(names, translated, language), *parts)
            if said != category.name:
                found[language] = said
    return found


def names_in(db: Database, language: str) -> dict[str, str]:
    """Every category's name in ``language`` by its code (English where it has none)."""
    return {c.code: c.name_in(language) for c in list_categories(db)}


def _name_language(language: str) -> str:
    code = (language or "").strip().lower()
    if code not in NAME_LANGUAGES:
        raise UserError(
            phrase(
                "'{language}' is not a language the assortment's names are kept in; "
                "use one of {languages}",
                language=language,
                languages=", ".join(NAME_LANGUAGES),
            ),
            code="language_unknown",
            facts={"language": language, "languages": ", ".join(NAME_LANGUAGES)},
        )
    return code


def _named(db: Database, kind: str, code: str) -> str:
    """The code of the ``kind`` ``code`` as the assortment spells it (NotFound if none)."""
    if kind not in NAME_KINDS:
        raise UserError(
            phrase(
                "'{kind}' is not a kind of name; use one of {kinds}",
                kind=kind,
                kinds=", ".join(NAME_KINDS),
            )
        )
    if kind == "category":
        found = records.get_category(db, code or "")
        if found is not None:
            return found.code
    else:
        codes = records.reference_names(db, NAME_KINDS[kind])
        if code in codes:
            return code
    raise NotFound(
        phrase("{kind}: '{code}' is not in the assortment", kind=KIND_WORDS[kind], code=code),
        code="category_unknown" if kind == "category" else "reference_unknown",
        facts={kind: code},
    )


def _checked_name(name: str, language: str) -> str:
    text = " ".join((name or "").split())
    if not text:
        raise UserError(
            phrase(
                "the name ({language}) is empty; clear it to show the English name",
                language=LANGUAGES[language],
            )
        )
    if len(text) > NAME_LIMIT:
        raise UserError(
            phrase(
                "the name ({language}) has {length} characters; at most {limit}",
                language=LANGUAGES[language],
                length=len(text),
                limit=NAME_LIMIT,
            )
        )
    check_line(text, LANGUAGES[language])
    return text


def set_name(
    db: Database, actor: Actor, code: str, language: str, name: str, *, kind: str = "category"
) -> Changes:
    """Keep ``name`` as the ``language`` name of a category (or of a size class, model, quality
    or colour: ``kind``); a supervisor's or admin's signed, audited action. What documents
    printed in that language say from then on."""
    actor.require(Role.SUPERVISOR, phrase("changing the assortment's names"))
    language = _name_language(language)
    code = _named(db, kind, code)
    text = _checked_name(name, language)
    with transaction(db):
        records.set_name_translation(db, kind, code, language, text)
        record(
            db,
            actor,
            "name.set",
            f"{kind} {code}",
            {"kind": kind, "code": code, "language": language, "name": text},
        )
    return Changes(assortment=True)


def clear_name(
    db: Database, actor: Actor, code: str, language: str, *, kind: str = "category"
) -> Changes:
    """Drop the ``language`` name of a category (or ``kind``): it is shown in English again
    (or, for a category, as its parts' names compose). Nothing to clear: nothing written."""
    actor.require(Role.SUPERVISOR, phrase("changing the assortment's names"))
    language = _name_language(language)
    code = _named(db, kind, code)
    with transaction(db):
        if not records.clear_name_translation(db, kind, code, language):
            return Changes(audit=False)
        record(
            db,
            actor,
            "name.clear",
            f"{kind} {code}",
            {"kind": kind, "code": code, "language": language},
        )
    return Changes(assortment=True)


def set_names(
    db: Database, actor: Actor, code: str, names: dict[str, str], *, kind: str = "category"
) -> Changes:
    """Set a category's (or ``kind``'s) names in several languages at once, by language ("":
    cleared), in one signed, audited action (what the assortment's dialog does); names as they
    are already are left alone, and nothing changed writes nothing."""
    actor.require(Role.SUPERVISOR, phrase("changing the assortment's names"))
    code = _named(db, kind, code)
    now = {
        language: name
        for (k, c, language), name in records.name_translations(db).items()
        if k == kind and c == code
    }
    wanted: dict[str, str] = {}
    for given, name in names.items():
        language = _name_language(given)
        text = " ".join((name or "").split())
        wanted[language] = _checked_name(text, language) if text else ""
    changed = {language: text for language, text in wanted.items() if now.get(language, "") != text}
    if not changed:
        return Changes(audit=False)
    with transaction(db):
        for language, text in changed.items():
            if text:
                records.set_name_translation(db, kind, code, language, text)
            else:
                records.clear_name_translation(db, kind, code, language)
        record(
            db, actor, "name.set", f"{kind} {code}", {"kind": kind, "code": code, "names": changed}
        )
    return Changes(assortment=True)


def own_names(db: Database, code: str, *, kind: str = "category") -> dict[str, str]:
    """The names kept for a category (or ``kind``) in the other languages, by language (none
    composed: what a supervisor set)."""
    code = _named(db, kind, code)
    return {
        language: name
        for (k, c, language), name in records.name_translations(db).items()
        if k == kind and c == code
    }


def _row_names(row: dict[str, str]) -> tuple[list[tuple[str, str]], list[Phrase]]:
    """The names a CSV row gives in other languages (``name_ru`` ...): (language, name) pairs,
    and what is wrong with them."""
    found, problems = [], []
    for column, language in NAME_COLUMNS.items():
        text = " ".join((row.get(column) or "").split())
        if not text:
            continue
        if len(text) > NAME_LIMIT:
            problems.append(
                phrase(
                    "{column} has {length} characters; at most {limit}",
                    column=column,
                    length=len(text),
                    limit=NAME_LIMIT,
                )
            )
            continue
        plain = _plain_problems({column: text}, ((column, NAME_LIMIT),))
        if plain:
            problems += plain
            continue
        found.append((language, text))
    return found, problems


def _plain_problems(row: dict[str, str], fields: tuple[tuple[str, int], ...]) -> list[Phrase]:
    """What keeps a row's texts from being printed as they are: each of ``fields`` (column,
    most characters) on one line of plain text (``check_line``: a direction mark prints the
    text after it backwards on every label and document), and not longer than its most."""
    problems: list[Phrase] = []
    for field, most in fields:
        try:
            check_plain(row.get(field) or "", field, most)
        except UserError as exc:
            problems.append(cast(Phrase, exc.message))  # (check_plain says a Phrase)
    return problems


def _kind_of(db: Database, code: str) -> str:
    """What a code names where a file does not say: a category, else the one reference list
    that has it (the shipped ``models.csv`` ... import as they are), else "category" (whose
    refusal names it)."""
    if records.get_category(db, code or "") is not None:
        return "category"
    kinds = [
        k
        for k, table in NAME_KINDS.items()
        if k != "category" and code in records.reference_names(db, table)
    ]
    return kinds[0] if len(kinds) == 1 else "category"


def import_names(
    db: Database,
    actor: Actor,
    text: str,
    *,
    kind: str | None = None,
    dry_run: bool = False,
) -> tuple[int, list[RowError], Changes]:
    """Import names in other languages from CSV text (``code`` and any of ``name_ru``,
    ``name_fr``, ``name_pt``), all or nothing; return (names set, errors, changes). What each
    code names: the row's ``kind`` column, else ``kind``, else a category or the one reference
    list with that code. Blank cells leave a name as it is."""
    actor.require(Role.SUPERVISOR, phrase("changing the assortment's names"))
    kind_given = kind is not None
    kind = kind or "category"
    rows: list[tuple[str, str, str, str]] = []
    errors: list[RowError] = []
    for line, row in read_rows(text):
        problems: list[str] = []
        row_kind = row.get("kind") or (kind if kind_given else _kind_of(db, row.get("code", "")))
        try:
            code = _named(db, row_kind, row.get("code", ""))
        except UserError as exc:
            problems.append(exc.message)
            code = ""
        named, bad = _row_names(row)
        problems += bad
        if problems:
            said = problems[0]
            for problem in problems[1:]:
                said = phrase("{problems}; {problem}", problems=said, problem=problem)
            errors.append(RowError(line, said))
            continue
        rows += [(row_kind, code, language, name) for language, name in named]
    if errors or dry_run:
        return len(rows), errors, Changes(audit=False)
    with transaction(db):
        for row_kind, code, language, name in rows:
            records.set_name_translation(db, row_kind, code, language, name)
        record(db, actor, "name.import", "csv", {"names": len(rows)})
    return len(rows), [], Changes(assortment=True)


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
        _load_names(db, table, refs)
    _load_names(db, "size_classes", sizes)
    text = paths.resource("assortment/categories.csv").read_text(encoding="utf-8")
    rows, errors, named = _validate(db, read_rows(text))
    if errors:
        raise AssertionError(f"the shipped assortment is invalid: {errors[:3]}")
    records.insert_categories(db, rows)
    _insert_names(db, named)
    record(db, actor, "assortment.load", "default", {"categories": len(rows)})
    return len(rows)


def _load_names(db: Database, table: str, refs: list[dict[str, str]]) -> None:
    """The names in other languages the shipped reference list ``table`` gives (``name_ru`` ...)."""
    kind = {t: k for k, t in NAME_KINDS.items()}[table]
    for ref in refs:
        named, problems = _row_names(ref)
        if problems:
            raise AssertionError(f"the shipped {table} are invalid: {problems[:3]}")
        for language, name in named:
            records.set_name_translation(db, kind, ref["code"], language, name)


def _insert_names(db: Database, named: list[tuple[str, str, str]]) -> None:
    for code, language, name in named:
        records.set_name_translation(db, "category", code, language, name)


def _validate(
    db: Database, rows: Iterable[tuple[int, dict[str, str]]]
) -> tuple[
    list[tuple[str, str, str, str, str, str, str]], list[RowError], list[tuple[str, str, str]]
]:
    """(The good rows, what is wrong with the others, the good rows' names in other languages
    as (code, language, name))."""
    names = _names(db)
    known = {table: set(codes) for table, codes in names.items()}
    existing = records.category_codes(db)
    seen: set[str] = set()
    good, errors, translated = [], [], []
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
        named, bad_names = _row_names(row)
        problems += bad_names
        problems += _plain_problems(row, (("code", CODE_LIMIT), ("name", MOST_TEXT)))
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
        translated += [(code, language, text) for language, text in named]
    return good, errors, translated


def import_categories(
    db: Database, actor: Actor, text: str, *, dry_run: bool = False
) -> tuple[int, list[RowError], Changes]:
    """Import categories from CSV text, all or nothing; return (count, errors, changes).

    Every bad row is listed with its line number; with any error nothing is written.
    """
    actor.require(Role.ADMIN, phrase("importing an assortment"))
    rows, errors, named = _validate(db, read_rows(text))
    if errors or dry_run:
        return len(rows), errors, Changes(audit=False)
    with transaction(db):
        records.insert_categories(db, rows)
        _insert_names(db, named)
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
    rows, errors, _named_none = _validate(db, [(1, row)])
    if errors:
        # (The code as a document would print it: it may be what is refused.)
        raise UserError(
            phrase("category {code}: {problem}", code=printed(code), problem=errors[0].message)
        )
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
    """The assortment, each category with its names in the other languages (``name_in``)."""
    found = records.list_categories(db)
    translated = records.name_translations(db)
    if not translated:
        return found
    names = _names(db)
    return [replace(c, names=_translations(c, names, translated)) for c in found]


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
        was = records.prices_on(db, day).get(cat.id)  # (in force that day until now: None)
        records.insert_price(db, cat.id, day, cents, actor.user_id, utc_now())
        record(db, actor, "price.set", cat.code, {"cents_per_ct": cents, "from": day, "was": was})
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


@dataclass(frozen=True)
class PriceLine:
    """A category's price in force on a day (``price_book``): none set by then is None."""

    category: str
    active: bool
    effective_from: str | None = None
    cents_per_ct: int | None = None
    set_by: str | None = None
    set_at: str | None = None


def price_book(db: Database, actor: Actor, day: str | None = None) -> tuple[str, list[PriceLine]]:
    """The price book on ``day`` (default: the site's today): every category in assortment
    order with the price in force then, and from when and by whom it was set (None for a
    category no price was set for by then)."""
    actor.require(Role.OPERATOR, phrase("viewing the price book"))
    on = parse_day(day, "on") if day else site_today(db)
    book = records.price_book_on(db, on)
    return on, [
        PriceLine(c.code, c.active, *book[c.id]) if c.id in book else PriceLine(c.code, c.active)
        for c in records.list_categories(db)
    ]
