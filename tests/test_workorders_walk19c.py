"""Walk 19c's findings at the 工单 tab (section B), driven as a user with key presses: the F7 form
tells every fault at once and keeps its length warnings; a complaint's requested reply time; Ctrl+P
prints the order selected and the slip printed at 派单 is the original; Esc in 回访 and 转单 asks; a
complaint's follow-up speaks of complaints and keeps its first handling result; F8 collects at the
order's room; unchoosing the room takes its owner away; short order numbers; Enter on a row; a board
list opens at its first order."""
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from frontdesk.core import clock
from frontdesk.ui.print_preview import PrintPreview
from frontdesk.workorders.service import WorkOrderService
from tests.conftest import fill_reason, type_text, when_modal
from tests.helpers import choose_room, pdf_text
from tests.test_workorders_desk import window  # noqa: F401 - the shared fixture: 3栋, 张三 in 3-1-1201, 王师傅

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def _dept(svc, name="工程部"):
    return dict((n, i) for i, n in svc.departments())[name]


def _close(qtbot, window, preview):
    qtbot.keyClick(preview, Qt.Key.Key_Escape)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def _paste(qtbot, widget, text):
    QApplication.clipboard().setText(text)
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_V, CTRL)


def test_f7_shows_every_fault_at_once_and_keeps_the_length_warnings(window, store, qtbot, boxes):
    """B1: a room typed but not chosen, a category not in the list, a bad phone, 3,000 characters in
    或位置 and 报修人: one Ctrl+Enter shows them all, and the lines keep saying how long they are."""
    seen = {}

    def fill(dlg):
        f = dlg.form
        dlg.room_box.setFocus()
        qtbot.keyClicks(dlg.room_box, "9-9-999")  # typed, never chosen
        _paste(qtbot, f.place, "走" * 3000)
        _paste(qtbot, f.reporter, "张" * 3000)
        f.phone.setFocus()
        qtbot.keyClicks(f.phone, "12345")
        f.category.setFocus()
        type_text(qtbot, f.category.lineEdit(), "乱写的类别")
        seen["before"] = dlg.errors.text("place")
        f.content.setFocus()
        qtbot.keyClick(f.content, Qt.Key.Key_Return, CTRL)
        seen.update({name: dlg.errors.text(name) for name in ("room", "category", "phone", "place", "reporter",
                                                               "content")})
        seen["open"] = dlg.isVisible()
        dlg.done(0)

    done = when_modal(qtbot, fill)
    qtbot.keyClick(window, Qt.Key.Key_F7)
    done.check()
    assert seen["open"] and boxes.shown == []
    assert "3000" in seen["before"]
    for name in ("room", "category", "phone", "content"):
        assert seen[name], (name, seen)
    assert "3000" in seen["place"] and "3000" in seen["reporter"], seen  # the count stays after the save
    with store.read() as s:
        assert WorkOrderService(store).query().count(s) == 0


def test_a_complaint_takes_the_reply_time_the_complainant_asked_for(window, store, qtbot, boxes):
    """B2: with 投诉 chosen the form offers 要求答复时间 (Alt+K ticks it, the time field takes the focus);
    a time in the past is refused at the field, a later one becomes the reply deadline."""
    seen = {}

    def fill(dlg):
        f = dlg.form
        seen["repair shows it"] = f.askedReply.isVisible()
        f.kind.setCurrentIndex(f.kind.findData("complaint"))
        choose_room(qtbot, dlg)
        type_text(qtbot, f.content, "楼上半夜装修噪音")
        dlg.activateWindow()  # offscreen has no window manager to give the dialog the keys
        qtbot.waitUntil(dlg.isActiveWindow)
        qtbot.keyClick(f.content, Qt.Key.Key_K, ALT)
        qtbot.waitUntil(f.askedReply.isChecked)  # a button's Alt letter clicks it (animated)
        seen["focus"] = f.askedReplyAt.hasFocus() and f.askedReplyAt.isEnabled()
        qtbot.keyClick(f.askedReplyAt, Qt.Key.Key_PageDown)  # a month back: past
        qtbot.keyClick(f.content, Qt.Key.Key_Return, CTRL)
        seen["error"] = dlg.errors.text("asked_reply_at")
        for _ in range(2):
            qtbot.keyClick(f.askedReplyAt, Qt.Key.Key_PageUp)  # a month ahead
        seen["asked"] = f.askedReplyAt.dateTime().toPython().replace(second=0, microsecond=0)
        qtbot.keyClick(f.content, Qt.Key.Key_Return, CTRL)

    with clock.pinned(datetime(2026, 12, 4, 10, 0)):  # the time field opens at 12:00 that day
        done = when_modal(qtbot, fill)
        qtbot.keyClick(window, Qt.Key.Key_F7)
        done.check()
    assert seen["asked"] == datetime(2027, 1, 4, 12, 0)
    assert seen["repair shows it"] is False and seen["focus"] and seen["error"], seen
    o = WorkOrderService(store).get(window.workorders.current_id())
    assert o.kind == "complaint" and o.reply_due == seen["asked"]


