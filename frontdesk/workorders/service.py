"""Work orders (工单): registered in seconds, dispatched, paused and resumed, completed (a paid repair
billed through the fees service in the same transaction), followed up, replied to, cancelled —
each step a compare-and-set on the state read, kept in the order's history. Plain Python, no Qt.

Allowed steps (anything else is refused with a message):

    registered → dispatched → completed → followed up → closed
    completed → unreachable (无法回访: the third unanswered call, each at least the property's
    follow_up_gap_hours after the last) → closed
    dispatched ⇄ paused (the completion clock stops), dispatched → registered (退单),
    followed up / completed → dispatched (an unsatisfied follow-up reopens: 返工),
    registered / dispatched / paused → cancelled (with a reason)
"""
from __future__ import annotations

from contextlib import nullcontext

import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import and_, case, delete, func, or_, select, update
from sqlalchemy.orm import aliased

from frontdesk.core import audit
from frontdesk.core.audit import Actor
from frontdesk.core.db import Store
from frontdesk.core.errors import QT_TRANSLATE_NOOP, Checks, Conflict, NeedsConfirmation, NotFound, ValidationError
from frontdesk.core.guard import ELSEWHERE, change_state
from frontdesk.core.listing import Column, Listing, ListQuery
from frontdesk.core.models import now
from frontdesk.core.money import PLAIN_NUMBER, format_yuan, money_in, to_money
from frontdesk.core.numbering import next_number
from frontdesk.core.settings import load as load_settings
from frontdesk.core.workdays import WorkCalendar, load as load_calendar
from frontdesk.fees.service import MAX_PRICE, bill_facts, one_off_bill, paid_repair_item
from frontdesk.registration.service import Room, check_choice, link_call, optional_phone
from frontdesk.workorders import deadlines
from frontdesk.workorders.models import (CHANNELS, FOLLOW_KINDS, KINDS, MAX_FOLLOW_WORKDAYS, MAX_WORKDAYS, PREFIX,
                                         RATINGS, STATES,
                                         FollowUp, WoCategory,
                                         WoDepartment, WorkOrder, WorkOrderEvent, WoWarranty, WoWorker)

REPAIRS = ("repair_home", "repair_common")
OPEN = ("registered", "dispatched", "paused")
DONE = ("completed", "followed_up", "unreachable", "closed")
LIMITS = {"content": 500, "place": 64, "reporter": 64, "preferred_time": 64, "result": 200, "comment": 200,
          "reason": 200, "reply": 200, "name": 32}  # characters, as the columns hold them (the forms count as typed)
_TOO_LONG = QT_TRANSLATE_NOOP("Errors", "At most {n} characters.")
REPEAT_DAYS = 30  # the same room and category again within 30 days: 返修
UNREACHED_LIMIT = 3  # three unanswered follow-up calls: 无法回访
FINDINGS = {"有效": "投诉成立", "无效": "投诉不成立"}  # a complaint's finding, as the register says it
MAX_HOURS = Decimal(1000)
WARRANTY_YEARS = 10  # a warranty further ahead than this is asked about (a slip of the year)
_ELSEWHERE = QT_TRANSLATE_NOOP("Errors", "Work order {number} was just changed at another desk; nothing was changed "
                                         "here. Look at it again.")
_NOT_NOW = QT_TRANSLATE_NOOP("Errors", "Work order {number} is {state}: the step {step} is not possible now.")
STEPS = {"dispatch": "派单", "reassign": "转单", "send_back": "退单", "pause": "暂停", "resume": "恢复", "complete": "完成",
         "follow_up": "回访", "close": "关闭", "cancel": "取消", "reply": "答复"}  # the desk's words for the history
ALLOWED = {"dispatch": ("registered",), "reassign": ("dispatched", "paused"), "send_back": ("dispatched",),
           "pause": ("dispatched",), "resume": ("paused",), "complete": ("dispatched",),
           "follow_up": ("completed",), "close": ("completed", "followed_up", "unreachable"),
           "cancel": OPEN, "reply": OPEN + ("completed", "followed_up", "unreachable")}  # not cancelled nor closed



def step_refused(order: WorkOrder, step: str) -> ValidationError | None:
    """Why ``step`` cannot be taken on ``order`` in its state (None: it can) — ALLOWED, the one rule,
    asked by every step and by the tab's buttons before any form opens."""
    if order.state in ALLOWED[step]:
        return None
    return ValidationError(_NOT_NOW, "state", number=order.number, state=STATES[order.state], step=STEPS[step])


SEED_CATEGORIES = {  # parent → (leaf, working days to complete, follow-up rule)
    "水电": (("漏水", 3, "leak"), ("停电", 1, "safety"), ("水管/龙头", 3, "other"), ("电路/开关", 2, "safety")),
    "土建": (("墙面/地面", 5, "other"), ("防水", 5, "leak")),
    "门窗": (("门锁", 2, "other"), ("窗户", 3, "other")),
    "电梯": (("电梯故障", 1, "safety"),), "保洁": (("公共区域保洁", 1, "other"),),
    "绿化": (("绿化养护", 5, "other"),), "安防": (("门禁/监控", 2, "safety"), ("消防设施", 1, "safety")),
    "噪音": (("装修/邻里噪音", 2, "other"),), "停车": (("车位/道闸", 2, "other"),), "其他": (("其他", 3, "other"),),
}
KIND_CATEGORIES = {  # which main categories each kind of order takes; one not named here (a supervisor's
    "repair_home": ("水电", "土建", "门窗", "其他"),  # own) and 其他 are offered for every kind
    "repair_common": ("水电", "土建", "门窗", "电梯", "安防", "保洁", "绿化", "停车", "其他"),
    "complaint": ("噪音", "保洁", "绿化", "安防", "停车", "电梯", "其他"),
    "help": ("门窗", "其他"), "enquiry": ("其他",),
}


def offered_for(kind: str, parent: str) -> bool:
    """Whether a category under the main category ``parent`` is offered for an order of ``kind``."""
    if kind not in KIND_CATEGORIES or not any(parent in names for names in KIND_CATEGORIES.values()):
        return True
    return parent in KIND_CATEGORIES[kind] or parent == "其他"


SEED_DEPARTMENTS = ("工程部", "保洁部", "秩序部", "绿化", "客服")


W = WorkOrder
# the reply (答复/响应): a repair or a request is answered when it is dispatched (or replied to, if that
# was first); a complaint only by its reply to the complainant — the one rule of the board, the list
# and the register
REPLIED = case((W.kind == "complaint", W.replied_at), else_=func.coalesce(W.replied_at, W.dispatched_at))


def replied_at(o: WorkOrder) -> datetime | None:
    """``REPLIED`` of one order read."""
    if o.kind == "complaint":
        return o.replied_at
    return min((t for t in (o.replied_at, o.dispatched_at) if t), default=None)


REWORK = "不满意（返工）"  # the last call reached the resident, unsatisfied: the order was reopened
FOLLOW_RESULT = case((W.unreachable.is_(True), "无法回访"), (W.followed_at.is_not(None), "已回访"),
                     (W.reopen_count > 0, REWORK), else_="")
LISTING = Listing(
    columns=(
        Column("number", QT_TRANSLATE_NOOP("Columns", "Number"), W.number),
        Column("registered_at", QT_TRANSLATE_NOOP("Columns", "Registered"), W.registered_at, "datetime"),
        Column("kind", QT_TRANSLATE_NOOP("Columns", "Type of order"), W.kind, "kind"),
        Column("where", QT_TRANSLATE_NOOP("Columns", "Room or place"), func.coalesce(Room.code, W.place)),
        Column("content", QT_TRANSLATE_NOOP("Columns", "Content"), W.content, sortable=False),
        Column("state", QT_TRANSLATE_NOOP("Columns", "State"), W.state, "state"),
        Column("reply_due", QT_TRANSLATE_NOOP("Columns", "Reply by"), W.reply_due, "datetime"),
        Column("replied", QT_TRANSLATE_NOOP("Columns", "Replied"), REPLIED, "datetime"),
        Column("complete_due", QT_TRANSLATE_NOOP("Columns", "Complete by"), W.complete_due, "datetime"),
        Column("follow_due", QT_TRANSLATE_NOOP("Columns", "Follow-up due"), W.follow_due, "datetime"),
        Column("follow_result", QT_TRANSLATE_NOOP("Columns", "Follow-up result"), FOLLOW_RESULT, sortable=False),
        Column("worker", QT_TRANSLATE_NOOP("Columns", "Worker"), func.coalesce(WoWorker.name, ""), sortable=False),
    ),
    extra=(Column("urgent", "", W.urgent), Column("validity", "", W.validity),  # which deadlines are guesses
           Column("paused_seconds", "", W.paused_seconds), Column("completed_at", "", W.completed_at),
           Column("repeat_of_id", "", W.repeat_of_id)),  # 返修: marked in the state column
    id_expr=W.id, source=W.__table__.outerjoin(Room.__table__, Room.id == W.room_id)
    .outerjoin(WoWorker.__table__, WoWorker.id == W.worker_id), default_sort="registered_at", default_desc=True,
)
BOARD = {  # what needs the desk now: each count opens its list
    "late_reply": QT_TRANSLATE_NOOP("WorkOrders", "Replies overdue"),
    "late_completion": QT_TRANSLATE_NOOP("WorkOrders", "Completions overdue"),
    "follow_up": QT_TRANSLATE_NOOP("WorkOrders", "Follow-ups due today or overdue"),
    "not_dispatched": QT_TRANSLATE_NOOP("WorkOrders", "Not dispatched yet"),
}


def board_clause(view: str, at: datetime):
    """The condition of one board list at a moment."""
    end_of_day = datetime.combine(at.date() + timedelta(days=1), time())
    return {
        "late_reply": and_(REPLIED.is_(None), W.reply_due < at, W.state.in_(OPEN)),
        "late_completion": and_(W.state.in_(("registered", "dispatched")), W.complete_due < at,
                                W.validity != "无效"),  # found invalid: only its explanation is owed
        "follow_up": and_(W.state == "completed", W.follow_due.is_not(None), W.follow_due < end_of_day),
        "not_dispatched": and_(W.state == "registered", W.validity != "无效"),
    }[view]


@dataclass(frozen=True)
class Registered:
    id: int
    number: str
    reply_due: datetime
    complete_due: datetime
    guessed: bool  # a deadline fell in a year without calendar data (counted Monday–Friday)
    repeat_of: str | None  # the earlier order of the same room and category (返修)


