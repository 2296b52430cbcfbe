"""Der Nordstern (St. Cloud, Minn., 1878), a German paper set in Fraktur, as OCR reads it (set by
hand from its page 1: lines with word boxes, a page image with only its rules). Its telegraph
items are headed by a short line in bold body type, centred in its column and ending in a full
stop (Bismarck's Pläne., Der Kaiser ist zufrieden.), over a country label (Deutschland.) or after
the last line of the item above; the heads measure as text."""

from __future__ import annotations

from baoku.core.importing.scan import scanned_page
from baoku.core.model import PageInfo
from baoku.core.ocr.engine import OcrChar, OcrLine, OcrPage
from .test_layout_oldpages import line, page

WORDS = ("der kaiser scheint die von fürst bismarck unterbreiteten vorschläge betreffend die neue handels und "
         "finanzpolitik dem wesen nach gutzuheißen und es ist nicht zu erwarten dass sich die lage der dinge "
         "bald ändern wird da die regierung mit dem reichstage auf dem besten fuße steht ").split()

COLUMN = (60, 390)


def body(x: int, y: int, rows: int, width: int = 330, start: int = 0, indent: int = 20) -> list[OcrLine]:
    """Justified lines of body type filling the column, the first indented."""
    out, k = [], start
    for r in range(rows):
        x0 = x + (indent if r == 0 else 0)
        words = []
        while sum(10 * len(w) + 10 for w in words + [WORDS[k % len(WORDS)]]) - 10 < width - (x0 - x) - 30:
            words.append(WORDS[k % len(WORDS)])
            k += 1
        step = (width - (x0 - x) - 10 * (len(words) - 1)) / sum(len(w) for w in words)  # letters set wider
        items, cx = [], float(x0)
        for w in words:
            items.append(OcrChar(w, (int(cx), y + 28 * r, int(cx + step * len(w)), y + 28 * r + 24), 0.95))
            cx += step * len(w) + 10
        if r == 0:
            words[0] = words[0].capitalize()
        out.append(OcrLine(" ".join(words), (x0, y + 28 * r, x + width, y + 28 * r + 24), 0.95, items))
    return out


