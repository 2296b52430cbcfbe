"""A head parted from its text on a Latin page. A big head set with more white under it than the
layout lets between a head's parts (The Beaver County News, 1916, its ALTO: PRESIDENT'S REPLY TO
GERMAN NOTE in type nearly four body sizes high, white, then its deck DECLARATION OF ABANDONMENT
… and the text; STATE GUARDSMEN over MILITIA OF TEXAS …; the scan's GERMAN MACHINE GUNS … and its
deck over DEAD PILED HIGH ON FIELD) was an article of heads only, and the deck under it opened
the story. A head never stands alone: an article of heads only (a scrap at most under them)
right over the next article's head, within its columns, the white between them no more than the
lower head of the two's body sizes or the upper head's own size, and no rule across, opens that
article. A head ruled off from the head under it (an advertisement's name over the next item),
or set clearly bigger than the last deck over it (the next story's), stays apart. On a Chinese page
an article of one short line, no head and no sentence's end, right over the next article's head so,
is that head's deck: a 引题 set in 楷 measures as body type in ink (issue-51g's face set (b)); there
a main head is bigger than its deck by design."""

from __future__ import annotations

from .blocks import DISPLAY, FIGURE, TITLE, Page, rule_between
from .pieces import Group

WHITE = 2.5  # body sizes of white a head may stand over its deck, or the upper head's size if more
BIGGER = 1.25  # a head this much bigger than the last one over it is another story's
LONE = 24  # letters of a deck's line at most
SCRAP = 3  # letters of a scrap read under a head (a rule's ink, a speck)


def joined_heads(page: Page, groups: list[Group]) -> list[Group]:
    """The page's articles, each article of heads only joined to the headed article right under
    it (the next one read, or one read later: a headless piece of another column read between)."""
    gone: set[int] = set()
    for k, g in enumerate(groups):
        lone = not page.latin and _lone_line(page, g)
        if id(g) in gone or not (lone or _heads_only(page, g)):
            continue
        under = [n for n in groups[k + 1:] if id(n) not in gone and n.head and _over(page, g, n)]
        if not under:
            continue
        n = min(under, key=lambda n: n.head[0].y0)
        if lone:
            g.body[0].kind = DISPLAY  # (a deck that measured as body type: set in 楷, its ink small)
        n.head = g.head + g.body + n.head
        n.span = (min(n.span[0], g.span[0]), max(n.span[1], g.span[1]))
        n.top = min(n.top, g.top)
        gone.add(id(g))
    return [g for g in groups if id(g) not in gone]


def _heads_only(page: Page, g: Group) -> bool:
    return bool(g.head) and not g.has_figure and all(
        b.kind != FIGURE and sum(ch.isalpha() for i in b.lines for ch in page.lines[i].text) <= SCRAP for b in g.body)


def _lone_line(page: Page, g: Group) -> bool:
    """An article of one short line and no head (a Chinese page's deck measured as body type: a
    引题 set in 楷 measures ~1.05 of the body in ink, under DISPLAY_RATIO), not a sentence's end."""
    if g.head or g.has_figure or len(g.body) != 1 or len(g.body[0].lines) != 1:
        return False
    text = page.lines[g.body[0].lines[0]].text.strip()
    return 2 <= len(text) <= LONE and text[-1] not in "。！？；：，…" and any("\u4e00" <= ch <= "\u9fff" for ch in text)


def _over(page: Page, upper: Group, lower: Group) -> bool:
    """`upper`'s heads stand right over `lower`'s first head, in the same columns, no rule between."""
    tops = upper.head or upper.body  # (a deck measured as text: the article's one line)
    a, b = tops[-1], lower.head[0]
    bottom = max(x.y1 for x in upper.blocks)
    white = b.y0 - bottom
    room = max(WHITE * page.body, max(x.size for x in tops))
    slack = page.body
    within = upper.span[0] - slack <= b.x0 and b.x1 <= upper.span[1] + slack or \
        lower.span[0] - slack <= min(x.x0 for x in tops) and max(x.x1 for x in tops) <= lower.span[1] + slack
    if page.latin and b.size > BIGGER * a.size:
        return False  # (a head clearly bigger than the deck over it: the next story's, its text unseen)
    return b.kind in (TITLE, DISPLAY) and -page.body <= white <= room and within and \
        not rule_between(page.graphics.hrules, max(a.x0, b.x0), min(a.x1, b.x1), bottom, b.y0)
