"""The balance register (admin): each carat balance the site weighs on, its calibrations and its
daily checks with a reference weight; and the rules that decide whether a weight captured off a
balance may be recorded (``check_capture``), with the record of where each weight came from
(``weighings``, written by the services that take weights: ``record_weighing``).

A captured weight is refused when its balance is not registered or is retired, reported another
serial number than the register's, has no calibration or an overdue one, has not passed its
check today (where the site requires one), or when the reading does not say the weight recorded.
A keyed weight is refused where the site takes weights from the balance only (``keyed_weights``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from sortapp.balances import protocols as wire
from sortapp.balances import reading, recheck
from sortapp.core import canonical
from sortapp.core.changes import Changes
from sortapp.core.clock import utc_now
from sortapp.core.entities import BalanceRecord
from sortapp.core.errors import NotFound, UserError
from sortapp.core.i18n import Phrase, listing, phrase
from sortapp.core.roles import Actor, Role
from sortapp.core.units import format_mct, parse_carats
from sortapp.core.weighing import KEYED, WeightSource
from sortapp.services.audit import record
from sortapp.services.settings import settings, site_today
from sortapp.services.validation import check_plain, check_reason, parse_day
from sortapp.storage import balances as balances_sql
from sortapp.storage.db import opened_read_only, transaction
from sortapp.storage.dbapi import Database

log = logging.getLogger(__name__)

#: The wire formats a balance may speak (``balances.protocols``; generic: a configured pattern).
PROTOCOLS = ("mt-sics", "sbi", "and", "ohaus", "generic")
#: Accuracy classes (OIML R 76 / NIST HB 44): I special, II high, III medium; none: not classed.
CLASSES = ("I", "II", "III", "none")
#: The serial line's choices as the register's form offers them: '' first, the protocol's own
#: (``port_defaults``; a new balance's form starts there).
PARITIES = ("", "N", "E", "O")
BAUDRATES = ("", 1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200)
BYTESIZES = ("", 7, 8)
STOPBITS = ("", 1, 2)
HANDSHAKES = ("", "none", "xonxoff", "rtscts")
#: What ends each command sent to the balance, by its name in the register.
TERMINATORS = {"crlf": b"\r\n", "cr": b"\r", "lf": b"\n"}
#: The serial line's fields: left blank, a balance takes its protocol's own (``port_defaults``).
LINE_FIELDS = ("baudrate", "bytesize", "parity", "stopbits", "handshake", "terminator")

#: The register's fields as typed (``register_balance``, ``update_balance``): (key, what it is
#: called, default for a new balance; None: required; '' for a field of the serial line: the
#: protocol's own, ``port_defaults``). Weights are typed in carats ("0.001").
FIELDS: tuple[tuple[str, str, str | None], ...] = (
    ("code", "code", None),
    ("vendor", "vendor", ""),
    ("model", "model", ""),
    ("serial_no", "serial number", None),
    ("port", "port", ""),
    ("protocol", "protocol", "mt-sics"),
    ("pattern", "pattern (generic)", ""),
    ("baudrate", "baud rate", ""),
    ("bytesize", "data bits", ""),
    ("parity", "parity", ""),
    ("stopbits", "stop bits", ""),
    ("handshake", "handshake", ""),
    ("terminator", "line terminator", ""),
    ("readability_mct", "readability d (ct)", "0.001"),
    ("interval_mct", "verification interval e (ct)", ""),
    ("accuracy_class", "accuracy class", "none"),
    ("verified", "verified for trade", "no"),
    ("min_mct", "minimum load (ct)", "0"),
    ("max_mct", "maximum load (ct)", None),
    ("location", "location", ""),
    ("active", "in use", "yes"),
)
_LABELS = {key: label for key, label, _default in FIELDS}

#: The refusal of a keyed weight on a site that takes weights from the balance only.
KEYED_REFUSED = phrase(
    "this site takes weights from the balance only: capture the weight from the balance "
    "(an admin may allow typed weights: Settings, 'Weights may be typed by hand')"
)


@dataclass(frozen=True)
class CaptureState:
    """Whether a balance may capture now (the app's badge), and if not, why.

    ``calibration_due``: the next calibration's date ('' when none is recorded);
    ``checked_today``: a passing check today is the latest (None: the site requires none)."""

    allowed: bool
    message: str
    calibration_due: str
    checked_today: bool | None


# -- reading the register ---------------------------------------------------------------------


def _record(row: dict[str, Any]) -> BalanceRecord:
    values = {key: row[key] for key in balances_sql.RECORD_COLUMNS}
    values["verified"] = bool(values["verified"])
    values["active"] = bool(values["active"])
    return BalanceRecord(**values)


def list_balances(db: Database) -> list[BalanceRecord]:
    return [_record(row) for row in balances_sql.list_balances(db)]


def _row(db: Database, code: str) -> dict[str, Any]:
    found = balances_sql.get_balance(db, code or "")
    if found is None:
        raise NotFound(
            phrase(
                "balance '{balance}' is not in the register: an admin registers it "
                "(Settings, Balances) before it weighs",
                balance=printable(code or ""),
            )
        )
    return found


def get_balance(db: Database, code: str) -> BalanceRecord:
    return _record(_row(db, code))


def keyed_allowed(db: Database) -> bool:
    """Whether the site lets people type weights by hand (``keyed_weights``)."""
    return settings(db).keyed_weights


# -- the fields as typed --------------------------------------------------------------------------


def port_defaults(protocol: str) -> dict[str, str]:
    """The serial line a protocol's balances ship with (``balances.protocols``' factory settings;
    9600 8N1 CR LF for one without its own, as ``generic``), as the register's fields are typed."""
    factory = wire.PROTOCOLS.get(protocol)
    line = factory().default_settings if factory is not None else wire.PortSettings()
    handshake = "xonxoff" if line.xonxoff else "rtscts" if line.rtscts else "none"
    ends = {end: name for name, end in TERMINATORS.items()}
    return {
        "baudrate": str(line.baudrate),
        "bytesize": str(line.bytesize),
        "parity": line.parity,
        "stopbits": f"{line.stopbits:g}",
        "handshake": handshake,
        "terminator": ends.get(line.terminator, "crlf"),
    }


