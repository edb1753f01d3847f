"""The printed documents as data (Qt-free): built from core data, rendered to HTML here and
painted onto paper or PDF by ``printing``. What is printed is exactly what the ledger holds."""

from __future__ import annotations

import html
import json
from collections import defaultdict
from dataclasses import dataclass, field, replace
from typing import Any

from sqlite_utils import Database

from sortapp.core.canonical import fingerprint, local_text
from sortapp.core.entities import HS_LABELS, MIXED, Parcel, Shipment
from sortapp.core.errors import NotFound, UserError
from sortapp.core.roles import Actor, Role
from sortapp.core.units import format_cents, format_mct, percent_of, price_cents_per_ct
from sortapp.services import anchors, lots, parcels, settings, site, sorting
from sortapp.services.reports import split_cents
from sortapp.services.verify import audit_entries

KINDS = ("manifest", "kp-sheet", "invoice", "valuation", "receipt", "reconciliation", "label")
KP_STATEMENT = (
    "The rough diamonds in this shipment have been handled in accordance with the provisions of "
    "the Kimberley Process Certification Scheme for rough diamonds."
)


@dataclass(frozen=True)
class Table:
    heading: str
    columns: tuple[str, ...]
    numeric: tuple[bool, ...]
    rows: tuple[tuple[str, ...], ...]
    #: One per row: "line", "subtotal" or "total".
    kinds: tuple[str, ...] = ()


@dataclass(frozen=True)
class Label:
    code: str
    lines: tuple[str, ...]


@dataclass(frozen=True)
class Document:
    kind: str
    title: str
    number: str
    site: str
    facts: tuple[tuple[str, str], ...] = ()
    tables: tuple[Table, ...] = ()
    statements: tuple[str, ...] = ()
    signatures: tuple[str, ...] = ()
    labels: tuple[Label, ...] = ()
    #: The full fingerprint a reader checks against the database.
    fingerprint: str = ""
    #: 0 for the original, n for the n-th reprint ("COPY n").
    copy: int = 0
    #: "a4", or "label" for one label per label-printer page.
    paper: str = "a4"
    subject: str = field(default="", compare=False)
    #: The audit chain's head when it was built (``anchors.document_mark``): an anchor on paper.
    chain: str = ""

    @property
    def short_fingerprint(self) -> str:
        return " ".join(self.fingerprint[i : i + 4] for i in range(0, 16, 4)).upper()


def _table(
    heading: str, columns: list[tuple[str, bool]], rows: list[tuple[list[str], str]]
) -> Table:
    return Table(
        heading=heading,
        columns=tuple(c for c, _n in columns),
        numeric=tuple(n for _c, n in columns),
        rows=tuple(tuple(r) for r, _k in rows),
        kinds=tuple(k for _r, k in rows),
    )


def _content_fingerprint(*parts: Any) -> str:
    return fingerprint(json.loads(json.dumps(parts, default=str)))


def _site_line(db: Database) -> str:
    here = settings.site(db)
    conf = settings.settings(db)
    return f"{here.name} ({here.code}), {conf.address or here.country}"


def _country(db: Database, code: str) -> str:
    found = [name for c, name, _kp in site.countries(db) if c == code]
    return f"{found[0]} ({code})" if found else code


def _party(db: Database, name: str, address: str, country: str) -> str:
    """Name, address and country, without repeating a country the address already names."""
    place = _country(db, country)
    parts = [name, address] if address else [name]
    if not address or place.split(" (")[0].lower() not in address.lower():
        parts.append(place)
    return ", ".join(p for p in parts if p)


def _origin_text(origin: str, countries: list[str]) -> str:
    return f"{MIXED} ({', '.join(countries)})" if origin == MIXED else origin


# -- parcel manifest ---------------------------------------------------------------------------


