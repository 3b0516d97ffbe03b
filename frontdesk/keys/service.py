"""The key cabinet (钥匙): key sets on their hooks; kept for an owner (收存, with the 钥匙收条),
collected (领取, on that receipt), lent and returned (借出/归还, with the 钥匙借用单), lost or retired —
each movement signed at the counter (or why not), every state change a compare-and-set on the state
read; and the shift-handover count. Plain Python, no Qt."""
from __future__ import annotations

import io
import json
import re
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, or_, select

from frontdesk.core import audit, clock
from frontdesk.core.audit import Actor
from frontdesk.core.db import Store
from frontdesk.core.errors import QT_TRANSLATE_NOOP, Checks, NotFound, ValidationError
from frontdesk.core.guard import change_state
from frontdesk.core.models import Operator, now
from frontdesk.core.numbering import next_number
from frontdesk.core.operators import require_supervisor, verify_password
from frontdesk.core.people import mask_id, mask_phone, normalize_phone, parse_resident_id
from frontdesk.keys import rules as rules_
from frontdesk.keys.models import (ACTIONS, BORROWERS, COUNT, CUSTODY, FREE_BORROWERS, KINDS, PAPERS, RECEIPT,
                                   ROOM_KINDS, SLIP, STATES, KeyCount, KeyMove, KeySet)
from frontdesk.registration.service import CardSection, Room, current_owners, room_pattern
from frontdesk.workorders.service import order_facts

MAX_SIGNATURE = 512 * 1024  # a signature image: at most 512 KB
LIMITS = {"person": 32, "purpose": 100, "note": 200, "unsigned": 100, "notes": 200, "place": 32, "reason": 200}
ELSEWHERE = QT_TRANSLATE_NOOP("Errors", "Key {tag} was just changed at another desk; nothing was changed here. "
                                        "Look at it again.")
_TOO_LONG = QT_TRANSLATE_NOOP("Errors", "At most {n} characters.")
_SIGN = QT_TRANSLATE_NOOP("Errors", "Let {who} sign on the pad, or write why there is no signature (e.g. 电话授权).")


def _text(check: Checks, value, field: str, required: str | None = None, limit: str | None = None) -> str:
    text = (value or "").replace("\x00", "").strip()  # a NUL dropped here too: the collectors are kept as JSON
    n = LIMITS[limit or field]
    if required and not text:
        check.fail(required, field)
    elif len(text) > n:
        check.fail(_TOO_LONG, field, n=n)
    return text


def tag_of(text: str, bare: bool = True) -> str:
    """A tag as typed → as stored: K00007 for K00007, k7, K 07 — and for 7 when ``bare`` (a search, not
    a scan: a scanned number alone might be a room's)."""
    text = (text or "").strip().upper()
    m = re.fullmatch(r"(K)?\s*0*(\d{1,5})", text)
    return f"K{int(m.group(2)):05d}" if m and (m.group(1) or bare) else text


def hook_of(text: str) -> str:
    """A hook as typed (" a-01 ") → as the cabinet names it (A-01)."""
    return (text or "").strip().upper()


def needs_approval(person_kind: str, room_id: int | None) -> bool:
    """A loan needs a supervisor's approval unless it is to sales or company staff, or to the owner of
    the set's own room (checked by name); an owner borrowing a public key needs it."""
    return person_kind not in FREE_BORROWERS and not (person_kind == "业主" and room_id is not None)


def check_signature(check: Checks, image: bytes | None, unsigned: str, who: str, field: str = "signature") -> tuple:
    """A signature drawn at the counter (a PNG) or the reason there is none — one of the two."""
    reason = _text(check, unsigned, f"{field}_reason" if field != "signature" else "unsigned", limit="unsigned")
    if image:
        ok = len(image) <= MAX_SIGNATURE
        try:
            from PIL import Image
            with Image.open(io.BytesIO(image)) as im:
                im.verify()
                ok = ok and im.format == "PNG"
        except Exception:
            ok = False
        if not ok:
            check.fail(QT_TRANSLATE_NOOP("Errors", "The signature is not a picture this program drew; sign again."),
                       field)
        return image, ""
    if not reason:
        check.fail(_SIGN, field, who=who)
    return None, reason


def _count(check: Checks, value, field: str = "pieces", high: int = 99) -> int:
    try:
        n = int(str(value).strip())
    except (TypeError, ValueError):
        n = -1
    if not 0 <= n <= high:
        check.fail(QT_TRANSLATE_NOOP("Errors", "Please enter a whole number from {lo} to {hi}."), field, lo=0, hi=high)
    return n


def _move_set(s, ks: KeySet, expected: str, values: dict, field: str | None = "state") -> None:
    """The set's compare-and-set: still in the state read, at the version read."""
    change_state(s, KeySet, ks.id, {"state": expected, "version": ks.version}, {**values, "version": ks.version + 1},
                 message=ELSEWHERE, field=field, tag=ks.tag)
    s.refresh(ks)


def _what(ks: KeySet, code: str | None) -> str:
    """What a set opens, as the desk says it: 3-1-1201 整改钥匙, 3栋水泵房."""
    return f"{code} {KINDS[ks.kind]}" if code else ks.place


# ---- what the desk reads ---------------------------------------------------------------------
@dataclass(frozen=True)
class SetView:
    id: int
    tag: str
    kind: str
    room_id: int | None
    room: str          # the room's code, or ""
    place: str
    hook: str
    pieces: int
    state: str
    notes: str
    collectors: tuple
    emergency: bool
    receipt: str
    holder: str = ""   # a loan's borrower (kind, name, phone masked)
    since: datetime | None = None
    expected_back: datetime | None = None
    slip: str = ""
    work_order: str = ""

    @property
    def what(self) -> str:
        return f"{self.room} {KINDS[self.kind]}" if self.room else self.place

    @property
    def state_text(self) -> str:
        return STATES[self.state]

    def overdue(self, at: datetime | None = None) -> bool:
        return self.state == "out" and self.expected_back is not None and self.expected_back < (at or now())


