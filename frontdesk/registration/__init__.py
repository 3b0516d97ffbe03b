"""Registration (登记): rooms and buildings, owners, residents and tenants, custody, the
call-and-visit log and small registrations — the shared base every other task reads through
``frontdesk.registration.service``."""
from frontdesk.core.errors import QT_TRANSLATE_NOOP
from frontdesk.core.task import Task

TASK = Task(
    key="registration", title=QT_TRANSLATE_NOOP("Tasks", "Registration"), shortcut="Ctrl+1",
    models="frontdesk.registration.models",
    tab="frontdesk.registration.view:RegistrationTab",
    demo="frontdesk.registration.demo:fill", generate="frontdesk.registration.demo:generate",
    cli="frontdesk.registration.cli:add_commands",
    selftest="frontdesk.registration.selftest:checks",
    benchmark="benchmarks.registration:main",
    report="frontdesk.registration.report:part",
    keys={"F2": "log_call"},  # a call or a visitor can come while any tab is in front
    key_help=(("F2", QT_TRANSLATE_NOOP("Tasks", "Log a call or a visit — on any tab, for the room it shows")),
              ("F3", QT_TRANSLATE_NOOP("Tasks", "Register a resident of the room shown")),
              ("F4", QT_TRANSLATE_NOOP("Tasks", "Put the room shown into custody, or record an inspection")),
              ("F6", QT_TRANSLATE_NOOP("Tasks", "A small registration for the room shown")),
              ("F8", QT_TRANSLATE_NOOP("Tasks", "Collect fees for the room shown (the fees tab opens at it)"))),
)
