"""Who did what, for the paper: the people who received, weighed, sorted and closed, read
from the audit log (``services.history``), and who packed and sealed a parcel, from its ledger
and its signed seal (``parcels.packed_and_sealed_by``); their times in the site's zone."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from sortapp.core.canonical import fingerprint, zoned_text
from sortapp.core.entities import loss_word
from sortapp.core.errors import UserError
from sortapp.core.i18n import Phrase, listing, phrase
from sortapp.reports.documents.common import Figures
from sortapp.services import audit, lots, parcels, settings, sorting
from sortapp.services.history import AuditLine
from sortapp.services.journal import journal_canonical
from sortapp.storage import audit as audit_sql
from sortapp.storage import ledger as ledger_sql
from sortapp.storage.dbapi import Database


def _details(entry: AuditLine | audit.Entry) -> dict[str, Any]:
    return audit_sql.details(entry.details) if entry.details else {}


def _with_reason(said: str, entry: AuditLine | audit.Entry) -> str:
    """``said`` (who and when) with the reason the entry recorded, if any: "olu, 2026-12-02
    09:15 UTC; reason: scale drift" (the reason data, as entered)."""
    reason = str(_details(entry).get("reason") or "")
    return phrase("{said}; reason: {reason}", said=said, reason=reason) if reason else said


def _stones_text(stones: Any, f: Figures) -> str:
    """A lot's weighed stones in a sentence: "1,234 stones", or "stones not counted"."""
    if isinstance(stones, int):
        return phrase("{stones} stones", stones=f.count(stones))
    return phrase("stones not counted")


@dataclass(frozen=True)
class LotPeople:
    """Who received, weighed, re-weighed and acknowledged a lot's weight, who sorted it (entries
    each), recorded its losses and closed it: each as printed, "name, time Zone (UTC+hh:mm)[:
    what][; reason: why]"."""

    #: The receiver at the lot's time of arrival ("; recorded ..." when entered at another time).
    received: str = ""
    #: The weigher at the time of weighing (a lot weighed at receipt: its time of arrival).
    weighed: str = ""
    reweighed: tuple[str, ...] = ()
    acknowledged: str = ""
    acknowledger: str = ""
    #: Each loss standing (neither a correction nor corrected): "name, time: kind 1.100 ct".
    losses: tuple[str, ...] = ()
    #: (name, entries recorded), in the order they first sorted.
    sorters: tuple[tuple[str, int], ...] = ()
    closed: str = ""
    closer: str = ""
    #: Whether the closing was beyond tolerance (or with a stone difference), accepted ...
    override: bool = False
    #: ... by whom, and why.
    accepted: str = ""
    receiver: str = ""
    weigher: str = ""


#: The entries of a lot its people are read from (``lot_people``).
_LOT_ACTIONS = ("lot.receive", "lot.weigh", "lot.reweigh", "lot.acknowledge", "sort.close")


def _lot_entries(db: Database, number: str, lot_id: int) -> list[audit.Entry]:
    """The lot's entries its people are read from, oldest first, each one that counts
    (``audit.Soundness``: its hash, a supervisor's signature, its place in the chain): one
    receipt, the first; one closing, the first that names the ledger's closing of the lot
    (its hash made again), or, where none names one, the first (one recorded before closings
    named their ledger entry). Where such an entry does not count, UserError. (Read from every
    entry, an unsigned ``sort.close`` appended outside sortapp named any closer, said "within
    tolerance" of a closing a supervisor had accepted, and hid the acceptance; a signature
    taken away hid a reweighing: reviews, 2026-12-06.)"""
    soundness = audit.Soundness(db)
    closing = _closing(db, lot_id, number)
    found: list[audit.Entry] = []
    received = False
    # (whether it names the ledger's closing, the entry, its details)
    closings: list[tuple[bool, tuple[Any, ...], dict[str, Any]]] = []
    for raw in reversed(audit_sql.entries_of(db, _LOT_ACTIONS, number)):
        if not soundness.hashed(raw):
            continue  # (not an entry at all: verify names it)
        entry = audit.as_entry(raw)
        d = _details(entry)
        if entry.action == "sort.close":
            if closing is not None:
                closings.append(((d.get("journal"), d.get("journal_hash")) == closing, raw, d))
            continue
        if entry.action == "lot.receive":
            if received:
                continue
            received = True
        _counted(soundness, raw, number, signed=entry.action in ("lot.reweigh", "lot.acknowledge"))
        found.append(entry)
    if closing is not None:
        named = [(raw, d) for names, raw, d in closings if names]
        if named or any("journal" in d for _n, _raw, d in closings):
            chosen = named[:1]
        else:
            chosen = [(raw, d) for _n, raw, d in closings][:1]
        if not chosen:
            _counted(soundness, None, number)
        for raw, d in chosen:
            _counted(soundness, raw, number, signed=d.get("override") is True)
            found.append(audit.as_entry(raw))
    return found


def _closing(db: Database, lot_id: int, number: str) -> tuple[str, str] | None:
    """(uid, hash) of the ledger entry that closed the lot's sorting, its hash made again from
    its lines (else UserError), or None: the lot not closed."""
    found = ledger_sql.closing_of(db, lot_id)
    if found is None:
        return None
    for head, lines in ledger_sql.iter_canonical_journals(db, [found[2]]):
        if fingerprint(journal_canonical(head, lines), check=False) == head["hash"]:
            return found[0], found[1]
    raise _not_recorded(number)


def _counted(
    soundness: audit.Soundness, raw: tuple[Any, ...] | None, number: str, *, signed: bool = False
) -> None:
    """Refuse (UserError) lot ``number``'s document where ``raw`` (None: missing) does not
    count."""
    if raw is None or not soundness.sound(raw, signed=signed):
        raise _not_recorded(number)


