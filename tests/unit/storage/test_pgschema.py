"""sortapp's schema on PostgreSQL (storage.pgschema) states every rule SQLite's states, and the
server enforces it: the same tables and columns, the same refusals with the same messages, the
same derived balances, and byte-identical row texts for row coverage."""

from __future__ import annotations

import re
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlite_utils import Database

from sortapp.core.errors import KnownStorageError
from sortapp.storage import integrity, integrity_pg, migrations, pg, pgschema, rowcover
from sortapp.storage.db import open_server
from sortapp.storage.pgschema import roles
from sortapp.storage.pgschema.steps import STEPS

# ``db`` here is the SQLite reference the server's schema is compared with.
pytestmark = pytest.mark.sqlite_only("compares the server with a SQLite file")

HEX64 = "ab" * 32

#: One history written by the same statements on both backends: a site, users, the assortment, a
#: lot received, sorted and closed, a lot reweighed, one awaiting its weight, a parcel packed,
#: priced, valued, sealed and shipped, a draft parcel, and a row in every other table. Ids are
#: given where storage gives them (``records.next_id``) and left out where it leaves them out.
HISTORY = [
    "INSERT INTO site (id, code, name, country, created_at) "
    "VALUES (1, 'KSF', 'Kasane', 'BW', 't0')",
    "INSERT INTO settings (key, value) "
    "VALUES ('tolerance_mct', '10'), ('tolerance_milli_pct', '50')",
    "INSERT INTO settings (key, value) VALUES ('currency', 'USD') "
    "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    "INSERT INTO settings (key, value) VALUES ('currency', 'US\"D\\\\') "
    "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    "INSERT INTO countries (code, name, kp) VALUES ('BW', 'Botswana', 'participant'), "
    "('BE', 'Belgium', 'eu'), ('ZA', 'South Africa', 'participant')",
    "INSERT INTO users (name, role, password_hash, created_at) "
    "VALUES ('admin', 'admin', 'h', 't0')",
    "INSERT INTO users (name, role, password_hash, created_at) "
    "VALUES ('olu', 'operator', 'h', 't0')",
    "INSERT INTO size_classes VALUES ('S5', '+5 sieve', 'smalls', 'sieve', NULL, NULL, 1)",
    "INSERT INTO models VALUES ('SAW', 'Sawable', 1)",
    "INSERT INTO qualities VALUES ('Q1', 'First', 1)",
    "INSERT INTO colours VALUES ('W', 'White', 1)",
    "INSERT INTO categories (code, name, size, model, quality, colour, hs_code, sort_order) "
    "VALUES ('C1', 'One', 'S5', 'SAW', 'Q1', 'W', '7102.21', 1), "
    "('C2', 'Two é', 'S5', 'SAW', 'Q1', 'W', '7102.21', 2)",
    # The assortment's names in other languages (issue 18): set, changed, one cleared.
    "INSERT INTO name_translations (kind, code, language, name) VALUES "
    "('category', 'C1', 'ru', 'Один «камень»'), ('model', 'SAW', 'fr', 'Sciables'), "
    "('colour', 'W', 'pt', 'Branco')",
    "UPDATE name_translations SET name = 'Pierres à scier' WHERE code = 'SAW'",
    "DELETE FROM name_translations WHERE code = 'W'",
    "INSERT INTO prices (category_id, effective_from, cents_per_ct, set_by, set_at) "
    "VALUES (1, '2020-01-01', 10000, 1, 't0')",
    # Lot L1: received, sorted, closed.
    "INSERT INTO lots (id, uid, number, received_at, received_by, weighed_mct, weighed_stones, "
    "status) VALUES (1, 'U-L1', 'L1', 't1', 2, 100000, 500, 'received')",
    "INSERT INTO lot_origins (lot_id, country, mine) VALUES (1, 'BW', 'Jwaneng')",
    "INSERT INTO lot_seals (lot_id, seal) VALUES (1, 'LS-1')",
    "INSERT INTO journal (id, uid, kind, at, user_id, lot_id, hash) "
    "VALUES (1, 'J1', 'receive', 't1', 2, 1, 'h1')",
    "INSERT INTO postings (journal_id, place, lot_id, mct, stones) VALUES "
    "(1, 'world', 1, -100000, -500), (1, 'received', 1, 100000, 500)",
    "UPDATE lots SET status = 'sorting' WHERE id = 1",
    "INSERT INTO sort_entries (uid, lot_id, category_id, mct, stones, entered_by, entered_at) "
    "VALUES ('E1', 1, 1, 60000, 0, 2, 't2'), ('E2', 1, 2, 39900, 120, 2, 't2')",
    "INSERT INTO sort_entries (uid, lot_id, loss_type, mct, stones, entered_by, entered_at) "
    "VALUES ('E3', 1, 'cleaning', 100, 0, 2, 't2')",
    "INSERT INTO journal (id, uid, kind, at, user_id, lot_id, hash) "
    "VALUES (2, 'J2', 'sort', 't2', 2, 1, 'h2')",
    "INSERT INTO postings (journal_id, place, lot_id, category_id, loss_type, mct, stones) VALUES "
    "(2, 'received', 1, NULL, NULL, -100000, -120), (2, 'stock', 1, 1, NULL, 60000, 0), "
    "(2, 'stock', 1, 2, NULL, 39900, 120), (2, 'loss', 1, NULL, 'cleaning', 100, 0)",
    "UPDATE lots SET status = 'sorted' WHERE id = 1",
    # Parcels P1 (sealed, shipped) and P2 (a draft), each with 10 ct of C1.
    "INSERT INTO certificates (number, issued, expires, exporter, importer, destination, "
    "authority, created_by, created_at) "
    "VALUES ('BW-1', '2026-01-01', '2026-03-01', 'KSF', 'Antwerp', 'BE', 'Hub', 1, 't3')",
    "INSERT INTO parcels (id, uid, number, exporter, importer, destination, created_by, "
    "created_at, status) VALUES (1, 'U-P1', 'P1', 'KSF', 'Antwerp', 'BE', 2, 't3', 'draft'), "
    "(2, 'U-P2', 'P2', 'KSF', 'Antwerp', 'BE', 2, 't3', 'draft')",
    "INSERT INTO journal (id, uid, kind, at, user_id, parcel_id, hash) VALUES "
    "(3, 'J3', 'pack', 't3', 2, 1, 'h3'), (4, 'J4', 'pack', 't3', 2, 2, 'h4')",
    "INSERT INTO postings (journal_id, place, lot_id, category_id, parcel_id, mct, stones) VALUES "
    "(3, 'stock', 1, 1, NULL, -10000, 0), (3, 'parcel', 1, 1, 1, 10000, 0), "
    "(4, 'stock', 1, 1, NULL, -10000, 0), (4, 'parcel', 1, 1, 2, 10000, 0)",
    "INSERT INTO price_overrides (parcel_id, category_id, cents_per_ct, reason, user_id, at) "
    "VALUES (1, 1, 12000, 'better', 1, 't4')",
    "INSERT INTO valuations (parcel_id, valuer, value_cents, user_id, at) "
    "VALUES (1, 'government', 120000, 1, 't4')",
    "INSERT INTO valuations (parcel_id, valuer, value_cents, user_id, at, valuer_name, "
    "organisation, valued_on, reference) VALUES (1, 'independent', 110000, 1, 't4', 'Ann É', "
    "'GIA', '2026-01-01', 'R/1')",
    "INSERT INTO parties (id, name, address, country, tax_number, licence, port, "
    "updated_by, updated_at) VALUES (1, 'Antwerp', 'Hoveniersstraat 2', 'BE', 'BE0123', 'L-9', "
    "'Brussels (BRU)', 1, 't4')",
    "UPDATE parties SET licence = 'L-10', updated_at = 't5' WHERE id = 1",
    "INSERT INTO parcel_seals (seal, parcel_id) VALUES ('S-1', 1)",
    "INSERT INTO sealed_lines VALUES (1, 1, 1, 10000, 0, 12000, 120000, 'override')",
    "UPDATE parcels SET status = 'sealed', certificate_id = 1, sealed_by = 1, sealed_at = 't5', "
    "sealed_mct = 10000, sealed_stones = 0, sealed_value_cents = 120000, origin = 'BW', "
    "fingerprint = 'fp' WHERE id = 1",
    "INSERT INTO journal (id, uid, kind, at, user_id, parcel_id, hash) "
    "VALUES (5, 'J5', 'ship', 't6', 1, 1, 'h5')",
    "INSERT INTO postings (journal_id, place, lot_id, category_id, parcel_id, mct, stones) VALUES "
    "(5, 'parcel', 1, 1, 1, -10000, 0), (5, 'shipped', 1, 1, 1, 10000, 0)",
    "UPDATE parcels SET status = 'shipped', shipped_by = 1, shipped_at = 't6', "
    "carrier = 'Brinks', awb = '020-1234 5675' WHERE id = 1",
    # Lot L2: weighed 5.000 ct, reweighed 5.100 ct before sorting (receipt reversed, posted again).
    "INSERT INTO lots (id, uid, number, received_at, received_by, weighed_mct, weighed_stones, "
    "status) VALUES (2, 'U-L2', 'L2', 't7', 2, 5000, 50, 'received')",
    "INSERT INTO journal (id, uid, kind, at, user_id, lot_id, hash) "
    "VALUES (6, 'J6', 'receive', 't7', 2, 2, 'h6')",
    "INSERT INTO postings (journal_id, place, lot_id, mct, stones) VALUES "
    "(6, 'world', 2, -5000, -50), (6, 'received', 2, 5000, 50)",
    "INSERT INTO journal (id, uid, kind, at, user_id, lot_id, reverses_id, reason, hash) "
    "VALUES (7, 'J7', 'reversal', 't8', 1, 2, 6, 'scale', 'h7')",
    "INSERT INTO postings (journal_id, place, lot_id, mct, stones) VALUES "
    "(7, 'world', 2, 5000, 50), (7, 'received', 2, -5000, -50)",
    "INSERT INTO journal (id, uid, kind, at, user_id, lot_id, hash) "
    "VALUES (8, 'J8', 'receive', 't8', 1, 2, 'h8')",
    "INSERT INTO postings (journal_id, place, lot_id, mct, stones) VALUES "
    "(8, 'world', 2, -5100, -50), (8, 'received', 2, 5100, 50)",
    "INSERT INTO lot_reweighs (lot_id, previous_mct, previous_stones, weighed_mct, "
    "weighed_stones, reason, user_id, at, journal_id) VALUES (2, 5000, 50, 5100, 50, 'scale', 1, "
    "'t8', 8)",
    "UPDATE lots SET weighed_mct = 5100 WHERE id = 2",
    # Lot L3 awaits its weight.
    "INSERT INTO lots (id, uid, number, received_at, received_by, declared_mct, status) "
    "VALUES (3, 'U-L3', 'L3', 't9', 2, 1000, 'awaiting_weight')",
    # Balance B-01: registered, changed, calibrated, checked (a pass), weighed on (issue 16).
    "INSERT INTO balance_register (id, code, vendor, model, serial_no, port, protocol, baudrate, "
    "bytesize, parity, stopbits, handshake, readability_mct, interval_mct, accuracy_class, "
    "verified, min_mct, max_mct, location, updated_by, updated_at) VALUES (1, 'B-01', "
    "'Mettler Toledo', 'JET 1103C', 'B123456789', 'COM4', 'mt-sics', 9600, 8, 'N', 1, 'none', "
    "1, 10, 'II', 1, 10, 1100000, 'Sorting room é', 1, 't9')",
    "UPDATE balance_register SET port = 'COM5', updated_at = 't10' WHERE id = 1",
    "INSERT INTO balance_calibrations (balance_id, calibrated_on, calibrated_by, certificate, "
    "next_due, as_found, as_left, user_id, at) VALUES (1, '2026-01-05', 'Scales Ltd', 'C/1', "
    "'2027-01-05', '', '', 1, 't9')",
    "INSERT INTO reference_weights (id, code, nominal_mct, weight_class, certificate, "
    "updated_by, updated_at) VALUES (1, 'R-5', 5000, 'E2', 'RW/1 é', 1, 't9')",
    "UPDATE reference_weights SET certificate = 'RW/2', updated_at = 't10' WHERE id = 1",
    "INSERT INTO balance_checks (balance_id, day, reference, nominal_mct, tolerance_mct, "
    "read_mct, passed, user_id, at) VALUES (1, '2026-01-06', 'R-5', 5000, 2, 5001, 1, 2, 't9')",
    "INSERT INTO weighings (action, lot_id, mct, captured, balance_id, balance, serial_no, "
    "reading, raw, port, captured_at, model, user_id, at) VALUES ('receive', 3, 1000, 1, 1, "
    "'B-01', 'B123456789', '1.000 ct', 'S S      1.000 ct\\r\\n', 'COM5', 't8', 'JET 1103C', "
    "2, 't9')",
    "INSERT INTO weighings (action, check_id, mct, captured, balance_id, balance, serial_no, "
    "reading, raw, user_id, at) VALUES ('check', 1, 5001, 0, 1, 'B-01', '', '', '', 2, 't9')",
    # A sorting file's entries (issue 15): one row for the file.
    "INSERT INTO entry_files (first_entry, last_entry, file, user_id, at) "
    "VALUES (1, 2, 'bench é.csv', 2, 't9')",
    # The audit log, transfers and keys.
    'INSERT INTO audit (uid, site, at, "user", action, object, details, prev_hash, hash) '
    "VALUES ('A1', 'KSF', 't1', 'olu', 'lot.receive', 'L1', '{}', '', 'ha1')",
    'INSERT INTO audit (uid, site, at, "user", action, object, details, prev_hash, hash, rows) '
    "VALUES ('A2', 'KSF', 't2', 'admin', 'x', '', '{}', 'ha1', 'ha2', '[]')",
    "INSERT INTO bundles (fingerprint, sender, parcel, lot_id, imported_by, imported_at, body) "
    "VALUES ('fp1', 'ZAK', 'ZP1', 2, 1, 't9', '{}')",
    "INSERT INTO site_keys VALUES ('ZAK', 'ab', 't9')",
    f"INSERT INTO site_signing_key VALUES (1, 'KSF', '{HEX64}', 't0', 'admin')",
    "INSERT INTO site_key_wraps VALUES (1, 'w', 't0', 'admin')",
    "INSERT INTO checkpoints (site, audit_id, at, body, signature) "
    "VALUES ('KSF', 2, 't9', 'b', 's')",
    "INSERT INTO entry_signatures VALUES (2, 'sig')",
    "INSERT INTO partner_keys VALUES ('ZAK', 'fp', 1, 't9', 'by phone')",
    "UPDATE users SET failed_logins = 2, locked_until = 't10' WHERE name = 'olu'",
    "UPDATE users SET password_hash = 'h2' WHERE name = 'admin'",
    "DELETE FROM site_keys WHERE site = 'ZAK'",
]

