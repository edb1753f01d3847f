"""The ``sortapp`` command line through ``main([...])``: exit codes, messages, JSON."""

from __future__ import annotations

import argparse
import dataclasses
import importlib
import json
import pkgutil
import subprocess
import sys
from zoneinfo import ZoneInfo

import pytest

import sortapp.cli
from sortapp.cli import ORDER, build_parser, main
from sortapp.cli import documents as cli_documents
from sortapp.core import canonical
from sortapp.reports import documents
from sortapp.services import lots, parcels, settings, sorting, verify
from sortapp.services.browse import AuditRow
from tests.conftest import PASSWORD, make_sorted_lot


def _ok(result):
    code, out, err = result
    assert code == 0, err
    return out


def test_init_on_the_default_database_names_its_file(tmp_path, monkeypatch, capsys):
    """Made where SORTAPP_DB says (no --db), init said "created site ... in None"."""
    monkeypatch.setenv("SORTAPP_PASSWORD", "admin-pass-1")
    path = tmp_path / "default.db"
    monkeypatch.setenv("SORTAPP_DB", str(path))
    argv = ["init", "--site-code", "MINE1", "--site-name", "Remote Mine", "--country", "SL"]
    assert main([*argv, "--admin", "boss"]) == 0
    out = capsys.readouterr().out
    assert f"created site MINE1 (Remote Mine, SL) in {path}\n" in out and "None" not in out


