"""The fees task's commands: ``export receipts`` (收据登记簿), ``print receipt``."""
from __future__ import annotations

from pathlib import Path

from frontdesk.core.errors import QT_TRANSLATE_NOOP


def add_commands(commands) -> None:
    def number(p, translate):
        p.add_argument("number", help=translate("Cli", "the receipt number, e.g. SJ2026-000123"))
        p.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
        commands.operator_argument(p)

    commands.register("receipts", QT_TRANSLATE_NOOP("Cli", "the receipt register (voided receipts included)"),
                      "frontdesk.fees.documents:write_register",
                      QT_TRANSLATE_NOOP("Cli", "{n} receipts were written to {path}."))
    commands.add("print", "receipt", QT_TRANSLATE_NOOP("Cli", "a receipt's PDF, marked as a copy"), cmd_print, number)


def cmd_print(args, url, translate, say) -> int:
    from frontdesk.core.operators import acting
    from frontdesk.core.store import open_store
    from frontdesk.fees.documents import receipt_pdf
    from frontdesk.fees.service import FeeService
    from frontdesk.core.files import check_output, write_bytes
    check_output(args.out)
    store = open_store(url)
    try:  # written inside the reprint's transaction: a copy that was not written is not counted
        FeeService(store).reprint(acting(store, args, translate), args.number,
                                  deliver=lambda rid: write_bytes(args.out, receipt_pdf(store, rid, translate,
                                                                                        copy=True)[0]))
    finally:
        store.dispose()
    print(args.out)
    return 0
