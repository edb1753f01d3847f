"""Messages speak neither face's language: services and storage name no CLI flag or command; each
face words its own hint from an error's code and facts (issue 11)."""

from __future__ import annotations

import argparse
import ast
import re
from pathlib import Path

import pytest

import sortapp
from sortapp import cli
from sortapp.core.errors import KnownStorageError, UserError
from sortapp.services import lots
from tests.conftest import PASSWORD

PACKAGE = Path(sortapp.__file__).parent


def _commands() -> list[str]:
    """The CLI's top-level commands, as `sortapp COMMAND` would name them."""
    for action in cli.build_parser()._actions:
        if isinstance(action, argparse._SubParsersAction):
            return sorted(action.choices)
    raise AssertionError("the CLI has no commands")


#: A flag (`--mine`) or a command (`sortapp lot ...`); "a sortapp database" is the product's name.
FACE_WORDS = re.compile(r"(?<![\w-])--[a-z]|\bsortapp (?:" + "|".join(_commands()) + r")\b")


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            first = node.body[0] if node.body else None
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def _face_words(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = _docstrings(tree)
    return [
        f"{path.relative_to(PACKAGE.parent)}:{node.lineno}: {node.value!r}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docs
        and FACE_WORDS.search(node.value)
    ]


def test_the_pattern_catches_what_it_is_meant_to():
    assert FACE_WORDS.search("close it with --accept-difference")
    assert FACE_WORDS.search("weigh it first ('sortapp lot weigh')")
    assert not FACE_WORDS.search("the file is not a sortapp database; 2026-12-01 -- fine")


@pytest.mark.parametrize("layer", ["services", "storage"])
def test_services_and_storage_name_no_flag_or_command(layer):
    files = sorted((PACKAGE / layer).rglob("*.py"))
    assert files
    assert [hit for path in files for hit in _face_words(path)] == []


def test_every_hinted_code_is_worded_by_the_cli_with_the_facts_given():
    exc = UserError("lot L1 is not weighed yet; weigh it first", code="lot_not_weighed")
    exc.facts = {"lot": "L1"}
    assert cli.hint(exc) == "weigh it first: sortapp lot weigh L1"
    assert cli.hint(UserError("plain")) == ""
    assert cli.hint(KnownStorageError("damaged", "restore", code="sqlite_corrupt")) == (
        "then run 'sortapp verify'"
    )


def test_a_service_refusal_carries_a_code_and_a_plain_sentence(db, who):
    with pytest.raises(UserError) as refused:
        lots.receive_lot(db, who.olu, number="L1", weighed_mct=1000, origins=[("BW", "")])
    assert refused.value.code == "origin_missing"
    assert "--" not in str(refused.value)


def _main(db_path: Path, *argv: str) -> int:
    return cli.main(["--db", str(db_path), "--user", "olu", *argv])


def test_the_cli_still_names_its_flags_and_commands(db_path, capsys, monkeypatch):
    monkeypatch.setenv("SORTAPP_PASSWORD", PASSWORD)
    assert _main(db_path, "lot", "receive", "L1", "--carats", "10", "--origin", "BW") == 1
    err = capsys.readouterr().err
    assert "sortapp: give the mine or the supplier the lot came from\n" in err
    assert "sortapp: hint: give --mine or --supplier" in err
    receive = ["lot", "receive", "L2", "--declared-carats", "10", "--origin", "BW", "--mine", "M"]
    assert _main(db_path, *receive) == 0
    capsys.readouterr()
    assert _main(db_path, "sort", "add", "L2", "G1-SAW-Q1-W", "--carats", "1") == 1
    err = capsys.readouterr().err
    assert "is not weighed yet" in err and "hint: weigh it first: sortapp lot weigh L2" in err


def _raised_codes() -> set[str]:
    """Every error code services and storage give (``code="..."``, and the trust codes)."""
    codes: set[str] = set()
    for layer in ("services", "storage"):
        for path in (PACKAGE / layer).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if (
                    isinstance(node, ast.keyword)
                    and node.arg == "code"
                    and isinstance(node.value, ast.Constant)
                    and isinstance(node.value.value, str)
                ):
                    codes.add(node.value.value)
    from sortapp.services import transfers  # noqa: PLC0415

    return codes | set(transfers._TRUST_CODES.values())


def test_every_refusal_code_has_a_cli_hint_and_every_hint_a_refusal():
    from sortapp.storage.db import _KNOWN  # noqa: PLC0415
    from sortapp.ui import errors as ui_errors  # noqa: PLC0415

    raised = _raised_codes()
    assert {"lot_not_weighed", "key_unknown", "sqlite_corrupt"} <= raised
    storage_codes = {name.lower() for name in _KNOWN}
    assert raised - storage_codes <= set(cli.HINTS)  # the CLI names a way out of each refusal
    assert set(cli.HINTS) <= raised | storage_codes  # no hint for a code nothing gives
    assert set(ui_errors.HINTS) <= raised | storage_codes


def test_the_gui_words_its_own_hint_or_shows_the_plain_sentence():
    from sortapp.ui.errors import error_text  # noqa: PLC0415

    weigh = UserError("lot L1 is not weighed yet; weigh it first", code="lot_not_weighed")
    weigh.facts = {"lot": "L1"}
    assert error_text(weigh) == (
        "lot L1 is not weighed yet; weigh it first. "
        "Select lot L1 on the Receiving page and use Weigh lot..."
    )
    force = UserError("parcel P1 is consigned to ZA, not BW", code="import_other_country")
    assert error_text(force) == "parcel P1 is consigned to ZA, not BW"  # no button: plain