#: Writes each backend refuses after the history, and the fragment both messages hold.
REFUSED: list[tuple[list[str], str]] = [
    (
        [
            "INSERT INTO sort_entries (uid, lot_id, category_id, mct, stones, entered_by, "
            "entered_at) VALUES ('X1', 1, 1, 1000, 0, 1, 't')"
        ],
        "guard:lot_not_sortable",
    ),
    (
        [
            "INSERT INTO sort_entries (uid, lot_id, category_id, mct, stones, entered_by, "
            "entered_at) VALUES ('X1', 3, 1, 1000, 0, 1, 't')"
        ],
        "guard:lot_not_sortable",
    ),
    (
        [  # 5.100 ct received, tolerance 0.010 ct
            "INSERT INTO sort_entries (uid, lot_id, category_id, mct, stones, entered_by, "
            "entered_at) VALUES ('X1', 2, 1, 5111, 0, 1, 't')"
        ],
        "guard:lot_overfilled",
    ),
    (["UPDATE lots SET status = 'received' WHERE id = 1"], "guard:lot_status"),
    (["UPDATE lots SET status = 'sorting' WHERE id = 1"], "guard:lot_status"),
    (["UPDATE lots SET status = 'sorted' WHERE id = 2"], "guard:lot_status"),
    (["UPDATE lots SET status = 'awaiting_weight' WHERE id = 2"], "guard:lot_status"),
    (["UPDATE lots SET number = 'X' WHERE id = 1"], "recorded facts cannot be changed"),
    (["UPDATE lots SET weighed_mct = 1 WHERE id = 1"], "recorded facts cannot be changed"),
    (["UPDATE lots SET weighed_mct = 5000 WHERE id = 2"], "recorded facts cannot be changed"),
    (
        [
            "UPDATE lots SET weight_flag = 1 WHERE id = 1",
            "UPDATE lots SET weight_flag = 0 WHERE id = 1",
        ],
        "recorded facts cannot be changed",
    ),
    # An acknowledgement is written once, its reason too; cleared (and the flag judged anew)
    # only with the new weight its lot's latest reweighing gives it (lot 2's says 5.100 ct).
    *(
        (
            [
                "UPDATE lots SET weight_flag = 1, weight_ack_by = 1, weight_ack_reason = 'ok' "
                "WHERE id = 2",
                second,
            ],
            "recorded facts cannot be changed",
        )
        for second in (
            "UPDATE lots SET weight_ack_by = NULL, weight_ack_reason = NULL WHERE id = 2",
            "UPDATE lots SET weight_ack_reason = 'a better reason' WHERE id = 2",
            "UPDATE lots SET weight_flag = 0 WHERE id = 2",
            "UPDATE lots SET weighed_mct = 5200, weight_flag = 0, weight_ack_by = NULL, "
            "weight_ack_reason = NULL WHERE id = 2",
        )
    ),
    (  # a raised flag stays as it is (a 2, then a 0, cleared it)
        [
            "UPDATE lots SET weight_flag = 1 WHERE id = 2",
            "UPDATE lots SET weight_flag = 2 WHERE id = 2",
        ],
        "recorded facts cannot be changed",
    ),
    (  # a reweighing starts from the weight the lot has (5.100 ct)
        [
            "INSERT INTO lot_reweighs (lot_id, previous_mct, previous_stones, weighed_mct, "
            "weighed_stones, reason, user_id, at, journal_id) VALUES (2, 5000, 50, 5100, 50, "
            "'again', 1, 't9', 8)"
        ],
        "guard:reweigh_not_from_the_lot",
    ),
    (
        [
            "INSERT INTO journal (id, uid, kind, at, user_id, lot_id, hash) "
            "VALUES (99, 'JX', 'receive', 't', 1, 2, 'h')"
        ],
        "guard:lot_already_received",
    ),
    (
        [
            "INSERT INTO lot_reweighs (lot_id, previous_mct, previous_stones, weighed_mct, "
            "reason, user_id, at, journal_id) VALUES (1, 100000, 500, 90000, 'x', 1, 't', 1)"
        ],
        "guard:lot_sorting_started",
    ),
    (
        [
            "INSERT INTO journal (id, uid, kind, at, user_id, parcel_id, hash) "
            "VALUES (99, 'JX', 'pack', 't', 1, 1, 'h')",
            "INSERT INTO postings (journal_id, place, lot_id, category_id, parcel_id, mct, stones) "
            "VALUES (99, 'parcel', 1, 1, 1, 1000, 0)",
        ],
        "guard:parcel_not_draft",
    ),
    (
        [
            "INSERT INTO journal (id, uid, kind, at, user_id, parcel_id, hash) "
            "VALUES (99, 'JX', 'ship', 't', 1, 2, 'h')",
            "INSERT INTO postings (journal_id, place, lot_id, category_id, parcel_id, mct, stones) "
            "VALUES (99, 'shipped', 1, 1, 2, 1000, 0)",
        ],
        "guard:parcel_not_sealed",
    ),
    (
        [
            "INSERT INTO price_overrides (parcel_id, category_id, cents_per_ct, reason, user_id, "
            "at) VALUES (1, 1, 1, 'x', 1, 't')"
        ],
        "guard:parcel_not_draft",
    ),
    (
        [
            "INSERT INTO valuations (parcel_id, valuer, value_cents, user_id, at) "
            "VALUES (1, 'independent', 1, 1, 't')"
        ],
        "guard:parcel_not_draft",
    ),
    (["INSERT INTO parcel_seals (seal, parcel_id) VALUES ('S-NEW', 1)"], "guard:parcel_not_draft"),
    (
        ["INSERT INTO sealed_lines VALUES (1, 2, 1, 1, 0, 1, 1, 'x')"],
        "guard:parcel_not_draft",
    ),
    (["UPDATE parcels SET certificate_id = 1 WHERE id = 2"], "guard:shipment_left"),
    # carrier and air waybill: only with sealed -> shipped (the history's shipping of P1)
    (["UPDATE parcels SET carrier = 'Thief Air' WHERE id = 2"], "guard:parcel_shipping"),
    (
        [
            "UPDATE parcels SET status = 'sealed' WHERE id = 2",
            "UPDATE parcels SET awb = '999-0000 0000' WHERE id = 2",
        ],
        "guard:parcel_shipping",
    ),
    (
        [
            "UPDATE parcels SET status = 'sealed' WHERE id = 2",
            "UPDATE parcels SET carrier = 'Thief Air', status = 'void' WHERE id = 2",
        ],
        "guard:parcel_shipping",
    ),
    (["UPDATE parcels SET importer = 'x' WHERE id = 1"], "parcel cannot be changed"),
    (["UPDATE parcels SET status = 'draft' WHERE id = 1"], "parcel cannot be changed"),
    (["UPDATE parcels SET number = 'PX' WHERE id = 2"], "parcel cannot be changed"),
    (
        [
            "INSERT INTO journal (id, uid, kind, at, user_id, lot_id, hash) "
            "VALUES (99, 'JX', 'pack', 't', 1, 1, 'h')",
            "INSERT INTO postings (journal_id, place, lot_id, category_id, mct, stones) "
            "VALUES (99, 'stock', 1, 1, -10000000, 0)",
        ],
        "negative_balance",
    ),
    (
        [
            "INSERT INTO lots (id, uid, number, received_at, received_by, status) "
            "VALUES (99, 'X-L99', 'l1', 'now', 1, 'awaiting_weight')"
        ],
        "lots.number",
    ),
    (
        [
            "INSERT INTO parcels (id, uid, number, exporter, importer, destination, created_by, "
            "created_at, status) VALUES (99, 'X-P99', 'p2', 'x', 'y', 'BE', 1, 'now', 'draft')"
        ],
        "parcels.number",
    ),
    (["INSERT INTO parcel_seals (seal, parcel_id) VALUES ('s-1', 2)"], "parcel_seals.seal"),
    (["INSERT INTO parcel_seals (seal, parcel_id) VALUES ('S-1', 2)"], "parcel_seals.seal"),
    (
        [
            "INSERT INTO users (name, role, password_hash, created_at) "
            "VALUES ('ADMIN', 'admin', '', '')"
        ],
        "users.name",
    ),
    (
        [
            "INSERT INTO categories (code, name, size, model, quality, colour, hs_code, "
            "sort_order) VALUES ('c1', 'x', 'S5', 'SAW', 'Q1', 'W', '7102.21', 9)"
        ],
        "categories.code",
    ),
    (
        [
            "INSERT INTO certificates (number, issued, expires, exporter, importer, destination, "
            "authority, created_by, created_at) "
            "VALUES ('bw-1', '2026-01-01', '2026-03-01', 'a', 'b', 'BE', 'c', 1, 't')"
        ],
        "certificates.number",
    ),
    (
        [
            "INSERT INTO bundles (fingerprint, sender, parcel, lot_id, imported_by, imported_at, "
            "body) VALUES ('fp2', 'ZAK', 'ZP1', 2, 1, 't', '{}')"
        ],
        "bundles.",
    ),
    (
        [
            "INSERT INTO journal (id, uid, kind, at, user_id, lot_id, reverses_id, hash) "
            "VALUES (99, 'JX', 'reversal', 't', 1, 2, 6, 'h')"
        ],
        "journal.reverses_id",
    ),
    (
        [  # an entry corrected twice (lot 2 is being sorted)
            "INSERT INTO sort_entries (id, uid, lot_id, category_id, mct, stones, entered_by, "
            "entered_at) VALUES (90, 'X90', 2, 1, 1000, 0, 1, 't')",
            "INSERT INTO sort_entries (id, uid, lot_id, category_id, mct, stones, entered_by, "
            "entered_at, reverses_id) VALUES (91, 'X91', 2, 1, -1000, 0, 1, 't', 90)",
            "INSERT INTO sort_entries (id, uid, lot_id, category_id, mct, stones, entered_by, "
            "entered_at, reverses_id) VALUES (92, 'X92', 2, 1, -1000, 0, 1, 't', 90)",
        ],
        "sort_entries.reverses_id",
    ),
]

