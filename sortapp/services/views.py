"""One view of each entity, for everything that writes one out: a sealed parcel's fingerprint,
a transfer file's body and the command line's JSON.

A view gives an entity's canonical fields once, by name, as the house keeps them: weights in
thousandths of a carat (a name ending in ``mct``), money in cents (a name holding ``cents``).
Each writer picks the fields it holds (``pick``) and, if it is a face, words them (the CLI writes
carats and USD); none projects the entity by hand.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sortapp.core.entities import Lot, Parcel, ParcelLine, Reconciliation

#: A parcel's shipment: whom it goes from and to, under which KP certificate (view fields).
SHIPMENT = ("exporter", "importer", "destination", "kp_cert", "issued", "expires")


def counted(lines: int, uncounted: int) -> str:
    """Whether the stones of some lines were counted: "all", "some" or "none" of them (a
    lineage row's stones are the ledger's, counted stones: 0 for a line not counted)."""
    if not uncounted:
        return "all"
    return "none" if uncounted >= lines else "some"


def pick(view: Mapping[str, Any], fields: Iterable[str]) -> dict[str, Any]:
    """Return the ``fields`` of ``view``, in the order given."""
    return {name: view[name] for name in fields}


def parcel_line_view(line: ParcelLine) -> dict[str, Any]:
    """A parcel line: category, hs_code, lot, origin, mct, stones, cents_per_ct, value_cents,
    price_source."""
    return line._asdict()


def parcel_view(parcel: Parcel) -> dict[str, Any]:
    """A parcel: its parties, certificate, seals, origin, totals, valuations and lines."""
    return {
        "number": parcel.number,
        "uid": parcel.uid,
        "status": parcel.status,
        "exporter": parcel.exporter,
        "importer": parcel.importer,
        "destination": parcel.destination,
        "kp_cert": parcel.kp_cert,
        "issued": parcel.issued,
        "expires": parcel.expires,
        "seals": list(parcel.seals),
        "origin": parcel.origin,
        "origin_countries": parcel.origin_countries,
        "hs_codes": parcel.hs_codes,
        "mct": parcel.mct,
        "stones": parcel.stones,
        "value_cents": parcel.value_cents,
        "book_value_cents": parcel.book_value_cents,
        "valuations_cents": dict(parcel.valuations),
        "fingerprint": parcel.fingerprint,
        "lines": [parcel_line_view(line) for line in parcel.lines],
    }


def lot_view(lot: Lot) -> dict[str, Any]:
    """A lot: its origins, supplier, receipt (weighed against declared), seals and certificate."""
    return {
        "number": lot.number,
        "uid": lot.uid,
        "status": lot.status,
        "origin": lot.origin,
        "origin_countries": lot.origin_countries,
        "origins": [list(origin) for origin in lot.origins],
        "mines": lot.mines,
        "supplier": lot.supplier,
        "received_at": lot.received_at,
        "weighed_mct": lot.weighed_mct,
        "declared_mct": lot.declared_mct,
        "weighed_stones": lot.weighed_stones,
        "declared_stones": lot.declared_stones,
        "declared_value_cents": lot.declared_value_cents,
        "seals": list(lot.seals),
        "kp_cert": lot.kp_cert_in or None,
        "from_country": lot.from_country,
        "weight_flag": lot.weight_flag,
        "weight_acknowledged": lot.weight_acknowledged,
    }


def reconciliation_view(rec: Reconciliation) -> dict[str, Any]:
    """A lot's reconciliation: received, sorted (by category), lost, and the difference."""
    weighed = rec.weighed  # (until it is: no figure received, no difference, no verdict)
    return {
        "received_mct": rec.received_mct if weighed else None,
        "sorted_mct": rec.sorted_mct,
        "sorted_stones": rec.sorted_stones,
        "received_stones": rec.received_stones,
        "entries_counted": rec.counted_entries,
        "entries_of_goods": rec.goods_entries,
        "stone_difference": rec.stone_difference,
        "stones_not_counted_out": rec.stones_not_counted_out,
        "loss_mct": rec.loss_mct,
        "losses_mct": dict(rec.losses_mct),
        "difference_mct": rec.difference_mct if weighed else None,
        "tolerance_mct": rec.tolerance_mct if weighed else None,
        "within_tolerance": rec.within_tolerance if weighed else None,
        #: Whether closing needs a second person (two-person rule: carats beyond the
        #: tolerance, or stones counted in written off).
        "needs_acceptance": rec.needs_acceptance if weighed else None,
        "categories": [
            {
                "category": code,
                "name": name,
                "mct": mct,
                "stones": stones,
                "counted": _category_counted(rec, code),
            }
            for code, name, mct, stones in rec.by_category
        ],
    }


def _category_counted(rec: Reconciliation, code: str) -> str:
    """Whether the stones of a lot's standing entries of a category were counted (``counted``):
    its stones are those of the counted ones."""
    counted_entries, entries = rec.counted_by_category.get(code, (1, 1))
    return counted(entries, entries - counted_entries)