@dataclass(frozen=True)
class ListedOrder:
    """A row of the orders list, by name: what ``deadlines.guessed`` reads of it."""
    registered_at: datetime
    urgent: bool
    validity: str
    reply_due: datetime
    complete_due: datetime
    paused_seconds: int
    completed_at: datetime | None
    follow_due: datetime | None


_KEYS = [c.key for c in LISTING.columns + LISTING.extra]


def repeat_in_row(row: tuple) -> bool:
    """Whether a list row (``ListQuery.page`` without its id) is a repeat fault (返修)."""
    return dict(zip(_KEYS, row))["repeat_of_id"] is not None


@dataclass(frozen=True)
class Repeat:
    """返修: the latest repair of the same room and category registered within REPEAT_DAYS before."""
    id: int
    number: str
    room: str
    registered_at: datetime
    days: int  # calendar days from it to the moment asked about (0: the same day)


REPEAT_SEEN = QT_TRANSLATE_NOOP("WorkOrders", "{room} reported the same kind of problem before: {number}, {days} "
                                              "days ago")
REPEAT_SEEN_TODAY = QT_TRANSLATE_NOOP("WorkOrders", "{room} reported the same kind of problem before: {number}, "
                                                    "today")


@dataclass(frozen=True)
class OrderFacts:
    """What another task needs of a work order it refers to (keys: the order a key is lent for)."""
    id: int
    number: str
    state: str  # the desk's word (已派单 …)
    closed: bool  # no more work: completed, followed up, closed or cancelled
    room_id: int | None
    place: str


def order_facts(s, number: str) -> OrderFacts | None:
    """A work order by its number as the desk types it (GD2026-000053, gd2026-000053)."""
    number = (number or "").strip().upper()
    order = s.scalar(select(WorkOrder).where(WorkOrder.number == number)) if number else None
    if order is None:
        return None
    return OrderFacts(order.id, order.number, STATES[order.state], order.state not in OPEN, order.room_id, order.place)


def department_named(s, name: str) -> int | None:
    """The id of the active department called ``name`` (工程部 …), seeded on first use — what another
    task dispatches to inside its own transaction (a move-in's rectification orders)."""
    seed(s)
    return s.scalar(select(WoDepartment.id).where(WoDepartment.name == name, WoDepartment.active.is_(True)))


def repeat_of(s, kind: str | None, room_id: int | None, category_id: int | None, at: datetime,
              exclude: int | None = None) -> Repeat | None:
    """The repeat fault a repair of this room and category at ``at`` would be (返修): the latest
    repair, not cancelled, of the same room and category registered within REPEAT_DAYS before —
    the one rule for the new-order form's warning and for ``register``."""
    if room_id is None or category_id is None or kind not in REPAIRS:
        return None
    row = s.execute(select(W.id, W.number, W.registered_at, Room.code).join(Room, Room.id == W.room_id).where(
        W.room_id == room_id, W.category_id == category_id, W.kind.in_(REPAIRS), W.state != "cancelled",
        W.registered_at >= at - timedelta(days=REPEAT_DAYS), W.registered_at <= at, W.id != (exclude or 0))
        .order_by(W.registered_at.desc(), W.id.desc()).limit(1)).first()
    if row is None:
        return None
    return Repeat(row.id, row.number, row.code, row.registered_at, (at.date() - row.registered_at.date()).days)


def repeat_text(repeat: Repeat) -> tuple[str, dict]:
    """The warning, as (source text in context WorkOrders, its values): 1-1-302 报修过同类问题：
    GD2026-000123，3 天前."""
    return (REPEAT_SEEN_TODAY if repeat.days == 0 else REPEAT_SEEN,
            {"room": repeat.room, "number": repeat.number, "days": repeat.days})


def guessed_in_row(cal: WorkCalendar, row: tuple) -> frozenset[str]:
    """The deadlines of a list row (``ListQuery.page`` without its id) counted on a guessed calendar."""
    values = dict(zip(_KEYS, row))
    return deadlines.guessed(cal, ListedOrder(**{k: values[k] for k in ListedOrder.__dataclass_fields__}))


def seed(s) -> None:
    """Sensible Chinese defaults for categories and departments, once (the supervisor edits them)."""
    if s.scalar(select(func.count()).select_from(WoCategory)):
        return
    for parent, leaves in SEED_CATEGORIES.items():
        p = WoCategory(name=parent, completion_workdays=3, follow_kind="other", active=True)
        s.add(p)
        s.flush()
        for name, days, follow in leaves:
            s.add(WoCategory(parent_id=p.id, name=name, completion_workdays=days, follow_kind=follow, active=True))
    for name in SEED_DEPARTMENTS:
        s.add(WoDepartment(name=name, active=True))
    s.flush()
    audit.record(s, audit.SYSTEM, "create", "work_order_setup", "categories", after={
        "categories": [leaf for leaves in SEED_CATEGORIES.values() for leaf, _d, _f in leaves],
        "departments": list(SEED_DEPARTMENTS)})


def _office_end(settings) -> time:
    h, m = settings.office_end.split(":")
    return time(int(h), int(m))


