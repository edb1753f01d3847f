"""Code 128 (code set B) as bar and space widths, Qt-free; ``printing`` draws them."""

from __future__ import annotations

from sortapp.core.errors import UserError
from sortapp.core.i18n import phrase

# Widths of bar, space, bar, space, bar, space for symbol values 0..105, then the stop (7 wide).
_TABLE = (
    "212222 222122 222221 121223 121322 131222 122213 122312 132212 221213 221312 231212 "
    "112232 122132 122231 113222 123122 123221 223211 221132 221231 213212 223112 312131 "
    "311222 321122 321221 312212 322112 322211 212123 212321 232121 111323 131123 131321 "
    "112313 132113 132311 211313 231113 231311 112133 112331 132131 113123 113321 133121 "
    "313121 211331 231131 213113 213311 213131 311123 311321 331121 312113 312311 332111 "
    "314111 221411 431111 111224 111422 121124 121421 141122 141221 112214 112412 122114 "
    "122411 142112 142211 241211 221114 413111 241112 134111 111242 121142 121241 114212 "
    "124112 124211 411212 421112 421211 212141 214121 412121 111143 111341 131141 114113 "
    "114311 411113 411311 113141 114131 311141 411131 211412 211214 211232"
)
_PATTERNS = tuple(_TABLE.split())
_STOP = "2331112"
START_B = 104
QUIET_ZONE = 10


def code128_values(text: str) -> list[int]:
    """Return the symbol values (start B, data, checksum) of ``text`` (printable ASCII)."""
    if not text or any(not 32 <= ord(ch) <= 126 for ch in text):
        raise UserError(phrase("barcode: '{text}' must be printable ASCII", text=text))
    values = [START_B] + [ord(ch) - 32 for ch in text]
    checksum = (values[0] + sum(i * v for i, v in enumerate(values[1:], start=1))) % 103
    return [*values, checksum]


def code128_modules(text: str) -> list[bool]:
    """Return the barcode as modules (True = bar), quiet zones included."""
    widths = "".join(_PATTERNS[v] for v in code128_values(text)) + _STOP
    modules = [False] * QUIET_ZONE
    bar = True
    for w in widths:
        modules += [bar] * int(w)
        bar = not bar
    return modules + [False] * QUIET_ZONE
