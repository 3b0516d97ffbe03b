"""Passes and permits (证件): the renovation from application to the contractor's refund, the worker
and temporary passes, hot-work permits and goods release slips, and the gate's check of them.
Plain Python, no Qt. Every yuan goes through the fees task (``fees.service``), in the transaction
that records the paper; every state change is a compare-and-set on the state read."""
from __future__ import annotations

import io
import json
from calendar import monthrange
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import NamedTuple

from sqlalchemy import and_, or_, select, true

from frontdesk.core import audit, clock, workdays
from frontdesk.core.audit import Actor
from frontdesk.core.db import Store
from frontdesk.core.errors import QT_TRANSLATE_NOOP, Checks, NotFound, ValidationError
from frontdesk.core.guard import change_state
from frontdesk.core.models import Operator, now
from frontdesk.core.numbering import next_number
from frontdesk.core.operators import require_supervisor
from frontdesk.core.people import mask_id, mask_phone, normalize_phone, parse_resident_id
from frontdesk.core.settings import load as load_settings
from frontdesk.fees.service import (MAX_PRICE, bill_facts, charge_now, check_cash, deposit_facts, settle_deposit,
                                    take_deposit, unpaid_total)
from frontdesk.passes import rules as rules_
from frontdesk.passes.models import (CONFIRM_WAYS, DOC_STATES, DOCS, DOCUMENTS_SEEN, LIVE, PRESSURE_SKIPPED,
                                     RELEASE_REASONS, RENOVATION_PREFIX, RENOVATION_STATES, TEST_RESULTS, PassDoc,
                                     Renovation, RenovationEvent)
from frontdesk.registration.service import (CardSection, Room, current_names, current_owners, current_relations,
                                            room_pattern)
from frontdesk.registration.service import label_of as room_label

OWNER_DEPOSIT, CONTRACTOR_DEPOSIT, PASS_DEPOSIT = "装修押金（业主）", "装修押金（施工方）", "出入证押金"
WASTE_ITEM, CARD_ITEM = ("ZXQY", "装修垃圾清运费"), ("CRZ", "出入证工本费")
MAX_PHOTO = 2 * 1024 * 1024  # a pass photo: at most 2 MB
LIMITS = {"contractor": 64, "manager": 32, "works_other": 200, "approval_no": 40, "witness": 32, "engineer": 32,
          "holder": 32, "purpose": 100, "detail": 400, "reason": 200, "plate": 16, "place": 64, "item": 32,
          "cert_no": 32, "watcher": 32, "who": 32}
ELSEWHERE = QT_TRANSLATE_NOOP("Errors", "{number} was just changed at another desk; nothing was changed here. "
                                        "Look at it again.")
_TOO_LONG = QT_TRANSLATE_NOOP("Errors", "At most {n} characters.")
_OWNER_CONFIRMS = QT_TRANSLATE_NOOP("Errors", "A tenant's goods leave with the owner's confirmation: who confirmed?")
_WHO_CONFIRMED = QT_TRANSLATE_NOOP("Errors", "Who confirmed the release (the owner, or the bearer in person)?")


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (the month's last day where it is shorter)."""
    y, m = divmod(day.month - 1 + months, 12)
    year, month = day.year + y, m + 1
    if year > date.max.year:
        return date.max
    return date(year, month, min(day.day, monthrange(year, month)[1]))


def _text(check: Checks, value, field: str, required: str | None = None) -> str:
    text = (value or "").strip()
    if required and not text:
        check.fail(required, field)
    elif len(text) > LIMITS[field]:
        check.fail(_TOO_LONG, field, n=LIMITS[field])
    return text


def _phone(check: Checks, value, field: str) -> str:
    return check(normalize_phone, value, field) or ""


def _resident_id(check: Checks, value, field: str = "id_number") -> str:
    parsed = check(parse_resident_id, value, field)
    return parsed.number if parsed else ""


def check_photo(data: bytes | None, field: str = "photo") -> bytes | None:
    """A pass photo: an image (PNG or JPEG, as the desk's camera or scanner gives) of at most 2 MB."""
    if not data:
        return None
    if len(data) > MAX_PHOTO:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This photo is {mb} MB; a pass photo may be at most 2 MB. "
                                                          "Choose a smaller picture."), field,
                              mb=f"{len(data) / 1048576:.0f}")
    try:
        from PIL import Image
        with Image.open(io.BytesIO(data)) as im:
            im.verify()
            ok = im.format in ("PNG", "JPEG")
    except Exception:
        ok = False
    if not ok:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This file is not a PNG or JPEG picture. Choose the "
                                                          "photo's image file."), field)
    return data


def _event(s, actor: Actor, reno: Renovation, action: str, detail: str = "", **values) -> None:
    s.add(RenovationEvent(renovation_id=reno.id, at=now(), action=action, detail=detail[:400],
                          operator_id=actor.id, operator_name=actor.display_name, **values))


def _move(s, reno: Renovation, expected: str | tuple, values: dict, field: str | None = None) -> None:
    """The renovation's compare-and-set: it must still be in the state read and at the version read."""
    states = (expected,) if isinstance(expected, str) else expected
    change_state(s, Renovation, reno.id, {"version": reno.version}, {**values, "version": reno.version + 1},
                 also=(Renovation.state.in_(states),), message=ELSEWHERE, field=field, number=reno.number)
    s.refresh(reno)


def _move_doc(s, doc: PassDoc, expected: str, values: dict, field: str | None = None, message: str = ELSEWHERE) -> None:
    change_state(s, PassDoc, doc.id, {"state": expected, "version": doc.version},
                 {**values, "version": doc.version + 1}, message=message, field=field, number=doc.number)
    s.refresh(doc)


# ---- what the desk reads ---------------------------------------------------------------------
ENDED = ("accepted", "refunded", "void")  # a renovation over: its worker passes are to come back


def pass_state_text(kind: str, state: str, valid_to: datetime, renovation_state: str = "") -> str:
    """What a paper's state reads as, the one rule for the list, its detail, the register and the
    renovation's passes: a worker pass not handed back after its renovation ended (accepted, refunded,
    voided — the gate refuses it) is 未退（装修已验收）; a live paper past its end 已过期; else its state."""
    if kind == "worker" and state == "live" and renovation_state in ENDED:
        return f"未退（装修{RENOVATION_STATES[renovation_state]}）"
    if state in ("live", "pending") and valid_to < now():
        return "已过期" if state == "live" else "待审批（已过时）"
    return DOC_STATES[state]


class PassLine(NamedTuple):
    """One worker pass of a renovation: its number, holder, last day, state as read, and whether it
    is still out (not returned, lost or voided)."""
    number: str
    holder: str
    to: str
    state: str
    out: bool


@dataclass(frozen=True)
class Money:
    """One sum a renovation or a pass asks for: what it is, how much, and the receipt that paid it."""
    what: str
    amount: Decimal
    receipt: str | None
    status: str = ""  # a deposit's: held / refunded / forfeited / void
    kept: Decimal | None = None
    refunded: Decimal | None = None
    deposit_id: int | None = None  # a deposit's, in fees: its refund voucher prints from it
    voucher: str | None = None  # the refund voucher's number, once paid back

    @property
    def paid(self) -> bool:
        """Taken on a receipt that still stands (a voided deposit receipt makes it owed again)."""
        return bool(self.receipt) and self.status != "void"


@dataclass(frozen=True)
class RenovationView:
    id: int
    number: str
    room_id: int
    room: str
    state: str
    owner: str
    owner_phone: str
    contractor: str
    manager: str
    manager_phone: str
    workers: int
    works: tuple
    works_other: str
    start: date
    end: date
    structural: bool
    approval_no: str
    documents: tuple
    applied_at: datetime
    approve_due: datetime
    water_test: str
    pressure_test: str
    owner_signed: bool
    engineer: str
    approved_at: datetime | None
    issued_at: datetime | None
    accepted_at: datetime | None
    contractor_refund_due: date | None
    rectify: str
    recheck_on: date | None
    void_reason: str
    prints: int
    money: tuple[Money, ...]
    deductions: tuple[tuple[Decimal, str], ...]
    events: tuple[tuple[datetime, str, str, str], ...] = ()
    passes: tuple[PassLine, ...] = ()  # its worker passes

    @property
    def paid(self) -> bool:
        return all(m.paid for m in self.money)

    @property
    def owed(self) -> tuple[Money, ...]:
        """What the permit still waits for."""
        return tuple(m for m in self.money if not m.paid)

    @property
    def owner_deposit(self) -> Money | None:
        return next((m for m in self.money if m.what == OWNER_DEPOSIT and m.paid), None)

    @property
    def deducted(self) -> Decimal:
        """What acceptance keeps of the owner's deposit: the deductions recorded, never more than it holds."""
        total = sum((a for a, _r in self.deductions), Decimal("0.00"))
        return min(total, self.owner_deposit.amount) if self.owner_deposit else total

    @property
    def open_passes(self) -> tuple[PassLine, ...]:
        """Its worker passes not yet returned."""
        return tuple(p for p in self.passes if p.out)

    @property
    def state_text(self) -> str:
        return RENOVATION_STATES[self.state]

    @property
    def works_text(self) -> str:
        return "、".join([*self.works, *([self.works_other] if self.works_other else [])])


@dataclass(frozen=True)
class DocView:
    id: int
    number: str
    kind: str
    state: str
    room: str
    holder: str
    id_masked: str
    phone_masked: str
    purpose: str
    details: dict
    valid_from: datetime
    valid_to: datetime
    issued_at: datetime
    issued_by: str
    used_at: datetime | None
    close_note: str
    prints: int
    renovation: str  # the permit's number, or ""
    contractor: str
    photo: bytes | None
    money: tuple[Money, ...] = ()
    approved_by: str = ""  # a hot-work permit's supervisor, or one who released goods despite fees owed
    renovation_state: str = ""  # its renovation's state (a worker pass's), or ""

    @property
    def kind_text(self) -> str:
        return DOCS[self.kind][1]

    @property
    def state_text(self) -> str:
        return pass_state_text(self.kind, self.state, self.valid_to, self.renovation_state)

    @property
    def late(self) -> bool:
        """Out when it should be back: live past its end, or its renovation over (the desk chases it)."""
        return self.state == "live" and (self.valid_to < now() or (self.kind == "worker" and
                                                                   self.renovation_state in ENDED))


@dataclass(frozen=True)
class Verified:
    """What the gate sees after a scan: whether the paper lets them through, and what it allows —
    ``message`` a source text (context ``Gate``) with its ``params``, ``text(translate)`` as shown."""
    ok: bool
    message: str
    params: dict = field(default_factory=dict)
    doc: DocView | RenovationView | None = None
    used_now: bool = False

    def text(self, translate=None) -> str:
        msg = translate("Gate", self.message) if translate else self.message
        return msg.format(**self.params)


