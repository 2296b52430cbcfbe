"""Storing one parsed issue: a plan made page by page from what is stored, then applied in one
transaction.

An import refuses only what it must, page by page: a page stored with other content (a conflict)
or a page whose text is already in the archive under another date or paper (a mistaken
re-import) is refused on its own, with its reason, and the issue's other pages go in.

Only articles with real text are evidence of a re-import: a headline with no text, a short
notice (广告, 图片, 版权声明) or a text already printed in several other issues (boilerplate)
never makes a page "already stored", so a placeholder page repeated in every issue goes in.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from ..coded import Coded
from ..errors import ImportRejected
from ..model import HEAD_KINDS, NO_PAGE, Article, ParsedIssue, ParsedPage, page_label
from ..plural import plural, verb as agreeing
from .lookups import PlanReads
from .versions import stored_article, versions

# Pages are refused for one of these reasons.
CONFLICT = "conflict"  # the page is stored with other content
STORED_ELSEWHERE = "stored_elsewhere"  # its text is stored under another date, paper or page

# An article is evidence of a re-import when its text (heads aside) has at least this many
# letters, and its text is not printed in this many other issues already (boilerplate).
EVIDENCE_LETTERS = 50
BOILERPLATE_ISSUES = 2
# A page is a re-import when this share of its evidence (by letters) is already stored, and that
# is a page's worth of text: a lone notice (a 版权声明 alone on a page) is never one.
REIMPORT_SHARE = 0.8
PAGE_EVIDENCE_LETTERS = 200  # (> 0: _reimport relies on it)


@dataclass(frozen=True)
class PageRefusal:
    """A page not stored, and why: enough for each front end to say it in its own words."""

    reason: str  # CONFLICT or STORED_ELSEWHERE
    page: str  # 第3版, A03版
    issue: str  # 泉州晚报 2024-09-11
    articles: int  # articles of the page that were not stored
    places: tuple[str, ...] = ()  # where the copies are (stored elsewhere)
    ids: tuple[int, ...] = ()  # the stored copies' ids (stored elsewhere)
    headlines: tuple[str, ...] = ()  # the stored page's headlines (conflict)
    versions: bool = False  # (conflict) a feed's page: those articles have new versions, the rest stay
    # (conflict) what editors attached to the articles a --replace would replace: none of it is lost
    attached: tuple[tuple[str, int], ...] = ()  # ("notes", 1), ("places", 2), ("corrections", 3)
    # (conflict) the page was stored from this same page image: an earlier reading of it, which a
    # newer Baoku reads differently (a scan's pictures as photos, say), not another page
    reread: bool = False

    def message(self) -> Coded:
        """As a code and its values; as a str, in English for the command line (whose options it names)."""
        if self.reason == CONFLICT:
            return Coded("page_conflict", page=self.page, issue=self.issue, headlines=list(self.headlines),
                         versions=self.versions, **dict(self.attached), **({"reread": True} if self.reread else {}))
        return Coded("page_stored_elsewhere", page=self.page, issue=self.issue, articles=self.articles,
                     places=list(self.places), ids=list(self.ids), id_list=id_list(list(self.ids)))


@dataclass
class PagePlan:
    page: ParsedPage
    action: str  # NEW, APPEND, REPLACE, REVISE, SAME or REFUSE
    existing: int | None = None  # the stored page it appends to, replaces or matches
    refusal: PageRefusal | None = None
    hashes: list[str] = field(default_factory=list)  # each of page.articles' content hash, computed once
    # REVISE: the stored articles the new versions replace, and where each article goes on the page
    revises: list[int] = field(default_factory=list)
    seqs: list[int] = field(default_factory=list)
    # REPLACE, REVISE: index in page.articles -> the stored article it is a new version of (store.versions)
    pairs: dict[int, int] = field(default_factory=dict)

    def hashed(self) -> list[tuple[Article, str]]:
        """The page's articles with their content hashes."""
        return list(zip(self.page.articles, self.hashes, strict=True))


NEW, APPEND, REPLACE, SAME, REFUSE = "new", "append", "replace", "same", "refuse"
# A feed's page with new versions of stored articles, with --replace: those articles are replaced
# (each new version takes its old one's place), the page's other articles stay.
REVISE = "revise"
WRITES = (NEW, REPLACE, APPEND, REVISE)  # the actions that write
REPLACES = (REPLACE, REVISE)  # the actions that delete what was stored