def test_init_then_sign_in(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("SORTAPP_PASSWORD", "admin-pass-1")
    path = tmp_path / "site.db"
    assert (
        main(
            [
                "--db",
                str(path),
                "init",
                "--site-code",
                "MINE1",
                "--site-name",
                "Remote Mine",
                "--country",
                "SL",
                "--admin",
                "boss",
            ]
        )
        == 0
    )
    assert "created site MINE1" in capsys.readouterr().out
    monkeypatch.setenv("SORTAPP_NEW_PASSWORD", "operator-pass")
    assert (
        main(["--db", str(path), "--user", "boss", "user", "add", "op", "--role", "operator"]) == 0
    )
    assert "added operator op" in capsys.readouterr().out
    monkeypatch.setenv("SORTAPP_PASSWORD", "operator-pass")
    assert main(["--db", str(path), "--user", "op", "category", "list", "--json"]) == 0
    cats = json.loads(capsys.readouterr().out)
    assert {"code", "hs_code", "size", "model", "quality", "colour"} <= set(cats[0])


def test_a_whole_day(run):
    _ok(
        run(
            "lot",
            "receive",
            "JW-1",
            "--carats",
            "120.500",
            "--origin",
            "BW",
            "--mine",
            "Jwaneng",
            "--stones",
            "300",
            "--seal",
            "DB-1",
            "--declared-carats",
            "120.510",
        )
    )
    _ok(
        run(
            "lot",
            "receive",
            "ZA-1",
            "--carats",
            "50",
            "--origin",
            "ZA",
            "--supplier",
            "KRT",
            "--kp-cert",
            "ZA00123",
            "--value",
            "7500",
        )
    )
    out = _ok(run("sort", "add", "JW-1", "S5-SAW-Q1-W", "--carats", "80.250"))
    assert "within tolerance" not in out  # 40 ct still to sort
    _ok(run("sort", "add", "JW-1", "G1-SAW-Q1-W", "--carats", "40.200", "--stones", "52"))
    out = _ok(run("sort", "loss", "JW-1", "cleaning", "--carats", "0.050"))
    assert "difference 0.000 ct" in out and "within tolerance" in out
    # 300 stones counted in, 52 counted out: the 248 not counted out are written off by a
    # supervisor who entered none of the results (two-person rule).
    code, _out, err = run("sort", "close", "JW-1")
    assert code == 1 and "248 of the 300 stones received not counted out" in err
    assert "--accept-difference" in err  # (the hint)
    shown = json.loads(_ok(run("lot", "show", "JW-1", "--json")))
    asked = ("within_tolerance", "stone_difference", "stones_not_counted_out", "needs_acceptance")
    assert [shown[key] for key in asked] == [True, None, 248, True]  # (a script can ask)
    _ok(run("sort", "close", "JW-1", "--accept-difference", "--reason", "smalls by weight",
            user="sam"))  # fmt: skip
    _ok(run("sort", "add", "ZA-1", "S5-SAW-Q1-W", "--carats", "50"))
    _ok(run("sort", "close", "ZA-1"))
    lot = json.loads(_ok(run("lot", "show", "JW-1", "--json")))
    assert lot | {"categories": None} == lot | {
        "lot": "JW-1",
        "status": "sorted",
        "origin": "BW",
        "origin_countries": ["BW"],
        "received_carats": "120.500",
        "declared_carats": "120.510",
        "sorted_carats": "120.450",
        "loss_carats": "0.050",
        "stones": 300,
        "needs_acceptance": None,  # (closed: no longer asked)
        "categories": None,
    }
    stock = json.loads(_ok(run("stock", "--json", "--by-origin")))
    assert {
        "category": "S5-SAW-Q1-W",
        "hs_code": "7102.31",
        "carats": "50.000",
        "stones": 0,
        "counted": "none",  # (not "0 stones": none was counted)
        "value_usd": "5000.00",
        "origin": "ZA",
    } in stock
    assert {
        "category": "G1-SAW-Q1-W",
        "hs_code": "7102.31",
        "carats": "40.200",
        "stones": 52,
        "counted": "all",
        "value_usd": "4020.00",
        "origin": "BW",
    } in stock
    _ok(run("parcel", "create", "EXP-1", "--importer", "Antwerp NV", "--destination", "BE"))
    _ok(run("parcel", "add", "EXP-1", "S5-SAW-Q1-W", "--carats", "100"))
    _ok(run("parcel", "create", "EXP-2", "--importer", "Antwerp NV", "--destination", "BE"))
    _ok(run("parcel", "add", "EXP-2", "G1-SAW-Q1-W", "--carats", "40.200", "--lot", "JW-1"))
    code, _, err = run("parcel", "seal", "EXP-1", "--kp-cert", "BW-9", "--seal", "S1")
    assert code == 1 and "needs a supervisor" in err
    _ok(run("parcel", "seal", "EXP-1", "--kp-cert", "BW-9", "--seal", "S1", user="sam"))
    _ok(
        run(
            "parcel",
            "seal",
            "EXP-2",
            "--kp-cert",
            "BW-10",
            "--seal",
            "S2",
            "--issued",
            "2026-06-01",
            user="sam",
        )
    )
    p1 = json.loads(_ok(run("parcel", "show", "EXP-1", "--json")))
    assert (p1["origin"], p1["origin_countries"]) == ("MIXED", ["BW", "ZA"])
    assert (p1["carats"], p1["stones"], p1["value_usd"], p1["seals"]) == (
        "100.000",
        0,
        "10000.00",
        ["S1"],
    )
    assert len(p1["fingerprint"]) == 64
    assert p1["fingerprint"] in _ok(run("parcel", "show", "EXP-1"))
    p2 = json.loads(_ok(run("parcel", "show", "EXP-2", "--json")))
    assert (p2["origin"], p2["stones"], p2["expires"]) == ("BW", 52, "2026-07-31")
    _ok(run("parcel", "ship", "EXP-1", user="sam"))
    stats = json.loads(
        _ok(run("report", "kp-stats", "--from", "2026-06-01", "--to", "2026-06-30", "--json"))
    )
    assert stats["exports"] == [
        {
            "hs_code": "7102.31",
            "country": "BE",
            "carats": "40.200",
            "value_usd": "4020.00",
            "parcels": 1,
            "certificates": 1,
        }
    ]
    assert stats["totals"]["exports"]["carats"] == "40.200"
    assert set(stats) >= {"exports", "imports", "totals"}
    csv_out = _ok(run("report", "kp-stats", "--from", "2026-06-01", "--to", "2026-06-30", "--csv"))
    assert "exports,7102.31,BE,40.200,4020.00,1,1" in csv_out
    cert = json.loads(_ok(run("certificate", "show", "bw-10", "--json")))
    assert (cert["parcels"], cert["carats"], cert["origin"], cert["seals"]) == (
        1,
        "40.200",
        "BW",
        ["S2"],
    )
    assert "verify: OK" in _ok(run("verify"))
    assert json.loads(_ok(run("verify", "--json")))["ok"] is True
    exported = json.loads(_ok(run("audit", "--json", "--action", "export")))
    assert exported[0]["action"] == "export.kp-stats"


def test_refusals_exit_1_with_one_line_and_write_nothing(run, db_path):
    code, out, err = run(
        "lot", "receive", "L1", "--carats", "1.2345", "--origin", "BW", "--mine", "M"
    )
    assert code == 1 and out == ""
    assert err.strip().count("\n") == 0 and "weighed carats:" in err and "3 decimals" in err
    code, _, err = run(
        "lot", "receive", "L1", "--carats", "20000000", "--origin", "BW", "--mine", "M"
    )
    assert code == 1 and "absurd" in err
    code, _, err = run("lot", "show", "L1")
    assert code == 1 and "does not exist" in err
    code, _, err = run("user", "add", "x", "--role", "operator")
    assert code == 1 and "needs an admin" in err


def test_wrong_password_is_refused_and_audited(run):
    code, _, err = run("lot", "list", password="wrong")
    assert code == 1 and "sign-in refused" in err
    out = _ok(run("audit", "--json", "--action", "login"))
    # The refusal is recorded; so is the next sign-in, as it clears the failure count.
    assert [(e["action"], e["user"], e["details"]) for e in json.loads(out)] == [
        ("login", "olu", {"failures_cleared": 1}),
        ("login.failed", "olu", {"failures": 1}),
    ]


def test_a_blank_user_is_refused_not_taken_from_the_environment(run, monkeypatch):
    """A script's ``--user "$WHO"`` with WHO left empty signs no one in as SORTAPP_USER."""
    monkeypatch.setenv("SORTAPP_USER", "sam")
    for blank in ("", "  "):
        code, out, err = run("lot", "list", user=blank)
        assert (code, out) == (1, "")
        assert "--user: the name given is blank; give --user NAME" in err


def test_usage_errors_exit_2(run, capsys):
    assert run("lot", "frobnicate")[0] == 2
    assert run("parcel", "add", "P1")[0] == 2
    assert main(["--version"]) == 0
    assert "sortapp" in capsys.readouterr().out


def test_kp_stats_csv(run):
    out = _ok(run("report", "kp-stats", "--from", "2026-01-01", "--to", "2026-12-31", "--csv"))
    assert out.splitlines()[0] == "direction,hs_code,country,carats,value_usd,parcels,certificates"


def test_sort_import_reports_every_bad_row(run, tmp_path):
    _ok(run("lot", "receive", "L1", "--carats", "10", "--origin", "BW", "--mine", "M"))
    csv_file = tmp_path / "entries.csv"
    csv_file.write_text(
        "category,carats,stones\nS5-SAW-Q1-W,1.5,\nNOPE,1,\nS5-SAW-Q1-W,1.2345,\nG1-SAW-Q1-W,2,x\n",
        encoding="utf-8",
    )
    code, _, err = run("sort", "import", "L1", str(csv_file))
    assert code == 1
    assert [line.split(": ")[1] for line in err.splitlines()[:3]] == ["line 3", "line 4", "line 5"]
    assert "3 bad rows" in err
    csv_file.write_text("category,carats,stones\nS5-SAW-Q1-W,1.5,\nG1-SAW-Q1-W,2,3\n")
    assert "imported 2 rows" in _ok(run("sort", "import", "L1", str(csv_file)))


def test_demo_builds_a_verified_day(tmp_path, monkeypatch, capsys):
    path = tmp_path / "demo.db"
    assert main(["--db", str(path), "demo"]) == 0
    out = capsys.readouterr().out
    assert "supervisor sam" in out and "password:" in out
    assert main(["--db", str(path), "demo"]) == 1
    assert "already exists" in capsys.readouterr().err
    monkeypatch.setenv("SORTAPP_PASSWORD", "demo-olu-2026")
    assert main(["--db", str(path), "--user", "olu", "verify"]) == 0
    assert "verify: OK" in capsys.readouterr().out
    assert main(["--db", str(path), "--user", "olu", "parcel", "list", "--json"]) == 0
    listed = {p["parcel"]: p["status"] for p in json.loads(capsys.readouterr().out)}
    assert listed == {
        "EXP-26-0001": "shipped",
        "EXP-26-0002": "sealed",
        "EXP-26-0003": "draft",
        "EXP-26-0004": "sealed",
    }
    for number, origin in (("EXP-26-0001", "BW"), ("EXP-26-0002", "MIXED")):
        main(["--db", str(path), "--user", "olu", "parcel", "show", number, "--json"])
        assert json.loads(capsys.readouterr().out)["origin"] == origin
    monkeypatch.setenv("SORTAPP_PASSWORD", "demo-sam-2026")
    assert main(["--db", str(path), "--user", "sam", "backup", "now"]) == 0
    assert list((tmp_path / "backups").glob("DEMO-*.sortapp-backup"))
    assert main(["--db", str(path), "demo", "--replace"]) == 0
    # The replaced demo's backups went with it: their notes' checkpoints, signed with its key,
    # had verify say the new demo's key was replaced.
    assert not list((tmp_path / "backups").glob("DEMO-*"))
    capsys.readouterr()
    monkeypatch.setenv("SORTAPP_PASSWORD", "demo-olu-2026")
    assert main(["--db", str(path), "--user", "olu", "verify"]) == 0
    assert "verify: OK" in capsys.readouterr().out


def test_demo_replace_refuses_a_real_database(db_path, capsys):
    assert main(["--db", str(db_path), "demo", "--replace"]) == 1
    assert "not a demo database" in capsys.readouterr().err


def test_core_and_cli_load_no_qt():
    code = (
        "import sys, sortapp.core.units, sortapp.storage.db, sortapp.services.parcels, "
        "sortapp.services.verify, sortapp.cli; "
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt loaded'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_the_app_loads_the_core_before_qt():
    """PySide6, once imported, reads the source of every module imported after it (its
    ``__feature__`` switch): the app imports the Qt-free core it starts with before Qt, some
    50 ms of a cold start here (issue 15)."""
    code = (
        "import sys, sortapp.app, sortapp.ui.mainwindow; "
        "names = list(sys.modules); qt = names.index('PySide6'); "
        "late = [m for m in ('sqlite_utils', 'sortapp.storage.db', 'sortapp.services.audit', "
        "'sortapp.services.language', 'sortapp.services.site', 'sortapp.storage.migrations') "
        "if names.index(m) > qt]; assert not late, late; "
        # ... and what loading the app and its window does not use is loaded when used: the
        # signing key's cryptography and PyNaCl (a supervisor's sign-in, verify), the backup
        # check's processes.
        "early = [m for m in ('cryptography', 'nacl', 'multiprocessing') if m in sys.modules]; "
        "assert not early, early"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_parcel_packings_then_remove_one(run, db, who):
    make_sorted_lot(db, who.olu, "L1")
    _ok(run("parcel", "create", "P1", "--importer", "X", "--destination", "BE"))
    _ok(run("parcel", "add", "P1", "S5-SAW-Q1-W", "--carats", "10"))
    _ok(run("parcel", "add", "P1", "S5-SAW-Q1-W", "--carats", "5.5"))
    listed = json.loads(_ok(run("parcel", "packings", "P1", "--json")))
    assert [(p["carats"], p["lots"]) for p in listed] == [("10.000", "L1"), ("5.500", "L1")]
    assert "5.500" in _ok(run("parcel", "packings", "P1"))
    first = listed[0]["packing"]
    _ok(run("parcel", "remove", "P1", first, "--reason", "packed twice", user="sam"))
    assert [p["packing"] for p in json.loads(_ok(run("parcel", "packings", "P1", "--json")))] == [
        listed[1]["packing"]
    ]


def test_stones_not_counted_are_never_said_as_0_stones(run, db, who):
    """Stones a sorter did not count are not "0 stones": the stock, the year's end and the
    reconciliation word them as the printed documents do ("not counted", or how many lines
    were), and their JSON says beside each figure whether it was counted."""
    empty = _ok(run("stock")).splitlines()[-1].split()
    assert empty == ["TOTAL", "0.000", "0", "0.00"]  # (no stock: 0 stones, not "not counted")
    make_sorted_lot(db, who.olu, "L1")  # S5 not counted; G1 50 stones
    make_sorted_lot(
        db, who.olu, "L2", entries=[("S5-SAW-Q1-W", 60_000, 30), ("G1-SAW-Q1-W", 39_900, 0)]
    )
    rows = {line.split()[0]: line for line in _ok(run("stock")).splitlines()[2:]}
    assert "30 (1 of 2 lots counted)" in rows["S5-SAW-Q1-W"]
    assert "50 (1 of 2 lots counted)" in rows["G1-SAW-Q1-W"]
    assert "80 (2 of 4 lines counted)" in rows["TOTAL"]
    by_origin = json.loads(_ok(run("stock", "--json")))
    assert [(r["category"], r["stones"], r["counted"]) for r in by_origin] == [
        ("S5-SAW-Q1-W", 30, "some"),
        ("G1-SAW-Q1-W", 50, "some"),
    ]
    header = _ok(run("stock", "--csv")).splitlines()[0]
    assert header == "category,hs_code,carats,stones,value_usd,counted"  # (new: last)
    year = json.loads(_ok(run("report", "year-end", "9998", "--json")))
    assert [(r["category"], r["stones"], r["counted"]) for r in year["lines"]] == [
        ("S5-SAW-Q1-W", 30, "some"),
        ("G1-SAW-Q1-W", 50, "some"),
    ]
    assert json.loads(_ok(run("report", "year-end", "1999", "--json")))["lines"] == []
    # A year not over is said as the stock so far, not as its end's (as if known).
    assert year["ended"] is False
    assert json.loads(_ok(run("report", "year-end", "1999", "--json")))["ended"] is True
    assert _ok(run("report", "year-end", "9998")).startswith(
        "stock so far in 9998 (the year has not ended): "
    )
    # A sheet: a category a row (not the lines as JSON in one cell), then the goods beside.
    sheet = _ok(run("report", "year-end", "9998", "--csv")).splitlines()
    assert sheet[0] == "held,category,carats,stones,value_usd,counted"
    assert sheet[1].startswith("sorted stock,S5-SAW-Q1-W,")
    assert [row.split(",")[0] for row in sheet[3:]] == [
        '"sorted stock',
        "awaiting sorting",
        '"in parcels',
        '"on hand',
    ]
    text = _ok(run("report", "year-end", "9998")).splitlines()
    assert text[1].split() == ["category", "carats", "stones", "value_usd"]
    assert text[3].split()[0] == "S5-SAW-Q1-W"
    assert _ok(run("report", "year-end", "1999")) == (
        "stock at the end of 1999: 0.000 ct, 0.00 USD\n"
        "  awaiting sorting: 0.000 ct\n"
        "  packed in parcels, not shipped: 0.000 ct, 0.00 USD\n"
        "  on hand in all: 0.000 ct\n"
    )
    table = _ok(run("report", "reconciliation", "L1")).splitlines()
    assert table[2].split() == ["S5-SAW-Q1-W", "60.000", "not", "counted"]
    assert table[3].split() == ["G1-SAW-Q1-W", "39.900", "50"]


def test_lot_reweigh(run, db, who):
    _ok(run("lot", "receive", "L1", "--carats", "1000", "--origin", "BW", "--mine", "Jwaneng"))
    code, _out, err = run("lot", "reweigh", "L1", "--carats", "100", "--reason", "typo")
    assert code == 1 and "needs a supervisor" in err
    out = _ok(run("lot", "reweigh", "L1", "--carats", "100", "--reason", "typo", user="sam"))
    assert "100.000 ct" in out
    assert json.loads(_ok(run("lot", "show", "L1", "--json")))["received_carats"] == "100.000"
    assert "verify: OK" in _ok(run("verify"))
    # Weighed again still beyond tolerance of its declared carats: said, as at receipt.
    _ok(
        run(
            "lot",
            "receive",
            "L2",
            "--carats",
            "90",
            "--declared",
            "100",
            "--origin",
            "BW",
            "--mine",
            "Jwaneng",
        )
    )
    code, out, err = run(
        "lot", "reweigh", "L2", "--carats", "95", "--reason", "re-zeroed", user="sam"
    )
    assert code == 0 and "95.000 ct" in out
    assert err == (
        "warning: lot L2: weighed 95.000 ct differs from declared 100.000 ct beyond tolerance; "
        "a supervisor must acknowledge it\n"
    )


def test_a_user_change_prints_what_is_left_to_do(run):
    out = _ok(run("user", "set", "olu", "--role", "supervisor", user="admin"))
    assert "changed user olu" in out
    assert "note: olu gets the site signing key when a holder gives it to them" in out
    out = _ok(run("user", "set", "olu", "--role", "operator", user="admin"))
    assert out == "changed user olu\n"  # nothing held, nothing to drop or give


def test_audit_prints_the_typed_entries_in_the_same_shape(run, db, gaborone_at_night):
    """``verify.audit_entries`` returns frozen records; ``audit`` prints them as it printed the
    dicts it used to return: every field in order, details parsed in JSON, cut in the table."""
    _ok(run("lot", "list"))  # a sign-in: one audited entry at least
    entry = verify.audit_entries(db, limit=1)[0]
    assert isinstance(entry, AuditRow) and dataclasses.is_dataclass(entry)
    with pytest.raises(dataclasses.FrozenInstanceError):
        entry.user = "x"  # type: ignore[misc]
    (shown,) = json.loads(_ok(run("audit", "--json", "--limit", "1")))
    assert list(shown) == ["id", "uid", "at", "user", "action", "object", "details"]
    assert shown == {**dataclasses.asdict(entry), "details": json.loads(entry.details)}
    table = _ok(run("audit", "--limit", "1")).splitlines()
    tz = settings.settings(db).timezone
    assert table[0].split() == ["at", "(Africa/Gaborone)", "user", "action", "object", "details"]
    at = canonical.parse_iso_utc(entry.at).astimezone(ZoneInfo(tz))
    assert f"{at:%H:%M:%S}" != entry.at[11:19]  # (not the log's UTC)
    assert table[2].split()[:5] == [
        f"{at:%Y-%m-%d}",
        f"{at:%H:%M:%S}",  # the site's time (UTC+2), as its documents say it
        entry.user,
        entry.action,
        entry.object,
    ]


def test_the_parser_holds_every_group_module_s_commands_in_help_order():
    """A command a group module registers but ``ORDER`` forgets would vanish from the CLI."""
    registered: list[str] = []
    for info in pkgutil.iter_modules(sortapp.cli.__path__):
        module = importlib.import_module(f"sortapp.cli.{info.name}")
        registered += list(getattr(module, "COMMANDS", {}))
    assert sorted(registered) == sorted(ORDER)  # each once
    [sub] = [a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction)]
    assert list(sub.choices) == list(ORDER)


def test_print_offers_every_document_and_no_other():
    """The CLI keeps its own list (the documents load only when printing): it must not drift."""
    assert tuple(cli_documents.KINDS) == documents.KINDS


def test_site_set_help_names_every_setting_whole(capsys, monkeypatch):
    """`site set --help` named 12 of the settings; and a name cut at a hyphen across two lines
    cannot be copied."""
    monkeypatch.setenv("COLUMNS", "60")  # (a narrow terminal: the list wraps)
    assert main(["site", "set", "--help"]) == 0
    said = capsys.readouterr().out
    words = set(said.replace(",", " ").split())
    assert {"name", *settings.SETTING_KEYS} <= words


def test_price_list_shows_the_price_book_on_a_day(run, db):
    """What a category is valued at on a day, from when and by whom: `price list [--on DAY]`."""
    _ok(run("price", "set", "S5-SAW-Q1-W", "120", "--from", "2026-01-01", user="sam"))
    _ok(run("price", "set", "S5-SAW-Q1-W", "125.50", "--from", "2026-02-01", user="sam"))
    on = json.loads(_ok(run("price", "list", "--on", "2026-01-15", "--json")))
    assert on["on"] == "2026-01-15"
    (line,) = [p for p in on["prices"] if p["category"] == "S5-SAW-Q1-W"]
    assert (line["usd_per_ct"], line["from"], line["set_by"]) == ("120.00", "2026-01-01", "sam")
    later = json.loads(_ok(run("price", "list", "--on", "2026-03-01", "--json")))
    (line,) = [p for p in later["prices"] if p["category"] == "S5-SAW-Q1-W"]
    assert (line["usd_per_ct"], line["from"]) == ("125.50", "2026-02-01")
    before = _ok(run("price", "list", "--on", "1999-12-31"))
    assert before.startswith("price book on 1999-12-31\n")
    assert "categories have no price on 1999-12-31" in before.splitlines()[-1]
    code, _out, err = run("price", "list", "--on", "2026-02-30")
    assert code != 0 and "is not a date" in err


def test_figures_are_read_in_the_sites_decimal_comma(run, db):
    """On a decimal-comma site every figure takes ',' (and '.'), as the desktop app does."""
    _ok(run("site", "set", "decimal-comma", "yes", user="admin"))
    _ok(run("price", "set", "S5-SAW-Q1-W", "1250,5", user="sam"))
    _ok(
        run(
            "lot",
            "receive",
            "L1",
            "--declared-carats",
            "120,51",
            "--value",
            "9000,5",
            "--origin",
            "BW",
            "--mine",
            "M",
        )
    )
    _ok(run("lot", "weigh", "L1", "--carats", "120,5"))
    _ok(run("lot", "reweigh", "L1", "--carats", "120,49", "--reason", "scale", user="sam"))
    _ok(run("sort", "add", "L1", "S5-SAW-Q1-W", "--carats", "120,44"))
    _ok(run("sort", "loss", "L1", "cleaning", "--carats", "0,05"))
    _ok(run("sort", "close", "L1", user="sam"))
    _ok(run("parcel", "create", "P1", "--importer", "Antwerp NV", "--destination", "BE"))
    _ok(run("parcel", "add", "P1", "S5-SAW-Q1-W", "--carats", "12,5"))
    _ok(run("parcel", "price", "P1", "S5-SAW-Q1-W", "1300,25", "--reason", "deal", user="sam"))
    _ok(run("parcel", "value", "P1", "government", "16000,5", user="sam"))
    lot = lots.get_lot(db, "L1")
    assert (lot.declared_mct, lot.weighed_mct, lot.declared_value_cents) == (
        120_510,
        120_490,
        900_050,
    )
    rec = sorting.reconciliation(db, "L1")
    assert (rec.sorted_mct, rec.loss_mct) == (120_440, 50)
    parcel = parcels.get_parcel(db, "P1")
    assert parcel.mct == 12_500
    assert parcel.lines[0].cents_per_ct == 130_025
    assert parcel.valuations == {"government": 1_600_050}


def test_a_supervisor_names_a_category_in_russian_from_the_command_line(run):
    """``category name``, ``names-import`` and ``list --language`` (issue 18)."""
    code, out, err = run("category", "name", "S5-SAW-Q1-W", "ru", "Пилуемые белые", user="sam")
    assert (code, err) == (0, "") and "ru name of category S5-SAW-Q1-W set" in out
    code, out, _err = run("category", "list", "--language", "ru", "--json")
    assert code == 0 and '"name": "Пилуемые белые"' in out
    code, _out, err = run("category", "name", "S5-SAW-Q1-W", "ru", "Камни", user="olu")
    assert code != 0 and "needs a supervisor or admin" in err
    code, _out, err = run("category", "name", "S5-SAW-Q1-W", "de", "Steine", user="sam")
    assert code != 0 and "'de' is not a language" in err
    code, out, _err = run("category", "name", "S5-SAW-Q1-W", "ru", "--clear", user="sam")
    assert code == 0 and "cleared the ru name" in out
    code, out, _err = run("category", "list", "--language", "ru")
    assert "-7+5 Пилуемые Высокое Белый" in out


def test_show_prints_a_partners_text_on_its_line_and_unturned(run, db_path):
    """A mine a partner's signed file gave with a line break, an escape and U+202E (an older
    release let them through; on the facility server, psql): `lot show` printed a second line
    of its own ("origin: ZA"), the escape reached the terminal, the figure turned."""
    from sortapp.services import site  # noqa: PLC0415
    from sortapp.storage.db import open_db  # noqa: PLC0415

    db = open_db(db_path)
    try:
        lots.receive_lot(
            db,
            site.login(db, "olu", PASSWORD),
            number="P-L1",
            origins=[("BW", "Jwaneng\norigin: ZA \x1b[8m\u202e5.1")],
            weighed_mct=1_000,
            lot_source="partner",
        )
    finally:
        db.close()
    out = _ok(run("lot", "show", "P-L1"))
    assert "mines: Jwaneng origin: ZA \ufffd[8m\ufffd5.1" in out.splitlines()
    assert "\x1b" not in out and "\u202e" not in out


def test_a_year_end_notes_movements_recorded_after_the_year(run, db_path):
    """A lot received now, then one received and sorted with the clock set back into 2025 (an
    attack round, 2026-12-07): the 2025 year-end says its figures changed after it ended."""
    import datetime as dt  # noqa: PLC0415

    from sortapp.services import site  # noqa: PLC0415
    from sortapp.storage.db import open_db  # noqa: PLC0415
    from tests.conftest import make_lot  # noqa: PLC0415

    db = open_db(db_path)
    try:
        olu = site.login(db, "olu", PASSWORD)
        make_lot(db, olu, "L1")
        from sortapp.core import clock  # noqa: PLC0415

        restore = clock.use(lambda: dt.datetime(2025, 12, 15, 9, tzinfo=dt.UTC))
        try:
            make_sorted_lot(db, olu, "L2")
        finally:
            restore()
    finally:
        db.close()
    out = _ok(run("report", "year-end", "2025"))
    assert "note: 2 movements dated in 2025 were recorded after it ended; see the audit log" in (
        out.splitlines()
    )
    data = json.loads(_ok(run("report", "year-end", "2025", "--json")))
    assert data["movements_recorded_after_the_year"] == 2


def test_a_lot_received_earlier_is_dated_when_it_arrived_in_the_sites_time(run, db, who):
    site_tz = "Africa/Gaborone"
    _ok(run("site", "set", "timezone", site_tz, user="admin"))
    args = ("--carats", "10", "--origin", "BW", "--mine", "Jwaneng")
    _ok(run("lot", "receive", "L1", *args, "--received", "2026-11-30 17:45"))
    _ok(run("lot", "receive", "L2", *args, "--received", "2026-11-29"))
    at = {lot.number: lot.received_at for lot in lots.list_lots(db, who.olu)}
    assert at["L1"] == "2026-11-30T15:45:00.000000Z"  # (Gaborone is UTC+2)
    assert at["L2"] == "2026-11-28T22:00:00.000000Z"  # a day alone: its start, there
    # Not a date, or later than now: refused, nothing received.
    code, _out, err = run("lot", "receive", "L3", *args, "--received", "30/11/2026")
    assert code == 1 and "'30/11/2026' is not a date (YYYY-MM-DD [HH:MM], site time)" in err
    code, _out, err = run("lot", "receive", "L3", *args, "--received", "2999-01-01")
    assert code == 1 and "later than now" in err
    assert sorted(at) == sorted(lot.number for lot in lots.list_lots(db, who.olu))
    assert "verify: OK" in _ok(run("verify"))
