"""The 钥匙 tab driven as the desk does, keyboard first, on the real main window: an owner's keys
kept with a signature drawn on the pad by mouse strokes (the 钥匙收条 printed, the signature in it), a
public key lent to a plumber for a work order with a supervisor's approval typed at the desk, seen
overdue in red, taken back with a short count recorded, a scanner's tag selecting its set, and the
handover count with a difference — offered when the shift is closed in 收费."""
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from frontdesk.core import clock
from frontdesk.core.operators import OperatorService
from frontdesk.core.people import id_check_digit
from frontdesk.keys.service import KeyService
from frontdesk.registration.service import RegistrationService, plan_building
from frontdesk.workorders.service import WorkOrderService
from tests.conftest import SUPER_PW, open_main_window, type_text, when_modal
from tests.helpers import choose_room

MON = datetime(2026, 11, 2, 9, 0)  # a Monday


def draw(qtbot, pad) -> None:
    """A signature as a hand makes it on the pad: press, drag through a few points, release."""
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication
    points = [QPointF(30, 60), QPointF(60, 30), QPointF(90, 70), QPointF(130, 35), QPointF(170, 65)]
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    steps = [(QEvent.Type.MouseButtonPress, points[0], left, left)]
    steps += [(QEvent.Type.MouseMove, p, none, left) for p in points[1:]]
    steps += [(QEvent.Type.MouseButtonRelease, points[-1], left, none)]
    for kind, p, button, held in steps:
        QApplication.sendEvent(pad, QMouseEvent(kind, p, pad.mapToGlobal(p), button, held,
                                                Qt.KeyboardModifier.NoModifier))


