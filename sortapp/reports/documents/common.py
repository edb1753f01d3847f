"""What every document shares: the document as data (tables, labels, copy number) and the
helpers its builders use to word parties, countries, origins and contents."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from sortapp.core.canonical import fingerprint
from sortapp.core.entities import HS_LABELS, MIXED, Parcel, ParcelLine, Shipment
from sortapp.core.errors import NotFound, UserError
from sortapp.core.i18n import N_, Phrase, phrase
from sortapp.core.units import (
    format_cents,
    format_mct,
    format_percent,
    group_thousands,
    milli_percent_of,
    price_cents_per_ct,
    split_cents,
    value_cents,
)
from sortapp.services import parcels, settings, site
from sortapp.storage.dbapi import Database

#: What a document says in its own words (issue 18): a heading, a caption, a column's or a
#: fact's name, a signer's role. Always marked (``N_`` or ``phrase``): typed, so that a heading
#: that is plain text (data, or a word not marked) is a type error, not a heading printed in
#: English on a Russian receipt. Values and cells are ``str``: data printed as it is, a marked
#: word or a phrase among them said in the document's language (``render.Speaker``).
Heading = Phrase

#: A column with no heading (the reconciliation's row names).
NO_HEADING: Heading = Phrase("", {})


@dataclass(frozen=True)
class Table:
    heading: Heading
    columns: tuple[Heading, ...]
    numeric: tuple[bool, ...]
    rows: tuple[tuple[str, ...], ...]
    #: One per row: "line", "subtotal" or "total".
    kinds: tuple[str, ...] = ()
    #: A legend printed with the table, above it (e.g. "n/c: not counted"); empty for none.
    note: str = ""
    #: Each column's share of the table's width in percent (0: as its text needs); empty: all
    #: as Qt lays them out.
    widths: tuple[int, ...] = ()


@dataclass(frozen=True)
class Label:
    code: str
    lines: tuple[str, ...]
    #: 0 for the label's first print, n for its n-th reprint (counted per lot or parcel number).
    copy: int = 0


@dataclass(frozen=True)
class Document:
    kind: str
    title: Heading
    number: str
    site: str
    #: (the fact's name, its value): the value data as it is, or a marked word or phrase.
    facts: tuple[tuple[Heading, str], ...] = ()
    tables: tuple[Table, ...] = ()
    statements: tuple[str, ...] = ()
    signatures: tuple[Heading, ...] = ()
    labels: tuple[Label, ...] = ()
    #: The full fingerprint a reader checks against the database.
    fingerprint: str = ""
    #: 0 for the original, n for the n-th reprint ("COPY n").
    copy: int = 0
    #: The sheet: "a4" or "letter" (the site's ``paper``), or "label": one label per
    #: label-printer page.
    paper: str = "a4"
    #: A mark painted on every page (e.g. "PROVISIONAL"); empty for none.
    mark: str = ""
    #: 1, or n: the n-th content of this document printed (``reports.print_version``): a
    #: reprint of other content is a new version, not a copy.
    version: int = 1
    subject: str = field(default="", compare=False)
    #: The language its own words are printed in (``render.Speaker``): the site's for a
    #: receipt, a reconciliation and labels; English for the KP documents (issue 18).
    language: str = "en"
    #: A language printed beside the English headings of a KP document, where the site asks
    #: for it; "" for none.
    beside: str = ""
    #: The audit chain's head when it was built (``anchors.document_mark``): an anchor on paper.
    chain: str = ""
    #: Who printed it and when, in the site's zone ("Printed by olu on 2026-12-02 09:15
    #: Africa/Gaborone (UTC+02:00)"): filled at print time, the time its audit record holds.
    printed: str = ""
    #: Documents printed after this one, each from a new page (the KP sheet's import slip).
    appended: tuple[Document, ...] = ()

    @property
    def short_fingerprint(self) -> str:
        return " ".join(self.fingerprint[i : i + 4] for i in range(0, 16, 4)).upper()

    def footer(self, named: str) -> Phrase:
        """The line at a page's foot: ``named`` (the document as its pages name it), its
        fingerprint and, when it was built with one, the audit chain's head as it stood."""
        if self.chain:
            return phrase(
                "{named} - fingerprint {fingerprint} - audit log up to {chain}",
                named=named,
                fingerprint=self.short_fingerprint,
                chain=self.chain,
            )
        return phrase(
            "{named} - fingerprint {fingerprint}", named=named, fingerprint=self.short_fingerprint
        )


