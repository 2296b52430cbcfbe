"""Articles continued on another page (下转第3版 on one, 上接第1版 on the other): once both parts
are stored, the rest's blocks go after the first part's and the rest's own row goes (its page
keeps its source text). The same decisions on either archive; each supplies the rows and the
writes (`_continued_rows`, `_absorb`)."""

from __future__ import annotations

from ..model import HEAD_KINDS, page_label


class Continuations:
    """A part of an archive's filing (the embedded Filing, the server's ServerFiling)."""

    def _join_continuations(self, issue_id: int, new_ids: list[int]) -> dict[int, int]:
        """Join the two parts of every article of this issue continued on another page, where
        this import brought one of them. Returns {first part: the rest's former id}."""
        rows = self._continued_rows(issue_id)  # (id, continues, section, number, headline) by id
        firsts = [r for r in rows if r[1].startswith("to:")]
        rests = [r for r in rows if r[1].startswith("from:")]
        new = set(new_ids)
        joined: dict[int, int] = {}
        for fid, cont, section, number, headline in firsts:
            here = page_label(section, number)
            fits = [r for r in rests if _is_page(cont[3:], r[2], r[3]) and _is_page(r[1][5:], section, number)]
            fits = [r for r in fits if fid in new or r[0] in new]
            if not fits:
                continue
            rest = next((r for r in fits if r[4] == headline), fits[0])
            rests.remove(rest)
            self._join(fid, rest[0], f"joined:{here}+{page_label(rest[2], rest[3])}")
            joined[fid] = rest[0]
        return joined

    def _join(self, first_id: int, rest_id: int, label: str) -> None:
        first, rest = self.article(first_id).article, self.article(rest_id).article
        heads = {(b.kind, b.text) for b in first.blocks if b.kind in HEAD_KINDS}
        first.blocks += [b for b in rest.blocks if (b.kind, b.text) not in heads]  # not the repeated headline
        first.continues = label
        self._absorb(first_id, rest_id, first, rest)


def _is_page(label: str, section: str, number: int) -> bool:
    """Whether a page named in the text (第3版, A03版) is this one; 第3版 in a paper of sections is
    page 3 of any section."""
    return label in (page_label(section, number), page_label("", number))
