"""Articles as a Word document (python-docx): the headline a Heading, kicker and subhead around it,
byline, source line, paragraphs with a two-character first-line indent, subheadings, captions and
the citation line. The Chinese faces are named for East Asian text (w:eastAsia): 宋体 for text,
黑体 for heads, so Word and LibreOffice set Chinese in them rather than in a Latin face's fallback."""

from __future__ import annotations

import io
import re

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from ... import model
from ...script import is_latin_text
from ..photos import credited, photo_places
from ..options import ExportOptions
from . import CITATION, Written

SERIF, SANS = "宋体", "黑体"  # SimSun, SimHei: named by their Chinese names, as Word writes them
LATIN_SERIF, LATIN_SANS = "Times New Roman", "Arial"
GREY = RGBColor(0x55, 0x55, 0x55)
# What XML 1.0 cannot hold (C0 controls but tab, LF and CR; lone surrogates; U+FFFE and U+FFFF):
# the archive keeps such characters, a Word document leaves them out. A vertical tab (Word's own
# soft line break) and a form feed are line breaks.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_BREAKS = str.maketrans("\x0b\x0c", "\n\n")


def xml_text(text: str) -> str:
    """The text as a Word document can hold it."""
    return _NOT_XML.sub("", text.translate(_BREAKS))


def set_fonts(style_or_run, east_asia: str, latin: str) -> None:
    """Name the faces of a style or run, East Asian text included."""
    font = style_or_run.font
    font.name = latin
    rpr = style_or_run.element.get_or_add_rPr()
    fonts = rpr.get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), east_asia)
    fonts.set(qn("w:ascii"), latin)
    fonts.set(qn("w:hAnsi"), latin)


def _styles(doc, size: float) -> None:
    normal = doc.styles["Normal"]
    set_fonts(normal, SERIF, LATIN_SERIF)
    normal.font.size = Pt(size)
    lang = OxmlElement("w:lang")  # Chinese text is Chinese to the spelling checker and the line breaker
    lang.set(qn("w:eastAsia"), "zh-CN")
    normal.element.get_or_add_rPr().append(lang)
    for name, scale in (("Title", 2.0), ("Heading 1", 1.9), ("Heading 2", 1.5), ("Heading 3", 1.15), ("Subtitle", 1.15)):
        style = doc.styles[name]
        set_fonts(style, SANS, LATIN_SANS)
        style.font.size = Pt(size * scale)
        style.font.color.rgb = RGBColor(0, 0, 0)
    caption = doc.styles["Caption"]
    set_fonts(caption, SANS, LATIN_SANS)
    caption.font.color.rgb = GREY


def _para(doc, text: str, style: str | None = None, *, centred=False, grey=False, indent=0.0, size=None, italic=False):
    p = doc.add_paragraph(style=style)
    run = p.add_run(xml_text(text))
    if grey:
        run.font.color.rgb = GREY
    if size:
        run.font.size = Pt(size)
    run.italic = italic or None
    if centred:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if indent:
        p.paragraph_format.first_line_indent = Pt(indent)
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p


def render_docx(written: list[Written], title: str, options: ExportOptions) -> bytes:
    doc = Document()
    size = options.font_size
    _styles(doc, size)
    section = doc.sections[0]
    section.left_margin = section.right_margin = section.top_margin = section.bottom_margin = Cm(options.margin_mm / 10)
    props = doc.core_properties
    props.title = xml_text(title)
    props.author = xml_text(options.author or "、".join(dict.fromkeys(w.article.publication for w in written)))
    props.subject, props.language = xml_text(options.subject), "zh-CN"
    props.comments = "Baoku 报库"
    several = len(written) > 1
    if several:
        doc.add_heading(xml_text(title), level=0).alignment = WD_ALIGN_PARAGRAPH.CENTER
    level = 2 if several else 1
    for n, w in enumerate(written):
        if n:
            doc.add_paragraph()
        before, loose = photo_places(w.photos, [(p.kind, p.text) for p in w.pieces])
        for k, p in enumerate(w.pieces):
            if k in before:  # a photo whose caption this line prints: right over it
                _picture(doc, before[k])
            if p.kind == model.HEADLINE:
                doc.add_heading(xml_text(p.text), level=level).alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif p.kind in (model.KICKER, model.SUBHEAD):
                _para(doc, p.text, "Subtitle", centred=True)
            elif p.kind == model.COLUMN:
                _para(doc, p.text, "Caption")
            elif p.kind == model.HEAD_BYLINE:
                _para(doc, p.text, centred=True, grey=True)
            elif p.kind == model.SOURCE_LINE:
                _para(doc, p.text, centred=True, grey=True, size=size * 0.85)
                for photo in loose:  # its caption under it: the text does not print it
                    _picture(doc, photo)
                    said = credited(photo, is_latin_text(photo.caption + photo.credit))
                    if said:
                        _para(doc, said, "Caption")
            elif p.kind == model.SUBHEADING:
                doc.add_heading(xml_text(p.text), level=level + 1)
            elif p.kind == model.CAPTION:
                _para(doc, p.text, "Caption")
            elif p.kind == CITATION:
                _para(doc, p.text, grey=True, size=size * 0.85)
            elif p.kind in (model.BYLINE, model.LABEL):
                _para(doc, p.text)
            else:
                _para(doc, p.text, indent=2 * size)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _picture(doc, photo: model.Photo) -> None:
    try:
        doc.add_picture(io.BytesIO(photo.data), width=Cm(12))
    except Exception:  # noqa: BLE001 - a format Word does not take: the caption still says what it was
        return
    doc.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
