"""JSONL: one article per line. The schema is documented in README.md ("JSONL schema").

A file is all or nothing: one bad line rejects the file with its line number, and nothing of it
is written.
"""

from __future__ import annotations

import json

from ..errors import ImportRejected, ValidationError
from ..model import PARAGRAPH, SUBHEADING, Article, Block, Contributor, Photo
from ..sourcetext import checked_text
from . import jsontext
from .encoding import decode_text
from .metadata import IssueMeta
from .outcome import Notice
from .sources import SourceFile
from .structured import ArticleFields, Record, body_from_text, lf, load_image

ISSUE_KEYS = {"publication", "date", "page", "page_name", "section", "edition", "issue_number",
              "place", "frequency", "kind", "identifier", "volume"}
ARTICLE_KEYS = {"kicker", "headline", "subhead", "column", "genre", "source", "dateline",
                "language", "byline", "paragraphs", "body", "captions", "blocks", "abstract", "note", "tagline"}
# Read past without a warning: others' ids, and what `baoku show --json` adds to a row (the archive's own).
IGNORED_KEYS = {"id", "url", "external_id", "page_label", "content_hash", "source_line", "continues", "scan"}


def _text(value: object, key: str, where: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, (str, int, float)):
        raise ValidationError(f"{where}: {key} must be text")
    return checked_text(str(value), f"{where}: field {key}")


def _exact(blocks: object, f: ArticleFields, where: str) -> Article:
    """An article given block by block (Baoku's own rows, as a Baoku PDF carries them): stored as
    it was, so it is the same article again (the same content hash)."""
    if not isinstance(blocks, list) or not all(
            isinstance(b, list) and len(b) == 2 and all(isinstance(x, str) for x in b) for b in blocks):
        raise ValidationError(f"{where}: blocks must be a list of [kind, text] pairs")
    built = [Block(kind, lf(checked_text(text, f"{where}: block {i + 1}"))) for i, (kind, text) in enumerate(blocks)]
    if not (f.headline.strip() or any(b.kind == PARAGRAPH and b.text.strip() for b in built)):
        raise ValidationError(f"{where}: an article needs a headline or body text")
    return Article(blocks=built, headline=f.headline, kicker=f.kicker, subhead=f.subhead, column=f.column,
                   genre=f.genre, source=f.source, language=f.language or "zh", contributors=f.contributors,
                   photos=f.captions, abstract=f.abstract, note=f.note, tagline=f.tagline)


def json_error(e: json.JSONDecodeError) -> str:
    """json's message in words, with its column: its messages that end on the position ('Invalid
    control character at') read 'at at column 16' with the column added, and a raw control
    character is named."""
    what = e.msg.removesuffix(" at")
    if what == "Invalid control character" and e.pos < len(e.doc):
        what = f"a raw control character (U+{ord(e.doc[e.pos]):04X}) inside a string,"
    return f"{what} at column {e.colno}"


def read_jsonl(src: SourceFile, defaults: IssueMeta, warnings: list[str]) -> list[Record]:
    text, _ = decode_text(src.data, src.name)
    records: list[Record] = []
    for lineno, line in enumerate(text.split("\n"), 1):
        line = line.removeprefix("\ufeff")  # files joined with their byte order marks (cat, copy /b)
        if not line.strip():
            continue
        where = f"{src.name} line {lineno}"
        try:
            obj = jsontext.loads(line)
        except (json.JSONDecodeError, RecursionError) as e:
            if isinstance(e, RecursionError):
                raise ImportRejected(f"{where}: nested too deeply to read") from None
            raise ImportRejected(f"{where}: not valid JSON ({json_error(e)})") from None
        except jsontext.JsonRefused as e:
            raise ImportRejected(f"{where}: {e}") from None
        if not isinstance(obj, dict):
            raise ImportRejected(f"{where}: each line must be a JSON object (one article)")
        unknown = set(obj) - ISSUE_KEYS - ARTICLE_KEYS - IGNORED_KEYS - {"language"}
        if unknown:
            warnings.append(Notice(f"{where}: ignored unknown field{'s' if len(unknown) > 1 else ''} "
                                   f"{', '.join(sorted(unknown))}"))
        issue_part = {k: obj[k] for k in ISSUE_KEYS if k in obj}
        if "language" in obj:
            issue_part["language"] = obj["language"]
        meta = IssueMeta.from_mapping(issue_part, where).merged_over(defaults)
        missing = meta.missing()
        if missing:
            raise ImportRejected(f"{where}: missing {', '.join(missing)} (or pass them as options)")
        f = ArticleFields(
            headline=_text(obj.get("headline"), "headline", where),
            kicker=_text(obj.get("kicker"), "kicker", where),
            subhead=_text(obj.get("subhead"), "subhead", where),
            column=_text(obj.get("column"), "column", where),
            genre=_text(obj.get("genre"), "genre", where),
            source=_text(obj.get("source"), "source", where),
            dateline=_text(obj.get("dateline"), "dateline", where),
            abstract=_text(obj.get("abstract"), "abstract", where),
            note=_text(obj.get("note"), "note", where),
            tagline=_text(obj.get("tagline"), "tagline", where),
            language=_text(obj.get("language"), "language", where) or (meta.language or "zh"))
        byline = obj.get("byline")
        if isinstance(byline, list):
            for item in byline:
                if not isinstance(item, dict) or not item.get("name"):
                    raise ImportRejected(f"{where}: byline entries need a name")
                f.contributors.append(Contributor(*(_text(item.get(k), f"byline {k}", where) or "" for k in
                                                    ("name", "role", "note"))))
        else:
            f.byline = _text(byline, "byline", where)
        paragraphs = obj.get("paragraphs")
        if paragraphs is not None:
            if not isinstance(paragraphs, list):
                raise ImportRejected(f"{where}: paragraphs must be a list of strings")
            for p in paragraphs:
                if isinstance(p, dict) and "subheading" in p:
                    f.body.append((SUBHEADING, _text(p["subheading"], "subheading", where)))
                else:
                    f.body.append((PARAGRAPH, _text(p, "paragraph", where)))
        elif obj.get("body") is not None:
            f.body = body_from_text(_text(obj["body"], "body", where))
        for cap in obj.get("captions") or []:
            if isinstance(cap, str):
                cap = {"text": cap}
            if not isinstance(cap, dict):
                raise ImportRejected(f"{where}: captions must be strings or objects")
            photo = load_image(str(cap.get("image", "")), src.sibling, where, warnings) \
                if cap.get("image") else Photo()
            photo.caption = _text(cap.get("text"), "caption", where)
            photo.credit = _text(cap.get("credit"), "credit", where)
            f.captions.append(photo)
        try:
            article = f.build(where) if obj.get("blocks") is None else _exact(obj["blocks"], f, where)
            records.append(Record(meta, article, where))
        except ValidationError as e:
            raise ImportRejected(str(e)) from None
    if not records:
        raise ImportRejected(f"{src.name}: no articles in this JSONL file")
    return records