#: Writes both refuse by a CHECK or a foreign key (the messages name them differently).
REFUSED_BY_CONSTRAINT = [
    "INSERT INTO countries (code, name, kp) VALUES ('bw', 'x', 'eu')",
    "INSERT INTO countries (code, name, kp) VALUES ('BWA', 'x', 'eu')",
    "INSERT INTO countries (code, name, kp) VALUES ('NA', 'x', 'maybe')",
    "INSERT INTO price_overrides (parcel_id, category_id, cents_per_ct, reason, user_id, at) "
    "VALUES (2, 1, 1, '   ', 1, 't')",
    "INSERT INTO sort_entries (uid, lot_id, category_id, loss_type, mct, stones, entered_by, "
    "entered_at) VALUES ('X', 2, 1, 'other', 1, 0, 1, 't')",
    "INSERT INTO sort_entries (uid, lot_id, category_id, mct, stones, entered_by, entered_at) "
    "VALUES ('X', 2, 1, 0, 0, 1, 't')",
    "INSERT INTO site (id, code, name, country, created_at) VALUES (2, 'X', 'x', 'BW', 't')",
    "INSERT INTO lot_origins (lot_id, country, mine) VALUES (2, 'XX', 'm')",
    "INSERT INTO certificates (number, issued, expires, exporter, importer, destination, "
    "authority, created_by, created_at) "
    "VALUES ('N', '2026-03-01', '2026-03-01', 'a', 'b', 'BE', 'c', 1, 't')",
    "UPDATE users SET failed_logins = 0 WHERE id = 1",
    "INSERT INTO site_signing_key VALUES (2, 'KSF', 'short', 't', 'x')",
]

