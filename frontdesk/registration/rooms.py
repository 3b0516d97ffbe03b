"""Room codes in the ways the desk writes them: ``3-2-1201``, ``3栋2单元1201``, ``3栋1201``, ``3号楼2单元1201室``."""
from __future__ import annotations

import re
from dataclasses import dataclass

_CODE = re.compile(
    r"^\s*(?P<b>[0-9A-Za-z]+)\s*(?:栋|号楼|幢|座|#|-)\s*"
    r"(?:(?P<e>[0-9A-Za-z]+)\s*(?:单元|-)\s*)?"
    r"(?P<n>[0-9A-Za-z]+)?\s*(?:室|号)?\s*$")


@dataclass(frozen=True)
class RoomRef:
    building: str
    entrance: str | None
    number: str | None  # None: the whole building (or entrance); a prefix while typing


def parse_room(text: str) -> RoomRef | None:
    """A room reference, or None if ``text`` does not look like one."""
    m = _CODE.match((text or "").upper())
    if not m:
        return None
    return RoomRef(m["b"], m["e"], m["n"])


def room_code(building: str, entrance: str, number: str) -> str:
    return f"{building}-{entrance}-{number}"


def room_label(building: str, entrance: str, number: str) -> str:
    """How the desk says it: ``3栋2单元1201``."""
    return f"{building}栋{entrance}单元{number}"


def room_order(code) -> tuple:
    """Room codes in the order people count them: digits as numbers, so 3-1-101 < 3-1-1001 < 10-1-101."""
    return tuple(int(part) if part.isdigit() else part for part in re.split(r"(\d+)", str(code or "")))
