"""Kernel tables: settings, operators, audit log, document counters, the holiday calendar, the
monthly reports as sent (定稿).

Every task's tables derive from :class:`Base`; the schema itself is only changed through
Alembic revisions in ``core/migrations``.
"""
from __future__ import annotations

from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import (BigInteger, Boolean, Date, DateTime, ForeignKey, Index, Integer, LargeBinary, MetaData,
                        String, Text, types)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from frontdesk.core.clock import as_of, now  # noqa: F401  (every table's "when" comes from the one clock)

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Fixed2(types.TypeDecorator):
    """A ``Decimal`` with 2 places stored as an integer count of hundredths.

    Money (fen) and areas (m² × 100) are exact on SQLite, which has no decimal type.
    """

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if isinstance(value, float):
            raise TypeError("Fixed2 columns take Decimal, never float")
        return int((Decimal(value) * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))

    def process_result_value(self, value, dialect):
        return None if value is None else (Decimal(int(value)) / 100).quantize(Decimal("0.01"))


class Setting(Base):
    """One property setting (物业信息, preferences shared by every desk)."""

    __tablename__ = "app_setting"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=now)
    updated_by: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))


class Operator(Base):
    """A person who works the desk (操作员): 前台 receptionist or 主管 supervisor."""

    __tablename__ = "operator"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(32), unique=True)
    display_name: Mapped[str] = mapped_column(String(32))
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=now)
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime)


class AuditEntry(Base):
    """Who changed what and when, with the values before and after (JSON)."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("operator.id"), index=True)
    operator_name: Mapped[str] = mapped_column(String(32))
    action: Mapped[str] = mapped_column(String(16), index=True)
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(40))
    summary: Mapped[str] = mapped_column(String(200), default="")
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (Index("ix_audit_log_entity_id", "entity", "entity_id"),)


class DocCounter(Base):
    """The last number used per document prefix and year (gap-free numbering)."""

    __tablename__ = "doc_counter"
    prefix: Mapped[str] = mapped_column(String(8), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_number: Mapped[int] = mapped_column(Integer, default=0)


class CalendarDay(Base):
    """A day that differs from Mon–Fri: a public holiday on a weekday or an adjusted working
    weekend (调休)."""

    __tablename__ = "calendar_day"
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    workday: Mapped[bool] = mapped_column(Boolean)
    name: Mapped[str] = mapped_column(String(32), default="")
    source: Mapped[str] = mapped_column(String(16), default="package")
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=now)
    updated_by: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))


class CalendarYear(Base):
    """A year whose holidays are known (from the package or entered by a supervisor)."""

    __tablename__ = "calendar_year"
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    source: Mapped[str] = mapped_column(String(16), default="package")
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=now)


class ReportFreeze(Base):
    """定稿: a month's workbook as a supervisor sent it — its file (reprinted exactly) and its key
    figures (to tell what a later correction changed); once per month, never changed."""

    __tablename__ = "report_freeze"
    month: Mapped[str] = mapped_column(String(7), primary_key=True)  # "2026-11"
    frozen_at: Mapped[datetime] = mapped_column(DateTime)
    frozen_by: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))
    frozen_by_name: Mapped[str] = mapped_column(String(32))
    figures: Mapped[str] = mapped_column(Text)  # JSON [[name, value as text or null, kind], …]
    workbook: Mapped[bytes] = mapped_column(LargeBinary)
