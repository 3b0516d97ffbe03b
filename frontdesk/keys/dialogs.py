"""The key cabinet's forms: keep an owner's keys, register a public key, lend, take back (a return or
the owner collecting on the 钥匙收条), the handover count, the supervisor's cabinet rules. Each checks
every field at once and shows each fault at its field; Ctrl+Enter saves, Esc asks before throwing
typing away; a signature is drawn on the pad or its absence explained."""
from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, QEvent, Qt, QTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTableWidgetItem, QVBoxLayout

from frontdesk.core import clock
from frontdesk.core.audit import Actor
from frontdesk.core.db import Store
from frontdesk.core.errors import QT_TRANSLATE_NOOP, ValidationError
from frontdesk.i18n import translate
from frontdesk.keys import rules as rules_
from frontdesk.keys.models import BORROWERS, KINDS, PURPOSES, ROOM_KINDS
from frontdesk.keys.service import KeyService, SetView, needs_approval
from frontdesk.registration.service import RegistrationService
from frontdesk.ui.fielderrors import FormDialog
from frontdesk.ui.search_box import SearchBox, SearchHit
from frontdesk.ui.signature_pad import SignatureField

_CHOOSE_ROOM = QT_TRANSLATE_NOOP("Errors", "Choose the room from the list (Enter on it).")


def _moment(at: datetime) -> QDateTime:
    return QDateTime(QDate(at.year, at.month, at.day), QTime(at.hour, at.minute))


class _Form(FormDialog):
    """A key form: Ctrl+Enter saves as OK does; its signature pads."""

    def __init__(self, ui_class, parent=None) -> None:
        super().__init__(ui_class, parent)
        self.form.hint.setText(translate("KeysDialog", "Ctrl+Enter saves, Esc cancels. Sign on the pad with the "
                                                       "mouse, a pen or a finger."))
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.submit)
        self.result = None

    def pad(self, holder, hint: str):
        return SignatureField(holder, hint, translate("KeysDialog", "Sign again")).pad

    def signature(self, pad) -> bytes | None:
        return pad.png()


class KeyKeepDialog(_Form):
    """收存: the room (the shared search), its owner, the kind, the count, a free hook, who else may collect
    (the contractor the owner names), emergency entry, the owner's signature."""

    def __init__(self, store: Store, actor: Actor, parent=None, room_id: int | None = None) -> None:
        from frontdesk.ui.forms.ui_key_keep_dialog import Ui_KeyKeepDialog
        super().__init__(Ui_KeyKeepDialog, parent)
        f = self.form
        self.store, self.actor, self.svc = store, actor, KeyService(store)
        self.setWindowTitle(translate("KeysDialog", "Keep an owner's keys (收存)"))
        reg = RegistrationService(store)
        self.room_box = SearchBox(f.room, provider=lambda t: [SearchHit(*h) for h in reg.room_search(t)])
        self.room_box.setPlaceholderText(translate("KeysDialog", "room code or resident, then Enter"))
        QVBoxLayout(f.room).addWidget(self.room_box)
        f.room.layout().setContentsMargins(0, 0, 0, 0)
        f.roomLabel.setBuddy(self.room_box)
        self.room_id = None
        self.room_box.activated.connect(lambda hit: self.choose_room(hit.key, hit.label))
        self.room_box.textEdited.connect(lambda _t: self.choose_room(None, None))
        for kind in ROOM_KINDS:
            f.kind.addItem(KINDS[kind], kind)
        f.hook.addItems(self.svc.free_hooks())
        f.pieces.setValue(2)
        self.sign = self.pad(f.signature, translate("KeysDialog", "The owner signs here"))
        self.wire({"room": self.room_box, "owner": f.owner, "kind": f.kind, "pieces": f.pieces, "hook": f.hook,
                   "contractor": f.contractor, "notes": f.notes, "signature": self.sign, "unsigned": f.unsigned})
        if room_id is not None:
            self.choose_room(room_id, reg.heading(room_id)[0])
        self.room_box.setFocus()

    def choose_room(self, room_id, label) -> None:
        self.room_id = room_id
        self.form.owner.clear()
        if room_id is not None:
            self.room_box.setText(label)
            self.form.owner.addItems(self.svc.owners_of(room_id))
            self.form.owner.setFocus()

    def unsaved(self) -> bool:
        f = self.form
        return bool(f.contractor.text().strip() or f.notes.text().strip() or not self.sign.is_empty())

    def save(self) -> None:
        f = self.form
        if self.room_box.text().strip() and self.room_id is None:
            raise ValidationError(_CHOOSE_ROOM, "room")
        self.result = self.svc.keep(self.actor, self.room_id, owner=f.owner.currentText(), pieces=f.pieces.value(),
                                    hook=f.hook.currentText(), kind=f.kind.currentData(),
                                    contractor=f.contractor.text(), emergency=f.emergency.isChecked(),
                                    notes=f.notes.text(), signature=self.signature(self.sign),
                                    unsigned=f.unsigned.text())


