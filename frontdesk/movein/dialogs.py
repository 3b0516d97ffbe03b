"""The move-in's guided window (入住办理, F9 on every tab, the room card's 入住办理): the room, its RZ number
and state on top, the six steps listed (✓ done, → next) beside a page per step and the finish. Ctrl+Enter
completes the step shown (its service call) and goes on to the next; Esc closes — the move-in stays and
resumes at its next step, and typing not yet saved is asked about first. Every fault at its field. Thin:
the rules are in MoveInService."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QListWidgetItem, QTableWidgetItem

from frontdesk.core import clock
from frontdesk.core.audit import Actor
from frontdesk.core.db import Store
from frontdesk.core.errors import QT_TRANSLATE_NOOP, DomainError
from frontdesk.core.money import format_yuan
from frontdesk.fees.service import METHODS
from frontdesk.i18n import error_text, translate
from frontdesk.keys.service import KeyService
from frontdesk.movein.models import FORMS, ITEMS, ORDER, WHO
from frontdesk.movein.service import MoveInService
from frontdesk.ui import msgbox, qclock
from frontdesk.ui.fielderrors import FieldErrors, FormDialog
from frontdesk.ui.signature_pad import SignatureField

TITLES = {"documents": QT_TRANSLATE_NOOP("MoveInDialog", "Documents"),
          "forms": QT_TRANSLATE_NOOP("MoveInDialog", "Forms signed"),
          "items": QT_TRANSLATE_NOOP("MoveInDialog", "Items handed over"),
          "fees": QT_TRANSLATE_NOOP("MoveInDialog", "Fees"),
          "inspection": QT_TRANSLATE_NOOP("MoveInDialog", "Inspection and meters"),
          "keys": QT_TRANSLATE_NOOP("MoveInDialog", "Keys"),
          "finish": QT_TRANSLATE_NOOP("MoveInDialog", "Finish")}
PAGES = (*ORDER, "finish")


def _day(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())


def _ticks(widget, entries) -> None:
    widget.clear()
    for text in entries:
        item = QListWidgetItem(text, widget)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)


def _ticked(widget) -> list[str]:
    return [widget.item(i).text() for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked]


class MoveInDialog(FormDialog):
    def __init__(self, store: Store, actor: Actor, move_in_id: int, parent=None, preview=None,
                 receipt_paper=None) -> None:
        from frontdesk.ui.forms.ui_move_in_dialog import Ui_MoveInDialog
        super().__init__(Ui_MoveInDialog, parent)
        f = self.form
        self.store, self.actor, self.preview = store, actor, preview
        self.receipt_paper = receipt_paper  # fees' receipt (Task.papers): (store, receipt_id, translate) -> (pdf, missing)
        self.svc = MoveInService(store)
        self.view = self.svc.get(move_in_id)
        self.printed = None  # the confirmation's preview, once finished
        self.setWindowTitle(translate("MoveInDialog", "Move-in of {room}").format(room=self.view.room))
        f.hint.setText(translate("MoveInDialog", "Ctrl+Enter completes the step shown; Esc closes — the move-in "
                                                 "stays and goes on at its next step."))
        for key, text in WHO.items():
            f.who.addItem(text, key)
        f.owner.addItems(KeyService(store).owners_of(self.view.room_id))
        f.deliveredOn.setDate(qclock.today())
        f.moveInDate.setDate(qclock.today())
        _ticks(f.forms, FORMS)
        _ticks(f.items, ITEMS)
        f.method.addItems(METHODS)
        f.hook.addItems(KeyService(store).free_hooks())
        f.feeLines.setColumnCount(3)
        f.feeLines.setHorizontalHeaderLabels([translate("MoveInDialog", "Fee"), translate("MoveInDialog", "Detail"),
                                              translate("MoveInDialog", "Amount")])
        f.feeLines.horizontalHeader().setStretchLastSection(True)
        f.feeLines.setColumnWidth(0, 200)
        f.feeLines.setColumnWidth(1, 180)
        sign_again = translate("KeysDialog", "Sign again")
        self.items_pad = SignatureField(f.itemsSignature, translate("KeysDialog", "The owner signs here"), sign_again).pad
        self.keys_pad = SignatureField(f.keysSignature, translate("KeysDialog", "The owner signs here"), sign_again).pad
        self.page_errors = {
            "documents": FieldErrors(self, {"who": f.who, "owner": f.owner, "agent": f.agent, "documents": f.documents,
                                            "delivered_on": f.deliveredOn, "note": f.note}),
            "forms": FieldErrors(self, {"forms": f.forms}),
            "items": FieldErrors(self, {"items": f.items, "signature": self.items_pad, "unsigned": f.itemsUnsigned}),
            "fees": FieldErrors(self, {"fees": f.feeLines, "method": f.method, "reference": f.reference,
                                       "cash_received": f.cashReceived}),
            "inspection": FieldErrors(self, {"engineer": f.engineer, "water": f.water, "power": f.power, "gas": f.gas,
                                             "agreed": f.agreed, "defects": f.defects, "inspection": f.engineer}),
            "keys": FieldErrors(self, {"handed": f.handed, "keys": f.handed, "pieces": f.pieces, "hook": f.hook,
                                       "contractor": f.contractor, "owner": f.keep, "room": f.keep,
                                       "signature": self.keys_pad, "unsigned": f.keysUnsigned}),
            "finish": FieldErrors(self, {"steps": f.missing, "move_in_date": f.moveInDate, "custody": f.custody,
                                         "room": f.missing}),
        }
        self.errors = self.page_errors["documents"]
        f.who.currentIndexChanged.connect(self._documents_list)
        f.keep.toggled.connect(self._keep)
        f.steps.currentRowChanged.connect(self.show_step)
        f.doButton.clicked.connect(self.submit)
        f.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.submit)
        QShortcut(QKeySequence("Ctrl+Enter"), self, activated=self.submit)
        self._documents_list()
        self._keep(False)
        self.dirty = False
        for w in (f.agent, f.note, f.itemsUnsigned, f.reference, f.cashReceived, f.engineer, f.water, f.power, f.gas,
                  f.contractor, f.keysUnsigned):
            w.textEdited.connect(self._typed)
        f.defects.textChanged.connect(self._typed)
        for w in (f.documents, f.forms, f.items):
            w.itemChanged.connect(self._typed)
        for pad in (self.items_pad, self.keys_pad):
            pad.changed.connect(self._typed)
        self.refresh(self.view.next_step or "finish")
        self.resize(self.width(), max(self.height(), 600))

    def _typed(self, *_a) -> None:
        self.dirty = True

    def _documents_list(self, *_a) -> None:
        _ticks(self.form.documents, self.view.documents_for(self.form.who.currentData()))

    def _keep(self, on: bool) -> None:
        f = self.form
        for w in (f.pieces, f.hook, f.contractor, f.emergency, f.piecesLabel, f.hookLabel, f.contractorLabel):
            w.setEnabled(on)

    # ---- what is shown ------------------------------------------------------------------------
    @property
    def step(self) -> str:
        return PAGES[self.form.pages.currentIndex()]

    def refresh(self, show: str | None = None) -> None:
        """The head and the list read again; ``show`` (else the page shown) in front."""
        f, v = self.form, self.view
        f.head.setText(translate("MoveInDialog", "Room {room}    Move-in {number}    {state}").format(
            room=v.room, number=v.number, state=v.state_text))
        following = v.next_step or "finish"
        f.steps.blockSignals(True)
        f.steps.clear()
        for key in PAGES:
            mark = "✓" if key in v.steps or (key == "finish" and v.state != "open") else \
                "→" if key == following else "  "
            f.steps.addItem(f"{mark} {translate('MoveInDialog', TITLES[key])}")
        f.steps.blockSignals(False)
        f.missing.setText(translate("MoveInDialog", "Still to do: {steps}").format(
            steps="、".join(translate("MoveInDialog", TITLES[k]) for k in v.missing)) if v.missing else
            translate("MoveInDialog", "Every required step is done: finish as moved in, or put the room in custody."))
        if v.delivered_on and "documents" in v.steps:
            f.moveInDate.setMinimumDate(QDate(*v.delivered_on.timetuple()[:3]))
        f.steps.setCurrentRow(PAGES.index(show or self.step))
        self.show_step(PAGES.index(show or self.step))

    def show_step(self, row: int) -> None:
        if row < 0:
            return
        f, key = self.form, PAGES[row]
        f.pages.setCurrentIndex(row)
        f.stepTitle.setText(translate("MoveInDialog", TITLES[key]))
        done = self.view.steps.get(key)
        closed = self.view.state != "open"
        f.pages.currentWidget().setEnabled(done is None and not closed)
        f.doButton.setEnabled(done is None and not closed)
        if done is not None:
            f.stepTitle.setText(translate("MoveInDialog", "{step} — done {at} by {operator}").format(
                step=translate("MoveInDialog", TITLES[key]), at=f"{done.at:%Y-%m-%d %H:%M}", operator=done.operator))
        self.errors = self.page_errors[key]
        if key == "fees" and done is None and not closed:
            self._fee_plan()
        first = {"documents": f.who, "forms": f.forms, "items": f.items, "fees": f.method, "inspection": f.engineer,
                 "keys": f.handed, "finish": f.moveInDate}[key]
        if done is None and not closed:
            first.setFocus()

    def _fee_plan(self) -> None:
        f = self.form
        try:
            plan = self.svc.fee_plan(self.view.id)
        except DomainError as err:
            f.feeLines.setRowCount(0)
            f.feeTotal.setText(error_text(err))
            return
        f.feeLines.setRowCount(len(plan.lines))
        for r, line in enumerate(plan.lines):
            for c, text in enumerate((line.label, line.detail, format_yuan(line.amount))):
                cell = QTableWidgetItem(text)
                cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if c == 2:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                f.feeLines.setItem(r, c, cell)
        f.feeTotal.setText(format_yuan(plan.total))
        if not f.cashReceived.text():
            f.cashReceived.setText(str(plan.total))

    # ---- doing the step -----------------------------------------------------------------------
    def unsaved(self) -> bool:
        return self.dirty

    def submit(self) -> bool:
        """Ctrl+Enter: the step shown done (its service call); then the next step in front."""
        if not self.form.doButton.isEnabled():
            return False
        self.errors.clear()
        try:
            said = self.save()
        except DomainError as err:
            self.errors.show(err)
            return False
        self.dirty = False
        self.view = self.svc.get(self.view.id)
        step = self.step
        self.refresh(self.view.next_step or "finish")
        if said:
            self._said(step, said)
        if self.view.state != "open":
            self._print_confirmation()
            self.accept()
        return True

    def _said(self, step: str, text: str) -> None:
        f = self.form
        target = {"fees": f.feesDone, "inspection": f.inspectionDone}.get(step)
        if target is not None:
            target.setText(text)
        self.form.hint.setText(text)

    def save(self) -> str | None:
        f, mid, actor = self.form, self.view.id, self.actor
        step = self.step
        if step == "documents":
            self.svc.documents(actor, mid, who=f.who.currentData(), owner=f.owner.currentText(), agent=f.agent.text(),
                               checked=_ticked(f.documents), delivered_on=_day(f.deliveredOn.date()),
                               note=f.note.text())
        elif step == "forms":
            self.svc.forms(actor, mid, signed=_ticked(f.forms))
        elif step == "items":
            self.svc.items(actor, mid, handed=_ticked(f.items), signature=self.items_pad.png(),
                           unsigned=f.itemsUnsigned.text())
        elif step == "fees":
            receipt = self.svc.fees(actor, mid, method=f.method.currentText(), reference=f.reference.text(),
                                    cash_received=f.cashReceived.text() or None)
            if receipt is None:
                return translate("MoveInDialog", "Nothing was owed: no receipt.")
            self._print_receipt(receipt)
            if receipt.change:
                return translate("MoveInDialog", "Receipt {number} issued. Change to give back: {change}.").format(
                    number=receipt.number, change=format_yuan(receipt.change))
            return translate("MoveInDialog", "Receipt {number} issued.").format(number=receipt.number)
        elif step == "inspection":
            orders = self.svc.inspection(actor, mid, engineer=f.engineer.text(), water=f.water.text(),
                                         power=f.power.text(), gas=f.gas.text(), agreed=f.agreed.isChecked(),
                                         defects=f.defects.toPlainText().splitlines())
            return translate("MoveInDialog", "Rectification orders sent to engineering: {orders}.").format(
                orders="、".join(orders)) if orders else translate("MoveInDialog", "No defects: no rectification order.")
        elif step == "keys":
            paper = self.svc.keys(actor, mid, handed=f.handed.value(), keep=f.keep.isChecked(),
                                  kept_pieces=f.pieces.value(), hook=f.hook.currentText(),
                                  contractor=f.contractor.text(), emergency=f.emergency.isChecked(),
                                  signature=self.keys_pad.png(), unsigned=f.keysUnsigned.text())
            return translate("MoveInDialog", "Keys kept on key receipt {number}.").format(number=paper) \
                if paper else None
        else:
            self.svc.finish(actor, mid, custody=f.custody.isChecked(), move_in_date=_day(f.moveInDate.date()))
        return None

    # ---- papers -------------------------------------------------------------------------------
    def _print_receipt(self, receipt) -> None:
        """The receipt fees issued, printed as fees prints it (``Task.papers``)."""
        if self.receipt_paper is None:
            return
        pdf, missing = self.receipt_paper(self.store, receipt.id, translate)
        if self.preview is not None:
            self.receipt_preview = self.preview(pdf, translate("MoveInDialog", "Receipt {number}").format(
                number=receipt.number), receipt.number, missing)

    def _print_confirmation(self) -> None:
        from frontdesk.movein.documents import print_confirmation
        try:
            pdf, missing = print_confirmation(self.store, self.actor, self.view.number, None, translate)
        except DomainError as err:
            return msgbox.warn(self, self.windowTitle(), error_text(err))
        if self.preview is not None:
            self.printed = self.preview(pdf, translate("MoveInDialog", "Move-in confirmation {number}").format(
                number=self.view.number), self.view.number, missing)
        return None


def open_move_in(window, room_id: int | None):
    """The task's flow (F9, the room card's 入住办理): the room's move-in under way resumed at its next
    step, or one started — its refusal (not delivered, occupied, no owner) said, nothing started.
    Returns the dialog shown (None when none)."""
    title = translate("MoveInDialog", "Move-in")
    if room_id is None:
        msgbox.info(window, title, translate("MoveInDialog", "Open the room first (search for it in 登记), then "
                                                            "press F9."))
        return None
    svc = MoveInService(window.store)
    try:
        live = svc.live(room_id)
        move_in_id = live.id if live is not None else svc.start(window.actor, room_id)
    except DomainError as err:
        msgbox.warn(window, title, error_text(err))
        return None
    dlg = MoveInDialog(window.store, window.actor, move_in_id, window, preview=window.preview_pdf,
                       receipt_paper=window.paper("fees", "receipt"))
    window.move_in_dialog = dlg
    dlg.open()
    return dlg



class MoveInRulesDialog(FormDialog):
    """设置 → 入住办理 (a supervisor's): how the first month's fee is counted, the fee items the move-in
    takes, where rectification orders go, and which steps a move-in needs before it is finished."""

    def __init__(self, store: Store, actor: Actor, parent=None) -> None:
        from frontdesk.movein import rules as rules_
        from frontdesk.movein.models import STEPS
        from frontdesk.ui.forms.ui_move_in_rules_dialog import Ui_MoveInRulesDialog
        super().__init__(Ui_MoveInRulesDialog, parent)
        f = self.form
        self.svc, self.actor = MoveInService(store), actor
        rules = self.read = self.svc.rules()
        for key, word in rules_.FIRST_MONTH.items():
            f.firstMonth.addItem(word, key)
        f.firstMonth.setCurrentIndex(f.firstMonth.findData(rules.first_month))
        f.feeItem.setText(rules.fee_item)
        f.fundItem.setText(rules.fund_item)
        f.department.setText(rules.department)
        for key in ORDER:
            item = QListWidgetItem(STEPS[key], f.required)
            item.setData(Qt.ItemDataRole.UserRole, key)
            flags = item.flags() | Qt.ItemFlag.ItemIsUserCheckable
            item.setFlags(flags & ~Qt.ItemFlag.ItemIsEnabled if key == "documents" else flags)  # always needed
            item.setCheckState(Qt.CheckState.Checked if key in rules.required else Qt.CheckState.Unchecked)
        f.hint.setText(translate("MoveInDialog", "Enter saves, Esc cancels. The fund item may be empty: no fund "
                                                 "is taken."))
        if not actor.is_supervisor:
            f.info.setText(translate("MoveInDialog", "A supervisor changes these rules."))
            for w in (f.firstMonth, f.feeItem, f.fundItem, f.department, f.required):
                w.setEnabled(False)
        self.wire({"first_month": f.firstMonth, "fee_item": f.feeItem, "fund_item": f.fundItem,
                   "department": f.department, "required": f.required})
        f.firstMonth.setFocus()

    def save(self) -> None:
        f = self.form
        required = [f.required.item(i).data(Qt.ItemDataRole.UserRole) for i in range(f.required.count())
                    if f.required.item(i).checkState() == Qt.CheckState.Checked]
        self.result = self.svc.set_rules(self.actor, self.read, first_month=f.firstMonth.currentData(),
                                         fee_item=f.feeItem.text(), fund_item=f.fundItem.text(),
                                         department=f.department.text(), required=required)