@dataclass(frozen=True)
class MoveView:
    id: int
    number: str | None
    action: str
    at: datetime
    person_kind: str
    person: str
    phone: str
    id_number: str
    purpose: str
    work_order: str
    expected_back: datetime | None
    pieces: int
    missing: int
    note: str
    approver: str
    signature: bytes | None
    unsigned: str
    operator: str
    returned_at: datetime | None = None  # a loan: when it came back
    return_signature: bytes | None = None
    return_unsigned: str = ""
    return_pieces: int | None = None

    @property
    def action_text(self) -> str:
        return ACTIONS[self.action]

    @property
    def signed_text(self) -> str:
        return "已签名" if self.signature else (f"未签：{self.unsigned}" if self.unsigned else "")


@dataclass(frozen=True)
class Paper:
    """What a paper of this task prints: the set, the movement (a receipt or a slip) or the count."""
    number: str
    kind: str        # RECEIPT / SLIP / COUNT
    key: SetView | None
    move: MoveView | None
    owner: str = ""  # the room's owner (a receipt)
    count: dict | None = None

    @property
    def title(self) -> str:
        return PAPERS[self.kind]


def _view(ks: KeySet, code: str | None, loan: KeyMove | None = None) -> SetView:
    return SetView(ks.id, ks.tag, ks.kind, ks.room_id, code or "", ks.place, ks.hook, ks.pieces, ks.state, ks.notes,
                   tuple(json.loads(ks.collectors or "[]")), ks.emergency, ks.receipt,
                   holder=(f"{loan.person_kind} {loan.person}" if loan else ""), since=loan.at if loan else None,
                   expected_back=loan.expected_back if loan else None, slip=(loan.number or "") if loan else "",
                   work_order=loan.work_order if loan else "")


def _move_view(m: KeyMove, back: KeyMove | None = None) -> MoveView:
    return MoveView(m.id, m.number, m.action, m.at, m.person_kind, m.person, m.phone, m.id_number, m.purpose,
                    m.work_order, m.expected_back, m.pieces, m.missing, m.note, m.approver, m.signature, m.unsigned,
                    m.operator_name, returned_at=back.at if back else None,
                    return_signature=back.signature if back else None, return_unsigned=back.unsigned if back else "",
                    return_pieces=back.pieces if back else None)


def _views(s, sets) -> list[SetView]:
    sets = list(sets)
    codes = dict(s.execute(select(Room.id, Room.code).where(Room.id.in_({k.room_id for k in sets if k.room_id}))).all()) \
        if any(k.room_id for k in sets) else {}
    loans = {m.id: m for m in s.scalars(select(KeyMove).where(KeyMove.id.in_({k.loan_id for k in sets if k.loan_id})))} \
        if any(k.loan_id for k in sets) else {}
    return [_view(k, codes.get(k.room_id), loans.get(k.loan_id)) for k in sets]


