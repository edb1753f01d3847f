"""Hostile input for the command line: values, files, the commands read from the parser, and
one in-process run that must end in a message, never a traceback, and write nothing when refused.

Used by tests/scenarios/test_fuzz_cli.py (every command and import) and tests/gui/test_fuzz_print.py
(printing, which needs Qt).
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import hashlib
import io
import json
import os
import shutil
import sqlite3
import traceback
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from sortapp import cli
from sortapp.services import parcels
from sortapp.services.settings import SETTING_KEYS
from sortapp.storage.db import open_db
from tests.conftest import PASSWORD, make_lot, make_sorted_lot

USERS = ("admin", "sam", "olu")
#: Commands left out: ``demo --open`` and the bare program open the desktop app.
NEVER = {"--open"}
#: The numbers of the seeded documents: printing one loads Qt (tests/gui fuzzes printing).
DOCUMENTS = {"L1", "L2", "P1", "P2", "BW-2026-1"}

#: Arguments that name a file (read or written): drawn from prepared paths in the work folder.
PATH_DESTS = {"file", "dest", "pdf", "checkpoints"}

HOSTILE = [
    "",
    " ",
    "0",
    "-0",
    "-1",
    "1e3",
    "1E-3",
    "1e309",
    "-1e309",
    "NaN",
    "nan",
    "inf",
    "-Infinity",
    "0x10",
    "1_000",
    "1,5",
    "1.2345",
    "0.0005",
    "+5",
    "²",
    "³⁰",
    "١٢٣",
    "١٢٣.٤",
    "٣",
    "Ⅻ",
    "\uff19\uff19",  # fullwidth digits
    "9" * 30,
    "9" * 5000,
    "1" + "0" * 400,
    str(2**63),
    str(-(2**63) - 1),
    "x" * 100_000,
    "'; DROP TABLE lots; --",
    "' OR '1'='1",
    '" OR ""="',
    "%",
    "_",
    "\\",
    "L1' --",
    "\u202eL1",
    "L1\u200b",
    "\ufeffL1",
    "l1",
    " L1 ",
    "L1",
    "L2",
    "P1",
    "P2",
    "KSF",
    "BW",
    "ZZ",
    "S5-SAW-Q1-W",
    "G1-SAW-Q1-W",
    "loss:cleaning",
    "2026-01-01",
    "2026-02-30",
    "9999-12-31",
    "0000-00-00",
    "Africa/Gaborone",
    "../../etc/passwd",
    "/",
    "-",
    "--",
    "--json",
    "a\tb",
    "a\nb",
    "\r\n",
    "😀",
    "\udcff",
    "L\x001",
]


def _wild_text() -> st.SearchStrategy[str]:
    return st.one_of(
        st.sampled_from(HOSTILE),
        st.text(max_size=24),
        st.integers().map(str),
        st.decimals(allow_nan=True, allow_infinity=True).map(str),
        st.floats().map(repr),
        st.from_regex(r"[0-9]{1,20}(\.[0-9]{0,6})?", fullmatch=True),
    )


WILD = _wild_text()

# -- the commands, read from the parser ---------------------------------------------------------


@dataclass(frozen=True)
class Command:
    words: tuple[str, ...]
    positionals: tuple[argparse.Action, ...]
    options: tuple[argparse.Action, ...]

    @property
    def name(self) -> str:
        return " ".join(self.words)


def _commands(parser: argparse.ArgumentParser, words: tuple[str, ...] = ()) -> list[Command]:
    found = []
    if parser.get_default("func") is not None:
        positionals, options = [], []
        for action in parser._actions:
            if isinstance(action, argparse._HelpAction | argparse._SubParsersAction):
                continue
            if any(o in NEVER for o in action.option_strings):
                continue
            (options if action.option_strings else positionals).append(action)
        found.append(Command(words, tuple(positionals), tuple(options)))
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found += _commands(sub, (*words, name))
    return found


COMMANDS = _commands(cli.build_parser())
COMMAND_NAMES = sorted(c.name for c in COMMANDS)

# -- the files ---------------------------------------------------------------------------------

#: Prepared in each example's work folder (see ``_prepare``); ``in.csv`` and ``in.json`` hold
#: the example's drawn content.
PATHS = [
    "in.csv",
    "in.json",
    "out.pdf",
    "out.file",
    "missing.csv",
    "folder",
    "folder/",
    "fifo",
    "link-to-fifo",
    "link-to-null",
    "link-to-folder",
    "good.sortapp-backup",
    "empty",
    "x" * 300,
    "no/such/folder/x",
    "in.csv/x",
]


def path_value() -> st.SearchStrategy[str]:
    safe = st.text(
        alphabet=st.characters(blacklist_characters="/\\\x00", blacklist_categories=("Cs",)),
        min_size=1,
        max_size=20,
    ).filter(lambda t: t not in (".", ".."))
    return st.one_of(st.sampled_from(PATHS), safe)


CSV_COLUMNS = [
    "lot",
    "origin",
    "mine",
    "carats",
    "declared_carats",
    "stones",
    "supplier",
    "seals",
    "kp_cert",
    "value_usd",
    "from",
    "received",
    "category",
    "usd_per_ct",
    "code",
    "size",
    "model",
    "quality",
    "colour",
    "hs_code",
    "name",
    "Carats",
    "",
    "lot;origin",
]


@st.composite
def csv_text(draw: st.DrawFn) -> str:
    """A CSV file: plausible headers with hostile cells, or hostile text outright."""
    if draw(st.integers(0, 9)) == 0:
        return draw(
            st.one_of(
                st.text(max_size=200),
                st.sampled_from(
                    [
                        "",
                        "\ufeff",
                        "\x00\x00\x00",
                        'lot,origin\n"unterminated,BW\n',
                        "lot,origin\n" + "x" * 200_000 + ",BW\n",
                        "lot,origin\r\nL9,BW\r",
                        "\n" * 1000,
                    ]
                ),
            )
        )
    sep = draw(st.sampled_from([",", ";", "\t"]))
    headers = draw(st.lists(st.sampled_from(CSV_COLUMNS), min_size=1, max_size=8))
    rows = draw(
        st.lists(
            st.lists(WILD.map(lambda t: t.replace("\x00", "")), max_size=len(headers) + 2),
            max_size=6,
        )
    )
    quote = draw(st.booleans())

    def cell(value: str) -> str:
        return '"' + value.replace('"', '""') + '"' if quote else value

    lines = [sep.join(headers)] + [sep.join(cell(v) for v in row) for row in rows]
    bom = "\ufeff" if draw(st.booleans()) else ""
    return bom + "\n".join(lines) + ("\n" if draw(st.booleans()) else "")


def transfer_body(version: int = 2, **parcel_changes: object) -> dict:
    """A sound transfer file's body (format ``version``: 2 signed, 1 the old unsigned one) from
    site ZSITE to KSF, with ``parcel_changes`` made to its parcel."""
    line = {
        "category": "S5-SAW-Q1-W",
        "hs_code": "7102.21",
        "lot": "ZL1",
        "lot_uid": "ZSITE-L1",
        "origins": [["ZA", "Venetia"]],
        "mct": 10_000,
        "stones": 10,
        "cents_per_ct": 10_000,
        "value_cents": 100_000,
    }
    parcel = {
        "number": "ZP1",
        "uid": "ZSITE-P1",
        "exporter": "Z Site",
        "importer": "Kasane",
        "destination": "BW",
        "kp_cert": "ZA-1",
        "issued": "2026-01-01",
        "expires": "2026-03-01",
        "seals": ["Z1"],
        "origin": "ZA",
        "origin_countries": ["ZA"],
        "hs_codes": ["7102.21"],
        "mct": 10_000,
        "stones": 10,
        "value_cents": 100_000,
        "fingerprint": "0" * 64,
        "lines": [line],
    }
    parcel.update(parcel_changes)
    sender = {"site": "ZSITE", "name": "Z Site", "country": "ZA"}
    if version == 1:
        return {"format": "sortapp-transfer", "version": 1, "sender": sender, "parcel": parcel}
    return {
        "format": "sortapp-transfer",
        "version": version,
        "sender": {**sender, "key": "ab" * 32},
        "to": "KSF",
        "parcel": parcel,
    }


def _deep(depth: int) -> object:
    value: object = []
    for _ in range(depth):
        value = [value]
    return value


JSON_LEAVES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.sampled_from([10**30, -(10**30), 2**63, -1, 0, 1.5, -0.0, 1e308]),
    st.floats(allow_nan=True, allow_infinity=True),
    WILD,
    st.just(_deep(50)),
    st.just({"a": {"b": {"c": []}}}),
    st.lists(st.integers(), max_size=3),
)


def _paths_in(value: object, here: tuple = ()) -> list[tuple]:
    found = [here]
    if isinstance(value, dict):
        for k, v in value.items():
            found += _paths_in(v, (*here, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            found += _paths_in(v, (*here, i))
    return found


@st.composite
def transfer_text(draw: st.DrawFn) -> str:
    """A transfer file: a sound-looking body with some values replaced, keys dropped or added,
    its fingerprint recomputed (a forger would); or hostile text outright."""
    choice = draw(st.integers(0, 9))
    if choice == 0:
        return draw(
            st.sampled_from(
                [
                    "[" * 100_000 + "]" * 100_000,
                    '{"body":' + "[" * 3000 + "]" * 3000 + "}",
                    '{"body": NaN, "fingerprint": Infinity}',
                    "9" * 5000,
                    "",
                    "null",
                    "\x00",
                ]
            )
        )
    body = transfer_body()
    for _ in range(draw(st.integers(1, 3))):
        where = draw(st.sampled_from(_paths_in(body)[1:]))
        parent = body
        for key in where[:-1]:
            parent = parent[key]
        if draw(st.booleans()):
            parent[where[-1]] = copy.deepcopy(draw(JSON_LEAVES))
        elif isinstance(parent, dict):
            del parent[where[-1]]
    text = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    envelope = {"body": body, "fingerprint": digest}
    if draw(st.booleans()):
        envelope["signature"] = draw(st.one_of(st.just("00" * 64), WILD))
    return json.dumps(envelope, allow_nan=True)


# -- running one example -----------------------------------------------------------------------


def facts(db_path: Path) -> dict[str, str]:
    """A digest of every table's rows, sign-ins left out: what a refusal must leave as it was."""
    conn = sqlite3.connect(db_path)
    try:
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        out = {}
        for name in names:
            where = " WHERE action NOT LIKE 'login%'" if name == "audit" else ""
            rows = sorted(repr(r) for r in conn.execute(f'SELECT * FROM "{name}"{where}'))
            out[name] = hashlib.sha256("\n".join(rows).encode()).hexdigest()
        return out
    finally:
        conn.close()


