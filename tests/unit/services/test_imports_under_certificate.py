"""Rough diamonds shipped in from another country are received under their KP certificate
(a supervisor's day, 2026-12-07: a lot of foreign origin received without one was taken, and
the KP statistics, which count an import by its certificate, left it out). Goods of foreign
origin bought in the country cross no border and need none; a country off the KP participant
list ships none in. The same holds for a lot that arrives as a transfer file."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from sortapp.cli import main
from sortapp.core.errors import UserError
from sortapp.services import imports, lots, reports, site, transfers
from sortapp.services.verify import verify
from sortapp.storage.db import open_db
from tests.conftest import PASSWORD, seal_parcel_for_za
from tests.unit.services.test_transfers import envelope, refit, signing, write


def lot_count(db) -> int:
    return db.execute("SELECT count(*) FROM lots").fetchone()[0]


def test_a_lot_shipped_from_abroad_needs_its_certificate(db, who):
    day = lots.get_lot
    with pytest.raises(UserError, match=r"shipped from South Africa \(ZA\) crosses the border "):
        lots.receive_lot(
            db, who.olu, number="L1", origins=[("ZA", "")], supplier="Kimberley Traders",
            weighed_mct=10_000, from_country="za",
        )  # fmt: skip
    assert lot_count(db) == 0
    # Bought in the country (shipped from within it, or no country given): no certificate.
    lots.receive_lot(
        db, who.olu, number="L1", origins=[("ZA", "")], supplier="Gaborone Dealers",
        weighed_mct=10_000, from_country="BW",
    )  # fmt: skip
    lots.receive_lot(
        db, who.olu, number="L2", origins=[("ZA", "")], supplier="Gaborone Dealers",
        weighed_mct=11_000,
    )  # fmt: skip
    lots.receive_lot(
        db, who.olu, number="L3", origins=[("ZA", "Venetia")], weighed_mct=12_000,
        declared_value_cents=250_000, kp_cert="ZA-2026-41", from_country="ZA",
    )  # fmt: skip
    assert (day(db, "L1").from_country, day(db, "L3").from_country) == ("", "ZA")
    assert day(db, "L3").kp_cert_in == "ZA-2026-41"
    stats = reports.kp_statistics(db, who.olu, "2000-01-01", "2100-12-31")["imports"]
    assert [(r["country"], r["mct"], r["certificates"]) for r in stats["rows"]] == [
        ("ZA", 12_000, 1)
    ]
    assert verify(db).ok, verify(db).problems


def test_no_rough_comes_in_from_a_country_off_the_participant_list(db, who):
    site.set_country(db, who.admin, "XK", "Kosovo", "none")
    for cert in ("", "XK-1"):
        with pytest.raises(UserError, match=r"Kosovo \(XK\) is not on the site's KP participant"):
            lots.receive_lot(
                db, who.olu, number="L1", origins=[("XK", "")], supplier="S",
                weighed_mct=10_000, kp_cert=cert, from_country="XK",
            )  # fmt: skip
    # A certificate with no country shipped from: the lot's origin is where it came from.
    with pytest.raises(UserError, match="not on the site's KP participant list"):
        lots.receive_lot(
            db, who.olu, number="L1", origins=[("XK", "")], supplier="S", weighed_mct=10_000,
            kp_cert="XK-1",
        )  # fmt: skip
    with pytest.raises(UserError, match=r"shipped from: 'QQ' is not a known ISO 3166"):
        lots.receive_lot(
            db, who.olu, number="L1", origins=[("ZA", "")], supplier="S", weighed_mct=10_000,
            from_country="QQ",
        )  # fmt: skip
    assert lot_count(db) == 0


def test_a_csv_of_lots_names_the_row_shipped_in_without_a_certificate(db, who):
    text = "lot,origin,mine,carats,from,kp_cert\nL1,BW,Jwaneng,10,,\nL2,ZA,Venetia,11,ZA,\n"
    result = imports.import_lots(db, who.olu, text)
    assert [e.line for e in result.errors] == [3]
    assert "crosses the border under a KP certificate" in result.errors[0].message
    assert lot_count(db) == 0  # (all or nothing)


@pytest.fixture
def unnamed(db, who, tmp_path):
    """A transfer file from KSF (Botswana) to ZA whose parcel names no KP certificate (the
    file's figure is optional): a format-1 file, as an earlier sortapp wrote them unsigned."""
    seal_parcel_for_za(db, who)
    path = tmp_path / "P1.sortapp-transfer"
    transfers.export_bundle(db, signing(db, "sam"), "P1", path)
    env = envelope(path)
    body = env["body"]
    body["version"] = 1
    del body["sender"]["key"], body["to"], env["signature"], body["parcel"]["kp_cert"]
    return write(tmp_path / "unnamed.sortapp-transfer", refit(env))


def test_a_transfer_from_abroad_that_names_no_certificate_is_given_it(receiver, unnamed):
    root = site.login(receiver, "root", PASSWORD)
    accepted = {"accept_unsigned": True, "reason": "a file of an older release"}
    with pytest.raises(UserError, match=r"parcel P1 from KSF \(BW\) names no incoming KP"):
        transfers.import_bundle(receiver, root, unnamed, **accepted)
    assert lot_count(receiver) == 0
    changes = transfers.import_bundle(receiver, root, unnamed, kp_cert="BW-2026-5", **accepted)
    lot = lots.get_lot_by_id(receiver, changes.created_id or 0)
    assert (lot.kp_cert_in, lot.from_country) == ("BW-2026-5", "BW")
    assert verify(receiver).ok, verify(receiver).problems


def test_a_certificate_given_is_not_taken_over_the_files_own(receiver, db, who, tmp_path):
    seal_parcel_for_za(db, who)
    path = tmp_path / "P1.sortapp-transfer"
    transfers.export_bundle(db, signing(db, "sam"), "P1", path)
    named = envelope(path)["body"]["parcel"]["kp_cert"]
    root = site.login(receiver, "root", PASSWORD)
    accepted = {"accept_unsigned": True, "reason": "key sheet in the post"}
    with pytest.raises(UserError, match=f"the file names {named}, not BW-OTHER"):
        transfers.import_bundle(receiver, root, path, kp_cert="BW-OTHER", **accepted)
    assert lot_count(receiver) == 0
    changes = transfers.import_bundle(receiver, root, path, kp_cert=named.lower(), **accepted)
    assert lots.get_lot_by_id(receiver, changes.created_id or 0).kp_cert_in == named


def test_the_command_line_takes_the_certificate_a_file_lacks(
    receiver, unnamed, monkeypatch, capsys
):
    path = receiver.execute("PRAGMA database_list").fetchone()[2]
    # The period it arrives in was reported: said when the file is imported (the command line
    # said nothing of it: an attack round, 2026-12-07).
    root = site.login(receiver, "root", PASSWORD)
    stats = reports.kp_statistics(receiver, root, "2000-01-01", "2100-12-31")
    reports.record_kp_export(receiver, root, stats, "csv", 0)
    receiver.close()
    monkeypatch.setenv("SORTAPP_PASSWORD", PASSWORD)
    command = ["--db", path, "--user", "root", "bundle", "import", str(unnamed)]
    flags = ["--accept-unsigned", "--reason", "a file of an older release"]
    assert main([*command, *flags]) == 1
    said = capsys.readouterr().err
    assert "names no incoming KP certificate" in said
    assert "give --kp-cert NUMBER" in said
    assert main([*command, *flags, "--kp-cert", "BW-2026-5"]) == 0
    said = capsys.readouterr()
    assert "imported as lot KSF-P1" in said.out
    assert said.err.startswith("warning: lot KSF-P1's receipt is dated ")
    assert "within 2000-01-01 to 2100-12-31, whose KP statistics root exported on " in said.err
    assert main(["--db", path, "--user", "root", "lot", "show", "KSF-P1", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert (shown["kp_cert"], shown["shipped_from"]) == ("BW-2026-5", "BW")


def test_the_statistics_name_a_lot_shipped_in_without_a_certificate(
    db, who, db_path, monkeypatch, capsys
):
    """As a release before 2026-12-07 took it: named by the statistics, not left out unsaid."""
    monkeypatch.setattr(lots, "_check_import", lambda *_args, **_kw: None)
    lots.receive_lot(
        db, who.olu, number="OLD-1", origins=[("ZA", "")], supplier="S", weighed_mct=10_000,
        from_country="ZA", declared_value_cents=50_000,
    )  # fmt: skip
    monkeypatch.undo()
    stats = reports.kp_statistics(db, who.olu, "2000-01-01", "2100-12-31")
    assert (stats["imports"]["rows"], stats["uncertified"]) == ([], ["OLD-1"])
    monkeypatch.setenv("SORTAPP_PASSWORD", PASSWORD)
    command = ["--db", str(db_path), "--user", "olu", "report", "kp-stats"]
    dates = ["--from", "2000-01-01", "--to", "2100-12-31"]
    assert main([*command, *dates, "--json"]) == 0
    said = capsys.readouterr()
    assert json.loads(said.out)["uncertified_imports"] == ["OLD-1"]
    assert "warning: not counted as imports: OLD-1 (shipped in from abroad" in said.err


def test_an_import_counts_in_the_quarter_of_the_sites_day_it_arrived(db, who):
    """Received at 00:30 on 1 April in Gaborone (22:30 UTC on 31 March): the second quarter's,
    as the site's people and its export certificates date it (it counted in the first)."""
    site.set_setting(db, who.admin, "timezone", "Africa/Gaborone")
    lots.receive_lot(
        db, who.olu, number="IMP-1", origins=[("ZA", "Venetia")], weighed_mct=12_000,
        kp_cert="ZA-2026-41", from_country="ZA", declared_value_cents=90_000,
        received_at=dt.datetime(2026, 3, 31, 22, 30, tzinfo=dt.UTC),
    )  # fmt: skip

    def imported(first: str, last: str) -> list[int]:
        stats = reports.kp_statistics(db, who.olu, first, last)
        return [r["mct"] for r in stats["imports"]["rows"]]

    assert imported("2026-01-01", "2026-03-31") == []
    assert imported("2026-04-01", "2026-06-30") == [12_000]
    assert imported("2026-04-01", "2026-04-01") == [12_000]
    # Periods to the ends of the calendar: no midnight there in UTC, and no failure.
    assert imported("0001-01-01", "9999-12-31") == [12_000]
    assert imported("9999-12-31", "9999-12-31") == []
    with pytest.raises(UserError, match="to: 2026-04-01 is before 2026-06-30; give the period"):
        imported("2026-06-30", "2026-04-01")  # (the wrong way round: zero totals, unsaid)


def test_no_certificate_on_goods_shipped_from_within_the_country(db, who):
    """An attack round (2026-12-07): a certificate given with no country shipped from took
    the lot's first origin, the site's own, and the statistics counted an import from it."""
    for shipped in ("BW", ""):
        with pytest.raises(UserError, match=r"goods shipped from within BW cross no border"):
            lots.receive_lot(
                db, who.olu, number="K3", origins=[("BW", "Jwaneng")], weighed_mct=5_000,
                kp_cert="ZA-1", from_country=shipped,
            )  # fmt: skip
    assert lot_count(db) == 0


def test_a_transfer_from_a_site_of_the_same_country_is_no_import(db, who, tmp_path):
    """Its parcel's export certificate is not the lot's import: received with none, and not
    counted by the statistics as an import from the site's own country."""
    seal_parcel_for_za(db, who)
    path = tmp_path / "P1.sortapp-transfer"
    transfers.export_bundle(db, signing(db, "sam"), "P1", path)
    home = open_db(tmp_path / "gab.db", create=True)
    try:
        site.init_site(home, code="GAB", name="Gaborone", country_code="BW", admin="root",
                       password=PASSWORD)  # fmt: skip
        root = site.login(home, "root", PASSWORD)
        changes = transfers.import_bundle(
            home, root, path, force=True, accept_unsigned=True, reason="same company"
        )
        lot = lots.get_lot_by_id(home, changes.created_id or 0)
        assert (lot.kp_cert_in, lot.from_country) == ("", "")
        stats = reports.kp_statistics(home, root, "2000-01-01", "2100-12-31")
        assert (stats["imports"]["rows"], stats["uncertified"]) == ([], [])
    finally:
        home.close()


def test_the_statistics_count_a_certificate_once_and_name_imports_with_no_value(db, who):
    """I2 comes from a partner's transfer file that names no value (taken as signed), as an
    import received by a release before 2026-12-07 could."""
    for number, cert, value, source in (
        ("I1", "za-7", 100_000, ""),
        ("I2", "ZA-7", None, "P7.sortapp-transfer"),
    ):
        lots.receive_lot(
            db, who.olu, number=number, origins=[("ZA", "Venetia")], weighed_mct=10_000,
            kp_cert=cert, from_country="ZA", declared_value_cents=value, lot_source=source,
        )  # fmt: skip
    stats = reports.kp_statistics(db, who.olu, "2000-01-01", "2100-12-31")
    assert [(r["mct"], r["value_cents"], r["certificates"]) for r in stats["imports"]["rows"]] == [
        (20_000, 100_000, 1)
    ]
    assert stats["unvalued"] == ["I2"]
    assert reports.unvalued_text(stats["unvalued"]) == (
        "imports counted at 0.00 USD, received with no declared value: I2"
    )


def test_an_incoming_certificate_begins_with_the_code_of_the_country_that_issued_it(db, who):
    """KPCS Annex I: a certificate's number begins with its issuing country's ISO code, the
    country the goods were shipped from. Another country's number is refused and written
    nowhere; the same number in lower case is the certificate as typed."""
    # (A longer word that begins with the code is not the code: "CAF" is the Central African
    # Republic's, not Canada's CA; nor is the code alone a number: an attack round.)
    refused = (("ZA-2026-41", "NA"), ("2026-41", "ZA"), ("NAZ-1", "ZA"), ("CAF-2026-1", "CA"))
    for cert, shipped in (*refused, ("ZA", "ZA"), ("zaf1", "ZA")):
        with pytest.raises(UserError, match=r"does not begin with (NA|ZA|CA) and a digit") as e:
            lots.receive_lot(
                db, who.olu, number="L1", origins=[("ZA", "Venetia")], weighed_mct=12_000,
                kp_cert=cert, from_country=shipped,
            )  # fmt: skip
        assert e.value.code == "certificate_not_of_country"
    assert lot_count(db) == 0
    # No country shipped from given: the certificate is read as the origin's, and held to it.
    with pytest.raises(UserError, match=r"'NA-9' does not begin with ZA and a digit or"):
        lots.receive_lot(
            db, who.olu, number="L1", origins=[("ZA", "Venetia")], weighed_mct=12_000,
            kp_cert="NA-9",
        )  # fmt: skip
    lots.receive_lot(
        db, who.olu, number="L1", origins=[("ZA", "Venetia")], weighed_mct=12_000,
        kp_cert="za-2026-41", from_country="ZA", declared_value_cents=90_000,
    )  # fmt: skip
    # (Kept upper case, as it is printed and counted: it was kept as typed, a clerk's day.)
    assert lots.get_lot(db, "L1").kp_cert_in == "ZA-2026-41"
    # A member state of the European Union, a KP participant as one: its own code or "EU".
    for number, cert in (("L2", "EU-2026-0012345"), ("L3", "BE-2026-7")):
        lots.receive_lot(
            db, who.olu, number=number, origins=[("CD", "Mbuji-Mayi")], weighed_mct=1_000,
            kp_cert=cert, from_country="BE", declared_value_cents=90_000,
        )  # fmt: skip
    with pytest.raises(UserError, match=r"'DE-2026-7' does not begin with BE/EU and a digit"):
        lots.receive_lot(
            db, who.olu, number="L4", origins=[("CD", "Mbuji-Mayi")], weighed_mct=1_000,
            kp_cert="DE-2026-7", from_country="BE", declared_value_cents=90_000,
        )  # fmt: skip


def test_an_import_is_received_at_the_value_its_certificate_states(db, who):
    """KPCS Annex I: a certificate states the shipment's value in US dollars, and the KP
    statistics report imports by value; one received with none was counted at 0.00 USD (a
    leftover of 2026-12-07). Goods bought in the country need none."""
    for value in (None, 0):
        with pytest.raises(
            UserError, match=r"declared value: a lot shipped from South Africa"
        ) as e:
            lots.receive_lot(
                db, who.olu, number="L1", origins=[("ZA", "Venetia")], weighed_mct=12_000,
                kp_cert="ZA-2026-41", from_country="ZA", declared_value_cents=value,
            )  # fmt: skip
        assert e.value.code == "import_without_value"
    assert lot_count(db) == 0
    lots.receive_lot(
        db, who.olu, number="L1", origins=[("ZA", "")], supplier="Gaborone Dealers",
        weighed_mct=12_000,
    )  # fmt: skip
    lots.receive_lot(
        db, who.olu, number="L2", origins=[("ZA", "Venetia")], weighed_mct=12_000,
        kp_cert="ZA-2026-41", from_country="ZA", declared_value_cents=90_000,
    )  # fmt: skip
    assert reports.kp_statistics(db, who.olu, "2000-01-01", "2100-12-31")["unvalued"] == []


def test_the_command_line_and_a_lot_file_take_the_origins_country_when_no_shipped_from(
    db, who, db_path, monkeypatch, capsys
):
    """As the app's receiving form does: a foreign lot received with no country shipped from
    was taken as bought in the country, no certificate nor value asked (an attack round,
    2026-12-07); bought here is said by giving the site's own country."""
    monkeypatch.setenv("SORTAPP_PASSWORD", PASSWORD)
    command = ["--db", str(db_path), "--user", "olu", "lot", "receive"]
    foreign = ["--origin", "ZA", "--mine", "Venetia", "--carats", "10"]
    assert main([*command, "I1", *foreign]) == 1
    assert "a lot shipped from South Africa (ZA) crosses the border" in capsys.readouterr().err
    assert main([*command, "I1", *foreign, "--from", "BW"]) == 0  # (bought in the country)
    text = "lot,origin,mine,carats\nI2,ZA,Venetia,10\n"  # (an older template: no "from")
    result = imports.import_lots(db, who.olu, text)
    assert [e.line for e in result.errors] == [2]
    assert "crosses the border under a KP certificate" in result.errors[0].message
    assert lots.get_lot(db, "I1").from_country == "" and lot_count(db) == 1
