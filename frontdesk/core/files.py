"""Every file the app writes — PDFs, workbooks, backups — goes through here.

``check_output`` looks at a path before any work starts (the folder is there or may be made,
it can be written, the path is not a folder, there is room on the disk) and refuses with a
plain message at the field ``out``. ``write_atomically`` writes beside the target under a
``.~fd<pid>.part`` name, flushes it to disk and renames it into place, so a reader never sees
half a file and nothing counts as written before it is complete. A ``.part`` left by a run that
was killed is removed by the next run that writes in that folder; one that another process is
still writing is left alone (it holds a lock on it).
"""
from __future__ import annotations

import os
import re
import shutil
from collections.abc import Callable
from pathlib import Path

from frontdesk.core.errors import QT_TRANSLATE_NOOP, DomainError

MIN_FREE = 5 * 1024 * 1024  # bytes a small document needs, with room to spare
_OURS = re.compile(r"(\.~fd\d+\.part|\.fdbak\.part)$")  # ours, not a browser's download


def _refuse(message: str, **params) -> DomainError:
    return DomainError(message, "out", **params)


def check_output(path, *, make_dirs: bool = False, need: int = MIN_FREE) -> Path:
    """The path to write to, checked; a :class:`DomainError` at the field ``out`` otherwise.
    ``make_dirs``: a missing folder is made (where a user expects it, e.g. a backups folder)."""
    if path is None or str(path).strip() == "":
        raise _refuse(QT_TRANSLATE_NOOP("Errors", "Please choose where to save the file."))
    try:
        if "\x00" in str(path):
            raise ValueError("embedded null byte")
        return _check(Path(path).expanduser(), make_dirs, need)
    except (OSError, ValueError) as exc:  # a name too long, a NUL, a character the file system refuses
        raise _refuse(QT_TRANSLATE_NOOP("Errors", "{path} cannot be used as a file name: {reason}"),
                      path=str(path)[:200], reason=getattr(exc, "strerror", None) or str(exc)) from None


def _check(path: Path, make_dirs: bool, need: int) -> Path:
    if len(path.name.encode("utf-8", "surrogatepass")) > 200:  # the part beside it needs room too
        raise _refuse(QT_TRANSLATE_NOOP("Errors", "The file name is too long; please use a shorter one."))
    if path.is_dir():
        raise _refuse(QT_TRANSLATE_NOOP("Errors", "{path} is a folder; give a file name in it."), path=str(path))
    folder = path.parent
    if not folder.exists():
        if not make_dirs:
            raise _refuse(QT_TRANSLATE_NOOP("Errors", "The folder {folder} does not exist. Choose an existing "
                                                      "folder or create it first."), folder=str(folder))
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise _refuse(QT_TRANSLATE_NOOP("Errors", "The folder {folder} cannot be created: {reason}"),
                          folder=str(folder), reason=exc.strerror or str(exc)) from None
    if not folder.is_dir():
        raise _refuse(QT_TRANSLATE_NOOP("Errors", "{folder} is not a folder."), folder=str(folder))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise _refuse(QT_TRANSLATE_NOOP("Errors", "The folder {folder} cannot be written to (no permission). Choose "
                                                  "another folder, e.g. your documents."), folder=str(folder))
    if path.exists() and not os.access(path, os.W_OK):
        raise _refuse(QT_TRANSLATE_NOOP("Errors", "The file {path} is read-only or open in another program. Close it "
                                                  "or choose another name."), path=str(path))
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        free = need
    if free < need:
        raise _refuse(QT_TRANSLATE_NOOP("Errors", "There is not enough free space in {folder} ({free} MB free). Free "
                                                  "some space or choose another place."),
                      folder=str(folder), free=free // (1024 * 1024))
    return path


def _lock(fh) -> bool:
    """An exclusive lock on an open file without waiting (POSIX); True when taken."""
    try:
        import fcntl
    except ImportError:  # Windows: an open file cannot be deleted, which is lock enough
        return True
    try:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False


def sweep_parts(folder: Path) -> list[Path]:
    """Remove the ``.part`` files a killed run left in ``folder``; returns what was removed."""
    removed = []
    try:
        candidates = [p for p in Path(folder).iterdir() if _OURS.search(p.name) and p.is_file()]
    except OSError:
        return removed
    for p in candidates:
        try:
            with open(p, "rb+") as fh:
                if not _lock(fh):
                    continue  # another process is writing it
                p.unlink()
            removed.append(p)
        except OSError:
            continue  # open elsewhere (Windows) or already gone
    return removed


def write_atomically(path, write: Callable[[Path], object], *, make_dirs: bool = False,
                     need: int = MIN_FREE) -> Path:
    """Check ``path``, let ``write(part_path)`` write the whole file beside it, flush it to disk,
    then rename it into place. On any failure the part is removed and the target is untouched."""
    path = check_output(path, make_dirs=make_dirs, need=need)
    sweep_parts(path.parent)
    part = path.with_name(f"{path.name}.~fd{os.getpid()}.part")
    try:
        with open(part, "wb") as holder:
            _lock(holder)  # held until the rename: a sweeper elsewhere leaves this part alone
            write(part)
            with open(part, "rb+") as fh:
                os.fsync(fh.fileno())
            if os.name == "nt":
                holder.close()  # Windows renames no open file
            os.replace(part, path)
    except OSError as exc:
        _remove(part)
        raise _refuse(QT_TRANSLATE_NOOP("Errors", "{path} could not be written: {reason}"), path=str(path),
                      reason=exc.strerror or str(exc)) from None
    except BaseException:
        _remove(part)
        raise
    return path


def _remove(part: Path) -> None:
    try:
        part.unlink(missing_ok=True)
    except OSError:
        pass


def write_bytes(path, data: bytes, **kwargs) -> Path:
    """A finished document (a PDF's bytes) into ``path``, checked and atomic."""
    return write_atomically(path, lambda p: Path(p).write_bytes(data), need=len(data) + MIN_FREE, **kwargs)
