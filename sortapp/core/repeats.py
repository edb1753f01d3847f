"""A failure met again and again by work on a timer (a look every second, a poll five times a
second): its caller logs it as it starts, and ``Repeats`` once as it ends, with how many times
it was met; not a line each time (a rotated log filled within hours, everything before it
pushed out)."""

from __future__ import annotations

import logging


class Repeats:
    """The failure a timer's work meets now (its text), and how many times in a row."""

    def __init__(self, log: logging.Logger, ended: str) -> None:
        #: Logged (INFO) as a failure ends: formatted with the times met, then its text.
        self._log, self._ended = log, ended
        self.text: str | None = None  # (None: none met; "" is a failure's text too)
        self.times = 0

    def met(self, text: str) -> bool:
        """The failure ``text`` met once more. True when it is new (the one before, if any,
        ends here): the caller logs it, with what it knows of it."""
        new = text != self.text
        if new:
            self.end()
            self.text = text
        self.times += 1
        return new

    def end(self) -> None:
        """The failure met ends (the work went well, met another, or stops): logged once,
        with how many times it was met."""
        if self.text is not None:
            self._log.info(self._ended, self.times, self.text)
        self.text, self.times = None, 0
