"""Fault cases a newcomer's day found (issue 45g): bad, damaged or odd input, each one clear line,
the good files beside it imported, and the archive otherwise as it was."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from baoku.cli import main
from baoku.core.errors import ImportRejected
from baoku.core.importing.metadata import parse_sidecar
from baoku.core.importing.run import FAILED, IMPORTED, import_paths

from .conftest import SAMPLE_TXT
from .test_importers import G2, NITF, jsonl_lines


def baoku(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    said = capsys.readouterr()
    return code, said.out, said.err


def _damaged_zip(path: Path) -> Path:
    """A ZIP whose entries are fine but for three: deflated data scrambled in the middle (zlib's
    error), an entry stored with a method Python cannot unpack (Deflate64, as Windows' own
    compressor writes past 2 GB), and LZMA data cut short."""
    feed = "\n".join(json.dumps(r, ensure_ascii=False) for r in jsonl_lines()) + "\n"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("a/feed.jsonl", feed)
        zf.writestr("b/scrambled.xml", NITF)
        zf.writestr("c/item.xml", G2)
        zf.writestr("d/deflate64.xml", NITF.replace("汽车", "火车"))
        zf.writestr(zipfile.ZipInfo("e/lzma.xml"), NITF.replace("汽车", "电车"), compress_type=zipfile.ZIP_LZMA)
    raw = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        infos = {i.filename: i for i in zf.infolist()}
    for name, info in infos.items():
        start = info.header_offset + 30 + len(name.encode()) + len(info.extra)
        if name == "b/scrambled.xml":
            for k in range(start + 20, start + 60):
                raw[k] ^= 0x5A
        elif name == "d/deflate64.xml":  # the method, in the local header and the central directory
            raw[info.header_offset + 8] = 9
            raw[raw.rindex(b"PK\x01\x02", 0, raw.index(name.encode(), start)) + 10] = 9
        elif name == "e/lzma.xml":
            for k in range(start + 9, start + info.compress_size // 2):
                raw[k] = 0
    path.write_bytes(bytes(raw))
    return path


def test_a_zip_entry_that_cannot_be_unpacked_is_one_line_and_the_good_entries_go_in(tmp_path, archive):
    z = _damaged_zip(tmp_path / "batch.zip")
    report = import_paths(archive, [z])
    status = {o.name.split("!")[1]: (o.status, o.message) for o in report.outcomes}
    assert status["a/feed.jsonl"][0] == IMPORTED and status["c/item.xml"][0] == IMPORTED
    for bad in ("b/scrambled.xml", "d/deflate64.xml", "e/lzma.xml"):
        assert status[bad][0] == FAILED, status[bad]
        assert status[bad][1].startswith(("damaged ZIP entry", "the ZIP entry is packed")), status[bad]
        assert "\n" not in status[bad][1]
    assert "Deflate64" in status["d/deflate64.xml"][1]
    assert archive.stats()["articles"] == 3 + 1


def test_a_librarys_python_warning_over_a_damaged_image_never_reaches_the_terminal(tmp_path, capsys):
    """Pillow warns (`UserWarning: Corrupt EXIF data…`, and the source line that warned) over a TIFF
    whose header is cut; the import's own line says what is wrong, and nothing else is printed."""
    import sys
    import warnings

    tif = tmp_path / "泉州晚报_2024-09-26_第1版_要闻.tif"
    tif.write_bytes(b"II*\x00\x08\x00\x00\x00\xff\xff")
    with warnings.catch_warnings():  # as on a terminal: Python's own display, each warning shown
        warnings.simplefilter("always")
        warnings._showwarnmsg_impl = lambda msg: sys.stderr.write(warnings._formatwarnmsg(msg))
        code, out, err = baoku(capsys, "--archive", tmp_path / "a.db", "import", tif)
    assert code == 1 and "not an image Baoku can read" in out + err
    assert "Warning" not in out + err and "warnings.warn" not in out + err
    assert len((out + err).strip().splitlines()) == 2  # the file's line and the summary


SIDECAR = {"publication": "泉州晚报", "date": "2024-09-11", "page": 5, "page_name": "民企会客厅", "place": "泉州"}


@pytest.mark.parametrize("suffix, encoding", [(".json", "gbk"), (".yaml", "gb18030"), (".json", "big5"),
                                              (".yaml", "utf-16"), (".json", "utf-16-le"), (".json", "utf-8-sig")])
