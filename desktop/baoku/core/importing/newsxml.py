"""News agency XML: IPTC NITF 3.x (`nitf`), NewsML-G2 (`newsml`) and NewsML 1.x (`newsml1`), parsed
safely (`xmltree`).

A story that names its paper and page (NITF `pubdata`, or `--publication` and `--page`) is filed on
that page. A story with no page is what agencies send: it is stored as an item of the agency's
wire (a publication of the wire kind), dated, on no page, and the agency is the publication
unless `--publication` names another.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from ..errors import ImportRejected, ValidationError
from ..model import PAPER, WIRE
from .metadata import IssueMeta
from .newsml import read_g2
from .newsml1 import read_newsml1
from .nitf import nitf_agency, nitf_fields, nitf_meta
from .sources import SourceFile
from .structured import ArticleFields, Record
from .xmltree import local, parse_xml

G2_ROOTS = ("newsMessage", "newsItem", "packageItem", "conceptItem", "knowledgeItem", "planningItem",
            "catalogItem")
G2_PARTS = ("contentSet", "contentMeta", "itemMeta", "groupSet", "group", "itemRef", "rightsInfo", "partMeta")


def read_news_xml(src: SourceFile, defaults: IssueMeta, warnings: list[str],
                  root: ET.Element | None = None) -> list[Record]:
    """The articles of a NITF or NewsML-G2 file (`root`: the file already parsed, if it was)."""
    root = parse_xml(src.data, src.name) if root is None else root
    kind = local(root.tag)
    if kind == "nitf":
        meta = nitf_meta(root, src.name).merged_over(defaults)
        return [finish(meta, nitf_fields(root, src, warnings, src.name), nitf_agency(root), src.name)]
    if kind in G2_ROOTS:
        return read_g2(root, src, defaults, warnings, finish)
    if kind == "NewsML":
        return read_newsml1(root, src, defaults, warnings, finish)
    if kind in G2_PARTS:
        raise ImportRejected(f"{src.name}: a piece of a NewsML-G2 item (<{kind}>) on its own, not a whole item; "
                             "nothing to file")
    raise ImportRejected(f"{src.name}: XML root <{kind}> is neither NITF (<nitf>) nor NewsML "
                         "(<NewsML>, <newsMessage>, <newsItem>, <packageItem>)")


def finish(meta: IssueMeta, f: ArticleFields, agency: str, where: str) -> Record:
    """One story as a record: on its paper's page, or, with no page, the agency's wire item."""
    if meta.page in (None, "") and meta.kind != PAPER:
        meta.kind = WIRE
        meta.publication = meta.publication or agency or None
    missing = meta.missing()
    if missing:
        raise ImportRejected(f"{where}: the XML does not give {', '.join(missing)}; pass them as options")
    try:
        return Record(meta, f.build(where), where)
    except ValidationError as e:
        raise ImportRejected(str(e)) from None
