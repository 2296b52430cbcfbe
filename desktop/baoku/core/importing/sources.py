"""Where import material comes from: a file, a folder, or a ZIP, read safely and within limits.

Nothing is ever extracted to disk. ZIP entries with absolute or `..` paths, symlinks, nested
archives, or sizes past the limits are refused one by one, with a reason.
"""

from __future__ import annotations

import errno
import lzma
import os
import posixpath
import stat
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from ..coded import Coded
from ..errors import ImportRejected
from ..files import as_read, name_problem, not_utf8
from .metadata import SIDECAR_SUFFIXES
from .sourcefile import (  # noqa: F401 (the names importers take from here)
    DATA_SUFFIXES, HREF, IMAGE_SUFFIXES, METS_ROOT, SCANS, Limits, Skipped, SourceFile, file_head, file_key, is_g2_package,
    mets_members, plain_file,
)


def iter_sources(path: Path, limits: Limits, explicit: bool = True,
                 within: set[Path] | None = None) -> Iterator[SourceFile | Skipped]:
    """Yield the importable files under `path` (a file, a folder or a ZIP), in a stable order.
    The pages of an issue's METS (its ALTO files) are read with it, not again on their own."""
    unreadable = _unreadable(path)
    if unreadable:
        yield Skipped(str(path), unreadable)
        return
    if path.is_symlink() and _resolved(path) is None:
        yield Skipped(str(path), "a symbolic link that leads back to itself (a loop)", failed=False)
        return
    if path.is_symlink() and not explicit:
        yield Skipped(str(path), "symbolic links inside a folder are not followed", failed=False)
        return
    from .ndnp import batch_file, is_batch_list, iter_batch_folder

    batch = batch_file(path) if path.is_dir() else path if path.name.lower().endswith(".xml") and \
        path.is_file() and is_batch_list(path) else None
    if batch is not None:  # an NDNP batch: the issues its list names (see ndnp)
        yield from iter_batch_folder(path if path.is_dir() else path.parent, batch, limits, iter_sources)
        return
    if path.is_dir():
        entries = sorted(path.iterdir(), key=lambda p: p.name)
        within = set(within or ())
        packages: set[Path] = set()
        issues: set[Path] = set()  # METS files: each is read on its own, even where one names another
        for child in entries:
            if child.suffix.lower() == ".xml" and child.is_file() and not child.is_symlink():
                head = file_head(child)
                members = mets_members(head, child)
                if METS_ROOT.search(head):
                    issues.add(_resolved(child))
                within |= {r for rel in members if (r := _resolved(child.parent / rel))}
                if is_g2_package(head, lambda child=child: _read_or_nothing(child, limits.max_file_bytes)):
                    packages.add(child)
        within -= issues  # (a METS naming itself as its page's ALTO was passed over without a word)
        # A NewsML-G2 package first: the items it takes in (beside it, or in folders below) are then
        # known to the batch before the walk comes to them, and are not read twice.
        entries.sort(key=lambda p: p not in packages)
        for k, child in enumerate(entries):
            if not path.is_dir():  # gone since it was listed: a disk pulled out, a share dropped, a move
                yield Skipped(str(path), Coded("unreadable", kind="folder_gone", left=len(entries) - k))
                return  # (one line for the folder, not one "no such file" a file for thousands)
            if child.name.startswith(".") or (not child.is_symlink() and _resolved(child) in within):
                continue
            yield from iter_sources(child, limits, explicit=False, within=within)
        return
    if not path.exists():
        yield Skipped(str(path), "no such file or folder")
        return
    suffix = path.suffix.lower()
    if suffix == ".zip":
        yield from _iter_zip(path, limits)
        return
    if not explicit and suffix not in DATA_SUFFIXES and not is_scan(path.name, lambda n: (path.parent / n).is_file()):
        if suffix not in SIDECAR_SUFFIXES + IMAGE_SUFFIXES:
            yield Skipped(str(path), Coded("unreadable", kind="not_importable", suffix=suffix or "no extension"),
                          failed=False)
        return
    info = path.stat()
    if not stat.S_ISREG(info.st_mode):  # reading a named pipe waits for a writer that may never come
        yield Skipped(str(path), f"not a regular file but {_special(info.st_mode)}: not read")
        return
    size = info.st_size
    if size > limits.for_name(path.name):
        yield Skipped(str(path), Coded("file_too_big", size=f"{size / 2**20:.1f}",
                                       limit=f"{limits.for_name(path.name) / 2**20:.0f}"))
        return
    if not_utf8(str(path)):  # named as best it can be: the archive keeps names in UTF-8
        shown, encoding = as_read(str(path))
        yield Skipped(shown, Coded("name_not_utf8", encoding=encoding))
        return
    try:
        data = read_within(path, limits.for_name(path.name))
    except OSError as e:
        yield Skipped(str(path), f"cannot read the file: {e.strerror or e}")
        return
    if data is None:  # it grew past the limit since its size was looked at
        size = max(path.stat().st_size, limits.for_name(path.name) + 1)
        yield Skipped(str(path), Coded("file_too_big", size=f"{size / 2**20:.1f}",
                                       limit=f"{limits.for_name(path.name) / 2**20:.0f}"))
        return
    yield SourceFile(str(path), data, _disk_sibling(path.parent, limits), _disk_neighbours(path.parent))


