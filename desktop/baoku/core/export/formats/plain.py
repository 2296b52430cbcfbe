"""Articles as plain text: the head, the source line, paragraphs indented two full-width spaces,
captions marked 〔图〕, and the citation line; articles apart by a rule."""

from __future__ import annotations

from ... import model
from . import CITATION, Written

INDENTED = (model.PARAGRAPH, model.GUEST)


def render_text(written: list[Written], title: str, heading: bool = True) -> str:
    out: list[str] = []
    if heading and len(written) > 1:
        out += [title, "=" * min(40, max(4, len(title) * 2)), ""]
    for n, w in enumerate(written):
        if n:
            out += ["", "—" * 20, ""]
        body_started = False
        for p in w.pieces:
            if p.kind in INDENTED:
                if not body_started:
                    out.append("")
                    body_started = True
                out.append("　　" + p.text)
            elif p.kind == model.SUBHEADING:
                out += ["", p.text]
            elif p.kind == model.CAPTION:
                out.append("〔图〕" + p.text)
            elif p.kind == CITATION:
                out += ["", p.text]
            else:
                out.append(p.text)
    return "\n".join(out).strip("\n") + "\n"
