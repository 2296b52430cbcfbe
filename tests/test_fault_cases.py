"""Fault cases a newcomer's day found (issue 45g): bad, damaged or odd input, each one clear line,
the good files beside it imported, and the archive otherwise as it was."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from baoku.cli import main
from baoku.core.importing.run import FAILED, IMPORTED, import_paths

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
