"""The demo property (``frontdesk demo``) and the large synthetic one (``frontdesk generate``).

Both refuse a store that already holds real data: the demo is for a newcomer's empty store, the
generator for benchmarks.
"""
from __future__ import annotations

import random
import time
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import func, select

from frontdesk.core import audit
from frontdesk.core.audit import SYSTEM
from frontdesk.core.db import Store
from frontdesk.core.errors import QT_TRANSLATE_NOOP, DomainError
from frontdesk.core.models import AuditEntry, Operator
from frontdesk.core.operators import RECEPTIONIST, SUPERVISOR, actor_of, create_operator, hash_password
from frontdesk.core.people import id_check_digit, search_keys
from frontdesk.core.settings import load as load_settings
from frontdesk.core.settings import save as save_settings
from frontdesk.core.settings import validate
from frontdesk.core.workdays import seed_from_package
from frontdesk.registration.models import (Building, CallLog, Custody, CustodyInspection, Occupancy, Person, Room,
                                           Vehicle)

DEMO_PASSWORD = "Demo2026"
DEMO_OPERATORS = (("zhuguan", "王主管", SUPERVISOR, DEMO_PASSWORD), ("qiantai", "李前台", RECEPTIONIST, DEMO_PASSWORD))
DEMO_PROPERTY = {"property_name": "翠湖花园（演示）", "company_name": "示例物业服务有限公司",
                 "address": "浙江省杭州市示例区滨江路88号", "hotline": "0571-88886666", "demo": True}

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤单"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉飞鑫波宇浩凯俊帆琳婷雪晨阳欣怡佳思梦雨子涵轩博文瑞雅然晓志国建春海东"
AREAS = ("110105", "110108", "310115", "320102", "330106", "330108", "440305", "440106", "510107", "420106",
         "370102", "350203", "610113", "500103", "120101", "130102", "210102", "430104")
MOBILE_PREFIX = ("130", "131", "132", "135", "136", "137", "138", "139", "150", "151", "152", "155", "158", "159",
                 "177", "180", "181", "186", "187", "188", "189", "199")


def _refuse_real_data(session) -> None:
    operators = session.scalar(select(func.count()).select_from(Operator)) or 0
    if operators and not load_settings(session).demo:
        raise DomainError(QT_TRANSLATE_NOOP(
            "Errors", "This store already holds real data ({n} operators). Demo and generated data only go into an "
                      "empty store: name a new one with --db."), n=operators)


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


def load_demo(store: Store) -> dict:
    """A small living property: 432 rooms, their owners and families, two demo operators."""
    rng = random.Random(88)
    today = date.today()
    with store.write() as s:
        _refuse_real_data(s)
        if load_settings(s).demo:
            n = s.scalar(select(func.count()).select_from(Room))
            return {"property": load_settings(s).property_name, "rooms": n,
                    "people": s.scalar(select(func.count()).select_from(Person)), "already": True}
        seed_from_package(s)
        ops = [create_operator(s, SYSTEM, u, n, r, p) for u, n, r, p in DEMO_OPERATORS]
        boss = actor_of(ops[0])
        save_settings(s, boss, validate(DEMO_PROPERTY))
        created = datetime.combine(today - timedelta(days=400), datetime.min.time()).replace(hour=9)
        room_ids = _build_rooms(s, 432, rng, created)
        people = _people_for(s, room_ids, rng, today, created, occupancy_rate=0.75)
        audit.record(s, boss, "create", "setting", "demo", after={"rooms": len(room_ids), "people": people},
                     summary="演示物业")
    receipts = _demo_fees(store, boss, rng, today)
    return {"property": DEMO_PROPERTY["property_name"], "rooms": len(room_ids), "people": people,
            "receipts": receipts}


def _demo_fees(store: Store, boss, rng: random.Random, today: date) -> int:
    """Six months of property fees: most rooms paid up to last month, some in arrears, one void."""
    from frontdesk.fees.service import FeeService, add_months
    fees = FeeService(store)
    item = fees.add_item(boss, "WYF", "物业管理费", "area_monthly", custody_rate=True)
    first = add_months(today.year, today.month, -6)  # six months billed, up to last month
    fees.set_price(boss, item, date(*first, 1), "1.85")
    for k in range(6):
        fees.generate_month(boss, *add_months(*first, k))
    with store.read() as s:
        rooms = list(s.scalars(select(Room.id).where(Room.state != "未交付").order_by(Room.id)))
    issued = 0
    for rid in rooms:
        due = fees.due_bills(rid)
        if not due or rng.random() < 0.15:  # about one room in seven is in arrears
            continue
        pay = due[:-1] if rng.random() < 0.5 else due
        if pay:
            method = rng.choice(("现金", "微信", "支付宝"))
            fees.take_payment(boss, rid, [b.id for b in pay], method,
                              reference="" if method == "现金" else f"42000{rng.randrange(10**8):08d}")
            issued += 1
    if issued:
        with store.read() as s:
            from frontdesk.fees.models import Receipt
            first_receipt = s.scalar(select(Receipt.id).order_by(Receipt.id).limit(1))
        fees.void(boss, first_receipt, "收款方式选错，重新开具")
    from frontdesk.fees.deposits import DepositService
    deposits = DepositService(store)
    for i, (kind, amount) in enumerate((("装修押金（业主）", "2000"), ("装修押金（施工方）", "3000"), ("出入证押金", "30"))):
        deposits.collect(boss, rooms[10 + i], kind, amount, "现金", payer="演示交款人")
    deposits.refund(boss, deposits.list(rooms[12])[0].id)
    return issued


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


