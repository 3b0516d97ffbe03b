"""Work orders' part of ``frontdesk selftest``: an order registered, dispatched, its slip (A5,
with its QR code) printed; the work-order register written."""
from __future__ import annotations

from datetime import timedelta

from frontdesk.core import clock
from frontdesk.core.errors import QT_TRANSLATE_NOOP


def checks():
    return [(QT_TRANSLATE_NOOP("SelfTest", "Work order and its slip"), slip),
            (QT_TRANSLATE_NOOP("SelfTest", "Work-order register"), register)]


def slip(ctx) -> str:
    from frontdesk.registration.service import RegistrationService
    from frontdesk.workorders import documents
    from frontdesk.workorders.service import WorkOrderService
    svc = WorkOrderService(ctx.store)
    room = RegistrationService(ctx.store).search("1-1-101")[0].room_id
    order = svc.register(ctx.clerk, kind="repair_home", content="自检：厨房水管漏水", room_id=room,
                         phone="13800138000", category_id=next(i for i, _p, n in svc.categories() if n == "漏水"))
    svc.dispatch(ctx.clerk, order.id, svc.departments()[0][0])
    out = {}
    svc.print_slip(ctx.clerk, order.id, deliver=lambda oid, copy: out.update(
        data=documents.slip(ctx.store, oid, ctx.translate, copy).build()))
    return ctx.pdf("work-order-slip.pdf", out["data"], order.number, "维修工作单", "自检：厨房水管漏水")


def register(ctx) -> str:
    from frontdesk.workorders.documents import write_register
    path = ctx.out / "work-orders.xlsx"
    write_register(ctx.store, clock.today() - timedelta(days=92), clock.today(), path, ctx.translate)
    return ctx.workbook(path, "工单登记簿", "户内报修")
