"""The 证件 tab: a check box for the papers the gate scans, the board of what needs the desk, the
renovations from application to the contractor's refund, and the passes and slips — every step
from the keyboard, every paper to the print preview."""
from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from frontdesk.core.audit import Actor
from frontdesk.core.clock import today
from frontdesk.core.db import Store
from frontdesk.core.money import format_yuan
from frontdesk.core.people import mask_phone
from frontdesk.core.errors import QT_TRANSLATE_NOOP, DomainError
from frontdesk.fees.service import METHODS
from frontdesk.i18n import error_text, translate
from frontdesk.passes.models import DOCS, RENOVATION_STATES
from frontdesk.passes.service import CONTRACTOR_DEPOSIT, PassService
from frontdesk.ui import msgbox
from frontdesk.ui.forms.ui_passes_tab import Ui_PassesTab
from frontdesk.ui.search_box import SearchBox
from frontdesk.ui.tables import fill_table

BOARD_HEADERS = (QT_TRANSLATE_NOOP("PassesTab", "What"), QT_TRANSLATE_NOOP("PassesTab", "Number"),
                 QT_TRANSLATE_NOOP("PassesTab", "Room or place"), QT_TRANSLATE_NOOP("PassesTab", "Who"),
                 QT_TRANSLATE_NOOP("PassesTab", "Due"))
RENOVATION_HEADERS = (QT_TRANSLATE_NOOP("PassesTab", "Number"), QT_TRANSLATE_NOOP("PassesTab", "Room"),
                      QT_TRANSLATE_NOOP("PassesTab", "State"), QT_TRANSLATE_NOOP("PassesTab", "Owner"),
                      QT_TRANSLATE_NOOP("PassesTab", "Contractor"), QT_TRANSLATE_NOOP("PassesTab", "Start"),
                      QT_TRANSLATE_NOOP("PassesTab", "End"), QT_TRANSLATE_NOOP("PassesTab", "Paid"))
DOC_HEADERS = (QT_TRANSLATE_NOOP("PassesTab", "Number"), QT_TRANSLATE_NOOP("PassesTab", "Paper"),
               QT_TRANSLATE_NOOP("PassesTab", "Room"), QT_TRANSLATE_NOOP("PassesTab", "Holder"),
               QT_TRANSLATE_NOOP("PassesTab", "Valid from"), QT_TRANSLATE_NOOP("PassesTab", "Valid to"),
               QT_TRANSLATE_NOOP("PassesTab", "State"))




def _day(value) -> str:
    if value is None:
        return "—"
    return f"{value:%Y-%m-%d %H:%M}" if isinstance(value, datetime) else f"{value:%Y-%m-%d}"


def _verdict(result, ok: bool) -> None:
    """Green or red, in the size ``result`` asked for (the gate's is large: read from a step away)."""
    size = result.property("verdictSize") or 0
    result.setStyleSheet(("color:#067647;" if ok else "color:#b42318;") + "font-weight:bold"
                         + (f";font-size:{size}px" if size else ""))


def check_paper(svc: PassService, actor: Actor, box, result):
    """The gate's check: the number in ``box`` (a scanner types it and Enter) → what the paper allows,
    green or red in ``result``; the text stays selected so the next scan replaces it."""
    try:
        v = svc.verify(actor, box.text())
    except DomainError as err:
        result.setText(error_text(err))
        _verdict(result, False)
        return None
    text = v.text(translate)
    doc = v.doc
    if doc is not None and getattr(doc, "details", None) and doc.details.get("items"):
        text += "\n" + translate("PassesTab", "Goods: {items}; vehicle {plate}").format(
            items="、".join(f"{n}×{q}" for n, q in doc.details["items"]), plate=doc.details.get("plate") or "—")
    result.setText(text)
    _verdict(result, v.ok)
    box.selectAll()
    return v


class GateBox(QWidget):
    """The passes' part of the gate's window: the check box and today's rooms under renovation."""

    def __init__(self, store: Store, actor: Actor, parent=None) -> None:
        from PySide6.QtWidgets import QLabel, QLineEdit, QTableWidget
        super().__init__(parent)
        self.svc, self.actor = PassService(store), actor
        layout = QVBoxLayout(self)
        self.label = QLabel(translate("PassesTab", "Check a paper (scan or type its number) (&Q)"), self)
        self.box = QLineEdit(self)
        self.box.setPlaceholderText(translate("PassesTab", "e.g. FX2026-000001, then Enter"))
        self.label.setBuddy(self.box)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setProperty("verdictSize", 28)  # the guard reads it from a step away
        self.result.setStyleSheet("font-size:28px")
        self.photo = QLabel(self)  # the holder's photo, when the pass has one: the guard compares the face
        self.photo.setFixedHeight(160)
        self.photo.hide()
        self.rooms_label = QLabel(self)
        self.rooms = QTableWidget(self)
        self.rooms.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for w in (self.label, self.box, self.result, self.photo, self.rooms_label, self.rooms):
            layout.addWidget(w)
        self.box.returnPressed.connect(self.check)
        self.box.installEventFilter(self)  # Esc: ready for the next paper
        self.reload()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        from PySide6.QtCore import QEvent
        if watched is self.box and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
            self.clear()
            return True
        return super().eventFilter(watched, event)

    def clear(self) -> None:
        self.box.clear()
        self.result.clear()
        self.photo.hide()

    def focus_search(self) -> None:
        self.box.setFocus()
        self.box.selectAll()

    def check(self):
        from PySide6.QtGui import QPixmap
        v = check_paper(self.svc, self.actor, self.box, self.result)
        data = getattr(v.doc, "photo", None) if v is not None else None
        picture = QPixmap()
        if data and picture.loadFromData(data):
            self.photo.setPixmap(picture.scaledToHeight(160, Qt.TransformationMode.SmoothTransformation))
            self.photo.show()
        else:
            self.photo.hide()
        self.reload()
        return v

    def reload(self) -> None:
        rows = self.svc.under_renovation()
        self.rooms_label.setText(translate("PassesTab", "Rooms under renovation today: {n}").format(n=len(rows)))
        fill_table(self.rooms, [translate("PassesTab", h) for h in UNDER_WAY_HEADERS],
              [[room, number, contractor, manager, f"{start:%m-%d} — {end:%m-%d}", state]
               for room, number, contractor, manager, start, end, state in rows], [n for _r, n, *_x in rows])


