"""Issue 10, finding 6, the desktop side: a PDF is recorded exactly when it is written, and a
read that fails in the environment is shown as a known error, not as a bug."""

from __future__ import annotations

import os
import sqlite3

import pytest

from sortapp.core.errors import KnownStorageError, UserError
from sortapp.core.i18n import N_, phrase
from sortapp.reports import documents, printing
from sortapp.services import reports
from sortapp.services.verify import audit_entries
from sortapp.storage import outfiles
from sortapp.ui import errors


def _prints(db):
    return audit_entries(db, action="print.", limit=100)


def test_a_pdf_that_cannot_be_put_in_place_is_not_recorded(
    qapp, sealed, who, tmp_path, monkeypatch
):
    def fails(part, target, what):
        raise UserError(f"{what}: the disk went away")

    monkeypatch.setattr(outfiles, "replace_onto", fails)
    (tmp_path / "out").mkdir()
    path = tmp_path / "out" / "m.pdf"
    with pytest.raises(UserError, match="went away"):
        printing.save_pdf(sealed, who.olu, documents.manifest(sealed, "P1"), path)
    assert _prints(sealed) == []
    assert not list(path.parent.iterdir())


def test_a_pdf_whose_record_fails_is_taken_back(qapp, sealed, who, tmp_path, monkeypatch):
    def full(*args, **kwargs):
        raise KnownStorageError("The disk is full", "Free some space")

    monkeypatch.setattr(reports, "record", full)
    path = tmp_path / "m.pdf"
    with pytest.raises(KnownStorageError):
        printing.save_pdf(sealed, who.olu, documents.manifest(sealed, "P1"), path)
    assert not path.exists()
    assert _prints(sealed) == []


@pytest.mark.parametrize("kind", ["folder", "pipe", "link"])
def test_save_pdf_never_replaces_what_is_not_a_regular_file(qapp, sealed, who, tmp_path, kind):
    (tmp_path / "out").mkdir()
    path = tmp_path / "out" / "out.pdf"
    if kind == "folder":
        path.mkdir()
    elif kind == "pipe":
        os.mkfifo(path)
    else:
        path.symlink_to(tmp_path / "out" / "elsewhere.pdf")
    with pytest.raises(UserError, match="not a regular file"):
        printing.save_pdf(sealed, who.olu, documents.manifest(sealed, "P1"), path)
    assert _prints(sealed) == []
    assert {p.name for p in path.parent.iterdir()} == {"out.pdf"}


def test_a_pdf_over_a_regular_file_is_written_and_recorded_once(qapp, sealed, who, tmp_path):
    path = tmp_path / "m.pdf"
    path.write_bytes(b"old")
    assert printing.save_pdf(sealed, who.olu, documents.manifest(sealed, "P1"), path)[1] == 0
    assert path.read_bytes().startswith(b"%PDF")
    assert len(_prints(sealed)) == 1


def _sqlite_error(name: str) -> sqlite3.Error:
    exc = sqlite3.OperationalError("disk I/O error")
    exc.sqlite_errorname = name
    return exc


def test_a_read_error_is_shown_as_a_known_error(qapp, caplog):
    text = errors.show_error(None, _sqlite_error("SQLITE_IOERR_READ"))
    assert text.startswith("The disk could not be read or written")
    assert "Unexpected" not in text
    assert not [r for r in caplog.records if r.levelno >= 30]


def test_a_bug_from_sqlite_is_still_a_bug(qapp, caplog):
    text = errors.error_text(_sqlite_error("SQLITE_ERROR"))
    assert text.startswith("Unexpected error: OperationalError")


def test_a_refusal_shown_on_its_own_begins_with_a_capital_where_its_words_begin_it(qapp):
    """The core writes a refusal to follow a colon ("lot L1 is sorting: ..."); shown on its own
    (a message box, a dialog's top line, the status bar) it is a sentence. A fact that begins
    one (a path, a user's name) is shown as it is."""
    sorting = UserError(phrase("lot {lot} is sorting: correct its entries instead", lot="l1"))
    assert errors.error_text(sorting) == "Lot l1 is sorting: correct its entries instead"
    path = UserError(phrase("{path} is not a file (a folder, pipe or device)", path="data/x"))
    assert errors.error_text(path) == "data/x is not a file (a folder, pipe or device)"
    field = UserError(phrase("{field}: enter a weight", field=N_("weighed carats")))
    assert errors.error_text(field) == "Weighed carats: enter a weight"  # (a marked word)
    state = phrase("parcel {parcel} is sealed", parcel="p1")
    shipped = UserError(phrase("{state}; only a sealed parcel ships", state=state))
    assert errors.error_text(shipped) == "Parcel p1 is sealed; only a sealed parcel ships"
    named = UserError(phrase("{field}: enter a weight", field="carats of olu"))
    assert errors.error_text(named) == "carats of olu: enter a weight"  # (text: as it is)
    plain = UserError("no such lot")  # (not a phrase: data, shown as it is)
    assert errors.error_text(plain) == "no such lot"
    storage = KnownStorageError(phrase("the backup folder is full"), phrase("Free some space"))
    assert errors.error_text(storage) == "The backup folder is full. Free some space"
