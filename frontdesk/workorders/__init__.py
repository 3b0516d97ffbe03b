"""Work orders (工单): repairs, complaints, help requests and enquiries — registered, dispatched,
completed, followed up, with every deadline on the property's working calendar."""
from frontdesk.core.errors import QT_TRANSLATE_NOOP
from frontdesk.core.task import Register, Task

TASK = Task(
    key="workorders", title=QT_TRANSLATE_NOOP("Tasks", "Work orders"), shortcut="Ctrl+2",
    models="frontdesk.workorders.models",
    tab="frontdesk.workorders.view:WorkOrdersTab",
    card_section="frontdesk.workorders.service:room_orders_section",
    demo="frontdesk.workorders.demo:fill", generate="frontdesk.workorders.demo:generate",
    generated=QT_TRANSLATE_NOOP("Cli", "Work orders: {work_orders}."),
    check="frontdesk.workorders.consistency:check",
    report="frontdesk.workorders.report:part",
    selftest="frontdesk.workorders.selftest:checks",
    settings=((QT_TRANSLATE_NOOP("Tasks", "&Work-order categories…"), "frontdesk.workorders.dialogs:CategoriesDialog"),
              (QT_TRANSLATE_NOOP("Tasks", "&Departments and workers…"), "frontdesk.workorders.dialogs:WorkersDialog")),
    benchmark="benchmarks.workorders:main",
    keys={"F7": "new_order"},  # a repair is reported while any tab is in front, for the room it shows
    key_help=(("F7", QT_TRANSLATE_NOOP("Tasks", "A new work order — on any tab, for the room it shows")),
              ("Ctrl+P", QT_TRANSLATE_NOOP("Tasks", "Print the chosen order's slip")),
              ("F8", QT_TRANSLATE_NOOP("Tasks", "Collect fees for the chosen order's room (the fees tab opens "
                                                "at it)"))),
    cli="frontdesk.workorders.cli:add_commands",
    registers=(Register("workorders", QT_TRANSLATE_NOOP("Tasks", "&Work-order register…"),
                        QT_TRANSLATE_NOOP("Cli", "the work-order register"),
                        "frontdesk.workorders.documents:write_register",
                        QT_TRANSLATE_NOOP("Cli", "{n} work orders were written to {path}.")),),
    empty_state=QT_TRANSLATE_NOOP("Tasks", "Repairs, complaints and help requests — registered, dispatched, "
                                           "completed and followed up — will be handled here."),
)