@pytest.fixture
def window(store, supervisor, zh_app, qtbot, boxes):
    with clock.pinned(MON):
        reg = RegistrationService(store)
        reg.create_building_rooms(supervisor, "3", plan_building(1, 12, 2, ["89.55", "120"]), state="已入住")
        room = reg.search("3-1-1201")[0].room_id
        reg.add_person(supervisor, room, name="张业主", relation="业主", phone="13800138000")
        OperatorService(store).add(supervisor, "qiantai", "李前台", "receptionist", "Qiantai2026")
    clerk = OperatorService(store).authenticate("qiantai", "Qiantai2026")
    w = open_main_window(qtbot, store, clerk)
    w.room, w.clerk = room, clerk
    w.previews = []
    w.preview_pdf = lambda pdf, title, stem, missing=frozenset(): w.previews.append((pdf, title)) or pdf
    qtbot.waitUntil(w.isActiveWindow)
    qtbot.keyClick(w, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    tab = w.keys
    tab.preview = w.preview_pdf
    assert w.form.tabs.currentWidget() is w.pages["keys"] and tab.form.search.hasFocus()
    return w


def _modal(qtbot, act, trigger):
    def run(dlg):
        dlg.activateWindow()
        qtbot.waitUntil(dlg.isActiveWindow, timeout=2000)
        act(dlg)
        if dlg.isVisible():
            faults = {k: dlg.errors.text(k) for k in dlg.errors.fields if dlg.errors.text(k)}
            dlg.done(0)
            raise AssertionError(f"the form stayed open: {faults}")
    done = when_modal(qtbot, run)
    trigger()
    done.check()


def test_keep_an_owners_keys_with_a_signature_drawn(window, store, qtbot):
    tab = window.keys
    seen = {}

    def fill(dlg):
        f = dlg.form
        qtbot.keyClick(dlg, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # empty: every fault at once
        seen["faults"] = {k for k in dlg.errors.fields if dlg.errors.text(k)}
        choose_room(qtbot, dlg, "3-1-1201")
        assert f.owner.currentText() == "张业主"
        f.pieces.setValue(3)
        type_text(qtbot, f.contractor, "美家装饰 赵工")
        draw(qtbot, dlg.sign)
        qtbot.keyClick(dlg, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    with clock.pinned(MON + timedelta(hours=1)):
        _modal(qtbot, fill, lambda: qtbot.keyClick(tab, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier))
    assert {"room", "owner", "signature"} <= seen["faults"]
    key = KeyService(store).search("3-1-1201")[0]
    assert (key.state, key.pieces, key.collectors) == ("in", 3, ("张业主", "美家装饰 赵工"))
    move = KeyService(store).history(key.id)[0]
    assert move.signature and move.signature.startswith(b"\x89PNG")
    pdf, title = window.previews[-1]
    assert pdf.startswith(b"%PDF") and title == key.receipt
    assert tab.current().tag == key.tag and "收存" in tab.form.detail.toPlainText()


def test_lend_for_a_work_order_with_approval_overdue_and_back_short(window, store, supervisor, qtbot, boxes):
    tab, svc = window.keys, KeyService(store)
    with clock.pinned(MON):
        tag = svc.register_public(window.clerk, place="3栋水泵房", hook="B-01", pieces=2)
        order = WorkOrderService(store).register(window.clerk, kind="repair_common", content="水泵房漏水",
                                                 place="3栋水泵房", reporter="巡查", phone="13800138000")
    tab.reload()
    # a scanner types the tag and Enter: its set is chosen
    qtbot.keyClicks(tab.form.search, tag.lower())
    qtbot.keyClick(tab.form.search, Qt.Key.Key_Return)
    assert tab.current().tag == tag

    def fill(dlg):
        f = dlg.form
        f.personKind.setCurrentText("施工方")
        assert f.approver.isVisible()
        type_text(qtbot, f.person, "刘师傅")
        type_text(qtbot, f.phone, "13911112222")
        type_text(qtbot, f.idNumber, "11010519900101123" + id_check_digit("11010519900101123"))
        f.purpose.setCurrentText("维修")
        type_text(qtbot, f.workOrder, order.number)
        qtbot.keyClick(dlg, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # no approval yet
        assert dlg.errors.text("approver") and dlg.isVisible()
        type_text(qtbot, f.approver, "zhuguan")
        type_text(qtbot, f.approverPassword, SUPER_PW)
        type_text(qtbot, f.unsigned, "本人签于纸质登记本")
        qtbot.keyClick(dlg, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    with clock.pinned(MON + timedelta(minutes=10)):
        _modal(qtbot, fill, lambda: qtbot.keyClick(tab, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier))
    out = svc.by_tag(tag)
    assert out.state == "out", boxes.shown
    assert out.state == "out" and out.work_order == order.number
    assert svc.history(out.id)[-1].approver == "王主管"
    assert window.previews[-1][1] == out.slip
    with clock.pinned(MON + timedelta(hours=9)):  # past the loan period: red on the board
        tab.reload()
        assert "逾期 1" in tab.form.board.text()
        assert tab.form.outTable.item(0, 0).foreground().color().name() == "#b42318"
        assert tab.form.outTable.item(0, 4).text() == "逾期"  # said, not only coloured
        tab.form.sections.setCurrentWidget(tab.form.outPage)
        tab.form.outTable.setCurrentCell(0, 0)

        def back(dlg):
            dlg.form.pieces.setValue(1)
            draw(qtbot, dlg.sign)
            qtbot.keyClick(dlg, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # short, no word: refused
            assert dlg.errors.text("note")
            type_text(qtbot, dlg.form.note, "一把遗落泵房")
            qtbot.keyClick(dlg, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        _modal(qtbot, back, lambda: qtbot.keyClick(tab, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier))
    back = svc.by_tag(tag)
    assert (back.state, back.pieces) == ("in", 1)
    assert svc.history(back.id)[-1].missing == 1
    with clock.pinned(MON + timedelta(hours=10)):  # the work order shows the loan
        qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
        orders = window.task_tab("workorders")
        orders.reload()
        orders.select(order.id)
        detail = orders.form.detail.toPlainText()
    assert f"钥匙 {tag}（3栋水泵房）借给 刘师傅" in detail and "已归还（逾期）" in detail, detail


def test_the_shift_close_offers_the_handover_count_with_a_difference(window, store, supervisor, qtbot, boxes):
    svc = KeyService(store)
    with clock.pinned(MON):
        a = svc.register_public(window.clerk, place="天台", hook="A-02", pieces=1)
        b = svc.register_public(window.clerk, place="电梯机房", hook="A-03", pieces=1)
    window.keys.reload()
    boxes.answer = True  # 交班后现在盘点钥匙？ yes

    def count(dlg):
        f = dlg.form
        qtbot.keyClicks(f.scan, a)
        qtbot.keyClick(f.scan, Qt.Key.Key_Return)
        f.lines.item(1, 5).setText("工程部借用未登记")
        type_text(qtbot, f.incoming, "zhuguan")
        type_text(qtbot, f.incomingPassword, SUPER_PW)
        draw(qtbot, dlg.sign_out)
        draw(qtbot, dlg.sign_in)
        qtbot.keyClick(dlg, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    _modal(qtbot, count, lambda: window._happened("shift_closed"))
    number = svc.counts_made()[0][0]
    paper = svc.paper(number)
    assert [(x["tag"], x["diff"]) for x in paper.count["lines"]] == [(b, "缺少")]
    assert paper.count["outgoing_signature"] and paper.count["incoming_signature"]
