"""The receipt (收据) as a finance clerk expects it: three parts on one A4 page, or the customer
copy alone on A5; the total in figures and in Chinese capitals; reprints marked 副本."""
from __future__ import annotations

from decimal import Decimal
from typing import Callable

from frontdesk.core import settings
from frontdesk.core.errors import QT_TRANSLATE_NOOP
from frontdesk.core.db import Store
from frontdesk.core.money import amount_in_words, format_yuan
from frontdesk.core.printing import Letterhead, SlipPart, slips
from frontdesk.fees.service import FeeService

Translate = Callable[[str, str], str]
PAY_CAPTION = QT_TRANSLATE_NOOP("Notice", "Scan to pay, and write your room number in the payment note")
PARTS = (QT_TRANSLATE_NOOP("Receipt", "Part 1: stub"), QT_TRANSLATE_NOOP("Receipt", "Part 2: for the payer"),
         QT_TRANSLATE_NOOP("Receipt", "Part 3: for the accounts"))


def _identity(_c: str, t: str) -> str:
    return t


def _operator_name(s, operator_id: int | None) -> str:
    from frontdesk.core.models import Operator
    return (s.get(Operator, operator_id).display_name if operator_id else "") or ""


def receipt_pdf(store: Store, receipt_id: int, translate: Translate = _identity, copy: bool = False,
                layout: str | None = None) -> tuple[bytes, set[str]]:
    """The PDF of a receipt. ``layout``: ``A4`` (three parts) or ``A5`` (customer copy only); by
    default the property's setting."""
    r, lines, room_code = FeeService(store).receipt(receipt_id)
    with store.read() as s:
        prop = settings.load(s)
        letterhead = Letterhead.from_settings(prop)
        approver = _operator_name(s, r.voided_by)
    layout = layout or ("A5" if prop.receipt_layout == "a5" else "A4")
    payee = prop.company_name or prop.property_name
    fields = [(translate("Receipt", "Received by (company)"), payee),
              (translate("Receipt", "Date"), f"{r.issued_at:%Y-%m-%d %H:%M}"),
              (translate("Receipt", "Room"), room_code or "—"), (translate("Receipt", "Payer"), r.payer or "—"),
              (translate("Receipt", "Method"), r.method + (f"（{r.reference}）" if r.reference else "")),
              (translate("Receipt", "Cashier"), r.operator_name)]
    if r.cash_received is not None and r.cash_received != r.total:
        fields.append((translate("Receipt", "Cash received / change"),
                       f"{format_yuan(r.cash_received)} / {format_yuan(r.cash_received - r.total)}"))
    rows = [[ln.item_name, ln.period, ln.detail, format_yuan(ln.amount, symbol=False)] for ln in lines]
    after = []
    if r.reverses_id:
        after.append(translate("Receipt", "Reverses receipt {number}: {reason}").format(
            number=FeeService(store).receipt(r.reverses_id)[0].number, reason=r.void_reason))
    if r.status == "作废":
        after.append(translate("Receipt", "VOID — {reason} (approved by {by}, {at})").format(
            reason=r.void_reason, by=approver, at=f"{r.voided_at:%Y-%m-%d %H:%M}"))
    if r.late_fee_waived:
        after.append(translate("Receipt", "Late fee of {amount} waived: {reason}").format(
            amount=format_yuan(r.late_fee_waived), reason=r.waive_reason))
    parts = PARTS if layout == "A4" else PARTS[1:2]
    built = [SlipPart(title=translate("Receipt", "Receipt"), part=translate("Receipt", part), fields=fields,
                      header=[translate("Receipt", "Item"), translate("Receipt", "Period"),
                              translate("Receipt", "Quantity × price"), translate("Receipt", "Amount (yuan)")],
                      rows=rows, widths=[0.22, 0.28, 0.3, 0.2], right_align=(3,),
                      total_row=[translate("Receipt", "Total"), "", "", format_yuan(r.total)],
                      words_row=translate("Receipt", "Total in words: {words}").format(words=amount_in_words(r.total)),
                      after=after, signatures=(translate("Receipt", "Cashier"), translate("Receipt", "Payer")))
             for part in parts]
    mark = translate("Receipt", "COPY") if copy else ""
    if r.status == "作废":
        mark = (mark + " " if mark else "") + translate("Receipt", "VOID")
    if r.reverses_id:
        mark = (mark + " " if mark else "") + translate("Receipt", "REVERSAL")
    return slips(built, letterhead, r.number, page=layout, copy_mark=mark,
                 labels={"number": translate("Receipt", "No."),
                         "seal": translate("Receipt", "{company} (seal)").format(company=payee)})


