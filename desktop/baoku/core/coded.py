"""What the core says to a person (a refusal, a check's finding) as a code and its values, so each
front end words it in its own language: the command line in English from MESSAGES, naming its own
options and commands; the window in its language from gui/codedwords.py, naming its own buttons and
dialogs, never an option. A Coded is that English text itself (a str, so every caller can print
it), carrying `.code` and `.params`.

Only this catalogue (and the query language's, search/query.py) may name a command or an option: a
test reads every other string the core holds and fails on one that does."""

from __future__ import annotations

import string
from collections.abc import Callable

from .plural import plural, verb


def _layer(n: int) -> str:
    return "is missing or damaged" if n < 0 else f"holds {plural(n, 'document')}"


def _index_damaged(p: dict) -> str:
    layers = (("word layer (Whoosh)", p["words"]), ("recall layer (FTS5)", p["recall"]))
    state = " and ".join(f"its {name} {_layer(n)}" for name, n in layers if n != p["recorded"])
    return (f"in the search index {state}, but {plural(p['recorded'], 'article')} {verb(p['recorded'], 'is')} "
            "recorded as indexed; baoku check --repair rebuilds it")


def _page_conflict(p: dict) -> str:
    shown = "、".join(f"「{h}」" for h in p["headlines"][:3]) + (" …" if len(p["headlines"]) > 3 else "")
    n = len(p["headlines"])
    if p.get("versions"):  # a feed's page: only the articles with new versions are replaced
        return (f"{p['page']} of {p['issue']} is already in the archive, and this import holds new versions of "
                f"{plural(n, 'article')} of it ({shown}); import with --replace to put the new versions in "
                f"their place (the page's other articles stay as they are); the old versions go to the trash"
                + _kept(p))
    if p.get("reread"):  # the same page image, read by an earlier Baoku: not another page
        return (f"{p['page']} of {p['issue']} is already in the archive, read from this same page image by an "
                f"earlier reading; this reading of it differs ({plural(n, 'article')} stored: {shown}), as Baoku "
                f"reads pages better now (their pictures become the articles' photos, for one); import with --replace to store this "
                f"reading instead (the earlier reading's articles go to the trash; baoku trash restore brings "
                f"{'it' if n == 1 else 'them'} back)" + _kept(p))
    return (f"{p['page']} of {p['issue']} is already in the archive with different content "
            f"({plural(n, 'article')}: {shown}); import with --replace to move "
            f"{'that article' if n == 1 else f'those {n} articles'} of {p['page']} to the trash (baoku trash "
            f"restore brings {'it' if n == 1 else 'them'} back) and store this page instead" + _kept(p))


def _listed(names: list[str]) -> str:
    """A few table names, and how many more."""
    shown = ", ".join(names[:3])
    return f"the table {shown}" if len(names) == 1 else (
        f"the tables {shown}" + (f" and {len(names) - 3} more" if len(names) > 3 else ""))


def _kept(p: dict) -> str:
    """What editors attached to the articles a --replace would replace, and that it is kept."""
    parts = [plural(p[key], *words) for key, words in (("notes", ("note",)), ("places", ("collection place",)),
                                                      ("corrections", ("correction",))) if p.get(key)]
    if not parts:
        return ""
    listed = ", ".join(parts[:-1]) + " and " + parts[-1] if len(parts) > 1 else parts[0]
    return (f". Editors attached {listed} to them; none is lost: an article's note and collection "
            "places move to its new version in this import where it has one (the same headline and much the "
            "same text, or the same text), and everything else stays with the old articles in the trash")


def _page_elsewhere(p: dict) -> str:
    found, articles = len(p["ids"]), p["articles"]
    which = (f"all {plural(found, 'article')} of this page are" if found == articles else
             f"{found} of its {plural(articles, 'article')}, most of its text, are")
    places = "; ".join(p["places"][:3]) + (" …" if len(p["places"]) > 3 else "")
    return (f"{p['page']} of {p['issue']}: {which} already in the archive, as {places} "
            f"(article{'s' if found > 1 else ''} {p['id_list']}): the same page imported again "
            "under another date, paper or page? If it really was printed twice, import it with --allow-duplicates")


