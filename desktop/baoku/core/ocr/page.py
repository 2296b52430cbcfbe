"""What the OCR gives for a page: its lines, each with its text, box and confidence, and each
character's box and confidence where the recogniser reports them (ocr.engine reads them; the
workers of ocr.reading build them; ocr.variants turns their characters back to the printed forms)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class OcrChar:
    text: str
    box: tuple[int, int, int, int]  # x0, y0, x1, y1 in image pixels
    confidence: float


@dataclass
class OcrLine:
    text: str
    box: tuple[int, int, int, int]
    confidence: float
    chars: list[OcrChar] = field(default_factory=list)

    @property
    def height(self) -> int:
        return self.box[3] - self.box[1]


@dataclass
class OcrPage:
    width: int
    height: int
    lines: list[OcrLine]
