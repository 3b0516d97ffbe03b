"""The fees' part of the monthly workbook (``Task.report``): 收费, 欠费, 收据, 押金 and their figures,
each from the fees' own functions (``fees.figures``, the receipt register, the deposits)."""
from __future__ import annotations

from collections import defaultdict

from frontdesk.core.errors import QT_TRANSLATE_NOOP as N
from frontdesk.core.excel import XCol
from frontdesk.core.people import mask_phone
from frontdesk.core.report import Anomaly, Chart, Definition, Figure, Month, ReportPart, Sheet, ratio
from frontdesk.fees import figures
from frontdesk.fees.documents import REGISTER_LIVE, register_columns
from frontdesk.fees.service import ZERO, FeeService

_COLLECTION = [XCol(N("Reports", "Fee item")), XCol(N("Reports", "Building")),
               XCol(N("Reports", "Billed this month"), "money", total=True),
               XCol(N("Reports", "Paid of this month"), "money", total=True),
               XCol(N("Reports", "Arrears recovered"), "money", total=True),
               XCol(N("Reports", "Paid ahead"), "money", total=True),
               XCol(N("Reports", "Owed of this month"), "money", total=True),
               XCol(N("Reports", "Collection rate"), "percent"),
               XCol(N("Reports", "Rooms billed"), "int", total=True),
               XCol(N("Reports", "Rooms fully paid"), "int", total=True),
               XCol(N("Reports", "Room collection rate"), "percent")]
_ARREARS = [XCol(N("Reports", "Room")), XCol(N("Reports", "Building")), XCol(N("Reports", "Owner")),
            XCol(N("Reports", "Phone")), XCol(N("Reports", "Owed"), "money", total=True),
            XCol(N("Reports", "Months owed"), "int"), XCol(N("Reports", "Owed since"), "date"),
            XCol(N("Reports", "Age (months)")), XCol(N("Reports", "Last reminder"))]
_DEPOSITS = [XCol(N("Reports", "Deposit kind")), XCol(N("Reports", "Held at month end"), "int", total=True),
             XCol(N("Reports", "Amount held"), "money", total=True),
             XCol(N("Reports", "Held over a year"), "money", total=True),
             XCol(N("Reports", "Collected"), "money", total=True), XCol(N("Reports", "Refunded"), "money", total=True),
             XCol(N("Reports", "Forfeited"), "money", total=True)]


def part(store, month: Month) -> ReportPart:
    def key_figures(m: Month) -> dict:
        rows = figures.collection(store, m.first, m.last)
        paid_rooms, rooms = figures.rooms_fully_paid(store, m.first, m.last)
        owing = figures.arrears_at(store, m.last)
        billed, paid = sum((r.billed for r in rows), ZERO), sum((r.paid for r in rows), ZERO)
        return {"rows": rows, "owing": owing, "values": [
            ("Billed this month", billed, "money"), ("Paid of this month", paid, "money"),
            ("Collection rate", ratio(paid, billed), "percent"),
            ("Arrears recovered", sum((r.recovered for r in rows), ZERO), "money"),
            ("Paid ahead", sum((r.ahead for r in rows), ZERO), "money"),
            ("Room collection rate", ratio(paid_rooms, rooms), "percent"),
            ("Arrears at month end", sum((o.amount for o in owing), ZERO), "money"),
            ("Rooms in arrears", len(owing), "int"),
            ("Deposits held", sum((d.held_amount for d in figures.deposits_month(store, m.first, m.last)), ZERO),
             "money")]}

    now, before = key_figures(month), key_figures(month.previous)
    figs = [Figure(N("Reports", name), value, prev, kind)
            for (name, value, kind), (_n, prev, _k) in zip(now["values"], before["values"])]
    rows = now["rows"]
    collection = [[r.item, r.building, r.billed, r.paid, r.recovered, r.ahead, r.owed, ratio(r.paid, r.billed),
                   r.rooms, r.rooms_paid, ratio(r.rooms_paid, r.rooms)] for r in rows]
    arrears = [[o.room, o.building, o.owner, mask_phone(o.phone) if o.phone else "", o.amount, o.months, o.oldest,
                figures.age_bucket(o.oldest, month.last), o.last_reminder] for o in now["owing"]]
    marks = figures.receipt_marks(store, month.first, month.last)
    receipts = [list(r) + [marks.get(r[0], "")] for r in FeeService(store).register(month.first, month.last)]
    deposits = figures.deposits_month(store, month.first, month.last)
    by_building = defaultdict(lambda: [ZERO, ZERO])
    for r in rows:
        by_building[r.building][0] += r.billed
        by_building[r.building][1] += r.paid
    return ReportPart(
        figures=figs,
        sheets=[Sheet(N("Reports", "Fees"), _COLLECTION, collection, rates={7: (3, 2), 10: (9, 8)}),
                Sheet(N("Reports", "Arrears"), _ARREARS, arrears),
                Sheet(N("Reports", "Receipts"), register_columns() + [XCol(N("Columns", "Reversal"))], receipts,
                      total_when=REGISTER_LIVE, context="Columns"),
                Sheet(N("Reports", "Deposits"), _DEPOSITS,
                      [[d.kind, d.held, d.held_amount, d.held_old, d.collected, d.refunded, d.forfeited]
                       for d in deposits])],
        anomalies=[Anomaly(N("Reports", "Arrears over a year"), o.room, o.oldest, f"{o.amount}")
                   for o in now["owing"] if figures.age_bucket(o.oldest, month.last) == ">12"],
        charts=[Chart(N("Reports", "Collection by building"),
                      [XCol(N("Reports", "Building")), XCol(N("Reports", "Billed this month"), "money"),
                       XCol(N("Reports", "Paid of this month"), "money")],
                      [[b, v[0], v[1]] for b, v in sorted(by_building.items())])],
        definitions=[
            Definition(N("Reports", "Billed this month"), N("Reports", "The bills of the month's periods (one-off "
                                                                     "charges of its days included)"),
                       "", N("Reports", "Bills cancelled with their month; late fees; deposits")),
            Definition(N("Reports", "Paid of this month"), N("Reports", "What live receipts issued by the month's end "
                                                                      "paid of the month's bills (paid ahead included)"),
                       "", N("Reports", "Voided and reversed receipts")),
            Definition(N("Reports", "Collection rate"), N("Reports", "Paid of this month"),
                       N("Reports", "Billed this month")),
            Definition(N("Reports", "Arrears recovered"), N("Reports", "What live receipts issued in the month paid of "
                                                                     "bills of earlier months")),
            Definition(N("Reports", "Paid ahead"), N("Reports", "What live receipts issued in the month paid of bills "
                                                              "of later months")),
            Definition(N("Reports", "Room collection rate"), N("Reports", "Rooms whose bills of the month were all "
                                                                        "paid by its end"),
                       N("Reports", "Rooms billed in the month")),
            Definition(N("Reports", "Arrears at month end"), N("Reports", "Bills begun by the month's end less what "
                                                                        "live receipts issued by then paid of them"),
                       "", N("Reports", "Late fees not yet charged")),
            Definition(N("Reports", "Deposits held"), N("Reports", "Deposits collected by the month's end and not "
                                                                 "refunded or forfeited by then"),
                       "", N("Reports", "Deposits whose receipt was voided")),
            Definition(N("Reports", "Receipts"), N("Reports", "Every receipt issued in the month; the total counts "
                                                            "the receipts whose status is 正常 (a 红冲 counts "
                                                            "negative)"), "", N("Reports", "Voided receipts"))])
