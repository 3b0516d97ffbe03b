"""The 登记 tab driven as a receptionist would: keyboard first."""


import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QUrl, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from frontdesk.core import clock
from frontdesk.core.audit import history
from frontdesk.registration.calls import CallLogService
from frontdesk.registration.dialogs import BuildingDialog, ImportDialog
from frontdesk.registration.roster import write_template
from frontdesk.registration.service import RegistrationService, plan_building
from tests.conftest import type_text, when_modal, open_main_window

ZS_ID = "11010519491231002X"


@pytest.fixture
def property_(store, supervisor):
    reg = RegistrationService(store)
    reg.create_building_rooms(supervisor, "3", plan_building(2, 12, 2, ["89.50", "120.25"]), state="空置")
    rid = reg.search("3-2-1201")[0].room_id
    reg.add_person(supervisor, rid, name="张三", relation="业主", id_number=ZS_ID, phone="13800138000")
    return rid


@pytest.fixture
def window(store, supervisor, property_, zh_app, qtbot):
    return open_main_window(qtbot, store, supervisor)


def test_bulk_building_dialog(store, supervisor, zh_app, qtbot):
    dlg = BuildingDialog(store, supervisor)
    qtbot.addWidget(dlg)
    dlg.show()
    f = dlg.form
    qtbot.keyClicks(f.building, "9")
    f.entrances.setValue(1)
    f.floors.setValue(3)
    f.perFloor.setValue(2)
    qtbot.keyClicks(f.areas, "89.5, abc")
    assert f.preview.rowCount() == 0 and "面积" in f.previewLabel.text()
    dlg.form.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert "面积" in dlg.errors.text("areas")
    assert RegistrationService(store).search("9-1-101") == []  # nothing written
    f.areas.clear()
    qtbot.keyClicks(f.areas, "89.5, 120")
    assert f.preview.rowCount() == 6 and f.preview.item(5, 0).text() == "9-1-302"
    assert "将创建 6 间房屋" in f.previewLabel.text()
    dlg.form.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dlg.created == 6
    assert RegistrationService(store).room_card(RegistrationService(store).search("9-1-302")[0].room_id).area == 120


def test_import_the_template_with_two_bad_rows(store, supervisor, zh_app, qtbot, tmp_path, boxes):
    path = write_template(tmp_path / "roster.xlsx")
    wb = load_workbook(path)
    ws = wb["花名册"]
    ws.append(["2", "1", "301", 3, "九十", "住宅"])
    ws.append(["2", "1", "302", 3, 90, "住宅", "已入住", "王某", "业主", "居民身份证", "110105194912310021"])
    wb.save(path)
    dlg = ImportDialog(store, supervisor)
    qtbot.addWidget(dlg)
    dlg.show()
    boxes.files.append(str(path))
    qtbot.mouseClick(dlg.form.chooseButton, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dlg.start().finished, timeout=20000):
        pass
    text = dlg.form.result.text()
    assert "已导入 2 行" in text and "2 行不合格" in text
    assert "第 4 行：建筑面积" in text and "第 5 行：证件号码" in text
    assert dlg.form.progress.value() == dlg.form.progress.maximum() > 0
    out = tmp_path / "fix.xlsx"
    boxes.files.append(str(out))
    qtbot.mouseClick(dlg.form.errorsButton, Qt.MouseButton.LeftButton)
    assert load_workbook(out).active.max_row == 3


def test_search_zs_then_enter_opens_the_room(window, qtbot):
    tab = window.registration
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert tab.focusWidget() is tab.search or tab.search.hasFocus() or window.focusWidget() is tab.search
    qtbot.keyClicks(tab.search, "zs")
    qtbot.waitUntil(lambda: bool(tab.search.hits))
    assert tab.search.hits[0].label.endswith("张三")
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert tab.card_data.code == "3-2-1201"
    html = tab.form.card.toPlainText()
    assert "3栋2单元1201" in html and "张三" in html and "110105********002X" in html and ZS_ID not in html


