"""The store's one interface (store/interface.py): the embedded archive and the server's both
satisfy it, method by method with the protocol's own parameters, and an open archive of each is a
`Store` at run time."""

from __future__ import annotations

import inspect

import pytest

from baoku.core.store import Archive
from baoku.core.store.interface import Reading, Store
from baoku.core.store.lookups import PlanReads
from baoku.core.store.server import ServerArchive

PROTOCOLS = (PlanReads, Reading, Store)


def declared(protocol) -> dict[str, object]:
    """The protocol's methods (its own and inherited), by name."""
    out = {}
    for klass in reversed(protocol.__mro__):
        if klass is object or not getattr(klass, "_is_protocol", False):
            continue
        for name, value in vars(klass).items():
            if callable(value) and not name.startswith("__") or name in ("__enter__", "__exit__"):
                out[name] = value
            elif isinstance(value, property):
                out[name] = value
    return out


def shape(fn) -> list[tuple[str, object, bool]]:
    """(name, kind, has a default) of each parameter: what a caller relies on."""
    if isinstance(fn, property):
        return ["property"]
    return [(p.name, p.kind, p.default is not inspect.Parameter.empty)
            for p in inspect.signature(fn).parameters.values()]


@pytest.mark.parametrize("klass", [Archive, ServerArchive], ids=["sqlite", "postgresql"])
@pytest.mark.parametrize("protocol", PROTOCOLS, ids=lambda p: p.__name__)
def test_both_archives_have_every_method_of_the_interface_as_declared(klass, protocol):
    wrong = {}
    for name, fn in declared(protocol).items():
        have = inspect.getattr_static(klass, name, None)
        if have is None:
            wrong[name] = "missing"
        elif shape(have) != shape(fn):
            wrong[name] = (shape(have), shape(fn))
    assert not wrong


def test_the_check_can_fail():
    class Partial:
        def publications(self) -> list[dict]:
            return []

    assert not isinstance(Partial(), Reading)
    assert "index_rows" in declared(Store) and "_find_page" in declared(Store)
    assert shape(Partial.publications) == shape(declared(Reading)["publications"])
    assert shape(Archive.article_rows) != shape(Archive.issues)


def test_open_archives_of_both_kinds_are_stores(archive, server_url):
    assert isinstance(archive, Store)
    with ServerArchive(server_url) as server:
        assert isinstance(server, Store) and isinstance(server, PlanReads)
