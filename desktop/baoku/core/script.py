"""Which script a text is written in, and how its lines join: Chinese is written without spaces
between words, Latin-script languages (English, Spanish, Norwegian, German …) with them.

One place for the rule every reader of wrapped text needs (agency copy with hard line breaks,
ALTO lines, OCR'd lines, page text cut by the layout): a line break inside a paragraph becomes
nothing between Han characters and one space between Latin words; a line ending in a hyphen the
source marks as a hyphenation point (ALTO's HYP) is joined without it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

import regex

# The one definition of a Han character in Baoku: Unicode's Han script (every CJK ideograph block
# and extension, compatibility ideographs, 〇 and 々), through the `regex` module. HAN_CLASS goes
# inside a character class of a pattern compiled with `regex` ([{HAN_CLASS}·] a name's letters).
HAN_CLASS = r"\p{Han}"
HAN = regex.compile(HAN_CLASS)
HAN_RUN = regex.compile(rf"{HAN_CLASS}+")
# What is written without spaces between words: Han, kana, Hangul and bopomofo, and the CJK marks
# (，。「」 …) and full-width forms set among them.
CJK_CLASS = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Bopomofo}\u3000-\u303f\uff00-\uffef"
_CJK = regex.compile(f"[{CJK_CLASS}]")
SOFT_HYPHEN = "\u00ad"  # marks a hyphenation point at a line end (ALTO HYP) until lines are joined
# The one definition of a character that draws nothing in Baoku: Unicode's default-ignorable code
# points without the Hangul fillers (which are letters): format characters (zero-width space,
# joiners, word joiner, BOM, soft hyphen, direction marks, tags) and the variation selectors, a
# mark choosing a glyph of the character before it (U+FE00…, the ideographic U+E0100…). Search
# folds them away (search.normalize); the typesetter prints nothing for them (export.fonts).
IGNORABLE = re.compile("[\u00ad\u034f\u061c\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f"
                       "\ufe00-\ufe0f\ufeff\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0000-\U000e0fff]")


@cache
def is_han(ch: str) -> bool:
    """A Han character (one character)."""
    return bool(HAN.fullmatch(ch))


@cache
def is_cjk(ch: str) -> bool:
    """A character of text written without spaces between words (see CJK_CLASS)."""
    return bool(ch) and bool(_CJK.match(ch))


def is_latin_letter(ch: str) -> bool:
    """A letter of the Latin script, accented or not (é, ø, ñ, ß): one of a word's letters."""
    return ch.isalpha() and "LATIN" in unicodedata.name(ch, "")


def is_latin_text(text: str) -> bool:
    """Written in a Latin script: it has Latin letters and more of them than Han characters."""
    latin = han = 0
    for ch in text:
        if ch.isalpha():
            if is_latin_letter(ch):
                latin += 1
            elif is_cjk(ch):
                han += 1
    return latin > han


def join_lines(a: str, b: str) -> str:
    """Two lines of one paragraph as one: a hyphenation point at a's end is closed up, Chinese
    joins without a space, and anything else with one."""
    a, b = a.rstrip(), b.lstrip()
    if not a or not b:
        return a + b
    if a.endswith(SOFT_HYPHEN):
        return a[:-1] + b
    if is_cjk(a[-1]) or is_cjk(b[0]):
        return a + b
    return a + " " + b


def join_wrapped(lines: list[str]) -> str:
    """Hard-wrapped lines of one paragraph joined (see join_lines)."""
    out = ""
    for line in lines:
        if line.strip():
            out = join_lines(out, line) if out else line.strip()
    return out.rstrip().replace(SOFT_HYPHEN, "-")


def _indent(line: str) -> int:
    return len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip())


def paragraphs(text: str) -> list[str]:
    """Plain text as paragraphs (agency copy sent as text/plain, hard-wrapped at 70 or so
    characters): a blank line separates them, and so does a line indented deeper than the line
    before it (the wire's paragraph indent); the other lines are joined."""
    out: list[str] = []
    block: list[str] = []
    for line in text.splitlines() + [""]:
        if block and (not line.strip() or _indent(line) > _indent(block[-1])):
            out.append(join_wrapped(block))
            block = []
        if line.strip():
            block.append(line)
    return out