class KeyPublicDialog(_Form):
    """A public key set put in the cabinet: what it opens (the supervisor's places, a building may be put
    before: 3栋水泵房), its hook and count."""

    def __init__(self, store: Store, actor: Actor, parent=None) -> None:
        from frontdesk.ui.forms.ui_key_public_dialog import Ui_KeyPublicDialog
        super().__init__(Ui_KeyPublicDialog, parent)
        f = self.form
        self.svc, self.actor = KeyService(store), actor
        f.place.addItems(self.svc.rules().places)
        f.place.setCurrentText("")
        f.hook.addItems(self.svc.free_hooks())
        self.wire({"place": f.place, "hook": f.hook, "pieces": f.pieces, "notes": f.notes})
        f.place.setFocus()

    def save(self) -> None:
        f = self.form
        self.result = self.svc.register_public(self.actor, place=f.place.currentText(), hook=f.hook.currentText(),
                                               pieces=f.pieces.value(), notes=f.notes.text())


class KeyLendDialog(_Form):
    """借出: who (sales, the owner, staff at once; anyone else with a supervisor's user name and password
    typed here), phone and ID, purpose, the work order it is for, when it is expected back, the
    borrower's signature."""

    def __init__(self, store: Store, actor: Actor, key: SetView, parent=None) -> None:
        from frontdesk.ui.forms.ui_key_lend_dialog import Ui_KeyLendDialog
        super().__init__(Ui_KeyLendDialog, parent)
        f = self.form
        self.svc, self.actor, self.key = KeyService(store), actor, key
        self.setWindowTitle(translate("KeysDialog", "Lend {tag}").format(tag=key.tag))
        f.info.setText(translate("KeysDialog", "{tag} {what}, {n} keys, hook {hook}").format(
            tag=key.tag, what=key.what, n=key.pieces, hook=key.hook))
        f.personKind.addItems(BORROWERS)
        f.purpose.addItems(PURPOSES)
        f.purpose.setCurrentText("")
        f.expectedBack.setDateTime(_moment(clock.now() + timedelta(hours=self.svc.rules().loan_hours)))
        self.sign = self.pad(f.signature, translate("KeysDialog", "The borrower signs here"))
        f.personKind.currentTextChanged.connect(self._approval)
        self._approval(f.personKind.currentText())
        self.wire({"person_kind": f.personKind, "person": f.person, "phone": f.phone, "id_number": f.idNumber,
                   "purpose": f.purpose, "work_order": f.workOrder, "expected_back": f.expectedBack,
                   "approver": f.approver, "approver_password": f.approverPassword, "signature": self.sign,
                   "unsigned": f.unsigned, "key": f.info})
        f.personKind.setFocus()

    def _approval(self, kind: str) -> None:
        """The approving supervisor's fields, only where a loan needs them (``needs_approval``)."""
        need = needs_approval(kind, self.key.room_id) and not self.actor.is_supervisor
        for w in (self.form.approver, self.form.approverPassword, self.form.approverLabel,
                  self.form.approverPasswordLabel):
            w.setVisible(need)

    def unsaved(self) -> bool:
        f = self.form
        return bool(f.person.text().strip() or f.phone.text().strip() or not self.sign.is_empty())

    def failed(self, err) -> None:
        self.form.approverPassword.clear()

    def save(self) -> None:
        f = self.form
        back = f.expectedBack.dateTime()
        d, t = back.date(), back.time()
        self.result = self.svc.lend(
            self.actor, self.key.id, person_kind=f.personKind.currentText(), person=f.person.text(),
            phone=f.phone.text(), id_number=f.idNumber.text(), purpose=f.purpose.currentText(),
            work_order=f.workOrder.text(), expected_back=datetime(d.year(), d.month(), d.day(), t.hour(), t.minute()),
            approver=f.approver.text() if f.approver.isVisible() else "",
            approver_password=f.approverPassword.text(), signature=self.signature(self.sign),
            unsigned=f.unsigned.text())


