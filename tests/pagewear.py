"""What a drawn page goes through after it is drawn: skew, blur and noise, JPEG."""

from __future__ import annotations

import io


def degrade(img, spec: dict):
    from PIL import ImageFilter

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
    if spec.get("jpeg"):
        buf = io.BytesIO()
        img.save(buf, format="JPEG", quality=spec["jpeg"])
        from PIL import Image

        img = Image.open(io.BytesIO(buf.getvalue())).convert("L")
    return img
