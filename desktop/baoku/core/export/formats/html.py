"""Articles as one self-contained HTML page: the styles inline, photos as data: URLs, no link to
anything outside, so the file can be mailed or archived as it is."""

from __future__ import annotations

import base64
from html import escape

from ... import model
from ..photos import photo_places
from ..options import ExportOptions
from . import CITATION, Written

STYLE = """
body { font-family: "Songti SC", "SimSun", "Noto Serif CJK SC", "Source Han Serif SC", serif; line-height: 1.75;
       max-width: 42em; margin: 2em auto; padding: 0 1em; color: #111; }
h1.collection { text-align: center; }
article { margin-bottom: 3em; }
article + article { border-top: 1px solid #999; padding-top: 2em; }
header { text-align: center; font-family: "Heiti SC", "SimHei", "Noto Sans CJK SC", sans-serif; }
.column { color: #8a1a1a; text-align: left; }
.kicker, .subhead { font-size: 1.1em; margin: 0.3em 0; }
h1, h2 { margin: 0.2em 0; }
.byline { color: #555; }
.source { color: #555; font-size: 0.9em; border-bottom: 1px solid #999; padding-bottom: 0.5em; }
p.text { text-indent: 2em; margin: 0.4em 0; text-align: justify; }
h3 { font-family: "Heiti SC", "SimHei", "Noto Sans CJK SC", sans-serif; margin: 1em 0 0.4em; }
figure { margin: 1em 0; text-align: center; } figure img { max-width: 100%; }
.caption, figcaption { color: #555; font-size: 0.9em; }
.citation { color: #555; font-size: 0.9em; margin-top: 1em; }
"""

HEAD = {model.COLUMN: "column", model.KICKER: "kicker", model.SUBHEAD: "subhead", model.HEAD_BYLINE: "byline"}


def _photo(photo: model.Photo, with_caption: bool = True) -> str:
    mime = photo.mime or "image/jpeg"
    data = base64.b64encode(photo.data).decode("ascii")
    caption = f"<figcaption>{escape(photo.caption)}</figcaption>" if photo.caption and with_caption else ""
    return f'<figure><img src="data:{escape(mime)};base64,{data}" alt="{escape(photo.caption)}">{caption}</figure>'


def render_html(written: list[Written], title: str, options: ExportOptions) -> str:
    several = len(written) > 1
    lang = "zh-Hant" if options.script in ("traditional", "taiwan", "hongkong") else "zh-CN"
    out = [f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
           f'<meta name="generator" content="Baoku 报库">\n<title>{escape(title)}</title>\n<style>{STYLE}</style>\n'
           "</head>\n<body>"]
    if several:
        out.append(f'<h1 class="collection">{escape(title)}</h1>')
    heading = "h2" if several else "h1"
    for w in written:
        out.append(f'<article id="article-{w.article.id}">')
        head, body = [], []
        before, loose = photo_places(w.photos, [(p.kind, p.text) for p in w.pieces])
        for n, p in enumerate(w.pieces):
            t = escape(p.text)
            if n in before:  # a photo whose caption this line prints: over it, the caption printed once
                body.append(_photo(before[n], with_caption=False))
            if p.kind in HEAD:
                head.append(f'<div class="{HEAD[p.kind]}">{t}</div>')
            elif p.kind == model.HEADLINE:
                head.append(f"<{heading}>{t}</{heading}>")
            elif p.kind == model.SOURCE_LINE:
                body.append(f'<div class="source">{t}</div>')
            elif p.kind == model.SUBHEADING:
                body.append(f"<h3>{t}</h3>")
            elif p.kind == model.CAPTION:
                body.append(f'<p class="caption">{t}</p>')
            elif p.kind == CITATION:
                body.append(f'<p class="citation">{t}</p>')
            elif p.kind in (model.BYLINE, model.LABEL):
                body.append(f'<p class="byline">{t}</p>')
            else:
                body.append(f'<p class="text">{t}</p>')
        out.append("<header>" + "".join(head) + "</header>")
        out += [_photo(ph) for ph in loose]
        out += body
        out.append("</article>")
    out.append("</body>\n</html>\n")
    return "\n".join(out)
