"""Articles to a print-ready PDF: one article, or a booklet with cover, contents and bookmarks."""

from __future__ import annotations


import datetime as dt
import io
import os
from dataclasses import dataclass, field
from pathlib import Path

from reportlab import Version as REPORTLAB_VERSION
from reportlab.platypus import (
    BaseDocTemplate,
    Image,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Spacer,
)
from reportlab.platypus.flowables import HRFlowable

from .. import model
from ..errors import NotFound, ValidationError
from ..files import writable_name, write_atomically
from ..model import ArticleRecord
from ..store.archive import Archive
from .flowables import ArticleStart, TextBlock, TextStyle, TocEntry
from .styles import GREY, Styles
from .fonts import FontSet
from .keep import heads_kept
from .layout import Furniture, Geometry
from .options import SCRIPTS, ExportOptions
from .photos import credited, photo_places, unprintable
from .reference import gbt7714
from ..script import is_latin_text
from .text import convert_script, fullwidth_punctuation

DEFAULT_TITLE = "报库文章选编"


@dataclass
class ExportResult:
    path: Path | None
    pages: int
    articles: int
    start_pages: dict[int, int] = field(default_factory=dict)  # article id -> page where it starts
    warnings: list[str] = field(default_factory=list)
    photos_left_out: int = 0  # photos whose picture could not be printed (each in `warnings`)


def load_records(archive: Archive, ids: list[int], order: str = "date") -> list[ArticleRecord]:
    """The articles to export, each once; every id must exist."""
    seen: list[int] = []
    for i in ids:
        if i not in seen:
            seen.append(int(i))
    if not seen:
        raise ValidationError("nothing to export: no articles selected")
    records = []
    for i in seen:
        rec = archive.article(i)  # NotFound names the id
        records.append(rec)
    if order == "date":
        records.sort(key=lambda r: (r.date, r.publication, r.edition, r.section, r.page_number, r.seq, r.id))
    return records


class _Doc(BaseDocTemplate):
    """Records the page where each article starts and bookmarks it in the outline."""

    def __init__(self, buf, start_pages: dict[str, int], **kw):
        super().__init__(buf, **kw)
        self.start_pages = start_pages

    def article_started(self, key: str) -> None:
        self.start_pages[key] = self.page