BOARD = {  # the board's headings of its rows (translated in the view)
    "approval_overdue": QT_TRANSLATE_NOOP("PassesBoard", "Approval overdue"),
    "approval_due": QT_TRANSLATE_NOOP("PassesBoard", "Waiting for approval"),
    "contractor_refund": QT_TRANSLATE_NOOP("PassesBoard", "Contractor's deposit due back"),
    "not_accepted": QT_TRANSLATE_NOOP("PassesBoard", "Past its end, not accepted"),
    "ends_this_week": QT_TRANSLATE_NOOP("PassesBoard", "Ends this week"),
    "hot_work_pending": QT_TRANSLATE_NOOP("PassesBoard", "Hot work waiting for approval"),
    "hot_work_lapsed": QT_TRANSLATE_NOOP("PassesBoard", "Hot work never approved, its window past: void it"),
    "pass_not_returned": QT_TRANSLATE_NOOP("PassesBoard", "Pass expired, not returned"),
    "hot_work_open": QT_TRANSLATE_NOOP("PassesBoard", "Hot work past its window, not closed"),
}


@dataclass(frozen=True)
class BoardRow:
    what: str        # the board's heading of the row (a BOARD source text: 审批超期 …)
    number: str
    room: str
    holder: str
    due: datetime | date | None
    overdue: bool
    kind: str        # renovation / worker / hot_work / contractor_refund
    record_id: int


class Taken(list):
    """The receipts one 收款 issued (a list of IssuedReceipt), and the change given back from the cash
    received for them all (``change``; 0 when none was typed or not paid in cash)."""
    change: Decimal = Decimal("0.00")


@dataclass
class Issued:
    number: str
    receipts: list = field(default_factory=list)  # the fees receipts taken with it (IssuedReceipt)


