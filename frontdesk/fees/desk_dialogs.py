"""The fees tab's other windows: a one-off charge for a room, meter readings from a sheet, and the
arrears list with reminders, payment notices and demand letters. Thin: the rules are in the
services."""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem

from frontdesk.core import clock
from frontdesk.core.audit import Actor
from frontdesk.core.db import Store
from frontdesk.core.errors import QT_TRANSLATE_NOOP, DomainError
from frontdesk.core.money import format_yuan
from frontdesk.core.people import mask_phone
from frontdesk.fees.arrears import ArrearsService
from frontdesk.fees.meters import MeterService, read_sheet
from frontdesk.fees.models import REMINDER_METHODS
from frontdesk.fees.service import ONE_OFF, FeeService
from frontdesk.i18n import error_text, translate
from frontdesk.registration.service import room_order
from frontdesk.registration.service import RegistrationService
from frontdesk.ui import msgbox
from frontdesk.ui.fielderrors import FieldErrors, FormDialog
from frontdesk.ui.forms.ui_arrears_dialog import Ui_ArrearsDialog
from frontdesk.ui.forms.ui_one_off_dialog import Ui_OneOffDialog
from frontdesk.ui.forms.ui_readings_dialog import Ui_ReadingsDialog
from frontdesk.ui.rows_model import RowsModel
from frontdesk.ui.worker import run_with_progress
from frontdesk.ui import qclock

ARREARS_COLUMNS = (QT_TRANSLATE_NOOP("Columns", "Room"), QT_TRANSLATE_NOOP("Columns", "Owner"),
                   QT_TRANSLATE_NOOP("Columns", "Phone"), QT_TRANSLATE_NOOP("Columns", "Owed (yuan)"),
                   QT_TRANSLATE_NOOP("Columns", "Months"), QT_TRANSLATE_NOOP("Columns", "Owed since"),
                   QT_TRANSLATE_NOOP("Columns", "Days"), QT_TRANSLATE_NOOP("Columns", "Last reminder"),
                   QT_TRANSLATE_NOOP("Columns", "Demand letter"))
HISTORY_COLUMNS = (QT_TRANSLATE_NOOP("Columns", "Time"), QT_TRANSLATE_NOOP("Columns", "How"),
                   QT_TRANSLATE_NOOP("Columns", "Outcome"), QT_TRANSLATE_NOOP("Columns", "Owed then"),
                   QT_TRANSLATE_NOOP("Columns", "By"))
MIN_MONTHS = ((0, QT_TRANSLATE_NOOP("ArrearsDialog", "any")), (2, QT_TRANSLATE_NOOP("ArrearsDialog", "2 months")),
              (3, QT_TRANSLATE_NOOP("ArrearsDialog", "3 months")), (6, QT_TRANSLATE_NOOP("ArrearsDialog", "6 months")),
              (12, QT_TRANSLATE_NOOP("ArrearsDialog", "12 months")))


class OneOffDialog(FormDialog):
    """临时收费: a one-off bill for the room (维修基金, 垃圾清运费, a paid repair); it is then due."""

    def __init__(self, store: Store, actor: Actor, room_id: int, parent=None) -> None:
        super().__init__(Ui_OneOffDialog, parent)
        f = self.form
        self.fees, self.actor, self.room_id = FeeService(store), actor, room_id
        self.bill_id: int | None = None
        for item in self.fees.items():
            if item.rule in ONE_OFF:
                f.item.addItem(item.name, (item.id, item.rule))
        f.item.currentIndexChanged.connect(self._item_changed)
        self._item_changed()
        self.wire({"item": f.item, "amount": f.amount, "description": f.description})
        if not f.item.count():  # say where items come from instead of an empty list
            f.item.setPlaceholderText(translate("OneOffDialog", "no one-off items yet"))
            self.errors.show(DomainError(QT_TRANSLATE_NOOP(
                "Errors", "There are no one-off items yet. A supervisor adds them under Settings → Fee items and "
                          "prices (rule: fixed, per m² or a paid service)."), "item"))
            f.buttons.button(f.buttons.StandardButton.Save).setEnabled(False)

    def _item_changed(self, *_args) -> None:
        data = self.form.item.currentData()
        entered = bool(data) and data[1] == "service"
        self.form.amount.setEnabled(entered)
        self.form.amount.setPlaceholderText("" if entered else translate("OneOffDialog", "from the price standard"))

    def save(self) -> None:
        f = self.form
        data = f.item.currentData()
        if data is None:
            raise DomainError(QT_TRANSLATE_NOOP("Errors", "Choose a one-off item."), "item")
        self.bill_id = self.fees.add_bill(self.actor, self.room_id, data[0], f.amount.text(), f.description.text())


