"""Show a service's error at the field it names: a red line under the field, focus on it."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QBoxLayout, QDialog, QFormLayout, QLabel, QLineEdit, QWidget

from frontdesk.core.errors import QT_TRANSLATE_NOOP, DomainError, NeedsConfirmation
from frontdesk.i18n import error_text
from frontdesk.ui import msgbox

ERROR_STYLE = "color:#b42318;"


def _holds(layout, widget: QWidget) -> bool:
    if layout.indexOf(widget) >= 0:
        return True
    return any(layout.itemAt(i).layout() is not None and _holds(layout.itemAt(i).layout(), widget)
               for i in range(layout.count()))


def _form_row(form: QFormLayout, widget: QWidget) -> int:
    """The row of a form layout that holds ``widget`` — as its field or inside its field's layout."""
    row, _role = form.getWidgetPosition(widget)
    if row >= 0:
        return row
    for r in range(form.rowCount()):
        item = form.itemAt(r, QFormLayout.ItemRole.FieldRole)
        if item is not None and item.layout() is not None and _holds(item.layout(), widget):
            return r
    return -1


_TOO_LONG = QT_TRANSLATE_NOOP("Errors", "At most {n} characters ({m} now): shorten it.")
_NO_LIMIT = 32767  # QLineEdit's maxLength when none was set


_CHANGE_SIGNALS = ("textChanged", "currentIndexChanged", "valueChanged", "dateChanged", "itemChanged", "toggled")