class PassService:
    rules, set_rules = rules_.RULES.door()  # rules() and set_rules(actor, read, **values)

    def __init__(self, store: Store) -> None:
        self.store = store

    # ---- renovation: application ----------------------------------------------------------------
    def apply(self, actor: Actor, room_id: int | None, *, contractor: str, manager: str, manager_phone: str,
              workers, works=(), works_other: str = "", start: date | None = None, end: date | None = None,
              structural: bool = False, approval_no: str = "", documents=()) -> str:
        """装修申请: every field checked at once; the owner from registration; approval due on the work
        calendar. At most one live renovation per room (the database refuses a second, whichever desk)."""
        check = Checks()
        if room_id is None:
            check.fail(QT_TRANSLATE_NOOP("Errors", "Choose the room."), "room")
        contractor = _text(check, contractor, "contractor", QT_TRANSLATE_NOOP("Errors", "Name the contractor."))
        manager = _text(check, manager, "manager", QT_TRANSLATE_NOOP("Errors", "Name the person in charge."))
        manager_phone = _phone(check, manager_phone, "manager_phone")
        try:
            workers = int(str(workers).strip())
        except ValueError:
            workers = 0
        if not 1 <= workers <= 200:
            check.fail(QT_TRANSLATE_NOOP("Errors", "Please enter a whole number from {lo} to {hi}."), "workers",
                       lo=1, hi=200)
        works_other = _text(check, works_other, "works_other")
        approval_no = _text(check, approval_no, "approval_no")
        today = clock.today()
        if start is None:
            check.fail(QT_TRANSLATE_NOOP("Errors", "Enter the planned start."), "start")
        elif start < today:
            check.fail(QT_TRANSLATE_NOOP("Errors", "The planned start cannot be before today."), "start")
        elif start > add_months(today, 12):
            check.fail(QT_TRANSLATE_NOOP("Errors", "The planned start is more than a year away; apply nearer the "
                                                   "time."), "start")
        if end is None:
            check.fail(QT_TRANSLATE_NOOP("Errors", "Enter the planned end."), "end")
        elif start is not None and end < start:
            check.fail(QT_TRANSLATE_NOOP("Errors", "The end cannot be before the start."), "end")
        elif start is not None and end > add_months(start, 12):
            check.fail(QT_TRANSLATE_NOOP("Errors", "A renovation permit is for at most 12 months; extend it "
                                                   "later if the works take longer."), "end")
        if structural and not approval_no:
            check.fail(QT_TRANSLATE_NOOP("Errors", "A structural change needs the housing authority's approval "
                                                   "number."), "approval_no")
        documents = tuple(d for d in DOCUMENTS_SEEN if d in set(documents or ()))
        if "装修协议" not in documents:
            check.fail(QT_TRANSLATE_NOOP("Errors", "The owner must sign the renovation agreement (装修协议) "
                                                   "before applying."), "documents")
        with self.store.write() as s:
            rules = rules_.load(s)
            works = tuple(w for w in rules.works if w in set(works or ()))
            if not works and not works_other:
                check.fail(QT_TRANSLATE_NOOP("Errors", "Tick the planned works, or describe them."), "works")
            owners = current_owners(s, [room_id]).get(room_id, []) if room_id is not None else []
            if room_id is not None and not owners and not check.failed("room"):
                check.fail(QT_TRANSLATE_NOOP("Errors", "This room has no owner registered; register the owner on "
                                                       "the registration tab first."), "room")
            check.done()
            if s.get(Room, room_id) is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such room."))
            live = s.scalar(select(Renovation.number).where(Renovation.live_room_id == room_id))
            if live:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This room already has a renovation under way "
                                                                  "({number}); finish or void it first."), "room",
                                      number=live)
            at = now()
            cal, office_end = workdays.load(s), time.fromisoformat(load_settings(s).office_end)
            due = datetime.combine(cal.add_workdays(at.date(), rules.approve_workdays), office_end)
            reno = Renovation(number=next_number(s, RENOVATION_PREFIX), room_id=room_id, live_room_id=room_id,
                              state="applied", owner=owners[0][0], owner_phone=owners[0][1], contractor=contractor,
                              manager=manager, manager_phone=manager_phone, workers=workers,
                              works=json.dumps(list(works), ensure_ascii=False), works_other=works_other,
                              start=start, end=end, structural=bool(structural), approval_no=approval_no,
                              documents=json.dumps(list(documents), ensure_ascii=False), applied_at=at,
                              applied_by=actor.id, approve_due=due)
            s.add(reno)
            s.flush()
            _event(s, actor, reno, "apply", f"{contractor} {manager}")
            audit.record(s, actor, "create", "renovation", reno.number, after={
                "room_id": room_id, "contractor": contractor, "start": start, "end": end,
                "structural": bool(structural), "approve_due": due})
            return reno.number

    @staticmethod
    def _reno(s, renovation_id: int, states: tuple | None = None, refused: str = "", field: str = "state") -> Renovation:
        """The renovation, in one of ``states`` (else ``refused``, naming its number and state, at ``field``)."""
        reno = s.get(Renovation, renovation_id)
        if reno is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such renovation."))
        if states is not None and reno.state not in states:
            raise ValidationError(refused, field, number=reno.number, state=RENOVATION_STATES[reno.state])
        return reno

    def record_test(self, actor: Actor, renovation_id: int, test: str, result: str, on: date | None,
                    witness: str) -> None:
        """闭水试验 (``water``) or 打压试验 (``pressure``; may be 暂缓（供暖期）) in the approval period:
        date, result, witness."""
        check = Checks()
        results = TEST_RESULTS + ((PRESSURE_SKIPPED,) if test == "pressure" else ())
        if test not in ("water", "pressure"):
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown test."), "test")
        if result not in results:
            check.fail(QT_TRANSLATE_NOOP("Errors", "Choose one of: {choices}."), "result", choices="、".join(results))
        if on is None or on > clock.today():
            check.fail(QT_TRANSLATE_NOOP("Errors", "Enter the day of the test (not later than today)."), "on")
        witness = _text(check, witness, "witness", QT_TRANSLATE_NOOP("Errors", "Name who witnessed the test."))
        check.done()
        with self.store.write() as s:
            reno = self._reno(s, renovation_id, ("applied",), QT_TRANSLATE_NOOP(
                "Errors", "The tests are recorded before approval; {number} is {state}."), "result")
            before = getattr(reno, f"{test}_test")
            _move(s, reno, "applied", {f"{test}_test": result, f"{test}_test_on": on, f"{test}_witness": witness})
            name = "闭水试验" if test == "water" else "打压试验"
            _event(s, actor, reno, f"{test}_test", f"{name} {on:%Y-%m-%d} {result}，见证人 {witness}")
            audit.record(s, actor, "update", "renovation", reno.number, {f"{test}_test": before},
                         {f"{test}_test": result, "on": on, "witness": witness})

    def sign_off(self, actor: Actor, renovation_id: int, owner_signed: bool, engineer: str) -> None:
        """The owner's signature that the tests passed and the engineering supervisor's sign-off."""
        check = Checks()
        engineer = _text(check, engineer, "engineer")
        check.done()
        with self.store.write() as s:
            reno = self._reno(s, renovation_id)
            before = {"owner_signed": reno.owner_signed, "engineer": reno.engineer}
            _move(s, reno, "applied", {"owner_signed": bool(owner_signed), "engineer": engineer}, "engineer")
            _event(s, actor, reno, "sign_off", f"业主签字：{'是' if owner_signed else '否'}；工程主管：{engineer or '—'}")
            audit.record(s, actor, "update", "renovation", reno.number, before,
                         {"owner_signed": bool(owner_signed), "engineer": engineer})

    def approve(self, actor: Actor, renovation_id: int) -> None:
        """审批 (supervisor): the tests passed (打压 may be 暂缓 while heating runs), the owner and the
        engineering supervisor signed."""
        require_supervisor(actor)
        with self.store.write() as s:
            reno = self._reno(s, renovation_id)
            check = Checks()
            if reno.water_test != "合格":
                check.fail(QT_TRANSLATE_NOOP("Errors", "The water-retention test (闭水试验) has not passed yet."),
                           "water_test")
            if reno.pressure_test not in ("合格", PRESSURE_SKIPPED):
                check.fail(QT_TRANSLATE_NOOP("Errors", "The pressure test (打压试验) has not passed (or been put off "
                                                       "while the heating runs)."), "pressure_test")
            if not reno.owner_signed:
                check.fail(QT_TRANSLATE_NOOP("Errors", "The owner has not signed that the tests passed."),
                           "owner_signed")
            if not reno.engineer:
                check.fail(QT_TRANSLATE_NOOP("Errors", "The engineering supervisor has not signed."), "engineer")
            check.done()
            _move(s, reno, "applied", {"state": "approved", "approved_at": now(), "approved_by": actor.id})
            _event(s, actor, reno, "approve", "")
            audit.record(s, actor, "update", "renovation", reno.number, {"renovation_state": "applied"}, {"renovation_state": "approved"})

    # ---- renovation: money ----------------------------------------------------------------------
    @staticmethod
    def _asked(reno: Renovation, rules: rules_.Rules) -> list[tuple[str, str, Decimal]]:
        """(slot, what, amount) the permit waits for: the owner's deposit (more with a structural
        change), the contractor's deposit and the construction-waste fee."""
        return [("owner_deposit", OWNER_DEPOSIT,
                 rules.owner_deposit_structural if reno.structural else rules.owner_deposit),
                ("contractor_deposit", CONTRACTOR_DEPOSIT, rules.contractor_deposit),
                ("waste_bill", WASTE_ITEM[1], rules.waste_fee)]

    @staticmethod
    def _money(reno: Renovation, rules: rules_.Rules, deps: dict, bills: dict) -> tuple[Money, ...]:
        """Each sum the permit asks for, with what fees knows of it (``deps``, ``bills``: its facts)."""
        out = []
        for slot, what, amount in PassService._asked(reno, rules):
            ref = getattr(reno, f"{slot}_id")
            if slot == "waste_bill":
                b = bills.get(ref)
                out.append(Money(what, b.amount if b else amount, b.receipt if b and b.paid else None,
                                 "paid" if b and b.paid else ""))
            else:
                d = deps.get(ref)
                out.append(Money(what, d.amount, d.receipt, d.status, d.kept, d.refunded, d.id, d.voucher) if d else
                           Money(what, amount, None))
        return tuple(m for m in out if m.amount or m.receipt)

    def _money_of(self, s, reno: Renovation) -> tuple[Money, ...]:
        return self._views(s, [reno])[0].money

    def take_money(self, actor: Actor, renovation_id: int, method: str = "现金", reference: str = "",
                   payer: str = "", cash_received=None) -> Taken:
        """Take what the permit still waits for, through the fees task, in one transaction: each deposit
        on a receipt of its own, the waste fee on an ordinary receipt — all in this desk's shift.
        ``cash_received`` (cash): what the payer handed over for them all, checked by the fees rule (at
        least the total, at most the property's bound); each receipt is for its own sum and the change
        is returned with them (``Taken.change``)."""
        with self.store.write() as s:
            reno = self._reno(s, renovation_id, ("applied", "approved"), QT_TRANSLATE_NOOP(
                "Errors", "{number} is {state}; there is nothing to pay for it now."), "method")
            rules = rules_.load(s)
            payer = (payer or reno.owner).strip()
            deps = deposit_facts(s, [reno.owner_deposit_id, reno.contractor_deposit_id])
            bills = bill_facts(s, [reno.waste_bill_id])
            values, receipts = {}, Taken()
            for slot, what, amount in self._asked(reno, rules):
                ref = getattr(reno, f"{slot}_id")
                if slot == "waste_bill":
                    if (ref in bills and bills[ref].paid) or not amount:
                        continue
                    bill_id, r = charge_now(s, actor, reno.room_id, WASTE_ITEM, amount, reno.number, method,
                                            reference, payer)
                    values["waste_bill_id"] = bill_id
                else:
                    if (ref in deps and deps[ref].status != "void") or not amount:
                        continue
                    who = payer if slot == "owner_deposit" else reno.contractor
                    dep_id, r = take_deposit(s, actor, reno.room_id, what, amount, method, reference, None, who,
                                             held_for=reno.number)
                    values[f"{slot}_id"] = dep_id
                receipts.append(r)
            if not receipts:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Everything for {number} is paid already."),
                                      "method", number=reno.number)
            if method == "现金" and cash_received not in (None, ""):  # too little: nothing is taken (rolled back)
                total = sum((r.total for r in receipts), Decimal("0.00"))
                receipts.change = check_cash(cash_received, total, load_settings(s)) - total
            _move(s, reno, ("applied", "approved"), values)
            _event(s, actor, reno, "pay", "，".join(f"{r.number} ¥{r.total}" for r in receipts))
            audit.record(s, actor, "update", "renovation", reno.number, after={
                "receipts": [r.number for r in receipts], "total": sum((r.total for r in receipts), Decimal(0))})
            return receipts

    # ---- renovation: permit and works -----------------------------------------------------------
    def issue(self, actor: Actor, renovation_id: int) -> str:
        """装修许可证: only approved and with its money paid; the room is under renovation from now."""
        with self.store.write() as s:
            reno = self._reno(s, renovation_id, ("approved",), QT_TRANSLATE_NOOP(
                "Errors", "A permit is issued after approval; {number} is {state}."), "state")
            unpaid = [m.what for m in self._money_of(s, reno) if not m.paid]
            if unpaid:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Not paid yet: {what}. Take the money first "
                                                                  "(收款), then issue the permit."), "money",
                                      what="、".join(unpaid))
            _move(s, reno, "approved", {"state": "issued", "issued_at": now(), "issued_by": actor.id})
            _event(s, actor, reno, "issue", "")
            audit.record(s, actor, "update", "renovation", reno.number, {"renovation_state": "approved"}, {"renovation_state": "issued"})
            return reno.number

    def inspect(self, actor: Actor, renovation_id: int, findings: str, violation: bool = False,
                ordered: str = "", deduction=None, make_order: bool = False) -> str | None:
        """巡查: findings; a violation with what was ordered, a deduction from the owner's deposit
        (supervisor, its reason is the finding) and, if asked, a work order through the work-order
        service. Returns the work order's number, if one was made."""
        check = Checks()
        findings = _text(check, findings, "detail", QT_TRANSLATE_NOOP("Errors", "Write what was found."))
        ordered = _text(check, ordered, "reason")
        amount = None
        if deduction not in (None, "", 0):
            from frontdesk.core.money import money_in
            amount = check(money_in, deduction, "deduction", MAX_PRICE)
            if not violation:
                check.fail(QT_TRANSLATE_NOOP("Errors", "Only a violation is deducted from the deposit."), "deduction")
        if violation and not ordered:
            check.fail(QT_TRANSLATE_NOOP("Errors", "Write what was ordered (整改要求)."), "ordered")
        check.done()
        if amount:
            require_supervisor(actor)
        with self.store.write() as s:
            reno = self._reno(s, renovation_id, ("issued", "suspended"), QT_TRANSLATE_NOOP(
                "Errors", "Inspections are recorded during the works; {number} is {state}."), "detail")
            _move(s, reno, ("issued", "suspended"), {})
            number = None
            if make_order and violation:
                from frontdesk.workorders.service import WorkOrderService
                number = WorkOrderService(self.store).register(
                    actor, kind="repair_home", room_id=reno.room_id, channel="巡查", session=s,
                    content=f"装修违规整改（{reno.number}）：{findings}；整改要求：{ordered}"[:500]).number
            text = findings + (f"；违规，整改要求：{ordered}" if violation else "") + \
                (f"；扣款 ¥{amount}" if amount else "")
            _event(s, actor, reno, "inspect", text, violation=bool(violation), amount=amount,
                   order_number=number or "")
            audit.record(s, actor, "update", "renovation", reno.number, after={
                "inspection": findings, "violation": bool(violation), "ordered": ordered,
                **({"deduction": amount} if amount else {}), **({"work_order": number} if number else {})})
            return number

    def extend(self, actor: Actor, renovation_id: int, new_end: date | None, reason: str) -> None:
        """延期: a later end (the permit is printed again)."""
        check = Checks()
        reason = _text(check, reason, "reason", QT_TRANSLATE_NOOP("Errors", "Write why the works take longer."))
        with self.store.write() as s:
            reno = self._reno(s, renovation_id)
            if new_end is None or new_end <= reno.end:
                check.fail(QT_TRANSLATE_NOOP("Errors", "The new end must be later than {end}."), "end",
                           end=f"{reno.end:%Y-%m-%d}")
            elif new_end > add_months(reno.start, 24):
                check.fail(QT_TRANSLATE_NOOP("Errors", "A renovation may last at most 24 months from its start."),
                           "end")
            check.done()
            old = reno.end
            _move(s, reno, ("issued", "suspended"), {"end": new_end}, "end")
            _event(s, actor, reno, "extend", f"{old:%Y-%m-%d} → {new_end:%Y-%m-%d}：{reason}")
            audit.record(s, actor, "update", "renovation", reno.number, {"end": old}, {"end": new_end, "reason": reason})

    def suspend(self, actor: Actor, renovation_id: int, reason: str) -> None:
        check = Checks()
        reason = _text(check, reason, "reason", QT_TRANSLATE_NOOP("Errors", "Write why the works stop."))
        check.done()
        self._switch(actor, renovation_id, "issued", "suspended", "suspend", reason)

    def resume(self, actor: Actor, renovation_id: int) -> None:
        self._switch(actor, renovation_id, "suspended", "issued", "resume", "")

    def _switch(self, actor: Actor, renovation_id: int, expected: str, state: str, action: str, note: str) -> None:
        with self.store.write() as s:
            reno = self._reno(s, renovation_id, (expected,), QT_TRANSLATE_NOOP("Errors", "{number} is {state}."))
            _move(s, reno, expected, {"state": state})
            _event(s, actor, reno, action, note)
            audit.record(s, actor, "update", "renovation", reno.number, {"renovation_state": expected},
                         {"renovation_state": state, **({"reason": note} if note else {})})

    def accept(self, actor: Actor, renovation_id: int, passed: bool, note: str = "", recheck_on: date | None = None,
               method: str = "现金", reference: str = "") -> str | None:
        """装修验收. Passed: the owner's deposit is paid back at once, less the deductions recorded during
        the works (kept with their reasons); the contractor's becomes refundable after the rule's months.
        Failed: what to put right (``note``) and a new date. Returns the refund voucher's number."""
        check = Checks()
        note = _text(check, note, "reason", None if passed else
                     QT_TRANSLATE_NOOP("Errors", "Write what must be put right."))
        if not passed and (recheck_on is None or not clock.today() < recheck_on <= add_months(clock.today(), 6)):
            check.fail(QT_TRANSLATE_NOOP("Errors", "Enter the day of the new inspection (after today, within 6 months)."),
                       "recheck_on")
        check.done()
        with self.store.write() as s:
            reno = self._reno(s, renovation_id, ("issued",), QT_TRANSLATE_NOOP(
                "Errors", "Acceptance follows the works; {number} is {state}."), "state")
            if not passed:
                _move(s, reno, "issued", {"rectify": note, "recheck_on": recheck_on})
                _event(s, actor, reno, "accept_failed", f"{note}；复验 {recheck_on:%Y-%m-%d}")
                audit.record(s, actor, "update", "renovation", reno.number, after={
                    "acceptance": "不合格", "rectify": note, "recheck_on": recheck_on})
                return None
            view = self._view(s, reno)
            kept, voucher = view.deducted, None  # the one rule the acceptance form quotes too
            if reno.owner_deposit_id is not None:
                voucher = settle_deposit(s, actor, reno.owner_deposit_id, kept,
                                         "；".join(r for _a, r in view.deductions)[:200], method, reference)
            due = add_months(clock.today(), rules_.load(s).contractor_refund_months)
            _move(s, reno, "issued", {"state": "accepted", "accepted_at": now(), "accepted_by": actor.id,
                                      "contractor_refund_due": due, "live_room_id": None, "rectify": "",
                                      "recheck_on": None})
            _event(s, actor, reno, "accept", f"合格；业主押金退还{f'（扣款 ¥{kept}）' if kept else ''}"
                                             f"{f'，退款凭证 {voucher}' if voucher else ''}；施工方押金 {due:%Y-%m-%d} 起可退")
            audit.record(s, actor, "update", "renovation", reno.number, {"renovation_state": "issued"}, {
                "renovation_state": "accepted", "kept": kept, "voucher": voucher, "contractor_refund_due": due})
            return voucher

    def refund_contractor(self, actor: Actor, renovation_id: int, method: str = "现金", reference: str = "") -> str:
        """The contractor's deposit, paid back once its months after acceptance have passed (earlier only
        by a supervisor)."""
        with self.store.write() as s:
            reno = self._reno(s, renovation_id, ("accepted",), QT_TRANSLATE_NOOP(
                "Errors", "The contractor's deposit is refunded after acceptance; {number} is {state}."), "state")
            if reno.contractor_refund_due > clock.today():
                require_supervisor(actor)
            voucher = None
            if reno.contractor_deposit_id is not None:
                voucher = settle_deposit(s, actor, reno.contractor_deposit_id, 0, "", method, reference)
            _move(s, reno, "accepted", {"state": "refunded"})
            _event(s, actor, reno, "refund", f"施工方押金退还{f'，退款凭证 {voucher}' if voucher else ''}")
            audit.record(s, actor, "update", "renovation", reno.number, {"renovation_state": "accepted"},
                         {"renovation_state": "refunded", "voucher": voucher})
            return voucher

    def void(self, actor: Actor, renovation_id: int, reason: str) -> None:
        """作废 (supervisor, reason): an application or approval that will not go ahead; whatever it took
        must be refunded first (through 收费's deposits)."""
        require_supervisor(actor)
        check = Checks()
        reason = _text(check, reason, "reason", QT_TRANSLATE_NOOP("Errors", "A void needs a reason."))
        check.done()
        with self.store.write() as s:
            reno = self._reno(s, renovation_id, ("applied", "approved"), QT_TRANSLATE_NOOP(
                "Errors", "Only an application or an approval not yet issued is voided; {number} is {state}."),
                "reason")
            held = [m.what for m in self._money_of(s, reno) if m.status == "held"]
            if held:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Refund {what} first (收费 → 押金)."), "reason",
                                      what="、".join(held))
            state = reno.state
            _move(s, reno, state, {"state": "void", "void_reason": reason, "voided_at": now(),
                                   "voided_by": actor.id, "live_room_id": None})
            _event(s, actor, reno, "void", reason)
            audit.record(s, actor, "void", "renovation", reno.number, {"renovation_state": state},
                         {"renovation_state": "void", "reason": reason})

    # ---- renovation: reading ----------------------------------------------------------------------
    def renovation(self, renovation_id: int) -> RenovationView:
        with self.store.read() as s:
            return self._view(s, self._reno(s, renovation_id), full=True)

    def renovation_of(self, number: str) -> RenovationView:
        with self.store.read() as s:
            reno = s.scalar(select(Renovation).where(Renovation.number == (number or "").strip().upper()))
            if reno is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is no renovation {number}."), number=number)
            return self._view(s, reno, full=True)

    def live_renovation(self, room_id: int) -> RenovationView | None:
        with self.store.read() as s:
            reno = s.scalar(select(Renovation).where(Renovation.live_room_id == room_id))
            return self._view(s, reno, full=True) if reno else None

    def _view(self, s, reno: Renovation, full: bool = False) -> RenovationView:
        view = self._views(s, [reno])[0]
        if not full:
            return view
        events = tuple(s.execute(select(RenovationEvent.at, RenovationEvent.action, RenovationEvent.detail,
                                        RenovationEvent.operator_name)
                                 .where(RenovationEvent.renovation_id == reno.id).order_by(RenovationEvent.id)))
        passes = tuple(PassLine(d.number, d.holder, f"{d.valid_to:%Y-%m-%d}",
                                pass_state_text(d.kind, d.state, d.valid_to, reno.state), d.state == "live")
                       for d in s.scalars(select(PassDoc).where(PassDoc.renovation_id == reno.id,
                                                                PassDoc.kind == "worker").order_by(PassDoc.id)))
        return replace(view, events=events, passes=passes)

    def _views(self, s, renos) -> list[RenovationView]:
        """Renovations as the desk reads them; what they need besides their rows (rooms, the rules,
        the money's facts from fees, the deductions) is read once for the whole list."""
        renos = list(renos)
        if not renos:
            return []
        rules = rules_.load(s)
        codes = _room_codes(s, {r.room_id for r in renos})
        deps = deposit_facts(s, [d for r in renos for d in (r.owner_deposit_id, r.contractor_deposit_id)])
        bills = bill_facts(s, [r.waste_bill_id for r in renos])
        deductions: dict[int, list] = defaultdict(list)
        for chunk in _chunks([r.id for r in renos]):
            for rid, amount, detail in s.execute(
                    select(RenovationEvent.renovation_id, RenovationEvent.amount, RenovationEvent.detail).where(
                        RenovationEvent.renovation_id.in_(chunk), RenovationEvent.amount.is_not(None))
                    .order_by(RenovationEvent.id)):
                deductions[rid].append((amount, detail.removesuffix(f"；扣款 ¥{amount}")))  # the amount is beside it
        return [RenovationView(
            r.id, r.number, r.room_id, room_label(codes.get(r.room_id)), r.state, r.owner, r.owner_phone,
            r.contractor, r.manager, r.manager_phone, r.workers, tuple(json.loads(r.works)), r.works_other, r.start,
            r.end, r.structural, r.approval_no, tuple(json.loads(r.documents)), r.applied_at, r.approve_due,
            r.water_test, r.pressure_test, r.owner_signed, r.engineer, r.approved_at, r.issued_at, r.accepted_at,
            r.contractor_refund_due, r.rectify, r.recheck_on, r.void_reason, r.prints,
            self._money(r, rules, deps, bills), tuple(deductions[r.id])) for r in renos]

    def renovations(self, state: str | None = None, text: str = "", limit: int = 500) -> list[RenovationView]:
        """Renovations, newest first: live ones (``state="live"``), one state, or all; ``text`` matches the
        number, the room code, the owner or the contractor."""
        with self.store.read() as s:
            q = select(Renovation).join(Room, Room.id == Renovation.room_id).order_by(Renovation.id.desc())
            if state == "live":
                q = q.where(Renovation.state.in_(LIVE))
            elif state:
                q = q.where(Renovation.state == state)
            text = (text or "").strip()
            if text:
                q = q.where(or_(Renovation.number.icontains(text, autoescape=True), _room_match(text),
                                Renovation.owner.contains(text, autoescape=True),
                                Renovation.contractor.contains(text, autoescape=True)))
            return self._views(s, s.scalars(q.limit(limit)))

    def under_renovation(self) -> list[tuple[str, str, str, str, date, date, str]]:
        """Rooms under renovation now (for the gate and the departments): room, permit, contractor, the
        person in charge and phone, the period, the state."""
        with self.store.read() as s:
            rows = s.execute(select(Renovation, Room.code).join(Room, Room.id == Renovation.room_id)
                             .where(Renovation.state.in_(("issued", "suspended"))).order_by(Room.code)).all()
            today = clock.today()
            return [(room_label(code), r.number, r.contractor, f"{r.manager} {r.manager_phone}", r.start, r.end,
                     RENOVATION_STATES[r.state] + ("（已超期）" if r.end < today else
                                                   "（未开工）" if today < r.start else "")) for r, code in rows]

    def permit_printed(self, actor: Actor, renovation_id: int, deliver=None) -> tuple[RenovationView, bool]:
        """Count a permit's print (the first is the original, every later one a 副本, audited); returns
        what to print and whether it is a copy. ``deliver(view, copy)`` writes the paper inside the
        transaction: a paper not written is not counted."""
        with self.store.write() as s:
            reno = self._reno(s, renovation_id, ("issued", "suspended", "accepted", "refunded"), QT_TRANSLATE_NOOP(
                "Errors", "{number} has no permit yet ({state})."), "state")
            copy = reno.prints > 0
            change_state(s, Renovation, reno.id, {"prints": reno.prints}, {"prints": reno.prints + 1})
            s.refresh(reno)
            audit.record(s, actor, "print", "renovation", reno.number, after={"copy": copy})
            view = self._view(s, reno, full=True)
            if deliver is not None:
                deliver(view, copy)
            return view, copy

    # ---- documents: worker, temporary, hot-work passes and release slips ---------------------------
    def _new_doc(self, s, actor: Actor, kind: str, **values) -> PassDoc:
        doc = PassDoc(number=next_number(s, DOCS[kind][0]), kind=kind, issued_at=now(), issued_by=actor.id,
                      **{"state": "live", **values})
        s.add(doc)
        s.flush()
        return doc

    def issue_worker(self, actor: Actor, renovation_id: int | None, *, name: str, id_number: str, phone: str,
                     trade: str = "", photo: bytes | None = None, valid_to: date | None = None,
                     method: str = "现金", reference: str = "") -> Issued:
        """施工人员出入证: only under a live, issued permit; valid up to the rule's months and never past the
        permit's end; its deposit and card fee through fees."""
        check = Checks()
        if renovation_id is None:
            check.fail(QT_TRANSLATE_NOOP("Errors", "Choose the renovation permit the worker works under."),
                       "renovation")
        name = _text(check, name, "holder", QT_TRANSLATE_NOOP("Errors", "Enter the worker's name."))
        id_number = _resident_id(check, id_number)
        phone = _phone(check, phone, "phone")
        trade = _text(check, trade, "purpose")
        photo = check(check_photo, photo)
        today = clock.today()
        with self.store.write() as s:
            rules = rules_.load(s)
            reno = s.get(Renovation, renovation_id) if renovation_id is not None else None
            if renovation_id is not None and (reno is None or reno.state != "issued"):
                check.fail(QT_TRANSLATE_NOOP("Errors", "A worker pass is issued only under a permit in force "
                                                       "(施工中); {number} is {state}."), "renovation",
                           number=reno.number if reno else "—",
                           state=RENOVATION_STATES[reno.state] if reno else "—")
            if valid_to is None:
                check.fail(QT_TRANSLATE_NOOP("Errors", "Enter the last day the pass is valid."), "valid_to")
            elif valid_to < today:
                check.fail(QT_TRANSLATE_NOOP("Errors", "The last day cannot be before today."), "valid_to")
            else:  # the last day it may have: 3 months (a setting) and never past its permit — one message, the real day
                longest = add_months(today, rules.worker_months)
                if reno is not None and reno.state == "issued" and reno.end < longest:
                    if valid_to > reno.end:
                        check.fail(QT_TRANSLATE_NOOP("Errors", "A worker pass cannot outlast its permit: the last "
                                                               "day is {day} (the permit's end)."),
                                   "valid_to", day=f"{reno.end:%Y-%m-%d}")
                elif valid_to > longest:
                    check.fail(QT_TRANSLATE_NOOP("Errors", "A worker pass is valid at most {n} months: the last day "
                                                           "is {day}."), "valid_to", n=rules.worker_months,
                               day=f"{longest:%Y-%m-%d}")
            check.done()
            _move(s, reno, "issued", {})  # the permit still in force as read, at this desk and every other
            doc = self._new_doc(s, actor, "worker", renovation_id=reno.id, room_id=reno.room_id, holder=name,
                                id_number=id_number, phone=phone, purpose=trade, photo=photo,
                                valid_from=datetime.combine(max(today, reno.start), time.min),  # the gate's day too
                                valid_to=datetime.combine(valid_to, time(23, 59, 59)))
            receipts = []
            if rules.worker_deposit:
                doc.deposit_id, r = take_deposit(s, actor, reno.room_id, PASS_DEPOSIT, rules.worker_deposit, method,
                                                 reference, None, name, held_for=doc.number)
                receipts.append(r)
            if rules.worker_card_fee:
                doc.bill_id, r = charge_now(s, actor, reno.room_id, CARD_ITEM, rules.worker_card_fee, doc.number,
                                            method, reference, name)
                receipts.append(r)
            audit.record(s, actor, "create", "pass_doc", doc.number, after={
                "pass_kind": "worker", "renovation": reno.number, "holder": name, "id_number": mask_id(id_number),
                "valid_to": valid_to, "receipts": [r.number for r in receipts]})
            return Issued(doc.number, receipts)

    def _doc(self, s, doc_id: int) -> PassDoc:
        doc = s.get(PassDoc, doc_id)
        if doc is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such document."))
        return doc

    def end_worker(self, actor: Actor, doc_id: int, lost: bool = False, method: str = "现金",
                   reference: str = "") -> str | None:
        """退证 (the deposit paid back) or 遗失 (the deposit kept, by the pass rule). Returns the refund
        voucher's number."""
        with self.store.write() as s:
            doc = self._doc(s, doc_id)
            if doc.kind != "worker" or doc.state != "live":
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{number} is {state}; it cannot be returned."),
                                      "state", number=doc.number, state=DOC_STATES[doc.state])
            voucher = None
            dep = deposit_facts(s, [doc.deposit_id]).get(doc.deposit_id)
            if dep is not None and dep.status == "held":
                voucher = settle_deposit(s, actor, doc.deposit_id, dep.amount if lost else 0,
                                         f"出入证 {doc.number} 遗失" if lost else "", method, reference)
            state = "lost" if lost else "returned"
            _move_doc(s, doc, "live", {"state": state, "closed_at": now(), "closed_by": actor.id,
                                       "close_note": "押金不退" if lost else (f"退款凭证 {voucher}" if voucher else "")})
            audit.record(s, actor, "update", "pass_doc", doc.number, {"pass_state": "live"},
                         {"pass_state": state, **({"voucher": voucher} if voucher else {})})
            return voucher

    def issue_temporary(self, actor: Actor, *, name: str, id_number: str, phone: str = "", reason: str,
                        room_id: int | None = None, days: int | None = None) -> Issued:
        """临时出入证: the ID checked, valid the rule's days (or fewer)."""
        check = Checks()
        name = _text(check, name, "holder", QT_TRANSLATE_NOOP("Errors", "Enter the holder's name."))
        id_number = _resident_id(check, id_number)
        phone = _phone(check, phone, "phone") if (phone or "").strip() else ""
        reason = _text(check, reason, "purpose", QT_TRANSLATE_NOOP("Errors", "Write the reason: the room visited "
                                                                            "or the work done."))
        with self.store.write() as s:
            rules = rules_.load(s)
            days = rules.temporary_days if days in (None, "") else days
            try:
                days = int(days)
            except (TypeError, ValueError):
                days = 0
            if not 1 <= days <= rules.temporary_days:
                check.fail(QT_TRANSLATE_NOOP("Errors", "A temporary pass is valid 1 to {n} days."), "days",
                           n=rules.temporary_days)
            check.done()
            if room_id is not None and s.get(Room, room_id) is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such room."))
            start = now()
            end = datetime.combine(start.date() + timedelta(days=days - 1), time(23, 59, 59))
            doc = self._new_doc(s, actor, "temporary", room_id=room_id, holder=name, id_number=id_number,
                                phone=phone, purpose=reason, valid_from=start, valid_to=end)
            audit.record(s, actor, "create", "pass_doc", doc.number, after={
                "pass_kind": "temporary", "holder": name, "id_number": mask_id(id_number), "valid_to": end.date()})
            return Issued(doc.number)

    def issue_hot_work(self, actor: Actor, renovation_id: int | None = None, *, place: str = "", welder: str,
                       id_number: str, cert_no: str, cert_expiry: date | None, start: datetime | None,
                       end: datetime | None, extinguisher: bool = False, cleared: bool = False,
                       watcher: str = "") -> Issued:
        """动火证: under a live permit or for a named common-area job; the welder's operation certificate
        in date; a window of at most the rule's hours (longer only by a supervisor's extension); the fire
        measures in place. A receptionist records the application (待审批); a supervisor's is approved
        as it is recorded — nothing prints or passes the gate before that."""
        check = Checks()
        welder = _text(check, welder, "holder", QT_TRANSLATE_NOOP("Errors", "Enter the welder's name."))
        id_number = _resident_id(check, id_number)
        cert_no = _text(check, cert_no, "cert_no", QT_TRANSLATE_NOOP("Errors", "Enter the welding certificate's "
                                                                             "number (电气焊操作证)."))
        place = _text(check, place, "place")
        watcher = _text(check, watcher, "watcher", QT_TRANSLATE_NOOP("Errors", "Name the fire watcher."))
        if start is None or end is None or end <= start:
            check.fail(QT_TRANSLATE_NOOP("Errors", "Enter the time window: an end after the start."), "end")
        elif end < now():
            check.fail(QT_TRANSLATE_NOOP("Errors", "This window is over already."), "end")
        if cert_expiry is None:
            check.fail(QT_TRANSLATE_NOOP("Errors", "Enter the certificate's expiry."), "cert_expiry")
        _hot_cert(check, cert_expiry, end)
        if not extinguisher:
            check.fail(QT_TRANSLATE_NOOP("Errors", "An extinguisher must be at the place of work."), "extinguisher")
        if not cleared:
            check.fail(QT_TRANSLATE_NOOP("Errors", "Combustibles must be cleared first."), "cleared")
        with self.store.write() as s:
            rules = rules_.load(s)
            if start and end and end > start and end - start > timedelta(hours=rules.hot_work_hours):
                check.fail(QT_TRANSLATE_NOOP("Errors", "A hot-work window is at most {n} hours; a supervisor extends "
                                                       "it once the work is under way."), "end", n=rules.hot_work_hours)
            reno = s.get(Renovation, renovation_id) if renovation_id is not None else None
            if renovation_id is not None:
                _hot_permit(check, reno, start, end)
            if renovation_id is None and not place:
                check.fail(QT_TRANSLATE_NOOP("Errors", "Choose the renovation permit, or name the common-area "
                                                       "job's place."), "place")
            check.done()
            if reno is not None:
                _move(s, reno, "issued", {})
            approved = actor.is_supervisor
            doc = self._new_doc(s, actor, "hot_work", renovation_id=reno.id if reno else None,
                                room_id=reno.room_id if reno else None, holder=welder, id_number=id_number,
                                purpose=place or "室内装修", valid_from=start, valid_to=end,
                                state="live" if approved else "pending", approved_by=actor.id if approved else None,
                                details=json.dumps({"cert_no": cert_no, "cert_expiry": f"{cert_expiry:%Y-%m-%d}",
                                                    "extinguisher": True, "cleared": True, "watcher": watcher},
                                                   ensure_ascii=False))
            audit.record(s, actor, "create", "pass_doc", doc.number, after={
                "pass_kind": "hot_work", "holder": welder, "id_number": mask_id(id_number), "cert_no": cert_no,
                "valid_from": start, "valid_to": end, "pass_state": doc.state})
            return Issued(doc.number)

    def approve_hot_work(self, actor: Actor, doc_id: int) -> None:
        """A supervisor approves a hot-work permit the desk recorded: still ahead or under way, the
        welder's certificate and the renovation permit still good for its window."""
        require_supervisor(actor)
        with self.store.write() as s:
            doc = self._hot(s, doc_id, "pending")
            check = Checks()
            if doc.valid_to < now():
                check.fail(QT_TRANSLATE_NOOP("Errors", "This window is over already."), "end")
            _hot_cert(check, date.fromisoformat(json.loads(doc.details)["cert_expiry"]), doc.valid_to)
            if doc.renovation_id is not None:
                _hot_permit(check, s.get(Renovation, doc.renovation_id), doc.valid_from, doc.valid_to)
            check.done()
            _move_doc(s, doc, "pending", {"state": "live", "approved_by": actor.id})
            audit.record(s, actor, "update", "pass_doc", doc.number, {"pass_state": "pending"}, {"pass_state": "live"})

    def extend_hot_work(self, actor: Actor, doc_id: int, new_end: datetime | None, reason: str) -> None:
        """A supervisor extends a hot-work window, at most the rule's hours at a time, within the welder's
        certificate and the renovation permit; the permit is printed again with the new end."""
        require_supervisor(actor)
        check = Checks()
        reason = _text(check, reason, "reason", QT_TRANSLATE_NOOP("Errors", "Write why the work needs longer."))
        with self.store.write() as s:
            doc = self._hot(s, doc_id, ("pending", "live"))
            hours = rules_.load(s).hot_work_hours
            details = json.loads(doc.details)
            if new_end is None or new_end <= doc.valid_to:
                check.fail(QT_TRANSLATE_NOOP("Errors", "The new end must be later than {end}."), "end",
                           end=f"{doc.valid_to:%Y-%m-%d %H:%M}")
            elif new_end - doc.valid_to > timedelta(hours=hours):
                check.fail(QT_TRANSLATE_NOOP("Errors", "Extend by at most {n} hours at a time (to {end} at the "
                                                       "latest)."), "end", n=hours,
                           end=f"{doc.valid_to + timedelta(hours=hours):%Y-%m-%d %H:%M}")
            else:
                _hot_cert(check, date.fromisoformat(details["cert_expiry"]), new_end)
                if doc.renovation_id is not None:
                    _hot_permit(check, s.get(Renovation, doc.renovation_id), doc.valid_from, new_end)
            check.done()
            details["extensions"] = [*details.get("extensions", ()), {
                "from": f"{doc.valid_to:%Y-%m-%d %H:%M}", "to": f"{new_end:%Y-%m-%d %H:%M}", "reason": reason,
                "by": actor.display_name}]
            old_end = doc.valid_to
            _move_doc(s, doc, doc.state, {"valid_to": new_end, "details": json.dumps(details, ensure_ascii=False)},
                      "end")
            audit.record(s, actor, "update", "pass_doc", doc.number, {"valid_to": old_end},
                         {"valid_to": new_end, "reason": reason})

    def _hot(self, s, doc_id: int, states) -> PassDoc:
        doc = self._doc(s, doc_id)
        if doc.kind != "hot_work":
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Not a hot-work permit."), "reason")
        if doc.state not in ((states,) if isinstance(states, str) else states):
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{number} is {state}: nothing to do."), "reason",
                                  number=doc.number, state=DOC_STATES[doc.state])
        return doc

    def close_hot_work(self, actor: Actor, doc_id: int, check_note: str) -> None:
        """The end-of-work check (no embers, power off, place cleared) closes a hot-work permit."""
        check = Checks()
        check_note = _text(check, check_note, "reason", QT_TRANSLATE_NOOP("Errors", "Write the end-of-work check."))
        check.done()
        with self.store.write() as s:
            doc = self._hot(s, doc_id, "live")
            _move_doc(s, doc, "live", {"state": "closed", "closed_at": now(), "closed_by": actor.id,
                                       "close_note": check_note}, "reason")
            audit.record(s, actor, "update", "pass_doc", doc.number, {"pass_state": "live"},
                         {"pass_state": "closed", "check": check_note})

    def issue_release(self, actor: Actor, room_id: int | None, *, bearer: str, id_number: str, phone: str = "",
                      reason: str, items, plate: str = "", planned: datetime | None = None,
                      confirmed_by: str = "", confirmed_how: str = "", confirmed_at: datetime | None = None,
                      tenant: bool = False, arrears_reason: str = "") -> Issued:
        """物品放行条: the bearer's ID, the room, the items with quantities, the owner's confirmation (who,
        how, when — a tenant's goods need the owner's). A room with fees unpaid warns; a supervisor may
        release anyway with a reason (``arrears_reason``)."""
        check = Checks()
        if room_id is None:
            check.fail(QT_TRANSLATE_NOOP("Errors", "Choose the room the goods leave."), "room")
        bearer = _text(check, bearer, "holder", QT_TRANSLATE_NOOP("Errors", "Enter the bearer's name."))
        id_number = _resident_id(check, id_number)
        phone = _phone(check, phone, "phone") if (phone or "").strip() else ""
        if reason not in RELEASE_REASONS:
            check.fail(QT_TRANSLATE_NOOP("Errors", "Choose one of: {choices}."), "reason",
                       choices="、".join(RELEASE_REASONS))
        goods = []
        for i, entry in enumerate(items or (), 1):
            what, qty = (entry[0] or "").strip(), str(entry[1] if len(entry) > 1 else "").strip()
            if not what and not qty:
                continue
            try:
                n = int(qty)
            except ValueError:
                n = 0
            if not what or len(what) > LIMITS["item"] or not 1 <= n <= 999:
                check.fail(QT_TRANSLATE_NOOP("Errors", "Line {n}: name the item (at most 32 characters) and give a "
                                                       "quantity from 1 to 999."), "items", n=i)
                continue
            goods.append([what, n])
        if not goods and not check.failed("items"):
            check.fail(QT_TRANSLATE_NOOP("Errors", "List the goods that leave, with their quantities."), "items")
        if plate.strip():
            from frontdesk.registration.service import normalize_plate
            plate = check(normalize_plate, plate, "plate") or ""
        at = now()
        if planned is not None and planned < at - timedelta(hours=1):
            check.fail(QT_TRANSLATE_NOOP("Errors", "The planned time cannot be in the past."), "planned")
        confirmed_by = _text(check, confirmed_by, "who", _OWNER_CONFIRMS if tenant else _WHO_CONFIRMED)
        if confirmed_how not in CONFIRM_WAYS:
            check.fail(QT_TRANSLATE_NOOP("Errors", "Choose one of: {choices}."), "confirmed_how",
                       choices="、".join(CONFIRM_WAYS))
        confirmed_at = confirmed_at or at
        if confirmed_at > at:
            check.fail(QT_TRANSLATE_NOOP("Errors", "The confirmation cannot be later than now."), "confirmed_at")
        arrears_reason = _text(check, arrears_reason, "reason")
        with self.store.write() as s:
            owners = current_owners(s, [room_id]).get(room_id, []) if room_id is not None else []
            why = _tenant_rule(s, room_id, id_number, tenant, bearer)
            tenant = why is not None
            if tenant and confirmed_by and confirmed_by not in {n for n, _p in owners}:
                check.fail(why, "id_number" if why == _ID_NOT_REGISTERED else "confirmed_by", bearer=bearer,
                           owners="、".join(n for n, _p in owners) or "—")
            owed = unpaid_total(s, room_id) if room_id is not None else Decimal(0)
            if owed and not arrears_reason:
                check.fail(QT_TRANSLATE_NOOP("Errors", "This room owes ¥{owed} in fees. Ask for payment first; a "
                                                       "supervisor may release anyway, with a reason."),
                           "arrears_reason", owed=f"{owed:,.2f}")
            check.done()
            if owed:
                require_supervisor(actor)
            if s.get(Room, room_id) is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such room."))
            planned = planned or at
            details = {"reason": reason, "items": goods, "plate": plate, "planned": f"{planned:%Y-%m-%d %H:%M}",
                       "confirmed_by": confirmed_by, "confirmed_how": confirmed_how,
                       "confirmed_at": f"{confirmed_at:%Y-%m-%d %H:%M}", "tenant": bool(tenant),
                       **({"owed": str(owed), "arrears_reason": arrears_reason} if owed else {})}
            doc = self._new_doc(s, actor, "release", room_id=room_id, holder=bearer, id_number=id_number,
                                phone=phone, purpose=reason, valid_from=at,
                                valid_to=datetime.combine(planned.date(), time(23, 59, 59)),
                                approved_by=actor.id if owed else None,
                                details=json.dumps(details, ensure_ascii=False))
            audit.record(s, actor, "create", "pass_doc", doc.number, after={
                "pass_kind": "release", "room_id": room_id, "holder": bearer,
                "items": "、".join(f"{name}×{qty}" for name, qty in goods),  # the goods released, not a count
                "confirmed_by": f"{confirmed_by}（{confirmed_how}）", **({"owed": owed} if owed else {})})
            return Issued(doc.number)

    def tenant_goods(self, room_id: int | None, id_number: str) -> bool:
        """Whether the registration makes these a tenant's goods (the bearer is the room's tenant, or the
        room is let and the bearer is not registered for it): the form ticks 租户 for the desk."""
        number = (id_number or "").strip().replace(" ", "")
        if room_id is None or not number:
            return False  # nothing to tell yet: the desk's tick stands
        with self.store.read() as s:
            return _tenant_rule(s, room_id, number, False) is not None

    def void_doc(self, actor: Actor, doc_id: int, reason: str) -> None:
        """作废 (supervisor, reason): the paper is kept, marked; a worker pass's deposit is refunded at 收费."""
        require_supervisor(actor)
        check = Checks()
        reason = _text(check, reason, "reason", QT_TRANSLATE_NOOP("Errors", "A void needs a reason."))
        check.done()
        with self.store.write() as s:
            doc = self._doc(s, doc_id)
            state = doc.state
            if state not in ("live", "pending"):  # a hot-work application refused is voided too
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{number} is {state}; it cannot be voided."),
                                      "reason", number=doc.number, state=DOC_STATES[doc.state])
            _move_doc(s, doc, state, {"state": "void", "closed_at": now(), "closed_by": actor.id,
                                      "close_note": reason}, "reason")
            audit.record(s, actor, "void", "pass_doc", doc.number, {"pass_state": state},
                         {"pass_state": "void", "reason": reason})

    # ---- documents: reading, printing and the gate ---------------------------------------------------
    def _doc_view(self, s, doc: PassDoc) -> DocView:
        return self._doc_views(s, [doc])[0]

    @staticmethod
    def _doc_views(s, docs) -> list[DocView]:
        """Papers as the desk reads them; their rooms, renovations, issuers and money (through fees) are
        read once for the whole list."""
        docs = list(docs)
        if not docs:
            return []
        codes = _room_codes(s, {d.room_id for d in docs if d.room_id})
        renos, issuers = {}, {}
        for chunk in _chunks(list({d.renovation_id for d in docs if d.renovation_id})):
            renos.update({i: (n, c, st) for i, n, c, st in s.execute(
                select(Renovation.id, Renovation.number, Renovation.contractor, Renovation.state)
                .where(Renovation.id.in_(chunk)))})
        for chunk in _chunks(list({o for d in docs for o in (d.issued_by, d.approved_by) if o})):
            issuers.update(s.execute(select(Operator.id, Operator.display_name).where(Operator.id.in_(chunk))).all())
        deps = deposit_facts(s, [d.deposit_id for d in docs])
        bills = bill_facts(s, [d.bill_id for d in docs])
        out = []
        for doc in docs:
            money = []
            if doc.deposit_id in deps:
                d = deps[doc.deposit_id]
                money.append(Money(PASS_DEPOSIT, d.amount, d.receipt, d.status, d.kept, d.refunded, d.id, d.voucher))
            if doc.bill_id in bills:
                b = bills[doc.bill_id]
                money.append(Money(CARD_ITEM[1], b.amount, b.receipt, "paid" if b.paid else ""))
            reno_number, contractor, reno_state = renos.get(doc.renovation_id, ("", "", ""))
            out.append(DocView(doc.id, doc.number, doc.kind, doc.state, room_label(codes.get(doc.room_id)),
                               doc.holder, mask_id(doc.id_number), mask_phone(doc.phone), doc.purpose,
                               json.loads(doc.details or "{}"), doc.valid_from, doc.valid_to, doc.issued_at,
                               issuers.get(doc.issued_by, ""), doc.used_at, doc.close_note, doc.prints, reno_number,
                               contractor, doc.photo, tuple(money), issuers.get(doc.approved_by, ""), reno_state))
        return out

    def doc(self, number: str) -> DocView:
        with self.store.read() as s:
            return self._doc_view(s, self._doc_by_number(s, number))

    @staticmethod
    def _doc_by_number(s, number: str) -> PassDoc:
        number = (number or "").strip().upper()
        doc = s.scalar(select(PassDoc).where(PassDoc.number == number))
        if doc is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is no document {number}."), "number", number=number)
        return doc

    def docs(self, kind: str | None = None, text: str = "", live_only: bool = False,
             renovation_id: int | None = None, limit: int = 500) -> list[DocView]:
        with self.store.read() as s:
            q = select(PassDoc).outerjoin(Room, Room.id == PassDoc.room_id).order_by(PassDoc.id.desc())
            if kind:
                q = q.where(PassDoc.kind == kind)
            if live_only:  # in force now or waiting for approval: not returned, used or voided, not past its end
                q = q.where(PassDoc.state.in_(("live", "pending")), PassDoc.valid_to >= now())
            if renovation_id is not None:
                q = q.where(PassDoc.renovation_id == renovation_id)
            text = (text or "").strip()
            if text:
                q = q.where(or_(PassDoc.number.icontains(text, autoescape=True), _room_match(text),
                                PassDoc.holder.contains(text, autoescape=True)))
            return self._doc_views(s, s.scalars(q.limit(limit)))

    def printed(self, actor: Actor, number: str, deliver=None) -> tuple[DocView, bool]:
        """Count a document's print (later ones are 副本, audited): what to print and whether it is a
        copy; ``deliver(view, copy)`` writes it inside the transaction (not written: not counted)."""
        views = self.printed_together(actor, [number], None if deliver is None else lambda vs: deliver(*vs[0]))
        return views[0]

    def printed_together(self, actor: Actor, numbers: list[str], deliver=None) -> list[tuple[DocView, bool]]:
        """Several papers printed on one sheet (two workers' cards): each counted, in one transaction
        with ``deliver([(view, copy), …])`` writing the sheet."""
        with self.store.write() as s:
            out = []
            for number in numbers:
                doc = self._doc_by_number(s, number)
                if doc.state == "pending":
                    raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{number} waits for a supervisor's approval; it "
                                                                      "prints once approved."), "number", number=number)
                copy = doc.prints > 0
                change_state(s, PassDoc, doc.id, {"prints": doc.prints}, {"prints": doc.prints + 1})
                s.refresh(doc)
                audit.record(s, actor, "print", "pass_doc", doc.number, after={"copy": copy})
                out.append((self._doc_view(s, doc), copy))
            if deliver is not None:
                deliver(out)
            return out

    def verify(self, actor: Actor, number: str) -> Verified:
        """门岗: what a scanned or typed number allows. A release slip is marked used, once — the second
        scan (at this gate or another) says when it was used."""
        number = (number or "").strip().upper()
        if not number:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Scan or type the paper's number."), "number")
        unknown = Verified(False, _UNKNOWN, {"number": number})
        if number.startswith(RENOVATION_PREFIX):
            try:
                reno = self.renovation_of(number)
            except NotFound:
                return unknown
            today = clock.today()
            ok = reno.state in ("issued",) and reno.start <= today <= reno.end
            message = _PERMIT_OK if ok else _PERMIT_EARLY if reno.state == "issued" and today < reno.start \
                else _PERMIT_NOT
            return Verified(ok, message, {
                "number": reno.number, "room": reno.room, "state": reno.state_text,
                "start": f"{reno.start:%Y-%m-%d}", "end": f"{reno.end:%Y-%m-%d}"}, reno)
        with self.store.write() as s:
            doc = s.scalar(select(PassDoc).where(PassDoc.number == number))
            if doc is None:
                return unknown
            at = now()
            paper = {"name": DOCS[doc.kind][1], "number": number}
            if doc.state == "void":
                return Verified(False, QT_TRANSLATE_NOOP("Gate", "{name} {number} is void ({reason}): do not let it "
                                                                 "through."),
                                {**paper, "reason": doc.close_note}, self._doc_view(s, doc))
            if doc.kind == "release":
                if doc.state == "used":
                    return Verified(False, QT_TRANSLATE_NOOP("Gate", "{name} {number} was released on {at}: do not "
                                                                     "release the goods again."),
                                    {**paper, "at": f"{doc.used_at or at:%Y-%m-%d %H:%M}"}, self._doc_view(s, doc))
                if doc.valid_to < at:
                    return Verified(False, QT_TRANSLATE_NOOP("Gate", "{name} {number} expired on {day}: the bearer "
                                                                     "applies again at the front desk."),
                                    {**paper, "day": f"{doc.valid_to:%Y-%m-%d}"}, self._doc_view(s, doc))
                _move_doc(s, doc, "live", {"state": "used", "used_at": at, "used_by": actor.id}, "number",
                          message=QT_TRANSLATE_NOOP("Errors", "{number} was just released at another gate; do not "
                                                              "let the goods out again."))
                audit.record(s, actor, "update", "pass_doc", doc.number, {"pass_state": "live"}, {"pass_state": "used"},
                             gate=True)
                view = self._doc_view(s, doc)
                return Verified(True, QT_TRANSLATE_NOOP("Gate", "{name} {number}: {holder} ({id}) {room} — let the "
                                                                "goods out; released at {time}, recorded."),
                                {**paper, "holder": view.holder, "id": view.id_masked, "room": view.room,
                                 "time": f"{at:%H:%M}"}, view, used_now=True)
            view = self._doc_view(s, doc)
            who = {**paper, "holder": view.holder, "id": view.id_masked, "room": view.room}
            if doc.state != "live":
                return Verified(False, QT_TRANSLATE_NOOP("Gate", "{name} {number} is {state}: do not let it "
                                                                 "through."), {**paper, "state": view.state_text}, view)
            if doc.kind == "worker":
                reno = s.get(Renovation, doc.renovation_id)
                if reno is None or reno.state not in ("issued",):
                    return Verified(False, QT_TRANSLATE_NOOP("Gate", "{name} {number}: {holder} ({id}) {room}; its "
                                                                     "renovation {renovation} is {state}: do not let "
                                                                     "them through."),
                                    {**who, "renovation": reno.number if reno else "",
                                     "state": RENOVATION_STATES[reno.state] if reno else ""}, view)
                if clock.today() < reno.start:  # the permit is issued, its works not begun
                    return Verified(False, QT_TRANSLATE_NOOP("Gate", "{name} {number}: {holder} ({id}) {room}; the "
                                                                     "works may start from {start}: do not let them "
                                                                     "through before."),
                                    {**who, "start": f"{reno.start:%Y-%m-%d}"}, view)
            if not doc.valid_from <= at <= doc.valid_to:
                return Verified(False, QT_TRANSLATE_NOOP("Gate", "{name} {number} is valid {start} to {end} only: do "
                                                                 "not let it through now."),
                                {**paper, "start": f"{doc.valid_from:%Y-%m-%d %H:%M}",
                                 "end": f"{doc.valid_to:%Y-%m-%d %H:%M}"}, view)
            return Verified(True, QT_TRANSLATE_NOOP("Gate", "{name} {number}: {holder} ({id}) {room}, valid to {end}."),
                            {**who, "end": f"{doc.valid_to:%Y-%m-%d %H:%M}"}, view)

    # ---- the expiry board ----------------------------------------------------------------------------
    def board(self, limit: int = 200) -> list[BoardRow]:
        """What needs the desk now, most pressing first: approvals overdue, permits ending within a week or
        past their end without acceptance, worker passes expired and not returned, hot-work permits open
        past their window, contractor deposits due for refund."""
        at, today = now(), clock.today()
        week = today + timedelta(days=7)
        out: list[BoardRow] = []
        with self.store.read() as s:
            q = s.execute(select(Renovation, Room.code).join(Room, Room.id == Renovation.room_id).where(or_(
                Renovation.state == "applied",
                Renovation.state.in_(("issued", "suspended")) & (Renovation.end <= week),
                (Renovation.state == "accepted") & (Renovation.contractor_refund_due <= today)))
                .order_by(Renovation.id).limit(limit)).all()
            for r, code in q:
                if r.state == "applied":
                    late = r.approve_due < at
                    out.append(BoardRow(BOARD["approval_overdue" if late else "approval_due"], r.number,
                                        room_label(code), r.contractor, r.approve_due, late, "renovation", r.id))
                elif r.state == "accepted":
                    out.append(BoardRow(BOARD["contractor_refund"], r.number, room_label(code), r.contractor,
                                        r.contractor_refund_due, True, "contractor_refund", r.id))
                else:
                    late = r.end < today
                    out.append(BoardRow(BOARD["not_accepted" if late else "ends_this_week"], r.number,
                                        room_label(code), r.contractor, r.end, late, "renovation", r.id))
            docs = s.scalars(select(PassDoc).where(or_(
                (PassDoc.state == "live") & PassDoc.kind.in_(("worker", "hot_work")) & (PassDoc.valid_to < at),
                (PassDoc.state == "pending") & (PassDoc.kind == "hot_work")))
                .order_by(PassDoc.valid_to).limit(limit)).all()
            codes = _room_codes(s, {d.room_id for d in docs if d.room_id})
            for d in docs:
                pending = d.state == "pending"  # a hot-work permit waiting for a supervisor: due at its start
                lapsed = pending and d.valid_to < at  # never approved, its window gone: void it
                what = "hot_work_lapsed" if lapsed else "hot_work_pending" if pending else \
                    "pass_not_returned" if d.kind == "worker" else "hot_work_open"
                out.append(BoardRow(BOARD[what], d.number,
                                    room_label(codes.get(d.room_id)) if d.room_id else d.purpose, d.holder,
                                    d.valid_from if pending else d.valid_to, not pending or d.valid_from < at,
                                    d.kind, d.id))
        out.sort(key=lambda r: (not r.overdue, _sort_key(r.due)))
        return out[:limit]

    def month(self, date_from: date, date_to: date) -> PassesMonth:
        """A month for the monthly report, per type (装修许可证 and each document kind, the desk's names):
        issued in it (a hot-work permit: approved), returned (a permit: accepted), lost, expired (its end fell
        in the month, not returned, accepted, closed or used at the gate before it); the permits and passes
        past their end at the month's end and not returned or accepted by then; the contractor
        deposits whose refund day had come by the month's end and that were not refunded by then."""
        start, end = datetime.combine(date_from, time()), datetime.combine(date_to + timedelta(days=1), time())
        rows = {kind: dict.fromkeys(PassesMonth.COUNTS, 0) for kind in ("renovation", *DOCS)}

        def within(at) -> bool:
            return at is not None and start <= at < end
        with self.store.read() as s:
            renos = list(s.scalars(select(Renovation).where(Renovation.applied_at < end).order_by(Renovation.number)))
            docs = list(s.scalars(select(PassDoc).where(PassDoc.issued_at < end).order_by(PassDoc.number)))
            refunded = set(s.scalars(select(RenovationEvent.renovation_id).where(RenovationEvent.action == "refund",
                                                                                 RenovationEvent.at < end)))
            codes = _room_codes(s, {x.room_id for x in [*renos, *docs] if x.room_id})
        past, due = [], []
        for r in renos:
            row = rows["renovation"]
            row["issued"] += within(r.issued_at)
            row["returned"] += within(r.accepted_at)
            row["expired"] += r.issued_at is not None and date_from <= r.end <= date_to and not (
                r.accepted_at and r.accepted_at.date() <= r.end)
            open_ = r.issued_at is not None and r.issued_at < end and not (r.accepted_at and r.accepted_at < end) \
                and not (r.voided_at and r.voided_at < end)
            if open_ and r.end < date_to:
                past.append((r.number, r.end, f"{codes.get(r.room_id, '')} {r.contractor}"))
            if r.accepted_at and r.accepted_at < end and r.contractor_refund_due and r.contractor_refund_due <= date_to \
                    and r.id not in refunded and r.contractor_deposit_id is not None:
                due.append((r.number, r.contractor_refund_due, f"{codes.get(r.room_id, '')} {r.contractor}"))
        for d in docs:
            row, ended = rows[d.kind], _ended_at(d)
            closed = d.closed_at is not None and d.closed_at < end
            row["issued"] += within(d.issued_at) and _issued(d)
            row["returned"] += within(d.closed_at) and d.state == "returned"
            row["lost"] += within(d.closed_at) and d.state == "lost"
            row["expired"] += within(d.valid_to) and _issued(d) and d.state not in ("void", "pending") and not (
                ended and ended <= d.valid_to)
            if d.kind in ("worker", "hot_work") and d.valid_to < end and not closed and d.state != "pending":
                past.append((d.number, d.valid_to.date(), f"{codes.get(d.room_id, d.purpose)} {d.holder}"))
        names = {"renovation": "装修许可证", **{k: n for k, (_p, n) in DOCS.items()}}
        return PassesMonth([(names[k], *(int(v) for v in r.values())) for k, r in rows.items()],
                           sorted(past, key=lambda x: x[1]), due)

    # ---- the register for a range of days ------------------------------------------------------------
    def register_rows(self, date_from: date, date_to: date) -> dict[str, list[list]]:
        """Every paper issued in the days, by type (装修许可证 and each document kind): number, issued at,
        room, holder (ID masked), valid from/to, state, the deposit held/refunded/forfeited, void reason.
        A renovation is listed when it was applied for or its permit issued in the days (a permit issued
        in them is there whenever it was applied for; an application voided before issue is too), with
        both moments."""
        from frontdesk.core.listing import date_range
        out: dict[str, list[list]] = {"renovation": [], **{k: [] for k in DOCS}}
        with self.store.read() as s:
            for r in self._views(s, s.scalars(select(Renovation).where(or_(
                    and_(true(), *date_range(Renovation.applied_at, date_from, date_to)),
                    and_(true(), *date_range(Renovation.issued_at, date_from, date_to)))).order_by(Renovation.number))):
                out["renovation"].append([r.number, r.applied_at, r.issued_at, r.room, r.owner, r.contractor, r.start,
                                          r.end, RENOVATION_STATES[r.state], *_deposit_cells(r.money), r.void_reason])
            for v in self._doc_views(s, s.scalars(select(PassDoc).where(
                    *date_range(PassDoc.issued_at, date_from, date_to)).order_by(PassDoc.number))):
                out[v.kind].append([v.number, v.issued_at, v.room, f"{v.holder} {v.id_masked}", v.valid_from,
                                    v.valid_to, v.state_text, *_deposit_cells(v.money),
                                    v.close_note if v.state == "void" else ""])
        return out


