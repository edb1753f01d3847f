"""Commands of export parcels (create, pack, price, value, seal, ship, void, show, list) and of
the KP certificates (shipments) they leave under."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from sortapp.cli import common
from sortapp.core import forms
from sortapp.core.entities import Parcel, ParcelLine
from sortapp.core.units import format_cents, format_mct, price_cents_per_ct
from sortapp.services import parcels, parties, views
from sortapp.storage.dbapi import Database


def cmd_parcel_create(args: argparse.Namespace, db: Database) -> None:
    parcels.create_parcel(
        db,
        common.sign_in(args, db),
        args.parcel,
        importer=args.importer,
        destination=args.destination,
        exporter=args.exporter,
    )
    print(f"created draft parcel {args.parcel}")


def cmd_parcel_add(args: argparse.Namespace, db: Database) -> None:
    goods = common.parse(db, forms.Goods, {"carats": args.carats, "stones": args.stones})
    changes = parcels.add_goods(
        db,
        common.sign_in(args, db),
        args.parcel,
        args.category,
        goods.carats,
        stones=goods.stones,
        lot=args.lot,
    )
    parcel = parcels.get_parcel(db, args.parcel)
    print(
        f"packed ({changes.journal}); parcel {parcel.number}: {format_mct(parcel.mct)} ct, "
        f"{parcels.stones_text(parcel.lines)}, {format_cents(parcel.book_value_cents)} USD at "
        "the price book"
    )


def cmd_parcel_packings(args: argparse.Namespace, db: Database) -> None:
    common.sign_in(args, db)
    rows = [
        {
            "packing": p["packing"],
            "category": p["category"],
            "lots": ", ".join(p["lots"]),
            "carats": common.ct_text(p["mct"]),
            "stones": p["stones"],
            "user": p["user"],
            "at": p["at"],
        }
        for p in parcels.list_packings(db, args.parcel)
    ]
    if common.printed_as_data(args, rows):
        return
    common.print_table(
        ["packing", "category", "lots", "carats", "stones", "by"],
        [
            (
                r["packing"],
                r["category"],
                r["lots"],
                r["carats"],
                "not counted" if r["stones"] is None else r["stones"],
                r["user"],
            )
            for r in rows
        ],
        {3, 4},
    )


def cmd_parcel_remove(args: argparse.Namespace, db: Database) -> None:
    parcels.remove_goods(db, common.sign_in(args, db), args.parcel, args.packing, args.reason)
    print(f"packing {args.packing} returned to stock")


def cmd_parcel_price(args: argparse.Namespace, db: Database) -> None:
    price = common.parse(db, forms.Price, {"usd_per_ct": args.usd_per_ct})
    parcels.override_price(
        db, common.sign_in(args, db), args.parcel, args.category, price.usd_per_ct, args.reason
    )
    usd = format_cents(price.usd_per_ct)
    print(f"price of {args.category} in parcel {args.parcel} set to {usd} USD/ct")


def cmd_parcel_value(args: argparse.Namespace, db: Database) -> None:
    valuation = common.parse(db, forms.Valuation, {"usd": args.usd})
    parcels.add_valuation(
        db,
        common.sign_in(args, db),
        args.parcel,
        args.valuer,
        valuation.usd,
        valuer_name=args.name,
        organisation=args.organisation,
        valued_on=args.date,
        reference=args.reference,
    )
    print(f"{args.valuer} value of parcel {args.parcel}: {format_cents(valuation.usd)} USD")


def cmd_parcel_seal(args: argparse.Namespace, db: Database) -> None:
    changes = parcels.seal_parcel(
        db,
        common.sign_in(args, db),
        args.parcel,
        kp_cert=args.kp_cert,
        seals=args.seal,
        issued=args.issued,
        expires=args.expires,
    )
    print(f"sealed parcel {args.parcel} under {args.kp_cert.upper()}; fingerprint {changes.digest}")
    if changes.warning:
        print(f"warning: {changes.warning}", file=sys.stderr)


def cmd_parcel_ship(args: argparse.Namespace, db: Database) -> None:
    parcels.ship_parcel(
        db, common.sign_in(args, db), args.parcel, carrier=args.carrier or "", awb=args.awb or ""
    )
    print(f"parcel {args.parcel} shipped")


def cmd_parcel_void(args: argparse.Namespace, db: Database) -> None:
    changes = parcels.void_parcel(db, common.sign_in(args, db), args.parcel, args.reason)
    print(f"parcel {args.parcel} voided; its goods are back in stock")
    if changes.warning:
        print(f"warning: {changes.warning}", file=sys.stderr)


#: What ``parcel show`` words below its header lines: in the table (totals, lines) and after it.
_BELOW = {
    "carats",
    "stones",
    "counted",
    "value_usd",
    "book_value_usd",
    "valuations",
    "fingerprint",
    "lines",
}
#: What ``parcel show --json`` writes of the parcel's view, in order, and of each line.
PARCEL_FIELDS: tuple[common.Field, ...] = (
    ("parcel", "number"),
    "status",
    "exporter",
    "importer",
    "destination",
    "origin",
    "origin_countries",
    ("carats", "mct"),
    "stones",
    ("value_usd", "value_cents"),
    ("book_value_usd", "book_value_cents"),
    ("valuations", "valuations_cents"),
    "hs_codes",
    "kp_cert",
    "issued",
    "expires",
    "seals",
    "fingerprint",
    "counted",
)
LINE_FIELDS: tuple[common.Field, ...] = (
    "category",
    "hs_code",
    "lot",
    "origin",
    ("carats", "mct"),
    "stones",
    ("usd_per_ct", "cents_per_ct"),
    ("value_usd", "value_cents"),
    "price_source",
    "counted",
)


def parcel_json(parcel: Parcel) -> dict[str, Any]:
    """``parcel show --json``: the parcel's view, with whether the stones of its lines, and of
    each line, were counted ("all", "some", "none": ``views.counted``): a line's stones are
    its counted stones, 0 where none was."""
    view = views.parcel_view(parcel)
    words = [_line_counted(line) for line in parcel.lines]
    # The parcel's: its lines' word where they all have one, else "some" (a line only partly
    # counted is "some" too); "all" of none.
    view["counted"] = "some" if len(set(words)) > 1 else words[0] if words else "all"
    lines = [
        common.shown({**shown, "counted": word}, LINE_FIELDS)
        for shown, word in zip(view["lines"], words, strict=True)
    ]
    return {**common.shown(view, PARCEL_FIELDS), "lines": lines}


def _line_counted(line: ParcelLine) -> str:
    if line.stones_counted:
        return "all"
    return "some" if line.stones else "none"


def cmd_parcel_show(args: argparse.Namespace, db: Database) -> None:
    common.sign_in(args, db)
    parcel = parcels.get_parcel(db, args.parcel)
    data = parcel_json(parcel)
    if common.printed_as_data(args, data):
        return
    for key in (k for k in data if k not in _BELOW):
        value = data[key]
        common.print_fact(key, value or "")
    common.print_table(
        ["category", "hs_code", "lot", "origin", "carats", "stones", "usd_per_ct", "value_usd"],
        [
            (
                ln.category,
                ln.hs_code,
                ln.lot,
                ln.origin,
                common.ct_text(ln.mct),
                ln.stones_text,
                common.usd_text(ln.cents_per_ct),
                common.usd_text(ln.value_cents),
            )
            for ln in parcel.lines
        ]
        + [
            (
                "TOTAL",
                "",
                "",
                "",
                common.ct_text(parcel.mct),
                parcels.stones_text(parcel.lines, unit=False),
                common.usd_text(price_cents_per_ct(parcel.book_value_cents, parcel.mct)),
                common.usd_text(parcel.book_value_cents),
            )
        ],
        {4, 5, 6, 7},
    )
    print(f"value (certificate): {common.usd_text(parcel.value_cents)} USD")
    print(f"fingerprint: {parcel.fingerprint or '(set when sealed)'}")


def cmd_parcel_list(args: argparse.Namespace, db: Database) -> None:
    rows = parcels.list_parcels(db, common.sign_in(args, db), status=args.status)
    if common.structured(args):
        common.print_data(
            args,
            [
                {
                    "parcel": r["number"],
                    "status": r["status"],
                    "importer": r["importer"],
                    "destination": r["destination"],
                    "carats": common.ct_text(r["mct"]),
                    "value_usd": common.usd_text(r["value_cents"]),
                }
                for r in rows
            ],
        )
        return
    common.print_table(
        ["parcel", "status", "importer", "destination", "carats", "value_usd"],
        [
            (
                r["number"],
                r["status"],
                r["importer"],
                r["destination"],
                common.ct_text(r["mct"]),
                common.usd_text(r["value_cents"]),
            )
            for r in rows
        ],
        {4, 5},
    )


def cmd_certificate_show(args: argparse.Namespace, db: Database) -> None:
    common.sign_in(args, db)
    found = parcels.shipment(db, args.cert)
    data = {
        "kp_cert": found.kp_cert,
        "issued": found.issued,
        "expires": found.expires,
        "authority": found.authority,
        "exporter": found.exporter,
        "importer": found.importer,
        "destination": found.destination,
        "parcels": len(found.parcels),
        "carats": common.ct_text(found.mct),
        "stones": found.stones,
        "value_usd": common.usd_text(found.value_cents),
        "hs_codes": found.hs_codes,
        "origin": found.origin,
        "origin_countries": found.origin_countries,
        "seals": found.seals,
        "parcel_numbers": [p.number for p in found.parcels],
    }
    if common.printed_as_data(args, data):
        return
    for key, value in data.items():
        common.print_fact(key, value)


def _parcel(sub: common.Subparsers) -> None:
    par = common.group(sub, "parcel", "export parcels")
    p = common.command(par, "create", cmd_parcel_create, "create a draft parcel")
    p.add_argument("parcel")
    p.add_argument("--importer", required=True)
    p.add_argument("--destination", required=True)
    p.add_argument("--exporter")
    p = common.command(par, "add", cmd_parcel_add, "pack goods from stock")
    p.add_argument("parcel")
    p.add_argument("category")
    p.add_argument("--carats", required=True)
    p.add_argument("--stones")
    p.add_argument("--lot")
    p = common.command(
        par, "packings", cmd_parcel_packings, "list a parcel's packings (to remove one)"
    )
    p.add_argument("parcel")
    common.with_json(p)
    p = common.command(par, "remove", cmd_parcel_remove, "reverse a packing (supervisor)")
    p.add_argument("parcel")
    p.add_argument("packing", help="the packing's ledger number ('parcel packings' lists them)")
    p.add_argument("--reason", required=True)
    p = common.command(par, "price", cmd_parcel_price, "override a category's price (supervisor)")
    p.add_argument("parcel")
    p.add_argument("category")
    p.add_argument("usd_per_ct")
    p.add_argument("--reason", required=True)
    p = common.command(par, "value", cmd_parcel_value, "record a valuation (supervisor)")
    p.add_argument("parcel")
    p.add_argument("valuer", choices=["declared", "government", "independent"])
    p.add_argument("usd")
    p.add_argument("--name", help="the valuer's name")
    p.add_argument("--organisation", help="the valuer's organisation")
    p.add_argument("--date", help="the date of the valuation (YYYY-MM-DD)")
    p.add_argument("--reference", help="the valuation's reference")
    p = common.command(par, "seal", cmd_parcel_seal, "seal under a KP certificate (supervisor)")
    p.add_argument("parcel")
    p.add_argument("--kp-cert", required=True)
    p.add_argument("--seal", required=True, action="append")
    p.add_argument("--issued")
    p.add_argument("--expires")
    p = common.command(par, "ship", cmd_parcel_ship, "ship a sealed parcel (supervisor)")
    p.add_argument("parcel")
    p.add_argument("--carrier", help="the carrier it leaves with (printed on the invoice)")
    p.add_argument("--awb", help="the air waybill number (printed on the invoice)")
    p = common.command(
        par, "void", cmd_parcel_void, "void a parcel; goods return to stock (supervisor)"
    )
    p.add_argument("parcel")
    p.add_argument("--reason", required=True)
    p = common.with_json(common.command(par, "show", cmd_parcel_show, "show a parcel"))
    p.add_argument("parcel")
    p = common.with_json(common.command(par, "list", cmd_parcel_list, "list parcels"))
    p.add_argument("--status", choices=["draft", "sealed", "shipped", "void"])


def _certificate(sub: common.Subparsers) -> None:
    certs = common.group(sub, "certificate", "KP certificates (shipments)")
    p = common.with_json(
        common.command(certs, "show", cmd_certificate_show, "a certificate's shipment and totals")
    )
    p.add_argument("cert")


def cmd_party_set(args: argparse.Namespace, db: Database) -> None:
    parties.set_party(
        db,
        common.sign_in(args, db),
        args.name,
        address=args.address,
        country_code=args.country,
        tax_number=args.tax_number,
        licence=args.licence,
        port=args.port,
    )
    print(f"party {args.name} set")


def cmd_party_list(args: argparse.Namespace, db: Database) -> None:
    rows = [
        {
            "name": p.name,
            "address": p.address,
            "country": p.country,
            "tax_number": p.tax_number,
            "licence": p.licence,
            "port": p.port,
        }
        for p in parties.list_parties(db, common.sign_in(args, db))
    ]
    if common.structured(args):
        common.print_data(args, rows)
        return
    if not rows:
        print("no parties registered")
    for r in rows:
        print(
            f"{r['name']}: {r['address']}, {r['country']}; tax number {r['tax_number'] or '-'}; "
            f"licence {r['licence'] or '-'}; port {r['port'] or '-'}"
        )


def _party(sub: common.Subparsers) -> None:
    group = common.group(sub, "party", "the register of parties (importers) the documents name")
    p = common.command(
        group, "set", cmd_party_set, "add a party or change it (supervisor or admin)"
    )
    p.add_argument("name", help="as the parcels' importer names it")
    p.add_argument("--address")
    p.add_argument("--country", help="ISO 3166 code")
    p.add_argument("--tax-number", help="tax or VAT number")
    p.add_argument("--licence", help="import licence")
    p.add_argument("--port", help="port (or airport) of destination")
    common.with_json(common.command(group, "list", cmd_party_list, "list the parties"))


COMMANDS = {"parcel": _parcel, "certificate": _certificate, "party": _party}
