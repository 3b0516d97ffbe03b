"""Registration (登记): buildings and rooms, owners and residents, vehicles, one search box, the
room card. Plain Python, no Qt; every change is audited; nothing is deleted.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from frontdesk.core import audit
from frontdesk.core.audit import Actor
from frontdesk.core.db import Store
from frontdesk.core.errors import QT_TRANSLATE_NOOP, Checks, NotFound, ValidationError
from frontdesk.core.guard import change_state
from frontdesk.core.listing import Column, Listing, ListQuery
from frontdesk.core.money import to_money
from frontdesk.core.models import now
from frontdesk.core.people import mask_id, mask_phone, normalize_phone, parse_resident_id, search_keys
from frontdesk.registration.models import (ID_TYPES, RELATIONS, ROOM_STATES, ROOM_USES, Building, Custody,
                                           Occupancy, Person, Room, Vehicle)
from frontdesk.registration.rooms import parse_room, room_code, room_label, room_order  # noqa: F401

# The shared base: other tasks read rooms and people only through this module — its services and,
# for their own queries (a bill's room, a work order's building), these tables and helpers.
SHARED = (Building, Room, Person, Occupancy, Custody, room_code, room_order)

ROOM_FIELDS = ("code", "area", "use", "state")
PERSON_FIELDS = ("name", "id_type", "id_number", "phone", "phone2", "is_company", "emergency_contact",
                 "emergency_phone", "note")
SEARCH_LIMIT = 20
HIGH = "\uffff"  # upper bound for prefix range queries (indexes are used; LIKE would not be)


# ---- validation shared by the forms, the import and the CLI ----------------------------------
def check_area(value, field: str = "area") -> Decimal:
    try:
        area = to_money(value, field)
    except (ValidationError, TypeError):
        area = None
    if area is None or area <= 0 or area > 100000:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The floor area must be a positive number of m², "
                                                          "such as 89.50."), field)
    return area


def check_building_code(code: str, field: str = "building") -> str:
    """A building (楼栋) number as rooms are coded: 1 to 8 letters or digits."""
    code = (code or "").strip().upper()
    if not re.fullmatch(r"[0-9A-Z]{1,8}", code):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A building number has 1 to 8 letters or digits."), field)
    return code


def check_room_part(value: str, field: str) -> str:
    """An entrance (单元) or room (房号) number: 1 to 8 letters or digits."""
    value = (value or "").strip().upper()
    if not re.fullmatch(r"[0-9A-Z]{1,8}", value):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "An entrance or room number has 1 to 8 letters or digits."),
                              field)
    return value


def check_choice(value: str, choices: tuple[str, ...], field: str) -> str:
    value = (value or "").strip()
    if value not in choices:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose one of: {choices}."), field,
                              choices="、".join(choices))
    return value


def check_id(id_type: str, number: str, field: str = "id_number") -> str:
    """Validate an ID document number by its type; returns it normalized (may be empty)."""
    number = (number or "").strip().upper().replace(" ", "")
    if not number:
        return ""
    if id_type == "居民身份证":
        return parse_resident_id(number, field).number
    if id_type == "统一社会信用代码":
        from stdnum.cn import uscc
        if not uscc.is_valid(number):
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This unified social credit code is not valid "
                                                              "(18 characters with a check character)."), field)
        return number
    if not re.fullmatch(r"[A-Z0-9\-]{5,32}", number):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A document number has 5 to 32 letters or digits."),
                              field)
    return number


def check_name(name: str, field: str = "name") -> str:
    name = (name or "").strip()
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Please enter the name."), field)
    if len(name) > 64:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The name is too long (at most 64 characters)."), field)
    return name


def optional_phone(value: str, field: str) -> str:
    return normalize_phone(value, field) if (value or "").strip() else ""


def normalize_plate(plate: str, field: str = "plate") -> str:
    plate = re.sub(r"[\s·•\-]", "", (plate or "")).upper()
    if not re.fullmatch(r"[\u4e00-\u9fff][A-Z][A-Z0-9]{5,6}", plate):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A plate is a province character, a letter and 5 or 6 "
                                                          "letters or digits, such as 浙A12345."), field)
    return plate


# ---- the bulk pattern (批量建房) --------------------------------------------------------------
@dataclass(frozen=True)
class RoomPlan:
    entrance: str
    number: str
    floor: int
    area: Decimal


def plan_building(entrances: int, floors: int, per_floor: int, areas: list, first_floor: int = 1) -> list[RoomPlan]:
    """Rooms of a building from its pattern: entrances × floors × rooms per floor, numbered like
    ``1201`` (floor 12, position 01); ``areas[i]`` is the area of position i+1 on every floor."""
    for value, field_, lo, hi in ((entrances, "entrances", 1, 20), (floors, "floors", 1, 120),
                                  (per_floor, "per_floor", 1, 30)):
        if not isinstance(value, int) or not lo <= value <= hi:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Please enter a whole number from {lo} to {hi}."),
                                  field_, lo=lo, hi=hi)
    if len(areas) != per_floor:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Enter one area for each room position on a floor."),
                              "areas")
    areas = [check_area(a, "areas") for a in areas]
    return [RoomPlan(str(e), f"{fl}{pos:02d}", fl, areas[pos - 1])
            for e in range(1, entrances + 1) for fl in range(first_floor, first_floor + floors)
            for pos in range(1, per_floor + 1)]


# ---- what the search box and the card show ---------------------------------------------------
@dataclass(frozen=True)
class Hit:
    """A search result: ``room_id`` is what Enter opens."""

    kind: str  # room or person
    room_id: int | None
    room_code: str
    label: str
    detail: str = ""
    person_id: int | None = None


@dataclass(frozen=True)
class Occupant:
    person_id: int
    occupancy_id: int
    name: str
    relation: str
    is_company: bool
    id_type: str
    id_masked: str
    phone_masked: str
    since: date | None
    until: date | None
    vehicles: tuple[str, ...] = ()


@dataclass
class CardSection:
    """A block of the room card that another task contributes (fees due, work orders, keys, passes)."""

    title: str
    lines: list[str]
    warning: bool = False


@dataclass
class RoomCard:
    room_id: int
    code: str
    label: str
    building: str
    entrance: str
    number: str
    floor: int
    area: Decimal
    use: str
    state: str
    occupants: list[Occupant]
    past_occupants: list[Occupant]
    custody: dict | None
    sections: list[CardSection] = field(default_factory=list)


# Other tasks add what they know about a room: fn(session, room_id) -> CardSection | None
CARD_SECTIONS: list[Callable[[Session, int], CardSection | None]] = []


def room_pattern(text: str) -> str | None:
    """A room as the desk types it → a LIKE pattern over room codes, for another task's lists:
    1-1-102, 1栋1单元102, 1栋102, 1单元102, or the number alone (302, 1201); None if it is no room."""
    text = (text or "").strip()
    ref = parse_room(text)
    if ref:
        return f"{ref.building}-{ref.entrance or '%'}-{ref.number or ''}%"
    m = re.fullmatch(r"(\d{1,3})单元(\d{3,4})", text)
    if m:
        return f"%-{m.group(1)}-{m.group(2)}"
    return f"%-%-{text}" if text.isascii() and text.isdigit() and 3 <= len(text) <= 4 else None


def room_text(text: str) -> str:
    """What of the search box's text the room list filters by: a room (3-2-1201, 3栋12) or the
    start of a room number (3 to 4 digits: 12, 120, 1201; a phone's last four are tried as a
    number too); anything else (a name, pinyin initials, a whole phone number) filters nothing."""
    text = (text or "").strip()
    if parse_room(text):
        return text
    return text if text.isascii() and text.isdigit() and len(text) <= 4 else ""


def _prefix(col, text: str):
    return and_(col >= text, col < text + HIGH)


class RegistrationService:
    def __init__(self, store: Store) -> None:
        self.store = store

    # ---- buildings and rooms -----------------------------------------------------------------
    def building_by_code(self, s: Session, code: str) -> Building | None:
        return s.scalar(select(Building).where(Building.code == code))

    def create_building_rooms(self, actor: Actor, building_code: str, plan: list[RoomPlan], use: str = "住宅",
                              state: str = "未交付", building_name: str = "") -> int:
        """Create a building (if new) and the planned rooms in one transaction; refuses if any
        planned room already exists. Returns how many rooms were created."""
        check = Checks()  # every field at once
        code = check(check_building_code, building_code)
        use = check(check_choice, use, ROOM_USES, "use")
        state = check(check_choice, state, ROOM_STATES, "state")
        if not plan:
            check.fail(QT_TRANSLATE_NOOP("Errors", "The pattern makes no rooms."), "entrances")
        check.done()
        with self.store.write() as s:
            b = self.building_by_code(s, code)
            if b is None:
                b = Building(code=code, name=(building_name or f"{code}栋").strip()[:32], created_at=now())
                s.add(b)
                s.flush()
                audit.record(s, actor, "create", "building", b.id, after={"code": b.code, "name": b.name})
            codes = [room_code(code, p.entrance, p.number) for p in plan]
            taken = s.scalars(select(Room.code).where(Room.code.in_(codes))).all()
            if taken:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{n} of these rooms already exist, e.g. {code}. "
                                                                  "Nothing was created."), "building",
                                      n=len(taken), code=taken[0])
            s.execute(Room.__table__.insert(), [
                {"building_id": b.id, "entrance": p.entrance, "number": p.number, "code": c, "floor": p.floor,
                 "area": p.area, "use": use, "state": state, "created_at": now()}
                for p, c in zip(plan, codes)])
            audit.record(s, actor, "create", "building", b.id, after={"rooms": len(plan)},
                         summary=f"{b.name}，{len(plan)} 间房屋")
        return len(plan)

    def update_room(self, actor: Actor, room_id: int, *, area=None, use=None, state=None) -> None:
        with self.store.write() as s:
            room = self._room(s, room_id)
            before = audit.snapshot(room, ROOM_FIELDS)
            if area is not None:
                room.area = check_area(area)
            if use is not None:
                room.use = check_choice(use, ROOM_USES, "use")
            if state is not None:
                change_state(s, Room, room.id, {"state": room.state},
                             {"state": check_choice(state, ROOM_STATES, "state")}, field="state")
            audit.record(s, actor, "update", "room", room.id, before, audit.snapshot(room, ROOM_FIELDS),
                         summary=room.code)

    def _room(self, s: Session, room_id: int) -> Room:
        room = s.get(Room, room_id)
        if room is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such room."))
        return room

    def room_search(self, text: str) -> list[tuple[str, int, str, str]]:
        """The shared search box's results: rooms and people together, each pointing at a room —
        (kind, room id, label, detail)."""
        return [(h.kind, h.room_id, h.room_code if h.kind == "room" else f"{h.room_code}  {h.label}", h.detail)
                for h in self.search(text) if h.room_id is not None]

    def occupancy_month(self, first: date, last: date) -> list[list]:
        """Per building, for the month ``first``…``last``: [building, rooms delivered at the month's
        end (built by then, not 未交付), rooms occupied at its end (a room whose state was 已入住 or 出租 on its last
        day, with an owner, a family member or a tenant living there then — an owner of record of a
        vacant room is not), rooms moved into in the month (occupied at its end, their first owner or
        family member's move-in date in it)], in building order. A room's state on a past day is its
        state now, taken back through the changes its audit rows recorded since."""
        living = ("业主", "家属", "租户")
        with self.store.read() as s:
            end = datetime.combine(last + timedelta(days=1), datetime.min.time())
            rooms = s.execute(select(Room.id, Room.state, Building.code).join(Building, Building.id == Room.building_id)
                              .where(Room.created_at < end)).all()
            then = _states_then(s, end)
            lived = set(s.scalars(select(Occupancy.room_id).where(
                Occupancy.relation.in_(living), or_(Occupancy.since.is_(None), Occupancy.since <= last),
                or_(Occupancy.until.is_(None), Occupancy.until > last))))
            first_in = dict(s.execute(select(Occupancy.room_id, func.min(Occupancy.since)).where(
                Occupancy.relation.in_(("业主", "家属"))).group_by(Occupancy.room_id)).all())
        out: dict[str, list] = {}
        for rid, state, building in rooms:
            state = then.get(rid, state)
            occupied = state in LIVED_IN and rid in lived
            row = out.setdefault(building, [building, 0, 0, 0])
            row[1] += state != "未交付"
            row[2] += occupied
            row[3] += occupied and first_in.get(rid) is not None and first <= first_in[rid] <= last
        return [out[b] for b in sorted(out, key=lambda b: (len(b), b))]

    def room_ids(self, delivered: bool = False) -> list[int]:
        """Every room's id in creation order (``delivered``: only rooms handed over, not 未交付)."""
        with self.store.read() as s:
            q = select(Room.id).order_by(Room.id)
            return list(s.scalars(q.where(Room.state != "未交付") if delivered else q))

    def buildings(self) -> list[tuple[str, str]]:
        with self.store.read() as s:
            return [tuple(r) for r in s.execute(select(Building.code, Building.name).order_by(Building.id))]

    def rooms_query(self, building: str | None = None, state: str | None = None, text: str = "") -> ListQuery:
        """The room list, by building and state, and by what is typed in the search box when it is a
        room (3-2-12…, 3栋1201) or a room number (1201): the list follows the box; a name, pinyin
        initials or a phone's digits leave it whole (``room_text``)."""
        text = room_text(text)
        where = []
        if building:
            where.append(Room.building_id == select(Building.id).where(Building.code == building).scalar_subquery())
        if state:
            where.append(Room.state == state)
        ref = parse_room(text) if text else None
        if ref:
            where.append(_prefix(Room.code, room_code(ref.building, ref.entrance, ref.number or "")
                                 if ref.entrance else f"{ref.building}-"))
            if not ref.entrance and ref.number:
                where.append(_prefix(Room.number, ref.number))
        elif text:
            where.append(_prefix(Room.number, text))
        return ROOM_LISTING.query(where)

    # ---- people ------------------------------------------------------------------------------
    def add_person(self, actor: Actor, room_id: int, *, name: str, relation: str, id_type: str = "居民身份证",
                   id_number: str = "", phone: str = "", phone2: str = "", is_company: bool = False,
                   since: date | None = None, emergency_contact: str = "", emergency_phone: str = "",
                   note: str = "", document: str = "", plate: str = "", parking_space: str = "") -> int:
        """Register an owner, family member, tenant or agent of a room (with an optional vehicle)."""
        check = Checks()  # every field at once
        values = self._clean_person(check, name=name, id_type=id_type, id_number=id_number, phone=phone,
                                    phone2=phone2, is_company=is_company, emergency_contact=emergency_contact,
                                    emergency_phone=emergency_phone, note=note)
        relation = check(check_choice, relation, RELATIONS, "relation")
        if relation == "受托人" and not (document or "").strip():
            check.fail(QT_TRANSLATE_NOOP("Errors", "An agent needs the power of attorney (委托书): note its date or "
                                                   "number."), "document")
        plate = check(normalize_plate, plate) if (plate or "").strip() else ""
        check.done()
        with self.store.write() as s:
            room = self._room(s, room_id)
            person = self._find_same_person(s, values, room.id) or Person(**values, created_at=now())
            if person.id is None:
                s.add(person)
                s.flush()
                audit.record(s, actor, "create", "person", person.id, after=self._person_snapshot(person),
                             summary=person.name)
            elif s.scalar(select(Occupancy.id).where(Occupancy.room_id == room.id, Occupancy.person_id == person.id,
                                                     Occupancy.until.is_(None))):
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{name} is already registered for this room."),
                                      "name", name=person.name)
            occ = Occupancy(room_id=room.id, person_id=person.id, relation=relation, since=since,
                            document=(document or "").strip()[:100])
            s.add(occ)
            s.flush()
            audit.record(s, actor, "create", "room", room.id, after={"occupant": person.name, "relation": relation,
                                                                    "since": since}, summary=room.code)
            if plate:
                s.add(Vehicle(person_id=person.id, room_id=room.id, plate=plate,
                              parking_space=(parking_space or "").strip()[:16], created_at=now()))
                audit.record(s, actor, "create", "person", person.id, after={"plate": plate,
                                                                            "parking_space": parking_space})
            new_state = ("已入住" if relation in ("业主", "家属") and room.state in ("空置", "未交付") else
                         "出租" if relation == "租户" and room.state in ("空置", "已入住") else None)
            if new_state:
                audit.record(s, actor, "update", "room", room.id, {"state": room.state}, {"state": new_state},
                             summary=room.code)
                change_state(s, Room, room.id, {"state": room.state}, {"state": new_state}, field="relation")
            return person.id

    def _clean_person(self, check: Checks | None = None, **v) -> dict:
        """A person's fields cleaned; every fault goes to ``check`` (raised at once without one)."""
        own = check is None
        check = check or Checks()
        id_type = check(check_choice, v["id_type"] or "居民身份证", ID_TYPES, "id_type")
        out = {"name": check(check_name, v["name"]), "id_type": id_type,
               "id_number": check(check_id, id_type, v["id_number"]) if id_type else "",
               "phone": check(optional_phone, v["phone"], "phone"),
               "phone2": check(optional_phone, v["phone2"], "phone2"),
               "is_company": bool(v["is_company"]), "emergency_contact": (v["emergency_contact"] or "").strip()[:64],
               "emergency_phone": check(optional_phone, v["emergency_phone"], "emergency_phone"),
               "note": (v["note"] or "").strip()[:200]}
        if out["is_company"] and out["id_type"] != "统一社会信用代码" and out["id_number"]:
            check.fail(QT_TRANSLATE_NOOP("Errors", "A company is registered with its unified social credit code."),
                       "id_type")
        if own:
            check.done()
        return {**out, **search_keys(out["name"] or "", out["phone"] or "")}

    def _find_same_person(self, s: Session, values: dict, room_id: int) -> Person | None:
        """The same person by ID document; without one, a current occupant of the room by name."""
        if values["id_number"]:
            return s.scalar(select(Person).where(Person.id_type == values["id_type"],
                                                 Person.id_number == values["id_number"]))
        return s.scalar(select(Person).join(Occupancy, Occupancy.person_id == Person.id)
                        .where(Occupancy.room_id == room_id, Occupancy.until.is_(None), Person.name == values["name"]))

    @staticmethod
    def _person_snapshot(p: Person) -> dict:
        snap = audit.snapshot(p, PERSON_FIELDS)
        snap["id_number"] = mask_id(snap["id_number"])  # the audit log never holds a full ID number
        return snap

    def move_out(self, actor: Actor, occupancy_id: int, until: date) -> None:
        """A resident leaves: the tie ends on ``until`` (the record stays)."""
        with self.store.write() as s:
            occ = s.get(Occupancy, occupancy_id)
            if occ is None or occ.until is not None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such current resident."))
            if occ.since and until < occ.since:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The move-out date is before the move-in date."),
                                      "until")
            occ.until = until
            person = s.get(Person, occ.person_id)
            audit.record(s, actor, "update", "room", occ.room_id, {"occupant": person.name, "until": None},
                         {"occupant": person.name, "until": until})

    def reveal_id(self, actor: Actor, person_id: int) -> str:
        """The full ID number, on an operator's explicit request; the request is audited."""
        with self.store.write() as s:
            p = s.get(Person, person_id)
            if p is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such person."))
            audit.record(s, actor, "reveal", "person", p.id, summary=f"{p.name} {p.id_type}")
            return p.id_number

    # ---- one search box ----------------------------------------------------------------------
    def search(self, text: str, limit: int = SEARCH_LIMIT) -> list[Hit]:
        """Rooms and people for what the receptionist typed: a room code in any common writing,
        a name, pinyin initials (zs → 张三) or full pinyin, a phone or its last 4 digits, a plate,
        a company name. Rooms first. Every query is an indexed range, limited; one connection,
        no ORM objects (this runs on every keystroke pause)."""
        text = (text or "").strip()
        if not text:
            return []
        with self.store.engine.connect() as c:
            hits = self._search_rooms(c, text, limit)
            if len(hits) < limit:
                hits += self._search_people(c, text, limit - len(hits))
        return hits

    def _search_rooms(self, c, text: str, limit: int) -> list[Hit]:
        ref = parse_room(text)
        if ref:
            if ref.entrance:
                cond = _prefix(Room.code, room_code(ref.building, ref.entrance, ref.number or ""))
            elif ref.number:
                cond = and_(_prefix(Room.code, f"{ref.building}-"), _prefix(Room.number, ref.number))
            else:
                cond = _prefix(Room.code, f"{ref.building}-")
        elif text.isdigit() and len(text) <= 6:
            cond = _prefix(Room.number, text)
        else:
            return []
        rows = c.execute(select(Room.id, Room.code, Room.state, Room.area).where(cond).order_by(Room.code).limit(limit))
        return [Hit("room", r.id, r.code, _label_of(r.code), f"{r.state} {r.area}㎡") for r in rows]

    def _search_people(self, c, text: str, limit: int) -> list[Hit]:
        conds = []
        low = text.lower()
        if re.fullmatch(r"[a-z]+", low):
            conds += [_prefix(Person.name_initials, low), _prefix(Person.name_pinyin, low)]
        if text.isdigit():
            if len(text) == 4:
                conds.append(Person.phone_tail == text)
            if len(text) >= 3:
                conds.append(_prefix(Person.phone, text))
        if re.match(r"[\u4e00-\u9fff]", text):
            conds.append(_prefix(Person.name, text))
        plate = re.sub(r"[\s·\-]", "", text).upper()
        if re.fullmatch(r"[\u4e00-\u9fff][A-Z][A-Z0-9]{0,6}", plate):  # 浙A12…: indexed prefix
            conds.append(Person.id.in_(select(Vehicle.person_id).where(_prefix(Vehicle.plate, plate),
                                                                      Vehicle.removed_at.is_(None))))
        elif re.fullmatch(r"[A-Z][A-Z0-9]{3,6}", plate):  # A12345 without the province character
            conds.append(Person.id.in_(select(Vehicle.person_id).where(Vehicle.plate.like(f"_{plate}%"),
                                                                      Vehicle.removed_at.is_(None))))
        if not conds:
            return []
        rows = c.execute(
            select(Person.id, Person.name, Person.phone, Occupancy.relation, Room.id.label("room_id"), Room.code)
            .select_from(Person)
            .outerjoin(Occupancy, and_(Occupancy.person_id == Person.id, Occupancy.until.is_(None)))
            .outerjoin(Room, Room.id == Occupancy.room_id)
            .where(or_(*conds)).order_by(Person.name_pinyin, Person.id, Room.code).limit(limit))
        return [Hit("person", r.room_id, r.code or "", r.name,
                    " ".join(x for x in ((r.relation or ""), mask_phone(r.phone)) if x), r.id) for r in rows]

    # ---- the room card -----------------------------------------------------------------------
    def heading(self, room_id: int) -> tuple[str, list[str]]:
        """A room's label (3栋2单元1201) and its current owners' names, for the heads of other tabs."""
        with self.store.read() as s:
            code = s.scalar(select(Room.code).where(Room.id == room_id))
            if code is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such room."))
            return _label_of(code), [name for name, _ in current_owners(s, [room_id]).get(room_id, [])]

    def first_owner(self, room_id: int) -> tuple[str, str] | None:
        """The room's first current owner (name, phone): who usually calls about it."""
        with self.store.read() as s:
            owners = current_owners(s, [room_id]).get(room_id)
            return owners[0] if owners else None

    def room_card(self, room_id: int) -> RoomCard:
        with self.store.read() as s:
            room = self._room(s, room_id)
            b = s.get(Building, room.building_id)
            rows = s.execute(select(Occupancy, Person).join(Person, Person.id == Occupancy.person_id)
                             .where(Occupancy.room_id == room.id)
                             .order_by(Occupancy.until.is_not(None), Occupancy.relation, Occupancy.id)).all()
            plates: dict[int, list[str]] = {}
            for v in s.scalars(select(Vehicle).where(Vehicle.room_id == room.id, Vehicle.removed_at.is_(None))):
                plates.setdefault(v.person_id, []).append(f"{v.plate} {v.parking_space}".strip())
            occupants = [Occupant(p.id, o.id, p.name, o.relation, p.is_company, p.id_type, mask_id(p.id_number),
                                  mask_phone(p.phone), o.since, o.until, tuple(plates.get(p.id, ())))
                         for o, p in rows]
            custody = s.scalar(select(Custody).where(Custody.room_id == room.id, Custody.ended_on.is_(None)))
            from frontdesk.registration.custody import custody_summary
            card = RoomCard(room.id, room.code, _label_of(room.code), b.name, room.entrance, room.number,
                            room.floor, room.area, room.use, room.state,
                            [o for o in occupants if o.until is None], [o for o in occupants if o.until is not None],
                            custody_summary(s, custody) if custody else None)
            for contribute in CARD_SECTIONS:
                section = contribute(s, room.id)
                if section is not None:
                    card.sections.append(section)
            return card

    def history(self, entity: str, entity_id: int) -> list[tuple[datetime, str, str, str | None, str | None]]:
        """The audit trail of a room or a person, newest first."""
        with self.store.read() as s:
            rows = audit.history(s, entity, entity_id)
            return [(r.at, r.operator_name, r.action, r.before, r.after) for r in reversed(rows)]


