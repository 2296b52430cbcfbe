"""A scanned page's pictures become their articles' photos (issue 30, method item 3): the picture's
pixels cut from the page as the layout saw it, its box, and the caption under it as the photo's
caption with the credit split off, on pages set by hand as the recogniser reads them over images
drawn with their pictures."""

from __future__ import annotations

import io

import numpy as np
from PIL import Image, ImageDraw

from baoku.core.importing.scan import scanned_page
from baoku.core.model import CAPTION, PageInfo, Photo
from baoku.core.ocr.engine import OcrPage

from .test_layout_insets import LONG, _page, _photo, _runs
from .test_layout_parting import column, line


def _parsed(lines, gray, w, h, image=None):
    return scanned_page(OcrPage(w, h, lines), PageInfo(1), "zh", gray, *([image] if image else []))


def _pixels(photo: Photo) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(photo.data)).convert("L"))


def test_a_picture_inside_a_story_is_its_photo_with_its_caption_and_credit():
    """Before, the picture was only a block of the layout overlay: the article had no photo, and
    its caption was a line of text whose credit the page-text rules read as 图为新铺的石板路。本报记者韩立."""
    lines, gray, _ = _page(2, caption=True)
    arts = _parsed(lines, gray, 1300, 1100).articles
    assert len(arts) == 1
    a = arts[0]
    assert len(a.photos) == 1, a.photos
    p = a.photos[0]
    assert (p.caption, p.credit) == ("图为新铺的石板路。", "韩立")
    assert [c.name for c in a.contributors if c.role == "摄"] == ["韩立"]
    box = p.box  # where it stood on the page, kept with the photo
    assert box is not None and all(abs(u - v) <= 6 for u, v in zip(box, (460, 366, 1224, 566))), box
    px = _pixels(p)
    assert abs(px.shape[1] - 764) <= 12 and abs(px.shape[0] - 200) <= 12, px.shape
    assert px.min() < 90 and 140 < np.median(px) < 180  # the dark round on the picture's grey
    assert p.mime in ("image/png", "image/jpeg") and p.filename.startswith("figure1.")
    # the caption's line stays in the text (searchable, nothing lost), marked as a caption
    assert [b.text for b in a.blocks if b.kind == CAPTION] == ["图为新铺的石板路。本报记者韩立摄"]


def _picture_story(caption: str, head: bool, colour: bool = False):
    """A picture across two columns (under a head when `head`), a caption in small type under it,
    a story's text beside it in the third column."""
    img = Image.new("RGB" if colour else "L", (1300, 900), "white" if colour else 255)
    d = ImageDraw.Draw(img)
    top = 200 if head else 100
    pic = (60, top, 824, top + 300)
    if colour:
        d.rectangle(pic, fill=(40, 120, 200))
        d.ellipse((pic[0] + 30, pic[1] + 20, pic[0] + 150, pic[1] + 140), fill=(200, 40, 40))
    else:
        _photo(d, pic)
    lines = [line("大桥今日通车", 200, 100, 56)] if head else []
    lines.append(line(caption, 60, pic[3] + 12, 16))
    lines += column(_runs(LONG, [12])[0], 860, top)
    for ln in lines:  # the type's ink, for the layout to read its size off
        for c in ln.chars:
            d.rectangle((c.box[0] + 2, c.box[1] + 2, c.box[2] - 2, c.box[3] - 2), fill="black" if colour else 0)
    gray = np.asarray(img.convert("L"))
    return lines, gray, img


def test_a_plain_latin_caption_is_the_photos_caption_and_a_caption_line():
    """An English caption under a picture: before, it was body text and the article had no photo."""
    lines, gray, _ = _picture_story("Mayor Smith opens the bridge. Photo by John Doe", head=True)
    arts = _parsed(lines, gray, 1300, 900).articles
    a = next(a for a in arts if a.photos)
    p = a.photos[0]
    assert (p.caption, p.credit) == ("Mayor Smith opens the bridge.", "John Doe"), p
    assert "Mayor Smith opens the bridge. Photo by John Doe" in [b.text for b in a.blocks if b.kind == CAPTION]


