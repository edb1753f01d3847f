"""Words a person reads, marked for translation with no Qt (issue 18).

sortapp speaks English in its code, its CLI and its logs; the desktop app says the same words in
the user's language through Qt's translation system. The core cannot call Qt, so it *marks* what
it says and keeps what is needed to say it again:

- ``phrase(template, **facts)`` makes a refusal's or a report's sentence: an English ``str``
  (``template.format(**facts)``) that remembers its template and facts (``Phrase``). A face that
  speaks another language translates the template and formats it with the same facts
  (``sortapp.ui.i18n.say``); the CLI and the log use the English text as it is.
- ``N_(text)`` marks a literal that is translated later, where it is shown (a column's heading
  kept in a table, a role's name): it returns the text as a ``Phrase`` with no facts, its own
  template, so that what says it knows it for a marked word.

Only a ``Phrase`` is ever translated: any other text is data (a name, a note, an address, a
number) and is said exactly as it is, even where it happens to be a word the catalogue holds (a
mine named "Mine", a party named "Exporter"). A marked word that lost its type (a concatenation,
an f-string, ``.strip()``) is said in English, never a wrong word.

One catalogue for the whole app: ``scripts/translations.py`` runs ``pyside6-lupdate`` with
``phrase``, ``N_`` and the UI's ``tr`` declared as aliases of ``QT_TR_NOOP``, which gives every
string the empty context; at run time the UI looks them up in that context. Hence the rules
(checked by ``tests/test_translations.py``): the template is a string literal (never an f-string
or a concatenation: lupdate would not find it, or find a different text), its facts are named
``{placeholders}``, and a translation keeps exactly the same placeholders.
"""

from __future__ import annotations

import logging
import string
from collections.abc import Callable, Sequence
from typing import Any

log = logging.getLogger(__name__)

#: The languages the app speaks: code -> the language's own name (what a chooser shows, so that
#: a reader finds their language whatever the screen speaks now).
LANGUAGES: dict[str, str] = {
    "en": "English",
    "ru": "Русский",
    "fr": "Français",
    "pt": "Português",
}

#: The language of the code, the CLI, the logs and the KP documents' own words.
SOURCE_LANGUAGE = "en"


class Phrase(str):
    """An English sentence that remembers its template and facts, to be said in another language.

    It is a ``str`` (its English text), so everything that handles messages as text keeps
    working; a concatenation or an f-string of it is a plain ``str`` again (its template lost:
    build the whole sentence with one template instead).
    """

    template: str
    facts: dict[str, Any]

    def __new__(cls, template: str, facts: dict[str, Any]) -> Phrase:
        made = super().__new__(cls, template.format(**facts) if facts else template)
        made.template = template
        made.facts = facts
        return made

    def __reduce__(self) -> tuple[Any, ...]:  # a refusal crosses to a worker process intact
        return (Phrase, (self.template, self.facts))


def N_(text: str) -> Phrase:  # (gettext's name for the mark, known to every translator)
    """Mark ``text`` for translation where it is shown: the same English text, typed as a
    ``Phrase`` with no facts (a word, said by looking it up whole)."""
    return Phrase(text, {})


def phrase(template: str, /, **facts: Any) -> Phrase:
    """Return the sentence ``template`` says with ``facts`` (see the module's rules)."""
    return Phrase(template, facts)


#: The most characters of what a user typed that a message quotes whole.
MOST_QUOTED = 40


def typed(text: object) -> str:
    """What a user typed, as a refusal quotes it: whole up to ``MOST_QUOTED`` characters, else
    its start and "…" (200 characters scanned into a field made every refusal that quoted them
    a line no label could wrap: the window grew 800 pixels wider than the screen)."""
    said = "" if text is None else str(text)
    return said if len(said) <= MOST_QUOTED else said[:MOST_QUOTED] + "…"


def listing(parts: Sequence[str], separator: str = ", ") -> str:
    """Return ``parts`` joined by ``separator`` (", " or "; ") as one phrase whose facts are
    the parts, so that each part that is a ``Phrase`` is said in the language the whole is said
    in (a join of phrases into plain text would lose them): "olu (12 entries), ola (1 entry)".
    """
    if not parts:
        return ""
    said = parts[-1]
    for part in reversed(parts[:-1]):
        said = (
            phrase("{first}; {rest}", first=part, rest=said)
            if separator == "; "
            else phrase("{first}, {rest}", first=part, rest=said)
        )
    return said


