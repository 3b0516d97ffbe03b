"""收费标准: fee items and their dated prices (supervisor)."""
from __future__ import annotations


from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem

from frontdesk.core import clock
from frontdesk.core.audit import Actor
from frontdesk.core.db import Store
from frontdesk.core.errors import QT_TRANSLATE_NOOP, DomainError
from frontdesk.fees.models import RULES
from frontdesk.fees.service import PERIODIC, FeeService
from frontdesk.i18n import translate
from frontdesk.registration.service import ROOM_USES
from frontdesk.ui.fielderrors import FieldErrors
from frontdesk.ui.forms.ui_fee_items_dialog import Ui_FeeItemsDialog

RULE_NAMES = {
    "area_monthly": QT_TRANSLATE_NOOP("Fees", "per m² per month × area"),
    "unit_monthly": QT_TRANSLATE_NOOP("Fees", "per month (e.g. a parking space)"),
    "fixed": QT_TRANSLATE_NOOP("Fees", "fixed, one-off"),
    "area_fixed": QT_TRANSLATE_NOOP("Fees", "per m², one-off"),
    "metered": QT_TRANSLATE_NOOP("Fees", "metered (price × reading difference)"),
    "deposit": QT_TRANSLATE_NOOP("Fees", "deposit (refundable)"),
    "service": QT_TRANSLATE_NOOP("Fees", "paid service (price per case)"),
}
CYCLE_NAMES = {1: QT_TRANSLATE_NOOP("Fees", "month"), 3: QT_TRANSLATE_NOOP("Fees", "quarter (billed in its first month)"),
               12: QT_TRANSLATE_NOOP("Fees", "year (billed in January)")}
COLUMNS = (QT_TRANSLATE_NOOP("Columns", "Code"), QT_TRANSLATE_NOOP("Columns", "Item name"),
           QT_TRANSLATE_NOOP("Columns", "Rule"), QT_TRANSLATE_NOOP("Columns", "Applies to"),
           QT_TRANSLATE_NOOP("Columns", "Custody rate"), QT_TRANSLATE_NOOP("Columns", "Current price"),
           QT_TRANSLATE_NOOP("Columns", "Valid from"), QT_TRANSLATE_NOOP("Columns", "Billed every"))


class FeeItemsDialog(QDialog):
    def __init__(self, store: Store, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.form = f = Ui_FeeItemsDialog()
        f.setupUi(self)
        self.store, self.actor, self.fees = store, actor, FeeService(store)
        for rule in RULES:
            f.rule.addItem(translate("Fees", RULE_NAMES[rule]), rule)
        for months, label in CYCLE_NAMES.items():
            f.cycle.addItem(translate("Fees", label), months)
        for use in (*ROOM_USES, "全部"):
            f.appliesTo.addItem(use, use)
        f.items.setColumnCount(len(COLUMNS))
        f.items.setHorizontalHeaderLabels([translate("Columns", c) for c in COLUMNS])
        f.items.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        f.items.verticalHeader().hide()
        f.validFrom.setDate(QDate(clock.today().year, clock.today().month, 1).addMonths(1))
        f.priceHint.setText(translate("FeeItemsDialog", "A new price applies to bills of periods from its date on; "
                                                        "bills already made keep their price."))
        for box in (f.itemBox, f.priceBox):
            box.setEnabled(actor.is_supervisor)
        self.errors = FieldErrors(self, {"code": f.code, "name": f.name, "rule": f.rule, "valid_from": f.validFrom,
                                         "price": f.price, "cycle": f.cycle})
        f.addButton.clicked.connect(self.add_item)
        f.priceButton.clicked.connect(self.set_price)
        f.buttons.rejected.connect(self.reject)
        self.refresh()

    def refresh(self) -> None:
        self.rows = self.fees.price_table()
        t = self.form.items
        t.setRowCount(len(self.rows))
        yes, no = translate("Common", "Yes"), translate("Common", "No")
        for i, (item_id, code, name, rule, applies, custody, price, valid_from, cycle) in enumerate(self.rows):
            values = (code, name, translate("Fees", RULE_NAMES.get(rule, rule)), applies, yes if custody else no,
                      "" if price is None else str(price), "" if valid_from is None else valid_from.isoformat(),
                      translate("Fees", CYCLE_NAMES[cycle]) if rule in PERIODIC else "")
            for c, v in enumerate(values):
                t.setItem(i, c, QTableWidgetItem(v))

    def add_item(self) -> None:
        f = self.form
        self.errors.clear()
        try:
            self.fees.add_item(self.actor, f.code.text(), f.name.text(), f.rule.currentData(),
                               f.appliesTo.currentData(), f.custodyRate.isChecked(), f.cycle.currentData())
        except DomainError as err:
            self.errors.show(err)
            return
        f.code.clear()
        f.name.clear()
        self.refresh()
        self.form.items.selectRow(len(self.rows) - 1)
        self.form.price.setFocus()

    def set_price(self) -> None:
        f = self.form
        self.errors.clear()
        row = f.items.currentRow()
        if not 0 <= row < len(self.rows):
            return
        try:
            self.fees.set_price(self.actor, self.rows[row][0], f.validFrom.date().toPython(), f.price.text())
        except DomainError as err:
            self.errors.show(err)
            return
        f.price.clear()
        self.refresh()
