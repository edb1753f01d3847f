"""The balance at this workstation, on screen: its live reading, and a stable reading captured
into a carat field with where it came from (issue 16).

One :class:`BalanceWorker` per session talks to the balance in a thread of its own (every
serial call blocks: the GUI thread never makes one); a :class:`BalanceLink` in the GUI thread
owns that thread and shares the balance between the panels (Receiving's form, the Weigh
dialogs, Sorting's entry row); a :class:`BalancePanel` shows it beside one carat field and
fills that field on Capture (F9, or the capture barcode scanned), remembering the
``WeightSource`` until the field is edited by hand.

Which balance this workstation uses is chosen here, on the workstation (QSettings, as the text
size is), not in the database: only its register code. The balance is opened exactly as the
register says (its port, serial line, terminator, a generic balance's pattern): a workstation
cannot point itself at another port (a simulator) and record what it says as captured.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import logging
import weakref
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, TypeVar

import shiboken6
from PySide6.QtCore import (
    QEvent,
    QObject,
    QSettings,
    QSize,
    Qt,
    QThread,
    QTimer,
    Signal,
    SignalInstance,
    Slot,
)
from PySide6.QtGui import (
    QFont,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from sortapp.balances.reading import (
    BalanceError,
    DeviceInfo,
    Reading,
    Status,
    capture_refusal,
    reading_mct,
)
from sortapp.core.canonical import parse_iso_utc
from sortapp.core.clock import utc_now
from sortapp.core.errors import SortAppError
from sortapp.core.i18n import N_, Phrase
from sortapp.core.repeats import Repeats
from sortapp.core.roles import Role
from sortapp.core.weighing import KEYED, WeightSource
from sortapp.ui.context import Context
from sortapp.ui.i18n import date_text, marked, moment_text, number_text, say, tr
from sortapp.ui.widgets import NumberField, enable

if TYPE_CHECKING:
    from sortapp.core.entities import BalanceRecord
    from sortapp.services.balances import CaptureState

log = logging.getLogger(__name__)

# -- this workstation's balance (QSettings, user scope: this computer user account's, whoever
# signs in to the app) ---------------------------------------------------------------------------

#: The register code of the balance at this workstation.
CODE_KEY = "workstation/balance_code"
#: Where an earlier version kept a port of the workstation's own: no longer read (ignored,
#: said once in the station dialog, removed when the dialog is answered).
PORT_KEY = "workstation/balance_port"
#: What a scanner types for "capture": the command barcode.
CAPTURE_CODE_KEY = "workstation/capture_barcode"
DEFAULT_CAPTURE_CODE = "*CAPTURE*"

#: How long a captured weight may wait before it is recorded (the services refuse an older
#: capture, by its ``captured_at`` against ``sortapp.core.clock``).
CAPTURE_MAX_AGE_S = 10 * 60
#: When the panel clears a capture, to be captured again: before the services would refuse
#: it (measured as they measure it: its ``captured_at`` against ``clock.utc_now``).
CAPTURE_EXPIRE_S = 9 * 60 + 30
#: How often the panel looks whether its captures have aged.
AGE_CHECK_MS = 15_000

#: How often the live reading is asked for (~5 Hz).
POLL_MS = 200
#: How long Capture waits for a stable reading.
STABLE_TIMEOUT_S = 5.0
#: The waits before each reconnection attempt (the last one repeats).
BACKOFF_S: tuple[float, ...] = (1, 2, 5, 10)
#: How long closing waits for the balance's thread (a read under way ends by its timeout).
STOP_WAIT_MS = 15000

STABLE_MARK = "\u25cf"  # ●
MOVING_MARK = "~"
STABLE_COLOUR = "#1b5e20"
MOVING_COLOUR = "#757575"
REFUSED_COLOUR = "#b00020"
DUE_COLOUR = "#7a5200"

NO_BALANCE = "No balance at this workstation"
#: The large line while there is no reading (connecting, lost).
NO_READING = "-"


@dataclass(frozen=True)
class Station:
    """The balance this workstation uses: its register code ('' for none)."""

    code: str = ""


def station() -> Station:
    """This workstation's balance, as chosen on it (a port kept by an earlier version is
    ignored: the register's is opened)."""
    return Station(str(QSettings().value(CODE_KEY, "") or "").strip())


def set_station(code: str) -> None:
    """Keep ``code`` as this workstation's balance ('' for none); a port an earlier version
    kept goes."""
    prefs = QSettings()
    prefs.setValue(CODE_KEY, code.strip())
    prefs.remove(PORT_KEY)


def stale_port() -> str:
    """The port an earlier version kept for this workstation ('': none): ignored."""
    return str(QSettings().value(PORT_KEY, "") or "").strip()


def capture_code() -> str:
    """The barcode that captures a weight when scanned (``*CAPTURE*`` unless configured)."""
    return str(QSettings().value(CAPTURE_CODE_KEY, DEFAULT_CAPTURE_CODE) or DEFAULT_CAPTURE_CODE)


def bare(code: str) -> str:
    """``code`` without the asterisks around it ('' when it has none): what a Code 39 scanner
    sends for it (``CAPTURE``), as Code 39 does not transmit its start and stop characters."""
    if len(code) > 2 and code.startswith("*") and code.endswith("*"):
        return code[1:-1]
    return ""


# -- the device, behind one seam -----------------------------------------------------------------


class Device(Protocol):
    """What the worker asks of a balance (``sortapp.balances.device.Balance``)."""

    def identify(self) -> DeviceInfo: ...
    def read(self) -> Reading: ...
    def read_stable(self, timeout: float) -> Reading: ...
    def zero(self) -> None: ...
    def tare(self) -> None: ...
    def cancel(self) -> None: ...
    def close(self) -> None: ...


#: Opens the balance (in the worker's thread); raises BalanceError or OSError when it cannot.
Opener = Callable[[], Device]


def opener_for(record: BalanceRecord) -> Opener:
    """How to open the register's balance ``record``: exactly its port, with the register's
    serial line and terminator (``services.balances.port_settings``); a generic balance reads
    by the register's pattern (its default when blank)."""
    from sortapp.balances import device, protocols  # noqa: PLC0415 (on connecting)
    from sortapp.services import balances  # noqa: PLC0415

    settings = balances.port_settings(record)
    protocol: str | protocols.GenericProfile = record.protocol or "mt-sics"
    if protocol == "generic" and record.pattern:
        protocol = dataclasses.replace(protocols.GENERIC_DEFAULT, pattern=record.pattern)
    url = record.port

    def _open() -> Device:
        return device.Balance(url, protocol, settings)

    return _open


# -- the worker: every call to the balance, in its own thread -------------------------------------


