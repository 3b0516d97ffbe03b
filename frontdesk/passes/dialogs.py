"""The passes and permits' forms: the renovation application, its tests and sign-off, an inspection,
the acceptance, a worker pass (with its photo), a temporary pass, a hot-work permit and a goods
release slip. Each checks every field at once and shows each fault at its field; Ctrl+Enter saves,
Esc cancels (asking first when something was typed)."""
from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QFileDialog, QVBoxLayout, QWidget

from frontdesk.core import clock
from frontdesk.core.audit import Actor
from frontdesk.core.db import Store
from frontdesk.core.errors import QT_TRANSLATE_NOOP, DomainError, ValidationError
from frontdesk.core.money import format_yuan, to_money
from frontdesk.core.people import mask_phone
from frontdesk.fees.service import METHODS
from frontdesk.i18n import translate
from frontdesk.passes import rules as rules_
from frontdesk.passes.models import CONFIRM_WAYS, PRESSURE_SKIPPED, RELEASE_REASONS, TEST_RESULTS
from frontdesk.passes.service import PassService, RenovationView, add_months
from frontdesk.registration.service import RegistrationService
from frontdesk.ui.fielderrors import FormDialog
from frontdesk.ui.forms.ui_acceptance_dialog import Ui_AcceptanceDialog
from frontdesk.ui.forms.ui_hot_work_dialog import Ui_HotWorkDialog
from frontdesk.ui.forms.ui_inspection_dialog import Ui_InspectionDialog
from frontdesk.ui.forms.ui_release_dialog import Ui_ReleaseDialog
from frontdesk.ui.forms.ui_renovation_dialog import Ui_RenovationDialog
from frontdesk.ui.forms.ui_renovation_tests_dialog import Ui_RenovationTestsDialog
from frontdesk.ui.forms.ui_temporary_pass_dialog import Ui_TemporaryPassDialog
from frontdesk.ui.forms.ui_worker_pass_dialog import Ui_WorkerPassDialog
from frontdesk.ui.reason_dialog import ReasonDialog
from frontdesk.ui.search_box import SearchBox, SearchHit

_CHOOSE_ROOM = QT_TRANSLATE_NOOP("Errors", "Choose the room from the list (Enter on it).")


def qdate(day) -> QDate:
    return QDate(day.year, day.month, day.day)


def qmoment(at: datetime) -> QDateTime:
    return QDateTime(qdate(at.date()), QTime(at.hour, at.minute))


class _Form(FormDialog):
    """A passes form: Ctrl+Enter saves as OK does, the hint says so."""

    def __init__(self, ui_class, parent=None) -> None:
        super().__init__(ui_class, parent)
        self.form.hint.setText(translate("PassesDialog", "Ctrl+Enter saves, Esc cancels."))
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.submit)
        self.result = None

    def room_search(self, store: Store, holder, label) -> SearchBox:
        """The shared room search inside a form (Enter on a hit chooses it)."""
        reg = RegistrationService(store)
        box = SearchBox(holder, provider=lambda t: [SearchHit(*h) for h in reg.room_search(t)])
        box.setPlaceholderText(translate("PassesDialog", "room code or resident"))
        QVBoxLayout(holder).addWidget(box)
        holder.layout().setContentsMargins(0, 0, 0, 0)
        label.setBuddy(box)
        self.room_id = None
        box.activated.connect(lambda hit: self._room_chosen(hit.key, hit.label))
        box.textEdited.connect(lambda _t: setattr(self, "room_id", None))
        return box

    def _room_chosen(self, room_id: int, label: str) -> None:
        self.room_id = room_id
        self.room_box.setText(label)

    def chosen_room(self) -> int | None:
        if self.room_box.text().strip() and self.room_id is None:
            raise ValidationError(_CHOOSE_ROOM, "room")
        return self.room_id