class WorkOrderService:
    def __init__(self, store: Store) -> None:
        self.store = store

    # ---- the supervisor's lists ------------------------------------------------------------------
    def _seeded(self) -> None:
        """The default categories and departments, written once: a read finds them from then on."""
        with self.store.read() as s:
            if s.scalar(select(func.count()).select_from(WoCategory)):
                return
        with self.store.write() as s:
            seed(s)

    def categories(self, kind: str | None = None) -> list[tuple[int, str, str]]:
        """(id, parent name, leaf name) of every active leaf category, in order; with ``kind``, only
        those its orders take (``offered_for``)."""
        self._seeded()
        with self.store.read() as s:
            parents = dict(s.execute(select(WoCategory.id, WoCategory.name).where(WoCategory.parent_id.is_(None))).all())
            return [(i, parents.get(p, ""), n) for i, p, n in s.execute(
                select(WoCategory.id, WoCategory.parent_id, WoCategory.name)
                .where(WoCategory.parent_id.is_not(None), WoCategory.active.is_(True)).order_by(WoCategory.id))
                if kind is None or offered_for(kind, parents.get(p, ""))]

    def category_rows(self) -> list[tuple[int, str, str, int, str, bool, int | None]]:
        """Every leaf category, in use or not, for the supervisor's list: (id, parent, name, working
        days to complete, follow-up rule, in use, its own follow-up time or None)."""
        self._seeded()
        with self.store.read() as s:
            parents = dict(s.execute(select(WoCategory.id, WoCategory.name).where(WoCategory.parent_id.is_(None))).all())
            rows = s.execute(select(WoCategory).where(WoCategory.parent_id.is_not(None))
                             .order_by(WoCategory.parent_id, WoCategory.id)).scalars()
            return [(c.id, parents.get(c.parent_id, ""), c.name, c.completion_workdays, c.follow_kind, c.active,
                     c.follow_workdays) for c in rows]

    def save_category(self, actor: Actor, *, parent: str, name: str, workdays, follow_kind: str,
                      follow_workdays=None, category_id: int | None = None) -> int:
        """A supervisor adds a category (its parent is made if new) or changes one's name, completion
        time (working days; an urgent order always has 24 hours), follow-up rule and follow-up time
        (working days; empty or 0: the rule's). Orders already registered keep their deadlines."""
        from frontdesk.core.operators import require_supervisor
        require_supervisor(actor)
        check = Checks()
        parent, name = (parent or "").strip(), (name or "").strip()
        if not parent:
            check.fail(QT_TRANSLATE_NOOP("Errors", "Please enter the main category (e.g. 水电)."), "parent")
        if not name:
            check.fail(QT_TRANSLATE_NOOP("Errors", "Please enter the category's name (e.g. 漏水)."), "name")
        for field, value in (("parent", parent), ("name", name)):
            if len(value) > 32:
                check.fail(QT_TRANSLATE_NOOP("Errors", "At most {n} characters."), field, n=32)
        workdays = _workdays(check, workdays, MAX_WORKDAYS, "workdays")
        if follow_kind not in FOLLOW_KINDS:
            check.fail(QT_TRANSLATE_NOOP("Errors", "Choose the follow-up rule."), "follow_kind")
        follow_workdays = _workdays(check, follow_workdays, MAX_FOLLOW_WORKDAYS, "follow_workdays", optional=True)
        check.done()
        with self.store.write() as s:
            seed(s)
            top = s.scalar(select(WoCategory).where(WoCategory.parent_id.is_(None), WoCategory.name == parent))
            if top is None:
                top = WoCategory(name=parent, completion_workdays=3, follow_kind="other", active=True)
                s.add(top)
                s.flush()
            clash = s.scalar(select(WoCategory.id).where(WoCategory.parent_id == top.id, WoCategory.name == name,
                                                         WoCategory.id != (category_id or 0)))
            if clash is not None:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{parent} → {name} is already in the list."),
                                      "name", parent=parent, name=name)
            values = {"parent_id": top.id, "name": name, "completion_workdays": workdays, "follow_kind": follow_kind,
                      "follow_workdays": follow_workdays}
            if category_id is None:
                c = WoCategory(active=True, **values)
                s.add(c)
                s.flush()
                audit.record(s, actor, "create", "work_order_setup", f"category {c.id}", after=values, summary=name)
                return c.id
            c = s.get(WoCategory, category_id)
            if c is None or c.parent_id is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such category."))
            before = {k: getattr(c, k) for k in values}
            change_state(s, WoCategory, c.id, before, values, field="name")
            audit.record(s, actor, "update", "work_order_setup", f"category {c.id}", before, values, summary=name)
            return c.id

    def set_category_active(self, actor: Actor, category_id: int, active: bool) -> None:
        """A category no longer offered for new orders (or offered again); its orders keep it."""
        from frontdesk.core.operators import require_supervisor
        require_supervisor(actor)
        with self.store.write() as s:
            c = s.get(WoCategory, category_id)
            if c is None or c.parent_id is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such category."))
            change_state(s, WoCategory, c.id, {"active": not active}, {"active": bool(active)}, field="category")
            audit.record(s, actor, "update", "work_order_setup", f"category {c.id}", {"active": not active},
                         {"active": bool(active)}, summary=c.name)

    def add_department(self, actor: Actor, name: str) -> int:
        """A supervisor adds a department (工程部, 保洁部 …) that orders can be dispatched to."""
        from frontdesk.core.operators import require_supervisor
        require_supervisor(actor)
        name = (name or "").strip()
        if not name or len(name) > 32:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Please enter the department's name (at most {n} "
                                                              "characters)."), "reason", n=32)
        with self.store.write() as s:
            seed(s)
            if s.scalar(select(WoDepartment.id).where(WoDepartment.name == name)) is not None:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{name} is already in the list."), "reason",
                                      name=name)
            d = WoDepartment(name=name, active=True)
            s.add(d)
            s.flush()
            audit.record(s, actor, "create", "work_order_setup", f"department {d.id}", after={"name": name}, summary=name)
            return d.id

    def add_worker(self, actor: Actor, department_id: int, name: str, phone: str = "") -> int:
        """A worker of a department (name and phone; every fault of the two told at once). The same
        name and phone again among the department's active workers is refused at the name: the list
        would offer two of one person (a disabled one may be added again, e.g. rehired)."""
        from frontdesk.core.operators import require_supervisor
        require_supervisor(actor)
        check = Checks()
        name = (name or "").strip()
        if not name:
            check.fail(QT_TRANSLATE_NOOP("Errors", "Please enter the worker's name."), "name")
        _at_most(check, {"name": name})
        phone = check(optional_phone, phone, "phone")
        check.done()
        with self.store.write() as s:
            seed(s)
            dept = s.get(WoDepartment, department_id)
            if dept is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such department."))
            if s.scalar(select(WoWorker.id).where(WoWorker.department_id == department_id, WoWorker.name == name,
                                                  WoWorker.phone == phone, WoWorker.active.is_(True))) is not None:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{department} already has {name} {phone}."),
                                      "name", department=dept.name, name=name, phone=phone)
            w = WoWorker(department_id=department_id, name=name, phone=phone, active=True)
            s.add(w)
            s.flush()
            audit.record(s, actor, "create", "work_order_setup", f"worker {w.id}", after={"name": name})
            return w.id

    def disable_worker(self, actor: Actor, worker_id: int) -> None:
        """A worker who left: no longer offered for dispatch; their orders keep their name."""
        from frontdesk.core.operators import require_supervisor
        require_supervisor(actor)
        with self.store.write() as s:
            w = s.get(WoWorker, worker_id)
            if w is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such worker."))
            change_state(s, WoWorker, w.id, {"active": True}, {"active": False}, field="worker")
            audit.record(s, actor, "update", "work_order_setup", f"worker {w.id}", {"active": True}, {"active": False},
                         summary=w.name)

    def departments(self) -> list[tuple[int, str]]:
        self._seeded()
        with self.store.read() as s:
            return [tuple(r) for r in s.execute(select(WoDepartment.id, WoDepartment.name)
                                                .where(WoDepartment.active.is_(True)).order_by(WoDepartment.id))]

    def workers(self, department_id: int) -> list[tuple[int, str, str]]:
        """(id, name, phone) of a department's active workers."""
        with self.store.read() as s:
            return [tuple(r) for r in s.execute(select(WoWorker.id, WoWorker.name, WoWorker.phone).where(
                WoWorker.department_id == department_id, WoWorker.active.is_(True)).order_by(WoWorker.name))]

    def repeat_warning(self, kind: str | None, room_id: int | None, category_id: int | None) -> Repeat | None:
        """What the new-order form warns of as soon as the room and category are chosen, before
        saving: the earlier repair this one would repeat (返修), as ``register`` will record it."""
        with self.store.read() as s:
            return repeat_of(s, kind, room_id, category_id, now())

    def calls_of(self, room_id: int) -> list[tuple[int, datetime, str, str]]:
        """The room's calls not yet turned into an order (a call becomes an order with its content)."""
        from frontdesk.registration.service import open_calls
        with self.store.read() as s:
            return open_calls(s, room_id)

    def warranty(self, room_id: int) -> date | None:
        with self.store.read() as s:
            row = s.get(WoWarranty, room_id)
            return row.until if row else None

    def set_warranty(self, actor: Actor, room_id: int, until: date | str | None, confirmed: bool = False) -> None:
        """A room's repair warranty: repairs inside it are free until ``until`` (None or empty: no
        warranty). A typed date is YYYY-MM-DD. A supervisor's: it decides whether a repair is paid.
        A day already past or more than ``WARRANTY_YEARS`` ahead is asked about (NeedsConfirmation)
        unless ``confirmed``; the date it already has changes nothing and writes no audit row."""
        from frontdesk.core.operators import require_supervisor
        require_supervisor(actor)
        if isinstance(until, str):
            text = until.strip()
            try:
                until = date.fromisoformat(text) if text else None
            except ValueError:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Enter the date as YYYY-MM-DD, or leave it empty "
                                                                  "for no warranty."), "until") from None
        if until is not None and not date(2000, 1, 1) <= until <= date(2100, 12, 31):
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Enter the date as YYYY-MM-DD, or leave it empty for "
                                                              "no warranty."), "until")
        today = now().date()
        if until is not None and not confirmed and until < today:
            raise NeedsConfirmation(QT_TRANSLATE_NOOP("Errors", "{until} has already passed: the room's repairs would "
                                                                "be paid from today. Set it anyway?"), "until",
                                    until=f"{until:%Y-%m-%d}")
        if until is not None and not confirmed and until > _years_after(today, WARRANTY_YEARS):
            raise NeedsConfirmation(QT_TRANSLATE_NOOP("Errors", "{until} is more than {years} years ahead: the room's "
                                                                "repairs would be free until then. Set it anyway?"),
                                    "until", until=f"{until:%Y-%m-%d}", years=WARRANTY_YEARS)
        with self.store.write() as s:
            row = s.get(WoWarranty, room_id)
            before = {"warranty_until": row.until if row else None}
            if before["warranty_until"] == until:  # nothing changed: nothing written, nothing logged
                return
            if row is None:
                if until is not None:  # another desk adding one at once clashes on the room's key
                    s.add(WoWarranty(room_id=room_id, until=until, set_at=now(), set_by=actor.id))
            else:  # only if it still holds the date read (the audit log keeps the one replaced)
                same = (WoWarranty.room_id == room_id, WoWarranty.until == row.until)
                done = s.execute(delete(WoWarranty).where(*same) if until is None else
                                 update(WoWarranty).where(*same).values(until=until, set_at=now(), set_by=actor.id)
                                 .execution_options(synchronize_session=False)).rowcount
                if done != 1:
                    raise Conflict(ELSEWHERE, "until")
            audit.record(s, actor, "update", "room", room_id, before, {"warranty_until": until})

    # ---- registering -----------------------------------------------------------------------------
    def register(self, actor: Actor, *, kind: str, content: str, channel: str = "电话", room_id: int | None = None,
                 place: str = "", anonymous: bool = False, reporter: str = "", phone: str = "",
                 category_id: int | None = None, preferred_time: str = "", urgent: bool = False,
                 severity: str = "一般", asked_reply_at: datetime | None = None, call_id: int | None = None,
                 session=None, faults=()) -> Registered:
        """登记: every field checked at once; the number GD + year + running number; the reply and
        completion deadlines on the working calendar; a repeat fault noticed. With ``session``, inside
        another task's transaction (a renovation inspection's violation), committed with it. ``faults``:
        what the form itself found (a room typed but not chosen, a category not in the list), shown
        with the service's own, all at once."""
        check = Checks()
        check.errors.extend(faults)
        if kind not in KINDS:
            check.fail(QT_TRANSLATE_NOOP("Errors", "Choose the kind of work order."), "kind")
        content = (content or "").strip()
        if not content:
            check.fail(QT_TRANSLATE_NOOP("Errors", "Please write what is wrong or what is asked."), "content")
        _at_most(check, {"content": content, "place": place, "reporter": reporter, "preferred_time": preferred_time})
        channel = check(check_choice, channel, CHANNELS, "channel")
        phone = check(optional_phone, phone, "phone")
        place = (place or "").strip()[:64]
        anonymous = bool(anonymous) and kind == "complaint"
        if room_id is None and not place and not anonymous and not check.failed("room"):
            check.fail(QT_TRANSLATE_NOOP("Errors", "Choose the room, or name the place (e.g. 3栋电梯); only a "
                                                   "complaint may be anonymous."), "room")
        if kind == "complaint" and severity not in ("严重", "一般"):
            check.fail(QT_TRANSLATE_NOOP("Errors", "Choose one of: {choices}."), "severity", choices="严重、一般")
        at = now()
        if asked_reply_at is not None and asked_reply_at <= at:
            check.fail(QT_TRANSLATE_NOOP("Errors", "The reply time asked for must be later than now."), "asked_reply_at")
        check.done()
        with nullcontext(session) if session is not None else self.store.write() as s:
            seed(s)
            if room_id is not None and s.get(Room, room_id) is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such room."))
            category = s.get(WoCategory, category_id) if category_id is not None else None
            if category_id is not None and (category is None or category.parent_id is None):
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose a category from the list."), "category")
            settings, cal = load_settings(s), load_calendar(s)
            end = _office_end(settings)
            reply = deadlines.reply_due(cal, kind, at, urgent, end, asked_reply_at)
            done = deadlines.completion_due(cal, at, urgent, category.completion_workdays if category else 3, end,
                                            not_before=reply)
            repeat = repeat_of(s, kind, room_id, category_id, at)  # 返修: what the form warned of
            order = WorkOrder(number=next_number(s, PREFIX), kind=kind, state="registered", room_id=room_id,
                              place=place, anonymous=anonymous, reporter="" if anonymous else (reporter or "").strip()[:64],
                              phone="" if anonymous else phone, channel=channel, category_id=category_id,
                              content=content, preferred_time=(preferred_time or "").strip()[:64], urgent=bool(urgent),
                              severity=severity if kind == "complaint" else "", registered_at=at,
                              registered_by=actor.id, reply_due=reply.at, complete_due=done.at,
                              repeat_of_id=repeat.id if repeat else None, call_id=call_id, version=0)
            s.add(order)
            s.flush()
            if call_id is not None:  # the call-log entry shows the order made of it
                link_call(s, actor, call_id, order.number)
            _event(s, actor, order, "登记", content[:60])
            audit.record(s, actor, "create", "work_order", order.number, after={
                "order_kind": kind, "room_id": room_id, "place": place, "content": content[:80]}, summary=content[:60])
            return Registered(order.id, order.number, reply.at, done.at, reply.guessed or done.guessed,
                              repeat.number if repeat else None)

    # ---- the steps -------------------------------------------------------------------------------
    def _step(self, s, actor: Actor, order_id: int, step: str, values: dict, detail: str = "") -> WorkOrder:
        """Move an order one step, guarded: it must still be in the state read (and at the version
        read), else "changed at another desk" and nothing changes."""
        order = _order(s, order_id, keep=False)
        refused = step_refused(order, step)
        if refused is not None:
            raise refused
        change_state(s, WorkOrder, order.id, {"state": order.state, "version": order.version},
                     {**values, "version": order.version + 1}, message=_ELSEWHERE, field="state", number=order.number)
        _event(s, actor, order, STEPS[step], detail)
        audit.record(s, actor, "update", "work_order", order.number, after={"step": step, **({"detail": detail}
                                                                                              if detail else {})})
        return order

    def dispatch(self, actor: Actor, order_id: int, department_id: int, worker_id: int | None = None,
                 session=None) -> None:
        """派单 to a department and (optionally) a worker of it, now. The slip printed next is the
        original (the one the worker carries): a slip printed before, with no one sent, does not make
        it a 副本. With ``session``, inside another task's transaction (a move-in's rectification)."""
        with nullcontext(session) if session is not None else self.store.write() as s:
            dept, worker = _check_assignee(s, department_id, worker_id)
            self._step(s, actor, order_id, "dispatch", {"state": "dispatched", "department_id": department_id,
                                                        "worker_id": worker_id, "dispatched_at": now(),
                                                        "slip_prints": 0},  # the worker's slip is the original
                       dept.name + (f" {worker.name}" if worker else ""))

    def reassign(self, actor: Actor, order_id: int, department_id: int, worker_id: int | None, reason: str) -> None:
        """转单: another department or worker, with the reason kept in the history."""
        reason = _reason(reason)
        with self.store.write() as s:
            dept, worker = _check_assignee(s, department_id, worker_id)
            self._step(s, actor, order_id, "reassign", {"department_id": department_id, "worker_id": worker_id,
                                                        "slip_prints": 0},  # the new worker's slip: an original
                       f"{dept.name}{' ' + worker.name if worker else ''}：{reason}")

    def send_back(self, actor: Actor, order_id: int, reason: str) -> None:
        """退单: back to the desk to dispatch again, with the reason."""
        reason = _reason(reason)
        with self.store.write() as s:
            self._step(s, actor, order_id, "send_back", {"state": "registered", "department_id": None,
                                                         "worker_id": None, "dispatched_at": None}, reason)

    def pause(self, actor: Actor, order_id: int, reason: str) -> None:
        """暂停 (waiting for parts, resident not at home): the completion clock stops."""
        reason = _reason(reason)
        with self.store.write() as s:
            self._step(s, actor, order_id, "pause", {"state": "paused", "paused_at": now()}, reason)

    def resume(self, actor: Actor, order_id: int) -> None:
        """The time paused is added to the completion deadline (it does not count against the order)."""
        with self.store.write() as s:
            order = _order(s, order_id, keep=False)
            paused = now() - order.paused_at if order.paused_at else timedelta(0)
            self._step(s, actor, order_id, "resume", {
                "state": "dispatched", "paused_at": None, "paused_seconds": order.paused_seconds + int(paused.total_seconds()),
                "complete_due": order.complete_due + paused})

    def complete(self, actor: Actor, order_id: int, *, result: str, materials: list[tuple] | str = (), hours=None,
                 labour=None, signed: bool = False, completed_at: datetime | None = None,
                 water_test_at: datetime | None = None) -> int | None:
        """完成: result, materials (name, quantity, unit price), hours, when, signed or not. A repair
        inside a home out of warranty is paid: materials + labour become a one-off bill of the room in
        the same transaction (collected at the 收费 tab). Returns the bill's id, or None when free."""
        completed_at = completed_at or now()
        check = Checks()
        result = (result or "").strip()
        if not result:
            check.fail(QT_TRANSLATE_NOOP("Errors", "Please write what was done."), "result")
        _at_most(check, {"result": result})
        rows = check(_materials, materials) or []
        hours = check(_hours, hours) if hours not in (None, "") else None
        labour = check(money_in, labour, "labour", Decimal(100000), 0, True) if labour not in (None, "") else Decimal(0)
        if not check.failed("materials") and not check.failed("labour"):
            _check_total(check, rows, labour)
        if completed_at > now() + timedelta(minutes=5):
            check.fail(QT_TRANSLATE_NOOP("Errors", "The completion time cannot be in the future."), "completed_at")
        check.done()
        with self.store.write() as s:
            order = _order(s, order_id, keep=False)
            if order.dispatched_at and completed_at < order.dispatched_at:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The completion time is before the order was "
                                                                  "dispatched ({at})."), "completed_at",
                                      at=f"{order.dispatched_at:%Y-%m-%d %H:%M}")
            warranty = s.get(WoWarranty, order.room_id) if order.room_id is not None else None
            pays = charge(ChargeTerms(order.kind, order.room_id, warranty.until if warranty else None), rows,
                          labour or Decimal(0), completed_at.date())
            price = pays.total
            bill_id = None
            if pays.paid:  # the resident pays: a bill of the room
                bill_id = one_off_bill(s, actor, order.room_id, paid_repair_item(s), price,
                                       f"{order.number} {result}"[:100], completed_at.date())
            values = {"state": "completed", "completed_at": completed_at, "result": result[:200],
                      "materials": json.dumps([[n, str(q), str(p)] for n, q, p in rows], ensure_ascii=False),
                      "hours": hours, "signed": bool(signed), "price": price if bill_id else None, "bill_id": bill_id}
            if order.kind in REPAIRS:
                category = s.get(WoCategory, order.category_id) if order.category_id else None
                settings, cal = load_settings(s), load_calendar(s)
                values["follow_due"] = deadlines.follow_up_due(
                    cal, completed_at, category.follow_kind if category else "other", _office_end(settings),
                    water_test_at, category.follow_workdays if category else None).at
            self._step(s, actor, order_id, "complete", values, result[:60] + (f"（有偿 {price}）" if bill_id else ""))
            return bill_id

    def charge_terms(self, order_id: int) -> ChargeTerms:
        """What decides whether the resident pays for an order's repair (read once by the completion
        form, which then prices every keystroke with ``quote``)."""
        with self.store.read() as s:
            order = _order(s, order_id, keep=False)
            warranty = s.get(WoWarranty, order.room_id) if order.room_id is not None else None
            return ChargeTerms(order.kind, order.room_id, warranty.until if warranty else None)

    def follow_up(self, actor: Actor, order_id: int, *, reached: bool, on_time: bool | None = None,
                  attitude: str = "", skill: str = "", manners: str = "", satisfaction: int | None = None,
                  comment: str = "") -> str:
        """回访: a call not answered counts an attempt — the next one not before the property's
        ``follow_up_gap_hours`` have passed (refused at the field, saying when), the third makes it
        无法回访 (its own state: no follow-up time, not counted as followed up, closed from there);
        answered (any time), the ratings are kept and an unsatisfied resident reopens the order (返工,
        its attempts counted again from none). Returns the order's new state."""
        check = Checks()
        if reached:
            for value, field in ((attitude, "attitude"), (skill, "skill"), (manners, "manners")):
                if value not in RATINGS:
                    check.fail(QT_TRANSLATE_NOOP("Errors", "Choose one of: {choices}."), field,
                               choices="、".join(RATINGS))
            if satisfaction not in (1, 2, 3, 4, 5):
                check.fail(QT_TRANSLATE_NOOP("Errors", "Rate the overall satisfaction from 1 to 5."), "satisfaction")
        _at_most(check, {"comment": comment})
        check.done()
        with self.store.write() as s:
            order = _order(s, order_id, keep=False)
            after = next_call(s, order) if not reached else None
            if after is not None and now() < after:  # three calls within a minute are not three attempts
                gap = load_settings(s).follow_up_gap_hours
                raise ValidationError(_TOO_SOON, "state", number=order.number, hours=gap,
                                      last=f"{last_unanswered(s, order):%m-%d %H:%M}", next=f"{after:%m-%d %H:%M}")
            s.add(FollowUp(order_id=order_id, at=now(), reached=bool(reached), on_time=on_time if reached else None,
                           attitude=attitude if reached else "", skill=skill if reached else "",
                           manners=manners if reached else "", satisfaction=satisfaction if reached else None,
                           comment=(comment or "").strip()[:200], operator_id=actor.id,
                           operator_name=actor.display_name))
            if not reached:
                attempts = order.follow_attempts + 1
                if attempts < UNREACHED_LIMIT:  # still due: the state stays, the attempt is counted
                    self._step(s, actor, order_id, "follow_up", {"follow_attempts": attempts},
                               f"未接通（第 {attempts} 次）")
                    return order.state
                self._step(s, actor, order_id, "follow_up", {"state": "unreachable", "follow_attempts": attempts,
                                                             "unreachable": True, "followed_at": None},
                           f"未接通（第 {attempts} 次），无法回访")
                return "unreachable"
            unhappy = is_unhappy(satisfaction, attitude, skill, manners)
            if unhappy:  # 返工 (a complaint: 继续整改): back to the department, counted on the order
                complaint = order.kind == "complaint"
                self._step(s, actor, order_id, "follow_up", {
                    "state": "dispatched", "reopen_count": order.reopen_count + 1, "followed_at": None,
                    "follow_attempts": 0, "completed_at": None, "follow_due": None, "satisfaction": satisfaction,
                    # a complaint keeps how it was first handled (its handling slip and the register say it)
                    "result": order.result if complaint else ""},
                    f"{'不满意，继续整改' if complaint else '不满意，返工'}：{(comment or '').strip()}"[:200])
                return "dispatched"
            self._step(s, actor, order_id, "follow_up", {"state": "followed_up", "followed_at": now(),
                                                         "satisfaction": satisfaction}, f"满意度 {satisfaction}")
            return "followed_up"

    def close(self, actor: Actor, order_id: int) -> None:
        with self.store.write() as s:
            order = s.get(WorkOrder, order_id)
            if order is not None and order.state == "completed" and order.kind in REPAIRS:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Work order {number} is due its follow-up call "
                                                                  "first."), "state", number=order.number)
            self._step(s, actor, order_id, "close", {"state": "closed"})

    def cancel(self, actor: Actor, order_id: int, reason: str) -> None:
        """取消 before completion, with the reason; the order stays."""
        reason = _reason(reason)
        with self.store.write() as s:
            self._step(s, actor, order_id, "cancel", {"state": "cancelled", "cancel_reason": reason[:200]}, reason)

    def reply(self, actor: Actor, order_id: int, text: str, validity: str = "", repair: str = "") -> datetime | None:
        """The desk's reply (complaints above all): when and what the resident was told; for a complaint
        its validity after investigation and the repair order that caused it, by number. 无效 (投诉不成立)
        with its explanation typed: the explanation given is the reply — the finding and the reply are
        recorded at once and the order is answered; its reply deadline is the finding's (one working
        day, returned). A finding whose explanation is still owed is ``find_invalid``."""
        text = (text or "").strip()
        check = Checks()
        if not text:
            check.fail(QT_TRANSLATE_NOOP("Errors", "Please write the reply given."), "reply")
        _at_most(check, {"reply": text})
        if validity not in ("", "有效", "无效"):
            check.fail(QT_TRANSLATE_NOOP("Errors", "Choose one of: {choices}."), "validity", choices="有效、无效")
        if (repair or "").strip() and validity == "无效":
            check.fail(QT_TRANSLATE_NOOP("Errors", "A complaint found invalid has no repair that caused it: leave "
                                                   "the repair order empty, or choose 有效."), "repair")
        check.done()
        with self.store.write() as s:
            repair = full_number(s, repair)  # 55 → GD2026-000055
            order = _order(s, order_id, keep=False)
            refused = step_refused(order, "reply")
            if refused is not None:
                raise refused
            at = now()
            values = {"replied_at": at, "reply_text": text[:200], "version": order.version + 1}
            due, found = None, validity == "无效" and order.validity != "无效"
            closes = validity == "无效" and order.state in OPEN  # explained: nothing is left to do
            if validity == "无效":  # the finding and its explanation at once
                due = _invalid_due(s, order, at) if found else order.reply_due
                values["reply_due"] = due
            if closes:
                values["state"] = "closed"
            if validity:
                values["validity"] = validity
            detail = f"{validity + '：' if validity else ''}{text}"
            if repair:
                values["linked_id"] = _repair_of(s, order, repair)
                detail = f"{detail}（{repair}）"
            change_state(s, WorkOrder, order.id, {"version": order.version}, values, message=_ELSEWHERE,
                         field="reply", number=order.number)
            if found:  # the finding, then what was said
                _event(s, actor, order, "投诉不成立")
            _event(s, actor, order, "答复", detail[:200])
            if closes:
                _event(s, actor, order, "关闭", "投诉不成立，已向投诉人解释")
            audit.record(s, actor, "update", "work_order", order.number, after={
                "step": "reply", "reply": text[:200], **({"validity": validity} if validity else {}),
                **({"repair": repair} if repair else {}), **({"reply_due": due} if found else {}),
                **({"state": STATES["closed"]} if closes else {})})
        return due

    def find_invalid(self, actor: Actor, order_id: int, reason: str) -> datetime:
        """投诉不成立: the finding is recorded; the explanation to the complainant is due within one
        working day (the reply deadline moves there). Returns that deadline."""
        reason = _reason(reason, "reply")
        with self.store.write() as s:
            order = _order(s, order_id, keep=False)
            due = _invalid_due(s, order, now())
            change_state(s, WorkOrder, order.id, {"version": order.version},
                         {"validity": "无效", "reply_due": due, "replied_at": None, "version": order.version + 1},
                         message=_ELSEWHERE, field="validity", number=order.number)
            _event(s, actor, order, "投诉不成立", reason)
            audit.record(s, actor, "update", "work_order", order.number, after={
                "step": "find_invalid", "validity": "无效", "reason": reason[:200], "reply_due": due})
            return due

    def print_slip(self, actor: Actor, number_or_id, deliver=None) -> tuple[int, bool]:
        """The slip is printed: the first print is the original, every later one 副本. ``deliver(id,
        copy)`` writes it inside the same transaction — a slip not written is not counted.
        Returns (order id, copy)."""
        with self.store.write() as s:
            number = None if isinstance(number_or_id, int) else full_number(s, str(number_or_id))
            q = select(WorkOrder).where(WorkOrder.id == number_or_id) if number is None else \
                select(WorkOrder).where(WorkOrder.number == number)
            order = s.scalar(q)
            if order is None and number is not None:
                raise _no_order(number, NotFound)
            if order is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such work order."))
            # counted in the database: two desks printing at once both count
            prints = s.execute(update(WorkOrder).where(WorkOrder.id == order.id)
                               .values(slip_prints=WorkOrder.slip_prints + 1).returning(WorkOrder.slip_prints)).scalar_one()
            copy = prints > 1
            audit.record(s, actor, "print", "work_order", order.number, after={"copy": copy})
            if deliver is not None:
                deliver(order.id, copy)
            return order.id, copy

    def register_rows(self, date_from: date, date_to: date) -> list[list]:
        """The work-order register: one row per order registered in the dates, in number order —
        where, what (事由), who reported it (the phone masked), the deadlines and whether they were
        met, the result and a complaint's finding, the follow-up calls (after the follow-up deadline:
        是 when a deadline was counted on a guessed calendar; 回访时间 the last call that reached the
        resident, also one that reopened the order, 回访结果 then 不满意（返工）), a paid repair's amount
        and receipt number — as ``documents.COLUMNS`` names them."""
        from frontdesk.core.listing import date_range
        from frontdesk.core.people import mask_phone
        with self.store.read() as s:
            cats = dict(s.execute(select(WoCategory.id, WoCategory.name)).all())
            depts = dict(s.execute(select(WoDepartment.id, WoDepartment.name)).all())
            workers = dict(s.execute(select(WoWorker.id, WoWorker.name)).all())
            cause = aliased(WorkOrder)
            period = date_range(WorkOrder.registered_at, date_from, date_to)
            rows = s.execute(select(WorkOrder, Room.code, cause.number)
                             .outerjoin(Room, Room.id == WorkOrder.room_id)
                             .outerjoin(cause, cause.id == WorkOrder.linked_id)
                             .where(*period).order_by(WorkOrder.number)).all()
            calls, reached = (dict(s.execute(select(FollowUp.order_id, figure)
                                             .join(WorkOrder, WorkOrder.id == FollowUp.order_id)
                                             .where(*period, *answered).group_by(FollowUp.order_id)).all())
                              for figure, answered in ((func.count(), ()),  # 回访次数: every call, reached or not
                                                       (func.max(FollowUp.at), (FollowUp.reached.is_(True),))))
            bills = bill_facts(s, [o.bill_id for o, _c, _r in rows])  # the paid repairs' bills, through fees
            cal = load_calendar(s, days=False)
            out = []
            for o, code, repair in rows:
                bill = bills.get(o.bill_id)
                replied = replied_at(o)
                result = o.result or o.reply_text or (f"取消：{o.cancel_reason}" if o.cancel_reason else "")
                out.append([o.number, o.registered_at, KINDS[o.kind], o.severity, "紧急" if o.urgent else "不紧急",
                            o.channel, code or o.place or "匿名", cats.get(o.category_id, ""), o.content,
                            "匿名" if o.anonymous else o.reporter, mask_phone(o.phone) if o.phone else "",
                            depts.get(o.department_id, ""), workers.get(o.worker_id, ""), STATES[o.state],
                            o.reply_due, replied, o.complete_due, o.completed_at,
                            Decimal(o.paused_seconds) / 3600 if o.paused_seconds else Decimal(0),
                            _on_time(replied, o.reply_due, o.state),
                            _on_time(o.completed_at, o.complete_due, o.state) if o.validity != "无效" else "",
                            result,
                            FINDINGS.get(o.validity, "") if o.kind == "complaint" else "", o.follow_due,
                            "是" if deadlines.guessed(cal, o) else "",
                            None if o.unreachable else o.followed_at or reached.get(o.id),  # the last call answered
                            calls.get(o.id, 0), o.satisfaction, o.reopen_count,
                            "是" if o.repeat_of_id else "否",
                            bill.amount if bill and bill.paid else None, bill.receipt if bill and bill.paid else "",
                            repair or "",
                            follow_result(o)])  # 回访结果, last: 已回访 / 无法回访 / ""
            return out

    # ---- reading ---------------------------------------------------------------------------------
    def board(self, at: datetime | None = None) -> dict[str, int]:
        """The counts on the board (each one query on an index; the lists page lazily)."""
        at = at or now()
        with self.store.read() as s:
            return {view: s.scalar(select(func.count()).select_from(W).where(board_clause(view, at)))
                    for view in BOARD}

    def query(self, *, view: str | None = None, kind: str | None = None, state: str | None = None,
              text: str = "", room_id: int | None = None, date_from: date | None = None,
              date_to: date | None = None, department_id: int | None = None, building: str | None = None) -> ListQuery:
        """A list of orders: a board view, or filtered by kind, state, department, building (its
        rooms and its common areas by name), room, dates and text."""
        from frontdesk.core.listing import date_range
        where = date_range(W.registered_at, date_from, date_to)
        if view:
            where.append(board_clause(view, now()))
        if kind:
            where.append(W.kind == kind)
        if state:
            where.append(W.state == state)
        if room_id:
            where.append(W.room_id == room_id)
        if department_id:
            where.append(W.department_id == department_id)
        if building:
            where.append(or_(Room.code.like(f"{building}-%"), W.place.like(f"{building}栋%")))
        text = (text or "").strip().replace("%", "").replace("_", "")
        if text:
            from frontdesk.registration.service import parse_room
            ref = parse_room(text)  # 2-1-1401, 2栋1单元1401, 2栋1401
            code = f"{ref.building}-{ref.entrance or '%'}-{ref.number or ''}%" if ref else f"{text}%"
            found = [W.number == text.upper(), W.content.like(f"%{text}%"), Room.code.like(code),
                     W.place.like(f"%{text}%"), W.reporter.like(f"%{text}%")]
            if text.isdigit():  # "53号单": the running number; a phone, whole or its last four digits
                found += [W.number.like(f"%-{int(text):06d}") if len(text) <= 6 else W.number == text,
                          W.phone.like(f"%{text}")]
            where.append(or_(*found))
        return LISTING.query(where)

    def get(self, order_id: int) -> WorkOrder:
        with self.store.read() as s:
            return _order(s, order_id, keep=True)

    def detail(self, order_id: int) -> OrderDetail:
        """What the tab and the step forms show of an order, read in one transaction: the order,
        whether its paid repair is paid (and the receipt that paid it), the orders linked with it, its
        history, its room (or place), category, materials and the follow-up calls' words."""
        with self.store.read() as s:
            order = _order(s, order_id, keep=False)
            bill = bill_facts(s, [order.bill_id]).get(order.bill_id) if order.bill_id is not None else None
            code = s.scalar(select(Room.code).where(Room.id == order.room_id)) if order.room_id is not None else None
            category = ""
            if order.category_id is not None:
                leaf = s.get(WoCategory, order.category_id)
                top = s.get(WoCategory, leaf.parent_id) if leaf.parent_id is not None else None
                category = f"{top.name} → {leaf.name}" if top is not None else leaf.name
            calls = [tuple(r) for r in s.execute(
                select(FollowUp.at, FollowUp.reached, FollowUp.satisfaction, FollowUp.attitude, FollowUp.skill,
                       FollowUp.manners, FollowUp.comment).where(FollowUp.order_id == order_id).order_by(FollowUp.id))]
            out = OrderDetail(order, None if bill is None else bill.paid, linked(s, order), _history(s, order_id),
                              code or order.place, category, materials_of(order.materials),
                              bill.receipt if bill is not None and bill.paid else None, calls,
                              next_call=next_call(s, order), repeat=_repeated(s, order, code))
            s.expunge(order)
            return out

    def links(self, order_id: int) -> list[str]:
        """A complaint's repair, or the complaints a repair caused (numbers)."""
        with self.store.read() as s:
            return linked(s, _order(s, order_id, keep=False))

    def paid(self, order_id: int) -> bool | None:
        """A paid repair: whether its bill is paid now (a voided receipt makes it unpaid again);
        None for a free order."""
        with self.store.read() as s:
            return _paid(s, _order(s, order_id, keep=False))

    def history(self, order_id: int) -> list[tuple[datetime, str, str, str]]:
        with self.store.read() as s:
            return _history(s, order_id)

    def rates(self, date_from: date, date_to: date, kinds: tuple[str, ...] | None = None) -> dict:
        """The month's figures: follow-up rate = followed up (reached) ÷ completed repairs due a
        follow-up (无法回访 left out of both, counted apart as ``unreachable``). A call that reached an
        unsatisfied resident reopened the order (返工): it is not followed up, and the order is counted
        as what it is now — back with the department, out of both until it is completed again, then due
        its follow-up again (the register's own formula counts the same; the call itself shows there as
        回访时间 and 不满意（返工）, and in the satisfaction average and 返工次数); on-time rate = orders done within their completion deadline ÷ orders whose
        deadline fell in the period (an order paused before its deadline and not resumed yet is in neither:
        its clock is stopped); with ``kinds``, the on-time and reply figures of those kinds only — reply
        rate = orders answered by their reply deadline ÷ orders whose reply deadline fell in the period."""
        start, end = datetime.combine(date_from, time()), datetime.combine(date_to + timedelta(days=1), time())
        of_kinds = (WorkOrder.kind.in_(kinds),) if kinds else ()
        with self.store.read() as s:
            due = s.scalar(select(func.count()).select_from(WorkOrder).where(
                WorkOrder.kind.in_(REPAIRS), WorkOrder.completed_at >= start, WorkOrder.completed_at < end,
                WorkOrder.unreachable.is_(False)))
            followed = s.scalar(select(func.count()).select_from(WorkOrder).where(
                WorkOrder.kind.in_(REPAIRS), WorkOrder.completed_at >= start, WorkOrder.completed_at < end,
                WorkOrder.unreachable.is_(False), WorkOrder.followed_at.is_not(None)))
            unreachable = s.scalar(select(func.count()).select_from(WorkOrder).where(
                WorkOrder.kind.in_(REPAIRS), WorkOrder.completed_at >= start, WorkOrder.completed_at < end,
                WorkOrder.unreachable.is_(True)))
            to_do = (WorkOrder.complete_due >= start, WorkOrder.complete_due < end, *COMPLETION_OWED, *of_kinds)
            deadline = s.scalar(select(func.count()).select_from(WorkOrder).where(*to_do))
            on_time = s.scalar(select(func.count()).select_from(WorkOrder).where(
                *to_do,
                WorkOrder.completed_at.is_not(None), WorkOrder.completed_at <= WorkOrder.complete_due))
            answer = (WorkOrder.reply_due >= start, WorkOrder.reply_due < end, WorkOrder.state != "cancelled",
                      *of_kinds)
            replies = s.scalar(select(func.count()).select_from(WorkOrder).where(*answer))
            replied = s.scalar(select(func.count()).select_from(WorkOrder).where(*answer, REPLIED <= WorkOrder.reply_due))
        return {"follow_up_due": due, "followed_up": followed, "follow_up_rate": followed / due if due else None,
                "unreachable": unreachable,
                "deadlines": deadline, "on_time": on_time, "on_time_rate": on_time / deadline if deadline else None,
                "replies": replies, "replied_on_time": replied}

    def month(self, date_from: date, date_to: date) -> MonthOrders:
        """A month's orders for the monthly report (``MonthOrders``): the orders registered in it by
        kind, category and department, what became of them by its end; the follow-up calls made in
        it; and the rows behind the bad numbers — every order overdue at its end, every unsatisfied
        call in it, every repeat fault registered in it."""
        start, end = datetime.combine(date_from, time()), datetime.combine(date_to + timedelta(days=1), time())
        with self.store.read() as s:
            parents = dict(s.execute(select(WoCategory.id, WoCategory.name).where(WoCategory.parent_id.is_(None))).all())
            cats = {i: f"{parents[p]} → {n}" if p in parents else n for i, p, n in
                    s.execute(select(WoCategory.id, WoCategory.parent_id, WoCategory.name))}
            tops = {i: parents.get(p, n) for i, p, n in s.execute(select(WoCategory.id, WoCategory.parent_id,
                                                                         WoCategory.name))}
            depts = dict(s.execute(select(WoDepartment.id, WoDepartment.name)).all())
            rooms = dict(s.execute(select(Room.id, Room.code)).all())
            orders = list(s.scalars(select(W).where(W.registered_at >= start, W.registered_at < end).order_by(W.number)))
            calls = list(s.execute(select(FollowUp, W.number, W.room_id, W.place).join(W, W.id == FollowUp.order_id)
                                   .where(FollowUp.at < end).order_by(FollowUp.at, FollowUp.id)))
            late = list(s.scalars(select(W).where(
                W.complete_due < end, *COMPLETION_OWED,
                or_(W.completed_at.is_(None), W.completed_at > W.complete_due),  # not done by its deadline …
                or_(W.completed_at.is_(None), W.completed_at >= start))  # … nor before this month
                .order_by(W.complete_due, W.number)))
            earlier = dict(s.execute(select(W.id, W.number).where(
                W.id.in_({o.repeat_of_id for o in orders if o.repeat_of_id}))).all())
        where = lambda room_id, place: rooms.get(room_id) or place or "匿名"  # noqa: E731
        unhappy = [(c, n, where(r, p)) for c, n, r, p in calls if c.reached and
                   is_unhappy(c.satisfaction, c.attitude, c.skill, c.manners)]
        unhappy_of = {}
        for c, _n, _w in unhappy:
            unhappy_of[c.order_id] = unhappy_of.get(c.order_id, 0) + 1
        lines: dict[tuple, dict] = {}
        for o in orders:
            line = lines.setdefault((o.kind, cats.get(o.category_id, ""), depts.get(o.department_id, "")),
                                    dict.fromkeys(MonthLine.COUNTS, 0))
            done = o.completed_at is not None and o.completed_at < end
            for key, yes in (("registered", True), ("completed", done),
                             ("on_time", done and o.completed_at <= o.complete_due),
                             ("followed_up", o.followed_at is not None and o.followed_at < end),
                             ("unsatisfied", o.id in unhappy_of), ("valid", o.validity == "有效"),
                             ("invalid", o.validity == "无效")):
                line[key] += int(bool(yes))
            line["reopened"] += unhappy_of.get(o.id, 0)
        in_month = [(c, n, w) for c, n, w in ((c, n, where(r, p)) for c, n, r, p in calls) if c.at >= start]
        return MonthOrders(
            lines=[MonthLine(k, c, d, **v) for (k, c, d), v in sorted(lines.items(), key=lambda kv: (
                list(KINDS).index(kv[0][0]), kv[0][1], kv[0][2]))],
            by_category={t: sum(tops.get(o.category_id) == t for o in orders)
                         for t in sorted({tops.get(o.category_id, "") for o in orders} - {""})},
            reached=sum(c.reached for c, _n, _w in in_month),
            satisfied=sum(c.reached and not is_unhappy(c.satisfaction, c.attitude, c.skill, c.manners)
                          for c, _n, _w in in_month),
            repairs=sum(o.kind in REPAIRS for o in orders), repeats=sum(o.repeat_of_id is not None for o in orders),
            overdue=[(o.number, where(o.room_id, o.place), o.complete_due.date(),
                      f"{o.complete_due:%Y-%m-%d %H:%M} → "
                      + (f"{o.completed_at:%Y-%m-%d %H:%M}" if o.completed_at and o.completed_at < end else "—"))
                     for o in late],
            unsatisfied=[(n, w, c.at.date(), f"{c.satisfaction} {c.comment}".strip()) for c, n, w in unhappy
                         if c.at >= start],
            repeated=[(o.number, where(o.room_id, o.place), o.registered_at.date(), earlier.get(o.repeat_of_id, ""))
                      for o in orders if o.repeat_of_id])


