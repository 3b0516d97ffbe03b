"""The work-order forms: a new order (F7), dispatch, completion (a paid repair billed through fees),
the follow-up call. Each checks every field at once and shows each fault at its field."""
from __future__ import annotations

import html
from decimal import Decimal

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QCompleter, QDialog, QFrame, QHBoxLayout, QLabel, QPushButton, QTableWidgetItem,
                               QToolButton, QVBoxLayout, QWidget)

from frontdesk.core.audit import Actor
from frontdesk.core.db import Store
from frontdesk.core.errors import QT_TRANSLATE_NOOP, Checks, DomainError, ValidationError
from frontdesk.core.money import format_yuan
from frontdesk.core.people import mask_phone
from frontdesk.i18n import error_text, translate
from frontdesk.registration.service import RegistrationService
from frontdesk.ui import qclock
from frontdesk.ui.fielderrors import FieldErrors, FormDialog
from frontdesk.ui.forms.ui_categories_dialog import Ui_CategoriesDialog
from frontdesk.ui.forms.ui_complete_dialog import Ui_CompleteDialog
from frontdesk.ui.forms.ui_dispatch_dialog import Ui_DispatchDialog
from frontdesk.ui.forms.ui_follow_up_dialog import Ui_FollowUpDialog
from frontdesk.ui.forms.ui_work_order_dialog import Ui_WorkOrderDialog
from frontdesk.ui.forms.ui_workers_dialog import Ui_WorkersDialog
from frontdesk.ui.search_box import SearchBox, SearchHit
from frontdesk.workorders.models import CHANNELS, FOLLOW_KINDS, KINDS, RATINGS
from frontdesk.workorders import deadlines
from frontdesk.workorders.service import LIMITS, WorkOrderService, offered_for, quote, repeat_text


def count_as_typed(field, label, limit: int) -> None:
    """A text field shows its length as it is typed — "120/500" — against the service's limit
    (``LIMITS``), red once past it (the service then refuses it at the field; a line also says so at
    once, ``FieldErrors``)."""
    text = field.toPlainText if hasattr(field, "toPlainText") else field.text

    def show(*_args) -> None:
        n = len(text().strip())
        label.setText(f"{n}/{limit}")
        label.setStyleSheet("color:#b42318;font-weight:bold" if n > limit else "color:#888")

    field.textChanged.connect(show)
    show()


def shorten(text: str, width: int = 40) -> str:
    """One line of at most ``width`` characters (… where it was cut)."""
    line = " ".join((text or "").split())
    return line if len(line) <= width else line[:width - 1] + "…"


def order_head(detail) -> str:
    """What a step's form acts on (``WorkOrderService.detail``): number · room or place · content, shortened."""
    o = detail.order
    where = detail.where or translate("WorkOrdersTab", "anonymous")
    return f"{o.number} · {where} · {shorten(o.content)}"


def name_the_order(dialog, detail, info=None) -> None:
    """The form's title and head name the order: its number in the title, number, room and content
    at the head (the whole content in the head's tooltip)."""
    dialog.setWindowTitle(f"{dialog.windowTitle()} — {detail.order.number}")
    if info is not None:
        info.setText(order_head(detail))
        info.setToolTip(_whole(detail.order.content))


def _whole(content: str) -> str:
    """The whole content as a tooltip: wrapped (rich text), however long."""
    return f"<p>{html.escape(content[:LIMITS['content'] * 2])}</p>"


