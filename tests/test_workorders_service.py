"""Work-order rules without Qt, on SQLite and PostgreSQL: registering (every fault at once), the
allowed steps and nothing else, pauses that stop the clock, paid repairs billed through fees,
follow-ups (unreached, unsatisfied → 返工), repeat faults, complaints found invalid, the rates."""
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest

from frontdesk.core import clock
from frontdesk.core.errors import Conflict, Invalid, NotFound, PermissionDenied, ValidationError
from frontdesk.core.models import as_of
from frontdesk.core.operators import OperatorService
from frontdesk.core.workdays import CalendarService
from frontdesk.fees.service import FeeService
from frontdesk.registration.service import RegistrationService, plan_building
from frontdesk.workorders.service import WorkOrderService
from tests.conftest import set_up


@pytest.fixture
def wo(any_store):
    boss = set_up(any_store)
    CalendarService(any_store).ensure_seeded()  # as every start does
    OperatorService(any_store).add(boss, "qiantai", "李前台", "receptionist", "Qiantai2026")
    clerk = OperatorService(any_store).authenticate("qiantai", "Qiantai2026")
    reg = RegistrationService(any_store)
    reg.create_building_rooms(boss, "3", plan_building(1, 2, 2, ["89.55", "120.00"]), state="已入住")
    room = reg.search("3-1-101")[0].room_id
    svc = WorkOrderService(any_store)
    cats = {leaf: i for i, _p, leaf in svc.categories()}
    depts = dict((n, i) for i, n in svc.departments())
    worker = svc.add_worker(boss, depts["工程部"], "王师傅", "13900000001")
    return boss, clerk, svc, room, cats, depts, worker


MON = datetime(2026, 11, 2, 9, 0)


def _leak(svc, clerk, room, cats, at=MON, **kw):
    with as_of(at):
        return svc.register(clerk, kind="repair_home", content="厨房水管漏水", room_id=room, reporter="张三",
                            phone="13800138000", category_id=cats["漏水"], **kw)


def test_register_tells_every_fault_at_once_and_numbers_the_order(wo):
    boss, clerk, svc, room, cats, depts, worker = wo
    with pytest.raises(Invalid) as err:
        svc.register(clerk, kind="repair_home", content=" ", phone="12", channel="飞鸽")
    assert {e.field for e in err.value.errors} == {"content", "phone", "channel", "room"}
    with as_of(MON - timedelta(minutes=5)):  # numbered in the year it is registered in, whatever today is
        anon = svc.register(clerk, kind="complaint", content="夜间施工噪音", anonymous=True, channel="电话")
    assert anon.number.startswith(f"GD{MON.year}-") and svc.get(anon.id).reporter == ""
    r = _leak(svc, clerk, room, cats)
    assert r.number.endswith("000002") and r.reply_due == datetime(2026, 11, 3, 17, 30)
    assert r.complete_due == datetime(2026, 11, 5, 17, 30) and not r.guessed  # 漏水: three working days
    with pytest.raises(ValidationError):
        svc.register(clerk, kind="repair_home", content="x", room_id=room, category_id=999)
    with pytest.raises(NotFound):
        svc.register(clerk, kind="repair_home", content="x", room_id=99999)


def test_only_the_allowed_steps(wo, any_store):
    boss, clerk, svc, room, cats, depts, worker = wo
    r = _leak(svc, clerk, room, cats)
    for bad in (lambda: svc.complete(clerk, r.id, result="已修好"),
                lambda: svc.follow_up(clerk, r.id, reached=False),
                lambda: svc.pause(clerk, r.id, "等配件")):
        with pytest.raises(ValidationError) as err:
            bad()
        assert err.value.field == "state" and "已登记" in err.value.text()
    with pytest.raises(ValidationError) as err:
        svc.dispatch(clerk, r.id, depts["保洁部"], worker)  # a worker of another department
    assert err.value.field == "worker"
    with as_of(MON + timedelta(minutes=10)):
        svc.dispatch(clerk, r.id, depts["工程部"], worker)
    with pytest.raises(ValidationError) as err:
        svc.complete(clerk, r.id, result="已修好", completed_at=MON)  # before it was dispatched
    assert err.value.field == "completed_at"
    with pytest.raises(ValidationError):
        svc.pause(clerk, r.id, "")  # a pause needs its reason
    with as_of(MON + timedelta(hours=2)):
        svc.complete(clerk, r.id, result="更换三通", completed_at=MON + timedelta(hours=2))
    with pytest.raises(ValidationError):
        svc.cancel(boss, r.id, "业主取消")  # completed: too late to cancel
    assert [h[1] for h in svc.history(r.id)] == ["登记", "派单", "完成"]


def test_a_pause_stops_the_completion_clock(wo):
    boss, clerk, svc, room, cats, depts, worker = wo
    r = _leak(svc, clerk, room, cats)
    with as_of(MON + timedelta(hours=1)):
        svc.dispatch(clerk, r.id, depts["工程部"], worker)
        svc.pause(clerk, r.id, "等配件")
    with as_of(MON + timedelta(hours=21)):
        svc.resume(clerk, r.id)
    order = svc.get(r.id)
    assert order.complete_due == r.complete_due + timedelta(hours=20) and order.paused_seconds == 20 * 3600