def port_settings(balance: BalanceRecord) -> wire.PortSettings:
    """The serial line of a registered balance, as ``balances.device`` opens it."""
    return wire.PortSettings(
        baudrate=balance.baudrate,
        bytesize=balance.bytesize,
        parity=balance.parity,
        stopbits=balance.stopbits,
        xonxoff=balance.handshake == "xonxoff",
        rtscts=balance.handshake == "rtscts",
        terminator=TERMINATORS.get(balance.terminator, b"\r\n"),
    )


def _pattern(value: str, label: str) -> str:
    """A generic balance's line pattern: a regular expression with a group named ``value``."""
    text = (value or "").strip()
    if not text:
        return ""
    if len(text) > 500:
        raise UserError(
            phrase("{field}: the pattern is too long (500 characters at most)", field=label)
        )
    try:
        compiled = re.compile(text)
    except re.error as exc:
        raise UserError(
            phrase(
                "{field}: '{text}' is not a regular expression ({error})",
                field=label,
                text=text,
                error=str(exc),
            )
        ) from None
    if "value" not in compiled.groupindex:
        raise UserError(
            phrase(
                "{field}: the pattern needs a group named value holding the weight, "
                "as (?P<value>[0-9.]+)",
                field=label,
            )
        )
    return text


def _text(value: str, field: str, limit: int = 200) -> str:
    # (The register prints it: no direction mark.)
    return check_plain(" ".join((value or "").split()), field, limit)


def _choice(value: str, field: str, choices: tuple[Any, ...]) -> Any:
    text = (value or "").strip()
    for choice in choices:
        if text.lower() == str(choice).lower():
            return choice
    named = ", ".join(str(c) for c in choices if c != "")
    raise UserError(
        phrase("{field}: '{value}' is not one of {named}", field=field, value=value, named=named)
    )


def _yes_no(value: str, field: str) -> int:
    return 1 if _choice(value, field, ("yes", "no")) == "yes" else 0


def _carats(value: str, field: str, *, allow_zero: bool = False) -> int:
    return parse_carats(value, field, allow_zero=allow_zero)


def _parse(key: str, value: str) -> Any:
    """The stored value of one field as typed; UserError naming the field."""
    label = _LABELS[key]
    if key == "code":
        code = _text(value, label, 32)
        if not code or any(not (ch.isalnum() or ch in "-_./") for ch in code):
            raise UserError(
                phrase(
                    "{field}: '{value}' is not a code; use letters, digits, '-', '_'",
                    field=label,
                    value=value,
                )
            )
        return code
    if key == "serial_no":
        serial = _text(value, label, 64)
        if not serial:
            raise UserError(
                phrase("{field}: give the serial number on the balance's plate", field=label)
            )
        return serial
    if key in ("vendor", "model", "location"):
        return _text(value, label)
    if key == "port":
        return (value or "").strip()[:300]
    choices: dict[str, tuple[Any, ...]] = {
        "protocol": PROTOCOLS,
        "baudrate": BAUDRATES,
        "bytesize": BYTESIZES,
        "parity": PARITIES,
        "stopbits": STOPBITS,
        "handshake": HANDSHAKES,
        "terminator": tuple(TERMINATORS),
        "accuracy_class": CLASSES,
    }
    if key == "pattern":
        return _pattern(value, label)
    if key in choices:
        return _choice(value, label, choices[key])
    if key in ("verified", "active"):
        return _yes_no(value, label)
    return _carats(value, label, allow_zero=key == "min_mct")


def _typed(
    given: dict[str, str],
    base: dict[str, Any] | None,
    spec: tuple[tuple[str, str, str | None], ...],
    what: str,
    fields_of: str,
) -> tuple[dict[str, Any], list[tuple[str, str, str]]]:
    """(``base``'s fields, or none for a new ``what``; (key, label, text) of each field to
    parse: those given, and for a new one the defaults of the rest). UserError for a field not
    in ``spec`` (not one of ``fields_of``), and for a required one not given."""
    labels = [key for key, _label, _default in spec]
    unknown = sorted(set(given) - set(labels))
    if unknown:
        facts = {"field": unknown[0], "fields": ", ".join(labels)}
        if fields_of == "the register":
            raise UserError(
                phrase(
                    "{field}: not a field of the register; use {fields}",
                    field=facts["field"],
                    fields=facts["fields"],
                )
            )
        if fields_of == "a reference weight":
            raise UserError(
                phrase(
                    "{field}: not a field of a reference weight; use {fields}",
                    field=facts["field"],
                    fields=facts["fields"],
                )
            )
        raise UserError(
            phrase(
                "{field}: not a field of {fields_of}; use {fields}",
                field=facts["field"],
                fields_of=fields_of,
                fields=facts["fields"],
            )
        )
    row: dict[str, Any] = {} if base is None else {k: base[k] for k in labels}
    typed = []
    for key, label, default in spec:
        if key in given:
            typed.append((key, label, given[key]))
        elif base is None and default is None:
            raise UserError(_required(label, what))
        elif base is None:
            typed.append((key, label, default or ""))
    return row, typed