@dataclass
class IssuePlan:
    parsed: ParsedIssue
    publication_id: int | None
    issue_id: int | None
    pages: list[PagePlan] = field(default_factory=list)
    firsts: dict[str, tuple[int, str]] = field(default_factory=dict)  # hash -> first stored copy
    prior: tuple[int, str] | None = None  # the batch that stored a page this import skips
    unchanged: list[str] = field(default_factory=list)  # metadata a skipped page does not take

    def of(self, *actions: str) -> list[PagePlan]:
        return [p for p in self.pages if p.action in actions]

    @property
    def refusals(self) -> list[PageRefusal]:
        return [p.refusal for p in self.pages if p.refusal is not None]


def evidence(article: Article) -> int:
    """How much an article tells of its page: the letters of its text, heads aside; 0 for a
    headline with no text or a short notice."""
    letters = sum(1 for b in article.blocks if b.kind not in HEAD_KINDS for ch in b.text if ch.isalnum())
    return letters if letters >= EVIDENCE_LETTERS else 0


def plan_issue(archive: PlanReads, parsed: ParsedIssue, *, replace: bool, duplicates: bool) -> IssuePlan:
    """Decide, page by page, what storing this issue does; reads the archive (through its
    _find_… and _page_… methods, the embedded archive's or the server's), writes nothing."""
    info = parsed.info
    parsed.pages = once_each(parsed)  # (what the result counts is what was given once)
    pub_id = archive._find_publication(info.publication, info.identifier)
    issue_id = archive._find_issue(pub_id, info) if pub_id is not None else None
    plan = IssuePlan(parsed, pub_id, issue_id)
    for page in parsed.pages:
        incoming = [a.content_hash() for a in page.articles]  # the only time each is computed
        existing = archive._find_page(issue_id, page.info.section, page.info.number) if issue_id else None
        if existing is None:
            plan.pages.append(PagePlan(page, NEW, hashes=incoming))
            continue
        plan.prior = plan.prior or archive._page_batch(existing)
        if not page.complete:  # a feed's articles: the new ones join the stored page
            plan.pages.append(_feed_page(archive, page, incoming, existing, info.label(), replace))
            continue
        stored = archive._page_hashes(existing)
        name, raw = archive._page_name_and_text(existing)
        same_text = bool(page.raw_text) and raw == page.raw_text  # the same page, read with other metadata
        if (stored == incoming or (same_text and not replace)) and not _other_image(archive, page, existing):
            if page.info.name and name and page.info.name != name:
                plan.unchanged.append(f"the page name 「{page.info.name}」 was not applied to {page.info.label} "
                                      f"(it stays 「{name}」): to change it, use the window's metadata panel")
            plan.pages.append(PagePlan(page, SAME, existing, hashes=incoming))
        elif replace:
            rows = [stored_article(r) for r in archive._page_articles(existing)]
            pairs = {i: old.id for i, old in versions(page.articles, rows).items()}
            plan.pages.append(PagePlan(page, REPLACE, existing, hashes=incoming, pairs=pairs))
        else:
            rows = archive._page_articles(existing)
            heads = tuple(r[3] or "（无题）" for r in rows)
            plan.pages.append(PagePlan(page, REFUSE, existing, PageRefusal(
                CONFLICT, page.info.label, info.label(), len(page.articles), headlines=heads,
                attached=_attached(archive, [r[0] for r in rows]), reread=_same_image(archive, page, existing)),
                hashes=incoming))
    writing = plan.of(*WRITES)
    replaced = [p.existing for p in plan.of(REPLACE)]
    plan.firsts = archive._first_copies({h for p in writing for h in p.hashes}, replaced)
    if not duplicates:
        for p in plan.of(NEW, REPLACE):
            refusal = _reimport(p, info.label(), plan.firsts)
            if refusal is not None:
                p.action, p.refusal = REFUSE, refusal
    return plan