class RenovationDialog(_Form):
    """装修申请: the room (its owner from registration), the contractor, the person in charge, the
    planned works (the supervisor's checklist), the period, a structural change with its approval
    number, the documents seen."""

    def __init__(self, store: Store, actor: Actor, parent=None, room_id: int | None = None) -> None:
        super().__init__(Ui_RenovationDialog, parent)
        f = self.form
        self.store, self.actor, self.svc = store, actor, PassService(store)
        self.room_box = self.room_search(store, f.room, f.roomLabel)
        f.owner.setReadOnly(True)
        f.owner.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # shown, not typed: Tab goes on to the contractor
        self.work_boxes = []
        for work in self.svc.rules().works:
            box = QCheckBox(work, f.works)
            f.works.layout().addWidget(box)
            self.work_boxes.append(box)
        if self.work_boxes:  # made here, they would come last in the Tab order: put them after the workers
            f.worksLabel.setBuddy(self.work_boxes[0])
            chain = [f.workers, *self.work_boxes, f.worksOther]
            for before, after in zip(chain, chain[1:]):
                QWidget.setTabOrder(before, after)
        today = clock.today()
        f.start.setDate(qdate(today + timedelta(days=1)))
        f.end.setDate(qdate(today + timedelta(days=60)))
        self.documents = {"申请表": f.docForm, "平面图": f.docPlan, "装修协议": f.docAgreement,
                          "施工单位资质": f.docLicence}
        if room_id is not None:
            code = RegistrationService(store).heading(room_id)
            self._room_chosen(room_id, code[0])
        self.wire({"room": self.room_box, "contractor": f.contractor, "manager": f.manager,
                   "manager_phone": f.managerPhone, "workers": f.workers, "works": f.worksOther,
                   "works_other": f.worksOther, "start": f.start, "end": f.end, "approval_no": f.approvalNo,
                   "documents": f.docAgreement})
        (f.contractor if room_id is not None else self.room_box).setFocus()

    def _room_chosen(self, room_id: int, label: str) -> None:
        super()._room_chosen(room_id, label)
        owner = RegistrationService(self.store).first_owner(room_id)
        name, phone = owner or ("", "")
        self.form.owner.setText(" ".join(x for x in (name, mask_phone(phone)) if x) or  # masked, as the detail pane
                                translate("PassesDialog", "no owner registered"))
        self.form.contractor.setFocus()  # the room is chosen: on to the next field

    def unsaved(self) -> bool:
        f = self.form
        return bool(f.contractor.text().strip() or f.manager.text().strip() or f.worksOther.text().strip())

    def save(self) -> None:
        f = self.form
        self.result = self.svc.apply(
            self.actor, self.chosen_room(), contractor=f.contractor.text(), manager=f.manager.text(),
            manager_phone=f.managerPhone.text(), workers=f.workers.value(),
            works=[b.text() for b in self.work_boxes if b.isChecked()], works_other=f.worksOther.text(),
            start=f.start.date().toPython(), end=f.end.date().toPython(), structural=f.structural.isChecked(),
            approval_no=f.approvalNo.text(), documents=[k for k, b in self.documents.items() if b.isChecked()])


