"""Every step of every task writes its audit row.

The methods walked are found, not listed: every public method of every class in the tasks'
Qt-free modules (every task in frontdesk.tasks with its tables) and in the kernel's operators, settings and
working days whose body opens ``store.write()`` (itself or through a private helper of its class).
Each is called once, in a sensible order, on one small store, and at least one audit row must
appear for that call alone. A new method that writes has no step here and fails the test until it
is given one (and, if it records nothing, its audit row). ``EXEMPT`` names, with the reason, the
few that truly record nothing of their own.
"""
from __future__ import annotations

import importlib
import importlib.util
import inspect
import pkgutil
import re
from datetime import date, datetime, timedelta
from types import SimpleNamespace

from sqlalchemy import func, select

from frontdesk.core import clock
from tests.helpers import qr_picture
from frontdesk.core.models import AuditEntry

MOMENT = datetime(2026, 11, 2, 10, 0)  # a Monday
KERNEL = ("frontdesk.core.operators", "frontdesk.core.settings", "frontdesk.core.workdays")

def _task_packages() -> tuple[str, ...]:
    from frontdesk.tasks import TASKS as REGISTRY
    return tuple(f"frontdesk.{t.key}" for t in REGISTRY if t.models)  # every task built, none forgotten


TASKS = _task_packages()
EXEMPT = {
    # reads: they seed the default categories and departments on a store that has none, exactly as
    # WorkOrderService.categories does — which is walked first, on a fresh store, and audits the seed
    "WorkOrderService.category_rows": "a read (seeds like categories(), walked)",
    "WorkOrderService.departments": "a read (seeds like categories(), walked)",
}


def _modules() -> list[str]:
    out = []
    for name in TASKS:
        pkg = importlib.import_module(name)
        for info in pkgutil.iter_modules(pkg.__path__):
            full = f"{name}.{info.name}"
            with open(importlib.util.find_spec(full).origin, encoding="utf-8") as f:
                if "PySide6" not in f.read():  # views and dialogs call the services walked here
                    out.append(full)
    return out + list(KERNEL)


def writing_methods() -> set[str]:
    """``Class.method`` of every public method that opens a write transaction."""
    found = set()
    for name in _modules():
        module = importlib.import_module(name)
        for cls in vars(module).values():
            if not inspect.isclass(cls) or cls.__module__ != name:
                continue
            methods = {n: f for n, f in vars(cls).items() if inspect.isfunction(f)}

            def writes(n, seen=()):
                src = inspect.getsource(methods[n])
                return "store.write()" in src or any(
                    writes(c, seen + (n,)) for c in re.findall(r"self\.(_\w+)\(", src)
                    if c in methods and c not in seen + (n,))
            found |= {f"{cls.__name__}.{n}" for n in methods if not n.startswith("_") and writes(n)}
    return found


def _last(store) -> int:
    with store.read() as s:
        return s.scalar(select(func.max(AuditEntry.id))) or 0