def test_a_picture_story_with_no_head_keeps_its_caption_as_its_text_and_gets_the_photo():
    lines, gray, img = _picture_story("图为新建成的跨江大桥。（新华社记者 李四 摄）", head=False, colour=True)
    arts = _parsed(lines, gray, 1300, 900, image=lambda: img).articles
    a = next(a for a in arts if "跨江大桥" in a.text())
    assert "图为新建成的跨江大桥。（新华社记者 李四 摄）" in a.text()
    assert len(a.photos) == 1 and (a.photos[0].caption, a.photos[0].credit) == ("图为新建成的跨江大桥。", "李四")
    rgb = np.asarray(Image.open(io.BytesIO(a.photos[0].data)).convert("RGB"))
    assert rgb[150, 400, 2] > 150 and rgb[150, 400, 0] < 100  # the picture's blue, kept in colour
    assert not any(p.data is None for p in a.photos)  # no second, empty photo from the caption line


def test_a_credit_is_split_off_a_caption():
    from baoku.core.importing.scanphotos import split_credit

    assert split_credit("图为新铺的石板路。本报记者韩立摄") == ("图为新铺的石板路。", "韩立")
    assert split_credit("图为新铺的石板路。（本报记者 韩 立 摄）") == ("图为新铺的石板路。", "韩立")
    assert split_credit("Mayor Smith opens the bridge. (Photo: AP)") == ("Mayor Smith opens the bridge.", "AP")
    assert split_credit("Mayor Smith opens the bridge.") == ("Mayor Smith opens the bridge.", "")
    assert split_credit("新华社记者 李四摄") == ("", "李四")


def test_a_large_picture_is_kept_at_most_1200_px_on_its_long_side():
    from types import SimpleNamespace

    from baoku.core.importing.scanphotos import crop

    img = Image.new("L", (3000, 2000), 255)
    _photo(ImageDraw.Draw(img), (100, 100, 2900, 1500))
    lay = SimpleNamespace(angle=0.0, turn=None, image_box=lambda b: b)
    px = np.asarray(Image.open(io.BytesIO(crop(img, lay, (100, 100, 2900, 1500)))))
    assert max(px.shape) == 1200


def test_a_picture_on_a_skewed_page_is_cut_upright_as_the_layout_saw_it():
    """The page turned 1.5°: the picture is cut from the page turned back upright, its edges square
    (no white corners, no neighbour's ink)."""
    import math
    from types import SimpleNamespace

    from baoku.core.importing.scanphotos import crop
    from baoku.core.layout import Analysis

    upright = Image.new("L", (1400, 1000), 255)
    d = ImageDraw.Draw(upright)
    box = (300, 250, 1000, 650)
    d.rectangle(box, fill=160)
    d.rectangle((box[0], box[1], box[0] + 60, box[1] + 60), fill=20)  # a dark corner: top left
    angle = math.radians(1.5)
    scanned = upright.rotate(-math.degrees(angle), resample=Image.BICUBIC, fillcolor=255)
    lay = SimpleNamespace(angle=angle, turn=None, page=SimpleNamespace(width=1400, height=1000))
    lay.image_box = lambda b: Analysis.image_box(lay, b)
    px = np.asarray(Image.open(io.BytesIO(crop(scanned, lay, box))).convert("L")).astype(int)
    assert abs(px.shape[1] - 700) <= 2 and abs(px.shape[0] - 400) <= 2, px.shape
    inner = px[4:-4, 4:-4]
    assert inner.max() < 200, "white paper cut into the picture"
    assert px[10:50, 10:50].mean() < 60 and px[-50:-10, -50:-10].mean() > 130  # the dark corner where it was


def test_a_picture_at_the_pages_edge_on_a_skewed_page_has_no_black_corner():
    """The piece cut wider to be turned upright reached past the page's edge, which Pillow fills
    black: a black wedge stood in the photo's corner."""
    import math
    from types import SimpleNamespace

    from baoku.core.importing.scanphotos import crop
    from baoku.core.layout import Analysis

    upright = Image.new("L", (1000, 800), 255)
    box = (0, 0, 600, 400)
    ImageDraw.Draw(upright).rectangle(box, fill=160)
    angle = math.radians(2.0)
    scanned = upright.rotate(-math.degrees(angle), resample=Image.BICUBIC, fillcolor=255)
    lay = SimpleNamespace(angle=angle, turn=None, page=SimpleNamespace(width=1000, height=800))
    lay.image_box = lambda b: Analysis.image_box(lay, b)
    px = np.asarray(Image.open(io.BytesIO(crop(scanned, lay, box))).convert("L")).astype(int)
    assert px.min() > 100, "black from past the page's edge"
