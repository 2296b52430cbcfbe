"""What a drawn page goes through after it is drawn: skew, blur and noise, JPEG; and what real
scans show besides (issue 30, brief h46f), each an option of its own that a spec names:

- `curve` (pixels): the page lies a little curved on the glass, its lines bowing by that much;
- `showthrough` (0..1): the other side's print shows faintly through, mirrored;
- `gradient` (0..1): the light falls off across the page, its far corner that much darker;
- `border` (pixels): dark bands at the page's edges (a microfilm frame, a scanner's lid), ragged;
- `speckle` (per 10,000 pixels): dust, specks of a few pixels each;
- `scale` (< 1): scanned at a lower resolution (0.6 of the drawn 28 px body is about 150 dpi);
- `colour`: a yellowed page scanned in colour (an RGB image); True is a cream sheet, "grey" a
  greyed newsprint, "brown" an old sheet browned further;
- `stain` (count): water or tea stains, soft blotches of darker paper with a darker tide line.

A spec without them draws the page it always drew, byte for byte."""

from __future__ import annotations

import io


def degrade(img, spec: dict):
    from PIL import ImageFilter

    if spec.get("curve"):
        img = _curve(img, spec["curve"])
    if spec.get("showthrough"):
        img = _show_through(img, spec["showthrough"], spec.get("seed", 0))
    if spec.get("skew"):
        img = img.rotate(spec["skew"], fillcolor=255, expand=False, resample=3)
    if spec.get("noise"):
        import numpy as np

        img = img.filter(ImageFilter.GaussianBlur(0.7))
        a = np.asarray(img).astype("int16")
        rng = np.random.default_rng(spec.get("seed", 0))
        flip = rng.random(a.shape) < 0.02
        a = np.where(flip, 255 - a, a).clip(0, 255).astype("uint8")
        from PIL import Image

        img = Image.fromarray(a)
    if spec.get("gradient"):
        img = _gradient(img, spec["gradient"], spec.get("seed", 0))
    if spec.get("stain"):
        img = _stains(img, spec["stain"], spec.get("seed", 0))
    if spec.get("speckle"):
        img = _speckle(img, spec["speckle"], spec.get("seed", 0))
    if spec.get("border"):
        img = _border(img, spec["border"], spec.get("seed", 0))
    if spec.get("scale"):
        from PIL import Image

        img = img.resize((round(img.width * spec["scale"]), round(img.height * spec["scale"])), Image.LANCZOS)
    if spec.get("colour"):
        img = _yellowed(img, spec["colour"])
    if spec.get("jpeg"):
        buf = io.BytesIO()
        img.save(buf, format="JPEG", quality=spec["jpeg"])
        from PIL import Image

        img = Image.open(io.BytesIO(buf.getvalue())).convert("RGB" if spec.get("colour") else "L")
    return img


def _curve(img, amount: float):
    """Rows bowed: each column moved down by up to `amount` pixels, most at the page's middle,
    none at its sides (a page lifting from the glass towards the fold)."""
    import numpy as np
    from PIL import Image

    a = np.asarray(img)
    h, w = a.shape
    x = np.arange(w)
    shift = amount * np.sin(np.pi * x / max(w - 1, 1))
    ys = np.arange(h)[:, None] - shift[None, :]  # the row each pixel is taken from
    y0 = np.clip(np.floor(ys).astype(int), 0, h - 1)
    y1 = np.clip(y0 + 1, 0, h - 1)
    f = ys - np.floor(ys)
    out = a[y0, x[None, :]] * (1 - f) + a[y1, x[None, :]] * f
    out = np.where(ys < 0, 255, out)
    return Image.fromarray(out.round().clip(0, 255).astype("uint8"))


def _show_through(img, strength: float, seed: int):
    """The page's own print mirrored and blurred (the other side seen through the paper), a few
    lines out of step, at `strength` of its darkness."""
    import numpy as np
    from PIL import Image, ImageFilter, ImageOps

    back = ImageOps.mirror(img).filter(ImageFilter.GaussianBlur(1.2))
    b = np.asarray(back).astype(np.float32)
    b = np.roll(b, 17 + seed % 23, axis=0)
    a = np.asarray(img).astype(np.float32)
    seen = 255 - strength * (255 - b)
    return Image.fromarray(np.minimum(a, seen).round().astype("uint8"))


def _gradient(img, strength: float, seed: int):
    """Uneven light: the page darker towards one corner, by `strength` of white at the far one."""
    import numpy as np
    from PIL import Image

    a = np.asarray(img).astype(np.float32)
    h, w = a.shape
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    if seed % 2:
        xx = w - 1 - xx
    t = (0.65 * xx / max(w - 1, 1) + 0.35 * yy / max(h - 1, 1)) ** 1.5
    light = 1 - strength * t
    return Image.fromarray((a * light).round().clip(0, 255).astype("uint8"))


