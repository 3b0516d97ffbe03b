"""The gate's window (门岗): what a 门岗 guard sees after logging in — each task's ``gate`` part (the
passes task's check box and today's rooms under renovation), the property, who is on duty, and
log-out; no tabs, no menus, nothing else to change."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QPushButton, QVBoxLayout, QWidget

from frontdesk.core.audit import Actor
from frontdesk.core.db import Store
from frontdesk.core.settings import SettingsService
from frontdesk.core.task import load
from frontdesk.i18n import translate
from frontdesk.tasks import TASKS
from frontdesk.window import LOGOUT, QUIT  # the codes app.py reads when a window closes


class GateWindow(QMainWindow):
    finished = Signal(int)

    def __init__(self, store: Store, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.store, self.actor, self.exit_code = store, actor, QUIT
        name = SettingsService(store).get().property_name
        self.setWindowTitle(translate("GateWindow", "{property} — gate").format(property=name))
        body = QWidget(self)
        layout = QVBoxLayout(body)
        head = QHBoxLayout()
        duty = translate("GateWindow", "On duty: {name}").format(name=actor.display_name)
        title = QLabel(f"<b>{name}</b>　{duty}")
        head.addWidget(title, 1)
        self.logout_button = QPushButton(translate("GateWindow", "&Log out (Ctrl+Shift+L)"), body)
        self.logout_button.clicked.connect(self.logout)
        head.addWidget(self.logout_button)
        layout.addLayout(head)
        self.parts = [load(t.gate)(store, actor, body) for t in TASKS if t.gate]
        for part in self.parts:
            layout.addWidget(part, 1)
        self.setCentralWidget(body)
        QShortcut(QKeySequence("Ctrl+Shift+L"), self, activated=self.logout)
        if self.parts and hasattr(self.parts[0], "focus_search"):
            self.parts[0].focus_search()

    def show_as_remembered(self) -> None:
        self.showMaximized()
        self.raise_()
        self.activateWindow()
        if self.parts and hasattr(self.parts[0], "focus_search"):
            self.parts[0].focus_search()

    def logout(self) -> None:
        self.exit_code = LOGOUT
        self.close()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().closeEvent(event)
        self.finished.emit(self.exit_code)

