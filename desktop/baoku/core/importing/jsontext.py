"""JSON read from an import's files (a feed's lines, a sidecar): numbers as Baoku can use them.

Python refuses to turn a string of more than 4,300 digits into an int (a ValueError, not a
JSONDecodeError), and SQLite stores no integer past 19 digits. A number longer than any field
takes (a barcode run together, a paste gone wrong) is therefore kept as the text written, and
the field that cannot take it says so in its own words (`page '999…' is not a page number`).
A number too large for a float (1e400) is kept as written too, not read as infinity.

What Python's reader takes that JSON is not, or that says two things at once, is refused
(`JsonRefused`, a ValueError): NaN and Infinity (a headline "NaN" was stored as the text "nan"),
and a key given twice in one object (Python keeps the last: a feed line naming two papers was filed
under the second without a word).
"""

from __future__ import annotations

import json
import math

LONGEST_INTEGER = 19  # digits: SQLite's 64-bit integers


def integer(text: str) -> int | str:
    """A decimal integer as written: an int, or the text itself when it is longer than any
    archive value."""
    return int(text) if len(text.lstrip("+-")) <= LONGEST_INTEGER else text


def number(text: str) -> float | str:
    """A number with a fraction or an exponent as written: a float, or the text itself when no
    float holds it (1e400)."""
    value = float(text)
    return value if math.isfinite(value) else text


class JsonRefused(ValueError):
    """Python's reader took it, but it is not JSON, or it says two things at once."""


def _constant(name: str):
    raise JsonRefused(f"{name} is not a JSON value (write null, or a number)")


def _once_each(pairs: list[tuple[str, object]]) -> dict:
    out: dict = {}
    for key, value in pairs:
        if key in out:
            raise JsonRefused(f"the key {json.dumps(key, ensure_ascii=False)} is given twice in one object; "
                              "which value is meant cannot be told: keep one")
        out[key] = value
    return out


def loads(text: str):
    """json.loads, with integers read by `integer` and other numbers by `number`; NaN, Infinity
    and a key given twice are refused (JsonRefused)."""
    return json.loads(text, parse_int=integer, parse_float=number, parse_constant=_constant,
                      object_pairs_hook=_once_each)
