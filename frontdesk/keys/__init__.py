"""The key cabinet (钥匙): owners' keys kept for rectification and the property's public keys — kept,
collected, lent, returned, signed at the counter, counted at every shift handover."""
from frontdesk.core.errors import QT_TRANSLATE_NOOP
from frontdesk.core.task import Task

TASK = Task(
    key="keys", title=QT_TRANSLATE_NOOP("Tasks", "Keys"), shortcut="Ctrl+3",
    models="frontdesk.keys.models",
    card_section="frontdesk.keys.service:room_keys_section",
    empty_state=QT_TRANSLATE_NOOP("Tasks", "The key cabinet's ledger — keys kept, collected, lent, returned "
                                           "and overdue — will be kept here."),
)
