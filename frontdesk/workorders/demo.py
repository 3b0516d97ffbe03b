"""The work-order task's part of the demo property: about three months of orders of every kind and
state, recorded through the service each at its own moment — some registered just before and during
the holidays of those months (from the store's calendar) and around weekends, so deadlines over
holidays show — with follow-ups, a reopening, pauses and a paid repair collected at the fees tab.
Whatever the day the demo is loaded on, nothing happens after now or before what it follows: an
order completed later than an hour ago is still being worked on, a bill is paid after it was made,
the follow-up call comes after the completion, in the desk's hours."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta

from frontdesk.core import clock
from frontdesk.core.dates import working_moment
from frontdesk.core.models import as_of

REPAIRS = (("厨房水管漏水", "漏水"), ("卫生间天花板渗水", "防水"), ("入户门锁打不开", "门锁"), ("客厅插座没电", "电路/开关"),
           ("窗户关不严", "窗户"), ("水龙头滴水", "水管/龙头"))
COMMON = (("3栋电梯异响", "电梯故障", "3栋电梯"), ("2栋楼道灯不亮", "电路/开关", "2栋楼道"),  # what, category, where
          ("小区东门道闸抬不起", "车位/道闸", "东门道闸"), ("5栋消防栓玻璃破损", "消防设施", "5栋消防栓"),
          ("中心花园草坪枯黄", "绿化养护", "中心花园"))
COMPLAINTS = (("楼上装修噪音太大", "装修/邻里噪音"), ("地下车库有人乱停车", "车位/道闸"), ("保洁不及时，垃圾堆放", "公共区域保洁"))


def around_holidays(session, first: date, last: date) -> set[date]:
    """Days of ``first``…``last`` around its holidays, as the store's calendar has them: the working
    day before each holiday, every third day of it, and the weekends worked in lieu (调休) — none in
    a year the calendar does not know (counted Monday–Friday)."""
    from frontdesk.core.workdays import load as load_calendar
    cal = load_calendar(session)
    days = {d for d, working in cal.days.items() if working and first <= d <= last}  # worked in lieu
    seen: set[date] = set()
    for holiday in sorted(d for d, working in cal.days.items() if not working and first <= d <= last):
        if holiday in seen:
            continue
        start = end = holiday  # the whole stretch off, its weekend days included
        while not cal.is_workday(start - timedelta(days=1)):
            start -= timedelta(days=1)
        while not cal.is_workday(end + timedelta(days=1)):
            end += timedelta(days=1)
        stretch = [start + timedelta(days=i) for i in range((end - start).days + 1)]
        seen.update(stretch)
        days.update(stretch[2::3])
        days.add(start - timedelta(days=1))  # the working day before it
    return {d for d in days if first <= d <= last}


def fill(store, ctx) -> None:
    from frontdesk.fees.service import FeeService
    from frontdesk.registration.service import current_owners
    from frontdesk.workorders.service import WorkOrderService
    rng, boss, clerk, today = ctx.rng, ctx.boss, ctx.clerk, ctx.today
    svc, fees = WorkOrderService(store), FeeService(store)
    cats = {leaf: i for i, _p, leaf in svc.categories()}
    depts = dict((n, i) for i, n in svc.departments())
    workers = [svc.add_worker(boss, depts["工程部"], name, phone) for name, phone in
               (("王师傅", "13900000001"), ("李师傅", "13900000002"), ("赵师傅", "13900000003"))]
    svc.add_worker(boss, depts["保洁部"], "陈阿姨", "13900000011")
    svc.add_worker(boss, depts["秩序部"], "周队长", "13900000021")
    with store.read() as s:
        owners = current_owners(s)
        holidays = around_holidays(s, today - timedelta(days=89), today - timedelta(days=2))
    rooms = sorted(owners)
    days = sorted({today - timedelta(days=rng.randrange(1, 90)) for _ in range(70)} | holidays)
    made = 0
    for n, day in enumerate(days):
        at = datetime.combine(day, time(9, 15)) + timedelta(minutes=rng.randrange(480))
        if at > clock.wall() - timedelta(hours=2):
            continue
        pick = rng.random()
        with as_of(at):
            if pick < 0.55:
                room = rng.choice(rooms)
                text, cat = rng.choice(REPAIRS)
                name, phone = owners[room][0]
                r = svc.register(clerk, kind="repair_home", content=text, room_id=room, reporter=name, phone=phone,
                                 category_id=cats[cat], preferred_time=rng.choice(("", "上午", "下午 3 点后", "周末")),
                                 urgent=cat == "漏水" and rng.random() < 0.3)
            elif pick < 0.8:
                text, cat, place = rng.choice(COMMON)
                r = svc.register(clerk, kind="repair_common", content=text, place=place, channel="巡查",
                                 category_id=cats[cat])
            elif pick < 0.95:
                room = rng.choice(rooms)
                text, cat = rng.choice(COMPLAINTS)
                name, phone = owners[room][0]
                r = svc.register(clerk, kind="complaint", content=text, room_id=room, reporter=name, phone=phone,
                                 category_id=cats[cat], severity=rng.choice(("一般", "一般", "严重")),
                                 urgent=rng.random() < 0.3)
            else:
                room = rng.choice(rooms)
                r = svc.register(clerk, kind="help", content="老人行动不便，请帮忙搬运物品", room_id=room, channel="来访")
        made += 1
        if day >= today - timedelta(days=2) and n % 3 == 0:
            continue  # a few left for the desk to dispatch
        step = at + timedelta(minutes=rng.randrange(10, 90))
        dept = depts["秩序部"] if r.number and pick >= 0.8 else depts["工程部"]
        with as_of(step):
            svc.dispatch(boss, r.id, dept, workers[n % 3] if dept == depts["工程部"] else None)
            svc.print_slip(boss, r.id)
        if pick >= 0.8 and pick < 0.95:
            with as_of(step + timedelta(minutes=30)):
                svc.reply(clerk, r.id, "已联系相关方处理，并回复业主", "有效")
        resumed = None
        if n % 11 == 5:  # waiting for parts
            with as_of(step + timedelta(hours=1)):
                svc.pause(clerk, r.id, "等配件")
            if day >= today - timedelta(days=5):
                continue
            resumed = step + timedelta(days=2)
            with as_of(resumed):
                svc.resume(clerk, r.id)
        if day >= today - timedelta(days=4) and n % 2 == 0:
            continue  # in progress
        done = (resumed or step) + timedelta(hours=rng.randrange(2, 60))
        if not 8 <= done.hour < 18:  # workers finish in working hours
            done = datetime.combine(done.date() + timedelta(days=done.hour >= 18), time(10)) + \
                timedelta(minutes=rng.randrange(240))
        if done > clock.wall() - timedelta(hours=1):
            continue  # still being worked on
        paid = pick < 0.55 and n % 4 == 1
        with as_of(done):
            bill = svc.complete(boss, r.id, result="已处理完毕", materials=[("配件", "1", "35")] if paid else [],
                                labour="40" if paid else None, signed=True, completed_at=done)
        if bill:  # paid at the desk the same day or the next, after the work was done
            order = svc.get(r.id)
            pay = working_moment(rng, done.date() + timedelta(days=rng.randrange(0, 2)))
            if pay <= done:
                pay = working_moment(rng, done.date() + timedelta(days=1))
            if rng.random() < 0.7 and pay > done:
                with as_of(pay):
                    fees.take_payment(clerk, order.room_id, [bill], "微信", reference=f"4200{rng.randrange(10**10):010d}",
                                      payer=owners[order.room_id][0][0])
        if pick >= 0.55 and pick < 0.8 or day > today - timedelta(days=3):
            continue  # common areas: no resident to call; the last days' calls are still due
        follow = working_moment(rng, done.date() + timedelta(days=1))
        if follow <= done:
            continue  # the call is still due
        with as_of(follow):
            if n % 13 == 7:
                svc.follow_up(clerk, r.id, reached=True, on_time=False, attitude="一般", skill="不满意", manners="一般",
                              satisfaction=2, comment="还有问题")  # 返工
            elif n % 9 == 4:  # 无法回访: three calls unanswered, each when the service says the next may be made
                call = datetime.combine(follow.date(), time(8, 30)) + timedelta(minutes=4 * follow.minute)
                for k in range(3):
                    if not done < call <= clock.wall():
                        break
                    with as_of(call):
                        svc.follow_up(clerk, r.id, reached=False)
                    after = svc.detail(r.id).next_call
                    if after is None:
                        break
                    call = after + timedelta(minutes=k + 1)
            else:
                svc.follow_up(clerk, r.id, reached=True, on_time=True, attitude="满意", skill="满意", manners="满意",
                              satisfaction=rng.choice((4, 5, 5)))
                if rng.random() < 0.6:
                    svc.close(clerk, r.id)
    ctx.figures.update(work_orders=made)


def generate(s, ctx) -> dict:
    """Ten years (``ctx.years``) of work orders for the large property — about 55 a day, every kind
    and state, with deadlines on the working calendar, follow-ups and reopenings — in bulk inserts."""
    import json as _json
    from collections import defaultdict

    from sqlalchemy import func, select

    from frontdesk.core.models import DocCounter
    from frontdesk.core.numbering import format_number
    from frontdesk.core.workdays import load as load_calendar
    from frontdesk.registration.service import Room
    from frontdesk.workorders import deadlines
    from frontdesk.workorders.models import PREFIX, WoCategory, WoDepartment, WorkOrder, WorkOrderEvent, WoWorker
    from frontdesk.workorders.service import seed
    rng, end = ctx.rng, time(17, 30)
    seed(s)
    cats = s.execute(select(WoCategory.id, WoCategory.completion_workdays, WoCategory.follow_kind)
                     .where(WoCategory.parent_id.is_not(None))).all()
    dept = s.scalar(select(WoDepartment.id).where(WoDepartment.name == "工程部"))
    s.execute(WoWorker.__table__.insert(), [{"department_id": dept, "name": f"师傅{i:02d}", "phone": f"139000000{i:02d}",
                                             "active": True} for i in range(10)])
    workers = list(s.scalars(select(WoWorker.id)))
    rooms = list(s.scalars(select(Room.id)))
    cal = load_calendar(s)
    counters: dict[int, int] = defaultdict(int)
    first_id = (s.scalar(select(func.max(WorkOrder.id))) or 0) + 1
    orders, events, oid = [], [], first_id
    day, today, now_ = ctx.start.date(), ctx.today, clock.wall()
    kinds = ("repair_home",) * 6 + ("repair_common",) * 2 + ("complaint", "help", "enquiry")
    while day < today:
        for _ in range(rng.randrange(40, 70)):
            at = datetime.combine(day, time(8, 30)) + timedelta(minutes=rng.randrange(540))
            kind = rng.choice(kinds)
            cat_id, workdays, follow_kind = rng.choice(cats)
            urgent = rng.random() < 0.1
            counters[at.year] += 1
            reply = deadlines.reply_due(cal, kind, at, urgent, end)
            done_due = deadlines.completion_due(cal, at, urgent, workdays, end)
            age = (now_ - at).days
            state = "closed" if age > 20 else rng.choice(("registered", "dispatched", "completed", "followed_up",
                                                           "closed", "paused"))
            if rng.random() < 0.01:
                state = "cancelled"
            dispatched = at + timedelta(minutes=rng.randrange(10, 240)) if state != "registered" else None
            completed = None
            if state in ("completed", "followed_up", "closed"):
                completed = min(done_due.at + timedelta(hours=rng.randrange(-60, 12)), now_ - timedelta(hours=1))
                completed = max(completed, dispatched + timedelta(minutes=30))
            repair = kind in ("repair_home", "repair_common")
            follow_due = deadlines.follow_up_due(cal, completed, follow_kind, end).at if completed and repair else None
            followed = follow_due - timedelta(hours=rng.randrange(1, 30)) if follow_due and state != "completed" else None
            if followed and followed > now_ - timedelta(hours=1):
                state, followed = "completed", None  # the follow-up call is still to come
            orders.append({
                "id": oid, "number": format_number(PREFIX, at.year, counters[at.year]), "kind": kind, "state": state,
                "room_id": rng.choice(rooms) if kind != "repair_common" else None,
                "place": "公共区域" if kind == "repair_common" else "", "anonymous": False, "reporter": "",
                "phone": "", "channel": rng.choice(("电话", "来访", "微信", "巡查")), "category_id": cat_id,
                "content": "报修", "preferred_time": "", "urgent": urgent,
                "severity": "一般" if kind == "complaint" else "", "call_id": None, "registered_at": at,
                "registered_by": ctx.operators[0][0], "reply_due": reply.at,
                "replied_at": (dispatched or at) if rng.random() < 0.95 else None, "reply_text": "",
                "validity": "", "complete_due": done_due.at, "department_id": dept if dispatched else None,
                "worker_id": rng.choice(workers) if dispatched else None, "dispatched_at": dispatched,
                "paused_at": at if state == "paused" else None, "paused_seconds": 0, "completed_at": completed,
                "result": "已处理" if completed else "", "materials": _json.dumps([]), "hours": None, "price": None,
                "bill_id": None, "signed": bool(completed), "follow_due": follow_due, "followed_at": followed,
                "follow_attempts": 0, "unreachable": False, "satisfaction": rng.choice((4, 5, 5, 3)) if followed else None,
                "reopen_count": 1 if rng.random() < 0.02 else 0, "repeat_of_id": None, "linked_id": None,
                "cancel_reason": "重复报修" if state == "cancelled" else "", "slip_prints": 1 if dispatched else 0,
                "version": 1})
            events.append({"order_id": oid, "at": at, "action": "登记", "detail": "", "operator_id": ctx.operators[0][0],
                           "operator_name": ctx.operators[0][1]})
            oid += 1
        if len(orders) >= 20000:
            s.execute(WorkOrder.__table__.insert(), orders)
            s.execute(WorkOrderEvent.__table__.insert(), events)
            orders, events = [], []
            if ctx.progress:
                ctx.progress("work orders", oid - first_id, 55 * 365 * ctx.years)
        day += timedelta(days=1)
    if orders:
        s.execute(WorkOrder.__table__.insert(), orders)
        s.execute(WorkOrderEvent.__table__.insert(), events)
    for year, last in counters.items():
        s.merge(DocCounter(prefix=PREFIX, year=year, last_number=last))
    return {"work_orders": oid - first_id}
