"""Where shipped files live: an installed wheel or a PyInstaller build has them as the packages
``frontdesk.resources`` and ``frontdesk.forms``; a source checkout run as ``python -m frontdesk``
(with no install, or with an installed wheel shadowed by the checkout) has them in the top-level
``resources/`` and ``forms/`` folders beside the package."""
from __future__ import annotations

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
