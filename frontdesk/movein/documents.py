"""The move-in's paper: the 入住确认单 (A4, one page) — number RZ… and QR, property and company, the room,
the owner and who came, the delivery date, each step with what was checked, signed and handed over,
the fees with their receipt's number, the meter readings, the rectification orders' numbers, the keys
handed and kept, and signature lines for the owner and the receptionist; 副本 on reprints."""
from __future__ import annotations

from decimal import Decimal
from typing import Callable

from frontdesk.core import settings
from frontdesk.core.db import Store
from frontdesk.core.documents import labels
from frontdesk.core.errors import QT_TRANSLATE_NOOP
from frontdesk.core.money import format_yuan
from frontdesk.core.printing import Document, Letterhead
from frontdesk.keys.service import KeyService
from frontdesk.movein.models import STEPS, WHO
from frontdesk.movein.service import MoveInService, MoveInView

Translate = Callable[[str, str], str]
TITLE = QT_TRANSLATE_NOOP("MoveIn", "Move-in confirmation")


def _identity(_c: str, t: str) -> str:
    return t


def _listed(values) -> str:
    return "、".join(values) or "—"


def confirmation(store: Store, view: MoveInView, translate: Translate = _identity, copy: bool = False,
                 operator: str = "") -> Document:
    with store.read() as s:
        letterhead = Letterhead.from_settings(settings.load(s))
    doc = Document(translate("MoveIn", TITLE), letterhead, number=view.number, page="A4", operator=operator,
                   copy_mark=translate("Receipt", "COPY") if copy else "", labels=labels(translate),
                   signatures=(translate("MoveIn", "Owner (or agent)"), translate("MoveIn", "Receptionist")), one_page=True)
    steps = {k: v.data for k, v in view.steps.items()}
    done = {k: f"{v.at:%Y-%m-%d %H:%M} {v.operator}" for k, v in view.steps.items()}
    doc.fields([(translate("MoveIn", "Room"), view.room), (translate("MoveIn", "State"), view.state_text),
                (translate("MoveIn", "Owner"), view.owner or "—"), (translate("MoveIn", "Who came"), WHO.get(view.who, "—")),
                (translate("MoveIn", "Agent"), view.agent or "—"), (translate("MoveIn", "Delivered on"), f"{view.delivered_on:%Y-%m-%d}"
                                                   if view.delivered_on else "—"),
                (translate("MoveIn", "Started"), f"{view.started_at:%Y-%m-%d %H:%M} {view.operator}"),
                (translate("MoveIn", "Moved in on") if view.state == "moved_in" else translate("MoveIn", "Custody from"),
                 f"{view.move_in_date:%Y-%m-%d}" if view.move_in_date else "—")])
    doc.spacer(2)
    fees = steps.get("fees", {})
    inspection = steps.get("inspection", {})
    keys = steps.get("keys", {})
    kept = "—"
    if keys.get("paper"):
        key = KeyService(store).kept_under(keys["paper"])
        kept = translate("MoveIn", "{tag}, {n} keys on hook {hook}, key receipt {paper}").format(
            tag=key.tag, n=key.pieces, hook=key.hook, paper=keys["paper"])
    rows = [
        [STEPS["documents"], _listed(steps.get("documents", {}).get("documents", ())), done.get("documents", "—")],
        [STEPS["forms"], _listed(steps.get("forms", {}).get("forms", ())), done.get("forms", "—")],
        [STEPS["items"], _listed(steps.get("items", {}).get("items", ())) + _signed(translate, view, "items"),
         done.get("items", "—")],
        [STEPS["fees"], translate("MoveIn", "{total}, {method}, receipt {receipt}").format(
            total=format_yuan(Decimal(fees["total"])), method=fees.get("method", ""),
            receipt=fees.get("receipt") or "—") if fees else "—", done.get("fees", "—")],
        [STEPS["inspection"], translate("MoveIn", "Engineer {engineer}; water {water}, electricity {power}, gas {gas}; "
                                "rectification orders: {orders}").format(
            engineer=inspection.get("engineer", ""), water=inspection.get("water", ""),
            power=inspection.get("power", ""), gas=inspection.get("gas", ""),
            orders=_listed(inspection.get("orders", ()))) if inspection else "—", done.get("inspection", "—")],
        [STEPS["keys"], (translate("MoveIn", "{n} keys handed over; kept: {kept}").format(n=keys.get("handed"), kept=kept) +
                         _signed(translate, view, "keys")) if keys else "—", done.get("keys", "—")],
    ]
    doc.table([translate("MoveIn", "Step"), translate("MoveIn", "What was checked, signed or handed over"), translate("MoveIn", "Done")], rows, widths=[0.14, 0.62, 0.24])
    if fees.get("lines"):
        doc.spacer(2)
        doc.table([translate("MoveIn", "Fee"), translate("MoveIn", "Detail"), translate("MoveIn", "Amount")],
                  [[x["label"], x["detail"], format_yuan(Decimal(x["amount"]), symbol=False)] for x in fees["lines"]],
                  widths=[0.4, 0.4, 0.2], right_align=(2,),
                  total=[translate("MoveIn", "Total"), translate("MoveIn", "receipt {receipt}").format(receipt=fees.get("receipt") or "—"),
                         format_yuan(Decimal(fees["total"]), symbol=False)])
    if inspection.get("defects"):
        doc.spacer(2)
        doc.paragraph(translate("MoveIn", "Defects found: {defects}").format(defects="；".join(
            f"{d}（{o}）" for d, o in zip(inspection["defects"], inspection.get("orders", ())))), "small")
    doc.spacer(2)
    doc.paragraph(translate("MoveIn", "The owner confirms the above: the documents were checked, the forms signed, the items and "
                    "keys received, the fees paid and the meter readings agreed. Defects found are put right "
                    "through the rectification orders named."), "small")
    return doc


def _signed(translate: Translate, view: MoveInView, step: str) -> str:
    s = view.steps.get(step)
    if s is None:
        return ""
    return translate("MoveIn", " (signed on the pad)") if s.signed else translate("MoveIn", " (not signed: {reason})").format(reason=s.unsigned)


def print_confirmation(store: Store, actor, number: str, path=None, translate: Translate = _identity):
    """The 入住确认单 by its number, printed: counted (a reprint is 副本, audited) and, with ``path``,
    written there (checked first, then atomically) inside that transaction. Returns the PDF and the
    glyphs the font lacked."""
    from frontdesk.core.files import check_output, write_bytes
    if path is not None:
        check_output(path)
    out = {}

    def deliver(view: MoveInView, copy: bool) -> None:
        doc = confirmation(store, view, translate, copy, actor.display_name)
        out["pdf"] = doc.build(), doc.missing_glyphs
        if path is not None:
            write_bytes(path, out["pdf"][0])
    MoveInService(store).printed(actor, number, deliver)
    return out["pdf"]
