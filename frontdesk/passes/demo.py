"""Passes and permits in the demo and on the large property: renovations in every state (one accepted
three months ago, its contractor's deposit due), worker passes returned, lost and in force, temporary
passes, a hot-work permit, release slips (one used at the gate) — each step at its own moment, never
later than now, whatever day the demo is built on."""
from __future__ import annotations

from datetime import datetime, timedelta

from frontdesk.core import clock
from frontdesk.core.dates import working_moment
from frontdesk.core.models import as_of
from frontdesk.core.people import id_check_digit

CONTRACTORS = (("美家装饰工程有限公司", "赵工", "13911112222"), ("华艺装修队", "钱经理", "13922223333"),
               ("安居家装有限公司", "孙工", "13933334444"), ("匠心装饰设计工作室", "李工", "13944445555"))
WORKERS = (("孙师傅", "水电"), ("钱师傅", "木工"), ("周师傅", "瓦工"), ("吴师傅", "油漆"), ("郑师傅", "水电"))


def ric(rng) -> str:
    body = f"110105{rng.randrange(1965, 2000)}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}{rng.randrange(100, 999)}"
    return body + id_check_digit(body)


def fill(store, ctx) -> None:
    from frontdesk.passes.service import PassService
    from frontdesk.registration.service import current_owners
    rng, boss, clerk, today = ctx.rng, ctx.boss, ctx.clerk, ctx.today
    svc = PassService(store)
    with store.read() as s:
        owners = current_owners(s)
    rooms = sorted(owners)[5::7][:8]  # a few rooms spread over the property

    def at(days_ago: int) -> datetime:
        moment = working_moment(rng, today - timedelta(days=days_ago))
        # early enough that what follows it the same day (tests, approval, money, permit) is within desk hours
        return moment - timedelta(hours=6) if moment.hour >= 15 else moment

    def apply(room, days_ago, length=60, contractor=0):
        name, manager, phone = CONTRACTORS[contractor % len(CONTRACTORS)]
        moment = at(days_ago)
        with as_of(moment):
            number = svc.apply(clerk, room, contractor=name, manager=manager, manager_phone=phone,
                               workers=rng.randrange(2, 7), works=rng.sample(svc.rules().works, 3),
                               start=moment.date() + timedelta(days=3), end=moment.date() + timedelta(days=3 + length),
                               documents=["申请表", "平面图", "装修协议", "施工单位资质"])
        return svc.renovation_of(number), moment

    def through_permit(reno, moment):
        step = moment
        for gap, act in ((0.5, lambda: svc.record_test(clerk, reno.id, "water", "合格", step.date(), "工程部 刘工")),
                         (0, lambda: svc.record_test(clerk, reno.id, "pressure", "合格", step.date(), "工程部 刘工")),
                         (0, lambda: svc.sign_off(clerk, reno.id, True, "刘工")),
                         (0.5, lambda: svc.approve(boss, reno.id)),
                         (0, lambda: svc.take_money(clerk, reno.id)),
                         (0, lambda: svc.issue(clerk, reno.id))):
            step = step + timedelta(hours=gap, minutes=10)
            with as_of(min(step, clock.wall())):
                act()
        return step

    made = {"renovations": 0, "passes": 0}
    if len(rooms) < 6:
        return
    # accepted three months and more ago: the contractor's deposit is due for refund now
    reno, moment = apply(rooms[0], 170, 60, 0)
    step = through_permit(reno, moment)
    with as_of(step + timedelta(days=5)):
        w = svc.issue_worker(clerk, reno.id, name="孙师傅", id_number=ric(rng), phone="13700001111", trade="水电",
                             valid_to=reno.end)
    with as_of(step + timedelta(days=30)):
        svc.inspect(boss, reno.id, "阳台私搭雨棚", violation=True, ordered="三日内拆除", deduction="200")
    accepted = at(95)
    with as_of(accepted):
        svc.end_worker(clerk, svc.doc(w.number).id, method="微信", reference="WX20260001")  # paid back by transfer
    with as_of(accepted + timedelta(minutes=20)):
        svc.accept(clerk, reno.id, True, method="转账", reference="6222 0210 0123 9876")  # not out of the drawer:
        # the fees demo closes each day's shift afterwards, and cash paid out then would leave a drawer short
    # under way, with passes returned, lost and in force, and a hot-work permit
    reno, moment = apply(rooms[1], 40, 75, 1)
    step = through_permit(reno, moment)
    passes = []
    with as_of(step + timedelta(days=1)):
        for name, trade in WORKERS[:3]:
            passes.append(svc.issue_worker(clerk, reno.id, name=name, id_number=ric(rng),
                                           phone=f"137{rng.randrange(10000000, 99999999)}", trade=trade,
                                           valid_to=min(reno.end, today + timedelta(days=30))))
    with as_of(at(10)):
        svc.end_worker(clerk, svc.doc(passes[2].number).id, lost=True)
    with as_of(at(8)):
        svc.inspect(clerk, reno.id, "施工正常，垃圾已袋装")
    hot = at(3)
    with as_of(hot):
        svc.issue_hot_work(boss, reno.id, welder="周焊工", id_number=ric(rng), cert_no="T110105201901",
                           cert_expiry=today + timedelta(days=400), start=hot, end=hot + timedelta(hours=3),
                           extinguisher=True, cleared=True, watcher="秩序部 吴队长")
    with as_of(hot + timedelta(hours=3, minutes=10)):
        svc.close_hot_work(clerk, svc.docs("hot_work")[0].id, "余火已清，电源已断，现场已清理")
    made["passes"] += 3
    # under way, ending within the week
    reno, moment = apply(rooms[2], 60, 55, 2)
    through_permit(reno, moment)
    # approved, the money still to take; applied, the approval overdue; applied today-ish; voided
    reno, moment = apply(rooms[3], 6, 60, 3)
    step = through_permit(reno, moment)  # issued, just started
    with as_of(step + timedelta(minutes=30)):
        svc.issue_worker(clerk, reno.id, name="郑师傅", id_number=ric(rng), phone="13700005555", trade="水电",
                         valid_to=min(reno.end, today + timedelta(days=60)))
    asked = at(0)  # a hot-work permit the desk recorded, waiting on the board for a supervisor's approval
    with as_of(asked):
        svc.issue_hot_work(clerk, reno.id, welder="冯焊工", id_number=ric(rng), cert_no="T110105202203",
                           cert_expiry=today + timedelta(days=200), start=asked + timedelta(hours=1),
                           end=asked + timedelta(hours=4), extinguisher=True, cleared=True, watcher="秩序部 吴队长")
    reno, moment = apply(rooms[4], 9, 45, 0)  # applied nine days ago: the approval is overdue
    reno, moment = apply(rooms[5], 2, 30, 1)
    with as_of(moment + timedelta(hours=1)):
        svc.record_test(clerk, reno.id, "water", "合格", moment.date(), "工程部 刘工")
        svc.record_test(clerk, reno.id, "pressure", "暂缓（供暖期）", moment.date(), "工程部 刘工")
        svc.sign_off(clerk, reno.id, True, "刘工")
    with as_of(moment + timedelta(hours=2)):
        svc.approve(boss, reno.id)  # approved: the money still to take
    if len(rooms) > 6:
        reno, moment = apply(rooms[6], 20, 30, 2)
        with as_of(moment + timedelta(hours=1)):
            svc.void(boss, reno.id, "业主决定暂不装修")
    made["renovations"] = 7
    # temporary passes and release slips; one slip used at the gate
    for days_ago, name, reason in ((2, "快递员小周", "送大件快递"), (0, "保洁公司 王阿姨", "开荒保洁")):
        with as_of(at(days_ago)):
            svc.issue_temporary(clerk, name=name, id_number=ric(rng), reason=reason, room_id=rooms[1])
    slip_at = at(1)
    with as_of(slip_at):
        owner = owners[rooms[0]][0][0]
        used = svc.issue_release(clerk, rooms[0], bearer=owner, id_number=ric(rng), reason="搬家",
                                 items=[("沙发", "1"), ("冰箱", "1"), ("纸箱", "15")], plate="京A12345",
                                 confirmed_by=owner, confirmed_how="本人到场")
    with as_of(slip_at + timedelta(minutes=40)):
        svc.verify(clerk, used.number)
    with as_of(at(0)):
        owner = owners[rooms[2]][0][0]
        svc.issue_release(clerk, rooms[2], bearer="刘租户", id_number=ric(rng), reason="搬家",
                          items=[("床垫", "1"), ("衣柜", "1")], confirmed_by=owner, confirmed_how="电话", tenant=True)
    made["passes"] += 11
    ctx.figures.update(renovations=made["renovations"])