def shift_close_pdf(store: Store, close_id: int, translate: Translate = _identity):
    """The printed shift close: receipts and voids of the shift, totals by item and by method, cash
    expected, counted and the difference, signature lines. Returns the Document (build() → bytes)."""
    from frontdesk.core.printing import Document
    from frontdesk.fees.shift import ShiftService
    from frontdesk.core.documents import labels
    close, detail = ShiftService(store).get(close_id)
    with store.read() as s:
        letterhead = Letterhead.from_settings(settings.load(s))
    doc = Document(translate("Receipt", "Shift close"), letterhead, number=close.number,
                   operator=close.operator_name, labels=labels(translate),
                   signatures=(translate("Receipt", "Handed over by"), translate("Receipt", "Taken over by"),
                               translate("Receipt", "Supervisor")))
    refunds = detail.get("refunds", [])
    refunded = sum((Decimal(a) for _n, a, _m in refunds), Decimal("0.00"))
    float_paid = Decimal(detail.get("float_paid", "0.00"))
    doc.fields([(translate("Receipt", "Operator"), close.operator_name),
                (translate("Receipt", "Closed at"), f"{close.closed_at:%Y-%m-%d %H:%M}"),
                (translate("Receipt", "Receipts issued"), f"{close.receipts}  {format_yuan(close.issued_total)}"),
                (translate("Receipt", "Voided"), f"{close.voids}  {format_yuan(close.voided_total)}"),
                (translate("Receipt", "Deposits refunded"), f"{len(refunds)}  {format_yuan(refunded)}"),
                (translate("Receipt", "Net"), format_yuan(close.issued_total - close.voided_total - refunded))])
    doc.spacer(2)
    doc.paragraph(translate("Receipt", "By fee item"))
    doc.table([translate("Receipt", "Item"), translate("Receipt", "Amount (yuan)")],
              [[k, format_yuan(v, symbol=False)] for k, v in detail["by_item"].items()], widths=[0.6, 0.4],
              right_align=(1,))
    doc.spacer(2)
    doc.paragraph(translate("Receipt", "By payment method"))
    doc.table([translate("Receipt", "Method"), translate("Receipt", "Amount (yuan)")],
              [[k, format_yuan(v, symbol=False)] for k, v in detail["by_method"].items()], widths=[0.6, 0.4],
              right_align=(1,))
    doc.spacer(2)
    diff = close.cash_counted - close.cash_expected
    doc.fields([(translate("Receipt", "Cash expected"), format_yuan(close.cash_expected)),
                (translate("Receipt", "Cash counted"), format_yuan(close.cash_counted)),
                (translate("Receipt", "Difference"), format_yuan(diff))], columns=3)
    if float_paid:
        doc.paragraph(translate("Receipt", "The drawer's float advanced {amount} for money paid back beyond the cash "
                                           "taken; it is to be made good.").format(amount=format_yuan(float_paid)))
    if close.difference_reason:
        doc.paragraph(translate("Receipt", "Reason for the difference: {reason}").format(reason=close.difference_reason))
    doc.spacer(2)
    doc.paragraph(translate("Receipt", "Receipts") + "：" + "、".join(
        f"{n}（{st}）" if st != "正常" else n for n, _t, _m, st in detail["receipts"]))
    if detail["voids"]:
        doc.paragraph(translate("Receipt", "Voided") + "：" + "、".join(
            translate("Receipt", "{number} (approved by {by}, {at})").format(number=v[0], by=v[3], at=v[4])
            if len(v) > 3 else v[0] for v in detail["voids"]))
    if refunds:
        doc.paragraph(translate("Receipt", "Deposits refunded") + "：" + "、".join(
            f"{n}（{m} {format_yuan(Decimal(a))}）" for n, a, m in refunds))
    doc.spacer(2)
    doc.paragraph(translate("Receipt", "Cash follows the drawer: a receipt counts in the shift of the operator who "
                                       "issued it, and its void in the same shift, whoever approved it; a reversal "
                                       "(红冲) and a deposit refund count in the shift of the desk that paid the money "
                                       "back. The cash expected is the cash taken less the cash paid back, plus what "
                                       "the float advanced."), "small")
    return doc


