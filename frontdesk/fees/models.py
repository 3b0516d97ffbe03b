"""Fee tables: items and their dated prices (收费标准), bills (应收), receipts (收据) and their lines."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (Boolean, CheckConstraint, Date, DateTime, ForeignKey, Index, Integer, String, Text,
                        UniqueConstraint, text)
from sqlalchemy.orm import Mapped, mapped_column

from frontdesk.core.errors import QT_TRANSLATE_NOOP
from frontdesk.core.guard import on_clash
from frontdesk.core.models import Base, Fixed2, now

# how an item's bill is computed
RULES = ("area_monthly", "unit_monthly", "fixed", "area_fixed", "metered", "deposit", "service")
METHODS = ("现金", "微信", "支付宝", "银行卡", "转账")
CYCLES = (1, 3, 12)  # months a periodic item bills at once: monthly, quarterly, yearly
REMINDER_METHODS = ("电话", "短信", "通知单", "催缴函", "上门")
LATE_FEE_ITEM = "滞纳金"
DEPOSIT_KINDS = ("装修押金（业主）", "装修押金（施工方）", "出入证押金", "其他押金")
REFUND_PREFIX = "TK"
SHIFT_PREFIX = "JB"
RECEIPT_PREFIX = "SJ"


class FeeItem(Base):
    """收费项目: e.g. 物业管理费 (area × price per m² per month), 停车费, 维修基金."""

    __tablename__ = "fee_item"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(32))
    rule: Mapped[str] = mapped_column(String(16))
    applies_to: Mapped[str] = mapped_column(String(8), default="住宅")  # a room use, or 全部
    custody_rate: Mapped[bool] = mapped_column(Boolean, default=False)  # billed at the custody rate in custody
    cycle: Mapped[int] = mapped_column(Integer, default=1, server_default="1")  # months billed at once
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=now)


class FeePrice(Base):
    """A price of an item valid from a date (until the next one)."""

    __tablename__ = "fee_price"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("fee_item.id"), index=True)
    valid_from: Mapped[date] = mapped_column(Date)
    price: Mapped[Decimal] = mapped_column(Fixed2)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=now)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))

    __table_args__ = (UniqueConstraint("item_id", "valid_from", name="uq_fee_price_day"),)


class Bill(Base):
    """应收: one item for one room and period. ``receipt_id`` is the live receipt that settled it;
    ``paid`` is what live part payments (BillPart) have paid of it so far. Periodic and metered
    bills are unique per room, item and month; one-off bills (``one_off``) are not."""

    __tablename__ = "bill"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("room.id"))
    item_id: Mapped[int] = mapped_column(ForeignKey("fee_item.id"))
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    quantity: Mapped[Decimal] = mapped_column(Fixed2)
    unit_price: Mapped[Decimal] = mapped_column(Fixed2)
    rate_pct: Mapped[int] = mapped_column(Integer, default=100)  # 70 in custody
    amount: Mapped[Decimal] = mapped_column(Fixed2)
    description: Mapped[str] = mapped_column(String(100), default="")
    one_off: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))
    paid: Mapped[Decimal] = mapped_column(Fixed2, default=Decimal("0.00"), server_default="0")
    receipt_id: Mapped[int | None] = mapped_column(ForeignKey("receipt.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=now)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))
    cancel_id: Mapped[int | None] = mapped_column(ForeignKey("bill_cancel.id"))  # cancelled with a month's bills

    __table_args__ = (CheckConstraint("paid >= 0 AND paid <= amount", name="paid_range"),  # never paid twice
                      Index("uq_bill_period", "room_id", "item_id", "period_start", unique=True,
                            sqlite_where=text("one_off = 0 AND cancel_id IS NULL"),
                            postgresql_where=text("NOT one_off AND cancel_id IS NULL")),
                      Index("ix_bill_room_due", "room_id", "receipt_id", "period_start"),
                      Index("ix_bill_period", "period_start", "receipt_id"),
                      # the arrears list reads only unpaid bills: a small covering index
                      Index("ix_bill_unpaid", "room_id", "period_start", "amount", "paid",
                            sqlite_where=text("receipt_id IS NULL"), postgresql_where=text("receipt_id IS NULL")))


class Receipt(Base):
    """收据: numbered without gaps per year; voided (作废) or reversed (红冲), never deleted."""

    __tablename__ = "receipt"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    issued_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"), index=True)
    payer: Mapped[str] = mapped_column(String(64), default="")
    total: Mapped[Decimal] = mapped_column(Fixed2)
    method: Mapped[str] = mapped_column(String(8))
    reference: Mapped[str] = mapped_column(String(64), default="")
    cash_received: Mapped[Decimal | None] = mapped_column(Fixed2)
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("operator.id"), index=True)
    operator_name: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(8), default="正常")  # 正常 / 作废
    void_reason: Mapped[str] = mapped_column(String(200), default="")
    voided_at: Mapped[datetime | None] = mapped_column(DateTime)
    voided_by: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))
    reverses_id: Mapped[int | None] = mapped_column(ForeignKey("receipt.id"))
    reprints: Mapped[int] = mapped_column(Integer, default=0)
    late_fee_waived: Mapped[Decimal | None] = mapped_column(Fixed2)  # 滞纳金 a supervisor waived on it
    waive_reason: Mapped[str] = mapped_column(String(200), default="", server_default="")
    waived_by: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))
    shift_id: Mapped[int | None] = mapped_column(ForeignKey("shift_close.id"), index=True)  # closed in
    void_shift_id: Mapped[int | None] = mapped_column(ForeignKey("shift_close.id"))  # the void closed in
    float_advance: Mapped[Decimal | None] = mapped_column(Fixed2)  # the drawer's float paid this much of its void / 红冲

    __table_args__ = (Index("uq_receipt_reverses", "reverses_id", unique=True),)  # reversed at most once


class ReceiptLine(Base):
    """One line of a receipt: an item and its period range, quantity × price, amount."""

    __tablename__ = "receipt_line"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    receipt_id: Mapped[int] = mapped_column(ForeignKey("receipt.id"), index=True)
    item_name: Mapped[str] = mapped_column(String(32))
    period: Mapped[str] = mapped_column(String(40), default="")
    detail: Mapped[str] = mapped_column(String(80), default="")
    amount: Mapped[Decimal] = mapped_column(Fixed2)


class BillCancel(Base):
    """撤销开账: a supervisor took back a month's unpaid bills (a wrong month typed, a wrong price).
    The bills stay, marked with this row; rooms with anything paid of that month keep their bills."""

    __tablename__ = "bill_cancel"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    period_start: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(String(200))
    bills: Mapped[int] = mapped_column(Integer)
    total: Mapped[Decimal] = mapped_column(Fixed2)
    kept_rooms: Mapped[int] = mapped_column(Integer)  # rooms whose bills stayed: something of the month is paid
    cancelled_at: Mapped[datetime] = mapped_column(DateTime)
    cancelled_by: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))
    operator_name: Mapped[str] = mapped_column(String(32))


class ShiftClose(Base):
    """交班 / 日结: one operator's shift, closed; its figures never change afterwards."""

    __tablename__ = "shift_close"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("operator.id"), index=True)
    operator_name: Mapped[str] = mapped_column(String(32))
    closed_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    receipts: Mapped[int] = mapped_column(Integer)
    voids: Mapped[int] = mapped_column(Integer)
    issued_total: Mapped[Decimal] = mapped_column(Fixed2)
    voided_total: Mapped[Decimal] = mapped_column(Fixed2)
    cash_expected: Mapped[Decimal] = mapped_column(Fixed2)
    cash_counted: Mapped[Decimal] = mapped_column(Fixed2)
    number: Mapped[str | None] = mapped_column(String(20))  # JB + year + running number
    difference_reason: Mapped[str] = mapped_column(String(200), default="", server_default="")
    detail: Mapped[str] = mapped_column(Text, default="")  # JSON: by item, by method, every number

    __table_args__ = (Index("uq_shift_close_number", "number", unique=True),)


