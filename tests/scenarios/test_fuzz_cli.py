"""Hostile input to every command and every import: a message, never a traceback, no writes.

The command list is read from ``build_parser()``: a command added later is fuzzed without a
change here. Each example runs one command in-process (``cli.main``) on a fresh copy of a seeded
database (a sorted lot, a draft and a sealed parcel), as one of an admin, a supervisor and an
operator, with arguments and file contents drawn from hostile values: huge, negative, NaN and
exponent numbers, unicode digits, NUL, SQL fragments, bidi marks, deep JSON, very long strings,
pipes, folders and links where files are expected. Each must end with exit 0, 1 or 2, a message
on stderr when it is not 0, no traceback, and, when refused, every table as it was.

CI runs a short form; ``pytest --long`` runs the campaign (``settings(max_examples=...)``).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.clifuzz import (
    COMMAND_NAMES,
    COMMANDS,
    STATS,
    USERS,
    arguments,
    budget,
    csv_text,
    facts,
    prepare,
    run_example,
    seed,
    summary,
    transfer_text,
)


@pytest.fixture(scope="module")
def seeded(template_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return seed(template_db, tmp_path_factory.mktemp("fuzz") / "seeded.db")


def test_every_command_is_found():
    """The walk finds the commands (a broken walk would fuzz nothing)."""
    assert len(COMMANDS) >= 50
    for expected in ("lot receive", "import", "bundle import", "backup now", "site set"):
        assert expected in COMMAND_NAMES


@pytest.mark.parametrize("command", COMMANDS, ids=[c.name for c in COMMANDS])
def test_fuzz_every_command(command, seeded, tmp_path, long_run):
    """Each command with hostile arguments and files, as each role."""
    counter = iter(range(10**9))

    @budget(long_run, short=2, long=100)
    @given(data=st.data())
    def one(data: st.DataObject) -> None:
        argv = data.draw(arguments(command))
        user = data.draw(st.sampled_from(USERS))
        csv_content, json_content = data.draw(csv_text()), data.draw(transfer_text())
        db_path = prepare(tmp_path / f"w{next(counter)}", seeded, csv_content, json_content)
        STATS[f"command {command.name}"] += 1
        run_example(argv, user, db_path, seeded)
        shutil.rmtree(db_path.parent, ignore_errors=True)

    one()


IMPORTS = [
    ["import", "lots", "in.csv"],
    ["import", "sorting", "in.csv"],
    ["import", "prices", "in.csv"],
    ["import", "assortment", "in.csv"],
    ["import", "lots", "in.csv", "--dry-run"],
    ["category", "import", "in.csv"],
    ["sort", "import", "L2", "in.csv"],
    ["sort", "import", "L2", "in.csv", "--dry-run"],
    ["bundle", "import", "in.json"],
    ["bundle", "import", "in.json", "--force"],
    ["bundle", "import", "in.json", "--accept-unsigned", "--reason", "fuzz"],
    ["restore", "in.json"],
]


@pytest.mark.parametrize("argv", IMPORTS, ids=[" ".join(a) for a in IMPORTS])
def test_fuzz_every_import(argv, seeded, tmp_path, long_run):
    """Every import (CSV lots, sorting, prices, assortment; transfer files) on hostile files."""
    counter = iter(range(10**9))

    @budget(long_run, short=5, long=400)
    @given(data=st.data())
    def one(data: st.DataObject) -> None:
        user = data.draw(st.sampled_from(USERS))
        csv_content, json_content = data.draw(csv_text()), data.draw(transfer_text())
        db_path = prepare(tmp_path / f"w{next(counter)}", seeded, csv_content, json_content)
        STATS[f"import {' '.join(argv[:2])}"] += 1
        run_example(list(argv), user, db_path, seeded)
        shutil.rmtree(db_path.parent, ignore_errors=True)

    one()


def test_a_refused_import_writes_nothing_and_a_good_one_writes(seeded, tmp_path):
    """The harness can tell a write: a sound CSV file is imported, and the facts change."""
    db_path = prepare(tmp_path / "w", seeded, "lot,origin,mine,carats\nN1,BW,Jwaneng,12.5\n", "{}")
    before = facts(db_path)
    code, out, err = run_example(["import", "lots", "in.csv"], "olu", db_path)
    assert code == 0 and "1 rows" in out, err
    assert facts(db_path) != before
    code, _out, err = run_example(["import", "lots", "in.csv"], "olu", db_path)
    assert code == 1 and "line 2" in err


@pytest.fixture(scope="module", autouse=True)
def _summary():
    """Print the campaign's figures at the end (``pytest -s`` shows them)."""
    yield
    print(summary())