def refund_voucher(store: Store, deposit_id: int, translate: Translate = _identity, copy: bool = False):
    """押金退还凭证: what was held, what is kept and why, what is refunded (in figures and words);
    ``copy`` marks it 副本. Returns the Document (build() → bytes); prints are not counted."""
    from sqlalchemy import select

    from frontdesk.core.documents import labels
    from frontdesk.core.printing import Document
    from frontdesk.fees.models import Deposit, Receipt
    from frontdesk.registration.service import Room
    with store.read() as s:
        d = s.get(Deposit, deposit_id)
        receipt_no = s.scalar(select(Receipt.number).where(Receipt.id == d.receipt_id))
        room = s.scalar(select(Room.code).where(Room.id == d.room_id)) if d.room_id else ""
        letterhead = Letterhead.from_settings(settings.load(s))
    doc = Document(translate("Receipt", "Deposit refund voucher"), letterhead, number=d.voucher_number, page="A5",
                   copy_mark=translate("Receipt", "COPY") if copy else "", labels=labels(translate), signatures=(translate("Receipt", "Received by"),
                                                         translate("Receipt", "Handled by"),
                                                         translate("Receipt", "Supervisor")))
    doc.fields([(translate("Receipt", "Room"), room or "—"), (translate("Receipt", "Payer"), d.payer or "—"),
                (translate("Receipt", "Deposit"), d.kind), (translate("Receipt", "Collected"),
                                                             f"{d.collected_at:%Y-%m-%d}（{receipt_no}）"),
                (translate("Receipt", "Deposit amount"), format_yuan(d.amount)),
                (translate("Receipt", "Kept"), format_yuan(d.forfeit_amount or 0)),
                (translate("Receipt", "Refunded"), format_yuan(d.refund_amount or 0)),
                (translate("Receipt", "Paid back by"),
                 (d.refund_method or "—") + (f"（{d.refund_reference}）" if d.refund_reference else ""))])
    if d.reason:
        doc.paragraph(translate("Receipt", "Reason for keeping part of it: {reason}").format(reason=d.reason))
    doc.paragraph(translate("Receipt", "Refunded in words: {words}").format(words=amount_in_words(d.refund_amount or 0)))
    return doc


def refund_pdf(store: Store, deposit_id: int, translate: Translate = _identity, copy: bool = False
               ) -> tuple[bytes, set[str]]:
    """The refund voucher of a deposit as another task prints it (``Task.papers["refund"]``): the PDF
    and the glyphs the font lacked."""
    doc = refund_voucher(store, deposit_id, translate, copy)
    return doc.build(), doc.missing_glyphs


def notices_pdf(store: Store, notices, translate: Translate = _identity, letter: bool = False, progress=None):
    """Payment notices (缴费通知单), or formal demand letters (催缴函) with ``letter``: one page per
    room, in one PDF to print as a batch. Each shows what is owed, with the late fee to the
    notice's day where the property charges one, and the property's payment code (设置 → 物业信息)
    where it has loaded one, with the room to note in the payment. Returns the Document (build() → bytes)."""
    from frontdesk.core.documents import labels
    from frontdesk.core.printing import Document
    from frontdesk.core.numbering import take_numbers
    on = notices[0].on if notices else None
    with store.write() as s:  # each notice its own number: TZ (or CJ) + year + running number
        prop = settings.load(s)
        numbers = take_numbers(s, "CJ" if letter else "TZ", len(notices), on.year if on else None)
    title = translate("Notice", "Demand for payment") if letter else translate("Notice", "Payment notice")
    doc = Document(title, Letterhead.from_settings(prop), labels=labels(translate), signatures=(), seal=True)
    late = prop.late_fee_enabled
    pay = prop.payment_code  # the property's 收款码, drawn again from what it says: sharp at any size
    header = [translate("Receipt", "Item"), translate("Receipt", "Period"), translate("Notice", "Billed"),
              translate("Notice", "Paid"), translate("Notice", "Owed")] + ([translate("Notice", "Late fee")] if late else [])
    widths = [0.2, 0.2, 0.15, 0.15, 0.15, 0.15] if late else [0.24, 0.22, 0.18, 0.18, 0.18]
    for n, notice in enumerate(notices):
        if n:
            doc.new_page(title)
        doc.section(numbers[n])
        owner = notice.owner or translate("Notice", "Owner")
        oldest = notice.bills[0].period_start
        values = {"owner": owner, "room": notice.room, "day": f"{notice.on:%Y-%m-%d}", "amount": format_yuan(notice.total),
                  "words": amount_in_words(notice.total), "oldest": f"{oldest:%Y-%m}",
                  "hotline": prop.hotline or "—", "company": prop.company_name or prop.property_name}
        doc.fields([(translate("Receipt", "Room"), notice.room), (translate("Notice", "Owner"), notice.owner or "—"),
                    (translate("Notice", "As of"), values["day"]),
                    (translate("Notice", "Owed since"), values["oldest"])])
        doc.spacer(2)
        doc.paragraph(translate("Notice", "Dear {owner}:").format(**values))
        if letter:
            doc.paragraph(translate("Notice", "Your home {room} has owed property fees since {oldest}. We reminded "
                                              "you by telephone, but the arrears are still unpaid. As of {day} you "
                                              "owe {amount} ({words}). Under the property service contract, please pay "
                                              "the full amount at the service centre within fifteen days of receiving "
                                              "this letter. If it stays unpaid, {company} will recover it through "
                                              "legal channels. Service hotline: {hotline}.").format(**values))
        else:
            doc.paragraph(translate("Notice", "As of {day}, the following fees of your home {room} are unpaid: "
                                              "{amount} in total ({words}). Please pay them at the service centre "
                                              "soon. If you have already paid, please ignore this notice. Service "
                                              "hotline: {hotline}.").format(**values))
        doc.spacer(2)
        rows = []
        for b in notice.bills:
            period = f"{b.period_start:%Y-%m}" if b.period_start.day == 1 else f"{b.period_start:%Y-%m-%d}"
            row = [b.item, period, format_yuan(b.amount, symbol=False), format_yuan(b.paid, symbol=False),
                   format_yuan(b.owed, symbol=False)]
            rows.append(row + ([format_yuan(b.late_fee, symbol=False)] if late else []))
        total = [translate("Receipt", "Total"), "", "", "", format_yuan(notice.owed, symbol=False)]
        doc.table(header, rows, widths=widths, right_align=(2, 3, 4, 5),
                  total=total + ([format_yuan(notice.late, symbol=False)] if late else []))
        if late and notice.late:
            doc.paragraph(translate("Notice", "Late fee to {day}: {late}; owed with the late fee: {amount}.").format(
                late=format_yuan(notice.late), **values))
        doc.sign_here(code=(pay, [translate("Notice", PAY_CAPTION),
                                  translate("Notice", "Room: {room}").format(room=notice.room)]) if pay else None)
        if progress:
            progress(n + 1, len(notices))
    if not notices:
        doc.paragraph(translate("Notice", "No room owes anything."))
    return doc


