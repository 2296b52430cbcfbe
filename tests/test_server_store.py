"""The archive on a PostgreSQL server (store/server): a real server (tests/pgserver.py), never a
mock. What it stores of an issue reads back character for character as the embedded archive
stores the same issue; imports refuse, skip and replace alike; two imports at once store an issue
once; its schema migrates once, under a lock."""

from __future__ import annotations

import datetime as dt
import io
import json
import threading
from pathlib import Path

import pytest

from baoku.core.address import ServerAddress
from baoku.core.errors import ArchiveUnavailable, ImportRejected, ValidationError
from baoku.core.importing.run import parse_source
from baoku.core.importing.sources import Limits, SourceFile, iter_sources
from baoku.core.model import (
    BYLINE, CAPTION, HEADLINE, PARAGRAPH, Article, Block, Contributor, IssueInfo, PageInfo, PageScan, ParsedIssue,
    ParsedPage,
)
from baoku.core.store import Archive

from .conftest import SAMPLE_DIR
from .oldphotos import later_photo_columns

# Text a store could bend: astral Han (𠀀), a combining mark, ideographic and no-break spaces, a
# variation selector, 繁体, Latin with accents, trailing blanks, a lone emoji.
ODD = "𠀀𪚥 e\u0301 「引号」\u3000全角空格\u00a0不换行 葛\U000E0100 國際新聞 Zoë naïve  ✍️ "


def parsed(path: Path) -> list[ParsedIssue]:
    return [issue for item in iter_sources(path, Limits()) if isinstance(item, SourceFile)
            for issue in parse_source(item)]


