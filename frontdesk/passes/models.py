"""Passes and permits' tables (证件): the renovation (装修) from application to the contractor's refund
with its events, the documents issued under it or on their own (施工证, 临时证, 动火证, 放行条),
and the rules a supervisor keeps."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from frontdesk.core.errors import QT_TRANSLATE_NOOP
from frontdesk.core.guard import on_clash
from frontdesk.core.models import Base, Fixed2
from frontdesk.core.rule_rows import RuleRow

RENOVATION_PREFIX = "ZX"
# the documents of this task, by kind: (number prefix, the desk's name of it)
DOCS = {"worker": ("SG", "施工人员出入证"), "temporary": ("LS", "临时出入证"), "hot_work": ("DH", "动火证"),
        "release": ("FX", "物品放行条")}
PREFIXES = {RENOVATION_PREFIX: "renovation", **{p: kind for kind, (p, _n) in DOCS.items()}}

# a renovation's states, as stored data (the desk's words)
RENOVATION_STATES = {"applied": "已申请", "approved": "已审批", "issued": "施工中", "suspended": "已停工",
                     "accepted": "已验收", "refunded": "已退押", "void": "已作废"}
LIVE = ("applied", "approved", "issued", "suspended")  # at most one of these per room
DOC_STATES = {"pending": "待审批", "live": "有效", "returned": "已退还", "lost": "已遗失", "used": "已放行", "closed": "已关闭",
              "void": "已作废"}
TEST_RESULTS = ("合格", "不合格")
PRESSURE_SKIPPED = "暂缓（供暖期）"
RELEASE_REASONS = ("搬家", "装修材料", "维修", "其他")
CONFIRM_WAYS = ("本人到场", "电话", "微信", "授权书")
DOCUMENTS_SEEN = ("申请表", "平面图", "装修协议", "施工单位资质")

class PassRule(RuleRow, Base):
    """One of the rules a supervisor keeps in 设置 → 证件规则 (deposits, periods, working hours, the
    works checklist); a JSON value per key, every change audited."""

    __tablename__ = "pass_rule"


class Renovation(Base):
    """装修: one renovation of one room, from the application to the contractor's deposit refunded.
    ``live_room_id`` holds the room while the renovation is live and is unique: a second live
    renovation of a room is refused by the database itself, whichever desk is first."""

    __tablename__ = "renovation"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("room.id"), index=True)
    live_room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"), unique=True)
    state: Mapped[str] = mapped_column(String(12), default="applied", index=True)
    owner: Mapped[str] = mapped_column(String(64))
    owner_phone: Mapped[str] = mapped_column(String(20), default="")
    contractor: Mapped[str] = mapped_column(String(64))
    manager: Mapped[str] = mapped_column(String(32))
    manager_phone: Mapped[str] = mapped_column(String(20))
    workers: Mapped[int] = mapped_column(Integer, default=1)
    works: Mapped[str] = mapped_column(Text, default="[]")  # JSON: the checklist's entries ticked
    works_other: Mapped[str] = mapped_column(String(200), default="")
    start: Mapped[date] = mapped_column(Date)
    end: Mapped[date] = mapped_column(Date)  # the permit's end (an extension moves it)
    structural: Mapped[bool] = mapped_column(Boolean, default=False)
    approval_no: Mapped[str] = mapped_column(String(40), default="")  # the housing authority's, when structural
    documents: Mapped[str] = mapped_column(Text, default="[]")  # JSON: the documents seen
    applied_at: Mapped[datetime] = mapped_column(DateTime)
    applied_by: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))
    approve_due: Mapped[datetime] = mapped_column(DateTime)
    water_test: Mapped[str] = mapped_column(String(12), default="")  # 合格 / 不合格 / "" (not yet)
    water_test_on: Mapped[date | None] = mapped_column(Date)
    water_witness: Mapped[str] = mapped_column(String(32), default="")
    pressure_test: Mapped[str] = mapped_column(String(12), default="")  # 合格 / 不合格 / 暂缓（供暖期）
    pressure_test_on: Mapped[date | None] = mapped_column(Date)
    pressure_witness: Mapped[str] = mapped_column(String(32), default="")
    owner_signed: Mapped[bool] = mapped_column(Boolean, default=False)
    engineer: Mapped[str] = mapped_column(String(32), default="")  # the engineering supervisor who signed
    approved_at: Mapped[datetime | None] = mapped_column(DateTime)
    approved_by: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))
    owner_deposit_id: Mapped[int | None] = mapped_column(ForeignKey("deposit.id"))
    contractor_deposit_id: Mapped[int | None] = mapped_column(ForeignKey("deposit.id"))
    waste_bill_id: Mapped[int | None] = mapped_column(ForeignKey("bill.id"))
    issued_at: Mapped[datetime | None] = mapped_column(DateTime)
    issued_by: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))
    prints: Mapped[int] = mapped_column(Integer, default=0)  # the first is the original, the rest 副本
    accepted_at: Mapped[datetime | None] = mapped_column(DateTime)
    accepted_by: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))
    contractor_refund_due: Mapped[date | None] = mapped_column(Date, index=True)
    rectify: Mapped[str] = mapped_column(String(200), default="")  # a failed acceptance: what to put right
    recheck_on: Mapped[date | None] = mapped_column(Date)
    void_reason: Mapped[str] = mapped_column(String(200), default="")
    voided_at: Mapped[datetime | None] = mapped_column(DateTime)
    voided_by: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))
    version: Mapped[int] = mapped_column(Integer, default=0)  # bumped by every change (compare-and-set)

    __table_args__ = (Index("ix_renovation_state_end", "state", "end"),)


class RenovationEvent(Base):
    """A renovation's history: application, tests, sign-offs, money, permit, inspections (巡查, with a
    violation and what was ordered), deductions (扣款, with their reason), extensions, suspension and
    resumption, acceptance — each with who and when."""

    __tablename__ = "renovation_event"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    renovation_id: Mapped[int] = mapped_column(ForeignKey("renovation.id"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    action: Mapped[str] = mapped_column(String(16))
    detail: Mapped[str] = mapped_column(String(400), default="")
    violation: Mapped[bool] = mapped_column(Boolean, default=False)
    amount: Mapped[Decimal | None] = mapped_column(Fixed2)  # a deduction from the owner's deposit
    order_number: Mapped[str] = mapped_column(String(20), default="")  # a violation's work order
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))
    operator_name: Mapped[str] = mapped_column(String(32))


class PassDoc(Base):
    """A paper the gate trusts: a worker pass (under a live permit), a temporary pass, a hot-work
    permit or a goods release slip. Each has its own number, is voided with a reason, never deleted;
    what is particular to a kind (the items and plate of a slip, the welder's certificate) is in
    ``details`` as JSON."""

    __tablename__ = "pass_doc"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    kind: Mapped[str] = mapped_column(String(12))
    state: Mapped[str] = mapped_column(String(10), default="live")
    renovation_id: Mapped[int | None] = mapped_column(ForeignKey("renovation.id"), index=True)
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"), index=True)
    holder: Mapped[str] = mapped_column(String(32))
    id_number: Mapped[str] = mapped_column(String(32), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    purpose: Mapped[str] = mapped_column(String(100), default="")  # trade, reason, place of work
    details: Mapped[str] = mapped_column(Text, default="{}")
    photo: Mapped[bytes | None] = mapped_column(LargeBinary)
    valid_from: Mapped[datetime] = mapped_column(DateTime)
    valid_to: Mapped[datetime] = mapped_column(DateTime)
    deposit_id: Mapped[int | None] = mapped_column(ForeignKey("deposit.id"))
    bill_id: Mapped[int | None] = mapped_column(ForeignKey("bill.id"))
    issued_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    issued_by: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))
    approved_by: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))
    used_at: Mapped[datetime | None] = mapped_column(DateTime)  # a slip released at the gate, once
    used_by: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)  # returned, lost, closed or voided
    closed_by: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))
    close_note: Mapped[str] = mapped_column(String(200), default="")
    prints: Mapped[int] = mapped_column(Integer, default=0)
    version: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (Index("ix_pass_doc_kind_state_to", "kind", "state", "valid_to"),)


on_clash("uq_renovation_live_room_id", QT_TRANSLATE_NOOP(
    "Errors", "This room already has a renovation under way (just registered at another desk?); finish or void "
              "it first. Nothing was changed here."))
on_clash("uq_renovation_number", QT_TRANSLATE_NOOP("Errors", "This renovation number was just taken at another "
                                                             "desk; nothing was changed here. Please try again."))
on_clash("uq_pass_doc_number", QT_TRANSLATE_NOOP("Errors", "This document number was just taken at another desk; "
                                                           "nothing was changed here. Please try again."))
