"""Printed documents of the kernel: the operator list (操作员名单) and the printer test page."""
from __future__ import annotations

from typing import Callable

from frontdesk.core import audit, clock, settings
from frontdesk.core.audit import Actor
from frontdesk.core.db import Store
from frontdesk.core.numbering import next_number
from frontdesk.core.operators import ROLES, OperatorService, require_supervisor
from frontdesk.core.printing import Document, Letterhead

Translate = Callable[[str, str], str]
OPERATOR_LIST_PREFIX = "CZ"


def _identity(_context: str, text: str) -> str:
    return text


def labels(translate: Translate) -> dict[str, str]:
    """The page furniture of every document, translated."""
    return {"number": translate("Documents", "No."), "page": translate("Documents", "Page {page} of {pages}"),
            "printed": translate("Documents", "Printed"), "operator": translate("Documents", "Operator"),
            "seal": translate("Documents", "(company seal)"), "date": translate("Documents", "Date"),
            "hotline": translate("Documents", "Service hotline")}


def operator_list(store: Store, actor: Actor, translate: Translate = _identity) -> Document:
    """The numbered, signed list of the desk's operators (supervisor only)."""
    require_supervisor(actor)
    rows = OperatorService(store).list()
    with store.write() as s:
        letterhead = Letterhead.from_settings(settings.load(s))
        number = next_number(s, OPERATOR_LIST_PREFIX)
        audit.record(s, actor, "print", "document", number, summary=translate("Documents", "Operator list"))
    doc = Document(translate("Documents", "Operator list"), letterhead, number=number, operator=actor.display_name,
                   signatures=(translate("Documents", "Prepared by"), translate("Documents", "Supervisor")), labels=labels(translate))
    active = sum(r.active for r in rows)
    doc.paragraph(translate("Documents", "As of {date} the desk has {n} operators, {a} of them active.")
                  .format(date=clock.today().isoformat(), n=len(rows), a=active))
    doc.spacer(2)
    yes, no = translate("Documents", "Active"), translate("Documents", "Disabled")
    doc.table([translate("Columns", "User name"), translate("Columns", "Name"), translate("Columns", "Role"),
               translate("Columns", "Status"), translate("Columns", "Created"), translate("Columns", "Last log-in")],
              [[r.username, r.display_name, translate("Roles", ROLES.get(r.role, r.role)), yes if r.active else no,
                r.created_at.strftime("%Y-%m-%d"), r.last_login_at.strftime("%Y-%m-%d %H:%M") if r.last_login_at else "—"]
               for r in rows], widths=[0.16, 0.16, 0.12, 0.1, 0.2, 0.26])
    return doc


def test_page(store: Store, actor: Actor, page: str = "A5", translate: Translate = _identity) -> Document:
    """A page to check the printer: header, Chinese and Latin text, digits, QR code."""
    with store.read() as s:
        letterhead = Letterhead.from_settings(settings.load(s))
    doc = Document(translate("Documents", "Printer test page"), letterhead, number=f"TEST-{clock.today():%Y%m%d}",
                   page=page, operator=actor.display_name, signatures=(translate("Documents", "Operator"),),
                   labels=labels(translate))
    doc.paragraph(translate("Documents", "If you can read every line below, Chinese text, digits and the QR code print "
                                  "correctly on this printer."))
    doc.spacer(2)
    doc.fields([(translate("Documents", "Chinese"), "壹贰叁肆伍陆柒捌玖拾 佰仟万亿 元角分整"),
                (translate("Documents", "Letters"), "ABCDEFGHIJKLMNOPQRSTUVWXYZ abcxyz"),
                (translate("Documents", "Digits"), "0123456789 ¥1,234.50 ￥-12.30"),
                (translate("Documents", "Room"), "3栋2单元1201")], columns=1)
    return doc
