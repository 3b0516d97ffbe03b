"""The fees' part of the monthly workbook (``Task.report``): 收费, 欠费, 收据, 押金 and their figures,
each from the fees' own functions (``fees.figures``, the receipt register, the deposits)."""
from __future__ import annotations

from collections import defaultdict

from frontdesk.core.errors import QT_TRANSLATE_NOOP
from frontdesk.core.excel import XCol
from frontdesk.core.people import mask_phone
from frontdesk.core.report import Anomaly, Chart, Definition, Month, ReportPart, Sheet, compared, ratio
from frontdesk.fees import figures
from frontdesk.fees.documents import REGISTER_LIVE, register_columns
from frontdesk.fees.service import ZERO, FeeService

RECEIVED = QT_TRANSLATE_NOOP("Reports", "Received in the month")
_COLLECTION = [XCol(QT_TRANSLATE_NOOP("Reports", "Fee item")), XCol(QT_TRANSLATE_NOOP("Reports", "Building")),
               XCol(QT_TRANSLATE_NOOP("Reports", "Billed this month"), "money", total=True),
               XCol(QT_TRANSLATE_NOOP("Reports", "Paid of this month"), "money", total=True),
               XCol(QT_TRANSLATE_NOOP("Reports", "Arrears recovered"), "money", total=True),
               XCol(QT_TRANSLATE_NOOP("Reports", "Paid ahead"), "money", total=True),
               XCol(QT_TRANSLATE_NOOP("Reports", "Owed of this month"), "money", total=True),
               XCol(QT_TRANSLATE_NOOP("Reports", "Collection rate"), "percent"),
               XCol(QT_TRANSLATE_NOOP("Reports", "Rooms billed"), "int", total=True),
               XCol(QT_TRANSLATE_NOOP("Reports", "Rooms fully paid"), "int", total=True),
               XCol(QT_TRANSLATE_NOOP("Reports", "Room collection rate"), "percent"),
               XCol(RECEIVED, "money", total=True)]
_MADE = [XCol(QT_TRANSLATE_NOOP("Reports", "What the receipts took")), XCol(QT_TRANSLATE_NOOP("Reports", "Amount"), "money", total=True)]
_ARREARS = [XCol(QT_TRANSLATE_NOOP("Reports", "Room")), XCol(QT_TRANSLATE_NOOP("Reports", "Building")), XCol(QT_TRANSLATE_NOOP("Reports", "Owner")),
            XCol(QT_TRANSLATE_NOOP("Reports", "Phone")), XCol(QT_TRANSLATE_NOOP("Reports", "Owed"), "money", total=True),
            XCol(QT_TRANSLATE_NOOP("Reports", "Months owed"), "int"), XCol(QT_TRANSLATE_NOOP("Reports", "Owed since"), "date"),
            XCol(QT_TRANSLATE_NOOP("Reports", "Age (months)")), XCol(QT_TRANSLATE_NOOP("Reports", "Last reminder"))]
_DEPOSITS = [XCol(QT_TRANSLATE_NOOP("Reports", "Deposit kind")), XCol(QT_TRANSLATE_NOOP("Reports", "Held at month end"), "int", total=True),
             XCol(QT_TRANSLATE_NOOP("Reports", "Amount held"), "money", total=True),
             XCol(QT_TRANSLATE_NOOP("Reports", "Held over a year"), "money", total=True),
             XCol(QT_TRANSLATE_NOOP("Reports", "Collected"), "money", total=True), XCol(QT_TRANSLATE_NOOP("Reports", "Refunded"), "money", total=True),
             XCol(QT_TRANSLATE_NOOP("Reports", "Forfeited"), "money", total=True)]


