"""The app's catalogues (issue 18): complete, kept up to date with the code, placeholders kept,
built by PySide6's own tools; and the words marked so that lupdate finds them."""

from __future__ import annotations

import ast
import filecmp
import re
import shutil
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

from sortapp.core.errors import UserError
from sortapp.core.i18n import LANGUAGES, Phrase, language_code, phrase

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import translations  # noqa: E402  (scripts/translations.py)

FOLDER = ROOT / "resources" / "translations"

#: What a translation must keep of its source: ``{name}`` fields, ``%n`` and ``%1``.
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%\d+")


def messages(ts: Path) -> list[ET.Element]:
    root = ET.parse(ts).getroot()
    return [message for context in root.iter("context") for message in context.iter("message")]


def source_of(message: ET.Element) -> str:
    return message.findtext("source") or ""


def translated(message: ET.Element) -> list[str]:
    """Return the message's translation (each plural form), "" for a form not translated."""
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return [""]
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def catalogues() -> list[Path]:
    return sorted(FOLDER.glob("*.ts"))


def test_every_area_and_language_has_its_catalogue() -> None:
    expected = {
        translations.ts_path(area, language).name
        for area in translations.AREAS
        for language in translations.LANGUAGES
    }
    assert {path.name for path in catalogues()} == {*expected, translations.ENGLISH_PLURALS}
    assert set(translations.LANGUAGES) == set(LANGUAGES) - {"en"}


def test_catalogues_hold_every_string_of_the_code() -> None:
    """lupdate run now finds nothing the committed catalogues lack, and nothing they have is
    gone from the code: a string added without ``scripts/translations.py update`` fails here."""
    fresh = translations.fresh_copy()
    try:
        for committed in catalogues():
            now = Counter(source_of(m) for m in messages(fresh / committed.name))
            kept = Counter(source_of(m) for m in messages(committed))
            assert now == kept, (
                f"{committed.name} is behind the code: run python scripts/translations.py; "
                f"new {sorted(now - kept)[:5]}, gone {sorted(kept - now)[:5]}"
            )
    finally:
        shutil.rmtree(fresh)


def test_every_string_has_a_translation_in_every_language() -> None:
    missing = [
        f"{ts.name}: {source_of(message)!r}"
        for ts in catalogues()
        for message in messages(ts)
        if not all(form.strip() for form in translated(message))
    ]
    assert not missing, f"{len(missing)} strings without a translation: {missing[:10]}"


def test_a_translation_keeps_every_placeholder() -> None:
    changed = []
    for ts in catalogues():
        for message in messages(ts):
            wanted = Counter(PLACEHOLDER.findall(source_of(message)))
            for form in translated(message):
                got = Counter(PLACEHOLDER.findall(form))
                plural = message.get("numerus") == "yes"
                if plural:  # a plural form may say its number in words ("one stone")
                    got.pop("%n", None)
                    wanted_here = Counter(wanted)
                    wanted_here.pop("%n", None)
                else:
                    wanted_here = wanted
                if got != wanted_here:
                    changed.append(f"{ts.name}: {source_of(message)!r} -> {form!r}")
    assert not changed, f"{len(changed)} translations change a placeholder: {changed[:10]}"


def test_one_string_is_translated_one_way_in_a_language() -> None:
    """The same words in two areas read the same (the glossary's terms, one catalogue)."""
    for language in translations.LANGUAGES:
        seen: dict[str, tuple[str, str]] = {}
        for area in translations.AREAS:
            ts = translations.ts_path(area, language)
            for message in messages(ts):
                text = "|".join(translated(message))
                source = source_of(message)
                if source in seen:
                    assert seen[source][1] == text, (
                        f"{language}: {source!r} is {seen[source][1]!r} in {seen[source][0]} "
                        f"but {text!r} in {area}"
                    )
                seen[source] = (area, text)


def test_the_built_catalogues_are_those_of_the_sources(tmp_path: Path) -> None:
    built = translations.release(out=tmp_path, quiet=True)
    for path in built:
        committed = FOLDER / path.name
        assert committed.exists(), f"{path.name} is not built: run python scripts/translations.py"
        assert filecmp.cmp(path, committed, shallow=False), (
            f"{path.name} is behind its .ts: run python scripts/translations.py release"
        )


# --- the code's side: what lupdate can find ---------------------------------------------------

MARKS = {"phrase", "N_", "tr"}


