"""Text the detector gave no box at all, looked for again on a crop (core/ocr/unboxed.py): on
d08, t14 and t15 of the layout set a headline in big type beside busy columns (标志着工程建 |
设进入新的阶段, 联大第五十四 | 届会议下周开幕, the first line of a framed head) got no box when
the detector saw the whole page, and so was never read. Drawn with the bundled fonts, as the set
draws its pages; the real detector and recogniser read them."""

from __future__ import annotations

import io

import numpy as np

from .typeset import typeface

HEAD = ("联大第五十四", "届会议下周开幕")
BODY = ["联合国大会第五十", "四届会议将于下周", "二在纽约开幕，各", "国代表团陆续抵达", "会议将讨论维和、",
        "发展与裁军等议题", "秘书长表示期待各", "方展开建设性对话"]


def _page(noise: bool = False):
    """A vertical head in two columns beside a column of body text, a column rule between; under
    them a photo (grey field, dark shapes) and a framed box with a rule over it, as the set draws
    them."""
    from PIL import Image, ImageDraw

    img = Image.new("L", (620, 820), 255)
    d = ImageDraw.Draw(img)
    head, body = typeface("DroidSansFallbackFull.ttf", 48), typeface("uming.ttc", 28)
    for x, text in ((520, HEAD[0]), (462, HEAD[1])):
        for k, ch in enumerate(text):
            d.text((x, 30 + 52 * k), ch, font=head, fill=0)
    d.line((440, 20, 440, 420), fill=0, width=2)  # a column rule
    for k, words in enumerate(BODY):
        d.text((30, 30 + 43 * k), words, font=body, fill=0)
    d.line((20, 440, 600, 440), fill=0, width=2)  # a rule over the picture
    d.rectangle((30, 460, 330, 700), fill=180, outline=0)  # the photo
    d.ellipse((60, 500, 170, 640), fill=20)
    d.ellipse((200, 470, 320, 560), fill=40)
    d.rectangle((360, 470, 590, 790), outline=0, width=2)  # an empty frame
    a = np.asarray(img).copy()
    if noise:  # 2% of the pixels flipped, as the set's noisy pages
        rng = np.random.default_rng(3)
        a = np.where(rng.random(a.shape) < 0.02, 255 - a, a).astype("uint8")
    return a


def _png(a) -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.fromarray(a).save(buf, format="PNG")
    return buf.getvalue()


def test_a_head_the_detector_gave_no_box_is_found_and_read():
    """On a noisy page (t14's), the head's box taken away as the detector missed it there."""
    import cv2

    from baoku.core.ocr.reading import _boxes, _crop_boxes, _decoded, engine, read_lines, speckled
    from baoku.core.ocr.unboxed import looked_again

    gray = _page(noise=True)
    png = _png(gray)
    image = _decoded(png)
    seen = cv2.medianBlur(image, 3) if speckled(image) else image  # (as detect sees a noisy page)
    ocr = engine()
    boxes = _boxes(ocr, seen, 2000)
    missed = [b for b in boxes if b[:, 0].min() < 430]  # the page as d08's detector saw it: no box on the head
    assert len(missed) >= len(BODY) - 1 and len(missed) < len(boxes)
    found = looked_again(lambda crop: _crop_boxes(ocr, crop), seen, missed)
    assert found and all(np.asarray(q)[:, 0].min() > 440 and np.asarray(q)[:, 1].max() < 440 for q in found), found
    said = [ln.text for ln in read_lines(png, [np.asarray(q).tolist() for q in found]) if ln is not None]
    assert "".join(said) in ("".join(HEAD), "".join(reversed(HEAD))) or said == list(HEAD), said
    assert looked_again(lambda crop: _crop_boxes(ocr, crop), seen, boxes) == []  # all boxed: nothing more


def test_pictures_rules_frames_and_specks_outside_every_box_are_not_looked_at():
    """The page without its text (the photo's dark shapes, rules, a frame, noise): the detector is
    asked to look at no crop of it."""
    from baoku.core.ocr.unboxed import looked_again

    gray = _page(noise=True)
    gray[20:430, 20:430] = np.where(gray[20:430, 20:430] < 128, 255, gray[20:430, 20:430])  # the body's ink gone
    gray[20:430, 450:610] = 255  # and the head's
    asked = []
    some = [np.array([[30, 30], [250, 30], [250, 62], [30, 62]])] * 9  # (the page's lines: 32 px tall)
    assert looked_again(lambda crop: asked.append(crop.shape) or [], gray, some) == []
    assert asked == []


def test_a_squarish_box_found_in_a_line_drawing_is_not_taken_for_text():
    """On the Evening Star's cartoons (line art on white paper: no grey to tell a photo by) the
    detector, shown a crop, boxed a smoke curl and a headdress's feathers in squarish boxes; a box
    kept is a line or a column of type, twice as long as thick."""
    from baoku.core.ocr.unboxed import kept

    gray = np.full((400, 400), 255, np.uint8)
    gray[100:300, 100:300] = np.where(np.indices((200, 200)).sum(axis=0) % 9 < 2, 0, 255)  # strokes
    square = np.array([[100, 100], [300, 100], [300, 300], [100, 300]], dtype=np.float32)
    column = np.array([[100, 100], [180, 100], [180, 300], [100, 300]], dtype=np.float32)
    assert kept([square], gray, [], 30.0) == []
    assert len(kept([column], gray, [], 30.0)) == 1
