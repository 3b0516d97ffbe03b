"""The work orders' part of the monthly workbook (``Task.report``): 工单 and its figures, each from the
work-order service's own functions (``WorkOrderService.rates``, ``WorkOrderService.month``)."""
from __future__ import annotations

from frontdesk.core.errors import QT_TRANSLATE_NOOP
from frontdesk.core.excel import XCol
from frontdesk.core.report import Anomaly, Chart, Definition, Month, ReportPart, Sheet, compared, ratio
from frontdesk.workorders.models import KINDS
from frontdesk.workorders.service import REPAIRS, WorkOrderService

BY_KIND = {"repair_home": QT_TRANSLATE_NOOP("Reports", "Repairs in homes"),
           "repair_common": QT_TRANSLATE_NOOP("Reports", "Repairs in common areas"),
           "complaint": QT_TRANSLATE_NOOP("Reports", "Complaints"),
           "help": QT_TRANSLATE_NOOP("Reports", "Help requests"),
           "enquiry": QT_TRANSLATE_NOOP("Reports", "Enquiries and suggestions")}
ON_TIME = QT_TRANSLATE_NOOP("Reports", "Repair on-time rate")
FOLLOWED = QT_TRANSLATE_NOOP("Reports", "Follow-up rate")
SATISFIED = QT_TRANSLATE_NOOP("Reports", "Satisfaction")
REPEATS = QT_TRANSLATE_NOOP("Reports", "Repeat-fault rate")
VALID = QT_TRANSLATE_NOOP("Reports", "Valid complaints")
REPLIED = QT_TRANSLATE_NOOP("Reports", "Complaint reply rate")
_ORDERS = [XCol(QT_TRANSLATE_NOOP("Reports", "Kind")), XCol(QT_TRANSLATE_NOOP("Reports", "Category")),
           XCol(QT_TRANSLATE_NOOP("Reports", "Department"))] + [
    XCol(title, "int", total=True) for title in (
        QT_TRANSLATE_NOOP("Reports", "Registered"), QT_TRANSLATE_NOOP("Reports", "Completed"),
        QT_TRANSLATE_NOOP("Reports", "On time"), QT_TRANSLATE_NOOP("Reports", "Followed up"),
        QT_TRANSLATE_NOOP("Reports", "Unsatisfied"), QT_TRANSLATE_NOOP("Reports", "Reopened"),
        VALID, QT_TRANSLATE_NOOP("Reports", "Invalid complaints"))]


def part(store, month: Month) -> ReportPart:
    svc = WorkOrderService(store)

    def key_figures(m: Month):
        orders, repairs = svc.month(m.first, m.last), svc.rates(m.first, m.last, REPAIRS)
        complaints, rates = svc.rates(m.first, m.last, ("complaint",)), svc.rates(m.first, m.last)
        kinds = {k: sum(x.registered for x in orders.lines if x.kind == k) for k in BY_KIND}
        return orders, [(BY_KIND[k], n, "int") for k, n in kinds.items()] + [
            (ON_TIME, ratio(repairs["on_time"], repairs["deadlines"]), "percent"),
            (FOLLOWED, ratio(rates["followed_up"], rates["follow_up_due"]), "percent"),
            (SATISFIED, ratio(orders.satisfied, orders.reached), "percent"),
            (REPEATS, ratio(orders.repeats, orders.repairs), "percent"),
            (VALID, sum(x.valid for x in orders.lines if x.kind == "complaint"), "int"),
            (REPLIED, ratio(complaints["replied_on_time"], complaints["replies"]), "percent")]

    figures, orders = compared(month, key_figures)
    return ReportPart(
        figures=figures,
        sheets=[Sheet(QT_TRANSLATE_NOOP("Reports", "Work orders"), _ORDERS,
                      [[KINDS[x.kind], x.category, x.department, x.registered, x.completed, x.on_time, x.followed_up,
                        x.unsatisfied, x.reopened, x.valid, x.invalid] for x in orders.lines],
                      translated={0: "WorkOrders"})],
        charts=[Chart(QT_TRANSLATE_NOOP("Reports", "Work orders by category"),
                      [XCol(QT_TRANSLATE_NOOP("Reports", "Category")), XCol(QT_TRANSLATE_NOOP("Reports", "Registered"), "int")],
                      [[c, n] for c, n in orders.by_category.items()])],
        anomalies=[Anomaly(what, number, day, f"{where} {detail}".strip()) for what, rows in (
            (QT_TRANSLATE_NOOP("Reports", "Completion overdue"), orders.overdue),
            (QT_TRANSLATE_NOOP("Reports", "Unsatisfied follow-up"), orders.unsatisfied),
            (QT_TRANSLATE_NOOP("Reports", "Repeat fault"), orders.repeated)) for number, where, day, detail in rows],
        definitions=[
            Definition(QT_TRANSLATE_NOOP("Reports", "Work orders"),
                       QT_TRANSLATE_NOOP("Reports", "Orders registered in the month, by kind, category and "
                                                    "department; completed, on time, followed up by its end")),
            Definition(ON_TIME, QT_TRANSLATE_NOOP("Reports", "Repairs completed by their completion deadline"),
                       QT_TRANSLATE_NOOP("Reports", "Repairs whose completion deadline fell in the month"),
                       QT_TRANSLATE_NOOP("Reports", "Cancelled orders; orders paused before their deadline and not "
                                                    "resumed (their clock is stopped)")),
            Definition(FOLLOWED, QT_TRANSLATE_NOOP("Reports", "Repairs completed in the month and followed up"),
                       QT_TRANSLATE_NOOP("Reports", "Repairs completed in the month"),
                       QT_TRANSLATE_NOOP("Reports", "Orders the resident could not be reached about (无法回访); "
                                                    "orders reopened and not completed again")),
            Definition(SATISFIED, QT_TRANSLATE_NOOP("Reports", "Follow-up calls in the month that reached a "
                                                               "satisfied resident"),
                       QT_TRANSLATE_NOOP("Reports", "Follow-up calls in the month that reached the resident"),
                       QT_TRANSLATE_NOOP("Reports", "Unanswered calls; a call is unsatisfied at 1 or 2 points or "
                                                    "any 不满意 rating")),
            Definition(REPEATS, QT_TRANSLATE_NOOP("Reports", "Repairs registered in the month that repeat a repair "
                                                             "of the same room and category within 30 days"),
                       QT_TRANSLATE_NOOP("Reports", "Repairs registered in the month")),
            Definition(VALID, QT_TRANSLATE_NOOP("Reports", "Complaints registered in the month found valid "
                                                           "(投诉成立)"), "",
                       QT_TRANSLATE_NOOP("Reports", "Complaints not yet investigated")),
            Definition(REPLIED, QT_TRANSLATE_NOOP("Reports", "Complaints answered by their reply deadline"),
                       QT_TRANSLATE_NOOP("Reports", "Complaints whose reply deadline fell in the month"),
                       QT_TRANSLATE_NOOP("Reports", "Cancelled complaints"))])
