"""The 门岗 guard's window: a guard logs in to the papers' check and today's rooms under renovation,
and nothing else — no tabs, no menus; a scan (the number, then Enter) marks a release slip used once."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenuBar, QTabWidget

from frontdesk.core.operators import GUARD, ROLES, OperatorService
from frontdesk.core.people import id_check_digit
from frontdesk.passes.service import PassService
from frontdesk.registration.service import RegistrationService, plan_building

RIC = "11010519900101123" + id_check_digit("11010519900101123")


def test_the_guard_sees_the_check_and_the_rooms_under_renovation_only(store, supervisor, zh_app, qtbot):
    from frontdesk.gate import GateWindow
    ops = OperatorService(store)
    ops.add(supervisor, "menwei", "门岗老周", GUARD, "Menwei2026x")
    guard = ops.authenticate("menwei", "Menwei2026x")
    assert guard.role == GUARD and GUARD in ROLES and not guard.is_supervisor
    reg = RegistrationService(store)
    reg.create_building_rooms(supervisor, "3", plan_building(1, 2, 2, ["89.55", "120"]), state="已入住")
    room = reg.search("3-1-101")[0].room_id
    reg.add_person(supervisor, room, name="张业主", relation="业主", phone="13800138000")
    slip = PassService(store).issue_release(supervisor, room, bearer="张业主", id_number=RIC, reason="搬家",
                                            items=[("沙发", "1")], confirmed_by="张业主", confirmed_how="本人到场")
    w = GateWindow(store, guard)
    qtbot.addWidget(w)
    w.show_as_remembered()
    qtbot.waitUntil(w.isActiveWindow)
    assert w.windowTitle() == "翠湖花园 — 门岗" and not w.findChildren(QTabWidget)
    assert not [m for m in w.findChildren(QMenuBar) if m.actions()]
    part = w.parts[0]
    assert part.box.hasFocus() and "施工" not in part.result.text()
    qtbot.keyClicks(part.box, slip.number)
    qtbot.keyClick(part.box, Qt.Key.Key_Return)
    assert "可以放行" in part.result.text() and "沙发×1" in part.result.text()
    assert "#067647" in part.result.styleSheet() and "font-size:28px" in part.result.styleSheet()  # large, green
    qtbot.keyClicks(part.box, slip.number)  # the number stayed selected: the next scan replaces it
    qtbot.keyClick(part.box, Qt.Key.Key_Return)
    assert "不得再次放行" in part.result.text() and "#b42318" in part.result.styleSheet()
    assert "font-size:28px" in part.result.styleSheet()
    assert PassService(store).doc(slip.number).state == "used"
    seen = []
    w.finished.connect(seen.append)
    qtbot.keyClick(w, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert seen == [10]  # log out: the next guard logs in


def test_the_gate_shows_the_holders_photo_and_esc_readies_it_for_the_next_paper(store, supervisor, zh_app, qtbot,
                                                                                  tmp_path):
    """A worker pass with a photo: the guard sees the face beside the words; Esc empties the box and the
    answer. A gate account cannot print papers from the command line either."""
    import io
    from datetime import date, datetime, timedelta

    from PIL import Image

    from frontdesk.core.models import as_of
    from frontdesk.passes.view import GateBox
    ops = OperatorService(store)
    ops.add(supervisor, "menwei", "门岗老周", GUARD, "Menwei2026x")
    guard = ops.authenticate("menwei", "Menwei2026x")
    reg = RegistrationService(store)
    reg.create_building_rooms(supervisor, "3", plan_building(1, 2, 2, ["89.55", "120"]), state="已入住")
    room = reg.search("3-1-101")[0].room_id
    reg.add_person(supervisor, room, name="张业主", relation="业主", phone="13800138000")
    svc = PassService(store)
    from frontdesk.core import clock
    start = clock.today()
    with as_of(datetime.combine(start, datetime.min.time()) + timedelta(hours=9)):
        number = svc.apply(supervisor, room, contractor="美家装饰", manager="赵工", manager_phone="13911112222",
                           workers=2, works=["墙面"], start=start, end=start + timedelta(days=30),
                           documents=["装修协议"])
        reno = svc.renovation_of(number)
        svc.record_test(supervisor, reno.id, "water", "合格", start, "刘工")
        svc.record_test(supervisor, reno.id, "pressure", "合格", start, "刘工")
        svc.sign_off(supervisor, reno.id, True, "刘工")
        svc.approve(supervisor, reno.id)
        svc.take_money(supervisor, reno.id)
        svc.issue(supervisor, reno.id)
        face = io.BytesIO()
        Image.new("RGB", (90, 120), (200, 160, 140)).save(face, "PNG")
        worker = svc.issue_worker(supervisor, reno.id, name="孙师傅", id_number=RIC, phone="13700001111",
                                  photo=face.getvalue(), valid_to=start + timedelta(days=20))
        box = GateBox(store, guard)
        qtbot.addWidget(box)
        box.show()
        qtbot.keyClicks(box.box, worker.number)
        qtbot.keyClick(box.box, Qt.Key.Key_Return)
        assert "孙师傅" in box.result.text() and box.photo.isVisible() and box.photo.pixmap().height() == 160
        qtbot.keyClick(box.box, Qt.Key.Key_Escape)
        assert box.box.text() == "" and box.result.text() == "" and not box.photo.isVisible()

    from frontdesk.cli import main
    out = tmp_path / "slip.pdf"
    import sys
    stdin = sys.stdin
    sys.stdin = io.StringIO("Menwei2026x\n")
    try:
        code = main(["--db", store.url, "print", "pass", worker.number, "--out", str(out), "--operator", "menwei"])
    finally:
        sys.stdin = stdin
    assert code == 1 and not out.exists()


def test_a_gate_account_changes_nothing_through_any_service(store, supervisor):
    """Whatever a gate PC's account asks of a service — a temporary pass, a renovation's money, a call, a
    payment — is refused and nothing of it kept: every change writes its audit row, and that refuses a
    guard; the check at the gate still marks a release slip used."""
    from datetime import date, datetime

    import pytest
    from sqlalchemy import func, select

    from frontdesk.core import clock
    from frontdesk.core.errors import PermissionDenied
    from frontdesk.core.models import AuditEntry
    from frontdesk.fees.models import Receipt
    from frontdesk.fees.service import FeeService
    from frontdesk.passes.models import PassDoc
    from frontdesk.registration.calls import CallLogService
    ops = OperatorService(store)
    ops.add(supervisor, "menwei", "门岗老周", GUARD, "Menwei2026x")
    guard = ops.authenticate("menwei", "Menwei2026x")
    reg = RegistrationService(store)
    with clock.pinned(datetime(2026, 11, 2, 9, 0)):
        reg.create_building_rooms(supervisor, "3", plan_building(1, 2, 2, ["89.55", "120"]), state="已入住")
        room = reg.search("3-1-101")[0].room_id
        reg.add_person(supervisor, room, name="张业主", relation="业主", phone="13800138000")
        svc = PassService(store)
        number = svc.apply(supervisor, room, contractor="美家装饰", manager="赵工", manager_phone="13911112222",
                           workers=2, works=["墙面"], start=date(2026, 11, 9), end=date(2026, 12, 9),
                           documents=["装修协议"])
        reno = svc.renovation_of(number)
        fees = FeeService(store)
        item = fees.add_item(supervisor, "WYF", "物业管理费", "area_monthly")
        fees.set_price(supervisor, item, date(2026, 11, 1), "1.85")
        fees.generate_month(supervisor, 2026, 11)
        due = [b.id for b in fees.due_bills(room)]
        slip = svc.issue_release(supervisor, room, bearer="张业主", id_number=RIC, reason="搬家",
                                 items=[("沙发", "1")], plate="京A12345", planned=datetime(2026, 11, 2, 15, 0),
                                 confirmed_by="张业主", confirmed_how="本人到场", arrears_reason="业主已承诺月底缴清").number

        def counts():
            with store.read() as s:
                return [s.scalar(select(func.count()).select_from(t)) for t in (AuditEntry, Receipt, PassDoc)]
        before = counts()
        for attempt in (lambda: svc.issue_temporary(guard, name="快递员", id_number=RIC, reason="送货", room_id=room),
                        lambda: svc.take_money(guard, reno.id),
                        lambda: CallLogService(store).log(guard, content="门口有人找业主", room_id=room),
                        lambda: fees.take_payment(guard, room, due, "微信", "WX0001")):
            with pytest.raises(PermissionDenied):
                attempt()
        assert counts() == before
        assert svc.verify(guard, slip).ok
    with store.read() as s:
        assert s.scalar(select(PassDoc.state).where(PassDoc.number == slip)) == "used"
