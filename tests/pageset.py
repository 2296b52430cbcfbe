"""The labelled pages' true split (tests/pageset/{train,dev,test}/*.txt, format in its README) against what the page-text
splitter makes of their text: boundary accuracy, headline accuracy, wrong and missed joins.

    .venv/bin/python -m tests.pageset        # the report, page by page
    .venv/bin/python -m tests.pageset --table dev   # per style, as a README table
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from baoku.core.importing.pagetext import _glue, parse_page_text, repair_paragraphs, split_chunks
from baoku.core.model import PageInfo, parse_page

PAGESET = Path(__file__).parent / "pageset"
SPLITS = ("train", "dev", "test")
HEAD = ("kicker", "headline", "subhead", "column")
# Roles that only label a line of the body (see pageset/README.md); an unlabelled line is "body".
LINE_ROLES = ("byline", "caption", "signature", "subheading", "box", "note")
BODY = "body"


@dataclass
class TrueArticle:
    kicker: str = ""
    headline: str = ""
    subhead: str = ""
    column: str = ""
    lines: list[str] = field(default_factory=list)  # as printed, cut lines joined
    roles: list[str] = field(default_factory=list)  # each line's role (a head role, a LINE_ROLE or BODY)

    def text(self) -> str:
        """The article's text as stored: its lines in order, each without the indent or spaces
        at its ends (layout, not text: a paragraph's 　　 indent is the printer's)."""
        return "".join(line.strip() for line in self.lines)


@dataclass
class TruePage:
    name: str
    meta: dict[str, str]
    articles: list[TrueArticle]
    raw: str  # the page text a layout program gives
    cuts: int  # layout cuts the splitter must join
    split: str = ""  # train, dev or test
    style: str = ""
    cut_after: list[bool] = field(default_factory=list)  # for each line of `raw`: the layout cut it

    def true_lines(self) -> list[tuple[str, str, bool]]:
        """Every line as printed (cuts joined, indent kept): (text, role, starts an article)."""
        return [(line, role, k == 0) for a in self.articles for k, (line, role) in enumerate(zip(a.lines, a.roles))]

    def info(self) -> PageInfo:
        section, number = parse_page(self.meta.get("page", "1"))
        return PageInfo(number, self.meta.get("page name", ""), section)


def load(path: Path) -> TruePage:
    meta: dict[str, str] = {}
    articles: list[TrueArticle] = [TrueArticle()]
    raw: list[str] = []
    cut_after: list[bool] = []
    cuts = 0
    carry = ""  # the first part of a cut line
    carry_role = ""
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("# "):
            key, _, value = line[2:].partition(":")
            meta[key.strip()] = value.strip()
            continue
        if not line.strip():
            continue
        if line.strip() == "---":
            assert not carry, f"{path.name}:{n}: an article ends in a cut line"
            articles.append(TrueArticle())
            continue
        art = articles[-1]
        role = BODY
        if line.startswith("@"):
            role, _, line = line[1:].partition(" ")
            assert role in HEAD + LINE_ROLES, f"{path.name}:{n}: unknown role @{role}"
            assert line.strip(), f"{path.name}:{n}: @{role} with no text"
            if role in HEAD:
                assert not line.endswith("|"), f"{path.name}:{n}: a head line cannot be cut"
                setattr(art, role, line.lstrip("—-").strip() if role == "subhead" else line)
        if line.endswith("|"):
            cuts += 1
            raw.append(line[:-1])
            cut_after.append(True)
            carry += line[:-1]
            carry_role = carry_role or role
            continue
        raw.append(line)
        cut_after.append(False)
        art.lines.append(_glue(carry, line) if carry else line)
        art.roles.append(carry_role or role)
        carry, carry_role = "", ""
    split = path.parent.name if path.parent.name in SPLITS else ""
    return TruePage(path.stem, meta, [a for a in articles if a.lines], "\n\n".join(raw) + "\n", cuts,
                    split=split, style=path.stem.split("_")[0], cut_after=cut_after)


def page_path(name: str) -> Path:
    """A page by its name (city_15_xuban_a), in whichever split holds it."""
    return next(p for s in SPLITS for p in (PAGESET / s / f"{name}.txt",) if p.exists())


def all_pages(*splits: str) -> list[TruePage]:
    """The pages of these splits (all of them when none is named), in name order."""
    return [load(p) for s in (splits or SPLITS) for p in sorted((PAGESET / s).glob("*.txt"))]


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
    repaired = [c.text.strip() for c in repair_paragraphs(split_chunks(page.raw))[0]]
    true_lines = [line.strip() for a in page.articles for line in a.lines]
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
    found = {"".join(b.text.strip() for b in a.blocks): a for a in parsed.articles}
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


def report(*splits: str) -> Score:
    total = Score()
    for page in all_pages(*splits):
        total.add(score(page))
    return total


def table(*splits: str) -> str:
    """The README's table: per style, articles exactly right (boundaries, and heads too) and joins."""
    by_style: dict[str, tuple[Score, int]] = {}
    for page in all_pages(*splits):
        total, n = by_style.get(page.style, (Score(), 0))
        total.add(score(page))
        by_style[page.style] = (total, n + 1)
    rows = ["| style | pages | articles | exact boundaries | exact with heads | wrong joins | missed joins |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    every, pages = Score(), 0
    for style, (total, n) in sorted(by_style.items()) + [("**all**", (every, 0))]:
        if style == "**all**":
            n = pages
        else:
            every.add(total)
            pages += n
        rows.append(f"| {style} | {n} | {total.articles} | {total.boundaries / total.articles:.1%} "
                    f"| {total.heads / total.articles:.1%} | {total.wrong_joins} | {total.missed_joins} |")
    return "\n".join(rows)


def check(path: Path) -> str:
    """One file read as the tests read it: a line saying what it holds (or an AssertionError)."""
    page = load(path)
    roles: dict[str, int] = {}
    for a in page.articles:
        for r in a.roles:
            roles[r] = roles.get(r, 0) + 1
    assert page.articles, f"{path.name}: no articles"
    return (f"{path.name}: {len(page.articles)} articles, {page.cuts} cuts, {len(page.raw)} characters; "
            + ", ".join(f"{k} {v}" for k, v in sorted(roles.items())))


if __name__ == "__main__":
    import sys

    args = sys.argv[1:]
    if args[:1] == ["--check"]:  # python -m tests.pageset --check FILE...: read each file, say what it holds
        for name in args[1:]:
            print(check(Path(name)))
        raise SystemExit(0)
    if args[:1] == ["--table"]:  # python -m tests.pageset --table dev: per style, as the README shows it
        print(table(*args[1:]))
        raise SystemExit(0)
    splits = tuple(args) or ("train", "dev")  # the test split is reported only when asked for
    if not set(splits) <= {"train", "dev", "test"} or not all_pages(*splits):
        raise SystemExit("usage: python -m tests.pageset [train|dev|test ...] | --table SPLIT | --check FILE... "
                         "(a split named must hold pages)")
    total = report(*splits)
    for p in total.problems:
        print(p)
    print(f"\n{'+'.join(splits)}: {total.articles} articles on {len(all_pages(*splits))} pages: exact boundaries "
          f"{total.boundaries} ({total.boundaries / total.articles:.1%}), and the head too {total.heads} "
          f"({total.heads / total.articles:.1%}); wrong joins {total.wrong_joins}, missed joins {total.missed_joins}")
