"""押金 of a room: take one (receipt), refund one (voucher), keep part or all (supervisor). Without a
room it is the property's 押金台账: every deposit held, by kind and age, oldest first."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem

from frontdesk.core.audit import Actor
from frontdesk.core.db import Store
from frontdesk.core.errors import QT_TRANSLATE_NOOP, DomainError
from frontdesk.core.money import format_yuan
from frontdesk.fees.deposits import STATUS, DepositService
from frontdesk.fees.models import DEPOSIT_KINDS, METHODS
from frontdesk.i18n import translate
from frontdesk.ui.fielderrors import FieldErrors
from frontdesk.ui.forms.ui_deposits_dialog import Ui_DepositsDialog

HELD_COLUMNS = (QT_TRANSLATE_NOOP("Columns", "Room"), QT_TRANSLATE_NOOP("Columns", "Kind"),
                QT_TRANSLATE_NOOP("Columns", "Payer"), QT_TRANSLATE_NOOP("Columns", "Amount (yuan)"),
                QT_TRANSLATE_NOOP("Columns", "Collected"), QT_TRANSLATE_NOOP("Columns", "Days held"))
COLUMNS = (QT_TRANSLATE_NOOP("Columns", "Kind"), QT_TRANSLATE_NOOP("Columns", "Payer"),
           QT_TRANSLATE_NOOP("Columns", "Amount (yuan)"), QT_TRANSLATE_NOOP("Columns", "Collected"),
           QT_TRANSLATE_NOOP("Columns", "Status"), QT_TRANSLATE_NOOP("Columns", "Refunded"),
           QT_TRANSLATE_NOOP("Columns", "Voucher"))


class DepositsDialog(QDialog):
    def __init__(self, store: Store, actor: Actor, room_id: int | None, room_label: str = "", parent=None,
                 preview=None, payer: str = "") -> None:
        super().__init__(parent)
        self.form = f = Ui_DepositsDialog()
        f.setupUi(self)
        self.store, self.actor, self.room_id, self.preview = store, actor, room_id, preview
        self.svc = DepositService(store)
        self.columns = COLUMNS if room_id is not None else HELD_COLUMNS
        if room_id is None:
            self.setWindowTitle(translate("DepositsDialog", "Deposits held (all rooms)"))
            f.collectBox.hide()
        else:
            self.setWindowTitle(translate("DepositsDialog", "Deposits — {room}").format(room=room_label))
            for w in (f.kindFilterLabel, f.kindFilter, f.byKindLabel):
                w.hide()
        f.kindFilter.addItem(translate("DepositsDialog", "All kinds"), None)
        for k in DEPOSIT_KINDS:
            f.kindFilter.addItem(k, k)
        f.kindFilter.currentIndexChanged.connect(self.refresh)
        for k in DEPOSIT_KINDS:
            f.kind.addItem(k, k)
        for m in METHODS:
            f.method.addItem(m, m)
        f.payer.setText(payer)
        f.table.setColumnCount(len(self.columns))
        f.table.setHorizontalHeaderLabels([translate("Columns", c) for c in self.columns])
        f.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        f.table.verticalHeader().hide()
        f.forfeitButton.setEnabled(actor.is_supervisor)
        self.errors = FieldErrors(self, {"kind": f.kind, "amount": f.amount, "method": f.method,
                                         "reference": f.reference, "cash_received": f.amount})
        f.collectButton.clicked.connect(self.collect)
        f.refundButton.clicked.connect(self.refund)
        f.forfeitButton.clicked.connect(self.forfeit)
        f.buttons.rejected.connect(self.reject)
        self.refresh()

    def refresh(self, *_args) -> None:
        f = self.form
        if self.room_id is None:
            kind = f.kindFilter.currentData()
            self.rows = [d for d in self.svc.list(held_only=True) if kind is None or d.kind == kind]
            f.byKindLabel.setText("；".join(f"{k} {format_yuan(v)}" for k, v in self.svc.held_by_kind().items()))
        else:
            self.rows = self.svc.list(self.room_id)
        t = f.table
        t.setRowCount(len(self.rows))
        for i, d in enumerate(self.rows):
            kind = f"{d.kind}（{d.held_for}）" if d.held_for else d.kind  # settled with that paper, on 证件
            if self.room_id is None:
                values = (d.room_code or "—", kind, d.payer, format_yuan(d.amount, symbol=False),
                          f"{d.collected_at:%Y-%m-%d}", str(d.age_days))
            else:
                values = (kind, d.payer, format_yuan(d.amount, symbol=False), f"{d.collected_at:%Y-%m-%d}",
                          translate("Fees", STATUS.get(d.status, d.status)),
                          "" if d.refund_amount is None else format_yuan(d.refund_amount, symbol=False),
                          d.voucher_number or "")
            for c, v in enumerate(values):
                t.setItem(i, c, QTableWidgetItem(v))
        held = sum((d.amount for d in self.rows if d.status == "held"), start=Decimal("0.00"))
        f.heldLabel.setText(translate("DepositsDialog", "Held: {amount}").format(amount=format_yuan(held)))

    def _show(self, pdf: bytes, title: str, stem: str, missing=frozenset()):
        return self.preview(pdf, title, stem, missing) if self.preview else pdf

    def collect(self):
        f = self.form
        self.errors.clear()
        try:
            issued = self.svc.collect(self.actor, self.room_id, f.kind.currentData(), f.amount.text(),
                                      f.method.currentData(), f.reference.text(), None, f.payer.text())
        except DomainError as err:
            self.errors.show(err)
            return None
        f.amount.clear()
        f.reference.clear()
        self.refresh()
        from frontdesk.fees.documents import receipt_pdf
        pdf, missing = receipt_pdf(self.store, issued.id, translate)
        return self._show(pdf, translate("FeesTab", "Receipt {number}").format(number=issued.number), issued.number,
                          missing)

    def _current(self):
        row = self.form.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _voucher(self, deposit_id: int, number: str | None):
        if not number:
            return None
        from frontdesk.fees.documents import refund_voucher
        doc = refund_voucher(self.store, deposit_id, translate)
        return self._show(doc.build(), doc.title, f"{doc.title}-{number}", doc.missing_glyphs)

    def refund(self):
        """退还: the whole deposit, paid back by the method chosen (its reference unless cash)."""
        return self._settle(False)

    def forfeit(self):
        """扣除 (supervisor): the amount kept, the reason and how the rest is paid back — one form,
        every field checked at once."""
        return self._settle(True)

    def _settle(self, keep: bool):
        from frontdesk.fees.models import METHODS
        from frontdesk.ui.reason_dialog import ReasonDialog
        d = self._current()
        if d is None:
            return None
        if keep:
            title = translate("DepositsDialog", "Keep part or all of {amount}").format(amount=format_yuan(d.amount))
            info = translate("DepositsDialog", "{kind} of {amount}: enter what is kept and why; the rest is paid "
                                               "back with a refund voucher.")
            act = (lambda v: self.svc.forfeit(self.actor, d.id, v["amount"], v["reason"], v["method"], v["reference"],
                                              float_ok=v["confirmed"]))
        else:
            title = translate("DepositsDialog", "Refund the deposit")
            info = translate("DepositsDialog", "The whole deposit, {kind} of {amount}, is paid back with a refund "
                                               "voucher.")
            act = (lambda v: self.svc.refund(self.actor, d.id, v["method"], v["reference"], float_ok=v["confirmed"]))
        dlg = ReasonDialog(self, title, info.format(kind=d.kind, amount=format_yuan(d.amount)), act,
                           amount=translate("DepositsDialog", "Amount &kept (yuan)") if keep else None,
                           methods=METHODS, reason=keep)
        if not dlg.exec():
            return None
        self.refresh()
        return self._voucher(d.id, dlg.result)
