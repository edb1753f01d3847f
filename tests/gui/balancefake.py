"""A balance in memory for the GUI tests of issue 16: what ``sortapp.balances.device.Balance``
answers, from a state the test sets (thread-safe: the worker calls it from its own thread)."""

from __future__ import annotations

import threading
from decimal import Decimal

from sortapp.balances.device import (
    BalanceDisconnected,
    BalanceNoAnswer,
    BalanceRefused,
    BalanceUnstable,
)
from sortapp.balances.reading import BalanceError, DeviceInfo, Reading, Status


class FakeBalance:
    """One balance: ``set(...)`` changes its state; ``lose()`` makes its next call fail as a
    pulled cable does (the following connection works again)."""

    def __init__(self, weight: str = "1.234", serial_no: str = "B123456789") -> None:
        self._lock = threading.Lock()
        self.weight = Decimal(weight)
        self.unit = "ct"
        self.stable = True
        self.status = Status.OK
        self.serial_no = serial_no
        self.lost = False
        self.opened = 0
        self.unopened = 0  # (tries to open it refused, while lost)
        self.closed = 0
        self.zeroed = 0
        self.tared = 0
        #: Who it is goes unanswered (the first identity question: a protocol set wrongly).
        self.anonymous = False
        #: A read blocks until ``cancel`` (a balance gone silent mid-read).
        self.hang = False
        #: Set while a read is blocked (``hang``).
        self.hanging = threading.Event()
        #: What every read is refused with, while not "" (an error line such as ``ES``).
        self.refusing = ""
        self.refused = 0  # (reads refused so)
        self._cancelled = threading.Event()

    def set(self, **state: object) -> None:
        with self._lock:
            for key, value in state.items():
                setattr(self, key, Decimal(str(value)) if key == "weight" else value)

    def opener(self) -> FakeBalance:
        with self._lock:
            if self.lost:
                self.unopened += 1
                raise BalanceError("cannot open the balance's port: connection refused")
            self.opened += 1
        return self

    def _check(self) -> None:
        if self.lost:
            raise BalanceDisconnected("the balance was disconnected")

    def _reading(self) -> Reading:
        value = self.weight if self.status is Status.OK else None
        text = f"S {'S' if self.stable else 'D'} {self.weight} {self.unit}\r\n"
        return Reading(value, self.unit, self.stable, self.status, text.encode())

    def identify(self) -> DeviceInfo:
        with self._lock:
            self._check()
            if self.anonymous:
                raise BalanceNoAnswer("the balance did not answer within 1 s")
            return DeviceInfo(model="JET 1103C", serial_no=self.serial_no)

    def read(self) -> Reading:
        if self.hang:
            self.hanging.set()
            if not self._cancelled.wait(30):
                raise BalanceNoAnswer("the balance did not answer within 30 s")
            raise BalanceError("cancelled")
        with self._lock:
            self._check()
            if self.refusing:
                self.refused += 1
                raise BalanceRefused(self.refusing)
            return self._reading()

    def cancel(self) -> None:
        """As ``Balance.cancel``: from another thread, the read under way ends now."""
        self._cancelled.set()

    def read_stable(self, timeout: float) -> Reading:
        with self._lock:
            self._check()
            if self.status is Status.OVERLOAD:
                raise BalanceUnstable("the balance is overloaded")
            if not self.stable:
                raise BalanceUnstable(f"the reading did not become stable within {timeout:g} s")
            return self._reading()

    def zero(self) -> None:
        with self._lock:
            self._check()
            self.zeroed += 1

    def tare(self) -> None:
        with self._lock:
            self._check()
            self.tared += 1

    def close(self) -> None:
        with self._lock:
            self.closed += 1
