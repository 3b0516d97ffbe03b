"""The key cabinet's tables (钥匙): the key sets with their hook, every movement of a set (kept,
collected, lent, returned, lost, retired) with who signed it or why not, the shift-handover counts
and the rules a supervisor keeps (places, the cabinet's panels, the loan period)."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from frontdesk.core.errors import QT_TRANSLATE_NOOP
from frontdesk.core.guard import on_clash
from frontdesk.core.models import Base
from frontdesk.core.rule_rows import RuleRow

# the papers of this task, by their number's prefix
RECEIPT, SLIP, COUNT = "YS", "JY", "PD"  # 钥匙收条, 钥匙借用单, 交接班盘点表
PAPERS = {RECEIPT: "钥匙收条", SLIP: "钥匙借用单", COUNT: "交接班钥匙盘点表"}

# stored data, in the desk's words (as registration's relations are)
KINDS = {"rectify": "整改钥匙", "owner": "业主留存", "public": "公共钥匙"}
ROOM_KINDS = ("rectify", "owner")
STATES = {"in": "在柜", "out": "借出", "collected": "已领取", "lost": "遗失", "retired": "停用"}
CUSTODY = ("in", "out")  # the desk holds the set (it keeps its hook)
ACTIONS = {"register": "登记", "keep": "收存", "collect": "领取", "lend": "借出", "return": "归还",
           "lost": "遗失", "retire": "停用", "found": "找回"}
BORROWERS = ("销售", "业主", "公司员工", "施工方", "其他")
FREE_BORROWERS = ("销售", "公司员工")  # and the room's own owner: no approval needed
PURPOSES = ("整改", "维修", "查漏", "装修", "公共设施", "抄表", "看房", "其他")


class KeyRule(RuleRow, Base):
    """One of the rules a supervisor keeps in 设置 → 钥匙柜 (places, panels, the loan period); a JSON
    value per key, every change audited."""

    __tablename__ = "key_rule"


class KeySet(Base):
    """A key set: its tag (钥匙编号), its hook in the cabinet, a room's (整改/业主留存) or a place's (公共).
    ``live_hook`` holds the hook while the desk holds the set (in the cabinet or lent) and is unique:
    two sets on one hook are refused by the database, whichever desk is first. Never deleted."""

    __tablename__ = "key_set"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tag: Mapped[str] = mapped_column(String(16), unique=True)
    kind: Mapped[str] = mapped_column(String(10))
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"), index=True)
    place: Mapped[str] = mapped_column(String(32), default="")
    hook: Mapped[str] = mapped_column(String(12))
    live_hook: Mapped[str | None] = mapped_column(String(12), unique=True)
    pieces: Mapped[int] = mapped_column(Integer, default=1)
    notes: Mapped[str] = mapped_column(String(200), default="")
    state: Mapped[str] = mapped_column(String(10), default="in", index=True)
    # kept for an owner: who may collect it (JSON list of names) and whether emergency entry is allowed
    collectors: Mapped[str] = mapped_column(Text, default="[]")
    emergency: Mapped[bool] = mapped_column(Boolean, default=False)
    receipt: Mapped[str] = mapped_column(String(20), default="")  # the 钥匙收条 that kept it
    loan_id: Mapped[int | None] = mapped_column(Integer)  # the open loan (a key_move; no FK: the two point at each other)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))
    version: Mapped[int] = mapped_column(Integer, default=0)  # bumped by every change (compare-and-set)


class KeyMove(Base):
    """One movement of a set, with the person at the counter, what was counted, who signed (the image)
    or why nobody did, and the supervisor who approved a loan. A loan (``lend``) is closed by its
    ``return`` (``closes_id``); the papers are the keep's 收条 and the loan's 借用单 (``number``)."""

    __tablename__ = "key_move"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    set_id: Mapped[int] = mapped_column(ForeignKey("key_set.id"))  # indexed with ``at`` below
    action: Mapped[str] = mapped_column(String(10))
    number: Mapped[str | None] = mapped_column(String(20), unique=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    person_kind: Mapped[str] = mapped_column(String(8), default="")
    person: Mapped[str] = mapped_column(String(32), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    id_number: Mapped[str] = mapped_column(String(32), default="")
    purpose: Mapped[str] = mapped_column(String(100), default="")
    work_order_id: Mapped[int | None] = mapped_column(ForeignKey("work_order.id"), index=True)
    work_order: Mapped[str] = mapped_column(String(20), default="")
    expected_back: Mapped[datetime | None] = mapped_column(DateTime)
    pieces: Mapped[int] = mapped_column(Integer, default=0)  # counted at the counter
    missing: Mapped[int] = mapped_column(Integer, default=0)  # a short count on return or collection
    note: Mapped[str] = mapped_column(String(200), default="")
    approved_by: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))
    approver: Mapped[str] = mapped_column(String(32), default="")
    signature: Mapped[bytes | None] = mapped_column(LargeBinary)  # PNG, drawn at the counter
    unsigned: Mapped[str] = mapped_column(String(100), default="")  # why nobody signed (电话授权 …)
    closes_id: Mapped[int | None] = mapped_column(ForeignKey("key_move.id"))  # a return: the loan it closes
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))
    operator_name: Mapped[str] = mapped_column(String(32))
    prints: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (Index("ix_key_move_set_at", "set_id", "at"),)


class KeyCount(Base):
    """交接班盘点: the outgoing and incoming receptionists counted the cabinet against the ledger; the
    lines (JSON: tag, hook, what, expected, found, reason) and both signatures."""

    __tablename__ = "key_count"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    outgoing_id: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))
    outgoing: Mapped[str] = mapped_column(String(32))
    incoming_id: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))
    incoming: Mapped[str] = mapped_column(String(32))
    expected: Mapped[int] = mapped_column(Integer)
    found: Mapped[int] = mapped_column(Integer)
    lines: Mapped[str] = mapped_column(Text, default="[]")  # the differences, each with its reason
    outgoing_signature: Mapped[bytes | None] = mapped_column(LargeBinary)
    incoming_signature: Mapped[bytes | None] = mapped_column(LargeBinary)
    unsigned: Mapped[str] = mapped_column(String(100), default="", server_default="")  # why a signature is missing
    prints: Mapped[int] = mapped_column(Integer, default=0)


on_clash("uq_key_set_live_hook", QT_TRANSLATE_NOOP(
    "Errors", "Another key set hangs on this hook (just registered at another desk?); choose a free hook. "
              "Nothing was changed here."))
on_clash("uq_key_set_tag", QT_TRANSLATE_NOOP("Errors", "This tag number is already on another key set; "
                                                       "nothing was changed here. Please try again."))
on_clash("uq_key_move_number", QT_TRANSLATE_NOOP("Errors", "This paper's number was just taken at another desk; "
                                                           "nothing was changed here. Please try again."))
on_clash("uq_key_count_number", QT_TRANSLATE_NOOP("Errors", "This count's number was just taken at another desk; "
                                                            "nothing was changed here. Please try again."))
