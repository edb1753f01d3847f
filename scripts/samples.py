"""Render one sample PDF of each document from a fresh demo database.

python scripts/samples.py [OUT_DIR]    (default: docs/samples)
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sortapp.reports import documents, printing
from sortapp.services import demo, site
from sortapp.storage.db import open_db

SAMPLES = (
    ("manifest", ["EXP-26-0002"]),
    ("kp-sheet", ["BW-2026-004118"]),
    ("invoice", ["EXP-26-0001"]),
    ("valuation", ["EXP-26-0001"]),
    ("receipt", ["ZA-KIM-0417"]),
    ("reconciliation", ["OR-2611-002"]),
    ("label", ["JW-2611-001", "ZA-KIM-0417", "EXP-26-0001", "EXP-26-0002"]),
)


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    printing.ensure_gui()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "demo.db"
        demo.build(path)
        db = open_db(path)
        actor = site.actor_for(db, "sam")
        for kind, numbers in SAMPLES:
            doc = documents.build(db, actor, kind, numbers)
            pages, _copy = printing.save_pdf(db, actor, doc, out / f"{kind}.pdf")
            print(f"{out / f'{kind}.pdf'}: {pages} page(s)")
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/samples")))
