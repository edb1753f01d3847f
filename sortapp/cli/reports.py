"""Commands of the reports: stock on hand, KP statistics, lineage, reconciliation, year end."""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from typing import Any

from sortapp.cli import common
from sortapp.cli.lots import lot_json
from sortapp.cli.sorting import print_reconciliation
from sortapp.services import lots, reported, reports, sorting
from sortapp.services.sorting import stones_words
from sortapp.storage.dbapi import Database


def _stock_rows(rows: list[reports.StockRow], by_origin: bool) -> list[dict[str, Any]]:
    out = []
    for r in rows:
        item: dict[str, Any] = {
            "category": r.category,
            "hs_code": r.hs_code,
            "carats": common.ct_text(r.mct),
            "stones": r.stones,
            "value_usd": common.usd_text(r.value_cents),
        }
        if by_origin:
            item["origin"] = r.origin
        item["counted"] = r.stones_counted  # (last: a CSV's columns read by place stay)
        out.append(item)
    return out


def _total_stones(rows: list[reports.StockRow]) -> str:
    """The stones of the whole stock, as its rows word theirs: 0 where there is none."""
    lines = sum(r.lines for r in rows)
    if not lines:
        return "0"
    counted = sum(r.counted_lines for r in rows)
    return stones_words(sum(r.stones for r in rows), counted, lines, unit=False, what="lines")


def cmd_stock(args: argparse.Namespace, db: Database) -> None:
    rows = reports.stock(db, common.sign_in(args, db), by_origin=args.by_origin)
    if common.structured(args):
        common.print_data(args, _stock_rows(rows, args.by_origin))
        return
    headers = [
        "category",
        "hs_code",
        *(["origin"] if args.by_origin else []),
        "carats",
        "stones",
        "value_usd",
    ]
    body = [
        (
            r.category,
            r.hs_code,
            *([r.origin] if args.by_origin else []),
            common.ct_text(r.mct),
            r.stones_text,
            common.usd_text(r.value_cents),
        )
        for r in rows
    ]
    body.append(
        (
            "TOTAL",
            "",
            *([""] if args.by_origin else []),
            common.ct_text(sum(r.mct for r in rows)),
            _total_stones(rows),
            common.usd_text(sum(r.value_cents for r in rows)),
        )
    )
    n = len(headers)
    common.print_table(headers, body, {n - 3, n - 2, n - 1})


def _kp_rows(section: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        {
            "hs_code": r["hs_code"],
            "country": r["country"],
            "carats": common.ct_text(r["mct"]),
            "value_usd": common.usd_text(r["value_cents"]),
            "parcels": r["parcels"],
            "certificates": r["certificates"],
        }
        for r in section["rows"]
    ]


def _kp_totals(section: dict[str, Any]) -> dict[str, Any]:
    t = section["totals"]
    return {
        "carats": common.ct_text(t["mct"]),
        "value_usd": common.usd_text(t["value_cents"]),
        "parcels": t["parcels"],
        "certificates": t["certificates"],
    }


def cmd_report_kp_stats(args: argparse.Namespace, db: Database) -> None:
    actor = common.sign_in(args, db)
    stats = reports.kp_statistics(db, actor, args.date_from, args.date_to)
    data = {
        "from": stats["from"],
        "to": stats["to"],
        "exports": _kp_rows(stats["exports"]),
        "imports": _kp_rows(stats["imports"]),
        "totals": {
            "exports": _kp_totals(stats["exports"]),
            "imports": _kp_totals(stats["imports"]),
        },
        "uncertified_imports": stats["uncertified"],
        "unvalued_imports": stats["unvalued"],
        "reported": stats["reported"],
    }
    if stats["uncertified"]:
        print(f"warning: {reports.uncertified_text(stats['uncertified'])}", file=sys.stderr)
    if stats["unvalued"]:
        print(f"warning: {reports.unvalued_text(stats['unvalued'])}", file=sys.stderr)
    if changed := reported.changed_text(stats["reported"]):
        print(f"warning: {changed}", file=sys.stderr)
    if args.csv:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(
            ["direction", "hs_code", "country", "carats", "value_usd", "parcels", "certificates"]
        )
        for direction in ("exports", "imports"):
            for r in data[direction]:
                writer.writerow([direction, *r.values()])
        reports.record_kp_export(db, actor, stats, "csv", out.getvalue().count("\n") - 1)
        sys.stdout.write(out.getvalue())
        return
    if args.json:
        common.print_data(args, data)
        return
    for direction in ("exports", "imports"):
        print(f"{direction.upper()} {data['from']} to {data['to']}")
        tot = data["totals"][direction]
        common.print_table(
            ["hs_code", "country", "carats", "value_usd", "parcels", "certificates"],
            [tuple(r.values()) for r in data[direction]]
            + [("TOTAL", "", tot["carats"], tot["value_usd"], tot["parcels"], tot["certificates"])],
            {2, 3, 4, 5},
        )
        print()


def cmd_report_lineage(args: argparse.Namespace, db: Database) -> None:
    actor = common.sign_in(args, db)
    if bool(args.lot) == bool(args.parcel):
        raise common.UsageError("report lineage: give --lot LOT or --parcel P")
    data = (
        reports.lot_lineage(db, actor, args.lot)
        if args.lot
        else reports.parcel_lineage(db, actor, args.parcel)
    )
    for part in ("places", "parcels", "lots"):
        for item in data.get(part, []):
            item["carats"] = common.ct_text(item.pop("mct"))
    if common.printed_as_data(args, data):
        return
    print(json.dumps(data, indent=2, ensure_ascii=False))


