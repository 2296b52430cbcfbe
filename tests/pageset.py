"""The test pages' true split (tests/pages/*.txt, format in its README) against what the page-text
splitter makes of their text: boundary accuracy, headline accuracy, wrong and missed joins.

    .venv/bin/python -m tests.pageset        # the report, page by page
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from baoku.core.importing.pagetext import _glue, parse_page_text, repair_paragraphs, split_chunks
from baoku.core.model import PageInfo, parse_page

PAGES = Path(__file__).parent / "pages"
HEAD = ("kicker", "headline", "subhead", "column")


@dataclass
class TrueArticle:
    kicker: str = ""
    headline: str = ""
    subhead: str = ""
    column: str = ""
    lines: list[str] = field(default_factory=list)  # as printed, cut lines joined

    def text(self) -> str:
        return "".join(self.lines)


@dataclass
class TruePage:
    name: str
    meta: dict[str, str]
    articles: list[TrueArticle]
    raw: str  # the page text a layout program gives
    cuts: int  # layout cuts the splitter must join

    def info(self) -> PageInfo:
        section, number = parse_page(self.meta.get("page", "1"))
        return PageInfo(number, self.meta.get("page name", ""), section)


def load(path: Path) -> TruePage:
    meta: dict[str, str] = {}
    articles: list[TrueArticle] = [TrueArticle()]
    raw: list[str] = []
    cuts = 0
    carry = ""  # the first part of a cut line
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# "):
            key, _, value = line[2:].partition(":")
            meta[key.strip()] = value.strip()
            continue
        if not line.strip():
            continue
        if line.strip() == "---":
            articles.append(TrueArticle())
            continue
        art = articles[-1]
        if line.startswith("@"):
            role, _, text = line[1:].partition(" ")
            assert role in HEAD, f"{path.name}: unknown role @{role}"
            setattr(art, role, text.lstrip("—-").strip() if role == "subhead" else text)
            art.lines.append(text)
            raw.append(text)
            continue
        if line.endswith("|"):
            cuts += 1
            raw.append(line[:-1])
            carry += line[:-1]
            continue
        raw.append(line)
        art.lines.append(_glue(carry, line) if carry else line)
        carry = ""
    return TruePage(path.stem, meta, [a for a in articles if a.lines], "\n\n".join(raw) + "\n", cuts)


def all_pages() -> list[TruePage]:
    return [load(p) for p in sorted(PAGES.glob("*.txt"))]


@dataclass
class Score:
    articles: int = 0
    boundaries: int = 0  # articles found with exactly their text
    heads: int = 0  # of those, with the right headline (and kicker, subhead)
    wrong_joins: int = 0
    missed_joins: int = 0
    problems: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in ("articles", "boundaries", "heads", "wrong_joins", "missed_joins"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.problems += other.problems


def joins(page: TruePage) -> tuple[int, int]:
    """Wrong joins (lines the page keeps apart made one paragraph) and missed ones (a layout cut
    left open), from the splitter's paragraph repair."""
    repaired = [c.text for c in repair_paragraphs(split_chunks(page.raw))[0]]
    true_lines = [line for a in page.articles for line in a.lines]
    wrong = 0
    for text in repaired:
        if text in true_lines:
            continue
        for i, line in enumerate(true_lines):  # made of consecutive true lines?
            rest, j = text, i
            while j < len(true_lines) and rest.startswith(true_lines[j]):
                rest = rest[len(true_lines[j]):].lstrip(" ")
                j += 1
            if not rest and j - i >= 2:
                wrong += j - i - 1
                break
    missed = sum(1 for line in true_lines if line not in repaired
                 and not any(line in text for text in repaired))
    return wrong, missed


def score(page: TruePage) -> Score:
    parsed = parse_page_text(page.raw, page.info())
    found = {"".join(b.text for b in a.blocks): a for a in parsed.articles}
    s = Score(articles=len(page.articles))
    s.wrong_joins, s.missed_joins = joins(page)
    for t in page.articles:
        a = found.get(t.text())
        if a is None:
            s.problems.append(f"{page.name}: not found whole: 「{(t.headline or t.lines[0])[:24]}」")
            continue
        s.boundaries += 1
        got = (a.kicker, a.headline, a.subhead)
        want = (t.kicker, t.headline, t.subhead)
        if got == want:
            s.heads += 1
        else:
            s.problems.append(f"{page.name}: head {got} instead of {want}")
    if len(parsed.articles) != len(page.articles):
        s.problems.append(f"{page.name}: {len(parsed.articles)} articles instead of {len(page.articles)}")
    return s


def report() -> Score:
    total = Score()
    for page in all_pages():
        total.add(score(page))
    return total


if __name__ == "__main__":
    total = report()
    for p in total.problems:
        print(p)
    print(f"\n{total.articles} articles on {len(all_pages())} pages: exact boundaries {total.boundaries} "
          f"({total.boundaries / total.articles:.1%}), and the head too {total.heads} "
          f"({total.heads / total.articles:.1%}); wrong joins {total.wrong_joins}, missed joins {total.missed_joins}")
