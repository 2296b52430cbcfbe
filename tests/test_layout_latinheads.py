"""Lines on an old English page that measure like heads but head nothing (the 1915 and 1916
Evening Star's classes, set by hand as the recogniser reads them): a letter's signature in
capitals set flush right, a lead paragraph set bigger that starts mid-sentence, and a story's
dateline line read in a bigger box."""

from __future__ import annotations

from baoku.core.importing.scan import scanned_page
from baoku.core.model import PageInfo
from baoku.core.ocr.engine import OcrChar, OcrPage
from .test_layout_oldpages import body, line, page


def _heads(lines, w=500, h=900):
    parsed = scanned_page(OcrPage(w, h, lines), PageInfo(1), "en", page(lines, w=w, h=h))
    return [a.text().split("\n")[0] for a in parsed.articles], parsed


def test_a_letters_signature_in_capitals_set_flush_right_stays_in_its_story():
    lines = [line("PRESIDENT PENS NOTE", 60, 40, h=60, step=18)] + body(60, 120, 8)
    lines += [line("WOODROW WILSON.", 230, 120 + 8 * 28 + 4, h=20)] + body(60, 120 + 9 * 28 + 4, 5, start=9)
    heads, parsed = _heads(lines)
    assert heads == ["PRESIDENT PENS NOTE"], heads
    assert "WOODROW WILSON." in parsed.articles[0].text()


def test_capitals_centred_in_their_column_still_head_a_story():
    """The same line centred (a run-in head, not a signature) opens a story of its own."""
    lines = [line("PRESIDENT PENS NOTE", 60, 40, h=60, step=18)] + body(60, 120, 8)
    lines += [line("RAID AMERICAN MISSION.", 110, 120 + 8 * 28 + 14, h=24)] + body(60, 120 + 9 * 28 + 20, 5, start=9)
    heads, _ = _heads(lines)
    assert heads == ["PRESIDENT PENS NOTE", "RAID AMERICAN MISSION."], heads


def test_bigger_type_that_starts_with_a_lowercase_word_is_text_not_a_head():
    """A lead paragraph set bigger than the body, its first line running on from a sentence
    (in which the French battleship Bouvet …): the story's text, not a head."""
    lines = [line("STORM HALTS THE FLEET", 60, 40, h=60, step=18)] + body(60, 120, 6)
    y = 120 + 6 * 28 + 6
    lines += [line("in which the French battleship Bouvet", 60, y, h=31, step=8),
              line("and two British battleships were sent", 60, y + 36, h=31, step=8)]
    lines += body(60, y + 76, 5, start=4)
    heads, parsed = _heads(lines)
    assert heads == ["STORM HALTS THE FLEET"], heads
    assert "battleship Bouvet" in parsed.articles[0].text()


def test_a_dateline_read_in_a_bigger_box_is_no_headline():
    """ROME, August 26.—Venice is facing … boxed as tall as a deck: the first line of a story's
    text, never its headline."""
    lines = [line("MRS. McADOO HAS TYPHOID.", 60, 40, h=34, step=12)] + body(60, 90, 6)
    y = 90 + 6 * 28 + 30
    lines += [line("ROME, August 26.—Venice is facing", 60, y, h=31, step=9)] + body(60, y + 36, 5, start=3)
    heads, _ = _heads(lines)
    assert not any(h.startswith("ROME") for h in heads), heads


def _subhead_page(first: str):
    lines = [line("SENATOR ASKS FOR TAX RATES", 60, 40, h=60, step=14)] + body(60, 120, 7)
    y = 120 + 7 * 28 + 14
    lines += [line("Reasons for Inquiry.", 120, y, h=31, step=11), line(first, 60, y + 44)]
    return lines + body(60, y + 72, 5, start=6)


def test_a_run_in_subhead_stays_in_its_story():
    """A story's run-in subhead (one line in mixed case, bigger than the body by its box), its
    paragraph under it with no dateline: a part of the story, not an article of its own."""
    heads, parsed = _heads(_subhead_page("It was learned here however that the"))
    assert heads == ["SENATOR ASKS FOR TAX RATES"], heads
    assert "Reasons for Inquiry." in parsed.articles[0].text()


