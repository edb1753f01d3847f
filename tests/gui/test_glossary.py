"""The catalogues say the trade's key terms as docs/glossary.md chooses (issue 18).

The glossary's per-language tables give the chosen word for each English term, and its
"Differences from the translators' working list" table names the words it rejected. For a few key
terms (lot, parcel, supervisor, sorting, KP certificate) no translation of a source using the
English term may use a rejected word, and lot and parcel keep their two different words."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GLOSSARY = ROOT / "docs" / "glossary.md"
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("ru", "fr", "pt")

#: The key terms: the glossary's English term (as its tables begin it) and how a source says it.
KEY_TERMS = {
    "lot": re.compile(r"\blots?\b", re.IGNORECASE),
    "parcel": re.compile(r"\bparcels?\b", re.IGNORECASE),
    "supervisor": re.compile(r"\bsupervisors?\b", re.IGNORECASE),
    "sorting": re.compile(r"\bsort(?:s|ed|ing)?\b", re.IGNORECASE),
    "KP certificate": re.compile(r"\bKP cert(?:ificate)?s?\b", re.IGNORECASE),
}


def fold(text: str) -> str:
    """Lower-case, with Russian yo read as ye (контролёр and контролер are the same word)."""
    return text.lower().replace("\u0451", "\u0435")


def rows(section: str) -> list[list[str]]:
    """The cells of each body row of the Markdown tables in a section (header rows left out)."""
    found = []
    for line in section.splitlines():
        if not line.startswith("|") or set(line) <= set("|- "):
            continue
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if cells[0] in ("English", "Lang"):
            continue
        found.append(cells)
    return found


def glossary_sections() -> dict[str, str]:
    """Each language's table section and the differences section, by "ru", "fr", "pt", "diff"."""
    text = GLOSSARY.read_text(encoding="utf-8")
    parts = re.split(r"^## ", text, flags=re.MULTILINE)
    sections = {}
    for part in parts:
        title = part.splitlines()[0] if part else ""
        for language in LANGUAGES:
            if f"({language}" in title:
                sections[language] = part
        if title.startswith("Differences"):
            sections["diff"] = part
    return sections


def chosen_words(section: str) -> dict[str, str]:
    """English term -> the glossary's chosen word (the first bold text of the "Use" cell)."""
    chosen = {}
    for cells in rows(section):
        match = re.search(r"\*\*(.+?)\*\*", cells[1])
        if match:
            chosen[cells[0]] = match.group(1)
    return chosen


def stem(word: str, language: str) -> str:
    """What every inflected form of a word starts with, as these tests match it.

    Russian nouns drop their last vowel (партия: партии, партию; посылка: посылки); a
    Portuguese infinitive drops its -r (triar: triado, triagem, triador)."""
    word = fold(word)
    if language == "ru" and " " not in word and word[-1] in "аяоеиыйь":
        return word[:-1]
    if language == "pt" and " " not in word and re.search(r"[aei]r$", word):
        return word[:-1]
    return word


def uses(translation: str, word_stem: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(word_stem), fold(translation)) is not None


def rejected_words() -> dict[tuple[str, str], list[str]]:
    """(language, key term) -> the stems of the words the differences table rejects for it."""
    rejected: dict[tuple[str, str], list[str]] = {}
    for cells in rows(glossary_sections()["diff"]):
        language, term, theirs, ours = cells[:4]
        key = next((key for key in KEY_TERMS if term.startswith(key)), None)
        if key is None or language not in LANGUAGES:
            continue
        ours_folded = fold(ours)
        for word in re.split(r"\s*/\s*|\s*[()]\s*", theirs):
            if word and fold(word) not in ours_folded:
                rejected.setdefault((language, key), []).append(stem(word, language))
    return rejected


def translations(language: str) -> list[tuple[str, str]]:
    """(source, translation) of every finished message of a language's catalogues, each plural
    form on its own."""
    found = []
    for ts in sorted(FOLDER.glob(f"*_{language}.ts")):
        for message in ET.parse(ts).getroot().iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type"):
                continue
            forms = translation.findall("numerusform") or [translation]
            found += [(message.findtext("source") or "", form.text or "") for form in forms]
    return found


