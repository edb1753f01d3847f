"""What the customs broker and the KP officer need on the invoice, the KP sheet and the valuation
sheet (issue 14): the parties' full addresses and identifiers, net weight in grams, the amount in
words, which value is which (invoice against certificate), parcels beside their seals, the
import-confirmation slip and the spread between valuations."""

from __future__ import annotations

from collections.abc import Callable

from sortapp.core.entities import Parcel, ParcelLine, Shipment
from sortapp.core.i18n import N_, phrase
from sortapp.reports.documents.common import (
    Document,
    Figures,
    Heading,
    annex_origin,
    country_text,
    party,
    table,
)
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
    """An amount in words, its cents as a fraction of a dollar (as on a cheque): ``11826270 ->
    'One hundred eighteen thousand two hundred sixty-two US dollars and 70/100'``."""
    dollars, rest = divmod(abs(cents), 100)
    text = number_words(dollars)
    text = ("minus " if cents < 0 else "") + text
    unit = "US dollar" if dollars == 1 else "US dollars"
    return f"{text[0].upper()}{text[1:]} {unit} and {rest:02d}/100"


def grams(f: Figures, mct: int) -> str:
    """Net weight in grams, 4 decimals, exact (1 ct = 0.2 g: a thousandth of a carat is 0.0002
    g, so ``mct * 2`` ten-thousandths of a gram)."""
    tenth_mg = abs(mct) * 2
    whole, frac = divmod(tenth_mg, 10_000)
    mark = "," if f.decimal_comma else "."
    return f"{'-' if mct < 0 else ''}{f.count(whole)}{mark}{frac:04d}"


def sealed_entry(db: Database, found: Shipment) -> int | None:
    """The audit entry of the shipment's latest seal (what its documents print held then), or
    None when none of its parcels is sealed (a draft's documents read the register now)."""
    sealed = [parcels.seal_entry(db, p.number) for p in found.parcels if p.status != "draft"]
    ids = [entry[0] for entry in sealed if entry is not None]
    return max(ids) if ids else None


def importer_party(db: Database, found: Shipment) -> parties.Party | None:
    """The importer as the register of parties held it when the shipment was sealed (its
    latest seal; a draft: as it holds it now), and only if registered in the destination
    country: a party's later change never rewrites a sealed shipment's documents."""
    upto = sealed_entry(db, found)
    entry = (
        parties.get_party(db, found.importer)
        if upto is None
        else parties.party_as_of(db, found.importer, upto)
    )
    return entry if entry is not None and entry.country == found.destination else None


def importer_text(db: Database, found: Shipment) -> str:
    """The importer's name and full address (from the register of parties when it is there),
    else its name and the destination country."""
    entry = importer_party(db, found)
    if entry is None:
        return f"{found.importer}, {country_text(db, found.destination)}"
    return party(db, entry.name, entry.address, entry.country)