class _Booklet:
    """Builds the story for one pass; collects every printed string for the glyph check."""

    def __init__(self, records: list[ArticleRecord], opts: ExportOptions, fonts: FontSet,
                 crops: dict[int, bytes] | None = None):
        self.records = records
        self.opts = opts
        self.fonts = fonts
        self.crops = crops or {}
        self.styles = Styles(opts)
        self._latin_styles: dict[str, Styles] = {}
        self.booklet = opts.booklet if opts.booklet is not None else len(records) > 1
        self.printed: dict[str, list[str]] = {}
        self.warnings: list[str] = []
        self.photos_left_out = 0
        self.geometry = Geometry.from_options(opts)

    # -- text ------------------------------------------------------------------------------------

    def shape(self, text: str, punctuation: bool = True) -> str:
        """The printed form of stored text: script conversion, then print punctuation."""
        text = convert_script(text, SCRIPTS[self.opts.script][0])
        if punctuation and self.opts.fullwidth_punctuation:
            return fullwidth_punctuation(text)
        return text

    def block(self, label: str, text: str, style: TextStyle, punctuation: bool = True) -> TextBlock:
        printed = self.shape(text, punctuation)
        self.printed.setdefault(label, []).append(printed)
        return TextBlock(printed, style, self.fonts)

    def running_head(self) -> str:
        return self.shape(self.title if self.booklet else self.records[0].source_line())

    def title_of(self, rec: ArticleRecord) -> str:
        a = rec.article
        if a.headline or a.kicker:
            return a.headline or a.kicker
        body = next((b.text for b in a.blocks if b.kind == model.PARAGRAPH), "")
        return (body[:24] + "…") if len(body) > 24 else (body or f"文章 {rec.id}")

    @property
    def title(self) -> str:
        if self.opts.title:
            return self.opts.title
        if not self.booklet:
            return self.title_of(self.records[0])
        return DEFAULT_TITLE

    # -- story -----------------------------------------------------------------------------------

    def story(self, start_pages: dict[str, int]) -> list:
        self.printed.clear()
        story: list = []
        if self.booklet:
            story += self.cover() + [NextPageTemplate("front"), PageBreak()]
            story += self.contents(start_pages) + [NextPageTemplate("body"), PageBreak()]
        for n, rec in enumerate(self.records):
            if n and self.opts.new_page_per_article:
                story.append(PageBreak())
            story += self.article(rec, shares_head=self.shares_head(n))
        return heads_kept(story)

    def shares_head(self, n: int) -> bool:
        """Whether record n runs under the head just printed: a page's lead-in (导语) and its
        roundtable (圆桌) share one kicker and headline, which a reader meets once."""
        if n == 0 or (self.opts.new_page_per_article and n):
            return False
        prev, rec = self.records[n - 1].article, self.records[n].article
        return (self.records[n - 1].page_id == self.records[n].page_id and bool(rec.headline)
                and (prev.kicker, prev.headline) == (rec.kicker, rec.headline))

    def continued_title(self, rec: ArticleRecord) -> str:
        """What names an article printed under the head before it: its genre, else its byline."""
        a = rec.article
        return a.genre or a.byline or a.subhead or f"文章 {rec.id}"

    def cover(self) -> list:
        st = self.styles
        recs = self.records
        first, last = min(r.date for r in recs), max(r.date for r in recs)
        span = _cn_date(first) + ("" if first == last else f" — {_cn_date(last)}")
        papers = "、".join(dict.fromkeys(r.publication for r in recs))
        lines = [f"共 {len(recs)} 篇 · {span}", papers]
        if self.opts.subject:
            lines.append(f"检索：{self.opts.subject}")
        lines.append(f"报库 Baoku 导出于 {_cn_date(dt.date.today())}")
        _, _, _, h = self.geometry.body
        out: list = [Spacer(1, h * 0.28), self.block("封面", self.title, st.cover_title),
                     Spacer(1, 18)]
        out += [self.block("封面", s, st.cover_line) for s in lines]
        return out

    def contents(self, start_pages: dict[str, int]) -> list:
        st = self.styles
        out: list = [self.block("目录", "目　录", st.toc_heading)]
        for n, rec in enumerate(self.records):
            key = _key(rec)
            # Under a shared head, the entry names the part (圆桌), not the headline again.
            title = self.shape("　" + self.continued_title(rec) if self.shares_head(n) else self.title_of(rec))
            source = self.shape(" · ".join(filter(None, [rec.source_line(), rec.article.genre])))
            self.printed.setdefault("目录", []).extend([title, source])
            out.append(TocEntry(key, title, source, start_pages.get(key), self.fonts,
                                st.toc_title, st.toc_source))
        return out

    def styles_of(self, rec: ArticleRecord) -> Styles:
        """A Latin-script article is set as Latin text is (see Styles.latin)."""
        if not is_latin_text(rec.article.text()):
            return self.styles
        lang = rec.article.language if rec.article.language not in ("", "und", "zh") else "en"
        if lang not in self._latin_styles:
            self._latin_styles[lang] = self.styles.latin(lang)
        return self._latin_styles[lang]

    def article(self, rec: ArticleRecord, shares_head: bool = False) -> list:
        """The article in reading order (as the reader pane shows it), a rule under its head.
        Under the head of the article before it, the shared kicker and headline are not printed
        again: the part's name (its genre) heads it instead. An agency's note to editors is not
        printed: it is not for publication."""
        st = self.styles_of(rec)
        a = rec.article
        label = f"文章 {rec.id}"
        title = self.title_of(rec)
        mark = ArticleStart(_key(rec), self.shape(f"{title}（{self.continued_title(rec)}）" if shares_head
                                                  else title))
        out: list = [mark]
        if rec.id in self.crops:
            out += self.facsimile(label, rec)
        pieces = rec.reading_order()
        if shares_head:
            shared = {model.COLUMN, model.KICKER, model.HEADLINE}
            pieces = [(model.SUBHEAD, self.continued_title(rec))] + [(k, t) for k, t in pieces
                                                                     if k not in shared]
        before, loose = photo_places(a.photos, pieces)
        for n, (kind, text) in enumerate(pieces):
            if kind == model.EDITORS_NOTE:
                continue
            if kind == model.SOURCE_LINE:
                if self.opts.reference in ("source", "both"):
                    out.append(self.block(label, text, st.source))
                rule = HRFlowable(width="100%", thickness=0.6, color=GREY, spaceBefore=2, spaceAfter=8)
                rule.keep_heads = True  # the rule under the head goes with it
                out.append(rule)
                for photo in loose:  # photos whose caption the text does not print
                    out += self.photo(label, photo, with_caption=True, st=st)
                continue
            if n in before:
                out += self.photo(label, before[n], with_caption=False, st=st)
            out.append(self.block(label, text, self._style_for(kind, st)))
        if self.opts.reference in ("gbt7714", "both"):
            # A reference keeps the standard's own punctuation.
            out.append(self.block(label, self.opts.citation_label + gbt7714(rec), st.reference, punctuation=False))
        out.append(Spacer(1, st.body.leading * 1.5))
        return out

    def _style_for(self, kind: str, st: Styles) -> TextStyle:
        return {model.COLUMN: st.column, model.KICKER: st.kicker, model.HEADLINE: st.headline,
                model.SUBHEAD: st.subhead, model.HEAD_BYLINE: st.byline,
                model.SUBHEADING: st.subheading, model.LABEL: st.label, model.GUEST: st.guest,
                model.BYLINE: st.byline_block, model.CAPTION: st.caption, model.ABSTRACT: st.guest,
                model.TAGLINE: st.caption}.get(kind, st.body)

    def photo(self, label: str, photo: model.Photo, with_caption: bool, st: Styles | None = None) -> list:
        out: list = []
        why = unprintable(photo) if photo.data else None
        if why:
            said = f"{label}: photo {photo.filename or ''} not printed ({why}); its caption still is"
            if said not in self.warnings:  # (a booklet is laid out twice)
                self.warnings.append(said)
                self.photos_left_out += 1
        elif photo.data:
            img = Image(io.BytesIO(photo.data))
            w, h = self.geometry.column_width, self.geometry.body[3]
            scale = min(1.0, w / img.imageWidth, h * 0.4 / img.imageHeight)
            img.drawWidth, img.drawHeight = img.imageWidth * scale, img.imageHeight * scale
            img.hAlign = "CENTER"
            out.append(img)
        if with_caption and (photo.caption or photo.credit):
            said = credited(photo, is_latin_text(photo.caption + photo.credit))
            out.append(self.block(label, said, (st or self.styles).caption))
        return out

    def facsimile(self, label: str, rec: ArticleRecord) -> list:
        """The article's piece of the page, as wide as the column at most (never enlarged past its
        print resolution), with the source line under it; the two kept together."""
        from .facsimile import PRINT_DPI

        img = Image(io.BytesIO(self.crops[rec.id]))
        natural = img.imageWidth * 72 / PRINT_DPI
        w, h = self.geometry.column_width, self.geometry.body[3]
        scale = min(w, natural) / img.imageWidth
        scale = min(scale, h * 0.6 / img.imageHeight)
        img.drawWidth, img.drawHeight = img.imageWidth * scale, img.imageHeight * scale
        img.hAlign = "CENTER"
        line = self.block(label, "原版剪报　" + rec.source_line(), self.styles.caption)
        out = [KeepTogether([img, Spacer(1, 3), line]), Spacer(1, self.styles.body.leading * 0.5)]
        for f in out:
            f.keep_heads = True  # the article's heads follow its facsimile on the same page
        return out

    # -- build -----------------------------------------------------------------------------------

    def build(self) -> tuple[bytes, dict[str, int], int]:
        """Lay out twice when there are contents: the second pass prints the page numbers found
        by the first. TOC entries reserve room for the number, so both passes paginate alike."""
        start_pages: dict[str, int] = {}
        passes = 2 if self.booklet else 1
        for n in range(passes):
            story = self.story(dict(start_pages))
            if n == 0:
                self.printed.setdefault("书眉", []).append(self.running_head())
                self.fonts.check({k: "".join(v) for k, v in self.printed.items()})
            found: dict[str, int] = {}
            data, pages = self._render(story, found)
            if found == start_pages:
                break
            start_pages = found
        return data, start_pages, pages

    def _render(self, story: list, found: dict[str, int]) -> tuple[bytes, int]:
        g = self.geometry
        opts = self.opts
        # The running head in the script the booklet is printed in (a traditional booklet kept a
        # simplified 报库文章选编 over every page).
        furniture = Furniture(g, self.fonts, self.running_head())
        authors = opts.author or "、".join(dict.fromkeys(r.publication for r in self.records))
        templates = furniture.templates()  # a booklet starts with its cover; else body pages only
        buf = io.BytesIO()
        doc = _Doc(
            buf, found, pagesize=g.media,
            pageTemplates=templates if self.booklet else templates[2:],
            title=self.shape(self.title), author=authors,
            subject=opts.subject or f"{len(self.records)} 篇文章",
            keywords=list(opts.keywords) or sorted({r.article.column for r in self.records} - {""}),
            creator="Baoku 报库", producer=f"Baoku 报库 (ReportLab {REPORTLAB_VERSION})",
            initialFontName=self.fonts.name(FontSet.SERIF), initialFontSize=opts.font_size,
            lang="zh-Hant" if opts.script in ("traditional", "taiwan", "hongkong") else "zh-CN",
            displayDocTitle=True, leftMargin=0, rightMargin=0, topMargin=0, bottomMargin=0,
        )
        doc.build(story)
        return buf.getvalue(), doc.page


