"""Render sample PDFs of every document from a fresh demo database, on A4 and on Letter.

python scripts/samples.py [OUT_DIR]    (default: docs/samples)

Writes OUT_DIR/a4/ and OUT_DIR/letter/: each document of the demo, an open lot's provisional
reconciliation, a reprint (COPY 1), a sheet of labels on the paper's label stock, labels for a
label printer (one per page) and a manifest of 1,000 lines (a parcel built for it: 100 lots
from three countries, each sorted into 10 categories and packed whole).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sortapp.reports import documents, printing
from sortapp.services import demo, lots, parcels, site, sorting
from sortapp.storage.db import open_db
from sortapp.storage.dbapi import Database

PAPERS = ("a4", "letter")
#: A parcel number as long as a label printer's label takes (28 characters).
LONG_NUMBER = "EXP-2026-BW-GABORONE-0000001"

#: (file name, kind, numbers, label printer)
SAMPLES = (
    ("manifest", "manifest", ["EXP-26-0002"], False),
    ("manifest-copy", "manifest", ["EXP-26-0002"], False),  # the second print: COPY 1
    ("kp-sheet", "kp-sheet", ["BW-2026-004118"], False),  # two parcels, and the import slip
    ("kp-sheet-one-parcel", "kp-sheet", ["BW-2026-004117"], False),  # its annex = the manifest's
    ("manifest-one-parcel", "manifest", ["EXP-26-0001"], False),
    ("invoice", "invoice", ["EXP-26-0001"], False),  # shipped: carrier and air waybill
    ("invoice-two-parcels", "invoice", ["BW-2026-004118"], False),
    ("valuation", "valuation", ["BW-2026-004118"], False),
    ("valuation-government", "valuation", ["EXP-26-0001"], False),
    ("receipt", "receipt", ["ZA-KIM-0417"], False),  # a weight difference acknowledged
    ("reconciliation", "reconciliation", ["OR-2611-002"], False),  # a difference accepted
    ("reconciliation-provisional", "reconciliation", ["KR-2611-004"], False),  # still sorting
    ("labels", "label", ["JW-2611-001", "ZA-KIM-0417", "EXP-26-0001", "EXP-26-0002"], False),
    ("labels-label-printer", "label", ["JW-2611-001", "EXP-26-0002", "EXP-26-0004"], True),
    ("label-long-number", "label", [LONG_NUMBER], True),  # 28 characters on a 100 x 62 mm label
    ("manifest-1000-lines", "manifest", ["EXP-26-1000"], False),
)

#: The ten categories each lot of the big parcel is sorted into (and packed from), with the
#: mct of one stone for the sizes whose stones are counted (None: smalls, sold by weight).
_BIG_CATEGORIES = (
    ("S3-SAW-Q2-BR", None),
    ("S5-SAW-Q1-W", None),
    ("S5-SAW-Q2-LB", None),
    ("S7-SHP-Q2-BR", None),
    ("S9-SAW-Q1-W", None),
    ("S11-SAW-Q3-Y", None),
    ("S13-SAW-Q1-W", None),
    ("G1-SAW-Q1-W", 780),  # grainers 0.66-0.99 ct
    ("G2-SAW-Q1-W", 1_170),  # 1.00-1.39 ct
    ("L1-SAW-Q1-W", 2_310),  # large 1.80-2.99 ct
)
_BIG_ORIGINS = (("BW", "Jwaneng"), ("BW", "Orapa"), ("ZA", "Venetia"), ("NA", "Namdeb"))


def _big_line(lot: int, category: int) -> tuple[int, int | None]:
    """(mct, stones) lot ``lot`` of the big parcel sorts into its ``category``-th category:
    smalls by weight (stones not counted), grainers and large stones counted, each stone of
    its size."""
    stone = _BIG_CATEGORIES[category][1]
    if stone is None:
        return 1_000 + 37 * lot + 101 * category, None
    stones = 2 + lot % 5
    return stones * stone + 7 * (lot % 11), stones


def _big_parcel(db: Database) -> None:
    """Parcel EXP-26-1000 of 1,000 lines: 100 lots x 10 categories, sealed."""
    olu, sam = site.login(db, "olu", "demo-olu-2026"), site.login(db, "sam", "demo-sam-2026")
    for n in range(100):
        number = f"BIG-{n:03d}"
        goods = [_big_line(n, i) for i in range(len(_BIG_CATEGORIES))]
        lots.receive_lot(
            db,
            olu,
            number=number,
            origins=[_BIG_ORIGINS[n % len(_BIG_ORIGINS)]],
            weighed_mct=sum(mct for mct, _s in goods),
            stones=None,
        )
        for (category, _stone), (mct, stones) in zip(_BIG_CATEGORIES, goods, strict=True):
            sorting.add_entry(db, olu, number, category, mct, stones)
        sorting.close_sorting(db, olu, number)
    parcels.create_parcel(db, olu, "EXP-26-1000", importer="Antwerp Rough NV", destination="BE")
    for n in range(100):  # each lot's goods packed whole, lot by lot
        for i, (category, _stone) in enumerate(_BIG_CATEGORIES):
            mct, stones = _big_line(n, i)
            parcels.add_goods(
                db, olu, "EXP-26-1000", category, mct, stones=stones, lot=f"BIG-{n:03d}"
            )
    parcels.seal_parcel(db, sam, "EXP-26-1000", kp_cert="BW-2026-009999", seals=["BWS-109999"])
    parcels.create_parcel(db, olu, LONG_NUMBER, importer="Antwerp Rough NV", destination="BE")


def main(out: Path) -> int:
    printing.ensure_gui()
    for paper in PAPERS:
        folder = out / paper
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob("*.pdf"):
            old.unlink()
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "demo.db"
            demo.build(path)
            db = open_db(path)
            site.set_setting(db, site.login(db, "ada", "demo-ada-2026"), "paper", paper)
            _big_parcel(db)
            actor = site.actor_for(db, "sam")
            for name, kind, numbers, label_printer in SAMPLES:
                doc = documents.build(db, actor, kind, numbers, label_printer=label_printer)
                pages, copy = printing.save_pdf(db, actor, doc, folder / f"{name}.pdf")
                mark = f", COPY {copy}" if copy else ""
                print(f"{folder / f'{name}.pdf'}: {pages} page(s){mark}")
            db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/samples")))
