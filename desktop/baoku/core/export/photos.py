"""Where an article's photos stand as a reader meets it, for the reader pane and the PDF alike:
a photo whose caption a caption line of the text prints stands right before that line (the
caption printed once, under it); any other photo that has a picture or a caption stands after
the head's source line, its caption under it. A photo with neither (a photographer's credit
line the page-text rules read) is not shown."""

from __future__ import annotations

import io

from .. import model


def photo_places(photos: list[model.Photo], pieces: list[tuple[str, str]]) -> tuple[dict[int, model.Photo],
                                                                                   list[model.Photo]]:
    """(the photo before each piece that prints its caption, by the piece's index; the photos
    that stand after the source line). `photos`: an article's (a format that shows only pictures
    gives those with one)."""
    before: dict[int, model.Photo] = {}
    placed: set[int] = set()
    for i, (kind, text) in enumerate(pieces):
        if kind != model.CAPTION:
            continue
        k = next((k for k, p in enumerate(photos) if k not in placed and p.caption and p.caption in text), None)
        if k is not None:
            before[i] = photos[k]
            placed.add(k)
    loose = [p for k, p in enumerate(photos) if k not in placed and (p.data or p.caption)]
    return before, loose


def credited(photo: model.Photo, latin: bool) -> str:
    """A loose photo's caption with its credit, as printed under it: 图为……（郭剑平 摄）."""
    if not photo.credit:
        return photo.caption
    return photo.caption + (f" (Photo: {photo.credit})" if latin else f"（{photo.credit} 摄）")


def unprintable(photo: model.Photo) -> str | None:
    """Why the photo's picture cannot be printed, in a few words; None when it decodes whole. The
    header alone is no proof: a file cut short, or garbage after a good header, was embedded as
    it was and the PDF's typesetter (which decodes it only when drawing the page) stopped the
    whole export with a traceback. A JPEG is decoded at an eighth of its size (it still reads every
    byte), so a 50-megapixel photo costs little."""
    import warnings

    from PIL import Image

    if not photo.data:
        return "no picture"
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(photo.data)) as image:
                if image.format == "JPEG":
                    image.draft(image.mode, (max(1, image.width // 8), max(1, image.height // 8)))
                image.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        return "the picture is too large to print (over Pillow's pixel limit)"
    except Exception as e:  # noqa: BLE001 - Pillow's errors for undecodable data vary by format
        cut = "truncated" in str(e) or isinstance(e, EOFError)
        return "the picture file is cut short" if cut else f"the picture file is damaged: {e}"
    return None