#: Tables derived from others by trigger (compared, never written by the history).
DERIVED = ("balances", "category_stock", "lot_sorting_totals")


def _sqlite(path: Path) -> Database:
    db = Database(path, strict=True)
    db.conn.execute("PRAGMA foreign_keys = ON")
    migrations.apply(db)
    return db


def _server(url: str, *, cover: bool = True) -> pg.PgDatabase:
    db = pg.connect(url)
    if cover:
        pgschema.install_rowcover(db)
    return db


@pytest.fixture
def both(tmp_path: Path, pg_url: str) -> Iterator[tuple[Database, pg.PgDatabase]]:
    """The history written on a SQLite file and on a server database, each noting its changed
    protected rows (``rowcover.install`` / ``pgschema.install_rowcover``)."""
    lite = _sqlite(tmp_path / "lite.db")
    rowcover.install(lite)
    owner = pg.connect(pg_url)
    pgschema.apply(owner)
    owner.close()
    server = _server(pg_url)
    for sql in HISTORY:
        lite.execute(sql)
        server.execute(sql)
    yield lite, server
    server.close()
    lite.close()


def _tables(lite: Database) -> list[str]:
    return [
        r[0]
        for r in lite.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite%' AND name <> '_sqlite_migrations' ORDER BY name"
        )
    ]


def _key(lite: Database, table: str) -> list[str]:
    info = lite.execute(f"PRAGMA table_info({table})").fetchall()
    return [r[1] for r in sorted((r for r in info if r[5]), key=lambda r: r[5])]


def _refusal(db: Database | pg.PgDatabase, statements: list[str]) -> str:
    """Run ``statements`` in a transaction that is rolled back; the message of the refusal."""
    db.conn.execute("BEGIN")
    try:
        for sql in statements:
            db.conn.execute(sql)
    except sqlite3.IntegrityError as exc:
        return str(exc)
    except psycopg.errors.IntegrityError as exc:
        return str(exc.diag.message_primary)
    finally:
        db.conn.rollback()
    raise AssertionError(f"not refused: {statements}")


# -- the steps -------------------------------------------------------------------------------


def test_every_migration_has_a_server_step_in_the_same_order():
    assert list(STEPS) == migrations.names()
    assert pgschema.missing_steps() == []


def test_a_migration_without_a_server_step_is_refused_as_a_bug(pg_url, monkeypatch):
    monkeypatch.setattr(migrations, "names", lambda: [*STEPS, "0099_elsewhere"])
    db = pg.connect(pg_url)
    try:
        with pytest.raises(AssertionError, match="0099_elsewhere"):
            pgschema.apply(db)
        assert not db.table("meta").exists()
    finally:
        db.close()


def test_the_schema_is_sqlites_table_by_table_and_column_by_column(db, pg_url):
    server = pg.connect(pg_url)
    try:
        assert pgschema.apply(server) == [*migrations.names(), *pgschema.SERVER_STEPS]
        tables = _tables(db)
        found = server.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = "
            "current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name COLLATE \"C\""
        ).fetchall()
        assert [r[0] for r in found] == sorted([*tables, pgschema.APPLIED])
        for table in tables:
            info = db.execute(f"PRAGMA table_info({table})").fetchall()
            key = _key(db, table)
            expected = [
                (
                    name,
                    {"INTEGER": "bigint", "TEXT": "text"}[kind],
                    "C" if kind == "TEXT" else None,
                    # (A key column is NOT NULL on the server; SQLite lets a text key be NULL.)
                    bool(notnull) or name in key,
                    default,
                )
                for _cid, name, kind, notnull, default, _pk in info
            ]
            columns = server.execute(
                "SELECT column_name, data_type, collation_name, is_nullable = 'NO', "
                "column_default FROM information_schema.columns "
                "WHERE table_schema = current_schema() AND table_name = ? "
                "ORDER BY ordinal_position",
                (table,),
            ).fetchall()
            assert [tuple(c) for c in columns] == [
                (n, k, c, nn, _pg_default(d)) for n, k, c, nn, d in expected
            ], table
    finally:
        server.close()


def _pg_default(sqlite_default: str | None) -> str | None:
    if sqlite_default is None or not sqlite_default.startswith("'"):
        return sqlite_default
    return f"{sqlite_default}::text"


def test_keys_uniques_foreign_keys_and_checks_are_sqlites(db, pg_url):
    server = pg.connect(pg_url)
    try:
        pgschema.apply(server)
        for table in _tables(db):
            pkey = server.execute(
                "SELECT array_agg(a.attname::text ORDER BY k.n) FROM pg_index i "
                "JOIN unnest(i.indkey) WITH ORDINALITY AS k(attnum, n) ON true "
                "JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum "
                "WHERE i.indisprimary AND i.indrelid = ?::regclass",
                (table,),
            ).fetchone()[0]
            assert pkey == _key(db, table), table
            # Unique keys (SQLite's from UNIQUE and PRIMARY KEY; NOCASE ones on lower()).
            lite_unique = set()
            for _seq, name, unique, _origin, partial in db.execute(f"PRAGMA index_list({table})"):
                if unique:
                    cols = [r[2] for r in db.execute(f"PRAGMA index_info({name})")]
                    lite_unique.add((*cols, "partial") if partial else tuple(cols))
            if _key(db, table) and not (len(_key(db, table)) == 1 and _is_rowid(db, table)):
                lite_unique.add(tuple(_key(db, table)))
            server_unique = set()
            for (definition,) in server.execute(
                "SELECT pg_get_indexdef(indexrelid) FROM pg_index "
                "WHERE indisunique AND indrelid = ?::regclass",
                (table,),
            ):
                # (a partial index's WHERE clause: "partial", as SQLite's index_list says it)
                columns, partial = re.subn(r" WHERE \(.*\)$", "", definition)
                inside = re.search(r"\((.*)\)$", columns).group(1)
                cols = tuple(re.sub(r"^lower\((\w+)\)$", r"\1", c) for c in inside.split(", "))
                server_unique.add((*cols, "partial") if partial else cols)
            if len(_key(db, table)) == 1 and _is_rowid(db, table):
                server_unique.discard(tuple(_key(db, table)))
            assert server_unique == lite_unique, table
            lite_fks = {(r[3], r[2], r[4]) for r in db.execute(f"PRAGMA foreign_key_list({table})")}
            server_fks = {
                tuple(re.fullmatch(r"FOREIGN KEY \((\w+)\) REFERENCES (\w+)\((\w+)\)", d).groups())
                for (d,) in server.execute(
                    "SELECT pg_get_constraintdef(oid) FROM pg_constraint "
                    "WHERE contype = 'f' AND conrelid = ?::regclass",
                    (table,),
                )
            }
            assert {(c, t, r) for c, t, r in server_fks} == lite_fks, table
            sql = db.execute(
                "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
            ).fetchone()[0]
            checks = server.execute(
                "SELECT count(*) FROM pg_constraint WHERE contype = 'c' AND conrelid = ?::regclass",
                (table,),
            ).fetchone()[0]
            assert checks == sql.count("CHECK ("), table
    finally:
        server.close()


