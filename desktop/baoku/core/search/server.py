"""Exact search on a server archive: Baoku's own tokens (search.tokens) in a `tsvector` with a GIN
index, a term's candidates the articles holding all its tokens (the index decides that alone, with
no phrase to check again in each tsvector), and every candidate decided on its folded text, so the
matches are exactly the embedded archive's. This module makes and keeps the search rows;
search.servermatch decides membership with them.

- `article_search` (the server schema's) holds, per article, its folded title, printed text and
  metadata (as the recall layer folds them, search.documents), its folded field values, the
  content hash they were made from, and `lexemes` (`grams`' text): the distinct tokens of its
  columns, of each field value behind the field's mark (search.tokens.FIELD_MARK), and the
  letters no pair starts (a one-character term is such a letter or a pair it starts), as
  sorted, space-separated text under a GIN index on the tsvector they make (GRAMS): stored as
  text, which compresses to about half (a tsvector took ~10 bytes a token and did not compress),
  and found by the index on the same expression, without positions: a term's
  candidates are the articles holding all its tokens, so an article of any length is a candidate
  for every term whose tokens it holds; a term of one token (or one letter) is decided by them
  alone (servermatch.token_query), with no text read.
- A date range and a page number are conditions on the stored issue and page; a page name is a
  field of tokens.
- Membership follows the embedded planner's own rule (search.planner): where the recall layer
  decides a query alone, a term matches an article when a column (for a field, one of its
  values) holds it (planner.exact_ids); otherwise the whole query is decided on the text
  (planner.matches).
- `search_word` holds the articles' words' BM25F weights, a row a word of a ranked field for each
  block of articles whose rows were made together, with their ids and weights as arrays
  (search.serverrank ranks with them).
- The tables are derived: brought up to date by each import after its commit (`sync`), from what
  is stored, for the articles the server's triggers put in `search_pending`. A search makes at
  most SEARCH_MAKES of them itself (never while another makes rows), and decides the articles
  still pending on their stored text (servermatch.unindexed), so its totals stay exact while rows wait;
  until their rows are made, pending articles rank after those with rows. A change to an
  article's paper, page or people without a change of its text must drop its row so that it is
  made again.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from contextlib import nullcontext

import numpy as np

from ..model import Article
from .documents import _blocks, _meta, field_values, indexed_text, title_text
from .normalize import fold
from .recall import FIELDS
from .lexemes import others, pairs
from .tokens import BARRIER, FIELD_MARK, _letters, _tokens
from .words import TITLE_BOOST, weigh

CHAR = "\ue0f0"  # leads a one-character token
BATCH = 1000  # articles a transaction of a builder, and so a block of packed postings
SEARCH_MAKES = 100  # at most this many pending rows a search makes itself (the rest it decides on the text)
BUILDING_LOCK = 0x6261_6F6B_7500_0003  # pg_advisory_xact_lock key: "baoku" + 3, held while making rows
# The number of search rows (idf's N): count(*) of article_search, kept by its triggers (server
# schema 18: search_count), since counting the rows at every search grows with the archive
SEARCH_ROWS = "(SELECT COALESCE(sum(n), 0)::bigint FROM search_count)"
# The tsvector of a row's tokens: the expression the GIN index holds (server migration 21), which
# every token test names as written here so that the planner finds that index (s: article_search)
GRAMS = "array_to_tsvector(string_to_array(s.lexemes, ' '))"
FORMAT = 6  # the rows' format (article_search.made): 1 had no fields, weights or field tokens, 2 its
# weights as jsonb, 3 a posting a row, 4 kept the characters that draw nothing, 5 left combining
# marks uncomposed; a new format's migration puts every article in search_pending
RANKED_FIELDS = {"text": 0, "parts": 1, "title": 2}  # search_word.field
EXACT_WEIGHTS = 2.0 ** 18  # a multiple of WEIGHT_STEP (1/64) below this is exact as search_word's real


def folded_columns(article: Article) -> tuple[str, str, str]:
    """(title, printed text, metadata), folded, as the recall layer makes them of an article."""
    row = {"kicker": article.kicker, "headline": article.headline, "subhead": article.subhead,
           "column_name": article.column, "byline": article.byline, "source": article.source,
           "abstract": article.abstract, "note": article.note, "tagline": article.tagline,
           "blocks": article.blocks_json()}
    blocks = _blocks(row)
    return fold(title_text(row)), fold("\n".join(blocks)), fold("\n".join(_meta(row, blocks)))


def grams(columns: Iterable[str], values: dict[str, list[str]] | None = None) -> str:
    """The distinct tokens of an article's folded columns and field values (its tsvector's
    lexemes), space-separated: no token holds a space (tokens.stream writes them so for FTS5).
    Sorted as the tsvector sorts its lexemes (their bytes, so code point order: Python's): the
    index's expression (GRAMS) then gets them in order, and array_to_tsvector's sort checks that
    in one pass instead of sorting ~990 lexemes at every insert and every ANALYZE of a row (the
    pairs were sorted, the other ~110 tokens were not; ~0.1 ms of the server's CPU a row in the
    import bench). The stored text compresses too: neighbours share their first letter. Of the
    one-character tokens only the letters no pair starts (7 of 359 letters an article in the
    bench's corpus): a one-character term is its token or a pair it starts (`_char_query`). The columns' pairs, most
    of the lexemes, are made (sorted) by search.lexemes at C speed; the field values are short
    and made as the recall layer makes them."""
    columns = list(columns)
    text, lone = pairs(columns)
    found: set[str] = set()
    for column in columns:
        found |= others(column)
    found.update([CHAR + c for c in lone])
    for name in FIELDS:
        vs = (values or {}).get(name, [])
        if not vs:
            continue
        mark = FIELD_MARK[name]
        own: set[str] = set()
        for v in vs:
            own.update(_tokens(v)[0])
        found.update(mark + t for t in own)
        found.add(mark + BARRIER)
        starts = {t[0] for t in own}
        found.update(CHAR + mark + c for c in _letters("".join(vs)) if c not in starts)
    rest = sorted(found)
    if not text:
        return " ".join(rest)
    first, last = text[:2], text[-2:]  # the pairs' (two letters each, sorted)
    before = [t for t in rest if t < first]
    after = rest[len(before):]
    if after and after[0] <= last:  # a token among the pairs (words of a script sorting among them)
        return " ".join(sorted(text.split(" ") + rest))
    return " ".join(before + [text] + after)


# -- keeping the table up to date --------------------------------------------------------------------

def pending(archive, limit: int | None = None) -> list[int]:
    """Articles whose search row is missing or was made from other content (the server's
    triggers keep them in search_pending, with the content hash the row must be made from); the
    first `limit` of them."""
    return [r[0] for r in archive.conn.execute(
        "SELECT article_id FROM search_pending ORDER BY article_id LIMIT %s", [limit])]


def search_row(row: dict) -> tuple[tuple, dict[int, dict[str, float]]]:
    """An article's search row from its index row (the store's index_rows), and its postings:
    each ranked field's (search_word.field) words with their BM25F weights."""
    title, blocks, meta = indexed_text(row)
    values = {k: v for k, v in field_values(row).items() if v}
    weights = weigh(title, "\n".join(t for t in (blocks, meta) if t), TITLE_BOOST)
    return (row["id"], row["content_hash"], title, blocks, meta, grams((title, blocks, meta), values),
            json.dumps(values, ensure_ascii=False), FORMAT), {f: weights[name] for name, f in RANKED_FIELDS.items()}


_FIELD_TEXT = np.array([str(f) for f in range(max(RANKED_FIELDS.values()) + 1)], dtype=object)


def postings_copy(made: list[tuple[tuple, dict[int, dict[str, float]]]], block: int) -> str:
    """The packed postings of these rows (one block) as COPY text for search_word: a line a word
    of a ranked field, in (field, word) order ("C": code point order, as the column compares, so
    that each word's btree place is found once in a pass over the index), with the ids of the
    articles holding it and their weights as two arrays in id order. The postings are gathered
    by the lists' C loops and sorted by numpy (the field, then the word's place in the batch's
    sorted vocabulary): no Python step a posting. A word holds letters and digits only
    (`words.words`), so nothing in a line needs COPY's escapes; a weight's text is made once per
    distinct weight (they are multiples of WEIGHT_STEP)."""
    ids, fields, counts, words_, weights = [], [], [], [], []
    for row, by_field in made:
        for f, ws in by_field.items():
            if ws:
                ids.append(str(row[0]))
                fields.append(f)
                counts.append(len(ws))
                words_.extend(ws)
                weights.extend(ws.values())
    if not words_:
        return ""
    distinct, which = np.unique(np.array(weights), return_inverse=True)  # a weight's text once
    if distinct[-1] >= EXACT_WEIGHTS:
        raise ValueError(f"a word's weight {distinct[-1]} is beyond what search_word keeps exactly")
    met = _Met()  # each word's number in the order first met, in one pass
    first = np.fromiter(map(met.__getitem__, words_), np.int64, len(words_))
    if any(c in "".join(met) for c in "\\\t\n\r"):
        raise ValueError("a word holds a character COPY would have to escape")
    size = len(met)
    by, vocab = _sorted_words(list(met))
    place = np.empty(size, dtype=np.int64)
    place[by] = np.arange(size)  # a word's place in the sorted vocabulary, by its number
    counts_ = np.array(counts)
    key = np.repeat(np.array(fields, dtype=np.int64) * size, counts_) + place[first]
    order = np.argsort(key, kind="stable")  # stable: each word's postings stay in id order (made's)
    key = key[order]
    last = np.flatnonzero(np.append(key[1:] != key[:-1], True))  # each line's last posting
    heads = key[last]
    lines = np.empty((len(last), 6), dtype=object)
    lines[:, 0] = _FIELD_TEXT[heads // size]
    lines[:, 1] = np.array([f"\t{w}\t{block}\t{{" for w in vocab], dtype=object)[heads % size]
    lines[:, 2] = _joined(np.repeat(np.array(ids, dtype=object), counts_)[order], last)
    lines[:, 3] = "}\t{"
    shown = np.array([repr(x) for x in distinct.tolist()], dtype=object)
    lines[:, 4] = _joined(shown[which.ravel()[order]], last)
    lines[:, 5] = "}\n"
    return "".join(lines.ravel().tolist())


def _sorted_words(seen: list[str]) -> tuple[np.ndarray, list[str]]:
    """The order that sorts these distinct words ("C": by code point), and the words so sorted;
    by numpy's sort of fixed-width strings (a third of the time of Python's sort by a key), which
    compare by code point as Python's do (a word holds letters and digits only: no NUL, which
    numpy drops at a string's end), unless a long word (a run of Latin letters and digits with no
    space) would make every string of the array that wide."""
    if max(map(len, seen)) > _NUMPY_WORD:
        by = np.array(sorted(range(len(seen)), key=seen.__getitem__), dtype=np.int64)
        return by, [seen[i] for i in by.tolist()]
    words_ = np.array(seen)
    by = np.argsort(words_, kind="stable")
    return by, words_[by].tolist()


_NUMPY_WORD = 64  # letters: at most 60,000 words x 64 x 4 bytes in numpy's array of a batch's words


class _Met(dict):
    """Words numbered as they are first met: a missing word gets the next number (dict's own
    lookup for the rest, so a pass over a batch's postings takes no Python step for a word met
    before: ~40% less than collecting the distinct words and looking each posting up after)."""

    def __missing__(self, word: str) -> int:
        self[word] = number = len(self)
        return number


def _joined(texts: np.ndarray, last: np.ndarray) -> list[str]:
    """The texts joined by commas within each group (`last`: each group's last index), a string a
    group: one join and one split."""
    both = np.empty(2 * len(texts), dtype=object)
    both[0::2] = texts
    both[1::2] = ","
    both[2 * last + 1] = "\n"
    return "".join(both.tolist()).split("\n")[:-1]


# A batch's postings go by COPY, as postings_copy packs them (issue-48e). The server packed them
# before (45e to 47d) from each article's words and weights, a text a field: a sort of the batch's
# ~360,000 postings by field, word and id and two aggregates, ~0.5 ms of its CPU an article, and
# ~0.25 to insert the rows; with COPY its part is ~0.3 ms in all, the client's ~0.3 (~0.06 before).
_POSTINGS = "COPY search_word (field, word, block, ids, weights) FROM STDIN"
# A batch's rows by COPY too (issue-48e), not an INSERT a row: the same rows, and ~0.1-0.15 ms of the
# server's CPU less a row (one statement: article_search's statement trigger that counts the rows
# runs once a batch, not once a row), ~0.03 of the client's
_ROWS = "COPY article_search (article_id, content_hash, title, blocks, meta, lexemes, fields, made, block) FROM STDIN"


def _write(cur, made: list[tuple[tuple, dict[int, dict[str, float]]]], alone: bool = True) -> None:
    """Write these search rows and their postings (replacing any older ones: deleting a row drops
    its postings, by article_search's statement trigger), and take their articles out of search_pending unless
    they changed meanwhile (their entry then holds the newer hash; a deleted article's entry went
    with it). The postings form one block, numbered by this transaction's id, so a transaction
    writes at most one batch."""
    ids, hashes = [row[0] for row, _ in made], [row[1] for row, _ in made]
    cur.execute("DELETE FROM article_search WHERE article_id = ANY(%s::bigint[])", [ids])
    block = cur.execute("SELECT pg_current_xact_id()::text::bigint").fetchone()[0]
    text = postings_copy(made, block)
    if text:
        with cur.copy(_POSTINGS) as copy:
            copy.write(text)
    cur.execute("DELETE FROM search_pending p USING unnest(%s::bigint[], %s::text[]) d(id, hash) "
                "WHERE p.article_id = d.id AND p.content_hash = d.hash", [ids, hashes])
    if alone:
        # The rows enter the GIN index one builder at a time, and never while a VACUUM or ANALYZE
        # of the table runs (SHARE UPDATE EXCLUSIVE: readers and other writers go on). A row's ~990
        # tokens go to the index's pending list, which the inserting backend merges into the tree
        # once it passes gin_pending_list_limit, unless another backend is merging it: then it only
        # appends. Autovacuum merges it too, slowly (cost-limited), and two builders merge in turn,
        # so the list ran to thousands of rows and its pages, freed at the merge, stayed in the file:
        # at 20,000 articles made by two builders, 57% of the index (175 of 306 MB). An autovacuum
        # under way when a builder asks is cancelled by the server after deadlock_timeout; one
        # starting meanwhile skips the table until the commit. Taken last, after the postings
        # (packed by the client), so that builders wait for each other only for the rows' COPY.
        cur.execute("LOCK TABLE article_search IN SHARE UPDATE EXCLUSIVE MODE")
    with cur.copy(_ROWS) as copy:
        for row, _ in made:
            copy.write_row((*row, block))


def sync(archive, progress=None, limit: int | None = None, wait: bool = True) -> int:
    """Make the search rows of the articles that lack an up-to-date one (the first `limit` of
    them), a batch a transaction. Each batch takes the pending entries it makes with FOR UPDATE
    SKIP LOCKED, so builders at once (importers after their commits, the workers of a bulk
    build) share the backlog without making a row twice or waiting for each other. Builders hold
    the building lock shared; a search (`wait` false) takes it alone or makes nothing, so it never
    makes rows while another builds. Returns how many rows were made."""
    ids = pending(archive, limit)
    held = _estimated_rows(archive) if ids else 0  # (a search's few rows too: 0 made it vacuum every time)
    done = 0
    for start in range(0, len(ids), BATCH):
        with archive.transaction() as conn, conn.cursor() as cur:
            if wait:
                cur.execute("SELECT pg_advisory_xact_lock_shared(%s)", [BUILDING_LOCK])
            elif not cur.execute("SELECT pg_try_advisory_xact_lock(%s)", [BUILDING_LOCK]).fetchone()[0]:
                return done
            batch = [r[0] for r in cur.execute(
                "SELECT article_id FROM search_pending WHERE article_id = ANY(%s) ORDER BY article_id "
                "FOR UPDATE SKIP LOCKED", [ids[start:start + BATCH]])]
            made = [search_row(r) for r in archive.index_rows(batch)]  # deleted meanwhile: gone
            if made:
                _write(cur, made, alone=wait)  # a search (not waiting) makes a few, and never waits
            done += len(made)
        if progress:
            progress(min(start + BATCH, len(ids)), len(ids))
    if done and done * 10 >= held and archive.conn.info.transaction_status.name == "IDLE":
        # a bulk build (a tenth of the rows or more, or a first): the new rows' pages are vacuumed
        # and the tables analysed now, not when autovacuum gets to them. Until then every search
        # scanned the GIN index's pending list, checked each new row's transaction, could not
        # answer from search_word's index alone, and planned without statistics: at 3,000
        # articles the first pages of seven queries took 1.75 s together, after VACUUM ANALYZE
        # 0.36 s. The tables a search joins them to are analysed too (they were just written). A user who does not own the tables gets a warning, and autovacuum does it.
        for table in ("article_search", "search_word"):
            archive.conn.execute(f"VACUUM (ANALYZE) {table}")
        archive.conn.execute("ANALYZE article, page, issue, search_pending")  # what a search joins them to
    return done


def _estimated_rows(archive) -> float:
    """The planner's estimate of the search rows held (-1 when never analysed)."""
    return archive.conn.execute("SELECT reltuples FROM pg_class WHERE oid = 'article_search'::regclass").fetchone()[0]


def batched(conn):
    """A block whose statements go to the server together, the client waiting once for all of
    their results (psycopg's pipeline, read after the block); one at a time where this libpq has
    no pipeline mode (before 14)."""
    import psycopg

    return conn.pipeline() if psycopg.Pipeline.is_supported() else nullcontext()


def catch_up(archive) -> list[int]:
    """What a search makes before it answers: at most SEARCH_MAKES pending rows, and none while
    another makes rows (an import after its commit, say); the rest wait for their builder, and
    the search decides them on their text (matching). Returns the articles still pending, read
    once when none is (the search needs them, and reading them was a second statement)."""
    stale = pending(archive)
    if stale and sync(archive, limit=SEARCH_MAKES, wait=False):
        stale = pending(archive)
    return stale
