"""Registration dialogs: a building from a pattern, a resident, a room, custody, a call, a small
registration, the roster import. Each shows a service's error at its field and changes nothing."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QVBoxLayout

from frontdesk.core import clock
from frontdesk.core.audit import Actor
from frontdesk.core.db import Store
from frontdesk.core.errors import QT_TRANSLATE_NOOP, DomainError
from frontdesk.i18n import error_text, translate
from frontdesk.registration.calls import CallLogService, SmallRegistrationService, next_batch_day
from frontdesk.registration.custody import CustodyService
from frontdesk.registration.models import CHANNELS, ID_TYPES, INSPECTION_KINDS, RELATIONS, ROOM_STATES, ROOM_USES, SMALL_KINDS
from frontdesk.registration.roster import RosterImport, read_rows, write_errors
from frontdesk.registration.service import RegistrationService, plan_building
from frontdesk.ui import msgbox
from frontdesk.ui.fielderrors import FormDialog
from frontdesk.ui.forms.ui_building_dialog import Ui_BuildingDialog
from frontdesk.ui.forms.ui_call_dialog import Ui_CallDialog
from frontdesk.ui.forms.ui_custody_dialog import Ui_CustodyDialog
from frontdesk.ui.forms.ui_import_dialog import Ui_ImportDialog
from frontdesk.ui.forms.ui_person_dialog import Ui_PersonDialog
from frontdesk.ui.forms.ui_room_dialog import Ui_RoomDialog
from frontdesk.ui.forms.ui_small_registration_dialog import Ui_SmallRegistrationDialog
from frontdesk.ui.search_box import SearchBox, SearchHit
from frontdesk.ui.worker import Job
from frontdesk.ui import qclock


PREVIEW_COLUMNS = (QT_TRANSLATE_NOOP("Columns", "Room"), QT_TRANSLATE_NOOP("Columns", "Entrance"),
                   QT_TRANSLATE_NOOP("Columns", "Floor"), QT_TRANSLATE_NOOP("Columns", "Area (m²)"))


def fill(combo, values, current: str | None = None) -> None:
    for v in values:
        combo.addItem(v, v)
    if current is not None:
        combo.setCurrentIndex(max(0, combo.findData(current)))


class BuildingDialog(FormDialog):
    """批量建房: a building's rooms from entrances × floors × rooms per floor, previewed before writing."""

    def __init__(self, store: Store, actor: Actor, parent=None) -> None:
        super().__init__(Ui_BuildingDialog, parent)
        f = self.form
        self.store, self.actor, self.created = store, actor, 0
        fill(f.use, ROOM_USES, "住宅")
        fill(f.state, ROOM_STATES, "未交付")
        f.areas.setPlaceholderText(translate("BuildingDialog", "one per room position, e.g. 89.5, 120.25"))
        f.preview.setColumnCount(4)
        f.preview.setHorizontalHeaderLabels([translate("Columns", c) for c in PREVIEW_COLUMNS])
        f.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        f.preview.verticalHeader().hide()
        for w in (f.entrances, f.floors, f.perFloor):
            w.valueChanged.connect(self.refresh_preview)
        for w in (f.building, f.areas):
            w.textChanged.connect(self.refresh_preview)
        self.wire({"building": f.building, "entrances": f.entrances, "floors": f.floors, "per_floor": f.perFloor,
                   "areas": f.areas, "use": f.use, "state": f.state})
        self.resize(self.width(), 620)
        self.refresh_preview()

    def plan(self):
        f = self.form
        areas = [a for a in f.areas.text().replace("，", ",").replace(" ", ",").split(",") if a.strip()]
        return plan_building(f.entrances.value(), f.floors.value(), f.perFloor.value(), areas)

    def refresh_preview(self, *_args) -> None:
        f = self.form
        try:
            plan = self.plan()
        except DomainError as err:
            f.previewLabel.setText(error_text(err))
            f.preview.setRowCount(0)
            return
        code = f.building.text().strip().upper() or "?"
        f.previewLabel.setText(translate("BuildingDialog", "{n} rooms will be created (the first 200 are shown):")
                               .format(n=len(plan)))
        shown = plan[:200]
        f.preview.setRowCount(len(shown))
        for i, p in enumerate(shown):
            for c, v in enumerate((f"{code}-{p.entrance}-{p.number}", p.entrance, str(p.floor), str(p.area))):
                f.preview.setItem(i, c, QTableWidgetItem(v))

    def save(self) -> None:
        f = self.form
        self.created = RegistrationService(self.store).create_building_rooms(
            self.actor, f.building.text(), self.plan(), f.use.currentData(), f.state.currentData(), f.buildingName.text())