def test_a_paid_repair_is_billed_and_its_order_shows_whether_it_is_paid(wo, any_store):
    boss, clerk, svc, room, cats, depts, worker = wo
    fees = FeeService(any_store)
    r = _leak(svc, clerk, room, cats)
    svc.dispatch(clerk, r.id, depts["工程部"], worker)
    with pytest.raises(Invalid) as err:
        svc.complete(clerk, r.id, result="", materials=[("三通", "0", "12")], labour="-5")
    assert {e.field for e in err.value.errors} == {"result", "materials", "labour"}
    bill = svc.complete(clerk, r.id, result="更换三通", materials=[("三通", "2", "12.50")], labour="50", hours="1.5",
                        signed=True)
    assert bill is not None and svc.get(r.id).price == Decimal("75.00") and svc.paid(r.id) is False
    due = [b for b in fees.due_bills(room) if b.id == bill]
    assert due and due[0].amount == Decimal("75.00") and due[0].item == "有偿维修"
    receipt = fees.take_payment(clerk, room, [bill], "现金")
    assert svc.paid(r.id) is True
    fees.void(boss, receipt.id, "收错")
    assert svc.paid(r.id) is False  # a voided receipt: unpaid again


def test_a_repair_within_warranty_is_free(wo):
    boss, clerk, svc, room, cats, depts, worker = wo
    with pytest.raises(PermissionDenied):  # a supervisor's: it decides whether a repair is paid
        svc.set_warranty(clerk, room, clock.today() + timedelta(days=365))
    assert svc.warranty(room) is None
    svc.set_warranty(boss, room, clock.today() + timedelta(days=365))
    r = _leak(svc, clerk, room, cats, at=clock.now() - timedelta(hours=3))
    svc.dispatch(clerk, r.id, depts["工程部"], worker)
    assert svc.complete(clerk, r.id, result="更换阀门", materials=[("阀门", "1", "40")]) is None
    assert svc.paid(r.id) is None


def test_follow_ups_unreached_unsatisfied_and_repeat_faults(wo):
    boss, clerk, svc, room, cats, depts, worker = wo
    with clock.pinned(datetime(2026, 11, 3, 9, 30)):  # a Tuesday morning: three calls two hours apart fit the day
        r = _leak(svc, clerk, room, cats, at=clock.now() - timedelta(days=3))
        svc.dispatch(clerk, r.id, depts["工程部"], worker)
        svc.complete(clerk, r.id, result="更换三通", water_test_at=clock.now())
        assert svc.get(r.id).follow_due.time().strftime("%H:%M") == "17:30"
        with pytest.raises(Invalid) as err:
            svc.follow_up(clerk, r.id, reached=True, attitude="好", satisfaction=9)
        assert {e.field for e in err.value.errors} == {"attitude", "skill", "manners", "satisfaction"}
        assert svc.follow_up(clerk, r.id, reached=True, on_time=True, attitude="满意", skill="不满意", manners="满意",
                             satisfaction=2, comment="还在滴水") == "dispatched"
        order = svc.get(r.id)
        assert order.reopen_count == 1 and order.completed_at is None  # 返工
        svc.complete(clerk, r.id, result="重新密封")
        first = clock.now() + timedelta(minutes=1)
        for k in range(2):  # calls spaced as the property's setting says (two hours)
            with clock.pinned(first + timedelta(hours=2 * k)):
                assert svc.follow_up(clerk, r.id, reached=False) == "completed"
        with clock.pinned(first + timedelta(hours=4)):
            assert svc.follow_up(clerk, r.id, reached=False) == "unreachable" and svc.get(r.id).unreachable  # 无法回访
            svc.close(clerk, r.id)
        again = _leak(svc, clerk, room, cats, at=clock.now() - timedelta(hours=1))
        assert again.repeat_of == r.number  # the same room and category within 30 days: 返修


def test_a_complaint_found_invalid_is_explained_within_a_working_day(wo):
    boss, clerk, svc, room, cats, depts, worker = wo
    with as_of(datetime(2026, 10, 9, 16, 0)):  # Friday; Saturday 10-10 is worked in lieu
        c = svc.register(clerk, kind="complaint", content="物业费太贵", room_id=room, severity="一般")
        assert c.reply_due == datetime(2026, 10, 12, 17, 30)  # Saturday 10-10 and Monday 10-12
        due = svc.find_invalid(boss, c.id, "收费标准经业委会批准公示")  # the finding; its explanation still owed
    assert due == datetime(2026, 10, 10, 17, 30) and svc.get(c.id).validity == "无效"
    assert svc.get(c.id).replied_at is None
    svc.reply(clerk, c.id, "已向业主解释收费标准及依据")
    assert svc.get(c.id).replied_at is not None