# a completion is owed: not cancelled, not a complaint found invalid (it has nothing to complete), and
# not paused before its deadline and still paused (its clock is stopped; resuming moves the deadline)
COMPLETION_OWED = (W.state != "cancelled", W.validity != "无效",
                   or_(W.paused_at.is_(None), W.paused_at > W.complete_due))


def is_unhappy(satisfaction, attitude: str = "", skill: str = "", manners: str = "") -> bool:
    """A follow-up call that reached an unsatisfied resident (it reopens the order: 返工)."""
    return (satisfaction is not None and satisfaction <= 2) or "不满意" in (attitude, skill, manners)


@dataclass(frozen=True)
class MonthLine:
    """The orders of one kind, category and department registered in a month, and by its end: completed,
    completed by their deadline, followed up, with an unsatisfied call (and the calls that reopened them),
    complaints found valid and invalid."""
    COUNTS = ("registered", "completed", "on_time", "followed_up", "unsatisfied", "reopened", "valid", "invalid")
    kind: str  # KINDS' key
    category: str  # 水电 → 漏水
    department: str
    registered: int = 0
    completed: int = 0
    on_time: int = 0
    followed_up: int = 0
    unsatisfied: int = 0
    reopened: int = 0
    valid: int = 0
    invalid: int = 0


