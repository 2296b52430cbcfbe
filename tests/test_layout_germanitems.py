"""Der Nordstern's telegraph items (1878) under a country label: the label and the first item's head
stand close, one over the other (Auf der Balkan-Halbinsel. over Die Serben vor Novibazar und
Pirot.), and are gathered as one head of two lines. The next item's head (Erfrieren.) in the same
type after that item's text is a story of its own, as after a one-line head; a run-in subhead stays
in its story on an English page."""

from __future__ import annotations

from baoku.core.importing.scan import scanned_page
from baoku.core.model import PageInfo
from baoku.core.ocr.engine import OcrPage
from .test_layout_frakturheads import body, centred
from .test_layout_oldpages import line, page


def _head(text: str, y: int):
    ln = centred(text, y)
    return line(text, ln.box[0], y, h=30, step=11)


def test_an_items_head_after_an_item_under_a_two_line_label_and_head_is_a_story():
    lines = [_head("Auf der Balkan-Halbinsel.", 60), _head("Die Serben vor Novibazar.", 94)]
    lines += body(60, 140, 8) + [line("kehren wird.", 60, 140 + 8 * 28)]
    lines += [_head("Erfrieren.", 140 + 9 * 28 + 6)] + body(60, 140 + 10 * 28 + 12, 8, start=5)
    lines += body(420, 60, 20, start=3)
    gray = page(lines, rules=[(400, 40, 403, 1300)])
    parsed = scanned_page(OcrPage(1500, 1400, lines), PageInfo(1), "de", gray)
    heads = [a.headline or "" for a in parsed.articles]
    assert any("Erfrieren." in h for h in heads), heads