@dataclass(frozen=True)
class PassesMonth:
    """``PassService.month``: per type (the desk's name) the counts ``COUNTS``; the papers past their end
    and the contractor deposits due for refund, each (number, day, detail)."""
    COUNTS = ("issued", "returned", "lost", "expired")
    kinds: list[tuple]
    past_end: list[tuple]
    refunds_due: list[tuple]


_UNKNOWN = QT_TRANSLATE_NOOP("Gate", "No such paper: {number}. Check the number, or call the front desk.")
_PERMIT_OK = QT_TRANSLATE_NOOP("Gate", "Renovation permit {number}: {room}, {state}, {start} to {end}.")
_PERMIT_EARLY = QT_TRANSLATE_NOOP("Gate", "Renovation permit {number}: {room}, the works may start from {start} "
                                          "(to {end}) — no works allowed before.")
_PERMIT_NOT = QT_TRANSLATE_NOOP("Gate", "Renovation permit {number}: {room}, {state}, {start} to {end} — no works "
                                        "allowed.")


def _hot_cert(check: Checks, expiry: date | None, end: datetime | None) -> None:
    """The welder's 电气焊操作证 must be good to the window's last day."""
    if expiry is not None and end is not None and expiry < end.date():
        check.fail(QT_TRANSLATE_NOOP("Errors", "The welding certificate expires on {day}: hot work is refused."),
                   "cert_expiry", day=f"{expiry:%Y-%m-%d}")


