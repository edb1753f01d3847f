"""Lines off a balance's byte stream: CR LF, CR alone or LF alone, however the bytes arrive.

A balance may end its lines with CR LF, CR or LF; a USB adapter or a network bridge may hand
a line over in pieces, down to one byte at a time; a cable noise burst or a balance set to the
wrong baud rate sends garbage, perhaps without any end of line. ``LineSplitter`` turns such bytes
into whole lines (terminator kept, so the raw bytes can be recorded as received); ``LineReader``
reads them from a port with a timeout.
"""

from __future__ import annotations

import logging
import time
from collections import deque
from typing import Protocol

from sortapp.core.repeats import Repeats

log = logging.getLogger(__name__)

CR = 0x0D
LF = 0x0A

#: The longest line kept (terminator excluded). Balance lines are 15 to 40 bytes; a longer run
#: without an end of line is noise or a wrong setting, and is discarded with a note.
MAX_LINE = 256
#: How many reads ``waiting_lines`` makes at most.
MAX_PULLS = 64
#: How many notes (discarded lines ...) a reader keeps for whoever diagnoses a balance.
MAX_NOTES = 20


class LineSplitter:
    """Split bytes into lines, pure (no I/O): feed bytes in, take whole lines out.

    A CR may be followed by LF (CR LF) or not (CR-only balances); which one is known only when
    the next byte arrives, so a line ending in CR is held until then, or until ``flush`` (the
    source went quiet). A lone LF right after a flushed CR line belongs to that line and is
    dropped. Empty lines are dropped. A line longer than ``max_len`` is discarded up to its end
    of line, and a note says so (logged once for a run of them, then counted until a line is
    kept: a balance left at a wrong baud rate over a weekend does not fill the log).
    """

    def __init__(self, max_len: int = MAX_LINE) -> None:
        self.max_len = max_len
        self.notes: deque[str] = deque(maxlen=MAX_NOTES)
        self._buf = bytearray()
        self._held_cr = False
        self._skip_lf = False
        self._discarded = 0  # bytes thrown away of the over-long line being read
        self._over_long = Repeats(log, "balance line: %d over-long line(s) in a row discarded (%s)")

    def feed(self, data: bytes) -> list[bytes]:
        """Take ``data``; return the lines it completed (each with its terminator)."""
        out: list[bytes] = []
        for byte in data:
            if self._held_cr:
                self._held_cr = False
                if byte == LF:
                    self._end(b"\r\n", out)
                    continue
                self._end(b"\r", out)
            if self._skip_lf:
                self._skip_lf = False
                if byte == LF:
                    continue
            if byte == CR:
                self._held_cr = True
            elif byte == LF:
                self._end(b"\n", out)
            else:
                self._buf.append(byte)
                if len(self._buf) > self.max_len:
                    self._discarded += len(self._buf)
                    self._buf.clear()
        return out

    def flush(self) -> bytes | None:
        """The line held for its CR, now that no LF came (a CR-only balance); else ``None``."""
        if not self._held_cr:
            return None
        self._held_cr = False
        self._skip_lf = True
        out: list[bytes] = []
        self._end(b"\r", out)
        return out[0] if out else None

    def end(self) -> None:
        """The source closes: a run of over-long lines being counted is logged with its count
        now (a balance unplugged, or the app closed, while it sent noise)."""
        self._over_long.end()

    def _end(self, terminator: bytes, out: list[bytes]) -> None:
        if self._discarded:
            self._note(
                f"discarded an over-long line ({self._discarded + len(self._buf)} bytes without "
                f"an end of line; at most {self.max_len} are kept): noise on the line or a wrong "
                "baud rate"
            )
            self._discarded = 0
        elif self._buf:
            self._over_long.end()
            out.append(bytes(self._buf) + terminator)
        self._buf.clear()

    def _note(self, text: str) -> None:
        if self._over_long.met("noise on the line or a wrong baud rate"):
            log.info("balance line: %s", text)
        self.notes.append(text)


class ByteSource(Protocol):
    """What a reader reads from: a pyserial port (``read`` waits at most the port's timeout;
    ``in_waiting``, when it has it, tells how many bytes are there already)."""

    def read(self, size: int = 1, /) -> bytes: ...


class LineReader:
    """Whole lines from a ``ByteSource``, each within a timeout.

    The source's own read timeout is the tick at which a held CR line is let go; keep it short
    (tens of milliseconds). Errors of the source (a port that went away) propagate.
    """

    def __init__(self, source: ByteSource, *, max_len: int = MAX_LINE) -> None:
        self.source = source
        self.splitter = LineSplitter(max_len)
        self._lines: deque[bytes] = deque()

    @property
    def notes(self) -> deque[str]:
        return self.splitter.notes

    def end(self) -> None:
        """The source closes (``LineSplitter.end``)."""
        self.splitter.end()

    def read_line(self, timeout: float) -> bytes | None:
        """The next line (terminator included), or ``None`` when none came within ``timeout``
        seconds."""
        deadline = time.monotonic() + timeout
        while not self._lines:
            if self._pull():
                continue
            held = self.splitter.flush()  # quiet for a tick: a CR-only line is complete
            if held is not None:
                self._lines.append(held)
            elif time.monotonic() >= deadline:
                return None
        return self._lines.popleft()

    def waiting_lines(self) -> list[bytes]:
        """The lines already received, without waiting (to set them aside before a command)."""
        for _ in range(MAX_PULLS):  # a source that never stops sending cannot hold us here
            if not self._available():
                break
            self._pull()
        lines = list(self._lines)
        self._lines.clear()
        return lines

    def _available(self) -> int:
        waiting: int = getattr(self.source, "in_waiting", 0)
        return waiting

    def _pull(self) -> bool:
        """Read what the source has (waiting at most its timeout); return whether bytes came."""
        data = self.source.read(1)
        if not data:
            return False
        waiting = self._available()
        if waiting:
            data += self.source.read(waiting)
        self._lines.extend(self.splitter.feed(data))
        return True
