"""Fees (收费): price standards, bills, payments and receipts, deposits, the shift close, arrears."""
from frontdesk.core.errors import QT_TRANSLATE_NOOP
from frontdesk.core.task import Register, Task

TASK = Task(
    key="fees", title=QT_TRANSLATE_NOOP("Tasks", "Fees"), shortcut="Ctrl+5",
    models="frontdesk.fees.models",
    tab="frontdesk.fees.view:FeesTab",
    card_section="frontdesk.fees.service:room_fees_section",
    demo="frontdesk.fees.demo:fill", generate="frontdesk.fees.demo:generate",
    generated=QT_TRANSLATE_NOOP("Cli", "Fee history: {bills} bills, {receipts} receipts, {shift_closes} shift "
                                       "closes, {deposits} deposits and {reminders} reminders."),
    cli="frontdesk.fees.cli:add_commands",
    registers=(Register("receipts", QT_TRANSLATE_NOOP("Tasks", "Re&ceipt register…"),
                        QT_TRANSLATE_NOOP("Cli", "the receipt register (voided receipts included)"),
                        "frontdesk.fees.documents:write_register",
                        QT_TRANSLATE_NOOP("Cli", "{n} receipts were written to {path}.")),),
    check="frontdesk.fees.consistency:check",
    report="frontdesk.fees.report:part",
    selftest="frontdesk.fees.selftest:checks",
    papers={"receipt": "frontdesk.fees.documents:receipt_pdf",  # another task prints these (Task.papers)
            "refund": "frontdesk.fees.documents:refund_pdf"},
    settings=((QT_TRANSLATE_NOOP("Tasks", "&Fee items and prices…"), "frontdesk.fees.dialogs:FeeItemsDialog"),),
    benchmark="benchmarks.fees:main",
    key_help=(("Ctrl+Return", QT_TRANSLATE_NOOP("Tasks", "Take the payment and print the receipt")),
              ("Space", QT_TRANSLATE_NOOP("Tasks", "In the bills: tick or untick the bill")),
              ("Ctrl+A", QT_TRANSLATE_NOOP("Tasks", "In the bills: tick them all"))),
)