def test_an_invalid_finding_with_its_explanation_is_the_reply(wo):
    """投诉不成立 with the explanation typed (as the reply dialog does): the explanation given is the
    reply — the order is answered at once, not overdue, and no second reply is needed."""
    boss, clerk, svc, room, cats, depts, worker = wo
    with as_of(datetime(2026, 10, 9, 16, 0)):
        c = svc.register(clerk, kind="complaint", content="物业费太贵", room_id=room, severity="一般")
    at = datetime(2026, 10, 9, 16, 30)
    with as_of(at):
        due = svc.reply(clerk, c.id, "已电话向业主解释收费标准经业委会批准公示", "无效")
    o = svc.get(c.id)
    assert (o.validity, o.replied_at, o.reply_text) == ("无效", at, "已电话向业主解释收费标准经业委会批准公示")
    assert due == o.reply_due == datetime(2026, 10, 10, 17, 30)  # the finding's day to explain, met
    assert [h[1] for h in svc.history(c.id)] == ["登记", "投诉不成立", "答复", "关闭"]
    assert o.state == "closed"  # explained, nothing is left to do: off every list of work still due
    assert all(n == 0 for n in svc.board(at + timedelta(days=5)).values()), svc.board(at + timedelta(days=5))
    rates = svc.rates(date(2026, 10, 1), date(2026, 10, 31))
    assert rates["deadlines"] == 0  # not counted as a completion due, nor late
    from frontdesk.workorders.consistency import problems
    assert problems(svc.store) == []
    with pytest.raises(ValidationError) as err:  # closed: nothing more is answered on it
        svc.reply(clerk, c.id, "再次说明")
    assert err.value.field == "state"
    gone = svc.register(clerk, kind="complaint", content="重复登记", room_id=room)
    svc.cancel(clerk, gone.id, "重复登记")
    with pytest.raises(ValidationError):  # nor on a cancelled order
        svc.reply(clerk, gone.id, "已答复")
    assert svc.get(gone.id).replied_at is None
    with pytest.raises(ValidationError) as err:  # only a complaint is found invalid
        r = _leak(svc, clerk, room, cats)
        svc.reply(clerk, r.id, "已解释", "无效")
    assert err.value.field == "validity" and svc.get(r.id).replied_at is None


def test_a_complaint_names_the_repair_that_caused_it(wo, any_store, tmp_path):
    boss, clerk, svc, room, cats, depts, worker = wo
    r = _leak(svc, clerk, room, cats, at=clock.now() - timedelta(hours=3))
    c = svc.register(clerk, kind="complaint", content="维修后楼下天花板仍渗水", room_id=room)
    other = svc.register(clerk, kind="complaint", content="噪音", room_id=room)
    with pytest.raises(Invalid) as err:  # every fault at once: no reply, invalid yet linked
        svc.reply(clerk, c.id, " ", "无效", r.number)
    assert {e.field for e in err.value.errors} == {"reply", "repair"}
    for bad in ("GD1999-000001", other.number):  # no such order; a complaint is not a repair
        with pytest.raises(ValidationError) as err:
            svc.reply(clerk, c.id, "已安排复查", "有效", bad)
        assert err.value.field == "repair"
    with pytest.raises(ValidationError):  # only a complaint names its cause
        svc.reply(clerk, r.id, "已上门", "", other.number)
    assert svc.get(c.id).replied_at is None and svc.links(r.id) == []  # nothing changed
    svc.reply(clerk, c.id, "已安排工程部复查防水", "有效", r.number.lower())
    assert svc.links(c.id) == [r.number] and svc.links(r.id) == [c.number]
    assert svc.history(c.id)[-1][2].endswith(f"（{r.number}）")
    today = clock.today()
    from frontdesk.workorders.documents import write_register
    write_register(any_store, today - timedelta(days=1), today, tmp_path / "r.xlsx")
    from openpyxl import load_workbook
    ws = load_workbook(tmp_path / "r.xlsx").worksheets[0]
    col = [c.value for c in ws[4]].index("Repair that caused it")
    assert {row[0].value: row[col].value for row in ws.iter_rows(min_row=5) if row[0].value}[c.number] == r.number


def test_a_supervisor_keeps_the_categories_and_departments(wo):
    boss, clerk, svc, room, cats, depts, worker = wo
    with pytest.raises(PermissionDenied):
        svc.save_category(clerk, parent="水电", name="热水器", workdays=2, follow_kind="other")  # not a supervisor
    with pytest.raises(Invalid) as err:
        svc.save_category(boss, parent=" ", name="", workdays="三", follow_kind="x")
    assert {e.field for e in err.value.errors} == {"parent", "name", "workdays", "follow_kind"}
    with pytest.raises(ValidationError) as err:
        svc.save_category(boss, parent="水电", name="漏水", workdays=2, follow_kind="leak")  # already there
    assert err.value.field == "name"
    new = svc.save_category(boss, parent="智能家居", name="可视对讲", workdays=4, follow_kind="safety")
    assert (new, "智能家居", "可视对讲") in svc.categories()
    with as_of(MON):  # Monday + 4 working days
        r = svc.register(clerk, kind="repair_home", content="对讲无声音", room_id=room, category_id=new)
    assert r.complete_due == datetime(2026, 11, 6, 17, 30)
    with pytest.raises(ValidationError) as err:
        svc.save_category(boss, parent="水电", name="漏水", workdays=5, follow_kind="leak", follow_workdays="31",
                          category_id=cats["漏水"])
    assert err.value.field == "follow_workdays"
    svc.save_category(boss, parent="水电", name="漏水", workdays=5, follow_kind="leak", follow_workdays=1,
                      category_id=cats["漏水"])
    leak = _leak(svc, clerk, room, cats)
    assert leak.complete_due == datetime(2026, 11, 9, 17, 30)  # five working days now
    with as_of(MON + timedelta(minutes=5)):
        svc.dispatch(clerk, leak.id, depts["工程部"], worker)
    with as_of(MON + timedelta(hours=3)):
        svc.complete(clerk, leak.id, result="更换三通", completed_at=MON + timedelta(hours=3))
    assert svc.get(leak.id).follow_due == datetime(2026, 11, 3, 17, 30)  # its own: one working day, not the rule's 3
    assert r.complete_due == svc.get(r.id).complete_due  # an order registered keeps its deadline
    svc.set_category_active(boss, new, False)
    assert new not in {i for i, _p, _n in svc.categories()}
    assert [row for row in svc.category_rows() if row[0] == new][0][5] is False  # kept, out of use
    with pytest.raises(Conflict):
        svc.set_category_active(boss, new, False)  # already out of use (another desk did it)
    with pytest.raises(ValidationError) as err:
        svc.add_department(boss, "工程部")
    assert err.value.field == "reason"
    d = svc.add_department(boss, "电梯维保公司")
    assert (d, "电梯维保公司") in svc.departments()


