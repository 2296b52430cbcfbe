"""The Omaha Daily Bee's front pages of 1887 (set by hand as the recogniser reads them): a story's
head in bold body type over a dateline set in small capitals that OCR reads now in mixed case, now
in capitals, the dateline gathered into a block of its own or under a bracketed copyright line, and
a masthead whose date line was read in pieces with no page rule found under it."""

from __future__ import annotations

from baoku.core.importing.scan import scanned_page
from baoku.core.layout.latinheads import dateline
from baoku.core.model import PageInfo
from baoku.core.ocr.engine import OcrPage
from .test_layout_oldpages import body, line, page


def _parsed(lines, w=500, h=1400):
    return scanned_page(OcrPage(w, h, lines), PageInfo(1), "en", page(lines, w=w, h=h))


def _heads(lines, w=500, h=1400):
    return [a.text().split("\n")[0] for a in _parsed(lines, w, h).articles]


def _centred(text: str, y: int) -> object:
    return line(text, 60 + (330 - 10 * (len(text) + 1)) // 2, y, step=10)


def _column(head: str, briefs: list[tuple[str, str]]) -> list:
    """A column: a head with a paragraph under it, then three briefs (head, dateline) down it."""
    lines = [line(head, 60, 40, h=60, step=14)] + body(60, 120, 5)
    for (brief, dated), (y, start) in zip(briefs, ((270, 5), (450, 9), (630, 13))):
        lines += _brief(brief, dated, y, start)
    return lines


def _brief(head: str, dated: str, y: int, start: int, note: str = "") -> list:
    """A brief: its head centred over its dateline (maybe under a bracketed note), four lines of text."""
    out = [_centred(head, y)]
    if note:
        out.append(line(note, 75, y + 28, step=9))
        y += 28
    return out + [line(dated, 62, y + 28, step=9)] + body(60, y + 56, 3, start=start) + \
        [line("and two children.", 60, y + 56 + 3 * 28)]  # a paragraph's end: the next head's over it


def test_datelines_as_ocr_reads_small_capitals():
    """The place read in capitals with a figure one for an I, the comma after it with no space, a
    comma after the day: still a dateline when the dash follows."""
    assert dateline("GRAND 1SLAND, Neb., Mareh 4.—[Speeial")
    assert dateline("MILWAUKE,Mareh 4.-There is no change")
    assert dateline("EDINURG, March 4,-[New York Herald")
    assert not dateline("Grand Island, in March 4 of the")


def test_a_head_over_a_dateline_read_in_capitals_opens_a_story_where_the_paper_sets_small_capitals():
    """On a page whose datelines read in mixed case (small capitals), one read in full capitals
    (GRAND 1SLAND, Neb.) is a small-capitals dateline too: its head opens a story."""
    briefs = [("Aid for a New Road.", "Fairmont, Neb., March 4.-Special to"),
              ("Heirs to a Small Fortune.", "West Point, Neb., March 4.-Special to"),
              ("A Baptist Church Split.", "GRAND 1SLAND, Neb., Mareh 4.-Special")]
    assert _heads(_column("MADE THE ECONOMIC MOVE", briefs)) == ["MADE THE ECONOMIC MOVE"] + [h for h, _ in briefs]


def test_a_head_over_a_dateline_in_capitals_stays_in_its_story_where_datelines_are_capitals():
    """The same head over a dateline in capitals on a page with no small-capitals dateline (the
    Evening Star's PARIS, March 22.—): one dispatch of the story over it."""
    lines = [line("MADE THE ECONOMIC MOVE", 60, 40, h=60, step=14)] + body(60, 120, 5)
    lines += _brief("A Baptist Church Split.", "GRAND ISLAND, Neb., March 4.-Special", 270, 5)
    parsed = _parsed(lines)
    assert [a.text().split("\n")[0] for a in parsed.articles] == ["MADE THE ECONOMIC MOVE"]
    assert "A Baptist Church Split." in parsed.articles[0].text()


def test_a_head_under_a_bracketed_copyright_line_and_its_dateline_opens_a_story():
    """Crofters Receive an Ovation. over [Copyright 1887 by James Gordon Bennett.] over its dateline:
    a story of its own, the copyright line in its text."""
    lines = [line("MADE THE ECONOMIC MOVE", 60, 40, h=60, step=14)] + body(60, 120, 5)
    lines += _brief("Aid for a New Road.", "Fairmont, Neb., March 4.-Special to", 270, 5)
    lines += _brief("Crofters Receive an Ovation.", "Edinburgh, March 4.-New York Herald", 450, 9,
                    note="[Copyright 1887 by James Gordon Bennett.]")
    parsed = _parsed(lines)
    assert [a.text().split("\n")[0] for a in parsed.articles][-1] == "Crofters Receive an Ovation."
    assert "[Copyright 1887" in parsed.articles[-1].text()


def test_a_head_in_a_blocks_midst_over_a_dateline_gathered_apart_is_split_off():
    """The Emmet Memorial Meeting. gathered in the midst of a block, its dateline (boxed taller)
    gathered into a block of its own: the head is display type, every line kept."""
    from baoku.core.layout.blocks import DISPLAY, TEXT, Block, Page
    from baoku.core.layout.latinblocks import dateline_heads
    from baoku.core.layout.geometry import union

    lines = [line("about thirty-five years of age, and was a", 60, 200, step=8), line("and two children.", 60, 228),
             _centred("The Emmet Memorial Meeting.", 256),
                                line("Lincoln, Neb., March 4.-Special Tele-", 62, 280, h=26, step=9),
                                line("gram to the Bee.-At the Emmet memor-", 60, 308)] + body(60, 336, 2, start=9)
    page_ = Page(500, 900, lines, 20.0, latin=True)
    blocks = [Block(TEXT, [0, 1, 2, 4, 5, 6], union(ln.box for ln in lines), 20.0),
              Block(TEXT, [3], lines[3].box, 26.0)]
    out = dateline_heads(page_, blocks, [20.0] * len(lines))
    assert [(b.kind, b.lines) for b in out] == [(TEXT, [0, 1]), (DISPLAY, [2]), (TEXT, [4, 5, 6]), (TEXT, [3])]


def test_a_masthead_whose_date_line_was_read_in_pieces_is_folio_with_no_rule_found():
    """THE OMAHA DAILY BEE over SIXTEENTH YEAR. | OMAHA. THURSDAY, MORNING, | MARCH | 3. 1887. |
    NUMBER 258, no page rule found under it: the masthead is folio, the page's date read from it."""
    lines = [line("THE OMAHA DAILY", 300, 40, h=120, step=40), line("BEE.", 1100, 40, h=120, step=40),
             line("SIXTEENTH YEAR.", 60, 190, h=34, step=14), line("OMAHA. THURSDAY, MORNING,", 500, 186, h=36, step=14),
             line("MARCH", 900, 188, h=34, step=14), line("3. 1887.", 1000, 188, h=34, step=14),
             line("NUMBER 258", 1250, 190, h=34, step=14)]
    lines += [line("HOW GARVEY JOINED THE GANG", 60, 260, h=44, step=12)] + body(60, 330, 30)
    lines += [line("IN DEFENSE OF THE KNIGHTS", 420, 260, h=44, step=12)] + body(420, 330, 30, start=7)
    lines += [line("THE GEORGE THEORY", 780, 260, h=44, step=12)] + body(780, 330, 30, start=3)
    lines += [line("DRAWING TO ITS DEATH", 1140, 260, h=44, step=12)] + body(1140, 330, 30, start=5)
    rules = [(400, 250, 403, 1200), (760, 250, 763, 1200), (1120, 250, 1123, 1200)]
    parsed = scanned_page(OcrPage(1500, 2000, lines), PageInfo(1), "en", page(lines, rules=rules, h=2000))
    assert [a.headline for a in parsed.articles] == ["HOW GARVEY JOINED THE GANG", "IN DEFENSE OF THE KNIGHTS",
                                                     "THE GEORGE THEORY", "DRAWING TO ITS DEATH"]
    assert str(parsed.folio.date) == "1887-03-03"


def test_a_line_of_text_boxed_tall_under_its_paragraph_heads_nothing():
    """Russell. To-night he has been running up: a line of a paragraph OCR boxed taller than the
    rest (measured as display type), in mixed case, as wide as the text over it and ending no
    sentence; it stays in the story, which is one article."""
    lines = [line("HOW GARVEY JOINED THE GANG", 60, 40, h=60, step=14)] + body(60, 120, 6)
    lines += [line("Russell. To-night he has been running up", 60, 120 + 6 * 28, h=34, step=8)]
    lines += body(60, 120 + 7 * 28 + 10, 5, start=8)
    parsed = _parsed(lines)
    assert [a.text().split("\n")[0] for a in parsed.articles] == ["HOW GARVEY JOINED THE GANG"]
    assert "Russell. To-night" in parsed.articles[0].text()


def test_a_dateline_in_small_capitals_boxed_tall_heads_nothing():
    """LINcoLN, Neb., March 3.-[Special Tele-, boxed tall enough to measure as display type: a
    story's first body line, like a dateline in capitals."""
    from baoku.core.layout.latinheads import runs_on

    assert runs_on(line("LINcoLN, Neb., March 3.-[Special Tele-", 60, 100))
    assert runs_on(line("LONDON, March 22.-The", 60, 100))
    assert not runs_on(line("Senate Proceedings.", 60, 100))


def test_a_story_filling_its_column_runs_on_at_the_next_columns_head_past_a_word_cut_off_a_line():
    """A story fills its column to the foot; OCR read a word of one of its lines apart ("had", a
    block of its own at the column's right). The headless text at the next column's head is that
    story's, measured from the story's column, not from the word: one article."""
    lines = [line("SENATE PROCEEDINGS", 60, 40, h=50, step=14)] + body(60, 110, 30)
    lines[21] = line("the senate will come to a", 60, 110 + 20 * 28)
    lines.insert(22, line("had", 320, 110 + 20 * 28 + 8, h=36))  # boxed apart, a little lower
    lines += body(400, 40, 33, start=11)
    parsed = _parsed(lines, w=800, h=1000)
    assert [a.text().split("\n")[0] for a in parsed.articles] == ["SENATE PROCEEDINGS"]


def _bee_story(sub: str, first: str) -> list:
    """A story and two briefs with small-capitals datelines; in the story, `sub` (one line of
    capitals in body type) over `first` and more text."""
    lines = [line("HOW GARVEY JOINED THE GANG", 60, 40, h=60, step=14)] + body(60, 120, 5)
    lines += [_centred(sub, 270), line(first, 60, 298, step=8)] + body(60, 326, 4, start=5)
    lines += _brief("Aid for a New Road.", "Fairmont, Neb., March 4.-Special to", 470, 9)
    return lines + _brief("Heirs to a Small Fortune.", "West Point, Neb., March 4.-Special to", 650, 13)


def test_capitals_in_body_type_over_text_are_a_subhead_where_datelines_are_small_capitals():
    """AFTERNOON SESSION. over its text, on a page whose stories open with small-capitals
    datelines: a subhead in the story over it, not a story of its own; every line kept."""
    parsed = _parsed(_bee_story("AFTERNOON SESSION.", "This was the fortieth day of the session, and"))
    assert [a.text().split("\n")[0] for a in parsed.articles] == ["HOW GARVEY JOINED THE GANG", "Aid for a New Road.",
                                                                "Heirs to a Small Fortune."]
    assert "AFTERNOON SESSION." in parsed.articles[0].text()


def test_capitals_in_body_type_over_a_deck_head_a_story_where_datelines_are_small_capitals():
    """JERSEY ELECTS. over its deck in title case (United States Senator.): a story's head."""
    heads = _heads(_bee_story("JERSEY ELECTS.", "United States Senator."))
    assert heads == ["HOW GARVEY JOINED THE GANG", "JERSEY ELECTS.", "Aid for a New Road.", "Heirs to a Small Fortune."]


def _decked(head: str, decks: list[str], dated: str) -> list:
    lines = [line("HOW GARVEY JOINED THE GANG", 60, 40, h=60, step=14)] + body(60, 120, 5)
    y = 280
    lines.append(_centred(head, y))
    for d in decks:
        y += 26
        lines.append(_centred(d, y))
    return lines + [line(dated, 62, y + 28, step=9)] + body(60, y + 56, 5, start=5)


def test_a_heads_decks_in_body_type_stay_with_it_over_the_stories_dateline():
    """RAILROAD MEETINGS. over its decks in title case set near the body's size (Leading Officials
    of Various Lines | Meet to Adjust Matters.), then the dateline: one story, its head and decks
    together; the last deck line is not a story's head of its own."""
    for head, decks in (("RAILROAD MEETINGS.", ["Leading Officials of Various Lines", "Meet to Adjust Matters."]),
                        ("A MEXICAN BORDER FIGHT.", ["Armed Greasers Enter the United", "States and Are Fired On."]),
                        ("THE GEORGE THEORY.", ["Comments of English Papers on", "Henry's Advice to Strikers."])):
        parsed = _parsed(_decked(head, decks, "New York, March 3.-One of the most"))
        assert [a.text().split("\n")[0] for a in parsed.articles] == ["HOW GARVEY JOINED THE GANG", head], head
        assert decks[-1] in parsed.articles[1].text()


def test_a_few_words_ocr_boxed_apart_within_a_paragraph_are_its_text():
    """first-class, boxed by OCR apart from the paragraph's lines it stands among: a piece of that
    paragraph, its line put in among the paragraph's by height; the block around it is unchanged."""
    from baoku.core.layout.blocks import TEXT, Block, Page, _pieces_within
    from baoku.core.layout.geometry import union

    lines = body(60, 100, 5) + [line("first-class", 200, 158)]
    page_ = Page(500, 900, lines, 20.0, latin=True)
    big = Block(TEXT, [0, 1, 2, 3, 4], union(ln.box for ln in lines[:5]), 20.0)
    out = _pieces_within(page_, [big, Block(TEXT, [5], lines[5].box, 20.0)])
    assert out == [big] and big.lines == [0, 1, 2, 5, 3, 4]


def test_datelines_whose_days_figure_ocr_read_as_a_letter():
    """The 9 March 1887 page: OCR read the day's 8 as S (or s) in most of its datelines; with the
    dash after it that is still a dateline, but a letter with no dash, or after a name, is no day."""
    assert dateline("LINColN. Neb., March S.-Speelal Tele-")
    assert dateline("CucAGo, Mareh s.—Special Telegram to")
    assert dateline("WasHiNGros, March S.-The preliminary")
    assert not dateline("Boston, Mass., May I. Then he went")
    assert not dateline("Omaha, Augustus O. Smith and his")


def test_heads_over_datelines_whose_day_ocr_read_as_a_letter_open_stories():
    """Senate Proceedings., Mrs. Beck's Funeral. and Frightful Accident. over datelines whose day
    OCR read as S had stayed in the story over them, as one article."""
    briefs = [("Senate Proceedings.", "LINColN. Neb., March S.-Speelal Tele-"),
              ("Mrs. Beck's Funeral.", "WasHiNGros, March S.-The preliminary"),
              ("Frightful Accident.", "PaILADELPHIA, March S.-A frightful")]
    assert _heads(_column("WORK IN THE LEGISLATURE.", briefs)) == ["WORK IN THE LEGISLATURE."] + [h for h, _ in briefs]
