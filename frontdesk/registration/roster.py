"""The owners' roster (业主花名册) in Excel: the template, and an import that checks every row first.

One transaction: all good rows go in and bad rows are reported — or, in strict mode, nothing goes
in if any row is bad. A row goes in whole or not at all. Importing the same file again changes
nothing. Bad rows come back in a workbook with the reason beside each, ready to fix and re-import.

Rows of one room may repeat for co-owners (same room data, another person); the same room with
different area or use, or the same person twice on a room, is a bad row.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from frontdesk.core import audit
from frontdesk.core.audit import Actor
from frontdesk.core.db import Store
from frontdesk.core.errors import QT_TRANSLATE_NOOP, DomainError, ValidationError
from frontdesk.core.models import now
from frontdesk.core.people import search_keys
from frontdesk.registration.models import (ID_TYPES, RELATIONS, ROOM_STATES, ROOM_USES, Building, Occupancy,
                                           Person, Room, Vehicle)
from frontdesk.registration.rooms import room_code
from frontdesk.registration.service import (check_area, check_building_code, check_choice, check_id, check_name,
                                            check_room_part, normalize_plate, optional_phone)

# column header → key; the template shows the headers in this order
COLUMNS = {
    "楼栋": "building", "单元": "entrance", "房号": "number", "楼层": "floor", "建筑面积": "area", "用途": "use",
    "房屋状态": "state", "姓名/名称": "name", "身份": "relation", "证件类型": "id_type", "证件号码": "id_number",
    "手机号码": "phone", "备用电话": "phone2", "入住日期": "since", "车牌号": "plate", "车位号": "parking_space",
    "备注": "note",
}
REQUIRED = ("building", "entrance", "number", "area")
ERROR_HEADER = "错误原因"
Translate = Callable[[str, str], str]


def _identity(_c: str, t: str) -> str:
    return t


@dataclass
class RosterRow:
    line: int
    raw: dict
    room: dict = field(default_factory=dict)
    person: dict | None = None
    error: str = ""


@dataclass
class ImportResult:
    rows: int
    good: int
    bad: int
    rooms_created: int
    people_created: int
    already_present: int
    errors: list[tuple[int, str]]
    written: bool


def write_template(path: Path, translate: Translate = _identity) -> Path:
    """The roster template: the headers, two example rows, and a sheet that explains the columns."""
    from frontdesk.core import excel
    wb = excel.new_workbook()
    ws = wb.create_sheet("花名册")
    kinds = {"area": "decimal", "floor": "int", "since": "date", "id_number": "id", "phone": "id", "phone2": "id"}
    cols = [excel.XCol(h, kinds.get(k, "text")) for h, k in COLUMNS.items()]
    examples = [["1", "1", "101", 1, Decimal("89.50"), "住宅", "已入住", "张三", "业主", "居民身份证",
                 "11010519491231002X", "13800138000", "", date(2024, 5, 1), "浙A12345", "B-018", ""],
                ["1", "1", "102", 1, Decimal("96.00"), "住宅", "空置", "", "", "", "", "", "", None, "", "", ""]]
    excel.write_table(ws, cols, examples)
    help_ws = wb.create_sheet("填写说明")
    notes = [
        ("楼栋、单元、房号、建筑面积", translate("Roster", "Required. One row per person of a room; a room without people "
                                                     "takes one row with the name empty.")),
        ("用途", "、".join(ROOM_USES)), ("房屋状态", "、".join(ROOM_STATES)), ("身份", "、".join(RELATIONS)),
        ("证件类型", "、".join(ID_TYPES)),
        ("证件号码", translate("Roster", "Type it as text so Excel keeps every digit.")),
        ("入住日期", "2024-05-01"),
    ]
    excel.write_table(help_ws, [excel.XCol("列"), excel.XCol("说明", width=80)], [list(n) for n in notes])
    return excel.save(wb, path)


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat()
    return str(value).strip()


def _floor_of(number: str) -> int:
    """``1201`` → 12: the digits before the last two, when the number is written that way."""
    head = number[:-2]
    return int(head) if head.isdigit() else 1


def _date(value, field_: str) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip().replace("/", "-"))
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Write dates as 2024-05-01."), field_) from None


def read_rows(path: Path) -> tuple[list[str], list[RosterRow]]:
    """The header and the data rows of the roster's first sheet."""
    from frontdesk.core.excel import read_first_sheet
    rows = read_first_sheet(path)
    header = [_text(h) for h in (rows[0] if rows else ())]
    return header, [RosterRow(n, dict(zip(header, values))) for n, values in enumerate(rows[1:], start=2)
                    if values is not None and not all(v in (None, "") for v in values)]