def _hot_permit(check: Checks, reno: Renovation | None, start: datetime | None, end: datetime | None) -> None:
    """Hot work in a home needs its renovation permit in force for the whole window."""
    if reno is None or reno.state != "issued" or (
            start is not None and end is not None and not reno.start <= start.date() <= end.date() <= reno.end):
        check.fail(QT_TRANSLATE_NOOP("Errors", "Hot work in a home needs its renovation permit in force for the "
                                               "whole window."), "renovation")


_ID_NOT_REGISTERED = QT_TRANSLATE_NOOP("Errors", "This room is let, and {bearer} is registered for it with another "
                                                 "ID number: the ID typed does not match the registered one. Check "
                                                 "it; otherwise the goods leave with the owner's confirmation — "
                                                 "{owners} (as registered).")


def _tenant_rule(s, room_id: int | None, id_number: str, ticked: bool, bearer: str = "") -> str | None:
    """Why the goods need an owner's confirmation (the message to show when it is missing), or None:
    the desk ticked 租户, the bearer is registered as the room's tenant, or the room is let and the
    bearer is none of its registered owners, family or agents — by the ID typed (a registered name with
    another ID is told so: ``_ID_NOT_REGISTERED``)."""
    relations = current_relations(s, room_id) if room_id is not None else {}
    relation = relations.get((id_number or "").upper())
    if relation == "租户":
        return QT_TRANSLATE_NOOP("Errors", "{bearer} is registered as this room's tenant: a tenant's goods leave "
                                           "with the owner's confirmation — {owners} (as registered).")
    if relation is None and "租户" in relations.values():
        if bearer and bearer in current_names(s, room_id):
            return _ID_NOT_REGISTERED
        return QT_TRANSLATE_NOOP("Errors", "This room is let, and {bearer} is not registered for it: the goods "
                                           "leave with the owner's confirmation — {owners} (as registered).")
    if ticked:
        return QT_TRANSLATE_NOOP("Errors", "A tenant's goods leave with the owner's confirmation: {owners} "
                                           "(as registered).")
    return None