class KeyService:
    rules, set_rules = rules_.RULES.door()  # rules() and set_rules(actor, read, **values)

    def __init__(self, store: Store) -> None:
        self.store = store

    def free_hooks(self) -> list[str]:
        with self.store.read() as s:
            taken = set(s.scalars(select(KeySet.live_hook).where(KeySet.live_hook.is_not(None))))
            return [h for h in rules_.load(s).hooks() if h not in taken]

    # ---- the sets ------------------------------------------------------------------------------
    @staticmethod
    def _hook(s, check: Checks, hook: str, field: str = "hook", own: int | None = None) -> str:
        hook = hook_of(hook)
        rules = rules_.load(s)
        if not hook:
            check.fail(QT_TRANSLATE_NOOP("Errors", "Choose the hook the set hangs on."), field)
        elif rules.position(hook) is None:
            check.fail(QT_TRANSLATE_NOOP("Errors", "The cabinet has no hook {hook} (panels {panels})."), field,
                       hook=hook, panels=rules_.panels_text(rules.panels))
        else:
            taken = s.scalar(select(KeySet.tag).where(KeySet.live_hook == hook, KeySet.id != (own or 0)))
            if taken:
                check.fail(QT_TRANSLATE_NOOP("Errors", "Hook {hook} already holds key {tag}; choose a free hook."),
                           field, hook=hook, tag=taken)
        return hook

    @staticmethod
    def _new_tag(s) -> str:
        last = s.scalar(select(func.max(KeySet.id))) or 0
        return f"K{last + 1:05d}"

    def _new_set(self, s, actor: Actor, **values) -> KeySet:
        ks = KeySet(tag=self._new_tag(s), created_at=now(), created_by=actor.id, state="in",
                    live_hook=values["hook"], **values)
        s.add(ks)
        s.flush()
        return ks

    def register_public(self, actor: Actor, *, place: str, hook: str, pieces, notes: str = "") -> str:
        """A public key set (水泵房, 天台 …) put in the cabinet: its place, hook and count. Returns its tag."""
        check = Checks()
        place = _text(check, place, "place", QT_TRANSLATE_NOOP("Errors", "Write what the key opens (e.g. 3栋水泵房)."))
        pieces = _count(check, pieces)
        if pieces == 0:
            check.fail(QT_TRANSLATE_NOOP("Errors", "A set has at least one key."), "pieces")
        notes = _text(check, notes, "notes")
        with self.store.write() as s:
            hook = self._hook(s, check, hook)
            check.done()
            ks = self._new_set(s, actor, kind="public", place=place, hook=hook, pieces=pieces, notes=notes)
            s.add(KeyMove(set_id=ks.id, action="register", at=now(), pieces=pieces, operator_id=actor.id,
                          operator_name=actor.display_name))
            audit.record(s, actor, "create", "key_set", ks.tag, after={"key_kind": "public", "place": place,
                                                                       "hook": hook, "pieces": pieces})
            return ks.tag

    def keep(self, actor: Actor, room_id: int | None, *, owner: str, pieces, hook: str, kind: str = "rectify",
             contractor: str = "", emergency: bool = False, notes: str = "", signature: bytes | None = None,
             unsigned: str = "", session=None) -> tuple[str, str]:
        """收存: the owner leaves a set of the room's keys after handover — the count, who may collect it
        (the owner, or the contractor the owner names), emergency entry, the owner's signature. Returns
        the set's tag and the 钥匙收条's number. With ``session``, inside another task's transaction (the
        move-in's key handover), committed with it."""
        check = Checks()
        if room_id is None:
            check.fail(QT_TRANSLATE_NOOP("Errors", "Choose the room whose keys are kept."), "room")
        if kind not in ROOM_KINDS:
            check.fail(QT_TRANSLATE_NOOP("Errors", "Choose what kind of room key this is."), "kind")
        owner = _text(check, owner, "owner", limit="person")
        contractor = _text(check, contractor, "contractor", limit="person")
        pieces = _count(check, pieces)
        if pieces == 0:
            check.fail(QT_TRANSLATE_NOOP("Errors", "A set has at least one key."), "pieces")
        notes = _text(check, notes, "notes")
        signature, unsigned = check_signature(check, signature, unsigned, "业主")
        with nullcontext(session) if session is not None else self.store.write() as s:
            hook = self._hook(s, check, hook)
            owners = [n for n, _p in current_owners(s, [room_id]).get(room_id, [])] if room_id is not None else []
            if not owner:
                check.fail(QT_TRANSLATE_NOOP("Errors", "No owner is registered for this room: register the owner "
                                                       "first (登记, F3).") if room_id is not None and not owners else
                           QT_TRANSLATE_NOOP("Errors", "Choose the owner who leaves the keys."), "owner")
            if room_id is not None:
                if s.get(Room, room_id) is None:
                    raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such room."))
                if owner and owner not in owners:
                    check.fail(QT_TRANSLATE_NOOP("Errors", "{name} is not an owner of this room ({owners})."), "owner",
                               name=owner, owners="、".join(owners) or "未登记业主")
            check.done()
            ks = self._new_set(s, actor, kind=kind, room_id=room_id, hook=hook, pieces=pieces, notes=notes,
                               collectors=json.dumps([owner] + ([contractor] if contractor else []), ensure_ascii=False),
                               emergency=bool(emergency))
            number = next_number(s, RECEIPT)
            ks.receipt = number
            s.add(KeyMove(set_id=ks.id, action="keep", number=number, at=now(), person_kind="业主", person=owner,
                          pieces=pieces, note=("可由施工方 " + contractor + " 领取" if contractor else ""),
                          signature=signature, unsigned=unsigned, operator_id=actor.id,
                          operator_name=actor.display_name))
            audit.record(s, actor, "create", "key_set", ks.tag, after={
                "key_kind": kind, "room_id": room_id, "hook": hook, "pieces": pieces, "person": owner,
                "collectors": "、".join([owner] + ([contractor] if contractor else [])), "emergency": bool(emergency),
                "paper": number, "signed": "是" if signature else f"否（{unsigned}）"})
            return ks.tag, number

    def kept_under(self, receipt: str) -> SetView:
        """The set a 钥匙收条 kept (scanned or typed at collection)."""
        number = (receipt or "").strip().upper()
        with self.store.read() as s:
            ks = s.scalar(select(KeySet).where(KeySet.receipt == number)) if number else None
            if ks is None:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "No key was kept under receipt {number}; check "
                                                                  "the number on the owner's 钥匙收条."), "receipt",
                                      number=number or "—")
            return _views(s, [ks])[0]

    def collect(self, actor: Actor, receipt: str, *, person: str, pieces, note: str = "",
                signature: bytes | None = None, unsigned: str = "") -> None:
        """领取: the owner or the contractor the owner named takes the set back on its 钥匙收条; the count
        is checked (a short count is written down); signed. The set leaves the desk's custody."""
        check = Checks()
        person = _text(check, person, "person", QT_TRANSLATE_NOOP("Errors", "Write who collects the keys."))
        n = _count(check, pieces)
        note = _text(check, note, "note")
        signature, unsigned = check_signature(check, signature, unsigned, "领取人")
        number = (receipt or "").strip().upper()
        with self.store.write() as s:
            ks = s.scalar(select(KeySet).where(KeySet.receipt == number)) if number else None
            if ks is None:
                check.fail(QT_TRANSLATE_NOOP("Errors", "No key was kept under receipt {number}; check the number "
                                                       "on the owner's 钥匙收条."), "receipt", number=number or "—")
            else:
                if ks.state != "in":
                    check.fail(QT_TRANSLATE_NOOP("Errors", "Key {tag} is {state}; it can be collected only from "
                                                           "the cabinet."), "receipt", tag=ks.tag,
                               state=STATES[ks.state])
                allowed = json.loads(ks.collectors or "[]")
                if person and person not in allowed:
                    check.fail(QT_TRANSLATE_NOOP("Errors", "The owner named only {names} to collect these keys."),
                               "person", names="、".join(allowed))
                if n >= 0 and n != ks.pieces and not note:
                    check.fail(QT_TRANSLATE_NOOP("Errors", "{n} keys were kept, {m} counted: write what is missing "
                                                           "or why."), "note", n=ks.pieces, m=n)
            check.done()
            _move_set(s, ks, "in", {"state": "collected", "live_hook": None}, "receipt")
            s.add(KeyMove(set_id=ks.id, action="collect", at=now(), person=person, pieces=n,
                          missing=max(ks.pieces - n, 0), note=note, signature=signature, unsigned=unsigned,
                          operator_id=actor.id, operator_name=actor.display_name))
            audit.record(s, actor, "update", "key_set", ks.tag, {"key_state": "in"}, {
                "key_state": "collected", "person": person, "pieces": n, "paper": number,
                "signed": "是" if signature else f"否（{unsigned}）"})

    def lend(self, actor: Actor, set_id: int, *, person_kind: str, person: str, phone: str = "",
             id_number: str = "", purpose: str, work_order: str = "", expected_back: datetime | None = None,
             approver: str = "", approver_password: str = "", signature: bytes | None = None,
             unsigned: str = "") -> str:
        """借出: to sales staff, the room's owner or company staff at once; to anyone else only with a
        supervisor's approval (the actor, or a supervisor who types user name and password here).
        Returns the 钥匙借用单's number."""
        check = Checks()
        if person_kind not in BORROWERS:
            check.fail(QT_TRANSLATE_NOOP("Errors", "Choose who borrows the keys."), "person_kind")
        person = _text(check, person, "person", QT_TRANSLATE_NOOP("Errors", "Write the borrower's name."))
        phone = "" if not (phone or "").strip() and person_kind in ("业主", "公司员工") else \
            check(normalize_phone, phone, "phone") or ""  # the owner's is registered, staff are known
        id_text = (id_number or "").strip()
        if id_text:
            parsed = check(parse_resident_id, id_text, "id_number")
            id_number = parsed.number if parsed else ""
        elif person_kind in ("施工方", "其他"):
            check.fail(QT_TRANSLATE_NOOP("Errors", "Enter the borrower's ID number (a contractor or visitor)."),
                       "id_number")
        purpose = _text(check, purpose, "purpose", QT_TRANSLATE_NOOP("Errors", "Write what the keys are for."))
        at = now()
        if expected_back is None:
            check.fail(QT_TRANSLATE_NOOP("Errors", "Enter when the keys are expected back."), "expected_back")
        elif expected_back <= at:
            check.fail(QT_TRANSLATE_NOOP("Errors", "The keys cannot be due back before they go out ({at})."),
                       "expected_back", at=f"{at:%Y-%m-%d %H:%M}")
        signature, unsigned = check_signature(check, signature, unsigned, "借用人")
        with self.store.write() as s:
            ks = s.get(KeySet, set_id)
            if ks is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such key set."))
            if ks.state != "in":
                check.fail(QT_TRANSLATE_NOOP("Errors", "Key {tag} is {state}; only a key in the cabinet can be "
                                                       "lent."), "key", tag=ks.tag, state=STATES[ks.state])
            order = None
            if (work_order or "").strip():
                order = order_facts(s, work_order)
                if order is None:
                    check.fail(QT_TRANSLATE_NOOP("Errors", "There is no work order {number}."), "work_order",
                               number=work_order.strip().upper())
                elif order.closed:
                    check.fail(QT_TRANSLATE_NOOP("Errors", "Work order {number} is {state}; keys go out only for "
                                                           "open work."), "work_order", number=order.number,
                               state=order.state)
            owners = [n for n, _p in current_owners(s, [ks.room_id]).get(ks.room_id, [])] if ks.room_id else []
            if person_kind == "业主" and ks.room_id and person and person not in owners:
                check.fail(QT_TRANSLATE_NOOP("Errors", "{name} is not an owner of {room} ({owners}); lend as 其他 "
                                                       "with a supervisor's approval."), "person", name=person,
                           room=s.get(Room, ks.room_id).code, owners="、".join(owners) or "未登记业主")
            approved_by, approver_name = None, ""
            if person_kind in BORROWERS and needs_approval(person_kind, ks.room_id):
                if actor.is_supervisor and not (approver or "").strip():
                    approved_by, approver_name = actor.id, actor.display_name
                else:
                    op = s.scalar(select(Operator).where(func.lower(Operator.username) ==
                                                         (approver or "").strip().lower())) if approver else None
                    if not (approver or "").strip():
                        check.fail(QT_TRANSLATE_NOOP("Errors", "A loan to {kind} needs a supervisor's approval: the "
                                                               "supervisor types user name and password here."),
                                   "approver", kind=person_kind)
                    elif op is None or not op.active or op.role != "supervisor" or \
                            not verify_password(approver_password or "", op.password_hash):
                        check.fail(QT_TRANSLATE_NOOP("Errors", "Not a supervisor's user name and password."),
                                   "approver_password")
                    else:
                        approved_by, approver_name = op.id, op.display_name
            check.done()
            number = next_number(s, SLIP)
            loan = KeyMove(set_id=ks.id, action="lend", number=number, at=at, person_kind=person_kind, person=person,
                           phone=phone, id_number=id_number, purpose=purpose,
                           work_order_id=order.id if order else None, work_order=order.number if order else "",
                           expected_back=expected_back, pieces=ks.pieces, approved_by=approved_by,
                           approver=approver_name, signature=signature, unsigned=unsigned, operator_id=actor.id,
                           operator_name=actor.display_name)
            s.add(loan)
            s.flush()
            _move_set(s, ks, "in", {"state": "out", "loan_id": loan.id}, "key")
            audit.record(s, actor, "update", "key_set", ks.tag, {"key_state": "in"}, {
                "key_state": "out", "paper": number, "borrower": f"{person_kind} {person}", "phone": mask_phone(phone),
                "id_number": mask_id(id_number) if id_number else "", "purpose": purpose,
                "work_order": order.number if order else "", "expected_back": expected_back,
                "approver": approver_name, "signed": "是" if signature else f"否（{unsigned}）"})
            return number

    def take_back(self, actor: Actor, set_id: int, *, pieces, note: str = "", signature: bytes | None = None,
                  unsigned: str = "") -> int:
        """归还 (消项): the loan closed; the count checked — a short count is not closed silently, it records
        the missing pieces and why (the set hangs on with what came back). Returns the pieces missing."""
        check = Checks()
        n = _count(check, pieces)
        note = _text(check, note, "note")
        signature, unsigned = check_signature(check, signature, unsigned, "归还人")
        with self.store.write() as s:
            ks = s.get(KeySet, set_id)
            if ks is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such key set."))
            if ks.state != "out":
                check.fail(QT_TRANSLATE_NOOP("Errors", "Key {tag} is {state}; only a key lent out can be returned."),
                           "key", tag=ks.tag, state=STATES[ks.state])
            elif n > ks.pieces:
                check.fail(QT_TRANSLATE_NOOP("Errors", "{n} keys went out; more cannot come back."), "pieces",
                           n=ks.pieces)
            elif n == 0:  # nothing came back: the set is gone, not returned
                check.fail(QT_TRANSLATE_NOOP("Errors", "No key came back: if the set is lost, mark it lost (遗失) with "
                                                       "what happened."), "pieces")
            elif 0 < n < ks.pieces and not note:
                check.fail(QT_TRANSLATE_NOOP("Errors", "{n} keys went out, {m} came back: write what is missing and "
                                                       "why."), "note", n=ks.pieces, m=n)
            check.done()
            loan = s.get(KeyMove, ks.loan_id)
            missing = ks.pieces - n
            notes = " ".join(filter(None, (ks.notes, f"归还缺 {missing} 把" if missing else "")))
            _move_set(s, ks, "out", {"state": "in", "loan_id": None, "pieces": n, "notes": notes[:200]}, "key")
            s.add(KeyMove(set_id=ks.id, action="return", at=now(), person_kind=loan.person_kind, person=loan.person,
                          pieces=n, missing=missing, note=note, signature=signature, unsigned=unsigned,
                          closes_id=loan.id, operator_id=actor.id, operator_name=actor.display_name))
            audit.record(s, actor, "update", "key_set", ks.tag, {"key_state": "out"}, {
                "key_state": "in", "paper": loan.number, "pieces": n, "missing": missing, "note": note,
                "signed": "是" if signature else f"否（{unsigned}）"})
            return missing

    def mark(self, actor: Actor, set_id: int, state: str, reason: str) -> None:
        """遗失 (a key in the desk's custody that is gone) or 停用 (retired by a supervisor): with a reason;
        the hook is freed; the set and its history stay."""
        check = Checks()
        reason = _text(check, reason, "reason", QT_TRANSLATE_NOOP("Errors", "Write the reason."))
        if state == "retired":
            require_supervisor(actor)
        elif state != "lost":
            raise ValueError(state)
        with self.store.write() as s:
            ks = s.get(KeySet, set_id)
            if ks is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such key set."))
            if ks.state not in CUSTODY:
                check.fail(QT_TRANSLATE_NOOP("Errors", "Key {tag} is {state} already."), "reason", tag=ks.tag,
                           state=STATES[ks.state])
            check.done()
            was = ks.state
            _move_set(s, ks, was, {"state": state, "live_hook": None, "loan_id": None})
            s.add(KeyMove(set_id=ks.id, action=state, at=now(), note=reason, pieces=ks.pieces, operator_id=actor.id,
                          operator_name=actor.display_name))
            audit.record(s, actor, "update", "key_set", ks.tag, {"key_state": was}, {"key_state": state,
                                                                                      "reason": reason})

    # ---- reading -------------------------------------------------------------------------------
    def key(self, set_id: int) -> SetView:
        with self.store.read() as s:
            ks = s.get(KeySet, set_id)
            if ks is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such key set."))
            return _views(s, [ks])[0]

    def by_tag(self, tag: str) -> SetView | None:
        """The set whose tag a scanner typed (K00012, k00012, with spaces around) or a person typed
        short (k12)."""
        tag = tag_of(tag, bare=False)
        with self.store.read() as s:
            ks = s.scalar(select(KeySet).where(KeySet.tag == tag)) if tag else None
            return _views(s, [ks])[0] if ks is not None else None

    def out_now(self, limit: int = 200) -> list[SetView]:
        """The board: every set lent out now, overdue first (longest overdue first), then by when due."""
        with self.store.read() as s:
            q = (select(KeySet).join(KeyMove, KeyMove.id == KeySet.loan_id).where(KeySet.state == "out")
                 .order_by(KeyMove.expected_back, KeySet.id).limit(limit))
            return _views(s, s.scalars(q))

    def search(self, text: str = "", state: str | None = None, limit: int = 200) -> list[SetView]:
        """Sets by tag (K00007, k7, 7), room (3-1-1201, 3栋1单元1201), place, hook, borrower or the
        contractor an owner named; newest first. ``%`` and ``_`` are letters here, not wildcards."""
        text = (text or "").strip()
        with self.store.read() as s:
            q = select(KeySet)
            if state:
                q = q.where(KeySet.state == state)
            if text:
                like = room_pattern(text)
                found = [KeySet.tag == tag_of(text), KeySet.hook == text.upper(),
                         KeySet.place.contains(text, autoescape=True), KeySet.collectors.contains(text, autoescape=True),
                         KeySet.loan_id.in_(select(KeyMove.id).where(KeyMove.person.contains(text, autoescape=True)))]
                if like:
                    found.append(KeySet.room_id.in_(select(Room.id).where(Room.code.like(like))))
                q = q.where(or_(*found))
            return _views(s, s.scalars(q.order_by(KeySet.id.desc()).limit(limit)))

    def counts(self, at: datetime | None = None) -> dict[str, int]:
        """The board's figures: in the cabinet, lent out, overdue."""
        at = at or now()
        with self.store.read() as s:
            by_state = dict(s.execute(select(KeySet.state, func.count()).where(KeySet.state.in_(CUSTODY))
                                      .group_by(KeySet.state)).all())
            overdue = s.scalar(select(func.count()).select_from(KeySet).join(KeyMove, KeyMove.id == KeySet.loan_id)
                               .where(KeySet.state == "out", KeyMove.expected_back < at))
            return {"in": by_state.get("in", 0), "out": by_state.get("out", 0), "overdue": overdue or 0}

    def cabinet(self) -> tuple[rules_.Rules, dict[str, SetView]]:
        """The cabinet as it hangs: the rules (panels) and the set on each hook the desk holds."""
        with self.store.read() as s:
            rules = rules_.load(s)
            return rules, {v.hook: v for v in _views(s, s.scalars(select(KeySet).where(KeySet.state.in_(CUSTODY))))}

    def history(self, set_id: int) -> list[MoveView]:
        """Every movement of a set, oldest first; a loan carries its return."""
        with self.store.read() as s:
            moves = list(s.scalars(select(KeyMove).where(KeyMove.set_id == set_id).order_by(KeyMove.at, KeyMove.id)))
            backs = {m.closes_id: m for m in moves if m.closes_id}
            return [_move_view(m, backs.get(m.id)) for m in moves]

    def owners_of(self, room_id: int) -> list[str]:
        """The room's current owners' names (who may leave its keys)."""
        with self.store.read() as s:
            return [n for n, _p in current_owners(s, [room_id]).get(room_id, [])]

    def renovation_beside(self, room_id: int | None) -> str:
        """The room's renovation under way, as the 证件 task tells it (shown when its keys are collected)."""
        if room_id is None:
            return ""
        from frontdesk.passes.service import PassService
        reno = PassService(self.store).live_renovation(room_id)
        return f"{reno.number} {reno.state_text} {reno.start:%Y-%m-%d} 至 {reno.end:%Y-%m-%d} {reno.contractor}" \
            if reno else ""

    def loans_for_order(self, order_id: int) -> list[OrderLoan]:
        """The keys lent for a work order (what the order shows), returned or not."""
        with self.store.read() as s:
            return loans_for_order(s, order_id)

    # ---- shift handover --------------------------------------------------------------------------
    def expected(self) -> list[SetView]:
        """What the ledger says hangs in the cabinet, hook by hook (the handover count's list)."""
        with self.store.read() as s:
            rules = rules_.load(s)
            order = {h: i for i, h in enumerate(rules.hooks())}
            views = _views(s, s.scalars(select(KeySet).where(KeySet.state == "in")))
            return sorted(views, key=lambda v: (order.get(v.hook, len(order)), v.hook))

    def handover(self, actor: Actor, *, incoming: str, incoming_password: str, missing: dict[str, str],
                 extra: dict[str, str] | None = None, signature: bytes | None = None,
                 incoming_signature: bytes | None = None, unsigned: str = "") -> str:
        """交接班盘点: the outgoing receptionist (the actor) and the incoming one (user name and password
        typed here) counted the cabinet; ``missing`` the tags expected and not found, ``extra`` tags found
        that the ledger does not expect in the cabinet — each with its reason. Both sign. Returns the
        count's number."""
        check = Checks()
        extra = extra or {}
        unexplained = [tag for tag, reason in {**missing, **extra}.items() if not (reason or "").strip()]
        if unexplained:  # one line for them all: the list stays in sight above it
            check.fail(QT_TRANSLATE_NOOP("Errors", "Write why each of these keys differs from the ledger: {tags}."),
                       "lines", tags="、".join(unexplained))
        if any(len((reason or "").strip()) > LIMITS["reason"] for reason in {**missing, **extra}.values()):
            check.fail(_TOO_LONG, "lines", n=LIMITS["reason"])
        out_sig, out_why = check_signature(check, signature, unsigned, "交班人")
        in_sig, in_why = check_signature(check, incoming_signature, unsigned, "接班人", "incoming_signature")
        with self.store.write() as s:
            op = s.scalar(select(Operator).where(func.lower(Operator.username) == (incoming or "").strip().lower())) \
                if (incoming or "").strip() else None
            if not (incoming or "").strip():
                check.fail(QT_TRANSLATE_NOOP("Errors", "The incoming receptionist types user name and password."),
                           "incoming")
            elif op is None or not op.active or not verify_password(incoming_password or "", op.password_hash):
                check.fail(QT_TRANSLATE_NOOP("Errors", "Wrong user name or password."), "incoming_password")
            elif op.id == actor.id:
                check.fail(QT_TRANSLATE_NOOP("Errors", "The incoming receptionist is someone else."), "incoming")
            sets = {k.tag: k for k in s.scalars(select(KeySet).where(KeySet.tag.in_(set(missing) | set(extra))))} \
                if (missing or extra) else {}
            for tag in missing:
                if tag not in sets or sets[tag].state != "in":
                    check.fail(QT_TRANSLATE_NOOP("Errors", "Key {tag} is not expected in the cabinet."), "lines",
                               tag=tag)
            for tag in extra:
                if tag in sets and sets[tag].state == "in":
                    check.fail(QT_TRANSLATE_NOOP("Errors", "Key {tag} is expected in the cabinet already."), "lines",
                               tag=tag)
            check.done()
            expected = s.scalar(select(func.count()).select_from(KeySet).where(KeySet.state == "in")) or 0
            codes = dict(s.execute(select(Room.id, Room.code).where(Room.id.in_(
                {k.room_id for k in sets.values() if k.room_id}))).all()) if sets else {}
            lines = [{"tag": t, "hook": sets[t].hook, "what": _what(sets[t], codes.get(sets[t].room_id)),
                      "diff": "缺少", "reason": r.strip()} for t, r in sorted(missing.items())]
            lines += [{"tag": t, "hook": sets[t].hook if t in sets else "",
                       "what": _what(sets[t], codes.get(sets[t].room_id)) if t in sets else "账外钥匙",
                       "diff": "多出", "reason": r.strip()} for t, r in sorted(extra.items())]
            number = next_number(s, COUNT)
            s.add(KeyCount(number=number, at=now(), outgoing_id=actor.id, outgoing=actor.display_name,
                           incoming_id=op.id, incoming=op.display_name, expected=expected,
                           found=expected - len(missing) + len(extra), lines=json.dumps(lines, ensure_ascii=False),
                           outgoing_signature=out_sig, incoming_signature=in_sig,
                           unsigned=out_why or in_why))
            audit.record(s, actor, "create", "key_count", number, after={
                "incoming": op.display_name, "expected": expected, "found": expected - len(missing) + len(extra),
                "differences": "；".join(f"{x['tag']} {x['diff']}：{x['reason']}" for x in lines)})
            return number

    # ---- papers ----------------------------------------------------------------------------------
    def _paper(self, s, number: str) -> tuple[object, Paper]:
        number = (number or "").strip().upper()
        if number.startswith(COUNT):
            row = s.scalar(select(KeyCount).where(KeyCount.number == number))
            if row is not None:
                count = {c: getattr(row, c) for c in ("number", "at", "outgoing", "incoming", "expected", "found",
                                                      "outgoing_signature", "incoming_signature", "unsigned")}
                count["lines"] = json.loads(row.lines)
                return row, Paper(number, COUNT, None, None, count=count)
        else:
            move = s.scalar(select(KeyMove).where(KeyMove.number == number)) if number else None
            if move is not None:
                ks = s.get(KeySet, move.set_id)
                back = s.scalar(select(KeyMove).where(KeyMove.closes_id == move.id))
                owner = ""
                if ks.room_id:
                    owner = "、".join(n for n, _p in current_owners(s, [ks.room_id]).get(ks.room_id, []))
                return move, Paper(number, RECEIPT if move.action == "keep" else SLIP, _views(s, [ks])[0],
                                   _move_view(move, back), owner=owner)
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No key receipt, lend slip or count has the number {number}."),
                       number=number or "—")

    def paper(self, number: str) -> Paper:
        with self.store.read() as s:
            return self._paper(s, number)[1]

    def printed(self, actor: Actor, number: str, deliver=None) -> tuple[Paper, bool]:
        """Count a paper's print (the first the original, every later one a 副本, audited). ``deliver(paper,
        copy)`` writes the file inside the transaction: a paper not written is not counted."""
        with self.store.write() as s:
            row, paper = self._paper(s, number)
            copy = row.prints > 0
            change_state(s, type(row), row.id, {"prints": row.prints}, {"prints": row.prints + 1})
            audit.record(s, actor, "print", "key_paper", paper.number, after={"copy": copy})
            if deliver is not None:
                deliver(paper, copy)
            return paper, copy

    def papers_of(self, set_id: int) -> list[str]:
        """The numbers of a set's papers (its 收条 and its loans' 借用单), newest first."""
        with self.store.read() as s:
            return list(s.scalars(select(KeyMove.number).where(KeyMove.set_id == set_id, KeyMove.number.is_not(None))
                                  .order_by(KeyMove.id.desc())))

    def counts_made(self, limit: int = 50) -> list[tuple[str, datetime, str, str, int, int]]:
        with self.store.read() as s:
            return [tuple(r) for r in s.execute(select(KeyCount.number, KeyCount.at, KeyCount.outgoing,
                                                       KeyCount.incoming, KeyCount.expected, KeyCount.found)
                                                .order_by(KeyCount.id.desc()).limit(limit))]

    def month(self, date_from: date, date_to: date) -> KeysMonth:
        """A month for the monthly report: each set's state at the month's end read from its movements
        (the last before the end), by kind — held (in the cabinet or lent), lent out, overdue (lent and
        due back before the end) — with the loans, returns and losses in the month; the sets overdue at
        the end and the handover counts in the month that found a difference (a set missing or one
        over, each with its reason)."""
        start, end = datetime.combine(date_from, datetime.min.time()), datetime.combine(date_to + timedelta(days=1),
                                                                                      datetime.min.time())
        with self.store.read() as s:
            kinds = dict(s.execute(select(KeySet.id, KeySet.kind)).all())
            last = select(func.max(KeyMove.id)).where(KeyMove.at < end).group_by(KeyMove.set_id)  # ids run in time
            ends = s.execute(select(KeyMove.set_id, KeyMove.action, KeyMove.expected_back, KeyMove.person_kind,
                                    KeyMove.person, KeyMove.number).where(KeyMove.id.in_(last))).all()
            done = s.execute(select(KeyMove.set_id, KeyMove.action).where(
                KeyMove.at >= start, KeyMove.at < end, KeyMove.action.in_(("lend", "return", "lost")))).all()
            late_ids = [e.set_id for e in ends if e.action == "lend" and e.expected_back < end]
            what = {v.id: (v.tag, v.what) for v in _views(s, s.scalars(select(KeySet).where(
                KeySet.id.in_(late_ids))))} if late_ids else {}
            counts = [c for c in s.scalars(select(KeyCount).where(KeyCount.at >= start, KeyCount.at < end)
                                           .order_by(KeyCount.at, KeyCount.id)) if json.loads(c.lines)]
        rows = {kind: dict.fromkeys(KeysMonth.COUNTS, 0) for kind in KINDS}
        for sid, action in done:
            rows[kinds[sid]][{"lend": "lent", "return": "returned", "lost": "lost"}[action]] += 1
        overdue = []
        for e in ends:  # each set's last movement before the end: the state it left the set in
            st, row = MOVED_TO.get(e.action), rows[kinds[e.set_id]]
            row["held"] += st in CUSTODY
            row["out"] += st == "out"
            if e.set_id in what:
                row["overdue"] += 1
                tag, text = what[e.set_id]
                overdue.append((tag, e.expected_back.date(), f"{text} {e.person_kind} {e.person} {e.number}"))
        differences = [(c.number, c.at.date(), f"{c.outgoing} → {c.incoming} {c.expected} → {c.found}：" + "；".join(
            f"{x['tag']} {x['diff']} {x['reason']}" for x in json.loads(c.lines))) for c in counts]
        return KeysMonth([(KINDS[k], *r.values()) for k, r in rows.items()], sorted(overdue, key=lambda o: o[1]),
                         differences)

    # ---- the register ----------------------------------------------------------------------------
    def register_rows(self, date_from: date, date_to: date) -> tuple[list[list], list[list]]:
        """Sheet 1: every set with its state, hook and current holder; sheet 2: the movements in the days,
        each with who signed or why not and the approver (IDs and phones masked)."""
        start, end = datetime.combine(date_from, datetime.min.time()), datetime.combine(date_to + timedelta(days=1),
                                                                                      datetime.min.time())
        with self.store.read() as s:
            sets = _views(s, s.scalars(select(KeySet).order_by(KeySet.tag)))
            rows1 = [[v.tag, KINDS[v.kind], v.room or "", v.place, v.hook, v.pieces, v.state_text, v.holder,
                      v.since, v.expected_back, "是" if v.overdue() else "", v.receipt, v.notes] for v in sets]
            tags = {v.id: (v.tag, v.what) for v in sets}
            moves = s.scalars(select(KeyMove).where(KeyMove.at >= start, KeyMove.at < end)
                              .order_by(KeyMove.at, KeyMove.id))
            rows2 = [[m.at, tags[m.set_id][0], tags[m.set_id][1], ACTIONS[m.action], m.number or "", m.person_kind,
                      m.person, mask_phone(m.phone) if m.phone else "", mask_id(m.id_number) if m.id_number else "",
                      m.purpose, m.work_order, m.expected_back, m.pieces, m.missing or "",
                      "已签名" if m.signature else "", m.unsigned, m.approver, m.note, m.operator_name] for m in moves]
            return rows1, rows2


