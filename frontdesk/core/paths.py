"""Where things are, without importing the store layer (start-up reads these before anything else):
the data folder and the store's URL; and where shipped files live — an installed wheel or a
PyInstaller build has them as the packages ``frontdesk.resources`` and ``frontdesk.forms``; a source checkout run as ``python -m frontdesk``
(with no install, or with an installed wheel shadowed by the checkout) has them in the top-level
``resources/`` and ``forms/`` folders beside the package."""
from __future__ import annotations

import os
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
