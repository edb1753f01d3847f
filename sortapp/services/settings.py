"""The site and its typed business settings: defaults, the ``site set`` keys and their parsers."""

from __future__ import annotations

import zoneinfo
from dataclasses import dataclass
from typing import Any

from sortapp.core import clock
from sortapp.core.entities import VALUATION_RULES, Site
from sortapp.core.errors import UserError
from sortapp.core.i18n import LANGUAGES, phrase
from sortapp.core.units import MILLI_PCT_PER_PCT, parse_carats, parse_percent
from sortapp.services.validation import check_line
from sortapp.storage import records
from sortapp.storage.dbapi import Database

#: The default of the ``wdc_statement`` setting (the World Diamond Council's System of
#: Warranties statement printed on invoices).
WDC_STATEMENT = (
    "The diamonds herein invoiced have been purchased from legitimate sources not involved in "
    "funding conflict, in compliance with the United Nations Resolutions and corresponding "
    "national laws. The seller hereby guarantees that these diamonds are conflict free and "
    "confirms adherence to the WDC SoW Guidelines."
)

#: Site settings with their defaults, as stored (text).
DEFAULT_SETTINGS: dict[str, str] = {
    "authority": "",
    "address": "",
    "exporter": "",
    # Reconciliation tolerance: the larger of 0.010 ct and 0.05 % of the received weight.
    "tolerance_mct": "10",
    "tolerance_milli_pct": "50",
    # Weighed vs declared on arrival: the same defaults.
    "weigh_tolerance_mct": "10",
    "weigh_tolerance_milli_pct": "50",
    "cert_validity_days": "60",
    "valuation_rule": "highest",
    "wdc_statement": WDC_STATEMENT,
    "timezone": "UTC",
    "backup_folder": "",
    # Signed checkpoints of the audit chain (default: checkpoints/ beside the database).
    "checkpoint_folder": "",
    "backup_keep_daily": "7",
    "backup_keep_weekly": "4",
    "backup_keep_monthly": "12",
    "decimal_comma": "no",
    # The app locks its window after this many minutes without keyboard or mouse input (0: never).
    "idle_lock_minutes": "10",
    # The paper documents are laid out for: a4, or letter (North American sites).
    "paper": "a4",
    # What the commercial invoice says for customs (empty: not printed, or "to be agreed").
    "exporter_licence": "",
    "tax_number": "",
    "incoterms": "",
    "payment_terms": "",
    "port_of_export": "",
    # Where the import-confirmation slip goes back to: the exporting authority's postal address.
    "authority_address": "",
    # Weights typed by hand allowed (yes), or taken from the balance only (no).
    "keyed_weights": "yes",
    # A passing check with a reference weight required each day before a balance's captures.
    "balance_daily_check": "no",
    # The site's language (issue 18): receipts, reconciliation reports and labels are printed
    # in it; the KP documents stay English, with it beside their headings if headings_beside.
    "language": "en",
    "headings_beside": "no",
}


@dataclass(frozen=True)
class Settings:
    """The site's business settings, typed."""

    authority: str
    address: str
    exporter: str
    tolerance_mct: int
    tolerance_milli_pct: int
    weigh_tolerance_mct: int
    weigh_tolerance_milli_pct: int
    cert_validity_days: int
    valuation_rule: str
    wdc_statement: str
    timezone: str
    backup_folder: str
    checkpoint_folder: str
    backup_keep_daily: int
    backup_keep_weekly: int
    backup_keep_monthly: int
    decimal_comma: bool
    idle_lock_minutes: int
    paper: str
    exporter_licence: str = ""
    tax_number: str = ""
    incoterms: str = ""
    payment_terms: str = ""
    port_of_export: str = ""
    authority_address: str = ""
    keyed_weights: bool = True
    balance_daily_check: bool = False
    language: str = "en"
    headings_beside: bool = False

    def sort_tolerance(self, received_mct: int) -> int:
        return tolerance(received_mct, self.tolerance_mct, self.tolerance_milli_pct)

    def weigh_tolerance(self, declared_mct: int) -> int:
        return tolerance(declared_mct, self.weigh_tolerance_mct, self.weigh_tolerance_milli_pct)


