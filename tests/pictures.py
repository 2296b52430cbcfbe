"""Pictures on the drawn pages: a photo's grey fields and shapes inside its frame."""

from __future__ import annotations


def picture(img, d, x0, y0, x1, y1, rng) -> None:
    """A photo: grey fields and shapes inside its frame."""
    from PIL import Image, ImageDraw

    w, h = x1 - x0, y1 - y0
    photo = Image.new("L", (w, h), rng.randint(150, 200))
    p = ImageDraw.Draw(photo)
    for _ in range(12):
        a, b = rng.randint(0, w), rng.randint(0, h)
        r = rng.randint(10, max(11, w // 4))
        p.ellipse((a - r, b - r, a + r, b + r), fill=rng.randint(40, 230))
    img.paste(photo, (x0, y0))
    d.rectangle((x0, y0, x1, y1), outline=0, width=2)