def once_each(parsed: ParsedIssue) -> list[ParsedPage]:
    """The issue's pages, each place (section and number) once. A file giving one page twice (a
    METS whose structure lists it twice) reached the page table's unique key as an IntegrityError
    traceback: the same page again (its text, articles and image) is kept once; two different
    pages at one place are refused with the whole issue, since which is that page is unknown."""
    seen: dict[tuple[str, int], ParsedPage] = {}
    out: list[ParsedPage] = []
    for page in parsed.pages:
        key = (page.info.section, page.info.number)
        first = seen.setdefault(key, page)
        if first is page:
            out.append(page)
        elif not _same_page(first, page):
            where = parsed.source or parsed.info.label()
            raise ImportRejected(f"{where}: it gives two different pages as {page.info.label} of "
                                 f"{parsed.info.label()}; nothing of that issue was stored: number its pages apart")
        elif f"{page.info.label} is given twice" not in " ".join(parsed.warnings):
            parsed.warnings.append(f"{page.info.label} is given twice, the same page: stored once")
    return out


def _same_page(a: ParsedPage, b: ParsedPage) -> bool:
    return a.raw_text == b.raw_text and _image(a) == _image(b) and \
        [x.content_hash() for x in a.articles] == [x.content_hash() for x in b.articles]


def _image(page: ParsedPage) -> tuple[str, int] | None:
    """The page image the page comes with: (the file's SHA-256, the frame in it), or None."""
    scan = page.scan
    if scan is None or not scan.data:
        return None
    import hashlib

    return hashlib.sha256(scan.data).hexdigest(), scan.frame


def _other_image(archive: PlanReads, page: ParsedPage, existing: int) -> bool:
    """Whether the page comes with a page image other than the one the stored page keeps (another
    file, or another frame of it): content of its own, which the articles' hashes do not hold, so
    the same text on another image is no page already stored. (A stored page with no image, one
    stored from text, is not asked: its text stored again from a PDF is the same page.)"""
    image = _image(page)
    if image is None:
        return False
    stored = archive._page_image(existing)
    return stored is not None and stored != image


def _same_image(archive: PlanReads, page: ParsedPage, existing: int) -> bool:
    """Whether the stored page was read from the very page image this one comes with (the same
    file, the same frame of it)."""
    image = _image(page)
    return image is not None and archive._page_image(existing) == image


def _feed_page(archive: PlanReads, page: ParsedPage, incoming: list[str], existing: int, issue: str,
               replace: bool) -> PagePlan:
    """A feed's page already stored: its new articles join it (the feed grew); an article that is
    a stored one's other version (store.versions) makes the page one stored with different
    content: refused, or with `replace` those articles replaced. Never both versions kept."""
    rows = [stored_article(r) for r in archive._page_articles(existing)]
    stored = {r.content_hash for r in rows}
    fresh = [(a, h) for a, h in zip(page.articles, incoming) if h not in stored]
    if not fresh:
        return PagePlan(page, SAME, existing, hashes=incoming)
    kept = set(incoming)
    # (a wire's day, on no page, is the agency's items, each its own: an update it sent is kept beside the first)
    changed = {} if page.info.number == NO_PAGE else \
        versions([a for a, _ in fresh], [r for r in rows if r.content_hash not in kept])
    part = ParsedPage(page.info, [a for a, _ in fresh], page.raw_text, page.repairs, complete=False)
    hashes = [h for _, h in fresh]
    if not changed:
        return PagePlan(part, APPEND, existing, hashes=hashes)
    old = sorted(changed.values(), key=lambda r: r.seq)
    if not replace:
        return PagePlan(page, REFUSE, existing, PageRefusal(
            CONFLICT, page.info.label, issue, len(fresh), headlines=tuple(r.headline or "（无题）" for r in old),
            versions=True, attached=_attached(archive, [r.id for r in old])),
            hashes=incoming)
    after = max((r.seq for r in rows), default=0)
    seqs = [changed[i].seq if i in changed else after + sum(1 for j in range(i) if j not in changed) + 1
            for i in range(len(fresh))]
    return PagePlan(part, REVISE, existing, hashes=hashes, revises=[r.id for r in old], seqs=seqs,
                    pairs={i: r.id for i, r in changed.items()})