class KeyBackDialog(_Form):
    """A set comes back to its owner's hand or to the cabinet: 归还 (a loan closed, the count checked) or
    领取 (the owner or the named contractor, on the 钥匙收条: its number scanned or typed)."""

    def __init__(self, store: Store, actor: Actor, key: SetView | None, parent=None, collect: bool = False) -> None:
        from frontdesk.ui.forms.ui_key_back_dialog import Ui_KeyBackDialog
        super().__init__(Ui_KeyBackDialog, parent)
        f = self.form
        self.svc, self.actor, self.key, self.collect = KeyService(store), actor, key, collect
        for w in (f.receipt, f.receiptLabel, f.person, f.personLabel):
            w.setVisible(collect)
        if collect:
            self.setWindowTitle(translate("KeysDialog", "The owner collects the keys (领取)"))
            f.info.setText(translate("KeysDialog", "Scan or type the number on the owner's 钥匙收条, then Enter."))
            f.receipt.installEventFilter(self)
            if key is not None and key.receipt:
                f.receipt.setText(key.receipt)
                self._receipt()
        else:
            self.setWindowTitle(translate("KeysDialog", "{tag} returned (归还)").format(tag=key.tag))
            f.info.setText(translate("KeysDialog", "{tag} {what}: {n} keys went out to {holder}; count what came "
                                                   "back.").format(tag=key.tag, what=key.what, n=key.pieces,
                                                                   holder=key.holder))
            f.pieces.setValue(key.pieces)
        self.sign = self.pad(f.signature, translate("KeysDialog", "The person at the counter signs here"))
        self.wire({"receipt": f.receipt, "person": f.person, "pieces": f.pieces, "note": f.note,
                   "signature": self.sign, "unsigned": f.unsigned, "key": f.info})
        (f.receipt if collect else f.pieces).setFocus()

    def _receipt(self) -> None:
        """The receipt scanned: the set it kept, who may collect it, the count kept — and the renovation
        under way in its room (through the 证件 task's service)."""
        from frontdesk.core.errors import DomainError
        from frontdesk.i18n import error_text
        f = self.form
        try:
            key = self.svc.kept_under(f.receipt.text())
        except DomainError as err:
            f.info.setText(error_text(err))
            return
        self.key = key
        f.person.clear()
        f.person.addItems(key.collectors)
        f.pieces.setValue(key.pieces)
        text = translate("KeysDialog", "{tag} {what}: {n} keys on hook {hook}; may be collected by {names}.").format(
            tag=key.tag, what=key.what, n=key.pieces, hook=key.hook, names="、".join(key.collectors))
        reno = self.svc.renovation_beside(key.room_id)
        if reno:
            text += "\n" + translate("KeysDialog", "Renovation: {reno}").format(reno=reno)
        f.info.setText(text)
        f.person.setFocus()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        """Enter in the receipt's box looks the receipt up (a scanner ends with Enter); it does not save."""
        if watched is self.form.receipt and event.type() == QEvent.Type.KeyPress and \
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self._receipt()
            return True
        return super().eventFilter(watched, event)

    def unsaved(self) -> bool:
        return bool(self.form.note.text().strip() or not self.sign.is_empty())

    def save(self) -> None:
        f = self.form
        if self.collect:
            self.svc.collect(self.actor, f.receipt.text(), person=f.person.currentText(), pieces=f.pieces.value(),
                             note=f.note.text(), signature=self.signature(self.sign), unsigned=f.unsigned.text())
            self.result = f.receipt.text().strip().upper()
        else:
            self.result = self.svc.take_back(self.actor, self.key.id, pieces=f.pieces.value(), note=f.note.text(),
                                             signature=self.signature(self.sign), unsigned=f.unsigned.text())