@dataclass(frozen=True)
class MonthOrders:
    """``WorkOrderService.month``. The anomalies are (number, room or place, day, detail): ``overdue``'s
    detail is "deadline → completed" (— when not completed by the month's end)."""
    lines: list[MonthLine]
    by_category: dict[str, int]  # the month's orders by main category, in name order
    reached: int  # follow-up calls in the month that reached the resident
    satisfied: int  # of them, not unsatisfied
    repairs: int  # repairs registered in the month
    repeats: int  # of the month's orders, repeat faults (返修)
    overdue: list[tuple]
    unsatisfied: list[tuple]
    repeated: list[tuple]


@dataclass(frozen=True)
class OrderDetail:
    order: WorkOrder
    paid: bool | None  # a paid repair's bill paid or not; None: free
    links: list[str]  # a complaint's repair, or the complaints a repair caused
    history: list[tuple[datetime, str, str, str]]  # (at, action, detail, who)
    where: str = ""  # the room's code or the place named ("" for an anonymous complaint)
    category: str = ""  # 水电 → 漏水
    materials: list[tuple[str, Decimal, Decimal]] = ()  # (name, quantity, unit price) written at completion
    receipt: str | None = None  # the receipt that paid a paid repair
    follow_ups: list[tuple] = ()  # (at, reached, satisfaction, attitude, skill, manners, comment) of each call
    next_call: datetime | None = None  # after an unanswered call: the next follow-up call not before then
    repeat: Repeat | None = None  # 返修: the earlier repair of its room and category (days: before this one)