def _required(label: str, what: str) -> Phrase:
    if what == "balance":
        return phrase("{field}: required for a new balance", field=label)
    if what == "reference weight":
        return phrase("{field}: required for a new reference weight", field=label)
    return phrase("{field}: required for a new {what}", field=label, what=what)


def _fields(given: dict[str, str], base: dict[str, Any] | None) -> dict[str, Any]:
    """The register's row from the fields as typed: over ``base`` (a registered balance), or
    from the defaults (a new one); checked as a whole (e >= d, max above min)."""
    row, typed = _typed(given, base, FIELDS, "balance", "the register")
    for key, _label, text in typed:
        if key == "interval_mct" and not (text or "").strip():
            row[key] = None  # e: d where not given
        elif key in LINE_FIELDS and not (text or "").strip():
            row[key] = _parse(key, port_defaults(row["protocol"])[key])  # the protocol's own
        else:
            row[key] = _parse(key, text)
    if row["protocol"] != "generic" and row["pattern"]:
        if "pattern" in given:
            raise UserError(
                phrase(
                    "pattern: only a generic balance has a pattern; {protocol} reads its "
                    "own format (leave the pattern blank)",
                    protocol=row["protocol"],
                )
            )
        row["pattern"] = ""  # the protocol changed from generic
    if row["interval_mct"] is None:
        row["interval_mct"] = row["readability_mct"]
    if row["interval_mct"] < row["readability_mct"]:
        raise UserError(
            phrase(
                "verification interval e: {e} ct is finer than the "
                "readability d ({d} ct); e is d or more",
                e=format_mct(row["interval_mct"]),
                d=format_mct(row["readability_mct"]),
            )
        )
    if row["max_mct"] <= row["min_mct"]:
        raise UserError(
            phrase(
                "maximum load: {max} ct is not above the minimum load ({min} ct)",
                max=format_mct(row["max_mct"]),
                min=format_mct(row["min_mct"]),
            )
        )
    return row


# -- the register (admin) -----------------------------------------------------------------------


def register_balance(db: Database, actor: Actor, fields: dict[str, str]) -> Changes:
    """Register a balance (admin): its fields as typed (``FIELDS``; weights in carats)."""
    actor.require(Role.ADMIN, phrase("registering a balance"))
    row = _fields(fields, None)
    return _register_new(
        db, actor, row, "balance", balances_sql.get_balance, balances_sql.insert_balance
    )


def _register_new(
    db: Database,
    actor: Actor,
    row: dict[str, Any],
    what: str,
    get: Callable[[Database, str], dict[str, Any] | None],
    insert: Callable[[Database, dict[str, Any]], int],
) -> Changes:
    """Write the new register row ``row`` of a ``what`` (its code not yet registered), audited
    as ``balance.register`` (a balance) or ``balance.reference.register``."""
    action = "balance.register" if what == "balance" else "balance.reference.register"
    with transaction(db):
        found = get(db, row["code"])
        if found is not None:
            if what == "balance":
                raise UserError(
                    phrase("code: balance {code} is already registered", code=found["code"])
                )
            raise UserError(
                phrase("code: reference weight {code} is already registered", code=found["code"])
            )
        new_id = insert(db, {**row, "updated_by": actor.user_id, "updated_at": utc_now()})
        record(db, actor, action, row["code"], row)
    if what == "balance":
        note = phrase("balance {code} registered", code=row["code"])
    else:
        note = phrase("reference weight {code} registered", code=row["code"])
    return Changes(site=True, created_id=new_id, note=note)


def update_balance(
    db: Database, actor: Actor, code: str, fields: dict[str, str], reason: str
) -> Changes:
    """Change what is given of a registered balance (admin, with a reason): retire it with
    ``{"active": "no"}``. Its code stays (weighings name it)."""
    actor.require(Role.ADMIN, phrase("changing a balance in the register"))
    reason = check_reason(reason)
    with transaction(db):
        found = _row(db, code)
        _keeps_code(found, fields, "balance", "weighings", "instrument")
        row = _fields({k: v for k, v in fields.items() if k != "code"}, found)
        _write_changes(db, actor, found, row, reason, "balance", balances_sql.update_balance)
    return Changes(site=True, note=phrase("balance {code} changed", code=found["code"]))


def _write_changes(
    db: Database,
    actor: Actor,
    found: dict[str, Any],
    row: dict[str, Any],
    reason: str,
    what: str,
    update: Callable[[Database, int, dict[str, Any]], None],
) -> None:
    """Write what ``row`` changes of the register row ``found`` of a ``what`` (UserError when
    nothing), audited with the reason as ``balance.update`` or ``balance.reference.update``."""
    changed = {k: [found[k], v] for k, v in row.items() if found[k] != v}
    if not changed:
        if what == "balance":
            raise UserError(phrase("balance {code}: nothing to change", code=found["code"]))
        raise UserError(phrase("reference weight {code}: nothing to change", code=found["code"]))
    update(
        db,
        found["id"],
        {**{k: row[k] for k in changed}, "updated_by": actor.user_id, "updated_at": utc_now()},
    )
    action = "balance.update" if what == "balance" else "balance.reference.update"
    record(db, actor, action, found["code"], {"changed": changed, "reason": reason})


