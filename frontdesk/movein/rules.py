"""The move-in's rules a supervisor keeps (设置 → 入住): how the first month's property fee is counted
from the delivery date, the fee items it takes (物业管理费, 维修基金 by their codes), the department
rectification orders go to and which steps must be done before a move-in is finished. Stored in
``move_in_rule`` through ``core.rule_rows`` (compare-and-set on what the form showed, audited)."""
from __future__ import annotations

from dataclasses import dataclass

from frontdesk.core.errors import QT_TRANSLATE_NOOP, Checks
from frontdesk.core.rule_rows import RuleSet
from frontdesk.movein.models import ORDER, STEPS, MoveInRule

FIRST_MONTH = {"days": "按天折算", "whole": "整月计收"}


@dataclass(frozen=True)
class Rules:
    first_month: str = "days"  # the delivery month: its days from the delivery date ÷ the month's days, or whole
    fee_item: str = "WYF"      # the property fee's item code (area × price per m² per month)
    fund_item: str = "WXJJ"    # the maintenance fund's item code (one-off); "" takes none
    department: str = "工程部"  # where rectification orders are dispatched
    required: tuple = ORDER    # the steps a move-in needs before it is finished (查验资料 always)


LABELS = {
    "first_month": QT_TRANSLATE_NOOP("AuditFields", "first month's property fee"),
    "fee_item": QT_TRANSLATE_NOOP("AuditFields", "property fee item"),
    "fund_item": QT_TRANSLATE_NOOP("AuditFields", "maintenance fund item"),
    "department": QT_TRANSLATE_NOOP("AuditFields", "rectification department"),
    "required": QT_TRANSLATE_NOOP("AuditFields", "required steps"),
}


def _decode(key: str, value):
    return tuple(value) if key == "required" else value


def _encode(key: str, value):
    return list(value) if key == "required" else value


def _shown(key: str, value):
    return "、".join(STEPS[k] for k in value) if key == "required" else \
        FIRST_MONTH.get(value, value) if key == "first_month" else value


def clean(values: dict) -> dict:
    """Each rule checked (every fault at its field at once)."""
    check, out = Checks(), {}
    for key, value in values.items():
        text = value if key == "required" else str(value or "").strip()
        if key == "first_month" and text not in FIRST_MONTH:
            check.fail(QT_TRANSLATE_NOOP("Errors", "Choose one of: {choices}."), key,
                       choices="、".join(FIRST_MONTH.values()))
        elif key in ("fee_item", "department") and not 1 <= len(text) <= 16:
            check.fail(QT_TRANSLATE_NOOP("Errors", "Write 1 to 16 characters."), key)
        elif key == "fund_item" and len(text) > 16:
            check.fail(QT_TRANSLATE_NOOP("Errors", "At most {n} characters."), key, n=16)
        elif key == "required":
            steps = [k for k in ORDER if k in set(value or ()) | {"documents"}]
            if set(value or ()) - set(ORDER):
                check.fail(QT_TRANSLATE_NOOP("Errors", "Choose the steps from the list."), key)
            text = tuple(steps)
        elif key not in Rules.__dataclass_fields__:
            check.fail(QT_TRANSLATE_NOOP("Errors", "Unknown setting {key}."), key, key=key)
        out[key] = text
    check.done()
    return out


RULES = RuleSet(MoveInRule, "move_in_rule", Rules, clean, _decode, _encode, _shown)
load = RULES.load