MOVED_TO = {"register": "in", "keep": "in", "return": "in", "found": "in", "lend": "out", "collect": "collected",
            "lost": "lost", "retired": "retired", "retire": "retired"}  # the state a movement leaves a set in


@dataclass(frozen=True)
class KeysMonth:
    """``KeyService.month``: per kind (the desk's word) the counts ``COUNTS``; the sets overdue at the end
    and the handover counts with a difference, each (tag or number, day, detail)."""
    COUNTS = ("held", "out", "overdue", "lent", "returned", "lost")
    kinds: list[tuple]
    overdue: list[tuple]
    differences: list[tuple]


@dataclass(frozen=True)
class OrderLoan:
    """A key lent for a work order, as the order's detail shows it."""

    tag: str
    where: str  # the room's code and the set's kind, or the public key's place
    at: datetime
    person: str
    returned: bool
    late: bool  # not back and past its time, or back after it


def loans_for_order(s, order_id: int) -> list[OrderLoan]:
    """A work order's key loans, for the order's detail (read by the work-order task)."""
    rows = s.execute(select(KeyMove, KeySet.tag, KeySet.place, KeySet.kind, Room.code)
                     .join(KeySet, KeySet.id == KeyMove.set_id).outerjoin(Room, Room.id == KeySet.room_id)
                     .where(KeyMove.work_order_id == order_id, KeyMove.action == "lend").order_by(KeyMove.id)).all()
    back = dict(s.execute(select(KeyMove.closes_id, KeyMove.at).where(
        KeyMove.closes_id.in_([m.id for m, *_ in rows]))).all()) if rows else {}
    return [OrderLoan(tag, f"{code} {KINDS[kind]}" if code else place, m.at, m.person, m.id in back,
                      m.expected_back is not None and back.get(m.id, now()) > m.expected_back)
            for m, tag, place, kind, code in rows]


