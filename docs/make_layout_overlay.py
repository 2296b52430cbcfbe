"""Pictures of the layout stage's reading of a scan: each block outlined in its class's colour
(title red, kicker/subhead/label orange, text blue, caption green, picture purple, folio grey),
the page's rules in cyan, and on each block its place in the reading order and its article.

    .venv/bin/python docs/make_layout_overlay.py [PAGE ...]

PAGE is a layout-set page (tests/layoutset.py, default d02 and t05: our own words, drawn and
degraded like scans); each is read by OCR (cached, bench/ocrcache.py) and written as
docs/layout-overlay-<PAGE>.png. These are drawn with Pillow, not taken from the window: the page
view does not show the layout yet.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "desktop"))
sys.path.insert(0, str(ROOT))

COLOURS = {"title": (220, 0, 0), "display": (230, 120, 0), "text": (0, 60, 220), "caption": (0, 150, 0),
           "figure": (150, 0, 150), "folio": (110, 110, 110)}


def overlay(png: bytes, lay, scale: float = 0.5):
    from PIL import Image, ImageDraw, ImageFont

    img = Image.open(io.BytesIO(png)).convert("RGB")
    d = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(ROOT / "resources" / "fonts" / "LiberationSans-Regular.ttf"), 26)
    for r in lay.page.graphics.hrules + lay.page.graphics.vrules:
        d.rectangle(r, outline=(0, 190, 190), width=4)
    article = {id(b): k for k, g in enumerate(lay.groups, 1) for b in g.blocks}
    for b in lay.page.blocks:
        d.rectangle(b.box, outline=COLOURS[b.kind], width=4)
        label = f"{b.order + 1}/{article[id(b)]}" if id(b) in article else b.kind
        w = d.textlength(label, font=font)
        d.rectangle((b.x0, b.y0, b.x0 + w + 8, b.y0 + 30), fill=COLOURS[b.kind])
        d.text((b.x0 + 4, b.y0 + 1), label, font=font, fill=(255, 255, 255))
    return img.resize((int(img.width * scale), int(img.height * scale)), Image.LANCZOS)


def main() -> None:
    from baoku.core.layout import analyse
    from bench.layout_bench import gray_of
    from bench.ocrcache import cached
    from tests.layoutset import build, specs

    for name in sys.argv[1:] or ["d02", "t05"]:
        page = build(next(s for s in specs() if s.name == name))
        lay = analyse(cached(page.png), gray_of(page.png))
        out = ROOT / "docs" / f"layout-overlay-{name}.png"
        overlay(page.png, lay).save(out, optimize=True)
        print(out, len(lay.groups), "articles")


if __name__ == "__main__":
    main()
