"""The 登记 tab: one search box (Ctrl+F), the rooms list and the room card, custody rooms, the
call-and-visit log, small registrations. Thin: every rule is in the services."""
from __future__ import annotations

import html
import json

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QDialog, QHeaderView, QPlainTextEdit, QTableWidgetItem, QVBoxLayout, QWidget)

from frontdesk.core import clock
from frontdesk.core.audit import ACTIONS, Actor
from frontdesk.core.db import Store
from frontdesk.core.errors import QT_TRANSLATE_NOOP, DomainError
from frontdesk.i18n import error_text, translate
from frontdesk.registration.calls import STATUS, CallLogService, SmallRegistrationService
from frontdesk.registration.custody import CustodyService
from frontdesk.registration.dialogs import (BuildingDialog, CallDialog, CustodyDialog, ImportDialog, PersonDialog,
                                            RoomDialog, SmallRegistrationDialog, room_hits)
from frontdesk.registration.models import CHANNELS, ROOM_STATES
from frontdesk.registration.roster import write_template
from frontdesk.registration.service import RegistrationService
from frontdesk.ui import msgbox
from frontdesk.ui.forms.ui_registration_tab import Ui_RegistrationTab
from frontdesk.ui.lazy_model import LazyTableModel, show_in
from frontdesk.ui.search_box import SearchBox, SearchHit
from frontdesk.ui import qclock

ATTENTION = "#fde2e1"
CUSTODY_COLUMNS = (QT_TRANSLATE_NOOP("Columns", "Room"), QT_TRANSLATE_NOOP("Columns", "Agreement"),
                   QT_TRANSLATE_NOOP("Columns", "Last inspection"), QT_TRANSLATE_NOOP("Columns", "Days since"),
                   QT_TRANSLATE_NOOP("Columns", "Water used (m³)"), QT_TRANSLATE_NOOP("Columns", "Electricity used (kWh)"))
SMALL_COLUMNS = (QT_TRANSLATE_NOOP("Columns", "Room"), QT_TRANSLATE_NOOP("Columns", "Kind"),
                 QT_TRANSLATE_NOOP("Columns", "Contact"), QT_TRANSLATE_NOOP("Columns", "Phone"),
                 QT_TRANSLATE_NOOP("Columns", "Note"), QT_TRANSLATE_NOOP("Columns", "Status"))
CARD_WORDS = (
    QT_TRANSLATE_NOOP("RoomCard", "State"),
    QT_TRANSLATE_NOOP("RoomCard", "Area"),
    QT_TRANSLATE_NOOP("RoomCard", "Use"),
    QT_TRANSLATE_NOOP("RoomCard", "Floor"),
    QT_TRANSLATE_NOOP("RoomCard", "show"),
    QT_TRANSLATE_NOOP("RoomCard", "history"),
    QT_TRANSLATE_NOOP("RoomCard", "moved out"),
    QT_TRANSLATE_NOOP("RoomCard", "Owners and residents"),
    QT_TRANSLATE_NOOP("RoomCard", "Name"),
    QT_TRANSLATE_NOOP("RoomCard", "Relation"),
    QT_TRANSLATE_NOOP("RoomCard", "ID"),
    QT_TRANSLATE_NOOP("RoomCard", "Phone"),
    QT_TRANSLATE_NOOP("RoomCard", "Since"),
    QT_TRANSLATE_NOOP("RoomCard", "Vehicles"),
    QT_TRANSLATE_NOOP("RoomCard", "Nobody registered yet (F3)."),
    QT_TRANSLATE_NOOP("RoomCard", "Moved out"),
    QT_TRANSLATE_NOOP("RoomCard", "Use above the limits!"),
    QT_TRANSLATE_NOOP("RoomCard", "no inspection yet"),
    QT_TRANSLATE_NOOP("RoomCard", "since the previous reading"),
    QT_TRANSLATE_NOOP("RoomCard", "Custody"),
    QT_TRANSLATE_NOOP("RoomCard", "In custody since"),
    QT_TRANSLATE_NOOP("RoomCard", "last inspection"),
)


