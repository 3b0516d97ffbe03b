"""Where shipped files live (works from a checkout, an installed wheel and a PyInstaller build)."""
from __future__ import annotations

from importlib import resources
from pathlib import Path


def resource(*parts: str) -> Path:
    return Path(str(resources.files("frontdesk.resources").joinpath(*parts)))


def form(name: str) -> Path:
    return Path(str(resources.files("frontdesk.forms").joinpath(name)))