class BalanceWorker(QObject):
    """Talks to one balance from a thread of its own (``moveToThread``; ``start`` when the
    thread starts): polls ``read()`` at ~5 Hz, captures a stable reading, zeroes and tares,
    and reconnects with backoff when the balance is lost."""

    #: Each live reading (a ``Reading``).
    reading = Signal(object)
    #: "connecting", "connected", "disconnected: reconnecting in N s".
    state = Signal(str)
    #: Who the balance said it is at connect (a ``DeviceInfo``).
    identified = Signal(object)
    #: The stable reading Capture took (a ``Reading`` that may be recorded).
    captured = Signal(object)
    #: Why Capture took nothing, in words.
    refused = Signal(str)
    #: The outcome of Zero or Tare, in a sentence.
    told = Signal(str)
    #: Why the balance was lost (with ``state`` "disconnected: ...").
    lost = Signal(str)
    #: The balance zeroed or tared on request ("zero", "tare"), before its ``told``.
    adjusted = Signal(str)

    def __init__(
        self,
        opener: Opener,
        *,
        poll_ms: int = POLL_MS,
        stable_timeout_s: float = STABLE_TIMEOUT_S,
        backoff_s: Sequence[float] = BACKOFF_S,
    ) -> None:
        super().__init__()
        self._opener = opener
        self._poll_ms = poll_ms
        self._stable_timeout_s = stable_timeout_s
        self._backoff_s = tuple(backoff_s) or BACKOFF_S
        self._device: Device | None = None
        #: The balance being opened or talked to (for ``cancel`` from the GUI thread).
        self._talking: Device | None = None
        self._attempt = 0
        self._stopped = False
        self._poll: QTimer | None = None
        self._retry: QTimer | None = None
        #: The refusal the polls meet: logged the first time, then once it ends (``_tick``).
        self._refusing = Repeats(log, "the balance's refusal ended after %d poll(s) in a row (%s)")
        #: Why the balance is lost, as the tries to connect again meet it: logged the first
        #: time, then counted until it connects, is lost otherwise, or stops (a balance
        #: unplugged over a weekend, tried every 10 s, logged a line each: 2 MB, a whole file
        #: of the rotated log).
        self._losing = Repeats(log, "balance lost %d time(s) in a row (%s)")

    @Slot()
    def start(self) -> None:
        """In the worker's thread: make the timers there, and connect."""
        self._poll = QTimer(self)
        self._poll.setInterval(self._poll_ms)
        self._poll.timeout.connect(self._tick)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self._connect)
        self._connect()

    def _connect(self) -> None:
        if self._stopped:
            return
        self.state.emit("connecting")
        device: Device | None = None
        first: Reading | None = None
        try:
            device = self._opener()
            self._talking = device
            if self._stopped:  # cancelled while it opened
                raise BalanceError("closing")
            info, first = _identified(device)
        except (BalanceError, OSError) as exc:
            if device is not None:
                _close(device)
            self._lose(_said(exc))
            return
        self._device = device
        self._attempt = 0
        self._losing.end()
        self.identified.emit(info)
        self.state.emit("connected")
        if first is not None:
            self.reading.emit(first)
        assert self._poll is not None  # (made by start)
        self._poll.start()

    def _lose(self, why: str) -> None:
        """The balance is gone: close it, say so, and try again after the next backoff."""
        self._refusing.end()
        if self._poll is not None:
            self._poll.stop()
        if self._device is not None:
            _close(self._device)
            self._device = None
        if self._stopped:
            return
        delay = self._backoff_s[min(self._attempt, len(self._backoff_s) - 1)]
        self._attempt += 1
        if self._losing.met(why):
            log.info("balance lost (%s); reconnecting in %g s", why, delay)
        self.lost.emit(why)
        self.state.emit(tr("disconnected: reconnecting in {delay} s").format(delay=f"{delay:g}"))
        assert self._retry is not None  # (made by start)
        self._retry.start(round(delay * 1000))

    def _tick(self) -> None:
        if self._device is None or self._stopped:
            return
        try:
            reading = self._device.read()
        except BalanceError as exc:
            if not _gone(exc):
                # Logged the first time; the same refusal at the next polls only counted (a
                # balance set to a protocol it does not speak refuses every one, five a second).
                if self._refusing.met(str(exc)):
                    log.info("the balance refused a reading: %s", exc)
                return  # asked again at the next tick
            self._lose(_said(exc))
            return
        except OSError as exc:
            self._lose(_said(exc))
            return
        self._refusing.end()
        self.reading.emit(reading)

    @Slot()
    def capture(self) -> None:
        """Take a stable reading (``read_stable``): ``captured``, or ``refused`` with why."""
        if self._device is None:
            self.refused.emit(tr("the balance is not connected: check its cable and power"))
            return
        try:
            reading = self._device.read_stable(self._stable_timeout_s)
        except BalanceError as exc:
            self.refused.emit(_said(exc, "") or tr("the balance gave no stable reading"))
            if _gone(exc):
                self._lose(_said(exc, ""))
            return
        except OSError as exc:
            self.refused.emit(tr("the balance was lost: {error}").format(error=_said(exc, "")))
            self._lose(_said(exc))
            return
        self.reading.emit(reading)
        why = capture_refusal(reading)
        if why is None:
            self.captured.emit(reading)
        else:
            self.refused.emit(say(why))

    @Slot()
    def zero(self) -> None:
        self._command("zero", "zeroed")

    @Slot()
    def tare(self) -> None:
        self._command("tare", "tared")

    def _command(self, name: str, done: str) -> None:
        words = _COMMAND_WORDS[name]
        if self._device is None:
            self.told.emit(marked(words[0]))
            return
        try:
            getattr(self._device, name)()
        except BalanceError as exc:
            self.told.emit(marked(words[1]).format(error=_said(exc, "")))
            return
        except OSError as exc:
            self.told.emit(marked(words[2]).format(error=_said(exc, "")))
            self._lose(_said(exc))
            return
        log.info("balance %s on request", done)
        self.adjusted.emit(name)
        # ("{code}": the link's, put in by the panel that says it)
        self.told.emit(marked(words[3]))

    def cancel(self) -> None:
        """From the GUI thread, as the window closes: nothing more is asked of the balance,
        and a read or a connect under way ends now (``Balance.cancel``) instead of at its
        timeout."""
        self._stopped = True
        device = self._talking
        if device is not None:
            device.cancel()

    @Slot()
    def stop(self) -> None:
        """Stop polling, close the balance and end the thread (in the worker's thread)."""
        self._stopped = True
        self._refusing.end()
        self._losing.end()
        for timer in (self._poll, self._retry):
            if timer is not None:
                timer.stop()
        if self._device is not None:
            _close(self._device)
            self._device = None
        self._talking = None
        thread = self.thread()
        if thread is not None:
            thread.quit()


#: What Zero and Tare say: not connected, refused, lost, done (the balance's code put in by the
#: panel: ``{code}``).
_COMMAND_WORDS: dict[str, tuple[str, str, str, str]] = {
    "zero": (
        N_("Not zeroed: the balance is not connected."),
        N_("The balance refused to zero: {error}."),
        N_("Not zeroed: the balance was lost ({error})."),
        N_("Balance {code} zeroed."),
    ),
    "tare": (
        N_("Not tared: the balance is not connected."),
        N_("The balance refused to tare: {error}."),
        N_("Not tared: the balance was lost ({error})."),
        N_("Balance {code} tared."),
    ),
}


def _said(exc: BaseException, otherwise: str | None = None) -> str:
    """What ``exc`` says, in the user's language (a ``Phrase`` of the balance's words is
    translated); ``otherwise`` (the exception's class name by default) when it says nothing."""
    first = exc.args[0] if len(exc.args) == 1 else None
    text = say(first) if isinstance(first, Phrase) else str(exc)
    if text:
        return text
    return exc.__class__.__name__ if otherwise is None else otherwise


def state_words(text: str) -> str:
    """A link's state (``BalanceLink.state_text``: "connecting", "connected", or the
    reconnection the worker said) in the user's language."""
    return {"connecting": tr("connecting"), "connected": tr("connected")}.get(text, text)