def _keeps_code(
    found: dict[str, Any], fields: dict[str, str], what: str, named_by: str, thing: str
) -> None:
    """Refuse a change of a register's code (rows of ``named_by`` name it)."""
    if "code" in fields and _parse("code", fields["code"]) != found["code"]:
        if what == "balance":
            raise UserError(
                phrase(
                    "code: balance {code} keeps its code (its weighings name it); "
                    "register the instrument under a new code instead",
                    code=found["code"],
                )
            )
        raise UserError(
            phrase(
                "code: reference weight {code} keeps its code (its checks name it); "
                "register the weight under a new code instead",
                code=found["code"],
            )
        )


def record_calibration(
    db: Database,
    actor: Actor,
    code: str,
    *,
    calibrated_on: str,
    by: str,
    certificate: str,
    next_due: str,
    as_found: str = "",
    as_left: str = "",
) -> Changes:
    """Record a balance's calibration (admin): dates ISO (YYYY-MM-DD, the site's days), the next
    due after it; who calibrated it and the certificate's number (required: it is what proves
    the calibration)."""
    actor.require(Role.ADMIN, phrase("recording a balance's calibration"))
    day = parse_day(calibrated_on, "calibrated on")
    due = parse_day(next_due, "next due")
    if due <= day:
        raise UserError(
            phrase("next due: {due} is not after the calibration ({day})", due=due, day=day)
        )
    today = site_today(db)
    if day > today:
        raise UserError(
            phrase("calibrated on: {day} is after today ({today})", day=day, today=today)
        )
    who = _text(by, "calibrated by")
    if not who:
        raise UserError(
            phrase("calibrated by: name who calibrated the balance (company or person)")
        )
    paper = _text(certificate, "certificate")
    if not paper:
        raise UserError(
            phrase(
                "certificate: give the calibration certificate's number (it proves the calibration)"
            )
        )
    row = {
        "calibrated_on": day,
        "calibrated_by": who,
        "certificate": paper,
        "next_due": due,
        "as_found": _text(as_found, "as found", 500),
        "as_left": _text(as_left, "as left", 500),
    }
    with transaction(db):
        found = _row(db, code)
        balances_sql.insert_calibration(
            db, {"balance_id": found["id"], **row, "user_id": actor.user_id, "at": utc_now()}
        )
        record(db, actor, "balance.calibrate", found["code"], row)
    return Changes(
        site=True,
        note=phrase(
            "balance {code} calibrated on {day}, next due {due}",
            code=found["code"],
            day=day,
            due=due,
        ),
    )


# -- daily checks (operator) ---------------------------------------------------------------------


def record_check(
    db: Database, actor: Actor, code: str, *, reference: str, source: WeightSource
) -> Changes:
    """Record a check of a balance with a reference weight of the register (operator or above):
    passed or failed, both recorded; ``Changes.warning`` says FAILED and why. The nominal weight
    is the reference weight's, the tolerance the balance's verification interval e; the reading
    must be captured off this balance (whether or not the site lets weights be typed), checked
    as any capture (instrument, port, time, raw line)."""
    actor.require(Role.OPERATOR, phrase("checking a balance"))
    if not source.captured:
        raise UserError(
            phrase(
                "a balance is checked with a reading captured off it, not typed: put the "
                "reference weight on the pan and capture the reading"
            )
        )
    read_mct = reading_mct(source.reading)
    if read_mct is None or read_mct <= 0:
        raise UserError(
            phrase(
                "the reading '{reading}' is not a weight in carats above "
                "0.000 ct: capture the reference weight from the balance again",
                reading=printable(source.reading),
            )
        )
    with transaction(db):
        found = _row(db, code)
        name = found["code"]
        if not found["active"]:
            raise UserError(
                phrase("balance {balance} is retired: it is not checked or used", balance=name)
            )
        weight = _reference_row(db, reference)
        ref = weight["code"]
        if not weight["active"]:
            raise UserError(
                phrase("reference weight {ref} is retired: check with one in use", ref=ref)
            )
        if source.balance.strip().lower() != name.lower():
            raise UserError(
                phrase(
                    "the reading was captured off balance {other}, not {balance}: "
                    "check {balance} with its own reading",
                    other=printable(source.balance),
                    balance=name,
                )
            )
        _check_source(found, source, read_mct)
        _check_once(db, found, source)
        source = _as_registered(found, source)
        nominal_mct = int(weight["nominal_mct"])
        tolerance_mct = int(found["interval_mct"])
        passed = abs(read_mct - nominal_mct) <= tolerance_mct
        day = site_today(db)
        at = utc_now()
        check_id = balances_sql.insert_check(
            db,
            {
                "balance_id": found["id"],
                "day": day,
                "reference": ref,
                "nominal_mct": nominal_mct,
                "tolerance_mct": tolerance_mct,
                "read_mct": read_mct,
                "passed": int(passed),
                "user_id": actor.user_id,
                "at": at,
            },
        )
        _insert_weighing(
            db, actor, source, found["id"], "check", read_mct, at=at, check_id=check_id
        )
        details = {
            "day": day,
            "reference": ref,
            "nominal_mct": nominal_mct,
            "tolerance_mct": tolerance_mct,
            "read_mct": read_mct,
            "passed": passed,
            **source.details(),
        }
        record(db, actor, "balance.check", name, details)
    said = phrase(
        "{read} ct against {ref} of {nominal} ct (tolerance {tolerance} ct)",
        read=format_mct(read_mct),
        ref=ref,
        nominal=format_mct(nominal_mct),
        tolerance=format_mct(tolerance_mct),
    )
    if passed:
        return Changes(
            site=True,
            created_id=check_id,
            note=phrase("balance {balance} passed: {said}", balance=name, said=said),
        )
    off = format_mct(abs(read_mct - nominal_mct))
    if settings(db).balance_daily_check:
        failed = phrase(
            "balance {balance} FAILED its check: {said}, off by {off} ct; capture is blocked "
            "until a check passes",
            balance=name,
            said=said,
            off=off,
        )
    else:
        failed = phrase(
            "balance {balance} FAILED its check: {said}, off by {off} ct",
            balance=name,
            said=said,
            off=off,
        )
    return Changes(site=True, created_id=check_id, warning=failed)


