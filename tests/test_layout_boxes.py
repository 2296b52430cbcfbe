"""A box framed by a border that is no straight rule (the 1916 Evening Star's zigzag-edged
TOMORROW … IN THE SUNDAY STAR list of the next issue's features) is one item, however many heads
in capitals stand in it; the stories beside it keep their own articles. Lines set by hand as the
recogniser reads them; the page image has the border and the column rules only."""

from __future__ import annotations

import numpy as np

from baoku.core.importing.scan import scanned_page
from baoku.core.layout.frames import find_frames
from baoku.core.model import PageInfo
from baoku.core.ocr.engine import OcrPage
from .test_layout_oldpages import body, line, page

ITEMS = ["SHALL WE BUILD OR PAY RENT", "ALL GERMANY THRILLS OVER", "THE BULWARK AN APPEALING",
         "COLONEL HOUSES OF HISTORY", "OUR ENGINEER CORPS AT WORK"]


def _zigzag(gray: np.ndarray, x0: int, y0: int, x1: int, y1: int, amp: int = 6, step: int = 8) -> None:
    """A zigzag border round x0..x1, y0..y1, two pixels thick, drawn with no straight run."""
    def dot(x: int, y: int) -> None:
        gray[y - 1:y + 1, x - 1:x + 1] = 0

    for x in range(x0, x1):
        off = abs((x - x0) % (2 * step) - step) * amp // step
        dot(x, y0 + off)
        dot(x, y1 - off)
    for y in range(y0, y1):
        off = abs((y - y0) % (2 * step) - step) * amp // step
        dot(x0 + off, y)
        dot(x1 - off, y)


def _page(framed: bool):
    lines = [line("SENATE PLANS A COMPROMISE", 60, 40, h=40, step=12)] + body(60, 100, 30)
    lines += [line("NAVY GAME OFF JERSEY COAST", 860, 40, h=40, step=12)] + body(860, 100, 30, start=5)
    lines += [line("TOMORROW", 520, 60, h=40, step=28)]
    y = 130
    for k, item in enumerate(ITEMS):
        lines += [line(item, 480, y, h=26, step=11)] + body(480, y + 34, 3, width=300, start=k * 7)
        y += 34 + 3 * 28 + 26
    lines += [line("IN THE SUNDAY STAR", 500, y, h=40, step=14)]
    gray = page(lines, rules=[(420, 30, 423, 1000), (820, 30, 823, 1000)], w=1240, h=1100)
    if framed:
        _zigzag(gray, 440, 20, 800, y + 70)
    return lines, gray


def _articles(framed: bool):
    lines, gray = _page(framed)
    return scanned_page(OcrPage(1240, 1100, lines), PageInfo(1), "en", gray).articles


def test_a_box_framed_by_a_zigzag_border_is_one_item():
    arts = _articles(framed=True)
    firsts = [a.text().split("\n")[0] for a in arts]
    assert sorted(firsts) == sorted(["SENATE PLANS A COMPROMISE", "NAVY GAME OFF JERSEY COAST", "TOMORROW"]), firsts
    box = next(a for a in arts if a.text().startswith("TOMORROW"))
    text = box.text()
    assert all(item in text for item in ITEMS) and "IN THE SUNDAY STAR" in text  # every word kept


def test_the_same_items_with_no_border_are_items_of_their_own():
    """Without the border nothing says they are one box: each head in capitals opens one."""
    assert len(_articles(framed=False)) >= 5


def test_a_story_between_column_rules_and_cut_off_rules_is_no_framed_box():
    """White that the page's straight rules enclose (column rules, a rule over and under a
    story) is no border's box."""
    gray = np.full((800, 900), 255, np.uint8)
    for x0, y0, x1, y1 in [(100, 50, 103, 700), (500, 50, 503, 700), (100, 100, 503, 103), (100, 600, 503, 603)]:
        gray[y0:y1, x0:x1] = 0
    assert find_frames(gray, 20.0, [(100, 50, 103, 700), (500, 50, 503, 700), (100, 100, 503, 103),
                                    (100, 600, 503, 603)]) == []
    _zigzag(gray, 600, 100, 860, 600)
    assert len(find_frames(gray, 20.0, [(100, 50, 103, 700), (500, 50, 503, 700), (100, 100, 503, 103),
                                        (100, 600, 503, 603)])) == 1


def _cartoon(labels: list[tuple[str, int, int]]):
    lines = [line("SENATE PLANS A COMPROMISE", 60, 40, h=40, step=12)] + body(60, 100, 30)
    lines += [line("NAVY GAME OFF JERSEY COAST", 860, 40, h=40, step=12)] + body(860, 100, 30, start=5)
    gray = page(lines, rules=[(420, 30, 423, 1000), (820, 30, 823, 1000)], w=1240, h=1100)
    gray[60:700, 450:800] = 120  # the drawing's tone
    for text, x, y in labels:  # its labels lettered on white patches
        lab = line(text, x, y, h=40, step=16)
        lines.append(lab)
        x0, y0, x1, y1 = lab.box
        gray[y0 - 12:y1 + 12, x0 - 12:x1 + 12] = 255
    return scanned_page(OcrPage(1240, 1100, lines), PageInfo(1), "en", gray).articles


def test_a_cartoons_lettering_is_the_pictures_not_headlines():
    """Labels lettered in a cartoon (CENTRAL POWERS, GERMANS CHECKED, on white within the
    drawing): no headlines of stories of their own, their words kept with the picture."""
    arts = _cartoon([("CENTRAL", 480, 150), ("POWERS", 600, 300), ("CHECKED", 520, 500)])
    heads = [a.headline for a in arts if a.headline]
    assert sorted(heads) == ["NAVY GAME OFF JERSEY COAST", "SENATE PLANS A COMPROMISE"], heads
    assert len(arts) == 3
    text = "\n".join(a.text() for a in arts)
    assert all(w in text for w in ("CENTRAL", "POWERS", "CHECKED"))


def test_the_dark_edges_round_a_whole_page_frame_no_box():
    """A microfilmed page's dark margins close round the whole page (the Omaha Daily Bee, 1887,
    two real pages read as one article each): that white is the page, not a box on it."""
    lines, gray = _page(framed=False)
    gray = gray.copy()
    gray[:6, :] = gray[-6:, :] = 0  # the film's edges, all round
    gray[:, :8] = gray[:, -8:] = 0
    assert find_frames(gray, 12.0, [(420, 30, 423, 1000), (820, 30, 823, 1000)]) == []
    assert len(scanned_page(OcrPage(1240, 1100, lines), PageInfo(1), "en", gray).articles) >= 5
