"""The 证件 tab driven as the desk does, keyboard first, on the real main window: a renovation from
application (Ctrl+N) through its tests, approval, money and permit (printed, read back), two worker
passes printed on one card sheet and one returned, a release slip issued with the owner's word and
checked at the gate by typing its number and Enter (a second scan refused), and the acceptance that
pays the owner's deposit back and lists the contractor's for later."""
from datetime import timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt

from frontdesk.core import clock
from frontdesk.core.people import id_check_digit
from frontdesk.core.workdays import CalendarService
from frontdesk.passes.service import PassService
from frontdesk.registration.service import RegistrationService, plan_building
from tests.conftest import open_main_window, type_text, when_modal
from tests.helpers import choose_room, pdf_text

RIC = "11010519900101123" + id_check_digit("11010519900101123")
RIC2 = "11010519850202234" + id_check_digit("11010519850202234")


@pytest.fixture
def window(store, supervisor, zh_app, qtbot, boxes):
    CalendarService(store).ensure_seeded()
    reg = RegistrationService(store)
    reg.create_building_rooms(supervisor, "3", plan_building(1, 12, 2, ["89.55", "120"]), state="已入住")
    room = reg.search("3-1-1201")[0].room_id
    reg.add_person(supervisor, room, name="张业主", relation="业主", phone="13800138000")
    w = open_main_window(qtbot, store, supervisor)
    w.room = room
    w.previews = []
    w.preview_pdf = lambda pdf, title, stem, missing=frozenset(): w.previews.append((pdf, title)) or pdf
    qtbot.waitUntil(w.isActiveWindow)
    qtbot.keyClick(w, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    tab = w.passes
    tab.preview = w.preview_pdf
    assert w.form.tabs.currentWidget() is w.pages["passes"] and tab.form.verify.hasFocus()
    return w


def _modal(qtbot, act, trigger):
    """``act(dialog)`` on the form ``trigger()`` opens, once it is the active window (as on a desk, where
    the form that opens has the keyboard); a form left open fails the test instead of hanging it."""
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


def _active(qtbot, dlg):
    """A form shown without exec(), active as on a desk (typing and Tab reach it)."""
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.activateWindow()
    qtbot.waitUntil(dlg.isActiveWindow)
    return dlg


def test_a_renovation_from_application_to_permit_and_acceptance(window, store, supervisor, qtbot, boxes):
    tab = window.passes
    f = tab.form
    svc = PassService(store)
    seen = {}

    def application(dlg):
        g = dlg.form
        qtbot.keyClick(g.contractor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # empty: every fault
        seen["faults"] = [dlg.errors.text(k) for k in ("room", "contractor", "manager", "manager_phone", "documents")]
        choose_room(qtbot, dlg)
        seen["owner"] = g.owner.text()
        for widget, text in ((g.contractor, "美家装饰工程有限公司"), (g.manager, "赵工"), (g.managerPhone, "13911112222")):
            widget.setFocus()
            type_text(qtbot, widget, text)
        dlg.work_boxes[0].setChecked(True)
        g.docAgreement.setChecked(True)
        qtbot.keyClick(g.contractor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    _modal(qtbot, application, lambda: qtbot.keyClick(tab, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier))
    assert all(seen["faults"]) and seen["owner"] == "张业主 138****8000"  # the phone masked, as in the detail pane
    reno = svc.renovations("live")[0]
    assert reno.state == "applied" and f.sections.currentWidget() is f.renovationsPage
    assert reno.number in f.renoDetail.toPlainText()

    def tests(dlg):
        g = dlg.form
        g.waterResult.setCurrentIndex(g.waterResult.findData("合格"))
        g.pressureResult.setCurrentIndex(g.pressureResult.findData("暂缓（供暖期）"))
        for w, text in ((g.waterWitness, "刘工"), (g.pressureWitness, "刘工"), (g.engineer, "刘工")):
            w.setFocus()
            type_text(qtbot, w, text)
        g.ownerSigned.setChecked(True)
        qtbot.keyClick(g.engineer, Qt.Key.Key_Return)

    _modal(qtbot, tests, lambda: qtbot.mouseClick(f.testButton, Qt.MouseButton.LeftButton))
    history = f.renoDetail.toPlainText()  # each step named once: 闭水试验  <day> 合格，见证人 刘工
    assert f"闭水试验  {clock.today():%Y-%m-%d} 合格" in history
    assert all(line.count("闭水试验") == 1 for line in history.splitlines() if "闭水试验" in line)
    qtbot.mouseClick(f.approveButton, Qt.MouseButton.LeftButton)
    assert svc.renovation(reno.id).state == "approved"
    qtbot.mouseClick(f.issueButton, Qt.MouseButton.LeftButton)  # not paid: said plainly, nothing issued
    assert boxes.shown[-1][0] == "warn" and "尚未缴纳" in boxes.shown[-1][1]

    def money(dlg):
        seen["money"] = dlg.form.info.text()
        qtbot.keyClick(dlg.form.method, Qt.Key.Key_Return)

    _modal(qtbot, money, lambda: qtbot.mouseClick(f.payButton, Qt.MouseButton.LeftButton))
    assert "¥2,000.00" in seen["money"] and "¥3,000.00" in seen["money"] and "¥5,300.00" in seen["money"]
    assert svc.renovation(reno.id).paid
    qtbot.mouseClick(f.issueButton, Qt.MouseButton.LeftButton)
    pdf, title = window.previews[-1]
    text = pdf_text(pdf)
    assert svc.renovation(reno.id).state == "issued" and title == reno.number
    for expected in (reno.number, "装修许可证", "3栋1单元1201", "美家装饰工程有限公司", "装修通知单", "施工须知"):
        assert expected in text, expected
    qtbot.keyClick(tab, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # again: 副本
    assert "副本" in pdf_text(window.previews[-1][0])

    # two worker passes under the permit, printed on one card sheet; one returned
    numbers = []
    for name, ric in (("孙师傅", RIC), ("钱师傅", RIC2)):
        def worker(dlg, name=name, ric=ric):
            g = dlg.form
            for w, text in ((g.name, name), (g.idNumber, ric), (g.phone, "13700001111"), (g.trade, "水电")):
                w.setFocus()
                type_text(qtbot, w, text)
            qtbot.keyClick(g.trade, Qt.Key.Key_Return)
        f.sections.setCurrentWidget(f.renovationsPage)
        tab.select(f.renovations, reno.id)
        _modal(qtbot, worker, lambda: qtbot.mouseClick(f.workerButton, Qt.MouseButton.LeftButton))
        numbers.append(svc.docs("worker")[0].number)
    assert len(set(numbers)) == 2 and all(n.startswith("SG") for n in numbers)
    f.docs.setFocus()  # both passes chosen in the list (Shift+Down), Ctrl+P: one card sheet
    tab.select(f.docs, svc.doc(numbers[1]).id)
    qtbot.keyClick(f.docs, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert {d.number for d in tab.chosen_docs()} == set(numbers)
    qtbot.keyClick(f.docs, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    sheet = pdf_text(window.previews[-1][0])
    assert all(n in sheet for n in numbers) and "110105********" in sheet and RIC not in sheet
    assert f.sections.currentWidget() is f.docsPage
    tab.select(f.docs, svc.doc(numbers[0]).id)

    def give_back(dlg):
        qtbot.keyClick(dlg.form.method, Qt.Key.Key_Return)

    _modal(qtbot, give_back, lambda: qtbot.mouseClick(f.returnButton, Qt.MouseButton.LeftButton))
    assert svc.doc(numbers[0]).state == "returned"

    # acceptance: the owner's deposit back now, the contractor's listed for later
    f.sections.setCurrentWidget(f.renovationsPage)
    tab.select(f.renovations, reno.id)

    def accept(dlg):
        seen["accept"] = dlg.form.info.text()
        qtbot.keyClick(dlg.form.passed, Qt.Key.Key_Return)

    _modal(qtbot, accept, lambda: qtbot.mouseClick(f.acceptButton, Qt.MouseButton.LeftButton))
    r = svc.renovation(reno.id)
    assert r.state == "accepted" and "现退还 ¥2,000.00" in seen["accept"]
    owner = next(m for m in r.money if m.what == "装修押金（业主）")
    assert owner.status == "refunded" and owner.refunded == Decimal("2000.00")
    assert any(numbers[1] in text for _k, text in boxes.shown)  # the pass not returned is named
    assert r.contractor_refund_due > clock.today()


def test_a_release_slip_issued_and_checked_at_the_gate_from_the_keyboard(window, store, qtbot, boxes):
    tab = window.passes
    f = tab.form
    svc = PassService(store)

    def slip(dlg):
        g = dlg.form
        choose_room(qtbot, dlg)
        for w, text in ((g.bearer, "张业主"), (g.idNumber, RIC), (g.confirmedBy, "张业主")):
            w.setFocus()
            type_text(qtbot, w, text)
        g.items.setFocus()
        type_text(qtbot, g.items, "沙发 1")
        qtbot.keyClick(g.bearer, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    _modal(qtbot, slip, lambda: qtbot.mouseClick(f.releaseButton, Qt.MouseButton.LeftButton))
    d = svc.docs("release")[0]
    assert d.details["items"] == [["沙发", 1]]
    pdf, _title = window.previews[-1]
    text = pdf_text(pdf)
    assert d.number in text and "存根" in text and "门岗联" in text and "沙发" in text
    f.verify.setFocus()
    qtbot.keyClicks(f.verify, d.number.lower())  # a scanner types the number, then Enter
    qtbot.keyClick(f.verify, Qt.Key.Key_Return)
    assert "可以放行" in f.verifyResult.text() and "沙发×1" in f.verifyResult.text()
    assert f.verify.selectedText() == d.number.lower()  # the next scan replaces it
    qtbot.keyClicks(f.verify, d.number)
    qtbot.keyClick(f.verify, Qt.Key.Key_Return)
    assert "已于" in f.verifyResult.text() and "不得再次放行" in f.verifyResult.text()
    qtbot.keyClicks(f.verify, "FX2026-999999")
    qtbot.keyClick(f.verify, Qt.Key.Key_Return)
    assert "没有这个证件" in f.verifyResult.text()


def test_the_board_opens_what_needs_the_desk(window, store, supervisor, qtbot):
    """An application past its approval day is on the board, red; Enter on it opens the renovation."""
    svc = PassService(store)
    today = clock.today()
    number = svc.apply(supervisor, window.room, contractor="美家装饰", manager="赵工", manager_phone="13911112222",
                       workers=2, works=["墙面"], start=today + timedelta(days=1), end=today + timedelta(days=20),
                       documents=["装修协议"])
    with clock.pinned(clock.now() + timedelta(days=10)):
        tab = window.passes
        tab.reload()
        f = tab.form
        f.sections.setCurrentWidget(f.boardPage)
        assert f.board.rowCount() == 1 and f.board.item(0, 1).text() == number
        assert f.board.item(0, 0).text() == "审批超期" and f.board.item(0, 0).foreground().color().name() == "#b42318"
        f.board.setFocus()
        qtbot.keyClick(f.board, Qt.Key.Key_Return)
        assert f.sections.currentWidget() is f.renovationsPage and number in f.renoDetail.toPlainText()
    assert QDate.currentDate()  # Qt's clock untouched


def test_the_rules_are_kept_in_settings_by_a_supervisor(window, store, supervisor, qtbot):
    from frontdesk.passes.dialogs import PassRulesDialog
    menu = [a.text() for a in window.form.menuSettings.actions()] if hasattr(window.form, "menuSettings") else None
    assert menu is None or any("证件规则" in t for t in menu)
    dlg = PassRulesDialog(store, supervisor, window)
    qtbot.addWidget(dlg)
    f = dlg.form
    f.wasteFee.setText("-5")
    f.works.setPlainText("")
    assert not dlg.submit()
    assert dlg.errors.text("waste_fee") and dlg.errors.text("works")
    f.wasteFee.setText("450")
    f.works.setPlainText("水电改造、墙面、阳台封闭")
    assert dlg.submit()
    rules = PassService(store).rules()
    assert rules.waste_fee == Decimal("450.00") and rules.works == ("水电改造", "墙面", "阳台封闭")


def test_the_goods_are_read_as_the_desk_types_them(window, store, supervisor, qtbot):
    from frontdesk.passes.dialogs import ReleaseDialog
    dlg = ReleaseDialog(store, supervisor, window)
    qtbot.addWidget(dlg)
    dlg.form.items.setPlainText("沙发 1\n纸箱 x12\n纸箱×3\nXbox 1\nLED-X5 显示器 2\n床 2张\n\n冰箱")
    assert dlg.items() == [("沙发", "1"), ("纸箱", "12"), ("纸箱", "3"), ("Xbox", "1"), ("LED-X5 显示器", "2"),
                           ("床", "2"), ("冰箱", "")]  # the last has no quantity: refused at its line


def test_the_release_form_ticks_a_tenants_goods_from_the_register(window, store, supervisor, qtbot):
    """The tenant's ID typed (Tab leaves the field): the form ticks 租户 and holds it; the owner's
    clears it again."""
    from frontdesk.passes.dialogs import ReleaseDialog
    RegistrationService(store).add_person(supervisor, window.room, name="李租户", relation="租户", id_number=RIC2,
                                          phone="13700137000")
    RegistrationService(store).add_person(supervisor, window.room, name="张家属", relation="家属", id_number=RIC,
                                          phone="13600136000")
    dlg = _active(qtbot, ReleaseDialog(store, supervisor, window, room_id=window.room))
    g = dlg.form
    assert g.tenant.isEnabled() and not g.tenant.isChecked()  # no ID yet: nothing to tell
    g.idNumber.setFocus()
    type_text(qtbot, g.idNumber, RIC2)
    qtbot.keyClick(g.idNumber, Qt.Key.Key_Tab)
    assert g.tenant.isChecked() and not g.tenant.isEnabled() and "业主" in g.tenant.toolTip()
    g.idNumber.setFocus()
    g.idNumber.selectAll()
    type_text(qtbot, g.idNumber, RIC)  # a family member of the owner's
    qtbot.keyClick(g.idNumber, Qt.Key.Key_Tab)
    assert not g.tenant.isChecked() and g.tenant.isEnabled()


def test_a_hot_work_permit_the_desk_recorded_is_approved_and_extended_by_the_supervisor(window, store, supervisor,
                                                                                         qtbot, boxes):
    """The desk's application waits (待审批, on the board, not printed); the supervisor chooses it, Approve
    hot work prints it; Extend hot work with the proposed end reprints it with the new end."""
    from frontdesk.core.operators import OperatorService
    OperatorService(store).add(supervisor, "qiantai", "李前台", "receptionist", "Qiantai2026")
    clerk = OperatorService(store).authenticate("qiantai", "Qiantai2026")
    svc = PassService(store)
    at = clock.now().replace(second=0, microsecond=0)
    asked = svc.issue_hot_work(clerk, place="2栋地下车库", welder="周焊工", id_number=RIC, cert_no="T1101052019",
                               cert_expiry=clock.today() + timedelta(days=90), start=at + timedelta(hours=1),
                               end=at + timedelta(hours=5), extinguisher=True, cleared=True, watcher="保安 吴")
    tab, f = window.passes, window.passes.form
    tab.reload()
    assert any(f.board.item(r, 1).text() == asked.number and f.board.item(r, 0).text() == "动火待审批"
               for r in range(f.board.rowCount()))
    f.sections.setCurrentWidget(f.docsPage)
    tab.select(f.docs, svc.doc(asked.number).id)
    assert "待主管审批" in f.docDetail.toPlainText()
    qtbot.mouseClick(f.approveHotButton, Qt.MouseButton.LeftButton)
    assert svc.doc(asked.number).state == "live" and asked.number in pdf_text(window.previews[-1][0])

    def extend(dlg):
        assert dlg.form.amount.text() == f"{at + timedelta(hours=29):%Y-%m-%d %H:%M}"  # one more day proposed
        dlg.form.amount.setText(f"{at + timedelta(hours=9):%Y-%m-%d %H:%M}")
        dlg.form.reason.setFocus()
        type_text(qtbot, dlg.form.reason, "管道焊缝未完")
        qtbot.keyClick(dlg.form.reason, Qt.Key.Key_Return)
    _modal(qtbot, extend, lambda: qtbot.mouseClick(f.extendHotButton, Qt.MouseButton.LeftButton))
    assert svc.doc(asked.number).valid_to == at + timedelta(hours=9)
    text = pdf_text(window.previews[-1][0])
    assert "副本" in text and "管道焊缝未完" in text and f"{at + timedelta(hours=9):%Y-%m-%d%H:%M}" in text


def test_the_application_is_filled_in_with_tab_in_the_order_it_reads(window, store, supervisor, qtbot):
    """Workers, then the works ticked with Space (Alt+K reaches the first), the other works, the start and
    end dates — one Tab each, a date's year, month and day not three stops of their own."""
    from PySide6.QtWidgets import QApplication
    from frontdesk.passes.dialogs import RenovationDialog
    dlg = _active(qtbot, RenovationDialog(store, supervisor, window, room_id=window.room))
    g = dlg.form
    expected = [g.workers, *dlg.work_boxes, g.worksOther, g.start, g.end, g.structural]
    g.workers.setFocus()
    seen = [g.workers]
    for _ in expected[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        seen.append(next((w for w in expected if w is focus or w.isAncestorOf(focus)), focus))
    assert seen == expected
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert g.end.hasFocus() or g.end.isAncestorOf(QApplication.focusWidget())
    qtbot.keyClick(g.worksOther, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    assert dlg.work_boxes[0].hasFocus()