class FieldErrors:
    """Maps field names to widgets. ``show(err)`` puts each message under its field (all of them
    at once for ``Invalid``), or in one message box for errors that name no known field; a
    field's message goes as soon as the field changes; ``clear()`` removes them all.

    A line with a length limit (its form's ``maxLength``, the service's limit) never cuts what is
    pasted into it unseen: the limit is lifted and, past it, the field says so as it is typed (the
    service then refuses it at the same field)."""

    def __init__(self, owner: QWidget, fields: dict[str, QWidget]) -> None:
        self.owner = owner
        self.fields = fields
        self.labels: dict[str, QLabel] = {}
        self.limits: dict[str, int] = {}  # a line's length limit, lifted (said past it, kept past a failed save)
        for name, widget in fields.items():
            for signal in _CHANGE_SIGNALS:
                if hasattr(widget, signal):
                    getattr(widget, signal).connect(lambda *_a, n=name: self.clear_field(n))
                    break
            if isinstance(widget, QLineEdit) and widget.maxLength() < _NO_LIMIT:
                limit = self.limits[name] = widget.maxLength()
                widget.setMaxLength(_NO_LIMIT)
                widget.textChanged.connect(lambda text, n=name, k=limit: self._over(n, len(text.strip()), k))

    def _over(self, name: str, n: int, limit: int) -> None:
        if n <= limit:
            return
        label = self._label_for(name)
        if label is not None:
            label.setText(QCoreApplication.translate("Errors", _TOO_LONG).format(n=limit, m=n))
            label.show()

    def _too_long(self) -> list[str]:
        """The lines typed past their limit: each says so with its count (again after a failed save)."""
        over = []
        for name, limit in self.limits.items():
            n = len(self.fields[name].text().strip())
            if n > limit:
                self._over(name, n, limit)
                over.append(name)
        return over

    def _label_for(self, name: str) -> QLabel | None:
        if name in self.labels:
            return self.labels[name]
        found = self._form_row_of(self.fields[name])
        box = None if found is not None else self._box_of(self.fields[name])
        if found is None and box is None:
            return None
        label = QLabel(self.owner)
        label.setObjectName(f"{name}Error")
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        if found is not None:
            form, row = found
            form.insertRow(row + 1, "", label)
        else:  # a list or a pad outside any form: the message goes right under it
            layout, index = box
            layout.insertWidget(index + 1, label)
        self.labels[name] = label
        return label

    @staticmethod
    def _box_of(widget: QWidget):
        """The box layout holding ``widget`` and its index there, or None."""
        parent = widget.parentWidget()
        for layout in ([parent.layout()] if parent is not None and parent.layout() is not None else []) + \
                (parent.findChildren(QBoxLayout) if parent is not None else []):
            if isinstance(layout, QBoxLayout) and layout.indexOf(widget) >= 0:
                return layout, layout.indexOf(widget)
        return None

    def _form_row_of(self, widget: QWidget):
        """The form layout and row holding ``widget`` — or holding the widget it sits in (a search
        box inside its holder), up to the owner."""
        while widget is not None and widget is not self.owner:
            parent = widget.parentWidget()
            if parent is None:
                return None
            forms = [parent.layout()] if isinstance(parent.layout(), QFormLayout) else []
            forms += parent.findChildren(QFormLayout)
            for form in forms:
                row = _form_row(form, widget)
                if row >= 0:
                    return form, row
            widget = parent
        return None

    def show(self, err: DomainError, title: str = "") -> None:
        """Every fault at its field. A line past its length limit keeps saying so with its count
        (the service's shorter "at most n" for it is not repeated), whatever else failed."""
        self.clear()
        loose, first = [], None
        over = self._too_long()
        for name in over:
            self.fields[name].setProperty("invalid", True)
            self.fields[name].setStyleSheet("border:1px solid #b42318;")
        for e in getattr(err, "errors", [err]):
            if e.field in over and e.params.get("n") == self.limits[e.field]:
                first = first or self.fields[e.field]
                continue
            widget = self.fields.get(e.field)
            if widget is None:
                loose.append(error_text(e))
                continue
            widget.setProperty("invalid", True)
            widget.setStyleSheet("border:1px solid #b42318;")
            first = first or widget
            label = self._label_for(e.field)
            if label is not None:
                label.setText(error_text(e) if label.isHidden() or not label.text() else
                              f"{label.text()}\n{error_text(e)}")
                label.show()
            else:
                loose.append(error_text(e))
        if first is not None:
            if isinstance(self.owner, QDialog):  # the messages take room: grow rather than clip them
                self.owner.resize(self.owner.width(), max(self.owner.height(), self.owner.sizeHint().height()))
            first.setFocus()
            if hasattr(first, "selectAll"):
                first.selectAll()
        if loose:
            msgbox.warn(self.owner, title or self.owner.windowTitle(), "\n".join(loose))

    def text(self, name: str) -> str:
        label = self.labels.get(name)
        return label.text() if label is not None and not label.isHidden() else ""

    def clear_field(self, name: str) -> None:
        label = self.labels.get(name)
        if label is not None:
            label.setText("")
            label.hide()
        widget = self.fields[name]
        if widget.property("invalid"):
            widget.setProperty("invalid", False)
            widget.setStyleSheet("")

    def clear(self) -> None:
        for name in self.fields:
            self.clear_field(name)


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

    def unsaved(self) -> bool:
        """Whether Esc would throw away something typed (a dialog that takes a caller's words says so)."""
        return False

    def reject(self) -> None:
        """Esc or 取消: a form with something typed asks first — a call written down is not lost by a
        key pressed too soon."""
        if self.unsaved() and not msgbox.ask(self, self.windowTitle(), QCoreApplication.translate(
                "FormDialog", "Discard what has been typed? Nothing will be saved.")):
            return
        super().reject()

    def failed(self, err: DomainError) -> None:
        """Hook: called after an error is shown (e.g. to clear a password)."""

    confirmed = False  # the service asked a question (NeedsConfirmation) and the user said yes

    def submit(self) -> bool:
        """Run ``save()``; a question the service asks (NeedsConfirmation) is put to the user once,
        and on yes ``save()`` runs again with ``self.confirmed`` set."""
        self.errors.clear()
        self.confirmed = False
        while True:
            try:
                self.save()
                break
            except NeedsConfirmation as question:
                if self.confirmed or not msgbox.ask(self, self.windowTitle(), error_text(question)):
                    return False
                self.confirmed = True
            except DomainError as err:
                self.failed(err)
                self.errors.show(err)
                return False
        self.accept()
        return True