UNDER_WAY_HEADERS = (QT_TRANSLATE_NOOP("PassesTab", "Room"), QT_TRANSLATE_NOOP("PassesTab", "Permit"),
                     QT_TRANSLATE_NOOP("PassesTab", "Contractor"), QT_TRANSLATE_NOOP("PassesTab", "Person in charge"),
                     QT_TRANSLATE_NOOP("PassesTab", "Period"), QT_TRANSLATE_NOOP("PassesTab", "State"))


class PassesTab(QWidget):
    open_task = Signal(str, object)

    def __init__(self, store: Store, actor: Actor, parent=None, preview=None, paper=None) -> None:
        super().__init__(parent)
        self.form = f = Ui_PassesTab()
        f.setupUi(self)
        self.store, self.actor, self.preview = store, actor, preview
        self.paper = paper  # the window's paper(key, name): fees prints the receipts and vouchers of our money
        self.printed: list = []  # the receipts and vouchers the last step opened in the preview
        self.svc = PassService(store)
        self.room_id: int | None = None
        self.reno_search = self._search(f.renoSearchHolder, translate("PassesTab", "Permit number, room, owner or "
                                                                                   "contractor…"))
        self.doc_search = self._search(f.docSearchHolder, translate("PassesTab", "Number, room or holder…"))
        f.renoState.addItem(translate("PassesTab", "under way"), "live")
        f.renoState.addItem(translate("PassesTab", "all"), None)
        for key, word in RENOVATION_STATES.items():
            f.renoState.addItem(word, key)
        f.docKind.addItem(translate("PassesTab", "all papers"), None)
        for key, (_p, name) in DOCS.items():
            f.docKind.addItem(name, key)
        f.verify.returnPressed.connect(self.verify)
        f.verify.setPlaceholderText(translate("PassesTab", "e.g. FX2026-000001, then Enter"))
        for signal in (f.renoState.currentIndexChanged, self.reno_search.search):
            signal.connect(lambda *_: self.reload_renovations())
        for signal in (f.docKind.currentIndexChanged, f.liveOnly.toggled, self.doc_search.search):
            signal.connect(lambda *_: self.reload_docs())
        f.renovations.currentCellChanged.connect(lambda *_: self.show_renovation())
        f.docs.currentCellChanged.connect(lambda *_: self.show_doc())
        f.board.cellActivated.connect(lambda *_: self.open_board_row())
        f.docs.setSelectionMode(f.docs.SelectionMode.ExtendedSelection)  # several passes print on one card sheet
        actions = {f.applyButton: self.apply, f.testButton: self.tests, f.approveButton: self.approve,
                   f.payButton: self.take_money, f.issueButton: self.issue, f.inspectButton: self.inspect,
                   f.extendButton: self.extend, f.suspendButton: self.suspend_or_resume, f.acceptButton: self.accept,
                   f.refundButton: self.refund_contractor, f.voidButton: self.void, f.listButton: self.print_list,
                   f.workerButton: self.worker_pass, f.tempButton: self.temporary_pass, f.hotButton: self.hot_work,
                   f.releaseButton: self.release, f.printButton: self.print_doc, f.returnButton: self.return_pass,
                   f.lostButton: self.lost_pass, f.closeButton: self.close_hot_work, f.voidDocButton: self.void_doc,
                   f.approveHotButton: self.approve_hot_work, f.extendHotButton: self.extend_hot_work}
        for button, act in actions.items():
            button.clicked.connect(lambda _c=False, a=act: a())
        for button in (f.approveButton, f.voidButton, f.voidDocButton, f.approveHotButton, f.extendHotButton):
            button.setEnabled(actor.is_supervisor)
        QShortcut(QKeySequence("Ctrl+N"), self, activated=self.apply,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("Ctrl+P"), self, activated=self.print_current,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.reload()

    def _search(self, holder, placeholder: str) -> SearchBox:
        """A page's search box, reached with its own Alt letter (查找(&J)) beside it."""
        from PySide6.QtWidgets import QLabel
        box = SearchBox(holder)
        box.setPlaceholderText(placeholder)
        layout = QHBoxLayout(holder)
        label = QLabel(translate("PassesTab", "Find (&J)"), holder)
        label.setBuddy(box)
        layout.addWidget(label)
        layout.addWidget(box, 1)
        layout.setContentsMargins(0, 0, 0, 0)
        return box

    def focus_search(self) -> None:
        """Ctrl+4 or Ctrl+F: the check box — a scanner types the number and Enter."""
        self.form.verify.setFocus()
        self.form.verify.selectAll()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if getattr(self, "_shown", False):
            self.reload()
        self._shown = True

    def reload(self) -> None:
        self.reload_board()
        self.reload_renovations()
        self.reload_docs()

    # ---- the board -------------------------------------------------------------------------------
    def reload_board(self) -> None:
        rows = self.svc.board()
        self.board_rows = rows
        fill_table(self.form.board, [translate("PassesTab", h) for h in BOARD_HEADERS],
              [[translate("PassesBoard", r.what), r.number, r.room, r.holder, _day(r.due)] for r in rows],
              [r.record_id for r in rows],
              {i for i, r in enumerate(rows) if r.overdue})
        self.form.boardHint.setText(translate("PassesTab", "{n} things need the desk; overdue ones are red. Enter on a "
                                                           "row opens it.").format(n=len(rows)) if rows else
                                    translate("PassesTab", "Nothing is overdue or due this week."))
        self.form.sections.setTabText(0, translate("PassesTab", "Needs attention ({n}) (&B)").format(n=len(rows)))

    def open_board_row(self) -> None:
        row = self.form.board.currentRow()
        if not 0 <= row < len(self.board_rows):
            return
        r = self.board_rows[row]
        if r.kind in ("renovation", "contractor_refund"):  # every renovation listed: the row's is there
            self.reno_search.setText("")
            self.form.renoState.setCurrentIndex(self.form.renoState.findData(None))
            self.reload_renovations()
            self.form.sections.setCurrentWidget(self.form.renovationsPage)
            self.select(self.form.renovations, r.record_id)
        else:
            self.doc_search.setText("")
            self.form.liveOnly.setChecked(False)
            self.form.docKind.setCurrentIndex(0)
            self.reload_docs()
            self.form.sections.setCurrentWidget(self.form.docsPage)
            self.select(self.form.docs, r.record_id)

    @staticmethod
    def select(table, record_id) -> None:
        for r in range(table.rowCount()):
            if table.item(r, 0).data(Qt.ItemDataRole.UserRole) == record_id:
                table.setCurrentCell(r, 0)
                table.setFocus()
                return True
        return False

    @staticmethod
    def current_of(table):
        item = table.item(table.currentRow(), 0) if table.currentRow() >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    # ---- the gate's check ------------------------------------------------------------------------
    def verify(self):
        v = check_paper(self.svc, self.actor, self.form.verify, self.form.verifyResult)
        if v is not None and v.used_now:
            self.reload_docs()
        return v

    # ---- renovations -------------------------------------------------------------------------------
    def reload_renovations(self) -> None:
        keep = self.current_of(self.form.renovations)
        rows = self.svc.renovations(self.form.renoState.currentData(), self.reno_search.text())
        self.renos = {r.id: r for r in rows}
        fill_table(self.form.renovations, [translate("PassesTab", h) for h in RENOVATION_HEADERS],
              [[r.number, r.room, r.state_text, r.owner, r.contractor, _day(r.start), _day(r.end),
                translate("PassesTab", "yes") if r.paid else translate("PassesTab", "no")] for r in rows],
              [r.id for r in rows])
        if keep is not None:
            self.select(self.form.renovations, keep)
        self.show_renovation()

    def current_renovation(self):
        rid = self.current_of(self.form.renovations)
        return self.svc.renovation(rid) if rid is not None else None

    def show_renovation(self) -> None:
        r = self.current_renovation()
        self.room_id = r.room_id if r else self.room_id
        if r is None:
            self.form.renoDetail.setPlainText(translate("PassesTab", "No renovation chosen. Ctrl+N applies for one."))
            return
        lines = [f"{r.number}  {r.room}  {r.state_text}",
                 translate("PassesTab", "Owner {owner} {phone}; contractor {contractor}, {manager} {mphone}, {n} "
                                        "workers").format(owner=r.owner, phone=mask_phone(r.owner_phone), contractor=r.contractor,
                                                          manager=r.manager, mphone=r.manager_phone, n=r.workers),
                 translate("PassesTab", "Works: {works}; {start} to {end}").format(
                     works=r.works_text, start=_day(r.start), end=_day(r.end)),
                 translate("PassesTab", "Approval due {due}; water test {water}; pressure test {pressure}; owner "
                                        "signed {signed}; engineering {engineer}").format(
                     due=_day(r.approve_due), water=r.water_test or "—", pressure=r.pressure_test or "—",
                     signed=translate("PassesTab", "yes") if r.owner_signed else translate("PassesTab", "no"),
                     engineer=r.engineer or "—")]
        not_paid = translate("PassesTab", "not paid")
        for m in r.money:
            state = f"{m.receipt} {_money_state(m)}" if m.receipt else not_paid
            lines.append(translate("PassesTab", "{what} ¥{amount}: {state}").format(
                what=m.what, amount=f"{m.amount:,.2f}", state=state))
        for amount, reason in r.deductions:
            lines.append(translate("PassesTab", "Deduction ¥{amount}: {reason}").format(amount=f"{amount:,.2f}",
                                                                                      reason=reason))
        if r.contractor_refund_due and r.state == "accepted":  # once refunded, the voucher in the money says it
            lines.append(translate("PassesTab", "The contractor's deposit is refundable from {day}").format(
                day=_day(r.contractor_refund_due)))
        if r.rectify:
            lines.append(translate("PassesTab", "To put right: {what}; new inspection {day}").format(
                what=r.rectify, day=_day(r.recheck_on)))
        for p in r.passes:
            lines.append(translate("PassesTab", "Worker pass {number} {holder} until {to}: {state}").format(
                number=p.number, holder=p.holder, to=p.to, state=p.state))
        lines += [_history_line(at, action, detail, who) for at, action, detail, who in r.events]
        self.form.renoDetail.setPlainText("\n".join(lines))

    def _act(self, title: str, chosen, none_chosen: str, fn, table=None):
        """A step on the renovation or paper chosen (``chosen``): said plainly when none is chosen or the
        service refuses; afterwards the tab is read again (and the row chosen again in ``table``)."""
        if chosen is None:
            msgbox.info(self, title, none_chosen)
            return None
        try:
            result = fn(chosen)
        except DomainError as err:
            msgbox.warn(self, title, error_text(err))
            return None
        self.reload()
        if table is not None and not self.select(table, chosen.id) and table is self.form.renovations:
            # the step moved it out of the list's filter (accepted: no longer 进行中): keep it chosen
            self.form.renoState.setCurrentIndex(self.form.renoState.findData(None))
            self.reload_renovations()
            self.select(table, chosen.id)
        return result

    def _reno_act(self, title: str, fn):
        return self._act(title, self.current_renovation(),
                         translate("PassesTab", "Choose a renovation in the list first."), fn, self.form.renovations)

    def apply(self, room_id: int | None = None):
        from frontdesk.passes.dialogs import RenovationDialog
        dlg = RenovationDialog(self.store, self.actor, self, room_id=room_id)
        if not dlg.exec():
            return None
        self.form.sections.setCurrentWidget(self.form.renovationsPage)
        self.form.renoState.setCurrentIndex(0)
        self.reload()
        r = self.svc.renovation_of(dlg.result)
        self.select(self.form.renovations, r.id)
        self._tell(translate("PassesTab", "Renovation {number} applied for; approval is due {due}.").format(
            number=r.number, due=_day(r.approve_due)))
        return r

    def _tell(self, text: str) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(text, 15000)

    # ---- the fees papers of the money taken and paid back here ------------------------------------
    def _fees_paper(self, name: str, record_id: int, title: str, stem: str):
        """Fees' paper ``name`` of a record (``Task.papers``, through the window), in the print preview."""
        if self.paper is None:
            return None
        pdf, missing = self.paper("fees", name)(self.store, record_id, translate)
        shown = self.preview(pdf, title, stem, missing) if self.preview is not None else pdf
        self.printed.append(shown)
        return shown

    def print_receipts(self, receipts) -> list:
        """Each receipt fees issued for the money just taken, as the original (a later print, on the
        收费 tab, is 副本)."""
        self.printed = []
        for r in receipts:
            self._fees_paper("receipt", r.id, translate("PassesTab", "Receipt {number}").format(number=r.number),
                             r.number)
        return self.printed

    def print_voucher(self, money, voucher: str | None):
        """The refund voucher (押金退还凭证) of the deposit just paid back, for the payer to sign;
        ``money``: the renovation's or the pass's sums read again, one of them with that voucher."""
        self.printed = []
        deposit_id = next((m.deposit_id for m in money if voucher and m.voucher == voucher), None)
        if deposit_id is None:
            return None
        return self._fees_paper("refund", deposit_id, translate("PassesTab", "Refund voucher {number}").format(
            number=voucher), voucher)

    def _dialog(self, cls, *args):
        def run(r):
            dlg = cls(self.store, self.actor, r, self, *args)
            return dlg.result if dlg.exec() else None
        return run

    def tests(self):
        from frontdesk.passes.dialogs import RenovationTestsDialog
        return self._reno_act(translate("PassesTab", "Tests and sign-off"), self._dialog(RenovationTestsDialog))

    def approve(self):
        def run(r):
            self.svc.approve(self.actor, r.id)
            self._tell(translate("PassesTab", "{number} approved; take the money (Alt+M), then issue the permit.")
                       .format(number=r.number))
        return self._reno_act(translate("PassesTab", "Approve"), run)

    def take_money(self):
        from frontdesk.passes.dialogs import MoneyDialog

        def run(r):
            due = r.owed
            nothing = translate("PassesTab", "Nothing is owed.")
            lines = [f"{r.number}  {r.room}", *(f"{m.what} ¥{m.amount:,.2f}" for m in due)] if due else [nothing]
            owed = sum((m.amount for m in due), Decimal("0.00"))
            total = translate("PassesTab", "Total ¥{total}").format(total=f"{owed:,.2f}")
            dlg = MoneyDialog(self, translate("PassesTab", "Take the money — {number}").format(number=r.number),
                              "\n".join([*lines, total]), owed,
                              lambda v: self.svc.take_money(self.actor, r.id, v["method"], v["reference"],
                                                            cash_received=v["amount"] or None))
            if not dlg.exec():
                return None
            told = translate("PassesTab", "Receipts {numbers} issued.").format(
                numbers="、".join(x.number for x in dlg.result))
            if dlg.result.change:
                told += translate("PassesTab", " Change {amount}.").format(amount=format_yuan(dlg.result.change))
            self._tell(told)
            self.print_receipts(dlg.result)
            return dlg.result
        return self._reno_act(translate("PassesTab", "Take the money"), run)

    def issue(self):
        def run(r):
            if r.state in ("applied", "approved"):  # not approved yet: the service says what is missing
                self.svc.issue(self.actor, r.id)
            return self.print_permit(r.id)
        return self._reno_act(translate("PassesTab", "Issue and print"), run)

    def print_permit(self, renovation_id: int):
        return self.print_doc(self.svc.renovation(renovation_id).number)

    def inspect(self):
        from frontdesk.passes.dialogs import InspectionDialog
        number = self._reno_act(translate("PassesTab", "Inspection"), self._dialog(InspectionDialog))
        if number:
            self._tell(translate("PassesTab", "Work order {number} made for the rectification.").format(number=number))
        return number

    def extend(self):
        from frontdesk.ui.reason_dialog import ReasonDialog

        def run(r):
            def act(v):
                from datetime import date
                try:
                    day = date.fromisoformat(v["amount"])
                except ValueError:
                    day = None
                return self.svc.extend(self.actor, r.id, day, v["reason"])
            dlg = ReasonDialog(self, translate("PassesTab", "Extend — {number}").format(number=r.number),
                               translate("PassesTab", "{number} ends {end}. The permit is printed again with the "
                                                      "new end.").format(number=r.number, end=_day(r.end)), act,
                               amount=translate("PassesTab", "New &end (YYYY-MM-DD)"), names={"amount": "end"})
            if dlg.exec():
                return self.print_permit(r.id)
            return None
        return self._reno_act(translate("PassesTab", "Extend"), run)

    def suspend_or_resume(self):
        from frontdesk.ui.reason_dialog import ReasonDialog

        def run(r):
            if r.state == "suspended":
                return self.svc.resume(self.actor, r.id)
            dlg = ReasonDialog(self, translate("PassesTab", "Stop the works — {number}").format(number=r.number),
                               f"{r.number}  {r.room}", lambda v: self.svc.suspend(self.actor, r.id, v["reason"]))
            return dlg.exec()
        return self._reno_act(translate("PassesTab", "Stop or resume the works"), run)

    def accept(self):
        from frontdesk.passes.dialogs import AcceptanceDialog

        def run(r):
            dlg = AcceptanceDialog(self.store, self.actor, r, self)
            if not dlg.exec():
                return None
            open_passes = r.open_passes
            if dlg.result:
                self._tell(translate("PassesTab", "Accepted; refund voucher {voucher}.").format(voucher=dlg.result))
                self.print_voucher(self.svc.renovation(r.id).money, dlg.result)
            if open_passes and dlg.form.passed.isChecked():
                msgbox.info(self, translate("PassesTab", "Acceptance"), translate(
                    "PassesTab", "These worker passes are not returned yet: {passes}. Ask for them back (退证).").format(
                    passes="、".join(f"{p.number} {p.holder}" for p in open_passes)))
            return dlg.result
        return self._reno_act(translate("PassesTab", "Acceptance"), run)

    def refund_contractor(self):
        from frontdesk.ui.reason_dialog import ReasonDialog

        def run(r):
            held = [m for m in r.money if m.what == CONTRACTOR_DEPOSIT and m.status == "held"]
            if r.state != "accepted" or not held or r.contractor_refund_due is None or \
                    r.contractor_refund_due > today():
                msgbox.info(self, translate("PassesTab", "Refund the contractor's deposit"), translate(
                    "PassesTab", "{number} is {state}: the contractor's deposit is refunded once the renovation is "
                                 "accepted and its waiting time is over ({day}).").format(
                    number=r.number, state=r.state_text, day=_day(r.contractor_refund_due) if
                    r.contractor_refund_due else "—"))
                return None
            dlg = ReasonDialog(self, translate("PassesTab", "Refund the contractor's deposit — {number}").format(
                number=r.number), translate("PassesTab", "{contractor}: ¥{amount}, refundable from {day}.").format(
                contractor=r.contractor, amount=f"{held[0].amount:,.2f}", day=_day(r.contractor_refund_due)),
                lambda v: self.svc.refund_contractor(self.actor, r.id, v["method"], v["reference"]),
                methods=METHODS, reason=False, method_label=translate("PassesTab", "Refund &by"))
            if not dlg.exec():
                return None
            self._tell(translate("PassesTab", "Refunded; refund voucher {voucher}.").format(voucher=dlg.result or "—"))
            self.print_voucher(self.svc.renovation(r.id).money, dlg.result)
            return dlg.result
        return self._reno_act(translate("PassesTab", "Refund the contractor's deposit"), run)

    def void(self):
        from frontdesk.ui.reason_dialog import ReasonDialog

        def run(r):
            dlg = ReasonDialog(self, translate("PassesTab", "Void — {number}").format(number=r.number),
                               f"{r.number}  {r.room}", lambda v: self.svc.void(self.actor, r.id, v["reason"]))
            return dlg.exec()
        return self._reno_act(translate("PassesTab", "Void"), run)

    def print_list(self):
        from frontdesk.passes.documents import under_renovation
        doc = under_renovation(self.store, translate, self.actor.display_name)
        if self.preview is not None:
            return self.preview(doc.build(), doc.title, doc.title, doc.missing_glyphs)
        return doc

    # ---- passes and slips ----------------------------------------------------------------------------
    def reload_docs(self) -> None:
        keep = self.current_of(self.form.docs)
        rows = self.svc.docs(self.form.docKind.currentData(), self.doc_search.text(), self.form.liveOnly.isChecked())
        self.doc_rows = {d.id: d for d in rows}
        fill_table(self.form.docs, [translate("PassesTab", h) for h in DOC_HEADERS],
              [[d.number, d.kind_text, d.room, d.holder, _day(d.valid_from), _day(d.valid_to), d.state_text]
               for d in rows], [d.id for d in rows],
              {i for i, d in enumerate(rows) if d.late})  # red: out when it should be back
        if keep is not None:
            self.select(self.form.docs, keep)
        self.show_doc()

    def chosen_docs(self) -> list:
        """The papers chosen in the list (Shift or Ctrl with the arrows or the mouse), in list order."""
        rows = sorted({i.row() for i in self.form.docs.selectedIndexes()})
        return [self.doc_rows[self.form.docs.item(r, 0).data(Qt.ItemDataRole.UserRole)] for r in rows]

    def current_doc(self):
        did = self.current_of(self.form.docs)
        return self.doc_rows.get(did) if did is not None else None

    def show_doc(self) -> None:
        d = self.current_doc()
        if d is None:
            self.form.docDetail.setPlainText(translate("PassesTab", "No paper chosen."))
            return
        lines = [f"{d.number}  {d.kind_text}  {d.state_text}",
                 translate("PassesTab", "{holder} {id} {phone}; {room} {purpose}").format(
                     holder=d.holder, id=d.id_masked, phone=d.phone_masked, room=d.room, purpose=d.purpose),
                 (translate("PassesTab", "Valid {start} to {end}; recorded {at} by {who}, waiting for a supervisor's "
                                         "approval") if d.state == "pending" else
                  translate("PassesTab", "Valid {start} to {end}; issued {at} by {who}")).format(
                     start=_day(d.valid_from), end=_day(d.valid_to), at=_day(d.issued_at), who=d.issued_by)]
        if d.renovation:
            lines.append(translate("PassesTab", "Under permit {number} ({contractor})").format(
                number=d.renovation, contractor=d.contractor))
        x = d.details
        if x.get("items"):
            lines.append(translate("PassesTab", "Goods: {items}; vehicle {plate}").format(
                items="、".join(f"{n}×{q}" for n, q in x["items"]), plate=x.get("plate") or "—"))
            lines.append(translate("PassesTab", "Confirmed by {who} ({how}, {at})").format(
                who=x.get("confirmed_by"), how=x.get("confirmed_how"), at=x.get("confirmed_at")))
        if d.used_at:
            lines.append(translate("PassesTab", "Released at the gate {at}").format(at=_day(d.used_at)))
        for m in d.money:
            lines.append(f"{m.what} ¥{m.amount:,.2f} {m.receipt or ''} {_money_state(m)}")
        if d.kind == "hot_work":
            lines.append(translate("PassesTab", "Approved by {who}").format(who=d.approved_by) if d.approved_by else
                         translate("PassesTab", "Waits for a supervisor's approval"))
            lines += [translate("PassesTab", "Extended from {old} to {new} by {by}: {reason}").format(
                old=e["from"], new=e["to"], by=e["by"], reason=e["reason"]) for e in x.get("extensions", ())]
        if d.close_note:
            lines.append(d.close_note)
        self.form.docDetail.setPlainText("\n".join(lines))

    def _issued(self, result, kind: str):
        self.form.sections.setCurrentWidget(self.form.docsPage)
        self.form.docKind.setCurrentIndex(self.form.docKind.findData(kind))
        self.form.liveOnly.setChecked(True)
        self.reload()
        d = self.svc.doc(result.number)
        self.select(self.form.docs, d.id)
        receipts = "、".join(r.number for r in result.receipts)
        told = translate("PassesTab", "{paper} {number} issued.").format(paper=d.kind_text, number=d.number) + \
            (translate("PassesTab", " Receipts {numbers}.").format(numbers=receipts) if receipts else "")
        self.print_receipts(result.receipts)  # a worker pass's deposit and card fee: their receipts, originals
        if kind == "worker":  # a crew's passes print together: choose them (Shift+arrows), Ctrl+P
            self._tell(told + translate("PassesTab", " Choose the passes to print (Shift+↑↓) and press Ctrl+P: "
                                                     "up to eight on one card sheet."))
            return None
        if d.state == "pending":
            self._tell(translate("PassesTab", "{paper} {number} recorded; it prints once a supervisor approves it "
                                              "(Approve hot work).").format(paper=d.kind_text, number=d.number))
            return None
        self._tell(told)
        return self.print_doc(d.number)

    def worker_pass(self):
        from frontdesk.passes.dialogs import WorkerPassDialog
        r = self.current_renovation()
        if r is None or r.state != "issued":  # the one permit in force, when there is only one
            live = self.svc.renovations("issued")
            if len(live) != 1:
                msgbox.info(self, translate("PassesTab", "Worker pass"), translate(
                    "PassesTab", "Choose the renovation (施工中) on the renovations page first: a worker pass is "
                                 "issued under its permit."))
                self.form.sections.setCurrentWidget(self.form.renovationsPage)
                return None
            r = self.svc.renovation(live[0].id)
        dlg = WorkerPassDialog(self.store, self.actor, r, self)
        return self._issued(dlg.result, "worker") if dlg.exec() else None

    def temporary_pass(self):
        from frontdesk.passes.dialogs import TemporaryPassDialog
        dlg = TemporaryPassDialog(self.store, self.actor, self)  # the room visited is asked, never assumed
        return self._issued(dlg.result, "temporary") if dlg.exec() else None

    def hot_work(self):
        from frontdesk.passes.dialogs import HotWorkDialog
        r = self.current_renovation()
        dlg = HotWorkDialog(self.store, self.actor, self, renovation_id=r.id if r and r.state == "issued" else None)
        return self._issued(dlg.result, "hot_work") if dlg.exec() else None

    def release(self, room_id: int | None = None):
        from frontdesk.passes.dialogs import ReleaseDialog
        dlg = ReleaseDialog(self.store, self.actor, self, room_id=room_id)
        return self._issued(dlg.result, "release") if dlg.exec() else None

    def print_current(self):
        """Ctrl+P: the paper of the page in front — the permit of the renovation chosen, else the paper chosen."""
        if self.form.sections.currentWidget() is self.form.renovationsPage:
            r = self.current_renovation()
            return self.print_permit(r.id) if r is not None and r.issued_at else None
        return self.print_doc()  # the papers chosen (several passes: one card sheet)

    def print_doc(self, number: str | None = None):
        """A paper to the print preview: its first print the original, every later one 副本 (audited)."""
        from frontdesk.passes.documents import print_paper
        if number is None:
            chosen = self.chosen_docs()
            if len(chosen) > 1 and all(d.kind in ("worker", "temporary") for d in chosen):
                return self.print_cards([d.number for d in chosen])  # the passes chosen, on one card sheet
            d = self.current_doc()
            if d is None:
                return None
            number = d.number
        try:
            pdf, missing = print_paper(self.store, self.actor, number, translate)
        except DomainError as err:
            msgbox.warn(self, translate("PassesTab", "Print"), error_text(err))
            return None
        if self.preview is not None:
            return self.preview(pdf, number, number, missing)
        return pdf

    def print_cards(self, numbers: list[str]):
        """Several passes on one card sheet (two workers' passes at once): each counted as printed."""
        from frontdesk.passes import documents
        out = {}
        numbers = sorted(numbers)  # the cards in number order, as the desk hands them out
        self.svc.printed_together(self.actor, numbers, lambda views: out.update(sheet=documents.cards(
            self.store, [d for d, _c in views], translate, any(c for _d, c in views))))
        pdf, missing = out["sheet"]
        if self.preview is not None:
            return self.preview(pdf, translate("PassesTab", "Passes"), "passes", missing)
        return pdf

    def _doc_act(self, title: str, fn):
        return self._act(title, self.current_doc(), translate("PassesTab", "Choose a paper in the list first."), fn)

    def return_pass(self):
        from frontdesk.ui.reason_dialog import ReasonDialog

        def run(d):
            dlg = ReasonDialog(self, translate("PassesTab", "Return the pass — {number}").format(number=d.number),
                               translate("PassesTab", "{holder}: the deposit ¥{amount} is paid back.").format(
                                   holder=d.holder, amount=f"{sum((m.amount for m in d.money if m.status == 'held'), 0):,.2f}"),
                               lambda v: self.svc.end_worker(self.actor, d.id, False, v["method"], v["reference"]),
                               methods=METHODS, reason=False, method_label=translate("PassesTab", "Refund &by"))
            if not dlg.exec():
                return None
            self._tell(translate("PassesTab", "Refunded; refund voucher {voucher}.").format(voucher=dlg.result or "—"))
            self.print_voucher(self.svc.doc(d.number).money, dlg.result)
            return dlg.result
        return self._doc_act(translate("PassesTab", "Return the pass"), run)

    def lost_pass(self):
        def run(d):
            if not msgbox.ask(self, translate("PassesTab", "Pass lost"), translate(
                    "PassesTab", "{number} {holder}: the pass is lost and its deposit is kept. Go on?").format(
                    number=d.number, holder=d.holder)):
                return None
            return self.svc.end_worker(self.actor, d.id, True)
        return self._doc_act(translate("PassesTab", "Pass lost"), run)

    def close_hot_work(self):
        from frontdesk.ui.reason_dialog import ReasonDialog

        def run(d):
            dlg = ReasonDialog(self, translate("PassesTab", "Close hot work — {number}").format(number=d.number),
                               f"{d.number}  {d.holder}  {d.purpose}",
                               lambda v: self.svc.close_hot_work(self.actor, d.id, v["reason"]),
                               reason_label=translate("PassesTab", "End-of-work &check"))
            return dlg.exec()
        return self._doc_act(translate("PassesTab", "Close hot work"), run)

    def approve_hot_work(self):
        def run(d):
            if not msgbox.ask(self, translate("PassesTab", "Approve hot work"), translate(
                    "PassesTab", "{number} {holder}: {place}, {start} to {end}. Approve it and print the permit?").format(
                    number=d.number, holder=d.holder, place=d.purpose, start=f"{d.valid_from:%m-%d %H:%M}",
                    end=f"{d.valid_to:%m-%d %H:%M}")):
                return None
            self.svc.approve_hot_work(self.actor, d.id)
            self._tell(translate("PassesTab", "{number} approved.").format(number=d.number))
            return self.print_doc(d.number)
        return self._doc_act(translate("PassesTab", "Approve hot work"), run)

    def extend_hot_work(self):
        from frontdesk.ui.reason_dialog import ReasonDialog

        def run(d):
            def act(v):
                try:
                    end = datetime.strptime(v["amount"].strip(), "%Y-%m-%d %H:%M")
                except ValueError:
                    end = None
                return self.svc.extend_hot_work(self.actor, d.id, end, v["reason"])
            hours = self.svc.rules().hot_work_hours
            dlg = ReasonDialog(self, translate("PassesTab", "Extend hot work — {number}").format(number=d.number),
                               translate("PassesTab", "{number} ends {end}; a supervisor extends it by at most {n} "
                                                      "hours at a time. The permit is printed again.").format(
                                   number=d.number, end=f"{d.valid_to:%Y-%m-%d %H:%M}", n=hours), act,
                               amount=translate("PassesTab", "New &end (YYYY-MM-DD HH:MM)"),
                               amount_text=f"{d.valid_to + timedelta(hours=hours):%Y-%m-%d %H:%M}", names={"amount": "end"})
            if not dlg.exec():
                return None
            return self.print_doc(d.number) if d.state == "live" else True
        return self._doc_act(translate("PassesTab", "Extend hot work"), run)

    def void_doc(self):
        from frontdesk.ui.reason_dialog import ReasonDialog

        def run(d):
            dlg = ReasonDialog(self, translate("PassesTab", "Void — {number}").format(number=d.number),
                               f"{d.number}  {d.kind_text}  {d.holder}",
                               lambda v: self.svc.void_doc(self.actor, d.id, v["reason"]))
            return dlg.exec()
        return self._doc_act(translate("PassesTab", "Void"), run)


def _history_line(at, action: str, detail: str, who: str) -> str:
    """One step of a renovation's history: when, the step, what was recorded, who — the step named
    once (a test's record begins with its name: 闭水试验 2026-12-04 合格…)."""
    step = translate("PassesTab", _ACTIONS[action]) if action in _ACTIONS else action
    if detail.startswith(step):
        detail = detail[len(step):].strip()
    return "  ".join(x for x in (f"{at:%Y-%m-%d %H:%M}", step, detail, who) if x)


def _money_state(m) -> str:
    """held / refunded / kept in part and the rest refunded, as the desk says it."""
    if m.status == "forfeited" and m.refunded:
        return translate("PassesTab", "¥{kept} kept, ¥{refunded} paid back").format(
            kept=f"{m.kept:,.2f}", refunded=f"{m.refunded:,.2f}")
    return translate("PassesTab", _MONEY_STATES[m.status]) if m.status in _MONEY_STATES else ""


_MONEY_STATES = {"held": QT_TRANSLATE_NOOP("PassesTab", "deposit held"),
                 "refunded": QT_TRANSLATE_NOOP("PassesTab", "paid back"),
                 "forfeited": QT_TRANSLATE_NOOP("PassesTab", "kept"), "void": QT_TRANSLATE_NOOP("PassesTab", "void"),
                 "paid": QT_TRANSLATE_NOOP("PassesTab", "paid")}
_ACTIONS = {  # a renovation's steps, as its history names them
    "apply": QT_TRANSLATE_NOOP("PassesTab", "applied"), "water_test": QT_TRANSLATE_NOOP("PassesTab", "water test"),
    "pressure_test": QT_TRANSLATE_NOOP("PassesTab", "pressure test"),
    "sign_off": QT_TRANSLATE_NOOP("PassesTab", "signed off"), "approve": QT_TRANSLATE_NOOP("PassesTab", "approved"),
    "pay": QT_TRANSLATE_NOOP("PassesTab", "money taken"), "issue": QT_TRANSLATE_NOOP("PassesTab", "permit issued"),
    "inspect": QT_TRANSLATE_NOOP("PassesTab", "inspection"), "extend": QT_TRANSLATE_NOOP("PassesTab", "extended"),
    "suspend": QT_TRANSLATE_NOOP("PassesTab", "works stopped"), "resume": QT_TRANSLATE_NOOP("PassesTab", "works resumed"),
    "accept_failed": QT_TRANSLATE_NOOP("PassesTab", "acceptance failed"),
    "accept": QT_TRANSLATE_NOOP("PassesTab", "accepted"),
    "refund": QT_TRANSLATE_NOOP("PassesTab", "contractor's deposit paid back"),
    "void": QT_TRANSLATE_NOOP("PassesTab", "voided")}