class RegistrationTab(QWidget):
    open_task = Signal(str, object)  # another task at a room (None: it asks for one): 收费 (F8) opens "fees",
    #                                  入住办理 the move-in's window (F9 itself is the window's, on every tab)

    def __init__(self, store: Store, actor: Actor, parent=None, preview=None, paper=None) -> None:
        super().__init__(parent)
        self.form = f = Ui_RegistrationTab()
        f.setupUi(self)
        self.store, self.actor = store, actor
        self.reg = RegistrationService(store)
        self.calls = CallLogService(store)
        self.card_data = None
        # the one search box
        self.search = SearchBox(f.searchHolder, provider=lambda t: room_hits(store, t))
        self.search.setPlaceholderText(translate("RegistrationTab", "Search: room (3-2-1201, 3栋1201), name, pinyin "
                                                                    "initials, phone or last 4 digits, plate… (Ctrl+F)"))
        lay = QVBoxLayout(f.searchHolder)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.search)
        self.search.activated.connect(lambda hit: self.open_room(hit.key) or self._show_in_list(hit.key))
        self.search.search.connect(lambda _text: self.filter_rooms())  # the list follows what is typed
        # rooms
        f.buildingFilter.addItem(translate("RegistrationTab", "All buildings"), None)
        f.stateFilter.addItem(translate("RegistrationTab", "All states"), None)
        for s in ROOM_STATES:
            f.stateFilter.addItem(s, s)
        self.reload_buildings()
        self.rooms = LazyTableModel(store, self.reg.rooms_query(), self)
        show_in(f.roomsTable, self.rooms, {0: 96, 1: 48, 2: 84, 3: 52, 4: 60})
        f.roomsTable.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.rooms.counted.connect(lambda n: f.roomCount.setText(translate("RegistrationTab", "{n} rooms").format(n=n)))
        self.rooms.counted.emit(self.rooms.total)
        self._following = False  # the list is being moved to the room the search opened
        f.roomsTable.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: cur.isValid() and not self._following
            and self.open_room(self.rooms.row_id(cur.row()), from_list=True))
        f.buildingFilter.currentIndexChanged.connect(self.filter_rooms)
        f.stateFilter.currentIndexChanged.connect(self.filter_rooms)
        f.card.anchorClicked.connect(self.card_link)
        # buttons and keys
        f.buildingButton.clicked.connect(self.new_building)
        f.importButton.clicked.connect(self.import_roster)
        f.templateButton.clicked.connect(self.save_template)
        f.callButton.clicked.connect(lambda: self.log_call())
        f.newCallButton.clicked.connect(lambda: self.log_call())
        f.personButton.clicked.connect(self.add_person)
        f.custodyButton.clicked.connect(self.custody)
        f.smallButton.clicked.connect(self.small_registration)
        f.editRoomButton.clicked.connect(self.edit_room)
        f.historyButton.clicked.connect(lambda: self.card_data and self.show_history("room", self.card_data.room_id))
        f.feesButton.clicked.connect(self._collect_fees)
        f.moveInButton.clicked.connect(lambda: self.card_data and self.open_task.emit("movein", self.card_data.room_id))
        for key, slot in (("F3", self.add_person), ("F4", self.custody), ("F6", self.small_registration)):
            QShortcut(QKeySequence(key), self, activated=lambda key=key, slot=slot: self._at_room(key, slot))
        QShortcut(QKeySequence("F8"), self, activated=self._collect_fees)  # window-wide while this tab is shown
        # custody, calls, small registrations
        f.inspectButton.clicked.connect(lambda: self.custody_action(ending=False))
        f.endCustodyButton.clicked.connect(lambda: self.custody_action(ending=True))
        f.custodyTable.doubleClicked.connect(lambda i: self.open_room(self.custody_rows[i.row()].room_id))
        self._build_calls()
        f.batchDate.setDate(qclock.today())
        f.batchDate.dateChanged.connect(self.reload_small)
        f.doneButton.clicked.connect(self.mark_small_done)
        f.sections.currentChanged.connect(self._section_shown)
        self.show_card(None)

    def _collect_fees(self) -> None:
        """收费 (F8): the fees tab at the room shown; with none shown, the fees tab asks for one."""
        self.open_task.emit("fees", self.card_data.room_id if self.card_data is not None else None)

    def _at_room(self, key: str, slot) -> None:
        """F3, F4, F6 act on the room shown; with none, the search box asks for one (and says so)."""
        if self.card_data is not None:
            return slot()
        self.focus_search()
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(translate(
                "RegistrationTab", "No room is shown: find it in the search box, then press {key} again.")
                .format(key=key), 8000)

    # ---- search and the room card ------------------------------------------------------------
    def focus_search(self) -> None:
        self.form.sections.setCurrentIndex(0)
        self.search.setFocus()
        self.search.selectAll()

    def reload_buildings(self) -> None:
        combo = self.form.buildingFilter
        current = combo.currentData()
        while combo.count() > 1:
            combo.removeItem(1)
        for code, name in self.reg.buildings():
            combo.addItem(name, code)
        combo.setCurrentIndex(max(0, combo.findData(current)))

    def filter_rooms(self, *_args) -> None:
        f = self.form
        self.rooms.set_query(self.reg.rooms_query(f.buildingFilter.currentData(), f.stateFilter.currentData(),
                                                  self.search.text()))

    def _show_in_list(self, room_id: int) -> None:
        """The room the search opened is the list's current row: the list shows its entrance when
        what was typed (a name, a phone) did not filter it there — unless the filters leave it out."""
        row = self.rooms.row_of_id(room_id)
        if row is None and self.card_data is not None and self.card_data.room_id == room_id:
            f, c = self.form, self.card_data
            self.rooms.set_query(self.reg.rooms_query(f.buildingFilter.currentData(), f.stateFilter.currentData(),
                                                      c.code.rsplit("-", 1)[0] + "-"))  # its entrance
            row = self.rooms.row_of_id(room_id)
            while row is None and self.rooms.canFetchMore():  # an entrance's rooms: a few pages at most
                self.rooms.fetchMore()
                row = self.rooms.row_of_id(room_id)
        if row is None:
            return
        self._following = True
        try:
            view = self.form.roomsTable
            view.setCurrentIndex(self.rooms.index(row, 0))
            view.scrollTo(self.rooms.index(row, 0))
        finally:
            self._following = False

    def open_room(self, room_id: int | None, from_list: bool = False) -> None:
        if room_id is None:
            return
        try:
            self.card_data = self.reg.room_card(room_id)
        except DomainError as err:
            msgbox.warn(self, translate("RegistrationTab", "Room"), error_text(err))
            return
        self.form.sections.setCurrentIndex(0)
        self.show_card(self.card_data)
        if not from_list:
            self.form.callButton.setFocus()

    def refresh_card(self) -> None:
        if self.card_data is not None:
            self.card_data = self.reg.room_card(self.card_data.room_id)
        self.show_card(self.card_data)

    def show_card(self, card) -> None:
        f = self.form
        for b in (f.callButton, f.personButton, f.custodyButton, f.smallButton, f.editRoomButton, f.historyButton,
                  f.feesButton, f.moveInButton):
            b.setEnabled(card is not None or b is f.callButton)
        if card is None:
            hint = translate("RegistrationTab", "Find a room or a resident in the search box above (Ctrl+F), or pick "
                                                "a room from the list.")
            f.card.setHtml(f"<p style='color:#666'>{html.escape(hint)}</p>")
            return
        f.custodyButton.setText(translate("RegistrationTab", "Record an &inspection (F4)") if card.custody
                                else translate("RegistrationTab", "Put into c&ustody (F4)"))
        f.card.setHtml(render_card(card))

    def card_link(self, url: QUrl) -> None:
        kind, _, arg = url.toString().partition(":")
        if kind == "reveal":
            try:
                number = self.reg.reveal_id(self.actor, int(arg))
            except DomainError as err:
                return msgbox.warn(self, translate("RegistrationTab", "ID number"), error_text(err))
            msgbox.info(self, translate("RegistrationTab", "ID number"),
                        translate("RegistrationTab", "{number}\n\nThis look-up is recorded in the audit log.")
                        .format(number=number))
        elif kind == "history":
            self.show_history("person", int(arg))
        elif kind == "moveout":
            if msgbox.ask(self, translate("RegistrationTab", "Move out"),
                          translate("RegistrationTab", "Record that this resident moved out today? The record stays "
                                                       "in the room's history.")):
                self._run(lambda: self.reg.move_out(self.actor, int(arg), clock.today()))
        self.refresh_card()

    def show_history(self, entity: str, entity_id: int) -> None:
        rows = self.reg.history(entity, entity_id)
        lines = []
        for at, who, action, before, after in rows:
            change = " → ".join(x for x in (_compact(before), _compact(after)) if x)
            lines.append(f"{at:%Y-%m-%d %H:%M}  {who}  {translate('Audit', ACTIONS.get(action, action))}  {change}")
        dlg = QDialog(self)
        dlg.setWindowTitle(translate("RegistrationTab", "History"))
        text = QPlainTextEdit("\n".join(lines) or translate("RegistrationTab", "No changes recorded."), dlg)
        text.setReadOnly(True)
        QVBoxLayout(dlg).addWidget(text)
        dlg.resize(760, 420)
        dlg.open()
        self.history_dialog = dlg

    # ---- actions -----------------------------------------------------------------------------
    def _run(self, fn) -> bool:
        try:
            fn()
        except DomainError as err:
            msgbox.warn(self, translate("RegistrationTab", "Registration"), error_text(err))
            return False
        return True

    def _room_arg(self):
        c = self.card_data
        return (c.room_id, c.label) if c else (None, "")

    def new_building(self) -> None:
        dlg = BuildingDialog(self.store, self.actor, self)
        if dlg.exec():
            self.reload_buildings()
            self.rooms.reload()

    def import_roster(self) -> None:
        ImportDialog(self.store, self.actor, self).exec()
        self.reload_buildings()
        self.rooms.reload()
        self.refresh_card()

    def save_template(self) -> None:
        path = msgbox.save_to(self, translate("RegistrationTab", "Roster template"),
                              translate("RegistrationTab", "owners-roster-template.xlsx"),
                              translate("ImportDialog", "Excel workbooks (*.xlsx)"), ".xlsx",
                              lambda p: write_template(p, translate))
        if path:
            msgbox.info(self, translate("RegistrationTab", "Roster template"),
                        translate("RegistrationTab", "The template was saved to {path}.").format(path=path))

    @property
    def room_id(self) -> int | None:
        """The room whose card is shown (what F2 on this tab logs a call for)."""
        return self.card_data.room_id if self.card_data else None

    def log_call(self, room_id: int | None = None) -> None:
        """来电来访 (F2 from any tab): for the room the tab in front shows, or this tab's room."""
        room_id = room_id if room_id is not None else self.room_id
        room = None
        if room_id is not None:
            room = SearchHit("room", room_id, self.reg.heading(room_id)[0])
        if CallDialog(self.store, self.actor, self.window(), room=room).exec():
            self.call_model.reload()
            self.refresh_card()

    def add_person(self) -> None:
        room_id, label = self._room_arg()
        if room_id and PersonDialog(self.store, self.actor, room_id, label, self).exec():
            self.refresh_card()
            self.rooms.reload()

    def edit_room(self) -> None:
        if self.card_data and RoomDialog(self.store, self.actor, self.card_data, self).exec():
            self.refresh_card()
            self.rooms.reload()

    def custody(self) -> None:
        room_id, label = self._room_arg()
        if not room_id:
            return
        cid = self.card_data.custody["custody_id"] if self.card_data.custody else None
        dlg = CustodyDialog(self.store, self.actor, room_id, label, self, custody_id=cid)
        if dlg.exec():
            if dlg.over_limit:
                msgbox.warn(self, dlg.windowTitle(), translate(
                    "RegistrationTab", "Water or electricity use since the last reading is above the limit. Check the "
                                       "room for a leak or an intrusion and tell the owner."))
            self.refresh_card()
            self.rooms.reload()

    def small_registration(self) -> None:
        room_id, label = self._room_arg()
        if room_id and SmallRegistrationDialog(self.store, self.actor, room_id, label, self).exec():
            self.reload_small()

    # ---- custody page ------------------------------------------------------------------------
    def reload_custody(self) -> None:
        f = self.form
        self.custody_rows = CustodyService(self.store).rooms()
        heads = CUSTODY_COLUMNS
        f.custodyTable.setColumnCount(len(heads))
        f.custodyTable.setHorizontalHeaderLabels([translate("Columns", h) for h in heads])
        f.custodyTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        f.custodyTable.verticalHeader().hide()
        f.custodyTable.setRowCount(len(self.custody_rows))
        for i, r in enumerate(self.custody_rows):
            values = (r.room_code, r.agreement_date.isoformat(), r.last_inspection.isoformat() if r.last_inspection
                      else translate("RegistrationTab", "none yet"), str(r.days_since_inspection),
                      "" if r.water_used is None else str(r.water_used), "" if r.power_used is None else str(r.power_used))
            for c, v in enumerate(values):
                item = QTableWidgetItem(v)
                if r.over_limit or r.days_since_inspection > 7:
                    item.setBackground(_brush(ATTENTION))
                f.custodyTable.setItem(i, c, item)
        f.custodyHint.setText(translate("RegistrationTab", "{n} rooms in custody. Red: use above the limits since the "
                                                           "last reading, or no inspection for more than 7 days.")
                              .format(n=len(self.custody_rows)))

    def custody_action(self, ending: bool) -> None:
        row = self.form.custodyTable.currentRow()
        if not 0 <= row < len(self.custody_rows):
            return
        r = self.custody_rows[row]
        dlg = CustodyDialog(self.store, self.actor, r.room_id, r.room_code, self, custody_id=r.custody_id, ending=ending)
        if dlg.exec():
            self.reload_custody()

    # ---- calls page --------------------------------------------------------------------------
    def _build_calls(self) -> None:
        f = self.form
        f.callFrom.setDate(qclock.today().addDays(-30))
        f.callTo.setDate(qclock.today())
        f.channelFilter.addItem(translate("RegistrationTab", "All channels"), None)
        for c in CHANNELS:
            f.channelFilter.addItem(c, c)
        f.callSearch.setPlaceholderText(translate("RegistrationTab", "Search content, caller or room…"))
        self.call_model = LazyTableModel(
            self.store, self._call_query(), self,
            display={"status": lambda v, _row: translate("Registration", STATUS.get(v, v))},
            background=lambda row: ATTENTION if row[7] == "waiting" and row[6] and row[6] < clock.now() else None)
        show_in(f.callsTable, self.call_model, {0: 140, 1: 90, 4: 280, 5: 160, 6: 140})
        self.call_model.counted.connect(lambda n: f.callCount.setText(translate("RegistrationTab", "{n} entries")
                                                                     .format(n=n)))
        for signal in (f.callFrom.dateChanged, f.callTo.dateChanged, f.channelFilter.currentIndexChanged,
                       f.overdueOnly.toggled, f.callSearch.textChanged):
            signal.connect(lambda *_: self.call_model.set_query(self._call_query()))
        f.repliedButton.clicked.connect(lambda: self._call_action(self.calls.mark_replied))
        f.workOrderButton.clicked.connect(lambda: self._call_action(self.calls.mark_work_order))

    def _call_query(self):
        f = self.form
        return self.calls.query(date_from=f.callFrom.date().toPython(), date_to=f.callTo.date().toPython(),
                                channel=f.channelFilter.currentData(), overdue_only=f.overdueOnly.isChecked(),
                                text=f.callSearch.text())

    def _call_action(self, fn) -> None:
        idx = self.form.callsTable.currentIndex()
        if idx.isValid() and self._run(lambda: fn(self.actor, self.call_model.row_id(idx.row()))):
            self.call_model.reload()

    # ---- small registrations -----------------------------------------------------------------
    def reload_small(self, *_args) -> None:
        f = self.form
        self.small_rows = SmallRegistrationService(self.store).batch(f.batchDate.date().toPython())
        heads = SMALL_COLUMNS
        f.smallTable.setColumnCount(len(heads))
        f.smallTable.setHorizontalHeaderLabels([translate("Columns", h) for h in heads])
        f.smallTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        f.smallTable.verticalHeader().hide()
        f.smallTable.setRowCount(len(self.small_rows))
        for i, (_id, room, kind, contact, phone, note, _batch, done) in enumerate(self.small_rows):
            status = translate("RegistrationTab", "done") if done else translate("RegistrationTab", "to do")
            for c, v in enumerate((room, kind, contact, phone, note, status)):
                f.smallTable.setItem(i, c, QTableWidgetItem(v))

    def mark_small_done(self) -> None:
        row = self.form.smallTable.currentRow()
        if 0 <= row < len(self.small_rows):
            if self._run(lambda: SmallRegistrationService(self.store).mark_done(self.actor, self.small_rows[row][0])):
                self.reload_small()

    def _section_shown(self, index: int) -> None:
        if index == 1:
            self.reload_custody()
        elif index == 2:
            self.call_model.reload()
        elif index == 3:
            self.reload_small()