def test_the_rates_of_a_period(wo):
    boss, clerk, svc, room, cats, depts, worker = wo
    done = []
    for k in range(3):
        r = _leak(svc, clerk, room, cats, at=datetime(2026, 11, 2 + k, 9))
        with as_of(datetime(2026, 11, 2 + k, 10)):
            svc.dispatch(clerk, r.id, depts["工程部"], worker)
        with as_of(datetime(2026, 11, 2 + k, 11) + timedelta(days=10 * (k == 2))):  # the third far too late
            svc.complete(clerk, r.id, result="已修好")
        done.append(r)
    svc.follow_up(clerk, done[0].id, reached=True, on_time=True, attitude="满意", skill="满意", manners="满意",
                  satisfaction=5)
    for k in range(3):
        with as_of(datetime(2026, 11, 4, 9) + timedelta(hours=2 * k)):
            svc.follow_up(clerk, done[1].id, reached=False)  # 无法回访: left out of the rate, counted apart
    rates = svc.rates(datetime(2026, 11, 1).date(), datetime(2026, 11, 30).date())
    assert (rates["followed_up"], rates["follow_up_due"]) == (1, 2) and rates["follow_up_rate"] == 0.5
    assert rates["unreachable"] == 1
    assert (rates["on_time"], rates["deadlines"]) == (2, 3)


def test_the_slip_reads_back_and_a_reprint_says_copy(wo, any_store, tmp_path):
    import subprocess

    from frontdesk.workorders.documents import slip
    from tests.helpers import pdf_text
    boss, clerk, svc, room, cats, depts, worker = wo
    r = _leak(svc, clerk, room, cats, at=clock.now() - timedelta(hours=1), preferred_time="周六上午")
    svc.dispatch(clerk, r.id, depts["工程部"], worker)
    first = {}
    svc.print_slip(clerk, r.number, deliver=lambda oid, copy: first.update(pdf=slip(any_store, oid, copy=copy).build(),
                                                                          copy=copy))
    text = pdf_text(first["pdf"])
    for expected in (r.number, "3栋1单元101", "张三", "13800138000", "厨房水管漏水", "水电→漏水", "周六上午", "工程部王师傅",
                     "翠湖花园", "示例物业服务有限公司"):
        assert expected in text, expected
    assert not first["copy"] and "副本" not in text
    again = {}
    svc.print_slip(clerk, r.id, deliver=lambda oid, copy: again.update(copy=copy))
    assert again["copy"] is True
    pyzbar = pytest.importorskip("pyzbar.pyzbar")
    from PIL import Image
    (tmp_path / "s.pdf").write_bytes(first["pdf"])
    subprocess.run(["pdftoppm", "-r", "200", "-png", "-f", "1", "-l", "1", str(tmp_path / "s.pdf"),
                    str(tmp_path / "p")], check=True)
    assert [c.data.decode() for c in pyzbar.decode(Image.open(next(tmp_path.glob("p*.png"))))] == [r.number]


def test_the_register_and_the_slip_from_the_command_line(wo, any_store, tmp_path):
    from openpyxl import load_workbook

    from tests.conftest import SUPER_PW
    from tests.helpers import pdf_text
    from tests.test_cli import run
    boss, clerk, svc, room, cats, depts, worker = wo
    r = _leak(svc, clerk, room, cats, at=clock.now() - timedelta(hours=2))
    svc.dispatch(clerk, r.id, depts["工程部"], worker)
    svc.complete(clerk, r.id, result="更换三通", materials=[("三通", "1", "30")], labour="20")
    any_store.dispose()
    env = {"FRONTDESK_DB": any_store.url}
    today = clock.today()
    out = tmp_path / "wo.xlsx"
    run("export", "workorders", "--from", str(today - timedelta(days=1)), "--to", str(today), "--out", str(out),
        env_extra=env, check_rc=0)
    ws = load_workbook(out).worksheets[0]
    header = [c.value for c in ws[4]]
    assert header[:3] == ["编号", "登记时间", "类型"] and header[header.index("时限按估算日历") - 1] == "回访时限"
    row = dict(zip(header, [c.value for c in ws[5]]))
    assert (row["编号"], row["类型"], row["状态"], row["按时完成"], row["返修"]) == (r.number, "户内报修", "已完成", "是", "否")
    bad = run("export", "workorders", "--from", str(today), "--to", str(today - timedelta(days=2)), "--out",
              str(tmp_path / "x.xlsx"), env_extra=env)
    assert bad.returncode == 1 and "晚于" in bad.stderr
    pdf = tmp_path / "slip.pdf"
    run("print", "workorder", r.number, "--out", str(pdf), "--operator", "zhuguan", env_extra=env,
        input=SUPER_PW + "\n", check_rc=0)
    assert r.number in pdf_text(pdf.read_bytes()) and "三通" in pdf_text(pdf.read_bytes())
    assert run("print", "workorder", "GD1999-000001", "--out", str(pdf), "--operator", "zhuguan", env_extra=env,
               input=SUPER_PW + "\n").returncode == 1


