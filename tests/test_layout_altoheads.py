"""The Omaha Daily Bee of 1887 as its ALTO reads it (set by hand from what the ALTO holds): the
heads and their small-capitals datelines garbled by the 1887 OCR (Important CIISPR nt U'nlioo.
over WAIIOO, Neb., Maich 2. [Special to the), found by where they stand as the scan's are by their
words; and a justified line whose word spaces ALTO's tight boxes measure wide, kept whole."""

from __future__ import annotations

from baoku.core.layout.geometry import split_lines
from baoku.core.layout.latinheads import dateline
from baoku.core.ocr.engine import OcrChar, OcrLine
from .test_layout_beeheads import _brief, _centred, _heads, _parsed
from .test_layout_oldpages import body, line


def test_a_small_capitals_dateline_whose_month_ocr_garbled_is_a_dateline():
    assert dateline("WAIIOO, Neb., Maich 2. [Special to the")
    assert dateline("Nonroi.K, Neb., Marcli 2. [Special to the")
    assert dateline("W.vsiii.NOTO.v, Mnrcn 2. The president")
    assert dateline("EWINO, Neb., .Match 2. ISpcchl Telegram")
    assert not dateline("Omaha, where he said 2. The")  # no month
    assert not dateline("Grand Island, in Maich 4 of the")  # no dash, no full stop and a capital after the day


def test_a_dateline_whose_day_alto_read_as_a_letter_or_mark_without_its_dash_is_a_dateline():
    """The 9 March 1887 ALTO reads the day 8 as S (and other days as a, &, B, ") and drops the dash:
    March S. [Special Tele-, March S. The preliminary. Under a month named in full, before the
    text's first word in capitals or its bracket, that is a day; a name (Augustus O. Smith, May S.
    Brown) or a sentence going on in lowercase (in March I went) is not."""
    assert dateline("Lixcoi.x, Neb., March S. [Special Tele-")
    assert dateline("WASHIXGTOX, March S. The preliminary")
    assert dateline("MiMVAfKr.r., March & The job printers,")
    assert dateline("OTTAWA, March B. [Special Telegram to")
    assert dateline("CHICAGO, March a There was a large")
    assert not dateline("Augustus O. Smith, the banker, said")
    assert not dateline("Mrs. Brown, his sister, May S. Brown")
    assert not dateline("Mr. Smith, of Omaha, in March I went")


def test_a_dateline_whose_bracket_or_comma_alto_garbled_is_a_dateline():
    """The 5 March 1887 ALTO reads a comma before the bracket (March 4, [New York Herald), the bracket
    as a letter glued to the word after it (March 4, fSpeclal), or glues the place to the month
    (Mii.wAi-KKKMarch 4. There): datelines still. A sentence's date (on March 4, the bill) is not."""
    assert dateline("EDiNiirnoii, March 4, [New York Herald")
    assert dateline("FAIIIMONT, Xeb., March 4, fSpeclal Tele-")
    assert dateline("Mii.wAi-KKKMarch 4. There Is no change")
    assert not dateline("Mr. Smith, on March 4, the bill was read")
    assert not dateline("Smith, of Omaha, March 4, he said")


def test_a_dateline_whose_day_alto_lost_or_read_as_marks_is_a_dateline():
    """The 4 March 1887 ALTO: LINCOLN, Neb., March. [Special (no day), OTTAWA. March!!. jSpeeial
    (the day as marks, the bracket as j). A sentence's month before a bracket is not one."""
    assert dateline("LINCOLN, Neb., March. [Special Tele-")
    assert dateline("OTTAWA. March!!. jSpeeial Telegram to")
    assert dateline("LiNrotNeb.., Murch 'i | SpeeliU Tele-")  # 3 March: month and day garbled, the bracket a bar
    assert dateline("LINCOLN. Neb., March 0. | Speclal Tc! (gram")  # 10 March: the bracket a bar
    assert dateline("PKOUIA, 111., March fi, Bank ForgerJ")  # 7 March: the day read as two letters
    assert not dateline("Smith, of Omaha, went in March to Washington")
    assert not dateline("He said, in March. [Laughter.]")


def test_a_bracketed_note_alto_garbled_is_no_head():
    """A copyright line read without its brackets (tw I > niiiiir (VimfinIrmirf.l//) heads nothing."""
    from baoku.core.layout.latinheads import head_worded

    assert not head_worded("tw I > niiiiir (VimfinIrmirf.l//", capitals=True)
    assert not head_worded("(CopyrtyM 1W by Jamti Qtirtlan Jltnnrtt\\", capitals=True)
    assert head_worded("Canadian", capitals=True)


def _noted(head: str, note: str, y: int, start: int) -> list:
    """A brief: its head centred, a note under it read without its brackets, its dateline, text."""
    return [_centred(head, y), line(note, 90, y + 28, step=7), line("London, March a [Now York Herald", 62, y + 56, step=9)] + \
        body(60, y + 84, 3, start=start) + [line("and two children.", 60, y + 84 + 3 * 28)]


