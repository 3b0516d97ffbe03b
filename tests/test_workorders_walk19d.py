"""Walk 19's desk review (items 4–8, 11–14), driven as a user: the step buttons follow the order's
state, the warranty form names its room and asks about odd dates, the F7 form's Tab order follows
the screen, the workers' list refuses a duplicate, the register shows an unsatisfied follow-up call
and a paid repair's receipt, and F8 at a paid repair ticks only its bill."""
from datetime import datetime

from PySide6.QtCore import Qt

from frontdesk.core import clock
from frontdesk.workorders.service import WorkOrderService
from tests.conftest import fill_reason, when_modal
from tests.test_workorders_desk import window  # noqa: F401 - the shared fixture: 3栋, 张三 in 3-1-1201, 王师傅

AT = datetime(2026, 12, 4, 10, 0)  # a Friday morning


def _dept(svc, name="工程部"):
    return dict((n, i) for i, n in svc.departments())[name]


def _at(tab, order_id):
    tab.reload()
    tab.select(order_id)
    return tab.form


def test_the_step_buttons_follow_the_orders_state(window, store, supervisor, qtbot, boxes, monkeypatch):
    """Item 4: a registered order can be dispatched or cancelled, not paused or completed (greyed,
    the tooltip says why); a cancelled one takes no step; a pause on an order another desk cancelled
    meanwhile is refused before the reason is asked for."""
    svc = WorkOrderService(store)
    with clock.pinned(AT):
        order = svc.register(supervisor, kind="repair_home", content="门锁坏", room_id=window.room)
        f = _at(window.workorders, order.id)
        assert f.dispatchButton.isEnabled() and f.cancelButton.isEnabled()
        for button in (f.pauseButton, f.completeButton, f.followButton, f.sendBackButton, f.reassignButton):
            assert not button.isEnabled(), button.objectName()
        assert "已登记" in f.pauseButton.toolTip() and "暂停" in f.pauseButton.toolTip()
        svc.dispatch(supervisor, order.id, _dept(svc))
        f = _at(window.workorders, order.id)
        assert f.pauseButton.isEnabled() and f.completeButton.isEnabled() and not f.dispatchButton.isEnabled()
        svc.cancel(supervisor, order.id, "业主自己修好了")  # at another desk: this tab still shows it dispatched
        from frontdesk.ui.reason_dialog import ReasonDialog
        asked = []
        monkeypatch.setattr(ReasonDialog, "exec", lambda dlg: asked.append(dlg) or 0)
        qtbot.mouseClick(f.pauseButton, Qt.MouseButton.LeftButton)
        assert not asked, "the reason form opened for a step that cannot be taken"
        assert boxes.shown and "已取消" in boxes.shown[-1][1] and "暂停" in boxes.shown[-1][1], boxes.shown
        for name in ("dispatchButton", "reassignButton", "sendBackButton", "pauseButton", "completeButton",
                     "followButton", "cancelButton"):
            assert not getattr(f, name).isEnabled() and "已取消" in getattr(f, name).toolTip(), name


def _warranty(qtbot, tab, then=None, **values):
    seen = {}

    def read(dlg):
        seen.update(title=dlg.windowTitle(), head=dlg.form.info.text())
        if then is not None:
            then(dlg)

    done = fill_reason(qtbot, then=read, **values)
    qtbot.mouseClick(tab.form.warrantyButton, Qt.MouseButton.LeftButton)
    done.check()
    return seen


