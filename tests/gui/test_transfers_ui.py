"""Transfer files in the app: exported signed; on import an admin pins the sender's key by typing
the fingerprint the sender gives, or accepts one file with a reason; a supervisor cannot."""

from __future__ import annotations

import gc
import json

import pytest
from PySide6.QtWidgets import QWidget

from sortapp import app, desktop
from sortapp.core import sitekey
from sortapp.core.canonical import canonical_json, sha256_hex
from sortapp.services import lots, parcels, site, transfers
from sortapp.services.verify import audit_entries
from sortapp.storage.db import open_db
from sortapp.ui import dialogs, imports
from sortapp.ui.context import Context
from tests.conftest import PASSWORD, make_sorted_lot


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def receiver(tmp_path):
    path = tmp_path / "zak.db"
    db = open_db(path, create=True)
    site.init_site(
        db, code="ZAK", name="Kimberley Hub", country_code="ZA", admin="root", password=PASSWORD
    )
    site.add_user(db, site.login(db, "root", PASSWORD), "zsup", "supervisor", PASSWORD)
    yield db, path
    db.close()


def _said(ctx: Context) -> list[str]:
    said: list[str] = []
    ctx.said.connect(said.append)
    return said


@pytest.fixture
def exported(qtbot, parent, db, db_path, who, tmp_path, monkeypatch):
    """P1 exported from the app by the admin (who holds the site key), addressed to ZAK."""
    make_sorted_lot(db, who.olu, "L1", country="NA")
    parcels.create_parcel(db, who.olu, "P1", importer="Kimberley Hub", destination="ZA")
    parcels.add_goods(db, who.olu, "P1", "S5-SAW-Q1-W", 60_000)
    parcels.seal_parcel(db, who.sam, "P1", kp_cert="BW-77", seals=["S1"])
    path = tmp_path / "P1.sortapp-transfer"
    monkeypatch.setattr(dialogs.SaveFileDialog, "ask", classmethod(lambda c, *a: str(path)))
    monkeypatch.setattr(imports.TextDialog, "ask", classmethod(lambda c, *a: "ZAK"))
    # sam signed in without a password holds no key: the app says so and writes nothing.
    ctx = Context(db, db_path, site.actor_for(db, "sam"))
    said = _said(ctx)
    imports.export_transfer(parent, ctx, "P1")
    assert not path.exists() and "A supervisor or admin signs" in said[-1]
    ctx = Context(db, db_path, site.login(db, "admin", PASSWORD))
    imports.export_transfer(parent, ctx, "P1")
    assert path.exists()
    return path


def _fingerprint(path) -> str:
    return sitekey.key_fingerprint(json.loads(path.read_text())["body"]["sender"]["key"])


def test_an_admin_pins_the_key_by_typing_the_fingerprint(
    qtbot, parent, receiver, exported, monkeypatch
):
    db, path = receiver
    monkeypatch.setattr(dialogs.OpenFileDialog, "ask", classmethod(lambda c, *a: str(exported)))
    asked = []

    def pin(cls, parent, site_code, found, pinned):
        asked.append((site_code, found, pinned))
        return {"fingerprint": _fingerprint(exported).lower()}  # as read over the phone

    monkeypatch.setattr(imports.PinKeyDialog, "ask", classmethod(pin))
    monkeypatch.setattr(
        imports.TextDialog, "ask", classmethod(lambda c, *a: pytest.fail("no reason asked"))
    )
    ctx = Context(db, path, site.login(db, "root", PASSWORD))
    imports.import_transfer(parent, ctx)
    assert asked == [("KSF", _fingerprint(exported), None)]
    assert transfers.partner_keys(db)[0]["fingerprint"] == _fingerprint(exported)
    assert lots.get_lot(db, "KSF-P1").declared_mct == 60_000
    assert audit_entries(db, action="transfer.import", limit=1)[0].user == "root"


