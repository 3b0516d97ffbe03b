"""The key cabinet's rules over a whole store (``frontdesk check``, the self-test, the crash and
many-desk runs):

- each set's movements, replayed in the order they were recorded, lead to the state it is in (kept or
  registered first; lent only from the cabinet, returned only when out, collected only from the
  cabinet), in time order and none after now;
- a set out has exactly one open loan, its ``loan_id``; a set not out has none open (one lost while
  lent keeps the loan it was lost on);
- a set in the desk's custody holds its hook (``live_hook`` = ``hook``, a hook of the cabinet); a set
  outside custody holds none;
- every return closes a loan of the same set, once, after it went out, with what went out counted
  (back + missing); a loan is due back after it went out;
- a loan to a contractor or anyone else (not sales, staff or the room's owner) names its approver;
  every keep, collection, loan and return is signed or says why not;
- counts are never negative, a set has at least one key; the papers' numbers of each series and year
  run 1…N, each once; a kept set's 收条 is its keep's;
- a handover count's found = expected − missing + extra, between two operators, not after now.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict

from sqlalchemy import select

from frontdesk.core import clock
from frontdesk.core.db import Store
from frontdesk.keys import rules as rules_
from frontdesk.keys.models import (ACTIONS, COUNT, CUSTODY, FREE_BORROWERS, KINDS, RECEIPT, ROOM_KINDS, SLIP, STATES,
                                   KeyCount, KeyMove, KeySet)

# what each movement needs the set to be in, and what it leaves it in (None: the set's first movement)
_STEPS = {"register": ((None,), "in"), "keep": ((None,), "in"), "lend": (("in",), "out"), "return": (("out",), "in"),
          "collect": (("in",), "collected"), "lost": (CUSTODY, "lost"), "retire": (CUSTODY, "retired"),
          "found": (("lost",), "in")}
_SIGNED = ("keep", "collect", "lend", "return")


def problems(store: Store) -> list[str]:
    out: list[str] = []
    now = clock.now()
    with store.read() as s:
        rules = rules_.load(s)
        sets = s.execute(select(KeySet.id, KeySet.tag, KeySet.kind, KeySet.room_id, KeySet.place, KeySet.hook,
                                KeySet.live_hook, KeySet.pieces, KeySet.state, KeySet.receipt, KeySet.loan_id,
                                KeySet.created_at)).all()
        moves = s.execute(select(KeyMove.id, KeyMove.set_id, KeyMove.action, KeyMove.number, KeyMove.at,
                                 KeyMove.person_kind, KeyMove.expected_back, KeyMove.pieces, KeyMove.missing,
                                 KeyMove.approved_by, KeyMove.signature.is_not(None), KeyMove.unsigned,
                                 KeyMove.closes_id).order_by(KeyMove.id)).all()
        counts = s.execute(select(KeyCount.number, KeyCount.at, KeyCount.outgoing_id, KeyCount.incoming_id,
                                  KeyCount.expected, KeyCount.found, KeyCount.lines)).all()
    tags = {k.id: k.tag for k in sets}
    by_id = {m.id: m for m in moves}
    of_set: dict[int, list] = defaultdict(list)
    for m in moves:
        of_set[m.set_id].append(m)
    closed: dict[int, int] = {}
    for m in moves:
        tag = tags.get(m.set_id, f"#{m.set_id}")
        if m.set_id not in tags:
            out.append(f"钥匙记录 {m.id}：所属钥匙 #{m.set_id} 不存在")
        if m.action not in ACTIONS:
            out.append(f"钥匙 {tag}：未知的动作 {m.action!r}")
        if m.at > now:
            out.append(f"钥匙 {tag}：{ACTIONS.get(m.action, m.action)}记录时间 {m.at:%Y-%m-%d %H:%M} 晚于现在")
        if m.pieces < 0 or m.missing < 0:
            out.append(f"钥匙 {tag}：{ACTIONS.get(m.action, m.action)}的件数为负（清点 {m.pieces}，缺少 {m.missing}）")
        if m.action in _SIGNED and not m[10] and not (m.unsigned or "").strip():
            out.append(f"钥匙 {tag}：{ACTIONS[m.action]}（{m.at:%Y-%m-%d %H:%M}）既无签名也未写明原因")
        if m.action == "lend":
            if m.expected_back is None or m.expected_back <= m.at:
                out.append(f"借用单 {m.number}：应还时间 {m.expected_back} 不晚于借出时间 {m.at:%Y-%m-%d %H:%M}")
            if not m.number:
                out.append(f"钥匙 {tag}：借出（{m.at:%Y-%m-%d %H:%M}）没有借用单号")
        elif m.action == "keep" and not m.number:
            out.append(f"钥匙 {tag}：收存没有收条号")
        elif m.action == "return":
            loan = by_id.get(m.closes_id)
            if loan is None or loan.action != "lend" or loan.set_id != m.set_id:
                out.append(f"钥匙 {tag}：归还（{m.at:%Y-%m-%d %H:%M}）没有对应本钥匙的借出记录")
                continue
            if loan.id in closed:
                out.append(f"借用单 {loan.number}：被归还了两次")
            closed[loan.id] = m.id
            if m.at < loan.at:
                out.append(f"借用单 {loan.number}：归还时间 {m.at:%Y-%m-%d %H:%M} 早于借出时间 {loan.at:%Y-%m-%d %H:%M}")
            if m.pieces + m.missing != loan.pieces:
                out.append(f"借用单 {loan.number}：借出 {loan.pieces} 把，归还 {m.pieces} 把、缺少 {m.missing} 把，对不上")
        elif m.closes_id is not None:
            out.append(f"钥匙 {tag}：{ACTIONS.get(m.action, m.action)}记录不应关闭借出记录")
    hooks = set(rules.hooks())
    for k in sets:
        if k.state not in STATES:
            out.append(f"钥匙 {k.tag}：未知的状态 {k.state!r}")
        if k.kind not in KINDS:
            out.append(f"钥匙 {k.tag}：未知的类别 {k.kind!r}")
        elif (k.kind in ROOM_KINDS) != (k.room_id is not None):
            out.append(f"钥匙 {k.tag}：{KINDS[k.kind]}{'没有' if k.room_id is None else '不应有'}所属房间")
        elif k.kind == "public" and not (k.place or "").strip():
            out.append(f"钥匙 {k.tag}：公共钥匙没有写明用途（开哪里）")
        if k.pieces < 1:
            out.append(f"钥匙 {k.tag}：钥匙件数 {k.pieces}，至少应为 1")
        if k.created_at > now:
            out.append(f"钥匙 {k.tag}：登记时间 {k.created_at:%Y-%m-%d %H:%M} 晚于现在")
        if k.state in CUSTODY:
            if k.live_hook != k.hook:
                out.append(f"钥匙 {k.tag}：{STATES.get(k.state)}，却未占用其挂钩 {k.hook}（占用 {k.live_hook}）")
            elif k.hook not in hooks:
                out.append(f"钥匙 {k.tag}：挂钩 {k.hook} 不在钥匙柜中（{rules_.panels_text(rules.panels)}）")
        elif k.live_hook is not None:
            out.append(f"钥匙 {k.tag}：已{STATES.get(k.state, k.state)}，却仍占用挂钩 {k.live_hook}")
        # the movements replayed
        state, open_loan, last_at = None, None, None
        history = of_set.get(k.id, [])
        if not history:
            out.append(f"钥匙 {k.tag}：没有任何登记或收存记录")
        for m in history:
            need, then = _STEPS.get(m.action, ((), None))
            if then is None:
                continue
            if state not in need:
                out.append(f"钥匙 {k.tag}：{m.at:%Y-%m-%d %H:%M} {ACTIONS[m.action]}时，钥匙为"
                           f"{STATES.get(state, '尚未登记') if state else '尚未登记'}")
            if last_at is not None and m.at < last_at:
                out.append(f"钥匙 {k.tag}：{ACTIONS[m.action]}记录（{m.at:%Y-%m-%d %H:%M}）早于它之前的记录")
            last_at = m.at
            if m.action == "lend":
                open_loan = m.id
                if m.person_kind not in FREE_BORROWERS and not (m.person_kind == "业主" and k.room_id) \
                        and m.approved_by is None:
                    out.append(f"借用单 {m.number}：借给{m.person_kind}，没有主管批准")
            elif m.action == "return":
                open_loan = None
            elif m.action in ("lost", "retire", "collect"):
                open_loan = None
            state = then
            if m.action == "keep" and k.receipt != m.number:
                out.append(f"钥匙 {k.tag}：收条号 {k.receipt!r} 与收存记录 {m.number} 不同")
        if history and state != k.state:
            out.append(f"钥匙 {k.tag}：账上为{STATES.get(k.state, k.state)}，记录推算应为{STATES.get(state, state)}")
        if k.state == "out":
            if open_loan is None or k.loan_id != open_loan:
                out.append(f"钥匙 {k.tag}：借出中，却没有唯一的未归还借出记录（{k.loan_id} / {open_loan}）")
        elif k.loan_id is not None:
            out.append(f"钥匙 {k.tag}：{STATES.get(k.state, k.state)}，却仍挂着借出记录 {k.loan_id}")
        unclosed = [m.id for m in history if m.action == "lend" and m.id not in closed]
        allowed = 1 if k.state in ("out", "lost", "retired") else 0
        if len(unclosed) > allowed:
            out.append(f"钥匙 {k.tag}：有 {len(unclosed)} 笔未归还的借出记录")
    # the papers: prefix + year + running number, each series 1…N
    series: dict[tuple[str, str], list[int]] = defaultdict(list)
    for number, prefix in [(m.number, m.action) for m in moves if m.number] + [(c.number, "count") for c in counts]:
        want = {"keep": RECEIPT, "lend": SLIP, "count": COUNT}.get(prefix)
        got = re.fullmatch(r"([A-Z]{2})(\d{4})-(\d{6})", number or "")
        if not got or got.group(1) != want:
            out.append(f"单号 {number}：不是 {want} + 年份 + 流水号")
            continue
        series[(got.group(1), got.group(2))].append(int(got.group(3)))
    for (prefix, year), ns in sorted(series.items()):
        if sorted(ns) != list(range(1, len(ns) + 1)):
            out.append(f"{prefix}{year}：单号有缺号或重号")
    for c in counts:
        lines = json.loads(c.lines or "[]")
        missing = sum(1 for x in lines if x.get("diff") == "缺少")
        extra = sum(1 for x in lines if x.get("diff") == "多出")
        if c.expected < 0 or c.found < 0 or c.found != c.expected - missing + extra:
            out.append(f"盘点 {c.number}：应在柜 {c.expected}、实点 {c.found}，与差异 {len(lines)} 条对不上")
        if any(not (x.get("reason") or "").strip() for x in lines):
            out.append(f"盘点 {c.number}：有差异未写明原因")
        if c.outgoing_id is not None and c.outgoing_id == c.incoming_id:
            out.append(f"盘点 {c.number}：交班人与接班人是同一人")
        if c.at > now:
            out.append(f"盘点 {c.number}：时间 {c.at:%Y-%m-%d %H:%M} 晚于现在")
    return out


def check(store: Store) -> list[str]:
    return problems(store)
