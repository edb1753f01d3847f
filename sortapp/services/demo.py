"""A realistic demo database: a day (and a bit) of a facility, built through the services."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sortapp.core.errors import UserError
from sortapp.core.i18n import phrase
from sortapp.core.roles import Actor
from sortapp.services import anchors, assortment, lots, parcels, parties, site, sorting
from sortapp.storage import backup as backup_sql
from sortapp.storage import files
from sortapp.storage.db import open_db
from sortapp.storage.dbapi import Database

DEMO_SITE = "DEMO"
USERS = (
    ("ada", "admin", "demo-ada-2026"),
    ("sam", "supervisor", "demo-sam-2026"),
    ("sue", "supervisor", "demo-sue-2026"),
    ("olu", "operator", "demo-olu-2026"),
)

# Demo USD/ct for a 'SAW Q1 W' stone of each size class, and multipliers in percent.
_BASE_USD = {
    "S1": 30,
    "S3": 45,
    "S5": 70,
    "S7": 110,
    "S9": 160,
    "S11": 220,
    "S13": 320,
    "G1": 450,
    "G2": 650,
    "G3": 850,
    "L1": 1100,
    "L2": 1500,
    "L3": 2000,
    "L4": 2600,
    "SP": 4000,
}
_MODEL = {"SAW": 100, "SHP": 60, "MAK": 45, "CLV": 30, "CHP": 15, "MAC": 35, "FLT": 25, "RUN": 35}
_QUALITY = {"Q1": 100, "Q2": 70, "Q3": 45, "NA": 100}
_COLOUR = {"W": 100, "TLB": 85, "LB": 70, "BR": 45, "Y": 60, "F": 150, "MX": 100}


def demo_price_cents(size: str, model: str, quality: str, colour: str) -> int:
    """Return a plausible demo price in cents per carat (boart and industrial: a few dollars)."""
    if model == "BRT":
        return 300
    if quality == "IND":
        return 450
    return _BASE_USD[size] * 100 * _MODEL[model] * _QUALITY[quality] * _COLOUR[colour] // 1_000_000


def _at(days_ago: int, hour: int) -> dt.datetime:
    now = dt.datetime.now(dt.UTC)
    day = now.replace(hour=hour, minute=15, second=0, microsecond=0)
    return min(day - dt.timedelta(days=days_ago), now)


def build(path: Path, *, replace: bool = False) -> list[tuple[str, str, str]]:
    """Write the demo database at ``path``; return its (user, role, password) triples.

    Refuses to overwrite a file unless ``replace`` is given and the file is a demo database.
    """
    path = Path(path)
    if path.exists():
        if not replace:
            raise UserError(
                phrase(
                    "{path} already exists; a demo database there may be rebuilt in its place",
                    path=path,
                ),
                code="demo_exists",
                facts={"path": str(path)},
            )
        # Looked at read-only: only a sortapp demo database is replaced; any other file is
        # left exactly as it is.
        found = files.inspect(path)
        if found.kind != files.SORTAPP or found.site != DEMO_SITE:
            raise UserError(phrase("{path} is not a demo database; it was left alone", path=path))
        kept = _backup_folder(path)
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        # The replaced demo's checkpoints, signed with its key, are no anchors of the new one;
        # nor are those its backups' notes record (verify read them as the new demo's, and
        # said its key was replaced), nor its backups, which no restore takes in its place.
        for old in (path.parent / "checkpoints").rglob(f"{DEMO_SITE}-*{anchors.SUFFIX}"):
            old.unlink(missing_ok=True)
        for pattern in (f"{DEMO_SITE}-*{backup_sql.SUFFIX}", f"{DEMO_SITE}-*{backup_sql.SUFFIX}.*"):
            for old in kept.glob(pattern):
                old.unlink(missing_ok=True)
    db = open_db(path, create=True)
    try:
        _fill(db)
    except BaseException:
        db.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        raise
    db.close()
    return [(n, r, p) for n, r, p in USERS]


def _backup_folder(path: Path) -> Path:
    """The backup folder of the demo database at ``path`` (its setting, read read-only)."""
    opened = backup_sql.open_readonly(path)
    try:
        return backup_sql.folder_for(opened, path)
    finally:
        opened.close()


@dataclass(frozen=True)
class Team:
    """The demo site's people (``USERS``), signed in as people are: the admin and the
    supervisors hold the site key, so their entries carry its signature."""

    admin: Actor
    sam: Actor
    sue: Actor
    olu: Actor


def _fill(db: Database) -> None:
    team = start_site(db)
    _receive(db, team.olu, team.sam)
    _sort(db, team.olu, team.sam, team.sue)
    _parties(db, team.sam)
    _pack(db, team.olu, team.sam)
    anchors.checkpoint(db, team.admin)


def start_site(db: Database) -> Team:
    """Make the demo site on a new database: its users, its settings (what a customs broker
    asks of the invoice among them) and a demo price for every category from 30 days ago;
    return its people (also ``--selftest``'s site)."""
    admin_name, _role, admin_pw = USERS[0]
    site.init_site(
        db,
        code=DEMO_SITE,
        name="Demo Rough Diamond Sorting Facility",
        country_code="BW",
        admin=admin_name,
        password=admin_pw,
        authority="Ministry of Minerals and Energy - Diamond Hub, Gaborone",
    )
    admin = site.login(db, admin_name, admin_pw)  # holds the site key: wraps it for sam and sue
    for name, role, password in USERS[1:]:
        site.add_user(db, admin, name, role, password)
    site.set_setting(db, admin, "address", "Plot 1, Diamond Park, Gaborone, Botswana")
    site.set_setting(db, admin, "timezone", "Africa/Gaborone")
    # What a customs broker asks of the invoice: the exporter's numbers and the terms.
    for key, value in (
        ("exporter-licence", "DEL-0042/2026"),
        ("tax-number", "BW-TIN C01234567"),
        ("incoterms", "FCA Sir Seretse Khama International Airport (Incoterms 2020)"),
        ("payment-terms", "30 days from the air waybill date, by bank transfer"),
        ("port-of-export", "Gaborone (GBE)"),
        ("authority-address", "Private Bag 0018, Fairgrounds Office Park, Gaborone"),
    ):
        site.set_setting(db, admin, key, value)
    # Signed in, as people would be: the supervisors' entries carry the site key's signature.
    sam, sue, olu = (site.login(db, n, p) for n, _r, p in USERS if n in ("sam", "sue", "olu"))

    prices = {
        c.code: demo_price_cents(c.size, c.model, c.quality, c.colour)
        for c in assortment.list_categories(db)
    }
    start = (dt.datetime.now(dt.UTC).date() - dt.timedelta(days=30)).isoformat()
    assortment.import_prices(db, sam, prices, start)
    return Team(admin, sam, sue, olu)


#: The importers the demo ships to, as the register of parties holds them.
_PARTIES = (
    (
        "Antwerp Rough NV",
        "Hoveniersstraat 2, 2018 Antwerpen",
        "BE",
        "BE 0412.345.678",
        "AWDC 1-2345",
        "Brussels (BRU)",
    ),
    (
        "Mumbai Diamond Imports Pvt Ltd",
        "Bharat Diamond Bourse, Bandra-Kurla Complex, Mumbai 400051",
        "IN",
        "GSTIN 27AAACM1234A1Z5",
        "IEC 0309012345",
        "Mumbai (BOM)",
    ),
)


def _parties(db: Database, sam: Actor) -> None:
    for name, address, country, tax, licence, port in _PARTIES:
        parties.set_party(
            db,
            sam,
            name,
            address=address,
            country_code=country,
            tax_number=tax,
            licence=licence,
            port=port,
        )


def _receive(db: Database, olu: Actor, sam: Actor) -> None:
    lots.receive_lot(
        db,
        olu,
        number="JW-2611-001",
        origins=[("BW", "Jwaneng")],
        weighed_mct=1_250_385,
        declared_mct=1_250_400,
        # Run of mine, not counted in (its smalls are weighed, not counted, out of sorting: a
        # lot counted in whose stones are not all counted out needs a second person to close).
        seals=["DBJ-77120", "DBJ-77121"],
        received_at=_at(3, 7),
    )
    lots.receive_lot(
        db,
        olu,
        number="OR-2611-002",
        origins=[("BW", "Orapa")],
        weighed_mct=2_300_050,
        declared_mct=2_300_000,
        seals=["DBO-50311"],
        received_at=_at(3, 8),
    )
    lots.receive_lot(
        db,
        olu,
        number="ZA-KIM-0417",
        origins=[("ZA", "")],
        supplier="Kimberley Rough Traders (Pty) Ltd",
        weighed_mct=412_800,
        declared_mct=413_100,
        # Counted in as its entries count them out (a stone difference would need a second
        # person to close).
        stones=227,
        declared_value_cents=16_524_000,
        kp_cert="ZA0041722",
        from_country="ZA",
        seals=["KRT-1191"],
        received_at=_at(2, 9),
    )
    lots.acknowledge_weight(
        db, sam, "ZA-KIM-0417", "scale recalibrated; sender's weight on wet goods"
    )
    lots.receive_lot(
        db,
        olu,
        number="KR-2611-004",
        origins=[("BW", "Karowe")],
        weighed_mct=640_200,
        stones=410,
        seals=["LUC-0912"],
        received_at=_at(1, 7),
    )
    lots.receive_lot(
        db,
        olu,
        number="NA-2611-005",
        origins=[("NA", "Namdeb Elizabeth Bay")],
        declared_mct=188_250,
        seals=["NMD-3301"],
        kp_cert="NA0102931",
        declared_value_cents=9_412_500,
        from_country="NA",
        received_at=_at(0, 8),
    )


_SORT_PLAN = {
    # lot: [(category, mct, stones)], losses
    "JW-2611-001": (
        [
            ("S5-SAW-Q1-W", 182_410, 0),
            ("S5-SAW-Q2-LB", 140_220, 0),
            ("S9-SAW-Q1-W", 165_300, 0),
            ("S9-SHP-Q1-W", 98_450, 0),
            ("S13-SAW-Q1-W", 121_700, 0),
            ("G1-SAW-Q1-W", 88_120, 110),
            ("G2-SAW-Q2-TLB", 72_440, 61),
            ("L1-SAW-Q1-W", 64_380, 27),
            ("L2-MAK-Q2-W", 41_900, 11),
            ("S9-CHP-IND-MX", 130_335, 0),
            ("S9-BRT-IND-MX", 120_000, 0),
            ("SP-SAW-Q1-W", 12_460, 1),
            ("SP-SAW-Q1-LB", 11_080, 1),
        ],
        [("cleaning", 1_580)],
    ),
    "OR-2611-002": (
        [
            ("S3-SAW-Q2-BR", 402_100, 0),
            ("S5-SAW-Q2-BR", 380_440, 0),
            ("S7-SHP-Q2-BR", 290_000, 0),
            ("S11-SAW-Q3-Y", 250_310, 0),
            ("S13-MAK-Q2-BR", 201_700, 0),
            ("G1-CLV-Q2-BR", 160_900, 190),
            ("S7-FLT-IND-MX", 190_000, 0),
            ("S7-BRT-IND-MX", 421_500, 0),
        ],
        [("cleaning", 1_100), ("sample", 500)],
    ),
    "ZA-KIM-0417": (
        [
            ("G2-SAW-Q1-W", 120_300, 101),
            ("G3-SAW-Q1-W", 98_600, 62),
            ("L1-SAW-Q2-LB", 101_450, 41),
            ("L2-SAW-Q1-W", 92_050, 23),
        ],
        [("breakage", 350)],
    ),
}


def _sort(db: Database, olu: Actor, sam: Actor, sue: Actor) -> None:
    for number, (entries, losses) in _SORT_PLAN.items():
        for category, mct, stones in entries:
            sorting.add_entry(db, olu, number, category, mct, stones or None)
        for kind, mct in losses:
            sorting.add_loss(db, olu, number, kind, mct)
    sorting.close_sorting(db, olu, "JW-2611-001")
    sorting.close_sorting(db, olu, "ZA-KIM-0417")
    # Orapa comes out 1.500 ct light: beyond tolerance, accepted by a second person.
    sorting.close_sorting(
        db,
        sue,
        "OR-2611-002",
        accept_difference=True,
        reason="moisture loss after acid cleaning; re-weighed twice",
    )
    # Karowe is on the floor now: a few entries, not closed.
    sorting.add_entry(db, olu, "KR-2611-004", "L3-SAW-Q1-W", 92_300, 15)
    sorting.add_entry(db, olu, "KR-2611-004", "L4-SAW-Q1-W", 55_110, 6)
    sorting.add_entry(db, olu, "KR-2611-004", "SP-SAW-Q1-W", 24_930, 1)


def _pack(db: Database, olu: Actor, sam: Actor) -> None:
    # A single-origin parcel (Botswana) to Antwerp, sealed and shipped.
    parcels.create_parcel(db, olu, "EXP-26-0001", importer="Antwerp Rough NV", destination="BE")
    for category, mct, stones in (
        ("S5-SAW-Q1-W", 182_410, None),
        ("S9-SAW-Q1-W", 100_000, None),
        ("G1-SAW-Q1-W", 88_120, None),
        ("SP-SAW-Q1-W", 12_460, 1),
    ):
        parcels.add_goods(db, olu, "EXP-26-0001", category, mct, stones=stones)
    parcels.add_valuation(
        db,
        sam,
        "EXP-26-0001",
        "government",
        12_175_000,
        valuer_name="K. Mogapi",
        organisation="Government Diamond Valuator, Gaborone",
        valued_on=_at(1, 10).date().isoformat(),
        reference="GDV-2026-1187",
    )
    parcels.seal_parcel(db, sam, "EXP-26-0001", kp_cert="BW-2026-004117", seals=["BWS-100231"])
    parcels.ship_parcel(
        db, sam, "EXP-26-0001", carrier="Brink's Global Services", awb="125-4471 9032"
    )
    # A mixed-origin parcel (Botswana + South Africa) to Mumbai, sealed.
    mumbai = "Mumbai Diamond Imports Pvt Ltd"
    parcels.create_parcel(db, olu, "EXP-26-0002", importer=mumbai, destination="IN")
    for category, mct in (
        ("G2-SAW-Q1-W", 120_300),
        ("L1-SAW-Q1-W", 64_380),
        ("L2-SAW-Q1-W", 92_050),
        ("S5-SAW-Q2-BR", 200_000),
    ):
        parcels.add_goods(db, olu, "EXP-26-0002", category, mct)
    parcels.seal_parcel(
        db, sam, "EXP-26-0002", kp_cert="BW-2026-004118", seals=["BWS-100232", "BWS-100233"]
    )
    # A second parcel under the same certificate: the larger goods and a special stone.
    parcels.create_parcel(db, olu, "EXP-26-0004", importer=mumbai, destination="IN")
    for category, mct, stones in (
        ("G3-SAW-Q1-W", 98_600, None),
        ("SP-SAW-Q1-LB", 11_080, 1),
    ):
        parcels.add_goods(db, olu, "EXP-26-0004", category, mct, stones=stones)
    parcels.add_valuation(
        db,
        sam,
        "EXP-26-0004",
        "independent",
        9_150_000,
        valuer_name="R. Naidoo",
        organisation="Independent Diamond Valuators (Botswana)",
        valued_on=_at(0, 9).date().isoformat(),
        reference="IDV/26/0311",
    )
    parcels.seal_parcel(db, sam, "EXP-26-0004", kp_cert="BW-2026-004118", seals=["BWS-100234"])
    # A draft on the desk.
    parcels.create_parcel(db, olu, "EXP-26-0003", importer="Dubai Rough DMCC", destination="AE")
    parcels.add_goods(db, olu, "EXP-26-0003", "S7-BRT-IND-MX", 400_000)