def test_lists_filter_by_department_building_and_date(wo, any_store):
    boss, clerk, svc, room, cats, depts, worker = wo
    a = _leak(svc, clerk, room, cats, at=clock.now() - timedelta(days=40))
    b = svc.register(clerk, kind="repair_common", content="3栋电梯异响", place="3栋电梯", category_id=cats["电梯故障"])
    c = svc.register(clerk, kind="repair_common", content="5栋门禁坏", place="5栋东门")
    svc.dispatch(clerk, b.id, depts["工程部"], worker)

    def ids(**kw):
        with any_store.read() as s:
            return {row[0] for row in svc.query(**kw).page(s)}
    assert ids(building="3") == {a.id, b.id} and ids(building="5") == {c.id}
    assert ids(department_id=depts["工程部"]) == {b.id}
    assert ids(date_from=(clock.now() - timedelta(days=7)).date()) == {b.id, c.id}
    assert ids(view="not_dispatched") == {a.id, c.id} and svc.board()["not_dispatched"] == 2


def test_a_call_becomes_a_work_order_and_shows_its_number(wo, any_store):
    from frontdesk.core.errors import Conflict
    from frontdesk.registration.calls import CallLogService
    boss, clerk, svc, room, cats, depts, worker = wo
    calls = CallLogService(any_store)
    call = calls.log(clerk, content="卫生间漏水到楼下", room_id=room, caller="张三")
    assert [c[0] for c in svc.calls_of(room)] == [call]
    r = svc.register(clerk, kind="repair_home", content="卫生间漏水到楼下", room_id=room, call_id=call)
    with any_store.read() as s:
        row = calls.query(room_id=room).page(s)[0]
    assert row[8] == "work_order" and row[10] == r.number  # the call list shows the order's number
    assert svc.calls_of(room) == []
    with pytest.raises(Conflict):
        svc.register(clerk, kind="repair_home", content="again", room_id=room, call_id=call)  # once only


def test_the_order_check_finds_a_broken_store(wo, any_store):
    from sqlalchemy import update

    from frontdesk.workorders.consistency import problems
    from frontdesk.workorders.models import WorkOrder
    boss, clerk, svc, room, cats, depts, worker = wo
    r = _leak(svc, clerk, room, cats, at=clock.now() - timedelta(hours=3))
    svc.dispatch(clerk, r.id, depts["工程部"], worker)
    svc.complete(clerk, r.id, result="更换三通", labour="50")
    assert problems(any_store) == []
    with any_store.write() as s:
        s.execute(update(WorkOrder).where(WorkOrder.id == r.id).values(price=Decimal("5.00"), completed_at=None))
    found = problems(any_store)
    assert any("without a completion time" in p for p in found) and any("bill does not match" in p for p in found)


def test_deadlines_counted_on_a_guessed_calendar_are_marked_in_the_register(wo, any_store, tmp_path):
    """December 2026: 2027 has no holiday data. An order whose completion runs into 2027 is marked
    (是) in the register's own column, its deadline cells stay dates; an order of November is not;
    entering 2027 later does not unmark the order counted before it, and one counted after is clean."""
    from openpyxl import load_workbook

    from frontdesk.workorders.documents import write_register
    boss, clerk, svc, room, cats, depts, worker = wo
    with clock.pinned(datetime(2026, 11, 2, 9, 0)):
        november = svc.register(clerk, kind="repair_home", content="厨房水管漏水", room_id=room, category_id=cats["漏水"])
    with clock.pinned(datetime(2026, 12, 30, 10, 0)):
        december = svc.register(clerk, kind="repair_home", content="卫生间漏水", room_id=room, category_id=cats["漏水"])
    assert not november.guessed and december.guessed  # 漏水: three working days, Mon–Fri into 2027
    assert december.complete_due == datetime(2027, 1, 4, 17, 30)
    with clock.pinned(datetime(2027, 1, 10, 9, 0)):  # the supervisor enters 2027 (元旦 on Friday 01-01)
        CalendarService(any_store).set_day(boss, datetime(2027, 1, 1).date(), workday=False, name="元旦")
        CalendarService(any_store).mark_year_known(boss, 2027)
    with clock.pinned(datetime(2027, 1, 11, 9, 0)):
        january = svc.register(clerk, kind="repair_home", content="阳台漏水", room_id=room, category_id=cats["漏水"])
        assert not january.guessed
        path = tmp_path / "register.xlsx"
        write_register(any_store, datetime(2026, 11, 1).date(), datetime(2027, 1, 11).date(), path)
    ws = load_workbook(path).worksheets[0]
    header = [c.value for c in ws[4]]
    col, due = header.index("Deadlines on a guessed calendar"), header.index("Complete by")
    assert header[col - 1] == "Follow-up due"  # beside the deadlines it speaks of
    rows = {r[0].value: r for r in ws.iter_rows(min_row=5) if r[0].value and str(r[0].value).startswith("GD")}
    assert rows[december.number][col].value == "是"
    assert rows[november.number][col].value in (None, "") and rows[january.number][col].value in (None, "")
    assert rows[december.number][due].value == datetime(2027, 1, 4, 17, 30)  # still a date, not text
    assert rows[december.number][due].is_date