def register_columns() -> list:
    """The receipt register's columns (titles in context "Columns"), as FeeService.register gives its rows."""
    from frontdesk.core.excel import XCol
    return [XCol(QT_TRANSLATE_NOOP("Columns", "Receipt no.")), XCol(QT_TRANSLATE_NOOP("Columns", "Time"), "datetime"),
            XCol(QT_TRANSLATE_NOOP("Columns", "Payer")), XCol(QT_TRANSLATE_NOOP("Columns", "Room")),
            XCol(QT_TRANSLATE_NOOP("Columns", "Items")), XCol(QT_TRANSLATE_NOOP("Columns", "Total"), "money", total=True),
            XCol(QT_TRANSLATE_NOOP("Columns", "Method")), XCol(QT_TRANSLATE_NOOP("Columns", "Operator")),
            XCol(QT_TRANSLATE_NOOP("Columns", "Status")), XCol(QT_TRANSLATE_NOOP("Columns", "Void reason")),
            XCol(QT_TRANSLATE_NOOP("Columns", "Void approved by, at"))]


REGISTER_LIVE = (8, "正常")  # the register's total counts the receipts whose status is 正常


def write_register(store: Store, date_from, date_to, path, translate: Translate = _identity) -> int:
    """收据登记簿 as a workbook: every receipt of the dates in number order, voided ones with their
    amount and status 作废 (the total, a formula, counts only live receipts); a title naming the
    property, the register and the dates; printed landscape, fit to width, header repeated.
    Returns how many receipts it lists."""
    from dataclasses import replace

    from frontdesk.core import excel
    from frontdesk.core.dates import check_range
    check_range(date_from, date_to)
    rows = FeeService(store).register(date_from, date_to)
    with store.read() as s:
        prop = settings.load(s)
    cols = [replace(c, title=translate("Columns", c.title)) for c in register_columns()]
    title = translate("Reports", "{property} — receipt register").format(property=prop.property_name)
    subtitle = translate("Reports", "{company}  Receipts issued {first} to {last}").format(
        company=prop.company_name, first=date_from.isoformat(), last=date_to.isoformat())
    return excel.write_register(path, translate("Reports", "Receipt register"), cols, [list(r) for r in rows],
                                title=title, subtitle=subtitle, total_label=translate("Reports", "Total"),
                                total_when=REGISTER_LIVE)