def _category_rows(parcel_list: list[Parcel]) -> list[tuple[list[str], str]]:
    """Contents by category with a subtotal per HS code and a total (exact sums)."""
    by_cat: dict[tuple[str, str], list[int]] = {}
    for parcel in parcel_list:
        for ln in parcel.lines:
            agg = by_cat.setdefault((ln.hs_code, ln.category), [0, 0, 0])
            agg[0] += ln.stones
            agg[1] += ln.mct
            agg[2] += ln.value_cents
    rows: list[tuple[list[str], str]] = []
    totals = [0, 0, 0]
    for hs in sorted({hs for hs, _c in by_cat}):
        sub = [0, 0, 0]
        for (code_hs, code), (stones, mct, value) in by_cat.items():
            if code_hs != hs:
                continue
            rows.append(
                (
                    [
                        code,
                        hs,
                        str(stones),
                        format_mct(mct),
                        format_cents(price_cents_per_ct(value, mct)),
                        format_cents(value),
                    ],
                    "line",
                )
            )
            sub = [sub[0] + stones, sub[1] + mct, sub[2] + value]
        rows.append(
            (
                [
                    f"Subtotal HS {hs} ({HS_LABELS[hs]})",
                    "",
                    str(sub[0]),
                    format_mct(sub[1]),
                    format_cents(price_cents_per_ct(sub[2], sub[1])),
                    format_cents(sub[2]),
                ],
                "subtotal",
            )
        )
        totals = [totals[0] + sub[0], totals[1] + sub[1], totals[2] + sub[2]]
    rows.append(
        (
            [
                "TOTAL",
                "",
                str(totals[0]),
                format_mct(totals[1]),
                format_cents(price_cents_per_ct(totals[2], totals[1])),
                format_cents(totals[2]),
            ],
            "total",
        )
    )
    return rows


_CONTENT_COLUMNS = [
    ("Category", False),
    ("HS code", False),
    ("Stones", True),
    ("Carats", True),
    ("USD/ct", True),
    ("Value USD", True),
]


def _sealed(db: Database, number: str) -> Parcel:
    parcel = parcels.get_parcel(db, number)
    if parcel.status not in ("sealed", "shipped"):
        raise UserError(
            f"parcel {parcel.number} is {parcel.status}; documents are printed for sealed parcels"
        )
    return parcel


def manifest(db: Database, number: str) -> Document:
    """The packing list that travels with a sealed parcel."""
    parcel = _sealed(db, number)
    conf = settings.settings(db)
    here = settings.site(db)
    lot_rows = [
        ([ln.lot, ln.origin, ln.category, str(ln.stones), format_mct(ln.mct)], "line")
        for ln in parcel.lines
    ]
    facts = (
        ("Exporter", _party(db, parcel.exporter, conf.address, here.country)),
        ("Importer", f"{parcel.importer}, {_country(db, parcel.destination)}"),
        ("Exporting authority", conf.authority),
        ("KP certificate", parcel.kp_cert or ""),
        ("Parcel", parcel.number),
        ("Seals", ", ".join(parcel.seals)),
        ("Issued / expires", f"{parcel.issued} / {parcel.expires}"),
        ("Country of origin", _origin_text(parcel.origin, parcel.origin_countries)),
        ("HS codes", ", ".join(parcel.hs_codes)),
        (
            "Totals",
            f"{parcel.stones} stones, {format_mct(parcel.mct)} ct, "
            f"{format_cents(parcel.book_value_cents)} USD",
        ),
        (
            "Value on the certificate",
            f"{format_cents(parcel.value_cents)} USD (rule: {conf.valuation_rule})",
        ),
        ("Fingerprint", parcel.fingerprint or ""),
    )
    return Document(
        kind="manifest",
        title="Parcel manifest (packing list)",
        number=parcel.number,
        site=_site_line(db),
        facts=facts,
        tables=(
            _table("Contents by category", _CONTENT_COLUMNS, _category_rows([parcel])),
            _table(
                "Provenance: source lots",
                [
                    ("Lot", False),
                    ("Origin", False),
                    ("Category", False),
                    ("Stones", True),
                    ("Carats", True),
                ],
                lot_rows,
            ),
        ),
        signatures=("Sorted by", "Checked by", "Supervisor"),
        fingerprint=parcel.fingerprint or "",
        subject=parcel.number,
    )


