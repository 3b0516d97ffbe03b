"""The registration task's part of the demo property and of the large synthetic property:
buildings and rooms, owners with their families and tenants, vehicles, custody rooms with their
inspections, and the call-and-visit log."""
from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import func, select

from frontdesk.core import audit, clock
from frontdesk.core.audit import SYSTEM
from frontdesk.core.dates import working_moment
from frontdesk.core.people import id_check_digit, search_keys
from frontdesk.registration.models import (Building, CallLog, Custody, CustodyInspection, Occupancy, Person, Room,
                                           Vehicle)

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤单"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉飞鑫波宇浩凯俊帆琳婷雪晨阳欣怡佳思梦雨子涵轩博文瑞雅然晓志国建春海东"
AREAS = ("110105", "110108", "310115", "320102", "330106", "330108", "440305", "440106", "510107", "420106",
         "370102", "350203", "610113", "500103", "120101", "130102", "210102", "430104")
MOBILE_PREFIX = ("130", "131", "132", "135", "136", "137", "138", "139", "150", "151", "152", "155", "158", "159",
                 "177", "180", "181", "186", "187", "188", "189", "199")


def random_person(rng: random.Random, today: date) -> dict:
    name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))
    born = date(1945, 1, 1) + timedelta(days=rng.randrange((today - date(1945, 1, 1)).days - 18 * 365))
    first17 = f"{rng.choice(AREAS)}{born:%Y%m%d}{rng.randrange(1000):03d}"
    phone = rng.choice(MOBILE_PREFIX) + f"{rng.randrange(10**8):08d}"
    return {"name": name, "id_type": "居民身份证", "id_number": first17 + id_check_digit(first17), "phone": phone,
            **search_keys(name, phone)}


def _plan(rooms: int) -> tuple[int, int, int]:
    """Entrances, floors and rooms per floor of one building."""
    entrances, floors, per_floor = 2, 18, 2
    if rooms > 2000:
        entrances, floors, per_floor = 2, 26, 4
    return entrances, floors, per_floor


def _build_rooms(session, rooms: int, rng: random.Random, created: datetime, progress=None) -> list[int]:
    entrances, floors, per_floor = _plan(rooms)
    made, b = 0, 0
    while made < rooms:
        b += 1
        building = Building(code=str(b), name=f"{b}栋", created_at=created)
        session.add(building)
        session.flush()
        rows = []
        for e in range(1, entrances + 1):
            for fl in range(1, floors + 1):
                for r in range(1, per_floor + 1):
                    if made + len(rows) >= rooms:
                        break
                    number = f"{fl}{r:02d}"
                    area = Decimal(rng.choice((89, 96, 108, 125, 143))) + Decimal(rng.randrange(100)) / 100
                    state = rng.choices(("已入住", "空置", "出租", "托管", "未交付"), (70, 12, 12, 3, 3))[0]
                    rows.append({"building_id": building.id, "entrance": str(e), "number": number,
                                 "code": f"{b}-{e}-{number}", "floor": fl, "area": area, "use": "住宅",
                                 "state": state, "created_at": created})
        session.execute(Room.__table__.insert(), rows)
        made += len(rows)
        if progress:
            progress("rooms", made, rooms)
        audit.record(session, SYSTEM, "create", "building", building.id,
                     after={"code": building.code, "rooms": len(rows)}, summary=f"{building.name}，{len(rows)} 间房屋")
    return list(session.scalars(select(Room.id).order_by(Room.id)))


def fill(store, ctx) -> None:
    """432 rooms as a living property: every delivered room has its owner, occupied rooms their
    families, rented rooms their tenants; three rooms in custody with weekly inspections; three
    months of calls and visits at working hours (replies promised, some overdue), and small
    registrations for the coming weekend — recorded through the services, each at its own time
    (``ctx.figures``: rooms, people, calls)."""
    with store.write() as s:
        created = datetime.combine(ctx.today - timedelta(days=400), datetime.min.time()).replace(hour=9)
        room_ids = _build_rooms(s, 432, ctx.rng, created)
        s.execute(Room.__table__.update().where(Room.state == "托管").values(state="空置"))  # custody: below
        people = _households(s, ctx.rng, ctx.today, created)
    _demo_custody(store, ctx)
    calls = _demo_calls(store, ctx)
    ctx.figures.update(rooms=len(room_ids), people=people, calls=calls)