def _is_rowid(lite: Database, table: str) -> bool:
    """Whether the table's key is SQLite's INTEGER PRIMARY KEY (its rowid)."""
    info = lite.execute(f"PRAGMA table_info({table})").fetchall()
    keys = [r for r in info if r[5]]
    return len(keys) == 1 and keys[0][2] == "INTEGER"


def test_every_sqlite_trigger_is_on_the_server(db, pg_url):
    server = pg.connect(pg_url)
    try:
        pgschema.apply(server)
        lite = {
            (r[0], r[1])
            for r in db.execute("SELECT tbl_name, name FROM sqlite_master WHERE type = 'trigger'")
        }
        found = {
            (r[0], r[1])
            for r in server.execute(
                "SELECT tgrelid::regclass::text, tgname FROM pg_trigger WHERE NOT tgisinternal"
            )
        }
        assert lite <= found
        extra = {name for _t, name in found - lite}
        # Beyond SQLite's: TRUNCATE refused, SQLite's row ids, row coverage, the notification
        # and the roles' guards (pgschema.roles).
        assert all(
            name.endswith(("_no_truncate", "_rowid", "_notify"))
            or name.startswith(("rowcover", "role_"))
            for name in extra
        ), extra
    finally:
        server.close()


# -- the rules ---------------------------------------------------------------------------------


def test_the_history_leaves_the_same_rows_and_balances_on_both(both):
    lite, server = both
    for table in _tables(lite):
        order = ", ".join(f'"{c}"' for c in _key(lite, table))
        rows = [tuple(r) for r in lite.execute(f"SELECT * FROM {table} ORDER BY {order}")]
        assert [tuple(r) for r in server.execute(f"SELECT * FROM {table} ORDER BY {order}")] == (
            rows
        ), table
        if table in DERIVED or table in ("postings", "sort_entries", "users"):
            assert rows, table
    negative = "SELECT count(*) FROM balances WHERE place NOT IN ('world', 'adjust') AND mct < 0"
    assert server.execute(negative).fetchone()[0] == 0


def test_row_ids_are_sqlites_when_an_insert_gives_none(both):
    lite, server = both
    for db in (lite, server):
        db.execute(
            "INSERT INTO users (name, role, password_hash, created_at) "
            "VALUES ('new', 'operator', '', '')"
        )
        db.execute(
            "INSERT INTO users (id, name, role, password_hash, created_at) "
            "VALUES (NULL, 'newer', 'operator', '', '')"
        )
    query = "SELECT id, name FROM users ORDER BY id"
    assert [tuple(r) for r in server.execute(query)] == [tuple(r) for r in lite.execute(query)]
    assert [r[0] for r in lite.execute(query)] == [1, 2, 3, 4]


def test_the_server_refuses_what_sqlite_refuses(both):
    lite, server = both
    # (One history for all of them: each write is rolled back.)
    for statements, fragment in REFUSED:
        assert fragment in _refusal(lite, statements), statements
        assert fragment in _refusal(server, statements), statements
    for sql in REFUSED_BY_CONSTRAINT:
        _refusal(lite, [sql])
        _refusal(server, [sql])
    assert _counts(server) == _counts(lite)


def _counts(db: Database | pg.PgDatabase) -> list[int]:
    return [db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("journal", "postings")]


def test_what_sqlite_lets_through_the_server_lets_through(both):
    lite, server = both
    allowed = [
        # exactly at the limit (5.100 ct + 0.010 ct), then a correction off a full lot
        "INSERT INTO sort_entries (uid, lot_id, category_id, mct, stones, entered_by, entered_at) "
        "VALUES ('X1', 2, 1, 5110, 0, 1, 't')",
        "INSERT INTO sort_entries (uid, lot_id, category_id, mct, stones, entered_by, entered_at) "
        "VALUES ('X2', 2, 1, -10, 0, 1, 't')",
        "UPDATE lots SET status = 'sorting' WHERE id = 2",
        "UPDATE lots SET status = 'received', weighed_mct = 1000 WHERE id = 3",
        "UPDATE lots SET weight_flag = 1, weight_ack_by = 1, weight_ack_reason = 'ok' WHERE id = 3",
        "UPDATE parcels SET importer = 'Elsewhere', status = 'void', voided_by = 1 WHERE id = 2",
    ]
    for db in (lite, server):
        for sql in allowed:
            db.execute(sql)
    query = "SELECT * FROM lot_sorting_totals ORDER BY lot_id"
    assert [tuple(r) for r in server.execute(query)] == [tuple(r) for r in lite.execute(query)]


def _entries(*rows: tuple[int, int], tag: str = "M") -> str:
    """One statement inserting a sorting entry of (lot id, mct) per row, in that order (uids
    ``{tag}0``, ``{tag}1``, ...)."""
    values = ", ".join(
        f"('{tag}{n}', {lot}, 1, {mct}, 0, 1, 't')" for n, (lot, mct) in enumerate(rows)
    )
    return (
        "INSERT INTO sort_entries (uid, lot_id, category_id, mct, stones, entered_by, "
        f"entered_at) VALUES {values}"
    )


#: Statements of several entries (lot 2: 5.100 ct received, limit 5.110 ct; lot 4: 1.000 ct,
#: limit 1.010 ct; lot 1 closed, lot 3 not weighed), each refused for its first row, in the
#: order inserted, that breaks a rule, as SQLite's row trigger refuses it.
SEVERAL_REFUSED = [
    (_entries((2, 5000), (2, 111)), "guard:lot_overfilled"),
    (_entries((2, 5111), (2, -111)), "guard:lot_overfilled"),  # beyond, then back: refused
    (_entries((4, 10), (3, 5)), "guard:lot_not_sortable"),
    (_entries((4, 1011), (3, 5)), "guard:lot_overfilled"),
    (_entries((3, 5), (4, 1011)), "guard:lot_not_sortable"),
    (_entries((4, 500), (2, 5000), (4, 511)), "guard:lot_overfilled"),
    (_entries((2, 5000), (1, -5)), "guard:lot_not_sortable"),  # even a correction
]

#: ... and statements that pass on both, leaving the same totals.
SEVERAL_ALLOWED = [
    _entries((2, -100), (2, 5210)),  # never beyond the limit row by row
    _entries((4, 1010), (2, -10), (4, -10), (4, 10)),
    "INSERT INTO sort_entries SELECT * FROM sort_entries WHERE false",
]


def test_a_statement_of_many_entries_is_refused_as_sqlite_refuses_it_row_by_row(both):
    lite, server = both
    lot = (
        "INSERT INTO lots (id, uid, number, received_at, received_by, weighed_mct, "
        "weighed_stones, status) VALUES (4, 'U-L4', 'L4', 't9', 2, 1000, 10, 'received')"
    )
    for db in (lite, server):
        db.execute(lot)
    for sql, message in SEVERAL_REFUSED:
        assert _refusal(lite, [sql]) == message, sql
        assert _refusal(server, [sql]) == message, sql
    query = "SELECT * FROM lot_sorting_totals ORDER BY lot_id"
    assert [tuple(r) for r in server.execute(query)] == [tuple(r) for r in lite.execute(query)]
    for n, sql in enumerate(SEVERAL_ALLOWED):
        for db in (lite, server):
            db.execute(sql.replace("'M", f"'M{n}-"))
        assert [tuple(r) for r in server.execute(query)] == [tuple(r) for r in lite.execute(query)]
    assert dict(server.execute(query).fetchall())[2] == 5100
    assert dict(server.execute(query).fetchall())[4] == 1010