def current_owners(s: Session, room_ids=None) -> dict[int, list[tuple[str, str]]]:
    """The current owners (name, phone) of each room, in the order they were registered — what
    other tasks (fees: the payer, arrears, payment notices) need to know of a room's people."""
    q = (select(Occupancy.room_id, Person.name, Person.phone).join(Person, Person.id == Occupancy.person_id)
         .where(Occupancy.relation == "业主", Occupancy.until.is_(None)).order_by(Occupancy.id))
    if room_ids is not None:
        q = q.where(Occupancy.room_id.in_(room_ids))
    out: dict[int, list[tuple[str, str]]] = {}
    for room_id, name, phone in s.execute(q):
        out.setdefault(room_id, []).append((name, phone))
    return out


def current_relations(s: Session, room_id: int) -> dict[str, str]:
    """The room's current residents' relations by their ID number (业主, 家属, 租户, 受托人) — what
    another task needs to tell who a person at the desk is to the room (passes: a tenant's goods)."""
    q = (select(Person.id_number, Occupancy.relation).join(Person, Person.id == Occupancy.person_id)
         .where(Occupancy.room_id == room_id, Occupancy.until.is_(None), Person.id_number != ""))
    return {number.upper(): relation for number, relation in s.execute(q)}


def current_names(s: Session, room_id: int) -> dict[str, str]:
    """The room's current residents' relations by their name — what another task needs to tell a
    registered person from a stranger when the ID typed is not the one registered (passes)."""
    q = (select(Person.name, Occupancy.relation).join(Person, Person.id == Occupancy.person_id)
         .where(Occupancy.room_id == room_id, Occupancy.until.is_(None)))
    return {name: relation for name, relation in s.execute(q)}


