"""The 钥匙 tab: the keys out now (overdue first, in red) with the board's figures on top; every set
by tag, room, place or borrower (a scanner typing a tag selects that set); the cabinet by hook, laid
out as it hangs; the handover counts; the chosen set's whole history beside the list. Keep, lend,
return, collect, print and count from the keyboard."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QTableWidget, QWidget

from frontdesk.core.audit import Actor
from frontdesk.core.db import Store
from frontdesk.core.errors import QT_TRANSLATE_NOOP, DomainError
from frontdesk.i18n import error_text, translate
from frontdesk.keys.models import ACTIONS, STATES
from frontdesk.keys.service import KeyService, SetView
from frontdesk.ui import msgbox
from frontdesk.ui.forms.ui_keys_tab import Ui_KeysTab
from frontdesk.ui.tables import fill_table

SET_HEADERS = (QT_TRANSLATE_NOOP("KeysTab", "Tag"), QT_TRANSLATE_NOOP("KeysTab", "Key"),
               QT_TRANSLATE_NOOP("KeysTab", "Hook"), QT_TRANSLATE_NOOP("KeysTab", "Keys"),
               QT_TRANSLATE_NOOP("KeysTab", "Where"), QT_TRANSLATE_NOOP("KeysTab", "With"),
               QT_TRANSLATE_NOOP("KeysTab", "Since"), QT_TRANSLATE_NOOP("KeysTab", "Due back"))
COUNT_HEADERS = (QT_TRANSLATE_NOOP("KeysTab", "Count"), QT_TRANSLATE_NOOP("KeysTab", "At"),
                 QT_TRANSLATE_NOOP("KeysTab", "Handed over by"), QT_TRANSLATE_NOOP("KeysTab", "Taken over by"),
                 QT_TRANSLATE_NOOP("KeysTab", "Expected"), QT_TRANSLATE_NOOP("KeysTab", "Found"))


def _when(value) -> str:
    return f"{value:%Y-%m-%d %H:%M}" if isinstance(value, datetime) else ""




def _headers(headers) -> list[str]:
    return [translate("KeysTab", h) for h in headers]


class KeysTab(QWidget):
    open_task = Signal(str, object)

    def __init__(self, store: Store, actor: Actor, parent=None, preview=None, paper=None) -> None:
        super().__init__(parent)
        self.form = f = Ui_KeysTab()
        f.setupUi(self)
        self.store, self.actor, self.preview = store, actor, preview
        self.svc = KeyService(store)
        self.room_id: int | None = None
        self.sets: dict[int, SetView] = {}
        f.search.setPlaceholderText(translate("KeysTab", "K00012, 3-1-1201, 水泵房, a borrower's name … then Enter"))
        f.state.addItem(translate("KeysTab", "held by the desk"), "custody")
        f.state.addItem(translate("KeysTab", "all"), None)
        for key, word in STATES.items():
            f.state.addItem(word, key)
        f.search.returnPressed.connect(self.find)
        f.search.textChanged.connect(lambda _t: self.reload_all())
        f.state.currentIndexChanged.connect(lambda *_: self.reload_all())
        for table in (f.outTable, f.allTable):
            table.currentCellChanged.connect(lambda *_a, t=table: self.show_key(t))
        for table in (f.outTable, f.allTable, f.countsTable):
            table.installEventFilter(self)  # typing (a scanner) in a list goes to the search box
        f.search.installEventFilter(self)
        f.sections.currentChanged.connect(lambda *_: self.show_key())
        f.split.setStretchFactor(0, 3)
        f.split.setStretchFactor(1, 2)
        actions = {f.keep: self.keep, f.addPublic: self.add_public, f.collect: self.collect, f.lend: self.lend,
                   f.giveBack: self.give_back, f.printPaper: self.print_current, f.labels: self.print_labels,
                   f.handover: self.handover, f.lost: self.mark_lost, f.retire: self.retire}
        for button, act in actions.items():
            button.clicked.connect(lambda _c=False, a=act: a())
        f.retire.setEnabled(actor.is_supervisor)
        for keys, act in (("Ctrl+K", self.keep), ("Ctrl+J", self.lend), ("Ctrl+R", self.give_back),
                          ("Ctrl+P", self.print_current), ("Ctrl+H", self.show_history)):
            QShortcut(QKeySequence(keys), self, activated=act, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.reload()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        """A tag scanned (or typed) while a list has the focus starts a new search: the scanner's
        keystrokes land in the search box, so scan after scan selects set after set."""
        if obj is self.form.search:  # ↓ from the search box: into the list shown
            if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down:
                table = self.form.sections.currentWidget().findChild(QTableWidget)
                if table is not None and table.rowCount():
                    table.setFocus()
                    return True
            return super().eventFilter(obj, event)
        if event.type() == QEvent.Type.KeyPress and event.text().isprintable() and event.text().strip() and \
                not event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            self.form.search.setFocus()
            self.form.search.setText(event.text())
            return True
        return super().eventFilter(obj, event)

    # ---- the desk's seams ------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.form.search.setFocus()
        self.form.search.selectAll()

    def open_room(self, room_id: int | None) -> None:
        """From the room card: the room's sets (no room: the board)."""
        if room_id is None:
            self.reload()
            return
        from frontdesk.registration.service import RegistrationService
        self.form.search.setText(RegistrationService(self.store).heading(room_id)[0])
        self.form.state.setCurrentIndex(self.form.state.findData(None))
        self.form.sections.setCurrentWidget(self.form.allPage)
        self.reload_all()

    def offer_handover(self) -> None:
        """Called when a receptionist has closed her shift in 收费: the count of the cabinet is next."""
        if msgbox.ask(self, translate("KeysTab", "Handover count"), translate(
                "KeysTab", "The shift is closed. Count the key cabinet with the incoming receptionist now?")):
            self.handover()

    # ---- reading ---------------------------------------------------------------------------------
    def reload(self) -> None:
        counts = self.svc.counts()
        self.form.board.setText(translate("KeysTab", "In the cabinet {n_in} · lent out {n_out} · "
                                                     "<span style='color:#b42318;font-weight:bold'>overdue "
                                                     "{late}</span>").format(
            n_in=counts["in"], n_out=counts["out"], late=counts["overdue"]) if counts["overdue"] else
            translate("KeysTab", "In the cabinet {n_in} · lent out {n_out} · nothing overdue").format(
            n_in=counts["in"], n_out=counts["out"]))
        out = self.svc.out_now()
        fill_table(self.form.outTable, _headers(SET_HEADERS), [self._row(v) for v in out], [v.id for v in out],
                   {i for i, v in enumerate(out) if v.overdue()})
        self.sets = {v.id: v for v in out}
        self.reload_all()
        self.reload_cabinet()
        counts_made = self.svc.counts_made()
        fill_table(self.form.countsTable, _headers(COUNT_HEADERS),
                   [[n, _when(at), a, b, e, fnd] for n, at, a, b, e, fnd in counts_made],
                   [n for n, *_ in counts_made], {i for i, c in enumerate(counts_made) if c[4] != c[5]})
        self.show_key()

    def reload_all(self) -> None:
        state = self.form.state.currentData()
        rows = self.svc.search(self.form.search.text(), None if state in (None, "custody") else state)
        if state == "custody":
            rows = [v for v in rows if v.state in ("in", "out")]
        self.sets.update({v.id: v for v in rows})
        fill_table(self.form.allTable, _headers(SET_HEADERS), [self._row(v) for v in rows], [v.id for v in rows],
                   {i for i, v in enumerate(rows) if v.overdue()})

    def reload_cabinet(self) -> None:
        """The cabinet as it hangs: a grid per panel, each hook with its tag (red: lent out)."""
        holder = self.form.cabinet
        old = holder.layout()
        if old is not None:
            while old.count():
                w = old.takeAt(0).widget()
                if w is not None:
                    w.hide()
                    w.deleteLater()
        else:
            old = QGridLayout(holder)
        rules, hung = self.svc.cabinet()
        row0 = 0
        for panel, rows, cols in rules.panels:
            old.addWidget(QLabel(translate("KeysTab", "Panel {name}").format(name=panel)), row0, 0, 1, cols)
            for n in range(rows * cols):
                hook = f"{panel}-{n + 1:02d}"
                v = hung.get(hook)
                cell = QPushButton(f"{hook}\n{v.tag if v else ''}", holder)
                cell.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                cell.setMinimumSize(64, 40)
                if v is not None:
                    cell.setToolTip(f"{v.tag} {v.what} {v.state_text} {v.holder}")
                    cell.setStyleSheet("color:#b42318;font-weight:bold" if v.state == "out" else "font-weight:bold")
                    cell.clicked.connect(lambda _c=False, key=v: self.choose(key))
                else:
                    cell.setStyleSheet("color:#98a2b3")
                old.addWidget(cell, row0 + 1 + n // cols, n % cols)
            row0 += rows + 1

    def _row(self, v: SetView) -> list[str]:
        state = translate("KeysTab", "overdue") if v.overdue() else v.state_text  # not only in red
        return [v.tag, v.what, v.hook, str(v.pieces), state, v.holder, _when(v.since), _when(v.expected_back)]

    def current(self, table=None) -> SetView | None:
        f = self.form
        table = table or (f.outTable if f.sections.currentWidget() is f.outPage else f.allTable)
        item = table.item(table.currentRow(), 0) if table.currentRow() >= 0 else None
        if item is None:
            return None
        return self.sets.get(item.data(Qt.ItemDataRole.UserRole))

    def show_key(self, table=None) -> None:
        v = self.current(table)
        if v is None:
            self.form.detail.setPlainText(translate("KeysTab", "No key chosen. Find one by its tag, room, place or "
                                                               "borrower; Ctrl+K keeps an owner's keys."))
            return
        self.room_id = v.room_id
        lines = [f"{v.tag}  {v.what}  {v.state_text}",
                 (translate("KeysTab", "Hook {hook}; {n} keys; kept on receipt {receipt}") if v.receipt else
                  translate("KeysTab", "Hook {hook}; {n} keys")).format(hook=v.hook or "—", n=v.pieces,
                                                                         receipt=v.receipt)]
        if v.collectors:
            lines.append(translate("KeysTab", "May be collected by {names}; emergency entry {yes}").format(
                names="、".join(v.collectors), yes=translate("KeysTab", "allowed") if v.emergency else
                translate("KeysTab", "not allowed")))
        if v.state == "out":
            lines.append(translate("KeysTab", "Lent to {holder} on {since} ({slip}), due back {due}").format(
                holder=v.holder, since=_when(v.since), slip=v.slip, due=_when(v.expected_back)) +
                (translate("KeysTab", " — OVERDUE") if v.overdue() else ""))
        if v.notes:
            lines.append(v.notes)
        lines.append("")
        lines.append(translate("KeysTab", "History:"))
        for m in self.svc.history(v.id):
            who = " ".join(x for x in (m.person_kind, m.person) if x)
            extra = [x for x in (m.number or "", m.purpose, m.work_order, m.note) if x]
            if m.approver:
                extra.append(translate("KeysTab", "approved by {who}").format(who=m.approver))
            if m.missing:
                extra.append(translate("KeysTab", "{n} missing").format(n=m.missing))
            lines.append(f"{_when(m.at)}  {ACTIONS[m.action]}  {who}  {m.pieces or ''}  {'；'.join(extra)}  "
                         f"{m.signed_text}  {m.operator}".rstrip())
        self.form.detail.setPlainText("\n".join(lines))

    def show_history(self) -> None:
        """Ctrl+H: the chosen key's whole history, in the pane beside the list (the focus goes there)."""
        self.show_key()
        self.form.detail.setFocus()

    def choose(self, key: SetView) -> None:
        """Select a set in the list of all keys (the cabinet's hook, a scanned tag)."""
        f = self.form
        f.sections.setCurrentWidget(f.allPage)
        f.state.setCurrentIndex(f.state.findData(None))
        f.search.blockSignals(True)
        f.search.setText(key.tag)
        f.search.blockSignals(False)
        self.reload_all()
        f.allTable.setCurrentCell(0, 0)
        self.focus_search()  # the next scan replaces the tag; the keys' shortcuts act on the set chosen

    def find(self) -> None:
        """Enter in the search box: a scanner's tag selects its set at once; other text lists what matches."""
        key = self.svc.by_tag(self.form.search.text())
        if key is not None:
            self.choose(key)
            return
        self.reload_all()
        if self.form.allTable.rowCount():
            self.form.sections.setCurrentWidget(self.form.allPage)
            self.form.allTable.setFocus()
        else:  # nothing found: said, and the text selected so the next scan replaces it
            self._tell(translate("KeysTab", "No key set matches {text}.").format(text=self.form.search.text().strip()))
            self.focus_search()

    # ---- acting ----------------------------------------------------------------------------------
    def _run(self, dialog) -> object:
        if not dialog.exec():
            return None
        self.reload()
        return dialog.result

    def _tell(self, text: str) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(text, 15000)

    def _chosen(self, title: str) -> SetView | None:
        v = self.current()
        if v is None:
            msgbox.info(self, title, translate("KeysTab", "Choose a key in the list first."))
        return v

    def keep(self, room_id: int | None = None):
        from frontdesk.keys.dialogs import KeyKeepDialog
        result = self._run(KeyKeepDialog(self.store, self.actor, self, room_id=room_id or self.room_id))
        if result:
            tag, receipt = result
            self._tell(translate("KeysTab", "Kept as {tag}; the owner's key receipt {receipt} prints now.").format(
                tag=tag, receipt=receipt))
            self.choose(self.svc.by_tag(tag))
            return self.print_paper(receipt)
        return None

    def add_public(self):
        from frontdesk.keys.dialogs import KeyPublicDialog
        tag = self._run(KeyPublicDialog(self.store, self.actor, self))
        if tag:
            self._tell(translate("KeysTab", "Public key {tag} put in the cabinet.").format(tag=tag))
            self.choose(self.svc.by_tag(tag))
        return tag

    def lend(self):
        from frontdesk.keys.dialogs import KeyLendDialog
        v = self._chosen(translate("KeysTab", "Lend"))
        if v is None:
            return None
        if v.state != "in":
            msgbox.info(self, translate("KeysTab", "Lend"), translate(
                "KeysTab", "{tag} is {state}; only a key in the cabinet can be lent.").format(tag=v.tag,
                                                                                          state=v.state_text))
            return None
        slip = self._run(KeyLendDialog(self.store, self.actor, v, self))
        if slip:
            self._tell(translate("KeysTab", "{tag} lent; lend slip {slip}.").format(tag=v.tag, slip=slip))
            return self.print_paper(slip)
        return None

    def give_back(self):
        from frontdesk.keys.dialogs import KeyBackDialog
        v = self._chosen(translate("KeysTab", "Returned"))
        if v is None:
            return None
        if v.state != "out":
            msgbox.info(self, translate("KeysTab", "Returned"), translate(
                "KeysTab", "{tag} is {state}; only a key lent out comes back.").format(tag=v.tag, state=v.state_text))
            return None
        dlg = KeyBackDialog(self.store, self.actor, v, self)
        if not dlg.exec():
            return None
        self.reload()
        missing = dlg.result or 0
        self._tell(translate("KeysTab", "{tag} is back in the cabinet.").format(tag=v.tag) if not missing else
                   translate("KeysTab", "{tag} is back with {n} keys missing (recorded).").format(tag=v.tag, n=missing))
        return missing

    def collect(self):
        from frontdesk.keys.dialogs import KeyBackDialog
        v = self.current()
        receipt = self._run(KeyBackDialog(self.store, self.actor, v if v is not None and v.receipt and v.state == "in"
                                       else None, self, collect=True))
        if receipt:
            self._tell(translate("KeysTab", "The keys kept on {receipt} were collected.").format(receipt=receipt))
        return receipt

    def _mark(self, state: str, title: str):
        from frontdesk.ui.reason_dialog import ReasonDialog
        v = self._chosen(title)
        if v is None:
            return None
        dlg = ReasonDialog(self, f"{title} — {v.tag}", f"{v.tag}  {v.what}  {v.state_text}",
                           lambda values: self.svc.mark(self.actor, v.id, state, values["reason"]))
        if dlg.exec():
            self.reload()
            return True
        return None

    def mark_lost(self):
        return self._mark("lost", translate("KeysTab", "Key lost"))

    def retire(self):
        return self._mark("retired", translate("KeysTab", "Retire the key"))

    def handover(self):
        from frontdesk.keys.dialogs import KeyHandoverDialog
        number = self._run(KeyHandoverDialog(self.store, self.actor, self))
        if number:
            self._tell(translate("KeysTab", "Handover count {number} recorded; it prints now.").format(number=number))
            return self.print_paper(number)
        return None

    # ---- papers ----------------------------------------------------------------------------------
    def print_current(self):
        """Ctrl+P: on the counts page the count chosen; else the chosen key's latest paper (its lend slip,
        or its key receipt)."""
        f = self.form
        if f.sections.currentWidget() is f.countsPage:
            item = f.countsTable.item(f.countsTable.currentRow(), 0) if f.countsTable.currentRow() >= 0 else None
            return self.print_paper(item.text()) if item is not None else None
        v = self._chosen(translate("KeysTab", "Print"))
        if v is None:
            return None
        papers = self.svc.papers_of(v.id)
        if not papers:
            msgbox.info(self, translate("KeysTab", "Print"), translate("KeysTab", "{tag} has no paper to print.")
                        .format(tag=v.tag))
            return None
        return self.print_paper(papers[0])

    def print_paper(self, number: str):
        from frontdesk.keys.documents import print_paper
        try:
            pdf, missing = print_paper(self.store, self.actor, number, translate=translate)
        except DomainError as err:
            msgbox.warn(self, translate("KeysTab", "Print"), error_text(err))
            return None
        if self.preview is not None:
            return self.preview(pdf, number, number, missing)
        return pdf

    def print_labels(self):
        """Tag labels for the sets chosen on the page in front (several rows selected), else — asked —
        for every set listed or the one chosen (many to an A4 sheet)."""
        from frontdesk.keys.documents import labels_pdf
        f = self.form
        table = f.outTable if f.sections.currentWidget() is f.outPage else f.allTable
        rows = sorted({i.row() for i in table.selectedItems()})
        if len(rows) <= 1 and table.rowCount() > 1:
            current = table.item(rows[0], 0).text() if rows else ""
            if not rows or msgbox.ask(self, translate("KeysTab", "Tag labels"), translate(
                    "KeysTab", "Labels for all {n} keys listed? (No: only for {tag}.)").format(
                    n=table.rowCount(), tag=current)):
                rows = range(table.rowCount())
        ids = [table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in rows if table.item(r, 0) is not None]
        if not ids:
            msgbox.info(self, translate("KeysTab", "Tag labels"), translate("KeysTab", "List the keys first."))
            return None
        pdf = labels_pdf(self.store, ids, translate)
        pdf, missing = pdf if isinstance(pdf, tuple) else (pdf, set())
        if self.preview is not None:
            return self.preview(pdf, translate("KeysTab", "Tag labels"), "labels", missing)
        return pdf
