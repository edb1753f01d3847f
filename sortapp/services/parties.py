"""The register of parties (importers): full address, country and identifiers (tax or VAT number,
licence, port of destination), printed on the invoice and the KP sheet of a parcel whose importer
has the party's name. Kept by a supervisor or admin; every change audited."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sortapp.core.changes import Changes
from sortapp.core.clock import utc_now
from sortapp.core.errors import UserError
from sortapp.core.i18n import phrase
from sortapp.core.roles import Actor, Role
from sortapp.services import audit
from sortapp.services.audit import record
from sortapp.services.validation import check_line, check_lines, country, too_long
from sortapp.storage import audit as audit_sql
from sortapp.storage import parties as parties_sql
from sortapp.storage import records
from sortapp.storage.db import transaction
from sortapp.storage.dbapi import Database

#: What ``party set`` may change, besides the name: (field, what it is called).
FIELDS = (
    ("address", "address"),
    ("country", "country"),
    ("tax_number", "tax number"),
    ("licence", "licence"),
    ("port", "port of destination"),
)


@dataclass(frozen=True)
class Party:
    name: str
    address: str
    country: str
    tax_number: str
    licence: str
    port: str


def _text(
    value: str, field: str, limit: int = 500, *, lines: bool = False, plain: bool = True
) -> str:
    """A party's text as the documents print it: on one line (spaces run together), or, with
    ``lines`` (an address), on its own lines; no control character nor direction mark in it
    (``check_line``: a direction mark prints the text after it backwards), unless not
    ``plain`` (a name that looks up a party: one an older release stored stays reachable)."""
    value = (value or "").strip() if lines else " ".join((value or "").split())
    if len(value) > limit:
        raise UserError(too_long(field, limit))
    if not plain:
        return value
    return check_lines(value, field) if lines else check_line(value, field)


def set_party(
    db: Database,
    actor: Actor,
    name: str,
    *,
    address: str | None = None,
    country_code: str | None = None,
    tax_number: str | None = None,
    licence: str | None = None,
    port: str | None = None,
    adding: bool = False,
) -> Changes:
    """Add a party or change what is given of one (None: leave as it is); supervisor or admin.
    A new party needs its address and country. ``adding``: only add (a form to add one): a name
    already registered, in any capitalisation, is refused and nothing is written."""
    actor.require(Role.SUPERVISOR, phrase("keeping the register of parties"))
    name = _text(name, phrase("name"), 200, plain=False)
    if not name:
        raise UserError(phrase("name: name the party (as the parcels' importer names it)"))
    given = {
        "address": None if address is None else _text(address, phrase("address"), lines=True),
        "country": None
        if country_code is None
        else country(db, country_code, phrase("country"))[0],
        "tax_number": None if tax_number is None else _text(tax_number, phrase("tax number")),
        "licence": None if licence is None else _text(licence, phrase("licence")),
        "port": None if port is None else _text(port, phrase("port of destination")),
    }
    with transaction(db):
        found = parties_sql.get_party(db, name)
        if found is not None and adding:
            raise UserError(
                phrase("name: {name} is already registered", name=found["name"]),
                code="party_exists",
                facts={"party": str(found["name"])},
            )
        if found is None:
            check_line(name, phrase("name"))  # (a new party's name: plain text)
            if not given["address"] or not given["country"]:
                raise UserError(
                    phrase("party {name} is new: give its address and country", name=name),
                    code="party_new",
                    facts={"party": name},
                )
            row = {k: v or "" for k, v in given.items()}
            stamp = {"updated_by": actor.user_id, "updated_at": utc_now()}
            parties_sql.insert_party(
                db, {"id": records.next_id(db, "parties"), "name": name, **row, **stamp}
            )
        else:
            name = found["name"]
            row = {k: found[k] if v is None else v for k, v in given.items()}
            if all(row[k] == found[k] for k in row):
                raise UserError(
                    phrase("party {name}: nothing to change", name=name),
                    code="party_unchanged",
                    facts={"party": name},
                )
            parties_sql.update_party(
                db, found["id"], {**row, "updated_by": actor.user_id, "updated_at": utc_now()}
            )
        record(db, actor, "party.set", name, {"new": found is None, **row})
    return Changes(site=True)


def _party(row: dict[str, object]) -> Party:
    return Party(*(str(row[k]) for k in ("name", *(f for f, _w in FIELDS))))


def get_party(db: Database, name: str) -> Party | None:
    """The registered party of this name (without case), or None (documents read it)."""
    found = parties_sql.get_party(db, name or "")
    return _party(found) if found else None


def destination_warning(db: Database, importer: str, destination: str) -> str:
    """Why a parcel to ``importer`` should not go to ``destination`` ("" when it may): the
    importer is registered in another country, and the printed documents then do not take the
    party for the importer (no registered address or identifiers). A warning, not a refusal:
    the register may be behind, and the CLI creates such a parcel as asked."""
    found = get_party(db, importer)
    code = (destination or "").strip().upper()
    if found is None or not code or found.country == code:
        return ""
    return phrase(
        "{name} is registered in {country}, but the destination is {destination}: the "
        "commercial invoice and KP sheet would print the importer without its registered "
        "address and identifiers",
        name=found.name,
        country=_country_name(db, found.country),
        destination=_country_name(db, code),
    )


def _country_name(db: Database, code: str) -> str:
    try:
        return f"{country(db, code, 'country')[1]} ({code})"
    except UserError:
        return code


def list_parties(db: Database, actor: Actor) -> list[Party]:
    actor.require(Role.OPERATOR, phrase("listing parties"))
    return [_party(row) for row in parties_sql.list_parties(db)]


#: Upper-case ASCII letters to lower: the register's own rule for names (NOCASE on a file,
#: ``lower()`` under the C collation on a server), which folds no other letter.
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _folded(name: str) -> str:
    """``name`` as the register compares names: ASCII letters without case, others as they
    are ("MÜLLER AG" and "Müller AG" are two parties; Python's ``casefold`` made them one, and
    a sealed shipment's invoice printed the other's address: a review, 2026-12-06)."""
    return name.translate(_ASCII_LOWER)


def party_as_of(db: Database, name: str, upto: int) -> Party | None:
    """The party of this name (without case) as the register held it just after audit entry
    ``upto`` (e.g. a parcel's seal), or None when it was not registered then: its last
    ``party.set`` entry up to that one, which holds the party's full row. That entry must
    count (``audit.Soundness``), else UserError: one appended outside sortapp put another
    address and tax number on a sealed shipment's invoice, and one whose signature was taken
    away had the invoice print the address before it (reviews, 2026-12-06)."""
    wanted = _folded((name or "").strip())
    soundness = audit.Soundness(db)
    for entry in audit_sql.entries_of_actions(db, ("party.set",)):
        found = audit.as_entry(entry)
        if found.id > upto or _folded(found.object) != wanted:
            continue
        if not soundness.sound(entry):
            raise UserError(
                phrase(
                    "the register's entry of {party} is not as it was recorded (changed outside "
                    "sortapp); nothing was printed; an admin checks the database (verify)",
                    party=found.object,
                )
            )
        try:
            details = json.loads(found.details)
        except ValueError:
            continue
        if isinstance(details, dict):
            return Party(found.object, *(str(details.get(f) or "") for f, _w in FIELDS))
    return None