# -- shipments: KP data sheet, invoice, valuation ----------------------------------------------


def shipment_for(db: Database, number: str) -> Shipment:
    """Return the shipment named by a parcel number or by a KP certificate number."""
    try:
        parcel = parcels.get_parcel(db, number)
    except NotFound:
        return parcels.shipment(db, number)
    if not parcel.kp_cert:
        raise UserError(f"parcel {parcel.number} is not sealed under a KP certificate yet")
    return parcels.shipment(db, parcel.kp_cert)


def _origin_annex(found: Shipment) -> list[tuple[list[str], str]]:
    by_origin: dict[str, int] = defaultdict(int)
    for p in found.parcels:
        for ln in p.lines:
            by_origin[ln.origin] += ln.mct
    rows = [
        (
            [
                origin.replace("+", ", ") + (" (mixed lot)" if "+" in origin else ""),
                format_mct(mct),
                percent_of(mct, found.mct),
            ],
            "line",
        )
        for origin, mct in sorted(by_origin.items())
    ]
    rows.append((["TOTAL", format_mct(found.mct), "100.000"], "total"))
    return rows


def kp_sheet(db: Database, number: str) -> Document:
    """Every element the KP certificate needs (KPCS Annex I a-l), for the exporting authority."""
    found = shipment_for(db, number)
    here = settings.site(db)
    conf = settings.settings(db)
    by_hs: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for p in found.parcels:
        for ln in p.lines:
            by_hs[ln.hs_code][0] += ln.mct
        # The certificate value of each parcel split over its HS codes by price-book value.
        shares = split_cents(
            p.value_cents,
            [sum(ln.value_cents for ln in p.lines if ln.hs_code == hs) for hs in p.hs_codes],
        )
        for hs, share in zip(p.hs_codes, shares, strict=True):
            by_hs[hs][1] += share
    hs_rows = [
        ([hs, HS_LABELS[hs], format_mct(m), format_cents(v)], "line")
        for hs, (m, v) in sorted(by_hs.items())
    ]
    hs_rows.append((["TOTAL", "", format_mct(found.mct), format_cents(found.value_cents)], "total"))
    origin = "*** MIXED ***" if found.origin == MIXED else _country(db, found.origin)
    facts = (
        ("a. Title", "Kimberley Process Certificate - data sheet for the exporting authority"),
        (
            "b. Country of origin",
            origin + (" (constituent origins in the annex)" if found.origin == MIXED else ""),
        ),
        ("c. Certificate number", found.kp_cert),
        ("d. Date of issue", found.issued),
        ("e. Date of expiry", found.expires),
        ("f. Issuing authority", found.authority),
        ("g. Exporter", _party(db, found.exporter, conf.address, here.country)),
        ("g. Importer", f"{found.importer}, {_country(db, found.destination)}"),
        ("h. Carat weight", f"{format_mct(found.mct)} ct"),
        ("i. Value", f"{format_cents(found.value_cents)} USD"),
        ("j. Number of parcels", str(len(found.parcels))),
        ("k. HS codes", ", ".join(found.hs_codes)),
        (
            "Country of export / destination",
            f"{_country(db, here.country)} / {_country(db, found.destination)}",
        ),
        (
            "Parcels and seals",
            "; ".join(f"{p.number}: {', '.join(p.seals)}" for p in found.parcels),
        ),
    )
    data = [facts, hs_rows]
    return Document(
        kind="kp-sheet",
        title="Kimberley Process certificate data sheet",
        number=found.kp_cert,
        site=_site_line(db),
        facts=facts,
        tables=(
            _table(
                "Goods by HS code",
                [("HS code", False), ("Description", False), ("Carats", True), ("Value USD", True)],
                hs_rows,
            ),
            _table(
                "Annex: constituent origins",
                [("Origin", False), ("Carats", True), ("% of carats", True)],
                _origin_annex(found),
            ),
        ),
        statements=(
            KP_STATEMENT,
            "l. Validation by the exporting authority (signature and stamp):",
        ),
        signatures=("Exporting authority", "Exporter"),
        fingerprint=_content_fingerprint(*data),
        subject=found.kp_cert,
    )


