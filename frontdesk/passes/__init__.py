"""Passes and permits (证件): renovation permits from application to the contractor's refund, worker
and temporary passes, hot-work permits and goods release slips — and the gate that checks them."""
from frontdesk.core.errors import QT_TRANSLATE_NOOP
from frontdesk.core.task import Register, Task

TASK = Task(
    key="passes", title=QT_TRANSLATE_NOOP("Tasks", "Passes"), shortcut="Ctrl+4",
    models="frontdesk.passes.models",
    tab="frontdesk.passes.view:PassesTab",
    gate="frontdesk.passes.view:GateBox",  # the gate's window: the check box, today's rooms under renovation
    demo="frontdesk.passes.demo:fill", generate="frontdesk.passes.demo:generate",
    generated=QT_TRANSLATE_NOOP("Cli", "Passes: {renovations} renovations and {passes} passes and permits."),
    cli="frontdesk.passes.cli:add_commands",
    check="frontdesk.passes.consistency:check",
    report="frontdesk.passes.report:part",
    selftest="frontdesk.passes.selftest:checks",
    benchmark="benchmarks.passes:main",
    settings=((QT_TRANSLATE_NOOP("Tasks", "Rules of passes and permits… (&Z)"), "frontdesk.passes.dialogs:PassRulesDialog"),),
    card_section="frontdesk.passes.service:room_passes_section",
    registers=(Register("passes", QT_TRANSLATE_NOOP("Tasks", "&Passes and permits register…"),
                        QT_TRANSLATE_NOOP("Cli", "the register of passes and permits (a sheet per type of paper)"),
                        "frontdesk.passes.documents:write_register",
                        QT_TRANSLATE_NOOP("Cli", "{n} papers were written to {path}.")),),
    key_help=(("Ctrl+N", QT_TRANSLATE_NOOP("Tasks", "Apply for a renovation")),
              ("Ctrl+P", QT_TRANSLATE_NOOP("Tasks", "Print the permit or the paper chosen"))),
    empty_state=QT_TRANSLATE_NOOP("Tasks", "Renovation permits, worker and temporary passes, hot-work "
                                           "permits and goods release slips will be issued and printed "
                                           "here."),
)