class PersonDialog(FormDialog):
    """登记住户: an owner, family member, tenant or agent of the room."""

    def __init__(self, store: Store, actor: Actor, room_id: int, room_label: str, parent=None) -> None:
        super().__init__(Ui_PersonDialog, parent)
        f = self.form
        self.store, self.actor, self.room_id = store, actor, room_id
        self.setWindowTitle(translate("PersonDialog", "Register a resident — {room}").format(room=room_label))
        fill(f.relation, RELATIONS, "业主")
        fill(f.idType, ID_TYPES, "居民身份证")
        f.since.setDate(qclock.today())
        f.plate.setPlaceholderText("浙A12345")
        f.document.setPlaceholderText(translate("PersonDialog", "date or number of the power of attorney (agents)"))
        f.isCompany.toggled.connect(lambda on: f.idType.setCurrentIndex(f.idType.findData(
            "统一社会信用代码" if on else "居民身份证")))
        self.wire({"relation": f.relation, "name": f.name, "id_type": f.idType, "id_number": f.idNumber,
                   "phone": f.phone, "phone2": f.phone2, "emergency_phone": f.emergencyPhone, "document": f.document,
                   "plate": f.plate, "since": f.since})
        f.name.setFocus()

    def save(self) -> None:
        f = self.form
        RegistrationService(self.store).add_person(
            self.actor, self.room_id, name=f.name.text(), relation=f.relation.currentData(),
            id_type=f.idType.currentData(), id_number=f.idNumber.text(), phone=f.phone.text(), phone2=f.phone2.text(),
            is_company=f.isCompany.isChecked(), since=f.since.date().toPython(),
            emergency_contact=f.emergencyContact.text(), emergency_phone=f.emergencyPhone.text(), note=f.note.text(),
            document=f.document.text(), plate=f.plate.text(), parking_space=f.parkingSpace.text())


class RoomDialog(FormDialog):
    def __init__(self, store: Store, actor: Actor, card, parent=None) -> None:
        super().__init__(Ui_RoomDialog, parent)
        f = self.form
        self.store, self.actor, self.room_id = store, actor, card.room_id
        self.setWindowTitle(translate("RoomDialog", "Edit room {room}").format(room=card.label))
        f.area.setText(str(card.area))
        fill(f.use, ROOM_USES, card.use)
        fill(f.state, ROOM_STATES, card.state)
        self.wire({"area": f.area, "use": f.use, "state": f.state})

    def save(self) -> None:
        f = self.form
        RegistrationService(self.store).update_room(self.actor, self.room_id, area=f.area.text(),
                                                    use=f.use.currentData(), state=f.state.currentData())


class CustodyDialog(FormDialog):
    """Start custody (``custody_id`` None), record an inspection, or end it (``ending``)."""

    def __init__(self, store: Store, actor: Actor, room_id: int, room_label: str, parent=None,
                 custody_id: int | None = None, ending: bool = False) -> None:
        super().__init__(Ui_CustodyDialog, parent)
        f = self.form
        self.store, self.actor, self.room_id, self.custody_id, self.ending = store, actor, room_id, custody_id, ending
        self.over_limit = False
        f.day.setDate(qclock.today())
        fill(f.kind, INSPECTION_KINDS, "每周巡查")
        if custody_id is None:
            title, hint = translate("CustodyDialog", "Put {room} into custody"), translate(
                "CustodyDialog", "Date of the custody agreement and the meter readings at the start.")
            f.dayLabel.setText(translate("CustodyDialog", "Agreement &date"))
        elif ending:
            title, hint = translate("CustodyDialog", "End the custody of {room}"), translate(
                "CustodyDialog", "The date the owner takes the room back and the meter readings then.")
        else:
            title, hint = translate("CustodyDialog", "Inspection of {room}"), translate(
                "CustodyDialog", "Weekly, and before and after heavy rain. Read both meters.")
        for w in (f.kind, f.kindLabel):
            w.setVisible(custody_id is not None and not ending)
        self.setWindowTitle(title.format(room=room_label))
        f.hint.setText(hint)
        self.wire({"agreement_date": f.day, "inspected_on": f.day, "ended_on": f.day, "kind": f.kind,
                   "water": f.water, "power": f.power, "note": f.note})
        f.water.setFocus()

    def save(self) -> None:
        f = self.form
        svc = CustodyService(self.store)
        day = f.day.date().toPython()
        if self.custody_id is None:
            svc.start(self.actor, self.room_id, day, f.water.text(), f.power.text())
        elif self.ending:
            svc.end(self.actor, self.custody_id, day, f.water.text(), f.power.text())
        else:
            self.over_limit = svc.inspect(self.actor, self.custody_id, day, f.kind.currentData(), f.water.text(),
                                          f.power.text(), f.note.text())


