"""Every action the services record reads as a sentence; a lot's history shows it packed
(issue 13)."""

from __future__ import annotations

import ast
from pathlib import Path

import sortapp.services
from sortapp.services import history, parcels, sorting
from sortapp.services.history import sentence
from tests.conftest import make_lot, make_sorted_lot

#: Actions made from a variable: the kinds ``sentence`` words by their prefix.
BY_KIND = ("print.", "export.")


def _recorded_actions() -> set[str]:
    """The action of every ``record(db, actor, ACTION, ...)`` in the services, and the
    actions the helpers that name one return (sorting's ``_action``)."""
    found: set[str] = set()
    for path in Path(sortapp.services.__file__).parent.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and node.name == "_action":
                found |= {
                    c.value
                    for r in ast.walk(node)
                    if isinstance(r, ast.Return)
                    for c in ast.walk(r)
                    if isinstance(c, ast.Constant) and isinstance(c.value, str)
                }
            if not isinstance(node, ast.Call) or len(node.args) < 3:
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            action = node.args[2]
            if name == "record" and isinstance(action, ast.Constant):
                found.add(action.value)
    return found


def test_every_recorded_action_has_its_own_sentence():
    actions = _recorded_actions()
    assert {"sort.undo", "sort.correct", "lot.receive", "parcel.seal", "login"} <= actions
    generic = sorted(a for a in actions if a not in history._WORDS and not a.startswith(BY_KIND))
    assert generic == []


def test_an_operators_reversal_of_their_own_entry_reads_as_a_sentence(db, who):
    make_lot(db, who.olu, "L3")
    sorting.add_entry(db, who.olu, "L3", "S5-SAW-Q1-W", 12_450, None)
    (entry,) = sorting.list_entries(db, "L3")
    sorting.correct_entry(db, who.olu, "L3", entry["uid"], "typed into the wrong lot")
    last = history.history(db, "lot", "L3")[-1]
    assert last.action == "sort.undo"
    assert last.sentence == (
        f"olu reversed their own entry {entry['uid']} of lot L3 (12.450 ct of S5-SAW-Q1-W): "
        "typed into the wrong lot"
    )
    details = '{"entry": "E9", "category": "", "loss_type": "cleaning", "mct": -100, '
    details += '"reverses": "E8", "reason": "twice"}'
    assert sentence("sort.undo", "ola", "L4", details) == (
        "ola reversed their own entry E8 of lot L4 (0.100 ct lost to cleaning): twice"
    )


def test_a_lots_history_shows_it_packed_into_a_parcel(db, who):
    make_sorted_lot(db, who.olu, "L1")
    make_sorted_lot(db, who.olu, "L11")
    parcels.create_parcel(db, who.olu, "P1", importer="Antwerp Rough NV", destination="BE")
    parcels.add_goods(db, who.olu, "P1", "S5-SAW-Q1-W", 60_000, lot="L1")
    parcels.add_goods(db, who.olu, "P1", "S5-SAW-Q1-W", 60_000, lot="L11")
    lines = history.history(db, "lot", "L1")
    assert [line.action for line in lines][-2:] == ["sort.close", "parcel.add"]
    assert lines[-1].sentence == ("olu packed 60.000 ct of S5-SAW-Q1-W into parcel P1 from lot L1")
    assert [line.action for line in history.history(db, "lot", "L11")].count("parcel.add") == 1