def test_ctrl_p_prints_the_order_selected_and_the_dispatch_slip_is_the_original(window, store, supervisor, qtbot,
                                                                               boxes):
    """B3: while the F7 notice shows, Ctrl+P prints the order selected in the list, the notice's
    button its own; a slip printed before 派单 does not make the worker's slip a 副本."""
    svc = WorkOrderService(store)
    older = svc.register(supervisor, kind="repair_common", content="2栋楼道灯不亮", place="2栋楼道")
    tab = window.workorders

    def fill(dlg):
        choose_room(qtbot, dlg)
        type_text(qtbot, dlg.form.content, "阳台地漏堵了")
        qtbot.keyClick(dlg.form.content, Qt.Key.Key_Return, CTRL)

    done = when_modal(qtbot, fill)
    qtbot.keyClick(window, Qt.Key.Key_F7)
    done.check()
    new = svc.get(tab.current_id())
    assert tab.notice.isVisible()
    tab.select(older.id)
    tab.form.table.setFocus()
    qtbot.keyClick(tab.form.table, Qt.Key.Key_P, CTRL)
    preview = window.findChildren(PrintPreview)[-1]
    assert older.number in pdf_text(preview.pdf) and new.number not in pdf_text(preview.pdf)
    _close(qtbot, window, preview)
    qtbot.mouseClick(tab.notice.printButton, Qt.MouseButton.LeftButton)  # the notice's own order, before 派单
    preview = window.findChildren(PrintPreview)[-1]
    assert new.number in pdf_text(preview.pdf)
    _close(qtbot, window, preview)
    tab.select(new.id)
    done = when_modal(qtbot, lambda dlg: (dlg.form.worker.setCurrentIndex(1),
                                          qtbot.keyClick(dlg.form.worker, Qt.Key.Key_Return)))
    qtbot.mouseClick(tab.form.dispatchButton, Qt.MouseButton.LeftButton)
    done.check()
    slip = pdf_text(window.findChildren(PrintPreview)[-1].pdf)
    assert new.number in slip and "王师傅" in slip and "副本" not in slip  # the slip the worker carries
    _close(qtbot, window, window.findChildren(PrintPreview)[-1])
    tab.form.table.setFocus()
    qtbot.keyClick(tab.form.table, Qt.Key.Key_P, CTRL)
    assert "副本" in pdf_text(window.findChildren(PrintPreview)[-1].pdf)  # a reprint of it is


def test_esc_in_the_follow_up_and_reassign_forms_asks_before_throwing_typing_away(window, store, supervisor,
                                                                                   qtbot, boxes):
    """B4: what the resident said (回访 备注) and a 转单 reason typed are not lost to one Esc."""
    svc = WorkOrderService(store)
    done_order = svc.register(supervisor, kind="repair_home", content="门锁坏", room_id=window.room)
    svc.dispatch(supervisor, done_order.id, _dept(svc))
    svc.complete(supervisor, done_order.id, result="更换锁芯")
    open_order = svc.register(supervisor, kind="repair_common", content="路灯坏", place="1栋路口")
    svc.dispatch(supervisor, open_order.id, _dept(svc))
    tab = window.workorders
    tab.reload()
    boxes.answer = False  # 不放弃: the form stays
    seen = {}

    def esc(field, key):
        def act(dlg):
            w = getattr(dlg.form, field)
            w.setFocus()
            type_text(qtbot, w, "住户说晚上再来看")
            qtbot.keyClick(w, Qt.Key.Key_Escape)
            seen[key] = (boxes.shown[-1][0] if boxes.shown else None, dlg.isVisible())
            dlg.done(0)
        return act

    tab.select(done_order.id)
    done = when_modal(qtbot, esc("comment", "follow-up"))
    qtbot.mouseClick(tab.form.followButton, Qt.MouseButton.LeftButton)
    done.check()
    tab.select(open_order.id)
    done = when_modal(qtbot, esc("reason", "reassign"))
    qtbot.mouseClick(tab.form.reassignButton, Qt.MouseButton.LeftButton)
    done.check()
    assert seen == {"follow-up": ("ask", True), "reassign": ("ask", True)}