def _households(session, rng: random.Random, today: date, created: datetime) -> int:
    """People as the room states say: an owner for every delivered room, a family where it is
    occupied, tenants where it is rented."""
    batch, links = [], []
    for room_id, state in session.execute(select(Room.id, Room.state).order_by(Room.id)):
        if state == "未交付":
            continue
        household = ["业主"]
        if state == "已入住":
            household += ["家属"] * rng.choices((0, 1, 2, 3), (15, 35, 35, 15))[0]
        elif state == "出租":
            household += ["租户"] * rng.choice((1, 1, 2))
        for relation in household:
            batch.append({**random_person(rng, today), "created_at": created})
            links.append((room_id, relation, created.date()))
    return _flush_people(session, batch, links, None)


def _demo_custody(store, ctx) -> None:
    from frontdesk.core.models import as_of
    from frontdesk.registration.custody import CustodyService
    custody = CustodyService(store)
    with store.read() as s:
        empty = list(s.scalars(select(Room.id).where(Room.state == "空置").order_by(Room.id)))
    for room_id in ctx.rng.sample(empty, 3):
        began = ctx.today - timedelta(days=ctx.rng.randrange(40, 120))
        with as_of(working_moment(ctx.rng, began)):
            cid = custody.start(ctx.boss, room_id, began, "120.50", "860.00")
        water, power, day = Decimal("120.50"), Decimal("860.00"), began
        while (day := day + timedelta(days=7)) < ctx.today:
            water += Decimal(ctx.rng.randrange(0, 60)) / 100
            power += Decimal(ctx.rng.randrange(20, 400)) / 100
            with as_of(working_moment(ctx.rng, day)):
                custody.inspect(ctx.clerk, cid, day, "每周巡查", water, power)


TOPICS = (("咨询物业费标准", "已告知收费标准：住宅 1.85 元/㎡·月"), ("楼道灯不亮", "已通知工程部维修"),
          ("电梯异响", "已报电梯维保单位"), ("家中水管漏水", "已派维修工上门"), ("投诉邻居装修噪音", ""),
          ("询问停车位租赁", "已告知月租车位 300 元/月"), ("快递代收", "已代收，通知业主来取"),
          ("咨询装修手续", "已告知需办理装修许可证、交装修押金"), ("门禁卡失灵", "已重新授权"),
          ("反映小区绿化问题", ""))


def _demo_calls(store, ctx) -> int:
    """About ninety calls and visits over three months; a reply promised for some, a few overdue."""
    from frontdesk.core.models import as_of
    from frontdesk.registration.calls import CallLogService, SmallRegistrationService, next_batch_day
    from frontdesk.registration.service import current_owners
    calls, small = CallLogService(store), SmallRegistrationService(store)
    with store.read() as s:
        owners = current_owners(s)
    rooms = sorted(owners)
    rng, n = ctx.rng, 0
    day = ctx.today - timedelta(days=90)
    while day <= ctx.today:
        for _ in range(rng.randrange(0, 3) if day.weekday() < 6 else 0):
            at = working_moment(rng, day)
            if at > clock.wall() - timedelta(minutes=30):
                continue
            room = rng.choice(rooms)
            name, phone = owners[room][0]
            content, answer = rng.choice(TOPICS)
            promised = at + timedelta(hours=rng.choice((4, 24, 48))) if not answer else None
            actor = rng.choice((ctx.boss, ctx.clerk))
            with as_of(at):
                cid = calls.log(actor, content=content, channel=rng.choice(("电话", "电话", "来访")), room_id=room,
                                caller=name, phone=phone, answer=answer, at=at, promised_at=promised)
            n += 1
            if promised and promised < clock.wall() - timedelta(days=3) and rng.random() < 0.85:
                with as_of(promised - timedelta(hours=1)):
                    calls.mark_replied(actor, cid, "已回复业主，问题已处理")
        day += timedelta(days=1)
    batch = next_batch_day(clock.wall().date())  # the coming weekend's, as whoever opens the demo sees it
    for room in rng.sample(rooms, 5):
        name, phone = owners[room][0]
        with as_of(working_moment(rng, ctx.today - timedelta(days=rng.randrange(0, 5)))):
            small.register(ctx.clerk, room, rng.choice(("更换锁芯/猫眼", "可视对讲安装", "燃气管道改造")), name, phone,
                           on=batch)
    return n


