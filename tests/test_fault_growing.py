"""Fault case of issue 50c: a file that grows while it is imported (a download or a log still
being written). Its size was looked at once and then the whole file read, however far past the
limit it had grown meanwhile; now no more than the limit is ever read, and such a file is refused
in one line as too big, the archive unchanged."""

from __future__ import annotations

import json
import os
from pathlib import Path

from baoku.core.importing.run import import_paths
from baoku.core.importing.sourcefile import Limits
from baoku.core.store.archive import Archive

ROW = json.dumps({"publication": "泉州晚报", "date": "2024-09-11", "page": 1, "headline": "标题",
                  "paragraphs": ["正文。"]}, ensure_ascii=False)


def test_a_file_grown_past_the_limit_after_its_size_was_looked_at_is_refused(tmp_path, monkeypatch):
    feed = tmp_path / "growing.jsonl"
    feed.write_text("\n".join([ROW] * 30_000), encoding="utf-8")  # about 3.6 MB, over a 1 MB limit
    assert feed.stat().st_size > 2**20
    real_stat = Path.stat

    def as_first_seen(self, *a, **k):  # the size it had when looked at, before it grew
        st = real_stat(self, *a, **k)
        if self.name != feed.name:
            return st
        return os.stat_result((st.st_mode, st.st_ino, st.st_dev, st.st_nlink, st.st_uid, st.st_gid, len(ROW),
                               st.st_atime, st.st_mtime, st.st_ctime))

    monkeypatch.setattr(Path, "stat", as_first_seen)
    with Archive(tmp_path / "a.db") as archive:
        report = import_paths(archive, [feed], limits=Limits(max_file_bytes=2**20))
        assert [o.status for o in report.outcomes] == ["failed"]
        assert "over the 1 MB limit" in str(report.outcomes[0].message)
        assert archive.stats()["articles"] == 0
