"""One way to change a record's state when several desks may race on it.

Every state change (void, 红冲, a deposit refunded, a shift closed, a work order dispatched …)
is a compare-and-set: ``UPDATE … WHERE id = :id AND <the state it read>``, and the number of
rows it changed is checked. On PostgreSQL two desks may read the same state at the same moment;
the second ``UPDATE`` waits for the first to commit, then finds the row changed and matches
nothing — so the loser gets "already done at another desk" (:class:`Conflict`) and its whole
transaction is rolled back. On SQLite writers queue, and the same code holds.

A unique-constraint clash (two desks making the same month's bill, the same reversal …) is
turned into a plain message by :func:`translate_clash`, which ``Store.write`` applies to every
write transaction; a task names the message of each of its constraints with :func:`on_clash`.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from sqlalchemy import update
from sqlalchemy.exc import DBAPIError, IntegrityError

from frontdesk.core.errors import QT_TRANSLATE_NOOP, Conflict

ELSEWHERE = QT_TRANSLATE_NOOP("Errors", "This was just changed at another desk; nothing was changed here. "
                                        "Refresh and look again.")
BUSY = QT_TRANSLATE_NOOP("Errors", "Another desk was changing the same records at the same moment; nothing was "
                                   "changed here. Please try again.")

_CLASHES: dict[str, str] = {}  # constraint or unique index name → message


def on_clash(name: str, message: str) -> None:
    """The message shown when the unique constraint (or unique index) ``name`` refuses a row."""
    _CLASHES[name] = message


def change_state(s, model, ids: int | str | Iterable, expected: dict, values: dict, *, also: tuple = (),
                 message: str = ELSEWHERE, field: str | None = None, by=None, **params) -> int:
    """Set ``values`` on the rows ``ids`` of ``model`` only where each column named in ``expected``
    still holds the value read (``None`` means IS NULL) and each condition in ``also`` holds; every
    row must match, else :class:`Conflict` (with ``message``) and the caller's transaction rolls
    back. ``by`` is the column the ids are of (a key–value table's key; ``model.id`` by default).
    Returns how many rows changed."""
    ids = [ids] if isinstance(ids, (int, str)) else list(ids)
    if not ids:
        return 0
    where = [(model.id if by is None else by).in_(ids), *also]
    for name, value in expected.items():
        column = getattr(model, name)
        where.append(column.is_(None) if value is None else column == value)
    done = s.execute(update(model).where(*where).values(**values)
                     .execution_options(synchronize_session="fetch")).rowcount
    if done != len(ids):
        raise Conflict(message, field, **params)
    return done


def _constraint_name(exc: IntegrityError) -> str | None:
    diag = getattr(getattr(exc, "orig", None), "diag", None)
    if diag is not None and getattr(diag, "constraint_name", None):  # PostgreSQL names it
        return diag.constraint_name
    text = str(getattr(exc, "orig", exc))
    m = re.search(r"CHECK constraint failed: (\w+)", text)
    if m:
        return m.group(1)
    m = re.search(r"UNIQUE constraint failed: ([\w.]+(?:, [\w.]+)*)", text)
    if not m:
        return None
    cols = [c.split(".") for c in m.group(1).split(", ")]
    table, names = cols[0][0], {c[1] for c in cols}
    from frontdesk.core.models import Base
    t = Base.metadata.tables.get(table)
    if t is None:
        return None
    for index in t.indexes:
        if index.unique and {c.name for c in index.columns} == names:
            return index.name
    for constraint in t.constraints:
        cols_of = getattr(constraint, "columns", None)
        if cols_of is not None and {c.name for c in cols_of} == names and constraint.name:
            return str(constraint.name)
    return None


def translate_clash(exc: Exception) -> Conflict | None:
    """The plain message for a driver error two desks can cause, or None for any other error."""
    if isinstance(exc, IntegrityError):
        return Conflict(_CLASHES.get(_constraint_name(exc) or "", ELSEWHERE))
    if isinstance(exc, DBAPIError):
        code = getattr(getattr(exc, "orig", None), "sqlstate", None) or getattr(getattr(exc, "orig", None),
                                                                              "pgcode", None)
        if code in ("40001", "40P01", "55P03"):  # serialization failure, deadlock, lock not available
            return Conflict(BUSY)
    return None