def test_a_typed_fingerprint_that_differs_pins_nothing_useful(
    qtbot, parent, receiver, exported, monkeypatch
):
    """The partner reads out another key's fingerprint: the file is still refused."""
    db, path = receiver
    _private, other = sitekey.generate()
    monkeypatch.setattr(dialogs.OpenFileDialog, "ask", classmethod(lambda c, *a: str(exported)))
    monkeypatch.setattr(
        imports.PinKeyDialog,
        "ask",
        classmethod(lambda c, *a: {"fingerprint": sitekey.key_fingerprint(other)}),
    )
    monkeypatch.setattr(imports.TextDialog, "ask", classmethod(lambda c, *a: None))
    ctx = Context(db, path, site.login(db, "root", PASSWORD))
    imports.import_transfer(parent, ctx)
    assert db.execute("SELECT count(*) FROM lots").fetchone()[0] == 0


def test_a_supervisor_is_refused_and_offered_nothing(
    qtbot, parent, receiver, exported, monkeypatch
):
    db, path = receiver
    monkeypatch.setattr(dialogs.OpenFileDialog, "ask", classmethod(lambda c, *a: str(exported)))
    for name in ("PinKeyDialog", "TextDialog"):
        monkeypatch.setattr(
            getattr(imports, name), "ask", classmethod(lambda c, *a: pytest.fail("offered"))
        )
    ctx = Context(db, path, site.login(db, "zsup", PASSWORD))
    said = _said(ctx)
    imports.import_transfer(parent, ctx)
    assert "no key of KSF is pinned here" in said[-1] and _fingerprint(exported) in said[-1]
    assert db.execute("SELECT count(*) FROM lots").fetchone()[0] == 0


def test_an_admin_accepts_one_file_with_a_reason(qtbot, parent, receiver, exported, monkeypatch):
    """The question says what is accepted (the parcel, its sender and carats, the file's
    fingerprint as the sender's app said it): the problem alone named none of it."""
    db, path = receiver
    monkeypatch.setattr(dialogs.OpenFileDialog, "ask", classmethod(lambda c, *a: str(exported)))
    monkeypatch.setattr(imports.PinKeyDialog, "ask", classmethod(lambda c, *a: None))
    asked: list[str] = []
    monkeypatch.setattr(
        imports.TextDialog,
        "ask",
        classmethod(lambda c, p, title, text: asked.append(text) or "sheet in the post"),
    )
    ctx = Context(db, path, site.login(db, "root", PASSWORD))
    imports.import_transfer(parent, ctx)
    fingerprint = json.loads(exported.read_text())["fingerprint"][:16]
    assert (
        f"The file: parcel P1 from KSF (Kasane Sorting), 60.000 ct, fingerprint {fingerprint}."
        in asked[0]
    )
    details = json.loads(audit_entries(db, action="transfer.import", limit=1)[0].details)
    assert details["accepted"] == {"by": "root", "reason": "sheet in the post"}
    assert transfers.partner_keys(db) == []


def test_a_file_swapped_while_the_admin_was_asked_is_not_imported(
    qtbot, parent, receiver, exported, monkeypatch
):
    """The admin accepts the file they were shown; one put in its place while they typed the
    reason (unsigned, another weight) is refused, not imported under their acceptance."""
    db, path = receiver
    monkeypatch.setattr(dialogs.OpenFileDialog, "ask", classmethod(lambda c, *a: str(exported)))
    monkeypatch.setattr(imports.PinKeyDialog, "ask", classmethod(lambda c, *a: None))

    def swap_then_answer(cls, *args):
        envelope = json.loads(exported.read_text())
        envelope.pop("signature")
        envelope["body"]["parcel"]["mct"] += 5_000
        envelope["body"]["parcel"]["lines"][0]["mct"] += 5_000
        envelope["fingerprint"] = sha256_hex(canonical_json(envelope["body"]))
        exported.write_text(json.dumps(envelope))
        return "sheet in the post"

    monkeypatch.setattr(imports.TextDialog, "ask", classmethod(swap_then_answer))
    ctx = Context(db, path, site.login(db, "root", PASSWORD))
    said = _said(ctx)
    imports.import_transfer(parent, ctx)
    assert db.execute("SELECT count(*) FROM lots").fetchone()[0] == 0
    assert "changed after it was read" in said[-1] and "nothing was imported" in said[-1]


