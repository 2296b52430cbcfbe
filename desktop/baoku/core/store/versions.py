"""Which of a feed's articles are other versions of articles already stored on their page.

A feed's page (JSONL lines, NITF and NewsML items: a page an importer gives article by article,
not whole) takes the new articles it brings. An article that is not stored as it is, but has the
headline of one of the page's stored articles and much the same text (at least SAME_TEXT of it,
by difflib's ratio: two 图片新闻 with other captions are two articles), or its very text under
another headline, is that article corrected, not a new one: storing it beside the old would hold the article twice, so the
page is stored with different content (refused, or replaced with --replace) as a page of text is.
(store.ingest leaves a wire's day out: an agency's update is an item of its own.)
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from difflib import SequenceMatcher

from ..model import CAPTION, PARAGRAPH, SUBHEADING, Article

SAME_TEXT = 0.5  # how alike two texts under one headline are at least to be one article's versions


@dataclass(frozen=True)
class StoredArticle:
    """One article of a stored page, as far as telling its versions needs."""

    id: int
    seq: int
    content_hash: str
    headline: str
    body: str  # its paragraphs, subheadings and captions, one a line ("" when it has none)


def body_of(blocks: list[tuple[str, str]]) -> str:
    return "\n".join(text.strip() for kind, text in blocks if kind in (PARAGRAPH, SUBHEADING, CAPTION) and text.strip())


def stored_article(row) -> StoredArticle:
    """From a row (id, seq, content_hash, headline, blocks as JSON)."""
    aid, seq, content_hash, headline, blocks = row
    return StoredArticle(aid, seq, content_hash, (headline or "").strip(), body_of(json.loads(blocks or "[]")))


def versions(fresh: list[Article], gone: list[StoredArticle]) -> dict[int, StoredArticle]:
    """index in `fresh` -> the stored article it is another version of: the same headline and
    much the same text, or the same text, each stored article taken by one new article at most
    (the first in order)."""
    out: dict[int, StoredArticle] = {}
    left = list(gone)
    for i, article in enumerate(fresh):
        headline = (article.headline or "").strip()
        body = body_of([(b.kind, b.text) for b in article.blocks])
        match = next((s for s in left if headline and s.headline == headline and alike(s.body, body)), None) or \
            next((s for s in left if body and s.body == body), None)
        if match is not None:
            out[i] = match
            left.remove(match)
    return out


def alike(a: str, b: str) -> bool:
    """Much the same text: one's corrected version."""
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    return matcher.real_quick_ratio() >= SAME_TEXT and matcher.quick_ratio() >= SAME_TEXT and \
        matcher.ratio() >= SAME_TEXT
