"""Registration (登记) tables: buildings, rooms, people and who lives where, vehicles, custody
(托管) and its inspections, the call-and-visit log (来电来访) and small registrations."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column


from frontdesk.core.models import Base, Fixed2, now

ROOM_USES = ("住宅", "商铺", "车位", "其他")
ROOM_STATES = ("未交付", "空置", "已入住", "出租", "托管")
RELATIONS = ("业主", "家属", "租户", "受托人")
ID_TYPES = ("居民身份证", "港澳台居民居住证", "护照", "外国人永久居留身份证", "统一社会信用代码", "其他")
CHANNELS = ("电话", "来访", "其他")
INSPECTION_KINDS = ("每周巡查", "雨前巡查", "雨后巡查", "其他")
SMALL_KINDS = ("更换锁芯/猫眼", "可视对讲安装", "燃气管道改造")




class Building(Base):
    """楼栋."""

    __tablename__ = "building"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=now)


class Room(Base):
    """房号: building → entrance (单元) → number; area drives fees. ``code`` is ``3-2-1201``."""

    __tablename__ = "room"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    building_id: Mapped[int] = mapped_column(ForeignKey("building.id"), index=True)
    entrance: Mapped[str] = mapped_column(String(8))
    number: Mapped[str] = mapped_column(String(16))
    code: Mapped[str] = mapped_column(String(40), unique=True)
    floor: Mapped[int] = mapped_column(Integer)
    area: Mapped[Decimal] = mapped_column(Fixed2)
    use: Mapped[str] = mapped_column(String(8), default="住宅")
    state: Mapped[str] = mapped_column(String(8), default="空置")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=now)

    __table_args__ = (UniqueConstraint("building_id", "entrance", "number", name="uq_room_place"),
                      Index("ix_room_number", "number"))


class Person(Base):
    """业主 or 住户 — a person or a company (``is_company``, ``id_number`` holds the credit code).

    Name initials, full pinyin and the phone's last four digits are stored for search.
    """

    __tablename__ = "person"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(64), index=True)
    name_initials: Mapped[str] = mapped_column(String(32), index=True, default="")
    name_pinyin: Mapped[str] = mapped_column(String(128), index=True, default="")
    id_type: Mapped[str] = mapped_column(String(16), default="居民身份证")
    id_number: Mapped[str] = mapped_column(String(32), default="")
    phone: Mapped[str] = mapped_column(String(20), index=True, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=now)
    is_company: Mapped[bool] = mapped_column(Boolean, default=False)
    phone2: Mapped[str] = mapped_column(String(20), default="")
    phone_tail: Mapped[str] = mapped_column(String(4), index=True, default="")
    emergency_contact: Mapped[str] = mapped_column(String(64), default="")
    emergency_phone: Mapped[str] = mapped_column(String(20), default="")
    note: Mapped[str] = mapped_column(String(200), default="")

    __table_args__ = (Index("ix_person_id_number", "id_number"),)


class Occupancy(Base):
    """A person's tie to a room (业主, 家属, 租户, 受托人) from ``since`` (move-in) until ``until``
    (move-out). An agent's power of attorney is noted in ``document``."""

    __tablename__ = "occupancy"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("room.id"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    relation: Mapped[str] = mapped_column(String(8))
    since: Mapped[date | None] = mapped_column(Date)
    until: Mapped[date | None] = mapped_column(Date)
    document: Mapped[str] = mapped_column(String(100), default="")


class Vehicle(Base):
    """A resident's vehicle and parking space."""

    __tablename__ = "vehicle"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("room.id"), index=True)
    plate: Mapped[str] = mapped_column(String(16), index=True)
    parking_space: Mapped[str] = mapped_column(String(16), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=now)
    removed_at: Mapped[datetime | None] = mapped_column(DateTime)


class Custody(Base):
    """托管: an owner's room looked after by the property, with meter readings at start and end."""

    __tablename__ = "custody"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("room.id"), index=True)
    agreement_date: Mapped[date] = mapped_column(Date)
    start_water: Mapped[Decimal] = mapped_column(Fixed2)
    start_power: Mapped[Decimal] = mapped_column(Fixed2)
    previous_state: Mapped[str] = mapped_column(String(8), default="空置")
    ended_on: Mapped[date | None] = mapped_column(Date)
    end_water: Mapped[Decimal | None] = mapped_column(Fixed2)
    end_power: Mapped[Decimal | None] = mapped_column(Fixed2)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=now)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))


class CustodyInspection(Base):
    """A weekly (or before/after heavy rain) inspection of a custody room with meter readings."""

    __tablename__ = "custody_inspection"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    custody_id: Mapped[int] = mapped_column(ForeignKey("custody.id"), index=True)
    inspected_on: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(8))
    water: Mapped[Decimal] = mapped_column(Fixed2)
    power: Mapped[Decimal] = mapped_column(Fixed2)
    note: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=now)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))


class CallLog(Base):
    """来电来访登记: one call or visit, what was asked and answered, a promised reply time."""

    __tablename__ = "call_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"), index=True)
    caller: Mapped[str] = mapped_column(String(64), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    channel: Mapped[str] = mapped_column(String(8))
    content: Mapped[str] = mapped_column(Text)
    answer: Mapped[str] = mapped_column(Text, default="")
    promised_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)
    replied_at: Mapped[datetime | None] = mapped_column(DateTime)
    work_order: Mapped[bool] = mapped_column(Boolean, default=False)
    work_order_number: Mapped[str] = mapped_column(String(20), default="", server_default="")  # the order made of it
    handled_by: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))
    handled_by_name: Mapped[str] = mapped_column(String(32), default="")


class SmallRegistration(Base):
    """Lock cylinder/peephole change, video intercom installation, gas pipe change — done in weekend batches."""

    __tablename__ = "small_registration"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("room.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    contact: Mapped[str] = mapped_column(String(64), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    note: Mapped[str] = mapped_column(String(200), default="")
    registered_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    batch_date: Mapped[date] = mapped_column(Date, index=True)
    done_at: Mapped[datetime | None] = mapped_column(DateTime)
    done_by: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))
