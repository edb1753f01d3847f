"""What the customs broker and the KP officer need on the invoice, the KP sheet and the valuation
sheet (issue 14): the parties' full addresses and identifiers, net weight in grams, the amount in
words, which value is which (invoice against certificate), parcels beside their seals, the
import-confirmation slip and the spread between valuations."""

from __future__ import annotations

from sortapp.core.entities import Parcel, Shipment
from sortapp.reports.documents.common import Document, Figures, country_text, party, table
from sortapp.services import parcels, parties, settings
from sortapp.storage.dbapi import Database

_ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_SCALES = ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"), (1000, "thousand"))


def _below_thousand(n: int) -> list[str]:
    words = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        words += [_ONES[hundreds], "hundred"]
    if rest >= 20:
        tens, ones = divmod(rest, 10)
        words.append(_TENS[tens] + (f"-{_ONES[ones]}" if ones else ""))
    elif rest:
        words.append(_ONES[rest])
    return words


def number_words(n: int) -> str:
    """A whole number in English words: ``118262 -> 'one hundred eighteen thousand two hundred
    sixty-two'``."""
    if n == 0:
        return "zero"
    words: list[str] = ["minus"] if n < 0 else []
    n = abs(n)
    for size, name in _SCALES:
        if n >= size:
            count, n = divmod(n, size)
            words += [number_words(count), name]
    words += _below_thousand(n)
    return " ".join(words)


def usd_words(cents: int) -> str:
    """An amount in words, its cents exact: ``11826270 -> 'One hundred eighteen thousand two
    hundred sixty-two US dollars and 70 cents'``."""
    dollars, rest = divmod(abs(cents), 100)
    text = number_words(dollars)
    text = ("minus " if cents < 0 else "") + text
    unit = "US dollar" if dollars == 1 else "US dollars"
    return f"{text[0].upper()}{text[1:]} {unit} and {rest:02d} cents"


def grams(f: Figures, mct: int) -> str:
    """Net weight in grams, 4 decimals, exact (1 ct = 0.2 g: a thousandth of a carat is 0.0002
    g, so ``mct * 2`` ten-thousandths of a gram)."""
    tenth_mg = abs(mct) * 2
    whole, frac = divmod(tenth_mg, 10_000)
    mark = "," if f.decimal_comma else "."
    return f"{'-' if mct < 0 else ''}{f.count(whole)}{mark}{frac:04d}"


def importer_party(db: Database, name: str, destination: str) -> parties.Party | None:
    """The importer's entry in the register of parties, if its name is registered."""
    return parties.get_party(db, name)


def importer_text(db: Database, name: str, destination: str) -> str:
    """The importer's name and full address (from the register of parties when it is there),
    else its name and the destination country."""
    found = importer_party(db, name, destination)
    if found is None:
        return f"{name}, {country_text(db, destination)}"
    return party(db, found.name, found.address, found.country)


def importer_ids(db: Database, name: str, destination: str) -> str:
    """The importer's tax (VAT) number and licence, as the register holds them."""
    found = importer_party(db, name, destination)
    if found is None:
        return "not in the register of parties (sortapp party set)"
    return (
        f"tax/VAT number {found.tax_number or 'not recorded'}; "
        f"licence {found.licence or 'not recorded'}"
    )


#: How each source of a certificate value is called on paper.
_SOURCE_WORDS = {
    "price book": "the exporter's price-book value",
    "declared": "the exporter's declared value",
    "government": "the government valuer's value",
    "independent": "the independent valuer's value",
}


def certificate_source(p: Parcel) -> str:
    """Which value the parcel's certificate value is: the valuation it equals (the government
    one first), or the price book."""
    book = p.book_value_cents
    candidates = {"declared": p.valuations.get("declared", book), **p.valuations}
    for name in ("government", "independent", "declared"):
        if name in candidates and candidates[name] == p.value_cents:
            return "price book" if name == "declared" and "declared" not in p.valuations else name
    return "price book" if p.value_cents == book else "recorded"