def _steps(c):
    """(Class.method, prepare) in the order a property's desk would do them: ``prepare(c)`` does
    what the step needs and returns the call itself (a function of nothing), measured alone."""
    from frontdesk.core.operators import OperatorService
    from frontdesk.core.settings import SettingsService
    from frontdesk.core.workdays import CalendarService
    from frontdesk.fees.arrears import ArrearsService
    from frontdesk.fees.deposits import DepositService
    from frontdesk.fees.meters import MeterService
    from frontdesk.fees.service import FeeService
    from frontdesk.fees.shift import ShiftService
    from frontdesk.registration.calls import CallLogService, SmallRegistrationService
    from frontdesk.registration.custody import CustodyService
    from frontdesk.registration.models import SMALL_KINDS, Occupancy
    from frontdesk.registration.roster import RosterImport, write_template
    from frontdesk.registration.service import RegistrationService, plan_building
    from frontdesk.workorders.service import WorkOrderService
    st = c.store
    ops, conf, cal = OperatorService(st), SettingsService(st), CalendarService(st)
    reg, calls, small, custody = RegistrationService(st), CallLogService(st), SmallRegistrationService(st), CustodyService(st)
    fees, meters, arrears, deposits, shifts = FeeService(st), MeterService(st), ArrearsService(st), DepositService(st), ShiftService(st)
    wo = WorkOrderService(st)

    def keep(name):  # the call's result is kept on c under ``name``
        def wrap(fn):
            return lambda: setattr(c, name, fn())
        return wrap

    def room(code):
        return reg.search(code)[0].room_id

    def occupancy(person):
        with st.read() as s:
            return s.scalar(select(Occupancy.id).where(Occupancy.person_id == person))

    def order(kind="repair_home", **kw):
        return wo.register(c.clerk, kind=kind, content="厨房水管漏水", room_id=c.room, reporter="张三",
                           phone="13800138000", **kw).id

    yield "SettingsService.first_setup", lambda c: keep("boss")(lambda: conf.first_setup(
        {"property_name": "翠湖花园", "company_name": "示例物业服务有限公司", "address": "示例市示例路1号",
         "hotline": "010-12345678"}, "zhuguan", "王主管", "Zhuguan2026"))
    yield "CalendarService.ensure_seeded", lambda c: cal.ensure_seeded
    yield "CalendarService.set_day", lambda c: lambda: cal.set_day(c.boss, date(2026, 11, 20), False, "物业节")
    yield "CalendarService.mark_year_known", lambda c: lambda: cal.mark_year_known(c.boss, 2099)
    yield "SettingsService.update", lambda c: lambda: conf.update(c.boss, partial_payments=True,
                                                                 payment_code=qr_picture("wxp://f2f0SelfTestCode"))
    yield "OperatorService.add", lambda c: lambda: ops.add(c.boss, "qiantai", "李前台", "receptionist", "Qiantai2026")
    yield "OperatorService.authenticate", lambda c: keep("clerk")(lambda: ops.authenticate("qiantai", "Qiantai2026"))
    yield "OperatorService.change_own_password", lambda c: lambda: ops.change_own_password(
        c.clerk, "Qiantai2026", "Qiantai2027")
    yield "OperatorService.update", lambda c: lambda: ops.update(c.boss, c.clerk.id, display_name="李小前")
    yield "OperatorService.reset_password", lambda c: lambda: ops.reset_password(c.boss, c.clerk.id, "Qiantai2028")

    # ---- registration
    yield "RegistrationService.create_building_rooms", lambda c: lambda: reg.create_building_rooms(
        c.boss, "3", plan_building(1, 2, 2, ["89.55", "120.00"]), state="空置")
    yield "RegistrationService.update_room", lambda c: (setattr(c, "room", room("3-1-101")) or (
        lambda: reg.update_room(c.boss, room("3-1-202"), area="121.00")))
    yield "RegistrationService.add_person", lambda c: keep("owner")(lambda: reg.add_person(
        c.clerk, c.room, name="张三", relation="业主", id_number="11010519491231002X", phone="13800138000"))
    yield "RegistrationService.reveal_id", lambda c: lambda: reg.reveal_id(c.boss, c.owner)
    yield "RegistrationService.move_out", lambda c: (lambda kin: lambda: reg.move_out(
        c.clerk, occupancy(kin), MOMENT.date()))(reg.add_person(c.clerk, c.room, name="张小三", relation="家属"))
    yield "RosterImport.run", lambda c: lambda: RosterImport(st).run(c.boss, write_template(c.tmp / "roster.xlsx"))
    yield "CallLogService.log", lambda c: keep("call")(lambda: calls.log(
        c.clerk, content="问物业费怎么交", room_id=c.room, caller="张三", phone="13800138000"))
    yield "CallLogService.mark_replied", lambda c: lambda: calls.mark_replied(c.clerk, c.call, "已告知")
    yield "CallLogService.mark_work_order", lambda c: (lambda call: lambda: calls.mark_work_order(c.clerk, call))(
        calls.log(c.clerk, content="卫生间漏水", room_id=c.room))
    yield "SmallRegistrationService.register", lambda c: keep("small")(lambda: small.register(
        c.clerk, c.room, SMALL_KINDS[0], contact="张三", phone="13800138000"))
    yield "SmallRegistrationService.mark_done", lambda c: lambda: small.mark_done(c.clerk, c.small)
    yield "CustodyService.start", lambda c: keep("custody")(lambda: custody.start(
        c.clerk, room("3-1-102"), MOMENT.date() - timedelta(days=14), "100", "500"))
    yield "CustodyService.inspect", lambda c: lambda: custody.inspect(
        c.clerk, c.custody, MOMENT.date() - timedelta(days=7), "每周巡查", "101", "505")
    yield "CustodyService.end", lambda c: lambda: custody.end(c.clerk, c.custody, MOMENT.date(), "102", "510")

    # ---- fees
    yield "FeeService.add_item", lambda c: keep("item")(lambda: fees.add_item(c.boss, "WYF", "物业管理费", "area_monthly"))
    yield "FeeService.set_price", lambda c: lambda: fees.set_price(c.boss, c.item, date(2026, 1, 1), "1.85")
    yield "FeeService.generate_month", lambda c: lambda: fees.generate_month(c.boss, 2026, 11, confirmed=True)
    yield "FeeService.cancel_month", lambda c: (fees.generate_month(c.boss, 2026, 12, confirmed=True) and None) or (
        lambda: fees.cancel_month(c.boss, 2026, 12, "输错月份"))
    yield "FeeService.bills_ahead", lambda c: keep("ahead")(lambda: fees.bills_ahead(c.clerk, c.room, c.item, 2))
    yield "FeeService.add_bill", lambda c: (lambda item: lambda: setattr(c, "one_off", fees.add_bill(
        c.clerk, c.room, item, "80", "垃圾清运")))(fees.add_item(c.boss, "QT", "其他服务", "service"))
    yield "FeeService.take_payment", lambda c: keep("receipt")(lambda: fees.take_payment(
        c.clerk, c.room, [b.id for b in fees.due_bills(c.room)], "现金", payer="张三"))
    yield "FeeService.reprint", lambda c: lambda: fees.reprint(c.clerk, c.receipt.number)
    yield "FeeService.void", lambda c: lambda: fees.void(c.boss, c.receipt.id, "收错", float_ok=True)
    yield "ShiftService.close", lambda c: (lambda paid: (setattr(c, "paid", paid) or (
        lambda: shifts.close(c.clerk, shifts.figures(c.clerk).cash_expected))))(
        fees.take_payment(c.clerk, c.room, [b.id for b in fees.due_bills(c.room)], "现金", payer="张三"))
    yield "FeeService.reverse", lambda c: lambda: fees.reverse(c.boss, c.paid.id, "退费", float_ok=True)
    yield "MeterService.record", lambda c: (lambda water: (fees.set_price(c.boss, water, date(2026, 1, 1), "3.50") or (
        lambda: meters.record(c.clerk, water, 2026, 11, [(2, "3-1-101", "100")]))))(
        fees.add_item(c.boss, "SF", "水费", "metered"))
    yield "ArrearsService.remind", lambda c: lambda: arrears.remind(c.clerk, c.room, "电话", "下周来交")
    yield "DepositService.collect", lambda c: lambda: deposits.collect(
        c.clerk, c.room, "出入证押金", "30", "现金", payer="张三")
    yield "DepositService.refund", lambda c: lambda: deposits.refund(
        c.clerk, deposits.list(c.room, held_only=True)[0].id)
    yield "DepositService.forfeit", lambda c: deposits.collect(
        c.clerk, c.room, "出入证押金", "30", "现金", payer="张三") and (lambda: deposits.forfeit(
            c.boss, deposits.list(c.room, held_only=True)[0].id, "10", "出入证损坏", float_ok=True))

    # ---- work orders
    yield "WorkOrderService.categories", lambda c: lambda: setattr(
        c, "cats", {leaf: i for i, _p, leaf in wo.categories()})
    yield "WorkOrderService.save_category", lambda c: keep("new_cat")(lambda: wo.save_category(
        c.boss, parent="智能家居", name="可视对讲", workdays=4, follow_kind="safety"))
    yield "WorkOrderService.set_category_active", lambda c: lambda: wo.set_category_active(c.boss, c.new_cat, False)
    yield "WorkOrderService.add_department", lambda c: keep("dept")(lambda: wo.add_department(c.boss, "电梯维保公司"))
    yield "WorkOrderService.add_worker", lambda c: keep("worker")(lambda: wo.add_worker(
        c.boss, dict((n, i) for i, n in wo.departments())["工程部"], "王师傅", "13900000001"))
    yield "WorkOrderService.disable_worker", lambda c: (lambda w: lambda: wo.disable_worker(c.boss, w))(
        wo.add_worker(c.boss, c.dept, "李师傅"))
    yield "WorkOrderService.set_warranty", lambda c: lambda: wo.set_warranty(c.boss, room("3-1-201"), "2027-10-28")
    yield "WorkOrderService.register", lambda c: lambda: setattr(c, "order", order(category_id=c.cats["漏水"]))
    yield "WorkOrderService.dispatch", lambda c: lambda: wo.dispatch(
        c.clerk, c.order, dict((n, i) for i, n in wo.departments())["工程部"], c.worker)
    yield "WorkOrderService.print_slip", lambda c: lambda: wo.print_slip(c.clerk, c.order)
    yield "WorkOrderService.reassign", lambda c: lambda: wo.reassign(c.clerk, c.order, c.dept, None, "电梯问题")
    yield "WorkOrderService.send_back", lambda c: lambda: wo.send_back(c.clerk, c.order, "派错部门")
    yield "WorkOrderService.pause", lambda c: (wo.dispatch(
        c.clerk, c.order, dict((n, i) for i, n in wo.departments())["工程部"], c.worker) or (
        lambda: wo.pause(c.clerk, c.order, "等配件")))
    yield "WorkOrderService.resume", lambda c: lambda: wo.resume(c.clerk, c.order)
    yield "WorkOrderService.complete", lambda c: lambda: wo.complete(
        c.clerk, c.order, result="更换三通", materials="三通 2 12.50", labour="50", signed=True)
    yield "WorkOrderService.follow_up", lambda c: lambda: wo.follow_up(
        c.clerk, c.order, reached=True, on_time=True, attitude="满意", skill="满意", manners="满意", satisfaction=5)
    yield "WorkOrderService.close", lambda c: lambda: wo.close(c.clerk, c.order)
    yield "WorkOrderService.cancel", lambda c: (lambda o: lambda: wo.cancel(c.clerk, o, "业主自行修好"))(order())
    yield "WorkOrderService.reply", lambda c: (lambda o: lambda: wo.reply(
        c.clerk, o, "已电话解释收费标准经业委会批准公示", "无效"))(order("complaint"))
    yield "WorkOrderService.find_invalid", lambda c: (lambda o: lambda: wo.find_invalid(
        c.boss, o, "收费标准经业委会批准公示"))(order("complaint"))

    # ---- passes
    from frontdesk.passes.service import PassService
    ps = PassService(st)
    ric = "11010519491231002X"

    def application(code):
        r = room(code)
        reg.add_person(c.clerk, r, name="王业主", relation="业主", phone="13900000009")
        return ps.apply(c.clerk, r, contractor="美家装饰", manager="赵工", manager_phone="13911112222", workers=3,
                        works=["墙面"], start=MOMENT.date() + timedelta(days=1), end=MOMENT.date() + timedelta(days=40),
                        documents=["装修协议"])

    def reno():
        return ps.renovation_of(c.reno).id

    yield "PassService.set_rules", lambda c: lambda: ps.set_rules(c.boss, waste_fee="400")
    yield "PassService.apply", lambda c: keep("reno")(lambda: application("3-1-202"))
    yield "PassService.record_test", lambda c: lambda: ps.record_test(c.clerk, reno(), "water", "合格", MOMENT.date(), "刘工")
    yield "PassService.sign_off", lambda c: (ps.record_test(c.clerk, reno(), "pressure", "合格", MOMENT.date(), "刘工")
                                             or (lambda: ps.sign_off(c.clerk, reno(), True, "刘工")))
    yield "PassService.approve", lambda c: lambda: ps.approve(c.boss, reno())
    yield "PassService.take_money", lambda c: lambda: ps.take_money(c.clerk, reno())
    yield "PassService.issue", lambda c: lambda: ps.issue(c.clerk, reno())
    yield "PassService.permit_printed", lambda c: ps.permit_printed(c.clerk, reno()) and (
        lambda: ps.permit_printed(c.clerk, reno()))  # the reprint (副本) is what is audited
    yield "PassService.issue_worker", lambda c: keep("worker_pass")(lambda: ps.issue_worker(
        c.clerk, reno(), name="孙师傅", id_number=ric, phone="13700001111", valid_to=MOMENT.date() + timedelta(days=30)))
    yield "PassService.printed_together", lambda c: ps.printed(c.clerk, c.worker_pass.number) and (
        lambda: ps.printed_together(c.clerk, [c.worker_pass.number]))
    yield "PassService.end_worker", lambda c: lambda: ps.end_worker(c.clerk, ps.doc(c.worker_pass.number).id)
    yield "PassService.inspect", lambda c: lambda: ps.inspect(c.boss, reno(), "私搭雨棚", True, "拆除", "100", True)
    yield "PassService.extend", lambda c: lambda: ps.extend(c.clerk, reno(), MOMENT.date() + timedelta(days=50), "工期")
    yield "PassService.suspend", lambda c: lambda: ps.suspend(c.clerk, reno(), "业主要求暂停")
    yield "PassService.resume", lambda c: lambda: ps.resume(c.clerk, reno())
    yield "PassService.issue_hot_work", lambda c: keep("hot")(lambda: ps.issue_hot_work(
        c.clerk, reno(), welder="周焊工", id_number=ric, cert_no="T1", cert_expiry=date(2028, 1, 1),
        start=MOMENT + timedelta(days=1), end=MOMENT + timedelta(days=1, hours=2), extinguisher=True, cleared=True,
        watcher="吴"))  # the desk records it
    yield "PassService.approve_hot_work", lambda c: lambda: ps.approve_hot_work(c.boss, ps.doc(c.hot.number).id)
    yield "PassService.extend_hot_work", lambda c: lambda: ps.extend_hot_work(
        c.boss, ps.doc(c.hot.number).id, MOMENT + timedelta(days=1, hours=6), "焊缝未完")
    yield "PassService.close_hot_work", lambda c: lambda: ps.close_hot_work(c.clerk, ps.doc(c.hot.number).id, "余火已清")
    yield "PassService.accept", lambda c: lambda: ps.accept(c.clerk, reno(), True)
    yield "PassService.refund_contractor", lambda c: lambda: ps.refund_contractor(c.boss, reno(), "转账", "6222 0001")
    yield "PassService.void", lambda c: (lambda number: lambda: ps.void(c.boss, ps.renovation_of(number).id, "取消"))(
        application("3-1-201"))
    yield "PassService.issue_temporary", lambda c: keep("temp")(lambda: ps.issue_temporary(
        c.clerk, name="快递员", id_number=ric, reason="送货", room_id=c.room))
    yield "PassService.void_doc", lambda c: lambda: ps.void_doc(c.boss, ps.doc(c.temp.number).id, "填错")
    yield "PassService.issue_release", lambda c: keep("slip")(lambda: ps.issue_release(
        c.boss, c.room, bearer="张三", id_number=ric, reason="搬家", items=[("沙发", "1")], confirmed_by="张三",
        confirmed_how="本人到场", arrears_reason="主管同意"))
    yield "PassService.verify", lambda c: lambda: ps.verify(c.clerk, c.slip.number)

    # ---- keys
    import io as _io

    from PIL import Image as _Image

    from frontdesk.keys.service import KeyService
    ks = KeyService(st)
    sig = _io.BytesIO()
    _Image.new("L", (60, 20), 255).save(sig, "PNG")
    sig = sig.getvalue()

    def key(tag):
        return ks.by_tag(tag).id

    yield "KeyService.set_rules", lambda c: lambda: ks.set_rules(c.boss, loan_hours="6")
    yield "KeyService.register_public", lambda c: keep("public_key")(lambda: ks.register_public(
        c.clerk, place="3栋水泵房", hook="B-01", pieces=2))
    yield "KeyService.keep", lambda c: keep("kept")(lambda: ks.keep(
        c.clerk, room("3-1-202"), owner="王业主", pieces=2, hook="A-01", contractor="美家装饰 赵工", signature=sig))
    yield "KeyService.printed", lambda c: lambda: ks.printed(c.clerk, c.kept[1])
    yield "KeyService.collect", lambda c: lambda: ks.collect(c.clerk, c.kept[1], person="美家装饰 赵工", pieces=2,
                                                             unsigned="业主电话授权")
    yield "KeyService.lend", lambda c: lambda: ks.lend(
        c.boss, key(c.public_key), person_kind="施工方", person="刘师傅", phone="13911112222", id_number=ric,
        purpose="维修", work_order=wo.get(order(kind="repair_common")).number,
        expected_back=MOMENT + timedelta(hours=2), signature=sig)
    yield "KeyService.take_back", lambda c: lambda: ks.take_back(c.clerk, key(c.public_key), pieces=1,
                                                                 note="一把遗失", signature=sig)
    yield "KeyService.mark", lambda c: lambda: ks.mark(c.boss, key(c.public_key), "retired", "锁已更换")
    yield "KeyService.handover", lambda c: (ks.register_public(c.clerk, place="天台", hook="B-02", pieces=1) and (
        lambda: ks.handover(c.clerk, incoming="zhuguan", incoming_password="Zhuguan2026", missing={},
                            signature=sig, incoming_signature=sig)))

    # ---- the move-in: a delivered room of a new building, its owner registered, through the six steps
    from frontdesk.movein.models import DOCUMENTS, FORMS, ITEMS
    from frontdesk.movein.service import MoveInService
    mi = MoveInService(st)

    def coded(code):
        from frontdesk.registration.models import Room
        with st.read() as s:
            return s.scalar(select(Room.id).where(Room.code == code))

    def vacant(c, code):
        reg.create_building_rooms(c.boss, code.split("-")[0], plan_building(1, 1, 2, ["100.00", "89.55"]), state="空置")
        reg.add_person(c.clerk, coded(code), name="孙业主", relation="业主")
        reg.update_room(c.boss, coded(code), state="空置")  # an owner of record, nobody living there yet
        return coded(code)

    yield "MoveInService.set_rules", lambda c: lambda: mi.set_rules(c.boss, first_month="whole", fund_item="")
    yield "MoveInService.start", lambda c: (setattr(c, "mi_room", vacant(c, "7-1-101")) or
                                            keep("move_in")(lambda: mi.start(c.clerk, c.mi_room)))
    yield "MoveInService.documents", lambda c: lambda: mi.documents(
        c.clerk, c.move_in, who="owner", owner="孙业主", checked=DOCUMENTS["owner"], delivered_on=date(2026, 11, 1))
    yield "MoveInService.forms", lambda c: lambda: mi.forms(c.clerk, c.move_in, signed=FORMS)
    yield "MoveInService.items", lambda c: lambda: mi.items(c.clerk, c.move_in, handed=ITEMS, signature=sig)
    yield "MoveInService.fees", lambda c: lambda: mi.fees(c.clerk, c.move_in, method="现金", cash_received="2000")
    yield "MoveInService.inspection", lambda c: lambda: mi.inspection(
        c.clerk, c.move_in, engineer="陈工", water="1", power="2", gas="0", agreed=True, defects=["墙面渗水"])
    yield "MoveInService.keys", lambda c: lambda: mi.keys(c.clerk, c.move_in, handed=3, signature=sig)
    yield "MoveInService.finish", lambda c: lambda: mi.finish(c.clerk, c.move_in)
    yield "MoveInService.printed", lambda c: lambda: mi.printed(c.clerk, mi.get(c.move_in).number)
    def given_up(c):
        reg.add_person(c.clerk, coded("7-1-102"), name="周业主", relation="业主")
        reg.update_room(c.boss, coded("7-1-102"), state="空置")
        c.move_in = mi.start(c.clerk, coded("7-1-102"))
        return lambda: mi.cancel(c.clerk, c.move_in, "房屋已转售")
    yield "MoveInService.cancel", given_up


