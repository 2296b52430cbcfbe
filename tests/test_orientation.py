"""A page photographed on its side (a phone on a copy stand): its JPEG holds the pixels as the
sensor saw them and names the quarter turn in the EXIF Orientation tag. The OCR, the layout's
colour crop and the window must all see the page upright, the way every viewer shows it."""

from __future__ import annotations

import io

import numpy as np
from PIL import Image, ImageDraw

from baoku.core.importing.scan import _frame
from baoku.core.ocr.engine import page_png
from baoku.core.orientation import upright


def sideways_jpeg(turn: int = 6) -> tuple[bytes, Image.Image]:
    """A 300 × 500 page (a black band at its top), stored turned as a camera stores it."""
    page = Image.new("RGB", (300, 500), "white")
    ImageDraw.Draw(page).rectangle((0, 0, 299, 60), fill="black")
    stored = {6: page.transpose(Image.Transpose.ROTATE_90), 8: page.transpose(Image.Transpose.ROTATE_270),
              3: page.transpose(Image.Transpose.ROTATE_180)}[turn]
    exif = Image.Exif()
    exif[0x0112] = turn
    buf = io.BytesIO()
    stored.save(buf, "JPEG", quality=90, exif=exif.tobytes())
    return buf.getvalue(), page


def test_the_ocr_reads_a_page_stored_on_its_side_upright():
    for turn in (6, 8, 3):
        data, _ = sideways_jpeg(turn)
        [(png, w, h)] = page_png(data, "phone.jpg")
        assert (w, h) == (300, 500), turn
        grey = np.asarray(Image.open(io.BytesIO(png)))
        assert grey.shape == (500, 300)
        assert grey[:50].mean() < 40 and grey[100:].mean() > 215, turn  # the band at the top, as shown


def test_the_colour_page_the_photos_are_cut_from_is_turned_as_the_grey_one():
    data, _ = sideways_jpeg(6)
    [(png, _, _)] = page_png(data, "phone.jpg")
    gray = np.asarray(Image.open(io.BytesIO(png)))
    colour = _frame(data, 0, gray)
    assert colour.size == (300, 500) and colour.mode == "RGB"
    assert np.asarray(colour.convert("L"))[:50].mean() < 40


def test_an_image_with_no_turn_is_left_as_it_is():
    page = Image.new("L", (300, 500), 255)
    assert upright(page) is page and upright(page).size == (300, 500)
    data, _ = sideways_jpeg(6)
    assert upright(Image.open(io.BytesIO(data))).size == (300, 500)
