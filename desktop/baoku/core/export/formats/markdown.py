"""Articles as Markdown: the headline a heading, kicker and subhead around it, the byline in
italics, the source line quoted, paragraphs, subheadings a level down, captions in italics, and the
citation line. Characters Markdown would read as markup are escaped."""

from __future__ import annotations

import re

from ... import model
from . import CITATION, Written

# Markup wherever it stands: emphasis, code, HTML and autolinks, tables, GFM's strikethrough, a
# backslash, an entity reference (`&amp;` would show as "&"), and a bracket that closes a link or
# a link definition ([N] stays as it is: brackets make a link only before "(", "[" or ":").
_INLINE = re.compile(r"([\\`*_<>|~]|\](?=[(\[:])|&(?=#?[0-9A-Za-z]+;))")
_LEADING = re.compile(r"^(\s*)([#>+\-=]|\d+(?=[.)]))")  # at a line's start: a heading, quote, list or rule


def escape(text: str) -> str:
    """The text with what Markdown would read as markup escaped, so a renderer shows it as it is;
    each line of it, as a paragraph's second line may start a heading or a list."""
    return "\n".join(_escape_line(line) for line in text.split("\n"))


def _escape_line(text: str) -> str:
    text = _INLINE.sub(r"\\\1", text)
    m = _LEADING.match(text)
    if m is None:
        return text
    if m.group(2).isdigit():  # 1. at a line's start is a list: 1\.
        at = m.end()
        return text[:at] + "\\" + text[at:]
    return m.group(1) + "\\" + text[m.end(1):]


def render_markdown(written: list[Written], title: str) -> str:
    several = len(written) > 1
    out: list[str] = [f"# {escape(title)}", ""] if several else []
    level = "##" if several else "#"
    for w in written:
        for p in w.pieces:
            t = escape(p.text)
            if p.kind == model.HEADLINE:
                out += [f"{level} {t}", ""]
            elif p.kind in (model.KICKER, model.COLUMN):
                out += [f"**{t}**", ""]
            elif p.kind == model.SUBHEAD:
                out += [f"**——{t}**" if not p.text.startswith("—") else f"**{t}**", ""]
            elif p.kind in (model.HEAD_BYLINE, model.BYLINE):
                out += [f"*{t}*", ""]
            elif p.kind == model.SOURCE_LINE:
                out += [f"> {t}", ""]
            elif p.kind == model.SUBHEADING:
                out += [f"{level}# {t}", ""]
            elif p.kind == model.CAPTION:
                out += [f"*图：{t}*", ""]
            elif p.kind == CITATION:
                out += [t, ""]
            else:
                out += [t, ""]
        out += ["---", ""] if several else []
    while out and out[-1] in ("", "---"):
        out.pop()
    return "\n".join(out) + "\n"
