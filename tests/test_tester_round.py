"""A tester's round of odd inputs and faults (issue 41h): each class shown handled, on both
archive kinds where they differ."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from baoku.cli import main
from baoku.core.importing.run import import_paths
from baoku.core.search.index import SearchIndex
from baoku.core.store import Archive

from .conftest import SAMPLE_TXT

GOOD = {"publication": "测试报", "date": "2024-10-01", "page": 1, "headline": "好新闻", "paragraphs": ["正文。"]}


def jsonl(path: Path, *rows: dict | str) -> Path:
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in rows) + "\n",
                    encoding="utf-8")
    return path


# -- index damage is what damaged files raise, not any ValueError, KeyError or IndexError ----------

@pytest.mark.parametrize("bug", [KeyError("publication"), IndexError("list index out of range"),
                                 ValueError("invalid literal for int()")])
def test_a_programming_error_in_a_search_is_not_taken_for_index_damage(tmp_path, monkeypatch, bug):
    from baoku.core.search import searching

    db = tmp_path / "a.db"
    told: list[str] = []
    with Archive(db) as archive:
        import_paths(archive, [jsonl(tmp_path / "a.jsonl", dict(GOOD, headline="知识产权保护"))])
        index = SearchIndex(archive, notify=told.append)
        assert index.search("知识产权").total
        marker = {p.name: p.stat().st_mtime_ns for p in Path(str(db) + ".index").iterdir()}

        def broken(*args, **kwargs):
            raise bug

        monkeypatch.setattr(searching, "make_hits", broken)
        with pytest.raises(type(bug)):
            index.search("知识产权")
        assert told == []  # no "the search index was damaged", no rebuild
        assert {p.name: p.stat().st_mtime_ns for p in Path(str(db) + ".index").iterdir()} == marker
        index.close()


@pytest.mark.parametrize("suffix", [".trm", ".pst", ".aid"])
def test_a_truncated_word_index_file_is_still_damage_and_rebuilt(tmp_path, suffix):
    db = tmp_path / "a.db"
    told: list[str] = []
    with Archive(db) as archive:
        import_paths(archive, [jsonl(tmp_path / "a.jsonl", *(dict(GOOD, headline=f"知识产权保护{i}", paragraphs=[
            f"知识产权保护工作第{i}次会议召开。"]) for i in range(30)))])
        index = SearchIndex(archive, notify=told.append)
        want = index.search("知识产权").total
        index.close()
        files = list(Path(str(db) + ".index").glob(f"*{suffix}"))
        assert files
        for f in files:
            f.write_bytes(f.read_bytes()[: f.stat().st_size // 2])
        index = SearchIndex(archive, notify=told.append)
        assert index.search("知识产权").total == want
        assert len(told) == 1 and "damaged" in told[0]
        index.close()
