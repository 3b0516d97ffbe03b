"""The rules of passes and permits a supervisor keeps (设置 → 证件规则): deposits and fees, how long
each paper is valid, when approval is due, the permitted working hours and the works checklist.
Plain Python; stored in ``pass_rule``, every change audited."""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from frontdesk.core.errors import QT_TRANSLATE_NOOP, Checks
from frontdesk.core.money import money_in
from frontdesk.core.rule_rows import RuleSet
from frontdesk.passes.models import PassRule

WORKS = ("水电改造", "墙面", "地面", "吊顶", "门窗", "卫生间防水", "厨房改造", "拆除非承重墙")


@dataclass(frozen=True)
class Rules:
    owner_deposit: Decimal = Decimal("2000.00")          # 装修押金（业主）, no structural change
    owner_deposit_structural: Decimal = Decimal("3000.00")  # … with a structural change (approved)
    contractor_deposit: Decimal = Decimal("3000.00")     # 装修押金（施工方）
    waste_fee: Decimal = Decimal("300.00")               # 装修垃圾清运费
    approve_workdays: int = 3                            # approval due this many working days after applying
    contractor_refund_months: int = 3                    # the contractor's deposit: months after acceptance
    worker_deposit: Decimal = Decimal("30.00")           # 出入证押金
    worker_card_fee: Decimal = Decimal("10.00")          # 出入证工本费
    worker_months: int = 3                               # a worker pass: at most this long
    temporary_days: int = 3                              # 临时出入证
    temporary_paper: str = "A6"                          # … printed on an A6 sheet, or as a card (ID-1)
    hot_work_hours: int = 24                             # 动火证: the longest window without a supervisor's extension
    working_hours: str = "8:00–12:00，14:00–18:00"       # printed on the permit
    quiet_days: str = "周末及法定节假日不得进行噪音施工"    # printed on the permit
    works: tuple = WORKS                                 # the planned-works checklist


LABELS = {  # each rule as the log names it
    "owner_deposit": QT_TRANSLATE_NOOP("AuditFields", "owner's renovation deposit"),
    "owner_deposit_structural": QT_TRANSLATE_NOOP("AuditFields", "owner's deposit with a structural change"),
    "contractor_deposit": QT_TRANSLATE_NOOP("AuditFields", "contractor's deposit"),
    "waste_fee": QT_TRANSLATE_NOOP("AuditFields", "construction-waste fee"),
    "approve_workdays": QT_TRANSLATE_NOOP("AuditFields", "working days to approve"),
    "contractor_refund_months": QT_TRANSLATE_NOOP("AuditFields", "months before the contractor's refund"),
    "worker_deposit": QT_TRANSLATE_NOOP("AuditFields", "worker pass deposit"),
    "worker_card_fee": QT_TRANSLATE_NOOP("AuditFields", "worker pass card fee"),
    "worker_months": QT_TRANSLATE_NOOP("AuditFields", "worker pass: months at most"),
    "temporary_days": QT_TRANSLATE_NOOP("AuditFields", "temporary pass: days"),
    "temporary_paper": QT_TRANSLATE_NOOP("AuditFields", "temporary pass: paper"),
    "hot_work_hours": QT_TRANSLATE_NOOP("AuditFields", "hot work: hours at most"),
    "working_hours": QT_TRANSLATE_NOOP("AuditFields", "permitted working hours"),
    "quiet_days": QT_TRANSLATE_NOOP("AuditFields", "no noisy work"),
    "works": QT_TRANSLATE_NOOP("AuditFields", "works checklist"),
}
_INTS = {"approve_workdays": (1, 30), "contractor_refund_months": (0, 24), "worker_months": (1, 12),
         "temporary_days": (1, 30), "hot_work_hours": (1, 72)}
_MONEY = ("owner_deposit", "owner_deposit_structural", "contractor_deposit", "waste_fee", "worker_deposit",
          "worker_card_fee")
MAX_RULE_MONEY = Decimal(100000)
TEMPORARY_PAPERS = {"A6": QT_TRANSLATE_NOOP("PassesDialog", "A6 sheet"),
                    "card": QT_TRANSLATE_NOOP("PassesDialog", "Card (85.6 × 54 mm)")}


def _decode(key: str, value):
    if key in _MONEY:
        return Decimal(value)
    return tuple(value) if key == "works" else value


def _encode(key: str, value):
    return list(value) if key == "works" else str(value) if key in _MONEY else value


def clean(values: dict) -> dict:
    """Each rule checked (every fault at its field at once)."""
    check, out = Checks(), {}
    for key, value in values.items():
        if key in _MONEY:
            out[key] = check(money_in, value, key, MAX_RULE_MONEY, low_included=True)
        elif key in _INTS:
            lo, hi = _INTS[key]
            try:
                n = int(str(value).strip())
            except ValueError:
                n = None
            if n is None or not lo <= n <= hi:
                check.fail(QT_TRANSLATE_NOOP("Errors", "Please enter a whole number from {lo} to {hi}."), key,
                           lo=lo, hi=hi)
            out[key] = n
        elif key == "works":
            items = [w.strip() for w in (value if isinstance(value, (list, tuple)) else re.split(r"[,，、\n]", value))]
            items = list(dict.fromkeys(w for w in items if w))
            if not items or any(len(w) > 16 for w in items) or len(items) > 30:
                check.fail(QT_TRANSLATE_NOOP("Errors", "List 1 to 30 works, each at most 16 characters, "
                                                       "separated by 、 or commas."), key)
            out[key] = tuple(items)
        elif key == "temporary_paper":
            if value not in TEMPORARY_PAPERS:
                check.fail(QT_TRANSLATE_NOOP("Errors", "Choose an A6 sheet or a card."), key)
            out[key] = value
        elif key in ("working_hours", "quiet_days"):
            text = str(value or "").strip()
            if not text or len(text) > 60:
                check.fail(QT_TRANSLATE_NOOP("Errors", "Write 1 to 60 characters."), key)
            out[key] = text
        else:
            check.fail(QT_TRANSLATE_NOOP("Errors", "Unknown setting {key}."), key, key=key)
    check.done()
    return out


def _shown(key: str, value):
    return "、".join(value) if key == "works" else value


RULES = RuleSet(PassRule, "pass_rule", Rules, clean, _decode, _encode, _shown)
load = RULES.load