def test_unanswered_calls_are_spaced_and_reaching_no_one_is_not_a_follow_up(wo, any_store):
    """Issue 19: three 未接通 within 13 seconds made 无法回访, listed and registered as 已回访 with a
    time. Now a call too soon after an unanswered one is refused at its field, saying when the next
    may be made (the property's setting, two hours unless a supervisor sets another); the third
    spaced call makes the order 无法回访 — its own state, no follow-up time, its own 回访结果 in the
    list and the register, counted apart from the follow-up rate; a resident who calls back is
    followed up at any moment."""
    from frontdesk.core.settings import SettingsService
    boss, clerk, svc, room, cats, depts, worker = wo
    orders = []
    for k in range(3):
        r = _leak(svc, clerk, room, cats)
        with as_of(MON + timedelta(minutes=10)):
            svc.dispatch(clerk, r.id, depts["工程部"], worker)
        with as_of(MON + timedelta(hours=3)):
            svc.complete(clerk, r.id, result="更换三通", completed_at=MON + timedelta(hours=3))
        orders.append(r)
    lost, found, called_back = orders
    first = datetime(2026, 11, 3, 9, 0, 0)
    with clock.pinned(first):
        assert svc.follow_up(clerk, lost.id, reached=False) == "completed"
    for late in (timedelta(seconds=6), timedelta(seconds=13), timedelta(hours=1, minutes=59, seconds=59)):
        with clock.pinned(first + late), pytest.raises(ValidationError) as err:
            svc.follow_up(clerk, lost.id, reached=False)
        assert err.value.field == "state"
        assert "11-03 09:00" in err.value.text() and "11-03 11:00" in err.value.text() and "2" in err.value.text()
    assert svc.get(lost.id).follow_attempts == 1  # the refused calls counted nothing
    assert svc.detail(lost.id).next_call == first + timedelta(hours=2)
    with clock.pinned(first + timedelta(hours=2)):
        assert svc.follow_up(clerk, lost.id, reached=False) == "completed"
    with clock.pinned(first + timedelta(hours=4)):
        assert svc.follow_up(clerk, lost.id, reached=False) == "unreachable"
    o = svc.get(lost.id)
    assert (o.state, o.unreachable, o.followed_at, o.follow_attempts) == ("unreachable", True, None, 3)
    assert svc.detail(lost.id).next_call is None
    with clock.pinned(first + timedelta(hours=4, minutes=1)), pytest.raises(ValidationError):
        svc.follow_up(clerk, lost.id, reached=False)  # no fourth attempt: it is not due any more
    # a resident reached right after an unanswered call is followed up: only unanswered calls wait
    with clock.pinned(first):
        svc.follow_up(clerk, called_back.id, reached=False)
    with clock.pinned(first + timedelta(minutes=5)):
        assert svc.follow_up(clerk, called_back.id, reached=True, on_time=True, attitude="满意", skill="满意",
                             manners="满意", satisfaction=5) == "followed_up"
    # a supervisor spaces calls three hours apart: two hours after the last is too soon
    SettingsService(any_store).update(boss, follow_up_gap_hours=3)
    with pytest.raises(ValidationError) as err:
        SettingsService(any_store).update(boss, follow_up_gap_hours=0)
    assert err.value.field == "follow_up_gap_hours"
    with clock.pinned(first):
        svc.follow_up(clerk, found.id, reached=False)
    with clock.pinned(first + timedelta(hours=2)), pytest.raises(ValidationError) as err:
        svc.follow_up(clerk, found.id, reached=False)
    assert "3" in err.value.text() and "11-03 12:00" in err.value.text()
    # the list: its state and its 回访结果 column
    from frontdesk.workorders.service import LISTING
    keys = [c.key for c in LISTING.columns]
    with any_store.read() as s:
        listed = {row[0]: dict(zip(keys, row[1:])) for row in svc.query().page(s)}
    assert (listed[lost.id]["state"], listed[lost.id]["follow_result"], listed[lost.id]["follow_due"] is not None) \
        == ("unreachable", "无法回访", True)
    assert (listed[called_back.id]["state"], listed[called_back.id]["follow_result"]) == ("followed_up", "已回访")
    assert listed[found.id]["follow_result"] == ""
    with any_store.read() as s:
        assert [row[0] for row in svc.query(state="unreachable").page(s)] == [lost.id]
    # closed from there, it stays 无法回访 in its 回访结果
    with clock.pinned(first + timedelta(hours=5)):
        svc.close(clerk, lost.id)
    # the register: no follow-up time for a call that reached no one; 回访结果 its own last column
    rows = {row[0]: row for row in svc.register_rows(MON.date(), MON.date())}
    assert rows[lost.number][-1] == "无法回访" and lost.number in rows
    assert rows[called_back.number][-1] == "已回访" and rows[found.number][-1] == ""
    assert first + timedelta(hours=4) not in rows[lost.number]  # no time of a follow-up that was none
    assert svc.get(called_back.id).followed_at in rows[called_back.number]
    rates = svc.rates(MON.date(), MON.date())
    assert (rates["followed_up"], rates["follow_up_due"], rates["unreachable"]) == (1, 2, 1)
    assert [h[2] for h in svc.history(lost.id) if h[1] == "回访"][-1] == "未接通（第 3 次），无法回访"