def prepare(work: Path, seeded: Path, csv_content: str, json_content: str) -> Path:
    """A work folder with a copy of the seeded database and the prepared paths."""
    work.mkdir()
    db_path = work / "site.db"
    shutil.copy(seeded, db_path)
    (work / "in.csv").write_text(csv_content, "utf-8", errors="surrogatepass")
    (work / "in.json").write_text(json_content, "utf-8", errors="surrogatepass")
    (work / "folder").mkdir()
    (work / "empty").write_bytes(b"")
    os.mkfifo(work / "fifo")
    (work / "link-to-fifo").symlink_to(work / "fifo")
    (work / "link-to-null").symlink_to(os.devnull)
    (work / "link-to-folder").symlink_to(work / "folder")
    shutil.copy(seeded, work / "good.sortapp-backup")
    return db_path


STATS: Counter[str] = Counter()


_FACTS: dict[Path, dict[str, str]] = {}


def run_example(
    argv: list[str], user: str, db_path: Path, seeded: Path | None = None
) -> tuple[int, str, str]:
    """Run one command in-process; fail the test on an escaped exception or a bad outcome.

    ``seeded``: the file ``db_path`` is a fresh copy of (its facts are read once).
    """
    if seeded is None:
        before = facts(db_path)
    else:
        before = _FACTS.get(seeded) or _FACTS.setdefault(seeded, facts(seeded))
    out, err = io.StringIO(), io.StringIO()
    env = {
        "SORTAPP_USER": user,
        "SORTAPP_PASSWORD": PASSWORD,
        "SORTAPP_NEW_PASSWORD": PASSWORD,
        "SORTAPP_GRANT_PASSWORD": PASSWORD,
    }
    saved = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    try:
        with (
            contextlib.chdir(db_path.parent),
            contextlib.redirect_stdout(out),
            contextlib.redirect_stderr(err),
        ):
            code = cli.main(["--db", str(db_path), *argv])
    except BaseException as exc:  # an escaped exception is the failure this campaign looks for
        STATS["crashes"] += 1
        pytest.fail(
            f"traceback for sortapp {argv!r} as {user}:\n"
            + "".join(traceback.format_exception(exc))
        )
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    stdout, stderr = out.getvalue(), err.getvalue()
    STATS["examples"] += 1
    STATS[f"exit {code}"] += 1
    assert code in (0, 1, 2), (argv, code, stderr)
    assert "Traceback" not in stdout + stderr, (argv, stderr)
    if code:
        assert stderr.strip(), f"sortapp {argv!r} exited {code} without a message"
        assert facts(db_path) == before, f"sortapp {argv!r} was refused but wrote"
    return code, stdout, stderr