def _why_not_written(p: dict) -> str:
    return {"permission": "no permission to write there", "read_only": "the disk is read-only",
            "not_folder": f"{p['blocker']} in its path is a file, not a folder", "too_long": "the name is too long",
            "disk_full": "the disk is full"}.get(p["kind"], p["reason"])


# Why a whole file cannot be read (code "unreadable", by its kind): what a newcomer meets first.
_UNREADABLE: dict[str, str | Callable[[dict], str]] = {
    "empty": "the file is empty",
    "no_text": "the file has no text",
    "binary": "this looks like a binary file, not text ({controls} control characters)",
    "nul_bytes": "cannot tell this file's encoding: it holds NUL bytes, yet reads as text neither in UTF-16 (either "
                 "byte order) nor as UTF-8 with a few stray NULs; it may be a binary file, not text",
    "truncated": "the file ends in the middle of a{encoding} character; it looks truncated",
    "undecodable": "cannot read this file as UTF-8 ({reason} at byte {at}), GB18030 or Big5 (also HKSCS and cp950); "
                   "it may be truncated, mixed or not text",
    "not_pdf": "not a PDF file (no %PDF header)",
    "pdf_encrypted": "the PDF is encrypted; remove the password and import again",
    "pdf_no_pages": "the PDF has no pages",
    "pdf_damaged": "damaged PDF ({detail})",
    "no_text_on_image": "no text was found on the page image",
    # a page image the OCR reader refuses before reading it (ocr.engine.page_png, importing.scan)
    "image_bomb": "refused as a decompression bomb: {pixels:,} pixels, over the limit of {limit:,}",
    "image_unknown": "not an image Baoku can read (PNG, JPEG, TIFF, WebP or JPEG 2000), whatever its name says",
    "image_damaged": lambda p: "the image is damaged and cannot be read (" + (
        "the file is cut short" if p["cut"] else p["detail"]) + ")",
    "page_too_large": lambda p: f"{_image(p)} is {p['width']}×{p['height']} pixels, over the {p['limit']:,} limit "
                                "for a page",
    "page_too_small": lambda p: f"{_image(p)} is {p['width']}×{p['height']} pixels: too small or too narrow to be "
                                "a newspaper page",
    "image_blank": lambda p: ("its page is" if p["pages"] == 1 else f"all {p['pages']} pages are") +
                             " blank (no ink on the image): nothing to read",
    "not_importable": "not an importable format ({suffix})",
    "other_format": lambda p: _other_format(p),
    "folder_gone": lambda p: ("the folder is gone since the import began (a disk removed, a network share dropped, "
                              f"or the folder moved): {plural(p['left'], 'entry', 'entries')} left in it "
                              f"{verb(p['left'], 'was')} not read. Connect it again and import it again (what was "
                              "stored is skipped)"),
}

# What a file of another format is (importing/otherformats.py), and what to do with it.
_FORMATS = {"png": "a PNG image", "jpeg": "a JPEG image", "tiff": "a TIFF image", "webp": "a WebP image",
            "jp2": "a JPEG 2000 image", "gif": "a GIF image", "bmp": "a BMP image", "pdf": "a PDF document",
            "zip": "a ZIP archive", "docx": "a Word document (.docx)", "xlsx": "an Excel workbook (.xlsx)",
            "pptx": "a PowerPoint presentation (.pptx)", "odf": "an OpenDocument file", "epub": "an EPUB book",
            "office_old": "an old Office document (.doc, .xls)", "rtf": "an RTF document", "html": "an HTML page",
            "gzip": "a gzip-compressed file", "7z": "a 7-Zip archive", "rar": "a RAR archive", "video": "a video"}


def _other_format(p: dict) -> str:
    what = _FORMATS.get(p["format"], p["format"])
    if p.get("rename"):
        return f"{what}, not text: name it {p['rename']} to import it"
    if p["format"] in ("gif", "bmp"):
        return f"{what}, not text; Baoku reads page images in PNG, JPEG, TIFF, WebP or JPEG 2000: convert it first"
    if p["format"] in ("gzip", "7z", "rar"):
        return f"{what}, not text: unpack it and import what it holds"
    if p["format"] == "video":
        return f"{what}, not text: nothing in it can be imported"
    markup = " (its markup would be stored as the article's text)" if p["format"] in ("html", "rtf") else ""
    return f"{what}, not plain text{markup}: save it as plain text (.txt) or PDF and import that"