def tolerance(weight_mct: int, floor_mct: int, milli_pct: int) -> int:
    """Return the larger of ``floor_mct`` and ``milli_pct`` thousandths of a percent of a weight."""
    return max(floor_mct, abs(weight_mct) * milli_pct // 100_000)


def site(db: Database) -> Site:
    found = records.get_site(db)
    if found is None:
        raise UserError(
            phrase("this database has no site yet; create the site first"), code="no_site"
        )
    return found


def settings(db: Database) -> Settings:
    stored = {**DEFAULT_SETTINGS, **records.get_settings(db)}
    if not stored["exporter"]:
        found = records.get_site(db)
        stored["exporter"] = found.name if found else ""
    return Settings(
        authority=stored["authority"],
        address=stored["address"],
        exporter=stored["exporter"],
        tolerance_mct=int(stored["tolerance_mct"]),
        tolerance_milli_pct=int(stored["tolerance_milli_pct"]),
        weigh_tolerance_mct=int(stored["weigh_tolerance_mct"]),
        weigh_tolerance_milli_pct=int(stored["weigh_tolerance_milli_pct"]),
        cert_validity_days=int(stored["cert_validity_days"]),
        valuation_rule=stored["valuation_rule"],
        wdc_statement=stored["wdc_statement"],
        timezone=stored["timezone"],
        backup_folder=stored["backup_folder"],
        checkpoint_folder=stored["checkpoint_folder"],
        backup_keep_daily=int(stored["backup_keep_daily"]),
        backup_keep_weekly=int(stored["backup_keep_weekly"]),
        backup_keep_monthly=int(stored["backup_keep_monthly"]),
        decimal_comma=stored["decimal_comma"] == "yes",
        idle_lock_minutes=int(stored["idle_lock_minutes"]),
        paper=stored["paper"],
        exporter_licence=stored["exporter_licence"],
        tax_number=stored["tax_number"],
        incoterms=stored["incoterms"],
        payment_terms=stored["payment_terms"],
        port_of_export=stored["port_of_export"],
        authority_address=stored["authority_address"],
        keyed_weights=stored["keyed_weights"] == "yes",
        balance_daily_check=stored["balance_daily_check"] == "yes",
        language=stored["language"],
        headings_beside=stored["headings_beside"] == "yes",
    )


def site_today(db: Database) -> str:
    """Today in the site's calendar (its ``timezone``), as YYYY-MM-DD: the day its people read,
    the day a certificate is issued and a price holds from (not the UTC day: at 00:30 in
    Gaborone the UTC day is still yesterday)."""
    return clock.site_now(settings(db).timezone).date().isoformat()


def _text(value: str, field: str) -> str:
    """A setting's text: each is one line of plain text where it prints (a document's address,
    the exporter, the warranty statement; a folder), as its field on the Settings page is."""
    value = value.strip()
    if len(value) > 2000:
        raise UserError(
            phrase("{field}: the text is too long (2000 characters at most)", field=field)
        )
    return check_line(value, field)


def _whole(value: str, low: int, high: int) -> int | None:
    """Return ``value`` as a whole number from ``low`` to ``high``, else None.

    Only ASCII digits count: '²' and '٣' pass ``str.isdigit()`` but are not what was meant.
    """
    text = value.strip()
    if not (text.isascii() and text.isdigit() and len(text) <= 12):
        return None
    number = int(text)
    return number if low <= number <= high else None


def _days(value: str, field: str) -> str:
    days = _whole(value, 1, 3660)
    if days is None:
        raise UserError(
            phrase(
                "{field}: '{value}' is not a number of days from 1 to 3660",
                field=field,
                value=value,
            )
        )
    return str(days)


def _count(value: str, field: str, low: int, high: int) -> str:
    number = _whole(value, low, high)
    if number is None:
        raise UserError(
            phrase(
                "{field}: '{value}' is not a whole number from {low} to {high}",
                field=field,
                value=value,
                low=low,
                high=high,
            )
        )
    return str(number)


def _share_of_lot(value: str, field: str) -> str:
    """A tolerance in percent of a lot, kept in thousandths of a percent: at most 100 % (150 %
    was taken, and switched off the sign-off on any difference a lot could have)."""
    milli = parse_percent(value, field)
    if milli > 100 * MILLI_PCT_PER_PCT:
        raise UserError(
            phrase(
                "{field}: '{value}' is more than the whole lot; enter at most 100 %",
                field=field,
                value=value,
            )
        )
    return str(milli)


def _yes_no(value: str, field: str) -> str:
    if value.strip().lower() not in ("yes", "no"):
        raise UserError(phrase("{field}: answer yes or no", field=field))
    return value.strip().lower()


def _rule(value: str, field: str) -> str:
    if value.strip().lower() not in VALUATION_RULES:
        raise UserError(
            phrase("{field}: use one of {choices}", field=field, choices=", ".join(VALUATION_RULES))
        )
    return value.strip().lower()


#: The sheets documents are laid out for.
PAPERS = ("a4", "letter")


def _paper(value: str, field: str) -> str:
    if value.strip().lower() not in PAPERS:
        raise UserError(
            phrase("{field}: use one of {choices}", field=field, choices=", ".join(PAPERS))
        )
    return value.strip().lower()


def _tz(value: str, field: str) -> str:
    try:
        zoneinfo.ZoneInfo(value.strip())
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise UserError(
            phrase(
                "{field}: '{value}' is not a time zone (e.g. Africa/Gaborone)",
                field=field,
                value=value,
            )
        ) from None
    return value.strip()


def _language(value: str, field: str) -> str:
    """A language the app speaks, by its code (en, ru, fr, pt)."""
    code = value.strip().lower()
    if code not in LANGUAGES:
        raise UserError(
            phrase("{field}: use one of {codes}", field=field, codes=", ".join(LANGUAGES))
        )
    return code


#: ``site set`` keys: (stored key, parser of the user's text into the stored text).
SETTING_KEYS: dict[str, tuple[str, Any]] = {
    "authority": ("authority", _text),
    "address": ("address", _text),
    "exporter": ("exporter", _text),
    "wdc-statement": ("wdc_statement", _text),
    "tolerance-ct": (
        "tolerance_mct",
        lambda v, f: str(parse_carats(v, f, allow_zero=True)),
    ),
    "tolerance-pct": ("tolerance_milli_pct", _share_of_lot),
    "weigh-tolerance-ct": (
        "weigh_tolerance_mct",
        lambda v, f: str(parse_carats(v, f, allow_zero=True)),
    ),
    "weigh-tolerance-pct": ("weigh_tolerance_milli_pct", _share_of_lot),
    "cert-validity-days": ("cert_validity_days", _days),
    "valuation-rule": ("valuation_rule", _rule),
    "timezone": ("timezone", _tz),
    "backup-folder": ("backup_folder", _text),
    "checkpoint-folder": ("checkpoint_folder", _text),
    "backup-keep-daily": ("backup_keep_daily", lambda v, f: _count(v, f, 0, 366)),
    "backup-keep-weekly": ("backup_keep_weekly", lambda v, f: _count(v, f, 0, 520)),
    "backup-keep-monthly": ("backup_keep_monthly", lambda v, f: _count(v, f, 0, 1200)),
    "decimal-comma": ("decimal_comma", _yes_no),
    "idle-lock-minutes": ("idle_lock_minutes", lambda v, f: _count(v, f, 0, 1440)),
    "paper": ("paper", _paper),
    "exporter-licence": ("exporter_licence", _text),
    "tax-number": ("tax_number", _text),
    "incoterms": ("incoterms", _text),
    "payment-terms": ("payment_terms", _text),
    "port-of-export": ("port_of_export", _text),
    "authority-address": ("authority_address", _text),
    "keyed-weights": ("keyed_weights", _yes_no),
    "balance-daily-check": ("balance_daily_check", _yes_no),
    "language": ("language", _language),
    "headings-beside": ("headings_beside", _yes_no),
}