def _custody_and_calls(session, room_ids, rng, start: datetime, years: int, op_rows) -> tuple[int, int]:
    """Custody rooms with weekly inspections over the last year, and years of call-log history."""
    today = date.today()
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
    calls, day = [], start
    while day.date() < today:
        for _ in range(rng.randrange(4, 13)):
            at = day + timedelta(minutes=rng.randrange(600))
            oid, name = rng.choice(op_rows)
            promised = at + timedelta(hours=rng.choice((2, 24, 48))) if rng.random() < 0.2 else None
            calls.append({"at": at, "room_id": rng.choice(room_ids), "caller": "", "phone": "",
                          "channel": rng.choice(("电话", "电话", "来访")), "content": rng.choice(topics), "answer": "已答复",
                          "promised_at": promised, "replied_at": promised, "work_order": False,
                          "handled_by": oid, "handled_by_name": name})
        day += timedelta(days=1)
    for i in range(0, len(calls), 10000):
        session.execute(CallLog.__table__.insert(), calls[i:i + 10000])
    return len(custody_rooms), len(calls)


def generate(store: Store, rooms: int = 10000, years: int = 10, seed: int = 2026, progress=None) -> dict:
    """A large synthetic property for benchmarks: rooms, ~3 people per occupied room, operators,
    ``years`` of audit history (log-ins every working day, changes to people) and of fees (monthly
    bills, receipts, voids, shift closes, deposits, arrears with reminders)."""
    t0 = time.perf_counter()
    rng = random.Random(seed)
    today = date.today()
    start = datetime.combine(today - timedelta(days=365 * years), datetime.min.time()).replace(hour=9)
    with store.write() as s:
        _refuse_real_data(s)
        seed_from_package(s)
        pw = hash_password(DEMO_PASSWORD)
        ops = []
        for i in range(12):
            username = "zhuguan" if i == 0 else f"qiantai{i:02d}" if i > 1 else "qiantai"
            ops.append({"username": username, "display_name": random_person(rng, today)["name"],
                        "role": SUPERVISOR if i < 2 else RECEPTIONIST, "password_hash": pw, "active": i < 8,
                        "must_change_password": False, "failed_logins": 0,
                        "created_at": start + timedelta(days=i * 300)})
        s.execute(Operator.__table__.insert(), ops)
        boss = actor_of(s.scalar(select(Operator).where(Operator.username == "zhuguan")))
        save_settings(s, boss, validate({"property_name": "锦绣城（大型测试小区）", "company_name": "示例物业服务有限公司",
                                         "address": "示例市示例区示例大道1号", "hotline": "4008123123", "demo": True}))
        room_ids = _build_rooms(s, rooms, rng, start, progress)
        audit_rows: list[dict] = []
        people = _people_for(s, room_ids, rng, today, start, 0.95, progress, 365 * years, audit_rows)
        op_rows = list(s.execute(select(Operator.id, Operator.display_name)))
        custody_rooms, calls = _custody_and_calls(s, room_ids, rng, start, years, op_rows)
        from frontdesk.fees.history import generate_fee_history
        fees = generate_fee_history(s, rng, start.date(), today, [tuple(r) for r in op_rows], progress)
        day = start
        while day.date() < today:
            if day.weekday() < 5:
                for oid, name in rng.sample(op_rows, 2):
                    audit_rows.append({"at": day + timedelta(minutes=rng.randrange(600)), "operator_id": oid,
                                       "operator_name": name, "action": "login", "entity": "operator",
                                       "entity_id": str(oid), "summary": "", "before": None, "after": None})
            day += timedelta(days=1)
        for _ in range(people):
            oid, name = rng.choice(op_rows)
            pid = rng.randrange(1, people + 1)
            audit_rows.append({"at": start + timedelta(minutes=rng.randrange(365 * years * 1440)), "operator_id": oid,
                               "operator_name": name, "action": "update", "entity": "person", "entity_id": str(pid),
                               "summary": "", "before": '{"phone": "138****0000"}', "after": '{"phone": "139****0000"}'})
        for i in range(0, len(audit_rows), 10000):
            s.execute(AuditEntry.__table__.insert(), audit_rows[i:i + 10000])
            if progress:
                progress("audit", min(i + 10000, len(audit_rows)), len(audit_rows))
    return {"rooms": len(room_ids), "people": people, "operators": len(ops), "audit": len(audit_rows) + 1,
            "custody": custody_rooms, "calls": calls, **fees, "seconds": round(time.perf_counter() - t0, 1)}


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
                        p = random_person(rng, date.today())
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