def generate(s, ctx) -> dict:
    """``ctx.rooms`` rooms, about three people in each occupied one (with their audit history),
    custody rooms and ``ctx.years`` of calls."""
    room_ids = _build_rooms(s, ctx.rooms, ctx.rng, ctx.start, ctx.progress)
    audit_rows: list[dict] = []
    people = _people_for(s, room_ids, ctx.rng, ctx.today, ctx.start, 0.95, ctx.progress, 365 * ctx.years, audit_rows)
    custody_rooms, calls = _custody_and_calls(s, room_ids, ctx.rng, ctx.start, ctx.today, ctx.operators)
    spread = min(365 * ctx.years * 1440, int((clock.wall() - ctx.start).total_seconds() // 60))  # up to now
    for _ in range(people):  # changes to people over the years
        oid, name = ctx.rng.choice(ctx.operators)
        pid = ctx.rng.randrange(1, people + 1)
        audit_rows.append({"at": ctx.start + timedelta(minutes=ctx.rng.randrange(spread)),
                           "operator_id": oid, "operator_name": name, "action": "update", "entity": "person",
                           "entity_id": str(pid), "summary": "", "before": '{"phone": "138****0000"}',
                           "after": '{"phone": "139****0000"}'})
    ctx.audit_rows.extend(audit_rows)
    return {"rooms": len(room_ids), "people": people, "custody": custody_rooms, "calls": calls}


def _people_for(session, room_ids, rng, today, created, occupancy_rate, progress=None, spread_days=0,
                audit_rows=None) -> int:
    total, batch, links = 0, [], []
    for i, room_id in enumerate(room_ids):
        if rng.random() > occupancy_rate:
            continue
        household = rng.choices((1, 2, 3, 4, 5), (8, 20, 32, 25, 15))[0]
        for k in range(household):
            when = created + timedelta(days=rng.randrange(spread_days)) if spread_days else created
            batch.append({**random_person(rng, today), "created_at": when})
            links.append((room_id, "业主" if k == 0 else rng.choice(("家属", "家属", "租户")), when.date()))
        if len(batch) >= 5000 or i == len(room_ids) - 1:
            total += _flush_people(session, batch, links, audit_rows)
            batch, links = [], []
            if progress:
                progress("people", total, int(len(room_ids) * occupancy_rate * 3))
    if batch:
        total += _flush_people(session, batch, links, audit_rows)
    return total


def _flush_people(session, batch, links, audit_rows) -> int:
    first = (session.scalar(select(func.max(Person.id))) or 0) + 1
    session.execute(Person.__table__.insert(), batch)
    ids = range(first, first + len(batch))
    session.execute(Occupancy.__table__.insert(),
                    [{"room_id": r, "person_id": pid, "relation": rel, "since": since}
                     for pid, (r, rel, since) in zip(ids, links)])
    cars = [{"person_id": pid, "room_id": r, "plate": _plate(pid), "parking_space": f"B-{pid % 900:03d}",
             "created_at": datetime.combine(since, datetime.min.time())}
            for pid, (r, rel, since) in zip(ids, links) if rel == "业主" and pid % 3 == 0]
    if cars:
        session.execute(Vehicle.__table__.insert(), cars)
    if audit_rows is not None:
        audit_rows.extend({"at": p["created_at"], "operator_id": None, "operator_name": "系统", "action": "create",
                           "entity": "person", "entity_id": str(pid), "summary": p["name"], "before": None,
                           "after": None} for pid, p in zip(ids, batch))
    return len(batch)


def _plate(n: int) -> str:
    letters = "ABCDEFGHJK"
    return f"浙{letters[n % 10]}{(n * 7919) % 100000:05d}"


def _custody_and_calls(session, room_ids, rng, start: datetime, today: date, op_rows) -> tuple[int, int]:
    """Custody rooms with weekly inspections over the last year, and years of call-log history up to
    ``today``."""
    custody_rooms = rng.sample(room_ids, max(1, len(room_ids) // 50))
    inspections = []
    for rid in custody_rooms:
        began = today - timedelta(days=rng.randrange(30, 365))
        res = session.execute(Custody.__table__.insert().returning(Custody.id), [{
            "room_id": rid, "agreement_date": began, "start_water": Decimal("100"), "start_power": Decimal("500"),
            "previous_state": "空置", "created_at": datetime.combine(began, datetime.min.time())}]).scalar_one()
        water, power, day = Decimal("100"), Decimal("500"), began
        while (day := day + timedelta(days=7)) < today:
            water += Decimal(rng.randrange(0, 700)) / 100
            power += Decimal(rng.randrange(0, 2500)) / 100
            inspections.append({"custody_id": res, "inspected_on": day, "kind": "每周巡查", "water": water,
                                "power": power, "note": "", "created_at": datetime.combine(day, datetime.min.time())})
    if inspections:
        session.execute(CustodyInspection.__table__.insert(), inspections)
    session.execute(Room.__table__.update().where(Room.id.in_(custody_rooms)).values(state="托管"))
    topics = ("咨询物业费标准", "楼道灯不亮", "电梯异响", "家中水管漏水", "投诉邻居噪音", "询问停车位", "快递代收",
              "咨询装修手续", "门禁卡失灵", "反映绿化问题")
    calls, day, now = [], start, clock.wall()
    while day.date() < today:
        for _ in range(rng.randrange(4, 13)):
            at = day + timedelta(minutes=rng.randrange(600))
            oid, name = rng.choice(op_rows)
            promised = at + timedelta(hours=rng.choice((2, 24, 48))) if rng.random() < 0.2 else None
            calls.append({"at": at, "room_id": rng.choice(room_ids), "caller": "", "phone": "",
                          "channel": rng.choice(("电话", "电话", "来访")), "content": rng.choice(topics), "answer": "已答复",
                          "promised_at": promised, "replied_at": promised if promised and promised < now else None,
                          "work_order": False,
                          "handled_by": oid, "handled_by_name": name})
        day += timedelta(days=1)
    for i in range(0, len(calls), 10000):
        session.execute(CallLog.__table__.insert(), calls[i:i + 10000])
    return len(custody_rooms), len(calls)


def write_demo_roster(path, seed: int = 7) -> int:
    """A realistic owners' roster of buildings 7 and 8 (which the demo store lacks), for trying the
    import: 2 entrances × 6 floors × 2 rooms each, owners and family, some vehicles."""
    from openpyxl import Workbook

    from frontdesk.registration.roster import COLUMNS
    rng = random.Random(seed)
    wb = Workbook()
    ws = wb.active
    ws.title = "花名册"
    ws.append(list(COLUMNS))
    n = 0
    for b in ("7", "8"):
        for e in ("1", "2"):
            for fl in range(1, 7):
                for pos, area in ((1, "96.30"), (2, "128.75")):
                    number = f"{fl}{pos:02d}"
                    base = {"楼栋": b, "单元": e, "房号": number, "楼层": fl, "建筑面积": area, "用途": "住宅"}
                    if rng.random() < 0.2:
                        ws.append([{**base, "房屋状态": "空置"}.get(h, "") for h in COLUMNS])
                        n += 1
                        continue
                    for k in range(rng.choice((1, 2, 2, 3))):
                        p = random_person(rng, clock.today())
                        row = {**base, "房屋状态": "已入住", "姓名/名称": p["name"], "身份": "业主" if k == 0 else "家属",
                               "证件类型": "居民身份证", "证件号码": p["id_number"], "手机号码": p["phone"],
                               "入住日期": "2025-06-01"}
                        if k == 0 and rng.random() < 0.3:
                            row["车牌号"] = "浙A" + "".join(rng.choice("0123456789ABCDEFGHJK") for _ in range(5))
                        ws.append([row.get(h, "") for h in COLUMNS])
                        n += 1
    for c in ws["K"]:
        c.number_format = "@"
    from frontdesk.core.excel import save
    save(wb, path)
    return n