def part(store, month: Month) -> ReportPart:
    def key_figures(m: Month) -> tuple[dict, list]:
        rows, (paid_rooms, rooms) = figures.month_collection(store, m.first, m.last)
        owing = figures.arrears_at(store, m.last)
        deposits = figures.deposits_month(store, m.first, m.last)
        billed, paid = sum((r.billed for r in rows), ZERO), sum((r.paid for r in rows), ZERO)
        return {"rows": rows, "owing": owing, "deposits": deposits}, [
            (QT_TRANSLATE_NOOP("Reports", "Billed this month"), billed, "money"), (QT_TRANSLATE_NOOP("Reports", "Paid of this month"), paid, "money"),
            (QT_TRANSLATE_NOOP("Reports", "Collection rate"), ratio(paid, billed), "percent"),
            (QT_TRANSLATE_NOOP("Reports", "Arrears recovered"), sum((r.recovered for r in rows), ZERO), "money"),
            (QT_TRANSLATE_NOOP("Reports", "Paid ahead"), sum((r.ahead for r in rows), ZERO), "money"),
            (QT_TRANSLATE_NOOP("Reports", "Room collection rate"), ratio(paid_rooms, rooms), "percent"),
            (QT_TRANSLATE_NOOP("Reports", "Arrears at month end"), sum((o.amount for o in owing), ZERO), "money"),
            (QT_TRANSLATE_NOOP("Reports", "Rooms in arrears"), len(owing), "int"),
            (QT_TRANSLATE_NOOP("Reports", "Deposits held"), sum((d.held_amount for d in deposits), ZERO), "money")]

    figs, now = compared(month, key_figures)
    rows = now["rows"]
    collection = [[r.item, r.building, r.billed, r.paid, r.recovered, r.ahead, r.owed, ratio(r.paid, r.billed),
                   r.rooms, r.rooms_paid, ratio(r.rooms_paid, r.rooms), r.received] for r in rows]
    made = figures.receipts_made(store, month.first, month.last)
    taken_apart = [[QT_TRANSLATE_NOOP("Reports", "Bills paid (收费's received in the month)"), made.bills],
                   [QT_TRANSLATE_NOOP("Reports", "Late fees"), made.late],
                   [QT_TRANSLATE_NOOP("Reports", "Deposits taken"), made.deposits],
                   [QT_TRANSLATE_NOOP("Reports", "Not explained (nothing, when the books are right)"), made.other],
                   [QT_TRANSLATE_NOOP("Reports", "The month's receipts reversed since"), made.reversed],
                   [QT_TRANSLATE_NOOP("Reports", "红冲 receipts issued in the month"), made.reversals]]
    arrears = [[o.room, o.building, o.owner, mask_phone(o.phone) if o.phone else "", o.amount, o.months, o.oldest,
                figures.age_bucket(o.oldest, month.last), o.last_reminder] for o in now["owing"]]
    marks = figures.receipt_marks(store, month.first, month.last)
    receipts = [list(r) + [marks.get(r[0], "")] for r in FeeService(store).register(month.first, month.last)]
    deposits = now["deposits"]
    by_building = defaultdict(lambda: [ZERO, ZERO])
    for r in rows:
        by_building[r.building][0] += r.billed
        by_building[r.building][1] += r.paid
    return ReportPart(
        figures=figs,
        sheets=[Sheet(QT_TRANSLATE_NOOP("Reports", "Fees"), _COLLECTION, collection, rates={7: (3, 2), 10: (9, 8)}),
                Sheet(QT_TRANSLATE_NOOP("Reports", "Arrears"), _ARREARS, arrears),
                Sheet(QT_TRANSLATE_NOOP("Reports", "Receipts"), register_columns() + [XCol(QT_TRANSLATE_NOOP("Columns", "Reversal"))], receipts,
                      total_when=REGISTER_LIVE, context="Columns"),
                Sheet(QT_TRANSLATE_NOOP("Reports", "Receipts taken apart"), _MADE, taken_apart, translated={0: "Reports"}),
                Sheet(QT_TRANSLATE_NOOP("Reports", "Deposits"), _DEPOSITS,
                      [[d.kind, d.held, d.held_amount, d.held_old, d.collected, d.refunded, d.forfeited]
                       for d in deposits])],
        anomalies=[Anomaly(QT_TRANSLATE_NOOP("Reports", "Arrears over a year"), o.room, o.oldest, f"{o.amount}")
                   for o in now["owing"] if figures.age_bucket(o.oldest, month.last) == ">12"]
        + ([Anomaly(QT_TRANSLATE_NOOP("Reports", "Receipts not explained by bills, late fees or deposits"),
                    str(month), None, f"{made.other}")] if made.other else []),
        charts=[Chart(QT_TRANSLATE_NOOP("Reports", "Collection by building"),
                      [XCol(QT_TRANSLATE_NOOP("Reports", "Building")), XCol(QT_TRANSLATE_NOOP("Reports", "Billed this month"), "money"),
                       XCol(QT_TRANSLATE_NOOP("Reports", "Paid of this month"), "money")],
                      [[b, v[0], v[1]] for b, v in sorted(by_building.items())])],
        definitions=[
            Definition(QT_TRANSLATE_NOOP("Reports", "Billed this month"), QT_TRANSLATE_NOOP("Reports", "The bills of the month's periods (one-off "
                                                                     "charges of its days included)"),
                       "", QT_TRANSLATE_NOOP("Reports", "Bills cancelled with their month; late fees; deposits")),
            Definition(QT_TRANSLATE_NOOP("Reports", "Paid of this month"), QT_TRANSLATE_NOOP("Reports", "What live receipts issued by the month's end "
                                                                      "paid of the month's bills (paid ahead included)"),
                       "", QT_TRANSLATE_NOOP("Reports", "Voided and reversed receipts")),
            Definition(QT_TRANSLATE_NOOP("Reports", "Collection rate"), QT_TRANSLATE_NOOP("Reports", "Paid of this month"),
                       QT_TRANSLATE_NOOP("Reports", "Billed this month")),
            Definition(QT_TRANSLATE_NOOP("Reports", "Arrears recovered"), QT_TRANSLATE_NOOP("Reports", "What live receipts issued in the month paid of "
                                                                     "bills of earlier months")),
            Definition(QT_TRANSLATE_NOOP("Reports", "Paid ahead"), QT_TRANSLATE_NOOP("Reports", "What live receipts issued in the month paid of bills "
                                                              "of later months")),
            Definition(QT_TRANSLATE_NOOP("Reports", "Room collection rate"), QT_TRANSLATE_NOOP("Reports", "Rooms whose bills of the month were all "
                                                                        "paid by its end"),
                       QT_TRANSLATE_NOOP("Reports", "Rooms billed in the month")),
            Definition(QT_TRANSLATE_NOOP("Reports", "Arrears at month end"), QT_TRANSLATE_NOOP("Reports", "Bills begun by the month's end less what "
                                                                        "live receipts issued by then paid of them"),
                       "", QT_TRANSLATE_NOOP("Reports", "Late fees not yet charged")),
            Definition(QT_TRANSLATE_NOOP("Reports", "Deposits held"), QT_TRANSLATE_NOOP("Reports", "Deposits collected by the month's end and not "
                                                                 "refunded or forfeited by then"),
                       "", QT_TRANSLATE_NOOP("Reports", "Deposits whose receipt was voided")),
            Definition(QT_TRANSLATE_NOOP("Reports", "Receipts"), QT_TRANSLATE_NOOP("Reports", "Every receipt issued in the month; the total counts "
                                                            "the receipts whose status is 正常 (a 红冲 counts "
                                                            "negative)"), "", QT_TRANSLATE_NOOP("Reports", "Voided receipts")),
            Definition(RECEIVED, QT_TRANSLATE_NOOP("Reports", "What live receipts issued in the month paid of bills of any "
                                                              "month: this month's paid in it, arrears recovered and paid "
                                                              "ahead"), "",
                       QT_TRANSLATE_NOOP("Reports", "What was paid before the month of its bills; late fees; deposits")),
            Definition(QT_TRANSLATE_NOOP("Reports", "Receipts taken apart"),
                       QT_TRANSLATE_NOOP("Reports", "The receipt register's total taken apart: bills paid (equal to "
                                                    "received in the month on 收费), late fees, deposits, what none of "
                                                    "these explains, the month's receipts reversed since and the 红冲 "
                                                    "issued in it; the parts add up to the register's total"))])