def _unreadable(path: Path) -> str | None:
    """Why this user cannot look at `path`, or None: a folder it may not list (mode 0) or may list
    but not enter (no x: its files' kinds cannot be read), or anything inside such a folder. Every
    later look (is it a folder, a batch list, a symbolic link) raised PermissionError instead, and
    OSError at a name no file system takes (one too long)."""
    problem = name_problem(path)
    if problem is not None:
        return f"no file can have this name: {problem}"
    try:
        path.lstat()
        if stat.S_ISDIR(path.stat().st_mode):
            with os.scandir(path) as entries:
                for entry in entries:
                    entry.stat(follow_symlinks=False)
                    break
    except OSError as e:
        if isinstance(e, FileNotFoundError) or e.errno == errno.ELOOP:
            return None  # (said below, as a missing path and a loop of symbolic links are)
        what = "folder" if path.is_dir() else "file or folder"
        return f"cannot read the {what}: {e.strerror or e}"
    return None


def _special(mode: int) -> str:
    for test, kind in ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISSOCK, "a socket"),
                       (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device")):
        if test(mode):
            return kind
    return "a special file"


def read_within(path: Path, limit: int) -> bytes | None:
    """The whole file when it holds at most `limit` bytes, else None. Its size looked at before is
    no bound: a file still being written (a download, a growing log) was read to its end, however
    far past the limit it had grown meanwhile."""
    with open(path, "rb") as f:
        data = f.read(limit + 1)
    return data if len(data) <= limit else None


def _read_or_nothing(path: Path, limit: int) -> bytes:
    """The whole file, or nothing when it is past `limit` or cannot be read."""
    try:
        return read_within(path, limit) or b""
    except OSError:
        return b""


def is_scan(name: str, exists: Callable[[str], bool]) -> bool:
    """A page image in a folder or ZIP: its name gives the issue's date (泉州晚报_2024-09-11_A05.png)
    or it has a sidecar. Other images there are a feed's photos, not pages."""
    from ..model import parse_date
    from .metadata import meta_from_filename

    stem, suffix = posixpath.splitext(name)
    if suffix.lower() not in SCANS:
        return False
    if exists(stem + ".xml"):  # the image of an ALTO page: read with its ALTO, not by OCR
        return False
    if any(exists(stem + s) for s in SIDECAR_SUFFIXES):
        return True
    try:
        date = meta_from_filename(stem).date
        return bool(date) and bool(parse_date(date))  # (a name's 1650-03-01 is no page's date)
    except Exception:  # noqa: BLE001 - a name that cannot be read describes nothing
        return False


def _resolved(path: Path) -> Path | None:
    """The real path, or None where symbolic links lead round in a loop (or cannot be read)."""
    try:
        return path.resolve()
    except (RuntimeError, OSError):
        return None


def _disk_sibling(folder: Path, limits: Limits) -> Callable[[str], bytes | None]:
    base = folder.resolve()

    def read(rel: str) -> bytes | None:
        target = _resolved(base / rel)
        if target is None or base not in target.parents or not target.is_file():
            return None
        return read_within(target, limits.max_file_bytes)

    return read


def _disk_neighbours(folder: Path) -> Callable[[], list[str]]:
    def names() -> list[str]:
        try:
            return sorted(p.name for p in folder.iterdir() if p.is_file() and not p.is_symlink())
        except OSError:
            return []

    return names


def _fix_zip_name(info: zipfile.ZipInfo) -> None:
    """ZIPs written on Linux (UTF-8) or Chinese Windows (GBK) often omit the UTF-8 flag, so Python
    reads their names as cp437. Recover the real name."""
    if info.flag_bits & 0x800:
        return
    try:
        raw = info.filename.encode("cp437")
    except UnicodeEncodeError:
        return
    for encoding in ("utf-8", "gb18030", "big5"):
        try:
            info.filename = raw.decode(encoding)
            return
        except UnicodeDecodeError:
            continue


def _zip_entry_problem(info: zipfile.ZipInfo) -> str | None:
    name = info.filename
    if name.startswith(("/", "\\")) or (len(name) > 1 and name[1] == ":"):
        return "absolute path inside the ZIP"
    if ".." in name.replace("\\", "/").split("/"):
        return "path leaves the ZIP's folder (..)"
    mode = info.external_attr >> 16
    if mode and stat.S_ISLNK(mode):
        return "symbolic link inside the ZIP"
    if info.flag_bits & 0x1:
        return "encrypted ZIP entry"
    return None


# What unpacking one ZIP entry can raise when its data is damaged: zipfile leaves the codecs' own
# errors (zlib's, LZMA's) and a cut stream's EOFError to the caller, and says a method it cannot
# unpack (Deflate64, PPMd, AES) with NotImplementedError, a RuntimeError as an encrypted entry is.
_UNPACK_ERRORS = (zipfile.BadZipFile, OSError, EOFError, ValueError, RuntimeError, zlib.error, lzma.LZMAError)
_METHODS = {9: "Deflate64", 98: "PPMd", 99: "AES encryption", 93: "Zstandard", 95: "XZ", 97: "WavPack"}


def _unpack(zf: zipfile.ZipFile, info: zipfile.ZipInfo, size: int) -> bytes:
    """Up to `size` bytes of an entry, unpacked; whatever stops that is an ImportRejected naming
    the entry's trouble in one line, so one bad entry fails alone and the rest of the ZIP goes in."""
    try:
        with zf.open(info) as fh:
            return fh.read(size)
    except NotImplementedError:
        method = _METHODS.get(info.compress_type, f"method {info.compress_type}")
        raise ImportRejected(f"the ZIP entry is packed with {method}, which Baoku cannot unpack; "
                             "pack the ZIP again with ordinary Deflate") from None
    except _UNPACK_ERRORS as e:
        raise ImportRejected(f"damaged ZIP entry: {str(e).splitlines()[0] if str(e) else type(e).__name__}") from None


def _iter_zip(path: Path, limits: Limits) -> Iterator[SourceFile | Skipped]:
    try:
        if path.stat().st_size == 0:  # said as any empty file is (zipfile: 'File is not a zip file')
            yield Skipped(str(path), Coded("unreadable", kind="empty"))
            return
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as e:
        yield Skipped(str(path), f"not a readable ZIP file: {e}")
        return
    with zf:
        infos = [i for i in zf.infolist() if not i.is_dir()]
        for info in infos:
            _fix_zip_name(info)
        if len(infos) > limits.max_zip_entries:
            yield Skipped(str(path), f"ZIP has {len(infos)} files, over the limit of {limits.max_zip_entries}")
            return
        total = sum(i.file_size for i in infos)
        if total > limits.max_zip_total_bytes:
            yield Skipped(str(path), f"ZIP unpacks to {total / 2**20:.0f} MB, over the limit "
                                     f"of {limits.max_zip_total_bytes / 2**20:.0f} MB")
            return
        by_name = {i.filename: i for i in infos}

        def read(info: zipfile.ZipInfo) -> bytes:
            limit = limits.for_name(info.filename)
            if info.file_size > limit:
                raise ImportRejected(f"{info.file_size / 2**20:.1f} MB, over the {limit / 2**20:.0f} MB limit")
            if info.compress_size and info.file_size / info.compress_size > limits.max_zip_ratio \
                    and info.file_size > 1024 * 1024:
                raise ImportRejected("compression ratio is too high (a ZIP bomb?)")
            data = _unpack(zf, info, limit + 1)  # never trust the declared size
            if len(data) > limit:
                raise ImportRejected(f"unpacks past the {limit / 2**20:.0f} MB limit")
            return data

        def sibling_of(member: str) -> Callable[[str], bytes | None]:
            folder = posixpath.dirname(member)

            def sib(rel: str) -> bytes | None:
                target = posixpath.normpath(posixpath.join(folder, rel.replace("\\", "/")))
                info = by_name.get(target)
                if info is None or target.startswith("../") or _zip_entry_problem(info):
                    return None
                try:
                    return read(info)
                except ImportRejected:
                    return None

            return sib

        def neighbours_of(member: str) -> Callable[[], list[str]]:
            folder = posixpath.dirname(member) or "."
            return lambda: [posixpath.relpath(i.filename, folder) for i in infos if not _zip_entry_problem(i)]

        if not infos:
            yield Skipped(str(path), "the ZIP holds no files")
            return
        within: set[str] = set()
        packages: set[str] = set()
        issues: set[str] = set()
        for info in infos:
            if info.filename.lower().endswith(".xml") and not _zip_entry_problem(info):
                try:
                    head = _unpack(zf, info, 4096)
                    data = read(info) if METS_ROOT.search(head) else head
                except ImportRejected:
                    continue
                folder = posixpath.dirname(info.filename)
                within |= {posixpath.normpath(posixpath.join(folder, rel)) for rel in mets_members(head, data=data)}
                if METS_ROOT.search(head):
                    issues.add(info.filename)
                if is_g2_package(head, lambda info=info: sibling_of("")(info.filename) or b""):
                    packages.add(info.filename)
        within -= issues  # (each METS is read on its own: see iter_sources)
        # NewsML-G2 packages first (their items may be anywhere in the ZIP): see iter_sources.
        for info in sorted(infos, key=lambda i: (i.filename not in packages, i.filename)):
            if info.filename in within:
                continue
            shown = f"{path}!{info.filename}"
            problem = _zip_entry_problem(info)  # before the hidden-file rule: ..\evil starts with a dot
            if problem:
                yield Skipped(shown, problem)
                continue
            base = posixpath.basename(info.filename)
            if base.startswith(".") or info.filename.startswith("__MACOSX/"):
                continue
            suffix = posixpath.splitext(base.lower())[1]
            if suffix == ".zip":
                yield Skipped(shown, "ZIP inside a ZIP is not opened; unpack it first")
                continue
            names = {posixpath.basename(i.filename) for i in infos}
            if suffix not in DATA_SUFFIXES and not is_scan(base, names.__contains__):
                if suffix not in SIDECAR_SUFFIXES + IMAGE_SUFFIXES:
                    yield Skipped(shown, Coded("unreadable", kind="not_importable", suffix=suffix or "no extension"),
                                  failed=False)
                continue
            try:
                data = read(info)
            except ImportRejected as e:
                yield Skipped(shown, str(e))
                continue
            yield SourceFile(shown, data, sibling_of(info.filename), neighbours_of(info.filename))


def count_sources(paths: Iterable[Path]) -> int:
    """A cheap count of files to import, for a progress bar."""
    n = 0
    for p in paths:
        try:
            n += _count(p)
        except OSError:  # a folder this user cannot read: the import says so, in a line
            n += 1
    return n


def _count(p: Path) -> int:
    from .ndnp import batch_file, read_batch

    batch = batch_file(p) if p.is_dir() else None
    if batch is not None:  # an NDNP batch: its issues
        try:
            return len(read_batch(batch).issues)
        except (ImportRejected, OSError):
            return 1
    if p.is_dir():
        return sum(1 for f in p.rglob("*") if f.suffix.lower() in DATA_SUFFIXES + (".zip",)
                   and plain_file(f) and not any(part.startswith(".") for part in f.parts))
    if p.suffix.lower() == ".zip" and zipfile.is_zipfile(p):
        try:
            with zipfile.ZipFile(p) as zf:
                return sum(1 for i in zf.infolist() if i.filename.lower().endswith(DATA_SUFFIXES))
        except (zipfile.BadZipFile, OSError):
            return 1
    return 1
