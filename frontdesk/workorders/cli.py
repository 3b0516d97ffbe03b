"""The work-order task's commands: ``export workorders`` (the register), ``print workorder`` (a slip)."""
from __future__ import annotations

from pathlib import Path

from frontdesk.core.errors import QT_TRANSLATE_NOOP


def add_commands(commands) -> None:
    def number(p, translate):
        p.add_argument("number", help=translate("Cli", "the work-order number, e.g. GD2026-000123"))
        p.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
        commands.operator_argument(p)

    commands.register("workorders", QT_TRANSLATE_NOOP("Cli", "the work-order register"),
                      "frontdesk.workorders.documents:write_register",
                      QT_TRANSLATE_NOOP("Cli", "{n} work orders were written to {path}."))
    commands.add("print", "workorder", QT_TRANSLATE_NOOP("Cli", "a work-order slip's PDF"), cmd_print, number)


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