def _identified(device: Device) -> tuple[DeviceInfo, Reading | None]:
    """Who ``device`` says it is; a balance that does not answer (or refuses) who it is but
    reads is connected all the same, as one with no serial number (the panel blocks capture
    and says why), with that first reading. Raises when it does not read either."""
    try:
        return device.identify(), None
    except BalanceError as exc:
        if _disconnected(exc):
            raise
        log.info("the balance did not say who it is (%s): reading it instead", exc)
        try:
            reading = device.read()
        except BalanceError:
            raise exc from None
        return DeviceInfo(), reading


def _disconnected(exc: BalanceError) -> bool:
    """Whether ``exc`` says the port is gone or the balance's calls were cancelled (closing)."""
    from sortapp.balances import device  # noqa: PLC0415 (loaded with the balance)

    return isinstance(exc, (device.BalanceDisconnected, device.BalanceCancelled))


def _gone(exc: BalanceError) -> bool:
    """Whether ``exc`` says the balance is gone (the port lost, or no answer at all), as
    against a refusal or an unstable reading from a balance that is there."""
    from sortapp.balances import device  # noqa: PLC0415 (loaded with the balance)

    return isinstance(exc, (device.BalanceDisconnected, device.BalanceNoAnswer))


def _close(device: Device) -> None:
    with contextlib.suppress(BalanceError, OSError):
        device.close()


# -- the link: the worker's thread, owned in the GUI thread ---------------------------------------


class BalanceLink(QObject):
    """This session's balance: the worker and its thread, and what it last said, for every
    panel to show. A capture's answer goes back to the panel that asked (answers come in the
    order asked: the worker takes one request at a time)."""

    reading = Signal(object)
    state = Signal(str)
    identified = Signal(object)
    told = Signal(str)

    _capture_asked = Signal()
    _zero_asked = Signal()
    _tare_asked = Signal()
    _stop_asked = Signal()

    def __init__(
        self,
        code: str,
        opener: Opener,
        parent: QObject | None = None,
        *,
        port: str = "",
        **worker_options: object,
    ) -> None:
        super().__init__(parent)
        self.code = code
        #: The port opened (the register's): what a captured weight says it was read through.
        self.port = port
        #: The register's settings it was opened with (``connection``): a change reconnects.
        self.settings: tuple[object, ...] = ()
        self.last: Reading | None = None
        self.info: DeviceInfo | None = None
        self.state_text = "connecting"
        self.why_lost = ""
        #: Who asked for each capture not answered yet, with the panel's generation then.
        self._asked: deque[tuple[BalancePanel, int]] = deque()
        #: Who asked for each zero or tare not answered yet (its ``told`` answers it).
        self._adjusting: deque[BalancePanel | None] = deque()
        self._thread = QThread(self)
        self._thread.setObjectName(f"balance {code}")
        self.worker = BalanceWorker(opener, **worker_options)  # type: ignore[arg-type]
        self.worker.moveToThread(self._thread)
        self._thread.started.connect(self.worker.start)
        self._thread.finished.connect(self.worker.deleteLater)
        self._capture_asked.connect(self.worker.capture)
        self._zero_asked.connect(self.worker.zero)
        self._tare_asked.connect(self.worker.tare)
        self._stop_asked.connect(self.worker.stop)
        self.worker.reading.connect(self._on_worker_reading)
        self.worker.state.connect(self._on_worker_state)
        self.worker.identified.connect(self._on_worker_identified)
        self.worker.captured.connect(self._on_worker_captured)
        self.worker.refused.connect(self._on_worker_refused)
        self.worker.told.connect(self._on_worker_told)
        self.worker.adjusted.connect(self._on_worker_adjusted)
        self.worker.lost.connect(self._on_worker_lost)
        self._thread.start()

    @property
    def connected(self) -> bool:
        return self.state_text == "connected"

    @property
    def running(self) -> bool:
        return self._thread.isRunning()

    def capture(self, panel: BalancePanel, generation: int = 0) -> None:
        """Ask for a stable reading for ``panel``; its answer carries ``generation`` back (the
        panel drops an answer asked for in a context since gone)."""
        self._asked.append((panel, generation))
        self._capture_asked.emit()

    def zero(self, panel: BalancePanel | None = None) -> None:
        self._adjusting.append(panel)
        self._zero_asked.emit()

    def tare(self, panel: BalancePanel | None = None) -> None:
        self._adjusting.append(panel)
        self._tare_asked.emit()

    def stop(self) -> None:
        """End the worker's thread (the balance closed in it) and wait for it: a read or a
        connect under way is cancelled first, from here (the worker is busy with it)."""
        if not self._thread.isRunning():
            return
        self.worker.cancel()
        self._stop_asked.emit()
        if not self._thread.wait(STOP_WAIT_MS):
            log.error("the balance's thread did not end in %d ms", STOP_WAIT_MS)
        self._asked.clear()

    def _on_worker_reading(self, reading: Reading) -> None:
        self.last = reading
        self.reading.emit(reading)

    def _on_worker_state(self, text: str) -> None:
        self.state_text = text
        if text != "connected":
            self.last = None
        if text == "connected":
            self.why_lost = ""
        self.state.emit(text)

    def _on_worker_lost(self, why: str) -> None:
        self.why_lost = why

    def _on_worker_adjusted(self, action: str) -> None:
        panel = self._adjusting[0] if self._adjusting else None
        if panel is not None and shiboken6.isValid(panel):
            panel.adjusted(action)

    def _on_worker_told(self, text: str) -> None:
        if self._adjusting:
            self._adjusting.popleft()
        self.told.emit(text)

    def _on_worker_identified(self, info: DeviceInfo) -> None:
        self.info = info
        self.identified.emit(info)

    def _asker(self) -> tuple[BalancePanel, int] | None:
        while self._asked:
            panel, generation = self._asked.popleft()
            if shiboken6.isValid(panel):
                return panel, generation
        return None

    def _on_worker_captured(self, reading: Reading) -> None:
        asker = self._asker()
        if asker is not None:
            asker[0].take(reading, asker[1])

    def _on_worker_refused(self, why: str) -> None:
        asker = self._asker()
        if asker is not None:
            asker[0].refused_answer(why, asker[1])


#: Each session's balance link (made on first use; stopped as the window closes).
_LINKS: weakref.WeakKeyDictionary[Context, BalanceLink] = weakref.WeakKeyDictionary()


def link_for(ctx: Context) -> BalanceLink | None:
    """The session's link to this workstation's balance (started on first use); None when
    the workstation has none or its register code names no balance (said by the panel)."""
    link = _LINKS.get(ctx)
    if link is not None:
        return link
    here = station()
    if not here.code:
        return None
    record = balance_record(ctx, here.code)
    if record is None:
        return None
    link = BalanceLink(
        record.code,
        opener_for(record),
        port=record.port,
        poll_ms=POLL_MS,
        stable_timeout_s=STABLE_TIMEOUT_S,
        backoff_s=BACKOFF_S,
    )
    link.settings = connection(record)
    _LINKS[ctx] = link
    return link


