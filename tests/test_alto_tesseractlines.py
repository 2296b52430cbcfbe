"""A Tesseract ALTO line measured by its words as the scan's recogniser boxes it (issue 30, h47c).

Tesseract boxes each String to its own ink, and not evenly: a word ending in a comma is boxed down
to the comma's foot, a speck beside a word grows its box (the Beaver County News p1's 'meet Monday,
the: 36th fostent, in': Strings 10 to 32 px high on a TextLine of 16). Each word's type band was
reckoned from its letters and set round the word's own middle, and the line measured as its
tallest word over its words' spread middles: 33 px for 16, display type, and such lines opened
articles in their stories' midst (on that page 44 body lines the scan measures as body measured as
display). Here a story whose every fourth body line is boxed so, in an ALTO naming Tesseract as
its reader (ABBYY's pages keep their measure: its tallest word)."""

from __future__ import annotations

from baoku.core.importing.alto import alto_page, read_alto
from baoku.core.importing.altolines import by_words
from baoku.core.importing.newsxml import parse_xml
from baoku.core.model import PageInfo
from baoku.core.ocr.engine import OcrChar, OcrLine

TESSERACT = ("<Description><MeasurementUnit>pixel</MeasurementUnit><OCRProcessing ID=\"OCR_0\"><ocrProcessingStep>"
             "<processingSoftware><softwareName>tesseract 5.3.0</softwareName></processingSoftware>"
             "</ocrProcessingStep></OCRProcessing></Description>")

from .test_alto_typeheights import WORDS, _alto, _head, _word

RAGGED = [("meet", (0, 0)), ("Monday,", (0, 0)), ("the:", (0, 0)), ("36th", (-9, 9)), ("fostent,", (0, 4)), ("in", (0, 0))]


def _lines(y: int, rows: int, start: int) -> tuple[list, int]:
    """Body lines of words boxed to their letters; every fourth as Tesseract boxed the ragged one:
    a comma reaching 4 px under the baseline of a word with no descender, 36th grown 9 px over and under by a speck."""
    out, k = [], start
    for r in range(rows):
        base, x, words = y + 18 * r + 13, 60, []
        if r % 4 == 1:
            for w, (up, down) in RAGGED:
                b = _word(w.rstrip(",:"), x, base)
                b = (b[0], b[1] + up, b[0] + 9 * len(w), b[3] + down)
                words.append((w, b))
                x = b[2] + 6
        while x + 9 * len(WORDS[k % len(WORDS)]) < 380:
            w = WORDS[k % len(WORDS)]
            words.append((w, _word(w, x, base)))
            x, k = words[-1][1][2] + 6, k + 1
        out.append((words, (60, base - 13, words[-1][1][2], base + 4)))
    return out, k


def _page():
    first, k = _lines(110, 16, 0)
    second, _ = _lines(110 + 16 * 18 + 60, 16, k)
    lines = [_head("Main Street To Be Paved", 60)] + first + [_head("Mayor Names New Marshal", 110 + 16 * 18 + 10)]
    return alto_page(_read(lines + second), PageInfo(1), "en", None)


def _read(lines, tesseract: bool = True):
    data = _alto(lines)
    if tesseract:
        data = data.replace(b"<Description><MeasurementUnit>pixel</MeasurementUnit></Description>", TESSERACT.encode())
    return read_alto(parse_xml(data, "p.xml"), "p.xml")


def test_a_body_line_boxed_raggedly_by_tesseract_heads_nothing():
    parsed = _page()
    assert [a.headline for a in parsed.articles] == ["Main Street To Be Paved", "Mayor Names New Marshal"]


def _measured(tesseract: bool) -> list[int]:
    first, _ = _lines(110, 8, 0)
    alto = _read(first, tesseract)
    assert alto.tesseract == tesseract
    lines = [ln for b in alto.blocks for ln in b.lines]
    by_words(lines, alto.tesseract)
    return [ln.box[3] - ln.box[1] for ln in lines]


def test_every_body_line_of_tesseracts_alto_measures_alike():
    heights = _measured(True)
    assert max(heights) - min(heights) <= 1, heights


def test_abbyys_lines_keep_their_tallest_word():
    """Not named Tesseract's: a line measures as its tallest word, as before (the ragged line the
    tallest here)."""
    heights = _measured(False)
    assert heights[1] > max(heights[0], heights[2]) + 3, heights


def test_the_pages_slant_is_kept_word_by_word():
    """A page set aslant: its lines' words step down 1 px every 60 px across; each word's band is set
    on the slant, not on the line's middle."""
    from baoku.core.importing.altolines import page_slant

    lines = []
    for r in range(6):
        chars, spans, x = [], [], 60
        for w in WORDS[6 * r:6 * r + 6]:
            b = _word(w, x, 100 + 18 * r + (x - 60) // 60)
            spans.append((len(chars), len(chars) + len(w)))
            chars += [OcrChar(ch, b, 1.0) for ch in w]
            x = b[2] + 6
        ln = OcrLine(" ".join(WORDS[6 * r:6 * r + 6]), (60, min(c.box[1] for c in chars), x, max(c.box[3] for c in chars)), 1.0, chars)
        ln.words = spans
        lines.append(ln)
    assert abs(page_slant(lines) - 1 / 60) < 0.004
    by_words(lines)
    first, last = lines[0].chars[0].box, lines[0].chars[-1].box
    assert last[1] - first[1] >= 3  # stepped down across the line, as the page