def test_a_sidecar_in_the_encodings_page_text_is_read_in_is_read(tmp_path, suffix, encoding):
    """A sidecar written on a Chinese Windows (Notepad's ANSI is GBK or Big5, its "Unicode" is
    UTF-16) gives its page's metadata as one in UTF-8 does; it was refused as 'utf-8 codec can't
    decode byte 0xd6'."""
    given = dict(SIDECAR, publication="泉州晚報", page_name="民企會客廳") if encoding == "big5" else SIDECAR
    text = json.dumps(given, ensure_ascii=False) if suffix == ".json" else \
        "".join(f"{k}: {v}\n" for k, v in given.items())
    meta = parse_sidecar(text.encode(encoding), f"page{suffix}")
    assert (meta.publication, meta.date, meta.page, meta.page_name, meta.place) == (
        given["publication"], "2024-09-11", 5, given["page_name"], "泉州")


def test_a_page_with_a_gbk_sidecar_imports_under_its_metadata(tmp_path, archive):
    page = tmp_path / "page.txt"
    page.write_bytes(SAMPLE_TXT.read_bytes())
    (tmp_path / "page.json").write_bytes(json.dumps(SIDECAR, ensure_ascii=False).encode("gbk"))
    report = import_paths(archive, [page])
    assert report.outcomes[0].status == IMPORTED, report.outcomes[0].message
    rec = archive.article(report.outcomes[0].article_ids[0])
    assert (rec.publication, rec.date.isoformat(), rec.page_number, rec.page_name) == (
        "泉州晚报", "2024-09-11", 5, "民企会客厅")


@pytest.mark.parametrize("data, said", [(b"[" * 30000 + b"]" * 30000, "nested too deeply"),
                                        (b"\xd6\xd0\xce\xc4\xff\xff\xff", "truncated"), (b"{\"date\": ", "cannot read the sidecar")])
def test_a_sidecar_that_cannot_be_read_names_itself_in_one_line(tmp_path, data, said):
    with pytest.raises(ImportRejected) as e:
        parse_sidecar(data, "page.json")
    assert str(e.value).startswith("page.json: ") and said in str(e.value) and "\n" not in str(e.value)


@pytest.mark.parametrize("line, said", [
    ('{"headline": "正\x00文"}', "a raw control character (U+0000) inside a string, at column 16"),
    ('{"headline": "未完', "Unterminated string starting at column 14"),
    ('{"headline": "标题",}', "Expecting property name enclosed in double quotes at column 19"),
])
def test_a_bad_jsonl_line_is_said_in_plain_words(tmp_path, archive, line, said):
    """json's messages end 'starting at' or 'character at' before the position: the line read
    'Unterminated string starting at at column 14', and a NUL in a string was 'Invalid control
    character at at column 15'."""
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(line.encode())
    report = import_paths(archive, [feed])
    assert report.outcomes[0].status == FAILED
    assert report.outcomes[0].message == f"line 1: not valid JSON ({said})"


_WALK = """
import sys
from pathlib import Path
from baoku.core.importing.sources import Limits, count_sources, iter_sources
root = Path(sys.argv[1])
print("count", count_sources([root]))
for item in iter_sources(root, Limits()):
    print(type(item).__name__, Path(item.name).relative_to(root), getattr(item, "reason", ""), sep="|")
"""


def test_a_folder_that_cannot_be_read_is_one_line_and_the_rest_of_the_tree_goes_in():
    """A folder in an import tree this user may not list (mode 0), or list but not enter (r, no x:
    its files' names are read but not their kind), was a PermissionError traceback from the walk
    (an NDNP batch list is looked for in each folder); now each is one line."""
    import os
    import shutil
    import subprocess
    import sys
    import tempfile

    from .test_hardening import _other_user

    root = Path(tempfile.mkdtemp(prefix="baoku-perm-"))
    try:
        for name in ("good", "shut", "dark"):
            (root / name).mkdir()
            (root / name / "feed.jsonl").write_text("{}\n", encoding="utf-8")
        os.chmod(root / "shut", 0)
        os.chmod(root / "dark", 0o444)
        for p in (root, root / "good", root / "good" / "feed.jsonl"):
            os.chmod(p, 0o777 if p.is_dir() else 0o666)
        r = subprocess.run([*_other_user(), sys.executable, "-c", _WALK, str(root)], capture_output=True,
                           text=True, timeout=60, cwd=Path(__file__).parent.parent / "desktop")
        assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr
        lines = r.stdout.splitlines()
        assert lines[0].startswith("count ") and "SourceFile|good/feed.jsonl|" in lines
        assert any(ln.startswith("Skipped|shut|") and "Permission denied" in ln for ln in lines), lines
        assert any(ln.startswith("Skipped|dark") and "Permission denied" in ln for ln in lines), lines
    finally:
        for p in (root / "shut", root / "dark"):
            os.chmod(p, 0o755)
        shutil.rmtree(root, ignore_errors=True)