def _sources_text(found: Shipment) -> str:
    sources = {p.number: certificate_source(p) for p in found.parcels}
    if len(set(sources.values())) == 1:
        return _SOURCE_WORDS.get(next(iter(sources.values())), "the recorded value")
    return "; ".join(
        f"{number}: {_SOURCE_WORDS.get(s, 'the recorded value')}" for number, s in sources.items()
    )


def value_statement(db: Database, found: Shipment, f: Figures) -> str:
    """Which value is which: the invoice's (price book) against the certificate's (the site's
    valuation rule), and how the certificate's figures per HS code are apportioned."""
    book = sum(p.book_value_cents for p in found.parcels)
    rule = settings.settings(db).valuation_rule
    rule_words = "the highest valuation" if rule == "highest" else f"the {rule} valuation"
    same = "are equal" if book == found.value_cents else "differ"
    return (
        f"Values: the invoice amount ({f.usd(book)} USD) is the exporter's price-book value of "
        f"the goods. The value on KP certificate {found.kp_cert} ({f.usd(found.value_cents)} "
        f"USD) is the value for the certificate by the site's valuation rule ({rule_words}): "
        f"{_sources_text(found)}. The two values {same}. The certificate's value per HS code is "
        "each parcel's certificate value apportioned over its HS codes pro rata to their "
        "price-book values, to the cent (largest remainder)."
    )


def parcels_and_seals(found: Shipment, f: Figures) -> tuple[str, list[tuple[list[str], str]]]:
    """The small table of a multi-parcel shipment: each parcel's seals, carats and value."""
    rows = [
        ([p.number, ", ".join(p.seals), f.ct(p.mct), f.usd(p.value_cents)], "line")
        for p in found.parcels
    ]
    rows.append(
        (
            [
                "TOTAL",
                f"{f.count(len(found.seals))} seals",
                f.ct(found.mct),
                f.usd(found.value_cents),
            ],
            "total",
        )
    )
    return "Parcels and seals", rows


PARCEL_COLUMNS = [("Parcel", False), ("Seals", False), ("Carats", True), ("Value USD", True)]


def import_slip(db: Database, found: Shipment, f: Figures, exporter: str) -> Document:
    """The import-confirmation slip: returned by the importing authority on receipt."""
    facts = (
        ("KP certificate number", found.kp_cert),
        ("Date of issue", found.issued),
        ("Exporter", exporter),
        ("Importer", importer_text(db, found.importer, found.destination)),
        ("Country of destination", country_text(db, found.destination)),
        ("Number of parcels", f.count(len(found.parcels))),
        ("Carat weight", f"{f.ct(found.mct)} ct"),
        ("Value", f"{f.usd(found.value_cents)} USD"),
    )
    heading, rows = parcels_and_seals(found, f)
    return Document(
        kind="import-slip",
        title="Import confirmation - KP certificate " + found.kp_cert,
        number=found.kp_cert,
        site="",
        facts=facts,
        tables=(table(heading, PARCEL_COLUMNS, rows),),
        statements=(
            "To be completed by the importing authority and returned to the exporting authority "
            "named on the certificate.",
            "Shipment received with seals intact: yes / no",
            "Date of receipt: ______________________",
        ),
        signatures=("Importing authority (official, signature and stamp)",),
    )


def shipping_text(db: Database, found: Shipment) -> tuple[str, str]:
    """(carrier, air waybill) of the shipment's parcels, or that they are entered at shipping."""
    carriers, awbs, unshipped = [], [], False
    for p in found.parcels:
        shipped = parcels.shipping(db, p.number)
        if not shipped["shipped_at"]:
            unshipped = True
            continue
        carriers.append(shipped["carrier"] or "not recorded")
        awbs.append(shipped["awb"] or "not recorded")
    if unshipped and not carriers:
        return ("entered at shipping", "entered at shipping")
    pending = ["entered at shipping"] if unshipped else []
    return (
        ", ".join([*dict.fromkeys(carriers), *pending]),
        ", ".join([*dict.fromkeys(awbs), *pending]),
    )