def _chunks(ids: list, size: int = 500):
    """Ids in slices an IN list may hold on every database."""
    ids = sorted(i for i in ids if i is not None)
    return [ids[k:k + size] for k in range(0, len(ids), size)]


def _room_codes(s, room_ids) -> dict[int, str]:
    out: dict[int, str] = {}
    for chunk in _chunks(list(room_ids)):
        out.update(s.execute(select(Room.id, Room.code).where(Room.id.in_(chunk))).all())
    return out


def _room_match(text: str):
    """A room as the desk types it (1-1-102, 1栋1单元102, 1栋102, 1单元102, 102) → the rooms' codes it
    matches (anything else: the codes it begins, % and _ taken as letters)."""
    like = room_pattern(text)
    return Room.code.like(like) if like else Room.code.startswith(text, autoescape=True)


def _issued(doc: PassDoc) -> bool:
    """Whether a paper was issued: every kind as it is recorded, a hot-work permit only once a supervisor
    approved it (one recorded at the desk and never approved, or refused and voided, issued nothing)."""
    return doc.kind != "hot_work" or doc.approved_by is not None


def _ended_at(doc: PassDoc) -> datetime | None:
    """When a paper stopped being in force, if it did: returned, lost, closed or voided (``closed_at``),
    or a release slip used at the gate (``used_at``: it leaves once, it does not run out)."""
    return doc.closed_at or doc.used_at