def test_a_file_given_is_imported_without_asking_which(
    qtbot, parent, receiver, exported, monkeypatch
):
    """The file double-clicked (``sortapp FILE``) is the one imported: no file dialog."""
    db, path = receiver
    monkeypatch.setattr(
        dialogs.OpenFileDialog, "ask", classmethod(lambda c, *a: pytest.fail("asked for a file"))
    )
    monkeypatch.setattr(imports.PinKeyDialog, "ask", classmethod(lambda c, *a: None))
    monkeypatch.setattr(imports.TextDialog, "ask", classmethod(lambda c, *a: "sheet in the post"))
    ctx = Context(db, path, site.login(db, "root", PASSWORD))
    imports.import_transfer(parent, ctx, str(exported))
    assert lots.get_lot(db, "KSF-P1").declared_mct == 60_000


def test_the_app_started_on_a_transfer_file_starts_its_import(
    qtbot, receiver, exported, tmp_path, monkeypatch
):
    """``app.main`` given a transfer file (a double-click) signs in as ever, shows the window,
    then starts that file's import in it, for whoever signed in."""
    _db, path = receiver
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    started = []
    monkeypatch.setattr(
        imports,
        "import_transfer",
        lambda parent, ctx, file: started.append((parent.isVisible(), ctx.actor.name, file)),
    )
    monkeypatch.setattr(
        dialogs.LoginDialog, "ask", classmethod(lambda c, p, s, u="", n="": ("zsup", PASSWORD))
    )
    windows = []
    real_open_window = app.open_window

    def open_window(target):
        windows.append(real_open_window(target))
        return windows[-1]

    collecting = []

    class Loop:  # the app's event loop: until the import has started, then the window closed
        def exec(self) -> int:
            collecting.append(gc.isenabled())
            qtbot.waitUntil(lambda: bool(started))
            windows[-1].close()
            return 0

    monkeypatch.setattr(app, "open_window", open_window)
    monkeypatch.setattr(app, "make_application", Loop)
    monkeypatch.setattr(app.gc, "freeze", lambda: None)
    monkeypatch.setattr(app.sys, "excepthook", app.sys.excepthook)
    desktop.starting()  # as the program's start does (the collector held off) ...
    try:
        assert app.main(path, transfer=str(exported)) == 0
    finally:
        gc.enable()
    assert started == [(True, "zsup", str(exported))]
    assert collecting == [True]  # ... and resumed once the window shows, before its loop


def test_a_file_from_abroad_that_names_no_certificate_asks_for_it(
    qtbot, parent, receiver, exported, monkeypatch, tmp_path
):
    """A file (format 1, as an earlier sortapp wrote them) whose parcel names no KP
    certificate: the goods crossed a border under one, so the app asks for its number, and a
    cancel imports nothing."""
    db, path = receiver
    env = json.loads(exported.read_text())
    body = env["body"]
    body["version"] = 1
    del body["sender"]["key"], body["to"], env["signature"], body["parcel"]["kp_cert"]
    env["fingerprint"] = sha256_hex(canonical_json(body))
    unnamed = tmp_path / "unnamed.sortapp-transfer"
    unnamed.write_text(json.dumps(env), "utf-8")
    monkeypatch.setattr(dialogs.OpenFileDialog, "ask", classmethod(lambda c, *a: str(unnamed)))
    asked: list[tuple[str, str]] = []
    answers = iter(["an older release's file", None, "an older release's file", "BW-2026-5"])

    def answer(_cls, _parent, title, _label, note=""):
        asked.append((title, note))
        return next(answers)

    monkeypatch.setattr(imports.TextDialog, "ask", classmethod(answer))
    ctx = Context(db, path, site.login(db, "root", PASSWORD))
    imports.import_transfer(parent, ctx)  # the reason, then the certificate cancelled
    assert asked[1] == (
        "Incoming KP certificate",
        "Parcel P1 from KSF was shipped from BW, and the file names no KP certificate. Goods "
        "from another country are received under theirs: type the number of the certificate "
        "that came with them.",
    )
    assert lots.list_lots(db, ctx.actor) == []
    said = _said(ctx)
    imports.import_transfer(parent, ctx)
    assert said[-1] == "Imported unnamed.sortapp-transfer as lot KSF-P1, awaiting weighing."
    lot = lots.get_lot(db, "KSF-P1")
    assert (lot.kp_cert_in, lot.from_country) == ("BW-2026-5", "BW")