def test_a_complaints_follow_up_speaks_of_complaints_and_its_reopen_keeps_the_first_result(window, store,
                                                                                           supervisor, qtbot):
    """B5: no 维修人员按时上门 / 维修技能 for a complaint; unsatisfied, its note is not 返工 and the reopened
    投诉处理单 keeps how it was first handled, with what the resident said."""
    svc = WorkOrderService(store)
    c = svc.register(supervisor, kind="complaint", content="楼上装修噪音太大", room_id=window.room, reporter="张三")
    svc.dispatch(supervisor, c.id, _dept(svc))
    svc.complete(supervisor, c.id, result="已联系施工方停止夜间施工")
    tab = window.workorders
    tab.reload()
    tab.select(c.id)
    seen = {}

    def unsatisfied(dlg):
        f = dlg.form
        seen["labels"] = (f.onTime.text(), f.skillLabel.text())
        f.satisfaction.setFocus()
        f.satisfaction.selectAll()
        qtbot.keyClicks(f.satisfaction, "1")
        f.comment.setFocus()
        type_text(qtbot, f.comment, "昨晚又吵到一点")
        qtbot.keyClick(f.comment, Qt.Key.Key_Return)

    done = when_modal(qtbot, unsatisfied)
    qtbot.mouseClick(tab.form.followButton, Qt.MouseButton.LeftButton)
    done.check()
    assert "维修" not in seen["labels"][0] and "维修" not in seen["labels"][1], seen
    o = svc.get(c.id)
    assert o.state == "dispatched" and o.result == "已联系施工方停止夜间施工"
    notes = [detail for _at, _action, detail, _who in svc.history(c.id)]
    assert any("继续整改" in d and "昨晚又吵到一点" in d for d in notes) and not any("返工" in d for d in notes)
    tab.select(c.id)
    tab.form.table.setFocus()
    qtbot.keyClick(tab.form.table, Qt.Key.Key_P, CTRL)
    slip = pdf_text(window.findChildren(PrintPreview)[-1].pdf)
    assert "已联系施工方停止夜间施工" in slip and "昨晚又吵到一点" in slip


def test_f8_on_the_workorders_tab_collects_at_the_selected_orders_room(window, store, supervisor, qtbot):
    """B6: a paid repair selected, F8 opens 收费 at its room (its bill waiting there)."""
    from frontdesk.fees.service import FeeService
    svc = WorkOrderService(store)
    FeeService(store).add_item(supervisor, "YCWX", "有偿维修", "service")
    order = svc.register(supervisor, kind="repair_home", content="门锁坏", room_id=window.room)
    svc.dispatch(supervisor, order.id, _dept(svc))
    svc.complete(supervisor, order.id, result="更换锁芯", labour="80")
    tab = window.workorders
    tab.reload()
    tab.select(order.id)
    tab.form.table.setFocus()
    qtbot.keyClick(tab.form.table, Qt.Key.Key_F8)
    assert window.form.tabs.currentWidget() is window.pages["fees"] and window.fees.room_id == window.room
    assert window.fees.form.dueTable.rowCount() == 1


def test_unchoosing_the_room_takes_its_owner_away_but_not_what_the_desk_typed(window, store, qtbot, boxes):
    """B7: Esc in the room box empties 报修人 and 电话 that choosing the room filled in; a name the
    receptionist typed herself stays."""
    seen = {}

    def fill(dlg):
        f = dlg.form
        choose_room(qtbot, dlg)
        seen["filled"] = (f.reporter.text(), f.phone.text())
        qtbot.keyClick(dlg.room_box, Qt.Key.Key_Escape)
        seen["unchosen"] = (f.reporter.text(), f.phone.text())
        choose_room(qtbot, dlg)
        f.reporter.setFocus()
        f.reporter.selectAll()
        type_text(qtbot, f.reporter, "李四")
        dlg.room_box.setFocus()
        qtbot.keyClick(dlg.room_box, Qt.Key.Key_Escape)
        seen["typed"] = f.reporter.text()
        dlg.done(0)

    done = when_modal(qtbot, fill)
    qtbot.keyClick(window, Qt.Key.Key_F7)
    done.check()
    assert seen == {"filled": ("张三", "13800138000"), "unchosen": ("", ""), "typed": "李四"}


def test_short_order_numbers_enter_on_a_row_and_a_board_list_at_its_first_order(window, store, supervisor, qtbot):
    """B8: 关联维修单号 takes the running number alone (55 → GD2026-000055) and so does printing by
    number; Enter on a row puts the focus in its detail; a board list opens with its first order
    selected and shown."""
    svc = WorkOrderService(store)
    repair = svc.register(supervisor, kind="repair_home", content="卫生间漏水", room_id=window.room)
    complaint = svc.register(supervisor, kind="complaint", content="修了三次还漏", room_id=window.room)
    tab = window.workorders
    tab.reload()
    tab.select(complaint.id)
    short = str(int(repair.number.rsplit("-", 1)[1]))
    done = fill_reason(qtbot, method="有效", reference=short, reason="已安排工程部重新做防水")
    qtbot.mouseClick(tab.form.replyButton, Qt.MouseButton.LeftButton)
    done.check()
    assert svc.links(complaint.id) == [repair.number]
    assert svc.print_slip(supervisor, short)[0] == repair.id  # `frontdesk print workorder 53`
    tab.select(repair.id)
    tab.form.table.setFocus()
    qtbot.keyClick(tab.form.table, Qt.Key.Key_Return)
    assert tab.form.detail.hasFocus() and repair.number in tab.form.detail.toPlainText()
    qtbot.mouseClick(tab.form.notDispatchedButton, Qt.MouseButton.LeftButton)
    assert tab.current_id() is not None and tab.form.detail.toPlainText()
    assert tab.current_id() in (repair.id, complaint.id)