class KeyHandoverDialog(_Form):
    """交接班盘点: every set the ledger expects in the cabinet, hook by hook; the incoming receptionist ticks
    what is there (Space on a row, or a scanned tag), writes why for each difference, types her user
    name and password; both sign."""

    COLUMNS = (QT_TRANSLATE_NOOP("KeysDialog", "Hook"), QT_TRANSLATE_NOOP("KeysDialog", "Tag"),
               QT_TRANSLATE_NOOP("KeysDialog", "Key"), QT_TRANSLATE_NOOP("KeysDialog", "Keys"),
               QT_TRANSLATE_NOOP("KeysDialog", "There"), QT_TRANSLATE_NOOP("KeysDialog", "Why it differs"))

    def __init__(self, store: Store, actor: Actor, parent=None) -> None:
        from frontdesk.ui.forms.ui_key_handover_dialog import Ui_KeyHandoverDialog
        super().__init__(Ui_KeyHandoverDialog, parent)
        f = self.form
        self.svc, self.actor = KeyService(store), actor
        self.expected = self.svc.expected()
        self.extra: list[str] = []
        f.info.setText(translate("KeysDialog", "{n} key sets should hang in the cabinet. {who} hands over.").format(
            n=len(self.expected), who=actor.display_name))
        t = f.lines
        t.setColumnCount(len(self.COLUMNS))
        t.setHorizontalHeaderLabels([translate("KeysDialog", c) for c in self.COLUMNS])
        t.setRowCount(len(self.expected))
        for r, k in enumerate(self.expected):
            for c, text in enumerate((k.hook, k.tag, k.what, str(k.pieces))):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                t.setItem(r, c, item)
            there = QTableWidgetItem()
            there.setFlags((there.flags() | Qt.ItemFlag.ItemIsUserCheckable) & ~Qt.ItemFlag.ItemIsEditable)
            there.setCheckState(Qt.CheckState.Unchecked)
            t.setItem(r, 4, there)
            t.setItem(r, 5, QTableWidgetItem(""))
        t.resizeColumnsToContents()
        t.horizontalHeader().setStretchLastSection(True)
        t.installEventFilter(self)
        f.scan.installEventFilter(self)  # Enter in the scan box takes the tag, it does not save the count
        self.sign_out = self.pad(f.signature, translate("KeysDialog", "{who} signs here").format(
            who=actor.display_name))
        self.sign_in = self.pad(f.incomingSignature, translate("KeysDialog", "The incoming receptionist signs here"))
        self.wire({"lines": t, "incoming": f.incoming, "incoming_password": f.incomingPassword,
                   "signature": self.sign_out, "incoming_signature": self.sign_in, "unsigned": f.unsigned})
        f.scan.setFocus()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Space ticks the row in focus
        if watched is self.form.scan and event.type() == QEvent.Type.KeyPress and \
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.scanned()
            return True
        if watched is self.form.lines and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Space \
                and self.form.lines.currentColumn() != 5:
            self.tick(self.form.lines.currentRow())
            return True
        return super().eventFilter(watched, event)

    def tick(self, row: int, on: bool | None = None) -> None:
        item = self.form.lines.item(row, 4)
        if item is None:
            return
        now_on = item.checkState() != Qt.CheckState.Checked if on is None else on
        item.setCheckState(Qt.CheckState.Checked if now_on else Qt.CheckState.Unchecked)

    def scanned(self) -> None:
        """A tag scanned: its row ticked; a tag the ledger does not expect in the cabinet is added as 多出."""
        tag = self.form.scan.text().strip().upper()
        self.form.scan.clear()
        if not tag:
            return
        for r, k in enumerate(self.expected):
            if k.tag == tag:
                self.tick(r, True)
                self.form.lines.setCurrentCell(r, 4)
                return
        if tag not in self.extra:
            self.extra.append(tag)
            t = self.form.lines
            r = t.rowCount()
            t.insertRow(r)
            for c, text in enumerate(("", tag, translate("KeysDialog", "not expected in the cabinet"), "")):
                t.setItem(r, c, QTableWidgetItem(text))
            t.setItem(r, 4, QTableWidgetItem("✓"))
            t.setItem(r, 5, QTableWidgetItem(""))
            t.setCurrentCell(r, 5)

    def differences(self) -> tuple[dict[str, str], dict[str, str]]:
        t = self.form.lines
        missing = {k.tag: t.item(r, 5).text() for r, k in enumerate(self.expected)
                   if t.item(r, 4).checkState() != Qt.CheckState.Checked}
        extra = {tag: t.item(len(self.expected) + i, 5).text() for i, tag in enumerate(self.extra)}
        return missing, extra

    def unsaved(self) -> bool:
        return any(self.form.lines.item(r, 4).checkState() == Qt.CheckState.Checked
                   for r in range(len(self.expected))) or bool(self.extra) or not self.sign_out.is_empty()

    def failed(self, err) -> None:
        self.form.incomingPassword.clear()

    def save(self) -> None:
        f = self.form
        missing, extra = self.differences()
        self.result = self.svc.handover(self.actor, incoming=f.incoming.text(),
                                        incoming_password=f.incomingPassword.text(), missing=missing, extra=extra,
                                        signature=self.signature(self.sign_out),
                                        incoming_signature=self.signature(self.sign_in), unsigned=f.unsigned.text())


class KeyRulesDialog(_Form):
    """设置 → 钥匙柜 (a supervisor's): the places of public keys, the cabinet's panels, the loan period."""

    def __init__(self, store: Store, actor: Actor, parent=None) -> None:
        from frontdesk.ui.forms.ui_key_rules_dialog import Ui_KeyRulesDialog
        super().__init__(Ui_KeyRulesDialog, parent)
        f = self.form
        self.svc, self.actor = KeyService(store), actor
        rules = self.read = self.svc.rules()
        f.places.setPlainText("、".join(rules.places))
        f.panels.setText(rules_.panels_text(rules.panels))
        f.loanHours.setText(str(rules.loan_hours))
        for w in (f.places, f.panels, f.loanHours):
            w.setReadOnly(not actor.is_supervisor)
        if not actor.is_supervisor:
            f.info.setText(translate("KeysDialog", "A supervisor changes these rules."))
        self.wire({"places": f.places, "panels": f.panels, "loan_hours": f.loanHours})
        f.places.setFocus()

    def save(self) -> None:
        f = self.form
        self.result = self.svc.set_rules(self.actor, self.read, places=f.places.toPlainText(), panels=f.panels.text(),
                                         loan_hours=f.loanHours.text())
