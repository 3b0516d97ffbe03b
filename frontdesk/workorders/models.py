"""Work orders' tables: the order, its history, its follow-up calls; the categories, departments and
workers a supervisor maintains."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from frontdesk.core.errors import QT_TRANSLATE_NOOP
from frontdesk.core.guard import on_clash
from frontdesk.core.models import Base, Fixed2

PREFIX = "GD"
KINDS = {"repair_home": QT_TRANSLATE_NOOP("WorkOrders", "Repair in a home"),
         "repair_common": QT_TRANSLATE_NOOP("WorkOrders", "Repair in a common area"),
         "complaint": QT_TRANSLATE_NOOP("WorkOrders", "Complaint"),
         "help": QT_TRANSLATE_NOOP("WorkOrders", "Help request"),
         "enquiry": QT_TRANSLATE_NOOP("WorkOrders", "Enquiry or suggestion")}
CHANNELS = ("电话", "来访", "微信", "巡查", "其他")
STATES = {"registered": "已登记", "dispatched": "已派单", "paused": "已暂停", "completed": "已完成",
          "followed_up": "已回访", "unreachable": "无法回访", "closed": "已关闭",
          "cancelled": "已取消"}  # the desk's words, as stored data
RATINGS = ("满意", "一般", "不满意")
FOLLOW_KINDS = {  # which follow-up rule a category's repairs take (deadlines.FOLLOW_UP_WORKDAYS)
    "safety": QT_TRANSLATE_NOOP("WorkOrders", "Safety facility: 2 working days after completion"),
    "leak": QT_TRANSLATE_NOOP("WorkOrders", "Leak: 3 working days after the water test"),
    "other": QT_TRANSLATE_NOOP("WorkOrders", "Other: 2 working days after completion")}
MAX_WORKDAYS = 60  # a category's completion time, in working days
MAX_FOLLOW_WORKDAYS = 30  # and its follow-up time


class WoCategory(Base):
    """A two-level category (水电 → 漏水); a leaf says how long its repairs may take, which follow-up
    rule they take and, where the supervisor set one, their own follow-up time."""

    __tablename__ = "wo_category"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("wo_category.id"))
    name: Mapped[str] = mapped_column(String(32))
    completion_workdays: Mapped[int] = mapped_column(Integer, default=3)
    follow_kind: Mapped[str] = mapped_column(String(8), default="other")
    follow_workdays: Mapped[int | None] = mapped_column(Integer)  # the follow-up time; None: its rule's
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class WoDepartment(Base):
    __tablename__ = "wo_department"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(32), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class WoWorker(Base):
    __tablename__ = "wo_worker"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    department_id: Mapped[int] = mapped_column(ForeignKey("wo_department.id"), index=True)
    name: Mapped[str] = mapped_column(String(32))
    phone: Mapped[str] = mapped_column(String(20), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class WoWarranty(Base):
    """A room's repair warranty (保修期): repairs inside the home are free until this day."""

    __tablename__ = "wo_warranty"
    room_id: Mapped[int] = mapped_column(ForeignKey("room.id"), primary_key=True)
    until: Mapped[date] = mapped_column(Date)
    set_at: Mapped[datetime] = mapped_column(DateTime)
    set_by: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))