def order_facts(detail) -> list[str]:
    """The detail pane's lines about what the order is: where and who (the phone masked, as
    everywhere on screen), its category, what is wrong, what was done and with which materials, and
    what the resident said when called back."""
    o = detail.order
    who = translate("WorkOrdersTab", "anonymous") if o.anonymous else \
        " ".join(x for x in (o.reporter, mask_phone(o.phone) if o.phone else "") if x)
    if o.kind == "complaint":
        lines = [translate("WorkOrdersTab", "Room or place: {where}   Complainant: {who}   Category: {category}").format(
            where=detail.where or "—", who=who or "—", category=detail.category or "—"),
            translate("WorkOrdersTab", "Severity: {severity}   Urgent: {urgent}").format(
                severity=o.severity or "—", urgent=translate("WorkOrders", "yes") if o.urgent else
                translate("WorkOrders", "no")),
            translate("WorkOrdersTab", "Complaint: {content}").format(content=o.content)]
        if o.reply_text:
            lines.append(translate("WorkOrdersTab", "Reply {at}: {text}").format(
                at=f"{o.replied_at:%m-%d %H:%M}" if o.replied_at else "", text=o.reply_text))
    else:
        lines = [translate("WorkOrdersTab", "Room or place: {where}   Reported by: {who}   Category: {category}").format(
            where=detail.where or "—", who=who or "—", category=detail.category or "—"),
            translate("WorkOrdersTab", "What is wrong: {content}").format(content=o.content)]
    if o.preferred_time:
        lines.append(translate("WorkOrdersTab", "Preferred time: {time}").format(time=o.preferred_time))
    if o.result:
        lines.append(translate("WorkOrdersTab", "Result: {result}").format(result=o.result))
    if detail.materials:
        lines.append(translate("WorkOrdersTab", "Materials: {rows}").format(rows="、".join(
            f"{name} × {qty.normalize():f} @ {price}" for name, qty, price in detail.materials)))
    if o.completed_at is not None and (o.hours or o.price):
        materials = sum(((q * p).quantize(Decimal("0.01")) for _n, q, p in detail.materials), Decimal(0))
        lines.append(translate("WorkOrdersTab", "Hours: {hours}   Labour: {labour}").format(
            hours=f"{o.hours.normalize():f}" if o.hours else "—",
            labour=f"¥{o.price - materials:,.2f}" if o.price else "—"))
    for at, reached, satisfaction, attitude, skill, manners, comment in detail.follow_ups:
        said = (translate("WorkOrdersTab", "Follow-up call {at}: satisfaction {n}, attitude {attitude}, problem "
                                           "taken care of {skill}, manners {manners}") if o.kind == "complaint" else
                translate("WorkOrdersTab", "Follow-up call {at}: satisfaction {n}, attitude {attitude}, skill "
                                           "{skill}, manners {manners}")).format(
            at=f"{at:%m-%d %H:%M}", n=satisfaction, attitude=attitude, skill=skill, manners=manners) if reached else \
            translate("WorkOrdersTab", "Follow-up call {at}: not answered").format(at=f"{at:%m-%d %H:%M}")
        lines.append(f"{said}{'：“' + comment + '”' if comment else ''}")
    return lines


def name_in_reason_dialog(dialog, detail) -> None:
    """A reason form (答复, 取消, 退单, 暂停) names the order it acts on: in its title, and at its head
    above what it explains."""
    name_the_order(dialog, detail)
    info = dialog.form.info
    info.setText(f"{order_head(detail)}\n{info.text()}")
    info.setToolTip(_whole(detail.order.content))


class RegisteredNotice(QFrame):
    """After F7, at the top of the 工单 tab (it does not block): the new order's number to read to the
    caller, and its slip printed at once (the button, or Ctrl+P in the tab). ✕ puts it away."""

    def __init__(self, parent, print_slip) -> None:
        super().__init__(parent)
        self.setObjectName("registeredNotice")
        self.setStyleSheet("#registeredNotice{background:#e8f3ff;border:1px solid #9ec5f8;border-radius:3px}")
        self.order_id, self._print = None, print_slip
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 4, 4)
        self.label = QLabel(self)
        self.label.setStyleSheet("font-weight:bold")  # read aloud to the caller
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.printButton = QPushButton(translate("WorkOrdersTab", "Print its slip no&w (Ctrl+P)"), self)
        self.printButton.clicked.connect(lambda: self._print(self.order_id))
        self.closeButton = QToolButton(self)
        self.closeButton.setText("✕")
        self.closeButton.setToolTip(translate("WorkOrdersTab", "Put this notice away"))
        self.closeButton.setAutoRaise(True)
        self.closeButton.clicked.connect(self.hide)
        row.addWidget(self.label, 1)
        row.addWidget(self.printButton)
        row.addWidget(self.closeButton)
        self.hide()

    @staticmethod
    def text_of(registered, detail) -> str:
        """What the desk reads to the caller (the status bar says the same, shorter)."""
        text = translate("WorkOrdersTab", "Work order {number} registered ({head}). Tell the caller the number.").format(
            number=registered.number, head=order_head(detail).split(" · ", 1)[-1])
        if registered.repeat_of:
            text += translate("WorkOrdersTab", " The same fault of this room within 30 days: {number} (返修).").format(
                number=registered.repeat_of)
        return text

    def tell(self, registered, detail) -> None:
        self.order_id = registered.id
        self.label.setText(self.text_of(registered, detail))
        self.show()


