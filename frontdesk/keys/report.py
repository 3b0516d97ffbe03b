"""The keys' part of the monthly workbook (``Task.report``): 钥匙 and its figures, from the key
service's own function for a month (``KeyService.month``)."""
from __future__ import annotations

from frontdesk.core.errors import QT_TRANSLATE_NOOP
from frontdesk.core.excel import XCol
from frontdesk.core.report import Anomaly, Definition, Month, ReportPart, Sheet, compared
from frontdesk.keys.service import KeyService

OUT = QT_TRANSLATE_NOOP("Reports", "Keys out at month end")
OVERDUE = QT_TRANSLATE_NOOP("Reports", "Keys overdue at month end")
_KEYS = [XCol(QT_TRANSLATE_NOOP("Reports", "Key kind"))] + [XCol(title, "int", total=True) for title in (
    QT_TRANSLATE_NOOP("Reports", "Kept at month end"), QT_TRANSLATE_NOOP("Reports", "Out at month end"),
    QT_TRANSLATE_NOOP("Reports", "Overdue at month end"), QT_TRANSLATE_NOOP("Reports", "Lent"),
    QT_TRANSLATE_NOOP("Reports", "Returned"), QT_TRANSLATE_NOOP("Reports", "Lost"))]


def part(store, month: Month) -> ReportPart:
    svc = KeyService(store)

    def key_figures(m: Month):
        keys = svc.month(m.first, m.last)
        out, overdue = (sum(row[column] for row in keys.kinds) for column in (2, 3))
        return keys, [(OUT, out, "int"), (OVERDUE, overdue, "int")]
    figures, now = compared(month, key_figures)
    return ReportPart(
        figures=figures,
        sheets=[Sheet(QT_TRANSLATE_NOOP("Reports", "Keys"), _KEYS, [list(r) for r in now.kinds])],
        anomalies=[Anomaly(QT_TRANSLATE_NOOP("Reports", "Key overdue"), *o) for o in now.overdue]
        + [Anomaly(QT_TRANSLATE_NOOP("Reports", "Handover count difference"), *d) for d in now.differences],
        definitions=[
            Definition(OUT, QT_TRANSLATE_NOOP("Reports", "Key sets lent out and not returned by the month's end")),
            Definition(OVERDUE, QT_TRANSLATE_NOOP("Reports", "Key sets out at the month's end whose loan was due "
                                                             "back before it")),
            Definition(QT_TRANSLATE_NOOP("Reports", "Kept at month end"),
                       QT_TRANSLATE_NOOP("Reports", "Key sets in the desk's custody at the month's end: in the "
                                                    "cabinet or lent"), "",
                       QT_TRANSLATE_NOOP("Reports", "Sets collected by their owners, lost or retired")),
            Definition(QT_TRANSLATE_NOOP("Reports", "Handover count difference"),
                       QT_TRANSLATE_NOOP("Reports", "Shift handover counts in the month that found more or fewer "
                                                    "sets than the ledger expects"))])
