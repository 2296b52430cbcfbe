"""Type sizes on a page scanned at a low resolution (round 13: 150 dpi microfilm prints are common
in real archives). A column label set in a heavy sans face on a grey tint (v05's 民生热线 at 0.55
of the drawn page) was measured at 6.6 px against a 15.5 px body: the rule finder
(`typesize.ink_mask`) bridged the few pixels between its glyphs and took a row of their
strokes for a rule, cutting the label's ink in two. The page is drawn at the set's 28 px body,
then scaled down as such a scan is."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from baoku.core.layout.geometry import glyph
from baoku.core.layout.typesize import body_size, ink_mask, type_sizes
from baoku.core.ocr.engine import OcrChar, OcrLine

from .scanpage import FONTS

TEXT = "市民在公园里散步锻炼身体孩子们在草坪上放风筝"
LABELS = ("民生热线", "城市服务", "法律咨询")


def _scanned(scale: float) -> tuple[np.ndarray, list[OcrLine]]:
    """Three labels on tints, each over body lines, drawn at 28 px and scanned at `scale`; the
    lines as the recogniser boxes them (a character's box its advance wide, the line's height)."""
    img = Image.new("L", (1300, 520), 255)
    d = ImageDraw.Draw(img)
    sans, body = (ImageFont.truetype(str(FONTS / f), s) for f, s in (("DroidSansFallbackFull.ttf", 34), ("uming.ttc", 28)))
    drawn = []
    for k, label in enumerate(LABELS):
        x, y = 40 + 420 * k, 60
        w = sans.getlength(label)
        d.rectangle((x, y - 4, x + w + 12, y + 34 + 8), fill=225)
        d.text((x + 6, y), label, font=sans, fill=0)
        drawn.append((label, x + 6, y, 34))
        for n in range(8):
            yy = y + 70 + 44 * n
            d.text((x, yy), TEXT[n % 5:n % 5 + 13], font=body, fill=0)
            drawn.append((TEXT[n % 5:n % 5 + 13], x, yy, 28))
    img = img.resize((round(img.width * scale), round(img.height * scale)), Image.LANCZOS)
    lines = []
    for text, x, y, size in drawn:
        x0, y0, s = round(x * scale), round(y * scale), size * scale
        chars = [OcrChar(c, (round(x0 + k * s), y0 - 2, round(x0 + (k + 1) * s), round(y0 + 1.1 * s)), 0.99)
                 for k, c in enumerate(text)]
        lines.append(OcrLine(text, (chars[0].box[0], chars[0].box[1], chars[-1].box[2], chars[0].box[3]), 0.99, chars))
    return np.asarray(img), lines


def _label_ratios(scale: float) -> list[float]:
    gray, lines = _scanned(scale)
    sizes, _ = type_sizes(lines, ink_mask(gray, body_size([glyph(ln) for ln in lines], lines)))
    body = body_size(sizes, lines)
    return [round(s / body, 2) for s, ln in zip(sizes, lines) if ln.text in LABELS]


def test_a_tinted_label_measures_larger_than_the_body_at_150_dpi():
    assert all(r >= 1.12 for r in _label_ratios(0.55)), _label_ratios(0.55)
    assert all(r >= 1.12 for r in _label_ratios(0.62)), _label_ratios(0.62)


def test_the_same_labels_at_the_drawn_resolution():
    assert all(r >= 1.12 for r in _label_ratios(1.0)), _label_ratios(1.0)
