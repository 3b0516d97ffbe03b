"""When the store cannot be opened: say why in plain words and offer the latest backup."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QListWidgetItem

from frontdesk.core.audit import SYSTEM
from frontdesk.core.backup import REASONS, list_backups
from frontdesk.core.store import restore_and_record
from frontdesk.core.errors import QT_TRANSLATE_NOOP, DomainError, StoreError
from frontdesk.i18n import error_text, translate
from frontdesk.ui import msgbox
from frontdesk.ui.forms.ui_store_problem_dialog import Ui_StoreProblemDialog

ADVICE = {
    "damaged": QT_TRANSLATE_NOOP("StoreProblemDialog", "The file may have been damaged by a power cut or a disk fault. Restore the latest backup: the "
               "damaged file is kept beside it, nothing is deleted."),
    "missing": QT_TRANSLATE_NOOP("StoreProblemDialog", "The data file is not where it should be, but backups exist. Restore the latest backup, or ask IT "
               "whether the file was moved."),
    "foreign": QT_TRANSLATE_NOOP("StoreProblemDialog", "This file belongs to another program. Check the data location, or restore a Frontdesk backup."),
    "locked": QT_TRANSLATE_NOOP("StoreProblemDialog", "Another program is using the data. Close other Frontdesk windows, wait a moment and try again."),
    "readonly": QT_TRANSLATE_NOOP("StoreProblemDialog", "This user may not write the data file. Ask IT to fix the permissions, then try again."),
    "unreadable": QT_TRANSLATE_NOOP("StoreProblemDialog", "This user may not read the data file. Ask IT to fix the permissions, then try again."),
    "unreachable": QT_TRANSLATE_NOOP("StoreProblemDialog", "Check the network cable and the database server, then try again."),
    "newer": QT_TRANSLATE_NOOP("StoreProblemDialog", "Install the newer version of Frontdesk that wrote this data."),
    "network": QT_TRANSLATE_NOOP("StoreProblemDialog", "Move the data file to this computer's own disk (copy it while "
                                                       "Frontdesk is closed), or ask IT for a PostgreSQL server if "
                                                       "several desks must share the data."),
    "unwritable": QT_TRANSLATE_NOOP("StoreProblemDialog", "Frontdesk keeps its data, backups and log in this folder "
                                                          "and must be able to write there."),
}
RESTORE_KINDS = {"damaged", "missing", "foreign"}


class StoreProblemDialog(QDialog):
    """Result: ``RESTORED`` after a restore, ``RETRY``, or rejected (quit)."""

    RESTORED, RETRY = 2, 3

    def __init__(self, err: StoreError, db_path: Path | None, parent=None) -> None:
        super().__init__(parent)
        self.form = f = Ui_StoreProblemDialog()
        f.setupUi(self)
        self.err, self.db_path = err, db_path
        f.message.setText(f"<b>{error_text(err)}</b>")
        f.advice.setText(translate("StoreProblemDialog", ADVICE.get(err.kind, ADVICE["damaged"])))
        self.backups = list_backups(db_path.parent / "backups") if db_path else []
        can_restore = db_path is not None and (err.kind in RESTORE_KINDS or bool(self.backups))
        for b in self.backups:
            item = QListWidgetItem(translate("StoreProblemDialog", "{when}  ({size} KB, {reason})").format(
                when=b.taken_at.strftime("%Y-%m-%d %H:%M:%S"), size=max(1, b.size // 1024),
                reason=translate("Backup", REASONS.get(b.reason, b.reason))))
            self.form.backups.addItem(item)
        if self.backups:
            f.backups.setCurrentRow(0)
        else:
            f.backups.hide()
        f.restoreButton.setEnabled(can_restore and bool(self.backups))
        f.chooseButton.setEnabled(can_restore)
        f.restoreButton.clicked.connect(self.restore_selected)
        f.chooseButton.clicked.connect(self.restore_other)
        f.retryButton.clicked.connect(lambda: self.done(self.RETRY))
        f.quitButton.clicked.connect(self.reject)

    def restore_selected(self) -> None:
        row = self.form.backups.currentRow()
        if 0 <= row < len(self.backups):
            self._restore(self.backups[row].path)

    def restore_other(self) -> None:
        folder = str(self.db_path.parent / "backups") if self.db_path else ""
        name = msgbox.open_file(self, translate("StoreProblemDialog", "Choose a backup"), folder,
                                translate("StoreProblemDialog", "Frontdesk backups (*.fdbak);;All files (*)"))
        if name:
            self._restore(Path(name))

    def _restore(self, backup: Path) -> None:
        if not msgbox.ask(self, self.windowTitle(), translate(
                "StoreProblemDialog", "Restore the backup {name}? Work recorded after it was taken will not be in "
                                      "the restored data; the current file is kept aside.").format(name=backup.name)):
            return
        try:
            restore_and_record(f"sqlite:///{self.db_path}", backup, SYSTEM)[0].dispose()
        except DomainError as err:
            msgbox.error(self, self.windowTitle(), error_text(err))
            return
        msgbox.info(self, self.windowTitle(), translate("StoreProblemDialog", "The backup was restored."))
        self.done(self.RESTORED)
