"""The 收费 tab: find the room, tick what is paid (arrears first), choose the method, Ctrl+Enter →
one transaction → the receipt opens in the print preview. Thin: the rules are in FeeService."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QVBoxLayout, QWidget

from frontdesk.core import clock
from frontdesk.core.audit import Actor
from frontdesk.core.db import Store
from frontdesk.core.errors import QT_TRANSLATE_NOOP, DomainError, NeedsConfirmation
from frontdesk.core.settings import SettingsService
from frontdesk.core.money import amount_in_words, format_yuan, to_money
from frontdesk.fees.models import METHODS
from frontdesk.fees.service import PERIODIC, FeeService, PaymentPlan, parse_month, plan_payment
from frontdesk.i18n import error_text, translate
from frontdesk.registration.service import RegistrationService
from frontdesk.ui import msgbox
from frontdesk.ui.fielderrors import FieldErrors
from frontdesk.ui.forms.ui_fees_tab import Ui_FeesTab
from frontdesk.ui.search_box import SearchBox, SearchHit
from frontdesk.ui.worker import run_with_progress

DUE_COLUMNS = (QT_TRANSLATE_NOOP("Columns", "Item"), QT_TRANSLATE_NOOP("Columns", "Period"),
               QT_TRANSLATE_NOOP("Columns", "Quantity × price"), QT_TRANSLATE_NOOP("Columns", "Amount (yuan)"))
RECEIPT_COLUMNS = (QT_TRANSLATE_NOOP("Columns", "Receipt no."), QT_TRANSLATE_NOOP("Columns", "Time"),
                   QT_TRANSLATE_NOOP("Columns", "Total"), QT_TRANSLATE_NOOP("Columns", "Method"),
                   QT_TRANSLATE_NOOP("Columns", "Status"))


class FeesTab(QWidget):
    happened = Signal(str)  # "shift_closed": the tasks that follow it act (Task.follows)

    def __init__(self, store: Store, actor: Actor, parent=None, preview=None, paper=None) -> None:
        super().__init__(parent)
        self.form = f = Ui_FeesTab()
        f.setupUi(self)
        self.store, self.actor, self.fees = store, actor, FeeService(store)
        self.preview = preview  # (pdf, title, stem, missing) -> dialog; the main window's print preview
        self.room_id: int | None = None
        self.bills = []
        self.receipts = []
        self.waive_reason: str | None = None
        self.ahead_ids: set[int] = set()  # months just added to pay ahead: ticked with the rest
        self.job = None
        rooms = RegistrationService(store)
        self.search = SearchBox(f.searchHolder, provider=lambda t: [SearchHit(*h) for h in rooms.room_search(t)])
        self.search.setPlaceholderText(translate("FeesTab", "Room or resident… (Ctrl+F)"))
        QVBoxLayout(f.searchHolder).addWidget(self.search)
        f.searchHolder.layout().setContentsMargins(0, 0, 0, 0)
        self.search.activated.connect(lambda hit: self.open_room(hit.key))
        f.dueTable.setColumnCount(len(DUE_COLUMNS))
        f.dueTable.setHorizontalHeaderLabels([translate("Columns", c) for c in DUE_COLUMNS])
        f.dueTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        f.dueTable.verticalHeader().hide()
        f.dueTable.itemChanged.connect(lambda *_: self.update_total())
        f.receiptsTable.setColumnCount(len(RECEIPT_COLUMNS))
        f.receiptsTable.setHorizontalHeaderLabels([translate("Columns", c) for c in RECEIPT_COLUMNS])
        f.receiptsTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        f.receiptsTable.verticalHeader().hide()
        for m in METHODS:
            f.method.addItem(m, m)
        f.method.currentIndexChanged.connect(self._method_changed)
        f.cash.textChanged.connect(lambda *_: self.update_total())
        f.amount.textChanged.connect(lambda *_: self.update_total())
        f.waiveButton.clicked.connect(self.waive)
        f.waiveButton.setEnabled(actor.is_supervisor)
        f.oneOffButton.clicked.connect(self.one_off)
        f.readingsButton.clicked.connect(self.readings)
        f.arrearsButton.clicked.connect(self.arrears)
        f.heldButton.clicked.connect(self.deposits_held)
        f.payButton.clicked.connect(self.take_payment)
        f.aheadButton.clicked.connect(self.add_months_ahead)
        f.reprintButton.clicked.connect(self.reprint)
        f.voidButton.clicked.connect(self.void)
        f.reverseButton.clicked.connect(self.reverse)
        f.cancelMonthButton.clicked.connect(self.cancel_month)
        f.registerButton.clicked.connect(self.export_register)
        f.receiptsTable.currentCellChanged.connect(lambda *_: self._receipt_changed())
        f.billMonthButton.clicked.connect(self.bill_month)
        f.shiftButton.clicked.connect(self.close_shift)
        f.depositsButton.clicked.connect(self.deposits)
        f.cancelMonthButton.setEnabled(actor.is_supervisor)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.take_payment)
        # Space and Ctrl+A tick bills only while the bills table has the focus: elsewhere Space
        # presses the focused button, as everywhere else
        QShortcut(QKeySequence("Ctrl+A"), f.dueTable, activated=lambda: self.tick_all(True),
                  context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence("Space"), f.dueTable, activated=self.toggle_current,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.errors = FieldErrors(self, {"method": f.method, "reference": f.reference, "cash_received": f.cash,
                                         "payer": f.payer, "bills": f.dueTable, "months": f.aheadMonths,
                                         "amount": f.amount, "late_fee": f.waiveButton})
        self.open_room(None)  # reads the property's fee settings
        self._method_changed()

    def unsaved(self) -> str | None:
        """A payment half typed (cash, reference or amount entered, not taken yet)."""
        f = self.form
        if self.room_id is not None and any(w.text().strip() for w in (f.cash, f.reference, f.amount)):
            return translate("FeesTab", "a payment being taken at {room}").format(room=f.roomLabel.text())
        return None

    # ---- the room ----------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def open_room(self, room_id: int | None, bill_id: int | None = None) -> None:
        """The room's bills due, those due by today ticked — or, with ``bill_id`` (a work order's paid
        repair, F8 at the 工单 tab), only that bill ticked."""
        f = self.form
        self.room_id, self.bill_id = room_id, bill_id
        self.errors.clear()
        self.settings = SettingsService(self.store).get()
        self.waive_reason = None
        f.waiveButton.setChecked(False)
        for w in (f.amountLabel, f.amount):
            w.setVisible(self.settings.partial_payments)
        for w in (f.lateLabel, f.waiveButton):
            w.setVisible(self.settings.late_fee_enabled)
        f.aheadItem.clear()
        if room_id != getattr(self, "_ahead_room", None):
            self.ahead_ids = set()
        self._ahead_room = room_id
        if room_id is None:
            f.roomLabel.setText(translate("FeesTab", "Find a room to collect fees"))
            self.bills, self.receipts = [], []
        else:
            label, owners = RegistrationService(self.store).heading(room_id)
            f.roomLabel.setText(f"{label}  {'、'.join(owners)}")
            f.payer.setText(owners[0] if owners else "")
            self.bills = self.fees.due_bills(room_id)
            self.receipts = self.fees.room_receipts(room_id)
            for item in self.fees.items():
                if item.rule in PERIODIC:
                    f.aheadItem.addItem(item.name, item.id)
        self._fill_due()
        self._fill_receipts()
        for w in (f.payButton, f.aheadButton, f.depositsButton, f.oneOffButton):
            w.setEnabled(room_id is not None)
        if room_id is not None:
            f.dueTable.setFocus()
            f.dueTable.setCurrentCell(0, 0)

    def _fill_due(self) -> None:
        t = self.form.dueTable
        t.blockSignals(True)
        t.setRowCount(len(self.bills))
        today = clock.today()
        only = self.bill_id if any(b.id == self.bill_id for b in self.bills) else None
        for i, b in enumerate(self.bills):
            period = f"{b.period_start:%Y-%m}" if b.period_start.day == 1 else f"{b.period_start:%Y-%m-%d}"
            detail = f"{b.quantity} × {b.unit_price}" + (f" × {b.rate_pct}%" if b.rate_pct != 100 else "")
            if b.description:
                detail = f"{b.description}，{detail}"
            if b.paid:
                detail += translate("FeesTab", " (paid {paid} of {amount})").format(paid=b.paid, amount=b.amount)
            cells = [QTableWidgetItem(b.item), QTableWidgetItem(period), QTableWidgetItem(detail),
                     QTableWidgetItem(format_yuan(b.owed, symbol=False))]
            cells[0].setFlags(cells[0].flags() | Qt.ItemFlag.ItemIsUserCheckable)
            due = (b.id == only if only is not None else b.period_start <= today) or b.id in self.ahead_ids
            cells[0].setCheckState(Qt.CheckState.Checked if due else Qt.CheckState.Unchecked)
            cells[3].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for c, cell in enumerate(cells):
                t.setItem(i, c, cell)
        t.blockSignals(False)
        self.update_total()

    def _fill_receipts(self) -> None:
        t = self.form.receiptsTable
        t.setRowCount(len(self.receipts))
        for i, (rid, number, at, total, method, status, _c) in enumerate(self.receipts):
            for c, v in enumerate((number, f"{at:%Y-%m-%d %H:%M}", format_yuan(total), method, status)):
                t.setItem(i, c, QTableWidgetItem(v))
        self._receipt_changed()

    def _receipt_changed(self) -> None:
        """作废 while the receipt's shift is open, 红冲 once it is closed: only the one that applies."""
        r = self._current_receipt()
        kind = r[6] if r else None
        self.form.voidButton.setEnabled(self.actor.is_supervisor and kind == "void")
        self.form.reverseButton.setEnabled(self.actor.is_supervisor and kind == "reverse")

    # ---- ticking and the total ---------------------------------------------------------------
    def ticked(self) -> list:
        t = self.form.dueTable
        return [b for i, b in enumerate(self.bills) if t.item(i, 0).checkState() == Qt.CheckState.Checked]

    def tick_all(self, on: bool) -> None:
        t = self.form.dueTable
        for i in range(t.rowCount()):
            t.item(i, 0).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def toggle_current(self) -> None:
        t = self.form.dueTable
        row = t.currentRow()
        if 0 <= row < t.rowCount():
            item = t.item(row, 0)
            item.setCheckState(Qt.CheckState.Unchecked if item.checkState() == Qt.CheckState.Checked
                               else Qt.CheckState.Checked)

    def plan(self) -> PaymentPlan | None:
        """What Ctrl+Enter would take (the service's rule): the amount typed for a part payment
        or, while that is not a valid amount, all that is ticked; None when nothing is ticked."""
        amount = self.form.amount.text().strip() if self.settings.partial_payments else ""
        waive = self.waive_reason is not None
        for typed in dict.fromkeys((amount or None, None)):
            try:
                return plan_payment(self.ticked(), typed, clock.today(), self.settings, waive)
            except DomainError:
                continue
        return None

    def update_total(self) -> None:
        f = self.form
        plan = self.plan()
        total = plan.total if plan else Decimal("0.00")
        if self.waive_reason is not None:
            f.lateLabel.setText(translate("FeesTab", "Late fee {amount} waived: {reason}").format(
                amount=format_yuan(plan.waived if plan else 0), reason=self.waive_reason))
        else:
            f.lateLabel.setText(translate("FeesTab", "Late fee to today {amount} (included)").format(
                amount=format_yuan(plan.late if plan else 0)))
        f.totalLabel.setText(translate("FeesTab", "Total {amount}").format(amount=format_yuan(total)))
        f.wordsLabel.setText(amount_in_words(total))
        change = ""
        if f.method.currentData() == "现金" and f.cash.text().strip():
            try:
                cash = to_money(f.cash.text(), "cash_received")
                change = translate("FeesTab", "Change {amount}").format(amount=format_yuan(cash - total)) \
                    if cash >= total else translate("FeesTab", "Not enough cash")
            except DomainError:
                change = ""
        f.changeLabel.setText(change)

    def _method_changed(self, *_args) -> None:
        f = self.form
        cash = f.method.currentData() == "现金"
        f.cash.setEnabled(cash)
        f.reference.setEnabled(not cash)
        self.update_total()

    # ---- actions -----------------------------------------------------------------------------
    def take_payment(self):
        f = self.form
        if self.room_id is None:
            return None
        self.errors.clear()
        try:
            issued = self.fees.take_payment(self.actor, self.room_id, [b.id for b in self.ticked()],
                                            f.method.currentData(), f.reference.text(), f.cash.text() or None,
                                            f.payer.text(), amount=f.amount.text().strip() or None,
                                            waive_reason=self.waive_reason)
        except DomainError as err:
            self.errors.show(err)
            return None
        f.cash.clear()
        f.reference.clear()
        f.amount.clear()
        self.ahead_ids = set()
        self.open_room(self.room_id)
        return self.show_receipt(issued.id, issued.number, copy=False)

    def waive(self) -> None:
        """减免滞纳金 (supervisor): the late fee of this payment is not charged; the reason is kept."""
        f = self.form
        if self.waive_reason is not None:
            self.waive_reason = None
        else:
            reason, ok = msgbox.ask_text(self, translate("FeesTab", "Waive the late fee"),
                                         translate("FeesTab", "Reason (kept with the receipt):"))
            self.waive_reason = reason.strip() if ok and reason.strip() else None
        f.waiveButton.setChecked(self.waive_reason is not None)
        self.update_total()

    def show_receipt(self, receipt_id: int, number: str, copy: bool):
        from frontdesk.fees.documents import receipt_pdf
        pdf, missing = receipt_pdf(self.store, receipt_id, translate, copy=copy)
        if self.preview is not None:
            return self.preview(pdf, translate("FeesTab", "Receipt {number}").format(number=number), number, missing)
        return pdf

    def add_months_ahead(self) -> None:
        f = self.form
        if self.room_id is None or f.aheadItem.currentData() is None:
            return
        try:
            ids = self.fees.bills_ahead(self.actor, self.room_id, f.aheadItem.currentData(), f.aheadMonths.value())
        except DomainError as err:
            self.errors.show(err)
            return
        self.ahead_ids |= set(ids)
        self.open_room(self.room_id)

    def _current_receipt(self):
        row = self.form.receiptsTable.currentRow()
        return self.receipts[row] if 0 <= row < len(self.receipts) else None

    def reprint(self):
        r = self._current_receipt()
        if r is None:
            return None
        try:
            rid = self.fees.reprint(self.actor, r[1])
        except DomainError as err:
            return msgbox.warn(self, translate("FeesTab", "Reprint"), error_text(err))
        return self.show_receipt(rid, r[1], copy=True)

    def _correct(self, kind: str):
        """作废 or 红冲 the selected receipt: which one applies is checked before a reason is asked."""
        r = self._current_receipt()
        if r is None:
            return None
        title = translate("FeesTab", "Void receipt {number}") if kind == "void" else \
            translate("FeesTab", "Reverse receipt {number}")
        title = title.format(number=r[1])
        try:
            if self.fees.correction(r[0]) != kind:
                raise DomainError(QT_TRANSLATE_NOOP("Errors", "Receipt {number} belongs to a closed shift: reverse "
                                                              "it (红冲) instead of voiding it.") if kind == "void" else
                                  QT_TRANSLATE_NOOP("Errors", "Receipt {number} is in an open shift: void it "
                                                              "instead."), "reason", number=r[1])
        except DomainError as err:
            msgbox.warn(self, title, error_text(err))
            return None
        from frontdesk.ui.reason_dialog import ReasonDialog
        if kind == "void":
            info = translate("FeesTab", "Receipt {number} of {amount} is marked void; its bills are due again. The "
                                        "money goes back out of the drawer that took it. The receipt and its number "
                                        "stay.")
            act = (lambda v: self.fees.void(self.actor, r[0], v["reason"], float_ok=v["confirmed"]))
            methods = ()
        else:
            info = translate("FeesTab", "A negative receipt of {amount} is issued against {number} in your shift, "
                                        "and you pay the money back the way chosen; its bills are due again. Both "
                                        "receipts stay.")
            act = (lambda v: self.fees.reverse(self.actor, r[0], v["reason"], v["method"], v["reference"],
                                               float_ok=v["confirmed"]))
            methods = (r[4], *(m for m in METHODS if m != r[4]))  # the original's way first
        dlg = ReasonDialog(self, title, info.format(number=r[1], amount=format_yuan(r[3])), act, methods=methods)
        if not dlg.exec():
            return None
        self.open_room(self.room_id)
        if kind == "reverse":
            return self.show_receipt(dlg.result.id, dlg.result.number, copy=False)
        return dlg.result

    def void(self):
        return self._correct("void")

    def reverse(self):
        return self._correct("reverse")

    def cancel_month(self):
        """撤销开账 (supervisor): a month billed by mistake — its unpaid bills are cancelled, kept."""
        from frontdesk.ui.reason_dialog import ReasonDialog
        title = translate("FeesTab", "Cancel a month's bills")
        text, ok = msgbox.ask_text(self, title, translate("FeesTab", "Cancel the unpaid bills of which month "
                                                                      "(YYYY-MM)?"))
        if not ok:
            return None
        try:
            year, month = parse_month(text, clock.today())
        except DomainError as err:
            msgbox.warn(self, title, error_text(err))
            return None
        shown = f"{year}-{month:02d}"
        dlg = ReasonDialog(self, title, translate(
            "FeesTab", "The unpaid bills of {month} are cancelled: kept and marked, no longer due. A room that has "
                       "paid anything of {month} keeps all its bills of the month.").format(month=shown),
            lambda v: self.fees.cancel_month(self.actor, year, month, v["reason"]))
        if not dlg.exec():
            return None
        c = dlg.result
        msgbox.info(self, title, translate("FeesTab", "{n} bills of {month} ({amount}) were cancelled; {kept} rooms "
                                                      "with payments kept theirs.").format(
            n=c.bills, month=shown, amount=format_yuan(c.total), kept=c.kept_rooms))
        self.open_room(self.room_id)
        return c

    def deposits(self) -> None:
        from frontdesk.fees.deposit_dialog import DepositsDialog
        if self.room_id is None:
            return
        DepositsDialog(self.store, self.actor, self.room_id, self.form.roomLabel.text(), self, preview=self.preview,
                       payer=self.form.payer.text()).exec()
        self.open_room(self.room_id)

    def close_shift(self):
        """交班 with a blind count: the cash in the drawer is entered first; the expected amount
        is told only when they differ, and then a difference needs its reason. Prints the close."""
        from frontdesk.fees.documents import shift_close_pdf
        from frontdesk.fees.shift import ShiftService
        from frontdesk.ui.reason_dialog import ReasonDialog
        shifts = ShiftService(self.store)
        f = shifts.figures(self.actor)
        info = translate("FeesTab", "{n} receipts, {v} voids and {d} deposit refunds since your last close. Count "
                                    "the cash in the drawer (without its float) and enter it; you are told what it "
                                    "should be only if the two differ.").format(
            n=len(f.receipts), v=len(f.voids), d=len(f.refunds))
        dlg = ReasonDialog(self, translate("FeesTab", "Close the shift"), info,
                           lambda v: shifts.close(self.actor, v["amount"], v["reason"]),
                           amount=translate("FeesTab", "Cash &counted (yuan)"),
                           reason_label=translate("FeesTab", "Reason for a &difference"),
                           names={"amount": "cash_counted", "reason": "difference_reason"})
        if not dlg.exec():
            return None
        doc = shift_close_pdf(self.store, dlg.result, translate)
        shown = self.preview(doc.build(), doc.title, f"{doc.title}-{doc.number}", doc.missing_glyphs) \
            if self.preview is not None else doc
        self.happened.emit("shift_closed")  # the tasks that follow it (the key cabinet's count) are offered next
        return shown

    def export_register(self):
        """收据登记簿 of a month as a workbook, ready to print from the spreadsheet program."""
        from frontdesk.fees.documents import write_register
        from frontdesk.fees.service import month_bounds
        title = translate("FeesTab", "Receipt register")
        today = clock.today()
        text, ok = msgbox.ask_text(self, title, translate(
            "FeesTab", "The receipts of which month (YYYY-MM)? Leave it empty for this month ({month}).").format(
            month=f"{today:%Y-%m}"))
        if not ok:
            return None
        try:
            first, last = month_bounds(*parse_month(text, today))
        except DomainError as err:
            msgbox.warn(self, title, error_text(err))
            return None
        name = translate("FeesTab", "receipt-register-{month}.xlsx").format(month=first.strftime("%Y-%m"))
        written = msgbox.save_to(self, title, name, translate("FeesTab", "Excel workbooks (*.xlsx)"), ".xlsx",
                                 lambda path: (write_register(self.store, first, last, path, translate), path))
        if written:
            msgbox.info(self, title, translate("FeesTab", "{n} receipts were written to {path}.").format(
                n=written[0], path=written[1]))
        return written

    def bill_month(self):
        """开账: bills of a month for every room, behind a progress bar (the window stays usable)."""
        today = clock.today()
        title = translate("FeesTab", "Bill a month")
        text, ok = msgbox.ask_text(self, title, translate(
            "FeesTab", "Make the bills of which month (YYYY-MM)? Rooms already billed are skipped.\n"
                       "Leave it empty for this month ({month}).").format(month=f"{today:%Y-%m}"))
        if not ok:
            return None
        try:
            year, month = parse_month(text, today)
        except DomainError as err:
            msgbox.warn(self, title, error_text(err))
            return None
        question: NeedsConfirmation | None = self.fees.month_unusual(year, month, today)
        if question is not None and not msgbox.ask(self, title, error_text(question)):
            return None

        def done(made) -> None:
            msgbox.info(self, title, translate("FeesTab", "{n} bills were made for {month}.").format(
                n=made, month=f"{year}-{month:02d}"))
            self.open_room(self.room_id)

        self.job = run_with_progress(self, title, lambda progress: self.fees.generate_month(
            self.actor, year, month, progress, confirmed=True), done)
        return self.job

    # ---- the other windows -------------------------------------------------------------------
    def one_off(self) -> None:
        from frontdesk.fees.desk_dialogs import OneOffDialog
        if self.room_id is not None and OneOffDialog(self.store, self.actor, self.room_id, self).exec():
            self.open_room(self.room_id)

    def readings(self) -> None:
        from frontdesk.fees.desk_dialogs import ReadingsDialog
        ReadingsDialog(self.store, self.actor, self).exec()
        self.open_room(self.room_id)

    def arrears(self) -> None:
        from frontdesk.fees.desk_dialogs import ArrearsDialog
        dlg = ArrearsDialog(self.store, self.actor, self, preview=self.preview)
        dlg.collect.connect(self.open_room)
        dlg.exec()

    def deposits_held(self) -> None:
        from frontdesk.fees.deposit_dialog import DepositsDialog
        DepositsDialog(self.store, self.actor, None, parent=self, preview=self.preview).exec()

