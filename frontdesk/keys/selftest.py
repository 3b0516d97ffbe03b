"""The key cabinet's part of ``frontdesk selftest``: on the demo store, an owner's set kept with a
signature and its 钥匙收条 (QR, room) printed; a public key lent with the supervisor's approval and
returned, its 钥匙借用单 printed at both ends (the second a 副本); a handover count signed by both
receptionists; the tag labels; and the key register written and read back. Each check makes what it
needs through ``KeyService`` (the demo may have no keys yet)."""
from __future__ import annotations

import io
from datetime import timedelta

from frontdesk.core import clock
from frontdesk.core.errors import QT_TRANSLATE_NOOP
from frontdesk.core.people import id_check_digit

ID = "11010519900101123" + id_check_digit("11010519900101123")

INCOMING = ("zijian", "自检接班", "Zijian2026")  # the incoming receptionist the count check adds


def checks():
    return [(QT_TRANSLATE_NOOP("SelfTest", "Key receipt and lend slip"), receipt_and_slip),
            (QT_TRANSLATE_NOOP("SelfTest", "Key count at handover and tag labels"), count_and_labels),
            (QT_TRANSLATE_NOOP("SelfTest", "Key register"), register)]


def signature() -> bytes:
    """A signature as the pad gives it: a PNG with a stroke."""
    from PIL import Image, ImageDraw
    image = Image.new("L", (300, 100), 255)
    ImageDraw.Draw(image).line([(20, 70), (80, 30), (140, 70), (200, 30), (280, 60)], fill=0, width=4)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _free_hook(svc) -> str:
    from frontdesk.core.errors import CheckFailed
    hooks = svc.free_hooks()
    if not hooks:
        raise CheckFailed("the key cabinet has no free hook")
    return hooks[-1]


def receipt_and_slip(ctx) -> str:
    from frontdesk.core.errors import CheckFailed
    from frontdesk.keys import documents
    from frontdesk.keys.service import KeyService
    from frontdesk.registration.service import current_owners, label_of
    svc = KeyService(ctx.store)
    with ctx.store.read() as s:
        owners = current_owners(s)
    room = next(room for room in sorted(owners) if owners[room])
    owner = owners[room][0][0]
    _tag, number = svc.keep(ctx.clerk, room, owner=owner, pieces=2, hook=_free_hook(svc), contractor="自检装饰 赵工",
                            emergency=True, signature=signature())
    pdf, _missing = documents.print_paper(ctx.store, ctx.clerk, number, None, ctx.translate)
    code = svc.kept_under(number).room
    done = [ctx.pdf("key-receipt.pdf", pdf, number, label_of(code), owner)]
    tag = svc.register_public(ctx.clerk, place="自检水泵房", hook=_free_hook(svc), pieces=2)
    key = svc.by_tag(tag)
    slip = svc.lend(ctx.boss, key.id, person_kind="施工方", person="自检师傅", phone="13911112222",
                    id_number=ID, purpose="维修",
                    expected_back=clock.now() + timedelta(hours=2), signature=signature())
    first, _missing = documents.print_paper(ctx.store, ctx.clerk, slip, None, ctx.translate)
    done.append(ctx.pdf("key-lend-slip.pdf", first, slip, tag, "自检师傅"))
    if svc.take_back(ctx.clerk, key.id, pieces=2, signature=signature()) != 0:
        raise CheckFailed(f"{tag} came back short")
    again, _missing = documents.print_paper(ctx.store, ctx.clerk, slip, None, ctx.translate)
    copy = ctx.translate("Receipt", "COPY")
    ctx.pdf("key-lend-slip-returned.pdf", again, slip, copy)
    return "; ".join(done)


def count_and_labels(ctx) -> str:
    from frontdesk.core.operators import OperatorService
    from frontdesk.keys import documents
    from frontdesk.keys.service import KeyService
    svc = KeyService(ctx.store)
    expected = svc.expected()
    if not expected:
        svc.register_public(ctx.clerk, place="自检天台", hook=_free_hook(svc), pieces=1)
        expected = svc.expected()
    name, shown, password = INCOMING
    ops = OperatorService(ctx.store)
    if not any(o.username == name for o in ops.list()):
        ops.add(ctx.boss, name, shown, "receptionist", password)
    number = svc.handover(ctx.clerk, incoming=name, incoming_password=password,
                          missing={expected[0].tag: "自检：借出未登记，已电话确认"}, signature=signature(),
                          incoming_signature=signature())
    pdf, _missing = documents.print_paper(ctx.store, ctx.clerk, number, None, ctx.translate)
    done = [ctx.pdf("key-count.pdf", pdf, number, expected[0].tag, shown)]
    sets = expected[:3]
    done.append(ctx.pdf("key-labels.pdf", documents.labels_pdf(ctx.store, [k.id for k in sets], ctx.translate),
                        *(k.tag for k in sets)))
    return "; ".join(done)


def register(ctx) -> str:
    from frontdesk.keys.documents import write_register
    path = ctx.out / "keys.xlsx"
    write_register(ctx.store, clock.today() - timedelta(days=30), clock.today(), path, ctx.translate)
    return ctx.workbook(path, "自检水泵房", "自检师傅")
