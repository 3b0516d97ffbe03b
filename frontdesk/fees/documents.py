"""The receipt (收据) as a finance clerk expects it: three parts on one A4 page, or the customer
copy alone on A5; the total in figures and in Chinese capitals; reprints marked 副本."""
from __future__ import annotations

from typing import Callable

from frontdesk.core import settings
from frontdesk.core.errors import QT_TRANSLATE_NOOP
from frontdesk.core.db import Store
from frontdesk.core.money import amount_in_words, format_yuan
from frontdesk.core.printing import Letterhead, SlipPart, slips
from frontdesk.fees.service import FeeService

Translate = Callable[[str, str], str]
PARTS = (QT_TRANSLATE_NOOP("Receipt", "Part 1: stub"), QT_TRANSLATE_NOOP("Receipt", "Part 2: for the payer"),
         QT_TRANSLATE_NOOP("Receipt", "Part 3: for the accounts"))


def _identity(_c: str, t: str) -> str:
    return t


def receipt_pdf(store: Store, receipt_id: int, translate: Translate = _identity, copy: bool = False,
                layout: str = "A4") -> tuple[bytes, set[str]]:
    """The PDF of a receipt. ``layout``: ``A4`` (three parts) or ``A5`` (customer copy only)."""
    r, lines, room_code = FeeService(store).receipt(receipt_id)
    with store.read() as s:
        letterhead = Letterhead.from_settings(settings.load(s))
    fields = [(translate("Receipt", "Date"), f"{r.issued_at:%Y-%m-%d %H:%M}"),
              (translate("Receipt", "Room"), room_code or "—"), (translate("Receipt", "Payer"), r.payer or "—"),
              (translate("Receipt", "Method"), r.method + (f"（{r.reference}）" if r.reference else "")),
              (translate("Receipt", "Payee"), r.operator_name)]
    if r.cash_received is not None and r.cash_received != r.total:
        fields.append((translate("Receipt", "Cash received / change"),
                       f"{format_yuan(r.cash_received)} / {format_yuan(r.cash_received - r.total)}"))
    rows = [[ln.item_name, ln.period, ln.detail, format_yuan(ln.amount, symbol=False)] for ln in lines]
    after = [translate("Receipt", "Total in words: {words}").format(words=amount_in_words(r.total))]
    if r.status == "作废":
        after.append(translate("Receipt", "VOID — {reason}").format(reason=r.void_reason))
    parts = PARTS if layout == "A4" else PARTS[1:2]
    built = [SlipPart(title=translate("Receipt", "Receipt"), part=translate("Receipt", part), fields=fields,
                      header=[translate("Receipt", "Item"), translate("Receipt", "Period"),
                              translate("Receipt", "Quantity × price"), translate("Receipt", "Amount (yuan)")],
                      rows=rows, widths=[0.22, 0.28, 0.3, 0.2], right_align=(3,),
                      total_row=[translate("Receipt", "Total"), "", "", format_yuan(r.total)], after=after,
                      signatures=(translate("Receipt", "Payee"), translate("Receipt", "Payer")))
             for part in parts]
    mark = translate("Receipt", "COPY") if copy else ""
    if r.status == "作废":
        mark = (mark + " " if mark else "") + translate("Receipt", "VOID")
    return slips(built, letterhead, r.number, page=layout, copy_mark=mark,
                 labels={"number": translate("Receipt", "No."), "seal": translate("Documents", "(company seal)")})


def shift_close_pdf(store: Store, close_id: int, translate: Translate = _identity):
    """The printed shift close: receipts and voids of the shift, totals by item and by method, cash
    expected, counted and the difference, signature lines. Returns the Document (build() → bytes)."""
    from frontdesk.core.printing import Document
    from frontdesk.fees.shift import ShiftService
    from frontdesk.core.documents import labels
    close, detail = ShiftService(store).get(close_id)
    with store.read() as s:
        letterhead = Letterhead.from_settings(settings.load(s))
    doc = Document(translate("Receipt", "Shift close"), letterhead, number=f"JB{close.id:06d}",
                   operator=close.operator_name, labels=labels(translate),
                   signatures=(translate("Receipt", "Handed over by"), translate("Receipt", "Taken over by"),
                               translate("Receipt", "Supervisor")))
    doc.fields([(translate("Receipt", "Operator"), close.operator_name),
                (translate("Receipt", "Closed at"), f"{close.closed_at:%Y-%m-%d %H:%M}"),
                (translate("Receipt", "Receipts issued"), f"{close.receipts}  {format_yuan(close.issued_total)}"),
                (translate("Receipt", "Voided"), f"{close.voids}  {format_yuan(close.voided_total)}"),
                (translate("Receipt", "Net"), format_yuan(close.issued_total - close.voided_total))])
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
    doc.spacer(2)
    doc.paragraph(translate("Receipt", "Receipts") + "：" + "、".join(
        f"{n}（{st}）" if st != "正常" else n for n, _t, _m, st in detail["receipts"]))
    if detail["voids"]:
        doc.paragraph(translate("Receipt", "Voided") + "：" + "、".join(n for n, _t, _m in detail["voids"]))
    return doc


def refund_voucher(store: Store, deposit_id: int, translate: Translate = _identity):
    """押金退还凭证: what was held, what is kept and why, what is refunded (in figures and words)."""
    from sqlalchemy import select

    from frontdesk.core.documents import labels
    from frontdesk.core.printing import Document
    from frontdesk.fees.models import Deposit, Receipt
    from frontdesk.registration.models import Room
    with store.read() as s:
        d = s.get(Deposit, deposit_id)
        receipt_no = s.scalar(select(Receipt.number).where(Receipt.id == d.receipt_id))
        room = s.scalar(select(Room.code).where(Room.id == d.room_id)) if d.room_id else ""
        letterhead = Letterhead.from_settings(settings.load(s))
    doc = Document(translate("Receipt", "Deposit refund voucher"), letterhead, number=d.voucher_number, page="A5",
                   labels=labels(translate), signatures=(translate("Receipt", "Received by"),
                                                         translate("Receipt", "Handled by"),
                                                         translate("Receipt", "Supervisor")))
    doc.fields([(translate("Receipt", "Room"), room or "—"), (translate("Receipt", "Payer"), d.payer or "—"),
                (translate("Receipt", "Deposit"), d.kind), (translate("Receipt", "Collected"),
                                                             f"{d.collected_at:%Y-%m-%d}（{receipt_no}）"),
                (translate("Receipt", "Deposit amount"), format_yuan(d.amount)),
                (translate("Receipt", "Kept"), format_yuan(d.forfeit_amount or 0)),
                (translate("Receipt", "Refunded"), format_yuan(d.refund_amount or 0))])
    if d.reason:
        doc.paragraph(translate("Receipt", "Reason for keeping part of it: {reason}").format(reason=d.reason))
    doc.paragraph(translate("Receipt", "Refunded in words: {words}").format(words=amount_in_words(d.refund_amount or 0)))
    return doc