@st.composite
def arguments(draw: st.DrawFn, command: Command) -> list[str]:
    """Words for one command: its positionals, its required options and some optional ones."""

    def value(action: argparse.Action) -> str:
        if action.dest in PATH_DESTS:
            return draw(path_value())
        if action.choices is not None and draw(st.integers(0, 4)):
            return str(draw(st.sampled_from(list(action.choices))))
        text = draw(WILD)
        if command.words and command.words[0] in ("print", "manifest"):
            # A seeded document would be drawn with Qt: printing is fuzzed in tests/gui.
            while text.strip().upper() in DOCUMENTS:
                text = draw(WILD)
        return text

    words = list(command.words)
    if draw(st.integers(0, 9)) == 0:  # the program's own option, before the command
        words.insert(0, "--read-only")
    if command.words == ("site", "set"):  # real keys, mostly; the folder key gets a path
        key = draw(
            st.one_of(
                st.sampled_from(["name", *SETTING_KEYS]),
                WILD,
            )
        )
        text = draw(path_value()) if key == "backup-folder" else draw(WILD)
        return [*words, key, text]
    for action in command.options:
        nargs0 = action.nargs == 0
        if not action.required and draw(st.integers(0, 2)) == 0:
            continue
        flag = draw(st.sampled_from(action.option_strings))
        if nargs0:
            words.append(flag)
            continue
        for _ in range(
            draw(st.integers(1, 2)) if isinstance(action, argparse._AppendAction) else 1
        ):
            words += [flag, value(action)]
    for action in command.positionals:
        if action.nargs == "?" and draw(st.booleans()):
            continue
        count = draw(st.integers(1, 3)) if action.nargs in ("+", "*") else 1
        words += [value(action) for _ in range(count)]
    return words