def test_posted_rows_refuse_update_delete_and_truncate_with_sqlites_message(both):
    lite, server = both
    fixed, kept = migrations.immutable_tables()
    assert fixed and fixed <= kept
    for table in sorted(kept):
        if table in fixed:
            first = lite.execute(f"PRAGMA table_info({table})").fetchone()[1]
            update = [f'UPDATE {table} SET "{first}" = "{first}"']
            assert _refusal(server, update) == _refusal(lite, update), table
        delete = [f"DELETE FROM {table}"]
        message = _refusal(lite, delete)
        assert _refusal(server, delete) == message, table
        assert _refusal(server, [f"TRUNCATE {table} CASCADE"]) == message, table
    assert server.execute("SELECT count(*) FROM journal").fetchone()[0] == 8


def test_a_negative_balance_is_refused_by_the_named_constraint(both):
    _lite, server = both
    server.conn.execute("BEGIN")
    try:
        server.execute(
            "INSERT INTO journal (id, uid, kind, at, user_id, lot_id, hash) "
            "VALUES (99, 'JX', 'pack', 't', 1, 1, 'h')"
        )
        with pytest.raises(psycopg.errors.CheckViolation) as caught:
            server.execute(
                "INSERT INTO postings (journal_id, place, lot_id, category_id, mct, stones) "
                "VALUES (99, 'stock', 1, 1, 0, -1)"
            )
        assert caught.value.diag.constraint_name == "negative_balance"
    finally:
        server.conn.rollback()


# -- running the steps ---------------------------------------------------------------------------


def test_two_workstations_upgrading_at_once_apply_the_schema_once(pg_url):
    holder = pg.connect(pg_url)
    holder.conn.execute("BEGIN")
    holder.execute("SELECT pg_advisory_xact_lock(?)", (pgschema.LOCK_KEY,))
    results: list[list[str]] = []
    errors: list[BaseException] = []

    def upgrade() -> None:
        db = pg.connect(pg_url)
        try:
            results.append(pgschema.apply(db))
        except BaseException as exc:  # handed to the test
            errors.append(exc)
        finally:
            db.close()

    threads = [threading.Thread(target=upgrade) for _ in range(2)]
    for thread in threads:
        thread.start()
    waiting = 0
    while waiting < 2:  # both wait on the lock the holder has (the server says so)
        waiting = holder.execute(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
        ).fetchone()[0]
        assert all(t.is_alive() for t in threads)
    holder.conn.rollback()
    for thread in threads:
        thread.join()
    holder.close()
    assert not errors
    assert sorted(results, key=len) == [[], [*migrations.names(), *pgschema.SERVER_STEPS]]
    db = pg.connect(pg_url)
    try:
        applied = db.execute(f"SELECT count(*) FROM {pgschema.APPLIED}").fetchone()[0]
        assert applied == len(STEPS) + len(pgschema.SERVER_STEPS)
        assert db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall() == [
            (str(migrations.SCHEMA_VERSION),)
        ]
    finally:
        db.close()


def test_a_database_of_the_row_guard_is_upgraded_to_the_statement_guard(pg_url, monkeypatch):
    # A server made before ``server_entry_guard_2`` (its sorting guard a row trigger): the step
    # replaces the trigger, keeps the totals, and the guard refuses as before.
    monkeypatch.setattr(pgschema, "SERVER_STEPS", ("server_roles_1",))
    db = _server(pg_url)
    try:
        pgschema.apply(db)
        kind = "SELECT tgtype & 1 FROM pg_trigger WHERE tgname = 'sort_entries_guard'"
        assert db.execute(kind).fetchone()[0] == 1  # FOR EACH ROW
        for sql in HISTORY:
            db.execute(sql)
        db.execute(_entries((2, 5000), tag="A"))
        monkeypatch.undo()
        later = [
            *("server_entry_guard_2", "server_own_undo_3", "server_band_4", "server_secrets_5"),
            *("server_closings_6", "server_writes_7", "server_weighings_8"),
        ]
        assert pgschema.pending(db) == later
        assert pgschema.apply(db) == later
        assert db.execute(kind).fetchone()[0] == 0  # FOR EACH STATEMENT
        totals = "SELECT lot_id, mct FROM lot_sorting_totals ORDER BY lot_id"
        assert [tuple(r) for r in db.execute(totals)] == [(1, 100_000), (2, 5000)]
        assert _refusal(db, [_entries((2, 100), (2, 11))]) == "guard:lot_overfilled"
        db.execute(_entries((2, 100), (2, 10), tag="B"))
        assert [tuple(r) for r in db.execute(totals)] == [(1, 100_000), (2, 5110)]
    finally:
        db.close()


def test_a_server_of_supervisors_only_corrections_lets_an_operator_undo_their_own(
    pg_url, monkeypatch
):
    # A server made before ``server_own_undo_3``: its guard refused every operator's correction,
    # and let any user's session take carats off without reversing an entry.
    monkeypatch.setattr(pgschema, "SERVER_STEPS", ("server_roles_1", "server_entry_guard_2"))
    db = _server(pg_url)
    try:
        pgschema.apply(db)
        db.execute("DROP FUNCTION sortapp_own_last_entry(sort_entries) CASCADE")
        db.execute("DROP FUNCTION sort_entries_sign() CASCADE")
        db.execute(
            "CREATE OR REPLACE FUNCTION sort_entries_role() RETURNS trigger LANGUAGE plpgsql "
            "AS $$ BEGIN IF new.reverses_id IS NOT NULL AND NOT sortapp_may('sortapp_supervisor') "
            "THEN PERFORM sortapp_refuse_role('correcting a sorting entry', 'a supervisor'); "
            "END IF; RETURN new; END $$"
        )
        triggers = "SELECT tgname FROM pg_trigger WHERE tgrelid = 'sort_entries'::regclass"
        assert "role_sign" not in {r[0] for r in db.execute(triggers)}
        monkeypatch.undo()
        later = [
            *("server_own_undo_3", "server_band_4", "server_secrets_5", "server_closings_6"),
            *("server_writes_7", "server_weighings_8"),
        ]
        assert pgschema.pending(db) == later
        assert pgschema.apply(db) == later
        made = "SELECT count(*) FROM pg_proc WHERE proname = 'sortapp_own_last_entry'"
        assert db.execute(made).fetchone()[0] == 1
        guard = "SELECT prosrc FROM pg_proc WHERE proname = 'sort_entries_role'"
        assert "sortapp_own_last_entry(new)" in db.execute(guard).fetchone()[0]
        assert "role_sign" in {r[0] for r in db.execute(triggers)}
        # The server now reads as one made with the step (the catalog verify pins).
        assert integrity.schema(db) == integrity.expected_schema(db)
    finally:
        db.close()


def test_a_server_that_took_any_count_of_stones_is_given_the_band_guard(pg_url, monkeypatch):
    # A server made before ``server_band_4``: any user's session recorded goods no stones of
    # their size class could weigh (sortapp's own check passed by).
    monkeypatch.setattr(pgschema, "SERVER_STEPS", pgschema.SERVER_STEPS[:3])
    db = _server(pg_url)
    try:
        pgschema.apply(db)
        db.execute("DROP FUNCTION sort_entries_band() CASCADE")
        triggers = "SELECT tgname FROM pg_trigger WHERE tgrelid = 'sort_entries'::regclass"
        assert "role_band" not in {r[0] for r in db.execute(triggers)}
        monkeypatch.undo()
        later = [
            *("server_band_4", "server_secrets_5", "server_closings_6", "server_writes_7"),
            "server_weighings_8",
        ]
        assert pgschema.pending(db) == later
        assert pgschema.apply(db) == later
        assert "role_band" in {r[0] for r in db.execute(triggers)}
        assert integrity.schema(db) == integrity.expected_schema(db)
    finally:
        db.close()


