"""The work-order rules over a whole store (``frontdesk check``, the crash and many-desk runs):

- numbers of each year run 1…N, each once (gap-free, as every series);
- every order has its 登记 in the history;
- a completed order has its completion time, after its dispatch (a complaint found invalid is closed
  once explained, with none); an open one has none;
- a paid repair's bill is of the order's room and of its price.
"""
from __future__ import annotations

import re
from collections import defaultdict

from sqlalchemy import select

from frontdesk.core.db import Store
from frontdesk.fees.service import bill_facts
from frontdesk.workorders.models import WorkOrder, WorkOrderEvent
from frontdesk.workorders.service import DONE


def problems(store: Store) -> list[str]:
    out: list[str] = []
    with store.read() as s:
        orders = s.execute(select(WorkOrder.id, WorkOrder.number, WorkOrder.state, WorkOrder.dispatched_at,
                                  WorkOrder.completed_at, WorkOrder.room_id, WorkOrder.price, WorkOrder.bill_id,
                                  WorkOrder.validity, WorkOrder.reply_text)).all()
        registered = set(s.scalars(select(WorkOrderEvent.order_id).where(WorkOrderEvent.action == "登记")))
        bills = bill_facts(s, [o.bill_id for o in orders])  # only the paid repairs' bills, through fees
    by_year = defaultdict(list)
    for o in orders:
        m = re.fullmatch(r"GD(\d{4})-(\d{6})", o.number)
        if not m:
            out.append(f"work order {o.number}: not GD + year + running number")
            continue
        by_year[m.group(1)].append(int(m.group(2)))
        if o.id not in registered:
            out.append(f"work order {o.number}: no 登记 in its history")
        explained = o.state == "closed" and o.validity == "无效" and o.reply_text  # 投诉不成立, explained
        if o.state in DONE and o.completed_at is None and not explained:
            out.append(f"work order {o.number}: {o.state} without a completion time")
        if o.state not in DONE and o.completed_at is not None:
            out.append(f"work order {o.number}: {o.state} yet completed at {o.completed_at}")
        if o.completed_at and o.dispatched_at and o.completed_at < o.dispatched_at:
            out.append(f"work order {o.number}: completed before it was dispatched")
        if o.bill_id is not None:
            b = bills.get(o.bill_id)
            if b is None or b.room_id != o.room_id or b.amount != o.price:
                out.append(f"work order {o.number}: its bill does not match its room and price")
    for year, ns in by_year.items():
        if sorted(ns) != list(range(1, len(ns) + 1)):
            out.append(f"GD{year}: numbers missing or doubled")
    return out


def check(store: Store) -> list[str]:
    return problems(store)