@dataclass(frozen=True)
class Figures:
    """Figures as a site's documents print them: thousands grouped, the site's decimal mark,
    the exact value unchanged (``figures(db)`` reads the site's setting)."""

    decimal_comma: bool = False

    def ct(self, mct: int) -> str:
        """Carats, 3 decimals: ``1,234.500``."""
        return format_mct(mct, decimal_comma=self.decimal_comma, group=True)

    def usd(self, cents: int) -> str:
        """US dollars, 2 decimals: ``10,234.50``."""
        return format_cents(cents, decimal_comma=self.decimal_comma, group=True)

    def count(self, n: int) -> str:
        """A whole number (stones, lines): ``2,110``."""
        sign = "-" if n < 0 else ""
        return sign + group_thousands(abs(n), decimal_comma=self.decimal_comma)

    def pct(self, part: int, whole: int) -> str:
        """``part`` as a percentage of ``whole``, 3 decimals, rounded half up."""
        return self.milli_pct(milli_percent_of(part, whole))

    def milli_pct(self, milli_pct: int) -> str:
        """Thousandths of a percent, 3 decimals."""
        return format_percent(milli_pct, decimal_comma=self.decimal_comma)

    def price(self, value_cents: int, mct: int) -> str:
        """USD/ct of a value over carats (display only)."""
        return self.usd(price_cents_per_ct(value_cents, mct))


def figures(db: Database) -> Figures:
    """The site's way of printing figures."""
    return Figures(decimal_comma=settings.settings(db).decimal_comma)


def table(
    heading: Heading, columns: list[tuple[Heading, bool]], rows: list[tuple[list[str], str]]
) -> Table:
    return Table(
        heading=heading,
        columns=tuple(c for c, _n in columns),
        numeric=tuple(n for _c, n in columns),
        rows=tuple(tuple(r) for r, _k in rows),
        kinds=tuple(k for _r, k in rows),
        note=with_legend(rows),
    )


def content_fingerprint(*parts: Any) -> str:
    return fingerprint(json.loads(json.dumps(parts, default=str)))


def site_line(db: Database, sealed: tuple[settings.Settings, str] | None = None) -> str:
    """The site's name, code and address (``sealed``: the settings and name a shipment's
    documents print, ``sealed_settings``; else as they are now)."""
    here = settings.site(db)
    conf, name = sealed or (settings.settings(db), here.name)
    return f"{name} ({here.code}), {conf.address or here.country}"


def sealed_settings(db: Database, kp_cert: str) -> tuple[settings.Settings, str]:
    """The site's settings and name as the documents of the shipment under ``kp_cert`` print
    them: its address, terms, statements and name as the seal that made the certificate
    recorded them (``parcels.printed_as_sealed``)."""
    return parcels.printed_as_sealed(db, kp_cert)


def country_text(db: Database, code: str) -> str:
    found = [name for c, name, _kp in site.countries(db) if c == code]
    return f"{found[0]} ({code})" if found else code


def party(db: Database, name: str, address: str, country: str) -> str:
    """Name, address and country, without repeating a country the address already names."""
    place = country_text(db, country)
    parts = [name, address] if address else [name]
    if not address or place.split(" (")[0].lower() not in address.lower():
        parts.append(place)
    return ", ".join(p for p in parts if p)


def parties(
    db: Database, exporter: str, importer: str, destination: str, conf: settings.Settings
) -> tuple[str, str]:
    """The exporter (at this site's address as sealed, ``conf``: ``sealed_settings``, and its
    country) and the importer (in the destination country), as the documents of a shipment
    name them."""
    here = settings.site(db)
    return (
        party(db, exporter, conf.address, here.country),
        f"{importer}, {country_text(db, destination)}",
    )


def origin_text(origin: str, countries: list[str]) -> str:
    return f"{MIXED} ({', '.join(countries)})" if origin == MIXED else origin


#: Under a table with a stones cell "n/c".
NOT_COUNTED_LEGEND = N_("n/c: not counted")

#: A special stone as ``parcels.special_stones`` gives it: (category, lot, mct, stones).
SpecialStone = tuple[str, str, int, int]


def category_rows(
    parcel_list: list[Parcel],
    f: Figures,
    specials: Sequence[SpecialStone] = (),
) -> list[tuple[list[str], str]]:
    """Contents by category with a subtotal per HS code and a total (exact sums).

    Every line row multiplies out as printed (issue 14): carats x USD/ct, rounded to the cent,
    is the row's value. A category's lots share one row where their values add up to that
    (parcels valued per category, ``services.parcels._line_values``); else (parcels sealed
    before) each lot has its own row. Special stones (``specials``: the parcels' packings of
    specials categories) have a row each, with their lot and origin, and a subtotal per
    category. Stones not counted print "n/c" (see ``NOT_COUNTED_LEGEND``); subtotals and the
    total say how many lines were counted; they print no USD/ct (an average does not multiply
    out)."""
    by_cat: dict[tuple[str, str], list[ParcelLine]] = {}
    for parcel in parcel_list:
        for ln in parcel.lines:
            by_cat.setdefault((ln.hs_code, ln.category), []).append(ln)
    stones_of: dict[tuple[str, str], list[int]] = {}
    for code, lot, mct, _stones in specials:
        stones_of.setdefault((code, lot), []).append(mct)
    rows: list[tuple[list[str], str]] = []
    every: list[ParcelLine] = []
    for hs in sorted({hs for hs, _c in by_cat}):
        of_hs: list[ParcelLine] = []
        for (code_hs, code), lines in by_cat.items():
            if code_hs == hs:
                if any((code, ln.lot) in stones_of for ln in lines):
                    rows += _special_rows(code, hs, lines, specials, f)
                else:
                    rows += [(r, "line") for r in _line_rows(code, hs, lines, f)]
                of_hs += lines
        rows.append((sum_row(f"Subtotal HS {hs}, {HS_LABELS[hs]}", lines=of_hs, f=f), "subtotal"))
        every += of_hs
    rows.append((sum_row(N_("TOTAL"), lines=every, f=f), "total"))
    return rows