def _sort_key(due) -> datetime:
    if isinstance(due, datetime):
        return due
    return datetime.combine(due, time.min) if due else datetime.max


def _deposit_cells(money) -> list[Decimal]:
    """Held, refunded, forfeited: the deposits of a paper, as three numbers."""
    held = refunded = kept = Decimal("0.00")
    for m in money:
        if m.what not in (OWNER_DEPOSIT, CONTRACTOR_DEPOSIT, PASS_DEPOSIT) or not m.receipt:
            continue
        if m.status == "held":
            held += m.amount
        refunded += m.refunded or 0
        kept += m.kept or 0
    return [held, refunded, kept]


def room_passes_section(s, room_id: int):
    """The room's renovation (state, period) and its live passes, for the room card."""
    reno = s.scalar(select(Renovation).where(Renovation.room_id == room_id).order_by(Renovation.id.desc()).limit(1))
    docs = s.execute(select(PassDoc.number, PassDoc.kind, PassDoc.holder, PassDoc.valid_to).where(
        PassDoc.room_id == room_id, PassDoc.state == "live", PassDoc.valid_to >= now())
        .order_by(PassDoc.valid_to)).all()
    if reno is None and not docs:
        return None
    lines = []
    late = reno is not None and reno.state in ("issued", "suspended") and reno.end < clock.today()
    if reno is not None:
        lines.append((QT_TRANSLATE_NOOP("RoomCard", "{number} renovation {state}, {start} to {end}, {contractor}{late}"),
                      {"number": reno.number, "state": RENOVATION_STATES[reno.state], "start": f"{reno.start:%Y-%m-%d}",
                       "end": f"{reno.end:%Y-%m-%d}", "contractor": reno.contractor, "late": " ⚠" if late else ""}))
    lines += [(QT_TRANSLATE_NOOP("RoomCard", "{number} {kind} {holder}, valid to {to}"),
               {"number": number, "kind": DOCS[kind][1], "holder": holder, "to": f"{to:%Y-%m-%d}"})
              for number, kind, holder, to in docs]
    return CardSection(QT_TRANSLATE_NOOP("RoomCard", "Passes"), lines, warning=late)



