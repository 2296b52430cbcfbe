"""A PDF page whose text stands turned (a /Rotate of 90, 180 or 270 on an upright drawing, or a
page drawn turned on an upright sheet): its characters turned upright before they are read, so
that lines run left to right and follow one another down the page, and the boxes read turned
back onto the page as it shows (the page viewer draws them over the PDF's own rendering).

pdfminer applies the page's /Rotate: a character's box is where it shows, and its matrix says
which way its baseline runs there. The way most characters' baselines run is the page's turn:
0 (upright, left to right), 90 (down the page: the page shows turned a quarter clockwise), 180
(upside down) or 270 (up the page). Vertical Chinese text is upright characters set down a
column, so it is turn 0."""

from __future__ import annotations

TURNS = {(1, 0): 0, (0, -1): 90, (-1, 0): 180, (0, 1): 270}  # a baseline's way (x right, y up): the turn


def page_turn(chars: list[dict]) -> int:
    """The way most of the page's inked characters stand, by their matrices; 0 when none says."""
    votes: dict[int, int] = {}
    for c in chars:
        m = c.get("matrix")
        if not m or not c.get("text", "").strip():
            continue
        a, b = m[0], m[1]
        way = (0, 1 if b > 0 else -1) if abs(b) > abs(a) else (1 if a > 0 else -1, 0)
        turn = TURNS[way]
        votes[turn] = votes.get(turn, 0) + 1
    return max(votes, key=lambda t: (votes[t], t == 0)) if votes else 0


def upright_size(turn: int, width: float, height: float) -> tuple[float, float]:
    return (height, width) if turn in (90, 270) else (width, height)


def upright_box(box: tuple[float, float, float, float], turn: int, width: float, height: float):
    """A box (x0, top, x1, bottom) on the page as it shows (width × height) on the page turned
    upright."""
    x0, y0, x1, y1 = box
    if turn == 90:  # turned back a quarter anticlockwise
        return y0, width - x1, y1, width - x0
    if turn == 180:
        return width - x1, height - y1, width - x0, height - y0
    if turn == 270:  # a quarter clockwise
        return height - y1, x0, height - y0, x1
    return box


def shown_box(box: tuple[float, float, float, float], turn: int, width: float, height: float):
    """A box on the upright page back on the page as it shows (width × height, as it shows)."""
    x0, y0, x1, y1 = box
    if turn == 90:
        return width - y1, x0, width - y0, x1
    if turn == 180:
        return width - x1, height - y1, width - x0, height - y0
    if turn == 270:
        return y0, height - x1, y1, height - x0
    return box


def upright_chars(chars: list[dict], turn: int, width: float, height: float) -> list[dict]:
    """The page's characters on the page turned upright (each a copy, read as upright, its size
    its upright box's height as pdfminer gives an upright character's: pdfminer gives a turned
    one's its width, a figure's half a Han's); the same list for an upright page."""
    if not turn:
        return chars
    out = []
    for c in chars:
        x0, top, x1, bottom = upright_box((c["x0"], c["top"], c["x1"], c["bottom"]), turn, width, height)
        out.append({**c, "x0": x0, "x1": x1, "top": top, "bottom": bottom, "doctop": top, "upright": True,
                    "width": x1 - x0, "height": bottom - top, "size": bottom - top})
    return out


def upright_image(gray, turn: int):
    """A page rendered as it shows (a numpy array), turned upright."""
    import numpy as np

    return np.ascontiguousarray(np.rot90(gray, {90: 1, 180: 2, 270: 3}[turn])) if turn else gray
