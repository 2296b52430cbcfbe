"""What can be wrong with a query: QueryError, and every problem's words in English (the CLI's;
the window's own wording of each is in gui/queryerrors.py)."""

from __future__ import annotations

from ..errors import BaokuError


class QueryError(BaokuError):
    """A query that cannot be run; the message points at the problem.

    `code` names the problem (a key of MESSAGES), `pos` is the 0-based character it is at (or
    None), `near` the text there, and `args` the values the message names: the window says the
    same thing in its own language from these (gui/queryerrors.py), the CLI prints str(error).
    """

    def __init__(self, code: str, pos: int | None = None, near: str = "", **args: str):
        self.code, self.pos, self.near, self.args_ = code, pos, near, args
        text = MESSAGES[code].format(**args)
        if pos is not None:
            text += f" at character {pos + 1}" + (f" (near 「{near}」)" if near.strip() else "")
        super().__init__(text)

    def __reduce__(self):  # pickles (to and from a worker) as it was made
        return _rebuild_query_error, (self.code, self.pos, self.near, self.args_)


def _rebuild_query_error(code: str, pos: int | None, near: str, args: dict) -> QueryError:
    return QueryError(code, pos, near, **args)


# Every problem a query can have, in English (the CLI's words); gui/queryerrors.py holds the
# window's wording of each, and a test checks that the two name the same codes.
MESSAGES = {
    "empty": "the query is empty",
    "unclosed_quote": "unclosed quote",
    "unmatched_close": "unmatched closing parenthesis",
    "unexpected": "unexpected 「{text}」",
    "needs_term_after": "「{text}」 needs a term after it",
    "needs_term_before": "「{text}」 needs a term before it",
    "ends_early": "the query ends too early",
    "unclosed_paren": "unclosed parenthesis",
    "empty_parens": "empty parentheses",
    "empty_phrase": "empty phrase",
    "field_needs_value": "field 「{field}:」 needs a value right after the colon",
    "unknown_field": "unknown field 「{field}:」 (known: {known}; to search for the text itself, put it in quotes)",
    "empty_value": "empty value",
    "one_date": "{field}: takes one date, not a range",
    "not_a_date": "「{text}」 is not a date (use 2024, 2024-09 or 2024-09-11)",
    "not_a_real_date": "「{text}」 is not a real calendar date",
    "range_needs_end": "a date range needs at least one end",
    "range_backwards": "the range {text} ends before it starts",
    "unknown_sort": "unknown sort {text}: use relevance or date",
    "one_source": "give a query, or --saved NAME, or --like ARTICLE (exactly one)",
    "too_deep": "the query is nested too deeply (more than {limit} levels of AND, OR and NOT inside one another)",
    "too_long": "the query is too long ({n} characters; at most {limit})",
    "too_many_terms": "the query has too many terms ({n}; at most {limit})",
}
