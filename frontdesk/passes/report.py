"""The passes' part of the monthly workbook (``Task.report``): 证件 and its figures, from the pass
service's own function for a month (``PassService.month``)."""
from __future__ import annotations

from frontdesk.core.errors import QT_TRANSLATE_NOOP
from frontdesk.core.excel import XCol
from frontdesk.core.report import Anomaly, Definition, Month, ReportPart, Sheet, compared
from frontdesk.passes.service import PassService

ISSUED = {"装修许可证": QT_TRANSLATE_NOOP("Reports", "Renovation permits issued"),
          "施工人员出入证": QT_TRANSLATE_NOOP("Reports", "Worker passes issued"),
          "临时出入证": QT_TRANSLATE_NOOP("Reports", "Temporary passes issued"),
          "动火证": QT_TRANSLATE_NOOP("Reports", "Hot-work permits issued"),
          "物品放行条": QT_TRANSLATE_NOOP("Reports", "Release slips issued")}
_PASSES = [XCol(QT_TRANSLATE_NOOP("Reports", "Document type"))] + [XCol(title, "int", total=True) for title in (
    QT_TRANSLATE_NOOP("Reports", "Issued"), QT_TRANSLATE_NOOP("Reports", "Returned or accepted"),
    QT_TRANSLATE_NOOP("Reports", "Lost"), QT_TRANSLATE_NOOP("Reports", "Expired"))]


def part(store, month: Month) -> ReportPart:
    svc = PassService(store)

    def key_figures(m: Month):
        passes = svc.month(m.first, m.last)
        return passes, [(ISSUED[kind], issued, "int") for kind, issued, *_rest in passes.kinds]
    figures, now = compared(month, key_figures)
    return ReportPart(
        figures=figures,
        sheets=[Sheet(QT_TRANSLATE_NOOP("Reports", "Passes"), _PASSES, [list(r) for r in now.kinds])],
        anomalies=[Anomaly(QT_TRANSLATE_NOOP("Reports", "Past its end"), *p) for p in now.past_end]
        + [Anomaly(QT_TRANSLATE_NOOP("Reports", "Contractor deposit due for refund"), *d) for d in now.refunds_due],
        definitions=[
            Definition(QT_TRANSLATE_NOOP("Reports", "Issued"),
                       QT_TRANSLATE_NOOP("Reports", "Permits and passes issued in the month, by type")),
            Definition(QT_TRANSLATE_NOOP("Reports", "Returned or accepted"),
                       QT_TRANSLATE_NOOP("Reports", "Passes returned in the month; renovation permits whose "
                                                    "works were accepted in it")),
            Definition(QT_TRANSLATE_NOOP("Reports", "Expired"),
                       QT_TRANSLATE_NOOP("Reports", "Permits and passes whose end fell in the month"), "",
                       QT_TRANSLATE_NOOP("Reports", "Voided papers; papers returned, accepted or closed before "
                                                    "their end")),
            Definition(QT_TRANSLATE_NOOP("Reports", "Past its end"),
                       QT_TRANSLATE_NOOP("Reports", "Renovation permits, worker passes and hot-work permits past "
                                                    "their end at the month's end, not accepted, returned or "
                                                    "closed by then")),
            Definition(QT_TRANSLATE_NOOP("Reports", "Contractor deposit due for refund"),
                       QT_TRANSLATE_NOOP("Reports", "Contractors' deposits whose refund day came by the month's "
                                                    "end, not refunded by then"))])
