"""A task's rules a supervisor keeps (设置 → 钥匙柜, 证件 …), one row per rule (``key``, JSON
``value``, who and when): read all at once into the task's frozen ``Rules``, and saved rule by rule
by compare-and-set on what the supervisor's form showed — two desks saving at once, the second is
told and changes nothing — with one audit row of what changed. Each task keeps its own table (a
``RuleRow`` in its ``models``) and one ``RuleSet``: how a rule is checked, how a value goes to JSON
and back, and how the log shows it; its ``door()`` gives the task's service ``rules()`` and
``set_rules()``."""
from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, fields
from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, String, Text, select
from sqlalchemy.orm import Mapped, mapped_column

from frontdesk.core import audit
from frontdesk.core.audit import Actor
from frontdesk.core.errors import Conflict
from frontdesk.core.guard import ELSEWHERE, change_state
from frontdesk.core.models import now
from frontdesk.core.operators import require_supervisor


def _as_is(_key: str, value):
    return value


class RuleRow:
    """The columns of a task's rule table: one rule, its JSON value, when and by whom it was last
    changed (mixed into the task's model, which names the table)."""

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    updated_by: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))


@dataclass(frozen=True)
class RuleSet:
    """A task's rules: its table (``model``, audited as ``entity``), its frozen ``rules_type``, the
    check of a supervisor's values (``clean``: every fault at its field at once, the values in the
    form ``rules_type`` holds them), the JSON codecs and how the log shows a value. ``before_save``,
    when given, checks the cleaned values against the records in the transaction that saves them."""

    model: type
    entity: str
    rules_type: type
    clean: Callable[[dict], dict]
    decode: Callable[[str, object], object] = _as_is
    encode: Callable[[str, object], object] = _as_is
    shown: Callable[[str, object], object] = _as_is
    before_save: Callable[[object, dict], None] | None = None

    def load(self, s):
        """The rules as stored; a rule never saved keeps the default of ``rules_type``."""
        known = {f.name for f in fields(self.rules_type)}
        rows = {k: v for k, v in s.execute(select(self.model.key, self.model.value)) if k in known}
        return self.rules_type(**{k: self.decode(k, json.loads(v)) for k, v in rows.items()})

    def save(self, s, actor: Actor, wanted: dict, read=None):
        """Write each rule of ``wanted`` (already cleaned) that differs from the rules stored, by
        compare-and-set on ``read`` (the rules the form showed; those stored when None), with one
        audit row of what changed. Returns the rules as they are now."""
        if self.before_save is not None:
            self.before_save(s, wanted)
        current = self.load(s)
        if read is not None:  # as stored: a form's lists compare equal to the tuples read back
            read = self.rules_type(**{k: self.decode(k, v) for k, v in asdict(read).items()})
        now_, was = asdict(current), asdict(read if read is not None else current)
        before, after = {}, {}
        for key, value in wanted.items():
            if now_[key] == value:
                continue
            if was[key] != now_[key]:
                raise Conflict(ELSEWHERE, key)
            before[key], after[key] = self.shown(key, now_[key]), self.shown(key, value)
            raw = json.dumps(self.encode(key, value), ensure_ascii=False)
            row = s.get(self.model, key)
            if row is None:  # a second desk inserting the same key clashes on it
                s.add(self.model(key=key, value=raw, updated_at=now(), updated_by=actor.id))
                s.flush()
            else:
                change_state(s, self.model, key, {"value": row.value},
                             {"value": raw, "updated_at": now(), "updated_by": actor.id}, by=self.model.key, field=key)
        if after:
            audit.record(s, actor, "update", self.entity, "rules", before, after)
        return self.load(s)

    def door(self):
        """``rules()`` and ``set_rules(actor, read, **values)`` for the task's service (which has
        ``store``): ``rules, set_rules = RULES.door()`` in its class."""
        def rules(service):
            with service.store.read() as s:
                return self.load(s)

        def set_rules(service, actor: Actor, read=None, **values):
            """The supervisor's rules, every fault at once before the transaction; ``read``, the
            rules the form showed (a rule changed at another desk since is refused, and nothing is
            saved)."""
            require_supervisor(actor)
            wanted = self.clean(values)
            with service.store.write() as s:
                return self.save(s, actor, wanted, read)
        return rules, set_rules
