"""The 工单 tab at a busy desk (issue 19), driven as a user: every step's form names the order it
acts on, the detail pane says where, who, what and what came of it, F7 tells the new number and
prints its slip at once, the completion form says what the resident pays, the complaint form speaks
of complaints, and long text is bounded where it is typed."""
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from frontdesk.core.workdays import CalendarService
from frontdesk.fees.service import FeeService
from frontdesk.registration.service import RegistrationService, plan_building
from frontdesk.workorders.service import WorkOrderService
from tests.conftest import open_main_window, when_modal

LONG = "厨房水槽下面的水管接头一直在滴水，地板已经泡起来了，楼下邻居说天花板也有水渍，请尽快派人来看看"


@pytest.fixture
def window(store, supervisor, zh_app, qtbot):
    CalendarService(store).ensure_seeded()
    reg = RegistrationService(store)
    reg.create_building_rooms(supervisor, "3", plan_building(1, 12, 2, ["89.55", "120"]), state="已入住")
    room = reg.search("3-1-1201")[0].room_id
    reg.add_person(supervisor, room, name="张三", relation="业主", phone="13800138000")
    svc = WorkOrderService(store)
    svc.add_worker(supervisor, dict((n, i) for i, n in svc.departments())["工程部"], "王师傅", "13900000001")
    w = open_main_window(qtbot, store, supervisor)
    w.room = room
    qtbot.keyClick(w, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    return w


def _leak(store, actor, room):
    svc = WorkOrderService(store)
    leak = next(i for i, _p, n in svc.categories() if n == "漏水")
    return svc.register(actor, kind="repair_home", content=LONG, room_id=room, category_id=leak, reporter="张三",
                        phone="13800138000")


def _seen_on(qtbot, button, seen: dict):
    """Click ``button``; the form that opens is read (title, head) and cancelled with Esc."""
    def read(dlg):
        seen.update(title=dlg.windowTitle(), head=dlg.form.info.text())
        qtbot.keyClick(dlg, Qt.Key.Key_Escape)

    done = when_modal(qtbot, read)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    done.check()
    return seen


def test_every_step_names_the_order_it_acts_on(window, store, supervisor, qtbot):
    svc = WorkOrderService(store)
    order = _leak(store, supervisor, window.room)
    tab = window.workorders
    tab.reload()
    tab.select(order.id)
    f = tab.form
    for button in (f.dispatchButton, f.replyButton, f.cancelButton):
        seen = _seen_on(qtbot, button, {})
        assert order.number in seen["title"], seen
        assert order.number in seen["head"] and "3-1-1201" in seen["head"], seen
        assert LONG[:20] in seen["head"] and LONG not in seen["head"] and "…" in seen["head"], seen
    svc.dispatch(supervisor, order.id, dict((n, i) for i, n in svc.departments())["工程部"])
    tab.reload()
    tab.select(order.id)
    seen = _seen_on(qtbot, f.completeButton, {})
    assert order.number in seen["title"] and "3-1-1201" in seen["head"] and LONG[:20] in seen["head"]
    svc.complete(supervisor, order.id, result="更换三通", materials="三通 2 12.50", labour="50")
    tab.reload()
    tab.select(order.id)
    seen = _seen_on(qtbot, f.followButton, {})
    assert order.number in seen["title"] and "3-1-1201" in seen["head"] and "13800138000" in seen["head"]


def test_the_detail_pane_says_where_who_what_and_what_came_of_it(window, store, supervisor, qtbot):
    svc = WorkOrderService(store)
    order = _leak(store, supervisor, window.room)
    tab = window.workorders
    tab.reload()
    tab.select(order.id)
    text = tab.form.detail.toPlainText()
    assert "3-1-1201" in text and "张三" in text and "138****8000" in text and "13800138000" not in text
    assert "水电 → 漏水" in text and LONG in text
    svc.dispatch(supervisor, order.id, dict((n, i) for i, n in svc.departments())["工程部"])
    svc.complete(supervisor, order.id, result="更换三通", materials="三通 2 12.50", labour="50")
    fees = FeeService(store)
    receipt = fees.take_payment(supervisor, window.room, [b.id for b in fees.due_bills(window.room)], "现金",
                                cash_received=Decimal(100))
    svc.follow_up(supervisor, order.id, reached=True, on_time=True, attitude="满意", skill="满意", manners="满意",
                  satisfaction=5, comment="师傅很仔细")
    tab.reload()
    tab.select(order.id)
    text = tab.form.detail.toPlainText()
    assert "更换三通" in text and "三通 × 2 @ 12.50" in text
    assert "有偿维修 75.00 元：已缴费" in text and receipt.number in text
    assert "师傅很仔细" in text and "满意度 5" in text
