"""Read back the text of a PDF that sortapp wrote (Qt's PDF writer), with no PDF library.

What ``--selftest`` checks on an installed workstation: a document whose fonts are missing comes
out of Qt as boxes, a PDF with no text (STYLE B13). The test suite reads PDFs with pypdf, a test
extra; an installed sortapp has only this: enough of PDF for the files Qt writes, where each
font is embedded with a ``/ToUnicode`` map from its glyph codes to text, page contents are
(Flate-compressed) streams, and text is shown as hex strings (``<0012> Tj``). A PDF written
otherwise may read back partly or not at all; this is no general PDF reader.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass

_OBJECT = re.compile(rb"(\d+)\s+(\d+)\s+obj\b(.*?)\bendobj", re.S)
_STREAM = re.compile(rb"stream\r?\n(.*?)\r?\n?endstream", re.S)
_REF = rb"(\d+)\s+\d+\s+R"
_HEX = re.compile(rb"<([0-9A-Fa-f\s]*)>")
#: The content operators read: a font chosen, a string shown, a line moved to, a text block.
_TOKENS = re.compile(
    rb"/([^\s/<>\[\]()]+)\s+[-\d.]+\s+Tf"  # /F14 29 Tf
    rb"|<([0-9A-Fa-f\s]*)>\s*Tj"  # <0012> Tj
    rb"|\[((?:[^\]\\]|\\.)*)\]\s*TJ"  # [<0012> -20 <0013>] TJ
    rb"|([-\d.]+)\s+([-\d.]+)\s+T[dD]"  # 0 -35.5 Td
    rb"|\b(BT|ET|T\*)\b"
)


@dataclass(frozen=True)
class Fonts:
    """A page's fonts by resource name: each a map from glyph code (hex text) to its text."""

    maps: dict[bytes, dict[str, str]]
    #: Whether each font (by resource name) carries its glyphs in the file.
    embedded: dict[bytes, bool]


def _objects(data: bytes) -> dict[int, bytes]:
    return {int(num): body for num, _gen, body in _OBJECT.findall(data)}


def _stream(body: bytes) -> bytes:
    found = _STREAM.search(body)
    if found is None:
        return b""
    raw = found.group(1)
    head = body[: found.start()]
    if b"/FlateDecode" in head:
        return zlib.decompressobj().decompress(raw)
    return raw


def _ref(body: bytes, key: bytes) -> int | None:
    found = re.search(re.escape(key) + rb"\s+" + _REF, body)
    return int(found.group(1)) if found else None


def _refs(body: bytes, key: bytes) -> list[int]:
    """The object numbers ``key`` names: one reference, or an array of them."""
    found = re.search(re.escape(key) + rb"\s*\[([^\]]*)\]", body)
    if found:
        return [int(n) for n in re.findall(_REF, found.group(1))]
    one = _ref(body, key)
    return [] if one is None else [one]


def _utf16(hex_text: bytes) -> str:
    raw = bytes.fromhex(hex_text.decode("ascii"))
    return raw.decode("utf-16-be", errors="replace")


def _cmap(text: bytes) -> dict[str, str]:
    """A ToUnicode map: glyph code (upper-case hex) -> text."""
    mapping: dict[str, str] = {}
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", text, re.S):
        for src, dst in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>", block):
            mapping[src.decode().upper()] = _utf16(dst)
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", text, re.S):
        ranges = re.findall(
            rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]*>|\[[^\]]*\])", block
        )
        for lo_hex, hi_hex, dst in ranges:
            lo, hi, width = int(lo_hex, 16), int(hi_hex, 16), len(lo_hex)
            if dst.startswith(b"["):
                targets = [_utf16(t) for t in re.findall(rb"<([0-9A-Fa-f]*)>", dst)]
            else:
                first = int(dst[1:-1], 16)
                targets = [chr(first + i) for i in range(hi - lo + 1)]
            for offset, target in enumerate(targets[: hi - lo + 1]):
                mapping[f"{lo + offset:0{width}X}"] = target
    return mapping


def _fonts(objects: dict[int, bytes], page: bytes) -> Fonts:
    resources = page
    number = _ref(page, b"/Resources")
    if number is not None:
        resources = objects.get(number, b"")
    found = re.search(rb"/Font\s*<<(.*?)>>", resources, re.S)
    maps: dict[bytes, dict[str, str]] = {}
    embedded: dict[bytes, bool] = {}
    for name, ref in re.findall(rb"/([^\s/<>]+)\s+" + _REF, found.group(1) if found else b""):
        font = objects.get(int(ref), b"")
        to_unicode = _ref(font, b"/ToUnicode")
        maps[name] = _cmap(_stream(objects.get(to_unicode, b""))) if to_unicode else {}
        embedded[name] = _embedded(objects, font)
    return Fonts(maps, embedded)


def _embedded(objects: dict[int, bytes], font: bytes) -> bool:
    """Whether a font's glyphs are in the file (its descriptor, or its descendant's, names a
    font file)."""
    for descendant in _refs(font, b"/DescendantFonts"):
        if _embedded(objects, objects.get(descendant, b"")):
            return True
    descriptor = objects.get(_ref(font, b"/FontDescriptor") or -1, b"")
    return any(key in descriptor for key in (b"/FontFile ", b"/FontFile2", b"/FontFile3"))


def _codes(hex_text: bytes, mapping: dict[str, str]) -> str:
    """The text of a shown string: its codes (2 bytes each when the map's codes are)."""
    digits = re.sub(rb"\s", b"", hex_text).decode("ascii").upper()
    width = len(next(iter(mapping), "0000")) or 4
    return "".join(
        mapping.get(digits[i : i + width], "\ufffd") for i in range(0, len(digits), width)
    )


def _show(content: bytes, fonts: Fonts) -> str:
    out: list[str] = []
    mapping: dict[str, str] = {}
    for font, shown, array, _dx, dy, op in _TOKENS.findall(content):
        if font:
            mapping = fonts.maps.get(font, {})
        elif shown:
            out.append(_codes(shown, mapping))
        elif array:
            out.extend(_codes(part, mapping) for part in _HEX.findall(array))
        elif op or (dy and float(dy) != 0):  # a new text block or line
            out.append("\n")
    return "".join(out)


@dataclass(frozen=True)
class PdfText:
    """A PDF read back: each page's text, and whether every font it uses is embedded."""

    pages: list[str]
    fonts_embedded: bool

    @property
    def text(self) -> str:
        return "\n".join(self.pages)


def _pages(objects: dict[int, bytes]) -> list[bytes]:
    """The page objects, in the order of the page tree's ``/Kids`` (Qt writes one level)."""
    pages = {n: body for n, body in objects.items() if re.search(rb"/Type\s*/Page\b", body)}
    for body in objects.values():
        if re.search(rb"/Type\s*/Pages\b", body):
            kids = [n for n in _refs(body, b"/Kids") if n in pages]
            if len(kids) == len(pages):
                return [pages[n] for n in kids]
    return list(pages.values())


def read(data: bytes) -> PdfText:
    """Read back each page's text (lines as the PDF moves to them; tabs and runs of spaces as
    they were drawn) from a PDF's bytes."""
    objects = _objects(data)
    pages: list[str] = []
    embedded = True
    for body in _pages(objects):
        fonts = _fonts(objects, body)
        embedded = embedded and all(fonts.embedded.values())
        content = b"".join(_stream(objects.get(n, b"")) for n in _refs(body, b"/Contents"))
        pages.append(_show(content, fonts))
    return PdfText(pages, embedded)
