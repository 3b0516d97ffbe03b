"""Passes' part of ``frontdesk selftest``: on the demo store, a renovation taken from application to
its permit (A4, QR) with its money through fees, two worker passes on one card sheet, a release slip
issued and used once at the gate, and the register of papers written."""
from __future__ import annotations

from datetime import timedelta

from frontdesk.core import clock
from frontdesk.core.errors import QT_TRANSLATE_NOOP
from frontdesk.core.people import id_check_digit

ID = "11010519900101123" + id_check_digit("11010519900101123")


def checks():
    return [(QT_TRANSLATE_NOOP("SelfTest", "Renovation permit and worker passes"), permit),
            (QT_TRANSLATE_NOOP("SelfTest", "Goods release slip and the gate"), release),
            (QT_TRANSLATE_NOOP("SelfTest", "Register of passes and permits"), register)]


def _free_room(ctx) -> int:
    from frontdesk.passes.service import PassService
    from frontdesk.registration.service import current_owners
    with ctx.store.read() as s:
        owners = current_owners(s)
    busy = {r.room_id for r in PassService(ctx.store).renovations("live")}
    return next(room for room in sorted(owners) if room not in busy)


def permit(ctx) -> str:
    from frontdesk.passes import documents
    from frontdesk.passes.service import PassService
    svc, today = PassService(ctx.store), clock.today()
    number = svc.apply(ctx.clerk, _free_room(ctx), contractor="自检装饰公司", manager="自检", manager_phone="13800138000",
                       workers=2, works=["墙面"], start=today + timedelta(days=1), end=today + timedelta(days=40),
                       documents=["装修协议"])
    r = svc.renovation_of(number)
    svc.record_test(ctx.clerk, r.id, "water", "合格", today, "自检")
    svc.record_test(ctx.clerk, r.id, "pressure", "合格", today, "自检")
    svc.sign_off(ctx.clerk, r.id, True, "自检")
    svc.approve(ctx.boss, r.id)
    svc.take_money(ctx.clerk, r.id)
    svc.issue(ctx.clerk, r.id)
    pdf, _missing = documents.print_paper(ctx.store, ctx.clerk, number, ctx.translate)
    ctx.pdf("renovation-permit.pdf", pdf, number, "装修许可证", "装修通知单")
    cards = [svc.issue_worker(ctx.clerk, r.id, name=name, id_number=ID, phone="13700001111",
                              valid_to=today + timedelta(days=30)).number for name in ("自检甲", "自检乙")]
    out = {}
    svc.printed_together(ctx.clerk, cards, lambda views: out.update(pdf=documents.cards(
        ctx.store, [v for v, _c in views], ctx.translate)[0]))
    return ctx.pdf("worker-passes.pdf", out["pdf"], *cards, "施工人员出入证")


def release(ctx) -> str:
    from frontdesk.core.errors import CheckFailed
    from frontdesk.passes import documents
    from frontdesk.passes.service import PassService
    svc = PassService(ctx.store)
    room = _free_room(ctx)
    slip = svc.issue_release(ctx.boss, room, bearer="自检", id_number=ID, reason="搬家", items=[("沙发", "1")],
                             confirmed_by="自检", confirmed_how="本人到场", arrears_reason="自检")
    pdf, _missing = documents.print_paper(ctx.store, ctx.clerk, slip.number, ctx.translate)
    ctx.pdf("release-slip.pdf", pdf, slip.number, "物品放行条", "门岗联")
    first, second = svc.verify(ctx.clerk, slip.number), svc.verify(ctx.clerk, slip.number)
    if not first.ok or second.ok:
        raise CheckFailed(f"the gate let {slip.number} through {'twice' if second.ok else 'never'}")
    return f"{slip.number}：放行一次"


def register(ctx) -> str:
    from frontdesk.passes.documents import write_register
    path = ctx.out / "passes.xlsx"
    write_register(ctx.store, clock.today() - timedelta(days=200), clock.today(), path, ctx.translate)
    return ctx.workbook(path, "装修许可证", "物品放行条")
