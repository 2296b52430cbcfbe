"""Text from outside the archive (a file, a name, an option, what an importer says about its
source): checked before it is stored, and escaped before it is written as one report line."""

from __future__ import annotations

import json
import re
import unicodedata

from .errors import ValidationError

_SURROGATE = re.compile("[\ud800-\udfff]")


def checked_text(value: str, where: str) -> str:
    """Text from outside (a file, a name, an option) as the archive can store it. A lone
    surrogate (half of a UTF-16 pair: JSON's "\\ud800", or a byte a file name could not decode)
    is not a character and cannot be stored: it is refused, naming where it is."""
    m = _SURROGATE.search(value)
    if m:
        raise ValidationError(f"{where} holds an unpaired surrogate (\\u{ord(m.group()):04x}) at character "
                              f"{m.start() + 1}, which is not a character; correct the source")
    return value


# Format characters that show nothing and are no part of a name: bidirectional marks, embeddings,
# overrides and isolates, the zero-width space, the word joiner and invisible operators, the byte
# order mark. (The zero-width joiner and non-joiner are left: Persian and Indic names are spelt
# with them, and so are emoji sequences.)
_INVISIBLE = re.compile("[\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


def name_text(value: str) -> str:
    """A name that tells things apart (a paper's, an edition's) as one spelling: Unicode's composed
    form (NFC: a Mac's file names decompose é into e and a combining accent, and the same paper was
    stored twice, one for each spelling), without the invisible format characters that a copied
    name or a file name carries (a right-to-left mark made a paper of its own, and an override
    turned the rest of every line naming it around), and without spaces at its ends."""
    return _INVISIBLE.sub("", unicodedata.normalize("NFC", value)).strip()


_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def one_line(text: str) -> str:
    """Text for a report line: control characters, line breaks, bidirectional overrides and
    isolates, and lone surrogates written as escapes (a file name holding a newline cannot split a
    line or fake another one, nor one holding U+202E turn the rest of the line around)."""
    def esc(m: re.Match) -> str:
        c = m.group()
        return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(c) or \
            (f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}")

    return _UNPRINTABLE.sub(esc, text)


# What an importer says about its source (warnings, a page's repairs): Baoku's own sentences,
# which may quote a bad character; never stored as the archive's text, but logged through one_line.
SAID = ("warnings", "repairs")


def unchecked_strings(obj: object, where: str = ""):
    """(where, text) for every string held by a parsed issue (its articles, pages and metadata)
    that checked_text would refuse; not what the importer said about it (SAID)."""
    if isinstance(obj, str):
        if _SURROGATE.search(obj):
            yield where, obj
    elif isinstance(obj, (list, tuple)):
        for i, item in enumerate(obj):
            yield from unchecked_strings(item, f"{where}[{i}]")
    elif hasattr(obj, "__dataclass_fields__"):
        for name in obj.__dataclass_fields__:
            if name not in SAID:
                yield from unchecked_strings(getattr(obj, name), f"{where}.{name}" if where else name)


def import_log(lines) -> str:
    """An import batch's log as stored: each line escaped as a report line (one_line), so a lone
    surrogate an importer quoted is written as its escape, not refused."""
    return json.dumps([one_line(str(line)) for line in lines], ensure_ascii=False)
