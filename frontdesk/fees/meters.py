"""Metered items (e.g. water collected for the utility): readings per room per month, entered one
by one or in bulk from a sheet; each reading bills price × (this reading − the reading before).
The first reading of a meter is its baseline and bills nothing. A sheet is checked whole first:
one bad row and nothing is written. Plain Python, no Qt."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select

from frontdesk.core import audit
from frontdesk.core.audit import Actor
from frontdesk.core.db import Store
from frontdesk.core.errors import QT_TRANSLATE_NOOP, DomainError, NotFound, ValidationError
from frontdesk.core.models import now
from frontdesk.core.money import to_reading
from frontdesk.fees.models import Bill, FeeItem, FeePrice, MeterReading
from frontdesk.fees.service import line_amount, month_bounds
from frontdesk.registration.service import Room
from frontdesk.registration.service import room_order

SHEET_HEADER = ("房号", "上期读数", "本期读数")


@dataclass
class ReadingResult:
    bills: int = 0
    baselines: int = 0
    errors: list[tuple[int, DomainError]] = field(default_factory=list)  # (sheet line, what is wrong)

    @property
    def written(self) -> bool:
        return not self.errors


class MeterService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def _item(self, s, item_id: int) -> FeeItem:
        item = s.get(FeeItem, item_id)
        if item is None or item.rule != "metered":
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "Choose a metered item."))
        return item

    @staticmethod
    def _last_readings(s, item_id: int, before: date) -> dict[int, Decimal]:
        latest = (select(MeterReading.room_id, func.max(MeterReading.period_start).label("p"))
                  .where(MeterReading.item_id == item_id, MeterReading.period_start < before)
                  .group_by(MeterReading.room_id).subquery())
        return dict(s.execute(select(MeterReading.room_id, MeterReading.reading).join(
            latest, (latest.c.room_id == MeterReading.room_id) & (latest.c.p == MeterReading.period_start))
            .where(MeterReading.item_id == item_id)).all())

    def record(self, actor: Actor, item_id: int, year: int, month: int,
               rows: list[tuple[int, str, object]]) -> ReadingResult:
        """Readings for a month: ``rows`` are (line, room code, reading); blank readings are skipped.
        Every row is checked before anything is written."""
        start, end = month_bounds(year, month)
        result = ReadingResult()
        with self.store.write() as s:
            item = self._item(s, item_id)
            price = s.scalar(select(FeePrice.price).where(FeePrice.item_id == item_id, FeePrice.valid_from <= start)
                             .order_by(FeePrice.valid_from.desc()).limit(1))
            if price is None:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This item has no price yet."), "item")
            codes = {c for _, c, v in rows if str(v if v is not None else "").strip()}
            rooms = dict(s.execute(select(Room.code, Room.id).where(Room.code.in_(codes))).all()) if codes else {}
            last = self._last_readings(s, item_id, start)
            done = set(s.scalars(select(MeterReading.room_id).where(MeterReading.item_id == item_id,
                                                                   MeterReading.period_start == start)))
            seen, good = set(), []
            for line, code, value in rows:
                if str(value if value is not None else "").strip() == "":
                    continue
                code = str(code or "").strip()
                try:
                    room_id = rooms.get(code)
                    if room_id is None:
                        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "No room {code}."), "room", code=code)
                    if room_id in seen:
                        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Room {code} appears twice."), "room",
                                              code=code)
                    if room_id in done:
                        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Room {code} already has a reading for "
                                                                          "{month}."), "room", code=code,
                                              month=f"{start:%Y-%m}")
                    reading = to_reading(value)
                    before = last.get(room_id)
                    if before is not None and reading < before:
                        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The reading {reading} is lower than the "
                                                                          "last one ({last})."), "reading",
                                              reading=reading, last=before)
                except DomainError as err:
                    result.errors.append((line, err))
                    continue
                seen.add(room_id)
                good.append((room_id, reading, before))
            if result.errors:
                return result
            for room_id, reading, before in good:
                bill_id = None
                if before is None:
                    result.baselines += 1
                elif reading > before:
                    used = reading - before
                    bill = Bill(room_id=room_id, item_id=item_id, period_start=start, period_end=end, quantity=used,
                                unit_price=price, rate_pct=100, amount=line_amount(used, price),
                                description=f"{before} → {reading}", one_off=False, paid=Decimal("0.00"),
                                created_at=now(), created_by=actor.id)
                    s.add(bill)
                    s.flush()
                    bill_id = bill.id
                    result.bills += 1
                s.add(MeterReading(room_id=room_id, item_id=item_id, period_start=start, reading=reading,
                                   bill_id=bill_id, created_at=now(), created_by=actor.id))
            audit.record(s, actor, "create", "bill", f"{item.name} {start:%Y-%m}",
                         after={"readings": len(good), "bills": result.bills, "baselines": result.baselines},
                         summary=f"{item.name} {start:%Y-%m}：{len(good)}")
        return result

    def write_sheet(self, item_id: int, year: int, month: int, path: Path) -> Path:
        """The reading sheet for a month: every room the item applies to, with its last reading."""
        from openpyxl import Workbook

        from frontdesk.core.excel import XCol, save, write_table
        start, _ = month_bounds(year, month)
        with self.store.read() as s:
            item = self._item(s, item_id)
            q = select(Room.id, Room.code).where(Room.state != "未交付").order_by(Room.code)
            if item.applies_to != "全部":
                q = q.where(Room.use == item.applies_to)
            last = self._last_readings(s, item_id, start)
            rows = sorted(([code, last.get(rid), None] for rid, code in s.execute(q)), key=lambda r: room_order(r[0]))
        wb = Workbook()
        ws = wb.active
        ws.title = f"{start:%Y-%m}"
        write_table(ws, [XCol(SHEET_HEADER[0], width=14), XCol(SHEET_HEADER[1], "decimal", width=12),
                         XCol(SHEET_HEADER[2], "decimal", width=12)], rows)
        return save(wb, path)


def read_sheet(path: Path) -> list[tuple[int, str, object]]:
    """(line, room code, reading) of a reading sheet: the columns 房号 and 本期读数 of its first sheet."""
    from frontdesk.core.excel import read_first_sheet
    rows = read_first_sheet(path)
    for n, values in enumerate(rows):
        header = [str(v or "").strip() for v in values]
        if SHEET_HEADER[0] in header and SHEET_HEADER[2] in header:
            room, reading = header.index(SHEET_HEADER[0]), header.index(SHEET_HEADER[2])
            return [(line, str(v[room] or "").strip(), repr(v[reading]) if isinstance(v[reading], float) else v[reading])
                    for line, v in enumerate(rows[n + 1:], start=n + 2)
                    if v and len(v) > max(room, reading) and v[room] not in (None, "")]
    raise DomainError(QT_TRANSLATE_NOOP("Errors", "The sheet needs the columns 房号 and 本期读数."), "file")
