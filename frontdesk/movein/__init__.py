"""The move-in (入住办理): a delivered room's owner taken through the six steps of DOMAIN §1 — documents,
forms, items, fees, the joint inspection with its rectification orders, the keys — resumable step by
step, finished as 已入住 or custody. A flow across the tasks without a tab of its own: its guided window
is its ``flow`` (F9 on every tab, the room card's 入住办理); it reads and changes the others only
through their services."""
from frontdesk.core.errors import QT_TRANSLATE_NOOP
from frontdesk.core.task import Task

TASK = Task(
    key="movein", title=QT_TRANSLATE_NOOP("Tasks", "Move-in"), shortcut="F9",
    models="frontdesk.movein.models",
    demo="frontdesk.movein.demo:fill",
    flow="frontdesk.movein.dialogs:open_move_in",
    cli="frontdesk.movein.cli:add_commands",
    check="frontdesk.movein.consistency:check",
    selftest="frontdesk.movein.selftest:checks",
    settings=((QT_TRANSLATE_NOOP("Tasks", "Mo&ve-in…"), "frontdesk.movein.dialogs:MoveInRulesDialog"),),
)
