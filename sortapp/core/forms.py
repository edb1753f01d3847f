"""The forms both faces fill in, parsed in one place.

Services take integers only (mct, cents, stone counts); the CLI and the GUI turn what a person
typed into those integers here, a whole form at a time, with the same field names and the same
messages whichever face the text came from. A form is a frozen dataclass whose ``FIELDS`` say
how each attribute is read; ``parse(FormClass, {"name": text, ...})`` returns an instance or
raises one ``UserError`` naming every field that is wrong.

Site settings are not forms: they are text by nature and parsed by ``SETTING_KEYS``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import Enum
from typing import ClassVar, TypeVar

from sortapp.core.errors import UserError
from sortapp.core.i18n import N_, phrase
from sortapp.core.units import (
    parse_carats,
    parse_count,
    parse_percent,
    parse_stones,
    parse_usd,
)


class Kind(Enum):
    """How a field's text becomes an integer."""

    CARATS = "carats"  # -> mct
    USD = "usd"  # -> cents
    STONES = "stones"  # -> a count
    COUNT = "count"  # -> a count of the field's ``unit`` (days, backups ...)
    PERCENT = "percent"  # -> thousandths of a percent


@dataclass(frozen=True)
class Field:
    """One input of a form: the attribute it fills, the words that name it, how it is read."""

    name: str
    label: str
    kind: Kind
    required: bool = True
    allow_zero: bool = False
    #: What a COUNT counts, as its refusal says it ("days").
    unit: str = ""

    def read(self, text: str | None, *, decimal_comma: bool = False) -> int | None:
        """Return the integer ``text`` means, None for a blank optional field; UserError if bad.

        ``decimal_comma``: the site's decimal mark (see sortapp.core.units)."""
        raw = "" if text is None else str(text).strip()
        if not raw and not self.required:
            return None
        # The field's words said in the user's language where marked (``N_``); any other
        # text (one already in the user's language, a setting's key) said as it is.
        label = self.label
        if self.kind is Kind.CARATS:
            return parse_carats(raw, label, allow_zero=self.allow_zero, decimal_comma=decimal_comma)
        if self.kind is Kind.USD:
            return parse_usd(raw, label, allow_zero=self.allow_zero, decimal_comma=decimal_comma)
        if self.kind is Kind.PERCENT:
            return parse_percent(raw, label, decimal_comma=decimal_comma)
        if self.kind is Kind.COUNT:
            return parse_count(raw, label, self.unit)
        return parse_stones(raw, label)


class Form:
    """Base of every form: subclasses are frozen dataclasses that list their ``FIELDS``."""

    FIELDS: ClassVar[tuple[Field, ...]] = ()


F = TypeVar("F", bound=Form)


def parse(form: type[F], values: Mapping[str, str | None], *, decimal_comma: bool = False) -> F:
    """Parse every field of ``form`` from ``values`` (field name -> text as typed), with the
    site's decimal mark (``decimal_comma``, see sortapp.core.units).

    Raises:
        UserError: one message naming each bad field, in the form's order, joined by "; ".
    """
    parsed: dict[str, int | None] = {}
    problems: list[str] = []
    for field in form.FIELDS:
        try:
            parsed[field.name] = field.read(values.get(field.name), decimal_comma=decimal_comma)
        except UserError as err:
            problems.append(err.message)
    if problems:
        said = problems[0]
        for problem in problems[1:]:  # "a; b; c", each part said in the user's language
            said = phrase("{problems}; {problem}", problems=said, problem=problem)
        raise UserError(said)
    make: Callable[..., F] = form
    return make(**parsed)


def field_of(form: type[Form], name: str) -> Field:
    """Return the field ``name`` of ``form`` (for a face that labels its inputs from the form)."""
    for field in form.FIELDS:
        if field.name == name:
            return field
    raise KeyError(name)


_CARATS = Field("carats", N_("carats"), Kind.CARATS)
_STONES = Field("stones", N_("stones"), Kind.STONES, required=False)


@dataclass(frozen=True)
class Receipt(Form):
    """Receiving a lot: every figure optional (a lot may be weighed later)."""

    carats: int | None
    declared_carats: int | None
    stones: int | None
    value: int | None
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("carats", N_("weighed carats"), Kind.CARATS, required=False),
        Field("declared_carats", N_("declared carats"), Kind.CARATS, required=False),
        _STONES,
        Field("value", N_("declared value USD"), Kind.USD, required=False),
    )


@dataclass(frozen=True)
class Weighing(Form):
    """Weighing a lot (or weighing it again): carats, stones optional."""

    carats: int
    stones: int | None
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("carats", N_("weighed carats"), Kind.CARATS),
        _STONES,
    )


@dataclass(frozen=True)
class Goods(Form):
    """A sorting entry or goods packed into a parcel: carats, stones optional."""

    carats: int
    stones: int | None
    FIELDS: ClassVar[tuple[Field, ...]] = (_CARATS, _STONES)


@dataclass(frozen=True)
class Loss(Form):
    """A sorting loss: carats."""

    carats: int
    FIELDS: ClassVar[tuple[Field, ...]] = (Field("carats", N_("loss carats"), Kind.CARATS),)


@dataclass(frozen=True)
class Price(Form):
    """A price per carat (the price book or a parcel's override); zero is a price."""

    usd_per_ct: int
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("usd_per_ct", N_("USD per carat"), Kind.USD, allow_zero=True),
    )


@dataclass(frozen=True)
class Valuation(Form):
    """A valuer's total value of a parcel, above zero."""

    usd: int
    FIELDS: ClassVar[tuple[Field, ...]] = (Field("usd", N_("value USD"), Kind.USD),)
