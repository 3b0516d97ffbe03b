"""The audit log viewer (supervisor): filter by date, operator and kind, search, see before→after."""
from __future__ import annotations


from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QVBoxLayout

from frontdesk.core import clock
from frontdesk.core.audit import ACTIONS, ENTITIES, Actor
from frontdesk.core.audit_log import AuditLogService
from frontdesk.core.db import Store
from frontdesk.core.errors import DomainError
from frontdesk.i18n import error_text, translate
from frontdesk.ui import msgbox
from frontdesk.ui.forms.ui_audit_dialog import Ui_AuditDialog
from frontdesk.ui.lazy_model import LazyTableModel, show_in
from frontdesk.ui.search_box import SearchBox
from frontdesk.ui import qclock


class AuditDialog(QDialog):
    def __init__(self, store: Store, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.form = f = Ui_AuditDialog()
        f.setupUi(self)
        self.store, self.actor = store, actor
        self.svc = AuditLogService(store)
        self.search = SearchBox(f.searchHolder)
        self.search.setPlaceholderText(translate("AuditDialog", "Search record, summary or operator…"))
        lay = QVBoxLayout(f.searchHolder)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.search)
        f.dateFrom.setDate(qclock.today().addDays(-30))
        f.dateTo.setDate(qclock.today())
        f.operatorFilter.addItem(translate("AuditDialog", "Everyone"), None)
        for oid, name in self.svc.operators():
            f.operatorFilter.addItem(name, oid)
        f.entityFilter.addItem(translate("AuditDialog", "All kinds"), None)
        for key, title in ENTITIES.items():
            f.entityFilter.addItem(translate("Audit", title), key)
        self.show_value = self.svc.readable(translate)
        self.model = LazyTableModel(store, self._query(), self, display={
            "action": lambda v, _r: translate("Audit", ACTIONS.get(v, v)),
            "entity": lambda v, _r: translate("Audit", ENTITIES.get(v, v)),
            "entity_id": lambda v, row: self.show_value("record", v, row[3]),
            "before": lambda v, _r: self.show_value("change", v), "after": lambda v, _r: self.show_value("change", v)})
        show_in(f.table, self.model, {0: 150, 4: 150})  # the record's number is what a supervisor looks for
        f.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        f.splitter.setStretchFactor(0, 4)
        f.splitter.setStretchFactor(1, 1)
        self.model.counted.connect(lambda n: f.countLabel.setText(translate("AuditDialog", "{n} entries").format(n=n)))
        self.model.counted.emit(self.model.total)
        for signal in (f.dateFrom.dateChanged, f.dateTo.dateChanged, f.operatorFilter.currentIndexChanged,
                       f.entityFilter.currentIndexChanged, self.search.search):
            signal.connect(self.apply_filters)
        f.table.selectionModel().currentRowChanged.connect(self.show_detail)
        f.exportButton.clicked.connect(self.export)
        f.closeButton.clicked.connect(self.accept)
        self.search.setFocus()

    def _query(self):
        f = self.form
        return self.svc.query(self.actor, date_from=f.dateFrom.date().toPython(), date_to=f.dateTo.date().toPython(),
                              operator_id=f.operatorFilter.currentData(), entity=f.entityFilter.currentData(),
                              text=self.search.text())

    def apply_filters(self, *_args) -> None:
        try:
            self.model.set_query(self._query())
        except DomainError as err:
            msgbox.warn(self, self.windowTitle(), error_text(err))
        self.form.detail.clear()

    def show_detail(self, current, _previous=None) -> None:
        if not current.isValid():
            return
        at, op, action, entity, entity_id, summary, before, after = self.model.row_values(current.row())
        what = translate("Audit", ACTIONS.get(action, action))
        kind = translate("Audit", ENTITIES.get(entity, entity))
        before_title, after_title = translate("AuditDialog", "Before"), translate("AuditDialog", "After")
        record = self.show_value("record", entity_id, entity)
        before, after = (self.show_value("change", v).replace("；", "\n  ") or "—" for v in (before, after))
        self.form.detail.setPlainText(
            f"{at:%Y-%m-%d %H:%M:%S}  {op}  {what}  {kind} {record}  {summary}\n"
            f"{before_title}:\n  {before}\n{after_title}:\n  {after}")

    def export(self) -> None:
        written = msgbox.save_to(self, translate("AuditDialog", "Export to Excel"),
                                 translate("AuditDialog", "audit-log-{date}.xlsx").format(date=f"{clock.today():%Y%m%d}"),
                                 translate("AuditDialog", "Excel workbooks (*.xlsx)"), ".xlsx",
                                 lambda path: (self.svc.export(self.actor, self._query(), path, translate), path))
        if written:
            msgbox.info(self, self.windowTitle(), translate("AuditDialog", "{n} entries were written to {path}.")
                        .format(n=written[0], path=written[1]))


