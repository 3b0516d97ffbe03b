"""Gap-free document numbers: prefix + year + running number, e.g. ``SJ2026-000123``.

The counter row is bumped with one atomic upsert inside the caller's transaction: the row stays
locked until that transaction ends, so concurrent desks queue, a rollback gives the number back
(no gap), and a committed number is never handed out again — even if its document is voided.
"""
from __future__ import annotations

import re

from sqlalchemy.orm import Session

from frontdesk.core.errors import QT_TRANSLATE_NOOP, ValidationError
from frontdesk.core.models import DocCounter, now


NUMBER = re.compile(r"[A-Z]{1,8}\d{4}-\d{6}")  # a paper's number as format_number writes it


def format_number(prefix: str, year: int, n: int) -> str:
    return f"{prefix}{year}-{n:06d}"


def next_number(session: Session, prefix: str, year: int | None = None) -> str:
    """Take the next number of ``prefix`` for ``year`` (default: this year) in ``session``'s transaction."""
    return take_numbers(session, prefix, 1, year)[0]


def take_numbers(session: Session, prefix: str, count: int, year: int | None = None) -> list[str]:
    """Take the next ``count`` numbers of ``prefix`` at once (a batch of notices), in one statement."""
    if not re.fullmatch(r"[A-Z]{1,8}", prefix):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A document prefix is 1 to 8 capital letters."), "prefix")
    year = year or now().year
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    if count < 1:
        return []
    stmt = insert(DocCounter).values(prefix=prefix, year=year, last_number=count)
    stmt = stmt.on_conflict_do_update(
        index_elements=[DocCounter.prefix, DocCounter.year],
        set_={"last_number": DocCounter.last_number + count},
    ).returning(DocCounter.last_number)
    last = session.execute(stmt).scalar_one()
    return [format_number(prefix, year, n) for n in range(last - count + 1, last + 1)]


def last_number(session: Session, prefix: str, year: int) -> int:
    row = session.get(DocCounter, (prefix, year))
    return row.last_number if row else 0