def _image(p: dict) -> str:
    """The image, or which page of a file of several."""
    return f"page {p['page']}" if p.get("page") else "the image"


# What a migrate names by table (store.migration): one, many.
_TABLES = {"page_scan": ("scanned page", None), "scan_line": ("OCR line", None), "facsimile": ("facsimile", None),
           "layout_block": ("layout block", None), "layout_edit": ("layout correction", None),
           "saved_search": ("saved search", "saved searches"), "history_step": ("undo step", None),
           "audit": ("audit log entry", "audit log entries")}


_STANDING = {"fifo": "a named pipe", "device": "a device", "socket": "a socket"}


def _counted(tables: list) -> str:
    return ", ".join(plural(n, *_TABLES.get(table, (table, None))) for table, n in tables)


# Each code's English: a format string ({n:article} says "3 articles"), or a function of the values.
MESSAGES: dict[str, str | Callable[[dict], str]] = {
    "no_archive": "no archive at {path}; import something first (baoku import …)",
    # what the page view's split, merge and clip refuse (store/clipping.py): met in the window
    "split_at_start": "the cut is at the start of article {article}'s text: nothing of it would be left before the "
                      "cut; cut further down",
    "split_no_body": "the part after the cut has no body text",
    "split_line_unmatched": "line {line}'s text is not found in article {article}; correct it first",
    "merge_itself": "an article cannot be merged with itself",
    "clip_outside": "the rectangle {box} lies outside the page, which is {width}×{height} pixels",
    "clip_too_small": "the rectangle is too small (at least {side}×{side} pixels on the page)",
    "no_paper": "no paper '{name}' in the archive (baoku list publications shows them)",
    "no_collection": "no collection named 「{name}」 (baoku collection list shows them)",
    "no_trash_entry": "no trash entry with id {id} (baoku trash list shows them)",
    "cannot_write": lambda p: f"cannot write {'the copy ' if p.get('copy') else ''}{p['path']}: {_why_not_written(p)}",
    "backup_exists": "{path} already exists; choose another name, or replace it with --force",
    "restore_newer": "{path} has changes made after this backup (in its {tables}); restoring would lose "
                     "them. Back it up first, or restore with --force (the archive is kept beside it then)",
    "line_text_missing": "line {line}'s text is not found in its article's paragraphs; correct the paragraph "
                         "instead (baoku correct ARTICLE --block N)",
    "line_text_repeated": "line {line}'s text is found more than once in its article's paragraphs; correct the "
                          "paragraph instead (baoku correct ARTICLE --block N)",
    "name_not_utf8": lambda p: ("the file's name is not UTF-8" + (f" (shown as read in {p['encoding']})" if p["encoding"]
                                                                  else "") + "; rename it in UTF-8 to import it"
                                + (f" (convmv -f {p['encoding'].lower()} -t utf-8 --notest renames it)"
                                   if p["encoding"] else "")),
    "damaged_no_backup": "the archive file {path} is damaged ({reason}); no backup was written: a copy of a damaged "
                         "file would not restore it. Restore the archive from an earlier backup (baoku restore FILE)",
    "unreadable": lambda p: (f"{p['where']}: " if p.get("where") else "") + (
        _UNREADABLE[p["kind"]](p) if callable(_UNREADABLE[p["kind"]]) else _UNREADABLE[p["kind"]].format(**p)),
    "file_too_big": "file is {size} MB, over the {limit} MB limit for one file (see --max-file-mb)",
    "no_issue_metadata": lambda p: (f"{p['where']}: " if p["where"] else "") + (
        f"no issue metadata for {p['missing']}; the text itself has none. Give --publication/--date/--page, a "
        "sidecar file beside it (same name, .json or .yaml), or a file name such as "
        "泉州晚报_2024-09-11_第5版_民企会客厅.txt"),
    "page_conflict": _page_conflict,
    "page_stored_elsewhere": _page_elsewhere,
    "index_missing": "{n:article} missing from the search index (baoku check --repair re-indexes them)",
    "index_stale": "{n:article} indexed at an older version (baoku check --repair re-indexes them)",
    "index_orphaned": "{n:deleted article} still in the search index (baoku check --repair re-indexes them)",
    "index_damaged": _index_damaged,
    "page_image": lambda p: {
        "none": "page {page} has no page image (it was not imported from a scan or a PDF)",
        "missing": "the image of page {page} is missing ({path}); restore it from a backup",
        "damaged": "the image of page {page} cannot be read ({why}); it is damaged: restore {path} from a backup",
    }[p["state"]].format(**p),
    "archive_moved": "{path} was moved, renamed or deleted while Baoku had it open (its folder too, or its disk "
                     "removed): nothing more is written; what was stored before went with the file. Open it "
                     "where it is now",
    "foreign_database": lambda p: (f"{p['path']} is another program's SQLite database (it holds "
                                   f"{_listed(p['tables'])}), not a Baoku archive; nothing was changed. "
                                   "Give an archive file, or a new file's name to make one"),
    "index_link_broken": "the search index's folder {path} is a symbolic link to {target}, which cannot be reached "
                         "(a disk not connected, or a link that leads nowhere or to itself); connect it, or remove "
                         "the link to have the index made again beside the archive. The archive is fine",
    "lock_blocked": "the archive's lock file {path} cannot be opened ({reason}); remove what stands at that name "
                    "(Baoku makes the file again); nothing was changed",
    # A font file shipped with Baoku missing, or cut short or overwritten (an install interrupted)
    "font_missing": "bundled font missing: {path} (reinstall Baoku)",
    "font_damaged": "bundled font damaged: {path} cannot be read ({reason}) (reinstall Baoku)",
    # What stands at an archive's path when it is no archive this Baoku can open (store/openrefusals.py)
    "archive_not_a_file": lambda p: (f"{p['path']} is {_STANDING[p['kind']]}, not an archive file; give an archive "
                                     "file, or a new file's name to make one"),
    "archive_newer": "{path} was made by a newer Baoku (schema {version}); update Baoku to open it",
    "archive_read_only_empty": "{path} is read-only and holds no archive (it is empty), so none can be made in it; "
                               "nothing was changed. Give an archive file, or a new file's name in a folder you "
                               "can write",
    "archive_read_only_older": "{path} is read-only and its schema ({version}) is older than this Baoku's "
                               "({current}); open a writable copy once to upgrade it",
    "backup_images_missing": "the backup lacks {n:page image} that the archive records: they are not in its image "
                             "store {folder} (moved or deleted?). The rest is backed up; put the images back "
                             "(baoku check lists them) and back up again",
    "restore_images_missing": "the restored archive lacks {n:page image} that it records: they were not beside "
                              "the backup, in {folder}. The rest is restored; put them there and restore again, "
                              "or baoku check lists them",
    "server_backup_damaged": "{path} is cut short or damaged ({reason}): it cannot be restored, and nothing was "
                             "changed. Restore another backup",
    "server_address_not_file": "{address} is a server archive's address, not an archive file",
    "server_tool_missing": "PostgreSQL's {tool} is not installed (apt install postgresql-client)",
    "server_tool_failed": "the server archive's {what} failed: {reason}",
    "not_a_server_backup": "{path} is not a server archive's backup (baoku backup writes one)",
    "restore_embedded_backup": "{path} is an embedded archive's backup; restore it to an archive file "
                               "(baoku --archive FILE restore …)",
    "restore_over_archive": "the server archive {address} holds {n:article}; restoring would replace them. "
                            "Restore into an empty database, or with --force (what it holds is backed up "
                            "beside the backup file first)",
    "server_password_in_address": "{address}: a server archive's address holds no password (it would be kept in "
                                  "settings and shell history); put it in ~/.pgpass, a service file "
                                  "(PGSERVICEFILE) or libpq's PGPASSWORD instead",
    "server_foreign_database": lambda p: (f"{p['address']} holds another program's tables ({_listed(p['tables'])}), "
                                          "not a Baoku archive; nothing was changed. Give an empty database (createdb) "
                                          "or a Baoku archive's"),
    "server_encoding": "the database of {address} stores text in {encoding}, not UTF-8: it cannot hold Chinese, "
                       "and nothing was changed. Make the archive's database in UTF-8 "
                       "(createdb -E UTF8 -T template0 NAME)",
    "server_read_only": "the server archive {address} is read-only ({reason}): a standby server, or a database set "
                        "read-only; it can be read and searched, and nothing was changed",
    "server_cancelled": "the server archive {address} stopped the statement ({reason}): a time limit set on the server "
                        "for this user or database (statement_timeout) is too short for it, or an administrator "
                        "cancelled it; what was under way was not kept. Ask the archive's admin to raise the limit",
    "server_connection_lost": lambda p: (f"the connection to the server archive {p['address'] or ''}".rstrip()
                                         + f" was lost ({p['reason']}): the server restarted or cannot be reached; "
                                         "what was under way was not kept. Try again (Baoku connects again)"),
    "server_unreachable": "cannot connect to the server archive {address}: {reason}",
    "server_role_refused": lambda p: (f"the server archive {p['address']}".rstrip()
                                      + f" refused: {p['reason']} (the roles this user holds on the server do not "
                                      "allow it; the archive's admin grants them); nothing was changed"),
    "server_cannot_import": "the roles this user holds on the server archive {address} do not allow importing "
                            "(an archivist's right; the archive's admin grants it); nothing was imported",
    "server_schema_older": "{address} was made by an older Baoku (server schema {version}, this Baoku's {ours}), and "
                           "this user may not bring it up to date ({reason}): the database's owner opens it once with "
                           "this Baoku (any command, e.g. baoku list), which updates it for every user; nothing was "
                           "changed",
    "server_schema_newer": "{address} was made by a newer Baoku (server schema {version}, this Baoku's {ours}); "
                           "update Baoku to open it",
    "migrate_same_kind": "{source} and {dest} are both {kind}s; baoku migrate moves an archive file to a server "
                         "archive or a server archive to a file (copy a file with baoku backup)",
    "migrate_would_lose": lambda p: (f"{p['source']} holds what a server archive cannot keep yet: "
                                     + _counted(p["lost"])
                                     + f"; migrating to {p['dest']} would lose them, so nothing was copied"),
    "migrate_not_empty": "{dest} already holds {n:article} ({rows:row} in all); migrate into a new archive file or "
                         "an empty database (an interrupted migrate is finished by running it again)",
    "migrate_other_source": "{dest} holds an unfinished migrate from {other}, not from {source}; run that migrate "
                            "again to finish it, or migrate into an empty destination",
    "migrate_left": lambda p: f"left with {p['source']}: {_counted(p['left'])} (its own, not the archive's records)",
    "migrate_source_changed_since": "{source} has changed since this migrate into {dest} began (rows were added to it "
                                    "or deleted), so the copy cannot be finished and nothing more was copied; make the "
                                    "destination empty again (a server archive: drop and create its database; a file: "
                                    "delete it) and migrate again",
    "migrate_source_changed": "the {table} table differs between {source} and {dest} after copying: the source was "
                              "changed while it was migrated; the source is unchanged by the migrate, migrate it "
                              "again into an empty destination",
    "image_store_unset": "the server archive {address} has no image store for page images: its owner or an admin "
                         "names one with baoku server images FOLDER",
    "image_store_unreachable": "the image store {folder} of the server archive {address} cannot be reached from "
                               "this computer: mount it at that path",
    "image_store_unwritable": lambda p: (f"a page image cannot be written into the image store {p['folder']} "
                                         f"({p['reason']}): "
                                         + ("the disk it is on is full; make room there" if p["full"] else
                                            "a file stands where a folder of it belongs; move that file away"
                                            if p.get("blocked") else "make it writable for this user")
                                         + "; the issue was not stored (those before it are)"),
    "scan_needs_image_store": "{source}: a scanned page's image cannot be kept: {problem}; nothing was stored",
    "not_on_server": lambda p: (f"{p['what']} is not available on a server archive yet ({p['address']})"
                                + (f"; on a server archive, baoku {', '.join(p['available'])} work so far"
                                   if p["available"] else "")),
}


class _English(string.Formatter):
    def format_field(self, value, spec: str):
        if spec[:1].isalpha():  # a counted noun
            return plural(value, spec)
        return super().format_field(value, spec)


class Coded(str):
    """A message by its code and values; as a str, its English."""

    code: str
    params: dict

    def __new__(cls, code: str, **params) -> Coded:
        english = MESSAGES[code]
        self = super().__new__(cls, english(params) if callable(english) else _English().format(english, **params))
        self.code, self.params = code, params
        return self

    def __reduce__(self):  # pickles (to and from a worker) as it was made
        return _rebuild, (self.code, self.params)


def _rebuild(code: str, params: dict) -> Coded:
    return Coded(code, **params)