def multiplies_out(mct: int, cents_per_ct: int, value: int) -> bool:
    """Whether carats x price, rounded to the cent as values are, is ``value``."""
    return value_cents(mct, cents_per_ct) == value


def _line_rows(code: str, hs: str, lines: list[ParcelLine], f: Figures) -> list[list[str]]:
    """One row for a category's lots where it multiplies out, else a row per lot."""
    mct = sum(ln.mct for ln in lines)
    value = sum(ln.value_cents for ln in lines)
    prices = {ln.cents_per_ct for ln in lines}
    if len(prices) == 1 and multiplies_out(mct, lines[0].cents_per_ct, value):
        return [
            [code, hs, stones_cell(lines, f), f.ct(mct), f.usd(lines[0].cents_per_ct), f.usd(value)]
        ]
    if len(lines) == 1:
        ln = lines[0]
        price = (
            f.usd(ln.cents_per_ct)
            if multiplies_out(ln.mct, ln.cents_per_ct, ln.value_cents)
            else f.price(ln.value_cents, ln.mct)
        )
        return [[code, hs, stones_cell(lines, f), f.ct(ln.mct), price, f.usd(ln.value_cents)]]
    return [row for ln in lines for row in _line_rows(f"{code}, lot {ln.lot}", hs, [ln], f)]


def _special_rows(
    code: str,
    hs: str,
    lines: list[ParcelLine],
    specials: Sequence[SpecialStone],
    f: Figures,
) -> list[tuple[list[str], str]]:
    """A row per special stone (its weight, lot, origin, value: carats x price) and the
    category's subtotal; a lot whose packings do not add up to its line (a parcel sealed before
    specials were packed one by one) keeps its line's row. A category of one row has no
    subtotal (it would repeat the row); one of several says what it adds up, as the HS
    subtotals do ("Subtotal SP-SAW-Q1-W, special stones")."""
    rows: list[tuple[list[str], str]] = []
    for ln in lines:
        packed = [(m, n) for c, lot, m, n in specials if (c, lot) == (code, ln.lot)]
        if (
            sum(m for m, _n in packed) != ln.mct
            or sum(value_cents(m, ln.cents_per_ct) for m, _n in packed) != ln.value_cents
        ):
            rows += [(r, "line") for r in _line_rows(f"{code}, lot {ln.lot}", hs, [ln], f)]
            continue
        for m, n in packed:
            name = f"{code}, lot {ln.lot} ({annex_origin(ln.origin)})"
            stones = f.count(n) if n else N_("n/c")
            value = value_cents(m, ln.cents_per_ct)
            rows.append(([name, hs, stones, f.ct(m), f.usd(ln.cents_per_ct), f.usd(value)], "line"))
    if len(rows) > 1:
        rows.append((sum_row(f"Subtotal {code}, special stones", lines=lines, f=f), "subtotal"))
    return rows


def stones_cell(lines: list[ParcelLine], f: Figures) -> str:
    """Stones in a table cell: the count (grouped), "n/c" where none was counted, or the count
    and how many lines were counted ("120 (1 of 3 lines counted)")."""
    counted = [ln for ln in lines if ln.stones_counted]
    return counted_stones(f, sum(ln.stones for ln in counted), len(counted), len(lines))


def lines_stones(lines: Sequence[ParcelLine], f: Figures) -> str:
    """The stones of parcel lines in a sentence: "1,234 stones", "stones not counted" or "1,234
    stones (1 of 2 lines counted)"."""
    counted = [ln for ln in lines if ln.stones_counted]
    return counted_stones(
        f, sum(ln.stones for ln in counted), len(counted), len(lines), sentence=True
    )