# -- reference weights (admin) ------------------------------------------------------------------

#: A reference weight's fields as typed (``register_reference_weight``): (key, what it is
#: called, default for a new one; None: required). The nominal weight in carats.
REFERENCE_FIELDS: tuple[tuple[str, str, str | None], ...] = (
    ("code", "code", None),
    ("nominal_mct", "nominal weight (ct)", None),
    ("weight_class", "class", ""),
    ("certificate", "certificate", None),
    ("active", "in use", "yes"),
)
_REFERENCE_LABELS = {key: label for key, label, _default in REFERENCE_FIELDS}


@dataclass(frozen=True)
class ReferenceWeight:
    """A reference weight a balance is checked with: nominal mass in mct, class (E2, F1 ...)."""

    code: str
    nominal_mct: int
    weight_class: str
    certificate: str
    active: bool


def _reference(row: dict[str, Any]) -> ReferenceWeight:
    return ReferenceWeight(
        row["code"],
        int(row["nominal_mct"]),
        row["weight_class"],
        row["certificate"],
        bool(row["active"]),
    )


def list_reference_weights(db: Database) -> list[ReferenceWeight]:
    return [_reference(row) for row in balances_sql.list_references(db)]


def _reference_row(db: Database, code: str) -> dict[str, Any]:
    found = balances_sql.get_reference(db, (code or "").strip())
    if found is None:
        raise NotFound(
            phrase(
                "reference weight '{ref}' is not in the register: an admin "
                "registers it (Settings, Balances, Reference weights)",
                ref=printable(code or ""),
            )
        )
    return found


def _reference_fields(given: dict[str, str], base: dict[str, Any] | None) -> dict[str, Any]:
    row, typed = _typed(given, base, REFERENCE_FIELDS, "reference weight", "a reference weight")
    for key, label, text in typed:
        if key == "code":
            row[key] = _parse("code", text)
        elif key == "nominal_mct":
            row[key] = _carats(text, label)
        elif key == "active":
            row[key] = _yes_no(text, label)
        else:
            row[key] = _text(text, label, 100)
    if not row["certificate"]:
        raise UserError(phrase("certificate: give the reference weight's calibration certificate"))
    return row


def register_reference_weight(db: Database, actor: Actor, fields: dict[str, str]) -> Changes:
    """Register a reference weight (admin): code, nominal weight in carats, class, certificate."""
    actor.require(Role.ADMIN, phrase("registering a reference weight"))
    row = _reference_fields(fields, None)
    return _register_new(
        db,
        actor,
        row,
        "reference weight",
        balances_sql.get_reference,
        balances_sql.insert_reference,
    )


def update_reference_weight(
    db: Database, actor: Actor, code: str, fields: dict[str, str], reason: str
) -> Changes:
    """Change what is given of a reference weight (admin, with a reason): retire it with
    ``{"active": "no"}``. Its code stays (checks name it)."""
    actor.require(Role.ADMIN, phrase("changing a reference weight"))
    reason = check_reason(reason)
    with transaction(db):
        found = _reference_row(db, code)
        _keeps_code(found, fields, "reference weight", "checks", "weight")
        row = _reference_fields({k: v for k, v in fields.items() if k != "code"}, found)
        what = "reference weight"
        _write_changes(db, actor, found, row, reason, what, balances_sql.update_reference)
    return Changes(site=True, note=phrase("reference weight {code} changed", code=found["code"]))


#: What an operator may tell a balance to do (``record_adjustment``).
ADJUSTMENTS = ("zero", "tare")


def record_adjustment(
    db: Database, actor: Actor, code: str, serial_no: str, action: str
) -> Changes:
    """Record that a balance was zeroed or tared (operator or above; ``action`` "zero" or
    "tare"), after the balance did it: audited as ``balance.zero`` / ``balance.tare`` with the
    balance's code and serial number. A balance not in the register is recorded as named."""
    actor.require(Role.OPERATOR, phrase("zeroing or taring a balance"))
    what = (action or "").strip().lower()
    if what not in ADJUSTMENTS:
        raise UserError(phrase("action: '{action}' is not zero or tare", action=action))
    name = _text(code, "balance", 32)
    if not name:
        raise UserError(phrase("balance: name the balance that was zeroed or tared"))
    serial = _text(serial_no, "serial number", 64)
    with transaction(db):
        found = balances_sql.get_balance(db, name)
        if found is not None:
            name = found["code"]
        if opened_read_only(db):  # the balance did it; nothing can be written: the log keeps it
            log.info("read-only session: %s %s balance %s (%s)", actor.name, what, name, serial)
        else:
            record(
                db,
                actor,
                f"balance.{what}",
                name,
                {"serial_no": serial, "registered": found is not None},
            )
    if what == "zero":
        return Changes(audit=True, note=phrase("balance {balance} zeroed", balance=name))
    return Changes(audit=True, note=phrase("balance {balance} tared", balance=name))


