"""Exact search on a server archive: Baoku's own tokens (search.tokens) in a `tsvector` with a GIN
index, a term as the phrase of its tokens (`<->`), and every candidate decided on its folded text,
so the matches are exactly the embedded archive's.

- `article_search` (the server schema's) holds, per article, its folded title, printed text and
  metadata (as the recall layer folds them, search.documents), the content hash they were made
  from, and `grams`: each column's positional tokens, a gap of positions between two columns so
  that no phrase spans them, and every distinct letter (for one-character terms). PostgreSQL
  keeps positions up to 16383 and 255 of them per token: a longer text keeps its tokens without
  positions and a mark, and such an article is a candidate for every term whose tokens it holds.
- Membership follows the embedded planner's own rule (search.planner): where the recall layer
  decides a query alone, a term matches an article when a column holds it (planner.exact_ids);
  otherwise the whole query is decided on the text (planner.matches).
- The table is derived: brought up to date after each import (`sync`), from what is stored.

So far plain terms (words, phrases, prefixes, 繁体 variants) with AND, OR and NOT; fields, dates,
pages, ranking, facets and reprint grouping are the next steps.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..errors import ArchiveUnavailable
from ..model import Article
from .documents import _blocks, _meta, title_text
from .normalize import fold
from .planner import exact_ids, field_texts, matches, term_forms
from .query import And, Not, Or, Text, parse_query
from .recall import RecallDoc
from .tokens import RUN, _tokens, exact_tokens, is_prefix, pieces, single

CHAR = "\ue0f0"  # leads a one-character token
UNPLACED = "\ue0f1"  # the article's tokens are kept without positions (too long a text)
MAX_POSITION = 16383  # PostgreSQL's largest token position
MAX_PER_TOKEN = 255  # positions PostgreSQL keeps of one token
COLUMN_GAP = 2  # positions left empty between two columns: no phrase spans them
BATCH = 500


def folded_columns(article: Article) -> tuple[str, str, str]:
    """(title, printed text, metadata), folded, as the recall layer makes them of an article."""
    row = {"kicker": article.kicker, "headline": article.headline, "subhead": article.subhead,
           "column_name": article.column, "byline": article.byline, "source": article.source,
           "abstract": article.abstract, "note": article.note, "tagline": article.tagline,
           "blocks": article.blocks_json()}
    blocks = _blocks(row)
    return fold(title_text(row)), fold("\n".join(blocks)), fold("\n".join(_meta(row, blocks)))


def _quote(token: str) -> str:
    return "'" + token.replace("\\", "\\\\").replace("'", "''") + "'"


def grams(columns: Iterable[str]) -> str:
    """The tsvector (as its text) of an article's folded columns."""
    positions: dict[str, list[int]] = {}
    at = 0
    letters: set[str] = set()
    for text in columns:
        for token in _tokens(text)[0]:
            at += 1
            positions.setdefault(token, []).append(at)
        at += COLUMN_GAP
        letters |= {c for run in RUN.findall(text) for c in run}
    placed = at <= MAX_POSITION and all(len(p) <= MAX_PER_TOKEN for p in positions.values())
    parts = [f"{_quote(t)}:{','.join(map(str, p))}" if placed else _quote(t) for t, p in positions.items()]
    parts += [_quote(CHAR + c) for c in sorted(letters)]
    if not placed:
        parts.append(_quote(UNPLACED))
    return " ".join(parts)


# -- keeping the table up to date --------------------------------------------------------------------

def pending(archive) -> list[int]:
    """Articles whose search row is missing or was made from other content."""
    return [r[0] for r in archive.conn.execute(
        "SELECT a.id FROM article a LEFT JOIN article_search s ON s.article_id = a.id "
        "WHERE s.article_id IS NULL OR s.content_hash <> a.content_hash ORDER BY a.id")]


def sync(archive, progress=None) -> int:
    """Make the search rows of every article that lacks an up-to-date one, a batch a transaction
    (another Baoku doing the same at once writes the same rows). Returns how many were made."""
    ids = pending(archive)
    for start in range(0, len(ids), BATCH):
        chunk = ids[start:start + BATCH]
        rows = []
        for article_id in chunk:
            try:
                rec = archive.article(article_id)
            except LookupError:  # deleted meanwhile
                continue
            title, blocks, meta = folded_columns(rec.article)
            rows.append((article_id, rec.content_hash, title, blocks, meta, grams((title, blocks, meta))))
        with archive.transaction() as conn, conn.cursor() as cur:
            cur.executemany(
                "INSERT INTO article_search (article_id, content_hash, title, blocks, meta, grams) "
                "VALUES (%s, %s, %s, %s, %s, %s::tsvector) ON CONFLICT (article_id) DO UPDATE SET "
                "content_hash = excluded.content_hash, title = excluded.title, blocks = excluded.blocks, "
                "meta = excluded.meta, grams = excluded.grams", rows)
        if progress:
            progress(min(start + BATCH, len(ids)), len(ids))
    return len(ids)