class RenovationTestsDialog(_Form):
    """闭水 and 打压 tests (date, result, witness) and the sign-offs, in the approval period."""

    def __init__(self, store: Store, actor: Actor, reno: RenovationView, parent=None) -> None:
        super().__init__(Ui_RenovationTestsDialog, parent)
        f = self.form
        self.svc, self.actor, self.reno = PassService(store), actor, reno
        self.setWindowTitle(f"{self.windowTitle()} — {reno.number}")
        f.info.setText(f"{reno.number}  {reno.room}  {reno.owner}  {reno.contractor}")
        for box, results in ((f.waterResult, TEST_RESULTS), (f.pressureResult, TEST_RESULTS + (PRESSURE_SKIPPED,))):
            box.addItem(translate("PassesDialog", "not yet"), "")
            for r in results:
                box.addItem(r, r)
        f.waterResult.setCurrentIndex(max(0, f.waterResult.findData(reno.water_test)))
        f.pressureResult.setCurrentIndex(max(0, f.pressureResult.findData(reno.pressure_test)))
        for d in (f.waterOn, f.pressureOn):
            d.setDate(qdate(clock.today()))
        f.ownerSigned.setChecked(reno.owner_signed)
        f.engineer.setText(reno.engineer)
        self.wire({"water_result": f.waterResult, "water_on": f.waterOn, "water_witness": f.waterWitness,
                   "pressure_result": f.pressureResult, "pressure_on": f.pressureOn,
                   "pressure_witness": f.pressureWitness, "engineer": f.engineer})
        f.waterResult.setFocus()

    def save(self) -> None:
        """Each test given is recorded (a fault is shown at that test's fields), then the sign-offs."""
        f = self.form
        for test, result, on, witness in (("water", f.waterResult, f.waterOn, f.waterWitness),
                                          ("pressure", f.pressureResult, f.pressureOn, f.pressureWitness)):
            if result.currentData() and result.currentData() != getattr(self.reno, f"{test}_test"):
                try:
                    self.svc.record_test(self.actor, self.reno.id, test, result.currentData(), on.date().toPython(),
                                         witness.text())
                except ValidationError as err:
                    for e in getattr(err, "errors", [err]):
                        e.field = {"result": f"{test}_result", "on": f"{test}_on", "witness": f"{test}_witness"}.get(
                            e.field, e.field)
                    raise
        self.svc.sign_off(self.actor, self.reno.id, f.ownerSigned.isChecked(), f.engineer.text())
        self.result = True


class InspectionDialog(_Form):
    """巡查: what was found; a violation with what was ordered, a deduction (a supervisor's) and, if
    asked, a work order for the rectification."""

    def __init__(self, store: Store, actor: Actor, reno: RenovationView, parent=None) -> None:
        super().__init__(Ui_InspectionDialog, parent)
        f = self.form
        self.svc, self.actor, self.reno = PassService(store), actor, reno
        self.setWindowTitle(f"{self.windowTitle()} — {reno.number}")
        f.info.setText(f"{reno.number}  {reno.room}  {reno.contractor}")
        f.deduction.setEnabled(actor.is_supervisor)
        if not actor.is_supervisor:
            f.deduction.setToolTip(translate("PassesDialog", "A supervisor records a deduction."))
        self.wire({"detail": f.findings, "ordered": f.ordered, "reason": f.ordered, "deduction": f.deduction})
        f.findings.setFocus()

    def unsaved(self) -> bool:
        return bool(self.form.findings.toPlainText().strip())

    def save(self) -> None:
        f = self.form
        self.result = self.svc.inspect(self.actor, self.reno.id, f.findings.toPlainText(), f.violation.isChecked(),
                                       f.ordered.text(), f.deduction.text().strip() or None, f.makeOrder.isChecked())


class AcceptanceDialog(_Form):
    """装修验收: passed (the owner's deposit back now, less deductions; the contractor's later) or
    not (what to put right and a new date)."""

    def __init__(self, store: Store, actor: Actor, reno: RenovationView, parent=None) -> None:
        super().__init__(Ui_AcceptanceDialog, parent)
        f = self.form
        self.svc, self.actor, self.reno = PassService(store), actor, reno
        self.setWindowTitle(f"{self.windowTitle()} — {reno.number}")
        owner = reno.owner_deposit
        lines = [f"{reno.number}  {reno.room}  {reno.owner}  {reno.contractor}"]
        if owner is not None:
            lines.append(translate("PassesDialog", "Owner's deposit ¥{amount}, deductions ¥{kept}: ¥{back} is paid "
                                                   "back now.").format(amount=f"{owner.amount:,.2f}",
                                                                       kept=f"{reno.deducted:,.2f}",
                                                                       back=f"{owner.amount - reno.deducted:,.2f}"))
        f.info.setText("\n".join(lines))
        f.passed.setChecked(True)
        f.recheckOn.setDate(qdate(clock.today() + timedelta(days=7)))
        for m in METHODS:
            f.method.addItem(m, m)
        f.passed.toggled.connect(self._passed)
        self._passed(True)
        self.wire({"reason": f.rectify, "recheck_on": f.recheckOn, "method": f.method, "reference": f.reference,
                   "amount": f.method})
        f.passed.setFocus()

    def _passed(self, on: bool) -> None:
        f = self.form
        for w in (f.rectify, f.recheckOn):
            w.setEnabled(not on)
        for w in (f.method, f.reference):
            w.setEnabled(on)

    def save(self) -> None:
        f = self.form
        self.result = self.svc.accept(self.actor, self.reno.id, f.passed.isChecked(), f.rectify.text(),
                                      f.recheckOn.date().toPython(), f.method.currentData(), f.reference.text())