def _label_of(code: str) -> str:
    b, e, n = code.split("-", 2)
    return room_label(b, e, n)


def label_of(code: str | None) -> str:
    """A room's code as people write it on paper (3-1-1201 → 3栋1单元1201); nothing for no room."""
    return _label_of(code) if code else ""


ROOM_LISTING = Listing(
    columns=(
        Column("code", QT_TRANSLATE_NOOP("Columns", "Room"), Room.code, sort_by_id=True),
        Column("floor", QT_TRANSLATE_NOOP("Columns", "Floor"), Room.floor, "int"),
        Column("area", QT_TRANSLATE_NOOP("Columns", "Area (m²)"), Room.area, "decimal"),
        Column("use", QT_TRANSLATE_NOOP("Columns", "Use"), Room.use),
        Column("state", QT_TRANSLATE_NOOP("Columns", "State"), Room.state),
        Column("owners", QT_TRANSLATE_NOOP("Columns", "Owners"),
               select(func.min(Person.name))
               .join(Occupancy, Occupancy.person_id == Person.id)
               .where(Occupancy.room_id == Room.id, Occupancy.relation == "业主", Occupancy.until.is_(None))
               .correlate(Room).scalar_subquery(), sortable=False),
    ),
    id_expr=Room.id, source=Room.__table__, default_sort="code",
)


