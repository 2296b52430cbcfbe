"""JSON read from an import's files (a feed's lines, a sidecar): numbers as Baoku can use them.

Python refuses to turn a string of more than 4,300 digits into an int (a ValueError, not a
JSONDecodeError), and SQLite stores no integer past 19 digits. A number longer than any field
takes (a barcode run together, a paste gone wrong) is therefore kept as the text written, and
the field that cannot take it says so in its own words (`page '999…' is not a page number`).
"""

from __future__ import annotations

import json

LONGEST_INTEGER = 19  # digits: SQLite's 64-bit integers


def integer(text: str) -> int | str:
    """A decimal integer as written: an int, or the text itself when it is longer than any
    archive value."""
    return int(text) if len(text.lstrip("+-")) <= LONGEST_INTEGER else text


def loads(text: str):
    """json.loads, with integers read by `integer`."""
    return json.loads(text, parse_int=integer)