class WorkerPassDialog(_Form):
    """施工人员出入证 under the renovation chosen: the worker, the ID (checked), phone, trade, photo
    (an image file chosen at the desk), how long (up to the rule's months, never past the permit);
    its deposit and card fee on ordinary receipts."""

    def __init__(self, store: Store, actor: Actor, reno: RenovationView, parent=None) -> None:
        super().__init__(Ui_WorkerPassDialog, parent)
        f = self.form
        self.svc, self.actor, self.reno = PassService(store), actor, reno
        rules = self.svc.rules()
        self.setWindowTitle(f"{self.windowTitle()} — {reno.number}")
        f.info.setText(translate("PassesDialog", "{number}  {room}  {contractor}; permit until {end}. Deposit ¥{deposit} "
                                                 "and card fee ¥{fee} are taken now.").format(
            number=reno.number, room=reno.room, contractor=reno.contractor, end=f"{reno.end:%Y-%m-%d}",
            deposit=f"{rules.worker_deposit:,.2f}", fee=f"{rules.worker_card_fee:,.2f}"))
        f.validTo.setDate(qdate(min(reno.end, add_months(clock.today(), rules.worker_months))))
        for m in METHODS:
            f.method.addItem(m, m)
        f.method.currentIndexChanged.connect(lambda _i: f.reference.setEnabled(f.method.currentData() != "现金"))
        f.reference.setEnabled(False)
        self.photo: bytes | None = None
        f.photo.setReadOnly(True)
        f.photoButton.clicked.connect(self.choose_photo)
        self.wire({"holder": f.name, "id_number": f.idNumber, "phone": f.phone, "purpose": f.trade,
                   "valid_to": f.validTo, "photo": f.photo, "method": f.method, "reference": f.reference,
                   "renovation": f.name})
        f.name.setFocus()

    def choose_photo(self, path: str | None = None) -> None:
        """An image file for the card (read at once; a file that is too large or not a picture is
        refused at the field when saving)."""
        if not path:
            path = QFileDialog.getOpenFileName(self, translate("PassesDialog", "Photo"), "",
                                               translate("PassesDialog", "Pictures (*.png *.jpg *.jpeg)"))[0]
        if not path:
            return
        p = Path(path)
        self.photo = p.read_bytes()  # the service refuses more than MAX_PHOTO, saying how large it is
        self.form.photo.setText(f"{p.name}（{len(self.photo) // 1024} KB）")

    def unsaved(self) -> bool:
        f = self.form
        return bool(f.name.text().strip() or f.idNumber.text().strip())

    def save(self) -> None:
        f = self.form
        self.result = self.svc.issue_worker(
            self.actor, self.reno.id, name=f.name.text(), id_number=f.idNumber.text(), phone=f.phone.text(),
            trade=f.trade.text(), photo=self.photo, valid_to=f.validTo.date().toPython(),
            method=f.method.currentData(), reference=f.reference.text())