def cmd_report_reconciliation(args: argparse.Namespace, db: Database) -> None:
    common.sign_in(args, db)
    lot = lots.get_lot(db, args.lot)
    rec = sorting.reconciliation(db, lot.number)  # (once: the JSON, the table and the line)
    data = lot_json(db, lot, rec)
    if common.printed_as_data(args, data):
        return
    common.print_table(
        ["category", "carats", "stones"],
        [
            (code, common.ct_text(mct), sorting.category_stones_text(rec, code, stones))
            for code, _name, mct, stones in rec.by_category
        ],
        {1, 2},
    )
    print_reconciliation(db, args.lot, f"lot {args.lot} ({data['status']})", rec)


#: What changed an ended year's figures after it ended, said as (one, several).
_LATE = (
    "note: {count} movement dated in {year} was recorded after it ended; see the audit log",
    "note: {count} movements dated in {year} were recorded after it ended; see the audit log",
)
_REPRICED = (
    "note: {count} category is valued at a price set after {year} ended; see `sortapp price list`",
    "note: {count} categories are valued at a price set after {year} ended; see `sortapp price "
    "list`",
)


def cmd_report_year_end(args: argparse.Namespace, db: Database) -> None:
    data = reports.year_end_stock(db, common.sign_in(args, db), args.year)
    result = {
        "year": data["year"],
        "ended": data["ended"],
        "carats": common.ct_text(data["mct"]),
        "value_usd": common.usd_text(data["value_cents"]),
        "lines": [
            {
                "category": ln["category"],
                "carats": common.ct_text(ln["mct"]),
                "stones": ln["stones"],
                "value_usd": common.usd_text(ln["value_cents"]),
                "counted": ln["counted"],
            }
            for ln in data["lines"]
        ],
    }
    result |= {
        "awaiting_sorting_carats": common.ct_text(data["awaiting_sorting_mct"]),
        "in_parcels_carats": common.ct_text(data["in_parcels_mct"]),
        "in_parcels_value_usd": common.usd_text(data["in_parcels_value_cents"]),
        "on_hand_carats": common.ct_text(data["on_hand_mct"]),
        "movements_recorded_after_the_year": data["recorded_late"],
        "categories_priced_after_the_year": data["prices_set_late"],
    }
    figures = f"{result['carats']} ct, {result['value_usd']} USD"
    if getattr(args, "csv", False):  # (a sheet: a row a category, then the goods beside them)
        common.print_data(args, _year_end_rows(result))
        return
    if common.structured(args):
        common.print_data(args, result)
        return
    if data["ended"]:
        print(f"stock at the end of {args.year}: {figures}")
    else:  # (a year not over: what is recorded so far, not its end's)
        print(f"stock so far in {args.year} (the year has not ended): {figures}")
    # (What changed the figures after the year ended: a clock set back, a price set since.)
    for count, said in ((data["recorded_late"], _LATE), (data["prices_set_late"], _REPRICED)):
        if count:
            print(said[count != 1].format(count=count, year=args.year))
    if result["lines"]:
        common.print_table(
            ["category", "carats", "stones", "value_usd"],
            [
                (ln["category"], ln["carats"], ln["stones"], ln["value_usd"])
                for ln in result["lines"]
            ],
            {1, 2, 3},
        )
    print(f"  awaiting sorting: {result['awaiting_sorting_carats']} ct")
    print(
        f"  packed in parcels, not shipped: {result['in_parcels_carats']} ct, "
        f"{result['in_parcels_value_usd']} USD"
    )
    print(f"  on hand in all: {result['on_hand_carats']} ct")


def _year_end_rows(result: dict[str, Any]) -> list[dict[str, Any]]:
    """The year-end report as rows of a sheet: sorted stock a category a row, then the goods
    awaiting sorting, those in parcels not shipped, and all on hand."""
    rows: list[dict[str, Any]] = [
        {"held": "sorted stock", **ln, "counted": ln["counted"]} for ln in result["lines"]
    ]
    rows += [
        {"held": "sorted stock, all", "carats": result["carats"], "value_usd": result["value_usd"]},
        {"held": "awaiting sorting", "carats": result["awaiting_sorting_carats"]},
        {
            "held": "in parcels, not shipped",
            "carats": result["in_parcels_carats"],
            "value_usd": result["in_parcels_value_usd"],
        },
        {"held": "on hand, all", "carats": result["on_hand_carats"]},
    ]
    return rows


def _stock(sub: common.Subparsers) -> None:
    p = common.with_json(common.command(sub, "stock", cmd_stock, "stock on hand by category"))
    p.add_argument("--by-origin", action="store_true")


def _report(sub: common.Subparsers) -> None:
    rep = common.group(sub, "report", "reports")
    p = common.with_json(
        common.command(rep, "kp-stats", cmd_report_kp_stats, "KP statistics for a period")
    )
    p.add_argument("--from", dest="date_from", required=True)
    p.add_argument("--to", dest="date_to", required=True)
    p = common.with_json(
        common.command(rep, "lineage", cmd_report_lineage, "lineage of a lot or a parcel")
    )
    p.add_argument("--lot")
    p.add_argument("--parcel")
    p = common.with_json(
        common.command(rep, "reconciliation", cmd_report_reconciliation, "a lot's reconciliation")
    )
    p.add_argument("lot")
    p = common.with_json(
        common.command(rep, "year-end", cmd_report_year_end, "stock at the end of a year")
    )
    p.add_argument("year", type=int)


COMMANDS = {"stock": _stock, "report": _report}
