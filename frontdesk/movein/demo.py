"""The move-in's part of the demo (``Task.demo``): two delivered rooms moved into through the six
steps a few working days ago — one keeping a set of keys for its rectification, its defects
dispatched to 工程部 — and one half done today (documents, forms and items; the owner comes back
for the rest), all through the move-in's service at the moments they were done."""
from __future__ import annotations

import io
from datetime import timedelta

from frontdesk.core.clock import as_of
from frontdesk.core.dates import working_moment


def _signature() -> bytes:
    from PIL import Image, ImageDraw
    im = Image.new("L", (240, 80), 255)
    ImageDraw.Draw(im).line([(20, 60), (60, 20), (100, 60), (140, 25), (200, 55)], fill=0, width=3)
    out = io.BytesIO()
    im.save(out, "PNG")
    return out.getvalue()


def fill(store, ctx) -> None:
    from sqlalchemy import select

    from frontdesk.keys.service import KeyService
    from frontdesk.movein.models import DOCUMENTS, FORMS, ITEMS
    from frontdesk.movein.service import MoveInService
    from frontdesk.registration.service import Room, current_owners
    with store.read() as s:
        vacant = list(s.scalars(select(Room.id).where(Room.state == "空置").order_by(Room.id.desc())))
        owners = current_owners(s, vacant)
    rooms = [r for r in vacant if owners.get(r)][:3]  # from the end: the keys' demo keeps sets of the first
    if len(rooms) < 3:
        return
    svc, sign, rng, clerk = MoveInService(store), _signature(), ctx.rng, ctx.clerk

    def first_steps(mid, room, delivered):
        owner = owners[room][0][0]
        svc.documents(clerk, mid, who="owner", owner=owner, checked=DOCUMENTS["owner"], delivered_on=delivered)
        svc.forms(clerk, mid, signed=FORMS)
        svc.items(clerk, mid, handed=ITEMS, signature=sign)

    for n, (room, days_ago) in enumerate(zip(rooms[:2], (8, 4))):
        moment = working_moment(rng, ctx.today - timedelta(days=days_ago))
        with as_of(moment):
            mid = svc.start(clerk, room)
            first_steps(mid, room, moment.date() - timedelta(days=10 + n * 3))
            plan = svc.fee_plan(mid)
            svc.fees(clerk, mid, method="现金", cash_received=str(plan.total))
            svc.inspection(clerk, mid, engineer="陈工", water=str(10 + n), power=str(3 + n), gas="0.5", agreed=True,
                           defects=(["卫生间墙面渗水", "主卧窗户关不严"] if n == 0 else []))
            hooks = [h for h in KeyService(store).free_hooks() if h.startswith("A-")]
            keep = n == 0 and bool(hooks)
            svc.keys(clerk, mid, handed=4, keep=keep, kept_pieces=2 if keep else None, hook=hooks[-1] if keep else "",
                     signature=sign)
            svc.finish(clerk, mid)
    moment = working_moment(rng, ctx.today)
    with as_of(moment):  # half done: the owner left after the items, to come back with the fees
        mid = svc.start(clerk, rooms[2])
        first_steps(mid, rooms[2], moment.date() - timedelta(days=6))
    ctx.figures["move_ins"] = 3
