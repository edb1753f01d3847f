"""Read a PDF back as its reader would: text per page (pypdf), fonts, page images (pdftoppm)
and the barcodes a scanner finds on each page (zxing-cpp)."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

import pypdf
import zxingcpp


def pdf_pages(path) -> list[str]:
    """Return each page's text, lines kept, runs of spaces and tabs folded to one space."""
    return [
        "\n".join(" ".join(line.split()) for line in page.extract_text().splitlines())
        for page in pypdf.PdfReader(str(path)).pages
    ]


def embedded_fonts(path) -> set[str]:
    fonts = set()
    for page in pypdf.PdfReader(str(path)).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            descendants = font.get("/DescendantFonts")
            target = descendants[0].get_object() if descendants else font
            descriptor = target["/FontDescriptor"].get_object()
            if any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                fonts.add(str(font["/BaseFont"]))
    return fonts


class Gray:
    """A grey page image: ``rows`` bytes of ``width`` pixels (0 black, 255 white)."""

    def __init__(self, width: int, height: int, pixels: bytes) -> None:
        self.width, self.height, self.pixels = width, height, pixels

    def view(self) -> memoryview:
        return memoryview(self.pixels).cast("B", (self.height, self.width))

    def crop(self, left: int, top: int, width: int, height: int) -> Gray:
        rows = [
            self.pixels[(top + y) * self.width + left : (top + y) * self.width + left + width]
            for y in range(height)
        ]
        return Gray(width, height, b"".join(rows))

    def dark(self, left: int, top: int, width: int, height: int, level: int = 128) -> int:
        """The number of pixels darker than ``level`` in a rectangle."""
        return sum(1 for b in self.crop(left, top, width, height).pixels if b < level)


def _read_pgm(path: Path) -> Gray:
    data = path.read_bytes()
    fields: list[bytes] = []
    at = 0
    while len(fields) < 4:  # magic, width, height, maxval; '#' comments skipped
        while data[at : at + 1].isspace():
            at += 1
        if data[at : at + 1] == b"#":
            at = data.index(b"\n", at) + 1
            continue
        end = at
        while not data[end : end + 1].isspace():
            end += 1
        fields.append(data[at:end])
        at = end
    assert fields[0] == b"P5" and fields[3] == b"255", fields
    width, height = int(fields[1]), int(fields[2])
    return Gray(width, height, data[at + 1 : at + 1 + width * height])


def page_images(path, dpi: int = 150) -> list[Gray]:
    """Render every page of a PDF to a grey image at ``dpi`` (poppler's pdftoppm), in a folder
    beside the PDF (a test's tmp_path), removed after."""
    with tempfile.TemporaryDirectory(dir=Path(path).parent) as folder:
        subprocess.run(
            ["pdftoppm", "-r", str(dpi), "-gray", str(path), str(Path(folder) / "p")],
            check=True,
            capture_output=True,
        )
        return [_read_pgm(p) for p in sorted(Path(folder).glob("p-*.pgm"))]


def scan(image: Gray) -> list[str]:
    """The barcodes a scanner reads on an image, as text."""
    return [r.text for r in zxingcpp.read_barcodes(image.view())]


def scan_pages(path, dpi: int = 150) -> list[list[str]]:
    """The barcodes read on each page of a PDF."""
    return [scan(image) for image in page_images(path, dpi)]


def nested_brackets(text: str) -> bool:
    """Whether ``text`` has brackets inside brackets (a reader loses track of them)."""
    depth = 0
    for c in text:
        depth += (c == "(") - (c == ")")
        if depth > 1:
            return True
    return False
