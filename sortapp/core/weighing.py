"""Where a recorded weight came from: captured off a registered balance, or keyed by hand."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sortapp.core.i18n import phrase


@dataclass(frozen=True)
class WeightSource:
    """The provenance of one weight a person records (receipt, weighing, sorting entry).

    ``captured``: read off the balance ``balance`` (its register code), which reported
    ``serial_no`` when the workstation connected; ``reading`` is what it showed (``1.234 ct``),
    ``raw`` its line as printable text (``Reading.raw_text``); ``port`` the port the workstation
    opened to read it, ``captured_at`` when (UTC, ISO). Not captured: keyed by hand.
    """

    captured: bool
    balance: str = ""
    serial_no: str = ""
    reading: str = ""
    raw: str = ""
    port: str = ""
    captured_at: str = ""

    def details(self) -> dict[str, Any]:
        """What the audit entry of the weighing carries about its weight (captured: the
        balance, its serial number, reading and raw line, the port and the time)."""
        if not self.captured:
            return {"weight_source": "keyed"}
        return {
            "weight_source": "balance",
            "balance": self.balance,
            "serial_no": self.serial_no,
            "reading": self.reading,
            "raw": self.raw,
            "port": self.port,
            "captured_at": self.captured_at,
        }

    def words(self) -> str:
        """How a printed document states it."""
        if not self.captured:
            return phrase("keyed, not from the balance")
        return phrase(
            "balance {balance} (serial {serial})", balance=self.balance, serial=self.serial_no
        )


#: A weight typed by hand (the fallback where the site allows it).
KEYED = WeightSource(captured=False)
