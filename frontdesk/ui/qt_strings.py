"""Texts of Qt's own dialogs that Qt's shipped Chinese translation (qtbase_zh_CN.qm) lacks — the
file chooser said "Look in:" and "Files of type:" in English. Listed here so that lupdate puts
them in our translation, which Qt consults first. Nothing imports this module."""
from frontdesk.core.errors import QT_TRANSLATE_NOOP

MISSING = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File"),
)
