"""Qt translations: Simplified Chinese is shipped (resources/i18n/frontdesk_zh_CN.qm); English is
the source text. ``translate(context, text)`` is the one way non-widget code translates."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from frontdesk.core.errors import DomainError
from frontdesk.core.paths import resource

_installed: list[QTranslator] = []


def install(app: QCoreApplication, language: str = "zh_CN") -> bool:
    """Load Qt's own and Frontdesk's translations for ``language``. Returns True if loaded."""
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return True
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    ok = True
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    ours = QTranslator(app)
    if ours.load(str(resource("i18n", f"frontdesk_{language}.qm"))):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        ok = False
    return ok


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def error_text(exc: DomainError) -> str:
    """A domain error's message in the user's language."""
    return exc.text(translate)