def _calls() -> list[tuple[Path, ast.Call]]:
    found = []
    for path in sorted((ROOT / "sortapp").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                found.append((path, node))
    return found


def test_marked_strings_are_literals_and_a_phrase_names_its_facts() -> None:
    """lupdate reads only a literal; an f-string or a sum would be found as other words (or
    not at all) and never translated. A phrase's facts are exactly its placeholders."""
    wrong = []
    for path, call in _calls():
        name = call.func.id if isinstance(call.func, ast.Name) else None
        if name not in MARKS:
            continue
        where = f"{path.relative_to(ROOT)}:{call.lineno}"
        first = call.args[0] if call.args else None
        if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
            wrong.append(f"{where}: {name}() of something not a string literal")
            continue
        if name == "phrase":
            fields = {
                field.split(".")[0].split("[")[0].split("!")[0].split(":")[0]
                for field in re.findall(r"\{([^{}]*)\}", first.value)
            }
            given = {keyword.arg for keyword in call.keywords}
            if None in given or fields != given:
                wrong.append(f"{where}: placeholders {sorted(fields)} but facts {sorted(given)}")
    assert not wrong, "\n".join(wrong)


def test_no_string_is_translated_in_a_class_context() -> None:
    """``self.tr`` looks its words up under the class of the object at run time, which lupdate
    cannot know for a method a subclass inherits: the app's strings all go through ``tr``."""
    methods = [
        f"{path.relative_to(ROOT)}:{call.lineno}"
        for path, call in _calls()
        if isinstance(call.func, ast.Attribute) and call.func.attr == "tr"
    ]
    assert not methods, methods


# --- at run time ------------------------------------------------------------------------------


def test_a_phrase_is_its_english_text_and_keeps_template_and_facts() -> None:
    said = phrase("lot {lot} weighs {ct} ct", lot="L-1", ct="1.250")
    assert said == "lot L-1 weighs 1.250 ct"
    assert isinstance(said, Phrase)
    assert (said.template, said.facts) == (
        "lot {lot} weighs {ct} ct",
        {"lot": "L-1", "ct": "1.250"},
    )
    refused = UserError(said)
    assert str(refused) == "lot L-1 weighs 1.250 ct"
    assert refused.message is said
    assert phrase("no {braces} formatted without facts") == "no {braces} formatted without facts"
    assert language_code("pt_BR") == "pt" and language_code("de") == "en"


def test_the_app_speaks_each_language_and_back(qapp: object) -> None:
    from sortapp.ui import i18n  # noqa: PLC0415 (Qt)

    source = "Choose a backup of this site."
    try:
        seen = set()
        for language in translations.LANGUAGES:
            assert i18n.install(language) == language
            text = i18n.tr(source)
            assert text != source and text.strip()
            seen.add(text)
        assert len(seen) == len(translations.LANGUAGES)
        assert i18n.install("en") == "en"
        assert i18n.tr(source) == source
    finally:
        i18n.install("en")


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_a_refusal_reads_in_the_language_with_its_facts(qapp: object, language: str) -> None:
    from sortapp.ui import i18n  # noqa: PLC0415 (Qt)
    from sortapp.ui.errors import error_text  # noqa: PLC0415 (Qt)

    refused = UserError(
        phrase("Unexpected error: {kind}: {error}", kind="Lot L-7", error="12.500 ct")
    )
    try:
        i18n.install(language)
        text = error_text(refused)
    finally:
        i18n.install("en")
    assert "Lot L-7" in text and "12.500 ct" in text
    assert text != str(refused)
    assert error_text(refused) == str(refused)


def test_a_string_new_to_an_area_takes_the_translation_it_has_elsewhere(tmp_path: Path) -> None:
    head = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="fr">'
    (tmp_path / "a_fr.ts").write_text(
        head + "<context><name></name><message><source>Lot {lot}</source>"
        "<translation>Lot {lot}</translation></message>"
        "<message><source>Seal</source><translation type='unfinished'>Sceller</translation>"
        "</message></context></TS>",
        encoding="utf-8",
    )
    moved = tmp_path / "b_fr.ts"
    moved.write_text(
        head + "<context><name></name><message><source>Lot {lot}</source>"
        "<translation type='unfinished'></translation></message>"
        "<message><source>Seal</source><translation type='unfinished'></translation>"
        "</message></context></TS>",
        encoding="utf-8",
    )
    assert translations._fill_from(moved, translations._pool(tmp_path, "fr")) == 1
    done = {source_of(m): translated(m) for m in messages(moved)}
    assert done == {"Lot {lot}": ["Lot {lot}"], "Seal": [""]}  # an unfinished one is not taken


def test_english_has_the_plural_forms_of_every_plural_message() -> None:
    """English is the source, but a plural needs its forms: "%n pages" said of 1 is "1 page"
    only through a catalogue (``plurals_en.ts``, every numerus message and no other)."""
    english = messages(translations.english_plurals())
    plural = {
        source_of(m)
        for ts in catalogues()
        if ts.name != translations.ENGLISH_PLURALS
        for m in messages(ts)
        if m.get("numerus") == "yes"
    }
    assert {source_of(m) for m in english} == plural and plural
    for message in english:
        one, many = translated(message)
        assert many == source_of(message), message  # the plural form is the source itself
        assert one != many and ("%n" in one) == ("%n" in many)


def test_english_plurals_read_right_with_no_language_installed(qapp: object) -> None:
    """A process that never installed a language speaks English: its plurals too."""
    from sortapp.ui import i18n  # noqa: PLC0415 (Qt)

    assert i18n.language() == "en"
    assert i18n.tr("{goods}, %n stones", "", 1) == "{goods}, 1 stone"
    assert i18n.tr("{goods}, %n stones", "", 2) == "{goods}, 2 stones"
    assert i18n.tr("%n pages", "", 1) == "1 page"
    assert i18n.tr("Imported %n rows from {file}.", "", 1) == "Imported 1 row from {file}."
    try:
        i18n.install("ru")
        assert i18n.tr("%n pages", "", 1) != "1 page"
        i18n.install("en")  # back to English: its plurals again, and nothing else translated
        assert i18n.tr("%n pages", "", 1) == "1 page"
        assert i18n.tr("%n pages", "", 21) == "21 pages"
        assert i18n.tr("Choose a backup of this site.") == "Choose a backup of this site."
    finally:
        i18n.install("en")
