"""The fees task's commands: ``print receipt`` (``export receipts``, the 收据登记簿, is its
``Task.registers``)."""
from __future__ import annotations

from frontdesk.core.errors import QT_TRANSLATE_NOOP


def add_commands(commands) -> None:
    commands.printout("receipt", QT_TRANSLATE_NOOP("Cli", "a receipt's PDF, marked as a copy"),
                      QT_TRANSLATE_NOOP("Cli", "the receipt number, e.g. SJ2026-000123"), reprint)


def reprint(store, actor, number, out, translate) -> None:
    """A receipt's copy (副本), written inside the reprint's transaction: a copy not written is not counted."""
    from frontdesk.core.files import write_bytes
    from frontdesk.fees.documents import receipt_pdf
    from frontdesk.fees.service import FeeService
    FeeService(store).reprint(actor, number, deliver=lambda rid: write_bytes(
        out, receipt_pdf(store, rid, translate, copy=True)[0]))
