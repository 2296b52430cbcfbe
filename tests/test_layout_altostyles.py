"""An ALTO page's own type styles (Der Nordstern's ALTO, 1878, set by hand from what it holds):
its telegraph items' heads are Strings in a bold style (Helvetica-Bold 6) where the body's are not
(Helvetica 8), each head a TextBlock of its own, and boxed smaller than the body's lines, as ABBYY
measured Fraktur's bold heads. The ALTO dropped the spaced dateline under some of them (P a r i s,
27. Dez. read as a s, 27. Dez.), so the words under the head do not say a story starts: the style does."""

from __future__ import annotations

from xml.sax.saxutils import quoteattr

from baoku.core.importing.alto import alto_page, read_alto
from baoku.core.importing.newsxml import parse_xml
from baoku.core.model import PageInfo
from .test_layout_frakturheads import body, centred
from .test_layout_oldpages import line

STYLES = {"F1": ("Helvetica", 8, ""), "F2": ("Helvetica-Bold", 6, ""), "F3": ("Times-Roman", 8, "bold")}


def alto(blocks: list[tuple[str, list]]) -> bytes:
    """An ALTO page in pixels: each block (its Strings' style, its lines), each word a String."""
    out = ['<?xml version="1.0" encoding="UTF-8"?><alto xmlns="http://www.loc.gov/standards/alto/ns-v2#">',
           "<Description><MeasurementUnit>pixel</MeasurementUnit></Description><Styles>"]
    out += [f'<TextStyle ID="{k}" FONTFAMILY="{f}" FONTSIZE="{s}"' + (f' FONTSTYLE="{st}"' if st else "") + "/>"
            for k, (f, s, st) in STYLES.items()]
    out.append('</Styles><Layout><Page ID="P1" WIDTH="1500" HEIGHT="1400"><PrintSpace>')
    for n, (style, lines) in enumerate(blocks, 1):
        x0, y0 = min(ln.box[0] for ln in lines), min(ln.box[1] for ln in lines)
        x1, y1 = max(ln.box[2] for ln in lines), max(ln.box[3] for ln in lines)
        out.append(f'<TextBlock ID="TB{n}" HPOS="{x0}" VPOS="{y0}" WIDTH="{x1 - x0}" HEIGHT="{y1 - y0}">')
        for ln in lines:
            b = ln.box
            out.append(f'<TextLine HPOS="{b[0]}" VPOS="{b[1]}" WIDTH="{b[2] - b[0]}" HEIGHT="{b[3] - b[1]}">')
            for k, c in enumerate(ln.chars):
                if k:
                    out.append("<SP/>")
                out.append(f'<String STYLEREFS="{style}" CONTENT={quoteattr(c.text)} HPOS="{c.box[0]}" '
                           f'VPOS="{c.box[1]}" WIDTH="{c.box[2] - c.box[0]}" HEIGHT="{c.box[3] - c.box[1]}"/>')
            out.append("</TextLine>")
        out.append("</TextBlock>")
    out.append("</PrintSpace></Page></Layout></alto>")
    return "".join(out).encode()


def _small(text: str, y: int, col=(60, 390)):
    """A head in bold type boxed smaller than the body's (18 px where the body's are 24)."""
    ln = centred(text, y, col)
    ln.box = (ln.box[0], ln.box[1] + 3, ln.box[2], ln.box[3] - 3)
    for c in ln.chars:
        c.box = (c.box[0], c.box[1] + 3, c.box[2], c.box[3] - 3)
    return ln


def _page(head_style: str):
    first = body(60, 60, 8) + [line("kehren wird.", 60, 60 + 8 * 28)]
    head = [_small("Don Carlos.", 60 + 9 * 28)]
    second = [line("a s, 27. Dez. Die französi", 90, 60 + 10 * 28)] + body(60, 60 + 11 * 28, 6, start=5, indent=0)
    head2 = [_small("Die Bank von Frankreich.", 60 + 17 * 28)]
    third = [line("a 2 7 a", 90, 60 + 18 * 28)] + body(60, 60 + 19 * 28, 6, start=9, indent=0)
    data = alto([("F1", first), (head_style, head), ("F1", second), (head_style, head2), ("F1", third)])
    page = read_alto(parse_xml(data, "p.xml"), "p.xml")
    return alto_page(page, PageInfo(1), "de", None)


def test_heads_in_the_altos_bold_style_open_their_items():
    parsed = _page("F2")
    heads = [a.headline for a in parsed.articles]
    assert len(parsed.articles) == 3, heads
    assert heads[1:] == ["Don Carlos.", "Die Bank von Frankreich."]


def test_a_fontstyle_bold_is_bold_too():
    parsed = _page("F3")
    assert [a.headline for a in parsed.articles][1:] == ["Don Carlos.", "Die Bank von Frankreich."]


def test_the_same_lines_in_the_bodys_style_head_nothing():
    """Nothing but the style tells these heads: in the body's style they stay in the text."""
    parsed = _page("F1")
    assert len(parsed.articles) == 1


def test_a_bold_note_in_brackets_heads_nothing():
    """A serial's (Fortsetzung.) in the bold style over its instalment, like (Schluß.), is a note."""
    first = [line("Der Dick-Tarkton.", 120, 60, h=40, step=18)] + body(60, 116, 8)
    note = [_small("(Fortsetzung.)", 116 + 8 * 28 + 6)]
    rest = body(60, 116 + 9 * 28 + 12, 8, start=5)
    data = alto([("F1", first), ("F2", note), ("F1", rest)])
    parsed = alto_page(read_alto(parse_xml(data, "p.xml"), "p.xml"), PageInfo(1), "de", None)
    assert len(parsed.articles) == 1, [a.headline for a in parsed.articles]