def invoice(db: Database, number: str) -> Document:
    """The commercial invoice for a shipment, with the WDC System of Warranties statement."""
    found = shipment_for(db, number)
    conf = settings.settings(db)
    here = settings.site(db)
    rows: list[tuple[list[str], str]] = []
    for p in found.parcels:
        for row, kind in _category_rows([p]):
            if kind == "line":
                rows.append(([p.number, *row], kind))
    total_mct = sum(p.mct for p in found.parcels)
    total_value = sum(p.book_value_cents for p in found.parcels)
    rows.append(
        (
            [
                "TOTAL",
                "",
                "",
                str(found.stones),
                format_mct(total_mct),
                format_cents(price_cents_per_ct(total_value, total_mct)),
                format_cents(total_value),
            ],
            "total",
        )
    )
    facts = (
        ("Invoice", f"INV-{found.kp_cert}"),
        ("Date", found.issued),
        ("Seller (exporter)", _party(db, found.exporter, conf.address, here.country)),
        ("Buyer (importer)", f"{found.importer}, {_country(db, found.destination)}"),
        ("KP certificate", found.kp_cert),
        ("Country of origin", _origin_text(found.origin, found.origin_countries)),
        ("Parcels", ", ".join(p.number for p in found.parcels)),
        ("Amount due", f"{format_cents(total_value)} USD"),
    )
    return Document(
        kind="invoice",
        title="Commercial invoice - rough diamonds",
        number=f"INV-{found.kp_cert}",
        site=_site_line(db),
        facts=facts,
        tables=(_table("Goods", [("Parcel", False), *_CONTENT_COLUMNS], rows),),
        statements=(conf.wdc_statement,),
        signatures=("For the seller",),
        fingerprint=_content_fingerprint(facts, rows),
        subject=found.kp_cert,
    )


def valuation(db: Database, number: str) -> Document:
    """Declared (price book) against government and independent values, per parcel."""
    found = shipment_for(db, number)
    conf = settings.settings(db)
    tables = []
    for p in found.parcels:
        tables.append(
            _table(
                f"Parcel {p.number}: exporter's values by category",
                _CONTENT_COLUMNS,
                _category_rows([p]),
            )
        )
        declared = p.valuations.get("declared", p.book_value_cents)
        source = "recorded" if "declared" in p.valuations else "price book"
        rows = [(["Exporter's declared value", source, format_cents(declared)], "line")]
        for valuer in ("government", "independent"):
            value = p.valuations.get(valuer)
            state = "recorded" if value else "not recorded"
            amount = format_cents(value) if value else ""
            rows.append(([f"{valuer.capitalize()} valuer", state, amount], "line"))
        rule = f"Value for the certificate (rule: {conf.valuation_rule})"
        rows.append(([rule, "", format_cents(p.value_cents)], "total"))
        columns = [("Valuer", False), ("Source", False), ("Value USD", True)]
        tables.append(_table(f"Parcel {p.number}: valuations", columns, rows))
    facts = (
        ("KP certificate", found.kp_cert),
        ("Exporter / importer", f"{found.exporter} / {found.importer}"),
        ("Parcels", str(len(found.parcels))),
        ("Carats", format_mct(found.mct)),
        ("Certificate value", f"{format_cents(found.value_cents)} USD"),
    )
    return Document(
        kind="valuation",
        title="Valuation sheet",
        number=f"VAL-{found.kp_cert}",
        site=_site_line(db),
        facts=facts,
        tables=tuple(tables),
        signatures=("Exporter's valuer", "Government diamond valuer", "Independent valuer"),
        fingerprint=_content_fingerprint(facts, [t.rows for t in tables]),
        subject=found.kp_cert,
    )


