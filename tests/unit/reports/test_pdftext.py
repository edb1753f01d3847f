"""The PDF text reader an installed sortapp has (``reports.pdftext``, for ``--selftest``) reads
back what pypdf reads from the PDFs sortapp's Qt writes."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest

from sortapp.reports import pdftext

SAMPLES = sorted((Path(__file__).resolve().parents[3] / "docs" / "samples").glob("*/*.pdf"))


def _squeezed(text: str) -> str:
    """Text without white space: the readers differ only in where they put spaces."""
    return "".join(text.split())


def _words(text: str) -> str:
    """``text`` with every run of white space (tabs, new lines) as one space, for comparing."""
    return " ".join(text.split())


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_sample_document_reads_back_as_pypdf_reads_it(sample):
    found = pdftext.read(sample.read_bytes())
    pages = [page.extract_text() for page in pypdf.PdfReader(str(sample)).pages]
    assert [_squeezed(p) for p in found.pages] == [_squeezed(p) for p in pages]
    assert found.fonts_embedded
    assert any(_squeezed(p) for p in found.pages)


def test_the_samples_are_there():
    assert len(SAMPLES) >= 10


def _pdf(*objects: bytes) -> bytes:
    body = b"".join(b"%d 0 obj\n%s\nendobj\n" % (n, o) for n, o in enumerate(objects, 1))
    return b"%PDF-1.4\n" + body + b"%%EOF\n"


def _stream(data: bytes) -> bytes:
    return b"<< /Length %d >>\nstream\n%s\nendstream" % (len(data), data)


def _one_page(content: bytes, font: bytes, *more: bytes) -> bytes:
    return _pdf(
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        _stream(content),
        font,
        *more,
    )


def test_a_font_not_embedded_is_said_and_a_text_without_its_map_is_not_guessed():
    found = pdftext.read(
        _one_page(b"BT /F1 12 Tf 10 10 Td <0041> Tj ET", b"<< /Type /Font /BaseFont /Helvetica >>")
    )
    assert not found.fonts_embedded
    assert _words(found.text) == "\ufffd"


def test_text_is_read_through_the_fonts_map_of_single_codes_and_ranges():
    cmap = (
        b"2 beginbfchar\n<0003> <0020>\n<0004> <00E9>\nendbfchar\n"
        b"1 beginbfrange\n<0005> <0007> <0061>\nendbfrange\n"
    )
    found = pdftext.read(
        _one_page(
            b"BT /F1 12 Tf 0 0 Td <00040003> Tj [<0005> -20 <00060007>] TJ ET",
            b"<< /Type /Font /BaseFont /X /ToUnicode 6 0 R >>",
            _stream(cmap),
        )
    )
    assert _words(found.text) == "é abc"