# -- the rules of capture --------------------------------------------------------------------------


def _check_serial(found: dict[str, Any], serial_no: str) -> None:
    if serial_no.strip() != found["serial_no"]:
        raise UserError(
            phrase(
                "balance {balance} reports serial {serial} but the register says {registered}: "
                "capture is blocked until an admin checks the instrument",
                balance=found["code"],
                serial=printable(serial_no.strip()) or phrase("(none)"),
                registered=found["serial_no"],
            )
        )


def reading_mct(text: str) -> int | None:
    """The weight a captured reading's text states (``1.234 ct``), in mct; None when it states
    none in carats to the thousandth (or is no balance's text: too long, a huge exponent)."""
    parts = (text or "").split()
    if len(text or "") > recheck.MAX_RAW or len(parts) != 2 or parts[1] != "ct":
        return None
    if not re.fullmatch(r"[+-]?[0-9]{1,9}(?:\.[0-9]{1,3})?", parts[0]):
        return None
    try:
        value = Decimal(parts[0])
    except InvalidOperation:  # pragma: no cover - the pattern admits only plain decimals
        return None
    return int(value * 1000)


#: How old a capture may be when it is recorded, and how far ahead of this computer's clock.
CAPTURE_AGE = dt.timedelta(minutes=10)
CAPTURE_AHEAD = dt.timedelta(minutes=1)


def printable(text: str) -> str:
    """``text`` as a message may quote it: printable ASCII, cut to 60 characters."""
    shown = "".join(ch if 0x20 <= ord(ch) < 0x7F else "?" for ch in text[:60])
    return shown + ("..." if len(text) > 60 else "")


def _check_port(found: dict[str, Any], source: WeightSource) -> None:
    if not found["port"]:
        raise UserError(
            phrase(
                "balance {balance} has no port in the register: an admin registers the port "
                "it is connected on before it captures",
                balance=found["code"],
            )
        )
    if source.port != found["port"]:
        raise UserError(
            phrase(
                "balance {balance} was read on port '{port}', not on its "
                "registered port '{registered}': connect it on that port (an admin changes the "
                "port in the register)",
                balance=found["code"],
                port=printable(source.port),
                registered=found["port"],
            )
        )


def _check_time(source: WeightSource) -> None:
    again = phrase("capture the weight from the balance again")
    try:
        at = canonical.parse_iso_utc(source.captured_at)
    except (ValueError, TypeError):
        at = None
    # Canonical UTC text only (``clock.utc_now``): the time is recorded as given, so another
    # offset or a compact form is refused rather than stored beside the canonical ones.
    if at is None or at.tzinfo is None or canonical.iso_utc(at) != source.captured_at:
        raise UserError(
            phrase(
                "the capture's time '{time}' is not a time in UTC: {again}",
                time=printable(source.captured_at),
                again=again,
            )
        )
    now = canonical.parse_iso_utc(utc_now())
    if at < now - CAPTURE_AGE:
        raise UserError(
            phrase("the weight was captured more than 10 minutes ago: {again}", again=again)
        )
    if at > now + CAPTURE_AHEAD:
        raise UserError(
            phrase(
                "the capture's time {time} is ahead of this computer's clock: check "
                "the workstation's clock and {again}",
                time=source.captured_at,
                again=again,
            )
        )


def _check_reading(found: dict[str, Any], source: WeightSource, mct: int) -> None:
    """The capture's raw line, read again with the balance's protocol, says ``mct``: a stable,
    OK, net reading in carats (its last digit verified on a balance verified for trade), and
    the reading's text says the same."""
    name = found["code"]
    again = phrase("capture the weight from the balance again")
    said = recheck.recheck(found["protocol"], source.raw, found["pattern"])
    if said is None:
        raise UserError(
            phrase(
                "the raw line '{raw}' is not a reading balance {balance} sends "
                "({protocol}): {again}",
                raw=printable(source.raw),
                balance=name,
                protocol=found["protocol"],
                again=again,
            )
        )
    refusal = reading.capture_refusal(said)  # stable, OK, net, in carats, exact
    if refusal is not None:
        raise UserError(
            phrase(
                "balance {balance}'s raw line is refused: {refusal}",
                balance=name,
                refusal=refusal,
            )
        )
    if said.unverified_digits and found["verified"]:
        raise UserError(
            phrase(
                "the balance marks its last digit as not verified: '{raw}'; "
                "balance {balance} is verified for trade, so set it to show verified digits only "
                "(or an admin marks it not verified)",
                raw=printable(source.raw),
                balance=name,
            )
        )
    if reading_mct(source.reading) != reading.reading_mct(said):
        raise UserError(
            phrase(
                "the reading '{reading}' does not agree with the line balance "
                "{balance} sent ('{raw}'): {again}",
                reading=printable(source.reading),
                balance=name,
                raw=printable(source.raw),
                again=again,
            )
        )
    if reading.reading_mct(said) != mct:
        raise UserError(
            phrase(
                "the reading captured off balance {balance} ('{reading}') is not {ct} ct: {again}",
                balance=name,
                reading=printable(source.reading),
                ct=format_mct(mct),
                again=again,
            )
        )