# -- lots: receipt and reconciliation ----------------------------------------------------------


def receipt(db: Database, number: str) -> Document:
    lot = lots.get_lot(db, number)
    tz = settings.settings(db).timezone
    tol = settings.settings(db).weigh_tolerance(lot.declared_mct) if lot.declared_mct else None
    diff = (
        lot.weighed_mct - lot.declared_mct
        if lot.weighed_mct is not None and lot.declared_mct is not None
        else None
    )
    facts: tuple[tuple[str, str], ...] = (
        ("Lot", lot.number),
        ("Received", f"{local_text(lot.received_at, tz)} ({tz})"),
        ("From", ", ".join(lot.mines) or lot.supplier),
        ("Origin", _origin_text(lot.origin, lot.origin_countries)),
        ("Declared carats", format_mct(lot.declared_mct) if lot.declared_mct else "not declared"),
        ("Weighed carats", format_mct(lot.weighed_mct) if lot.weighed_mct else "not yet weighed"),
        (
            "Difference",
            (
                f"{format_mct(diff)} ct ({percent_of(diff, lot.declared_mct or 1)} %), "
                f"tolerance {format_mct(tol or 0)} ct"
                + (
                    ", BEYOND TOLERANCE"
                    + (" (acknowledged)" if lot.weight_acknowledged else " (to be acknowledged)")
                    if lot.weight_flag
                    else ""
                )
            )
            if diff is not None
            else "",
        ),
        ("Stones", "" if lot.weighed_stones is None else str(lot.weighed_stones)),
        ("Seals", ", ".join(lot.seals)),
        ("Incoming KP certificate", lot.kp_cert_in),
        (
            "Declared value",
            f"{format_cents(lot.declared_value_cents)} USD" if lot.declared_value_cents else "",
        ),
    )
    facts = tuple((k, v) for k, v in facts if v)
    return Document(
        kind="receipt",
        title="Lot receipt",
        number=lot.number,
        site=_site_line(db),
        facts=facts,
        signatures=("Received by", "Witness", "Carrier"),
        fingerprint=_content_fingerprint(lot.uid, facts),
        subject=lot.number,
    )


def reconciliation(db: Database, number: str) -> Document:
    lot = lots.get_lot(db, number)
    rec = sorting.reconciliation(db, number)
    cat_rows = [
        ([code, name, str(stones), format_mct(mct)], "line")
        for code, name, mct, stones in rec.by_category
    ]
    cat_rows.append((["SORTED", "", str(rec.sorted_stones), format_mct(rec.sorted_mct)], "total"))
    summary = [
        (["Received (weighed)", format_mct(rec.received_mct)], "line"),
        (["Sorted", format_mct(rec.sorted_mct)], "line"),
    ]
    summary += [([f"Loss: {k}", format_mct(v)], "line") for k, v in sorted(rec.losses_mct.items())]
    summary += [
        (
            [
                "Difference (received - sorted - losses)",
                f"{format_mct(rec.difference_mct)} "
                f"({percent_of(rec.difference_mct, rec.received_mct)} %)",
            ],
            "total",
        ),
        (["Tolerance", format_mct(rec.tolerance_mct)], "line"),
    ]
    closes = audit_entries(db, action="sort.close", obj=lot.number, limit=1)
    facts: list[tuple[str, str]] = [
        ("Lot", lot.number),
        ("Origin", _origin_text(lot.origin, lot.origin_countries)),
        ("Status", lot.status),
        ("Entries", str(rec.entries)),
    ]
    if closes:
        details = json.loads(closes[0]["details"])
        tz = settings.settings(db).timezone
        facts.append(("Closed by", f"{closes[0]['user']}, {local_text(closes[0]['at'], tz)}"))
        facts.append(
            ("Within tolerance", "no: difference accepted" if details["override"] else "yes")
        )
        if details.get("reason"):
            facts.append(("Reason for accepting", details["reason"]))
    else:
        facts.append(("Closed", "not yet: the figures are provisional"))
    return Document(
        kind="reconciliation",
        title="Sorting reconciliation report",
        number=lot.number,
        site=_site_line(db),
        facts=tuple(facts),
        tables=(
            _table(
                "Sorted by category",
                [("Category", False), ("Name", False), ("Stones", True), ("Carats", True)],
                cat_rows,
            ),
            _table("Reconciliation", [("", False), ("Carats", True)], summary),
        ),
        signatures=("Sorter", "Supervisor"),
        fingerprint=_content_fingerprint(lot.uid, facts, cat_rows, summary),
        subject=lot.number,
    )