def test_a_newer_schema_is_refused_as_on_sqlite(pg_url, tmp_path):
    server = pg.connect(pg_url)
    lite = _sqlite(tmp_path / "lite.db")
    try:
        pgschema.apply(server)
        newer = str(migrations.SCHEMA_VERSION + 1)
        for db in (server, lite):
            db.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (newer,))
        lite.conn.commit()
        with pytest.raises(KnownStorageError) as on_sqlite:
            migrations.check_not_newer(lite)
        with pytest.raises(KnownStorageError) as on_server:
            pgschema.apply(server)
        assert str(on_server.value) == str(on_sqlite.value)
        assert on_server.value.hint == on_sqlite.value.hint.replace("file", "database")
        assert not server.conn.in_transaction
        assert server.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall() == [
            (newer,)
        ]
    finally:
        server.close()
        lite.close()


# -- row coverage --------------------------------------------------------------------------------


def test_a_session_without_row_coverage_cannot_write_protected_rows(both, pg_url):
    _lite, _server_db = both
    psql = _server(pg_url, cover=False)
    try:
        for sql in (
            "UPDATE settings SET value = '0' WHERE key = 'tolerance_mct'",
            "INSERT INTO settings (key, value) VALUES ('x', 'y')",
            "DELETE FROM settings",
            "UPDATE lots SET weight_ack_reason = 'x' WHERE id = 1",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege, match="only through sortapp"):
                psql.execute(sql)
        # A table of its own by that name, anywhere but its temporary schema, does not count.
        psql.execute("CREATE TABLE rowcover_changes (tbl text, key text, old text)")
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="only through sortapp"):
            psql.execute("UPDATE settings SET value = '0' WHERE key = 'tolerance_mct'")
        psql.execute("DROP TABLE rowcover_changes")
        # Unprotected tables are written as before (the ledger has its own hashes).
        psql.execute("INSERT INTO meta (key, value) VALUES ('note', 'x')")
        for table in rowcover.PROTECTED:
            # (A table whose rows are never deleted says so; the others, that rows go one by one.)
            with pytest.raises(
                psycopg.errors.IntegrityError, match=r"rowcover|not deleted|cannot be"
            ):
                psql.execute(f"TRUNCATE {table} CASCADE")
        assert psql.execute("SELECT value FROM settings ORDER BY key").fetchall() == [
            ('US"D\\\\',),
            ("10",),
            ("50",),
        ]
    finally:
        psql.close()


def test_the_server_notes_the_rows_sqlite_notes_with_the_same_texts(both):
    lite, server = both
    query = "SELECT tbl, key, old FROM {}rowcover_changes ORDER BY seq"
    noted = [tuple(r) for r in lite.execute(query.format("temp."))]
    assert noted == [tuple(r) for r in server.execute(query.format("pg_temp."))]
    changes = [
        "UPDATE users SET password_hash = 'it''s \\ \"new\"' WHERE name = 'olu'",
        "UPDATE users SET failed_logins = NULL WHERE name = 'olu'",
        "INSERT INTO settings (key, value) VALUES ('currency', 'EUR') "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        "UPDATE countries SET name = 'Belgi\u00eb' WHERE code = 'BE'",
        "DELETE FROM site_key_wraps",
        "UPDATE parcels SET importer = 'B\tV' WHERE id = 2",
    ]
    for db, temp in ((lite, "temp."), (server, "pg_temp.")):
        db.execute(f"DELETE FROM {temp}rowcover_changes")
        for sql in changes:
            db.execute(sql)
    noted = [tuple(r) for r in lite.execute(query.format("temp."))]
    assert noted == [tuple(r) for r in server.execute(query.format("pg_temp."))]
    assert {t for t, _k, old in noted if old is not None} == {
        *("users", "settings", "countries", "site_key_wraps", "parcels")
    }


def test_every_protected_rows_key_and_text_are_sqlites(both):
    lite, server = both
    for table in rowcover.PROTECTED:
        columns, key = rowcover.shape(lite, table)
        expected = sorted(
            tuple(r)
            for r in lite.execute(
                f"SELECT {rowcover.key_sql(key)}, {rowcover.text_sql(columns)} FROM {table}"
            )
        )
        found = sorted(
            tuple(r)
            for r in server.execute(
                f"SELECT {pgschema.key_sql(key)}, {pgschema.text_sql(columns)} FROM {table}"
            )
        )
        assert found == expected, table
        assert expected or table == "site_keys", table  # (its row was deleted)


_TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"))
_AWKWARD = st.one_of(
    _TEXT,
    st.sampled_from(["", '"', "\\", "\\u0000", "'", "\x01\x1f\x7f", "\u2028é漢🙂", "\n\t\b\f\r/"]),
)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    name=_AWKWARD,
    password_hash=_AWKWARD,
    locked_until=st.none() | _AWKWARD,
    active=st.integers(min_value=-(2**63), max_value=2**63 - 1),
    failed_logins=st.none() | st.integers(min_value=1, max_value=2**63 - 1),
    language=st.none() | _AWKWARD,
)
def test_a_rows_text_and_hash_are_byte_identical_on_both(
    text_pair: tuple[Database, pg.PgDatabase],
    name: str,
    password_hash: str,
    locked_until: str | None,
    active: int,
    failed_logins: int | None,
    language: str | None,
):
    lite, server = text_pair
    row: dict[str, Any] = {
        "id": 7,
        "name": name,
        "role": "operator",
        "password_hash": password_hash,
        "active": active,
        "created_at": "",
        "failed_logins": failed_logins,
        "locked_until": locked_until,
        "language": language,
    }
    columns = rowcover.shape(lite, "users")[0]
    assert sorted(columns) == sorted(row)
    insert = (
        f"INSERT INTO users ({', '.join(columns)}) VALUES ({', '.join(':' + c for c in columns)})"
    )
    texts = []
    for db, text in ((lite, rowcover.text_sql(columns)), (server, pgschema.text_sql(columns))):
        db.conn.execute("BEGIN")
        try:
            db.execute(insert, row)
            texts.append(db.execute(f"SELECT {text} FROM users WHERE id = 7").fetchone()[0])
        finally:
            db.conn.rollback()
    assert texts[1] == texts[0]
    assert rowcover.row_hash(texts[1]) == rowcover.row_hash(texts[0])


@pytest.fixture
def text_pair(tmp_path: Path, pg_url: str) -> Iterator[tuple[Database, pg.PgDatabase]]:
    lite = _sqlite(tmp_path / "lite.db")
    owner = pg.connect(pg_url)
    pgschema.apply(owner)
    owner.close()
    server = _server(pg_url)
    yield lite, server
    server.close()
    lite.close()


_VALUE = st.none() | _AWKWARD | st.integers(min_value=-(2**63), max_value=2**63 - 1)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    values=st.lists(_VALUE, min_size=1, max_size=6),
    keys=st.lists(st.from_regex(r"[a-z_]{1,12}", fullmatch=True), max_size=3),
)
def test_verify_s_json_texts_are_byte_identical_on_both(
    text_pair: tuple[Database, pg.PgDatabase], values: list[Any], keys: list[str]
):
    """The digests a seal keeps are of texts built in SQL (``integrity`` on SQLite,
    ``integrity_pg`` on a server): a JSON array of any values, and an object of them, the
    same bytes on both, or a file's seal would not serve after its move."""
    lite, server = text_pair
    typed = ["CAST(? AS bigint)" if isinstance(v, int) else "CAST(? AS text)" for v in values]
    on_file = lite.execute(f"SELECT json_array({', '.join('?' * len(values))})", values)
    on_server = server.execute(f"SELECT {integrity_pg.array(*typed)}", values)
    assert on_server.fetchone()[0] == on_file.fetchone()[0]
    pairs = list(zip(dict.fromkeys(keys), values, strict=False))  # (sortapp's keys are names)
    if pairs:
        lite_pairs = ", ".join(f"'{k}', ?" for k, _v in pairs)
        on_file = lite.execute(f"SELECT json_object({lite_pairs})", [v for _k, v in pairs])
        server_pairs = [
            (k, integrity_pg.value(t)) for (k, _v), t in zip(pairs, typed, strict=False)
        ]
        on_server = server.execute(
            f"SELECT {integrity_pg.obj_of(*server_pairs)}", [v for _k, v in pairs]
        )
        assert on_server.fetchone()[0] == on_file.fetchone()[0]