class RosterImport:
    """Validate and import a roster workbook."""

    def __init__(self, store: Store, translate: Translate = _identity) -> None:
        self.store = store
        self.translate = translate

    def _message(self, err: DomainError) -> str:
        labels = {v: k for k, v in COLUMNS.items()}
        where = labels.get(err.field or "", "")
        text = err.text(self.translate)
        return f"{where}：{text}" if where else text

    def check_row(self, row: RosterRow) -> None:
        v = {COLUMNS[h]: val for h, val in row.raw.items() if h in COLUMNS}
        for key in REQUIRED:
            if _text(v.get(key)) == "":
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Building, entrance and room number and the floor "
                                                                  "area are required."), key)
        number = check_room_part(_text(v["number"]), "number")
        floor = _text(v.get("floor"))
        if floor and not (floor.lstrip("-").isdigit() and floor.isascii() and -9 <= int(floor) <= 200):
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The floor is a whole number."), "floor")
        row.room = {"building": check_building_code(_text(v["building"])),
                    "entrance": check_room_part(_text(v["entrance"]), "entrance"), "number": number,
                    "floor": int(floor) if floor else _floor_of(number),
                    "area": check_area(_text(v["area"])),  # Excel numbers are floats: via text
                    "use": check_choice(_text(v.get("use")) or "住宅", ROOM_USES, "use"),
                    "state": check_choice(_text(v.get("state")) or "空置", ROOM_STATES, "state")}
        row.room["code"] = room_code(row.room["building"], row.room["entrance"], row.room["number"])
        name = _text(v.get("name"))
        if not name:
            return
        id_type = check_choice(_text(v.get("id_type")) or "居民身份证", ID_TYPES, "id_type")
        row.person = {"name": check_name(name), "relation": check_choice(_text(v.get("relation")) or "业主",
                                                                            RELATIONS, "relation"),
                      "id_type": id_type, "id_number": check_id(id_type, _text(v.get("id_number"))),
                      "phone": optional_phone(_text(v.get("phone")), "phone"),
                      "phone2": optional_phone(_text(v.get("phone2")), "phone2"),
                      "since": _date(v.get("since"), "since"),
                      "plate": normalize_plate(_text(v.get("plate"))) if _text(v.get("plate")) else "",
                      "parking_space": _text(v.get("parking_space"))[:16], "note": _text(v.get("note"))[:200],
                      "is_company": id_type == "统一社会信用代码"}

    def validate(self, path: Path, progress=None) -> tuple[list[RosterRow], list[str]]:
        """Every row checked, in the file and against the store. Returns (rows, file-level errors)."""
        header, rows = read_rows(path)
        unknown = [h for h in header if h and h not in COLUMNS and h != ERROR_HEADER]
        missing = [h for h, k in COLUMNS.items() if k in REQUIRED and h not in header]
        problems = []
        if unknown:
            problems.append(self.translate("Roster", "Unknown columns: {cols}. Use the template's headers.")
                            .format(cols="、".join(unknown)))
        if missing:
            problems.append(self.translate("Roster", "Missing columns: {cols}.").format(cols="、".join(missing)))
        if problems:
            return rows, problems
        seen_rooms: dict[str, RosterRow] = {}
        seen_people: set[tuple] = set()
        for i, row in enumerate(rows):
            try:
                self.check_row(row)
                first = seen_rooms.setdefault(row.room["code"], row)
                if first is not row and (first.room["area"], first.room["use"]) != (row.room["area"], row.room["use"]):
                    raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The same room appears again on row {line} with "
                                                                      "other data."), "number", line=first.line)
                if row.person:
                    key = (row.room["code"], row.person["id_number"] or row.person["name"])
                    if key in seen_people:
                        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The same person is listed twice for this "
                                                                          "room."), "name")
                    seen_people.add(key)
                elif first is not row:
                    raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The same room appears again on row {line}."),
                                          "number", line=first.line)
            except DomainError as err:
                row.error = self._message(err)
            if progress and i % 200 == 0:
                progress(i, len(rows) * 2)
        self._check_against_store(rows)
        return rows, []

    def _check_against_store(self, rows: list[RosterRow]) -> None:
        codes = list({r.room["code"] for r in rows if not r.error})
        existing = {}
        with self.store.read() as s:
            for i in range(0, len(codes), 500):
                for room in s.scalars(select(Room).where(Room.code.in_(codes[i:i + 500]))):
                    existing[room.code] = room
        for row in rows:
            if row.error:
                continue
            room = existing.get(row.room["code"])
            if room is not None and (room.area, room.use) != (row.room["area"], row.room["use"]):
                row.error = self._message(ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "Room {code} already exists with area {area} m² and use {use}."), "area",
                    code=room.code, area=room.area, use=room.use))

    def run(self, actor: Actor, path: Path, strict: bool = False, progress=None) -> tuple[ImportResult, list[RosterRow]]:
        rows, problems = self.validate(path, progress)
        if problems:
            return ImportResult(len(rows), 0, len(rows), 0, 0, 0, [(1, p) for p in problems], False), rows
        bad = [r for r in rows if r.error]
        good = [r for r in rows if not r.error]
        result = ImportResult(len(rows), len(good), len(bad), 0, 0, 0, [(r.line, r.error) for r in bad], False)
        if strict and bad or not good:
            return result, rows
        with self.store.write() as s:
            buildings = {b.code: b for b in s.scalars(select(Building))}
            rooms = {}
            codes = list({r.room["code"] for r in good})
            for i in range(0, len(codes), 500):
                rooms.update({r.code: r for r in s.scalars(select(Room).where(Room.code.in_(codes[i:i + 500])))})
            for n, row in enumerate(good):
                created_person = self._import_row(s, actor, row, buildings, rooms, result)
                result.people_created += created_person
                if progress and n % 200 == 0:
                    progress(len(rows) + n, len(rows) * 2)
            audit.record(s, actor, "create", "room", "roster", after={
                "file": Path(path).name, "rooms": result.rooms_created, "people": result.people_created},
                summary=f"{Path(path).name}：{result.rooms_created} 间房屋，{result.people_created} 位人员")
        result.written = True
        if progress:
            progress(len(rows) * 2, len(rows) * 2)
        return result, rows

    def _import_row(self, s, actor, row, buildings, rooms, result) -> int:
        r = row.room
        b = buildings.get(r["building"])
        if b is None:
            b = Building(code=r["building"], name=f"{r['building']}栋", created_at=now())
            s.add(b)
            s.flush()
            buildings[b.code] = b
        room = rooms.get(r["code"])
        room_new = room is None
        if room_new:
            room = Room(building_id=b.id, entrance=r["entrance"], number=r["number"], code=r["code"], floor=r["floor"],
                        area=r["area"], use=r["use"], state=r["state"], created_at=now())
            s.add(room)
            s.flush()
            rooms[room.code] = room
            result.rooms_created += 1
        p = row.person
        if not p:
            result.already_present += not room_new
            return 0
        person = None
        if p["id_number"]:
            person = s.scalar(select(Person).where(Person.id_type == p["id_type"], Person.id_number == p["id_number"]))
        else:
            person = s.scalar(select(Person).join(Occupancy, Occupancy.person_id == Person.id)
                              .where(Occupancy.room_id == room.id, Person.name == p["name"]))
        created = 0
        if person is None:
            person = Person(name=p["name"], id_type=p["id_type"], id_number=p["id_number"], phone=p["phone"],
                            phone2=p["phone2"], is_company=p["is_company"], note=p["note"], created_at=now(),
                            **search_keys(p["name"], p["phone"]))
            s.add(person)
            s.flush()
            created = 1
        tie = s.scalar(select(Occupancy.id).where(Occupancy.room_id == room.id, Occupancy.person_id == person.id))
        if tie is None:
            s.add(Occupancy(room_id=room.id, person_id=person.id, relation=p["relation"], since=p["since"],
                            document=""))
            if p["plate"]:
                s.add(Vehicle(person_id=person.id, room_id=room.id, plate=p["plate"],
                              parking_space=p["parking_space"], created_at=now()))
        elif not created:
            result.already_present += 1
        return created


def write_errors(rows: list[RosterRow], header: list[str], path: Path, file_errors: list[str] = ()) -> Path:
    """The rejected rows with their reason in a first column, in the template's layout."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    wb = Workbook()
    ws = wb.active
    ws.title = "待修改"
    cols = [ERROR_HEADER] + [h for h in header if h and h != ERROR_HEADER]
    ws.append(cols)
    for c in ws[1]:
        c.font = Font(bold=True)
    for msg in file_errors:
        ws.append([msg])
    for row in rows:
        if row.error:
            ws.append([row.error] + [_text(row.raw.get(h)) for h in cols[1:]])
    for r in ws.iter_rows(min_row=2, max_col=1):
        for c in r:
            c.fill = PatternFill("solid", fgColor="FDE2E1")
    for c in ws.iter_cols(min_col=2, min_row=2):
        for cell in c:
            cell.number_format = "@"
    ws.column_dimensions["A"].width = 48
    ws.freeze_panes = "B2"
    from frontdesk.core.excel import save
    return save(wb, path)