class Deposit(Base):
    """押金: held as a liability from collection until it is refunded (退还) or forfeited (扣除, part
    or all, with the rest refunded) — once, never both ways."""

    __tablename__ = "deposit"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    payer: Mapped[str] = mapped_column(String(64), default="")
    amount: Mapped[Decimal] = mapped_column(Fixed2)
    receipt_id: Mapped[int] = mapped_column(ForeignKey("receipt.id"), index=True)
    collected_at: Mapped[datetime] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(12), default="held", index=True)  # held/refunded/forfeited/void
    settled_at: Mapped[datetime | None] = mapped_column(DateTime)
    settled_by: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))
    refund_amount: Mapped[Decimal | None] = mapped_column(Fixed2)
    forfeit_amount: Mapped[Decimal | None] = mapped_column(Fixed2)
    reason: Mapped[str] = mapped_column(String(200), default="")
    voucher_number: Mapped[str | None] = mapped_column(String(20), unique=True)
    refund_method: Mapped[str | None] = mapped_column(String(8))  # how the refund was paid back
    refund_reference: Mapped[str] = mapped_column(String(64), default="", server_default="")
    refund_shift_id: Mapped[int | None] = mapped_column(ForeignKey("shift_close.id"))  # the refund closed in
    float_advance: Mapped[Decimal | None] = mapped_column(Fixed2)  # the drawer's float paid this much of the refund
    held_for: Mapped[str] = mapped_column(String(20), default="", server_default="")  # another task's paper (ZX…, SG…)