def _repeated(s, order: WorkOrder, code: str | None) -> Repeat | None:
    if order.repeat_of_id is None:
        return None
    number, at = s.execute(select(W.number, W.registered_at).where(W.id == order.repeat_of_id)).one()
    return Repeat(order.repeat_of_id, number, code or "", at, (order.registered_at.date() - at.date()).days)


@dataclass(frozen=True)
class ChargeTerms:
    """What decides whether a repair is paid: its kind, its room, and the room's warranty."""
    kind: str
    room_id: int | None
    warranty_until: date | None


@dataclass(frozen=True)
class Charge:
    """What the resident pays for a repair: materials + labour, and whether it is billed — ``free``
    says why not: "not_home" (not a repair inside a home), "warranty" (inside it) or "nothing"."""
    materials: Decimal
    labour: Decimal
    total: Decimal
    paid: bool
    free: str = ""


def charge(terms: ChargeTerms, rows, labour: Decimal, on: date) -> Charge:
    """The one rule: a repair inside a home, out of warranty on the day it is completed, is paid —
    each material's quantity × unit price (to the fen) plus labour; anything else is free."""
    materials = sum((to_money(q * p) for _n, q, p in rows), Decimal(0))
    total = materials + labour
    if terms.kind != "repair_home" or terms.room_id is None:
        free = "not_home"
    elif terms.warranty_until is not None and terms.warranty_until >= on:
        free = "warranty"
    elif total <= 0:
        free = "nothing"
    else:
        free = ""
    return Charge(materials, labour, total, not free, free)


