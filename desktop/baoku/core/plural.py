"""Counted nouns in messages: "1 issue", "2 issues" (never "issue(s)")."""

IRREGULAR = {"copy": "copies", "entry": "entries", "is": "are", "was": "were", "has": "have",
             "holds": "hold", "stays": "stay"}


def plural(n: int, word: str, many: str | None = None) -> str:
    """`n word`, the word in the plural unless n is 1."""
    return f"{n} {word}" if n == 1 else f"{n} {many or IRREGULAR.get(word) or word + 's'}"


def verb(n: int, one: str) -> str:
    """The verb that goes with n things: is/are, was/were, has/have."""
    return one if n == 1 else IRREGULAR.get(one, one)