def connection(record: BalanceRecord) -> tuple[object, ...]:
    """What of the register's record the link is opened with (``opener_for``): its port,
    protocol, serial line settings, terminator and pattern."""
    return (
        record.port,
        record.protocol,
        record.baudrate,
        record.bytesize,
        record.parity,
        record.stopbits,
        record.handshake,
        record.terminator,
        record.pattern,
    )


#: Said when the register's settings of the balance changed under a running link.
SETTINGS_CHANGED = N_("balance settings changed: reconnecting")


def reconnect(ctx: Context) -> None:
    """Stop the session's balance and open it again with the register's settings now (an
    admin changed them): every panel of the session shows the new link."""
    stop(ctx)
    for panel in _panels():
        if panel.ctx is ctx:
            panel.connect_balance()
    said = marked(SETTINGS_CHANGED)
    ctx.say(said[:1].upper() + said[1:] + ".")


def running_link(ctx: Context) -> BalanceLink | None:
    """The session's link if one was started (no balance is opened by asking)."""
    return _LINKS.get(ctx)


def stop(ctx: Context) -> None:
    """Stop the session's balance (the window closes; the workstation's balance changed)."""
    link = _LINKS.pop(ctx, None)
    if link is not None:
        link.stop()


def stop_all() -> None:
    """Stop every session's balance (the application quits; a test ends)."""
    for ctx in list(_LINKS):
        stop(ctx)


def balance_record(ctx: Context, code: str) -> BalanceRecord | None:
    """The register's balance ``code`` (None: no such balance, or the register unread)."""
    from sortapp.services import balances  # noqa: PLC0415 (on first use: a cheap start)

    try:
        return balances.get_balance(ctx.db, code)
    except SortAppError as exc:
        log.info("balance %s of this workstation: %s", code, exc)
        return None


def capture_state(ctx: Context, code: str, serial_no: str | None) -> CaptureState | None:
    from sortapp.services import balances  # noqa: PLC0415 (on first use: a cheap start)

    try:
        return balances.capture_state(ctx.db, code, serial_no)
    except SortAppError as exc:
        log.info("capture state of balance %s: %s", code, exc)
        return None


def record_adjustment(
    ctx: Context, parent: QWidget, code: str, serial_no: str, action: str
) -> None:
    """Record that balance ``code`` was zeroed or tared (``action``) by the person signed in
    (the audit log; a refusal said by ``ctx.act``): the one place the GUI records it."""
    from sortapp.services import balances  # noqa: PLC0415 (on first use: a cheap start)

    if ctx.locked:
        log.info("balance %s %s while locked (not recorded)", code, action)
        return
    ctx.act(parent, lambda: balances.record_adjustment(ctx.db, ctx.actor, code, serial_no, action))


def keyed_allowed(ctx: Context) -> bool:
    from sortapp.services import balances  # noqa: PLC0415 (on first use: a cheap start)

    try:
        return balances.keyed_allowed(ctx.db)
    except SortAppError:
        return True


# -- the panel -----------------------------------------------------------------------------------


