"""What this user may do to the open archive, asked once when it opens so that a window can disable
what would be refused rather than let the user find out at the end.

An archive file: everything, or nothing when it is opened read-only. A server archive: what the
user's roles allow (store.server.roles.rights): an archivist imports, edits and deletes; an editor
writes collections and notes; an admin does both."""

from __future__ import annotations

from dataclasses import dataclass

# The kinds of action a right covers (the names a window asks with).
IMPORT, EDIT, DELETE, COLLECT = "import", "edit", "delete", "collect"
KINDS = (IMPORT, EDIT, DELETE, COLLECT)


@dataclass(frozen=True)
class Rights:
    """`edit` covers the records: an article's fields, corrections, the page's layout, a paper's and
    an issue's settings. `delete` is to the trash and back out of it. `collect` is collections and
    notes. `read_only`: the archive itself cannot be written (a file opened read-only)."""

    may_import: bool = True
    may_edit: bool = True
    may_delete: bool = True
    may_collect: bool = True
    read_only: bool = False
    on_server: bool = False

    def may(self, kind: str) -> bool:
        if kind not in KINDS:
            raise ValueError(f"no right {kind!r}: {', '.join(KINDS)}")
        return not self.read_only and getattr(self, f"may_{kind}")


EVERYTHING = Rights()
NOTHING = Rights(False, False, False, False, read_only=True)


def rights_of(store) -> Rights:
    """The rights of whoever has `store` open (on a server: one query of its privileges)."""
    if store.read_only:
        return NOTHING
    if store.on_server:
        return store.rights()  # store.server.roles.rights
    return EVERYTHING
