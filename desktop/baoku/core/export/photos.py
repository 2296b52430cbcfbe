"""Where an article's photos stand as a reader meets it, for the reader pane and the PDF alike:
a photo whose caption a caption line of the text prints stands right before that line (the
caption printed once, under it); any other photo that has a picture or a caption stands after
the head's source line, its caption under it. A photo with neither (a photographer's credit
line the page-text rules read) is not shown."""

from __future__ import annotations

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