def test_a_short_head_over_a_dateline_opens_a_story():
    """The same line over a dateline (BERLIN, March 22.—): a new story's headline."""
    heads, _ = _heads(_subhead_page("BERLIN, March 22.—The war loan has"))
    assert heads == ["SENATOR ASKS FOR TAX RATES", "Reasons for Inquiry."], heads


def test_a_letter_alone_in_big_type_heads_nothing():
    """OCR's reading of a smudge at a column's foot (V, boxed as tall as a headline): no head of
    a story of its own, its letter kept in the story over it."""
    lines = [line("PRESIDENT PENS NOTE", 60, 40, h=60, step=18)] + body(60, 120, 8)
    lines += [line("V", 300, 120 + 8 * 28 + 6, h=44, step=30)]
    heads, parsed = _heads(lines)
    assert heads == ["PRESIDENT PENS NOTE"], heads
    assert "V" in parsed.articles[0].text().split()



def test_a_scrap_of_no_word_in_big_type_heads_nothing():
    """ALTO's 7 Ll, read off the ink of a line it garbled, boxed as tall as a head in the midst of
    a story's column (The Park Record's American Legion Notes): no head of the lines under it, which
    stay in the story."""
    lines = [line("PRESIDENT PENS NOTE", 60, 40, h=60, step=18)] + body(60, 120, 8)
    lines += [line("7 Ll", 60, 120 + 8 * 28 + 4, h=44, step=14)] + body(60, 120 + 8 * 28 + 52, 4, start=5)
    heads, parsed = _heads(lines)
    assert heads == ["PRESIDENT PENS NOTE"], heads


def _cut_off_page(rule: bool):
    lines = [line("GERMAN SHIP HALTED", 60, 40, h=60, step=18)] + body(60, 120, 8)
    y = 120 + 8 * 28 + 24
    lines += [line("Socialist Deputies Denounced.", 90, y), line("AMSTERDAM, March 22.—The socialist", 60, y + 28)]
    lines += body(60, y + 56, 5, start=11)
    rules = [(143, y - 14, 308, y - 12)] if rule else []
    parsed = scanned_page(OcrPage(500, 900, lines), PageInfo(1), "en", page(lines, rules=rules, w=500, h=900))
    return [a.text().split("\n")[0] for a in parsed.articles], parsed


def test_a_short_rule_centred_between_two_texts_ends_a_story():
    """The Evening Star parts the stories down a column with a rule half a column wide: the text
    under it (a small head set in the body's type, then its dateline) is a story of its own."""
    heads, parsed = _cut_off_page(rule=True)
    assert len(parsed.articles) == 2, heads
    assert parsed.articles[1].text().startswith("Socialist Deputies Denounced."), heads


def test_with_no_rule_the_text_runs_on():
    heads, parsed = _cut_off_page(rule=False)
    assert len(parsed.articles) == 1, heads


def test_a_headline_in_capitals_whose_first_word_ocr_read_lowercase_still_heads_its_story():
    """ALTO's reading of IS CALLED BY DEATH. as 'is CALLED BY DEATH.': the line is in capitals,
    a head, not a sentence running on."""
    lines = [line("MONEY IS ASSURED", 60, 40, h=60, step=18)] + body(60, 120, 8)
    y = 120 + 8 * 28 + 30
    lines += [line("is CALLED BY DEATH.", 110, y, h=30, step=12)] + body(60, y + 44, 5, start=9)
    heads, _ = _heads(lines)
    assert heads == ["MONEY IS ASSURED", "is CALLED BY DEATH."], heads