@pytest.mark.parametrize("encoding", ["utf-32", "utf-32-be"])
def test_utf32_with_its_byte_order_mark_is_read_as_utf32(encoding):
    """UTF-32's little-endian mark begins as UTF-16's does (FF FE), so the text was read as
    UTF-16 full of NULs and refused as 'a binary file, not text (5377 control characters)'."""
    from baoku.core.importing.encoding import decode_text

    text = SAMPLE_TXT.read_text(encoding="utf-8")
    data = text.encode(encoding) if encoding == "utf-32" else b"\x00\x00\xfe\xff" + text.encode(encoding)
    read, used = decode_text(data, "page.txt")
    assert read == text.replace("\r\n", "\n") and used == "utf-32"


def test_a_blank_paper_name_is_no_paper_name(tmp_path, archive):
    """`--publication "   "` (or a feed's "publication": " ") stored an issue of a paper with no
    name ('imported  2024-09-01: 6 articles'); a blank value is now as good as none: the
    sidecar's name stands, and with none the file is refused saying what is missing."""
    from baoku.core.importing.metadata import IssueMeta

    page = tmp_path / "page.txt"
    page.write_bytes(SAMPLE_TXT.read_bytes())
    blank = IssueMeta.from_mapping({"publication": "   ", "date": "2024-09-01", "page": 1}, "options")
    report = import_paths(archive, [page], overrides=blank)
    assert report.outcomes[0].status == FAILED and "publication" in report.outcomes[0].message
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"publication": " \u3000", "date": "2024-09-01", "page": 1, "headline": "标题",
                                "body": "正文。"}, ensure_ascii=False), encoding="utf-8")
    report = import_paths(archive, [feed])
    assert report.outcomes[0].status == FAILED and "publication" in report.outcomes[0].message
    assert archive.stats()["articles"] == 0
    (tmp_path / "page.json").write_text(json.dumps(SIDECAR, ensure_ascii=False), encoding="utf-8")
    report = import_paths(archive, [page], overrides=blank)
    assert report.outcomes[0].status == IMPORTED, report.outcomes[0].message
    assert [p["name"] for p in archive.publications()] == ["泉州晚报"]


def test_a_mets_that_names_itself_as_its_page_is_one_line_not_passed_over_in_silence(tmp_path, archive):
    """A METS whose ALTO href is the METS itself was taken for a page read with its issue, so the
    walk never read it: no line, status 0, nothing imported."""
    import zipfile

    from .test_alto import METS

    folder = tmp_path / "issue"
    folder.mkdir()
    (folder / "issue.xml").write_text(METS.replace("./0001.xml", "./issue.xml"), encoding="utf-8")
    with zipfile.ZipFile(tmp_path / "issue.zip", "w") as zf:
        zf.write(folder / "issue.xml", "batch/issue.xml")
    for given in (folder, tmp_path / "issue.zip"):
        report = import_paths(archive, [given])
        assert [o.status for o in report.outcomes] == [FAILED], report.outcomes
        assert "issue.xml" in report.outcomes[0].name and "ALTO" in report.outcomes[0].message


def _mets_issue(folder: Path, image: bytes) -> Path:
    from .test_alto import METS, _alto_by_hand

    folder.mkdir()
    (folder / "issue.xml").write_text(METS, encoding="utf-8")
    (folder / "0001.xml").write_text(_alto_by_hand(), encoding="utf-8")
    (folder / "0001.tif").write_bytes(image)
    return folder


