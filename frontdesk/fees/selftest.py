"""Fees' part of ``frontdesk selftest``: a payment taken and its receipt (the amount in words read
back from the PDF), the shift close, payment notices, a deposit refunded and its voucher, the
receipt register."""
from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from frontdesk.core import clock
from frontdesk.core.errors import QT_TRANSLATE_NOOP

WORDS = {"1004.50": "人民币壹仟零肆元伍角整", "0.05": "人民币伍分", "10010.00": "人民币壹万零壹拾元整"}  # PBOC rules


def checks():
    return [(QT_TRANSLATE_NOOP("SelfTest", "Payment and its receipt"), payment),
            (QT_TRANSLATE_NOOP("SelfTest", "Payment notices with the payment code"), notices),
            (QT_TRANSLATE_NOOP("SelfTest", "Deposit refund voucher"), refund),
            (QT_TRANSLATE_NOOP("SelfTest", "Shift close"), shift_close),
            (QT_TRANSLATE_NOOP("SelfTest", "Receipt register"), register)]


def payment(ctx) -> str:
    from frontdesk.core.money import amount_in_words
    from frontdesk.fees.arrears import ArrearsService
    from frontdesk.fees.documents import receipt_pdf
    from frontdesk.fees.service import FeeService
    from frontdesk.core.errors import CheckFailed as Failed
    wrong = {a: amount_in_words(Decimal(a)) for a, w in WORDS.items() if amount_in_words(Decimal(a)) != w}
    if wrong:
        raise Failed(f"amounts in words are wrong: {wrong}")
    fees = FeeService(ctx.store)
    room = ArrearsService(ctx.store).arrears()[0].room_id
    bills = fees.due_bills(room)
    issued = fees.take_payment(ctx.clerk, room, [b.id for b in bills], "微信", reference="SELFTEST-0001")
    data, _missing_glyphs = receipt_pdf(ctx.store, issued.id, ctx.translate)
    return ctx.pdf("receipt.pdf", data, issued.number, amount_in_words(issued.total))


PAY_CODE = "wxp://f2f0SELFTEST-payment-code"


def _payment_code_picture(ctx) -> bytes:
    """A payment code picture as a payment app saves one: a PNG of a QR code (drawn by the program's
    own QR code, rendered as the preview renders pages)."""
    import io

    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas

    from frontdesk.core.printing import draw_qr
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=(60 * mm, 60 * mm))
    draw_qr(page, PAY_CODE, 5 * mm, 5 * mm, 50 * mm)
    page.save()
    return ctx.picture(out.getvalue(), dpi=150)


def notices(ctx) -> str:
    """Notices with the property's payment code: the picture loaded (checked and decoded as in
    设置 → 物业信息), and the code on the printed notice read back from the rendered page."""
    from frontdesk.core.errors import CheckFailed as Failed
    from frontdesk.core.settings import SettingsService
    from frontdesk.fees.arrears import ArrearsService
    from frontdesk.fees.documents import PAY_CAPTION, notices_pdf
    settings = SettingsService(ctx.store)
    if settings.update(ctx.boss, payment_code=_payment_code_picture(ctx)).payment_code != PAY_CODE:
        raise Failed("the payment code picture was not read as what it says")
    arrears = ArrearsService(ctx.store)
    rows = arrears.arrears()[:3]
    pdf = notices_pdf(ctx.store, arrears.notices([r.room_id for r in rows]), ctx.translate).build()
    said = ctx.pdf("notices.pdf", pdf, "缴费通知单", rows[0].owner, ctx.translate("Notice", PAY_CAPTION))
    if PAY_CODE not in ctx.codes(pdf):
        raise Failed(f"notices.pdf: the payment code on the page does not read {PAY_CODE}")
    return said


def refund(ctx) -> str:
    from frontdesk.fees.deposits import DepositService
    from frontdesk.fees.documents import refund_voucher
    from frontdesk.registration.service import RegistrationService
    deposits = DepositService(ctx.store)
    room = RegistrationService(ctx.store).search("1-1-101")[0].room_id
    deposits.collect(ctx.clerk, room, "装修押金（业主）", "2000", "现金", cash_received="2000")
    held = [d for d in deposits.list(room, held_only=True) if not d.held_for][-1]  # the desk's own, just taken
    number = deposits.refund(ctx.clerk, held.id)  # out of the drawer that took it
    return ctx.pdf("refund.pdf", refund_voucher(ctx.store, held.id, ctx.translate).build(), number, "贰仟元整")


def shift_close(ctx) -> str:
    from frontdesk.fees.documents import shift_close_pdf
    from frontdesk.fees.shift import ShiftService
    shifts = ShiftService(ctx.store)
    close_id = shifts.close(ctx.clerk, shifts.figures(ctx.clerk).cash_expected)
    return ctx.pdf("shift-close.pdf", shift_close_pdf(ctx.store, close_id, ctx.translate).build(), "交班")


def register(ctx) -> str:
    from frontdesk.fees.documents import write_register
    path = ctx.out / "receipts.xlsx"
    write_register(ctx.store, clock.today() - timedelta(days=31), clock.today(), path, ctx.translate)
    return ctx.workbook(path, "收据登记簿")
