"""Hostile input to ``print`` and ``manifest``, drawn for real (Qt): the seeded documents and
hostile numbers, every kind, PDFs named as folders, pipes, links and too-long names. Each ends
with exit 0, 1 or 2, a message when not 0, no traceback; a refused print records nothing, and a
PDF is recorded exactly when it is written."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.clifuzz import (
    DOCUMENTS,
    USERS,
    WILD,
    budget,
    path_value,
    prepare,
    run_example,
    seed,
    summary,
)

KINDS = ["manifest", "kp-sheet", "invoice", "valuation", "receipt", "reconciliation", "label"]


@pytest.fixture(scope="module")
def seeded(template_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return seed(template_db, tmp_path_factory.mktemp("fuzz-print") / "seeded.db")


def _prints(db_path: Path) -> int:
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute("SELECT count(*) FROM audit WHERE action LIKE 'print.%'").fetchone()[0]
    finally:
        conn.close()


def _records(words: list[str]) -> int:
    """The audit entries a print records: one, or one per label (labels are counted one by
    one)."""
    if words[:2] != ["print", "label"]:
        return 1
    return len([w for w in words[2:-2] if w != "--label-printer"])


@st.composite
def print_words(draw: st.DrawFn) -> list[str]:
    # Mostly real documents, kinds and new file names, so that many are drawn for real.
    # (Hypothesis starts from, and shrinks to, zeros: zero picks the real thing.)
    number = WILD if draw(st.integers(0, 3)) == 3 else st.sampled_from(sorted(DOCUMENTS))
    if draw(st.integers(0, 3)) == 3:
        words = ["manifest", draw(number)]
    else:
        kind = draw(WILD if draw(st.integers(0, 4)) == 4 else st.sampled_from(KINDS))
        words = ["print", kind, *draw(st.lists(number, min_size=1, max_size=3))]
        if draw(st.booleans()):
            words.append("--label-printer")
    names = st.sampled_from(["out.pdf", "a b.pdf", "ünï.pdf"])
    pdf = draw(path_value() if draw(st.booleans()) else names)
    return [*words, "--pdf", pdf]


def test_fuzz_print(qapp, seeded, tmp_path, long_run):
    counter = iter(range(10**9))

    @budget(long_run, short=12, long=300)
    @given(words=print_words(), user=st.sampled_from(USERS))
    def one(words: list[str], user: str) -> None:
        db_path = prepare(tmp_path / f"w{next(counter)}", seeded, "", "")
        before = _prints(db_path)
        code, _out, _err = run_example(words, user, db_path, seeded)
        pdf = db_path.parent / words[-1]
        written = code == 0
        assert _prints(db_path) == before + (_records(words) if written else 0)
        if written:
            assert pdf.is_file() and pdf.read_bytes()[:5] == b"%PDF-"
        shutil.rmtree(db_path.parent, ignore_errors=True)

    one()
    print(summary())