# -- labels ------------------------------------------------------------------------------------


def labels(db: Database, numbers: list[str], *, label_printer: bool = False) -> Document:
    """Labels with a Code 128 barcode of each lot or parcel number (lots are tried first)."""
    if not numbers:
        raise UserError("labels: name at least one lot or parcel")
    out = []
    for number in numbers:
        try:
            lot = lots.get_lot(db, number)
        except NotFound:
            parcel = parcels.get_parcel(db, number)
            out.append(
                Label(
                    parcel.number,
                    (
                        f"PARCEL {parcel.number}",
                        f"To {parcel.destination}, KP {parcel.kp_cert or '(not sealed)'}",
                        f"{format_mct(parcel.mct)} ct, {parcel.stones} stones, "
                        f"origin {parcel.origin}",
                        f"Seals {', '.join(parcel.seals)}" if parcel.seals else "",
                    ),
                )
            )
            continue
        out.append(
            Label(
                lot.number,
                (
                    f"LOT {lot.number}",
                    f"Origin {lot.origin} {', '.join(lot.mines) or lot.supplier}".strip(),
                    (
                        f"{format_mct(lot.weighed_mct)} ct"
                        if lot.weighed_mct
                        else f"declared {format_mct(lot.declared_mct or 0)} ct"
                    )
                    + (f", {lot.weighed_stones} stones" if lot.weighed_stones else ""),
                    f"Received {lot.received_at[:10]}",
                ),
            )
        )
    return Document(
        kind="label",
        title="Labels",
        number=",".join(lb.code for lb in out)[:60],
        site=_site_line(db),
        labels=tuple(out),
        paper="label" if label_printer else "a4",
        fingerprint=_content_fingerprint([(lb.code, lb.lines) for lb in out]),
        subject=",".join(lb.code for lb in out),
    )


def build(
    db: Database, actor: Actor, kind: str, numbers: list[str], *, label_printer: bool = False
) -> Document:
    """Build any document by kind (what the CLI's ``print`` and the app's print actions call)."""
    actor.require(Role.OPERATOR, "printing")
    if kind == "label":
        doc = labels(db, numbers, label_printer=label_printer)
        return replace(doc, chain=anchors.document_mark(db))
    if len(numbers) != 1:
        raise UserError(f"{kind}: name exactly one lot, parcel or certificate")
    builders = {
        "manifest": manifest,
        "kp-sheet": kp_sheet,
        "invoice": invoice,
        "valuation": valuation,
        "receipt": receipt,
        "reconciliation": reconciliation,
    }
    if kind not in builders:
        raise UserError(f"'{kind}' is not a document; use one of {', '.join(KINDS)}")
    return replace(builders[kind](db, numbers[0]), chain=anchors.document_mark(db))


def with_copy(doc: Document, copy: int) -> Document:
    return replace(doc, copy=copy)


# -- HTML --------------------------------------------------------------------------------------