def _brush(colour: str):
    from PySide6.QtGui import QBrush, QColor
    return QBrush(QColor(colour))


def _compact(raw: str | None) -> str:
    if not raw:
        return ""
    try:
        return ", ".join(f"{k}={v}" for k, v in json.loads(raw).items())
    except (ValueError, AttributeError):
        return raw


def render_card(card) -> str:
    """The room card as HTML (the room, its people, custody, and what other tasks contribute)."""
    e = html.escape

    def t(word: str) -> str:  # the words are marked in CARD_WORDS
        return e(translate("RoomCard", word))
    head = (f"<h2>{e(card.label)} <span style='font-size:small;color:#555'>{e(card.code)}</span></h2>"
            f"<p>{t('State')}: <b>{e(card.state)}</b> &nbsp; {t('Area')}: {card.area} ㎡ &nbsp; "
            f"{t('Use')}: {e(card.use)} &nbsp; {t('Floor')}: {card.floor}</p>")
    rows = []
    for o in card.occupants:
        cars = "<br/>".join(e(v) for v in o.vehicles)
        ident = f"{e(o.id_type)} {e(o.id_masked)}" if o.id_masked else ""
        show = f" <a href='reveal:{o.person_id}'>{t('show')}</a>" if o.id_masked else ""
        rows.append(f"<tr><td><b>{e(o.name)}</b></td><td>{e(o.relation)}</td><td>{ident}{show}</td>"
                    f"<td>{e(o.phone_masked)}</td><td>{o.since or ''}</td><td>{cars}</td>"
                    f"<td><a href='history:{o.person_id}'>{t('history')}</a> "
                    f"<a href='moveout:{o.occupancy_id}'>{t('moved out')}</a></td></tr>")
    people = (f"<h3>{t('Owners and residents')}</h3><table cellspacing='0' cellpadding='4' border='1' "
              f"style='border-collapse:collapse'><tr><th>{t('Name')}</th><th>{t('Relation')}</th><th>{t('ID')}</th>"
              f"<th>{t('Phone')}</th><th>{t('Since')}</th><th>{t('Vehicles')}</th><th></th></tr>{''.join(rows)}</table>"
              if rows else f"<h3>{t('Owners and residents')}</h3><p style='color:#666'>{t('Nobody registered yet (F3).')}</p>")
    past = ""
    if card.past_occupants:
        past = "<p style='color:#666'>" + t("Moved out") + ": " + "、".join(
            f"{e(o.name)}（{e(o.relation)}，{o.until}）" for o in card.past_occupants) + "</p>"
    custody = ""
    if card.custody:
        c = card.custody
        flag = f" <b style='color:#b42318'>{t('Use above the limits!')}</b>" if c["over_limit"] else ""
        last = c["last_inspection"] or t("no inspection yet")
        used = (f"{t('since the previous reading')}: {c['water_used']} m³ / {c['power_used']} kWh"
                if c["water_used"] is not None else "")
        custody = (f"<h3>{t('Custody')}</h3><p>{t('In custody since')} {c['since']}; {t('last inspection')}: {last}. "
                   f"{used}{flag}</p>")
    sections = "".join((f"<h3 style='color:#b42318'>{e(translate('RoomCard', s.title))} ⚠</h3>" if s.warning else
                        f"<h3>{e(translate('RoomCard', s.title))}</h3>")
                       + "".join(f"<p>{e(_card_line(line))}</p>" for line in s.lines) for s in card.sections)
    return head + people + past + custody + sections


def _card_line(line) -> str:
    """A card section's line: plain text, or (source text marked in context RoomCard, its values)."""
    if isinstance(line, str):
        return line
    text, values = line
    return translate("RoomCard", text).format(**values)