class TemporaryPassDialog(_Form):
    """临时出入证: the holder (ID checked), the reason, the room visited, a few days."""

    def __init__(self, store: Store, actor: Actor, parent=None, room_id: int | None = None) -> None:
        super().__init__(Ui_TemporaryPassDialog, parent)
        f = self.form
        self.svc, self.actor, self.store = PassService(store), actor, store
        self.room_box = self.room_search(store, f.room, f.roomLabel)
        if room_id is not None:
            self._room_chosen(room_id, RegistrationService(store).heading(room_id)[0])
        days = self.svc.rules().temporary_days
        f.days.setMaximum(days)
        f.days.setValue(days)
        self.wire({"holder": f.name, "id_number": f.idNumber, "phone": f.phone, "purpose": f.reason,
                   "room": self.room_box, "days": f.days})
        f.name.setFocus()

    def unsaved(self) -> bool:
        f = self.form
        return bool(f.name.text().strip() or f.idNumber.text().strip() or f.reason.text().strip())

    def save(self) -> None:
        f = self.form
        self.result = self.svc.issue_temporary(self.actor, name=f.name.text(), id_number=f.idNumber.text(),
                                               phone=f.phone.text(), reason=f.reason.text(),
                                               room_id=self.chosen_room(), days=f.days.value())


class HotWorkDialog(_Form):
    """动火证: under a permit in force or for a common-area job at a named place; the welder and the
    certificate; the window; the fire measures and the watcher. A receptionist's waits for a
    supervisor's approval; a supervisor's is approved as it is saved."""

    def __init__(self, store: Store, actor: Actor, parent=None, renovation_id: int | None = None) -> None:
        super().__init__(Ui_HotWorkDialog, parent)
        f = self.form
        self.svc, self.actor = PassService(store), actor
        f.renovation.addItem(translate("PassesDialog", "— a common-area job —"), None)
        for r in self.svc.renovations("issued"):
            f.renovation.addItem(f"{r.number} {r.room} {r.contractor}", r.id)
        if renovation_id is not None:
            f.renovation.setCurrentIndex(max(0, f.renovation.findData(renovation_id)))
        at = clock.now().replace(second=0, microsecond=0)
        f.start.setDateTime(qmoment(at))
        f.end.setDateTime(qmoment(at + timedelta(hours=4)))
        f.certExpiry.setDate(qdate(clock.today()))
        self.wire({"renovation": f.renovation, "place": f.place, "holder": f.welder, "id_number": f.idNumber,
                   "cert_no": f.certNo, "cert_expiry": f.certExpiry, "end": f.end, "extinguisher": f.extinguisher,
                   "cleared": f.cleared, "watcher": f.watcher})
        f.renovation.setFocus()

    def unsaved(self) -> bool:
        f = self.form
        return bool(f.welder.text().strip() or f.idNumber.text().strip() or f.certNo.text().strip())

    def save(self) -> None:
        f = self.form
        self.result = self.svc.issue_hot_work(
            self.actor, f.renovation.currentData(), place=f.place.text(), welder=f.welder.text(),
            id_number=f.idNumber.text(), cert_no=f.certNo.text(), cert_expiry=f.certExpiry.date().toPython(),
            start=f.start.dateTime().toPython(), end=f.end.dateTime().toPython(),
            extinguisher=f.extinguisher.isChecked(), cleared=f.cleared.isChecked(), watcher=f.watcher.text())