_CSS = """
body { color: #000; }
h1 { font-size: 15pt; margin: 0 0 4pt 0; }
h2 { font-size: 11pt; margin: 12pt 0 4pt 0; }
table.facts td { padding: 2pt 6pt 2pt 0; vertical-align: top; }
table.facts td.k { font-weight: bold; white-space: nowrap; }
p.statement { margin: 10pt 0 0 0; }
td.sign { padding: 28pt 12pt 2pt 0; }
"""


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def render_html(doc: Document) -> str:
    """Render a document to the HTML subset Qt's rich text engine lays out and paginates."""
    out = [f"<html><head><style>{_CSS}</style></head><body>"]
    if doc.paper == "a4":
        out.append(f"<h1>{_esc(doc.title)}</h1>")
    if doc.facts:
        out.append('<table class="facts" cellspacing="0" cellpadding="1" width="100%">')
        for key, value in doc.facts:
            out.append(f'<tr><td class="k" width="30%">{_esc(key)}</td><td>{_esc(value)}</td></tr>')
        out.append("</table>")
    for table in doc.tables:
        out.append(f"<h2>{_esc(table.heading)}</h2>")
        # Plain attributes, no per-cell CSS: a 1,000-line manifest lays out twice as fast.
        out.append('<table cellspacing="0" cellpadding="3" width="100%">')
        out.append('<thead><tr bgcolor="#d9d9d9">')
        for name, numeric in zip(table.columns, table.numeric, strict=True):
            out.append(f'<th align="{"right" if numeric else "left"}">{_esc(name)}</th>')
        out.append("</tr></thead><tbody>")
        kinds = table.kinds or ("line",) * len(table.rows)
        for row, kind in zip(table.rows, kinds, strict=True):
            if kind == "line":
                out.append("<tr>")
                for cell, numeric in zip(row, table.numeric, strict=True):
                    out.append(
                        f'<td align="right">{_esc(cell)}</td>'
                        if numeric
                        else f"<td>{_esc(cell)}</td>"
                    )
            else:
                out.append(f'<tr bgcolor="{"#eeeeee" if kind == "subtotal" else "#d9d9d9"}">')
                for cell, numeric in zip(row, table.numeric, strict=True):
                    align = ' align="right"' if numeric else ""
                    out.append(f"<td{align}><b>{_esc(cell)}</b></td>")
            out.append("</tr>")
        out.append("</tbody></table>")
    for statement in doc.statements:
        out.append(f'<p class="statement">{_esc(statement)}</p>')
    if doc.kind == "kp-sheet":
        out.append(
            '<table border="1" cellspacing="0" width="60%" height="90"><tr>'
            '<td height="90" valign="top">Stamp</td></tr></table>'
        )
    if doc.labels:
        out.append(_labels_html(doc))
    if doc.signatures:
        out.append('<table width="100%" cellspacing="0"><tr>')
        for who in doc.signatures:
            out.append(
                f'<td class="sign">______________________<br/>{_esc(who)}<br/>Name, date</td>'
            )
        out.append("</tr></table>")
    out.append("</body></html>")
    return "".join(out)


def _label_cell(label: Label) -> str:
    lines = "".join(f"{_esc(line)}<br/>" for line in label.lines if line)
    return (
        f'<td style="padding: 8pt;" valign="top"><img src="barcode:{_esc(label.code)}" '
        f'height="48"/><br/><span style="font-size: 8pt;">{_esc(label.code)}</span><br/>'
        f'<span style="font-size: 10pt;">{lines}</span></td>'
    )


def _labels_html(doc: Document) -> str:
    if doc.paper == "label":
        return "".join(
            (
                '<table cellspacing="0" cellpadding="2" width="100%">'
                f"<tr>{_label_cell(lb)}</tr></table>"
                + ('<p style="page-break-after: always;"></p>' if i < len(doc.labels) - 1 else "")
            )
            for i, lb in enumerate(doc.labels)
        )
    cells = [_label_cell(lb) for lb in doc.labels]
    rows = ["<tr>" + "".join(cells[i : i + 2]) + "</tr>" for i in range(0, len(cells), 2)]
    return (
        '<table border="1" cellspacing="0" cellpadding="6" width="100%">'
        + "".join(rows)
        + "</table>"
    )
