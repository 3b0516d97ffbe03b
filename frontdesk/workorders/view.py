"""The 工单 tab: the board (what needs the desk now, each count opens its list), the orders list
(filtered and sorted in the database, paged lazily), and every step from the keyboard — F7 a new
order, dispatch, print the slip, pause, complete, follow up, cancel. Thin: the rules are in
WorkOrderService."""
from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QVBoxLayout, QWidget

from frontdesk.core import clock
from frontdesk.core.audit import Actor
from frontdesk.core.db import Store
from frontdesk.core.errors import DomainError
from frontdesk.core.workdays import CalendarService
from frontdesk.i18n import error_text, translate
from frontdesk.ui import msgbox
from frontdesk.ui.forms.ui_workorders_tab import Ui_WorkOrdersTab
from frontdesk.ui.lazy_model import LazyTableModel, show_in
from frontdesk.ui.search_box import SearchBox
from frontdesk.workorders.models import KINDS, STATES
from frontdesk.workorders import deadlines
from frontdesk.workorders.service import (BOARD, WorkOrderService, guessed_in_row, repeat_in_row, state_marked,
                                         step_refused)

ATTENTION = "#fde2e1"
STEP_BUTTONS = {"dispatchButton": ("dispatch",), "reassignButton": ("reassign",), "sendBackButton": ("send_back",),
                "pauseButton": ("pause", "resume"), "completeButton": ("complete",), "followButton": ("follow_up",),
                "cancelButton": ("cancel",), "replyButton": ("reply",)}  # each step button and the steps (service.ALLOWED) it takes