def counted_stones(
    f: Figures, stones: int, counted: int, of: int, *, what: str = "lines", sentence: bool = False
) -> str:
    """Stones summed over ``of`` lines (or entries: ``what``) of which ``counted`` were counted,
    as paper prints them. In a table cell: the count (grouped), "n/c" where none was counted
    (``NOT_COUNTED_LEGEND`` under the table), or "1,234 (1 of 2 lines counted)". In a
    ``sentence``: "1,234 stones", "stones not counted" or "1,234 stones (1 of 2 lines
    counted)"."""
    if counted == 0:
        return N_("stones not counted") if sentence else N_("n/c")
    count: str = f.count(stones)
    if sentence:
        count = phrase("{n} stone", n=count) if stones == 1 else phrase("{n} stones", n=count)
    if counted < of:
        done, whole = f.count(counted), f.count(of)
        if what == "entries":
            return phrase(
                "{count} ({counted} of {of} entries counted)", count=count, counted=done, of=whole
            )
        return phrase(
            "{count} ({counted} of {of} lines counted)", count=count, counted=done, of=whole
        )
    return count


def sum_row(name: str, *, lines: list[ParcelLine], f: Figures) -> list[str]:
    """A subtotal or total: stones (with how many lines were counted), carats and value; no
    USD/ct (an average would not multiply out)."""
    mct = sum(ln.mct for ln in lines)
    value = sum(ln.value_cents for ln in lines)
    return [name, "", stones_cell(lines, f), f.ct(mct), "", f.usd(value)]


def with_legend(rows: list[tuple[list[str], str]]) -> str:
    """The legend a table needs under it: "n/c: not counted" where a cell says "n/c"."""
    return NOT_COUNTED_LEGEND if any(cell == "n/c" for r, _k in rows for cell in r) else ""


def annex_origin(origin: str) -> str:
    """An origin as the KP sheet's annex and the manifest's provenance word it."""
    return origin.replace("+", ", ") + (" (mixed lot)" if "+" in origin else "")


def milli_pct_shares(weights: list[int]) -> list[int]:
    """Shares of 100.000 % in thousandths of a percent that add up to exactly 100.000
    (largest remainder)."""
    return split_cents(100_000, weights)


def provenance_rows(parcel: Parcel, f: Figures) -> list[tuple[list[str], str]]:
    """The source lots of a parcel by origin (as the KP annex words it): a row per (lot,
    category), a subtotal per origin with its share of the carats, and a total; the subtotals
    and shares are the KP sheet's annex for a one-parcel shipment."""
    by_origin: dict[str, list[ParcelLine]] = {}
    for ln in parcel.lines:
        by_origin.setdefault(ln.origin, []).append(ln)
    origins = sorted(by_origin)
    shares = milli_pct_shares([sum(ln.mct for ln in by_origin[o]) for o in origins])
    rows: list[tuple[list[str], str]] = []
    for origin, share in zip(origins, shares, strict=True):
        lines = by_origin[origin]
        for ln in lines:
            rows.append(
                (
                    [
                        ln.lot,
                        annex_origin(ln.origin),
                        ln.category,
                        stones_cell([ln], f),
                        f.ct(ln.mct),
                        "",
                    ],
                    "line",
                )
            )
        rows.append(
            (
                [
                    "Subtotal",
                    annex_origin(origin),
                    "",
                    stones_cell(lines, f),
                    f.ct(sum(ln.mct for ln in lines)),
                    f.milli_pct(share),
                ],
                "subtotal",
            )
        )
    rows.append(
        (
            [
                "TOTAL",
                "",
                "",
                stones_cell(list(parcel.lines), f),
                f.ct(parcel.mct),
                f.milli_pct(100_000),
            ],
            "total",
        )
    )
    return rows


CONTENT_COLUMNS = [
    (N_("Category"), False),
    (N_("HS code"), False),
    (N_("Stones"), True),
    (N_("Carats"), True),
    (N_("USD/ct"), True),
    (N_("Value USD"), True),
]


def shipment_for(db: Database, number: str) -> Shipment:
    """Return the shipment named by a parcel number or by a KP certificate number, as its
    signed entries made it (else UserError: ``parcels.check_shipment_as_sealed``): what
    travels with the goods states what a supervisor sealed."""
    try:
        parcel = parcels.get_parcel(db, number)
    except NotFound:
        found = parcels.shipment(db, number)
    else:
        if not parcel.kp_cert:
            raise UserError(
                phrase(
                    "parcel {parcel} is not sealed under a KP certificate yet",
                    parcel=parcel.number,
                )
            )
        found = parcels.shipment(db, parcel.kp_cert)
    parcels.check_shipment_as_sealed(db, found)
    if not found.parcels:  # (a KP data sheet of no parcels, nothing, printed)
        raise UserError(
            phrase(
                "KP certificate {cert}: every parcel under it was voided; it has no documents",
                cert=found.kp_cert,
            )
        )
    return found


def with_copy(doc: Document, copy: int) -> Document:
    return replace(doc, copy=copy)
