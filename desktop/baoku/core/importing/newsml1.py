"""IPTC NewsML 1.x (`<NewsML>`), as AFP and other agencies still send it: each `NewsItem` a story.

- the story's lines from its `NewsComponent/NewsLines`: `HeadLine`, `SubHeadLine`, `ByLine`,
  `DateLine`, `CreditLine`;
- its text from the `ContentItem`s of media type Text: inline NITF (read as NITF), NITF body
  elements (`p`, `hl2` …), or HTML sent as text (`<P>` tags are paragraph breaks);
- language `DescriptiveMetadata/Language@FormalName`, agency `AdministrativeMetadata/Provider/Party`
  (else the identifier's `ProviderId`), date `NewsManagement/FirstCreated` (else the envelope's).

Photo, video and audio components are named in the report as not stored.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import Counter

from ..errors import ImportRejected
from ..script import is_latin_text
from .agency import iso_date, latin_byline
from .bodytext import BodyReader
from .metadata import IssueMeta
from .newsml import each_item, text_paragraphs
from .nitf import nitf_fields
from .sources import SourceFile
from .structured import ArticleFields, Record, load_image
from .xmltree import attr, child, children, local, named, text_of


def read_newsml1(root: ET.Element, src: SourceFile, defaults: IssueMeta, warnings: list[str],
                 finish) -> list[Record]:
    envelope_date = text_of(child(root, "NewsEnvelope", "DateAndTime"))
    items = children(root, "NewsItem")
    if not items:
        raise ImportRejected(f"{src.name}: NewsML without any NewsItem")
    return each_item(items, src.name,
                     lambda item, where: [_story(item, src, defaults, warnings, finish, where, envelope_date)],
                     warnings)


def _story(item: ET.Element, src: SourceFile, defaults: IssueMeta, warnings: list[str], finish, where: str,
           envelope_date: str) -> Record:
    comp = child(item, "NewsComponent")
    if comp is None:
        raise ImportRejected(f"{where}: a NewsItem without a NewsComponent")
    lines = child(comp, "NewsLines")
    f = ArticleFields()
    f.headline = text_of(child(lines, "HeadLine"))
    f.subhead = text_of(child(lines, "SubHeadLine"))
    f.dateline = text_of(child(lines, "DateLine"))
    by = text_of(child(lines, "ByLine"))
    if by:
        f.byline = by
        f.contributors = latin_byline(by) if is_latin_text(by) else []
    f.language = attr(next(named(comp, "Language"), None), "FormalName").split("-")[0].lower() or \
        attr(item, "lang").split("-")[0].lower()
    others: Counter = Counter()
    for content in named(comp, "ContentItem"):
        media = attr(child(content, "MediaType"), "FormalName").lower()
        data = child(content, "DataContent")
        if media not in ("", "text") or data is None:
            others[media or "content"] += 1
            continue
        _text(data, f, src, warnings, where)
    if others:
        warnings.append(f"{where}: not stored: " + ", ".join(f"{k} component" + (f" ×{n}" if n > 1 else "")
                                                            for k, n in sorted(others.items())))
    created = text_of(child(item, "NewsManagement", "FirstCreated")) or envelope_date
    meta = IssueMeta.from_mapping({"date": iso_date(created)} if iso_date(created) else {}, where)
    party = attr(child(comp, "AdministrativeMetadata", "Provider", "Party"), "FormalName")
    agency = party or text_of(child(item, "Identification", "NewsIdentifier", "ProviderId"))
    return finish(meta.merged_over(defaults), f, agency, where)


def _text(data: ET.Element, f: ArticleFields, src: SourceFile, warnings: list[str], where: str) -> None:
    """One text ContentItem's DataContent into the story."""
    nitf = next((e for e in data.iter() if local(e.tag) == "nitf"), None)
    if nitf is not None:
        inner = nitf_fields(nitf, src, warnings, where)
        f.body += inner.body
        f.captions += inner.captions
        f.headline = f.headline or inner.headline
        f.byline, f.contributors = f.byline or inner.byline, f.contributors or inner.contributors
        f.abstract, f.note, f.tagline = inner.abstract, inner.note, inner.tagline
        f.language = f.language or inner.language
    elif any(local(c.tag) for c in data):  # NITF body elements, bare
        reader = BodyReader(False, lambda ref: load_image(ref, src.sibling, where, warnings)).read(data)
        f.body += reader.blocks
        f.captions += reader.photos
        warnings += reader.notes(where)
    else:  # HTML or plain text, as characters
        f.body += [("paragraph", p) for p in text_paragraphs(data.text or "")]