def _room_code(s: Session, value):
    """A room id in the audit log → its code (what else was written stays as it is)."""
    code = s.scalar(select(Room.code).where(Room.id == value)) if isinstance(value, int) else None
    return code or value


audit.lookup("room_id", _room_code, entity="room")
audit.label_fields({
    "room_id": QT_TRANSLATE_NOOP("AuditFields", "room"), "room": QT_TRANSLATE_NOOP("AuditFields", "room"),
    "occupant": QT_TRANSLATE_NOOP("AuditFields", "resident"), "relation": QT_TRANSLATE_NOOP("AuditFields", "relation"),
    "since": QT_TRANSLATE_NOOP("AuditFields", "moved in"), "until": QT_TRANSLATE_NOOP("AuditFields", "moved out"),
    "plate": QT_TRANSLATE_NOOP("AuditFields", "plate"), "parking_space": QT_TRANSLATE_NOOP("AuditFields", "parking space"),
    "state": QT_TRANSLATE_NOOP("AuditFields", "state"), "use": QT_TRANSLATE_NOOP("AuditFields", "use"),
    "area": QT_TRANSLATE_NOOP("AuditFields", "area"), "rooms": QT_TRANSLATE_NOOP("AuditFields", "rooms"),
    "channel": QT_TRANSLATE_NOOP("AuditFields", "channel"), "content": QT_TRANSLATE_NOOP("AuditFields", "content"),
    "answer": QT_TRANSLATE_NOOP("AuditFields", "answer"), "replied_at": QT_TRANSLATE_NOOP("AuditFields", "replied"),
    "work_order": QT_TRANSLATE_NOOP("AuditFields", "work order"),
    "id_number": QT_TRANSLATE_NOOP("AuditFields", "ID number"), "id_type": QT_TRANSLATE_NOOP("AuditFields", "ID type"),
    "phone2": QT_TRANSLATE_NOOP("AuditFields", "second phone"),
    "water": QT_TRANSLATE_NOOP("AuditFields", "water meter"), "power": QT_TRANSLATE_NOOP("AuditFields", "power meter"),
    "inspection": QT_TRANSLATE_NOOP("AuditFields", "inspection"), "done": QT_TRANSLATE_NOOP("AuditFields", "done"),
    "small_registration": QT_TRANSLATE_NOOP("AuditFields", "small registration"),
    "batch": QT_TRANSLATE_NOOP("AuditFields", "weekend batch"), "agreement_date": QT_TRANSLATE_NOOP("AuditFields", "agreement date"),
    "ended_on": QT_TRANSLATE_NOOP("AuditFields", "ended on"),
    "is_company": QT_TRANSLATE_NOOP("AuditFields", "a company"),
    "emergency_contact": QT_TRANSLATE_NOOP("AuditFields", "emergency contact"),
    "emergency_phone": QT_TRANSLATE_NOOP("AuditFields", "emergency phone"),
    "over_limit": QT_TRANSLATE_NOOP("AuditFields", "use over the limits"),
    "custody_ended": QT_TRANSLATE_NOOP("AuditFields", "custody ended"),
    "file": QT_TRANSLATE_NOOP("AuditFields", "file"), "people": QT_TRANSLATE_NOOP("AuditFields", "people"),
    "number": QT_TRANSLATE_NOOP("AuditFields", "work order number"),
})
audit.record_names("room", lambda _s, entity_id, translate: translate(  # RosterImport.run's row
    "AuditValues", QT_TRANSLATE_NOOP("AuditValues", "Roster import")) if entity_id == "roster" else None)