def centred(text: str, y: int, col=COLUMN):
    width = sum(10 * len(w) + 10 for w in text.split()) - 10
    return line(text, (col[0] + col[1] - width) // 2, y)


def _parsed(lines, h=1400):
    gray = page(lines, rules=[(400, 40, 403, h - 100)], h=h)
    return scanned_page(OcrPage(1500, h, lines), PageInfo(1), "de", gray)


def test_small_centred_item_heads_open_their_items():
    lines = [centred("Deutschland.", 60), centred("Bismarck's Pläne.", 88)]
    lines += body(60, 116, 8)
    lines += [line("kehren wird.", 60, 116 + 8 * 28), centred("Der Kaiser ist zufrieden.", 116 + 9 * 28)]
    lines += body(60, 116 + 10 * 28, 6, start=5)
    lines += [line("gutzuheißen.", 60, 116 + 16 * 28), centred("England.", 116 + 17 * 28)]
    lines += body(60, 116 + 18 * 28, 6, start=9)
    lines += [centred("Will keine Vermittelung.", 60, (420, 750))] + body(420, 88, 20, start=3)
    parsed = _parsed(lines)
    heads = [a.headline for a in parsed.articles]
    assert len(parsed.articles) == 4, heads
    assert any("Bismarck's Pläne." in (a.headline, a.subhead) for a in parsed.articles)  # under its label
    assert "Der Kaiser ist zufrieden." in heads and "England." in heads and "Will keine Vermittelung." in heads


def test_a_paragraphs_short_last_line_heads_nothing():
    """A paragraph's last line is set flush left (or indented as a one-line paragraph), not centred:
    no head, however short and whatever its full stop."""
    lines = [centred("Der Kaiser ist zufrieden.", 60)] + body(60, 88, 6)
    lines += [line("So ist es.", 80, 88 + 6 * 28)] + body(60, 88 + 7 * 28, 6, start=4)
    lines += [line("gutzuheißen.", 60, 88 + 13 * 28)] + body(60, 88 + 14 * 28, 6, start=8)
    parsed = _parsed(lines)
    assert [a.headline for a in parsed.articles] == ["Der Kaiser ist zufrieden."]


def test_a_german_dateline_opens_a_story_and_is_no_head():
    from baoku.core.layout.latinheads import dateline

    assert dateline("Rashville, Tenn. 26. Dez. Geo.") and dateline("L o n d o n, 29 Dec. Eine Depesche")
    assert dateline("Waihington, D. C., 27. Dez. Lieutenant") and dateline("Chicag o, 27. Dezember.")
    assert not dateline("Am 12. Nov. fand in München") and not dateline("Smith, 12 March 1887 was")


def test_an_item_head_over_a_german_dateline_after_a_labelled_item_opens_its_item():
    """Page 1's Bankerotte. (a section label in bigger type) over Receiver ernannt.'s item, then
    Erschossen. over Rashville, Tenn. 26. Dez. …: a story of its own, not a subhead of the one above."""
    lines = [line("Bankerotte.", 150, 60, h=34, step=14), centred("Receiver ernannt.", 104)]
    lines += body(60, 132, 8)
    lines += [line("worden.", 60, 132 + 8 * 28), centred("Erschossen.", 132 + 9 * 28)]
    lines += [line("Rashville, Tenn. 26. Dez. Geo.", 80, 132 + 10 * 28)] + body(60, 132 + 11 * 28, 6, start=5, indent=0)
    parsed = _parsed(lines)
    assert [a.headline for a in parsed.articles][-1] == "Erschossen."
    assert len(parsed.articles) == 2


def test_a_bracketed_note_under_a_serials_head_heads_nothing():
    """Page 2's serial: Dick Tarleton. over (Fortsetzung.), centred over the instalment's text: a
    note of the serial's head, no story's head."""
    lines = [line("Dick Tarleton.", 120, 40, h=60, step=20), centred("(Fortsetzung.)", 110)] + body(60, 138, 20)
    parsed = _parsed(lines)
    assert len(parsed.articles) == 1


def test_a_centred_sentence_or_garbled_capitals_head_nothing_here():
    """The Omaha Bee's ALTO (3 March 1887): a one-line paragraph boxed about centred (No action was
    taken upon the above.) and a small-capitals subhead OCR garbled into mixed case (Al IKII.VOON
    Sl.gKllIN., AFTERNOON SESSION.): neither is an item's head."""
    for said in ("No action was taken upon the above.", "Al IKII.VOON Sl.gKllIN."):
        lines = [centred("Der Kaiser ist zufrieden.", 60)] + body(60, 88, 6)
        lines += [line("kehren wird.", 60, 88 + 6 * 28), centred(said, 88 + 7 * 28)] + body(60, 88 + 8 * 28, 6, start=4)
        assert [a.headline for a in _parsed(lines).articles] == ["Der Kaiser ist zufrieden."], said


def test_a_line_glued_across_a_column_rule_that_starts_below_it_is_cut_there():
    """Der Nordstern's page 4: the column rules the image shows start a few lines under the columns'
    tops (the rule between columns 3 and 4 from y = 243, the text from 153), and OCR read the lines
    there across the gutter as one (gehandelt, aber in Hindostan wird es | meint-vortheilhafter ist,
    bleibt der Ba-; its words 11 px apart at the gutter): cut at the rule as the lines under it are."""
    from baoku.core.layout.geometry import RULE_REACH, split_lines

    glued = line("gehandelt, aber in Hindostan wird es meint-vortheilhafter ist, bleibt der Ba-", 761, 203)
    # (the words as OCR boxed them: "es" ends at 1069, "meint-vortheilhafter" starts at 1080)
    xs = [(761, 842), (853, 885), (892, 909), (916, 991), (1012, 1049), (1056, 1069), (1080, 1247), (1249, 1276),
          (1278, 1320), (1326, 1349), (1360, 1387)]
    glued.chars[:] = [OcrChar(c.text, (a, 203, b, 237), 0.95) for c, (a, b) in zip(glued.chars, xs)]
    rule = (1067, 243, 1081, 2806)
    cuts = split_lines([glued], [(754, 1072), (1076, 1388)], 27.5, lambda ln: False, [rule], RULE_REACH)
    assert [(a, b) for _, a, b, _, _ in cuts] == [(0, 6), (6, 11)]
    far = line("a head over the columns, far over the rule", 761, 20)  # ten body sizes over it: not cut
    assert len(split_lines([far], [], 27.5, lambda ln: False, [rule], RULE_REACH)) == 1


def test_an_english_storys_centred_run_in_subheads_stay_in_it():
    """The Evening Star (26 August 1916, 1 September 1918) centres a story's run-in subheads in
    body type (The Husband's Statement., Counter Attacks Wither.) as Der Nordstern centres its
    items' heads: on an English page they are the story's, no story's own."""
    from .test_layout_oldpages import body as english

    lines = [line("MRS. ADAMS IS ACCUSED", 60, 40, h=50, step=16)] + english(60, 110, 8)
    lines += [line("and so it ended.", 60, 110 + 8 * 28), centred("The Husband's Statement.", 110 + 9 * 28)]
    lines += english(60, 110 + 10 * 28, 8, start=5)
    lines += [line("and was seen.", 60, 110 + 18 * 28), centred("Counter Attacks Wither.", 110 + 19 * 28)]
    lines += english(60, 110 + 20 * 28, 8, start=9)
    assert [a.headline for a in _parsed(lines).articles] == ["MRS. ADAMS IS ACCUSED"]


def test_a_boxs_side_ending_over_a_head_does_not_cut_it():
    """The Omaha Bee's ALTO (7 March 1887): a rule inside a column (a box's side) ending a line over
    Jack Marlon's Fate.: past its end it parts nothing, as it stands between no two columns."""
    from baoku.core.layout.geometry import RULE_REACH, split_lines

    head = line("Jack Marlon's Fate.", 500, 330)
    assert len(split_lines([head], [(440, 750), (754, 1072)], 27.5, lambda ln: False, [(598, 100, 602, 300)],
                           RULE_REACH)) == 1


def test_an_item_head_after_a_headless_item_opens_its_item():
    """Page 1's ALTO reads Bismarck's Pläne. as a Bismarck Pläne. (a speck before it), so the item
    above Der Kaiser ist zufrieden. has no head: on a German page that head still opens its item."""
    lines = [line("a Bismarck Pläne.", 150, 60)] + body(60, 88, 8)
    lines += [line("kehren wird.", 60, 88 + 8 * 28), centred("Der Kaiser ist zufrieden.", 88 + 9 * 28)]
    lines += body(60, 88 + 10 * 28, 6, start=5)
    assert [a.headline for a in _parsed(lines).articles][-1] == "Der Kaiser ist zufrieden."