def test_a_mets_pages_image_that_cannot_be_read_is_not_kept_and_the_text_goes_in_saying_so(tmp_path, archive):
    """A METS page's image that is no image (a TIFF cut to its header) was stored as the page's
    facsimile without a word; `show --page-image` then stopped with a traceback and the PDF's
    facsimile was refused. Now the page's text goes in without it, with a warning naming it."""
    report = import_paths(archive, [_mets_issue(tmp_path / "issue", b"II*\x00garbage")])
    o = report.outcomes[0]
    assert o.status == IMPORTED, o.message
    assert any("0001.tif" in w and "cannot be read" in w for w in o.warnings), o.warnings
    assert archive.stats()["articles"] == 2
    assert all(archive.article_scan(i) is None or not archive.page_scan(archive.article_scan(i)["page_id"])["sha256"]
               for i in archive.article_ids())


def test_show_page_image_of_a_stored_image_that_will_not_decode_is_one_line(tmp_path, capsys):
    """The image store's file matches its hash but is no image Pillow reads (stored so by an
    older Baoku, as above): one line, not a traceback."""
    from baoku.core.store import Archive

    from .scanpage import render
    from .test_scans import STORIES

    db = tmp_path / "a.db"
    _mets_issue(tmp_path / "issue", render(STORIES[1:], columns=1, width=900))
    assert main(["--archive", str(db), "import", str(tmp_path / "issue")]) == 0
    with Archive(db) as archive:
        aid = archive.article_ids()[0]
        scan = archive.page_scan(archive.article_scan(aid)["page_id"])
        from baoku.core.store import images

        stored = images.path_of(archive.image_folder, scan["sha256"], scan["mime"])
    stored.chmod(0o644)
    stored.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    capsys.readouterr()
    code, out, err = baoku(capsys, "--archive", db, "show", aid, "--page-image", tmp_path / "p.png")
    assert code == 1 and "Traceback" not in out + err and len(err.strip().splitlines()) == 1, err
    assert "image of page" in err and "cannot be read" in err and "BytesIO" not in err


def test_jsonl_files_joined_with_their_byte_order_marks_read_whole(tmp_path, archive):
    """`copy /b a.jsonl+b.jsonl` (or cat) of two files Notepad saved with a BOM puts one at the start
    of a line inside the file: it was 'line 2: not valid JSON (Unexpected UTF-8 BOM (decode using
    utf-8-sig) at column 1)' and the whole feed was refused."""
    rows = [json.dumps(r, ensure_ascii=False).encode() for r in jsonl_lines()]
    feed = tmp_path / "joined.jsonl"
    feed.write_bytes(b"".join(b"\xef\xbb\xbf" + r + b"\r\n" for r in rows))
    report = import_paths(archive, [feed])
    assert report.outcomes[0].status == IMPORTED, report.outcomes[0].message
    assert archive.stats()["articles"] == 3


def test_an_identical_mets_beside_different_pages_is_read_not_taken_for_already_stored(tmp_path, archive):
    """A METS byte for byte like one imported before, beside an ALTO page with other text, was
    'already in the archive … nothing changed' without its pages being read. Now the issue's
    identity covers the files it names: the page is read, refused as stored with other content,
    and nothing stored changes; the same issue again is still passed over at once."""
    from PIL import Image
    import io

    from .test_alto import LINES_1
    from baoku.core.importing.run import DUPLICATE, REFUSED

    tif = io.BytesIO()
    Image.new("L", (240, 360), 255).save(tif, format="TIFF")
    first = _mets_issue(tmp_path / "first", tif.getvalue())
    assert import_paths(archive, [first]).outcomes[0].status == IMPORTED
    before = sorted(archive.article(i).article.text() for i in archive.article_ids())
    other = _mets_issue(tmp_path / "other", tif.getvalue())
    alto = other / "0001.xml"
    alto.write_text(alto.read_text(encoding="utf-8").replace(LINES_1[0], "农民丰收节在全县举行"), encoding="utf-8")
    o = import_paths(archive, [other]).outcomes[0]
    assert o.status == REFUSED and "nothing changed" not in o.message, o.message
    assert "import with --replace" in o.message, o.message
    assert sorted(archive.article(i).article.text() for i in archive.article_ids()) == before
    again = import_paths(archive, [_mets_issue(tmp_path / "again", tif.getvalue())]).outcomes[0]
    assert again.status == DUPLICATE and "nothing changed" in again.message, again.message