def test_a_column_rule_read_as_a_letter_at_a_lines_end_does_not_make_it_a_headline():
    """ALTO reads the column rule beside a body line as a letter (… head of the Car- j), its box
    as tall as the rule's piece: the line is measured by its other words, and stays text."""
    lines = [line("PRESIDENT PENS NOTE", 60, 40, h=60, step=18)] + body(60, 120, 6)
    y = 120 + 6 * 28
    debris = line("Eliseo Arredondo head of the Car- j", 60, y)
    x0, _, x1, _ = debris.chars[-1].box
    debris.chars[-1] = OcrChar("j", (x0, y - 12, x1, y + 36), 0.9)
    debris.box = (debris.box[0], y - 12, debris.box[2], y + 36)
    lines += [debris] + body(60, y + 28, 5, start=3)
    heads, parsed = _heads(lines)
    assert heads == ["PRESIDENT PENS NOTE"], heads


def test_a_jump_line_under_a_rule_at_a_columns_foot_stays_with_its_story():
    """(Continued on Second Page.) under the rule that closes the column: where the story runs
    on, said at its end, not a story of its own."""
    lines = [line("SERIES OF ATTACKS", 60, 40, h=60, step=18)] + body(60, 120, 10)
    y = 120 + 10 * 28 + 30
    lines += [line("(Continued on Second Page.)", 110, y)]
    parsed = scanned_page(OcrPage(500, 900, lines), PageInfo(1), "en",
                          page(lines, rules=[(70, y - 16, 380, y - 13)], w=500, h=900))
    assert len(parsed.articles) == 1, [a.text()[:30] for a in parsed.articles]
    assert parsed.articles[0].text().rstrip().endswith("(Continued on Second Page.)")


def test_a_scrap_read_between_a_heads_decks_does_not_part_them():
    """A speck read as '1' beside the gap between a headline's decks (the 1916 Evening Star's
    CRISIS IS REACHED … PROSPECTS OF A STRIKE ARE MORE THREATENING): the decks stay one head."""
    lines = [line("CRISIS IS REACHED", 60, 40, h=60, step=18),
             line("Both Sides to Visit White House", 60, 110, h=32, step=9)]
    lines += [line("1", 300, 163, h=16, step=8)]
    lines += [line("PROSPECTS OF A STRIKE", 70, 160, h=32, step=12)] + body(60, 210, 8)
    heads, parsed = _heads(lines)
    assert heads == ["CRISIS IS REACHED"], heads


def test_a_paragraphs_first_line_boxed_tall_in_the_midst_of_its_text_is_no_head():
    """'This opinion was indorsed by', a paragraph's first line that OCR boxed taller than its
    neighbours, overlapping them, the column's text running on above and below it: text."""
    lines = [line("STRIKE THREATENS", 60, 20, h=60, step=18)]
    rows = body(60, 100, 14)
    for k, ln in enumerate(rows):
        y = 100 + 25 * k
        ln.box = (ln.box[0], y, ln.box[2], y + 28)
    y = 100 + 25 * 6
    rows[6] = line("This opinion was indorsed by", 78, y - 6, h=42, step=10)
    parsed = scanned_page(OcrPage(500, 900, lines + rows), PageInfo(1), "en", page(lines + rows, w=500, h=900))
    assert [a.headline for a in parsed.articles if a.headline] == ["STRIKE THREATENS"]
    assert "This opinion was indorsed by" in "\n".join(a.text() for a in parsed.articles)


def test_a_dateline_in_small_capitals_read_in_mixed_case_is_a_dateline():
    """The Omaha Daily Bee sets a dateline's place in small capitals, which OCR reads in mixed
    case; the dash after the day tells it from a sentence naming a place and a date."""
    from baoku.core.layout.latinheads import dateline

    assert dateline("WAnoo, Neb., March 2.—[Special to the")
    assert dateline("Lincoln, Neb., Mareh 3.-[Special Tele-")
    assert dateline("TRENToN, N. J., March 2.-The joint")
    assert dateline("Hnui.i.v. March 2. An Imperial decree has")  # ALTO's reading: the dash dropped
    assert not dateline("Lincoln, Neb., on March 3 the senate met")
    assert not dateline("In Lincoln, March 3, the senate met and")
    assert not dateline("Since Lincoln, Neb., was founded in March 1867 the")


