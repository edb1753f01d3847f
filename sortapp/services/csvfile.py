"""Reading users' CSV files: comma or semicolon, UTF-8 with or without BOM, numbered lines."""

from __future__ import annotations

import csv
import io
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from sortapp.core.errors import UserError
from sortapp.core.i18n import phrase
from sortapp.storage import files


@dataclass(frozen=True)
class RowError:
    line: int
    message: str

    def __str__(self) -> str:
        return phrase("line {line}: {message}", line=self.line, message=self.message)


def read_table(text: str) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """Read CSV text into its headers (lower case, '_' for spaces) and (line number, values)
    rows, values as written (not stripped); blank rows are skipped."""
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise UserError(phrase("the file is empty"))
    first = text[: text.find("\n")] if "\n" in text else text
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        headers = [h.strip().lower().replace(" ", "_") for h in next(reader)]
        return headers, [(reader.line_num, row) for row in reader if any(row)]
    except csv.Error as exc:  # a field over the size limit, a stray NUL ...
        raise UserError(
            phrase("line {line}: not readable as CSV ({error})", line=reader.line_num, error=exc)
        ) from None


def read_rows(text: str) -> list[tuple[int, dict[str, str]]]:
    """Read CSV text into (line number, {lower-case header: stripped value}) rows."""
    headers, rows = read_table(text)
    return [(line, dict(zip(headers, map(str.strip, row), strict=False))) for line, row in rows]


def read_file(path: str | Path) -> str:
    """Read a user's CSV file as text, with a clear message when it cannot be read."""
    path = Path(path)
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        raise UserError(phrase("file not found: {path}", path=path)) from None
    except OSError as exc:  # a name too long, a part of the path that is not a folder ...
        raise UserError(
            phrase("cannot read {path}: {error}", path=path, error=exc.strerror)
        ) from None
    if not stat.S_ISREG(mode):  # a pipe would be read forever, a folder not at all
        raise UserError(phrase("{path} is not a file (a folder, pipe or device)", path=path))
    try:
        # (Never through a Python file object: the file named may be the database this
        # process has open, whose locks closing one would drop. Newlines as read_text's.)
        raw = files.read_bytes(path)
        return io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8-sig").read()
    except FileNotFoundError:
        raise UserError(phrase("file not found: {path}", path=path)) from None
    except UnicodeDecodeError:
        raise UserError(
            phrase("{path} is not UTF-8 text; save it as CSV UTF-8", path=path)
        ) from None
    except OSError as exc:
        raise UserError(
            phrase("cannot read {path}: {error}", path=path, error=exc.strerror)
        ) from None