def feed(folder: Path) -> Path:
    """A JSONL feed of two issues: sections, an edition, contributors, a photo with its image,
    agency fields and text no store may bend."""
    from PIL import Image

    folder.mkdir(exist_ok=True)
    buf = io.BytesIO()
    Image.new("RGB", (3, 2), (200, 30, 30)).save(buf, "PNG")
    (folder / "red.png").write_bytes(buf.getvalue())
    rows = [
        {"publication": "测试日报", "date": "2024-10-08", "page": "A03", "page_name": "要闻", "edition": "城市版",
         "headline": f"头条{ODD}", "kicker": "引题", "subhead": "副题", "column": "民生", "genre": "消息",
         "source": "新华社北京10月8日电", "byline": [{"name": "张三", "role": "记者"}, {"name": "李四", "role": "通讯员"}],
         "paragraphs": [f"第一段{ODD}", "第二段：知识产权保护。" * 30, "  前后留白  "],
         "captions": [{"text": "图为现场", "credit": "王五 摄", "image": "red.png"}]},
        {"publication": "测试日报", "date": "2024-10-08", "page": "A03", "page_name": "要闻", "edition": "城市版",
         "headline": "第二篇", "paragraphs": ["知识产权" * 40]},
        {"publication": "测试日报", "date": "2024-10-08", "page": "B01", "edition": "城市版",
         "headline": "Latin copy", "language": "en", "abstract": "A summary.", "note": "Embargoed.",
         "tagline": "Reuters contributed.", "paragraphs": ["Naïve café owners in Zürich — “quoted”."]},
        {"publication": "另一报", "date": "2024-10-09", "page": 1, "headline": "他报", "paragraphs": ["另一份报纸的文字。" * 12]},
    ]
    (folder / "feed.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    return folder / "feed.jsonl"


def continued_issue() -> ParsedIssue:
    """An article begun on page 1 and continued on page 3 (下转第3版 / 上接第1版), straight from the
    model objects an importer hands the store."""
    head = [Block(HEADLINE, "跨版的文章")]
    first = Article(head + [Block(PARAGRAPH, "开头" * 40)], headline="跨版的文章", continues="to:第3版",
                    contributors=[Contributor("赵六", "记者")])
    rest = Article(head + [Block(PARAGRAPH, "结尾" * 40), Block(CAPTION, "图注")], headline="跨版的文章",
                   continues="from:第1版", contributors=[Contributor("赵六", "记者"), Contributor("钱七", "通讯员")])
    other = Article([Block(HEADLINE, "另一篇"), Block(BYLINE, "本报记者 孙八"), Block(PARAGRAPH, "其他" * 30)],
                    headline="另一篇")
    info = IssueInfo("续版报", dt.date(2024, 11, 1), number="总第1期")
    return ParsedIssue(info, [ParsedPage(PageInfo(1, "一版"), [first, other], raw_text="第一版原文"),
                              ParsedPage(PageInfo(3, "三版"), [rest], raw_text="第三版原文")],
                       source="continued.txt", source_hash="0" * 64, importer="test")


def contents(archive) -> dict:
    """Everything the archive holds of its issues, as the front ends read it."""
    articles = []
    for row in archive.article_rows():
        rec = archive.article(row["id"])
        articles.append((row, rec.id, rec.article, rec.publication, rec.date, rec.edition, rec.page_number,
                         rec.page_name, rec.section, rec.seq, rec.content_hash, rec.kind, rec.issue_id, rec.page_id,
                         archive.page_source(rec.page_id), rec.source_line(), rec.reading_order()))
    batches = [{k: b[k] for k in ("id", "source", "source_hash", "importer", "outcome", "pages_added",
                                  "articles_added", "log")} for b in archive.batches()]
    return {"publications": archive.publications(), "issues": archive.issues(), "pages": archive.pages(),
            "articles": articles, "batches": batches}


def same_results(a, b) -> None:
    for x, y in zip(a, b, strict=True):
        assert (x.outcome, str(x.message), x.issue_id, x.batch_id, x.article_ids, x.pages_added, x.pages_skipped,
                x.refused, x.facts) == (y.outcome, str(y.message), y.issue_id, y.batch_id, y.article_ids,
                                         y.pages_added, y.pages_skipped, y.refused, y.facts)


@pytest.fixture
def both(tmp_path, server_url):
    from baoku.core.store.server import ServerArchive

    with Archive(tmp_path / "embedded.db") as embedded, ServerArchive(server_url) as server:
        yield embedded, server


def save_both(both, issues, **options):
    return [[archive.save_issue(issue, **options) for issue in issues] for archive in both]


def test_what_the_server_stores_reads_back_exactly_as_the_embedded_archive_stores_it(both, tmp_path):
    issues = [*parsed(SAMPLE_DIR / "000_a63266adadd608e6.txt"), *parsed(feed(tmp_path / "in")), continued_issue()]
    embedded, server = save_both(both, issues)
    same_results(embedded, server)
    assert [r.outcome for r in server] == ["imported"] * 4
    assert server[-1].facts["joined"] == 1  # the continued article is one, on the server too
    held = [contents(a) for a in both]
    assert held[0] == held[1]
    texts = {rec[2].text() for rec in held[1]["articles"]}
    assert any(ODD in t for t in texts) and any("  前后留白  " in t for t in texts)
    photo = next(p for rec in held[1]["articles"] for p in rec[2].photos if p.caption == "图为现场")
    assert photo.data.startswith(b"\x89PNG") and photo.credit == "王五 摄"
    assert both[0].stats()["text_chars"] == both[1].stats()["text_chars"] > 0


def test_importing_again_skips_refuses_and_replaces_as_the_embedded_archive_does(both):
    sample = parsed(SAMPLE_DIR / "000_a63266adadd608e6.txt")
    same_results(*save_both(both, sample))
    again = save_both(both, sample)
    same_results(*again)
    assert again[1][0].outcome == "duplicate"
    changed = parsed(SAMPLE_DIR / "000_a63266adadd608e6.txt")[0]
    changed.pages[0].articles[0].blocks[-1].text += "（补记）"
    changed.pages[0].raw_text += "（补记）"
    refused = save_both(both, [changed])
    same_results(*refused)
    assert refused[1][0].outcome == "refused" and refused[1][0].refused[0].reason == "conflict"
    same_results(*save_both(both, [changed], replace=True))
    elsewhere = parsed(SAMPLE_DIR / "000_a63266adadd608e6.txt")[0]
    elsewhere.info.date = dt.date(2024, 9, 12)  # the same page imported again under another date
    same_results(*save_both(both, [elsewhere]))
    same_results(*save_both(both, [elsewhere], duplicates=True))
    held = [contents(a) for a in both]
    assert held[0] == held[1] and [b["outcome"] for b in held[1]["batches"]] == ["imported", "replaced", "imported"]


def test_two_imports_at_once_store_each_issue_once(server_url, tmp_path):
    """Two archivists import the same issues at the same moment, in opposite orders: each issue is
    stored once, by one of them; the other is told it is already in the archive."""
    from baoku.core.store.server import ServerArchive

    issues = parsed(feed(tmp_path / "in")) + [continued_issue()]
    ServerArchive(server_url).close()
    start = threading.Barrier(2)
    results: dict[int, list] = {}
    errors: list[BaseException] = []

    def importer(n: int) -> None:
        try:
            with ServerArchive(server_url) as archive:
                start.wait()
                order = issues if n == 0 else issues[::-1]
                results[n] = [(issue.info.label(), archive.save_issue(issue).outcome) for issue in order]
        except BaseException as e:  # noqa: BLE001 - reported below
            errors.append(e)

    threads = [threading.Thread(target=importer, args=(n,)) for n in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors, errors
    for label in {issue.info.label() for issue in issues}:
        outcomes = sorted(o for n in results for lab, o in results[n] if lab == label)
        assert outcomes == ["duplicate", "imported"], (label, outcomes)
    with ServerArchive(server_url) as archive:
        expected = sum(len(p.articles) for issue in issues for p in issue.pages) - 1  # one continued article joined
        assert archive.stats()["articles"] == expected == len(archive.article_ids())
        assert len(archive.issues()) == len(issues)


def test_a_scanned_page_is_refused_whole_on_a_server_with_no_image_store(both):
    server = both[1]
    issue = continued_issue()
    issue.pages[1].scan = PageScan(b"\x89PNG not really", "image/png", 0, 10, 10, [])
    with pytest.raises(ImportRejected, match="a scanned page's image cannot be kept: .* has no image store") as e:
        server.save_issue(issue)
    assert len(str(e.value).splitlines()) == 1 and "nothing was stored" in str(e.value)
    assert server.stats()["articles"] == 0 and server.issues() == []


def test_the_schema_is_made_once_and_a_newer_one_is_refused(server_url):
    import psycopg

    from baoku.core.store.server import ServerArchive
    from baoku.core.store.server.schema import SCHEMA_VERSION

    with pytest.raises(ArchiveUnavailable, match="no archive at"):
        ServerArchive(server_url, create=False)  # an empty database is no archive: nothing is made in it
    with psycopg.connect(server_url) as conn:
        assert conn.execute("SELECT to_regclass('baoku_schema')").fetchone()[0] is None
    opened: list = []
    threads = [threading.Thread(target=lambda: opened.append(ServerArchive(server_url))) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert len(opened) == 3 and all(a.schema_version == SCHEMA_VERSION for a in opened)
    for a in opened:
        a.close()
    with psycopg.connect(server_url) as conn:
        assert conn.execute("SELECT version FROM baoku_schema ORDER BY version").fetchall() == \
            [(v,) for v in range(1, SCHEMA_VERSION + 1)]
        conn.execute("INSERT INTO baoku_schema (version, description) VALUES (%s, 'from the future')",
                     [SCHEMA_VERSION + 1])
    with pytest.raises(ArchiveUnavailable, match=rf"made by a newer Baoku \(server schema {SCHEMA_VERSION + 1}"):
        ServerArchive(server_url)


def test_the_address_is_handed_to_libpq_but_a_password_is_refused(server_url, pg_server):
    from baoku.core.store.server import ServerArchive
    from baoku.core.store.server.connection import conninfo

    with ServerArchive(server_url + "&sslmode=disable&application_name=baoku-test") as archive:
        params = archive.conn.info.get_parameters()
        assert archive.conn.info.dsn.count("sslmode=disable") == 1 and params["application_name"] == "baoku-test"
    with pytest.raises(ValidationError) as refused:
        ServerArchive(server_url.replace("postgres@", "postgres:s3cret@"))
    assert "s3cret" not in str(refused.value) and "~/.pgpass" in str(refused.value)
    assert "password" not in conninfo(ServerAddress(server_url))
    gone = f"postgresql://postgres@/nothing?host={pg_server.root}/nowhere&port={pg_server.port}&connect_timeout=2"
    with pytest.raises(ArchiveUnavailable) as e:
        ServerArchive(gone)
    assert str(e.value).startswith(f"cannot connect to the server archive {gone}: ") and "\n" not in str(e.value)


def test_a_statement_run_many_times_is_still_planned_for_its_own_values(server_url):
    """A long session (the window's) runs the same statements again and again: each is planned for
    the values it is given, never one generic plan in which an `= ANY(array)` filter is tested row
    by row against the whole array. PostgreSQL's default chose the generic plan by the sixth run."""
    from baoku.core.store.server import ServerArchive

    with ServerArchive(server_url) as archive:
        archive.conn.execute("PREPARE among(bigint[]) AS SELECT id FROM article WHERE id = ANY($1)")
        for _ in range(8):
            archive.conn.execute("EXECUTE among('{1,2,3}')").fetchall()
        plan = "\n".join(r[0] for r in archive.conn.execute("EXPLAIN EXECUTE among('{1,2,3}')"))
        archive.conn.execute("DEALLOCATE among")
    assert "{1,2,3}" in plan and "$1" not in plan, plan


def test_statements_are_never_compiled_by_jit(server_url):
    """A search's statements are short: PostgreSQL's JIT (on by default where LLVM is installed, as
    Debian's package has it) spent more compiling a statement whose estimated cost passed
    jit_above_cost than running it, and a plan with a disabled scan (the GIN-only token test) is
    estimated costly. Every server connection turns it off for its session."""
    from baoku.core.store.server import ServerArchive

    with ServerArchive(server_url) as archive:
        archive.conn.execute("SET jit_above_cost = 0")  # any statement would be compiled, were JIT on
        plan = "\n".join(r[0] for r in archive.conn.execute(
            "EXPLAIN (ANALYZE) SELECT sum(x) FROM generate_series(1, 1000) x WHERE x % 7 = 0"))
        assert archive.conn.execute("SHOW jit").fetchone()[0] == "off"
    assert "JIT" not in plan, plan


def test_an_archive_made_by_an_older_baoku_is_migrated_in_place(server_url, monkeypatch):
    """A database at schema 1 (before exact search) with an issue in it: opened by this Baoku, it
    gains the search table in one transaction, keeps every row, and its articles are found."""
    from baoku.core.search.servermatch import search_ids
    from baoku.core.store.server import ServerArchive, schema

    with monkeypatch.context() as m:
        m.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:1])
        m.setattr(schema, "SCHEMA_VERSION", 1)
        with ServerArchive(server_url) as old:
            # This Baoku reads the photo columns later migrations added when it joins the continued
            # article: they are there while it writes, and gone again after, as an older Baoku left them.
            with later_photo_columns(old.conn):
                old.save_issue(continued_issue())
                before = contents(old)
            assert old.conn.execute("SELECT to_regclass('article_search')").fetchone()[0] is None
    with ServerArchive(server_url) as archive:
        assert archive.schema_version == schema.SCHEMA_VERSION
        assert contents(archive) == before
        assert search_ids(archive, "跨版") == [before["articles"][0][1]]