def test_each_fault_is_named_at_its_field(wo, zh_translate):
    """The materials say which line is wrong; a total over the most a repair is charged is refused at
    the field that makes it so (no box); a well-formed order number that finds nothing is 没有这个工单;
    a phone is a real phone, as in registration."""
    from frontdesk.workorders.service import ChargeTerms, quote
    boss, clerk, svc, room, cats, depts, worker = wo
    r = _leak(svc, clerk, room, cats, at=clock.now() - timedelta(hours=3))
    svc.dispatch(clerk, r.id, depts["工程部"], worker)

    def faults(**kw):
        with pytest.raises(ValidationError) as err:
            svc.complete(clerk, r.id, result="更换三通", **kw)
        return [(e.field, e.text(zh_translate)) for e in getattr(err.value, "errors", [err.value])]
    assert faults(materials="三通 2 12.50\n弯头 两 3\n阀门 1\n胶带 1 -5") == [
        ("materials", "第 2 行：数量须为数字"), ("materials", "第 3 行：请按“名称 数量 单价”填写（如 三通 2 12.50）"),
        ("materials", "第 4 行：单价须在 ¥0.00 至 ¥100,000.00 之间")]
    assert faults(materials="下水管 1e3 12.5\n弯头 2 12.555", labour="1e3") == [  # slips of the keyboard, refused
        ("materials", "第 1 行：数量须为数字"), ("materials", "第 2 行：单价最多两位小数（到分）"),
        ("labour", "不是有效的金额：1e3")]
    assert faults(materials="钢材 10000 100") == [("materials", "材料合计 ¥1,000,000.00，一次维修最多收费 ¥100,000.00。")]
    assert faults(materials="三通 1 99999", labour="50") == [
        ("labour", "材料与人工合计 ¥100,049.00，一次维修最多收费 ¥100,000.00。")]
    with pytest.raises(ValidationError) as err:  # the completion form's price as typed says the same
        quote(ChargeTerms("repair_home", room, None), "钢材 10000 100", "")
    assert err.value.field == "materials"
    assert svc.get(r.id).state == "dispatched"  # nothing changed
    c = svc.register(clerk, kind="complaint", content="维修后仍渗水", room_id=room)
    other = svc.register(clerk, kind="complaint", content="噪音", room_id=room)
    for number, said in (("GD1999-000001", "没有这个工单：GD1999-000001"), ("12345", "不是工单编号"),
                         (other.number, "不是维修工单")):
        with pytest.raises(ValidationError) as err:
            svc.reply(clerk, c.id, "已安排复查", "有效", number)
        assert err.value.field == "repair" and said in err.value.text(zh_translate)
    with pytest.raises(NotFound) as err:  # the slip by its number
        svc.print_slip(clerk, "GD1999-000001")
    assert "没有这个工单" in err.value.text(zh_translate)
    for bad in ("12345", "1380013800", "电话"):
        with pytest.raises(ValidationError) as err:
            svc.add_worker(boss, depts["工程部"], "李师傅", bad)
        assert err.value.field == "phone"
        with pytest.raises(ValidationError) as err:
            svc.register(clerk, kind="repair_home", content="门锁坏", room_id=room, phone=bad)
        assert err.value.field == "phone"


