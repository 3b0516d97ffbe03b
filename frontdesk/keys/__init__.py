"""The key cabinet (钥匙): owners' keys kept for rectification and the property's public keys — kept,
collected, lent, returned, signed at the counter, counted at every shift handover."""
from frontdesk.core.errors import QT_TRANSLATE_NOOP
from frontdesk.core.task import Register, Task

TASK = Task(
    key="keys", title=QT_TRANSLATE_NOOP("Tasks", "Keys"), shortcut="Ctrl+3",
    models="frontdesk.keys.models",
    tab="frontdesk.keys.view:KeysTab",
    cli="frontdesk.keys.cli:add_commands",
    selftest="frontdesk.keys.selftest:checks",
    demo="frontdesk.keys.demo:fill", generate="frontdesk.keys.demo:generate",
    generated=QT_TRANSLATE_NOOP("Cli", "Key cabinet: {key_sets} key sets, {key_moves} movements, {key_counts} "
                                       "handover counts, {keys_out} keys out now."),
    check="frontdesk.keys.consistency:check",
    report="frontdesk.keys.report:part",
    benchmark="benchmarks.keys:main",
    card_section="frontdesk.keys.service:room_keys_section",
    settings=((QT_TRANSLATE_NOOP("Tasks", "Key cabinet… (&Y)"), "frontdesk.keys.dialogs:KeyRulesDialog"),),
    registers=(Register("keys", QT_TRANSLATE_NOOP("Tasks", "&Key register…"),
                        QT_TRANSLATE_NOOP("Cli", "the key register: every key set with where it is, and the "
                                                 "movements in the days"),
                        "frontdesk.keys.documents:write_register",
                        QT_TRANSLATE_NOOP("Cli", "{n} key sets were written to {path}.")),),
    follows={"shift_closed": "offer_handover"},  # the fees tab closed a shift: the cabinet is counted next
    key_help=(("Ctrl+K", QT_TRANSLATE_NOOP("Tasks", "Keep an owner's keys (收存)")),
              ("Ctrl+J", QT_TRANSLATE_NOOP("Tasks", "Lend the key chosen")),
              ("Ctrl+R", QT_TRANSLATE_NOOP("Tasks", "Take the key chosen back")),
              ("Ctrl+H", QT_TRANSLATE_NOOP("Tasks", "The chosen key's whole history")),
              ("Ctrl+P", QT_TRANSLATE_NOOP("Tasks", "Print the chosen key's last paper"))),
    empty_state=QT_TRANSLATE_NOOP("Tasks", "The key cabinet's ledger — keys kept, collected, lent, returned "
                                           "and overdue — will be kept here."),
)
