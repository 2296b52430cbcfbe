"""Files on disk: room for long work before it starts, and writing a file the user asked for (a PDF, an ALTO page, a page picture) so that it is either
whole or not there: a temporary file beside it, synced, then renamed over it. A full disk or a
folder that cannot be written is one clear error, and no half-written file is left."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .coded import Coded
from .errors import DiskFull, NotWritten


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomically(path: Path, data: bytes) -> None:
    """Write `data` to a temporary file beside `path` and rename it over `path`: a reader never
    sees half a file. A pipe or a device (`-o /dev/stdout`, a named pipe) is written into as it
    is, and a symbolic link writes the file it leads to: a rename put a regular file in their
    place (run as root, `-o /dev/full` replaced the device with a PDF)."""
    try:
        if path.exists() and not path.is_file() and not path.is_dir():  # (through any links)
            with open(path, "wb") as f:
                f.write(data)
            return
        if path.is_symlink():
            path = Path(os.path.realpath(path))
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".baoku-", suffix=path.suffix + ".part", dir=path.parent)
        try:
            # mkstemp makes the file private (0600); what is exported is a document to share: the
            # mode a new file gets from the umask, as any program writing it would give it.
            os.fchmod(fd, 0o666 & ~_umask())
            with os.fdopen(fd, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, path)
        except BaseException:
            discard(tmp)
            raise
    except OSError as e:
        raise not_written(path, e) from None


PATH_BYTES = 4095  # a whole path's limit (Linux's PATH_MAX, less its closing NUL)


def name_problem(path: str | os.PathLike[str]) -> str | None:
    """Why no file system takes `path` as a file's name (a name in it longer than NAME_BYTES bytes,
    the whole longer than PATH_BYTES, a NUL), said before any work; None when it may be tried.
    Python's own checks of such a path (is it a folder? does it exist?) raise instead of
    answering, and ended a command in a traceback before anything said which name was wrong."""
    raw = os.fsencode(path)
    if b"\0" in raw:
        return "it holds a NUL character, which no file name can"
    longest = max(raw.split(b"/"), key=len)
    if len(longest) > NAME_BYTES:
        shown = os.fsdecode(longest)
        return (f"the name {shown[:24]}…{shown[-12:]} in it is too long ({len(longest)} bytes of UTF-8; file systems "
                f"take at most {NAME_BYTES})")
    if len(raw) > PATH_BYTES:
        return f"it is too long ({len(raw)} bytes of UTF-8; at most {PATH_BYTES})"
    return None


def writable_name(path: str | os.PathLike[str]) -> Path:
    """`path`, a file the user asked to be written, refused before any work when no file system
    takes its name (name_problem): a NotWritten saying the name is too long."""
    problem = name_problem(path)
    if problem is not None:
        kind = "" if b"\0" in os.fsencode(path) else "too_long"
        raise NotWritten(Coded("cannot_write", path=os.fsdecode(path), kind=kind, reason=problem, copy=False,
                               blocker=""))
    return Path(path)


def usable_name(path: str | os.PathLike[str]) -> Path:
    """`path`, a file to read or open, refused in one line when no file system takes its name."""
    from .errors import ValidationError

    problem = name_problem(path)
    if problem is not None:
        raise ValidationError(f"no file can be at {os.fsdecode(path)}: {problem}; nothing was changed")
    return Path(path)


def discard(path: Path | str) -> None:
    """Remove a temporary file left by a failed write, whatever stands in the way: cleaning up must
    never raise over the error being reported (`unlink(missing_ok=True)` still raises when a file
    stands where a folder of the path belongs, and that NotADirectoryError went up as a traceback
    in place of the store's own refusal)."""
    try:
        Path(path).unlink(missing_ok=True)
    except OSError:
        pass


def _exists(path: Path) -> bool:
    try:
        return path.exists()
    except (OSError, ValueError):  # a path no file system takes: nothing is there
        return False


def not_written(path: Path, e: BaseException, copy: bool = False) -> NotWritten:
    """The error for a file the user asked for that could not be written at `path`, saying why in
    words both front ends give in their own language: from the error's errno, or (SQLite names
    none) from what the path shows."""
    import errno

    kinds = {errno.EACCES: "permission", errno.EPERM: "permission", errno.EROFS: "read_only",
             errno.ENOTDIR: "not_folder", errno.EEXIST: "not_folder", errno.ENAMETOOLONG: "too_long",
             errno.ENOSPC: "disk_full", errno.EDQUOT: "disk_full"}
    kind = kinds.get(getattr(e, "errno", None), "")
    # a file where a folder of the path should be (mkdir says EEXIST or ENOTDIR; SQLite says nothing)
    blocker = next((p for p in path.parents if _exists(p) and not p.is_dir()), None)
    if blocker is not None:
        kind = "not_folder"
    elif kind == "not_folder":
        kind = ""
    elif not kind:
        folder = next((p for p in path.parents if _exists(p)), None)
        if folder is not None and not os.access(folder, os.W_OK):
            kind = "permission"
    reason = getattr(e, "strerror", None) or str(e)
    return NotWritten(Coded("cannot_write", path=str(path), kind=kind, reason=reason, copy=copy,
                            blocker=blocker.name if blocker else ""))


def file_to_replace(path: Path, what: str = "a backup") -> Path:
    """`path` as a file to be written whole beside it and renamed into place: where a symbolic
    link leads (the link stays; the rename replaced it), never a pipe or a device (the rename put
    a regular file in its place: run as root, the device itself)."""
    from .errors import ValidationError

    if path.exists() and not path.is_file() and not path.is_dir():  # (through any links)
        raise ValidationError(f"{path} is not a file but a pipe or a device; {what} is a file: give a file name")
    return Path(os.path.realpath(path)) if path.is_symlink() else path


SPACE_SPARE = 32 * 2**20  # kept free beyond what long work needs


def room_for(archive_path: Path, needed: float, doing: str) -> None:
    """Refuse long work up front when the disk cannot hold what it would write."""
    import shutil

    try:
        free = shutil.disk_usage(archive_path.parent if archive_path.parent.exists() else Path.cwd()).free
    except OSError:
        return
    if free < needed + SPACE_SPARE:
        raise DiskFull(f"not enough free space for {doing}: it needs about {size_text(needed + SPACE_SPARE)}, and "
                       f"{archive_path.parent} has {size_text(free)} free; nothing was written")


def size_text(n: float) -> str:
    """A size as a person reads it: 812 bytes, 3.4 KB, 120.5 MB, 2.1 GB."""
    for unit in ("bytes", "KB", "MB"):
        if n < 1024:
            return f"{n:,.0f} {unit}" if unit == "bytes" else f"{n:,.1f} {unit}"
        n /= 1024
    return f"{n:,.1f} GB"




# -- names that are not UTF-8 ----------------------------------------------------------------------------

def not_utf8(text: str) -> bool:
    """Whether a name or argument from the system held bytes UTF-8 cannot read (Python keeps each as
    a lone surrogate, U+DC80-U+DCFF: a file name in GBK, a query typed in a GBK terminal)."""
    return any("\udc80" <= c <= "\udcff" for c in text)


def as_read(text: str) -> tuple[str, str]:
    """Such a name as best it can be read, and in which encoding: the Chinese ones a name in another
    encoding is usually in (GB18030, then Big5), else its bytes written as \\xNN."""
    raw = text.encode("utf-8", "surrogateescape")
    for encoding in ("gb18030", "big5"):
        try:
            return raw.decode(encoding), encoding.upper()
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", "backslashreplace"), ""


_NOT_IN_NAMES = str.maketrans({c: "_" for c in '/\\:*?"<>|' + "".join(map(chr, range(32))) + "\x7f"})
# Names Windows keeps for its devices, whatever follows a dot (CON.pdf is the console too).
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(10)), *(f"LPT{i}" for i in range(10))}
NAME_BYTES = 255  # a file name's limit on the usual file systems (ext4, NTFS in UTF-16 units, APFS)


def file_name(title: str, suffix: str, fallback: str) -> str:
    """A file name made from a title (a collection's name, a headline) that any file system takes
    and that stays in the folder it is put in: no separator or character Windows refuses, no
    leading dot (a hidden file), no trailing dot or space, not a device name (CON, NUL, COM1 …),
    at most NAME_BYTES bytes of UTF-8 with `suffix` (cut at a character); `fallback` when nothing
    of the title is left."""
    stem = " ".join(title.translate(_NOT_IN_NAMES).split()).lstrip(".").rstrip(". ")
    if stem.split(".")[0].strip().upper() in _RESERVED:
        stem = "_" + stem
    room = NAME_BYTES - len(suffix.encode())
    stem = stem.encode()[:room].decode("utf-8", "ignore").rstrip(". ")
    return (stem or fallback) + suffix
