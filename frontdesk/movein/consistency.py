"""The move-in's rules over a whole store (``frontdesk check``): each move-in's state agrees with its
room and its free ``live_room``; its steps are known, once each, in time; a finished one has its
required documents step, its room occupied (or in custody, with that custody), and the records its
steps made in other tasks — the bills and the receipt, the rectification orders, the kept key set —
exist and belong to its room."""
from __future__ import annotations

import json
import re
from collections import defaultdict

from sqlalchemy import select

from frontdesk.core import clock
from frontdesk.core.db import Store
from frontdesk.core.errors import DomainError
from frontdesk.fees.service import FeeService, bill_facts
from frontdesk.keys.service import KeyService
from frontdesk.movein.models import PREFIX, STATES, STEPS, MoveIn, MoveInStep
from frontdesk.registration.service import Custody, Room
from frontdesk.workorders.service import order_facts


def problems(store: Store) -> list[str]:
    out: list[str] = []
    now = clock.now()
    with store.read() as s:
        moves = list(s.scalars(select(MoveIn).order_by(MoveIn.id)))
        steps = defaultdict(dict)
        for r in s.scalars(select(MoveInStep).order_by(MoveInStep.id)):
            steps[r.move_in_id][r.step] = r
        rooms = dict(s.execute(select(Room.id, Room.state)).all())
        custody = {c.id: c for c in s.scalars(select(Custody))}
        series = defaultdict(list)
        for m in moves:
            name = f"入住 {m.number}"
            got = re.fullmatch(rf"{PREFIX}(\d{{4}})-(\d{{6}})", m.number or "")
            if got:
                series[got.group(1)].append(int(got.group(2)))
            else:
                out.append(f"{name}：单号不是 {PREFIX} + 年份 + 流水号")
            if m.state not in STATES:
                out.append(f"{name}：未知的状态 {m.state!r}")
            if (m.state == "open") != (m.live_room == m.room_id) or (m.state != "open" and m.live_room is not None):
                out.append(f"{name}：{STATES.get(m.state, m.state)}，占用房间标记为 {m.live_room}")
            mine = steps.get(m.id, {})
            for key, r in mine.items():
                if key not in STEPS:
                    out.append(f"{name}：未知的步骤 {key!r}")
                if r.at < m.started_at or r.at > now or (m.finished_at and r.at > m.finished_at):
                    out.append(f"{name}：{STEPS.get(key, key)}的时间 {r.at:%Y-%m-%d %H:%M} 不在办理期间")
            if m.state in ("moved_in", "custody"):
                if "documents" not in mine:
                    out.append(f"{name}：已办结，却没有查验资料")
                if m.move_in_date is None or m.finished_at is None:
                    out.append(f"{name}：已办结，却没有入住日期或办结时间")
                if rooms.get(m.room_id) in ("空置", "未交付"):
                    out.append(f"{name}：已办结，房间却为{rooms.get(m.room_id)}")
            if m.state == "custody":
                c = custody.get(m.custody_id)
                if c is None or c.room_id != m.room_id:
                    out.append(f"{name}：转托管，却没有本房间的托管记录（{m.custody_id}）")
            elif m.custody_id is not None:
                out.append(f"{name}：{STATES.get(m.state, m.state)}，却挂着托管记录 {m.custody_id}")
            out += _made_elsewhere(store, s, m, mine, name)
        for year, ns in sorted(series.items()):
            if sorted(ns) != list(range(1, len(ns) + 1)):
                out.append(f"{PREFIX}{year}：单号有缺号或重号")
    return out


def _made_elsewhere(store: Store, s, m: MoveIn, mine: dict, name: str) -> list[str]:
    """The receipt, the orders and the kept set a move-in's steps made, as their tasks hold them."""
    out = []
    fees = json.loads(mine["fees"].data) if "fees" in mine else None
    if fees and fees.get("bills"):
        facts = bill_facts(s, fees["bills"])
        if any(b not in facts or facts[b].room_id != m.room_id for b in fees["bills"]):
            out.append(f"{name}：缴费的应收记录不全或不属于本房间")
        totals = {r[1]: r[3] for r in FeeService(store).room_receipts(m.room_id, limit=10_000)}
        if fees.get("receipt") not in totals:
            out.append(f"{name}：收据 {fees.get('receipt')} 不存在或不属于本房间")
        elif str(totals[fees["receipt"]]) != fees.get("total"):
            out.append(f"{name}：缴费记录的金额 {fees.get('total')} 与收据 {fees['receipt']} 的金额 "
                       f"{totals[fees['receipt']]} 不符")
    inspection = json.loads(mine["inspection"].data) if "inspection" in mine else None
    for number in (inspection or {}).get("orders", ()):
        order = order_facts(s, number)
        if order is None or order.room_id != m.room_id:
            out.append(f"{name}：整改工单 {number} 不存在或不属于本房间")
    keys = json.loads(mine["keys"].data) if "keys" in mine else None
    if keys and keys.get("kept"):
        try:
            kept = KeyService(store).kept_under(keys.get("paper") or "")
        except DomainError:
            kept = None
        if kept is None or kept.room_id != m.room_id:
            out.append(f"{name}：留存钥匙（收条 {keys.get('paper')}）不在钥匙台账中")
    if "keys" in mine and mine["keys"].signature is None and not mine["keys"].unsigned.strip():
        out.append(f"{name}：移交钥匙既无业主签名，也未写明原因")
    return out


def check(store: Store) -> list[str]:
    return problems(store)
