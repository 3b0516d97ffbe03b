"""The work-order task's commands: ``print workorder`` (a slip; ``export workorders``, the
register, is its ``Task.registers``)."""
from __future__ import annotations

from frontdesk.core.errors import QT_TRANSLATE_NOOP


def add_commands(commands) -> None:
    commands.printout("workorder", QT_TRANSLATE_NOOP("Cli", "a work-order slip's PDF"),
                      QT_TRANSLATE_NOOP("Cli", "the work-order number, e.g. GD2026-000123"), print_slip)


def print_slip(store, actor, number, out, translate) -> None:
    """A slip, written inside the print's transaction: a slip not written is not counted."""
    from frontdesk.core.files import write_bytes
    from frontdesk.workorders.documents import slip
    from frontdesk.workorders.service import WorkOrderService
    WorkOrderService(store).print_slip(actor, number, deliver=lambda oid, copy: write_bytes(
        out, slip(store, oid, translate, copy).build()))