class ReleaseDialog(_Form):
    """物品放行条: the room, the bearer (ID checked), the reason, the goods (a line each: name and
    quantity), the plate, when; the owner's confirmation — a tenant's needs a registered owner's;
    a room with fees owed needs a supervisor and a reason."""

    def __init__(self, store: Store, actor: Actor, parent=None, room_id: int | None = None) -> None:
        super().__init__(Ui_ReleaseDialog, parent)
        f = self.form
        self.svc, self.actor, self.store = PassService(store), actor, store
        self.room_box = self.room_search(store, f.room, f.roomLabel)
        for r in RELEASE_REASONS:
            f.reason.addItem(r, r)
        for w in CONFIRM_WAYS:
            f.confirmedHow.addItem(w, w)
        f.items.setPlaceholderText(translate("PassesDialog", "沙发 1\n纸箱 12"))
        f.planned.setDateTime(qmoment(clock.now().replace(second=0, microsecond=0) + timedelta(minutes=30)))
        f.arrearsReason.setEnabled(actor.is_supervisor)
        if room_id is not None:
            self._room_chosen(room_id, RegistrationService(store).heading(room_id)[0])
        self.wire({"room": self.room_box, "holder": f.bearer, "id_number": f.idNumber, "phone": f.phone,
                   "reason": f.reason, "items": f.items, "plate": f.plate, "planned": f.planned,
                   "who": f.confirmedBy, "confirmed_by": f.confirmedBy, "confirmed_how": f.confirmedHow,
                   "arrears_reason": f.arrearsReason})
        f.idNumber.editingFinished.connect(self._tenant_from_register)
        (f.bearer if room_id is not None else self.room_box).setFocus()

    def _room_chosen(self, room_id: int, label: str) -> None:
        super()._room_chosen(room_id, label)
        owner = RegistrationService(self.store).first_owner(room_id)
        if owner and not self.form.confirmedBy.text():
            self.form.confirmedBy.setPlaceholderText(owner[0])
        self._tenant_from_register()

    def _tenant_from_register(self) -> None:
        """The register says whose goods these are: a tenant's (or a let room's stranger's) tick 租户
        and keep it, for the owner must confirm; otherwise the desk decides."""
        tenant = self.room_id is not None and self.svc.tenant_goods(self.room_id, self.form.idNumber.text())
        box = self.form.tenant
        if tenant:
            box.setChecked(True)
        elif not box.isEnabled():
            box.setChecked(False)
        box.setEnabled(not tenant)
        box.setToolTip(translate("PassesDialog", "The register shows a tenant's goods (or a let room): the owner "
                                                 "must confirm.") if tenant else "")

    def unsaved(self) -> bool:
        f = self.form
        return bool(f.bearer.text().strip() or f.items.toPlainText().strip())

    def items(self) -> list[tuple[str, str]]:
        """The goods as typed, a line each: the name, then its quantity (沙发 1; 纸箱 x12 reads as 12)."""
        import re
        out = []
        for line in self.form.items.toPlainText().splitlines():
            line = line.strip()
            if not line:
                continue
            m = re.fullmatch(r"(.*?)(?:\s*[×*]\s*|\s+[xX]\s*|\s+|(?<=[^\x00-\x7f]))(\d+)\s*(?:件|个|台|张|箱|套|只)?",
                             line)  # 沙发 1, 纸箱 x12, 纸箱×3, 沙发1 — not Xbox's x, not iPhone15's 15
            out.append((m.group(1).strip(), m.group(2)) if m and m.group(1).strip() else (line, ""))
        return out

    def save(self) -> None:
        f = self.form
        self.result = self.svc.issue_release(
            self.actor, self.chosen_room(), bearer=f.bearer.text(), id_number=f.idNumber.text(), phone=f.phone.text(),
            reason=f.reason.currentData(), items=self.items(), plate=f.plate.text(),
            planned=f.planned.dateTime().toPython(), confirmed_by=f.confirmedBy.text(),
            confirmed_how=f.confirmedHow.currentData(), tenant=f.tenant.isChecked(),
            arrears_reason=f.arrearsReason.text())


