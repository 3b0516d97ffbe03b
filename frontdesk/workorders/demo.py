"""The work-order task's part of the demo property: about three months of orders of every kind and
state, recorded through the service each at its own moment — some registered just before and during
the Mid-Autumn and National Day holidays and around weekends, so deadlines over holidays show —
with follow-ups, a reopening, pauses and a paid repair collected at the fees tab."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta

from frontdesk.core.dates import working_moment
from frontdesk.core.models import as_of

REPAIRS = (("厨房水管漏水", "漏水"), ("卫生间天花板渗水", "防水"), ("入户门锁打不开", "门锁"), ("客厅插座没电", "电路/开关"),
           ("窗户关不严", "窗户"), ("水龙头滴水", "水管/龙头"))
COMMON = (("3栋电梯异响", "电梯故障"), ("2栋楼道灯不亮", "电路/开关"), ("小区东门道闸抬不起", "车位/道闸"),
          ("5栋消防栓玻璃破损", "消防设施"), ("中心花园草坪枯黄", "绿化养护"))
COMPLAINTS = (("楼上装修噪音太大", "装修/邻里噪音"), ("地下车库有人乱停车", "车位/道闸"), ("保洁不及时，垃圾堆放", "公共区域保洁"))
HOLIDAY_DAYS = (date(2026, 9, 24), date(2026, 9, 26), date(2026, 9, 30), date(2026, 10, 3), date(2026, 10, 6),
                date(2026, 10, 10))  # around Mid-Autumn and National Day, and the Saturday worked in lieu


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
    rooms = sorted(owners)
    days = sorted({today - timedelta(days=rng.randrange(1, 90)) for _ in range(70)} |
                  {d for d in HOLIDAY_DAYS if d < today - timedelta(days=1)})
    made = 0
    for n, day in enumerate(days):
        at = datetime.combine(day, time(9, 15)) + timedelta(minutes=rng.randrange(480))
        if at > datetime.now() - timedelta(hours=2):
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
                text, cat = rng.choice(COMMON)
                r = svc.register(clerk, kind="repair_common", content=text, place=text[:5], channel="巡查",
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
        if n % 11 == 5:  # waiting for parts
            with as_of(step + timedelta(hours=1)):
                svc.pause(clerk, r.id, "等配件")
            if day < today - timedelta(days=5):
                with as_of(step + timedelta(days=2)):
                    svc.resume(clerk, r.id)
            else:
                continue
        if day >= today - timedelta(days=4) and n % 2 == 0:
            continue  # in progress
        done = min(step + timedelta(hours=rng.randrange(2, 60)), datetime.now() - timedelta(hours=1))
        paid = pick < 0.55 and n % 4 == 1
        with as_of(done):
            bill = svc.complete(boss, r.id, result="已处理完毕", materials=[("配件", "1", "35")] if paid else [],
                                labour="40" if paid else None, signed=True, completed_at=done)
        if bill:
            order = svc.get(r.id)
            with as_of(working_moment(rng, done.date() + timedelta(days=rng.randrange(0, 2)))):
                if rng.random() < 0.7:
                    fees.take_payment(clerk, order.room_id, [bill], "微信", reference=f"4200{rng.randrange(10**10):010d}",
                                      payer=owners[order.room_id][0][0])
        if pick >= 0.55 and pick < 0.8 or day > today - timedelta(days=3):
            continue  # common areas: no resident to call; the last days' calls are still due
        follow = working_moment(rng, done.date() + timedelta(days=1))
        with as_of(follow):
            if n % 13 == 7:
                svc.follow_up(clerk, r.id, reached=True, on_time=False, attitude="一般", skill="不满意", manners="一般",
                              satisfaction=2, comment="还有问题")  # 返工
            elif n % 9 == 4:
                for _ in range(3):
                    svc.follow_up(clerk, r.id, reached=False)  # 无法回访
            else:
                svc.follow_up(clerk, r.id, reached=True, on_time=True, attitude="满意", skill="满意", manners="满意",
                              satisfaction=rng.choice((4, 5, 5)))
                if rng.random() < 0.6:
                    svc.close(clerk, r.id)
    ctx.figures.update(work_orders=made)
