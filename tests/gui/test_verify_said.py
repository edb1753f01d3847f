"""What verify finds on a tampered database reads in the user's language (issue 18): every
finding is a phrase whose template (and each template within it) the catalogue translates,
said with its facts (ids, tables, counts) as they are."""

from __future__ import annotations

import re
import sqlite3

import pytest

from sortapp.core.i18n import Phrase
from sortapp.services import parcels, parties, sorting
from sortapp.services.verify import Report, verify
from sortapp.ui import i18n
from tests.conftest import make_lot, make_sorted_lot
from tests.forger import append_forged_entry, raw_edit

#: A template's words, its placeholders left out (a template of placeholders and marks only,
#: such as "{first}, {rest}", has none to translate).
_WORDS = re.compile(r"[A-Za-z]{2,}")


@pytest.fixture
def tampered(db, who, db_path) -> Report:
    """A small site whose file was edited outside sortapp in many ways at once: a lot's row, a
    user's role, a sorting entry deleted, a balance and the ledger's lines changed, a signed
    action appended without its signature, ids past a gap, the checkpoints deleted; and
    printed marks that the log contradicts."""
    make_sorted_lot(db, who.olu, "L1")
    make_lot(db, who.olu, "L2")
    sorting.add_entry(db, who.olu, "L2", "S5-SAW-Q1-W", 5_000)
    parties.set_party(
        db, who.sam, "Antwerp Rough NV", address="Hoveniersstraat 2", country_code="BE"
    )
    parcels.create_parcel(db, who.olu, "P1", importer="Antwerp Rough NV", destination="BE")
    parcels.add_goods(db, who.olu, "P1", "S5-SAW-Q1-W", 10_000)
    parcels.seal_parcel(db, who.sam, "P1", kp_cert="BW-1", seals=["S1"])
    assert verify(db).ok
    raw_edit(
        db_path,
        "UPDATE lots SET supplier = 'forged' WHERE number = 'L1'",
        "UPDATE users SET role = 'admin' WHERE name = 'olu'",
        "DELETE FROM sort_entries WHERE id = (SELECT max(id) FROM sort_entries)",
        "UPDATE balances SET mct = mct + 7 WHERE place = 'stock' AND mct > 0",
        "UPDATE postings SET mct = mct + 1 WHERE id = (SELECT max(id) FROM postings)",
        "UPDATE sealed_lines SET mct = mct + 1",
        "UPDATE journal SET id = id + 1000 WHERE id = (SELECT max(id) FROM journal)",
        "DELETE FROM checkpoints",
    )
    append_forged_entry(db_path, "sam", "user.set", [], {"role": "admin"}, obj="olu")
    # Marks typed from printed documents: one of another site, one the log contradicts.
    report = verify(db, marks=["KSF-A1 0123456789ab", "XYZ-A1 0123456789ab"])
    assert len(report.problems) >= 10, report.problems
    return report


def _templates(said: Phrase) -> list[str]:
    """The templates a phrase is said by: its own and those of the phrases among its facts."""
    found = [said.template]
    for fact in said.facts.values():
        if isinstance(fact, Phrase):
            found += _templates(fact)
    return found


def _plain_facts(said: Phrase) -> list[str]:
    """The facts said as they are (ids, names, counts): those that are not phrases."""
    found = []
    for fact in said.facts.values():
        found += _plain_facts(fact) if isinstance(fact, Phrase) else [str(fact)]
    return found


@pytest.fixture
def altered_schema(db, db_path) -> Report:
    """The same site's schema altered outside sortapp: an index added, a trigger dropped."""
    raw = sqlite3.connect(db_path)
    raw.execute("CREATE INDEX lots_by_supplier ON lots(supplier)")
    raw.execute("DROP TRIGGER lots_no_delete")
    raw.commit()
    raw.close()
    report = verify(db)
    assert len(report.problems) >= 2, report.problems
    return report


@pytest.mark.parametrize("language", ["ru", "fr", "pt"])
def test_every_verify_finding_is_said_in_the_language(qapp, tampered, language):
    _said_in(tampered, language)


@pytest.mark.parametrize("language", ["ru", "fr"])
def test_schema_findings_are_said_in_the_language(qapp, altered_schema, language):
    _said_in(altered_schema, language)


def _said_in(report: Report, language: str) -> None:
    """Every finding of ``report`` is a phrase said in ``language``: none is English, each
    keeps its facts, and (in Russian, which shares no word with English) every template of it
    is translated."""
    untranslated = [p for p in report.problems if not isinstance(p, Phrase)]
    assert not untranslated, f"findings not marked for translation: {untranslated}"
    try:
        i18n.install(language)
        english = [
            template
            for problem in report.problems
            for template in _templates(problem)
            if _WORDS.search(re.sub(r"\{[^{}]*\}", "", template))
            and i18n.marked(template) == template
            and language == "ru"  # (French and Portuguese share words with English: "lot")
        ]
        said = [(problem, i18n.say(problem)) for problem in report.problems]
    finally:
        i18n.install("en")
    assert not english, f"templates the {language} catalogue does not translate: {english}"
    for problem, text in said:
        assert text != problem, f"said in English: {problem}"
        for fact in _plain_facts(problem):
            assert fact in text, f"{fact!r} lost from {text!r} ({problem})"


def test_a_failed_verify_is_said_in_a_line_and_every_problem_can_be_read(
    qapp, make_window, tampered, monkeypatch
):
    """The page's verify on a file with many problems put the same long text in the result, a
    box and the status bar (grown to a third of the window), and the problems after the fifth
    were nowhere to be read. The status bar says the count and the first; the box's details
    and the result's tool tip hold every problem."""
    from sortapp.ui.pages import audit  # noqa: PLC0415
    from tests.gui.conftest import status  # noqa: PLC0415

    boxes: list[tuple[str, str]] = []
    icons: list[object] = []

    def message(_parent, _title, text, **k):  # type: ignore[no-untyped-def]
        boxes.append((text, k["details"]))
        icons.append(k["icon"])

    monkeypatch.setattr(audit, "message", message)
    window = make_window("sam")
    window.go(window.pages.index(window.audit))
    page = window.audit
    page._verified(tampered)
    problems = [i18n.say(problem) for problem in tampered.problems]
    assert status(window) == f"Verify FAILED: {len(problems)} problems; the first: {problems[0]}"
    ((text, details),) = boxes
    assert text.startswith(f"Verify FAILED: {len(problems)} problems. {problems[0]}; ")
    assert f"({len(problems) - 5} more: the box's Show Details" in text
    assert details.split("\n\n") == problems == page.result.toolTip().split("\n\n")
    # (A review's screenshots, 2026-12-06: the failed run's box had the OK box's icon.)
    assert icons == [audit.QMessageBox.Icon.Warning]
