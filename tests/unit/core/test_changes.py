"""Changes: one meaning per field, combined with ``|``."""

from __future__ import annotations

from sortapp.core.changes import Changes


def test_combined_changes_name_every_row_and_keep_each_text():
    a = Changes(lots=frozenset({1}), entries=frozenset({7}), uid="ZA-E7", warning="check it")
    b = Changes(lots=frozenset({2}), ledger=True, journal="ZA-J3", audit=False)
    both = a | b
    assert both.lots == {1, 2} and both.entries == {7} and both.ledger and both.audit
    assert (both.uid, both.journal, both.warning) == ("ZA-E7", "ZA-J3", "check it")
    assert (a | Changes(uid="ZA-E8")).uid == "ZA-E8"  # the later action's record


def test_said_puts_what_must_be_acted_on_first():
    assert Changes().said == ""
    assert Changes(note="closed", warning="weight beyond tolerance").said == (
        "weight beyond tolerance; closed"
    )
    assert Changes(digest="ab" * 32, uid="ZA-E1").said == ""  # records, not sentences