def test_the_warranty_form_names_its_room_and_asks_about_odd_dates(window, store, supervisor, qtbot, boxes):
    """Item 5: the form's title and head name the room and its owner; a day already past or more than
    ten years ahead is asked about (no: nothing saved); the same date again writes no audit row."""
    from frontdesk.core.models import AuditEntry
    from sqlalchemy import func, select
    svc = WorkOrderService(store)
    with clock.pinned(AT):
        order = svc.register(supervisor, kind="repair_home", content="门锁坏", room_id=window.room)
        tab = window.workorders
        _at(tab, order.id)

        def logged():
            with store.read() as s:
                return s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.entity == "room"))
        before = logged()
        _warranty(qtbot, tab)  # Enter with none typed, and it had none: nothing changed
        assert logged() == before and svc.warranty(window.room) is None
        boxes.answer = False
        seen = _warranty(qtbot, tab, amount="2020-01-01")
        assert "3-1-1201（张三）" in seen["title"] and "3-1-1201（张三）" in seen["head"], seen
        assert boxes.shown[-1][0] == "ask" and "2020-01-01" in boxes.shown[-1][1] and svc.warranty(window.room) is None
        _warranty(qtbot, tab, amount="2099-01-01")
        assert "2099-01-01" in boxes.shown[-1][1] and "10" in boxes.shown[-1][1] and svc.warranty(window.room) is None
        boxes.answer, asked = True, len(boxes.shown)
        _warranty(qtbot, tab, amount="2027-06-30")  # an ordinary date: no question
        assert len(boxes.shown) == asked and str(svc.warranty(window.room)) == "2027-06-30"
        before = logged()
        _warranty(qtbot, tab)  # Enter on the date it has: nothing changed
        assert logged() == before and str(svc.warranty(window.room)) == "2027-06-30"
        svc.set_warranty(supervisor, window.room, "2099-01-01", confirmed=True)  # said yes: kept
        assert str(svc.warranty(window.room)) == "2099-01-01"


def test_tab_in_the_f7_form_follows_the_screen(window, qtbot):
    """Item 6: Tab goes 类型 → 房屋 → 来电转入 → 或位置 → … as the rows are on screen, the room second
    (not after 保存 and 取消)."""
    from PySide6.QtWidgets import QApplication
    seen = []

    def walk(dlg):
        f = dlg.form
        qtbot.waitUntil(lambda: QApplication.focusWidget() is f.kind)
        for _ in range(9):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            seen.append(QApplication.focusWidget())
        order = [dlg.room_box, f.call, f.place, f.reporter, f.phone, f.channel, f.category, f.content]
        assert seen[:8] == order and dlg.room_box not in seen[1:], [w.objectName() or type(w).__name__ for w in seen]
        dlg.done(0)

    done = when_modal(qtbot, walk)
    qtbot.keyClick(window, Qt.Key.Key_F7)
    done.check()


def test_a_worker_twice_is_refused_and_every_fault_is_told_at_once(window, store, supervisor, qtbot):
    """Item 7: 王师傅 13900000001 again in 工程部 is refused at the name, in Chinese; a name too long and
    a bad phone are told together."""
    from frontdesk.workorders.dialogs import WorkersDialog
    from tests.conftest import type_text
    dlg = WorkersDialog(store, supervisor, window)
    qtbot.addWidget(dlg)
    dlg.show()
    f = dlg.form
    type_text(qtbot, f.name, "王师傅")
    f.phone.setText("13900000001")
    qtbot.mouseClick(f.addButton, Qt.MouseButton.LeftButton)
    assert "工程部已有王师傅 13900000001" in dlg.errors.text("name") and f.workers.rowCount() == 1
    f.name.setText("王" * 300)
    f.phone.setText("abc")
    qtbot.mouseClick(f.addButton, Qt.MouseButton.LeftButton)
    assert "32" in dlg.errors.text("name") and dlg.errors.text("phone") and f.workers.rowCount() == 1


def _register(store, tmp_path, day):
    """The register as written (the xlsx), each order's row by column title."""
    from openpyxl import load_workbook
    from frontdesk.workorders.documents import write_register
    path = tmp_path / "wo.xlsx"
    write_register(store, day, day, path)
    ws = load_workbook(path).worksheets[-1]
    rows = [[c.value for c in r] for r in ws.iter_rows()]
    head = next(i for i, r in enumerate(rows) if "Number" in r)
    titles = rows[head]
    return {r[0]: dict(zip(titles, r)) for r in rows[head + 1:] if r[0] and str(r[0]).startswith("GD")}


