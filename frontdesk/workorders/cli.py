"""The work-order task's commands: ``export workorders`` (the register), ``print workorder`` (a slip)."""
from __future__ import annotations

from pathlib import Path

from frontdesk.core.dates import check_range, parse_day
from frontdesk.core.errors import QT_TRANSLATE_NOOP

COLUMNS = (  # (title, kind) of the register's columns
    (QT_TRANSLATE_NOOP("Columns", "Number"), "text"), (QT_TRANSLATE_NOOP("Columns", "Registered"), "datetime"),
    (QT_TRANSLATE_NOOP("Columns", "Type of order"), "text"), (QT_TRANSLATE_NOOP("Columns", "Severity"), "text"),
    (QT_TRANSLATE_NOOP("Columns", "Urgency"), "text"), (QT_TRANSLATE_NOOP("Columns", "Channel"), "text"),
    (QT_TRANSLATE_NOOP("Columns", "Room or place"), "text"), (QT_TRANSLATE_NOOP("Columns", "Category"), "text"),
    (QT_TRANSLATE_NOOP("Columns", "Department"), "text"), (QT_TRANSLATE_NOOP("Columns", "Worker"), "text"),
    (QT_TRANSLATE_NOOP("Columns", "State"), "text"), (QT_TRANSLATE_NOOP("Columns", "Reply due"), "datetime"),
    (QT_TRANSLATE_NOOP("Columns", "Replied"), "datetime"), (QT_TRANSLATE_NOOP("Columns", "Complete by"), "datetime"),
    (QT_TRANSLATE_NOOP("Columns", "Completed"), "datetime"), (QT_TRANSLATE_NOOP("Columns", "Hours paused"), "decimal"),
    (QT_TRANSLATE_NOOP("Columns", "Replied on time"), "text"),
    (QT_TRANSLATE_NOOP("Columns", "Completed on time"), "text"),
    (QT_TRANSLATE_NOOP("Columns", "Follow-up due"), "datetime"), (QT_TRANSLATE_NOOP("Columns", "Followed up"), "datetime"),
    (QT_TRANSLATE_NOOP("Columns", "Satisfaction"), "int"), (QT_TRANSLATE_NOOP("Columns", "Reopened"), "int"),
    (QT_TRANSLATE_NOOP("Columns", "Repeat fault"), "text"), (QT_TRANSLATE_NOOP("Columns", "Paid (yuan)"), "money"),
)


def add_commands(commands) -> None:
    def dates(p, translate):
        p.add_argument("--from", dest="date_from", required=True, type=parse_day, metavar="YYYY-MM-DD")
        p.add_argument("--to", dest="date_to", required=True, type=parse_day, metavar="YYYY-MM-DD")
        p.add_argument("--out", required=True, type=Path, metavar="FILE.xlsx")

    def number(p, translate):
        p.add_argument("number", help=translate("Cli", "the work-order number, e.g. GD2026-000123"))
        p.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
        commands.operator_argument(p)

    commands.add("export", "workorders", QT_TRANSLATE_NOOP("Cli", "the work-order register"), cmd_export, dates)
    commands.add("print", "workorder", QT_TRANSLATE_NOOP("Cli", "a work-order slip's PDF"), cmd_print, number)


def write_register(store, date_from, date_to, path, translate) -> int:
    from frontdesk.core import excel
    from frontdesk.core.settings import SettingsService
    from frontdesk.workorders.service import WorkOrderService
    check_range(date_from, date_to)
    rows = WorkOrderService(store).register_rows(date_from, date_to)
    for row in rows:
        row[2] = translate("WorkOrders", row[2])  # the kind, in the reader's language
    prop = SettingsService(store).get()
    cols = [excel.XCol(translate("Columns", title), kind, total=kind == "money") for title, kind in COLUMNS]
    return excel.write_register(
        path, translate("Reports", "Work-order register"), cols, rows,
        title=translate("Reports", "{property} — work-order register").format(property=prop.property_name),
        subtitle=translate("Reports", "{company}  Registered {first} to {last}").format(
            company=prop.company_name, first=date_from.isoformat(), last=date_to.isoformat()),
        total_label=translate("Reports", "Total"))


def cmd_export(args, url, translate, say) -> int:
    from frontdesk.core.files import check_output
    from frontdesk.core.store import open_store
    check_range(args.date_from, args.date_to)
    check_output(args.out)
    store = open_store(url)
    try:
        n = write_register(store, args.date_from, args.date_to, args.out, translate)
    finally:
        store.dispose()
    say(translate("Cli", "{n} work orders were written to {path}."), n=n, path=args.out)
    return 0


def cmd_print(args, url, translate, say) -> int:
    from frontdesk.core.files import check_output, write_bytes
    from frontdesk.core.operators import acting
    from frontdesk.core.store import open_store
    from frontdesk.workorders.documents import slip
    from frontdesk.workorders.service import WorkOrderService
    check_output(args.out)
    store = open_store(url)
    try:  # written inside the print's transaction: a slip not written is not counted
        WorkOrderService(store).print_slip(acting(store, args, translate), args.number, deliver=lambda oid, copy: (
            write_bytes(args.out, slip(store, oid, translate, copy).build())))
    finally:
        store.dispose()
    print(args.out)
    return 0
