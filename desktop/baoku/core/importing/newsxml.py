"""IPTC NITF 3.x and NewsML-G2 (with NITF inline), parsed with defusedxml.

DTDs, entity declarations and external references are refused outright, so XML bombs and XXE never
reach the parser. Namespaces are ignored (NITF appears both with and without one).

Field mapping (documented in README.md):
- publication, date, page, page name, edition, issue number: NITF `head/pubdata` (`name`,
  `date.publication`, `position.sequence`, `position.section`, `edition.name`, `number`), else
  `head/docdata/date.issue@norm`; in NewsML-G2 also `contentMeta/infoSource` and `contentCreated`.
- headline `hedline/hl1`, subhead the first `hedline/hl2`, byline `byline`, dateline `dateline`;
- every text of `body.content`, in reading order: `p` (also `credit`, `note`, `fn`), `hl1`–`hl5`
  as subheadings, list items (`ul`/`ol`/`dl`), table rows (cells apart), `pre` lines, `bq` and
  `block` contents, photos `media` with `media-caption`, `media-producer` and
  `media-reference@source`. Text in an element not listed here is kept as a paragraph and
  reported; a photo with nothing to show is reported.
- kicker, column and genre: `head/meta[@name='kicker'|'column'|'genre']@content`.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

import defusedxml
import defusedxml.ElementTree as DET

from ..errors import ImportRejected, ValidationError
from ..model import PARAGRAPH, SUBHEADING, Article
from .encoding import decode_text
from .metadata import IssueMeta
from .sources import SourceFile
from .structured import ArticleFields, Record, load_image


def _local(tag: object) -> str:
    return tag.split("}")[-1] if isinstance(tag, str) else ""


def _find(el: ET.Element | None, *path: str) -> ET.Element | None:
    for name in path:
        if el is None:
            return None
        el = next((c for c in el if _local(c.tag) == name), None)
    return el


def _iter(el: ET.Element, name: str):
    return (e for e in el.iter() if _local(e.tag) == name)


def _text(el: ET.Element | None) -> str:
    """Element text with runs of white space folded (XML pretty-printing is not content)."""
    return "" if el is None else " ".join("".join(el.itertext()).split())


def _attr(el: ET.Element | None, name: str) -> str:
    if el is None:
        return ""
    for k, v in el.attrib.items():
        if _local(k) == name or k == name:
            return v.strip()
    return ""


def parse_xml(src: SourceFile) -> ET.Element:
    text, _ = decode_text(src.data, src.name)
    text = text.lstrip("\ufeff")
    if text.startswith("<?xml"):
        # The encoding was decoded already; drop the declaration so it cannot disagree.
        end = text.find("?>")
        text = text[end + 2:] if end > 0 else text
    try:
        return DET.fromstring(text, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except defusedxml.DTDForbidden:
        raise ImportRejected(f"{src.name}: XML with a DTD (<!DOCTYPE …>) is refused for safety") from None
    except defusedxml.EntitiesForbidden:
        raise ImportRejected(f"{src.name}: XML declaring entities is refused (entity expansion attack?)") from None
    except defusedxml.ExternalReferenceForbidden:
        raise ImportRejected(f"{src.name}: XML with external references is refused for safety") from None
    except ET.ParseError as e:
        line, col = e.position
        raise ImportRejected(f"{src.name}:{line}:{col}: malformed XML ({_short(e)})") from None


def _short(e: Exception) -> str:
    return str(e).split(":")[0]


def read_news_xml(src: SourceFile, defaults: IssueMeta, warnings: list[str],
                  root: ET.Element | None = None) -> list[Record]:
    """The articles of a NITF or NewsML-G2 file (`root`: the file already parsed, if it was)."""
    root = parse_xml(src) if root is None else root
    kind = _local(root.tag)
    if kind == "nitf":
        meta = _nitf_meta(root, src.name).merged_over(defaults)
        _require(meta, src.name)
        records = [Record(meta, _build(_nitf_fields(root, src, warnings, src.name), src.name), src.name)]
    elif kind in ("newsMessage", "newsItem"):
        items = [root] if kind == "newsItem" else list(_iter(root, "newsItem"))
        if not items:
            raise ImportRejected(f"{src.name}: NewsML-G2 message without any newsItem")
        records = [_g2_record(item, src, defaults, warnings, f"{src.name}#item{i}")
                   for i, item in enumerate(items, 1)]
    else:
        raise ImportRejected(f"{src.name}: XML root <{kind}> is neither NITF (<nitf>) nor "
                             "NewsML-G2 (<newsMessage>, <newsItem>)")
    return records


def _nitf_meta(nitf: ET.Element, where: str) -> IssueMeta:
    head = _find(nitf, "head")
    pub = _find(head, "pubdata")
    date = _attr(pub, "date.publication") or _attr(_find(head, "docdata", "date.issue"), "norm")
    data = {
        "publication": _attr(pub, "name"),
        "date": date[:8] if date[:8].isdigit() else date[:10],
        "page": _attr(pub, "position.sequence"),
        "page_name": _attr(pub, "position.section"),
        "edition": _attr(pub, "edition.name"),
        "issue_number": _attr(pub, "number"),
    }
    return IssueMeta.from_mapping({k: v for k, v in data.items() if v}, where)


def _nitf_fields(nitf: ET.Element, src: SourceFile, warnings: list[str], where: str) -> ArticleFields:
    head = _find(nitf, "head")
    body = _find(nitf, "body")
    bhead = _find(body, "body.head")
    hedline = _find(bhead, "hedline")
    f = ArticleFields()
    f.headline = _text(_find(hedline, "hl1")) or _text(_find(head, "title"))
    f.subhead = _text(_find(hedline, "hl2"))
    f.byline = " ".join(_text(b) for b in (bhead if bhead is not None else []) if _local(b.tag) == "byline")
    f.dateline = _text(_find(bhead, "dateline"))
    lang = _attr(nitf, "lang") or _attr(body, "lang")
    f.language = (lang or "zh").split("-")[0]
    for meta in (m for m in (head if head is not None else []) if _local(m.tag) == "meta"):
        name, content = _attr(meta, "name"), _attr(meta, "content")
        if name in ("kicker", "column", "genre", "source") and content:
            setattr(f, name, content)
    content = _find(body, "body.content")
    if content is not None:
        _content_blocks(content, f, src, warnings, where)
    return f


# body.content: block elements, in reading order. Everything with text is kept.
_PARAGRAPHS = {"p", "credit", "note", "fn", "dateline", "byline", "tagline", "bibliography"}
_SUBHEADINGS = {"hl1", "hl2", "hl3", "hl4", "hl5"}
_CONTAINERS = {"block", "bq", "body.content", "ul", "ol", "dl", "nitf-table", "tbody", "thead", "tfoot",
               "caption", "nitf-col", "nitf-colgroup"}


def _content_blocks(el: ET.Element, f: ArticleFields, src: SourceFile, warnings: list[str], where: str) -> None:
    """Every text of body.content in reading order: paragraphs, subheadings, list items (each a
    paragraph), table rows (a paragraph each, cells apart), preformatted lines, block quotes and
    credits; photos as captions. An element the mapping does not know keeps its text as a
    paragraph, with a warning; an image with nothing to show is reported."""
    if el.text and el.text.strip() and _local(el.tag) not in ("body.content",):
        f.body.append((PARAGRAPH, " ".join(el.text.split())))
    for child in el:
        tag = _local(child.tag)
        if tag in _PARAGRAPHS or tag in ("li", "dt", "dd"):
            text = _text(child)
            if text:
                f.body.append((PARAGRAPH, text))
        elif tag in _SUBHEADINGS:
            text = _text(child)
            if text:
                f.body.append((SUBHEADING, text))
        elif tag == "tr":
            cells = [_text(c) for c in child if _local(c.tag) in ("td", "th")]
            if any(cells):
                f.body.append((PARAGRAPH, "　".join(c for c in cells if c)))
        elif tag == "table":
            _table(child, f)
        elif tag == "pre":
            f.body.extend((PARAGRAPH, line.strip()) for line in "".join(child.itertext()).splitlines()
                          if line.strip())
        elif tag == "media":
            ref = _find(child, "media-reference")
            photo = load_image(_attr(ref, "source"), src.sibling, where, warnings)
            photo.caption = _text(_find(child, "media-caption"))
            photo.credit = _text(_find(child, "media-producer"))
            if photo.caption or photo.credit or photo.data:
                f.captions.append(photo)
            else:
                warnings.append(f"{where}: a <media> element with no caption, credit or image was left out")
        elif tag in _CONTAINERS or tag in ("ul", "ol"):
            _content_blocks(child, f, src, warnings, where)
        else:
            text = _text(child)
            if text:
                warnings.append(f"{where}: kept the text of <{tag}> as a paragraph")
                f.body.append((PARAGRAPH, text))
        if child.tail and child.tail.strip():  # text between block elements
            f.body.append((PARAGRAPH, " ".join(child.tail.split())))


def _table(table: ET.Element, f: ArticleFields) -> None:
    """A table as rows of cells: one paragraph per row, its cells apart by an ideographic space."""
    for row in (e for e in table.iter() if _local(e.tag) == "tr"):
        cells = [_text(c) for c in row if _local(c.tag) in ("td", "th")]
        if any(cells):
            f.body.append((PARAGRAPH, "　".join(c for c in cells if c)))
    for cap in (e for e in table if _local(e.tag) == "caption"):
        if _text(cap):
            f.body.append((PARAGRAPH, _text(cap)))


def _g2_record(item: ET.Element, src: SourceFile, defaults: IssueMeta, warnings: list[str],
               where: str) -> Record:
    cm = _find(item, "contentMeta")
    source = next((s for s in _iter(item, "infoSource")), None)
    created = _text(_find(cm, "contentCreated")) or _text(_find(_find(item, "itemMeta"), "versionCreated"))
    g2 = IssueMeta.from_mapping({k: v for k, v in {
        "publication": _attr(source, "literal") or _text(_find(source, "name")),
        "date": created[:10],
        "language": _attr(_find(cm, "language"), "tag").split("-")[0],
    }.items() if v}, where)
    nitf = next((e for e in _iter(item, "nitf")), None)
    if nitf is not None:
        meta = _nitf_meta(nitf, where).merged_over(g2).merged_over(defaults)
        f = _nitf_fields(nitf, src, warnings, where)
    else:
        meta = g2.merged_over(defaults)
        f = ArticleFields()
        text = next((e for e in _iter(item, "inlineData")), None)
        if text is not None:
            f.body = [(PARAGRAPH, line.strip()) for line in "".join(text.itertext()).split("\n")
                      if line.strip()]
    _require(meta, where)
    headlines = [h for h in (cm if cm is not None else []) if _local(h.tag) == "headline"]
    for h in headlines:
        role = _attr(h, "role")
        if "sub" in role and not f.subhead:
            f.subhead = _text(h)
        elif "kicker" in role or "over" in role:
            f.kicker = f.kicker or _text(h)
        elif not f.headline:
            f.headline = _text(h)
    f.byline = f.byline or " ".join(_text(b) for b in (cm if cm is not None else []) if _local(b.tag) == "by")
    f.dateline = f.dateline or _text(_find(cm, "dateline"))
    return Record(meta, _build(f, where), where)


def _require(meta: IssueMeta, where: str) -> None:
    missing = meta.missing()
    if missing:
        raise ImportRejected(f"{where}: the XML does not give {', '.join(missing)}; pass them as options")


def _build(f: ArticleFields, where: str) -> Article:
    try:
        return f.build(where)
    except ValidationError as e:
        raise ImportRejected(str(e)) from None