class BalancePanel(QFrame):
    """The balance beside one carat field: the live reading, large, with its unit and a
    stability mark, what the balance is doing, which balance it is and its calibration and
    daily check; Capture (F9), Zero, Tare.

    Capture fills ``field`` with the stable reading (in the site's decimal mark) and keeps its
    ``WeightSource`` until the field is changed by hand (``source()``: keyed then).
    ``shortcut``: F9 captures in this panel's window (a dialog's; the main window's F9 is its
    menu's). ``gated``: Capture first asks whether the balance may capture now (calibration,
    today's check); the daily check's own panel is not gated (its check is what unblocks).
    ``stacked``: the buttons under the reading (a dialog's narrow panel). ``field_label``: the
    field's name, said ("F9 -> Loss carats") once ``add_field`` adds another field to fill.
    """

    #: A weight was captured into the field.
    weighed = Signal()

    def __init__(
        self,
        ctx: Context,
        field: NumberField,
        *,
        shortcut: bool = False,
        name: str = "",
        gated: bool = True,
        stacked: bool = False,
        field_label: str = N_("Carats"),
    ) -> None:
        super().__init__()
        self.ctx = ctx
        #: The field Capture fills now (of ``fields``: the one with the cursor, or last with it).
        self.field = field
        #: The carat fields Capture may fill, each with its name (``add_field``).
        self.fields: list[tuple[NumberField, str]] = [(field, field_label)]
        self.gated = gated
        self.setObjectName(name or f"{field.objectName()}_balance")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        #: Each field's captured source, with the text captured (until edited by hand).
        self._captured: dict[NumberField, tuple[WeightSource, str]] = {}
        #: When each field's weight was captured (its ``captured_at``), and by whom (user id).
        self._taken: dict[NumberField, tuple[str, int]] = {}
        #: The context captures belong to: bumped as it goes (another lot, another user, the
        #: workstation locked, ``forget``); an answer asked for in an older one is dropped.
        self._generation = 0
        #: A capture goes once it is too old to be recorded (``CAPTURE_MAX_AGE_S``).
        self._ageing = QTimer(self)
        self._ageing.setInterval(AGE_CHECK_MS)
        self._ageing.timeout.connect(self.expire)
        #: The dialog this panel is in, once watched (its closing drops the captures).
        self._dialog: QDialog | None = None
        #: Whether the note's cause is the balance's (cleared by a capturable reading).
        self._note_clears = False
        self._link: BalanceLink | None = None
        self._row = QVBoxLayout(self)
        self._row.setContentsMargins(6, 0, 6, 0)
        self._row.setSpacing(2)
        row = QHBoxLayout()
        self._row.addLayout(row)
        # In a dialog (narrow) the buttons go under the reading; on a page, beside it.
        buttons = QHBoxLayout() if stacked else row
        if stacked:
            buttons.addStretch(1)
            self._row.addLayout(buttons)
        self.value = QLabel()
        self.value.setObjectName("balance_reading")
        font = QFont(self.value.font())
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.value.setFont(font)
        self.value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.value.setMinimumWidth(self.value.fontMetrics().horizontalAdvance("000.000 ct"))
        self.mark = QLabel()
        self.mark.setObjectName("balance_stability")
        self.mark.setFont(font)
        self.mark.setMinimumWidth(self.mark.fontMetrics().horizontalAdvance(STABLE_MARK) + 4)
        row.addWidget(self.value)
        row.addWidget(self.mark)
        #: Which field Capture fills, where there are several ("F9 -> Loss carats").
        self.target = named(QLabel(), "balance_target")
        self.target.hide()
        words = QVBoxLayout()
        words.setSpacing(0)
        self.status, self.device = (named(QLabel(), f"balance_{w}") for w in ("status", "device"))
        # What room is left on its line, cut with an ellipsis (what it means in its tool tip).
        self.badge = named(QLabel() if stacked else ElidedLabel(), "balance_badge")
        self.badge.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._stacked = stacked
        #: Why the balance may not capture now (its calibration, today's check, its serial);
        #: and why a capture took nothing. On a page each shares a line, cut to its room with
        #: the sentence in full in its tool tip; in a dialog each wraps on a line of its own.
        self.blocked = named(QLabel() if stacked else ElidedLabel(), "balance_blocked")
        self.note = named(QLabel() if stacked else ElidedLabel(), "balance_note")
        for label in (self.blocked, self.note):
            label.setWordWrap(stacked)
            label.setStyleSheet(f"color: {REFUSED_COLOUR};")
            label.hide()
        room = self._room = self.fontMetrics().averageCharWidth() * 26
        # Two lines beside the reading (a short screen has no room for more): what the balance
        # does, and why nothing was captured; which balance it is and whether it may capture.
        first = QHBoxLayout()
        first.setSpacing(12)
        which = QHBoxLayout()
        which.setSpacing(12)
        which.addWidget(self.device)
        for label in (self.status, self.blocked, self.note):
            # In the room the row leaves them, never less than a short sentence's (a narrow
            # dialog grows for them: they say why nothing is captured).
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            label.setMinimumWidth(room)
        if stacked:  # a line of its own each: a dialog has the height, not the width
            words.addWidget(self.status)
            words.addLayout(which)
            for label in (self.badge, self.blocked, self.note):
                words.addWidget(label)
        else:
            # What the balance does keeps its own width; why nothing was captured the rest.
            self.status.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
            first.addWidget(self.status)
            first.addWidget(self.note, 1)
            which.addWidget(self.badge, 1)
            which.addWidget(self.blocked, 2)
            words.addLayout(first)
            words.addLayout(which)
        self._which = which
        row.addLayout(words, 1)
        self.capture_button = push_button(
            tr("Capture (F9)"),
            "balance_capture",
            self.capture,
            tr(
                "Take the balance's stable reading into the carats field (F9, or scan the "
                "capture barcode)"
            ),
        )
        self.zero_button = push_button(
            tr("Zero"), "balance_zero", self.zero, tr("Set the empty balance to zero")
        )
        self.tare_button = push_button(
            tr("Tare"),
            "balance_tare",
            self.tare,
            tr("Take what is on the pan (a container) off the weights"),
        )
        self.setup_button = push_button(
            tr("Set up..."),
            "balance_setup",
            self.set_up,
            tr("Choose the balance at this workstation"),
        )
        # As wide as its words: the line beside it says there is no balance, in full.
        self.setup_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        buttons.addWidget(self.target)
        for button in (self.capture_button, self.zero_button, self.tare_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the cursor stays in the form
            buttons.addWidget(button)
        buttons.addWidget(self.setup_button)
        if shortcut:
            keys = QShortcut(QKeySequence(Qt.Key.Key_F9), self)
            keys.setContext(Qt.ShortcutContext.WindowShortcut)
            keys.activated.connect(self.capture)
        self._watch(field)
        ctx.changed.connect(self._on_ctx_changed)
        ctx.actor_changed.connect(self._on_ctx_actor_changed)
        ctx.lock_changed.connect(self._on_ctx_lock_changed)
        self.connect_balance()

    # -- the fields Capture fills ----------------------------------------------------------------

    def add_field(self, field: NumberField, label: str) -> None:
        """Capture into ``field`` (called ``label``) too, when it has the cursor or had it last:
        the panel says which field F9 fills."""
        self.fields.append((field, label))
        self._watch(field)
        self._show_target()

    def _watch(self, field: NumberField) -> None:
        field.textChanged.connect(lambda text, f=field: self._on_field_text_changed(f, text))
        field.installEventFilter(self)
        self._keyed_note(field)

    def aim(self, field: NumberField) -> None:
        """Capture into ``field`` (one of ``fields``) from now on."""
        if any(field is f for f, _label in self.fields):
            self.field = field
            self._show_target()

    def _show_target(self) -> None:
        label = next((label for f, label in self.fields if f is self.field), "")
        self.target.setText(f"F9 \u2192 {marked(label)}")
        self.target.setToolTip(
            tr(
                "Capture (F9, or the capture barcode) fills this field: the carats field with "
                "the cursor, or the one that had it last"
            )
        )
        self.target.setVisible(len(self.fields) > 1 and self._link is not None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, NumberField):
            self.aim(watched)
        return False

    # -- the balance -----------------------------------------------------------------------------

    def connect_balance(self) -> None:
        """Show this workstation's balance (connecting it on first use), or say there is none."""
        if self._link is not None:
            for signal, slot in self._slots():
                signal.disconnect(slot)
        self._link = link_for(self.ctx)
        if self._link is None:
            self._show_none()
            return
        for signal, slot in self._slots():
            signal.connect(slot)
        self.setup_button.hide()
        self.status.setMinimumWidth(self._room)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._row.setContentsMargins(6, 0, 6, 0)
        for widget in (self.value, self.mark, self.device, self.badge, self.capture_button):
            widget.show()
        self.zero_button.show()
        self.tare_button.show()
        self._show_target()
        self._show_state(self._link.state_text)
        self._show_reading(self._link.last)
        self._show_device()

    def _slots(self) -> list[tuple[SignalInstance, Callable[..., None]]]:
        link = self._link
        assert link is not None
        return [
            (link.reading, self._show_reading),
            (link.state, self._show_state),
            (link.identified, self._on_link_identified),
            (link.told, self._on_link_told),
        ]

    def _show_none(self) -> None:
        here = station()
        self.value.hide()
        self.mark.hide()
        if here.code:
            self.status.setText(
                tr(
                    "Balance {code} is not in the register: type the carats (an admin "
                    "registers it, Settings, Balances)."
                ).format(code=here.code)
            )
        else:
            self.status.setText(tr("No balance at this workstation: type the carats."))
        self.status.setToolTip(tr("A supervisor chooses this workstation's balance (Set up...)"))
        self.setFrameShape(QFrame.Shape.NoFrame)  # one line, as little room as it can
        # Its sentence in full beside Set up... (a balance's lines wrap in what room is left).
        self.status.setMinimumWidth(self.status.sizeHint().width())
        self._row.setContentsMargins(0, 0, 0, 0)
        for label in (self.device, self.badge, self.blocked):
            label.hide()
        for button in (self.capture_button, self.zero_button, self.tare_button):
            button.hide()
        self.target.hide()
        self.setup_button.show()
        self.apply_role()

    def apply_role(self) -> None:
        enable(
            self.setup_button,
            self.ctx.can(Role.SUPERVISOR),
            tr("A supervisor or an admin chooses this workstation's balance"),
        )

    def _on_ctx_actor_changed(self, actor: object) -> None:
        self.apply_role()
        self._generation += 1  # a capture under way was asked for by the one before
        who = getattr(actor, "user_id", None)
        if any(by != who for _at, by in self._taken.values()):
            self.forget(tr("another user signed in"))

    def _on_ctx_lock_changed(self, locked: bool) -> None:
        if locked:
            self.forget(tr("the workstation locked"))

    def _show_state(self, text: str) -> None:
        if text == "connected":
            if self._note_clears:
                self._clear_note()  # (said of the balance before it came back)
            self.status.setStyleSheet("")
            self._show_reading(self._link.last if self._link else None)
            self._show_device()
            return
        self._big(NO_READING, MOVING_COLOUR)
        words = tr("connecting to the balance...") if text == "connecting" else state_words(text)
        why = self._link.why_lost if self._link is not None and text != "connecting" else ""
        self.status.setText(tr("Not connected: {state}").format(state=words))
        self.status.setToolTip(why)
        self.status.setStyleSheet(f"color: {REFUSED_COLOUR};")
        self.capture_button.setEnabled(False)

    def _show_reading(self, reading: Reading | None) -> None:
        if self._link is None or not self._link.connected:
            return
        self.capture_button.setEnabled(True)
        if reading is None:
            self._big(NO_READING, MOVING_COLOUR)
            self.status.setText(tr("connected"))
            return
        if self._note_clears and capture_refusal(reading) is None:
            self._clear_note()  # its cause has cleared
        if reading.status is Status.OK and reading.value is not None:
            self._big(_shown(reading, self.field.decimal_comma), "")
            self.mark.setText(STABLE_MARK if reading.stable else MOVING_MARK)
            self.mark.setStyleSheet(f"color: {STABLE_COLOUR if reading.stable else MOVING_COLOUR};")
            self.mark.setToolTip(tr("stable") if reading.stable else tr("moving: not stable yet"))
            self.status.setText(tr("stable") if reading.stable else tr("moving"))
            self.status.setStyleSheet("")
            return
        self._big(_status_big(reading.status), REFUSED_COLOUR)
        self.status.setText(_status_words(reading.status))
        self.status.setStyleSheet(f"color: {REFUSED_COLOUR};")

    def _big(self, text: str, colour: str) -> None:
        """The large line: the weight, or what the balance is instead (OVERLOAD), no mark."""
        self.value.setText(text)
        self.value.setStyleSheet(f"color: {colour};" if colour else "")
        if colour:
            self.mark.setText("")

    def _on_link_identified(self, _info: DeviceInfo) -> None:
        self._show_device()

    def _show_device(self) -> None:
        """Which balance, its serial number, and whether it may be captured from (the
        calibration due, today's check)."""
        link = self._link
        if link is None:
            return
        serial = link.info.serial_no if link.info is not None else ""
        if serial:
            text = tr("Balance {code}, serial {serial}").format(code=link.code, serial=serial)
        elif link.connected:
            text = tr("Balance {code}, no serial number").format(code=link.code)
        else:
            text = tr("Balance {code}").format(code=link.code)
        self.device.setText(text)
        self._show_badge()

    def _unidentified(self) -> str:
        """Why capture is blocked for want of the balance's serial number ('' when it said it:
        a captured weight names the instrument, checked against the register)."""
        link = self._link
        if link is None or not link.connected or (link.info is not None and link.info.serial_no):
            return ""
        return tr(
            "balance {code} did not report its serial number: capture is blocked; check "
            "its protocol (Settings, Balances)"
        ).format(code=link.code)

    def _show_badge(self) -> None:
        link = self._link
        if link is None or self.ctx.locked or not self._settings_current():
            return
        serial = link.info.serial_no if link.info is not None else None
        unidentified = self._unidentified()
        if unidentified:
            self.badge.setText(tr("Capture blocked"))
            self.badge.setToolTip(unidentified)
            self.badge.setStyleSheet(f"color: {REFUSED_COLOUR}; font-weight: bold;")
            self._show_blocked(unidentified[:1].upper() + unidentified[1:] + ".")
            return
        state = capture_state(self.ctx, link.code, serial)
        if state is None:
            self.badge.setText("")
            return
        parts = []
        if state.calibration_due:
            parts.append(tr("calibration due {date}").format(date=date_text(state.calibration_due)))
        if state.checked_today is True:
            parts.append(tr("checked today"))
        elif state.checked_today is False:
            parts.append(tr("not checked today"))
        text = ", ".join(parts)
        # (The daily check's own panel is not gated: its capture is the check that unblocks
        # the rest, so it says the balance's state, never "capture blocked": an end-to-end day
        # at the app found it red with "not checked today" while the check was being made.)
        blocked = not state.allowed and self.gated
        if blocked:
            text = tr("capture blocked")
        message = moment_text(say(state.message))
        self.badge.setText(text[:1].upper() + text[1:])
        self.badge.setToolTip(message)
        self.badge.setStyleSheet(f"color: {REFUSED_COLOUR}; font-weight: bold;" if blocked else "")
        # Why, beside the badge while it holds (it says what to do; in full in its tool tip).
        why = message[:1].upper() + message[1:] + "." if blocked else ""
        self._show_blocked(why)

    def _settings_current(self) -> bool:
        """Whether the link was opened with the register's settings now; if not (an admin
        changed its port, protocol, serial line or pattern), reconnect with them: False."""
        link = self._link
        if link is None or not link.settings:
            return True
        record = balance_record(self.ctx, link.code)
        if record is None or connection(record) == link.settings:
            return True
        log.info("balance %s: %s", link.code, SETTINGS_CHANGED)
        reconnect(self.ctx)
        return False

    def _show_blocked(self, why: str) -> None:
        """Why capture is blocked ('' for not): on a page, beside the badge, which keeps only
        its own width then (the sentence takes the rest of the line)."""
        self.blocked.setText(why)
        self.blocked.setVisible(bool(why))
        if not self._stacked:
            wide = QSizePolicy.Policy.Preferred if why else QSizePolicy.Policy.Ignored
            self.badge.setSizePolicy(wide, QSizePolicy.Policy.Preferred)
            self._which.setStretchFactor(self.badge, 0 if why else 1)

    def _on_ctx_changed(self, _changes: object, _initiator: object) -> None:
        if self._link is not None and self.isVisible():
            self._show_badge()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        window = self.window()
        if isinstance(window, QDialog) and self._dialog is not window:
            self._dialog = window
            window.finished.connect(self._on_dialog_finished)
        if self._link is None and station().code:
            self.connect_balance()  # chosen since (the Settings page, another panel)
        elif self._link is not None:
            self._show_badge()

    # -- capture, zero, tare ---------------------------------------------------------------------

    def capture(self) -> None:
        """Capture the balance's stable reading into the field (the answer comes back to
        ``take`` or ``refuse``)."""
        if self.ctx.locked:
            return
        self._clear_note()
        link = self._link
        if link is None:
            self.refuse(
                tr(
                    "no balance at this workstation: type the carats, or have a supervisor set "
                    "it up (Settings, Balances)"
                )
            )
            return
        if not self.field.isEnabled():
            # Why the field is closed, as its tool tip says first (``widgets.enable``).
            why = self.field.toolTip().split(". ")[0] or tr("the carats field takes no weight now")
            self.refuse(why[:1].lower() + why[1:].rstrip("."))
            return
        if not self._settings_current():
            self.refuse(marked(SETTINGS_CHANGED), clears=True)
            return
        if not link.connected:
            self.refuse(
                tr("the balance is not connected ({state})").format(
                    state=state_words(link.state_text)
                ),
                clears=True,
            )
            return
        unidentified = self._unidentified()
        if unidentified:
            self.refuse(unidentified)
            return
        serial = link.info.serial_no if link.info is not None else None
        state = capture_state(self.ctx, link.code, serial) if self.gated else None
        if state is not None and not state.allowed:
            self.refuse(say(state.message))
            return
        self.capture_button.setEnabled(False)  # until the answer
        link.capture(self, self._generation)

    def take(self, reading: Reading, generation: int | None = None) -> None:
        """The stable reading captured: into the field, its source remembered. ``generation``:
        the panel's when it was asked for; if its context has gone since (another lot or
        user, the workstation locked), the reading is dropped: capture again."""
        self.capture_button.setEnabled(self._link is not None and self._link.connected)
        link = self._link
        if link is None or self.ctx.locked or not self.isVisible():
            return  # (a dialog closed since it asked: its capture goes nowhere)
        if generation is not None and generation != self._generation:
            self.refuse(
                tr(
                    "the lot, the user or the lock changed while the balance was read; capture "
                    "again"
                )
            )
            return
        mct = reading_mct(reading)
        text = self.field.shown(mct)
        serial = link.info.serial_no if link.info is not None else ""
        source = WeightSource(
            captured=True,
            balance=link.code,
            serial_no=serial,
            reading=reading.shown(),
            raw=reading.raw_text(),
            port=link.port,
            captured_at=utc_now(),
        )
        self.field.setText(text)
        self._captured[self.field] = (source, text)
        self._taken[self.field] = (source.captured_at, self.ctx.actor.user_id)
        self._ageing.start()
        self._clear_note()
        self.field.setToolTip(
            tr("From balance {code}: {reading}").format(code=link.code, reading=reading.shown())
        )
        self.ctx.say(
            tr("Captured {ct} ct from balance {code}.").format(ct=text, code=link.code), self
        )
        self.weighed.emit()

    def refused_answer(self, why: str, generation: int) -> None:
        """The balance gave nothing to capture (``why``); unsaid if asked in a context gone."""
        if generation == self._generation:
            self.refuse(why, clears=True)
        elif self._link is not None:
            self.capture_button.setEnabled(self._link.connected)

    def refuse(self, why: str, *, clears: bool = False) -> None:
        """Capture took nothing: say why, here and in the status bar. ``clears``: the cause is
        the balance's reading (unstable, overloaded, not connected), so the note goes at the
        next reading that may be captured; any note goes at the next capture."""
        if self._link is not None:
            self.capture_button.setEnabled(self._link.connected)
        text = tr("Not captured: {why}.").format(why=why.rstrip("."))
        self.note.setText(text)
        self.note.show()
        self._note_clears = clears
        self.ctx.say(text, self)

    def _clear_note(self) -> None:
        self.note.hide()
        self.note.clear()
        self._note_clears = False

    def zero(self) -> None:
        if self._link is not None and not self.ctx.locked:
            self._link.zero(self)

    def tare(self) -> None:
        if self._link is not None and not self.ctx.locked:
            self._link.tare(self)

    def adjusted(self, action: str) -> None:
        """The balance zeroed or tared as this panel asked: into the audit log."""
        link = self._link
        if link is not None:
            serial = link.info.serial_no if link.info is not None else ""
            record_adjustment(self.ctx, self, link.code, serial, action)

    def _on_link_told(self, text: str) -> None:
        if self.isVisible() and self._link is not None:
            self.ctx.say(text.replace("{code}", self._link.code), self)

    # -- where the field's weight came from ------------------------------------------------------

    def source(self, field: NumberField | None = None) -> WeightSource:
        """Where ``field``'s weight comes from (the first field's by default): the balance,
        captured (as long as the field shows what was captured), else keyed by hand."""
        found = self._captured.get(field if field is not None else self.fields[0][0])
        return found[0] if found is not None else KEYED

    def _on_field_text_changed(self, field: NumberField, text: str) -> None:
        found = self._captured.get(field)
        if found is not None and text != found[1]:
            del self._captured[field]
            self._taken.pop(field, None)
            self._keyed_note(field)

    def forget(self, why: str = "") -> None:
        """Drop every captured weight (its field emptied): the context it was captured in has
        gone (another lot, another user, the workstation locked, the dialog closed). ``why``:
        said, with "capture again". A capture still being read is dropped as it comes."""
        self._generation += 1
        if not self._captured:
            return
        for field, (_source, text) in list(self._captured.items()):
            del self._captured[field]
            self._taken.pop(field, None)
            if field.text() == text:
                field.clear()
            self._keyed_note(field)
        self._ageing.stop()
        if why:
            self._say_again(why)

    def expire(self) -> None:
        """Drop the captures too old to be recorded (the services refuse them): capture again."""
        now = parse_iso_utc(utc_now())
        old = [
            f
            for f, (at, _by) in self._taken.items()
            if (now - parse_iso_utc(at)).total_seconds() >= CAPTURE_EXPIRE_S
        ]
        for field in old:
            _source, text = self._captured.pop(field)
            del self._taken[field]
            if field.text() == text:
                field.clear()
            self._keyed_note(field)
        if not self._captured:
            self._ageing.stop()
        if old:
            self._say_again(
                tr("the capture is nearly {minutes} minutes old, the most recorded").format(
                    minutes=CAPTURE_MAX_AGE_S // 60
                )
            )

    def _say_again(self, why: str) -> None:
        text = tr("Captured weight cleared: {why}; capture again.").format(why=why)
        self.note.setText(text)
        self.note.setToolTip(text)
        self.note.show()
        self._note_clears = False
        self.ctx.say(text, self)

    def _on_dialog_finished(self, _result: int) -> None:
        # Once the dialog's answer has been read (right after it closes): nothing it captured
        # is offered again, nor taken if its answer comes in late (``take``: not shown).
        QTimer.singleShot(0, self, self.forget)

    def _keyed_note(self, field: NumberField) -> None:
        """Say on ``field`` whether a weight may be typed at this site."""
        if keyed_allowed(self.ctx):
            field.setToolTip(tr("Captured from the balance (F9), or typed"))
            return
        field.setPlaceholderText(tr("from the balance (F9)"))
        field.setToolTip(
            tr(
                "This site takes weights from the balance only: capture it (F9); a typed "
                "weight is refused"
            )
        )

    def set_up(self) -> None:
        """Choose this workstation's balance (a supervisor or an admin)."""
        if not self.ctx.can(Role.SUPERVISOR):
            return
        if StationDialog.ask(self, self.ctx):
            self.connect_balance()


def push_button(text: str, name: str, slot: Callable[[], object], tip: str = "") -> QPushButton:
    """A button named ``name`` that runs ``slot``, its tool tip saying what it does."""
    button = named(QPushButton(text), name)
    button.setToolTip(tip)
    button.clicked.connect(lambda *_: slot())
    return button


W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str) -> W:
    """``widget`` with its object name (what tests and style sheets find it by)."""
    widget.setObjectName(name)
    return widget