def language_code(value: str | None) -> str:
    """Return the language ``value`` names if the app speaks it, else the source language."""
    code = (value or "").strip().lower().replace("-", "_").split("_")[0]
    return code if code in LANGUAGES else SOURCE_LANGUAGE


def say_with(lookup: Callable[[str], str], text: object) -> str:
    """Return ``text`` in a language, looking its words up with ``lookup`` (English text ->
    the language's, or the English itself when the catalogue lacks them).

    A ``Phrase`` is said by its template and formatted with its facts, each fact that is a
    ``Phrase`` said the same way (a catalogue whose translation does not format gives the
    English, never an error); a marked word (``N_``) is a ``Phrase`` with no facts, looked up
    whole. Any other text is data (a name, a note, an address, a figure) and is returned
    exactly as it is, never looked up: a mine named "Mine" is printed "Mine" in every language.
    """
    if not isinstance(text, Phrase):
        return str(text)
    if not text.template:
        return ""
    facts = {
        key: say_with(lookup, value) if isinstance(value, Phrase) else value
        for key, value in text.facts.items()
    }
    template = lookup(text.template)
    try:
        return template.format(**facts) if facts else template
    except (KeyError, IndexError, ValueError):  # a damaged catalogue: English, not a crash
        log.warning("translation of %r does not format; said in English", text.template)
        return str(text)


def phrase_data(text: object) -> Any:
    """``text`` as JSON data that keeps a ``Phrase``'s template and facts, to be said again in
    a language when read back (``phrase_from_data``): a phrase as {"template": ..., "facts":
    {...}}, each fact the same way; a number as itself; any other text as its string."""
    if isinstance(text, Phrase):
        return {
            "template": text.template,
            "facts": {key: phrase_data(value) for key, value in text.facts.items()},
        }
    if isinstance(text, int | float) and not isinstance(text, bool):
        return text
    return str(text)


#: How deep ``phrase_from_data`` follows phrases within facts (sortapp nests a few), the
#: conversions its templates' fields may have, and the longest text it makes (a problem is a
#: sentence; a note's template of many fields, each a long fact, must not grow without bound).
_DEEPEST = 20
_PLAIN = (None, "r", "s")
_LONGEST = 10_000


def phrase_from_data(data: Any, depth: int = 0) -> Any:
    """The text (a ``Phrase`` again) or number ``phrase_data`` made ``data`` of. ValueError
    where ``data`` is not such data (a file changed by hand): a template that does not format
    with its facts, a fact of another kind, phrases nested deeper than any sortapp makes, a
    text longer than ``_LONGEST``."""
    if isinstance(data, str) or (isinstance(data, int | float) and not isinstance(data, bool)):
        return data
    if not (
        depth < _DEEPEST
        and isinstance(data, dict)
        and set(data) == {"template", "facts"}
        and isinstance(data["template"], str)
        and isinstance(data["facts"], dict)
    ):
        raise ValueError("not a phrase")
    facts = {str(key): phrase_from_data(value, depth + 1) for key, value in data["facts"].items()}
    template = data["template"]
    # Only {name} and {name!r} fields, each a fact's plain name: a field that reads an attribute
    # or an item of a fact ("{x.__class__}", even with a fact named so), or of no fact, or pads
    # it (a width of a billion) is no template of sortapp's. And the text's length is known
    # before it is made: a template of many fields of long facts, nested, would grow by powers.
    length = len(template)
    try:
        for _literal, field, spec, conversion in string.Formatter().parse(template):
            if field is None:
                continue
            if not (field.isidentifier() and field in facts and not spec and conversion in _PLAIN):
                raise ValueError("not a phrase's template")
            fact = facts[field]
            if not isinstance(fact, str):
                length += len(repr(fact))  # (a number: JSON's may have thousands of digits)
            else:  # (!r may write one character as ten, "\\U0001f600", and quotes)
                length += len(fact) * 10 + 2 if conversion == "r" else len(fact)
            if length > _LONGEST:
                raise ValueError("a phrase longer than any sortapp says")
        return Phrase(template, facts)
    except (KeyError, IndexError) as exc:
        raise ValueError("not a phrase's template") from exc