def room_keys_section(s, room_id: int):
    """The room's key sets and where they are, for the room card (an overdue loan is a warning)."""
    sets = list(s.scalars(select(KeySet).where(KeySet.room_id == room_id).order_by(KeySet.id)))
    if not sets:
        return None
    views = _views(s, sets)
    lines = []
    for v in views:
        values = {"tag": v.tag, "kind": KINDS[v.kind], "n": v.pieces, "hook": v.hook, "holder": v.holder,
                  "state": v.state_text, "due": f"{v.expected_back:%m-%d %H:%M}" if v.expected_back else "",
                  "late": " ⚠" if v.overdue() else ""}
        if v.state == "in":
            lines.append((QT_TRANSLATE_NOOP("RoomCard", "{tag} {kind}, {n} keys: in the cabinet, hook {hook}"), values))
        elif v.state == "out" and v.expected_back:
            lines.append((QT_TRANSLATE_NOOP("RoomCard", "{tag} {kind}, {n} keys: lent to {holder}, due back {due}{late}"),
                          values))
        else:
            lines.append((QT_TRANSLATE_NOOP("RoomCard", "{tag} {kind}, {n} keys: {state}"), values))
    return CardSection(QT_TRANSLATE_NOOP("RoomCard", "Keys"), lines, warning=any(v.overdue() for v in views))