class WorkOrder(Base):
    """工单: one repair, complaint, help request or enquiry from registration to closing. Its state
    moves only along the allowed transitions (``service.TRANSITIONS``), each a compare-and-set."""

    __tablename__ = "work_order"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    state: Mapped[str] = mapped_column(String(12), default="registered")
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"))  # indexed with the category below
    place: Mapped[str] = mapped_column(String(64), default="")  # a common area: 3栋电梯
    anonymous: Mapped[bool] = mapped_column(Boolean, default=False)
    reporter: Mapped[str] = mapped_column(String(64), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    channel: Mapped[str] = mapped_column(String(8))
    category_id: Mapped[int | None] = mapped_column(ForeignKey("wo_category.id"))
    content: Mapped[str] = mapped_column(Text)
    preferred_time: Mapped[str] = mapped_column(String(64), default="")
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    severity: Mapped[str] = mapped_column(String(4), default="")  # complaints: 严重 / 一般
    call_id: Mapped[int | None] = mapped_column(ForeignKey("call_log.id"))
    registered_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    registered_by: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))
    reply_due: Mapped[datetime] = mapped_column(DateTime, index=True)  # the month's figures count by it
    replied_at: Mapped[datetime | None] = mapped_column(DateTime)
    reply_text: Mapped[str] = mapped_column(String(200), default="")
    validity: Mapped[str] = mapped_column(String(4), default="")  # complaints: 有效 / 无效
    complete_due: Mapped[datetime] = mapped_column(DateTime, index=True)  # the month's figures count by it
    department_id: Mapped[int | None] = mapped_column(ForeignKey("wo_department.id"))
    worker_id: Mapped[int | None] = mapped_column(ForeignKey("wo_worker.id"))
    dispatched_at: Mapped[datetime | None] = mapped_column(DateTime)
    paused_at: Mapped[datetime | None] = mapped_column(DateTime)
    paused_seconds: Mapped[int] = mapped_column(Integer, default=0)
    completed_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)  # the month's figures count by it
    result: Mapped[str] = mapped_column(String(200), default="")
    materials: Mapped[str] = mapped_column(Text, default="")  # JSON: [[name, qty, unit price], …]
    hours: Mapped[Decimal | None] = mapped_column(Fixed2)
    price: Mapped[Decimal | None] = mapped_column(Fixed2)  # a paid repair's price (materials + labour)
    bill_id: Mapped[int | None] = mapped_column(ForeignKey("bill.id"))
    signed: Mapped[bool] = mapped_column(Boolean, default=False)
    follow_due: Mapped[datetime | None] = mapped_column(DateTime)
    followed_at: Mapped[datetime | None] = mapped_column(DateTime)
    follow_attempts: Mapped[int] = mapped_column(Integer, default=0)
    unreachable: Mapped[bool] = mapped_column(Boolean, default=False)  # 无法回访: three calls unanswered
    satisfaction: Mapped[int | None] = mapped_column(Integer)
    reopen_count: Mapped[int] = mapped_column(Integer, default=0)
    repeat_of_id: Mapped[int | None] = mapped_column(ForeignKey("work_order.id"))  # 返修
    linked_id: Mapped[int | None] = mapped_column(ForeignKey("work_order.id"))  # a complaint's repair
    cancel_reason: Mapped[str] = mapped_column(String(200), default="")
    slip_prints: Mapped[int] = mapped_column(Integer, default=0)  # the first is the original, the rest 副本
    version: Mapped[int] = mapped_column(Integer, default=0)  # bumped by every change (compare-and-set)

    __table_args__ = (Index("ix_work_order_room_cat", "room_id", "category_id", "registered_at"),
                      Index("ix_work_order_state_due", "state", "complete_due"))


class WorkOrderEvent(Base):
    """The order's history: every step with who and when (登记, 派单, 转单, 退单, 暂停, 完成, 回访 …)."""

    __tablename__ = "work_order_event"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("work_order.id"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    action: Mapped[str] = mapped_column(String(16))
    detail: Mapped[str] = mapped_column(String(200), default="")
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))
    operator_name: Mapped[str] = mapped_column(String(32))


class FollowUp(Base):
    """回访: one call about a completed order — reached or not, and what the resident said."""

    __tablename__ = "wo_follow_up"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("work_order.id"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    reached: Mapped[bool] = mapped_column(Boolean)
    on_time: Mapped[bool | None] = mapped_column(Boolean)
    attitude: Mapped[str] = mapped_column(String(4), default="")
    skill: Mapped[str] = mapped_column(String(4), default="")
    manners: Mapped[str] = mapped_column(String(4), default="")
    satisfaction: Mapped[int | None] = mapped_column(Integer)
    comment: Mapped[str] = mapped_column(String(200), default="")
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))
    operator_name: Mapped[str] = mapped_column(String(32))


on_clash("uq_work_order_number", QT_TRANSLATE_NOOP("Errors", "This work-order number was just taken at another "
                                                             "desk; nothing was changed here. Please try again."))