def test_a_head_over_a_note_alto_read_without_its_brackets_opens_its_story():
    """The 9 March 1887 ALTO's They Conic to Grief. stands over its copyright line read without its
    opening bracket (A'bi] J < itntt Gtmlvn Iltnnttl.]), then its dateline: it heads that story.
    A subhead ending in a full stop between a line and the dateline is no note (Death 1C nils All.)."""
    lines = [line("HOW GARVEY JOINED THE GANG", 60, 40, h=60, step=14)] + body(60, 120, 5)
    lines += _brief("Aid for a New Road.", "Fairmont, Neb., March 4.-Special to", 270, 5)
    lines += _noted("They Come to Grief.", "A'bi] J < itntt Gtmlvn Iltnnttl.]", 450, 13)
    assert _heads(lines) == ["HOW GARVEY JOINED THE GANG", "Aid for a New Road.", "They Come to Grief."]
    lines = lines[:-6] + _noted("Sketch of His Life.", "Death 1C nils All.", 450, 13)
    assert "Sketch of His Life." not in _heads(lines)


def test_a_subhead_right_under_a_heads_last_deck_stays_in_its_story():
    """Some Interesting Statements. over its dateline, right under the last deck of its story's
    head (… Changes When in Power.), centred over it: the story's first part, not a story of its
    own (the Omaha pages' readers count it so). A head under a paragraph's end opens its story."""
    lines = [line("HOW GARVEY JOINED THE GANG", 60, 40, h=60, step=14)] + body(60, 120, 5)
    lines += _brief("Aid for a New Road.", "Fairmont, Neb., March 4.-Special to", 270, 5)
    brief = _brief("Some Interesting Statements.", "Vienna, March 8.-A well informed", 478, 13)
    deck = _centred("Changes When in Power.", 450)
    assert "Some Interesting Statements." not in _heads(lines + [deck] + brief)
    assert "Some Interesting Statements." in _heads(lines + brief)


def test_heads_over_datelines_with_letter_days_and_no_dash_open_their_stories():
    briefs = [("Marlon's Hanging Postponed.", "Lixcoi.y, Neb.. March S. [Special Tele-"),
              ("A AVjoining Convict Question.", "Lixcoi.x, Neb., March S. [Special Tele-"),
              ("Sirs. Beck's Funeral.", "WASHIXGTOX, March S. The preliminary")]
    assert _heads(_page(briefs)) == ["HOW GARVEY JOINED THE GANG"] + [h for h, _ in briefs]