def _bee_page(head: str):
    lines = [line("HOW GARVEY JOINED THE GANG", 60, 40, h=60, step=14)] + body(60, 120, 7)
    y = 120 + 7 * 28
    lines += [line(head, 60 + (330 - 10 * (len(head) + 1)) // 2, y, step=10),
              line("WAnoo, Neb., March 2.-Special to", 75, y + 28, step=9)]
    return lines + body(60, y + 56, 5, start=6)


def test_a_head_in_bold_body_type_over_a_small_capitals_dateline_opens_a_story():
    """Important Cases at Wahoo. (one line of body-size type, titled, centred, ending in a full
    stop) over its story's dateline: a story of its own, though it measures as text."""
    heads, parsed = _heads(_bee_page("Important Cases at Wahoo."))
    assert heads == ["HOW GARVEY JOINED THE GANG", "Important Cases at Wahoo."], heads
    assert "WAnoo, Neb." in parsed.articles[1].text()


def test_a_paragraphs_last_line_over_a_dateline_heads_nothing():
    """A sentence's end (Branch railroad.: not titled) over a headless brief's dateline stays in
    the text; every line is kept."""
    heads, parsed = _heads(_bee_page("Branch railroad."))
    assert "Branch railroad." not in heads, heads
    assert any("Branch railroad." in a.text() for a in parsed.articles)


def test_a_titled_line_under_a_deck_running_on_stays_with_its_headline():
    """Putting on the Screws. over a dateline, but right under the last line of the headline's
    deck (on the People,: a comma, the deck runs on into it): the story's, not a story of its own."""
    lines = [line("HOW GARVEY JOINED THE GANG", 60, 40, h=60, step=14),
             line("Passes Its Stupendous Joke", 95, 110, step=10), line("on the People,", 150, 138, step=10),
             line("Putting on the Screws.", 110, 166, step=10), line("Lincoln, Neb., March 2.-Special to", 75, 194, step=9)]
    heads, parsed = _heads(lines + body(60, 222, 6))
    assert heads == ["HOW GARVEY JOINED THE GANG"], heads
    assert "Putting on the Screws." in parsed.articles[0].text()



def test_a_head_at_the_foot_of_the_block_over_its_dateline_opens_a_story():
    """The Knights Rejoiced. gathered at the foot of the block over it (a letter's date line), its
    story's dateline opening the next block, the two boxes overlapping by a few pixels as OCR boxed
    them: the head is split off as display type, every line kept."""
    from baoku.core.layout.blocks import DISPLAY, TEXT, Block, Page
    from baoku.core.layout.latinblocks import dateline_heads
    from baoku.core.layout.geometry import union

    lines = [line("Rome, Feb. 20, 1887.", 80, 300, step=10), line("The Knights Rejoiced.", 90, 322, step=10),
             line("New York, March 2.-Cardinal Gibbons'", 62, 343, step=9)] + body(60, 371, 3)
    page = Page(500, 900, lines, 20.0, latin=True)
    blocks = [Block(TEXT, [0, 1], union([lines[0].box, lines[1].box]), 20.0),
              Block(TEXT, [2, 3, 4, 5], union(ln.box for ln in lines[2:]), 20.0)]
    out = dateline_heads(page, blocks, [20.0] * len(lines))
    assert [(b.kind, b.lines) for b in out] == [(TEXT, [0]), (DISPLAY, [1]), (TEXT, [2, 3, 4, 5])]


def test_a_head_under_a_paragraphs_short_last_line_opens_a_story():
    """Fisherman Rejoice. under a paragraph's last line (tion is likely.: short, ended), the line
    before that broken with a hyphen: what stands right over the head ends, so it heads a story."""
    lines = [line("CANADIAN FISHERIES", 60, 40, h=60, step=14)] + body(60, 120, 5)
    y = 120 + 5 * 28
    lines += [line("entry of Newfoundland into the confedera-", 60, y, step=7), line("tion is likely.", 60, y + 28),
              line("Fisherman Rejoice.", 150, y + 56, step=10), line("Gloucester, Mass., March 3.-There is", 75, y + 84, step=9)]
    heads, _ = _heads(lines + body(60, y + 112, 4, start=5))
    assert heads == ["CANADIAN FISHERIES", "Fisherman Rejoice."], heads
