"""Two loose ends of a METS issue's import: an ARTICLE division that names only a picture is a
picture story (图片新闻: the caption under the picture as its text, the photo attached), as a scan's
captioned picture with no story is; and an issue imported again whose only difference is a page's
image is refused as stored with other content, and stored with the new image under --replace."""

from __future__ import annotations

import hashlib
import io

from PIL import Image

from baoku.core.importing.run import import_paths
from baoku.core.model import CAPTION as CAPTION_LINE
from baoku.core.store import Archive

from .test_mets_photos import CAPTION, METS, PICTURE, _alto, _area, _page_image


def _batch(tmp_path, mets: str = METS, image: bytes | None = None):
    batch = tmp_path / "batch"
    batch.mkdir(exist_ok=True)
    (batch / "issue.xml").write_text(mets, encoding="utf-8")
    (batch / "0001.xml").write_text(_alto(), encoding="utf-8")
    (batch / "0001.png").write_bytes(image or _page_image())
    return batch / "issue.xml"


# The story without its picture; the picture a division of its own; its caption (TB2) in none.
PICTURE_ONLY = METS.replace(f'<mets:div TYPE="ARTICLE" ID="ART1">{_area("TB1")}{_area("IL1")}{_area("TB2")}{_area("TB3")}'
                            '</mets:div>',
                            f'<mets:div TYPE="ARTICLE" ID="ART1">{_area("TB1")}{_area("TB3")}</mets:div>'
                            f'<mets:div TYPE="ARTICLE" ID="ART3">{_area("IL1")}</mets:div>')


def test_a_division_naming_only_a_picture_is_a_picture_story_with_its_caption(tmp_path):
    """Before, the division made no article (it named no text block): the picture was lost, and
    its caption became a headless article of its own."""
    assert PICTURE_ONLY != METS
    with Archive(tmp_path / "a.db") as archive:
        report = import_paths(archive, [_batch(tmp_path, PICTURE_ONLY)])
        assert report.ok, [o.message for o in report.outcomes]
        records = [archive.article(aid).article for aid in archive.page_article_ids(archive.pages()[0]["id"])]
    pictured = [a for a in records if a.photos and a.photos[0].box == PICTURE]
    assert len(pictured) == 1, [(a.headline, a.text()[:40]) for a in records]
    story = pictured[0]
    [photo] = story.photos
    assert (photo.caption, photo.credit) == ("Mayor Smith opens the bridge.", "John Doe")
    assert photo.data is not None and photo.caption_box is not None
    assert [(b.kind, b.text) for b in story.blocks] == [(CAPTION_LINE, CAPTION)]  # the caption its text
    assert sum("Mayor Smith" in a.text() for a in records) == 1  # not a second article too
    assert any(a.headline == "BRIDGE OPENS" and not a.photos for a in records)  # the story, without it


def _other_image() -> bytes:
    img = Image.open(io.BytesIO(_page_image())).convert("RGB")
    img.putpixel((5, 5), (0, 0, 0))  # a page scanned again: another file, the same text
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


def _stored_image(archive) -> str:
    return archive.page_scan(archive.pages()[0]["id"])["sha256"]


def test_a_reimport_whose_only_difference_is_the_page_image_is_refused_and_replace_replaces_it(tmp_path):
    """Before, the page was taken as already stored (its articles' content the same) and the old
    image stayed, with --replace too, and nothing said so."""
    mets = _batch(tmp_path)
    with Archive(tmp_path / "a.db") as archive:
        assert import_paths(archive, [mets]).ok
        first = _stored_image(archive)
        ids = archive.article_ids()
        other = _other_image()
        (mets.parent / "0001.png").write_bytes(other)
        [outcome] = import_paths(archive, [mets]).outcomes
        assert outcome.conflicting and "different content" in str(outcome.refused[0].message()), outcome
        assert _stored_image(archive) == first and archive.article_ids() == ids  # nothing changed unasked
        [outcome] = import_paths(archive, [mets], replace=True).outcomes
        assert outcome.status == "imported", outcome.message
        assert _stored_image(archive) == hashlib.sha256(other).hexdigest()
        assert len(archive.article_ids()) == len(ids)
        [outcome] = import_paths(archive, [mets]).outcomes  # the same again: nothing to do
        assert not outcome.refused and _stored_image(archive) == hashlib.sha256(other).hexdigest()