def wrong_terms(language: str) -> list[str]:
    """Each translation of the language that uses a rejected word for a key term it translates."""
    rejected = rejected_words()
    wrong = []
    for source, text in translations(language):
        for key, says in KEY_TERMS.items():
            if not says.search(source):
                continue
            for word_stem in rejected.get((language, key), []):
                if uses(text, word_stem):
                    wrong.append(f"{key}: {word_stem!r} in {text!r} (source {source!r})")
                    break
    return wrong


def lot_parcel_mixed(language: str) -> list[str]:
    """Each translation that says the lot's word for a parcel alone, or the parcel's for a lot."""
    chosen = chosen_words(glossary_sections()[language])
    lot, parcel = stem(chosen["lot"], language), stem(chosen["parcel"], language)
    mixed = []
    for source, text in translations(language):
        has_lot, has_parcel = KEY_TERMS["lot"].search(source), KEY_TERMS["parcel"].search(source)
        if has_parcel and not has_lot and uses(text, lot):
            mixed.append(f"lot's word {lot!r} for a parcel: {text!r} (source {source!r})")
        if has_lot and not has_parcel and uses(text, parcel):
            mixed.append(f"parcel's word {parcel!r} for a lot: {text!r} (source {source!r})")
    return mixed


def test_the_glossary_gives_the_key_terms_and_its_rejected_words() -> None:
    sections = glossary_sections()
    for language in LANGUAGES:
        chosen = chosen_words(sections[language])
        assert {"lot", "parcel", "KP certificate"} <= set(chosen), language
        assert stem(chosen["lot"], language) != stem(chosen["parcel"], language), language
    rejected = rejected_words()
    # What the differences table says today; the test below relies on reading it.
    assert rejected[("ru", "supervisor")] == ["контролер"]
    assert rejected[("pt", "sorting")] == ["triagem", "tria"]
    assert "certificado pk" in rejected[("pt", "KP certificate")]


def test_the_matching_finds_a_rejected_word_in_any_form() -> None:
    assert uses("Обратитесь к контролёру", stem("контролёр", "ru"))
    assert uses("O lote está triado e fechado", stem("triar", "pt"))
    assert not uses("Classificar este lote", stem("triar", "pt"))
    assert uses("посылки и партии", stem("партия", "ru"))


def test_no_key_term_is_said_with_a_word_the_glossary_rejects() -> None:
    wrong = [line for language in LANGUAGES for line in wrong_terms(language)]
    assert wrong == []


def test_lot_and_parcel_keep_their_own_words() -> None:
    mixed = [line for language in LANGUAGES for line in lot_parcel_mixed(language)]
    assert mixed == []


#: Post-1990 (Portugal) forms the glossary's spelling decision rejects: the pt catalogue follows
#: Angola's spelling (recepção, factura, acção, activo, actualizar, correcção, objecto, exacto).
POST_1990 = re.compile(
    r"(?<!\w)(?:fatur|receç|aç(?:ão|ões)|ativ|inativ|reativ|desativ|atualiz|atual\b|proteç|objet|"
    r"exat|correç|seleç|selecion|eletr[óo]n|direç|diret[oa]|setor|ótim|exceç|exceto|efetiv|inspeç|deteç)",
    re.IGNORECASE,
)


def post_1990_forms() -> list[str]:
    return [
        f"{text!r} (source {source!r})"
        for source, text in translations("pt")
        if POST_1990.search(text)
    ]


def test_the_spelling_check_knows_both_spellings() -> None:
    assert POST_1990.search("Guia de receção do lote") and POST_1990.search("utilizador ativo")
    assert not POST_1990.search("Guia de recepção do lote; utilizador activo; factura; acção")
    assert not POST_1990.search("classificação, exportação, instalações, verificação")


def test_portuguese_follows_angolas_spelling() -> None:
    assert post_1990_forms() == []