def _shown(reading: Reading, comma: bool) -> str:
    """The reading as the balance gives it, with the site's decimal mark (``comma``), else
    as the user's language writes a figure (display only: what is captured is exact)."""
    text = reading.shown()
    return text.replace(".", ",") if comma else number_text(text)


def _status_words(status: Status) -> str:
    words = {
        Status.OVERLOAD: N_("OVERLOAD: take the goods off"),
        Status.UNDERLOAD: N_("UNDERLOAD: empty the pan and zero"),
        Status.BUSY: N_("busy"),
        Status.ERROR: N_("error: check the balance's display"),
    }.get(status)
    return marked(words) if words else status.value


def _status_big(status: Status) -> str:
    """The large line for a reading that is no weight (OVERLOAD)."""
    words = {
        Status.OVERLOAD: N_("OVERLOAD"),
        Status.UNDERLOAD: N_("UNDERLOAD"),
        Status.BUSY: N_("BUSY"),
        Status.ERROR: N_("ERROR"),
    }.get(status)
    return marked(words) if words else status.value.upper()


# -- choosing this workstation's balance ---------------------------------------------------------


class ElidedLabel(QLabel):
    """A one-line label that shows what fits of its text, cut with an ellipsis, and the whole
    sentence in its tool tip (``text()`` is the whole sentence)."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(False)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)

    def minimumSizeHint(self) -> QSize:
        return QSize(self.minimumWidth(), super().minimumSizeHint().height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        room = self.contentsRect()
        shown = self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, room.width()
        )
        painter = QPainter(self)
        try:
            self.style().drawItemText(
                painter,
                room,
                int(self.alignment()),
                self.palette(),
                self.isEnabled(),
                shown,
                self.foregroundRole(),
            )
        finally:
            painter.end()

    def elided(self) -> bool:
        """Whether the text is cut to fit (its tool tip says it all)."""
        return self.fontMetrics().horizontalAdvance(self.text()) > self.contentsRect().width()


class StationDialog:
    """Which balance this workstation uses (from the register): it is read on the register's
    port, with the register's settings."""

    @classmethod
    def build(cls, parent: QWidget | None, ctx: Context) -> object:
        from sortapp.services import balances  # noqa: PLC0415 (on first use)
        from sortapp.ui.dialogs import FormDialog  # noqa: PLC0415

        here = station()
        codes = [b.code for b in balances.list_balances(ctx.db) if b.active]
        old = stale_port()
        intro = tr(
            "The balance this workstation reads, from the register (Settings, Balances), on "
            "the register's port with the register's settings (an admin changes them there). "
            "Kept for this computer's user account (as the text size is), not in the database: "
            "another Windows user of this computer chooses again."
        )
        if old:
            intro += " " + tr(
                "The port {port} this workstation kept before is ignored: the register's port "
                "is read."
            ).format(port=old)
        dialog = FormDialog(parent, tr("This workstation's balance"), intro)
        dialog.choice("code", tr("Balance"), ["", *codes], here.code)
        dialog.line(
            "capture_code",
            tr("Capture barcode"),
            capture_code(),
            hint=tr("what a scanner types to capture ({code})").format(code=DEFAULT_CAPTURE_CODE),
        )
        return dialog

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: Context) -> bool:
        """Ask, and keep the answer (the session's balance reconnected); False: cancelled."""
        from sortapp.ui.dialogs import FormDialog  # noqa: PLC0415

        dialog = cls.build(parent, ctx)
        assert isinstance(dialog, FormDialog)
        answer = dialog.run()
        if answer is None:
            return False
        QSettings().setValue(
            CAPTURE_CODE_KEY, answer.get("capture_code", "").strip() or DEFAULT_CAPTURE_CODE
        )
        choose(ctx, answer["code"])
        return True


