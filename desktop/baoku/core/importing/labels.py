"""An archive's own labelled pages: the page-text pages whose split into articles the archivist
fixed (in the import preview, or after import by split, merge or retitle), written out in the
labelled page-set format (tests/pageset/README.md) so the page-text scorer can be retrained on the
archive's own paper (`tools/train_pagetext.py --extra DIR`).

Each article's lines are its stored blocks, in order; a block's kind gives its role, and body
lines get theirs (body, signature, box line, note) from the scorer held to the stored boundaries.
A paragraph the import joined from layout-cut lines is written as those lines, the first ending
in `|`, as the page text had them.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from .linefeatures import page_features
from .linelabels import LABELS, ROLES, decode, label, weights
from .pagetext import _glue, split_chunks
from ..model import (
    BYLINE, CAPTION, COLUMN, GUEST, HEADLINE, KICKER, LABEL, PARAGRAPH, SUBHEAD, SUBHEADING, Article,
)
from ..store import Archive

ROLE_OF_KIND = {COLUMN: "column", KICKER: "kicker", HEADLINE: "headline", SUBHEAD: "subhead", BYLINE: "byline",
                CAPTION: "caption", SUBHEADING: "subheading", LABEL: "note", GUEST: "body"}
BODY_ROLES = ("body", "signature", "box", "note")


def page_labels(archive: Archive, page_id: int) -> str:
    """One stored page in the labelled page-set format."""
    publication, date, number, section, page_name, raw = archive.page_source(page_id)
    ids = archive.page_article_ids(page_id)
    articles = sorted((archive.article(i).article for i in ids), key=lambda a: _place(a, raw))
    texts = [b.text.strip() for a in articles for b in a.blocks]
    roles = _roles(articles, page_name)
    pieces = _cut_pieces(texts, raw)
    out = [f"# publication: {publication}", f"# date: {date}", f"# page: {section}{number}"]
    if page_name:
        out.append(f"# page name: {page_name}")
    k = 0
    for n, a in enumerate(articles):
        if n:
            out.append("---")
        for _ in a.blocks:
            prefix = "" if roles[k] == "body" else f"@{roles[k]} "
            parts = pieces[k]
            out += [prefix + parts[0] + ("|" if len(parts) > 1 else "")]
            out += [p + ("|" if j < len(parts) - 2 else "") for j, p in enumerate(parts[1:])]
            k += 1
    return "\n".join(out) + "\n"


def _place(article: Article, raw: str) -> int:
    """Where the article begins in the page text (a piece split off after import was stored at
    the page's end; the labelled page keeps the reading order)."""
    for b in article.blocks:
        at = raw.find(b.text.strip()[:12])
        if at >= 0:
            return at
    return len(raw)


def _roles(articles: list[Article], page_name: str) -> list[str]:
    """Each block's role: its kind's, and for body text the scorer's, held to the stored split."""
    texts, allowed = [], []
    for a in articles:
        for j, b in enumerate(a.blocks):
            texts.append(b.text.strip())
            row = np.zeros(len(LABELS), dtype=bool)
            for r in (BODY_ROLES if b.kind == PARAGRAPH else (ROLE_OF_KIND.get(b.kind, "body"),)):
                row[label(j == 0, r)] = True
            allowed.append(row)
    if not texts:
        return []
    w = weights()
    feats = page_features(texts, [False] * len(texts), page_name)
    path = decode(w.emissions(feats), w.trans, np.array(allowed))[0]
    return [LABELS[p][2:] if LABELS[p][2:] in ROLES else "body" for p in path]


def _cut_pieces(texts: list[str], raw: str) -> list[list[str]]:
    """Each block as the source lines it was joined from (with their indents), or as it is."""
    lines = [(c.text, raw.split("\n")[c.line - 1].rstrip()) for c in split_chunks(raw)]
    out = []
    j = 0
    for text in texts:
        found = None
        for start in range(j, min(j + 40, len(lines))):
            joined, end = "", start
            while end < len(lines) and len(joined) < len(text):
                joined = _glue(joined, lines[end][0]) if joined else lines[end][0]
                end += 1
                if joined == text:
                    found = (start, end)
                    break
            if found:
                break
        if found:
            out.append([lines[i][1] for i in range(*found)])
            j = found[1]
        else:  # edited since import: the stored text as it is
            out.append([text])
    return out


def export_labels(archive: Archive, folder: Path) -> list[Path]:
    """Write every fixed page-text page to `folder` (one file a page); return the files."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for page_id in archive.fixed_pages():
        path = folder / f"archive_{page_id:05d}.txt"
        path.write_text(page_labels(archive, page_id), encoding="utf-8")
        written.append(path)
    return written
