"""More like this on a server archive (search/serverlike.py) answers as the embedded archive's
Whoosh more-like-this: the same articles in the same order, with the same scores, for every
article of the search tests' archive."""

from __future__ import annotations

import pytest

from baoku.core.errors import NotFound
from baoku.core.search.server import sync
from baoku.core.search.serversearch import ServerSearch

from .test_server_search import both  # noqa: F401  (the fixture)


def test_more_like_this_on_a_server_is_the_embedded_archives(both):  # noqa: F811
    index, server = both
    sync(server)
    search = ServerSearch(server)
    ids = index.archive.article_ids()
    assert ids == server.article_ids() and len(ids) > 8
    found = 0
    for i in ids:
        mine = [(h.id, h.score) for h in search.more_like(i, limit=7)]
        theirs = [(h.id, h.score) for h in index.more_like(i, limit=7)]
        assert [a for a, _ in mine] == [a for a, _ in theirs], i
        assert [s for _, s in mine] == pytest.approx([s for _, s in theirs], rel=1e-4), i
        found += len(mine)
    assert found > len(ids)  # the answers are not all empty


def test_more_like_this_of_an_unknown_article_is_refused(both):  # noqa: F811
    _, server = both
    with pytest.raises(NotFound):
        ServerSearch(server).more_like(999_999)


def test_an_editor_asks_for_more_like_this_on_the_command_line(users, capsys):
    import json

    from baoku.cli import main

    _, address = users["editor"]
    assert main(["--archive", address, "search", "--like", "3", "--limit", "2", "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)["hits"]
    assert len(hits) == 2 and 3 not in [h["id"] for h in hits]


def test_no_index_folder_is_made_beside_a_server_archive(server_url, tmp_path, monkeypatch):
    """The class of Library.around's defect: an embedded search index opened over a server archive
    made a folder named 'postgresql:' in the working folder. It is refused before any file is made."""
    from baoku.core.search.index import SearchIndex
    from baoku.core.store.server import ServerArchive

    monkeypatch.chdir(tmp_path)
    with ServerArchive(server_url) as archive, pytest.raises(TypeError):
        SearchIndex(archive)
    assert list(tmp_path.iterdir()) == []
