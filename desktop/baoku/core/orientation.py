"""A page photographed or scanned on its side, as its file says it should be shown.

A camera (a phone on a copy stand) often stores the pixels as the sensor saw them and names the
turn in the EXIF Orientation tag. Every reader of a page image (the OCR, the layout's colour crop,
the page drawn for an editor) must see the same upright page, or the characters' boxes land in
the wrong place; Pillow applies the tag only when asked.
"""

from __future__ import annotations

ORIENTATION = 0x0112  # the EXIF tag


def turn(image) -> int:
    """The image's EXIF orientation (1: as stored; 2–8: mirrored and/or turned), 1 when it has none."""
    try:
        value = image.getexif().get(ORIENTATION, 1)
    except Exception:  # noqa: BLE001 - damaged EXIF (Pillow's own errors): shown as stored
        return 1
    return value if isinstance(value, int) and 1 <= value <= 8 else 1


def upright(image):
    """The image as it should be shown: turned and mirrored as its EXIF says (the same object when
    it says nothing)."""
    if turn(image) == 1:
        return image
    from PIL import ImageOps

    return ImageOps.exif_transpose(image)
