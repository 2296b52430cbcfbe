"""How well a laid-out page matches its true articles (tests/newspage.py draws them):

- each true article is aligned to the stored article that holds most of its Han characters, and
  its Han error counted there (wrong, missing or extra characters, in order); an article
  matches when that error is ≤ 1% and no other true article has the same best place;
- folio: no piece of the running head (paper, date, weekday, page; of three characters or more)
  is in any article;
- cut headlines: a true headline whose characters are not all in one stored article's head, in
  order and side by side (split between articles, a line of it taken as text, a character lost); a
  head stored whole but for one character in eight misread in place (拾金不昧 read 拾金不味) is not
  cut but counted apart, as a misread head (its error is in the Han error already);
- advertisements (tests/adverts.py: a true article labelled 广告): how many are stored marked as
  one (model.ADVERTISEMENT, on the article their text is best aligned to), and how many stored
  articles are so marked where no advertisement stands (a story taken for one)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from .scanpage import han, han_errors


@dataclass
class PageScore:
    name: str
    true: int = 0
    found: int = 0
    matched: int = 0
    han: int = 0
    errors: int = 0
    folio_in_article: int = 0
    cut_heads: int = 0
    misread_heads: int = 0
    ads: int = 0
    ads_marked: int = 0
    false_ads: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def error_rate(self) -> float:
        return self.errors / max(self.han, 1)

    def line(self) -> str:
        return (f"{self.name}: {self.true} true, {self.found} found, {self.matched} matched; Han error "
                f"{self.error_rate:.2%} ({self.errors}/{self.han}); folio in article {self.folio_in_article}; "
                f"cut heads {self.cut_heads}" + (f" (misread heads {self.misread_heads})" if self.misread_heads else "") +
                (f"; ads marked {self.ads_marked}/{self.ads}, false {self.false_ads}" if self.ads or self.false_ads
                 else ""))


def _overlap(a: str, b: str) -> int:
    return sum((Counter(han(a)) & Counter(han(b))).values())


def _misread_in_place(head: str, stored: str) -> bool:
    """`head` stands in `stored` at its length with at most one character in eight misread in
    place: none lost, added or moved (Han characters only)."""
    spare = len(head) // 8
    return spare > 0 and any(sum(a != b for a, b in zip(head, stored[k:k + len(head)])) <= spare
                             for k in range(len(stored) - len(head) + 1))


def score(name: str, truth, articles, folio: str = "") -> PageScore:
    """`truth`: newspage.Placed list; `articles`: model.Article list as stored."""
    s = PageScore(name, len(truth), len(articles))
    texts = [a.text() for a in articles]
    heads = [" ".join(b.text for b in a.blocks if b.kind in ("kicker", "headline", "subhead", "column")) +
             a.kicker + a.headline + a.subhead for a in articles]
    fields = [[b.text for b in a.blocks if b.kind in ("kicker", "headline", "subhead", "column")] +
              [a.kicker, a.headline, a.subhead] for a in articles]  # each head line or field on its own
    best_of: list[int] = []
    for t in truth:
        want = t.text()
        best = max(range(len(texts)), key=lambda k: _overlap(want, texts[k])) if texts else -1
        best_of.append(best)
        errors = han_errors(want, texts[best]) if best >= 0 else len(han(want))
        s.han += len(han(want))
        s.errors += errors
        label = (t.article.headline or t.article.lines[0])[:14]
        if errors > 0.01 * len(han(want)):
            s.problems.append(f"  「{label}」 error {errors}/{len(han(want))}")
        if t.article.headline:
            h = han(t.article.headline)
            if any(h in han(x) for x in heads):
                pass
            elif any(_misread_in_place(h, han(x)) for f in fields for x in f):
                s.misread_heads += 1
                s.problems.append(f"  misread head 「{t.article.headline}」")
            else:
                s.cut_heads += 1
                s.problems.append(f"  cut head 「{t.article.headline}」")
    counts = Counter(best_of)
    for t, best in zip(truth, best_of):
        if best >= 0 and counts[best] == 1 and han_errors(t.text(), texts[best]) <= 0.01 * len(han(t.text())):
            s.matched += 1
    from baoku.core.model import ADVERTISEMENT

    ad_places = set()
    for t, best in zip(truth, best_of):
        if t.article.column == "广告":
            s.ads += 1
            ad_places.add(best)
            if best >= 0 and articles[best].genre == ADVERTISEMENT:
                s.ads_marked += 1
            else:
                s.problems.append(f"  advertisement 「{t.article.headline[:14]}」 not marked")
    for k, a in enumerate(articles):
        if a.genre == ADVERTISEMENT and k not in ad_places:
            s.false_ads += 1
            s.problems.append(f"  「{(a.headline or a.text())[:14]}」 marked an advertisement")
    import unicodedata

    flat = ["".join(unicodedata.normalize("NFKC", x).split()) for x in texts]
    truths = ["".join(unicodedata.normalize("NFKC", t.text()).split()) for t in truth]
    for piece in [p for p in folio.replace("　", " ").split(" ") if p.strip()]:
        piece = unicodedata.normalize("NFKC", piece)  # 闽南日报, 2024年10月9日, 星期三: a 2-character 版名 is
        # too common a word to count; a piece the articles print themselves (a weather box's 星期三) is theirs
        if len(piece) >= 3 and sum(x.count(piece) for x in flat) > sum(x.count(piece) for x in truths):
            s.folio_in_article += 1
            s.problems.append(f"  folio 「{piece}」 in an article")
    return s