def test_a_repeat_fault_is_found_before_saving_and_shown_wherever_the_order_is(wo, any_store, zh_translate):
    """Issue 19: 返修 was found (repeat_of_id) but shown nowhere. One Qt-free rule says it before the
    order is saved (the F7 form asks ``repeat_warning`` as soon as the room and category are chosen:
    "3-1-101 报修过同类问题：GD2026-000001，3 天前") and ``register`` records the same; the list marks
    the state (已登记·返修), the detail and the room card's 工单 section say it."""
    from frontdesk.workorders.service import LISTING, REPEAT_SEEN, repeat_in_row, repeat_text, room_orders_section
    boss, clerk, svc, room, cats, depts, worker = wo
    first = _leak(svc, clerk, room, cats)  # Monday 09:00
    cancelled = _leak(svc, clerk, room, cats, at=MON + timedelta(days=1))
    svc.cancel(clerk, cancelled.id, "业主重复报修")  # a cancelled order is no earlier repair
    at = MON + timedelta(days=3, hours=1)
    with clock.pinned(at):
        seen = svc.repeat_warning("repair_home", room, cats["漏水"])
        assert (seen.id, seen.number, seen.room, seen.days) == (first.id, first.number, "3-1-101", 3)
        text, values = repeat_text(seen)
        assert text == REPEAT_SEEN
        assert zh_translate("WorkOrders", text).format(**values) == f"3-1-101 报修过同类问题：{first.number}，3 天前"
        for kind, category in (("repair_home", cats["门锁"]), ("complaint", cats["漏水"]), ("repair_home", None)):
            assert svc.repeat_warning(kind, room, category) is None  # another category, not a repair, none chosen
        assert svc.repeat_warning("repair_home", None, cats["漏水"]) is None
        again = svc.register(clerk, kind="repair_home", content="厨房水管又漏水", room_id=room, category_id=cats["漏水"])
        same_day = svc.repeat_warning("repair_home", room, cats["漏水"])
    assert again.repeat_of == first.number and svc.get(again.id).repeat_of_id == first.id
    assert same_day.number == again.number and same_day.days == 0  # the latest one, today
    assert zh_translate("WorkOrders", repeat_text(same_day)[0]).format(**repeat_text(same_day)[1]) == \
        f"3-1-101 报修过同类问题：{again.number}，今天"
    with clock.pinned(MON + timedelta(days=31)):  # past 30 days: no repeat
        assert svc.repeat_warning("repair_home", room, cats["漏水"]).number == again.number
    with clock.pinned(MON + timedelta(days=35)):
        assert svc.repeat_warning("repair_home", room, cats["漏水"]) is None
    keys = [c.key for c in LISTING.columns]
    with any_store.read() as s:
        rows = {row[0]: row[1:] for row in svc.query().page(s)}
        card = room_orders_section(s, room)
    assert repeat_in_row(rows[again.id]) and not repeat_in_row(rows[first.id])
    assert rows[again.id][keys.index("state")] == "registered"
    d = svc.detail(again.id).repeat
    assert (d.number, d.room, d.days, d.registered_at) == (first.number, "3-1-101", 3, MON)
    assert svc.detail(first.id).repeat is None
    states = {values["number"]: values["state"] for _text, values in card.lines}
    assert states[again.number] == "已登记·返修" and states[first.number] == "已登记"
    assert {r[0]: r for r in svc.register_rows(MON.date(), at.date())}[again.number].count("是") >= 1


def test_a_dispatched_repair_is_answered_a_complaint_only_by_its_reply(wo):
    """One rule for the board, the list and the register: a repair is answered by its dispatch, a
    complaint only by the reply to the complainant."""
    boss, clerk, svc, room, cats, depts, worker = wo
    r = _leak(svc, clerk, room, cats)
    with as_of(MON):
        c = svc.register(clerk, kind="complaint", content="楼道堆放杂物", room_id=room, severity="一般")
    with as_of(MON + timedelta(minutes=30)):
        svc.dispatch(clerk, r.id, depts["工程部"], worker)
        svc.dispatch(clerk, c.id, depts["保洁部"])
    late = MON + timedelta(days=5)
    assert svc.board(late)["late_reply"] == 1
    rows = {row[0]: row for row in svc.register_rows(MON.date(), MON.date())}
    number = {o.id: o.number for o in (svc.get(r.id), svc.get(c.id))}
    assert rows[number[r.id]][15] == MON + timedelta(minutes=30) and rows[number[c.id]][15] is None


def test_a_next_follow_up_call_after_office_hours_is_the_next_working_morning(wo):
    """Calls are two hours apart within office hours: after 15:00 the next is 17:00 the same day; after
    17:10 on a Friday two hours later is past 17:30 — the next call is Monday 09:00."""
    boss, clerk, svc, room, cats, depts, worker = wo
    fri = datetime(2026, 11, 6, 9, 0)
    r = _leak(svc, clerk, room, cats, at=fri)
    with as_of(fri + timedelta(minutes=10)):
        svc.dispatch(clerk, r.id, depts["工程部"], worker)
        svc.complete(clerk, r.id, result="更换三通", completed_at=fri + timedelta(minutes=10))
    with clock.pinned(datetime(2026, 11, 6, 15, 0)):
        svc.follow_up(clerk, r.id, reached=False)
    assert svc.detail(r.id).next_call == datetime(2026, 11, 6, 17, 0)  # still within the day
    with clock.pinned(datetime(2026, 11, 6, 17, 10)):
        svc.follow_up(clerk, r.id, reached=False)
    assert svc.detail(r.id).next_call == datetime(2026, 11, 9, 9, 0)  # Monday morning, not Friday 19:10
    with clock.pinned(datetime(2026, 11, 7, 10, 0)), pytest.raises(ValidationError) as err:  # Saturday: too soon
        svc.follow_up(clerk, r.id, reached=False)
    assert "11-06 17:10" in err.value.text() and "11-09 09:00" in err.value.text()


def test_the_search_finds_an_order_as_a_caller_names_it(wo):
    """By its running number (53, 000053), the caller's phone (whole or its last four digits), the
    room as people say it (3栋101, 3栋1单元101) — not only by the whole number."""
    boss, clerk, svc, room, cats, depts, worker = wo
    r = _leak(svc, clerk, room, cats)
    other = svc.register(clerk, kind="repair_common", content="楼道灯不亮", place="3栋楼道", phone="13900009999")

    def found(text):
        with svc.store.read() as s:
            return {row[0] for row in svc.query(text=text).page(s, limit=50)}
    number = svc.get(r.id).number
    for text in (number, number.lower(), str(int(number[-6:])), number[-6:], "13800138000", "8000",
                 "3栋101", "3栋1单元101", "3-1-101"):
        assert found(text) == {r.id}, text
    assert found("9999") == {other.id} and found("2栋101") == set()