def quote(terms: ChargeTerms, materials, labour, on: date | None = None) -> Charge:
    """``charge`` of the materials and labour as typed (raises the completion's own message at the
    field when they cannot be read yet — every fault of the materials and labour at once); completed
    today unless ``on``."""
    check = Checks()
    rows = check(_materials, materials) or []
    labour = check(money_in, labour, "labour", Decimal(100000), 0, True) if str(labour or "").strip() else Decimal(0)
    if not check.errors:
        _check_total(check, rows, labour)
    check.done()
    return charge(terms, rows, labour, on or now().date())


def materials_of(stored: str) -> list[tuple[str, Decimal, Decimal]]:
    """The materials an order keeps (JSON [[name, qty, unit price], …]) as rows."""
    try:
        rows = json.loads(stored or "[]")
    except ValueError:
        return []
    return [(str(n), Decimal(str(q)), Decimal(str(p))) for n, q, p in rows]


def _order(s, order_id: int, keep: bool) -> WorkOrder:
    order = s.get(WorkOrder, order_id)
    if order is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such work order."))
    if keep:  # read after the session ends
        s.expunge(order)
    return order


def _paid(s, order: WorkOrder) -> bool | None:
    return None if order.bill_id is None else bill_facts(s, [order.bill_id])[order.bill_id].paid


def _history(s, order_id: int) -> list[tuple[datetime, str, str, str]]:
    return [tuple(r) for r in s.execute(
        select(WorkOrderEvent.at, WorkOrderEvent.action, WorkOrderEvent.detail, WorkOrderEvent.operator_name)
        .where(WorkOrderEvent.order_id == order_id).order_by(WorkOrderEvent.id))]


_TOO_SOON = QT_TRANSLATE_NOOP("Errors", "The last call about {number} ({last}) was not answered; calls are at least "
                                        "{hours} hours apart. The next may be made from {next}.")


def follow_result(order: WorkOrder) -> str:
    """回访结果 as the list (``FOLLOW_RESULT``) and the register say it: 无法回访, 已回访, 不满意（返工） (a
    call reached the resident, who was not satisfied, and no later one was: every reached call either
    follows the order up or reopens it), or "" (not yet)."""
    return "无法回访" if order.unreachable else "已回访" if order.followed_at is not None else \
        REWORK if order.reopen_count else ""


def next_call(s, order: WorkOrder) -> datetime | None:
    """When the next follow-up call of an order still due one may be made, after an unanswered call
    (the property's ``follow_up_gap_hours`` after it); None before the first or once it is done."""
    if order.state != "completed" or not order.follow_attempts:
        return None
    last = last_unanswered(s, order)
    if last is None:
        return None
    settings = load_settings(s)
    at = last + timedelta(hours=settings.follow_up_gap_hours)
    cal, end = load_calendar(s), _office_end(settings)
    if at.time() > end or not cal.is_workday(at.date()):  # not after hours: the next working morning
        return datetime.combine(cal.add_workdays(at.date(), 1), FOLLOW_UP_MORNING)
    return max(at, datetime.combine(at.date(), FOLLOW_UP_MORNING))


FOLLOW_UP_MORNING = time(9, 0)  # a call pushed past office hours is made from this time of the next working day


def last_unanswered(s, order: WorkOrder) -> datetime | None:
    return s.scalar(select(func.max(FollowUp.at)).where(FollowUp.order_id == order.id, FollowUp.reached.is_(False)))


def _on_time(done: datetime | None, due: datetime | None, state: str = "") -> str:
    """是 done by its deadline, 否 done late or overdue now; "" not due yet, or cancelled or closed
    undone (a complaint found invalid and explained: nothing was to be done)."""
    if done is None:
        return "否" if due is not None and due < now() and state not in ("cancelled", "closed") else ""
    return "是" if due is None or done <= due else "否"


def _event(s, actor: Actor, order: WorkOrder, action: str, detail: str = "") -> None:
    s.add(WorkOrderEvent(order_id=order.id, at=now(), action=action, detail=(detail or "")[:200],
                         operator_id=actor.id, operator_name=actor.display_name))


def _repair_of(s, complaint: WorkOrder, number: str) -> int:
    """The repair order a complaint names as its cause: it must exist and be a repair."""
    if complaint.kind != "complaint":
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Only a complaint is linked to the repair that caused it."),
                              "repair")
    repair = s.execute(select(WorkOrder.id, WorkOrder.kind).where(WorkOrder.number == number)).first()
    if repair is None:
        raise _no_order(number, ValidationError, "repair")
    if repair[1] not in REPAIRS:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{number} is not a repair order: a complaint names the "
                                                          "repair that caused it."), "repair", number=number)
    return repair[0]


def full_number(s, text: str) -> str:
    """An order number as the desk types it: GD2026-000053 as it is; its running number alone (53,
    000053) or after GD (GD53) is the latest order of that running number, as the search finds it —
    else the text as typed (upper case), for the caller to refuse."""
    text = (text or "").strip().upper().replace(" ", "")
    m = re.fullmatch(rf"(?:{PREFIX})?(\d{{1,6}})", text)
    if m is None:
        return text
    found = s.scalar(select(WorkOrder.number).where(WorkOrder.number.like(f"{PREFIX}%-{int(m[1]):06d}"))
                     .order_by(WorkOrder.id.desc()).limit(1))
    return found or text


def _no_order(number: str, error=ValidationError, field: str | None = None):
    """The fault of an order number that finds nothing: a well-formed one is an order that does not
    exist (没有这个工单); anything else is not a number at all."""
    if re.fullmatch(rf"{PREFIX}\d{{4}}-\d{{6}}", number):
        return error(QT_TRANSLATE_NOOP("Errors", "There is no work order {number}."), field, number=number)
    return error(QT_TRANSLATE_NOOP("Errors", "{number} is not a work order number (e.g. GD2026-000123)."), field,
                 number=number)


def _invalid_due(s, order: WorkOrder, at: datetime) -> datetime:
    """When a complaint found invalid at ``at`` must be explained (one working day); only a complaint
    can be found invalid."""
    if order.kind != "complaint":
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Only a complaint can be found invalid."), "validity")
    return deadlines.invalid_explain_due(load_calendar(s), at, _office_end(load_settings(s))).at


def linked(s, order: WorkOrder) -> list[str]:
    """The numbers an order is linked with: a complaint's repair, or the complaints a repair caused."""
    if order.linked_id is not None:
        return [s.scalar(select(WorkOrder.number).where(WorkOrder.id == order.linked_id))]
    return list(s.scalars(select(WorkOrder.number).where(WorkOrder.linked_id == order.id).order_by(WorkOrder.id)))


def _workdays(check: Checks, value, most: int, field: str, optional: bool = False) -> int | None:
    """A whole number of working days from 1 to ``most`` (``optional``: empty or 0 is none)."""
    text = str(value if value is not None else "").strip()
    if optional and text in ("", "0"):
        return None
    if not (text.isascii() and text.isdigit()) or not 1 <= int(text) <= most:
        check.fail(QT_TRANSLATE_NOOP("Errors", "Enter a whole number of working days from 1 to {n}."), field, n=most)
        return None
    return int(text)


def _reason(reason: str, field: str = "reason") -> str:
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Please give the reason."), field)
    if len(reason) > LIMITS["reason"]:
        raise ValidationError(_TOO_LONG, field, n=LIMITS["reason"])
    return reason


def _at_most(check: Checks, texts: dict[str, str]) -> None:
    """Each text within its field's limit (``LIMITS``, the columns' sizes): a longer one is refused at
    its field, never cut short unseen."""
    for field, text in texts.items():
        if len((text or "").strip()) > LIMITS[field]:
            check.fail(_TOO_LONG, field, n=LIMITS[field])


