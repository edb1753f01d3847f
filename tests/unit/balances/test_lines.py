"""The line reader: CR LF, CR, LF, split writes, garbage, over-long lines, timeouts."""

from __future__ import annotations

import logging
from collections import deque

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sortapp.balances.lines import LineReader, LineSplitter


def split_all(chunks: list[bytes], max_len: int = 256) -> list[bytes]:
    splitter = LineSplitter(max_len)
    lines = [line for chunk in chunks for line in splitter.feed(chunk)]
    held = splitter.flush()
    return lines + ([held] if held else [])


@pytest.mark.parametrize(
    ("chunks", "lines"),
    [
        (
            [b"S S      1.234 ct\r\nS D      1.236 ct\r\n"],
            [b"S S      1.234 ct\r\n", b"S D      1.236 ct\r\n"],
        ),
        ([b"ST,+0001.234 ct\rUS,+0001.236 ct\r"], [b"ST,+0001.234 ct\r", b"US,+0001.236 ct\r"]),
        ([b"a\nb\n"], [b"a\n", b"b\n"]),
        ([b"a\r\n\r\n\n\r\rb\r\n"], [b"a\r\n", b"b\r\n"]),  # empty lines dropped
        ([b"S S   1.2", b"34 ct\r", b"\n"], [b"S S   1.234 ct\r\n"]),  # CR LF split
        ([bytes([b]) for b in b"Z A\r\nZ A\r\n"], [b"Z A\r\n", b"Z A\r\n"]),  # byte by byte
        ([b"\xff\xfe#$\r\nS S 1 ct\r\n"], [b"\xff\xfe#$\r\n", b"S S 1 ct\r\n"]),  # garbage kept
    ],
)
def test_lines_whatever_the_terminator_and_the_pieces(chunks, lines):
    assert split_all(chunks) == lines


def test_a_cr_only_line_waits_for_the_next_byte_or_a_flush():
    splitter = LineSplitter()
    assert splitter.feed(b"ST,+0001.234 ct\r") == []  # CR LF or CR alone? not known yet
    assert splitter.flush() == b"ST,+0001.234 ct\r"
    assert splitter.flush() is None
    assert splitter.feed(b"\nUS,+0001.236 ct\r") == []  # the late LF belonged to it: dropped
    assert splitter.feed(b"O") == [b"US,+0001.236 ct\r"]


def test_an_over_long_line_is_discarded_with_a_note():
    splitter = LineSplitter(max_len=16)
    assert splitter.feed(b"x" * 40) == []
    assert splitter.feed(b"y" * 10 + b"\r\nS S 1.000 ct\r\n") == [b"S S 1.000 ct\r\n"]
    assert len(splitter.notes) == 1
    assert "over-long line (50 bytes" in splitter.notes[0]
    assert splitter.feed(b"z" * 16 + b"\n") == [b"z" * 16 + b"\n"]  # at the cap: kept


def test_over_long_lines_in_a_row_are_logged_once_then_counted(caplog):
    """A balance at a wrong baud rate sends noise for hours: the first over-long line is
    logged, the next ones counted, and how many is logged once a line is kept again. Each
    has its note for whoever diagnoses the balance."""
    caplog.set_level(logging.INFO, logger="sortapp.balances.lines")
    splitter = LineSplitter(max_len=16)
    for size in (20, 30, 40):
        assert splitter.feed(b"x" * size + b"\r\n") == []
    assert splitter.feed(b"S S 1.000 ct\r\n") == [b"S S 1.000 ct\r\n"]
    assert splitter.feed(b"x" * 50 + b"\n") == []  # another run, logged again
    logged = [r.getMessage() for r in caplog.records]
    assert [text.split(" (")[0] for text in logged] == [
        "balance line: discarded an over-long line",
        "balance line: 3 over-long line(s) in a row discarded",
        "balance line: discarded an over-long line",
    ]
    assert "(20 bytes" in logged[0] and "(50 bytes" in logged[2]
    assert [note.split(" bytes")[0][-2:] for note in splitter.notes] == ["20", "30", "40", "50"]


def test_over_long_lines_still_counted_are_logged_as_the_source_closes(caplog):
    """A balance unplugged (or the app closed) while it still sends noise: the count of the
    run is logged as its reader ends, not lost; ending again logs nothing more."""
    caplog.set_level(logging.INFO, logger="sortapp.balances.lines")
    reader = LineReader(Scripted([b"x" * 300 + b"\r\n" for _ in range(4)]))
    assert reader.read_line(timeout=0) is None
    reader.end()
    reader.end()
    assert [r.getMessage().split(" (")[0] for r in caplog.records] == [
        "balance line: discarded an over-long line",
        "balance line: 4 over-long line(s) in a row discarded",
    ]


@given(st.binary(max_size=400), st.lists(st.integers(0, 400), max_size=20))
def test_the_pieces_do_not_change_the_lines(data, cuts):
    """However the bytes are cut into writes, the same lines come out (no flush between)."""
    whole = split_all([data])
    points = sorted({c for c in cuts if c <= len(data)})
    chunks = [data[a:b] for a, b in zip([0, *points], [*points, len(data)], strict=True)]
    assert split_all(chunks) == whole
    for line in whole:
        assert line.endswith((b"\r", b"\n")) and line.rstrip(b"\r\n")
        assert len(line.rstrip(b"\r\n")) <= 256


class Scripted:
    """A byte source that hands out prepared chunks, then nothing (a read that timed out)."""

    def __init__(self, chunks: list[bytes]) -> None:
        self.chunks = deque(chunks)
        self.reads = 0

    def read(self, size: int = 1, /) -> bytes:
        self.reads += 1
        if not self.chunks:
            return b""
        chunk = self.chunks.popleft()
        if len(chunk) > size:
            self.chunks.appendleft(chunk[size:])
            chunk = chunk[:size]
        return chunk

    @property
    def in_waiting(self) -> int:
        return len(self.chunks[0]) if self.chunks and self.chunks[0] else 0


def test_the_reader_returns_lines_then_none_at_the_timeout():
    source = Scripted([b"S S 1.", b"234 ct\r\n", b"", b"Z A\r"])
    reader = LineReader(source)
    assert reader.read_line(1.0) == b"S S 1.234 ct\r\n"
    assert reader.read_line(1.0) == b"Z A\r"  # CR only: let go when the source goes quiet
    assert reader.read_line(0.0) is None


def test_waiting_lines_takes_what_is_there_without_waiting():
    source = Scripted([b"a\r\nb\r\nc"])
    reader = LineReader(source)
    assert reader.waiting_lines() == [b"a\r\n", b"b\r\n"]
    source.chunks.append(b"\r\n")
    assert reader.read_line(1.0) == b"c\r\n"
