"""Site-to-site transfer files: a sealed parcel leaves as one self-contained, fingerprinted (and
optionally HMAC-signed) file and arrives as an incoming lot with its provenance."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from sortapp.core.canonical import canonical_json, sha256_hex, utc_now
from sortapp.core.changes import Changes
from sortapp.core.errors import UserError
from sortapp.core.roles import Actor, Role
from sortapp.services import base, lots, parcels
from sortapp.storage import lots as lots_sql
from sortapp.storage import transfers as transfers_sql
from sortapp.storage.db import transaction

FORMAT = "sortapp-transfer"
VERSION = 1


def set_key(db: Database, actor: Actor, partner: str, secret: str) -> Changes:
    """Set the shared key for signed transfer files with a partner site (admin)."""
    actor.require(Role.ADMIN, "setting a transfer key")
    partner = (partner or "").strip().upper()
    if not partner:
        raise UserError("site: name the partner site's code")
    if len(secret) < 16:
        raise UserError("key: use a shared secret of at least 16 characters")
    key_hex = hashlib.sha256(secret.encode("utf-8")).hexdigest()
    with transaction(db):
        transfers_sql.put_key(db, partner, key_hex, utc_now())
        base.record(db, actor.name, "transfer.key", partner, {})
    return Changes(site=True)


def _sign(key_hex: str, body_text: str) -> str:
    return hmac.new(bytes.fromhex(key_hex), body_text.encode("utf-8"), hashlib.sha256).hexdigest()


def bundle_body(db: Database, number: str) -> dict[str, Any]:
    """The transfer data of a sealed parcel: everything the receiving site needs, no more."""
    parcel = parcels.get_parcel(db, number)
    if parcel.status not in ("sealed", "shipped"):
        raise UserError(f"parcel {parcel.number} is {parcel.status}; only a sealed parcel moves")
    here = base.site(db)
    lines = []
    for ln in parcel.lines:
        lot = lots.get_lot(db, ln.lot)
        lines.append(
            {
                "category": ln.category,
                "hs_code": ln.hs_code,
                "lot": ln.lot,
                "lot_uid": lot.uid,
                "origins": [list(o) for o in lot.origins],
                "mct": ln.mct,
                "stones": ln.stones,
                "cents_per_ct": ln.cents_per_ct,
                "value_cents": ln.value_cents,
            }
        )
    return {
        "format": FORMAT,
        "version": VERSION,
        "sender": {"site": here.code, "name": here.name, "country": here.country},
        "parcel": {
            "number": parcel.number,
            "uid": parcel.uid,
            "exporter": parcel.exporter,
            "importer": parcel.importer,
            "destination": parcel.destination,
            "kp_cert": parcel.kp_cert,
            "issued": parcel.issued,
            "expires": parcel.expires,
            "seals": list(parcel.seals),
            "origin": parcel.origin,
            "origin_countries": parcel.origin_countries,
            "hs_codes": parcel.hs_codes,
            "mct": parcel.mct,
            "stones": parcel.stones,
            "value_cents": parcel.value_cents,
            "fingerprint": parcel.fingerprint,
            "lines": lines,
        },
    }


def export_bundle(db: Database, actor: Actor, number: str, path: Path, *, to_site: str = "") -> str:
    """Write a sealed parcel as a transfer file; return its fingerprint (supervisor)."""
    actor.require(Role.SUPERVISOR, "exporting a transfer file")
    body = bundle_body(db, number)
    text = canonical_json(body)
    envelope: dict[str, Any] = {"body": body, "fingerprint": sha256_hex(text)}
    if to_site:
        key = transfers_sql.get_key(db, to_site.strip().upper())
        if key is None:
            raise UserError(
                f"no shared key with site {to_site.upper()}; an admin sets one with "
                "'sortapp bundle key'"
            )
        envelope["hmac"] = _sign(key, text)
    part = Path(str(path) + ".part")
    try:
        part.write_text(json.dumps(envelope, indent=2, ensure_ascii=False), "utf-8")
        os.replace(part, path)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise UserError(f"cannot write {path}: {exc.strerror}") from exc
    with transaction(db):
        base.record(
            db,
            actor.name,
            "transfer.export",
            body["parcel"]["number"],
            {
                "file": Path(path).name,
                "fingerprint": envelope["fingerprint"],
                "signed": "hmac" in envelope,
            },
        )
    return envelope["fingerprint"]


def read_bundle(db: Database, path: Path) -> tuple[dict[str, Any], str, bool]:
    """Read and check a transfer file: (body, fingerprint, signed). Raises UserError if unsound."""
    try:
        envelope = json.loads(Path(path).read_text("utf-8"))
        body, claimed = envelope["body"], envelope["fingerprint"]
        sender = body["sender"]["site"]
        if body.get("format") != FORMAT:
            raise KeyError("format")
    except FileNotFoundError:
        raise UserError(f"no file at {path}") from None
    except (ValueError, KeyError, TypeError):
        raise UserError(
            f"{Path(path).name} is not a sortapp transfer file; nothing was imported"
        ) from None
    if body.get("version") != VERSION:
        raise UserError(
            f"{Path(path).name} is transfer format {body.get('version')}; this "
            f"sortapp reads {VERSION}"
        )
    text = canonical_json(body)
    if sha256_hex(text) != claimed:
        raise UserError(
            f"{Path(path).name} has been altered (its fingerprint does not match); "
            "nothing was imported"
        )
    key = transfers_sql.get_key(db, sender)
    signed = "hmac" in envelope
    if key and not signed:
        raise UserError(
            f"transfers from {sender} must be signed with your shared key; this file "
            "is not; nothing was imported"
        )
    if signed:
        if key is None:
            raise UserError(
                f"{Path(path).name} is signed, but no shared key with {sender} is set "
                "here; an admin sets it with 'sortapp bundle key'"
            )
        if not hmac.compare_digest(_sign(key, text), str(envelope["hmac"])):
            raise UserError(
                f"{Path(path).name}: the signature does not match the shared key "
                f"with {sender}; nothing was imported"
            )
    return body, claimed, signed


def import_bundle(
    db: Database, actor: Actor, path: Path, *, lot_name: str = "", force: bool = False
) -> Changes:
    """Receive a transfer file as an incoming lot awaiting weighing (supervisor)."""
    actor.require(Role.SUPERVISOR, "importing a transfer file")
    body, digest, signed = read_bundle(db, path)
    sender, parcel = body["sender"], body["parcel"]
    here = base.site(db)
    if sender["site"] == here.code:
        raise UserError("this transfer file was written by this site; import it at the receiver")
    done = transfers_sql.imported(db, digest, sender["site"], parcel["uid"])
    if done:
        raise UserError(
            f"parcel {parcel['number']} from {sender['site']} was already imported "
            f"as lot {done}; nothing was imported"
        )
    if parcel["destination"] != here.country and not force:
        raise UserError(
            f"parcel {parcel['number']} is consigned to {parcel['destination']}, not "
            f"{here.country}; a supervisor may force the import with --force"
        )
    origins = sorted({(c, m) for ln in parcel["lines"] for c, m in ln["origins"]})
    hs_codes = parcel["hs_codes"]
    number = lot_name.strip() or f"{sender['site']}-{parcel['number']}"
    with transaction(db):
        changes = lots.receive_lot(
            db,
            actor,
            number=number,
            origins=origins,
            supplier=f"{sender['name']} ({sender['site']})",
            declared_mct=parcel["mct"],
            declared_stones=parcel["stones"],
            declared_value_cents=parcel["value_cents"],
            seals=parcel["seals"],
            kp_cert=parcel["kp_cert"] or "",
            from_country=sender["country"],
            hs_code=hs_codes[0] if len(hs_codes) == 1 else "7102.10",
            source=f"transfer:{sender['site']}:{parcel['uid']}",
        )
        transfers_sql.insert_bundle(
            db,
            {
                "fingerprint": digest,
                "sender": sender["site"],
                "parcel": parcel["uid"],
                "lot_id": changes.created_id,
                "imported_by": actor.user_id,
                "imported_at": utc_now(),
                "body": canonical_json(body),
            },
        )
        base.record(
            db,
            actor.name,
            "transfer.import",
            number,
            {
                "sender": sender["site"],
                "parcel": parcel["number"],
                "fingerprint": digest,
                "signed": signed,
                "forced": force and parcel["destination"] != here.country,
            },
        )
    return changes


def provenance(db: Database, number: str) -> dict[str, Any] | None:
    """Return the sender's parcel data behind a lot imported from a transfer file, if any."""
    lot = lots_sql.get_lot(db, number)
    if lot is None:
        return None
    body = transfers_sql.bundle_of_lot(db, lot.id)
    return json.loads(body) if body else None
