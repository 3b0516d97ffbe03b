"""The demo property and the large synthetic property, above the tasks: the kernel's part (the
property, its operators, the holiday calendar, years of log-ins), then each task's part in the
order of ``frontdesk.tasks.TASKS`` (registration first: the others need its rooms)."""
from __future__ import annotations

import random
import time
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import func, select

from frontdesk.core import audit
from frontdesk.core.audit import SYSTEM, Actor
from frontdesk.core.db import Store
from frontdesk.core.dates import desk_today
from frontdesk.core.errors import QT_TRANSLATE_NOOP, DomainError
from frontdesk.core.models import AuditEntry, Operator
from frontdesk.core.operators import GUARD, RECEPTIONIST, SUPERVISOR, actor_of, create_operator, hash_password
from frontdesk.core.settings import load as load_settings
from frontdesk.core.settings import save as save_settings
from frontdesk.core.settings import validate
from frontdesk.core.task import load
from frontdesk.core.workdays import seed_from_package
from frontdesk.registration.demo import random_person
from frontdesk.tasks import TASKS

DEMO_PASSWORD = "Demo2026"
DEMO_OPERATORS = (("zhuguan", "王主管", SUPERVISOR, DEMO_PASSWORD), ("qiantai", "李前台", RECEPTIONIST, DEMO_PASSWORD),
                  # the gate's guard, where a task checks papers at the gate (Task.gate)
                  *((("menggang", "赵门岗", GUARD, DEMO_PASSWORD),) if any(t.gate for t in TASKS) else ()))
DEMO_PROPERTY = {"property_name": "翠湖花园（演示）", "company_name": "示例物业服务有限公司",
                 "address": "浙江省杭州市示例区滨江路88号", "hotline": "0571-88886666", "demo": True}


@dataclass
class DemoContext:
    """What every task's demo part gets: the supervisor and the receptionist acting, a seeded
    random source, the demo's today (``core.dates.desk_today``: the last day the desk has worked
    on by now — yesterday at 08:00 or just after midnight); ``figures`` collects what was made
    (rooms, people, receipts …)."""
    boss: Actor
    clerk: Actor
    rng: random.Random
    today: date
    figures: dict = field(default_factory=dict)


@dataclass
class GenerateContext:
    """What every task's generator part gets inside the one write transaction."""
    rng: random.Random
    today: date
    start: datetime  # the first day of the history
    years: int
    rooms: int
    operators: list[tuple[int, str]]  # (id, name) of every operator
    progress: object = None  # progress(what, done, total) or None
    audit_rows: list[dict] = field(default_factory=list)  # old audit rows the parts add, written at the end


def _refuse_real_data(session) -> None:
    operators = session.scalar(select(func.count()).select_from(Operator)) or 0
    if operators and not load_settings(session).demo:
        raise DomainError(QT_TRANSLATE_NOOP(
            "Errors", "This store already holds real data ({n} operators). Demo and generated data only go into an "
                      "empty store: name a new one with --db."), n=operators)


def load_demo(store: Store) -> dict:
    """A small living property: the demo operators and every task's demo part."""
    with store.write() as s:
        _refuse_real_data(s)
        if load_settings(s).demo:
            return {"property": load_settings(s).property_name, "already": True, **_counts(s)}
        seed_from_package(s)
        ops = [create_operator(s, SYSTEM, u, n, r, p) for u, n, r, p in DEMO_OPERATORS]
        boss, clerk = actor_of(ops[0]), actor_of(ops[1])
        save_settings(s, boss, validate(DEMO_PROPERTY))
        audit.record(s, boss, "create", "setting", "demo", summary="演示物业")
    ctx = DemoContext(boss, clerk, random.Random(88), desk_today())
    for task in TASKS:
        if task.demo:
            load(task.demo)(store, ctx)
    return {"property": DEMO_PROPERTY["property_name"], **ctx.figures}


def _counts(s) -> dict:
    from frontdesk.registration.service import Person, Room
    return {"rooms": s.scalar(select(func.count()).select_from(Room)),
            "people": s.scalar(select(func.count()).select_from(Person))}


def generate(store: Store, rooms: int = 10000, years: int = 10, seed: int = 2026, progress=None) -> dict:
    """A large synthetic property for benchmarks: 12 operators with years of log-ins, and every
    task's generated part (rooms and people, custody and calls, fee history …)."""
    t0 = time.perf_counter()
    rng = random.Random(seed)
    today = desk_today()  # as the demo's: before the desk has opened, its history ends yesterday
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
                        "created_at": start + timedelta(days=i * min(300, 365 * years // 12))})  # none later than now
        s.execute(Operator.__table__.insert(), ops)
        boss = actor_of(s.scalar(select(Operator).where(Operator.username == "zhuguan")))
        save_settings(s, boss, validate({"property_name": "锦绣城（大型测试小区）", "company_name": "示例物业服务有限公司",
                                         "address": "示例市示例区示例大道1号", "hotline": "4008123123", "demo": True}))
        ctx = GenerateContext(rng, today, start, years, rooms, [tuple(r) for r in s.execute(
            select(Operator.id, Operator.display_name))], progress)
        figures = {"operators": len(ops)}
        for task in TASKS:
            if task.generate:
                figures.update(load(task.generate)(s, ctx))
        day = start
        while day.date() < today:  # two operators log in every working day
            if day.weekday() < 5:
                for oid, name in rng.sample(ctx.operators, 2):
                    ctx.audit_rows.append({"at": day + timedelta(minutes=rng.randrange(600)), "operator_id": oid,
                                           "operator_name": name, "action": "login", "entity": "operator",
                                           "entity_id": str(oid), "summary": "", "before": None, "after": None})
            day += timedelta(days=1)
        rows = ctx.audit_rows
        for i in range(0, len(rows), 10000):
            s.execute(AuditEntry.__table__.insert(), rows[i:i + 10000])
            if progress:
                progress("audit", min(i + 10000, len(rows)), len(rows))
    return {**figures, "audit": len(rows) + 1, "seconds": round(time.perf_counter() - t0, 1)}
