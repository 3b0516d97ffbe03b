"""The key cabinet's rules a supervisor keeps (设置 → 钥匙柜): the places public keys belong to, the
cabinet's panels (each rows × hooks, laid out as on the wall) and how long a loan runs by default.
Plain Python; stored in ``key_rule``, every change audited and saved by compare-and-set on what the
supervisor's form showed."""
from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select

from frontdesk.core.errors import QT_TRANSLATE_NOOP, Checks, ValidationError
from frontdesk.core.rule_rows import RuleSet
from frontdesk.keys.models import KeyRule, KeySet

PLACES = ("水泵房", "天台", "电梯机房", "配电房", "设备房", "消防控制室", "会所", "地下车库")


@dataclass(frozen=True)
class Rules:
    places: tuple = PLACES                    # what a public key opens (a building may be put before: 3栋水泵房)
    panels: tuple = (("A", 6, 10), ("B", 6, 10))  # the cabinet: (panel, rows, hooks per row)
    loan_hours: int = 4                       # a loan is expected back this many hours after it goes out

    def hooks(self) -> list[str]:
        """Every hook of the cabinet, panel by panel, row by row: A-01 … A-60."""
        return [f"{name}-{n:02d}" for name, rows, cols in self.panels for n in range(1, rows * cols + 1)]

    def position(self, hook: str) -> tuple[str, int, int] | None:
        """The panel, row and column (from 0) of a hook, as the cabinet is laid out."""
        name, _, n = hook.partition("-")
        for panel, rows, cols in self.panels:
            if panel == name and n.isdigit() and 1 <= int(n) <= rows * cols:
                return panel, (int(n) - 1) // cols, (int(n) - 1) % cols
        return None


LABELS = {
    "places": QT_TRANSLATE_NOOP("AuditFields", "places of public keys"),
    "panels": QT_TRANSLATE_NOOP("AuditFields", "cabinet panels"),
    "loan_hours": QT_TRANSLATE_NOOP("AuditFields", "loan period (hours)"),
}


def panels_text(panels) -> str:
    """The panels as the form shows them: A 6×10、B 6×10."""
    return "、".join(f"{name} {rows}×{cols}" for name, rows, cols in panels)


def _decode(key: str, value):
    if key == "panels":
        return tuple(tuple(p) for p in value)
    return tuple(value) if key == "places" else value


def _encode(key: str, value):
    return [list(v) for v in value] if key == "panels" else list(value) if key == "places" else value


def _split(value) -> list[str]:
    items = value if isinstance(value, (list, tuple)) else re.split(r"[,，、\n]", str(value or ""))
    return list(dict.fromkeys(str(w).strip() for w in items if str(w).strip()))


def clean(values: dict) -> dict:
    """Each rule checked (every fault at its field at once)."""
    check, out = Checks(), {}
    for key, value in values.items():
        if key == "places":
            items = _split(value)
            if not items or len(items) > 60 or any(len(w) > 16 for w in items):
                check.fail(QT_TRANSLATE_NOOP("Errors", "List 1 to 60 places, each at most 16 characters, "
                                                       "separated by 、 or commas."), key)
            out[key] = tuple(items)
        elif key == "panels":
            panels = []
            for item in value if isinstance(value, (list, tuple)) and value and not isinstance(value[0], str) \
                    else _split(value):
                m = item if isinstance(item, (list, tuple)) else re.fullmatch(
                    r"([A-Za-z0-9]{1,3})\s*[ :：]\s*(\d{1,2})\s*[x×X*]\s*(\d{1,2})", item)
                if m is None:
                    panels = None
                    break
                name, rows, cols = (m if isinstance(m, (list, tuple)) else m.groups())
                panels.append((str(name).upper(), int(rows), int(cols)))
            if not panels or len(panels) > 12 or len({p[0] for p in panels}) != len(panels) or \
                    any(not (1 <= r <= 20 and 1 <= c <= 20) for _n, r, c in panels):
                check.fail(QT_TRANSLATE_NOOP("Errors", "Write each panel as its letter, rows × hooks per row "
                                                       "(A 6×10、B 6×10): 1 to 12 panels, 1 to 20 each way."), key)
            out[key] = tuple(panels or ())
        elif key == "loan_hours":
            try:
                n = int(str(value).strip())
            except ValueError:
                n = 0
            if not 1 <= n <= 720:
                check.fail(QT_TRANSLATE_NOOP("Errors", "Please enter a whole number from {lo} to {hi}."), key,
                           lo=1, hi=720)
            out[key] = n
        else:
            check.fail(QT_TRANSLATE_NOOP("Errors", "Unknown setting {key}."), key, key=key)
    check.done()
    return out


def _shown(key: str, value):
    return panels_text(value) if key == "panels" else "、".join(value) if key == "places" else value


def _keeps_hooks(s, wanted: dict) -> None:
    """A new layout keeps every hook a set hangs on."""
    if "panels" in wanted:  # a layout that drops a hook a set hangs on would lose the set from the cabinet
        kept = set(Rules(panels=wanted["panels"]).hooks())
        dropped = sorted(h for h in s.scalars(select(KeySet.live_hook).where(KeySet.live_hook.is_not(None)))
                         if h not in kept)
        if dropped:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Key sets hang on {n} hooks this layout drops ({hooks}): "
                                                              "move them to other hooks first."), "panels",
                                  n=len(dropped), hooks="、".join(dropped[:8]) + ("…" if len(dropped) > 8 else ""))


RULES = RuleSet(KeyRule, "key_rule", Rules, clean, _decode, _encode, _shown, _keeps_hooks)
load = RULES.load