def importer_ids(db: Database, found: Shipment) -> str:
    """The importer's tax (VAT) number and licence, as the register held them."""
    entry = importer_party(db, found)
    if entry is None:
        when = "" if sealed_entry(db, found) is None else " when the shipment was sealed"
        return f"not in the register of parties for {country_text(db, found.destination)}{when}"
    return (
        f"tax/VAT number {entry.tax_number or 'not recorded'}; "
        f"licence {entry.licence or 'not recorded'}"
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


def rule_words(rule: str) -> str:
    return "the highest valuation" if rule == "highest" else f"the {rule} valuation"


def sealing_rule(db: Database, p: Parcel) -> str:
    """The valuation rule the parcel's certificate value was taken by, as its seal recorded
    it: "the highest valuation", or "not recorded" (a parcel sealed before seals recorded it;
    ``certificate_source`` says which value it equals)."""
    entry = parcels.seal_entry(db, p.number)
    rule = entry[1].get("valuation_rule") if entry is not None else None
    return rule_words(str(rule)) if rule else "not recorded"


def _rules_text(db: Database, found: Shipment) -> str:
    rules = {p.number: sealing_rule(db, p) for p in found.parcels}
    if len(set(rules.values())) == 1:
        return next(iter(rules.values()))
    return "; ".join(f"{number}: {rule}" for number, rule in rules.items())


def value_statement(db: Database, found: Shipment, f: Figures) -> str:
    """Which value is which: the invoice's (price book) against the certificate's (the
    valuation rule recorded when each parcel was sealed), and how the certificate's figures per
    HS code are apportioned."""
    book = sum(p.book_value_cents for p in found.parcels)
    same = "are equal" if book == found.value_cents else "differ"
    return (
        f"Values: the invoice amount ({f.usd(book)} USD) is the exporter's price-book value of "
        f"the goods. The value on KP certificate {found.kp_cert} ({f.usd(found.value_cents)} "
        "USD) is the value for the certificate by the valuation rule at sealing "
        f"({_rules_text(db, found)}): "
        f"{_sources_text(found)}. The two values {same}. The certificate's value per HS code is "
        "each parcel's certificate value apportioned over its HS codes pro rata to their "
        "price-book values, to the cent (largest remainder)."
    )


def parcels_and_seals(found: Shipment, f: Figures) -> tuple[Heading, list[tuple[list[str], str]]]:
    """The small table of a multi-parcel shipment: each parcel's seals, carats and value."""
    rows = [
        ([p.number, ", ".join(p.seals), f.ct(p.mct), f.usd(p.value_cents)], "line")
        for p in found.parcels
    ]
    rows.append(
        (
            [
                "TOTAL",
                seals_text(len(found.seals), f),
                f.ct(found.mct),
                f.usd(found.value_cents),
            ],
            "total",
        )
    )
    return N_("Parcels and seals"), rows


def seals_text(n: int, f: Figures) -> str:
    """``1 seal``, ``3 seals``."""
    return f"{f.count(n)} seal{'' if n == 1 else 's'}"


def packages_text(found: Shipment, f: Figures) -> str:
    """``1 sealed parcel``, ``2 sealed parcels``."""
    n = len(found.parcels)
    return f"{f.count(n)} sealed parcel{'' if n == 1 else 's'}"


def parcels_count_text(found: Shipment, f: Figures) -> str:
    """KP element j: the number of parcels, and where several are listed with their seals."""
    n = len(found.parcels)
    return f.count(n) + ("" if n == 1 else " (each with its seals, carats and value below)")


def seals_facts(found: Shipment) -> tuple[tuple[Heading, str], ...]:
    """A one-parcel shipment's seals as a fact; several parcels have them in the table
    (``parcels_and_seals``) instead, each with its carats and value."""
    if len(found.parcels) != 1:
        return ()
    (p,) = found.parcels
    return ((N_("Parcels and seals"), f"{p.number}: {', '.join(p.seals)}"),)


PARCEL_COLUMNS = [
    (N_("Parcel"), False),
    (N_("Seals"), False),
    (N_("Carats"), True),
    (N_("Value USD"), True),
]


def import_slip(
    db: Database, found: Shipment, f: Figures, exporter: str, conf: settings.Settings
) -> Document:
    """The import-confirmation slip: returned by the importing authority on receipt to the
    exporting authority that issued the certificate, with lines for what was received."""
    # The authority as the certificate names it, at its address (the site's setting as sealed,
    # ``conf``) and in the country of export.
    authority = ", ".join(
        part
        for part in (
            found.authority,
            conf.authority_address,
            country_text(db, settings.site(db).country),
        )
        if part
    )
    facts = (
        (N_("Return to (exporting authority)"), authority),
        (N_("KP certificate number"), found.kp_cert),
        (N_("Date of issue"), found.issued),
        (N_("Exporter"), exporter),
        (N_("Importer"), importer_text(db, found)),
        (N_("Country of destination"), country_text(db, found.destination)),
        (N_("Number of parcels"), f.count(len(found.parcels))),
        (N_("Carat weight"), f"{f.ct(found.mct)} ct"),
        (N_("Value"), f"{f.usd(found.value_cents)} USD"),
    )
    heading, rows = parcels_and_seals(found, f)
    return Document(
        kind="import-slip",
        title=phrase("Import confirmation - KP certificate {cert}", cert=found.kp_cert),
        number=found.kp_cert,
        site="",
        facts=facts,
        tables=(table(heading, PARCEL_COLUMNS, rows),),
        statements=(
            "To be completed by the importing authority and returned to the exporting "
            f"authority: {authority or 'named on the certificate'}.",
            "Shipment received with seals intact: yes / no",
            f"Number of parcels received: {BLANK}",
            f"Carats received: {BLANK} ct",
            f"Date of receipt: {BLANK}",
        ),
        signatures=(N_("Importing authority (official, signature and stamp)"),),
    )


#: A line to fill in on paper, and what is written on it later.
BLANK = "______________________"


def shipping_text(db: Database, found: Shipment) -> tuple[str, str]:
    """(carrier, air waybill) of the shipment's parcels; a parcel not shipped yet leaves a
    line to fill in, noted "(entered at shipping)" (never read as the carrier's name)."""
    carriers, awbs, unshipped = [], [], []
    for p in found.parcels:
        shipped = parcels.shipping(db, p.number)
        if not shipped["shipped_at"]:
            unshipped.append(p.number)
            continue
        carriers.append(shipped["carrier"] or "not recorded")
        awbs.append(shipped["awb"] or "not recorded")
    if not unshipped:
        return ", ".join(dict.fromkeys(carriers)), ", ".join(dict.fromkeys(awbs))
    if not carriers:
        pending = f"{BLANK} (entered at shipping)"
        return pending, pending
    pending = f"{BLANK} ({', '.join(unshipped)}: entered at shipping)"
    return (
        "; ".join([", ".join(dict.fromkeys(carriers)), pending]),
        "; ".join([", ".join(dict.fromkeys(awbs)), pending]),
    )


ORIGIN_COLUMNS = [
    (N_("Origin"), False),
    (N_("Carats"), True),
    (N_("Net weight g"), True),
    (N_("Value USD"), True),
]


def carats_and_values(found: Shipment, key: Callable[[ParcelLine], str]) -> dict[str, list[int]]:
    """{key: [mct, price-book value in cents]} of the shipment's lines, summed by ``key``."""
    sums: dict[str, list[int]] = {}
    for p in found.parcels:
        for ln in p.lines:
            mct_value = sums.setdefault(key(ln), [0, 0])
            mct_value[0] += ln.mct
            mct_value[1] += ln.value_cents
    return sums


def origin_summary(found: Shipment, f: Figures) -> list[tuple[list[str], str]]:
    """The goods by origin (worded as the KP annex words it: a mixed lot's countries together),
    with carats, net weight and price-book value, and their total (the goods' total, exact)."""
    by_origin = carats_and_values(found, lambda ln: ln.origin)
    rows = [
        ([annex_origin(origin), f.ct(m), grams(f, m), f.usd(v)], "line")
        for origin, (m, v) in sorted(by_origin.items())
    ]
    mct = sum(m for m, _v in by_origin.values())
    value = sum(v for _m, v in by_origin.values())
    rows.append((["TOTAL", f.ct(mct), grams(f, mct), f.usd(value)], "total"))
    return rows


def amount_due_statement(number: str, cents: int, f: Figures) -> str:
    """The invoice's last statement, just above the seller's signature: the amount signed for,
    in figures and in words, wherever the page breaks."""
    return f"Amount due on invoice {number}: {f.usd(cents)} USD ({usd_words(cents)})."


def validation_statement(found: Shipment, f: Figures) -> str:
    """KP element l, naming what is validated (certificate, carats, value): the stamp's page
    carries them wherever the page breaks."""
    return (
        f"l. Validation by the exporting authority of certificate {found.kp_cert}, "
        f"{f.ct(found.mct)} ct, {f.usd(found.value_cents)} USD (signature and stamp):"
    )
