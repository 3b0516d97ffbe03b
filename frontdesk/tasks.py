"""The desk tasks, in the order of their tabs — the one list the main window, the command line,
the demo, the generator, the schema and ``frontdesk check`` iterate. Adding a task is one folder
(``frontdesk/<task>/`` with its ``TASK``) and one line here; see docs/architecture.md."""
from __future__ import annotations

from frontdesk import fees, keys, movein, passes, registration, workorders
from frontdesk.core.task import Task, load

TASKS: tuple[Task, ...] = (registration.TASK, workorders.TASK, keys.TASK, passes.TASK, fees.TASK, movein.TASK)


def by_key(key: str) -> Task:
    return next(t for t in TASKS if t.key == key)


def paper(key: str, name: str):
    """The function printing task ``key``'s paper ``name`` (``Task.papers``), for another task."""
    return load(by_key(key).papers[name])


def metadata():
    """Every task's tables in one ``MetaData`` (Alembic's autogenerate, the schema test)."""
    from frontdesk.core.models import Base
    for task in TASKS:
        if task.models:
            load(task.models)
    return Base.metadata


def card_sections() -> list:
    """Each task's part of the room card, in task order."""
    return [load(t.card_section) for t in TASKS if t.card_section]


def rules_broken(store) -> list[str]:
    """Every task's rules over a whole store (``frontdesk check``, the self-test): what breaks them."""
    return [line for t in TASKS if t.check for line in load(t.check)(store)]