audit.label_fields({
    "contractor": QT_TRANSLATE_NOOP("AuditFields", "contractor"),
    "structural": QT_TRANSLATE_NOOP("AuditFields", "structural change"),
    "approve_due": QT_TRANSLATE_NOOP("AuditFields", "approval due"),
    "water_test": QT_TRANSLATE_NOOP("AuditFields", "water-retention test"),
    "pressure_test": QT_TRANSLATE_NOOP("AuditFields", "pressure test"),
    "witness": QT_TRANSLATE_NOOP("AuditFields", "witness"),
    "owner_signed": QT_TRANSLATE_NOOP("AuditFields", "owner signed"),
    "engineer": QT_TRANSLATE_NOOP("AuditFields", "engineering supervisor"),
    "receipts": QT_TRANSLATE_NOOP("AuditFields", "receipts"),
    "inspection": QT_TRANSLATE_NOOP("AuditFields", "inspection"),
    "violation": QT_TRANSLATE_NOOP("AuditFields", "violation"),
    "ordered": QT_TRANSLATE_NOOP("AuditFields", "ordered"),
    "deduction": QT_TRANSLATE_NOOP("AuditFields", "deduction"),
    "work_order": QT_TRANSLATE_NOOP("AuditFields", "work order"),
    "contractor_refund_due": QT_TRANSLATE_NOOP("AuditFields", "contractor's deposit refundable from"),
    "holder": QT_TRANSLATE_NOOP("AuditFields", "holder"),
    "renovation": QT_TRANSLATE_NOOP("AuditFields", "renovation permit"),
    "valid_from": QT_TRANSLATE_NOOP("AuditFields", "valid from"),
    "valid_to": QT_TRANSLATE_NOOP("AuditFields", "valid to"),
    "cert_no": QT_TRANSLATE_NOOP("AuditFields", "welding certificate"),
    "items": QT_TRANSLATE_NOOP("AuditFields", "items"),
    "confirmed_by": QT_TRANSLATE_NOOP("AuditFields", "confirmed by"),
    "owed": QT_TRANSLATE_NOOP("AuditFields", "fees owed"),
    "check": QT_TRANSLATE_NOOP("AuditFields", "end-of-work check"),
    "recheck_on": QT_TRANSLATE_NOOP("AuditFields", "new inspection on"),
    "rectify": QT_TRANSLATE_NOOP("AuditFields", "to put right"),
    "acceptance": QT_TRANSLATE_NOOP("AuditFields", "acceptance"),
    "start": QT_TRANSLATE_NOOP("AuditFields", "start"),
    "end": QT_TRANSLATE_NOOP("AuditFields", "end"),
    "renovation_state": QT_TRANSLATE_NOOP("AuditFields", "state"),
    "pass_state": QT_TRANSLATE_NOOP("AuditFields", "state"),
    "pass_kind": QT_TRANSLATE_NOOP("AuditFields", "document"),
})
audit.label_fields({key: label for key, label in rules_.LABELS.items()})
audit.label_fields({"on": QT_TRANSLATE_NOOP("AuditFields", "on the day")})
audit.label_entities({"renovation": QT_TRANSLATE_NOOP("Audit", "Renovation"),
                      "pass_doc": QT_TRANSLATE_NOOP("Audit", "Pass or slip"),
                      "pass_rule": QT_TRANSLATE_NOOP("Audit", "Rules of passes and permits")})
audit.record_names("pass_rule", lambda _s, entity_id, translate: translate(
    "AuditValues", QT_TRANSLATE_NOOP("AuditValues", "Rules of passes and permits")) if entity_id == "rules" else None)
audit.label_values("pass_kind", {k: name for k, (_p, name) in DOCS.items()})
audit.label_values("renovation_state", RENOVATION_STATES)
audit.label_values("pass_state", DOC_STATES)