class CallDialog(FormDialog):
    """来电来访: time defaults to now, the room from the search box; Ctrl+Enter saves, Esc cancels."""

    def __init__(self, store: Store, actor: Actor, parent=None, room: SearchHit | None = None) -> None:
        super().__init__(Ui_CallDialog, parent)
        f = self.form
        self.store, self.actor = store, actor
        self.room_id = room.key if room else None
        f.at.setDateTime(qclock.now())
        fill(f.channel, CHANNELS, "电话")
        self.room_box = SearchBox(f.roomHolder, provider=lambda t: room_hits(store, t))
        self.room_box.setPlaceholderText(translate("CallDialog", "room code or resident (optional)"))
        QVBoxLayout(f.roomHolder).addWidget(self.room_box)
        f.roomHolder.layout().setContentsMargins(0, 0, 0, 0)
        f.roomLabel.setBuddy(self.room_box)
        self.prefilled = ("", "")
        if room:
            self.room_box.setText(room.label)
            self._prefill_caller(room.key)
        self.room_box.activated.connect(self._room_chosen)
        self.room_box.textEdited.connect(lambda _t: setattr(self, "room_id", None))
        f.promised.setDateTime(qclock.now().addSecs(2 * 3600))
        f.promised.setEnabled(False)
        f.promise.toggled.connect(f.promised.setEnabled)
        f.hint.setText(translate("CallDialog", "Ctrl+Enter saves, Esc cancels."))
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.submit)
        for box in (f.content, f.answer):  # text boxes keep Ctrl+Enter for themselves: take it first
            box.installEventFilter(self)
        self.setTabOrder(f.content, f.answer)
        self.wire({"content": f.content, "channel": f.channel, "phone": f.phone, "at": f.at,
                   "promised_at": f.promised, "room": self.room_box})
        f.content.setFocus()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.submit()
            return True
        return super().eventFilter(obj, event)

    def _room_chosen(self, hit: SearchHit) -> None:
        self.room_id = hit.key
        self.room_box.setText(hit.label)
        self._prefill_caller(hit.key)
        self.form.channel.setFocus()

    def _prefill_caller(self, room_id: int) -> None:
        """The caller is most often the room's owner: filled in, editable; what the desk typed stays."""
        f = self.form
        if (f.caller.text(), f.phone.text()) != self.prefilled:
            return
        owner = RegistrationService(self.store).first_owner(room_id) or ("", "")
        f.caller.setText(owner[0])
        f.phone.setText(owner[1] or "")
        self.prefilled = (f.caller.text(), f.phone.text())

    def save(self) -> None:
        f = self.form
        CallLogService(self.store).log(
            self.actor, content=f.content.toPlainText(), channel=f.channel.currentData(), room_id=self.room_id,
            caller=f.caller.text(), phone=f.phone.text(), answer=f.answer.toPlainText(),
            at=f.at.dateTime().toPython().replace(second=0, microsecond=0),
            promised_at=f.promised.dateTime().toPython().replace(second=0, microsecond=0)
            if f.promise.isChecked() else None)


class SmallRegistrationDialog(FormDialog):
    def __init__(self, store: Store, actor: Actor, room_id: int, room_label: str, parent=None) -> None:
        super().__init__(Ui_SmallRegistrationDialog, parent)
        f = self.form
        self.store, self.actor, self.room_id = store, actor, room_id
        self.setWindowTitle(translate("SmallRegistrationDialog", "Small registration — {room}").format(room=room_label))
        fill(f.kind, SMALL_KINDS)
        f.hint.setText(translate("SmallRegistrationDialog", "Done in the weekend batch of {day}; tell the owner "
                                                            "beforehand.").format(day=next_batch_day(
                                                                clock.today()).isoformat()))
        self.wire({"kind": f.kind, "contact": f.contact, "phone": f.phone, "note": f.note})

    def save(self) -> None:
        f = self.form
        SmallRegistrationService(self.store).register(self.actor, self.room_id, f.kind.currentData(),
                                                      f.contact.text(), f.phone.text(), f.note.text())