def test_a_table_of_the_same_name_earlier_in_the_search_path_does_not_fool_a_guard(both):
    _lite, server = both
    server.execute("CREATE SCHEMA decoy")
    server.execute("CREATE TABLE decoy.parcels (id bigint, status text)")
    server.execute("INSERT INTO decoy.parcels VALUES (1, 'draft')")
    server.execute("CREATE TEMP TABLE parcels (id bigint, status text)")
    server.execute("INSERT INTO pg_temp.parcels VALUES (1, 'draft')")
    server.execute("SET search_path = decoy, public")
    insert = (
        "INSERT INTO public.valuations (parcel_id, valuer, value_cents, user_id, at) "
        "VALUES (1, 'independent', 1, 1, 't')"
    )
    assert "guard:parcel_not_draft" in _refusal(server, [insert])


def test_a_server_where_every_user_read_every_password_hash_keeps_them_to_their_own(
    pg_url, monkeypatch
):
    # A server made before ``server_secrets_5``: every group read every column of ``users`` and
    # ``site_key_wraps`` (another's password hash and wrap, to try guesses at offline), and a
    # change of another's row noted its text, hash and all, in the session's own table.
    monkeypatch.setattr(pgschema, "SERVER_STEPS", pgschema.SERVER_STEPS[:4])
    db = _server(pg_url)
    try:
        pgschema.apply(db)
        for table in pgschema.SECRET:
            db.execute(f"DROP VIEW {pgschema.seen(table)}")
            db.execute(f"DROP FUNCTION {pgschema.digest(table)}(bigint, bigint)")
            db.execute(f"GRANT SELECT ON {table} TO sortapp_operator")
        read = "SELECT has_column_privilege('sortapp_operator', 'users', 'password_hash', 'SELECT')"
        assert db.execute(read).fetchone()[0] is True
        monkeypatch.undo()
        later = ["server_secrets_5", "server_closings_6", "server_writes_7", "server_weighings_8"]
        assert pgschema.pending(db) == later
        assert pgschema.apply(db) == later
        assert db.execute(read).fetchone()[0] is False
        wraps = (
            "SELECT has_column_privilege('sortapp_operator', 'site_key_wraps', 'wrapped', 'SELECT')"
        )
        assert db.execute(wraps).fetchone()[0] is False
        assert integrity.schema(db) == integrity.expected_schema(db)
    finally:
        db.close()


def test_a_server_that_held_only_carats_to_the_two_person_rule_holds_closings_whole(
    pg_url, monkeypatch
):
    # A server made before ``server_closings_6``: its closing guard asked a second person for a
    # difference of carats beyond the tolerance only, never for stones counted in written off,
    # and held no closing to what sortapp makes of its lot, nor a lot closed to no more entries.
    monkeypatch.setattr(pgschema, "SERVER_STEPS", pgschema.SERVER_STEPS[:5])
    db = _server(pg_url)
    guard = "SELECT prosrc FROM pg_proc WHERE proname = 'sortapp_closing_accepted'"
    try:
        pgschema.apply(db)
        db.execute(
            "CREATE OR REPLACE FUNCTION postings_role() RETURNS trigger LANGUAGE plpgsql "
            "AS $$ BEGIN RETURN new; END $$"
        )
        for made in ("entry_held", "sort_entries_closed"):
            db.execute(f"DROP FUNCTION {made}() CASCADE")
        db.execute("DROP FUNCTION lot_reweighs_sorted() CASCADE")
        db.execute("DROP FUNCTION sortapp_entry_held(bigint)")
        db.execute("DROP FUNCTION sortapp_closing_held(bigint)")
        db.execute("DROP FUNCTION sortapp_closing_accepted(bigint, bigint, bigint)")
        monkeypatch.undo()
        later = ["server_closings_6", "server_writes_7", "server_weighings_8"]
        assert pgschema.pending(db) == later
        assert pgschema.apply(db) == later
        assert "a sorting with a stone difference" in db.execute(guard).fetchone()[0]
        made = ("role_closed", "role_entry", "role_entry_lines", "role_receipt", "role_reweigh")
        triggers = f"SELECT tgname FROM pg_trigger WHERE tgname IN {made}"
        assert tuple(sorted(r[0] for r in db.execute(triggers))) == made
        assert integrity.schema(db) == integrity.expected_schema(db)
    finally:
        db.close()


def test_a_server_of_writes_outside_the_writer_lock_is_given_it(pg_url, monkeypatch):
    # A server made before ``server_writes_7``: deactivating a user took their role's
    # sign-in and groups, and left their sessions open (they could hold a lot's lock); a
    # user's write in psql took no writer lock, so its guards read before another's commit.
    monkeypatch.setattr(pgschema, "SERVER_STEPS", pgschema.SERVER_STEPS[:6])
    db = _server(pg_url)
    sync = "SELECT prosrc FROM pg_proc WHERE proname = 'sortapp_user_sync'"
    try:
        pgschema.apply(db)
        body = db.execute(sync).fetchone()[0]
        start = body.index("        -- The user's sessions still open end now")
        end = body.index("        END IF;\n    END IF;", start) + len("        END IF;\n")
        db.execute(
            "CREATE OR REPLACE FUNCTION sortapp_user_sync(p_name text, p_verifier text) "
            "RETURNS void LANGUAGE plpgsql SECURITY DEFINER AS $body$"
            + body[:start]
            + body[end:]
            + "$body$"
        )
        assert "pg_terminate_backend" not in db.execute(sync).fetchone()[0]
        db.execute("DROP FUNCTION sortapp_writer() CASCADE")
        writers = "SELECT count(*) FROM pg_trigger WHERE tgname = 'role_writer'"
        assert db.execute(writers).fetchone()[0] == 0
        monkeypatch.undo()
        assert pgschema.pending(db) == ["server_writes_7", "server_weighings_8"]
        assert pgschema.apply(db) == ["server_writes_7", "server_weighings_8"]
        assert "pg_terminate_backend" in db.execute(sync).fetchone()[0]
        assert db.execute(writers).fetchone()[0] == len(
            {t for writes in roles.WRITES.values() for t in writes}
        )
        assert integrity.schema(db) == integrity.expected_schema(db)
    finally:
        db.close()


def test_a_server_that_took_any_weighing_is_given_the_weighings_guard(pg_url, monkeypatch):
    # A server made before ``server_weighings_8``: a weighing of other carats than its entry's,
    # or a capture its reading does not say, was taken from a user's session.
    monkeypatch.setattr(pgschema, "SERVER_STEPS", pgschema.SERVER_STEPS[:7])
    db = _server(pg_url)
    guard = "SELECT count(*) FROM pg_trigger WHERE tgname = 'role_weighing'"
    dated = (
        "SELECT count(*) FROM pg_trigger WHERE tgname = 'role_dated_now' "
        "AND tgrelid = 'weighings'::regclass"
    )
    try:
        pgschema.apply(db)
        db.execute("DROP FUNCTION weighings_agree() CASCADE")
        db.execute("DROP TRIGGER role_dated_now ON weighings")
        assert db.execute(guard).fetchone()[0] == db.execute(dated).fetchone()[0] == 0
        monkeypatch.undo()
        assert pgschema.pending(db) == ["server_weighings_8"]
        assert pgschema.apply(db) == ["server_weighings_8"]
        assert db.execute(guard).fetchone()[0] == db.execute(dated).fetchone()[0] == 1
        assert integrity.schema(db) == integrity.expected_schema(db)
    finally:
        db.close()


def test_a_server_brought_up_by_a_newer_sortapp_is_refused_with_what_to_do(pg_url):
    """A step of the server's this sortapp does not know (its grants may differ from what
    this sortapp reads: an older one selected every user's password hash) is refused as a
    newer schema is, not met by "permission denied" at the first statement."""
    db = _server(pg_url)
    try:
        pgschema.apply(db)
        db.execute(f"INSERT INTO {pgschema.APPLIED} (name) VALUES ('server_later_99')")
    finally:
        db.close()
    with pytest.raises(KnownStorageError, match=r"newer sortapp .*server_later_99") as refused:
        open_server(pg_url)
    assert "Install the newer sortapp" in refused.value.hint