class PassRulesDialog(_Form):
    """设置 → 证件规则 (a supervisor's): the deposits and fees, how long each paper holds, when approval
    is due, the working hours printed on the permit and the works checklist — every fault at its field."""

    FIELDS = {"owner_deposit": "ownerDeposit", "owner_deposit_structural": "ownerDepositStructural",
              "contractor_deposit": "contractorDeposit", "waste_fee": "wasteFee",
              "approve_workdays": "approveWorkdays", "contractor_refund_months": "contractorRefundMonths",
              "worker_deposit": "workerDeposit", "worker_card_fee": "workerCardFee", "worker_months": "workerMonths",
              "temporary_days": "temporaryDays", "hot_work_hours": "hotWorkHours", "working_hours": "workingHours",
              "quiet_days": "quietDays"}

    def __init__(self, store: Store, actor: Actor, parent=None) -> None:
        from frontdesk.ui.forms.ui_pass_rules_dialog import Ui_PassRulesDialog
        super().__init__(Ui_PassRulesDialog, parent)
        f = self.form
        self.svc, self.actor = PassService(store), actor
        rules = self.read = self.svc.rules()
        for key, name in self.FIELDS.items():
            getattr(f, name).setText(str(getattr(rules, key)))
            getattr(f, name).setReadOnly(not actor.is_supervisor)
        f.works.setPlainText("、".join(rules.works))
        f.works.setReadOnly(not actor.is_supervisor)
        for key, name in rules_.TEMPORARY_PAPERS.items():
            f.temporaryPaper.addItem(translate("PassesDialog", name), key)
        f.temporaryPaper.setCurrentIndex(f.temporaryPaper.findData(rules.temporary_paper))
        f.temporaryPaper.setEnabled(actor.is_supervisor)
        if not actor.is_supervisor:
            f.info.setText(translate("PassesDialog", "A supervisor changes these rules."))
        self.wire({**{key: getattr(f, name) for key, name in self.FIELDS.items()}, "works": f.works,
                   "temporary_paper": f.temporaryPaper})
        f.ownerDeposit.setFocus()

    def save(self) -> None:
        f = self.form
        self.result = self.svc.set_rules(self.actor, self.read,
                                         **{key: getattr(f, name).text() for key, name in self.FIELDS.items()},
                                         works=f.works.toPlainText(), temporary_paper=f.temporaryPaper.currentData())


class MoneyDialog(ReasonDialog):
    """收款 of a renovation: what it waits for (``info``, ``total``), how it is paid and, in cash, what
    the payer hands over — the change shown as it is typed, as on the 收费 tab. ``act(values)``
    takes the money (values: cash received as ``amount``, method, reference)."""

    def __init__(self, parent, title: str, info: str, total: Decimal, act) -> None:
        self.total, self.change = total, None
        super().__init__(parent, title, info, act, amount=translate("PassesTab", "&Cash received (yuan)"),
                         methods=METHODS, reason=False, method_label=translate("PassesTab", "Paid &by"),
                         names={"amount": "cash_received"})
        from PySide6.QtWidgets import QLabel
        self.change = QLabel(self)
        self.change.setObjectName("changeLabel")
        self.form.form.insertRow(1, self.change)  # under the cash received
        self.form.amount.textChanged.connect(self._show_change)
        self._method_changed()

    def _method_changed(self, *_args) -> None:
        super()._method_changed()
        if self.change is None:
            return
        cash = self.form.method.currentData() == "现金"
        self.form.amount.setEnabled(cash)
        self.form.amountLabel.setEnabled(cash)
        self._show_change()

    def _show_change(self, *_args) -> None:
        text = self.form.amount.text().strip()
        shown = ""
        if self.form.method.currentData() == "现金" and text:
            try:
                cash = to_money(text, "cash_received")
            except DomainError:
                cash = None
            if cash is not None:
                shown = translate("PassesTab", "Change {amount}").format(amount=format_yuan(cash - self.total)) \
                    if cash >= self.total else translate("PassesTab", "Not enough cash")
        self.change.setText(shown)

    def values(self) -> dict:
        out = super().values()
        if self.form.method.currentData() != "现金":
            out["amount"] = ""  # typed before the method changed: not cash, nothing to give back
        return out
