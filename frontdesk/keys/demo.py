"""The key cabinet in the demo and on the large property. The demo, through ``KeyService`` only, each
thing at its own moment and none later than now (whatever day and hour the demo is built at): the
property's public keys (水泵房, 天台, 电梯机房, 配电房 …), sets kept for rectification by the owners
of delivered rooms with their signatures drawn at the counter, one collected by the contractor its
owner named, loans returned and loans out, one public key lent to a plumber for an open work order
with the supervisor's approval and not back yet (overdue now), and a signed handover count. The
large property: key sets for a share of its rooms and for its places, and ten years of movements,
written in bulk by the service's rules (a set out has its open loan; a hook held once)."""
from __future__ import annotations

import heapq
import io
import json
from collections import defaultdict
from datetime import datetime, time, timedelta

from frontdesk.core import clock
from frontdesk.core.dates import working_moment
from frontdesk.core.models import as_of
from frontdesk.core.people import id_check_digit

# frontdesk.demo's password of the demo operators (that module is above the tasks: not imported here)
DEMO_PASSWORD = "Demo2026"
CONTRACTORS = ("美家装饰 赵工", "华艺装修队 钱经理", "安居家装 孙工", "匠心装饰 李工")
STAFF = ("工程部 王师傅", "工程部 李师傅", "工程部 刘工", "秩序部 吴队长", "保洁部 陈阿姨")
OUTSIDERS = (("电梯维保 陈工", "电梯年检"), ("消防维保 周工", "消防设施检测"), ("供水公司 抄表员", "抄表"),
             ("防水公司 郑师傅", "查漏"))
SALES = ("小林（置业顾问）", "小许（置业顾问）", "胡经理（中介）")


