"""KP statistics once reported (exported) for a period: a receipt dated back into that period,
or a certificate issued within it, changed the reported figures unsaid (a leftover of
2026-12-07). The action now says so when it is taken, and the period's statistics, run again,
say they differ from the figures exported; exported again, they no longer do."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from sortapp.cli import main
from sortapp.services import lots, parcels, reported, reports, site
from tests.conftest import PASSWORD, make_sorted_lot

Q3 = ["--from", "2026-07-01", "--to", "2026-09-30"]
IN_Q3 = dt.datetime(2026, 8, 15, 10, 0, tzinfo=dt.UTC)


@pytest.fixture
def run(db_path, monkeypatch, capsys):
    """The CLI on the test site as ``user``: (exit code, stdout, stderr)."""
    monkeypatch.setenv("SORTAPP_PASSWORD", PASSWORD)

    def _run(*args: str, user: str = "olu") -> tuple[int, str, str]:
        code = main(["--db", str(db_path), "--user", user, *args])
        said = capsys.readouterr()
        return code, said.out, said.err

    return _run


def receive(db, who, number: str, at: dt.datetime, **more) -> str:
    """An import of 12 ct from South Africa received at ``at``; what it warned."""
    return lots.receive_lot(
        db, who.olu, number=number, origins=[("ZA", "Venetia")], weighed_mct=12_000,
        kp_cert="ZA-2026-41", from_country="ZA", declared_value_cents=90_000, received_at=at,
        **more,
    ).warning  # fmt: skip


def test_a_receipt_dated_into_a_reported_quarter_is_said_and_the_quarter_says_it_changed(
    db, who, run
):
    assert receive(db, who, "IMP-1", IN_Q3) == ""  # (nothing reported yet: nothing to say)
    code, out, err = run("report", "kp-stats", *Q3, "--csv")
    assert (code, err) == (0, "")
    assert "imports,7102.10,ZA,12.000,900.00,1,1" in out
    exports = reported.reports(db)
    assert [(r.first, r.last, r.by) for r in exports] == [("2026-07-01", "2026-09-30", "olu")]
    stats = reports.kp_statistics(db, who.olu, "2026-07-01", "2026-09-30")
    assert exports[0].fingerprint == reported.fingerprint(stats)
    assert stats["reported"][0]["changed"] is False
    assert reported.changed_text(stats["reported"]) == ""
    # A receipt dated back into the reported quarter: said when it is taken.
    warning = receive(db, who, "IMP-2", IN_Q3 + dt.timedelta(days=10))
    assert warning.startswith("lot IMP-2's receipt is dated 2026-08-25, within 2026-07-01 to ")
    assert "2026-09-30, whose KP statistics olu exported on " in warning
    assert warning.endswith(
        ": they change; export them again and send the amended figures to the KP authority (or "
        "tell a supervisor)"
    )
    # Run again, the quarter says its figures are not those it reported.
    code, out, err = run("report", "kp-stats", *Q3, "--json")
    data = json.loads(out)
    assert data["totals"]["imports"]["carats"] == "24.000"
    assert [r["changed"] for r in data["reported"]] == [True]
    assert "warning: these figures differ from the ones olu exported on " in err
    # Every year exported after the quarter: a receipt in the quarter names the quarter's.
    everything = reports.kp_statistics(db, who.olu, "0001-01-01", "9999-12-31")
    reports.record_kp_export(db, who.olu, everything, "csv", 0)
    named = receive(db, who, "IMP-4", IN_Q3)
    assert "within 2026-07-01 to 2026-09-30, whose KP statistics olu exported on " in named
    # Another quarter, and a receipt outside the reported one, say nothing.
    assert "within 0001-01-01 to 9999-12-31" in receive(
        db, who, "IMP-3", IN_Q3 + dt.timedelta(days=60)
    )
    code, out, err = run("report", "kp-stats", "--from", "2026-10-01", "--to", "2026-12-31")
    assert (code, err) == (0, "")
    # Exported again (the amendment), the quarter's figures are those last reported.
    assert run("report", "kp-stats", *Q3, "--csv")[0] == 0
    code, out, err = run("report", "kp-stats", *Q3, "--json")
    assert ([r["changed"] for r in json.loads(out)["reported"]], err) == ([True, False], "")


def test_goods_bought_in_the_country_change_no_reported_quarter(db, who):
    """Only an import changes the imports reported: a receipt of goods bought within the
    country, dated into the reported quarter, says nothing of it (and an import does)."""
    stats = reports.kp_statistics(db, who.olu, "2026-07-01", "2026-09-30")
    reports.record_kp_export(db, who.olu, stats, "csv", 0)
    warning = lots.receive_lot(
        db, who.olu, number="DOM-1", origins=[("ZA", "")], supplier="Gaborone Dealers",
        weighed_mct=5_000, received_at=IN_Q3,
    ).warning  # fmt: skip
    assert warning == ""
    assert reports.kp_statistics(db, who.olu, "2026-07-01", "2026-09-30")["reported"] == [
        {"at": reported.reports(db)[0].at.replace("T", " ")[:16], "by": "olu", "changed": False}
    ]
    assert "whose KP statistics olu exported on " in receive(db, who, "IMP-1", IN_Q3)
    assert [r["changed"] for r in reports.kp_statistics(db, who.olu, *Q3[1::2])["reported"]] == [
        True
    ]


def test_a_certificate_issued_within_a_reported_quarter_is_said_on_sealing(db, who, run):
    make_sorted_lot(db, who.olu, "L1")
    parcels.create_parcel(db, who.olu, "P1", importer="X", destination="BE")
    parcels.add_goods(db, who.olu, "P1", "S5-SAW-Q1-W", 60_000)
    assert run("report", "kp-stats", *Q3, "--csv")[0] == 0
    code, out, err = run(
        "parcel", "seal", "P1", "--kp-cert", "BW-2026-5", "--seal", "S1", "--issued",
        "2026-09-30", user="sam",
    )  # fmt: skip
    assert (code, out.startswith("sealed parcel P1 under BW-2026-5")) == (0, True)
    assert err.startswith("warning: certificate BW-2026-5 is dated 2026-09-30, within 2026-07-01")
    code, out, err = run("report", "kp-stats", *Q3, "--json")
    assert json.loads(out)["totals"]["exports"]["carats"] == "60.000"
    assert "these figures differ from the ones olu exported" in err
    # Exported again, then the parcel voided: its exports leave the period, said at once.
    assert run("report", "kp-stats", *Q3, "--csv")[0] == 0
    code, out, err = run("parcel", "void", "P1", "--reason", "buyer withdrew", user="sam")
    assert code == 0 and err.startswith("warning: certificate BW-2026-5 is dated 2026-09-30")


def test_an_export_recorded_on_a_files_name_is_no_report_of_a_period(db, who):
    """Exports recorded before the period was their object (on the file's name), and an
    export of a period with no fingerprint, compare with nothing and warn of nothing."""
    reports.record_export(db, who.olu, "kp-stats", "kp.csv", {"rows": 1, "format": "csv"})
    reports.record_export(db, who.olu, "kp-stats", "2026-07-01..2026-09-30", {"rows": 1})
    assert [(r.first, r.fingerprint) for r in reported.reports(db)] == [("2026-07-01", None)]
    stats = reports.kp_statistics(db, who.olu, "2026-07-01", "2026-09-30")
    assert [r["changed"] for r in stats["reported"]] == [None]
    assert reported.changed_text(stats["reported"]) == ""


def test_a_report_made_read_only_is_refused_not_left_unrecorded(db_path, run):
    """An export from a session that cannot record it was never held to: a later receipt in
    its period warned of nothing, and the period run again said nothing (an attack round,
    2026-12-07). Viewing them read-only stays possible."""
    code, out, err = run("--read-only", "report", "kp-stats", *Q3, "--csv")
    assert (code, out) == (1, "")
    assert "KP statistics are exported from a session that records the export" in err
    assert run("--read-only", "report", "kp-stats", *Q3, "--json")[0] == 0


def test_each_row_of_a_lot_file_says_what_it_changes(db, who, run, tmp_path):
    """A file of lots received into a reported quarter: each row's warning said, by its line
    (the command line said none, and the app the last row's alone)."""
    assert run("report", "kp-stats", *Q3, "--csv")[0] == 0
    path = tmp_path / "lots.csv"
    path.write_text(
        "lot,origin,mine,carats,kp_cert,from,value_usd,received\n"
        "C1,ZA,Venetia,5,ZA-5,ZA,2500,2026-08-15 10:00\n"
        "C2,BW,Jwaneng,5,,,,2026-08-15 11:00\n"
        "C3,ZA,Venetia,6,ZA-5,ZA,3000,2026-09-01\n",
        encoding="utf-8",
    )
    code, out, err = run("import", "lots", str(path))
    assert (code, out) == (0, f"{path}: 3 rows, imported\n")
    warned = err.splitlines()
    assert [w.split(":")[1] for w in warned] == [" row 2", " row 4"]
    assert warned[0].startswith("warning: row 2: lot C1's receipt is dated 2026-08-15, within ")


def test_a_reweighed_import_and_another_time_zone_say_a_reported_period_changes(db, who):
    """Two changes the period's next run named but the action did not (an attack round,
    2026-12-07): an import counted at its weighed carats (none declared) weighed again, and
    the site's time zone changed, which moves the site day of imports received near midnight."""
    assert receive(db, who, "IMP-1", IN_Q3) == ""
    stats = reports.kp_statistics(db, who.olu, "2026-07-01", "2026-09-30")
    reports.record_kp_export(db, who.olu, stats, "csv", 1)
    said = lots.reweigh_lot(db, who.sam, "IMP-1", 11_500, reason="scale recalibrated").warning
    assert said.startswith("lot IMP-1's receipt is dated 2026-08-15, within 2026-07-01 to ")
    changed = site.set_setting(db, who.admin, "timezone", "Africa/Gaborone").warning
    assert changed.startswith("KP statistics were exported for periods whose imports are")
    assert site.set_setting(db, who.admin, "idle-lock-minutes", "10").warning == ""