audit.label_fields({
    "key_kind": QT_TRANSLATE_NOOP("AuditFields", "kind of key"),
    "key_state": QT_TRANSLATE_NOOP("AuditFields", "where the key is"),
    "hook": QT_TRANSLATE_NOOP("AuditFields", "hook"),
    "pieces": QT_TRANSLATE_NOOP("AuditFields", "keys counted"),
    "person": QT_TRANSLATE_NOOP("AuditFields", "person"),
    "collectors": QT_TRANSLATE_NOOP("AuditFields", "may collect"),
    "emergency": QT_TRANSLATE_NOOP("AuditFields", "emergency entry allowed"),
    "paper": QT_TRANSLATE_NOOP("AuditFields", "paper"),
    "signed": QT_TRANSLATE_NOOP("AuditFields", "signed"),
    "borrower": QT_TRANSLATE_NOOP("AuditFields", "borrower"),
    "purpose": QT_TRANSLATE_NOOP("AuditFields", "purpose"),
    "expected_back": QT_TRANSLATE_NOOP("AuditFields", "expected back"),
    "approver": QT_TRANSLATE_NOOP("AuditFields", "approved by"),
    "missing": QT_TRANSLATE_NOOP("AuditFields", "keys missing"),
    "incoming": QT_TRANSLATE_NOOP("AuditFields", "incoming receptionist"),
    "expected": QT_TRANSLATE_NOOP("AuditFields", "expected in the cabinet"),
    "found": QT_TRANSLATE_NOOP("AuditFields", "found"),
    "differences": QT_TRANSLATE_NOOP("AuditFields", "differences"),
})
audit.label_fields({key: label for key, label in rules_.LABELS.items()})
audit.label_entities({"key_set": QT_TRANSLATE_NOOP("Audit", "Key set"),
                      "key_paper": QT_TRANSLATE_NOOP("Audit", "Key paper"),
                      "key_count": QT_TRANSLATE_NOOP("Audit", "Key count at handover"),
                      "key_rule": QT_TRANSLATE_NOOP("Audit", "Key cabinet rules")})
audit.record_names("key_rule", lambda _s, entity_id, translate: translate(
    "AuditValues", QT_TRANSLATE_NOOP("AuditValues", "Key cabinet rules")) if entity_id == "rules" else None)
audit.label_values("key_kind", KINDS)
audit.label_values("key_state", STATES)