def _check_source(found: dict[str, Any], source: WeightSource, mct: int) -> None:
    """A capture off ``found`` (active, may capture) of ``mct``: the instrument, the port, the
    time and the raw line."""
    _check_serial(found, source.serial_no)
    _check_port(found, source)
    _check_time(source)
    _check_reading(found, source, mct)


def _check_once(db: Database, found: dict[str, Any], source: WeightSource) -> None:
    """One reading off the balance is one weight: a capture recorded already is refused (a
    patched sortapp put one capture into two sorting entries: an attack round, 2026-12-07)."""
    if balances_sql.capture_recorded(db, found["id"], source.captured_at):
        raise UserError(
            phrase(
                "this reading off balance {balance} is recorded already (one reading is one "
                "weight): capture the weight again",
                balance=found["code"],
            )
        )


def _check_load(found: dict[str, Any], mct: int) -> None:
    """A weight below the balance's minimum load (where its relative error is too large for
    trade: 20 e for class II) or above its maximum is not taken off it."""
    name = found["code"]
    if mct < found["min_mct"]:
        raise UserError(
            phrase(
                "{ct} ct is below balance {balance}'s minimum load of "
                "{min} ct: weigh it on a finer balance, or together with more goods",
                ct=format_mct(mct),
                balance=name,
                min=format_mct(found["min_mct"]),
            )
        )
    if mct > found["max_mct"]:
        raise UserError(
            phrase(
                "{ct} ct is above balance {balance}'s maximum load of {max} ct: weigh it in "
                "portions",
                ct=format_mct(mct),
                balance=name,
                max=format_mct(found["max_mct"]),
            )
        )


def _refusal(db: Database, found: dict[str, Any]) -> tuple[str, str, bool | None]:
    """(why the balance may not capture now, '' when it may; its calibration's next due date;
    whether its latest check today passed, None where the site requires none)."""
    name = found["code"]
    calibration = balances_sql.latest_calibration(db, found["id"])
    due = calibration["next_due"] if calibration else ""
    today = site_today(db)
    checked: bool | None = None
    latest = None
    if settings(db).balance_daily_check:
        latest = balances_sql.latest_check(db, found["id"], today)
        checked = bool(latest and latest["passed"])
    if not found["active"]:
        return (
            phrase("balance {balance} is retired: it captures nothing", balance=name),
            due,
            checked,
        )
    if calibration is None:
        why = phrase(
            "balance {balance} has no calibration recorded: an admin records it before it captures",
            balance=name,
        )
        return why, due, checked
    if due < today:
        why = phrase(
            "balance {balance}'s calibration was due on {due}: capture is blocked until an admin "
            "records its new calibration",
            balance=name,
            due=due,
        )
        return why, due, checked
    if checked is False:
        if latest is None:
            why = phrase(
                "balance {balance} has not been checked today ({today}): check it with the "
                "reference weight before capturing",
                balance=name,
                today=today,
            )
        else:
            why = phrase(
                "balance {balance} FAILED its check today ({read} ct "
                "against {nominal} ct): check it again with the "
                "reference weight before capturing",
                balance=name,
                read=format_mct(latest["read_mct"]),
                nominal=format_mct(latest["nominal_mct"]),
            )
        return why, due, checked
    return "", due, checked


def capture_state(db: Database, code: str, serial_no: str | None = None) -> CaptureState:
    """Whether balance ``code`` may capture now (the badge beside the live reading); with the
    ``serial_no`` the device reported, whether it is the registered instrument."""
    found = balances_sql.get_balance(db, code or "")
    if found is None:
        return CaptureState(
            False,
            phrase(
                "balance '{balance}' is not in the register: an admin registers it", balance=code
            ),
            "",
            None,
        )
    why, due, checked = _refusal(db, found)
    if not why and serial_no is not None:
        try:
            _check_serial(found, serial_no)
        except UserError as exc:
            why = exc.message  # (a Phrase stays one, to be translated)
    return CaptureState(
        not why, why or phrase("balance {balance} may capture", balance=found["code"]), due, checked
    )


def _source_balance(db: Database, source: WeightSource, mct: int) -> dict[str, Any] | None:
    """``check_capture``; the register's row of the balance a captured weight came off."""
    if not source.captured:
        if not keyed_allowed(db):
            raise UserError(KEYED_REFUSED)
        return None
    found = _row(db, source.balance)
    why, _due, _checked = _refusal(db, found)
    if found["active"]:
        _check_serial(found, source.serial_no)
    if why:
        raise UserError(why)
    _check_source(found, source, mct)
    _check_once(db, found, source)
    _check_load(found, mct)
    return found


def check_capture(db: Database, source: WeightSource, mct: int) -> None:
    """Refuse (UserError saying why and what to do) a weight of ``mct`` from ``source``: a
    captured one whose balance may not capture now or whose reading is not ``mct``; a keyed one
    where the site takes weights from the balance only."""
    _source_balance(db, source, mct)


# -- the weighings (called by the services that take weights, inside their transaction) ---------


