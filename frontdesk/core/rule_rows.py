"""A task's rules a supervisor keeps (设置 → 钥匙柜, 证件 …), one row per rule (``key``, JSON
``value``, who and when): read all at once into the task's frozen ``Rules``, and saved rule by rule
by compare-and-set on what the supervisor's form showed — two desks saving at once, the second is
told and changes nothing — with one audit row of what changed. Each task keeps its own table (its
``models``) and says how a value goes to JSON and back, and how the log shows it."""
from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, fields

from sqlalchemy import select

from frontdesk.core import audit
from frontdesk.core.audit import Actor
from frontdesk.core.errors import Conflict
from frontdesk.core.guard import ELSEWHERE, change_state
from frontdesk.core.models import now


def load(s, model, rules_type, decode: Callable[[str, object], object]):
    """The rules as stored; a rule never saved keeps the default of ``rules_type``."""
    known = {f.name for f in fields(rules_type)}
    rows = {k: v for k, v in s.execute(select(model.key, model.value)) if k in known}
    return rules_type(**{k: decode(k, json.loads(v)) for k, v in rows.items()})


def save(s, actor: Actor, model, entity: str, current, read, wanted: dict,
         encode: Callable[[str, object], object], shown: Callable[[str, object], object] = lambda _k, v: v) -> bool:
    """Write each rule of ``wanted`` (already checked, in the form ``current`` holds them) that differs
    from ``current``, by compare-and-set on ``read`` (the rules the form showed; ``current`` when
    None). Returns whether anything changed."""
    now_, was = asdict(current), asdict(read if read is not None else current)
    before, after = {}, {}
    for key, value in wanted.items():
        if now_[key] == value:
            continue
        if was[key] != now_[key]:
            raise Conflict(ELSEWHERE, key)
        before[key], after[key] = shown(key, now_[key]), shown(key, value)
        raw = json.dumps(encode(key, value), ensure_ascii=False)
        row = s.get(model, key)
        if row is None:  # a second desk inserting the same key clashes on it
            s.add(model(key=key, value=raw, updated_at=now(), updated_by=actor.id))
            s.flush()
        else:
            change_state(s, model, key, {"value": row.value}, {"value": raw, "updated_at": now(),
                                                              "updated_by": actor.id}, by=model.key, field=key)
    if after:
        audit.record(s, actor, "update", entity, "rules", before, after)
    return bool(after)