class ServerSearch:
    """A server archive's search where the application layer expects an archive's index (a
    Library's `index`): an import brings its rows up to date through `ledger.behind()` and
    `sync()`, as it does the embedded archive's index."""

    handed_off = 0  # no other process's work is waited for: rows are written by whoever syncs

    def __init__(self, archive):
        self.archive = archive

    @property
    def ledger(self) -> ServerSearch:
        return self

    def behind(self) -> bool:
        return bool(pending(self.archive))

    def sync(self, progress=None, rebuild: bool = False, wait: bool = True) -> int:
        return sync(self.archive, progress)

    def search_ids(self, query: str) -> list[int]:
        return search_ids(self.archive, query)

    def close(self) -> None:
        pass


# -- searching ---------------------------------------------------------------------------------------

def _phrase(tokens: list[str], prefix: bool) -> tuple[str, str]:
    """(the phrase's tsquery, the tsquery of its tokens anywhere), for the candidates."""
    quoted = [_quote(t) for t in tokens]
    if prefix:
        quoted[-1] += ":*"
    return " <-> ".join(quoted), " & ".join(quoted)


def _form_candidates(archive, form: str) -> set[int] | None:
    """Articles that may contain one folded form; None: any article may."""
    tokens = exact_tokens(form)
    if single(form):
        queries = [_quote(CHAR + form)]
    elif tokens is not None:
        phrase, anywhere = _phrase(tokens, is_prefix(form))
        return _ids(archive, "grams @@ %s::tsquery OR (grams @@ %s::tsquery AND grams @@ %s::tsquery)",
                    [phrase, _quote(UNPLACED), anywhere])
    else:
        phrases, singles = pieces(form)
        queries = []
        for p in phrases:
            toks = exact_tokens(p)
            queries.append(_phrase(toks, False)[1])  # its tokens, anywhere: a superset
        queries += [_quote(CHAR + c) for c in dict.fromkeys(singles)]
        if not queries:
            return None
    return _ids(archive, "grams @@ %s::tsquery", [" & ".join(f"({q})" for q in queries)])


def _ids(archive, condition: str, params: list) -> set[int]:
    return {r[0] for r in archive.conn.execute(f"SELECT article_id FROM article_search WHERE {condition}", params)}


def candidates(archive, node) -> set[int] | None:
    """A set every match of `node` is in (it may hold more); None: every article."""
    if isinstance(node, Text):
        found: set[int] = set()
        for form in term_forms(node):
            ids = _form_candidates(archive, form)
            if ids is None:
                return None
            found |= ids
        return found
    if isinstance(node, And):
        parts = [c for c in (candidates(archive, i) for i in node.items if not isinstance(i, Not)) if c is not None]
        return set.intersection(*parts) if parts else None
    if isinstance(node, Or):
        parts = [candidates(archive, i) for i in node.items]
        return None if any(p is None for p in parts) else set().union(*parts)
    return None  # a lone NOT


def _columns(node, doc: RecallDoc) -> tuple[str, str, str]:
    """The recall layer's rule where it decides alone: a term is in one of the columns."""
    return doc.title, doc.blocks, doc.meta


def supported(node) -> bool:
    """Plain terms with AND, OR and NOT: what a server archive searches so far."""
    if isinstance(node, Text):
        return node.field == "all"
    if isinstance(node, (And, Or)):
        return all(supported(i) for i in node.items)
    if isinstance(node, Not):
        return supported(node.item)
    return False


def search_ids(archive, query: str) -> list[int]:
    """Every article matching `query`, by id. A query the server cannot search yet (a field, a
    date, a page) is refused in one line."""
    tree = parse_query(query)
    if not supported(tree):
        from ..coded import Coded

        raise ArchiveUnavailable(Coded("not_on_server", what="a search by field, date or page",
                                       address=archive.address.shown(), available=[]))
    sync(archive)
    found = candidates(archive, tree)
    rows = archive.conn.execute(
        "SELECT s.article_id, s.title, s.blocks, s.meta FROM article_search s "
        + ("" if found is None else "WHERE s.article_id = ANY(%s::bigint[]) ") + "ORDER BY s.article_id",
        [] if found is None else [sorted(found)])
    texts = _columns if exact_ids(tree) is not None else field_texts
    return [i for i, title, blocks, meta in rows
            if matches(tree, RecallDoc(i, "", 0, "", title, blocks, meta), texts)]
