"""The move-in's part of ``frontdesk selftest``: on the demo store, a finished move-in's 入住确认单 printed
through ``print_confirmation`` (counted and audited as the desk prints it) and read back — its number, room,
owner and the receipt its fees step took — and printed again, a 副本."""
from __future__ import annotations

from frontdesk.core.errors import QT_TRANSLATE_NOOP


def checks():
    return [(QT_TRANSLATE_NOOP("SelfTest", "Move-in confirmation"), confirmation)]


def confirmation(ctx) -> str:
    from sqlalchemy import select

    from frontdesk.core.errors import CheckFailed
    from frontdesk.movein.documents import print_confirmation
    from frontdesk.movein.models import MoveIn
    from frontdesk.movein.service import MoveInService
    with ctx.store.read() as s:
        number = s.scalar(select(MoveIn.number).where(MoveIn.state.in_(("moved_in", "custody")))
                          .order_by(MoveIn.id).limit(1))
    if number is None:
        raise CheckFailed("the demo property has no finished move-in")
    pdf, missing = print_confirmation(ctx.store, ctx.clerk, number, None, ctx.translate)
    if missing:
        raise CheckFailed(f"{number}: the font lacks {''.join(sorted(missing))}")
    view = MoveInService(ctx.store).by_number(number)
    fees = view.steps["fees"].data if "fees" in view.steps else {}
    done = ctx.pdf("move-in-confirmation.pdf", pdf, number, view.room, view.owner,
                   *([fees["receipt"]] if fees.get("receipt") else []))
    again, _missing = print_confirmation(ctx.store, ctx.clerk, number, None, ctx.translate)
    copy = ctx.translate("Receipt", "COPY")  # a reprint: 副本
    ctx.pdf("move-in-confirmation-copy.pdf", again, number, copy)
    return done