class ReadingsDialog(QDialog):
    """抄表: save the month's reading sheet, import it back; a bad row and nothing is written."""

    def __init__(self, store: Store, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.form = f = Ui_ReadingsDialog()
        f.setupUi(self)
        self.meters, self.actor = MeterService(store), actor
        for item in FeeService(store).items():
            if item.rule == "metered":
                f.item.addItem(item.name, item.id)
        today = clock.today()
        f.month.setDate(QDate(today.year, today.month, 1))
        self.errors = FieldErrors(self, {"item": f.item, "file": f.importButton})
        f.sheetButton.clicked.connect(self.save_sheet)
        f.importButton.clicked.connect(self.import_sheet)
        f.buttons.rejected.connect(self.reject)
        if f.item.count() == 0:
            f.result.setPlainText(translate("ReadingsDialog", "There is no metered item yet: a supervisor adds one "
                                                              "under 设置 → 收费标准."))
            f.sheetButton.setEnabled(False)
            f.importButton.setEnabled(False)

    def _month(self) -> tuple[int, int]:
        d = self.form.month.date()
        return d.year(), d.month()

    def save_sheet(self) -> None:
        y, m = self._month()
        path = msgbox.save_to(self, translate("ReadingsDialog", "Save the reading sheet"),
                              f"抄表-{self.form.item.currentText()}-{y}-{m:02d}.xlsx", "Excel (*.xlsx)", ".xlsx",
                              lambda p: self.meters.write_sheet(self.form.item.currentData(), y, m, p))
        if not path:
            return
        self.form.result.setPlainText(translate("ReadingsDialog", "Saved {path}.").format(path=path))

    def import_sheet(self) -> None:
        path = msgbox.open_file(self, translate("ReadingsDialog", "Import readings"), "", "Excel (*.xlsx)")
        if not path:
            return
        self.errors.clear()
        y, m = self._month()
        try:
            result = self.meters.record(self.actor, self.form.item.currentData(), y, m, read_sheet(Path(path)))
        except DomainError as err:
            self.errors.show(err)
            return
        if result.errors:
            lines = [translate("ReadingsDialog", "Nothing was imported. Correct these rows and import again:")]
            lines += [translate("ReadingsDialog", "Row {line}: {problem}").format(line=line, problem=error_text(err))
                      for line, err in result.errors]
        else:
            lines = [translate("ReadingsDialog", "{bills} bills made; {baselines} meters read for the first time "
                                                 "(their start).").format(bills=result.bills,
                                                                          baselines=result.baselines)]
        self.form.result.setPlainText("\n".join(lines))


class ArrearsDialog(QDialog):
    """欠费催缴: rooms in arrears (sortable; by building and age), reminders, notices and letters."""

    collect = Signal(int)  # a room to take payment from

    def __init__(self, store: Store, actor: Actor, parent=None, preview=None) -> None:
        super().__init__(parent)
        self.form = f = Ui_ArrearsDialog()
        f.setupUi(self)
        self.store, self.actor, self.preview = store, actor, preview
        self.svc = ArrearsService(store)
        self.job = None
        f.building.addItem(translate("ArrearsDialog", "All buildings"), None)
        for code, name in RegistrationService(store).buildings():
            f.building.addItem(name or code, code)
        for months, label in MIN_MONTHS:
            f.minMonths.addItem(translate("ArrearsDialog", label), months)
        for m in REMINDER_METHODS:
            f.method.addItem(m, m)
        f.onDate.setDate(qclock.today())
        yes = translate("ArrearsDialog", "due")
        self.model = RowsModel([translate("Columns", c) for c in ARREARS_COLUMNS],
                               {3: lambda v: format_yuan(v, symbol=False), 5: lambda d: f"{d:%Y-%m}",
                                8: lambda v: yes if v else ""}, right=(3, 4, 6), parent=self,
                               keys={0: room_order})
        f.table.setModel(self.model)
        f.table.horizontalHeader().setSortIndicator(3, Qt.SortOrder.DescendingOrder)  # who owes most first
        f.table.verticalHeader().hide()
        f.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        f.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_history())
        f.table.doubleClicked.connect(lambda *_: self._collect())
        f.history.setColumnCount(len(HISTORY_COLUMNS))
        f.history.setHorizontalHeaderLabels([translate("Columns", c) for c in HISTORY_COLUMNS])
        f.history.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        f.history.verticalHeader().hide()
        self.errors = FieldErrors(self, {"method": f.method, "outcome": f.outcome})
        for w in (f.building, f.minMonths):
            w.currentIndexChanged.connect(self.refresh)
        f.lettersOnly.toggled.connect(self.refresh)
        f.onDate.dateChanged.connect(self.refresh)
        f.remindButton.clicked.connect(self.remind)
        f.noticesButton.clicked.connect(lambda: self.print_batch(letter=False))
        f.lettersButton.clicked.connect(lambda: self.print_batch(letter=True))
        f.collectButton.clicked.connect(self._collect)
        f.buttons.rejected.connect(self.reject)
        self.refresh()

    def on(self) -> date:
        return self.form.onDate.date().toPython()

    def refresh(self, *_args) -> None:
        f = self.form
        on = self.on()
        rows = self.svc.arrears(on, f.building.currentData(), f.minMonths.currentData(), f.lettersOnly.isChecked())
        self.model.set_rows([(r.room, r.owner, mask_phone(r.phone) if r.phone else "", r.amount, r.months, r.oldest,
                              r.age_days(on), r.last_reminder, r.letter_due) for r in rows], rows)
        header = f.table.horizontalHeader()
        if header.sortIndicatorSection() < self.model.columnCount():
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())  # keep the user's order
        total = sum((r.amount for r in rows), start=Decimal("0.00"))
        f.summary.setText(translate("ArrearsDialog", "{n} rooms owe {amount}; {letters} are due a demand letter.")
                          .format(n=len(rows), amount=format_yuan(total),
                                  letters=sum(1 for r in rows if r.letter_due)))
        if rows:
            f.table.selectRow(0)
        self._show_history()

    def _current(self):
        row = self.form.table.currentIndex().row()
        return self.model.items[row] if 0 <= row < len(self.model.items) else None

    def _chosen(self) -> list:
        """The selected rooms, or every room listed when at most one is selected."""
        rows = sorted({i.row() for i in self.form.table.selectionModel().selectedRows()})
        return [self.model.items[r] for r in rows] if len(rows) > 1 else list(self.model.items)

    def _show_history(self) -> None:
        r = self._current()
        history = self.svc.reminders(r.room_id) if r else []
        t = self.form.history
        t.setRowCount(len(history))
        for i, (at, method, outcome, owed, by) in enumerate(history):
            for c, v in enumerate((f"{at:%Y-%m-%d %H:%M}", method, outcome, format_yuan(owed), by)):
                t.setItem(i, c, QTableWidgetItem(v))

    def remind(self) -> None:
        r = self._current()
        if r is None:
            return
        self.errors.clear()
        try:
            self.svc.remind(self.actor, r.room_id, self.form.method.currentData(), self.form.outcome.text())
        except DomainError as err:
            self.errors.show(err)
            return
        self.form.outcome.clear()
        self.refresh()
        self.form.table.selectRow(self.model.row_of(lambda item: item.room_id == r.room_id))
        self._show_history()

    def _collect(self) -> None:
        r = self._current()
        if r is not None:
            self.collect.emit(r.room_id)
            self.accept()

    def print_batch(self, letter: bool):
        """Notices (or letters, for the rooms due one) of the selected rooms or of every room listed,
        as one PDF; the work runs behind a progress bar."""
        from frontdesk.fees.documents import notices_pdf
        rooms = [r for r in self._chosen() if r.letter_due or not letter]
        title = translate("ArrearsDialog", "Demand letters") if letter else translate("ArrearsDialog", "Payment notices")
        if not rooms:
            msgbox.info(self, title, translate("ArrearsDialog", "No room listed is due one."))
            return None
        on, ids = self.on(), [r.room_id for r in rooms]

        def work(progress):
            notices = self.svc.notices(ids, on, progress=lambda d, t: progress(d, 2 * t))
            doc = notices_pdf(self.store, notices, translate, letter=letter,
                              progress=lambda d, t: progress(t + d, 2 * t))
            return doc, doc.build()

        def done(result):
            doc, pdf = result
            if self.preview is not None:
                self.preview(pdf, title, f"{title}-{on:%Y%m%d}", doc.missing_glyphs)

        self.job = run_with_progress(self, title, work, done)
        return self.job
