"""``sortapp --selftest``: check an installed sortapp (a wheel, a frozen bundle) end to end.

On a new database in a temporary folder (removed after), it runs a short facility day through
the services, as people would: the site and its users (the demo's, ``demo.start_site``), a lot
received and weighed, sorted into a few categories with a loss, its sorting closed, an export
parcel packed and sealed under a KP certificate; then prints the parcel's manifest to PDF
through the printing the app uses (Qt, offscreen), reads the PDF's text back (``pdftext``) and
runs ``verify`` with its worker process. That touches what an install can lack: the resources
(countries, assortment, common passwords), SQLite, the cryptography, Qt's platform plugin and
fonts, and starting a worker process of the frozen program.

One line a step, OK or FAILED with why; the first step that fails ends the run. Nothing outside
the temporary folder is read or written (no user data folder, no machine configuration).
"""

from __future__ import annotations

import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sortapp import __version__
from sortapp.core.errors import KnownStorageError, UserError
from sortapp.core.units import format_mct
from sortapp.reports import documents, pdftext
from sortapp.services import demo, lots, parcels, sorting, verify
from sortapp.storage import migrations
from sortapp.storage.db import open_db, storage_errors
from sortapp.storage.dbapi import Database

LOT = "SELFTEST-001"
PARCEL = "SELFTEST-P1"
KP_CERT = "BW-SELFTEST-0001"
RECEIVED_MCT = 100_000
#: The lot's sorting: (category, mct, stones or None), and its loss; they add up to the lot.
ENTRIES = (
    ("S5-SAW-Q1-W", 40_000, None),
    ("G1-SAW-Q1-W", 30_000, 42),
    ("S9-BRT-IND-MX", 29_800, None),
)
LOSS = ("cleaning", 200)
#: What goes into the parcel: (category, mct, stones or None).
PACKED = (("S5-SAW-Q1-W", 40_000, None), ("G1-SAW-Q1-W", 30_000, None))


@dataclass
class Day:
    """The selftest's day: its folder, database and people, as the steps make them."""

    folder: Path
    db: Database | None = None
    team: demo.Team | None = None
    pdf: Path = field(init=False)

    def __post_init__(self) -> None:
        self.pdf = self.folder / f"manifest-{PARCEL}.pdf"

    @property
    def open(self) -> Database:
        if self.db is None:
            raise AssertionError("no database: the first step makes it")
        return self.db

    @property
    def people(self) -> demo.Team:
        if self.team is None:
            raise AssertionError("no site: the site step makes it")
        return self.team


def make_database(day: Day) -> str:
    day.db = open_db(day.folder / "selftest.db", create=True)
    return f"schema version {migrations.SCHEMA_VERSION}"


def make_site(day: Day) -> str:
    day.team = demo.start_site(day.open)
    return f"site {demo.DEMO_SITE}, {len(demo.USERS)} users"


def receive(day: Day) -> str:
    lots.receive_lot(
        day.open,
        day.people.olu,
        number=LOT,
        origins=[("BW", "Jwaneng")],
        declared_mct=RECEIVED_MCT,
        seals=["SELFTEST-S1"],
    )
    return f"lot {LOT}, {format_mct(RECEIVED_MCT)} ct declared"


def weigh(day: Day) -> str:
    lots.weigh_lot(day.open, day.people.olu, LOT, RECEIVED_MCT)
    return f"{format_mct(RECEIVED_MCT)} ct"


def sort(day: Day) -> str:
    for category, mct, stones in ENTRIES:
        sorting.add_entry(day.open, day.people.olu, LOT, category, mct, stones)
    kind, mct = LOSS
    sorting.add_loss(day.open, day.people.olu, LOT, kind, mct)
    return f"{len(ENTRIES)} categories and a {kind} loss"


def close(day: Day) -> str:
    sorting.close_sorting(day.open, day.people.olu, LOT)
    return ""