def choose(ctx: Context, code: str) -> None:
    """Make ``code`` this workstation's balance: the old one closed, every panel of the
    session shown anew."""
    set_station(code)
    stop(ctx)
    for panel in _panels():
        if panel.ctx is ctx:
            panel.connect_balance()
    ctx.say(
        tr("This workstation reads balance {code}.").format(code=code)
        if code
        else tr("No balance at this workstation.")
    )


def _panels() -> list[BalancePanel]:
    found: list[BalancePanel] = []
    for window in QApplication.topLevelWidgets():
        found += window.findChildren(BalancePanel)
    return found


# -- capture from anywhere: F9 and the capture barcode -------------------------------------------


def capture_in(window: QWidget) -> bool:
    """Capture in the panel ``window`` shows (the first visible one); False if none."""
    for panel in window.findChildren(BalancePanel):
        if panel.isVisible():
            panel.capture()
            return True
    return False


class CaptureKeys(QObject):
    """The capture barcode (``*CAPTURE*``), scanned into whatever field has the cursor (or
    the scan box), captures in the window's panel: its characters are taken back out of the
    field and the scanner's Enter after it is dropped. A code in asterisks is also taken
    without them (``CAPTURE``: a Code 39 scanner does not send its start and stop characters);
    the keys alone cannot tell a scanner from typing, so typing it captures too."""

    def __init__(self, parent: QObject, ctx: Context) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._drop_enter = False
        self._drop_star = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.key() in _MODIFIER_KEYS:
            # (A scanner set to a US layout presses Shift for the stop asterisk: the Shift
            # alone is no key of the code, and left the asterisk and the Enter in the form.)
            return False
        if self._drop_star:
            # The stop asterisk of ``*CAPTURE*`` (captured at its last letter, as ``CAPTURE``).
            self._drop_star = False
            if event.text() == "*":
                return True
        if self._drop_enter:
            self._drop_enter = False
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                return True
        text = event.text()
        if len(text) != 1 or self.ctx.locked:
            return False
        edit = _edit_of(QApplication.focusWidget())
        if edit is None or edit is not _edit_of(watched):
            return False
        before = edit.text()[: edit.cursorPosition()]
        found = _scanned(capture_code(), before + text)
        if found is None:
            return False
        length, starred = found
        start = len(before) + 1 - length
        edit.setText(edit.text()[:start] + edit.text()[edit.cursorPosition() :])
        edit.setCursorPosition(start)
        self._drop_enter = True
        self._drop_star = starred
        window = edit.window()
        if not capture_in(window):
            self.ctx.say(
                tr("No balance on this screen: the capture barcode captures nothing here.")
            )
        return True