def budget(long_run: bool, short: int, long: int) -> settings:
    return settings(
        max_examples=long if long_run else short,
        deadline=None,
        suppress_health_check=[
            HealthCheck.function_scoped_fixture,
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.large_base_example,
        ],
        derandomize=not long_run,  # CI: the same examples every run; --long: new ones
        database=None,
    )


def seed(template_db: Path, path: Path) -> Path:
    """Copy the template database to ``path`` with a sorted lot, a lot to sort, a draft and a
    sealed parcel."""
    shutil.copy(template_db, path)
    db = open_db(path)
    from sortapp.services import site  # noqa: PLC0415

    olu, sam = site.login(db, "olu", PASSWORD), site.login(db, "sam", PASSWORD)
    make_sorted_lot(db, olu, "L1")
    make_lot(db, olu, "L2")
    parcels.create_parcel(db, olu, "P1", importer="Antwerp Rough NV", destination="BE")
    parcels.add_goods(db, olu, "P1", "S5-SAW-Q1-W", 10_000)
    parcels.create_parcel(db, olu, "P2", importer="Antwerp Rough NV", destination="BE")
    parcels.add_goods(db, olu, "P2", "G1-SAW-Q1-W", 10_000, stones=12)
    parcels.seal_parcel(db, sam, "P2", kp_cert="BW-2026-1", seals=["S1"])
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


def summary() -> str:
    """The figures of the campaign run so far in this process."""
    commands = sum(1 for k in STATS if k.startswith("command "))
    imports = sum(1 for k in STATS if k.startswith("import "))
    return (
        f"\nfuzz: {STATS['examples']} examples over {commands} commands and {imports} imports; "
        f"exits {STATS['exit 0']}/{STATS['exit 1']}/{STATS['exit 2']} (0/1/2); "
        f"crashes {STATS['crashes']}"
    )