def pack_and_seal(day: Day) -> str:
    db, team = day.open, day.people
    parcels.create_parcel(db, team.olu, PARCEL, importer="Antwerp Rough NV", destination="BE")
    for category, mct, stones in PACKED:
        parcels.add_goods(db, team.olu, PARCEL, category, mct, stones=stones)
    parcels.seal_parcel(db, team.sam, PARCEL, kp_cert=KP_CERT, seals=["SELFTEST-S2"])
    return f"parcel {PARCEL} under KP certificate {KP_CERT}"


def print_manifest(day: Day) -> str:
    # (No platform forced: ``ensure_gui`` takes the offscreen one where Linux has no display.
    # Qt's offscreen platform finds no fonts on Windows, so a PDF made there holds no text.)
    from sortapp.reports import printing  # noqa: PLC0415 (Qt only here)

    printing.ensure_gui()
    doc = documents.build(day.open, day.people.sam, "manifest", [PARCEL])
    pages, _copy = printing.save_pdf(day.open, day.people.sam, doc, day.pdf)
    return f"{pages} page(s), {day.pdf.stat().st_size} bytes"


def read_manifest(day: Day) -> str:
    found = pdftext.read(day.pdf.read_bytes())
    text = "".join(found.text.split())
    wanted = ("Parcelmanifest", PARCEL, KP_CERT, LOT, "AntwerpRoughNV")
    missing = [w for w in wanted if w not in text]
    if missing:
        raise UserError(
            f"the manifest's text lacks {', '.join(repr(m) for m in missing)} "
            f"({len(text)} characters read back): are fonts installed?"
        )
    if not found.fonts_embedded:
        raise UserError("the manifest's fonts are not embedded in the PDF")
    return f"{len(wanted)} texts found, fonts embedded"


def run_verify(day: Day) -> str:
    # parallel: with the worker process verify starts on a large file (a frozen program must
    # be able to start itself again for it).
    report = verify.verify(day.open, day.people.sam, seal=True, parallel=True)
    if not report.ok:
        raise UserError(f"verify found {len(report.problems)} problem(s): {report.problems[0]}")
    return ", ".join(f"{n} {what}" for what, n in report.checked.items())


#: The steps, in order: what each line says, and what it runs.
STEPS: tuple[tuple[str, Callable[[Day], str]], ...] = (
    ("temporary database", make_database),
    ("site and users", make_site),
    ("receive a lot", receive),
    ("weigh it", weigh),
    ("sort it", sort),
    ("close its sorting", close),
    ("pack and seal an export parcel", pack_and_seal),
    ("print its manifest to PDF", print_manifest),
    ("read the manifest back", read_manifest),
    ("verify", run_verify),
)


def _why(exc: Exception) -> str:
    if isinstance(exc, KnownStorageError):
        return exc.text()
    if isinstance(exc, UserError):
        return str(exc)
    return f"{type(exc).__name__}: {exc}"


def _step(day: Day, name: str, step: Callable[[Day], str]) -> bool:
    """Run one step; print its line; return whether it passed."""
    try:
        with storage_errors():
            detail = step(day)
    except Exception as exc:  # the selftest's boundary: whatever failed, say which step
        print(f"  FAILED  {name}: {_why(exc)}", flush=True)
        if not isinstance(exc, UserError | KnownStorageError):  # a bug, or a broken install
            traceback.print_exc(file=sys.stderr)
        return False
    print(f"  OK      {name}{': ' + detail if detail else ''}", flush=True)
    return True


def run() -> int:
    """Run the selftest; return the exit code (0 every step passed, 1 one failed)."""
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="sortapp-selftest-", ignore_cleanup_errors=True) as f:
        day = Day(Path(f))
        print(f"sortapp {__version__} selftest, in {f} (removed after)", flush=True)
        try:
            for name, step in STEPS:
                if not _step(day, name, step):
                    print(f"selftest FAILED at step '{name}'", flush=True)
                    return 1
        finally:
            if day.db is not None:
                day.db.close()
        folder = Path(f)
    if folder.exists():  # (a file still open elsewhere, as Windows' virus scanners hold them)
        print(f"  note: {folder} could not be removed; delete it by hand", flush=True)
    print(f"selftest OK: {len(STEPS)} steps in {time.monotonic() - started:.1f} s", flush=True)
    return 0
