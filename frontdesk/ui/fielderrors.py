"""Show a service's error at the field it names: a red line under the field, focus on it."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QWidget

from frontdesk.core.errors import DomainError
from frontdesk.i18n import error_text
from frontdesk.ui import msgbox

ERROR_STYLE = "color:#b42318;"


class FieldErrors:
    """Maps field names to widgets. ``show(err)`` puts the message under the field (or in a
    message box when the error names no known field); ``clear()`` removes them all."""

    def __init__(self, owner: QWidget, fields: dict[str, QWidget]) -> None:
        self.owner = owner
        self.fields = fields
        self.labels: dict[str, QLabel] = {}

    def _label_for(self, name: str) -> QLabel | None:
        if name in self.labels:
            return self.labels[name]
        widget = self.fields[name]
        layout = widget.parentWidget().layout() if widget.parentWidget() else None
        forms = [layout] if isinstance(layout, QFormLayout) else []
        forms += widget.parentWidget().findChildren(QFormLayout) if widget.parentWidget() else []
        for form in forms:
            row, _role = form.getWidgetPosition(widget)
            if row >= 0:
                label = QLabel(self.owner)
                label.setObjectName(f"{name}Error")
                label.setStyleSheet(ERROR_STYLE)
                label.setWordWrap(True)
                form.insertRow(row + 1, "", label)
                self.labels[name] = label
                return label
        return None

    def show(self, err: DomainError, title: str = "") -> None:
        self.clear()
        text = error_text(err)
        if err.field in self.fields:
            label = self._label_for(err.field)
            widget = self.fields[err.field]
            widget.setProperty("invalid", True)
            widget.setStyleSheet("border:1px solid #b42318;")
            widget.setFocus()
            if hasattr(widget, "selectAll"):
                widget.selectAll()
            if label is not None:
                label.setText(text)
                label.show()
                return
        msgbox.warn(self.owner, title or self.owner.windowTitle(), text)

    def text(self, name: str) -> str:
        label = self.labels.get(name)
        return label.text() if label is not None and not label.isHidden() else ""

    def clear(self) -> None:
        for label in self.labels.values():
            label.setText("")
            label.hide()
        for widget in self.fields.values():
            if widget.property("invalid"):
                widget.setProperty("invalid", False)
                widget.setStyleSheet("")


class FormDialog(QDialog):
    """A Designer-form dialog whose OK runs ``save()``: a domain error is shown at its field and
    the dialog stays open with nothing changed; success accepts the dialog.

    Subclasses call ``super().__init__(UiClass, parent)``, then ``self.wire(fields)``.
    """

    def __init__(self, ui_class, parent=None) -> None:
        super().__init__(parent)
        self.form = ui_class()
        self.form.setupUi(self)

    def wire(self, fields: dict[str, QWidget]) -> None:
        self.errors = FieldErrors(self, fields)
        buttons = getattr(self.form, "buttons", None)
        if buttons is not None:
            buttons.accepted.connect(self.submit)
            buttons.rejected.connect(self.reject)
        self.resize(self.width(), self.sizeHint().height())  # the designed width, the height it needs

    def save(self) -> None:
        raise NotImplementedError

    def failed(self, err: DomainError) -> None:
        """Hook: called after an error is shown (e.g. to clear a password)."""

    def submit(self) -> bool:
        self.errors.clear()
        try:
            self.save()
        except DomainError as err:
            self.failed(err)
            self.errors.show(err)
            return False
        self.accept()
        return True