def _not_recorded(lot: str) -> UserError:
    return UserError(
        phrase(
            "lot {lot} is not as its entries recorded it (changed outside sortapp); nothing "
            "was printed; an admin checks the database (verify)",
            lot=lot,
        )
    )


def lot_people(db: Database, number: str, f: Figures) -> LotPeople:
    tz = settings.settings(db).timezone
    lot = lots.get_lot(db, number)
    arrived = zoned_text(lot.received_at, tz)
    received = weighed = acknowledged = acknowledger = closed = closer = accepted = ""
    receiver = weigher = ""
    override = False
    reweighed: list[str] = []
    entries = sorting.list_entries(db, number)
    # The sorting entries (the ledger's, imported ones too), counted per person who entered them.
    sorters = Counter(str(e["user"]) for e in entries)
    for entry in _lot_entries(db, lot.number, lot.id):
        d = _details(entry)
        said = f"{entry.user}, {zoned_text(entry.at, tz)}"
        if entry.action == "lot.receive":
            recorded = zoned_text(entry.at, tz)
            received = (
                phrase(
                    "{name}, {at}; recorded {recorded}",
                    name=entry.user,
                    at=arrived,
                    recorded=recorded,
                )
                if recorded != arrived
                else f"{entry.user}, {arrived}"
            )
            receiver = entry.user
            if d.get("weighed_mct") is not None:  # weighed at receipt: as it arrived
                weighed, weigher = f"{entry.user}, {arrived}", entry.user
        elif entry.action == "lot.weigh":  # the first weighing, or the one a reweighing posts
            weighed, weigher = weighed or said, entry.user
        elif entry.action == "lot.reweigh":
            stones, was_stones = d.get("stones"), d.get("previous_stones")
            again = (
                phrase(
                    "{said}: {ct} ct (was {was} ct)",
                    said=said,
                    ct=f.ct(d["weighed_mct"]),
                    was=f.ct(d["previous_mct"]),
                )
                if stones == was_stones
                # (A count corrected, the carats alone read "100.000 ct (was 100.000 ct)".)
                else phrase(
                    "{said}: {ct} ct, {stones} (was {was} ct, {was_stones})",
                    said=said,
                    ct=f.ct(d["weighed_mct"]),
                    stones=_stones_text(stones, f),
                    was=f.ct(d["previous_mct"]),
                    was_stones=_stones_text(was_stones, f),
                )
            )
            reweighed.append(_with_reason(again, entry))
            weigher = entry.user
            if d.get("acknowledgement_cleared"):  # (it stood for the old figures: no longer)
                acknowledged = acknowledger = ""
        elif entry.action == "lot.acknowledge":
            acknowledged, acknowledger = _with_reason(said, entry), entry.user
        elif entry.action == "sort.close":
            closed, closer = said, entry.user
            override = d.get("override") is True
            accepted = _with_reason(said, entry) if override else ""
    return LotPeople(
        received=received,
        weighed=weighed,
        reweighed=tuple(reweighed),
        acknowledged=acknowledged,
        acknowledger=acknowledger,
        losses=_losses(entries, tz, f),
        sorters=tuple(sorters.items()),
        closed=closed,
        closer=closer,
        override=override,
        accepted=accepted,
        receiver=receiver,
        weigher=weigher,
    )


def _losses(entries: list[dict[str, Any]], tz: str, f: Figures) -> tuple[str, ...]:
    """The losses recorded and standing (a correction and what it corrects left out), each
    "olu, 2026-12-02 09:15 Africa/Gaborone (UTC+02:00): cleaning 1.100 ct"."""
    corrected = {e["reverses"] for e in entries if e["reverses"]}
    # The loss's kind a marked word (the app's loss kinds: "cleaning" ...).
    return tuple(
        phrase(
            "{name}, {at}: {kind} {ct} ct",
            name=e["user"],
            at=zoned_text(e["at"], tz),
            kind=loss_word(e["loss_type"]),
            ct=f.ct(e["mct"]),
        )
        for e in entries
        if e["loss_type"] and not e["reverses"] and e["uid"] not in corrected
    )


def sorters_text(people: LotPeople, f: Figures) -> str:
    """``olu (12 entries), ola (1 entry)``."""
    return listing(
        [
            phrase("{name} (1 entry)", name=name)
            if n == 1
            else phrase("{name} ({n} entries)", name=name, n=f.count(n))
            for name, n in people.sorters
        ]
    )


@dataclass(frozen=True)
class ParcelPeople:
    #: Who packed goods into the parcel, in the order they first packed.
    packers: tuple[str, ...] = ()
    sealer: str = ""
    #: The sealer and when, as printed.
    sealed: str = ""


def parcel_people(db: Database, number: str) -> ParcelPeople:
    """Who packed and sealed the parcel, as its ledger and its signed seal say
    (``parcels.packed_and_sealed_by``)."""
    tz = settings.settings(db).timezone
    packers, seal = parcels.packed_and_sealed_by(db, number)
    if seal is None:
        return ParcelPeople(packers=tuple(packers))
    sealer, at = seal
    return ParcelPeople(
        packers=tuple(packers), sealer=sealer, sealed=f"{sealer}, {zoned_text(at, tz)}"
    )


def signed(role: Phrase, name: str) -> Phrase:
    """A signature line's caption with the name printed where known: ``Packer: olu`` (``role``
    a word marked for translation, said in the document's language)."""
    return phrase("{role}: {name}", role=role, name=name) if name else role