def _insert_weighing(
    db: Database,
    actor: Actor,
    source: WeightSource,
    balance_id: int | None,
    action: str,
    mct: int,
    *,
    at: str,
    lot_id: int | None = None,
    entry_id: int | None = None,
    check_id: int | None = None,
) -> int:
    captured = source.captured
    model = ""
    if captured and balance_id is not None:
        model = balances_sql.balance_model(db, balance_id)
    return balances_sql.insert_weighing(
        db,
        {
            "action": action,
            "lot_id": lot_id,
            "entry_id": entry_id,
            "check_id": check_id,
            "mct": mct,
            "captured": int(captured),
            "balance_id": balance_id,
            "balance": source.balance.strip() if captured else "",
            "serial_no": source.serial_no.strip() if captured else "",
            "reading": source.reading if captured else "",
            "raw": source.raw if captured else "",
            "port": source.port if captured else "",
            "captured_at": source.captured_at if captured else "",
            "model": model,
            "user_id": actor.user_id,
            "at": at,
        },
    )


@dataclass(frozen=True)
class Weighed:
    """A weight's source, checked (``weighed``): where it came from, and the register's id of
    its balance (None: keyed)."""

    source: WeightSource
    balance_id: int | None

    def details(self) -> dict[str, Any]:
        """What the audit entry of the action that records the weight carries about it."""
        return self.source.details()


def weighed(db: Database, source: WeightSource | None, mct: int) -> Weighed:
    """Check a weight about to be recorded (``check_capture``; None: keyed), inside the write
    transaction that records it."""
    source = KEYED if source is None else source
    found = _source_balance(db, source, mct)
    if found is None:
        return Weighed(source, None)
    return Weighed(_as_registered(found, source), int(found["id"]))


def _as_registered(found: dict[str, Any], source: WeightSource) -> WeightSource:
    """A checked capture naming its balance by the register's code and serial number."""
    return dataclasses.replace(source, balance=found["code"], serial_no=found["serial_no"])


#: The refusal of a sorting import where the site takes weights from the balance only.
FILE_REFUSED = phrase(
    "this site takes weights from the balance only: weights read from a file were not weighed "
    "on this site's balance, so the file is not imported; record the entries with the weights "
    "captured from the balance (an admin may allow typed weights: Settings, 'Weights may be "
    "typed by hand')"
)


def check_file_weights(db: Database) -> None:
    """Refuse weights read from a file (a sorting import) where the site takes weights from the
    balance only (``keyed_weights`` no)."""
    if not keyed_allowed(db):
        raise UserError(FILE_REFUSED)


def record_entry_file(
    db: Database, actor: Actor, first_entry: int, last_entry: int, file: str
) -> dict[str, Any]:
    """Write the ``entry_files`` row of sorting entries ``first_entry``..``last_entry`` imported
    from ``file`` (keyed: not captured; one row for the whole file, not a weighing per line),
    inside the import's transaction before its audit entry; return what that entry carries
    about them."""
    name = " ".join((file or "").split())[:300] or "csv"
    balances_sql.insert_entry_file(db, first_entry, last_entry, name, actor.user_id, utc_now())
    return {"weight_source": "file", "file": name}


def record_weighing(
    db: Database,
    actor: Actor,
    weight: Weighed,
    action: str,
    mct: int,
    *,
    lot_id: int,
    entry_id: int | None = None,
) -> int:
    """Write the ``weighings`` row of a recorded weight (before the audit entry of its action,
    which then holds the row: it is under the chain)."""
    return _insert_weighing(
        db,
        actor,
        weight.source,
        weight.balance_id,
        action,
        mct,
        at=utc_now(),
        lot_id=lot_id,
        entry_id=entry_id,
    )


# -- what the documents print -------------------------------------------------------------------


def _balance_words(code: str, vendor: str, model: str, serial_no: str) -> str:
    what = " ".join(p for p in (vendor, model) if p)
    if what:
        return phrase("{code} ({what}, serial {serial})", code=code, what=what, serial=serial_no)
    return phrase("{code} (serial {serial})", code=code, serial=serial_no)


def lot_weight_words(db: Database, lot_id: int) -> str:
    """Where a lot's weighed carats came from, as its receipt prints it: the balance (code,
    vendor and model, serial number), or "keyed, not from the balance"; '' when no weighing is
    recorded (a lot weighed before weighings were, or not weighed yet)."""
    found = balances_sql.lot_weighing(db, lot_id)
    if found is None:
        return ""
    if not found["captured"]:
        return KEYED.words()
    return phrase(
        "balance {balance}",
        balance=_balance_words(
            found["balance"], found["vendor"], found["model"], found["serial_no"]
        ),
    )


def lot_entries_words(db: Database, lot_id: int) -> str:
    """The balances a lot's sorting entries and losses were weighed on, as its reconciliation
    prints them ("B-01 (Mettler JET 1103C, serial B123456789): 12 entries; keyed: 2 entries");
    '' when none is recorded. Each part a phrase, the whole one phrase of them (``listing``):
    said in the document's language."""
    parts: list[str] = []
    for row in balances_sql.entry_sources(db, lot_id):
        n = row["entries"]
        if row["captured"]:
            name = _balance_words(row["balance"], row["vendor"], row["model"], row["serial_no"])
            parts.append(
                phrase("{balance}: 1 entry", balance=name)
                if n == 1
                else phrase("{balance}: {n} entries", balance=name, n=n)
            )
        elif row["file"]:
            parts.append(
                phrase("from file {file}: 1 entry", file=row["file"])
                if n == 1
                else phrase("from file {file}: {n} entries", file=row["file"], n=n)
            )
        else:
            parts.append(
                phrase("keyed, not from the balance: 1 entry")
                if n == 1
                else phrase("keyed, not from the balance: {n} entries", n=n)
            )
    return listing(parts, "; ")
