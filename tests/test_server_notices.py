"""A server archive announces its committed changes (server migration 8): one notice a kind a
transaction, none for a rolled-back one, the window's own left out by its connection."""

from __future__ import annotations

import time

import pytest

from baoku.cli import main
from baoku.core.changes import ARTICLES, COLLECTIONS, ISSUES, TRASH
from baoku.core.store.server import ServerArchive
from baoku.core.store.server.notices import CHANNEL, ChangeListener, changes_of

from .conftest import SAMPLE_TXT


def heard(listener: ChangeListener, ignore=frozenset(), wait: float = 5.0):
    """What the listener took, once something arrived (or nothing after `wait` seconds)."""
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        taken = listener.take(ignore)
        if taken:
            return taken
        time.sleep(0.05)
    return listener.take(ignore)


def raw(listener: ChangeListener):
    time.sleep(0.3)
    return list(listener.conn.notifies(timeout=0.5))


@pytest.fixture
def listening(server_url):
    assert main(["--archive", server_url, "import", str(SAMPLE_TXT)]) == 0
    listener = ChangeListener(server_url)
    yield server_url, listener
    listener.close()


def test_an_import_is_one_notice_a_kind_however_many_rows(listening, tmp_path):
    import json
    import shutil

    url, listener = listening
    sidecar = json.loads(SAMPLE_TXT.with_suffix(".json").read_text(encoding="utf-8"))
    shutil.copy(SAMPLE_TXT, tmp_path / "p.txt")
    (tmp_path / "p.json").write_text(json.dumps(dict(sidecar, date="2024-10-01")), encoding="utf-8")
    assert main(["--archive", url, "import", str(tmp_path / "p.txt"), "--allow-duplicates"]) == 0
    notices = raw(listener)
    payloads = sorted(n.payload for n in notices)
    assert payloads.count(ARTICLES) == 1 and payloads.count(ISSUES) == 1  # 6 articles, folded into one
    assert changes_of(notices).kinds == {ISSUES, ARTICLES}


def test_a_rolled_back_change_announces_nothing(listening):
    url, listener = listening
    with ServerArchive(url) as archive:
        article_id = archive.article_ids()[0]
        with pytest.raises(RuntimeError):
            with archive.transaction():
                archive.update_article(article_id, headline="不会留下")
                raise RuntimeError("rolled back")
    assert not heard(listener, wait=1.0)
    with ServerArchive(url) as archive:
        archive.update_article(article_id, headline="留下了")
    assert heard(listener).kinds == {ARTICLES}


def test_collections_and_the_trash_are_their_own_kinds(listening):
    url, listener = listening
    with ServerArchive(url) as archive:
        article_id = archive.article_ids()[0]
    assert main(["--archive", url, "collection", "add", "专题甲", str(article_id)]) == 0
    assert COLLECTIONS in heard(listener)
    assert main(["--archive", url, "delete", str(article_id)]) == 0
    taken = heard(listener)
    assert TRASH in taken and ARTICLES in taken


def test_a_connections_own_notices_are_left_out(listening):
    url, listener = listening
    with ServerArchive(url) as archive:
        own = frozenset({archive.conn.info.backend_pid})
        archive.update_article(archive.article_ids()[0], headline="自己改的")
        assert not heard(listener, own, wait=1.0)
        archive.update_article(archive.article_ids()[0], headline="又改了")
        assert heard(listener).kinds == {ARTICLES}  # the same notice, heard by one that does not ignore it


def test_unknown_payloads_and_other_channels_are_ignored():
    class Notice:
        def __init__(self, channel, payload, pid=1):
            self.channel, self.payload, self.pid = channel, payload, pid

    assert not changes_of([Notice(CHANNEL, "everything"), Notice("other", ARTICLES)])
    assert changes_of([Notice(CHANNEL, ARTICLES), Notice(CHANNEL, TRASH, pid=7)], {7}).kinds == {ARTICLES}
