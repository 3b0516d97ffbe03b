"""Passes and permits (证件): renovation permits from application to the contractor's refund, worker
and temporary passes, hot-work permits and goods release slips — and the gate that checks them."""
from frontdesk.core.errors import QT_TRANSLATE_NOOP
from frontdesk.core.task import Task

TASK = Task(
    key="passes", title=QT_TRANSLATE_NOOP("Tasks", "Passes"), shortcut="Ctrl+4",
    models="frontdesk.passes.models",
    card_section="frontdesk.passes.service:room_passes_section",
    empty_state=QT_TRANSLATE_NOOP("Tasks", "Renovation permits, worker and temporary passes, hot-work "
                                           "permits and goods release slips will be issued and printed "
                                           "here."),
)