def test_log_a_call_from_the_keyboard(window, store, qtbot):
    tab = window.registration
    tab.search.setFocus()
    type_text(qtbot, tab.search, "3栋2单元1201")
    tab.search.flush()
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)

    def fill(dlg):
        assert dlg.room_id == tab.card_data.room_id and dlg.focusWidget() is dlg.form.content
        type_text(qtbot, dlg.form.content, "厨房水管漏水，请派人维修")
        qtbot.keyClick(dlg.form.content, Qt.Key.Key_Tab)
        type_text(qtbot, dlg.form.answer, "已通知工程部")
        qtbot.keyClick(dlg.form.answer, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    done = when_modal(qtbot, fill)
    qtbot.keyClick(tab, Qt.Key.Key_F2)
    done.check()
    assert done
    with store.read() as s:
        q = CallLogService(store).query(room_id=tab.card_data.room_id)
        rows = q.page(s)
    assert len(rows) == 1 and rows[0][5] == "厨房水管漏水，请派人维修" and rows[0][6] == "已通知工程部"


def test_empty_call_is_refused_at_the_field(window, store, qtbot):
    tab = window.registration
    seen = []

    def submit_empty(dlg):
        dlg.submit()
        seen.append(dlg.errors.text("content"))
        dlg.reject()

    when_modal(qtbot, submit_empty)
    tab.log_call()
    assert seen == ["请填写来电来访的事由。"]
    with store.read() as s:
        assert CallLogService(store).query().count(s) == 0


def test_custody_from_the_keyboard_and_the_threshold_warning(window, store, supervisor, property_, qtbot, boxes):
    tab = window.registration
    tab.open_room(property_)

    def start(dlg):
        qtbot.keyClicks(dlg.form.water, "100")
        qtbot.keyClick(dlg.form.water, Qt.Key.Key_Tab)
        qtbot.keyClicks(dlg.form.power, "500")
        qtbot.keyClick(dlg.form.power, Qt.Key.Key_Return)

    result = when_modal(qtbot, start)
    qtbot.keyClick(tab, Qt.Key.Key_F4)
    result.check()
    assert tab.card_data.state == "托管" and "托管开始于" in tab.form.card.toPlainText()

    def inspect(dlg):
        dlg.form.power.setText("505")
        dlg.form.water.setText("99")  # lower than at the start: refused at the field
        dlg.submit()
        assert "不能低于上次读数" in dlg.errors.text("water")
        dlg.form.water.setText("106")
        dlg.form.power.setText("505")
        assert dlg.submit(), [dlg.errors.text(k) for k in dlg.errors.fields]

    result = when_modal(qtbot, inspect)
    window.activateWindow()  # a window manager does this when a dialog closes; offscreen has none
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(tab, Qt.Key.Key_F4)
    result.check()
    assert boxes.shown[-1][0] == "warn" and "超出限值" in boxes.shown[-1][1]
    tab.form.sections.setCurrentIndex(1)
    assert tab.form.custodyTable.rowCount() == 1
    assert tab.form.custodyTable.item(0, 4).text() == "6.00"


def test_small_registration_and_reveal(window, store, supervisor, property_, qtbot, boxes):
    tab = window.registration
    tab.open_room(property_)
    when_modal(qtbot, lambda dlg: dlg.form.buttons.button(QDialogButtonBox.StandardButton.Save).click())
    qtbot.keyClick(tab, Qt.Key.Key_F6)
    tab.form.sections.setCurrentIndex(3)
    assert tab.form.smallTable.rowCount() == 1 and tab.form.smallTable.item(0, 0).text() == "3-2-1201"
    pid = tab.card_data.occupants[0].person_id
    tab.form.sections.setCurrentIndex(0)
    tab.card_link(QUrl(f"reveal:{pid}"))
    assert ZS_ID in boxes.shown[-1][1] and "审计日志" in boxes.shown[-1][1]
    with store.read() as s:
        assert history(s, "person", pid)[-1].action == "reveal"


def test_overdue_reply_is_highlighted(window, store, supervisor, property_, qtbot):
    from datetime import timedelta
    at = clock.now() - timedelta(hours=5)
    CallLogService(store).log(supervisor, content="问物业费标准", room_id=property_, at=at,
                              promised_at=at + timedelta(hours=1))
    tab = window.registration
    tab.form.sections.setCurrentIndex(2)
    model = tab.call_model
    assert model.rowCount() == 1
    assert model.data(model.index(0, 7)) == "待回复"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is not None
    tab.form.callsTable.selectRow(0)
    tab.form.repliedButton.click()
    assert model.data(model.index(0, 7)) == "已回复"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is None




def test_f2_from_the_fees_tab_logs_a_call_for_its_room_with_the_owner_filled_in(window, store, property_, qtbot):
    from frontdesk.registration.calls import STATUS
    window.form.tabs.setCurrentWidget(window.pages["fees"])
    window.fees.open_room(property_)
    seen = {}

    def fill(dlg):
        f = dlg.form
        seen.update(room=dlg.room_id, caller=f.caller.text(), phone=f.phone.text())
        type_text(qtbot, f.content, "咨询物业费")
        f.at.setFocus()
        year = f.at.dateTime().date().year()
        qtbot.keyClick(f.at, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
        seen["years"] = f.at.dateTime().date().year() - year  # a month, not a decade
        qtbot.keyClick(f.at, Qt.Key.Key_PageDown)
        qtbot.keyClick(f.content, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    done = when_modal(qtbot, fill)
    qtbot.keyClick(window.fees.form.dueTable, Qt.Key.Key_F2)
    done.check()
    assert seen["room"] == property_ and seen["caller"] == "张三" and seen["phone"] == "13800138000"
    assert seen["years"] in (0, 1) and window.form.tabs.currentWidget() is window.pages["fees"]
    with store.read() as s:
        row = CallLogService(store).query(room_id=property_).page(s)[0]
    assert row[3] == "张三" and row[6] == "" and row[8] == "open"  # no answer: not shown as answered
    assert STATUS["open"] == "Not answered yet"


def test_sub_tabs_by_alt_digit(window, qtbot):
    tab = window.registration
    sections = tab.form.sections
    assert [sections.tabText(i) for i in range(4)] == ["房屋(&1)", "托管(&2)", "来电来访(&3)", "小型登记(&4)"]
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert sections.currentIndex() == 2


def test_the_room_list_follows_the_search_box(window, qtbot):
    """Issue 19, item 15: what is typed as a room (3-2-12…, 3栋1201) or a room number filters the
    list as it is typed; a name leaves the list whole and, once chosen, the list shows the room's
    entrance with the room as its current row; Esc in the box gives the whole list back."""
    tab = window.registration
    f = tab.form
    codes = lambda: [tab.rooms.row_values(r)[0] for r in range(tab.rooms.rowCount())]  # noqa: E731
    assert tab.rooms.total == 48
    tab.search.setFocus()
    type_text(qtbot, tab.search, "3-2-12")
    tab.search.flush()
    assert codes() == ["3-2-1201", "3-2-1202"] and f.roomCount.text() == "共 2 间"
    qtbot.keyClick(tab.search, Qt.Key.Key_Escape)  # the popup goes
    qtbot.keyClick(tab.search, Qt.Key.Key_Escape)  # the text goes
    assert tab.rooms.total == 48
    type_text(qtbot, tab.search, "1201")
    tab.search.flush()
    assert codes() == ["3-1-1201", "3-2-1201"]
    qtbot.keyClick(tab.search, Qt.Key.Key_Escape)
    qtbot.keyClick(tab.search, Qt.Key.Key_Escape)
    type_text(qtbot, tab.search, "张三")
    tab.search.flush()
    assert tab.rooms.total == 48  # a name filters nothing
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert tab.card_data.code == "3-2-1201" and tab.rooms.total == 48  # loaded in the list: the list stays whole
    current = f.roomsTable.currentIndex()
    assert current.isValid() and tab.rooms.row_id(current.row()) == tab.card_data.room_id
    assert f.callButton.hasFocus()  # the desk goes on from the card, not from the list
    tab.rooms.page_size = 10  # a large property: the room lies beyond the rows loaded
    tab.search.setFocus()
    qtbot.keyClick(tab.search, Qt.Key.Key_Escape)
    assert tab.rooms.total == 48 and tab.rooms.row_of_id(tab.card_data.room_id) is None
    type_text(qtbot, tab.search, "张三")
    tab.search.flush()
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert tab.rooms.total == 24 and all(c.startswith("3-2-") for c in codes())  # its entrance
    current = f.roomsTable.currentIndex()
    assert current.isValid() and tab.rooms.row_id(current.row()) == tab.card_data.room_id


def test_room_keys_without_a_room_ask_for_one(window, boxes, qtbot):
    """Issue 19, item 15: with no room shown, F3, F4 and F6 open nothing: the search box takes the
    focus and the status bar says what to do; 收费 is disabled and F8 opens the fees tab with its
    search box asking for the room."""
    tab = window.registration
    assert tab.card_data is None and not tab.form.feesButton.isEnabled()
    for key, name in ((Qt.Key.Key_F3, "F3"), (Qt.Key.Key_F4, "F4"), (Qt.Key.Key_F6, "F6")):
        tab.form.card.setFocus()  # (the list would choose its first room on focus)
        qtbot.keyClick(tab.form.card, key)
        assert window.statusBar().currentMessage() == f"没有显示房间：先在搜索框找到房间，再按 {name}。"
        assert tab.search.hasFocus() and QApplication.activeModalWidget() is None
    assert boxes.shown == [] and QApplication.activeModalWidget() is None
    qtbot.keyClick(tab.search, Qt.Key.Key_F8)
    assert window.form.tabs.currentWidget() is window.pages["fees"] and window.fees.search.hasFocus()
