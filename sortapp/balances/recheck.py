"""A captured reading read again from its raw line: what the balance sent, as the record keeps it
(``Reading.raw_text``), turned back into bytes and parsed with the registered balance's protocol.

The services record a captured weight only when its raw line says it: a stable, OK, net reading
in carats. ``recheck`` never raises: text that is not a raw line (not printable, too long, a bad
escape) or that the protocol does not read gives ``None``.
"""

from __future__ import annotations

import re

from sortapp.balances.protocols import PROTOCOLS, GenericProfile, GenericRegex, Protocol
from sortapp.balances.reading import Reading

#: The longest raw line (as escaped text) taken: a balance's line is some 20 to 40 bytes.
MAX_RAW = 256

_ESCAPE = re.compile(r"\\(?:x([0-9a-f]{2})|(.))", re.DOTALL)
_SIMPLE = {"r": b"\r", "n": b"\n", "\\": b"\\"}


def raw_bytes(raw_text: str) -> bytes | None:
    """The bytes ``Reading.raw_text`` escaped into ``raw_text``; None when it is not such text
    (a character outside printable ASCII, an unknown escape, over ``MAX_RAW`` characters)."""
    if not raw_text or len(raw_text) > MAX_RAW:
        return None
    if not (raw_text.isascii() and raw_text.isprintable()):  # (printable ASCII: 0x20 to 0x7E)
        return None
    out = bytearray()
    at = 0
    for match in _ESCAPE.finditer(raw_text):
        out += raw_text[at : match.start()].encode("ascii")
        if match[1] is not None:
            out.append(int(match[1], 16))
        elif match[2] in _SIMPLE:
            out += _SIMPLE[match[2]]
        else:
            return None
        at = match.end()
    rest = raw_text[at:]
    if "\\" in rest:
        return None
    out += rest.encode("ascii")
    return bytes(out)


def _protocol(protocol: str, pattern: str) -> Protocol | None:
    if protocol == "generic" and pattern:
        try:
            return GenericRegex(GenericProfile(pattern))
        except (re.error, ValueError):
            return None
    factory = PROTOCOLS.get(protocol)
    return factory() if factory is not None else None


def recheck(protocol: str, raw_text: str, pattern: str = "") -> Reading | None:
    """The reading the raw line ``raw_text`` (``Reading.raw_text``) says in ``protocol`` (a
    generic balance's ``pattern``, '' its default); None when it says none."""
    line = raw_bytes(raw_text)
    reader = _protocol(protocol, pattern)
    if line is None or reader is None:
        return None
    try:
        parsed = reader.parse(line)
    except (ValueError, ArithmeticError):  # (a parser never raises: a record never crashes)
        return None
    return parsed if isinstance(parsed, Reading) else None