def _page(heads_and_datelines):
    lines = [line("HOW GARVEY JOINED THE GANG", 60, 40, h=60, step=14)] + body(60, 120, 5)
    y = 270
    for k, (head, dated) in enumerate(heads_and_datelines):
        brief = _brief(head, dated, y, 5 + 4 * k)
        brief[0] = line(head, 60 + (330 - 8 * (len(head) + 1)) // 2, y, step=8)  # as wide as on the page
        lines += brief
        y += 180
    return lines


def test_heads_ocr_garbled_over_garbled_datelines_open_their_stories():
    """Where the page sets its datelines in small capitals, a short line centred over one, white
    either side of it, heads a story however OCR garbled its words or the dateline's month."""
    briefs = [("Important CIISPR nt U'nlioo.", "WAIIOO, Neb., Maich 2. [Special to the"),
              ("Dills Mudo", "W.vsiii.NOTO.v, Mnrcn 2. The president"),
              ("iii tlio Hnitsn.", "Lincoln, Neb., March 2. [Special Tele-"),
              ("Aid for a New Road.", "Fairmont, Neb., March 4.-Special to")]
    assert _heads(_page(briefs)) == ["HOW GARVEY JOINED THE GANG"] + [h for h, _ in briefs]


def _garbled_brief(head: str, x: int, y: int) -> list:
    """A head ALTO garbled, at x, over a dateline indented a body size (20 px) in its column."""
    return [line(head, x, y, step=8), line("Lincoln', Xeb., March 4. [Special Tele-", 84, y + 28, step=7)] + \
        body(60, y + 56, 3, start=13) + [line("and two children.", 60, y + 56 + 3 * 28)]


def test_a_garbled_head_centred_in_its_column_over_an_indented_dateline_opens_its_story():
    """The 5 March 1887 ALTO's llio rmmet Memorial Mcotine. stands centred in its column, 1.6 body
    sizes of white at its right and 0.8 at its left measured from the dateline, which is indented a
    body size: a head, as the white measured from the column shows. A short line set to the right
    (a subhead's end, SOHIIOW.) is not centred, and heads nothing."""
    lines = [line("HOW GARVEY JOINED THE GANG", 60, 40, h=60, step=14)] + body(60, 120, 5)
    lines += _brief("Aid for a New Road.", "Fairmont, Neb., March 4.-Special to", 270, 5)
    assert _heads(lines + _garbled_brief("llio rmmet Memorial Mcotine.", 100, 450)) == \
        ["HOW GARVEY JOINED THE GANG", "Aid for a New Road.", "llio rmmet Memorial Mcotine."]
    assert _heads(lines + _garbled_brief("SOHIIOW.", 270, 450)) == ["HOW GARVEY JOINED THE GANG", "Aid for a New Road."]


def test_a_short_line_flush_left_over_a_dateline_is_a_paragraphs_end():
    """A paragraph's last line (flush left, white at its right only) over a dateline heads nothing:
    it stays in the story over it, every line kept."""
    briefs = [("Aid for a New Road.", "Fairmont, Neb., March 4.-Special to"),
              ("Heirs to a Small Fortune.", "West Point, Neb., March 4.-Special to")]
    lines = _page(briefs)
    lines.append(line("Mnde no reply.", 60, 270 + 2 * 180))  # flush left, over the next dateline
    lines += [line("WAIIOO, Neb., Maich 2. [Special to the", 62, 270 + 2 * 180 + 28, step=9)]
    lines += body(60, 270 + 2 * 180 + 56, 3, start=20)
    parsed = _parsed(lines)
    heads = [a.text().split("\n")[0] for a in parsed.articles]
    assert "Mnde no reply." not in heads
    assert any("Mnde no reply." in a.text() for a in parsed.articles)


def _spaced(words: list[str], gaps: list[int], y: int = 100) -> OcrLine:
    chars, x = [], 60
    for w, gap in zip(words, gaps + [0]):
        step = 8
        for ch in w:
            chars.append(OcrChar(ch, (x, y, x + step, y + 14), 0.9))
            x += step
        x += gap
    return OcrLine(" ".join(words), (60, y, x, y + 14), 0.9, chars)


def test_a_justified_line_whose_spaces_measure_wide_is_one_piece():
    """ALTO's tight boxes measure the body at 13 px and a justified line's word spaces at 21-28 px
    (the county boaid In counties luv-): its spaces are even, so it is one line, not four pieces;
    a gap well wider than the line's own spaces still parts two columns."""
    even = _spaced(["the", "county", "boaid", "In", "counties", "luv-"], [21, 24, 22, 26, 28])
    assert len(split_lines([even], [], 13.3, lambda ln: False)) == 1
    parted = _spaced(["the", "county", "boaid", "In", "said", "that"], [8, 9, 8, 60, 9])
    assert len(split_lines([parted], [], 13.3, lambda ln: False)) == 2


def test_a_garbled_head_has_a_word_scraps_do_not():
    """Where datelines are small capitals a head OCR garbled still has a word (Dills Mudo,
    SenateProceediuigs.); scraps of a smudged line (loo o), figures or a line running on do not."""
    from baoku.core.layout.latinheads import head_worded

    assert head_worded("Dills Mudo", capitals=True) and head_worded("SenateProceediuigs.", capitals=True)
    assert not head_worded("Dills Mudo")  # a page whose datelines are capitals: its heads' words must read
    assert not head_worded("loo o", capitals=True)
    assert not head_worded("No. 27,158.", capitals=True)
    assert not head_worded("the county boaid In counties luv-", capitals=True)


def _tight_page(deck_gap: int, height: int = 16):
    """An ALTO page boxed to its glyphs (iArchives': body lines 16 px high at a 16 px pitch): a
    head, its deck under it, then the story's text in one column."""
    from baoku.core.importing.alto import AltoBlock, AltoPage

    head = line("IMPORTANT RAILROAD NEWS.", 60, 40, h=30, step=13)
    deck = line("Negotiations Pending For the Transfer of", 60, 70 + deck_gap, h=22, step=8)
    text = [line(ln.text, 60, 70 + deck_gap + 40 + 16 * k, h=height, step=8) for k, ln in enumerate(body(60, 0, 30))]
    return AltoPage(500, 1000, "pixel", "", [AltoBlock("TB1", [head, deck] + text)], {})


def test_an_alto_boxed_to_its_glyphs_is_measured_as_a_recognisers_boxes():
    """On tight boxes the deck stands 36 px (2.7 body sizes measured on them) under its head and
    parted from it: a story of its own. Boxed as a recogniser boxes lines (a sixth of their height
    more above and below), it is the head's deck: one story, every line kept."""
    from baoku.core.importing.alto import alto_page
    from baoku.core.model import PageInfo

    parsed = alto_page(_tight_page(36), PageInfo(1), "en", None)
    assert len(parsed.articles) == 1
    assert "Negotiations Pending" in parsed.articles[0].text()
    assert sum(len(ln.text.split()) for ln in parsed.scan.lines) == sum(
        len(ln.text.split()) for b in _tight_page(36).blocks for ln in b.lines)


def test_alto_lines_boxed_taller_than_their_pitch_are_left_as_they_are():
    from baoku.core.importing.alto import _as_recognised

    loose = _tight_page(36, height=22)  # ABBYY's: 22 px at a 16 px pitch
    before = [ln.box for ln in loose.blocks[0].lines]
    _as_recognised(loose)
    assert [ln.box for ln in loose.blocks[0].lines] == before
    tight = _tight_page(36)
    _as_recognised(tight)
    assert [ln.box[3] - ln.box[1] for ln in tight.blocks[0].lines[2:4]] == [20, 20]
