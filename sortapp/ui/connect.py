"""Connecting this workstation to the facility server: the dialog an admin fills in.

Which database the workstation uses is shown at the top (a file's path, or the server's
``host:port/db``, never a password). The admin names the server (host, port, database, TLS mode),
tests their own sign-in there and saves it to the machine configuration file; all of it is
``services.workstation``'s, run on a thread of its own (a server out of reach may take the
connection's timeout to say so), never on the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sortapp.core.errors import SortAppError
from sortapp.core.i18n import N_
from sortapp.core.roles import Actor
from sortapp.services import workstation
from sortapp.services.workstation import NotWritable, Saved, Server, Source
from sortapp.ui.dialogs import modal
from sortapp.ui.errors import error_text
from sortapp.ui.i18n import marked, say, tr

log = logging.getLogger(__name__)

#: The TLS modes offered, as shown, and libpq's ``sslmode`` for each.
TLS_CHOICES = (
    (N_("libpq's default (prefer)"), ""),
    (N_("verify-full: encrypted, the server's certificate and name checked"), "verify-full"),
    (N_("verify-ca: encrypted, the server's certificate checked"), "verify-ca"),
    (N_("require: encrypted, the certificate not checked"), "require"),
    ("prefer", "prefer"),
    (N_("disable: not encrypted"), "disable"),
)


def shown_source(shown: Source) -> str:
    """Which database this workstation uses, and what named it, in a sentence."""
    named = {
        "given": tr("given on the command line (--db)"),
        "environment": tr("named by SORTAPP_DB"),
        "machine": tr("named by the machine configuration file {config}").format(
            config=shown.config
        ),
        "default": tr("the default: no server is configured"),
    }[shown.named_by]
    if shown.on_server:
        said = tr("This workstation uses the facility server {where} ({named}).")
    else:
        said = tr("This workstation uses the database file {where} ({named}).")
    return said.format(where=shown.where, named=named)


class _Call(QThread):
    """A service call on its own thread: ``result`` or ``error`` when ``finished``."""

    def __init__(self, fn: Callable[[], Any], parent: QObject) -> None:
        super().__init__(parent)
        self.fn = fn
        self.answer: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.answer = self.fn()
        except Exception as exc:  # said in the dialog, on the GUI thread
            self.error = exc


class ConnectDialog(QDialog):
    """Name the facility server, test a sign-in there, save it for the next start."""

    #: Emitted when a test or a save is done: True when it went through.
    answered = Signal(bool)

    def __init__(self, parent: QWidget | None, shown: Source, by: Actor | None = None) -> None:
        super().__init__(parent)
        self.by = by
        self.saved: Saved | None = None
        self.call: _Call | None = None
        self._saying: Callable[[Any], str] = str
        self.setWindowTitle(tr("Connect this workstation to the facility server"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        self.current = QLabel(shown_source(shown))
        self.current.setObjectName("connect_current")
        self.current.setWordWrap(True)
        layout.addWidget(self.current)
        form = QFormLayout()
        layout.addLayout(form)
        self.host = self._line("connect_host", "")
        self.port = self._line("connect_port", str(workstation.DEFAULT_PORT))
        self.database = self._line("connect_database", "sortapp")
        self.tls = QComboBox()
        self.tls.setObjectName("connect_tls")
        for label, mode in TLS_CHOICES:
            self.tls.addItem(marked(label), mode)
        self.user = self._line("connect_user", by.name if by is not None else "")
        self.password = self._line("connect_password", "")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(tr("Server host"), self.host)
        form.addRow(tr("Port"), self.port)
        form.addRow(tr("Database"), self.database)
        form.addRow(tr("TLS"), self.tls)
        form.addRow(tr("Your sortapp user"), self.user)
        form.addRow(tr("Your password"), self.password)
        note = QLabel(
            tr(
                "You sign in to the server as your own sortapp user, who must be an admin "
                "there; no password is saved. Saving writes the machine configuration file "
                "{config}: sortapp opens the server at its next start, for everyone at this "
                "workstation."
            ).format(config=shown.config)
        )
        note.setObjectName("connect_note")
        note.setWordWrap(True)
        layout.addWidget(note)
        self.outcome = QLabel("")
        self.outcome.setObjectName("connect_outcome")
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.outcome)
        buttons = QDialogButtonBox()
        self.test_button = QPushButton(tr("Test the connection"))
        self.test_button.setObjectName("connect_test")
        self.save_button = QPushButton(tr("Save for the next start"))
        self.save_button.setObjectName("connect_save")
        buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.test_button.clicked.connect(self.test)
        self.save_button.clicked.connect(self.save)
        layout.addWidget(buttons)
        self.host.setFocus()

    def _line(self, name: str, value: str) -> QLineEdit:
        edit = QLineEdit(value)
        edit.setObjectName(name)
        return edit

    def server(self) -> Server | None:
        """The server as typed; None when a field is wrong (said in the dialog)."""
        try:
            return Server.of(
                self.host.text(), self.port.text(), self.database.text(), self.tls.currentData()
            )
        except SortAppError as exc:
            self._said(error_text(exc), ok=False)
            return None

    def test(self) -> None:
        """Test the admin's sign-in on the server (in the background)."""
        server = self.server()
        if server is None:
            return
        user, password = self.user.text(), self.password.text()
        self._run(
            lambda: workstation.try_sign_in(server, user, password),
            tr("Testing {where}...").format(where=server.where),
            lambda actor: tr(
                "Connected to {where}: signed in as {user} ({role}). "
                "Save it for this workstation's next start."
            ).format(where=server.where, user=actor.name, role=marked(actor.role.label)),
        )

    def save(self) -> None:
        """Test the sign-in, then write the machine configuration file (in the background)."""
        server = self.server()
        if server is None:
            return
        user, password, by = self.user.text(), self.password.text(), self.by

        def said(saved: Saved) -> str:
            self.saved = saved
            text = tr(
                "Saved in {path}: sortapp opens {where} at its next start on this workstation."
            ).format(path=saved.path, where=server.where)
            return f"{text} {say(saved.overridden)}." if saved.overridden else text

        self._run(
            lambda: workstation.connect(server, user, password, by=by),
            tr("Testing {where} and saving...").format(where=server.where),
            said,
        )

    def _run(self, fn: Callable[[], Any], doing: str, said: Callable[[Any], str]) -> None:
        if self.call is not None:
            return
        self._said(doing, ok=True)
        self.test_button.setEnabled(False)
        self.save_button.setEnabled(False)
        self._saying = said
        self.call = _Call(fn, self)
        # (a bound method of this dialog: run on the GUI thread, not the call's)
        self.call.finished.connect(self._on_call_finished)
        self.call.start()

    def _on_call_finished(self) -> None:
        call, self.call = self.call, None
        if call is None:
            return
        call.deleteLater()
        self.test_button.setEnabled(True)
        self.save_button.setEnabled(True)
        if call.error is None:
            self._said(self._saying(call.answer), ok=True)
            self.answered.emit(True)
            return
        exc = call.error
        if isinstance(exc, NotWritable):
            self._said(
                tr(
                    "This workstation cannot write {path}; nothing was changed. Ask IT to "
                    "deploy that file with this content:\n\n{content}"
                ).format(path=exc.path, content=exc.content),
                ok=False,
            )
        elif isinstance(exc, SortAppError):
            self._said(error_text(exc), ok=False)
        else:
            log.error("connecting the workstation failed", exc_info=exc)
            self._said(tr("Unexpected error: {error}").format(error=exc), ok=False)
        self.answered.emit(False)

    def _said(self, text: str, *, ok: bool) -> None:
        self.outcome.setText(text)
        self.outcome.setStyleSheet("" if ok else "QLabel#connect_outcome { color: #b00020; }")

    def done_with(self) -> None:
        """Wait for a call under way (the dialog is closing)."""
        if self.call is not None:
            self.call.wait()

    def reject(self) -> None:
        self.done_with()
        super().reject()

    @classmethod
    def ask(cls, parent: QWidget | None, shown: Source, by: Actor | None = None) -> Saved | None:
        """Show the dialog until closed; what was saved, if anything."""
        dialog = cls(parent, shown, by)
        modal(dialog)
        return dialog.saved