def generate(s, ctx) -> dict:
    """Ten years (``ctx.years``) of renovations, passes and slips for the large property, in bulk: about
    one renovation in thirty rooms a year with its worker passes, temporary passes and release slips
    every day; all but the last months' accepted and refunded, their passes returned."""
    import json
    from collections import defaultdict

    from sqlalchemy import func, select

    from frontdesk.core.models import DocCounter
    from frontdesk.core.numbering import format_number
    from frontdesk.passes.models import DOCS, RENOVATION_PREFIX, PassDoc, Renovation
    from frontdesk.registration.service import Room
    rng, now_ = ctx.rng, clock.wall()
    rooms = list(s.scalars(select(Room.id)))
    op = ctx.operators[0][0]
    counters: dict[tuple[str, int], int] = defaultdict(int)
    renos, docs = [], []
    live_rooms: set[int] = set()
    rid = (s.scalar(select(func.max(Renovation.id))) or 0) + 1
    day = ctx.start.date()
    per_day = max(1, len(rooms) // 30 // 365 + 1)
    while day < ctx.today:
        for _ in range(rng.randrange(0, per_day + 1)):
            at = datetime.combine(day, datetime.min.time()) + timedelta(hours=9, minutes=rng.randrange(480))
            room = rng.choice(rooms)
            start, end = day + timedelta(days=3), day + timedelta(days=3 + rng.randrange(30, 90))
            done = end + timedelta(days=7) < ctx.today
            state = "refunded" if done and end + timedelta(days=100) < ctx.today else "accepted" if done else "issued"
            if not done and room in live_rooms:
                continue
            counters[(RENOVATION_PREFIX, at.year)] += 1
            name, manager, phone = CONTRACTORS[rng.randrange(len(CONTRACTORS))]
            accepted = datetime.combine(end + timedelta(days=5), datetime.min.time()) + timedelta(hours=10) if done else None
            renos.append({"id": rid, "number": format_number(RENOVATION_PREFIX, at.year, counters[(RENOVATION_PREFIX, at.year)]),
                          "room_id": room, "live_room_id": None if done else room, "state": state, "owner": "业主",
                          "owner_phone": "", "contractor": name, "manager": manager, "manager_phone": phone,
                          "workers": 4, "works": json.dumps(["墙面", "地面"], ensure_ascii=False), "works_other": "",
                          "start": start, "end": end, "structural": False, "approval_no": "",
                          "documents": json.dumps(["装修协议"], ensure_ascii=False), "applied_at": at,
                          "applied_by": op, "approve_due": at + timedelta(days=3), "water_test": "合格",
                          "water_test_on": day, "water_witness": "工程部", "pressure_test": "合格",
                          "pressure_test_on": day, "pressure_witness": "工程部", "owner_signed": True,
                          "engineer": "刘工", "approved_at": at + timedelta(hours=2), "approved_by": op,
                          "owner_deposit_id": None, "contractor_deposit_id": None, "waste_bill_id": None,
                          "issued_at": at + timedelta(hours=3), "issued_by": op, "prints": 1, "accepted_at": accepted,
                          "accepted_by": op if done else None,
                          "contractor_refund_due": (end + timedelta(days=97)) if done else None, "rectify": "",
                          "recheck_on": None, "void_reason": "", "voided_at": None, "voided_by": None, "version": 6})
            if not done:
                live_rooms.add(room)
            for k in range(rng.randrange(1, 4)):  # its workers' passes
                counters[("SG", at.year)] += 1
                docs.append(_doc("worker", format_number("SG", at.year, counters[("SG", at.year)]), rid, room,
                                 WORKERS[k][0], at + timedelta(hours=4), end, "returned" if done else "live", op))
            rid += 1
        for kind, chance in (("temporary", 0.8), ("release", 0.6)):
            if rng.random() < chance:
                at = datetime.combine(day, datetime.min.time()) + timedelta(hours=9, minutes=rng.randrange(480))
                prefix = DOCS[kind][0]
                counters[(prefix, at.year)] += 1
                docs.append(_doc(kind, format_number(prefix, at.year, counters[(prefix, at.year)]), None,
                                 rng.choice(rooms), "访客", at, day + timedelta(days=2),
                                 "used" if kind == "release" and at < now_ - timedelta(days=1) else "live", op))
        day += timedelta(days=1)
    if renos:
        s.execute(Renovation.__table__.insert(), renos)
    if docs:
        s.execute(PassDoc.__table__.insert(), docs)
    for (prefix, year), last in counters.items():
        s.merge(DocCounter(prefix=prefix, year=year, last_number=last))
    return {"renovations": len(renos), "passes": len(docs)}


def _doc(kind: str, number: str, renovation_id, room_id, holder: str, at: datetime, to, state: str, op: int) -> dict:
    import json
    details = {"reason": "搬家", "items": [["纸箱", 5]], "plate": "", "planned": f"{at:%Y-%m-%d %H:%M}",
               "confirmed_by": "业主", "confirmed_how": "电话", "confirmed_at": f"{at:%Y-%m-%d %H:%M}",
               "tenant": False} if kind == "release" else {}
    return {"number": number, "kind": kind, "state": state, "renovation_id": renovation_id, "room_id": room_id,
            "holder": holder, "id_number": "", "phone": "", "purpose": "访客" if kind == "temporary" else "",
            "details": json.dumps(details, ensure_ascii=False), "photo": None, "valid_from": at,
            "valid_to": datetime.combine(to, datetime.max.time().replace(microsecond=0)), "deposit_id": None,
            "bill_id": None, "issued_at": at, "issued_by": op, "approved_by": None,
            "used_at": at + timedelta(hours=1) if state == "used" else None, "used_by": op if state == "used" else None,
            "closed_at": None, "closed_by": None, "close_note": "", "prints": 1, "version": 1}