def test_the_register_shows_an_unsatisfied_call_and_a_paid_repairs_receipt(window, store, supervisor, tmp_path):
    """Items 8 and 13: a call that reached the resident, unsatisfied, reopened the order: the register
    says when and 不满意（返工）, and the follow-up rate counts the reopened order in neither part (it
    is not done); a paid repair's receipt number is in the register."""
    from frontdesk.fees.service import FeeService
    svc, fees = WorkOrderService(store), FeeService(store)
    fees.add_item(supervisor, "YCWX", "有偿维修", "service")
    with clock.pinned(AT):
        lamp = svc.register(supervisor, kind="repair_home", content="灯不亮", room_id=window.room)
        lock = svc.register(supervisor, kind="repair_home", content="门锁坏", room_id=window.room)
        for order in (lamp, lock):
            svc.dispatch(supervisor, order.id, _dept(svc))
    with clock.pinned(AT.replace(hour=11)):
        svc.complete(supervisor, lamp.id, result="换灯泡")
        bill = svc.complete(supervisor, lock.id, result="更换锁芯", labour="80")
        receipt = fees.take_payment(supervisor, window.room, [bill], "现金")
    with clock.pinned(AT.replace(hour=15, minute=30)):
        assert svc.follow_up(supervisor, lamp.id, reached=True, on_time=True, attitude="满意", skill="满意",
                             manners="满意", satisfaction=1, comment="灯还是不亮") == "dispatched"
    rows = _register(store, tmp_path, AT.date())
    assert rows[lamp.number]["Follow-up result"] == "不满意（返工）"
    assert rows[lamp.number]["Followed up"] == AT.replace(hour=15, minute=30)
    assert rows[lamp.number]["Reopened"] == 1 and rows[lamp.number]["Follow-up calls"] == 1
    assert rows[lock.number]["Receipt no."] == receipt.number and rows[lamp.number]["Receipt no."] in ("", None)
    figures = svc.rates(AT.date(), AT.date())  # the lamp is back with the department: in neither part
    assert figures["followed_up"] == 0 and figures["follow_up_due"] == 1  # the lock, completed, still due


def test_f8_at_a_paid_repair_ticks_only_its_bill(window, store, supervisor, qtbot):
    """Item 14: the room also owes last month's 物业管理费; F8 at the paid repair's order opens 收费 with
    only the repair's bill ticked (the room's other bills listed, not ticked); F8 at an order with no
    bill ticks what is due, as ever."""
    from datetime import date
    from frontdesk.fees.service import FeeService
    svc, fees = WorkOrderService(store), FeeService(store)
    with clock.pinned(AT):
        fee = fees.add_item(supervisor, "WYF", "物业管理费", "area_monthly")
        fees.set_price(supervisor, fee, date(2026, 1, 1), "1.85")
        fees.generate_month(supervisor, 2026, 11)
        fees.add_item(supervisor, "YCWX", "有偿维修", "service")
        order = svc.register(supervisor, kind="repair_home", content="门锁坏", room_id=window.room)
        free = svc.register(supervisor, kind="repair_home", content="灯不亮", room_id=window.room)
        svc.dispatch(supervisor, order.id, _dept(svc))
        bill = svc.complete(supervisor, order.id, result="更换锁芯", labour="80")
        tab = window.workorders

        def ticked():
            t = window.fees.form.dueTable
            return sorted(t.item(i, 0).text() for i in range(t.rowCount())
                          if t.item(i, 0).checkState() == Qt.CheckState.Checked)

        for oid, expected in ((order.id, ["有偿维修"]), (free.id, ["有偿维修", "物业管理费"])):
            _at(tab, oid)
            tab.form.table.setFocus()
            qtbot.keyClick(tab.form.table, Qt.Key.Key_F8)
            assert window.form.tabs.currentWidget() is window.pages["fees"] and window.fees.room_id == window.room
            assert window.fees.form.dueTable.rowCount() == 2 and ticked() == expected, (oid, ticked())
            window.form.tabs.setCurrentWidget(window.pages["workorders"])
        assert bill is not None


def test_what_the_resident_pays_names_every_fault(window, store, supervisor, qtbot):
    """Item 12: with two bad material lines and a bad labour, 住户应付 names all three, not the first."""
    from frontdesk.workorders.dialogs import CompleteDialog
    svc = WorkOrderService(store)
    with clock.pinned(AT):
        order = svc.register(supervisor, kind="repair_home", content="门锁坏", room_id=window.room)
        svc.dispatch(supervisor, order.id, _dept(svc))
        dlg = CompleteDialog(store, supervisor, order.id, window)
        qtbot.addWidget(dlg)
        dlg.form.materials.setPlainText("锁芯 1 80\n螺丝 x 1\n合页 1 y")
        dlg.form.labour.setText("abc")
        shown = dlg.form.charge.text()
    assert "第 2 行" in shown and "第 3 行" in shown and shown.count("；") >= 2, shown