def _years_after(day: date, years: int) -> date:
    """The same day ``years`` later (29 February: the 28th)."""
    return day.replace(year=day.year + years, day=min(day.day, 28) if day.month == 2 else day.day)


def _check_assignee(s, department_id: int, worker_id: int | None):
    seed(s)
    dept = s.get(WoDepartment, department_id)
    if dept is None or not dept.active:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose a department from the list."), "department")
    worker = s.get(WoWorker, worker_id) if worker_id is not None else None
    if worker_id is not None and (worker is None or worker.department_id != department_id):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose a worker of that department."), "worker")
    if worker is not None and not worker.active:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{name} is no longer active; choose another worker."),
                              "worker", name=worker.name)
    return dept, worker


MAX_QUANTITY, MAX_UNIT_PRICE = Decimal(10000), Decimal(100000)


def _materials(rows) -> list[tuple[str, Decimal, Decimal]]:
    """Materials as (name, quantity, unit price) rows, or as the desk types them: one per line,
    "name quantity unit-price". Every line at fault is named (第 2 行：…), all at once."""
    if isinstance(rows, str):
        rows = [line.split() for line in rows.splitlines() if line.strip()]
    check, out = Checks(), []
    for line, parts in enumerate(rows or (), 1):
        if len(parts) != 3:
            check.fail(QT_TRANSLATE_NOOP("Errors", "Line {line}: write the material as name, quantity and unit "
                                                   "price (e.g. 三通 2 12.50)."), "materials", line=line)
            continue
        name, qty, price = (str(v if v is not None else "").strip() for v in parts)
        if not name:
            check.fail(QT_TRANSLATE_NOOP("Errors", "Line {line}: the material needs its name."), "materials",
                       line=line)
        q, p = _number(qty), _number(price)
        if q is None:
            check.fail(QT_TRANSLATE_NOOP("Errors", "Line {line}: the quantity must be a number."), "materials",
                       line=line)
        elif not 0 < q <= MAX_QUANTITY:
            check.fail(QT_TRANSLATE_NOOP("Errors", "Line {line}: the quantity must be above 0 and at most {most}."),
                       "materials", line=line, most=MAX_QUANTITY)
        if p is None:
            check.fail(QT_TRANSLATE_NOOP("Errors", "Line {line}: the unit price must be an amount in yuan."),
                       "materials", line=line)
        elif not 0 <= p <= MAX_UNIT_PRICE:
            check.fail(QT_TRANSLATE_NOOP("Errors", "Line {line}: the unit price must be from {low} to {high}."),
                       "materials", line=line, low=format_yuan(0), high=format_yuan(MAX_UNIT_PRICE))
        elif p != p.quantize(Decimal("0.01")):
            check.fail(QT_TRANSLATE_NOOP("Errors", "Line {line}: the unit price has at most two decimal places "
                                                   "(fen)."), "materials", line=line)
        if name and q is not None and p is not None and not check.errors:
            out.append((name[:32], q, to_money(p)))
    check.done()
    return out


def _number(text: str) -> Decimal | None:
    """A typed number (full-width digits and a leading ¥ allowed), or None."""
    text = unicodedata.normalize("NFKC", text).lstrip("¥").replace(",", "")
    return Decimal(text) if PLAIN_NUMBER.fullmatch(text) else None  # no 1e3, 1_000 or NaN


def _check_total(check: Checks, rows, labour: Decimal | None) -> None:
    """What a paid repair may come to (the fees' most for a paid service), at the field that makes it
    too much: the materials' own total, else the labour that brings it over."""
    materials = sum((to_money(q * p) for _n, q, p in rows), Decimal(0))
    if materials > MAX_PRICE:
        check.fail(QT_TRANSLATE_NOOP("Errors", "The materials come to {total}; a repair is charged at most "
                                               "{most}."), "materials", total=format_yuan(materials),
                   most=format_yuan(MAX_PRICE))
    elif materials + (labour or 0) > MAX_PRICE:
        check.fail(QT_TRANSLATE_NOOP("Errors", "Materials and labour come to {total}; a repair is charged at most "
                                               "{most}."), "labour", total=format_yuan(materials + labour),
                   most=format_yuan(MAX_PRICE))


def _hours(value) -> Decimal:
    try:
        d = Decimal(str(value).strip())
    except ArithmeticError:
        d = None
    if d is None or not d.is_finite() or not 0 < d <= MAX_HOURS:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Hours are a number above 0 and at most 1000."), "hours")
    return d.quantize(Decimal("0.01"))


def state_marked(state: str, repeat) -> str:
    """An order's state as the list and the room card show it: 已派单, or 已派单·返修 for a repeat fault."""
    return STATES.get(state, state) + ("·返修" if repeat else "")  # repeat: its repeat_of_id, or a bool


def room_orders_section(s, room_id: int):
    """The room card's 工单: its open orders (overdue ones flagged) and the last ones closed;
    F7 opens a new order for the room."""
    from frontdesk.registration.service import CardSection
    at = now()
    open_ = s.execute(select(W.number, W.repeat_of_id, W.state, W.content, W.complete_due).where(
        W.room_id == room_id, W.state.in_(OPEN)).order_by(W.registered_at.desc()).limit(5)).all()
    done = s.execute(select(W.number, W.repeat_of_id, W.state, W.content, W.completed_at).where(
        W.room_id == room_id, W.state.in_(DONE)).order_by(
        W.registered_at.desc()).limit(3)).all()
    if not open_ and not done:
        return None
    lines = [(QT_TRANSLATE_NOOP("RoomCard", "{number} {state}: {content} (complete by {due}){late}"),
              {"number": n, "state": state_marked(st, rep), "content": c[:30], "due": f"{due:%m-%d %H:%M}",
               "late": " ⚠" if due < at else ""}) for n, rep, st, c, due in open_]
    lines += [(QT_TRANSLATE_NOOP("RoomCard", "{number} {state}: {content}"),
               {"number": n, "state": state_marked(st, rep), "content": c[:30]}) for n, rep, st, c, _at in done]
    return CardSection(QT_TRANSLATE_NOOP("RoomCard", "Work orders (F7: new)"), lines,
                       warning=any(due < at for *_x, due in open_))


# ---- the audit log as a person reads what work orders wrote ---------------------------------------
AUDIT_STEPS = {  # the steps of _step, reply and find_invalid, as the order's history names them
    "dispatch": QT_TRANSLATE_NOOP("AuditValues", "Dispatch"), "reassign": QT_TRANSLATE_NOOP("AuditValues", "Reassign"),
    "send_back": QT_TRANSLATE_NOOP("AuditValues", "Send back"), "pause": QT_TRANSLATE_NOOP("AuditValues", "Pause"),
    "resume": QT_TRANSLATE_NOOP("AuditValues", "Resume"), "complete": QT_TRANSLATE_NOOP("AuditValues", "Complete"),
    "follow_up": QT_TRANSLATE_NOOP("AuditValues", "Follow-up call"), "close": QT_TRANSLATE_NOOP("AuditValues", "Close"),
    "cancel": QT_TRANSLATE_NOOP("AuditValues", "Cancel"), "reply": QT_TRANSLATE_NOOP("AuditValues", "Reply"),
    "find_invalid": QT_TRANSLATE_NOOP("AuditValues", "Complaint found invalid"),
}


def _category_name(s, value):
    """A category's id in the audit log → 水电 → 漏水 (a main category: its name)."""
    c = s.get(WoCategory, value) if isinstance(value, int) else None
    if c is None:
        return value
    top = s.get(WoCategory, c.parent_id) if c.parent_id is not None else None
    return f"{top.name} → {c.name}" if top is not None else c.name


_RECORDS = {  # the log's records of the supervisor's lists ("category 12"), by name
    "category": (WoCategory, QT_TRANSLATE_NOOP("AuditValues", "Category {name}")),
    "department": (WoDepartment, QT_TRANSLATE_NOOP("AuditValues", "Department {name}")),
    "worker": (WoWorker, QT_TRANSLATE_NOOP("AuditValues", "Worker {name}")),
}


def _record_name(s, entity_id: str, translate):
    """The log's record of a category, department or worker, by its name; the default lists."""
    if entity_id == "categories":
        return translate("AuditValues", QT_TRANSLATE_NOOP("AuditValues", "Default categories and departments"))
    what, _, number = entity_id.partition(" ")
    if what not in _RECORDS or not number.isdigit():
        return None  # an order's number
    model, words = _RECORDS[what]
    name = _category_name(s, int(number)) if model is WoCategory else getattr(s.get(model, int(number)), "name", number)
    return translate("AuditValues", words).format(name=name)
audit.record_names("work_order_setup", _record_name)
audit.record_names("work_order", _record_name)  # rows written before the setup had its own kind
audit.label_entities({"work_order_setup": QT_TRANSLATE_NOOP("Audit", "Work-order categories and staff")})
audit.lookup("parent_id", _category_name)
audit.label_values("step", AUDIT_STEPS)
audit.label_values("order_kind", KINDS, "WorkOrders")
audit.label_values("kind", KINDS, "WorkOrders")  # rows written before the key was order_kind
audit.label_values("follow_kind", FOLLOW_KINDS, "WorkOrders")
audit.label_fields({
    "order_kind": QT_TRANSLATE_NOOP("AuditFields", "type of order"),
    "place": QT_TRANSLATE_NOOP("AuditFields", "place"), "step": QT_TRANSLATE_NOOP("AuditFields", "step"),
    "detail": QT_TRANSLATE_NOOP("AuditFields", "details"), "reply": QT_TRANSLATE_NOOP("AuditFields", "reply"),
    "reply_due": QT_TRANSLATE_NOOP("AuditFields", "reply by"), "validity": QT_TRANSLATE_NOOP("AuditFields", "finding"),
    "repair": QT_TRANSLATE_NOOP("AuditFields", "caused by repair"),
    "copy": QT_TRANSLATE_NOOP("AuditFields", "a copy (副本)"),
    "categories": QT_TRANSLATE_NOOP("AuditFields", "categories"),
    "departments": QT_TRANSLATE_NOOP("AuditFields", "departments"),
    "parent_id": QT_TRANSLATE_NOOP("AuditFields", "main category"),
    "completion_workdays": QT_TRANSLATE_NOOP("AuditFields", "working days to complete"),
    "follow_kind": QT_TRANSLATE_NOOP("AuditFields", "follow-up rule"),
    "follow_workdays": QT_TRANSLATE_NOOP("AuditFields", "working days to the follow-up call"),
    "warranty_until": QT_TRANSLATE_NOOP("AuditFields", "repair warranty until"),
})
