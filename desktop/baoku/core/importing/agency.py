"""Agency conventions in Latin-script copy: bylines as persons and titles, datelines as place and
date.

- `By Meredith Jameson, Staff Reporter` → Meredith Jameson (Staff Reporter);
  `By BERNARD CONDON<byttl>AP Business Writer</byttl>` → BERNARD CONDON (AP Business Writer);
  `<person>Mia Rabson and Jordan Press</person><byttl>The Canadian Press</byttl>` → two persons;
  `Por María García, corresponsal`, `Av Kari Nordmann / NTB` alike. What reads as neither a
  name nor a title (`gr/bp`, an agency's initials) stays one contributor, as written.
- A dateline keeps its place (`location`, its city, state and country, else the event location
  of the document) and its date (`story.date`, its text, or its `norm` written as a date:
  `20170102T222800+0000` is 2017-01-02, never the timestamp itself).

Chinese bylines (记者 张三) are read by `structured.parse_byline`.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from ..model import Contributor
from .xmltree import attr, local

# "By" in the languages agencies write in: English, Spanish/Portuguese, Norwegian/Danish/Swedish,
# German, French, Dutch (not de, di, da: they begin surnames).
BY_WORDS = ("by", "por", "av", "af", "von", "par", "door")
_BY = re.compile(rf"^\s*(?:{'|'.join(BY_WORDS)})\s*:?\s+(?=\S)|^\s*(?:{'|'.join(BY_WORDS)})\s*:\s*", re.I)
_AND = re.compile(r"\s+(?:and|y|e|og|och|und|et|en|ja)\s+|\s*&\s*|\s*/\s*|\s*;\s*", re.I)
# Words that say what someone is, not who (a title or an affiliation), in the same languages.
TITLE_WORDS = {
    "reporter", "writer", "correspondent", "editor", "staff", "columnist", "photographer", "journalist",
    "press", "news", "agency", "desk", "service", "bureau", "contributor", "analyst", "critic", "associated",
    "writers", "reporters", "correspondents", "editors", "special", "senior", "chief", "political",
    "business", "sports", "science", "medical", "diplomatic", "economics", "online", "network",
    "corresponsal", "redactor", "redactora", "periodista", "enviado", "enviada", "especial", "agencia",
    "medarbeider", "korrespondent", "journalist", "fotograf", "redaktør", "redaksjon", "reporter",
    "journalistin", "korrespondentin", "redakteur", "redakteurin", "envoyé", "envoyée", "correspondant",
    "corrispondente", "inviato", "inviata", "giornalista",
}
_NAME_WORD = re.compile(r"^[^\W\d_][\w'’.\-]*$")


def _looks_like_name(text: str) -> bool:
    """Two to five capitalised words, none of them a title word (one word alone, NTB or AFP, is an
    agency, not a person)."""
    words = text.split()
    if not 2 <= len(words) <= 5 or any(w.lower().strip(".,") in TITLE_WORDS for w in words):
        return False
    particles = {"de", "del", "la", "van", "von", "der", "den", "da", "di", "le", "bin", "al", "y"}
    return all(_NAME_WORD.match(w) and (w[0].isupper() or w.lower() in particles) for w in words)


def _strip_by(text: str) -> str:
    return _BY.sub("", text, count=1).strip(" ,;:-–—")


def _names(text: str) -> list[str]:
    return [n.strip(" ,.;:") for n in _AND.split(text) if n.strip(" ,.;:")]


def split_byline(text: str) -> tuple[list[str], str]:
    """A plain byline as (persons, title): `By Sam Lister, Press Association Political
    Correspondent` → (["Sam Lister"], "Press Association Political Correspondent"). Segments after
    a comma that are not names make the title; ([], "") when no person can be told."""
    body = _strip_by(text)
    segments = [s.strip() for s in body.split(",") if s.strip()]
    persons: list[str] = []
    title: list[str] = []
    for seg in segments:
        names = _names(seg)
        if not title and names and all(_looks_like_name(n) for n in names):
            persons += names
        elif persons:
            # "Geir Molnes / Faktisk.no": a name, then where the person works
            title.append(seg)
        else:
            return [], ""
    if not persons:
        return [], ""
    return persons, ", ".join(title)


def latin_byline(text: str) -> list[Contributor]:
    """The persons of a plain Latin-script byline, each with the byline's title; the byline as
    one contributor when no person can be told from it."""
    persons, title = split_byline(text)
    if not persons:
        plain = _strip_by(text)
        head, _, rest = plain.partition("/")  # "Geir Molnes / Faktisk.no"
        if rest and _looks_like_name(head.strip()):
            return [Contributor(head.strip(), rest.strip())]
        return [Contributor(plain)] if plain else []
    return [Contributor(p, title) for p in persons]


def nitf_byline(el: ET.Element) -> tuple[str, list[Contributor]]:
    """A NITF <byline> as printed (its parts set apart: 「By BERNARD CONDON, AP Business Writer」)
    and its contributors: <person> elements, or the text around them, are the persons and
    <byttl> their title."""
    persons: list[str] = []
    titles: list[str] = []
    loose: list[str] = []
    printed: list[str] = []

    def add_text(t: str | None) -> None:
        if t and t.strip():
            loose.append(" ".join(t.split()))
            printed.append(" ".join(t.split()))

    add_text(el.text)
    for c in el:
        kind, value = local(c.tag), " ".join("".join(c.itertext()).split())
        if kind == "person" and value:
            persons += _names(value)
            printed.append(value)
        elif kind == "byttl" and value:
            titles.append(value)
            if printed and not printed[-1].endswith(","):
                printed[-1] += ","
            printed.append(value)
        elif value:
            loose.append(value)
            printed.append(value)
        add_text(c.tail)
    shown = " ".join(printed).replace(" ,", ",")
    title = ", ".join(titles)
    if not persons:
        named, more = split_byline(" ".join(loose))
        if not named:
            return shown, latin_byline(shown) if not title else \
                [Contributor(_strip_by(" ".join(loose)) or title, title if loose else "")]
        persons, title = named, ", ".join(t for t in (more, title) if t)
    return shown, [Contributor(p, title) for p in persons]


def iso_date(norm: str) -> str:
    """A NITF/ISO timestamp (`20170102T222800+0000`, `2016-05-12T00:05:13+02:00`) as a date
    (2017-01-02); "" when it holds none."""
    m = re.match(r"(\d{4})-?(\d{2})-?(\d{2})", norm.strip())
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else ""


_TIMESTAMP = re.compile(r"^\d{8}T\d{4,6}([+-]\d{4}|Z)?$|^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-][\d:]+)?$")


def nitf_dateline(el: ET.Element | None, event_place: str = "") -> str:
    """A NITF <dateline> as place and date: its text, its <location> (city, state, country) and
    its <story.date> (the text, or the date its norm says when the text is a raw timestamp). With
    no place of its own, the document's event location stands in."""
    if el is None:
        return ""
    parts: list[str] = []
    has_place = False

    def add(t: str | None) -> None:
        if t and t.strip(" ,\n\t"):
            parts.append(" ".join(t.split()))

    add(el.text)
    for c in el:
        kind = local(c.tag)
        if kind == "location":
            pieces = [" ".join("".join(x.itertext()).split()) for x in c] or [" ".join("".join(c.itertext()).split())]
            place = ", ".join(p for p in pieces if p.strip(" ,")) or " ".join("".join(c.itertext()).split())
            if place:
                parts.append(place)
                has_place = True
        elif kind == "story.date":
            text = " ".join("".join(c.itertext()).split())
            date = iso_date(attr(c, "norm")) if (not text or _TIMESTAMP.match(text)) else text
            if date or text:
                parts.append(date or text)
        else:
            add("".join(c.itertext()))
        add(c.tail)
    if not has_place and event_place and not any(event_place.lower() in p.lower() for p in parts):
        parts.insert(0, event_place)
    return ", ".join(p.strip(" ,") for p in parts if p.strip(" ,"))
