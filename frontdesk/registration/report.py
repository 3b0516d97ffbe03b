"""Registration's part of the monthly workbook (``Task.report``): 入住 — rooms delivered, occupied
at the month's end, moved into in the month, and 入住率 — from the registration service's own
function for a month (``RegistrationService.occupancy_month``)."""
from __future__ import annotations

from frontdesk.core.errors import QT_TRANSLATE_NOOP
from frontdesk.core.excel import XCol
from frontdesk.core.report import Definition, Month, ReportPart, Sheet, compared, ratio
from frontdesk.registration.service import RegistrationService

MOVE_INS = QT_TRANSLATE_NOOP("Reports", "Move-ins")
RATE = QT_TRANSLATE_NOOP("Reports", "Occupancy rate")
DELIVERED = QT_TRANSLATE_NOOP("Reports", "Rooms delivered")
OCCUPIED = QT_TRANSLATE_NOOP("Reports", "Rooms occupied at month end")
_ROWS = [XCol(QT_TRANSLATE_NOOP("Reports", "Building")), XCol(DELIVERED, "int", total=True),
         XCol(OCCUPIED, "int", total=True), XCol(MOVE_INS, "int", total=True), XCol(RATE, "percent")]


def part(store, month: Month) -> ReportPart:
    svc = RegistrationService(store)

    def key_figures(m: Month):
        rows = svc.occupancy_month(m.first, m.last)
        delivered, occupied, moved_in = (sum(r[column] for r in rows) for column in (1, 2, 3))
        return rows, [(MOVE_INS, moved_in, "int"), (RATE, ratio(occupied, delivered), "percent")]
    figures, now = compared(month, key_figures)
    rows = [r + [ratio(r[2], r[1])] for r in now]
    return ReportPart(
        figures=figures,
        sheets=[Sheet(QT_TRANSLATE_NOOP("Reports", "Move-in"), _ROWS, rows, rates={4: (2, 1)})],
        definitions=[
            Definition(RATE, OCCUPIED, DELIVERED),
            Definition(DELIVERED, QT_TRANSLATE_NOOP("Reports", "Rooms built and handed over to their buyers (not "
                                                               "未交付) by the month's last day")),
            Definition(OCCUPIED, QT_TRANSLATE_NOOP("Reports", "Rooms whose state on the month's last day was "
                                                              "已入住 or 出租, with an owner, a family member or a "
                                                              "tenant living there"), "",
                       QT_TRANSLATE_NOOP("Reports", "Vacant rooms with an owner of record, rooms in custody, rooms "
                                                    "with only an agent registered")),
            Definition(MOVE_INS, QT_TRANSLATE_NOOP("Reports", "Rooms occupied at the month's end whose first owner "
                                                              "or family member moved in during the month"))])
