"""The fees task's commands: ``export receipts`` (收据登记簿), ``print receipt``."""
from __future__ import annotations

from pathlib import Path

from frontdesk.core.errors import QT_TRANSLATE_NOOP
from frontdesk.core.dates import check_range, parse_day


def add_commands(commands) -> None:
    def dates(p, translate):
        p.add_argument("--from", dest="date_from", required=True, type=parse_day, metavar="YYYY-MM-DD")
        p.add_argument("--to", dest="date_to", required=True, type=parse_day, metavar="YYYY-MM-DD")
        p.add_argument("--out", required=True, type=Path, metavar="FILE.xlsx")

    def number(p, translate):
        p.add_argument("number", help=translate("Cli", "the receipt number, e.g. SJ2026-000123"))
        p.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
        commands.operator_argument(p)

    commands.add("export", "receipts", QT_TRANSLATE_NOOP("Cli", "the receipt register (voided receipts included)"),
                 cmd_export, dates)
    commands.add("print", "receipt", QT_TRANSLATE_NOOP("Cli", "a receipt's PDF, marked as a copy"), cmd_print, number)


def cmd_export(args, url, translate, say) -> int:
    from frontdesk.core.files import check_output
    from frontdesk.core.store import open_store
    from frontdesk.fees.documents import write_register
    check_range(args.date_from, args.date_to)
    check_output(args.out)
    store = open_store(url)
    try:
        n = write_register(store, args.date_from, args.date_to, args.out, translate)
    finally:
        store.dispose()
    say(translate("Cli", "{n} receipts were written to {path}."), n=n, path=args.out)
    return 0


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