def _attached(archive, ids: list[int]) -> tuple[tuple[str, int], ...]:
    """What editors attached to these stored articles (store.carryover), the kinds they did."""
    from .carryover import attached

    return tuple((k, n) for k, n in attached(archive, ids).items() if n)


def clear_replaced(archive, plan: IssuePlan, who: str):
    """Put what the plan replaces in the trash (a page of text as its page, a feed's old versions
    one by one), the old versions' notes and collection places lifted for their new ones
    (store.carryover): inside the caller's transaction, before the new articles are stored."""
    from .carryover import clear

    targets = [("page", p.existing) for p in plan.of(REPLACE)] + \
        [("article", i) for p in plan.of(REVISE) for i in p.revises]
    return clear(archive, targets, [old for p in plan.of(*REPLACES) for old in p.pairs.values()], who)


def _reimport(plan: PagePlan, issue: str, firsts: dict[str, tuple[int, str, int]]) -> PageRefusal | None:
    """A refusal when most of this page's text is already stored elsewhere (a mistaken re-import)."""
    page, hashes = plan.page, plan.hashes
    if not any(h in firsts for h in hashes):
        return None  # nothing of it stored elsewhere (found below would be 0): its text need not be weighed
    weights = [(h, evidence(a)) for h, a in zip(hashes, page.articles)]
    weights = [(h, w) for h, w in weights if w and (h not in firsts or firsts[h][2] < BOILERPLATE_ISSUES)]
    total = sum(w for _, w in weights)
    found = sum(w for h, w in weights if h in firsts)
    if found < PAGE_EVIDENCE_LETTERS or found < REIMPORT_SHARE * total:
        return None
    copies = [firsts[h] for h in hashes if h in firsts]
    return PageRefusal(STORED_ELSEWHERE, page.info.label, issue, len(page.articles),
                       places=tuple(dict.fromkeys(c[1] for c in copies)), ids=tuple(c[0] for c in copies))


def first_copies(db, hashes: set[str], exclude_pages: list[int] | tuple = ()) -> dict[str, tuple[int, str, int]]:
    """content hash -> (id, where printed, in how many issues) of the first stored article with
    that text, leaving out the articles of `exclude_pages` (pages about to be replaced)."""
    out: dict[str, tuple[int, str, int]] = {}
    hashes_list = sorted(hashes)
    skip = json.dumps([int(p) for p in exclude_pages])
    for start in range(0, len(hashes_list), 500):
        chunk = hashes_list[start:start + 500]
        rows = db.execute(
            "SELECT a.content_hash, MIN(a.id), pub.name, i.date, g.section, g.number, g.name, "
            "COUNT(DISTINCT g.issue_id) "
            "FROM article a JOIN page g ON g.id = a.page_id JOIN issue i ON i.id = g.issue_id "
            "JOIN publication pub ON pub.id = i.publication_id "
            f"WHERE a.content_hash IN ({','.join('?' * len(chunk))}) "
            "AND a.page_id NOT IN (SELECT value FROM json_each(?)) GROUP BY a.content_hash", [*chunk, skip])
        for h, aid, paper, date, section, number, name, issues in rows:
            out[h] = (aid, f"{paper} {date} {page_label(section, number)}" + (f" {name}" if name else ""), issues)
    return out


@dataclass
class SaveResult:
    outcome: str  # "imported", "duplicate" (nothing new) or "refused" (nothing stored, pages refused)
    message: str
    issue_id: int | None = None
    batch_id: int | None = None
    article_ids: list[int] = field(default_factory=list)
    pages_added: int = 0
    pages_skipped: int = 0
    refused: list[PageRefusal] = field(default_factory=list)
    facts: dict = field(default_factory=dict)  # what `message` says, as fields: a window words them itself


def unwritten(plan: IssuePlan) -> SaveResult | None:
    """The result of a plan that writes nothing (every page refused or already stored); None
    when it writes."""
    parsed, info = plan.parsed, plan.parsed.info
    refused = plan.refusals
    skipped = len(plan.of(SAME))
    if not plan.of(*WRITES):
        if refused:
            return SaveResult("refused", "nothing stored", issue_id=plan.issue_id, pages_skipped=skipped,
                              refused=refused)
        where = f" (imported as batch {plan.prior[0]} on {plan.prior[1][:10]})" if plan.prior else ""
        incoming = sum(len(p.articles) for p in parsed.pages)
        return SaveResult("duplicate", f"already in the archive{where}: {info.label()}, "
                          f"{plural(incoming, 'article')} on {plural(skipped, 'page')}; nothing "
                          "changed" + "".join(f"; {u}" for u in plan.unchanged), issue_id=plan.issue_id,
                          pages_skipped=skipped, facts={"issue": info.label(), "articles": incoming, "pages": skipped})
    return None