class ImportDialog(QDialog):
    """导入花名册 with a progress bar; the work runs off the GUI thread."""

    def __init__(self, store: Store, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.form = f = Ui_ImportDialog()
        f.setupUi(self)
        self.store, self.actor = store, actor
        self.path: Path | None = None
        self.result = None
        self.rows = []
        self.job: Job | None = None
        f.intro.setText(translate("ImportDialog", "Every row is checked first. Good rows go in together in one step; "
                                                  "bad rows are listed with the reason and can be saved to a workbook, "
                                                  "fixed and imported again. Importing the same file twice changes "
                                                  "nothing."))
        f.chooseButton.clicked.connect(self.choose)
        f.startButton.clicked.connect(self.start)
        f.errorsButton.clicked.connect(self.save_errors)
        f.closeButton.clicked.connect(self.accept)

    def choose(self) -> None:
        name = msgbox.open_file(self, self.windowTitle(), "", translate("ImportDialog", "Excel workbooks (*.xlsx)"))
        if name:
            self.set_file(Path(name))

    def set_file(self, path: Path) -> None:
        self.path = path
        self.form.path.setText(str(path))
        self.form.startButton.setEnabled(True)
        self.form.startButton.setFocus()

    def start(self) -> Job | None:
        if self.path is None:
            return None
        f = self.form
        for w in (f.startButton, f.chooseButton, f.closeButton, f.errorsButton):
            w.setEnabled(False)
        f.result.setText(translate("ImportDialog", "Checking and importing…"))
        importer = RosterImport(self.store, translate)
        path, strict, actor = self.path, f.strict.isChecked(), self.actor
        self.job = Job(lambda progress: importer.run(actor, path, strict, progress), self)
        self.job.progress.connect(lambda done, total: (f.progress.setMaximum(max(total, 1)), f.progress.setValue(done)))
        self.job.finished.connect(self._done)
        self.job.failed.connect(self._failed)
        return self.job.start()

    def _done(self, outcome) -> None:
        f = self.form
        self.result, self.rows = outcome
        r = self.result
        f.progress.setValue(f.progress.maximum())
        if r.written:
            text = translate("ImportDialog", "{good} rows went in: {rooms} new rooms, {people} new people, {same} "
                                             "already present. {bad} rows were rejected.").format(
                good=r.good, rooms=r.rooms_created, people=r.people_created, same=r.already_present, bad=r.bad)
        else:
            text = translate("ImportDialog", "Nothing was imported: {bad} of {rows} rows were rejected.").format(
                bad=r.bad, rows=r.rows)
        lines = [translate("ImportDialog", "Row {line}: {reason}").format(line=line, reason=reason)
                 for line, reason in r.errors[:8]]
        if len(r.errors) > 8:
            lines.append(translate("ImportDialog", "… and {n} more (save the rejected rows to see them all)")
                         .format(n=len(r.errors) - 8))
        f.result.setText("\n".join([text, *lines]))
        for w in (f.chooseButton, f.closeButton):
            w.setEnabled(True)
        f.errorsButton.setEnabled(bool(r.errors))
        f.startButton.setEnabled(not r.written)
        (f.errorsButton if r.errors else f.closeButton).setFocus()

    def done(self, result: int) -> None:
        """The dialog does not close while an import is running (Esc included)."""
        if self.job is not None and self.job.running():
            return
        super().done(result)

    def _failed(self, exc) -> None:
        f = self.form
        f.result.setText(error_text(exc) if isinstance(exc, DomainError) else str(exc))
        for w in (f.chooseButton, f.closeButton, f.startButton):
            w.setEnabled(True)

    def save_errors(self) -> Path | None:
        suffix = translate("ImportDialog", "to fix")
        header, _ = read_rows(self.path)
        file_errors = [reason for line, reason in self.result.errors if line == 1]
        return msgbox.save_to(self, self.windowTitle(), f"{self.path.stem}-{suffix}.xlsx",
                              translate("ImportDialog", "Excel workbooks (*.xlsx)"), ".xlsx",
                              lambda path: write_errors(self.rows, header, path, file_errors))


def room_hits(store: Store, text: str) -> list[SearchHit]:
    """The shared search box's results: rooms and people together, each pointing at a room."""
    return [SearchHit(*h) for h in RegistrationService(store).room_search(text)]


