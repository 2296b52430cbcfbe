"""Fault cases of issue 50c: an article's photo whose file is damaged. Its header read, so it
was stored; the export decoded it only while drawing the page, and a file cut short or garbage
after a good header stopped the PDF with a traceback (Word and a browser showed a broken
picture). Now each such photo is one warning, its caption kept, and the rest printed."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile

import pytest

from baoku.cli import main


def _jpeg(seed: int) -> bytes:
    from PIL import Image

    image = Image.new("RGB", (160, 120))
    image.putdata([((x * seed) % 256, (y * 7) % 256, (x + y) % 256) for y in range(120) for x in range(160)])
    buf = io.BytesIO()
    image.save(buf, "JPEG", quality=90)
    return buf.getvalue()


@pytest.fixture
def photo_archive(tmp_path):
    """Three articles: a good photo, one cut to a third, one whose body after the header is
    zeros; each imported by the real command (the import reads only the header)."""
    good = _jpeg(3)
    (tmp_path / "good.jpg").write_bytes(good)
    (tmp_path / "cut.jpg").write_bytes(_jpeg(5)[:len(good) // 3])
    (tmp_path / "zeros.jpg").write_bytes(good[:200] + bytes(3000))
    rows = [{"publication": "照片报", "date": f"2024-10-1{i}", "page": 1, "headline": f"照片{i}",
             "paragraphs": ["正文内容。"], "captions": [{"image": name, "text": f"图为{name}"}]}
            for i, name in enumerate(("good.jpg", "cut.jpg", "zeros.jpg"))]
    (tmp_path / "feed.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    db = tmp_path / "a.db"
    assert main(["--archive", str(db), "import", str(tmp_path / "feed.jsonl")]) == 0
    return db


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html"])
def test_an_article_whose_photo_is_damaged_exports_with_one_warning_and_its_caption(photo_archive, tmp_path, capsys,
                                                                                      fmt):
    capsys.readouterr()
    before = _digest(photo_archive)
    out = tmp_path / f"out.{fmt}"
    code = main(["--archive", str(photo_archive), "export", "1", "2", "3", "-o", str(out)])
    said = capsys.readouterr()
    assert code == 0, said.err
    assert "Traceback" not in said.err
    warned = [line for line in said.err.splitlines() if line.startswith("warning")]
    assert len(warned) == 2, said.err
    assert "cut.jpg" in warned[0] and "cut short" in warned[0]
    assert "zeros.jpg" in warned[1] and "damaged" in warned[1]
    assert _digest(photo_archive) == before
    data = out.read_bytes()
    if fmt == "docx":
        with zipfile.ZipFile(out) as z:
            media = [n for n in z.namelist() if n.startswith("word/media/")]
            assert len(media) == 1  # the good photo alone
    elif fmt == "html":
        assert data.count(b"<img ") == 1
    else:
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(data))
        text = "".join(page.extract_text() for page in reader.pages).replace(" ", "")
        assert "图为cut.jpg" in text and "图为zeros.jpg" in text  # the captions kept
        images = [im for page in reader.pages for im in page.images]
        assert len(images) == 1


def test_a_good_photo_is_not_said_to_be_damaged(photo_archive, tmp_path, capsys):
    capsys.readouterr()
    assert main(["--archive", str(photo_archive), "export", "1", "-o", str(tmp_path / "one.pdf")]) == 0
    assert "warning" not in capsys.readouterr().err