LIVED_IN = ("已入住", "出租")  # the room states of a room people live in


def _states_then(s: Session, moment: datetime) -> dict[int, str]:
    """{room id: its state at ``moment``} for the rooms whose state changed after it: the state
    before the first change recorded after ``moment`` (rooms not listed are as they are now)."""
    import json

    from frontdesk.core.models import AuditEntry
    then: dict[int, str] = {}
    for entity_id, before in s.execute(select(AuditEntry.entity_id, AuditEntry.before).where(
            AuditEntry.entity == "room", AuditEntry.action == "update", AuditEntry.at >= moment,
            AuditEntry.before.like('%"state"%')).order_by(AuditEntry.at, AuditEntry.id)):
        state = json.loads(before).get("state")
        if state and entity_id.isdigit():
            then.setdefault(int(entity_id), state)
    return then


def move_in(s: Session, actor: Actor, room_id: int, on: date) -> None:
    """In the caller's transaction (the move-in's finish): a delivered, vacant room becomes 已入住 and
    its current owners' move-in date is ``on`` — by compare-and-set on 空置, so a room occupied meanwhile
    at another desk refuses the whole move-in."""
    room = s.get(Room, room_id)
    if room is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such room."))
    change_state(s, Room, room.id, {"state": "空置"}, {"state": "已入住"}, field="room")
    owners = list(s.scalars(select(Occupancy).where(Occupancy.room_id == room_id, Occupancy.relation == "业主",
                                                    Occupancy.until.is_(None))))
    before = {"state": "空置"}
    after = {"state": "已入住"}
    changed = [occ for occ in owners if occ.since != on]
    if changed:  # the owners' move-in dates as they were, and as they are now
        before["since"] = "、".join(f"{occ.since:%Y-%m-%d}" if occ.since else "—" for occ in changed)
        after["since"] = on
    for occ in changed:
        occ.since = on
    audit.record(s, actor, "update", "room", room_id, before, after, summary=room.code)