def _speckle(img, density: float, seed: int):
    """Dust: dark specks of one to three pixels across, `density` of them per 10,000 pixels, and a
    few spots of grey."""
    import numpy as np
    from PIL import Image

    a = np.asarray(img).copy()
    h, w = a.shape
    rng = np.random.default_rng(seed + 7)
    n = int(h * w * density / 10000)
    ys, xs = rng.integers(0, h - 3, n), rng.integers(0, w - 3, n)
    sizes = rng.choice([1, 1, 2, 2, 3], n)
    tones = rng.integers(20, 140, n)
    for y, x, s, t in zip(ys, xs, sizes, tones):
        a[y:y + s, x:x + s] = np.minimum(a[y:y + s, x:x + s], t)
    return Image.fromarray(a)


def _border(img, width: int, seed: int):
    """Dark bands along the page's edges: the film's frame or the lid, `width` pixels deep on the
    left and right, less at the top and foot, their inner edges ragged, grey-black and noisy."""
    import numpy as np
    from PIL import Image

    a = np.asarray(img).astype(np.int16)
    h, w = a.shape
    rng = np.random.default_rng(seed + 11)
    dark = rng.integers(15, 70, a.shape).astype(np.int16)

    def ragged(n: int, deep: float) -> np.ndarray:
        walk = np.cumsum(rng.normal(0, 0.8, n))
        walk -= np.linspace(walk[0], walk[-1], n)
        return np.clip(deep + walk + rng.normal(0, 1.0, n), 2, None).astype(int)

    left, right = ragged(h, width), ragged(h, width * 0.8)
    top, foot = ragged(w, width * 0.5), ragged(w, width * 0.6)
    x = np.arange(w)[None, :]
    y = np.arange(h)[:, None]
    band = (x < left[:, None]) | (x >= w - right[:, None]) | (y < top[None, :]) | (y >= h - foot[None, :])
    return Image.fromarray(np.where(band, dark, a).clip(0, 255).astype("uint8"))


PAPERS = {True: ((236, 222, 184), (46, 38, 30)), "grey": ((204, 202, 188), (38, 38, 40)),
          "brown": ((216, 192, 148), (54, 40, 26))}  # paper and ink colours


def _yellowed(img, kind=True):
    """A grey page as a yellowed sheet scanned in colour: white paper cream (or `kind`'s), black
    ink brown-black."""
    import numpy as np
    from PIL import Image

    g = np.asarray(img).astype(np.float32)[..., None] / 255
    paper, ink = (np.array(c, np.float32) for c in PAPERS[kind])
    return Image.fromarray((ink + (paper - ink) * g).round().astype("uint8"), "RGB")


def _stains(img, count: int, seed: int):
    """Water or tea stains: `count` blotches a tenth to a quarter of the page's width across, their
    outlines wavy, the paper inside darker by 8-22% and darker still along the rim where the water
    dried (the tide line), the print under them kept."""
    import numpy as np
    from PIL import Image

    a = np.asarray(img).astype(np.float32)
    h, w = a.shape
    rng = np.random.default_rng(seed + 13)
    light = np.ones((h, w), np.float32)
    for _ in range(count):
        r = rng.uniform(0.05, 0.125) * w
        cy, cx = rng.uniform(r, h - r), rng.uniform(r, w - r)
        y0, y1, x0, x1 = (int(max(0, cy - 1.4 * r)), int(min(h, cy + 1.4 * r)),
                          int(max(0, cx - 1.4 * r)), int(min(w, cx + 1.4 * r)))
        yy, xx = np.mgrid[y0:y1, x0:x1].astype(np.float32)
        angle = np.arctan2(yy - cy, xx - cx)
        wobble = 1 + sum(rng.uniform(0.03, 0.09) * np.sin(k * angle + rng.uniform(0, 6.3)) for k in (2, 3, 5))
        d = np.hypot(yy - cy, (xx - cx) * rng.uniform(0.7, 1.3)) / (r * wobble)  # < 1 inside
        depth = rng.uniform(0.08, 0.22)
        inside = np.clip((1.05 - d) / 0.1, 0, 1) * depth
        rim = np.exp(-((d - 1) / 0.03) ** 2) * depth * 0.8
        light[y0:y1, x0:x1] *= 1 - np.clip(inside + rim, 0, 0.4)
    return Image.fromarray((a * light).round().clip(0, 255).astype("uint8"))
