"""The one place message boxes and file choosers are shown (tests patch these functions)."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

T = TypeVar("T")


def info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def warn(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.critical(parent, title, text)


def open_with_system(path: Path, parent: QWidget | None = None) -> bool:
    """Open a PDF or a workbook with the program the computer uses for it (Windows: the default
    program; Linux: xdg-open), as a file URL so Chinese characters and spaces survive. If there is
    none, say where the file is."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    from frontdesk.i18n import translate
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return True
    warn(parent, translate("Files", "Open file"), translate(
        "Files", "No program on this computer opens {path}. The file is saved there; open it with the program "
                 "you use for such files.").format(path=path))
    return False


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def ask_text(parent: QWidget | None, title: str, label: str) -> tuple[str, bool]:
    """A line of text (a reason, an amount); returns (text, confirmed)."""
    return QInputDialog.getText(parent, title, label)


def save_file(parent: QWidget | None, title: str, suggested: str, filters: str) -> str:
    """A file name to save to; opens in the folder used last (or the documents folder)."""
    from frontdesk import config
    start = suggested if Path(suggested).is_absolute() else str(Path(config.file_folder()) / suggested)
    name = QFileDialog.getSaveFileName(parent, title, start, filters)[0]
    config.remember_file_folder(name)
    return name


def open_file(parent: QWidget | None, title: str, folder: str, filters: str) -> str:
    """A file to open; opens in ``folder`` if given, else where the desk last was."""
    from frontdesk import config
    name = QFileDialog.getOpenFileName(parent, title, folder or config.file_folder(), filters)[0]
    if not folder:
        config.remember_file_folder(name)
    return name


def save_to(parent: QWidget | None, title: str, suggested: str, filters: str, suffix: str,
            write: Callable[[Path], T]) -> T | None:
    """Ask where to save, then ``write(path)`` through the kernel's checked writers; a path that
    cannot be written is told in a message box and nothing counts as saved. None when cancelled
    or refused."""
    from frontdesk.core import files
    from frontdesk.core.errors import DomainError
    from frontdesk.i18n import error_text
    name = save_file(parent, title, suggested, filters)
    if not name:
        return None
    path = Path(name if name.lower().endswith(suffix) else name + suffix)
    try:
        files.check_output(path)  # before any work: a bad place is told at once
        return write(path)
    except DomainError as err:
        error(parent, title, error_text(err))
        return None
