"""Registration (登记) tables: buildings, rooms, people and who lives where.

The foundation creates these so demo and generated properties have rooms and people; the
registration issue grows them (companies, agents, vehicles, custody) through new revisions.
"""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from frontdesk.core.models import Base, Fixed2, now

ROOM_USES = ("住宅", "商铺", "车位", "其他")
ROOM_STATES = ("未交付", "空置", "已入住", "出租", "托管")
RELATIONS = ("业主", "家属", "租户", "受托人")


class Building(Base):
    """楼栋."""

    __tablename__ = "building"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=now)


class Room(Base):
    """房号: building → entrance (单元) → number; area drives fees."""

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

    __table_args__ = (UniqueConstraint("building_id", "entrance", "number", name="uq_room_place"),)


class Person(Base):
    """业主 or 住户. Name initials and full pinyin are stored for search."""

    __tablename__ = "person"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(64), index=True)
    name_initials: Mapped[str] = mapped_column(String(32), index=True, default="")
    name_pinyin: Mapped[str] = mapped_column(String(128), index=True, default="")
    id_type: Mapped[str] = mapped_column(String(16), default="居民身份证")
    id_number: Mapped[str] = mapped_column(String(32), default="")
    phone: Mapped[str] = mapped_column(String(20), index=True, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=now)


class Occupancy(Base):
    """A person's tie to a room (owner, family, tenant, agent) from ``since`` until ``until``."""

    __tablename__ = "occupancy"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("room.id"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    relation: Mapped[str] = mapped_column(String(8))
    since: Mapped[date | None] = mapped_column(Date)
    until: Mapped[date | None] = mapped_column(Date)
