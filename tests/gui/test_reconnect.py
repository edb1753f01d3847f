"""The tries to reconnect to a facility server that stays down: what the log keeps of them."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from sortapp.core.errors import KnownStorageError
from sortapp.ui.offline import Reconnect, banner


class Server:
    """A facility server as a try to connect meets it: down (out of reach), failing otherwise,
    or up."""

    where = "db.facility:5432"

    def __init__(self) -> None:
        self.failure: Exception | None = KnownStorageError(
            "The facility server cannot be reached", code="server_unreachable"
        )

    def open(self) -> object:
        if self.failure is not None:
            raise self.failure
        return object()  # (the new connection: handed to the context)


class Session(QObject):
    """The context's part the tries see: offline until a try hands it a connection."""

    online_changed = Signal(bool)

    def __init__(self, target: Server) -> None:
        super().__init__()
        self.target, self.offline = target, False

    def lost(self) -> None:
        self.offline = True
        self.online_changed.emit(False)

    def reconnected(self, _db: object) -> None:
        self.offline = False
        self.online_changed.emit(True)


def test_a_server_down_for_long_is_logged_once_per_failure_then_counted(qtbot, caplog, expect_log):
    """A try every 30 s of a server down over a weekend logged a line each: each failure is
    logged as it starts, then counted, and how many times is logged as it ends (another
    failure, or a try that goes through)."""
    caplog.set_level(logging.INFO, logger="sortapp.ui.offline")
    expect_log(logging.WARNING, "^could not reconnect to the facility server: ")
    server = Server()
    session = Session(server)
    reconnect = Reconnect(session, banner())  # type: ignore[arg-type]  # (the part it uses)

    def tried() -> bool:
        with qtbot.waitSignal(reconnect.attempted, timeout=10_000) as attempt:
            assert reconnect.try_now()
        return attempt.args[0]

    session.lost()
    assert [tried() for _ in range(3)] == [False, False, False]
    server.failure = RuntimeError("the server's certificate changed")
    assert [tried() for _ in range(2)] == [False, False]
    server.failure = None
    assert tried() and not session.offline
    assert [r.getMessage() for r in caplog.records] == [
        "the facility server is still out of reach: The facility server cannot be reached",
        "reconnecting to the facility server failed 3 time(s) "
        "(KnownStorageError: The facility server cannot be reached)",
        "could not reconnect to the facility server: the server's certificate changed",
        "reconnecting to the facility server failed 2 time(s) "
        "(RuntimeError: the server's certificate changed)",
        "reconnected to the facility server db.facility:5432",
    ]
    reconnect.stop()
