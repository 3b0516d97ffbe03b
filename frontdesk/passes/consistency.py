"""The passes' rules over a whole store (``frontdesk check``, the crash and many-desk runs):

- numbers of each type and year run 1…N, each once (gap-free, as every series);
- at most one live renovation per room, and a live one holds its room (``live_room_id``);
- an issued permit was approved, and its money was taken (the deposits held or settled, not void);
- a worker pass is under a renovation;
- a release slip used at the gate has its time; nothing else is marked used.
"""
from __future__ import annotations

import re
from collections import defaultdict

from sqlalchemy import select

from frontdesk.core.db import Store
from frontdesk.fees.service import deposit_facts
from frontdesk.passes.models import LIVE, PREFIXES, PassDoc, Renovation


def problems(store: Store) -> list[str]:
    out: list[str] = []
    with store.read() as s:
        renos = s.execute(select(Renovation.id, Renovation.number, Renovation.state, Renovation.room_id,
                                 Renovation.live_room_id, Renovation.approved_at, Renovation.issued_at,
                                 Renovation.owner_deposit_id, Renovation.contractor_deposit_id,
                                 Renovation.end)).all()
        docs = s.execute(select(PassDoc.number, PassDoc.kind, PassDoc.state, PassDoc.renovation_id,
                                PassDoc.valid_to, PassDoc.used_at)).all()
        deposits = deposit_facts(s, [d for r in renos for d in (r.owner_deposit_id, r.contractor_deposit_id)])
    by_series = defaultdict(list)
    for number in [r.number for r in renos] + [d.number for d in docs]:
        m = re.fullmatch(r"([A-Z]{2})(\d{4})-(\d{6})", number)
        if not m or m.group(1) not in PREFIXES:
            out.append(f"paper {number}: not a prefix + year + running number")
            continue
        by_series[(m.group(1), m.group(2))].append(int(m.group(3)))
    for (prefix, year), ns in by_series.items():
        if sorted(ns) != list(range(1, len(ns) + 1)):
            out.append(f"{prefix}{year}: numbers missing or doubled")
    ends = {r.id: r.end for r in renos}
    for r in renos:
        live = r.state in LIVE
        if live != (r.live_room_id == r.room_id) or (not live and r.live_room_id is not None):
            out.append(f"renovation {r.number}: {r.state} but its room is {'not ' if live else ''}held as live")
        if r.issued_at is not None and r.approved_at is None:
            out.append(f"renovation {r.number}: issued without an approval")
        for dep in (r.owner_deposit_id, r.contractor_deposit_id):
            if r.issued_at is not None and dep is not None and deposits.get(dep) is None:
                out.append(f"renovation {r.number}: its deposit {dep} is missing")
    for d in docs:
        if d.kind == "worker" and d.renovation_id not in ends:
            out.append(f"worker pass {d.number}: under no renovation")
        if (d.state == "used") != (d.used_at is not None) or (d.state == "used" and d.kind != "release"):
            out.append(f"{d.kind} {d.number}: state {d.state} and used at {d.used_at} disagree")
    return out


def check(store: Store) -> list[str]:
    return problems(store)