def written(plan: IssuePlan, issue_id: int, batch_id: int, article_ids: list[int], inserted: int,
            joined: dict[int, int], replaced=None) -> SaveResult:
    """The result of a plan written: what it stored, in one line and as fields."""
    parsed, info = plan.parsed, plan.parsed.info
    refused = plan.refusals
    writing = plan.of(*WRITES)
    added = plan.of(NEW, REPLACE)
    skipped = len(plan.of(SAME))
    article_ids = [i for i in article_ids if i not in joined.values()]
    verb = "replaced" if plan.of(*REPLACES) else "imported"
    msg = f"{verb} {info.label()}: {plural(len(article_ids), 'article')} on {plural(len(writing), 'page')}"
    if joined:
        msg += f"; {plural(len(joined), 'article')} continued on another page joined into one"
    already = sum(len(p.articles) for p in parsed.pages) - inserted - sum(r.articles for r in refused)
    if already > 0:
        msg += f"; {plural(already, 'article')} already in the archive"
    if refused:
        msg += f"; {plural(len(refused), 'page')} refused ({plural(sum(r.articles for r in refused), 'article')})"
    # Where else the texts were printed; a short notice (广告, a headline alone) is no news.
    reprints = [plan.firsts[h] for p in writing for a, h in p.hashed() if h in plan.firsts and evidence(a)]
    if reprints:
        places = list(dict.fromkeys(where for _, where, _ in reprints))
        msg += (f"; {plural(len(reprints), 'article')} also printed in {'; '.join(places[:3])}"
                + (" …" if len(places) > 3 else ""))
    trashed = replaced.trashed if replaced is not None else 0
    if trashed:
        msg += f"; the {plural(trashed, 'article')} it replaced went to the trash, whole, and can be restored from there"
    if replaced is not None and replaced.moved:
        msg += (f"; the notes and collection places of {plural(replaced.moved, 'article')} moved to "
                f"{'its' if replaced.moved == 1 else 'their'} new version{'s' if replaced.moved > 1 else ''}")
        if replaced.corrections:
            msg += (f" ({plural(replaced.corrections, 'correction')} {agreeing(replaced.corrections, 'stays')} with "
                    "the old text in the trash: they corrected it)")
    if replaced is not None and replaced.stayed:
        stayed = " and ".join(plural(n, "note" if k == "notes" else "collection place")
                              for k, n in replaced.stayed.items())
        msg += f"; {stayed} of the old versions stay with them in the trash (this user may not write notes or collections)"
    facts = {"issue": info.label(), "articles": len(article_ids), "pages": len(writing), "replaced": verb == "replaced",
             "trashed": trashed, "trash_entries": list(replaced.entries) if replaced is not None else [],
             "moved": replaced.moved if replaced is not None else 0,
             "corrections_kept": replaced.corrections if replaced is not None else 0,
             "stayed": sum(replaced.stayed.values()) if replaced is not None else 0,
             "joined": len(joined), "already": max(already, 0), "refused": len(refused), "reprints": len(reprints),
             "reprinted_in": list(dict.fromkeys(where for _, where, _ in reprints))[:3]}
    return SaveResult("imported", msg, issue_id=issue_id, batch_id=batch_id, article_ids=article_ids,
                      pages_added=len(added), pages_skipped=skipped, refused=refused, facts=facts)


def id_list(ids: list[int]) -> str:
    """1–6, 9, 12: article ids as runs."""
    ids = sorted(set(ids))
    runs: list[list[int]] = []
    for i in ids:
        if runs and i == runs[-1][-1] + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return ", ".join(f"{r[0]}–{r[-1]}" if len(r) > 2 else ", ".join(map(str, r)) for r in runs)
