"""Page images in an archive's image store: beside an archive file (`<archive>.images/`), or the
folder a server archive names (store.server.imagestore); `<store>/ab/abcdef….png`, each original
file once, named by its SHA-256. Written (to a temporary name, then renamed) before the transaction that
records it commits, so a recorded image is always there; a crash can leave an unrecorded file,
which `check` reports and nothing reads."""

from __future__ import annotations

import hashlib
import mimetypes
import os
import secrets
from pathlib import Path

EXTENSIONS = {"image/png": ".png", "image/jpeg": ".jpg", "image/tiff": ".tif", "image/webp": ".webp",
              "image/jp2": ".jp2", "image/j2k": ".j2k", "application/pdf": ".pdf"}


def folder(archive_path: Path) -> Path:
    """An archive file's image store: the folder beside it."""
    return Path(str(archive_path) + ".images")


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def path_of(root: Path, sha256: str, mime: str) -> Path:
    """Where the image store at `root` keeps this image."""
    ext = EXTENSIONS.get(mime) or mimetypes.guess_extension(mime) or ""
    return Path(root) / sha256[:2] / f"{sha256}{ext}"


def store(root: Path, data: bytes, mime: str) -> str:
    """Keep the file (once); its SHA-256."""
    sha = digest(data)
    target = path_of(root, sha, mime)
    if target.is_file() and target.stat().st_size == len(data):
        return sha
    # A name of its own (not just this process's id): on a shared store, importers on other
    # computers may write the same page at once; each renames its own whole copy into place.
    # Opened as a new file with the user's umask (mkstemp's 0600 would hide it from the others).
    tmp = target.with_name(f"{target.name}.{os.getpid()}.{secrets.token_hex(6)}.part")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(tmp, "xb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException as e:
        from ..files import discard

        discard(tmp)
        if isinstance(e, OSError):
            raise unwritable(root, e) from None
        raise
    return sha


def unwritable(root: Path, e: OSError):
    """The image store that cannot take a page image, named (it may be a NAS share, not the disk the
    archive is on): the disk it is on full (DiskFull), or it read-only or not this user's to write.
    An import stops there, each issue before it stored; the error went up bare to the command line,
    whose only words were "the disk is full" (the user's own disk, which had room), and the window's
    磁盘已满."""
    import errno

    from ..coded import Coded
    from ..errors import ArchiveUnavailable, DiskFull, disk_full

    said = Coded("image_store_unwritable", folder=str(root), reason=e.strerror or str(e), full=disk_full(e),
                 blocked=e.errno in (errno.ENOTDIR, errno.EEXIST))  # a file where a folder of it belongs
    return DiskFull(said) if disk_full(e) else ArchiveUnavailable(said)


def read(root: Path, sha256: str, mime: str) -> bytes:
    return path_of(root, sha256, mime).read_bytes()


def problem(root: Path, sha256: str, mime: str) -> str | None:
    """What is wrong with a recorded image: missing, or not what was stored (damaged)."""
    p = path_of(root, sha256, mime)
    if not p.is_file():
        return f"page image {p.name} is missing from {p.parent.parent}"
    if digest(p.read_bytes()) != sha256:
        return f"page image {p.name} is damaged (its content no longer matches its SHA-256)"
    return None