def walk(store, tmp_path) -> dict[str, list[AuditEntry]]:
    """Every step once, in order, on ``store`` (fresh): ``{Class.method: the audit rows it wrote}``."""
    c = SimpleNamespace(store=store, tmp=tmp_path)
    written = {}
    with clock.pinned(MOMENT):
        for name, prepare in _steps(c):
            call = prepare(c)
            before = _last(store)
            call()
            with store.read() as s:
                written[name] = list(s.scalars(select(AuditEntry).where(AuditEntry.id > before)
                                               .order_by(AuditEntry.id)))
                s.expunge_all()
    return written


def test_the_walk_covers_every_method_that_writes():
    walked = {name for name, _ in _steps(SimpleNamespace(store=None))}
    missing = writing_methods() - walked - set(EXEMPT)
    assert not missing, f"these write data but are not walked (give each a step and its audit row): {sorted(missing)}"
    assert not (walked | set(EXEMPT)) - writing_methods(), "a step or exemption names a method that no longer writes"


def test_every_step_of_every_task_writes_its_audit_row(store, tmp_path):
    written = walk(store, tmp_path)
    silent = sorted(name for name, rows in written.items() if not rows)
    assert not silent, f"these changed data without an audit row: {silent}"


LATIN = re.compile(r"[a-z_]{2,}")  # an internal word (follow_up, repair_home, place); codes are upper case
WRITTEN_AS_TYPED = ("username", "file", "payment_code")  # values a person typed in Latin letters: a user name, a
# file name; what the property's payment code says, as its payment app wrote it (wxp://…)