#: Keys that only modify the next one (a scanner sends Shift before an asterisk).
_MODIFIER_KEYS = frozenset(
    {
        Qt.Key.Key_Shift,
        Qt.Key.Key_Control,
        Qt.Key.Key_Alt,
        Qt.Key.Key_AltGr,
        Qt.Key.Key_Meta,
        Qt.Key.Key_CapsLock,
        Qt.Key.Key_NumLock,
    }
)


def _scanned(code: str, typed: str) -> tuple[int, bool] | None:
    """Whether ``typed`` (a field's text up to the cursor, the key just pressed last) ends with
    the capture barcode ``code``: how many of its characters are the barcode's, and whether a
    stop asterisk is still to come (``*CAPTURE`` so far: the bare ``CAPTURE`` after its start
    asterisk); None when it does not."""
    if typed.endswith(code):
        return len(code), False
    inner = bare(code)
    if inner and typed.endswith(inner):
        if typed[: -len(inner)].endswith("*"):
            return len(inner) + 1, True
        return len(inner), False
    return None


def _edit_of(widget: object) -> QLineEdit | None:
    if isinstance(widget, QLineEdit):
        return widget
    if isinstance(widget, QComboBox) and widget.isEditable():
        return widget.lineEdit()
    return None


# -- a dialog's answer carries its weight's source ------------------------------------------------

#: The key of a dialog's answer that says where its carats came from.
SOURCE_KEY = "weight_source"


def source_text(source: WeightSource) -> str:
    """``source`` as text, for a dialog's answer (a ``dict[str, str]``)."""
    return json.dumps(
        {
            "captured": source.captured,
            "balance": source.balance,
            "serial_no": source.serial_no,
            "reading": source.reading,
            "raw": source.raw,
            "port": source.port,
            "captured_at": source.captured_at,
        }
    )


def source_of(answer: dict[str, str]) -> WeightSource:
    """Where the carats of a dialog's ``answer`` came from (keyed when it does not say)."""
    text = answer.get(SOURCE_KEY, "")
    if not text:
        return KEYED
    given = json.loads(text)
    if not given.get("captured"):
        return KEYED
    return WeightSource(
        captured=True,
        balance=str(given.get("balance", "")),
        serial_no=str(given.get("serial_no", "")),
        reading=str(given.get("reading", "")),
        raw=str(given.get("raw", "")),
        port=str(given.get("port", "")),
        captured_at=str(given.get("captured_at", "")),
    )
