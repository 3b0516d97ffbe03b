"""Preferences of this computer (window geometry, language) in an INI file.

Desk-wide settings live in the store (``core.settings``); only what belongs to this PC is here.
``FRONTDESK_CONFIG`` overrides the folder (tests use it).
"""
from __future__ import annotations

import os
from pathlib import Path

LANGUAGES = {"zh_CN": "简体中文", "en": "English"}


def config_dir() -> Path:
    if os.environ.get("FRONTDESK_CONFIG"):
        return Path(os.environ["FRONTDESK_CONFIG"])
    from platformdirs import user_config_dir
    return Path(user_config_dir("Frontdesk", appauthor=False))


def qsettings():
    from PySide6.QtCore import QSettings

    path = config_dir()
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError:  # a locked-down PC: preferences are not kept; start-up goes on to say what is wrong
        pass
    return QSettings(str(path / "frontdesk.ini"), QSettings.Format.IniFormat)


def language() -> str:
    value = qsettings().value("ui/language", "zh_CN")
    return value if value in LANGUAGES else "zh_CN"


def set_language(lang: str) -> None:
    s = qsettings()
    s.setValue("ui/language", lang)
    s.sync()


def file_folder() -> str:
    """Where the file choosers open: the folder last used on this computer, else the user's
    documents folder (never the program's own folder)."""
    last = qsettings().value("ui/file_folder", "")
    if last and Path(last).is_dir():
        return last
    from PySide6.QtCore import QStandardPaths
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return docs if docs and Path(docs).is_dir() else str(Path.home())


def remember_file_folder(path: str) -> None:
    if path:
        s = qsettings()
        s.setValue("ui/file_folder", str(Path(path).parent))
        s.sync()