class WorkOrdersTab(QWidget):
    open_task = Signal(str, object, object)  # another task at a room: 收费 (F8) opens "fees" at the order's room
    # (room id, and its paid repair's bill unpaid: only that bill is ticked)

    def __init__(self, store: Store, actor: Actor, parent=None, preview=None, paper=None) -> None:
        super().__init__(parent)
        self.form = f = Ui_WorkOrdersTab()
        f.setupUi(self)
        self.store, self.actor, self.preview = store, actor, preview
        self.svc = WorkOrderService(store)
        self.view: str | None = None
        self.room_id: int | None = None  # the selected order's room (F2 logs a call for it, F8 collects its fees)
        self.bill_id: int | None = None  # the selected order's paid repair's bill, unpaid (F8 ticks only it)
        self.board_buttons = {"late_reply": f.lateReplyButton, "late_completion": f.lateCompletionButton,
                              "follow_up": f.followUpButton, "not_dispatched": f.notDispatchedButton}
        for view, button in self.board_buttons.items():
            button.clicked.connect(lambda _c=False, v=view: self.show_view(v))
        f.allButton.clicked.connect(lambda: self.show_view(None))
        f.kindFilter.addItem(translate("WorkOrdersTab", "All types"), None)
        for key, title in KINDS.items():
            f.kindFilter.addItem(translate("WorkOrders", title), key)
        f.stateFilter.addItem(translate("WorkOrdersTab", "All states"), None)
        for key, name in STATES.items():
            f.stateFilter.addItem(name, key)
        f.departmentFilter.addItem(translate("WorkOrdersTab", "All departments"), None)
        for did, name in self.svc.departments():
            f.departmentFilter.addItem(name, did)
        from frontdesk.registration.service import RegistrationService
        f.buildingFilter.addItem(translate("WorkOrdersTab", "All buildings"), None)
        for code, name in RegistrationService(store).buildings():
            f.buildingFilter.addItem(name, code)
        today = clock.today()
        f.since.setDate(QDate(today.year, today.month, today.day).addMonths(-3))
        self.search = SearchBox(f.searchHolder)
        self.search.setPlaceholderText(translate("WorkOrdersTab", "Number, room, place, reporter or content…"))
        QVBoxLayout(f.searchHolder).addWidget(self.search)
        f.searchHolder.layout().setContentsMargins(0, 0, 0, 0)
        self.calendar = CalendarService(store).years()  # which deadlines are guesses; read again on reload
        due = {key: (lambda v, r, key=key: self._due(key, v, r)) for key in ("reply_due", "complete_due", "follow_due")}
        self.model = LazyTableModel(store, self.svc.query(), self, display={
            "kind": lambda v, _r: translate("WorkOrders", KINDS.get(v, v)),
            "state": lambda v, r: state_marked(v, repeat_in_row(r)), **due})  # 已派单·返修
        # a deadline's column has room for （估算）
        show_in(f.table, self.model, {0: 120, 1: 130, 2: 80, 3: 100, 4: 200, 5: 96, 6: 176, 7: 130, 8: 176, 9: 176,
                                      10: 72})
        for signal in (f.kindFilter.currentIndexChanged, f.stateFilter.currentIndexChanged, self.search.search,
                       f.departmentFilter.currentIndexChanged, f.buildingFilter.currentIndexChanged, f.since.dateChanged):
            signal.connect(lambda *_: self.reload())
        self.model.counted.connect(lambda n: f.countLabel.setText(translate("WorkOrdersTab", "{n} orders").format(n=n)))
        f.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_detail())
        f.newButton.clicked.connect(lambda: self.new_order())
        f.dispatchButton.clicked.connect(self.dispatch)
        f.printButton.clicked.connect(self.print_slip)
        QShortcut(QKeySequence("Ctrl+P"), self, activated=self.print_slip_now,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("F8"), self, activated=self.collect_fees)  # window-wide while this tab is shown
        f.table.installEventFilter(self)  # Enter on a row: its detail
        f.reassignButton.clicked.connect(self.reassign)
        f.sendBackButton.clicked.connect(self.send_back)
        f.pauseButton.clicked.connect(self.pause_or_resume)
        f.completeButton.clicked.connect(self.complete)
        f.followButton.clicked.connect(self.follow_up)
        f.cancelButton.clicked.connect(self.cancel)
        f.replyButton.clicked.connect(self.reply)
        f.workersButton.clicked.connect(self.workers)
        f.categoriesButton.clicked.connect(self.categories)
        f.warrantyButton.clicked.connect(self.warranty)
        f.warrantyButton.setEnabled(actor.is_supervisor)  # the warranty decides whether a repair is paid
        if not actor.is_supervisor:
            f.warrantyButton.setToolTip(translate("WorkOrdersTab", "A supervisor sets a room's repair warranty."))
        self.show_view(None)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if obj is self.form.table and event.type() == QEvent.Type.KeyPress and \
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() and \
                self.current_id() is not None:
            self.show_detail()
            self.form.detail.setFocus()  # read it, or Tab on to the steps' buttons
            return True
        return super().eventFilter(obj, event)

    def collect_fees(self) -> None:
        """收费 (F8): the fees tab at the selected order's room (a paid repair is collected there);
        with no order of a room selected, the fees tab asks for one."""
        self.open_task.emit("fees", self.room_id, self.bill_id)

    def focus_search(self) -> None:
        """Ctrl+2 or Ctrl+F: typing finds an order (number, room, place, reporter or content)."""
        self.search.setFocus()
        self.search.selectAll()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Back at the tab: the board, the list and the order shown are read again — a payment at the
        收费 tab or a step at another desk may have moved them. (The first showing was just read.)"""
        super().showEvent(event)
        if getattr(self, "_shown", False):
            oid = self.current_id()
            self.reload()
            if oid is not None:
                self.select(oid)
        self._shown = True

    # ---- the board and the list ------------------------------------------------------------------
    def refresh_board(self) -> None:
        counts = self.svc.board()
        for view, button in self.board_buttons.items():
            button.setText(f"{translate('WorkOrders', BOARD[view])}：{counts[view]}")
            button.setStyleSheet(f"background:{ATTENTION};" if counts[view] and view != "not_dispatched" else "")
        self.counts = counts

    def show_view(self, view: str | None) -> None:
        self.view = view
        for v, button in self.board_buttons.items():
            button.setChecked(v == view)
        self.form.allButton.setChecked(view is None)
        self.reload()
        if view is not None and self.model.rowCount():  # a board list opens at its first order, its detail shown
            self.form.table.setCurrentIndex(self.model.index(0, 0))
            self.form.table.selectRow(0)

    def _due(self, key: str, value, row: tuple) -> str:
        """A deadline cell: the moment, and （估算） when it was counted on a guessed calendar."""
        text = LazyTableModel._format(value, "datetime")
        if value is not None and key in guessed_in_row(self.calendar, row):
            text += translate("WorkOrdersTab", " (guessed)")
        return text

    def reload(self) -> None:
        f = self.form
        self.calendar = CalendarService(self.store).years()
        self.refresh_board()
        since = None if self.view else f.since.date().toPython()  # a board list shows all that is due
        self.model.set_query(self.svc.query(view=self.view, kind=f.kindFilter.currentData(),
                                            state=f.stateFilter.currentData(), text=self.search.text(),
                                            department_id=f.departmentFilter.currentData(),
                                            building=f.buildingFilter.currentData(), date_from=since))
        self.model.counted.emit(self.model.total)
        self.show_detail()

    def current_id(self) -> int | None:
        index = self.form.table.currentIndex()
        return self.model.row_id(index.row()) if index.isValid() else None

    def select(self, order_id: int) -> None:
        row = self.model.row_of_id(order_id)
        if row is not None:
            self.form.table.selectRow(row)

    def show_detail(self) -> None:
        oid = self.current_id()
        if oid is None:
            self.room_id = self.bill_id = None
            self.form.detail.clear()
            self._follow_state(None)
            return
        d = self.svc.detail(oid)
        o = d.order
        self.room_id = o.room_id
        self.bill_id = o.bill_id if d.paid is False else None  # a paid repair not yet paid: F8 collects it
        self._follow_state(o)
        guessed = deadlines.guessed(self.calendar, o)
        mark = {key: translate("WorkOrdersTab", " (guessed)") if key in guessed else ""
                for key in ("reply_due", "complete_due", "follow_due")}
        lines = [f"{o.number}  {translate('WorkOrders', KINDS[o.kind])}  {STATES[o.state]}",
                 translate("WorkOrdersTab", "Reply due {reply}, complete by {done}{follow}").format(
                     reply=f"{o.reply_due:%m-%d %H:%M}{mark['reply_due']}",
                     done=f"{o.complete_due:%m-%d %H:%M}{mark['complete_due']}",
                     follow=translate("WorkOrdersTab", ", follow-up due {at}").format(
                         at=f"{o.follow_due:%m-%d %H:%M}{mark['follow_due']}") if o.follow_due else "")]
        from frontdesk.workorders.dialogs import order_facts
        lines += order_facts(d)  # where, who, category, content, result, materials, follow-ups
        if guessed:
            lines.append(translate("WorkOrdersTab", "Deadlines marked “guessed” were counted Monday to Friday: the "
                                                    "holiday calendar had no data for their year. A supervisor enters "
                                                    "it under Settings → Holiday calendar."))
        if d.paid is not None:
            lines.append(translate("WorkOrdersTab", "Paid repair {amount}: {state}").format(
                amount=o.price, state=translate("WorkOrdersTab", "paid") if d.paid else
                translate("WorkOrdersTab", "not paid yet — collect it at the fees tab"))
                + (translate("WorkOrdersTab", ", receipt {number}").format(number=d.receipt) if d.receipt else ""))
        if d.repeat is not None:
            lines.append(translate("WorkOrdersTab", "Repeat fault (返修): {room} reported the same kind of problem "
                                                    "on {date}: {number}").format(
                room=d.repeat.room, date=f"{d.repeat.registered_at:%Y-%m-%d}", number=d.repeat.number))
        if d.next_call is not None:  # calls are spaced: say when the next may be made
            lines.append(translate("WorkOrdersTab", "Follow-up: {n} calls not answered; the next from {at}").format(
                n=o.follow_attempts, at=f"{d.next_call:%m-%d %H:%M}"))
        if o.unreachable:
            lines.append(translate("WorkOrdersTab", "Not reached (无法回访) after {n} unanswered calls — not counted "
                                                    "as followed up").format(n=o.follow_attempts))
        links = d.links
        if links:
            lines.append((translate("WorkOrdersTab", "Caused by repair {numbers}") if o.kind == "complaint" else
                          translate("WorkOrdersTab", "Complaints it caused: {numbers}")).format(numbers="、".join(links)))
        lines += self._key_loans(oid)
        lines += [f"{at:%Y-%m-%d %H:%M}  {action}  {detail}  {who}" for at, action, detail, who in d.history]
        self.form.detail.setPlainText("\n".join(lines))

    def _follow_state(self, order) -> None:
        """The step buttons follow the selected order's state: one whose step cannot be taken now is
        greyed, its tooltip saying why (the service's own refusal)."""
        for name, steps in STEP_BUTTONS.items():
            button = getattr(self.form, name)
            refused = [step_refused(order, step) for step in steps] if order is not None else [None]
            ok = order is not None and None in refused
            button.setEnabled(ok)
            button.setToolTip("" if ok else translate("WorkOrdersTab", "Select an order first.") if order is None
                              else error_text(refused[0]))

    def _ready(self, *steps):
        """The selected order, read again, if one of ``steps`` can be taken on it now; else None, and
        why is said before any form asks for a reason (another desk may have moved it meanwhile)."""
        oid = self.current_id()
        if oid is None:
            return None
        order = self.svc.get(oid)
        refused = [step_refused(order, step) for step in steps]
        if None in refused:
            return order
        msgbox.warn(self, translate("WorkOrdersTab", "Work order"), error_text(refused[0]))
        self.reload()
        self.select(oid)
        return None

    def _key_loans(self, oid: int) -> list[str]:
        """The keys lent for the order (read through the key cabinet's service)."""
        from frontdesk.keys.service import KeyService
        return [translate("WorkOrdersTab", "Key {tag} ({where}) lent to {person} at {at}: {state}").format(
            tag=loan.tag, where=loan.where, person=loan.person, at=f"{loan.at:%m-%d %H:%M}",
            state=(translate("WorkOrdersTab", "returned") if loan.returned else
                   translate("WorkOrdersTab", "not returned yet"))
            + (translate("WorkOrdersTab", " (overdue)") if loan.late else "")) for loan in KeyService(self.store).loans_for_order(oid)]

    # ---- the steps -------------------------------------------------------------------------------
    def new_order(self, room_id: int | None = None):
        """F7: a new order, for the room given (the room card's 报修, F7 on another tab at its room) or
        typed in the dialog. F7 on this tab is a new caller: the form starts empty, not at the room of
        the order selected in the list (that room would be filed unnoticed for someone else's call)."""
        from frontdesk.workorders.dialogs import WorkOrderDialog
        if self.isVisible() and room_id is not None and room_id == self.room_id:
            room_id = None
        dlg = WorkOrderDialog(self.store, self.actor, self, room_id=room_id)
        if not dlg.exec():
            return None
        self.show_view(None)
        self.select(dlg.result.id)
        self._tell_registered(dlg.result)
        return dlg.result

    def _tell_registered(self, registered) -> None:
        """The new number, to read to the caller: a notice at the top of the tab (its slip prints from
        it, or Ctrl+P) and the window's status bar — wherever F7 was pressed; nothing blocks."""
        from frontdesk.workorders.dialogs import RegisteredNotice
        if getattr(self, "notice", None) is None:
            self.notice = RegisteredNotice(self, self.print_slip_of)
            self.layout().insertWidget(0, self.notice)
        detail = self.svc.detail(registered.id)
        self.notice.tell(registered, detail)
        bar = getattr(self.window(), "statusBar", None)
        if bar is not None:
            bar().showMessage(self.notice.text_of(registered, detail), 120_000)

    def _act(self, title: str, fn):
        oid = self.current_id()
        if oid is None:
            return None
        try:
            result = fn(oid)
        except DomainError as err:
            msgbox.warn(self, title, error_text(err))
            return None
        self.reload()
        self.select(oid)
        return result

    def dispatch(self):
        from frontdesk.workorders.dialogs import DispatchDialog
        if (order := self._ready("dispatch")) is None:
            return None
        oid = order.id
        dlg = DispatchDialog(self.store, self.actor, oid, self)
        if dlg.exec():
            self.reload()
            self.select(oid)
            return self.print_slip()
        return None

    def reassign(self):
        """转单: another department or worker, with the reason; the new slip prints."""
        from frontdesk.workorders.dialogs import DispatchDialog
        if (order := self._ready("reassign")) is None:
            return None
        oid = order.id
        if DispatchDialog(self.store, self.actor, oid, self, reassign=True).exec():
            self.reload()
            self.select(oid)
            return self.print_slip()
        return None

    def send_back(self):
        """退单: back to the desk to dispatch again, with the reason."""
        from frontdesk.ui.reason_dialog import ReasonDialog
        if (order := self._ready("send_back")) is None:
            return None
        oid = order.id
        dlg = ReasonDialog(self, translate("WorkOrdersTab", "Send back"),
                           translate("WorkOrdersTab", "The order goes back to the desk, to be dispatched again."),
                           lambda v: self.svc.send_back(self.actor, oid, v["reason"]))
        self._name_order(dlg, oid)
        if dlg.exec():
            self.reload()
            self.select(oid)
        return dlg.result

    def _name_order(self, dlg, oid: int) -> None:
        """A reason form names the order it acts on (number, room, content) in its title and head."""
        from frontdesk.workorders.dialogs import name_in_reason_dialog
        name_in_reason_dialog(dlg, self.svc.detail(oid))

    def print_slip(self):
        return self.print_slip_of(self.current_id())

    def print_slip_now(self):
        """Ctrl+P: the slip of the order selected in the list — the one the desk is looking at (right
        after F7 that is the new order; the notice's own button prints the order it names)."""
        return self.print_slip_of(self.current_id())

    def print_slip_of(self, oid: int | None):
        from frontdesk.workorders.documents import slip
        if oid is None:
            return None
        out = {}
        try:
            self.svc.print_slip(self.actor, oid, deliver=lambda i, copy: out.update(doc=slip(self.store, i, translate, copy)))
        except DomainError as err:
            msgbox.warn(self, translate("WorkOrdersTab", "Print slip"), error_text(err))
            return None
        doc = out["doc"]
        if self.preview is not None:
            return self.preview(doc.build(), doc.title, f"{doc.title}-{doc.number}", doc.missing_glyphs)
        return doc

    def pause_or_resume(self):
        from frontdesk.ui.reason_dialog import ReasonDialog
        if (order := self._ready("pause", "resume")) is None:
            return None
        oid = order.id
        title = translate("WorkOrdersTab", "Pause or resume")
        if order.state == "paused":
            return self._act(title, lambda i: self.svc.resume(self.actor, i))
        dlg = ReasonDialog(self, title, translate("WorkOrdersTab", "The completion clock stops until the order is "
                                                                   "resumed (waiting for parts, nobody at home …)."),
                           lambda v: self.svc.pause(self.actor, oid, v["reason"]))
        self._name_order(dlg, oid)
        if dlg.exec():
            self.reload()
            self.select(oid)
        return dlg.result

    def reply(self):
        """答复: what the desk told the resident; for a complaint, the finding — 有效, or 无效 (投诉不成立:
        the complainant must be told why within one working day)."""
        from frontdesk.ui.reason_dialog import ReasonDialog
        order = self._ready("reply")
        if order is None:
            return None
        oid, complaint = order.id, order.kind == "complaint"
        dlg = ReasonDialog(self, translate("WorkOrdersTab", "Reply"), translate(
            "WorkOrdersTab", "What was the resident told? For a complaint, also the finding after investigation: "
                             "one found invalid (无效) is answered by the explanation written here, which is due "
                             "within one working day."),
            lambda v: self.svc.reply(self.actor, oid, v["reason"], v.get("method") or "", v.get("reference") or ""),
            methods=("", "有效", "无效") if complaint else (), reference=complaint,
            method_label=translate("WorkOrdersTab", "&Finding"), reason_label=translate("WorkOrdersTab", "&Reply *"),
            reference_label=translate("WorkOrdersTab", "Caused by re&pair no."),
            names={"reason": "reply", "method": "validity", "reference": "repair"})
        self._name_order(dlg, oid)
        if dlg.exec():
            self.reload()
            self.select(oid)
        return dlg.result

    def cancel(self):
        from frontdesk.ui.reason_dialog import ReasonDialog
        if (order := self._ready("cancel")) is None:
            return None
        oid = order.id
        dlg = ReasonDialog(self, translate("WorkOrdersTab", "Cancel the order"),
                           translate("WorkOrdersTab", "The order is kept, marked cancelled, with the reason."),
                           lambda v: self.svc.cancel(self.actor, oid, v["reason"]))
        self._name_order(dlg, oid)
        if dlg.exec():
            self.reload()
        return dlg.result

    def complete(self):
        from frontdesk.workorders.dialogs import CompleteDialog
        if (order := self._ready("complete")) is None:
            return None
        oid = order.id
        dlg = CompleteDialog(self.store, self.actor, oid, self)
        if dlg.exec():
            self.reload()
            self.select(oid)
        return dlg.result

    def follow_up(self):
        from frontdesk.workorders.dialogs import FollowUpDialog
        if (order := self._ready("follow_up")) is None:
            return None
        oid = order.id
        dlg = FollowUpDialog(self.store, self.actor, oid, self)
        if dlg.exec():
            self.reload()
            self.select(oid)
        return dlg.result

    def warranty(self):
        """保修期 of the selected order's room: repairs inside it are free until that day."""
        from frontdesk.ui.reason_dialog import ReasonDialog
        oid = self.current_id()
        room_id = self.svc.get(oid).room_id if oid is not None else None
        if room_id is None:
            return None
        from frontdesk.registration.service import RegistrationService
        until = self.svc.warranty(room_id)
        owner = RegistrationService(self.store).first_owner(room_id)
        room = self.svc.detail(oid).where + (f"（{owner[0]}）" if owner else "")  # 3-1-1201（张三）: whose it changes
        dlg = ReasonDialog(self, translate("WorkOrdersTab", "Repair warranty of {room}").format(room=room), translate(
            "WorkOrdersTab", "{room}: repairs inside this home are free until the day entered; after it (or with "
                             "none) they are paid.").format(room=room),
            lambda v: self.svc.set_warranty(self.actor, room_id, v["amount"], confirmed=v["confirmed"]),
            amount=translate("WorkOrdersTab", "Warranty &until (YYYY-MM-DD)"), amount_text=str(until or ""),
            reason=False, names={"amount": "until"})
        if dlg.exec():
            self.show_detail()
        return dlg.result

    def workers(self) -> None:
        """The departments' workers (a supervisor adds and disables them)."""
        from frontdesk.workorders.dialogs import WorkersDialog
        WorkersDialog(self.store, self.actor, self).exec()

    def categories(self) -> None:
        """The two-level categories and their completion times (a supervisor edits them)."""
        from frontdesk.workorders.dialogs import CategoriesDialog
        CategoriesDialog(self.store, self.actor, self).exec()

    def open_room(self, room_id: int | None) -> None:
        """Another tab asks for this task at a room: its orders."""
        self.reload()
        if self.current_id() is None:
            self.room_id = room_id
