"""The move-in's tables (入住办理): one record per room's move-in, each of its six steps stored as it
is done (what was checked, signed, handed over, taken, read and found — and the records of other
tasks it made: the receipt, the rectification orders, the kept key set), and the rules a supervisor
keeps (设置 → 入住)."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from frontdesk.core.errors import QT_TRANSLATE_NOOP
from frontdesk.core.guard import on_clash
from frontdesk.core.models import Base
from frontdesk.core.rule_rows import RuleRow

PREFIX = "RZ"  # 入住确认单: RZ + year + running number, taken when the move-in starts

# DOMAIN §1, in this order; the stored data are the desk's words
STEPS = {"documents": "查验资料", "forms": "签署表格", "items": "移交资料", "fees": "缴纳费用",
         "inspection": "验房抄表", "keys": "移交钥匙"}
ORDER = tuple(STEPS)
WHO = {"owner": "业主本人", "agent": "受托人代办", "company": "单位业主"}
DOCUMENTS = {
    "owner": ("入住通知书", "业主身份证（复印件留存）", "购房合同"),
    "agent": ("入住通知书", "业主身份证（复印件留存）", "购房合同", "受托人身份证", "授权委托书"),
    "company": ("入住通知书", "营业执照（单位证明）", "购房合同", "经办人身份证", "单位授权委托书"),
}
FORMS = ("住户登记表", "消防安全协议书", "管理公约")
ITEMS = ("住户手册", "装修指南", "水电图")
STATES = {"open": "办理中", "moved_in": "已入住", "custody": "已托管", "cancelled": "已取消"}


class MoveInRule(RuleRow, Base):
    """One of the rules a supervisor keeps in 设置 → 入住 (how the first month is counted, the fee
    items, the department rectifications go to, the steps required); a JSON value per key, audited."""

    __tablename__ = "move_in_rule"


class MoveIn(Base):
    """A room's move-in. ``live_room`` holds the room while the move-in is open and is unique: a second
    live move-in of a room is refused by the database, whichever desk is first. Never deleted."""

    __tablename__ = "move_in"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("room.id"), index=True)
    live_room: Mapped[int | None] = mapped_column(Integer, unique=True)
    state: Mapped[str] = mapped_column(String(10), default="open", index=True)
    who: Mapped[str] = mapped_column(String(8), default="")      # WHO, from the documents step
    owner: Mapped[str] = mapped_column(String(64), default="")   # the owner as registered
    agent: Mapped[str] = mapped_column(String(64), default="")   # the agent or the company's 经办人
    delivered_on: Mapped[date | None] = mapped_column(Date)      # 交付日期: the property fee runs from it
    started_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    started_by: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))
    operator_name: Mapped[str] = mapped_column(String(32))
    finished_at: Mapped[datetime | None] = mapped_column(DateTime)
    finished_by: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))
    move_in_date: Mapped[date | None] = mapped_column(Date)
    custody_id: Mapped[int | None] = mapped_column(Integer)  # registration's custody, when it ended so
    reason: Mapped[str] = mapped_column(String(200), default="")  # why it was cancelled
    version: Mapped[int] = mapped_column(Integer, default=0)  # bumped by every change (compare-and-set)


class MoveInStep(Base):
    """One step done: when, by whom, its data (JSON: the lists ticked, the readings, the receipt, the
    orders, the key set) and the owner's signature where the step takes one. One row per step."""

    __tablename__ = "move_in_step"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    move_in_id: Mapped[int] = mapped_column(ForeignKey("move_in.id"))
    step: Mapped[str] = mapped_column(String(12))
    at: Mapped[datetime] = mapped_column(DateTime)
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))
    operator_name: Mapped[str] = mapped_column(String(32))
    data: Mapped[str] = mapped_column(Text, default="{}")
    signature: Mapped[bytes | None] = mapped_column(LargeBinary)  # PNG, drawn at the counter
    unsigned: Mapped[str] = mapped_column(String(100), default="")

    __table_args__ = (UniqueConstraint("move_in_id", "step", name="uq_move_in_step_step"),)


on_clash("uq_move_in_live_room", QT_TRANSLATE_NOOP(
    "Errors", "This room's move-in was just started at another desk; nothing was changed here. Open it there "
              "or resume it."))
on_clash("uq_move_in_step_step", QT_TRANSLATE_NOOP(
    "Errors", "This step of the move-in was just done at another desk; nothing was changed here. Look at it again."))
on_clash("uq_move_in_number", QT_TRANSLATE_NOOP(
    "Errors", "This move-in's number was just taken at another desk; nothing was changed here. Please try again."))
