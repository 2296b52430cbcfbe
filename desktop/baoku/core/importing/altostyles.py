"""What an ALTO page's own type styles say of its lines: a head set in bold where the body is not.

ALTO names each String's style (`STYLEREFS` to a `TextStyle`, or the style of its TextLine or
TextBlock), and a style says bold in its `FONTSTYLE` (`bold`) or its font's name (Helvetica-Bold,
Times-BoldItalic: ABBYY's way). Der Nordstern's ALTO (1878) sets its telegraph items' heads
(Don Carlos., Die Bank von Frankreich., Erfrieren.) in a bold style where its body is not, each
head a TextBlock of its own or a lone bold line in a block of text, and boxes them smaller than
the body's lines (Helvetica-Bold 6 against Helvetica 8: the bold Fraktur's x-height): the layout,
which measures type by its lines' boxes, read them as text, and where ALTO lost the spaced dateline
under a head (P a r i s, 27. Dez. read as a s, 27. Dez.) nothing else told that a story starts.
Such a line is marked display type (`AltoLine.display`), which the layout takes as a subhead's
size at least (`layout.analyse`). A page whose body is itself mostly bold marks nothing, and
neither does a run of bold lines (a bold paragraph: a publisher's notice), a bold line that is
not words (a figure, a mark), nor a note in brackets ((Fortsetzung.) over a serial's instalment)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from ..ocr.engine import OcrLine
from .xmltree import named

BOLD_LINE = 0.9  # this share of a line's letters in a bold style: a bold line
BOLD_BODY = 0.5  # this share of the page's letters in bold: the body is bold, nothing stands out
HEAD_WORDS = 8  # a head has at most this many words
WORDED = re.compile(r"[^\W\d_]{3}")
NOTE = ("(", "[")  # a bracketed note in bold, (Fortsetzung.) over a serial's instalment, heads nothing


@dataclass
class AltoLine(OcrLine):
    """A line as ALTO gives it, with the share of its letters set in a bold style, and whether
    that style marks it a head (`mark_bold_heads`)."""

    bold: float = 0.0
    display: bool = False
    words: list[tuple[int, int]] = field(default_factory=list)  # each String's characters (first, end)


def bold_styles(root: ET.Element) -> set[str]:
    """The IDs of the document's bold TextStyles."""
    out = set()
    for st in named(root, "TextStyle"):
        said = f"{st.get('FONTSTYLE') or ''} {st.get('FONTFAMILY') or ''}".lower()
        if "bold" in said:
            out.add(st.get("ID") or "")
    return out - {""}


def style_of(el: ET.Element, inherited: str) -> str:
    """An element's style: its first STYLEREFS that is given, else the one it inherits."""
    refs = (el.get("STYLEREFS") or "").split()
    return refs[0] if refs else inherited


def bold_share(letters: list[tuple[int, bool]]) -> float:
    """The share of letters in bold, from (letters, bold) per String."""
    total = sum(n for n, _ in letters)
    return sum(n for n, b in letters if b) / total if total else 0.0


def mark_bold_heads(blocks: list[list[AltoLine]]) -> int:
    """Marks as display type each lone bold line of words (at most HEAD_WORDS) on a page whose body
    is not bold: alone in its block, or between lines that are not bold. Returns how many."""
    lines = [ln for b in blocks for ln in b]
    letters = sum(len(ln.text) for ln in lines)
    if not letters or sum(ln.bold * len(ln.text) for ln in lines) > BOLD_BODY * letters:
        return 0
    marked = 0
    for b in blocks:
        for k, ln in enumerate(b):
            lone = not (k and b[k - 1].bold >= BOLD_LINE) and not (k + 1 < len(b) and b[k + 1].bold >= BOLD_LINE)
            if ln.bold >= BOLD_LINE and lone and 1 <= len(ln.text.split()) <= HEAD_WORDS and WORDED.search(ln.text) \
                    and not ln.text.lstrip().startswith(NOTE):
                ln.display = True
                marked += 1
    return marked
