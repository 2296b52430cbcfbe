"""What real e-paper PDFs carry and tests/epaper.py's clean replay does not: the same page drawn
with a paper's production habits (issue 30, e-paper round 3).

- `shadow`: a head drawn twice, a grey copy a little right and down of it first (a drop shadow),
  so the text layer holds each of its characters twice, at two places.
- `outline`: a head drawn again over itself in stroke mode (an outline to fatten it): each of
  its characters twice at one place.
- `layer`: every body text drawn again as invisible text (render mode 3) over itself, as an OCR
  layer left on vector text is: a whole repeated text layer.
- `shuffle`: every text cut into glyph runs of one to five characters, each drawn at its own
  place and the runs drawn in a random order (text drawn out of reading order).
- `no_unicode`: the sans face (display heads, column labels) embedded with no ToUnicode map.
- `pua`: the body face's map sends a handful of common characters to the Private Use Area, as a
  paper's font with its own codes for characters does.
- `head_image`: the page's biggest head drawn as a picture of itself (the set type cut from the
  drawn page): ink with no text, as a head drawn as curves or pasted as an image is.
- `margin`: the page's number and the paper's name in the margins (a folio at the foot, the
  name set down the side), which the page's folio then also holds, so no article may take it.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

SANS = "DroidSansFallbackFull.ttf"
BODY = "uming.ttc"


@dataclass
class Traits:
    seed: int = 0
    shadow: bool = False
    outline: bool = False
    layer: bool = False
    shuffle: bool = False
    no_unicode: bool = False
    pua: str = ""  # characters the body face maps into the Private Use Area
    head_image: bool = False
    margin: str = ""  # "第3版|闽南日报": the foot's folio and the side's name

    def margin_folio(self) -> str:
        return " ".join(self.margin.split("|")) if self.margin else ""


def _body_size(ops: list[tuple]) -> int:
    sizes = [op[4] for op in ops if op[0] == "text"]
    return max(set(sizes), key=sizes.count) if sizes else 28


def text_ops(ops: list[tuple], traits: Traits, height: int, width: int) -> list[tuple]:
    """The recording's ops with the traits' texts: ("text", (x, y), text, path, size, index, fill,
    mode) with mode 0 fill, 1 stroke, 3 invisible; ("down", ...) for a name set down the margin."""
    from PIL import ImageFont

    rng = random.Random(traits.seed)
    body = _body_size(ops)
    heads = [op for op in ops if op[0] == "text" and op[4] >= 1.4 * body]
    biggest = max(heads, key=lambda op: (op[4], -op[1][1])) if traits.head_image and heads else None
    out: list[tuple] = []
    texts: list[tuple] = []
    for op in ops:
        if op[0] != "text":
            out.append(op)
            continue
        _, (x, y), text, path, size, index, fill = op
        if op is biggest:  # cut from the drawn page with a little white round it
            w = ImageFont.truetype(path, size, index=index).getlength(text)
            out.append(("image", (int(x) - 4, int(y) - 4, int(x + w) + 4, int(y + 1.25 * size) + 4)))
            continue
        head = size >= 1.4 * body
        if head and traits.shadow:
            off = max(2, round(0.08 * size))
            texts.append(("text", (x + off, y + off), text, path, size, index, 150, 0))
        texts.append(("text", (x, y), text, path, size, index, fill, 0))
        if head and traits.outline:
            texts.append(("text", (x, y), text, path, size, index, fill, 1))
        if not head and traits.layer:
            texts.append(("text", (x, y), text, path, size, index, fill, 3))
    if traits.shuffle:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        from .epaper import _font

        runs: list[tuple] = []
        for op in texts:
            _, (x, y), text, path, size, index, fill, mode = op
            k = 0
            while k < len(text):
                n = rng.randint(1, 5)
                piece = text[k:k + n]
                if piece.strip():  # each run where the whole text's drawing put it (the PDF's advances)
                    at = x + stringWidth(text[:k], _font(path, index), size)
                    runs.append(("text", (at, y), piece, path, size, index, fill, mode))
                k += n
        rng.shuffle(runs)
        texts = runs
    if traits.margin:
        foot, _, side = traits.margin.partition("|")
        size = int(body * 0.8)
        if foot:
            w = ImageFont.truetype(_font_path(BODY), size).getlength(foot)
            texts.append(("text", ((width - w) / 2, height - 55), foot, _font_path(BODY), size, 0, 0, 0))
        if side:
            texts.append(("down", (22, height // 3), side, _font_path(SANS), size, 0, 0, 0))
    return out + texts


def _font_path(name: str) -> str:
    from .newspage import typeface

    return typeface(name, 10).path


def mangle_fonts(pdf: bytes, traits: Traits) -> bytes:
    """The PDF with its fonts' maps spoiled as `traits` says: the sans face's ToUnicode taken out;
    the body face's map sending `traits.pua`'s characters into the Private Use Area."""
    import io

    import pypdf
    from pypdf.generic import NameObject, StreamObject

    if not (traits.no_unicode or traits.pua):
        return pdf
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    writer = pypdf.PdfWriter(clone_from=reader)
    sans, body = _registered(SANS), _registered(BODY)
    for page in writer.pages:
        fonts = page["/Resources"]["/Font"]
        for key in fonts:
            font = fonts[key].get_object()
            base = str(font.get("/BaseFont", ""))
            if traits.no_unicode and sans and sans in base and "/ToUnicode" in font:
                del font[NameObject("/ToUnicode")]
            elif traits.pua and body and body in base and "/ToUnicode" in font:
                cmap = font["/ToUnicode"].get_object()
                data = cmap.get_data().decode("latin-1")
                for n, ch in enumerate(traits.pua):
                    data = re.sub(f"<{ord(ch):04X}>", f"<{0xE000 + n:04X}>", data, flags=re.I)
                new = StreamObject()
                new.set_data(data.encode("latin-1"))
                font[NameObject("/ToUnicode")] = writer._add_object(new)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def _registered(name: str) -> str:
    """The PostScript name of the font tests/epaper.py embedded for this bundled font file (its
    subsets' /BaseFont: AAAAAA+DroidSansFallback)."""
    from reportlab.pdfbase import pdfmetrics

    from . import epaper

    for (path, _), reg in epaper._FONTS.items():
        if path.endswith(name):
            face = pdfmetrics.getFont(reg).face.name
            return face.decode() if isinstance(face, bytes) else face
    return ""


# The round's pages: layout-set pages drawn again with the traits, split before any was read
# (train to look into and fix, dev to check, test run once at the end). Each names the layout-set
# page it is drawn from (the same articles, columns and random draws).
PAGES = [
    ("e01", "train", "t02", Traits(seed=1, shadow=True, outline=True, margin="第3版|东川日报电子版")),
    ("e02", "train", "t05", Traits(seed=2, shuffle=True, no_unicode=True)),
    ("e03", "train", "t13", Traits(seed=3, head_image=True, layer=True, pua="的是在")),
    ("e04", "train", "t19", Traits(seed=4, shuffle=True, shadow=True, pua="国人", margin="A05|都市晨报")),
    ("e05", "train", "t09", Traits(seed=5, shuffle=True, layer=True, outline=True)),
    ("e06", "dev", "d02", Traits(seed=6, shadow=True, outline=True, shuffle=True, margin="第7版|北江日报")),
    ("e07", "dev", "d12", Traits(seed=7, no_unicode=True, head_image=True, layer=True, pua="了和")),
    ("e08", "test", "w07", Traits(seed=8, shuffle=True, shadow=True, no_unicode=True, head_image=True,
                                  margin="第4版|滨海日报")),
    ("e09", "test", "w08", Traits(seed=9, layer=True, outline=True, pua="中为", margin="B02|江城晚报")),
]


def trait_specs(*splits: str):
    """(layout-set spec renamed, traits) for the round's pages in these splits."""
    from dataclasses import replace

    from .layoutset import SPECS

    base = {s.name: s for s in SPECS}
    return [(replace(base[b], name=n, split=sp), t) for n, sp, b, t in PAGES if not splits or sp in splits]
