"""Where things are, without importing the store layer (start-up reads these before anything else):
the data folder and the store's URL; and where shipped files live — an installed wheel or a
PyInstaller build has them as the packages ``frontdesk.resources`` and ``frontdesk.forms``; a source checkout run as ``python -m frontdesk``
(with no install, or with an installed wheel shadowed by the checkout) has them in the top-level
``resources/`` and ``forms/`` folders beside the package."""
from __future__ import annotations

import ntpath
import os
import sys
from importlib import resources
from pathlib import Path

CHECKOUT = Path(__file__).resolve().parents[2]  # frontdesk/core/paths.py → the checkout


def _files(package: str, folder: str, parts: tuple[str, ...]) -> Path:
    try:
        return Path(str(resources.files(package).joinpath(*parts)))
    except ModuleNotFoundError:
        return CHECKOUT.joinpath(folder, *parts)


def resource(*parts: str) -> Path:
    return _files("frontdesk.resources", "resources", parts)


def form(name: str) -> Path:
    return _files("frontdesk.forms", "forms", (name,))


def data_dir() -> Path:
    """The per-user data folder (``FRONTDESK_HOME`` overrides it, e.g. for tests)."""
    if os.environ.get("FRONTDESK_HOME"):
        return Path(os.environ["FRONTDESK_HOME"])
    from platformdirs import user_data_dir
    return Path(user_data_dir("Frontdesk", appauthor=False))


def default_url() -> str:
    return f"sqlite:///{data_dir() / 'frontdesk.db'}"


def resolve_url(cli_url: str | None = None) -> str:
    """``--db`` beats ``FRONTDESK_DB`` beats the SQLite file in the user data folder."""
    url = cli_url or os.environ.get("FRONTDESK_DB") or default_url()
    if "://" not in url:  # a plain path means an SQLite file
        url = f"sqlite:///{Path(url).expanduser().resolve()}"
    return url


# File systems that are another computer's disk: SQLite's locking does not hold over them, and a
# store there is damaged sooner or later (two desks writing, a dropped connection mid-write).
NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "ncpfs", "afs", "9p", "sshfs", "fuse.sshfs", "davfs",
                       "fuse.davfs2", "glusterfs", "fuse.glusterfs", "ceph", "fuse.ceph", "lustre", "gpfs", "fuse.rclone"}
DRIVE_REMOTE = 4  # GetDriveTypeW: a mapped network drive


def _drive_type(root: str) -> int:
    import ctypes
    return ctypes.windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(root))


def _mounts() -> str:
    try:
        return Path("/proc/self/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def network_location(path, *, windows: bool | None = None, drive_type=_drive_type, mounts: str | None = None) -> str | None:
    """What kind of network place ``path`` is on — a share (\\\\server\\share), a mapped network drive,
    or a network file system (nfs, cifs …) — or None on a local disk."""
    windows = sys.platform == "win32" if windows is None else windows
    text = str(path)
    if windows:
        if text.upper().startswith("\\\\?\\UNC\\") or (text[:2] in ("\\\\", "//") and text[2:3] not in ("?", ".")):
            return "share"
        drive = ntpath.splitdrive(text)[0]
        if len(drive) == 2 and drive[1] == ":":
            return "network drive" if drive_type(drive + "\\") == DRIVE_REMOTE else None
        return None
    target = os.path.abspath(text)
    best, fstype = "", ""
    for line in (_mounts() if mounts is None else mounts).splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, fstype = point, fields[2]
    return fstype if fstype in NETWORK_FILESYSTEMS else None