class WorkOrderDialog(FormDialog):
    """登记: the kind, the room from the shared search box (the reporter and phone then filled from
    its owner, editable) or a place, what is wrong; Ctrl+Enter saves, Esc cancels."""

    def __init__(self, store: Store, actor: Actor, parent=None, room_id: int | None = None) -> None:
        super().__init__(Ui_WorkOrderDialog, parent)
        f = self.form
        self.store, self.actor, self.svc = store, actor, WorkOrderService(store)
        self.room_id, self.result, self.prefilled = None, None, ("", "")
        for key, title in KINDS.items():
            f.kind.addItem(translate("WorkOrders", title), key)
        for c in CHANNELS:
            f.channel.addItem(c, c)
        self.all_categories = self.svc.categories()  # the kind chosen shows only its own (_kind_changed)
        finder = QCompleter(f.category.model(), self)  # typing filters: 漏 finds 水电 → 漏水
        finder.setFilterMode(Qt.MatchFlag.MatchContains)
        finder.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        finder.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        f.category.setCompleter(finder)
        f.category.lineEdit().setPlaceholderText(translate("WorkOrderDialog", "type to find, e.g. 漏水"))
        for sev in ("一般", "严重"):
            f.severity.addItem(sev, sev)
        reg = RegistrationService(store)
        self.room_box = SearchBox(f.roomHolder, provider=lambda t: [SearchHit(*h) for h in reg.room_search(t)])
        self.room_box.setPlaceholderText(translate("WorkOrderDialog", "room code or resident"))
        QVBoxLayout(f.roomHolder).addWidget(self.room_box)
        f.roomHolder.layout().setContentsMargins(0, 0, 0, 0)
        QWidget.setTabOrder(f.kind, self.room_box)  # made here, so at the .ui's roomHolder stop: second, as on screen
        f.roomLabel.setBuddy(self.room_box)
        self.room_box.activated.connect(lambda hit: self.set_room(hit.key, hit.label))
        self.room_box.textEdited.connect(lambda _t: self.unset_room())
        f.kind.currentIndexChanged.connect(self._kind_changed)
        f.call.addItem("—", None)
        f.call.currentIndexChanged.connect(self._call_chosen)
        f.askedReply.toggled.connect(self._asked_reply)  # 要求答复时间: the complainant's, if asked
        f.askedReplyAt.setSpecialValueText("—")  # not asked: no time shown (the field's minimum)
        f.askedReplyAt.setDateTime(f.askedReplyAt.minimumDateTime())
        f.hint.setText(translate("WorkOrderDialog", "Ctrl+Enter saves, Esc cancels."))
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.submit)
        f.content.installEventFilter(self)
        for field, label, limit in ((f.content, f.contentCount, LIMITS["content"]),
                                    (f.reporter, f.reporterCount, LIMITS["reporter"])):
            count_as_typed(field, label, limit)
        self.repeat_warning = QLabel(self)  # 返修: said as soon as the room and category are chosen, before saving
        self.repeat_warning.setObjectName("repeatWarning")
        self.repeat_warning.setWordWrap(True)
        self.repeat_warning.setStyleSheet("color:#b3261e; font-weight:bold")
        self.repeat_warning.hide()
        f.form.insertRow(f.form.getWidgetPosition(f.category)[0] + 1, "", self.repeat_warning)
        for signal in (f.kind.currentIndexChanged, f.category.currentTextChanged):  # a chosen item changes the text
            signal.connect(self._check_repeat)
        self.room_box.textEdited.connect(lambda _t: self.repeat_warning.hide())  # no room chosen while typing one
        if room_id is not None:
            self.set_room(room_id, reg.heading(room_id)[0])
        self._kind_changed()
        self.wire({"kind": f.kind, "room": self.room_box, "place": f.place, "phone": f.phone, "channel": f.channel,
                   "category": f.category, "content": f.content, "severity": f.severity, "call": f.call,
                   "reporter": f.reporter, "preferred_time": f.preferred,
                   "asked_reply_at": f.askedReplyAt})
        f.kind.setFocus()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.submit()
            return True
        return super().eventFilter(obj, event)

    def _call_chosen(self, *_args) -> None:
        """A call of the room becomes this order: its content and channel are carried over."""
        data = self.form.call.currentData()
        if data:
            self.form.content.setPlainText(data[2])
            self.form.channel.setCurrentIndex(max(0, self.form.channel.findData(data[1])))

    def _kind_changed(self, *_args) -> None:
        """The form speaks of the kind chosen: a complaint has its complainant and its content, its
        severity and anonymity, no preferred visit time; the categories are the kind's own."""
        f = self.form
        kind = f.kind.currentData()
        complaint = kind == "complaint"
        for w in (f.severity, f.anonymous, f.askedReplyAt):  # whole rows: no blank band where they were
            f.form.setRowVisible(w, complaint)
        f.form.setRowVisible(f.preferred, not complaint)
        if complaint:
            f.reporterLabel.setText(translate("WorkOrderDialog", "Complain&ant"))
            f.contentLabel.setText(translate("WorkOrderDialog", "&Complaint *"))
            f.urgencyHint.setText(translate(
                "WorkOrderDialog", "Urgent: replied to within {hours} hours and completed within {complete} hours; "
                                   "otherwise replied to within {days} working days. Severity does not change the "
                                   "deadlines, it is counted in the monthly analysis: serious when safety, damage to "
                                   "property or many households are concerned.").format(
                hours=int(deadlines.URGENT_REPLY.total_seconds() // 3600),
                complete=int(deadlines.URGENT_COMPLETION.total_seconds() // 3600),
                days=deadlines.COMPLAINT_REPLY_WORKDAYS))
        else:
            repair = kind in ("repair_home", "repair_common")
            f.reporterLabel.setText(translate("WorkOrderDialog", "Reported &by") if repair else
                                    translate("WorkOrderDialog", "Contact &by"))
            f.contentLabel.setText(translate("WorkOrderDialog", "&What is wrong *") if repair else
                                   translate("WorkOrderDialog", "&What is asked *"))
            f.urgencyHint.setText(translate(
                "WorkOrderDialog", "Urgent: answered within {minutes} minutes and completed within {complete} hours; "
                                   "otherwise answered by the end of the next working day.").format(
                minutes=int(deadlines.REPAIR_REPLY_URGENT.total_seconds() // 60),
                complete=int(deadlines.URGENT_COMPLETION.total_seconds() // 3600)))
        chosen = self._category_id() if f.category.count() else None
        f.category.clear()
        f.category.addItem("", None)  # none: the box empty, its placeholder says to type
        for cid, parent_name, leaf in self.all_categories:
            if offered_for(kind, parent_name):
                f.category.addItem(f"{parent_name} → {leaf}", cid)
        f.category.setCurrentIndex(max(0, f.category.findData(chosen)))
        if self.isVisible() or hasattr(self, "errors"):  # the kind's rows and texts take their room, no more
            self.layout().activate()
            self.resize(self.width(), self.sizeHint().height())

    def _asked_reply(self, on: bool) -> None:
        """要求答复时间: ticked, the time field opens at the next whole hour but one (typed over, PgUp/PgDn
        a month, ← → its parts); it rules the reply deadline. A time already past is refused at it."""
        f = self.form
        f.askedReplyAt.setEnabled(on)
        if on:
            if not getattr(self, "_asked_touched", False):
                at = qclock.now()
                f.askedReplyAt.setDateTime(at.addSecs(2 * 3600 - at.time().minute() * 60 - at.time().second()))
                self._asked_touched = True
            f.askedReplyAt.setFocus()

    def asked_reply_at(self):
        """The reply time the complainant asked for (a complaint, the box ticked), else None."""
        f = self.form
        if f.kind.currentData() != "complaint" or not f.askedReply.isChecked():
            return None
        return f.askedReplyAt.dateTime().toPython().replace(second=0, microsecond=0)

    def _category_id(self) -> int | None:
        """The category chosen, or typed exactly as the list has it; anything else is not one."""
        f = self.form
        text = f.category.currentText().strip()
        if text in ("", "—"):
            return None
        index = f.category.findText(text)
        if index < 0:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose a category from the list."), "category")
        return f.category.itemData(index)

    def _check_repeat(self, *_args) -> None:
        """返修: the room and category chosen repeat an earlier repair (the service's rule, as saving
        will record it) — 1-1-302 报修过同类问题：GD2026-000123，3 天前."""
        try:
            category = self._category_id()
        except ValidationError:  # still being typed
            category = None
        repeat = self.svc.repeat_warning(self.form.kind.currentData(), self.room_id, category)
        if repeat is None:
            self.repeat_warning.hide()
            return
        text, values = repeat_text(repeat)
        self.repeat_warning.setText("⚠ " + translate("WorkOrders", text).format(**values))
        self.repeat_warning.show()

    def unsaved(self) -> bool:
        """What the caller said is typed (the content, a place, a reporter or phone of the desk's own)."""
        f = self.form
        return bool(f.content.toPlainText().strip() or f.place.text().strip() or f.preferred.text().strip()
                    or (f.reporter.text(), f.phone.text()) not in (self.prefilled, ("", ""))
                    or self.asked_reply_at() is not None)

    def unset_room(self) -> None:
        """The room box edited or emptied (Esc): no room is chosen, and what choosing it filled in —
        its owner as the reporter, its calls — goes with it; a name or phone the desk typed stays."""
        f = self.form
        if self.room_id is None:
            return
        self.room_id = None
        if f.call.count() > 1:
            f.call.clear()
            f.call.addItem("—", None)
        if (f.reporter.text(), f.phone.text()) == self.prefilled and self.prefilled != ("", ""):
            f.reporter.clear()
            f.phone.clear()
            self.prefilled = ("", "")

    def set_room(self, room_id: int, label: str) -> None:
        f = self.form
        self.room_id = room_id
        self.room_box.setText(label)
        self._check_repeat()
        f.call.clear()
        f.call.addItem("—", None)
        for cid, at, channel, content in self.svc.calls_of(room_id):
            f.call.addItem(f"{at:%m-%d %H:%M} {channel} {content[:24]}", (cid, channel, content))
        if (f.reporter.text(), f.phone.text()) == self.prefilled:  # what the desk typed stays
            owner = RegistrationService(self.store).first_owner(room_id) or ("", "")
            f.reporter.setText(owner[0])
            f.phone.setText(owner[1] or "")
            self.prefilled = (f.reporter.text(), f.phone.text())

    def save(self) -> None:
        """The form's own faults (a room typed, not chosen; a category not in the list) go with the
        service's: every fault at once, each at its field."""
        f = self.form
        check = Checks()
        if self.room_box.text().strip() and self.room_id is None:
            check.fail(QT_TRANSLATE_NOOP("Errors", "Choose the room from the list (Enter on it)."), "room")
        category_id = check(self._category_id)
        self.result = self.svc.register(
            self.actor, kind=f.kind.currentData(), content=f.content.toPlainText(), channel=f.channel.currentData(),
            room_id=self.room_id, place=f.place.text(), anonymous=f.anonymous.isChecked(), reporter=f.reporter.text(),
            phone=f.phone.text(), category_id=category_id,
            preferred_time=f.preferred.text() if f.kind.currentData() != "complaint" else "",
            urgent=f.urgent.isChecked(), severity=f.severity.currentData(), asked_reply_at=self.asked_reply_at(),
            call_id=f.call.currentData()[0] if f.call.currentData() else None, faults=check.errors)


class DispatchDialog(FormDialog):
    """派单: the department and (optionally) one of its workers; the slip prints next. With
    ``reassign`` it is 转单: another department or worker, and the reason."""

    def __init__(self, store: Store, actor: Actor, order_id: int, parent=None, reassign: bool = False) -> None:
        super().__init__(Ui_DispatchDialog, parent)
        f = self.form
        self.svc, self.actor, self.order_id, self.result = WorkOrderService(store), actor, order_id, None
        self.reassign = reassign
        f.reason.setVisible(reassign)
        f.reasonLabel.setVisible(reassign)
        if reassign:
            self.setWindowTitle(translate("DispatchDialog", "Reassign"))
        name_the_order(self, self.svc.detail(order_id), f.info)
        for did, name in self.svc.departments():
            f.department.addItem(name, did)
        f.department.currentIndexChanged.connect(self._workers)
        self._workers()
        self.wire({"department": f.department, "worker": f.worker, "state": f.department, "reason": f.reason})

    def unsaved(self) -> bool:
        """转单: the reason typed is not thrown away by Esc without asking."""
        return self.reassign and bool(self.form.reason.text().strip())

    def _workers(self, *_args) -> None:
        f = self.form
        f.worker.clear()
        f.worker.addItem("—", None)
        if f.department.currentData() is not None:
            for wid, name, phone in self.svc.workers(f.department.currentData()):
                f.worker.addItem(f"{name} {phone}".strip(), wid)

    def save(self) -> None:
        f = self.form
        if self.reassign:
            self.svc.reassign(self.actor, self.order_id, f.department.currentData(), f.worker.currentData(),
                              f.reason.text())
        else:
            self.svc.dispatch(self.actor, self.order_id, f.department.currentData(), f.worker.currentData())
        self.result = True


class CompleteDialog(FormDialog):
    """完成: the result, materials one per line (name quantity unit price), labour and hours; a
    repair in a home out of warranty becomes a bill of the room, collected at the 收费 tab."""

    def __init__(self, store: Store, actor: Actor, order_id: int, parent=None) -> None:
        super().__init__(Ui_CompleteDialog, parent)
        f = self.form
        self.svc, self.actor, self.order_id, self.result = WorkOrderService(store), actor, order_id, None
        name_the_order(self, self.svc.detail(order_id), f.info)
        self.terms = self.svc.charge_terms(order_id)  # what decides whether the resident pays
        f.materials.textChanged.connect(self.show_charge)
        f.labour.textChanged.connect(self.show_charge)
        f.hint.setText(translate("WorkOrderDialog", "Ctrl+Enter saves, Esc cancels."))
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.submit)
        QShortcut(QKeySequence("Ctrl+Enter"), self, activated=self.submit)
        f.materials.installEventFilter(self)  # a text box keeps Ctrl+Enter for itself: take it first
        count_as_typed(f.result, f.resultCount, LIMITS["result"])
        self.show_charge()
        self.wire({"result": f.result, "materials": f.materials, "labour": f.labour, "hours": f.hours,
                   "completed_at": f.result, "state": f.result})
        if self.svc.get(order_id).kind == "complaint":  # a complaint is handled, not repaired: no materials, no charge
            for w in (f.materials, f.materialsLabel, f.labour, f.labourLabel, f.hours, f.hoursLabel, f.signed,
                      f.charge, f.chargeLabel):
                w.hide()
            f.resultLabel.setText(translate("CompleteDialog", "How it was &handled *"))
            self.resize(self.width(), self.sizeHint().height())

    def unsaved(self) -> bool:
        f = self.form
        return bool(f.result.text().strip() or f.materials.toPlainText().strip() or f.labour.text().strip())

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.submit()
            return True
        return super().eventFilter(obj, event)

    def show_charge(self, *_args) -> None:
        """What the resident pays, by the service's rule, as the materials and labour are typed."""
        f = self.form
        try:
            c = quote(self.terms, f.materials.toPlainText(), f.labour.text())
        except DomainError as err:
            f.charge.setText(translate("CompleteDialog", "— ({problem})").format(  # every fault, not the first
                problem="；".join(error_text(e) for e in getattr(err, "errors", [err]))))
            f.charge.setStyleSheet("color:#888")
            return
        if c.paid:
            text = translate("CompleteDialog", "Paid {total} (materials {materials} + labour {labour}), collected at "
                                               "the fees tab").format(total=format_yuan(c.total),
                                                                      materials=format_yuan(c.materials),
                                                                      labour=format_yuan(c.labour))
        elif c.free == "warranty":
            text = translate("CompleteDialog", "Free: inside the warranty (until {day})").format(
                day=self.terms.warranty_until)
        elif c.free == "not_home":
            text = translate("CompleteDialog", "Free: not a repair inside a home")
        else:
            text = translate("CompleteDialog", "Free: no materials or labour charged")
        f.charge.setText(text)
        f.charge.setStyleSheet("font-weight:bold;color:#b42318" if c.paid else "font-weight:bold")

    def save(self) -> None:
        f = self.form
        self.result = self.svc.complete(self.actor, self.order_id, result=f.result.text(),
                                        materials=f.materials.toPlainText(),
                                        labour=f.labour.text().strip() or None, hours=f.hours.text().strip() or None,
                                        signed=f.signed.isChecked()) or 0


class FollowUpDialog(FormDialog):
    """回访: answered or not, on time, attitude, skill, manners, overall satisfaction, a comment."""

    def __init__(self, store: Store, actor: Actor, order_id: int, parent=None) -> None:
        super().__init__(Ui_FollowUpDialog, parent)
        f = self.form
        self.svc, self.actor, self.order_id, self.result = WorkOrderService(store), actor, order_id, None
        detail = self.svc.detail(order_id)
        name_the_order(self, detail, f.info)
        order = detail.order
        if order.reporter or order.phone:  # whom to call
            f.info.setText(translate("FollowUpDialog", "{head}\nCall {reporter} {phone}").format(
                head=order_head(detail), reporter=order.reporter, phone=order.phone))
        for combo in (f.attitude, f.skill, f.manners):
            for r in RATINGS:
                combo.addItem(r, r)
        f.reached.toggled.connect(self._reached)
        if order.kind == "complaint":  # a complaint was handled, not repaired: no visit, no skill to rate
            f.onTime.setText(translate("FollowUpDialog", "The complaint was handled &on time"))
            f.skillLabel.setText(translate("FollowUpDialog", "Problem ta&ken care of"))
        count_as_typed(f.comment, f.commentCount, LIMITS["comment"])
        self.wire({"attitude": f.attitude, "skill": f.skill, "manners": f.manners, "satisfaction": f.satisfaction,
                   "state": f.reached, "comment": f.comment})

    def unsaved(self) -> bool:
        """What the resident said on the phone (the comment) is not thrown away by Esc without asking."""
        return bool(self.form.comment.text().strip())

    def _reached(self, on: bool) -> None:
        f = self.form
        for w in (f.onTime, f.attitude, f.skill, f.manners, f.satisfaction):
            w.setEnabled(on)

    def save(self) -> None:
        f = self.form
        reached = f.reached.isChecked()
        self.result = self.svc.follow_up(
            self.actor, self.order_id, reached=reached, on_time=f.onTime.isChecked() if reached else None,
            attitude=f.attitude.currentData() if reached else "", skill=f.skill.currentData() if reached else "",
            manners=f.manners.currentData() if reached else "",
            satisfaction=f.satisfaction.value() if reached else None, comment=f.comment.text())


class WorkersDialog(QDialog):
    """The supervisor keeps each department's workers (name and phone): added, or disabled when
    they leave — never deleted, their orders keep their names."""

    def __init__(self, store: Store, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.form = f = Ui_WorkersDialog()
        f.setupUi(self)
        self.svc, self.actor = WorkOrderService(store), actor
        for did, name in self.svc.departments():
            f.department.addItem(name, did)
        f.workers.setColumnCount(2)
        f.workers.setHorizontalHeaderLabels([translate("WorkersDialog", "Name"), translate("WorkersDialog", "Phone")])
        f.workers.horizontalHeader().setStretchLastSection(True)
        f.workers.verticalHeader().hide()
        f.department.currentIndexChanged.connect(self.refresh)
        f.addButton.clicked.connect(self.add)
        f.disableButton.clicked.connect(self.disable)
        f.departmentButton.clicked.connect(self.add_department)
        f.closeButton.clicked.connect(self.accept)
        self.errors = FieldErrors(self, {"name": f.name, "phone": f.phone, "worker": f.workers})
        for w in (f.addButton, f.disableButton, f.departmentButton, f.name, f.phone):
            w.setEnabled(actor.is_supervisor)
        self.refresh()

    def refresh(self, *_args) -> None:
        f = self.form
        self.rows = self.svc.workers(f.department.currentData()) if f.department.currentData() else []
        f.workers.setRowCount(len(self.rows))
        for i, (_wid, name, phone) in enumerate(self.rows):
            f.workers.setItem(i, 0, QTableWidgetItem(name))
            f.workers.setItem(i, 1, QTableWidgetItem(phone))

    def add(self) -> None:
        f = self.form
        self.errors.clear()
        try:
            self.svc.add_worker(self.actor, f.department.currentData(), f.name.text(), f.phone.text())
        except DomainError as err:
            self.errors.show(err)
            return
        f.name.clear()
        f.phone.clear()
        self.refresh()

    def add_department(self) -> None:
        from frontdesk.ui.reason_dialog import ReasonDialog
        f = self.form
        dlg = ReasonDialog(self, translate("WorkersDialog", "New department"),
                           translate("WorkersDialog", "Orders can be dispatched to it once it has workers."),
                           lambda v: self.svc.add_department(self.actor, v["reason"]),
                           reason_label=translate("WorkersDialog", "Department &name *"))
        if dlg.exec():
            f.department.addItem(dlg.values()["reason"], dlg.result)
            f.department.setCurrentIndex(f.department.count() - 1)
            f.name.setFocus()

    def disable(self) -> None:
        row = self.form.workers.currentRow()
        if not 0 <= row < len(self.rows):
            return
        try:
            self.svc.disable_worker(self.actor, self.rows[row][0])
        except DomainError as err:
            self.errors.show(err)
            return
        self.refresh()


class CategoriesDialog(FormDialog):
    """The supervisor's two-level category list: each category's completion time in working days
    and its follow-up rule; added, changed, or taken out of use — never deleted."""

    def __init__(self, store: Store, actor: Actor, parent=None) -> None:
        super().__init__(Ui_CategoriesDialog, parent)
        f = self.form
        self.svc, self.actor = WorkOrderService(store), actor
        for key, label in FOLLOW_KINDS.items():
            f.followKind.addItem(translate("WorkOrders", label), key)
        f.categories.setColumnCount(6)
        f.categories.setHorizontalHeaderLabels([
            translate("CategoriesDialog", "Main category"), translate("CategoriesDialog", "Category"),
            translate("CategoriesDialog", "Working days"), translate("CategoriesDialog", "Follow-up rule"),
            translate("CategoriesDialog", "Follow-up days"), translate("CategoriesDialog", "In use")])
        f.categories.horizontalHeader().setStretchLastSection(True)
        f.categories.verticalHeader().hide()
        f.categories.currentCellChanged.connect(self._chosen)
        f.addButton.clicked.connect(lambda: self._save(None))
        f.saveButton.clicked.connect(lambda: self.current() is not None and self._save(self.current()))
        f.activeButton.clicked.connect(self._toggle)
        f.closeButton.clicked.connect(self.accept)
        self.wire({"parent": f.parent, "name": f.name, "workdays": f.workdays, "follow_kind": f.followKind,
                   "follow_workdays": f.followDays, "category": f.categories})
        for w in (f.addButton, f.saveButton, f.activeButton, f.parent, f.name, f.workdays, f.followKind, f.followDays):
            w.setEnabled(actor.is_supervisor)
        self.refresh()

    def refresh(self, keep: int | None = None) -> None:
        f = self.form
        self.rows = self.svc.category_rows()
        f.categories.setRowCount(len(self.rows))
        parents = []
        for i, (cid, parent, name, days, follow, active, follow_days) in enumerate(self.rows):
            for j, value in enumerate((parent, name, str(days), translate("WorkOrders", FOLLOW_KINDS[follow]),
                                       str(follow_days or ""), translate("CategoriesDialog", "yes") if active else
                                       translate("CategoriesDialog", "no"))):
                f.categories.setItem(i, j, QTableWidgetItem(value))
            if parent not in parents:
                parents.append(parent)
            if cid == keep:
                f.categories.selectRow(i)
        text = f.parent.currentText()
        f.parent.clear()
        f.parent.addItems(parents)
        f.parent.setCurrentText(text)
        f.categories.resizeColumnsToContents()

    def current(self) -> int | None:
        row = self.form.categories.currentRow()
        return self.rows[row][0] if 0 <= row < len(self.rows) else None

    def _chosen(self, row: int, *_args) -> None:
        if not 0 <= row < len(self.rows):
            return
        f = self.form
        _cid, parent, name, days, follow, _active, follow_days = self.rows[row]
        f.parent.setCurrentText(parent)
        f.name.setText(name)
        f.workdays.setValue(days)
        f.followKind.setCurrentIndex(f.followKind.findData(follow))
        f.followDays.setValue(follow_days or 0)

    def _run(self, fn) -> bool:
        self.errors.clear()
        try:
            fn()
        except DomainError as err:
            self.errors.show(err)
            return False
        return True

    def _save(self, category_id: int | None) -> None:
        f = self.form
        out = {}
        if self._run(lambda: out.update(id=self.svc.save_category(
                self.actor, parent=f.parent.currentText(), name=f.name.text(), workdays=f.workdays.value(),
                follow_kind=f.followKind.currentData(), follow_workdays=f.followDays.value(),
                category_id=category_id))):
            self.refresh(out["id"])

    def _toggle(self) -> None:
        cid = self.current()
        if cid is not None:
            active = next(r[5] for r in self.rows if r[0] == cid)
            if self._run(lambda: self.svc.set_category_active(self.actor, cid, not active)):
                self.refresh(cid)