def _key(rec: ArticleRecord) -> str:
    return f"article-{rec.id}"


def _cn_date(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def render_pdf(records: list[ArticleRecord], options: ExportOptions,
               crops: dict[int, bytes] | None = None) -> tuple[bytes, ExportResult]:
    """Lay out the articles (with `crops`, the facsimiles facsimile_crops made); nothing is
    written. The GUI previews these bytes."""
    opts = options.validated()
    fonts = FontSet(SCRIPTS[opts.script][1], opts.missing_glyphs)
    job = _Booklet(records, opts, fonts, crops if opts.facsimile else None)
    data, starts, pages = job.build()
    result = ExportResult(None, pages, len(records),
                          {int(k.rsplit("-", 1)[1]): v for k, v in starts.items()}, job.warnings, job.photos_left_out)
    return data, result


def export_pdf(archive: Archive, ids: list[int], out: str | os.PathLike[str],
               options: ExportOptions | None = None) -> ExportResult:
    """Export the articles to `out`. The file appears whole or not at all."""
    options = options or ExportOptions()
    out = writable_name(out)
    if out.is_dir():
        raise ValidationError(f"{out} is a folder; give a file name such as {out / 'export.pdf'}")
    records = load_records(archive, ids, options.order)
    data, result = render_pdf(records, options, _crops(archive, records, options))
    write_atomically(out, _with_articles(data, records))
    result.path = out
    return result


def _crops(archive: Archive, records: list[ArticleRecord], options: ExportOptions) -> dict[int, bytes] | None:
    if not options.facsimile:
        return None
    from .facsimile import facsimile_crops

    return facsimile_crops(archive, records, skip_missing=options.missing_facsimile == "skip")


def preview_pdf(archive: Archive, ids: list[int], options: ExportOptions) -> bytes:
    """The PDF the export would write, for a preview."""
    records = load_records(archive, ids, options.order)
    return render_pdf(records, options, _crops(archive, records, options))[0]


def _with_articles(data: bytes, records: list[ArticleRecord]) -> bytes:
    """The PDF with the articles it prints attached as Baoku's JSONL rows: imported again, the
    PDF gives back the same articles, not a re-reading of its columns and running heads."""
    from pypdf import PdfReader, PdfWriter

    from ..interchange import ATTACHMENT, articles_jsonl

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.add_attachment(ATTACHMENT, articles_jsonl(records))
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


__all__ = ["ExportResult", "NotFound", "export_pdf", "load_records", "preview_pdf", "render_pdf"]
