"""Two workstations print the same document at the same moment: OS processes, each with its own
connection to one file, meet at a barrier and save the manifest as a PDF at once, round after
round. Each print gets its own copy number (never two COPY n), and each PDF shows the number its
audit entry records. The short form runs a few rounds; ``pytest --long`` many."""

from __future__ import annotations

import json
import multiprocessing
import os
import re
import traceback
from pathlib import Path
from typing import Any

import pypdf

from sortapp.services import parcels
from sortapp.services.verify import audit_entries
from sortapp.storage.db import open_db
from tests.conftest import make_sorted_lot

SHORT_ROUNDS, LONG_ROUNDS = 3, 40
WORKERS = 2


def _worker(path: str, worker: int, rounds: int, out: str, barrier: Any, results: Any) -> None:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    try:
        from sortapp.reports import documents, printing  # noqa: PLC0415 (Qt in the child only)
        from sortapp.services import site  # noqa: PLC0415

        printing.ensure_gui()
        db = open_db(Path(path))
        actor = site.actor_for(db, ("olu", "ola")[worker])
        doc = documents.manifest(db, "P1")
        copies = []
        for r in range(rounds):
            barrier.wait(timeout=120)
            target = Path(out) / f"r{r}-w{worker}.pdf"
            _pages, copy = printing.save_pdf(db, actor, doc, target)
            copies.append((r, str(target), copy))
        db.close()
        results.put((worker, copies))
    except BaseException:
        barrier.abort()
        results.put((worker, traceback.format_exc()))


def _text(path: str) -> str:
    return " ".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


def test_two_workstations_printing_at_once_get_two_copy_numbers(
    qapp, db, db_path: Path, who, tmp_path: Path, long_run: bool
) -> None:
    from sortapp.reports import documents, printing  # noqa: PLC0415

    make_sorted_lot(db, who.olu, "L1")
    parcels.create_parcel(db, who.olu, "P1", importer="Antwerp Rough NV", destination="BE")
    parcels.add_goods(db, who.olu, "P1", "S5-SAW-Q1-W", 60_000)
    parcels.seal_parcel(db, who.sam, "P1", kp_cert="BW-2026-1", seals=["S1"])
    assert printing.save_pdf(db, who.olu, documents.manifest(db, "P1"), tmp_path / "o.pdf")[1] == 0
    rounds = LONG_ROUNDS if long_run else SHORT_ROUNDS
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(WORKERS)
    results = context.Queue()
    workers = [
        context.Process(
            target=_worker,
            args=(str(db_path), w, rounds, str(tmp_path), barrier, results),
        )
        for w in range(WORKERS)
    ]
    for process in workers:
        process.start()
    printed: list[tuple[int, str, int]] = []
    for _ in workers:
        worker, out = results.get(timeout=600)
        assert isinstance(out, list), f"worker {worker}:\n{out}"
        printed += out
    for process in workers:
        process.join(timeout=60)
        assert process.exitcode == 0
    # Round r's two prints are COPY 2r+1 and COPY 2r+2, whichever came first: never the same.
    for r in range(rounds):
        assert sorted(c for rr, _p, c in printed if rr == r) == [2 * r + 1, 2 * r + 2]
    for _r, path, copy in printed:  # what is on paper is what the log records
        assert re.findall(r"COPY\s+(\d+)", _text(path)) == [str(copy)]
    entries = audit_entries(db, action="print.manifest", obj="P1", limit=1000)
    recorded = sorted(json.loads(e.details)["copy"] for e in entries)
    assert recorded == list(range(2 * rounds + 1))