class BillPart(Base):
    """A part payment of a bill (only where the property allows part payments). Live while its
    receipt is; the bill's ``paid`` is the sum of its live parts."""

    __tablename__ = "bill_part"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bill_id: Mapped[int] = mapped_column(ForeignKey("bill.id"), index=True)
    receipt_id: Mapped[int] = mapped_column(ForeignKey("receipt.id"), index=True)
    amount: Mapped[Decimal] = mapped_column(Fixed2)


class MeterReading(Base):
    """A meter reading of a room for a metered item and month; the bill is price × the difference
    from the reading before. The first reading of a meter is its baseline (no bill)."""

    __tablename__ = "meter_reading"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("room.id"))
    item_id: Mapped[int] = mapped_column(ForeignKey("fee_item.id"))
    period_start: Mapped[date] = mapped_column(Date)
    reading: Mapped[Decimal] = mapped_column(Fixed2)
    bill_id: Mapped[int | None] = mapped_column(ForeignKey("bill.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=now)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))

    __table_args__ = (UniqueConstraint("room_id", "item_id", "period_start", name="uq_meter_reading_month"),)


class Reminder(Base):
    """催缴: one reminder to a room in arrears — by phone, SMS, notice, demand letter or visit."""

    __tablename__ = "reminder"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("room.id"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    method: Mapped[str] = mapped_column(String(8))
    outcome: Mapped[str] = mapped_column(String(200), default="")
    arrears: Mapped[Decimal] = mapped_column(Fixed2)  # owed when reminded
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))
    operator_name: Mapped[str] = mapped_column(String(32))


on_clash("uq_bill_period", QT_TRANSLATE_NOOP("Errors", "That month was just billed for this room at another desk; "
                                                       "nothing was changed here. Refresh and look again."))
on_clash("uq_receipt_reverses", QT_TRANSLATE_NOOP("Errors", "This receipt was just reversed at another desk; "
                                                            "nothing was changed here."))
on_clash("uq_meter_reading_month", QT_TRANSLATE_NOOP("Errors", "This reading was just entered at another desk; "
                                                               "nothing was changed here."))
on_clash("ck_bill_paid_range", QT_TRANSLATE_NOOP("Errors", "These bills were just paid or voided at another desk; "
                                                           "nothing was changed here. Refresh and look again."))
