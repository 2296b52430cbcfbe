"""Placing a set line's pieces in its measure: squeezing punctuation when the line is pushed in,
spreading the gaps when it is short (never inside a Latin word), centring or ranging a head."""

from __future__ import annotations

from .linebreak import Atom
from .pieces import (EPS, HALF_FACE, HANGABLE, LEFT_SHARE, MAX_SPREAD, PUNCT, Metrics, SetLine, Setting, _empty_side,
                     gap)


def justify(line: SetLine, avail: float, m: Metrics, setting: Setting) -> None:
    """Place the line's pieces (their `x`) in `avail` points."""
    em = m.size
    pieces = line.pieces
    if not pieces:
        return
    first = pieces[0]
    if first.shift < 0 and first.kind in PUNCT:  # its pair was broken at this line start: full width
        first.width, first.shift = m.width(first.text), 0.0
    gaps = [gap(a, b, em * setting.han_latin) for a, b in zip(pieces, pieces[1:])]
    natural = sum(p.width for p in pieces) + sum(gaps)
    end = pieces[-1]
    hang = end.width if setting.hanging and end.text[-1:] in HANGABLE else 0.0
    room = avail - (natural - hang)
    if room < -EPS:  # pushed in: the line-end mark gives first, then the marks inside
        need = -room
        give = min(need, 0.0 if hang else end.squeeze_end)
        if give:
            end.width -= give
            end.shift -= give * LEFT_SHARE if _empty_side(end.text, m) == "both" else 0.0
            need -= give
        inner = [p for p in pieces[:-1] if p.squeeze_mid > 0]
        total = sum(p.squeeze_mid for p in inner)
        if need > EPS and total:
            f = min(1.0, need / total)
            for p in inner:
                cut = p.squeeze_mid * f
                p.width -= cut
                if _empty_side(p.text, m) == "left":
                    p.shift -= cut
        room = 0.0
    x = 0.0
    spread = 0.0
    if setting.align == "justify" and not line.last and room > EPS:
        stretchable = [i for i, (a, b) in enumerate(zip(pieces, pieces[1:]))
                       if not (a.kind in PUNCT and b.kind in PUNCT)
                       and not (a.kind == Atom.LATIN and b.kind == Atom.LATIN)]
        if stretchable and room / len(stretchable) <= MAX_SPREAD * em:
            spread = room / len(stretchable)
            for i in stretchable:
                gaps[i] += spread
    elif setting.align == "center":
        x = max(0.0, room) / 2
    elif setting.align == "right":
        x = max(0.0, room)
    for i, p in enumerate(pieces):
        p.x = x
        x += p.width + (gaps[i] if i < len(gaps) else 0.0)
        cut = m.width(p.text) - p.width if p.kind in PUNCT else 0.0
        # at the line end always: its box then ends inside the measure
        if cut > HALF_FACE * em + EPS or (cut > 0.01 * em and i == len(pieces) - 1):
            p.half = _empty_side(p.text, m) in ("right", "both")