def test_the_log_reads_as_plain_chinese(store, tmp_path, zh_translate):
    """Where every task did its steps, every key an audit row wrote has its own label, and the log
    shows no internal word: not in a label, a value (kinds, steps, rules, states, yes/no), the record
    or its kind — as the supervisor's log viewer and its export show them."""
    import json
    from dataclasses import fields

    from frontdesk.core import audit
    from frontdesk.core.settings import PropertySettings
    written = walk(store, tmp_path)
    faults = []
    with store.read() as s:
        for name, rows in written.items():
            for r in rows:
                kind = zh_translate("Audit", audit.ENTITIES.get(r.entity, r.entity))
                record = audit.record_label(s, r.entity, r.entity_id, zh_translate)
                for what, text in (("action", zh_translate("Audit", audit.ACTIONS.get(r.action, r.action))),
                                   ("kind of record", kind), ("record", record)):
                    if LATIN.search(str(text)):
                        faults.append(f"{name}: its {what} reads {text!r}")
                for raw in (r.before, r.after):
                    for key, value in json.loads(raw or "{}").items():
                        if key not in audit.FIELDS:
                            faults.append(f"{name}: the key {key!r} has no label (audit.label_fields)")
                            continue
                        label, _, shown = audit.readable(s, json.dumps({key: value}), zh_translate).partition("：")
                        if LATIN.search(label):
                            faults.append(f"{name}: the key {key!r} reads {label!r}")
                        if key not in WRITTEN_AS_TYPED and LATIN.search(shown):
                            faults.append(f"{name}: {label} reads {shown!r} (audit.label_values or audit.lookup)")
    unlabelled = [f.name for f in fields(PropertySettings) if f.name not in audit.FIELDS]
    assert not unlabelled, f"settings a supervisor changes without a label in the log: {unlabelled}"
    assert not faults, "\n".join(faults)


