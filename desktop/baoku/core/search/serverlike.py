"""More like this on a server archive, as the embedded word layer answers it (search.wordindex
more_like, Whoosh's `Searcher.more_like` with the Bo1 model): the article's key terms (its words of
two characters or more, weighted as words.WordField weighs a plain text, scored by Bo1 against how
much each word weighs in the whole archive), the best NUMTERMS of them searched as one OR query of
the text field, each word boosted by its normalised key-term score, scored by serverrank's BM25F
(B=0) and summed over the words an article shares; the article itself left out. Ties go to the
lower article id (Whoosh's lower document number).

It reads the articles' search rows (search_word's text postings: a word's collection weight is the
sum of its weights over its rows' arrays, as a Whoosh term's total weight), so an article whose row is still
pending is not found until its row is made (a search makes some: search.server.catch_up)."""

from __future__ import annotations

from collections import Counter
from math import log2

from ..errors import NotFound
from .documents import read_rows, recall_doc, searchable_text
from .results import Hit
from .server import RANKED_FIELDS, SEARCH_ROWS, catch_up
from .spans import snippet
from .words import AVG_BODY, B, K1, _norm, words

NUMTERMS = 12  # as the embedded archive asks Whoosh for
TEXT = RANKED_FIELDS["text"]


def text_weights(folded: str) -> dict[str, float]:
    """A plain text's words as words.WordField.index weighs them (one-character words left out)."""
    ws = [w for w in words(folded) if len(w) > 1]
    norm = _norm(len(ws), B, AVG_BODY)
    return {w: n / norm for w, n in Counter(ws).items()}


def _bo1(weight: float, collection: float, n: int) -> float:
    f = collection / n
    return weight * log2((1.0 + f) / f) + log2(1.0 + f)


def key_terms(conn, weights: dict[str, float], number: int = NUMTERMS) -> list[tuple[str, float]]:
    """The `number` words that say most what the text is about, with their normalised Bo1 scores
    (Whoosh's Expander.expanded_terms, normalize=True): only words some article's row holds."""
    if not weights:
        return []
    n = max(conn.execute(f"SELECT {SEARCH_ROWS}").fetchone()[0], 1)
    held = dict(conn.execute("SELECT p.word, sum(x::float8) FROM search_word p, unnest(p.weights) x "
                             "WHERE p.field = %s AND p.word = ANY(%s::text[]) GROUP BY p.word",
                             [TEXT, sorted(weights)]).fetchall())
    scored = [(_bo1(weights[w], float(cf), n), w) for w, cf in held.items() if cf > 0]
    if not scored:
        return []
    top = max(s for s, _ in scored)
    norm = _bo1(top, top, n) if top else top  # Bo1Model.normalizer(maxweight): f = maxweight / N
    scored = sorted(((s / norm, w) for s, w in scored), key=lambda x: (-x[0], x[1]))
    return [(w, s) for s, w in scored[:number]]


def similar(conn, terms: list[tuple[str, float]], exclude: int, limit: int) -> list[tuple[int, float]]:
    """The best `limit` articles by the OR query of these boosted words, without `exclude`: each
    word scores idf * boost * weight * (K1 + 1) / (weight + K1), idf = log(N / (df + 1)) + 1
    (serverrank's formula), summed over an article's words."""
    if not terms or limit <= 0:
        return []
    words_, boosts = [w for w, _ in terms], [b for _, b in terms]
    rows = conn.execute(
        f"""WITH n AS (SELECT greatest({SEARCH_ROWS}, 1)::float8 AS n),
               k AS (SELECT q.word, q.boost * (ln((SELECT n FROM n) / (COALESCE(sum(cardinality(w.ids)), 0) + 1)) + 1) AS f
                     FROM unnest(%s::text[], %s::float8[]) q(word, boost)
                     LEFT JOIN search_word w ON w.field = %s AND w.word = q.word GROUP BY q.word, q.boost)
            SELECT u.article_id, sum(k.f * u.weight::float8 * {K1 + 1} / (u.weight::float8 + {K1})) AS score
            FROM k JOIN search_word w ON w.field = %s AND w.word = k.word,
                 unnest(w.ids, w.weights) u(article_id, weight)
            WHERE u.article_id <> %s GROUP BY u.article_id ORDER BY score DESC, u.article_id LIMIT %s""",
        [words_, boosts, TEXT, TEXT, exclude, limit]).fetchall()
    return [(i, float(s)) for i, s in rows]


def more_like(archive, article_id: int, limit: int = 10) -> list[Hit]:
    """Articles like this one, best first, without the article itself (SearchIndex.more_like's
    answer on a server archive)."""
    rows = read_rows(archive, [article_id])
    if not rows:
        raise NotFound(f"no article with id {article_id}")
    catch_up(archive)
    terms = key_terms(archive.conn, text_weights(recall_doc(rows[0], False).text))
    found = similar(archive.conn, terms, article_id, limit)
    by_id = {r["id"]: r for r in read_rows(archive, [i for i, _ in found])}
    return [Hit(i, by_id[i]["headline"], by_id[i]["date"], score, *snippet(searchable_text(by_id[i]), []))
            for i, score in found if i in by_id]