def start_custody(s: Session, actor: Actor, room_id: int, agreement_date: date, water, power) -> int:
    """托管 begins inside the caller's transaction (a move-in whose owner will not move in); the id."""
    from frontdesk.registration.custody import CustodyService
    return CustodyService(None).start(actor, room_id, agreement_date, water, power, session=s)


# ---- the call log, as other tasks read it (a call turned into a work order) ----------------------
def open_calls(s: Session, room_id: int, limit: int = 10) -> list[tuple[int, datetime, str, str]]:
    """A room's latest calls not yet turned into a work order: (id, at, channel, content)."""
    from frontdesk.registration.models import CallLog
    return [tuple(r) for r in s.execute(select(CallLog.id, CallLog.at, CallLog.channel, CallLog.content).where(
        CallLog.room_id == room_id, CallLog.work_order.is_(False)).order_by(CallLog.at.desc()).limit(limit))]


def link_call(s: Session, actor: Actor, call_id: int, number: str) -> None:
    """In the caller's transaction: the call became work order ``number`` (once; a second desk
    linking the same call is told so)."""
    from frontdesk.registration.models import CallLog
    change_state(s, CallLog, call_id, {"work_order": False}, {"work_order": True, "work_order_number": number},
                 message=QT_TRANSLATE_NOOP("Errors", "This call was just turned into a work order at another desk; "
                                                     "nothing was changed here."), field="call")
    audit.record(s, actor, "update", "call", call_id, {"work_order": False}, {"work_order": True, "number": number})