def test_a_deposit_reads_as_the_deposit(store, tmp_path, zh_translate):
    """A deposit's rows name it — kind, room, amount and receipt — not by its id."""
    from frontdesk.core import audit
    rows = [r for name, rs in walk(store, tmp_path).items() for r in rs if r.entity == "deposit"]
    assert rows
    with store.read() as s:
        for r in rows:
            label = audit.record_label(s, r.entity, r.entity_id, zh_translate)
            assert "押金" in label and "¥" in label and "SJ" in label, label


def test_a_warranty_date_reads_as_the_warranty(store, tmp_path, zh_translate):
    """The room's repair warranty is logged under a key of its own, not registration's move-out date."""
    from frontdesk.core import audit
    rows = walk(store, tmp_path)["WorkOrderService.set_warranty"]
    with store.read() as s:
        shown = audit.readable(s, rows[0].after, zh_translate)
    assert "2027-10-28" in shown and zh_translate("AuditFields", "moved out") not in shown
    assert shown.startswith(zh_translate("AuditFields", "repair warranty until"))


def test_moments_read_to_the_minute_and_setup_has_its_own_kind(store, tmp_path, zh_translate):
    """答复时限 2026-12-07 17:30, not 17:30:00; a department or a worker added is logged as the work
    orders' setup (工单设置), not as a work order."""
    from frontdesk.core import audit
    written = walk(store, tmp_path)
    with store.read() as s:
        shown = audit.readable(s, written["WorkOrderService.register"][0].after, zh_translate)
        assert audit.readable(s, '{"reply_due": "2026-12-07 17:30:00"}', zh_translate).endswith("2026-12-07 17:30")
    assert ":00：" not in shown
    rows = written["WorkOrderService.add_worker"] + written["WorkOrderService.add_department"]
    assert {r.entity for r in rows} == {"work_order_setup"}
    assert zh_translate("Audit", audit.ENTITIES["work_order_setup"]) == "工单设置（类别、部门、人员）"