def signature(rng, width: int = 240, height: int = 80) -> bytes:
    """A signature as the pad draws it: a PNG of a pen's strokes (a few loops and a flourish)."""
    import math

    from PIL import Image, ImageDraw
    im = Image.new("L", (width, height), 255)
    pen = ImageDraw.Draw(im)
    x, phase, wave = 12.0, rng.uniform(0, 6.28), rng.uniform(9, 15)
    for _stroke in range(rng.randrange(2, 4)):
        points, length = [], rng.randrange(40, 80)
        for k in range(length // 3):
            points.append((x + 3 * k, height / 2 + (height / 4) * math.sin(phase + k / wave * 6) + rng.uniform(-2, 2)))
        pen.line(points, fill=0, width=3, joint="curve")
        x += length + rng.randrange(6, 14)
        phase += rng.uniform(1, 3)
    pen.line([(14, height - 14), (min(x, width - 10), height - 18)], fill=0, width=2)  # the flourish under it
    out = io.BytesIO()
    im.save(out, "PNG", optimize=True)
    return out.getvalue()


def ric(rng) -> str:
    body = f"110105{rng.randrange(1965, 2000)}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}{rng.randrange(100, 999)}"
    return body + id_check_digit(body)


def _public_places(buildings: list[str]) -> list[str]:
    """The places the property's public keys open, building by building, then the site's own."""
    places = []
    for n, b in enumerate(buildings):
        places += [f"{b}栋水泵房", f"{b}栋天台"] + ([f"{b}栋电梯机房"] if n % 2 == 0 else []) + \
            ([f"{b}栋配电房"] if n % 5 == 0 else [])
    return places + ["消防控制室", "会所", "地下车库设备房"]


def _open_order(store, rng, latest: datetime):
    """An open work order of the demo (through the work-order service) that a plumber could need a
    public key for, registered early enough to be lent for and to be overdue by now: (number, the
    moment of the loan, the building whose 水泵房 key goes out)."""
    from frontdesk.workorders.service import OPEN, WorkOrderService
    svc = WorkOrderService(store)
    rows = []
    with store.read() as s:
        for state in OPEN:
            rows += svc.query(state=state).page(s, limit=500)
    best = []
    for row in rows:
        number, registered, where, content = row[1], row[2], row[4] or "", row[5] or ""
        lent = registered + timedelta(minutes=40)
        if lent.time() > time(17, 20):  # registered late: the plumber comes the next morning
            lent = datetime.combine(lent.date() + timedelta(days=1), time(9, 10))
        if lent > latest:
            continue
        building = where.split("-")[0].split("栋")[0] if where else ""
        watery = any(w in content for w in ("水", "漏", "渗"))
        best.append((lent < latest - timedelta(days=3), not watery, -lent.timestamp(), number, lent, building))
    if not best:
        return None
    *_why, number, lent, building = min(best)
    return number, lent, building


def fill(store, ctx) -> None:
    from sqlalchemy import select

    from frontdesk.keys.service import KeyService
    from frontdesk.registration.service import Room, current_owners
    rng, boss, clerk, today = ctx.rng, ctx.boss, ctx.clerk, ctx.today
    svc = KeyService(store)
    wall = clock.wall()
    with store.read() as s:
        owners = current_owners(s)
        states = dict(s.execute(select(Room.id, Room.state)).all())
        codes = dict(s.execute(select(Room.id, Room.code)).all())
    buildings = sorted({c.split("-")[0] for c in codes.values()}, key=lambda b: (len(b), b))
    delivered = [r for r in sorted(owners) if states.get(r) in ("空置", "已入住")]
    vacant = [r for r in delivered if states[r] == "空置"] + [r for r in delivered if states[r] != "空置"]
    if not buildings or len(vacant) < 6:
        return
    rooms = vacant[3::5][:6] if len(vacant) >= 30 else vacant[:6]

    def at(days_ago: int) -> datetime:
        return working_moment(rng, today - timedelta(days=days_ago))

    events: list[tuple[datetime, int, object]] = []  # (moment, order made, what) — done in time order

    def later(moment: datetime, act) -> None:
        events.append((min(moment, wall), len(events), act))

    sets: dict[str, str] = {}  # what → tag
    receipts: dict[int, str] = {}
    free_hooks = svc.free_hooks()
    rooms_hooks = [h for h in free_hooks if h.startswith("A-")]
    public_hooks = [h for h in free_hooks if not h.startswith("A-")] or free_hooks[len(rooms):]

    # the public keys, hung when the cabinet was set up four months ago
    places = _public_places(buildings)[:len(public_hooks)]
    start = datetime.combine(today - timedelta(days=120), time(9, 30))
    for n, place in enumerate(places):
        later(start + timedelta(minutes=2 * n), lambda p=place, h=public_hooks[n]: sets.__setitem__(
            p, svc.register_public(boss, place=p, hook=h, pieces=rng.choice((1, 2, 2, 3)),
                                   notes="铜钥匙" if "水泵房" in p else "")))

    # owners leave a set for rectification after handover, each signing the pad
    kept_days = (60, 45, 31, 20, 12, 5)
    for n, (room, days_ago) in enumerate(zip(rooms, kept_days)):
        owner = owners[room][0][0]
        contractor = CONTRACTORS[n % len(CONTRACTORS)] if n % 2 == 0 else ""

        def keep(room=room, owner=owner, contractor=contractor, n=n):
            tag, number = svc.keep(clerk, room, owner=owner, pieces=rng.choice((2, 3, 4)), hook=rooms_hooks[n],
                                   kind="owner" if n == 4 else "rectify", contractor=contractor,
                                   emergency=n % 2 == 0, notes="入户门、阳台门" if n % 2 else "",
                                   signature=signature(rng))
            sets[codes[room]], receipts[room] = tag, number
        later(at(days_ago), keep)

    def key_of(what: str):
        return svc.by_tag(sets[what])

    # the first room's renovation starts: the contractor its owner named collects the set on the 收条
    first = rooms[0]
    contractor0 = CONTRACTORS[0]
    later(at(52), lambda: svc.collect(clerk, receipts[first], person=contractor0, pieces=key_of(codes[first]).pieces,
                                      signature=signature(rng)))

    def lend_and_back(what, days_ago, kind, person, purpose, hours, phone="", id_number="", approve=False,
                      short=False):
        out_at = at(days_ago)
        if out_at.time() > time(16, 0):
            out_at -= timedelta(hours=5)

        def lend():
            key = key_of(what)
            if key.state != "in":
                return
            svc.lend(clerk, key.id, person_kind=kind, person=person, phone=phone, id_number=id_number,
                     purpose=purpose, expected_back=out_at + timedelta(hours=hours + 1),
                     approver="zhuguan" if approve else "", approver_password=DEMO_PASSWORD if approve else "",
                     signature=signature(rng))

        def back():
            key = key_of(what)
            if key.state != "out":
                return
            n = key.pieces - 1 if short and key.pieces > 1 else key.pieces
            svc.take_back(clerk, key.id, pieces=n, note="归还时少一把，借用人称遗落在机房，已联系找回" if n < key.pieces else "",
                          signature=signature(rng))
        later(out_at, lend)
        later(out_at + timedelta(hours=hours, minutes=rng.randrange(5, 50)), back)

    # loans lent and returned over the months: staff, sales showing a room, contractors with approval
    b0 = buildings[0]
    b1 = buildings[min(1, len(buildings) - 1)]
    lend_and_back(f"{b0}栋天台", 100, "公司员工", STAFF[0], "公共设施", 2)
    lend_and_back(f"{b1}栋水泵房", 80, "公司员工", STAFF[2], "抄表", 1)
    lend_and_back(f"{b0}栋电梯机房", 70, "施工方", OUTSIDERS[0][0], OUTSIDERS[0][1], 3, phone="13611112222",
                  id_number=ric(rng), approve=True)
    lend_and_back("消防控制室", 40, "施工方", OUTSIDERS[1][0], OUTSIDERS[1][1], 4, phone="13622223333",
                  id_number=ric(rng), approve=True, short=True)
    lend_and_back(codes[rooms[1]], 35, "销售", SALES[0], "看房", 2, phone="13633334444")
    lend_and_back(codes[rooms[2]], 18, "业主", owners[rooms[2]][0][0], "整改", 3)
    lend_and_back(f"{b1}栋天台", 9, "其他", OUTSIDERS[3][0], OUTSIDERS[3][1], 2, phone="13644445555",
                  id_number=ric(rng), approve=True)
    lend_and_back(f"{b0}栋配电房", 3, "公司员工", STAFF[1], "维修", 2)

    # the handover count at yesterday's close, between the receptionist and the supervisor, both signing
    count_at = datetime.combine(today - timedelta(days=1), time(17, 35))
    later(count_at, lambda: svc.handover(clerk, incoming=boss.username, incoming_password=DEMO_PASSWORD, missing={},
                                         signature=signature(rng), incoming_signature=signature(rng)))

    # out now, not due yet: a sales colleague shows a room, staff on the roof (both due back later)
    due = datetime.combine(wall.date() + timedelta(days=2), time(18, 0))

    def lend_now(what, kind, person, purpose, phone=""):
        def lend():
            key = key_of(what)
            if key.state == "in":
                svc.lend(clerk, key.id, person_kind=kind, person=person, phone=phone, purpose=purpose,
                         expected_back=due, signature=signature(rng))
        later(at(0), lend)
    lend_now(codes[rooms[3]], "销售", SALES[1], "看房", "13655556666")
    lend_now(f"{b1}栋天台", "公司员工", STAFF[3], "公共设施")

    # a plumber takes a 水泵房 key for an open work order, the supervisor approving at the desk; not back yet
    order = _open_order(store, rng, wall - timedelta(hours=5))
    if order is not None:
        number, lent, building = order
        place = f"{building}栋水泵房" if f"{building}栋水泵房" in places else f"{b0}栋水泵房"

        def plumber():
            pumps = [place] + [p for p in places if p.endswith("水泵房") and p != place]
            key = next((k for k in map(key_of, pumps) if k.state == "in"), None)
            if key is not None:
                svc.lend(clerk, key.id, person_kind="施工方", person="孙师傅（水电）", phone="13700001111",
                         id_number=ric(rng), purpose="维修", work_order=number,
                         expected_back=lent + timedelta(hours=3), approver="zhuguan",
                         approver_password=DEMO_PASSWORD, signature=signature(rng))
        later(lent, plumber)

    for moment, _n, act in sorted(events, key=lambda e: (e[0], e[1])):
        with as_of(moment):
            act()
    ctx.figures.update(key_sets=len(sets))


# ---- the large property ------------------------------------------------------------------------
_TINY = None


def _tiny_signature() -> bytes:
    """One small signature image for the bulk history (a real PNG, so the history shows a picture)."""
    global _TINY
    if _TINY is None:
        import random
        _TINY = signature(random.Random(7), 96, 32)
    return _TINY


def generate(s, ctx) -> dict:
    """Ten years (``ctx.years``) of the key cabinet, in bulk: the places' public keys and sets kept for
    about one room in seven over the years, with the cabinet's panels enlarged to hold them; every day
    some twenty public keys lent (staff, contractors with a supervisor's approval) and back within
    hours, sets kept, shown to buyers, lent for rectification, collected; a few lost; every evening's
    handover count. Loans still out now keep their open loan (a few forgotten: overdue)."""
    from sqlalchemy import func, select, text

    from frontdesk.core.models import DocCounter, Operator
    from frontdesk.core.numbering import format_number
    from frontdesk.keys import rules as rules_
    from frontdesk.keys.models import COUNT, RECEIPT, SLIP, KeyCount, KeyMove, KeyRule, KeySet
    from frontdesk.registration.service import Room, current_owners
    rng, now_ = ctx.rng, clock.wall()
    sign = _tiny_signature()
    rooms = [tuple(r) for r in s.execute(select(Room.id, Room.code).order_by(Room.id))]
    owners = current_owners(s)
    buildings = sorted({c.split("-")[0] for _i, c in rooms}, key=lambda b: (len(b), b))
    places = _public_places(buildings)
    ops = [tuple(r) for r in s.execute(select(Operator.id, Operator.display_name, Operator.role))]
    desks = [(i, n) for i, n, r in ops if r != "supervisor"] or [(i, n) for i, n, _r in ops]
    bosses = [(i, n) for i, n, r in ops if r == "supervisor"] or desks
    owned = [r for r, _c in rooms if r in owners]
    kept_total = len(owned) // 7
    # the cabinet: 20 × 20 panels, as many as hold every set at once (at most the rules' twelve)
    panels = tuple((chr(ord("A") + i), 20, 20) for i in range(min(12, max(1, -(-(len(places) + kept_total) // 400) + 1))))
    cabinet = rules_.Rules(panels=panels)
    hooks = cabinet.hooks()
    s.merge(KeyRule(key="panels", value=json.dumps([list(p) for p in panels]), updated_at=ctx.start,
                    updated_by=bosses[0][0]))
    free = list(range(len(hooks)))  # a heap of free hooks, by position: the lowest free one is taken
    set_id = (s.scalar(select(func.max(KeySet.id))) or 0)
    move_id = (s.scalar(select(func.max(KeyMove.id))) or 0)
    count_id = (s.scalar(select(func.max(KeyCount.id))) or 0)
    counters: dict[tuple[str, int], int] = defaultdict(int)
    sets: dict[int, dict] = {}
    moves: list[dict] = []
    counts: list[dict] = []
    in_cabinet: set[int] = set()
    public_in: set[int] = set()

    def number(prefix: str, at: datetime) -> str:
        counters[(prefix, at.year)] += 1
        return format_number(prefix, at.year, counters[(prefix, at.year)])

    def move(ks: dict, action: str, at: datetime, op, **values) -> dict:
        nonlocal move_id
        move_id += 1
        row = {"id": move_id, "set_id": ks["id"], "action": action, "number": None, "at": at, "person_kind": "",
               "person": "", "phone": "", "id_number": "", "purpose": "", "work_order_id": None, "work_order": "",
               "expected_back": None, "pieces": ks["pieces"], "missing": 0, "note": "", "approved_by": None,
               "approver": "", "signature": None, "unsigned": "", "closes_id": None, "operator_id": op[0],
               "operator_name": op[1], "prints": 0}
        row.update(values)
        moves.append(row)
        return row

    def new_set(at: datetime, op, **values) -> dict | None:
        nonlocal set_id
        if not free:
            return None
        hook = hooks[heapq.heappop(free)]
        set_id += 1
        ks = {"id": set_id, "tag": f"K{set_id:05d}", "kind": "public", "room_id": None, "place": "", "hook": hook,
              "live_hook": hook, "pieces": 1, "notes": "", "state": "in", "collectors": "[]", "emergency": False,
              "receipt": "", "loan_id": None, "created_at": at, "created_by": op[0], "version": 1}
        ks.update(values)
        sets[set_id] = ks
        in_cabinet.add(set_id)
        if ks["kind"] == "public":
            public_in.add(set_id)
        return ks

    positions = {h: i for i, h in enumerate(hooks)}

    def leave(ks: dict, state: str) -> None:
        """The set leaves the desk's custody: its hook is free again."""
        heapq.heappush(free, positions[ks["live_hook"]])
        ks.update(state=state, live_hook=None, loan_id=None)
        in_cabinet.discard(ks["id"])
        public_in.discard(ks["id"])

    events: list[tuple] = []  # (moment, order, what, data)
    seq = [0]

    def at_(moment: datetime, what: str, data=None) -> None:
        seq[0] += 1
        heapq.heappush(events, (moment, seq[0], what, data))

    def register(place: str, moment: datetime) -> None:
        op = rng.choice(desks)
        ks = new_set(moment, op, place=place, pieces=rng.choice((1, 2, 2, 3)))
        if ks is not None:
            move(ks, "register", moment, op)

    first = datetime.combine(ctx.start.date(), time(8, 0))  # hung before the desk's first day opens
    for n, place in enumerate(places):
        register(place, first + timedelta(seconds=10 * n))
    per_day = max(1, len(places) // 8)
    keep_rate = kept_total / max(1, 365 * ctx.years)
    held_rooms: set[int] = set()

    def lend(ks: dict, moment: datetime, kind: str, person: str, purpose: str, hours: float, approve: bool,
             forgotten: bool = False, lost: bool = False) -> None:
        op = rng.choice(desks)
        boss = rng.choice(bosses) if approve else None
        due = moment + timedelta(hours=hours)
        row = move(ks, "lend", moment, op, number=number(SLIP, moment), person_kind=kind, person=person,
                   phone="" if kind in ("业主", "公司员工") else f"139{rng.randrange(10**7, 10**8)}",
                   id_number=ric(rng) if kind in ("施工方", "其他") else "", purpose=purpose, expected_back=due,
                   approved_by=boss[0] if boss else None, approver=boss[1] if boss else "", signature=sign,
                   prints=1)
        ks.update(state="out", loan_id=row["id"], version=ks["version"] + 1)
        public_in.discard(ks["id"])
        if forgotten:
            return  # never brought back: overdue on the board
        back = due + timedelta(minutes=rng.randrange(-int(hours * 50), 40))
        at_(max(back, moment + timedelta(minutes=15)), "lost" if lost else "return", (ks["id"], row["id"]))

    day = ctx.start.date()
    end = ctx.today
    recent = end - timedelta(days=10)
    while day < end or events:
        if day < end:
            opens = datetime.combine(day, time(8, 30))
            for _ in range(rng.randrange(0, 2 * per_day + 1)):
                at_(opens + timedelta(minutes=rng.randrange(510)), "lend_public")
            k = keep_rate
            while k > 0:
                if rng.random() < k:
                    at_(opens + timedelta(minutes=rng.randrange(480)), "keep")
                k -= 1
            at_(datetime.combine(day, time(17, 35)), "count")
            limit = datetime.combine(day + timedelta(days=1), time.min)
        else:
            limit = now_ + timedelta(seconds=1)
        while events and events[0][0] < limit:
            moment, _n, what, data = heapq.heappop(events)
            if moment > now_:
                continue  # still to come: a loan not back yet, a set not collected yet
            if what == "lend_public":
                if not public_in:
                    continue
                ks = sets[rng.choice(sorted(public_in)) if len(public_in) < 50 else rng.choice(list(public_in))]
                pick = rng.random()
                forgotten = moment.date() >= recent and rng.random() < 0.03
                days = rng.choice((24, 48, 72)) if moment.date() >= end - timedelta(days=3) and rng.random() < 0.15 \
                    else 0  # lately: a few out for days (works that take days), not back yet
                if pick < 0.6:
                    lend(ks, moment, "公司员工", rng.choice(STAFF), rng.choice(("公共设施", "维修", "抄表")),
                         days or rng.choice((1, 2, 3, 4)), False, forgotten)
                else:
                    who, purpose = rng.choice(OUTSIDERS)
                    lend(ks, moment, "施工方" if pick < 0.95 else "其他", who, purpose, days or rng.choice((2, 3, 4)),
                         True, forgotten, lost=rng.random() < 0.001)
            elif what == "return":
                sid, loan = data
                ks = sets[sid]
                if ks["state"] != "out" or ks["loan_id"] != loan:
                    continue
                op = rng.choice(desks)
                lent = moves[loan - moves[0]["id"]]  # the moves' ids run on without a gap
                short = ks["pieces"] > 1 and rng.random() < 0.002
                n = ks["pieces"] - 1 if short else ks["pieces"]
                move(ks, "return", moment, op, person_kind=lent["person_kind"], person=lent["person"], pieces=n,
                     missing=ks["pieces"] - n, note="少一把，借用人称遗落，已登记" if short else "", signature=sign,
                     closes_id=loan)
                ks.update(state="in", loan_id=None, pieces=n, version=ks["version"] + 1,
                          notes=(ks["notes"] + " 归还缺 1 把")[:200] if short else ks["notes"])
                if ks["kind"] == "public":
                    public_in.add(sid)
            elif what == "lost":
                sid, loan = data
                ks = sets[sid]
                if ks["state"] != "out":
                    continue
                move(ks, "lost", moment, rng.choice(desks), note="借用人报告钥匙遗失")
                ks["version"] += 1
                leave(ks, "lost")
                at_(moment + timedelta(days=1), "register", ks["place"])  # a new key cut and hung the next day
            elif what == "register":
                register(data, moment)
            elif what == "keep":
                candidates = [r for r in (rng.choice(owned) for _ in range(5)) if r not in held_rooms] if owned else []
                if not candidates:
                    continue
                room = candidates[0]
                owner = owners[room][0][0]
                contractor = rng.choice(CONTRACTORS) if rng.random() < 0.5 else ""
                op = rng.choice(desks)
                receipt = number(RECEIPT, moment)
                ks = new_set(moment, op, kind="rectify" if rng.random() < 0.8 else "owner", room_id=room,
                             pieces=rng.choice((2, 3, 4)), receipt=receipt, emergency=rng.random() < 0.5,
                             collectors=json.dumps([owner] + ([contractor] if contractor else []), ensure_ascii=False))
                if ks is None:
                    counters[(RECEIPT, moment.year)] -= 1
                    continue
                held_rooms.add(room)
                move(ks, "keep", moment, op, number=receipt, person_kind="业主", person=owner,
                     note=("可由施工方 " + contractor + " 领取") if contractor else "", signature=sign, prints=1)
                stay = rng.randrange(7, 150)
                for _ in range(rng.choice((0, 0, 1, 1, 2))):  # shown to a buyer, lent for rectification
                    at_(moment + timedelta(days=rng.randrange(1, stay), hours=rng.randrange(0, 6)), "lend_room",
                        ks["id"])
                if rng.random() < 0.9:
                    at_(moment + timedelta(days=stay, hours=rng.randrange(-2, 4)), "collect",
                        (ks["id"], contractor or owner))
            elif what == "lend_room":
                ks = sets[data]
                if ks["state"] != "in":
                    continue
                if rng.random() < 0.5:
                    lend(ks, moment, "销售", rng.choice(SALES), "看房", rng.choice((2, 24, 48)), False)
                else:
                    who = rng.choice(CONTRACTORS)
                    lend(ks, moment, "施工方", who, "整改", rng.choice((4, 24, 72)), True,
                         moment.date() >= recent and rng.random() < 0.05)
            elif what == "collect":
                sid, person = data
                ks = sets[sid]
                if ks["state"] == "out":
                    at_(moment + timedelta(days=1), "collect", data)  # lent: collected when it is back
                    continue
                if ks["state"] != "in":
                    continue
                move(ks, "collect", moment, rng.choice(desks), person=person, signature=sign)
                ks["version"] += 1
                held_rooms.discard(ks["room_id"])
                leave(ks, "collected")
            elif what == "count":
                expected = sum(1 for sid in in_cabinet if sets[sid]["state"] == "in")
                out_op, in_op = rng.sample(desks, 2) if len(desks) > 1 else (desks[0], bosses[0])
                extra = rng.random() < 0.01
                lines = [{"tag": "", "hook": "", "what": "账外钥匙", "diff": "多出",
                          "reason": "业主临时寄存未登记，已联系业主"}] if extra else []
                count_id += 1
                counts.append({"id": count_id, "number": number(COUNT, moment), "at": moment,
                               "outgoing_id": out_op[0], "outgoing": out_op[1], "incoming_id": in_op[0],
                               "incoming": in_op[1], "expected": expected, "found": expected + len(lines),
                               "lines": json.dumps(lines, ensure_ascii=False), "outgoing_signature": sign,
                               "incoming_signature": sign, "prints": 1})
        if day < end:
            day += timedelta(days=1)
            if ctx.progress and day.day == 1 and day.month == 1:
                ctx.progress("keys", (day - ctx.start.date()).days, (end - ctx.start.date()).days)
        elif not events or events[0][0] > now_:
            break
    rows = list(sets.values())
    for i in range(0, len(rows), 5000):
        s.execute(KeySet.__table__.insert(), rows[i:i + 5000])
    for i in range(0, len(moves), 10000):
        s.execute(KeyMove.__table__.insert(), moves[i:i + 10000])
    for i in range(0, len(counts), 5000):
        s.execute(KeyCount.__table__.insert(), counts[i:i + 5000])
    if s.get_bind().dialect.name == "postgresql":  # explicit ids: move the sequences past them
        for table in ("key_set", "key_move", "key_count"):
            s.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                           f"(SELECT COALESCE(MAX(id), 1) FROM {table}))"))
    for (prefix, year), last in counters.items():
        if last > 0:
            s.merge(DocCounter(prefix=prefix, year=year, last_number=last))
    out_now = sum(1 for k in rows if k["state"] == "out")
    return {"key_sets": len(rows), "key_moves": len(moves), "key_counts": len(counts), "keys_out": out_now}

