"""Registration's part of ``frontdesk selftest``: the search box finds a room and a person by
pinyin initials; the roster template is written and reads back."""
from __future__ import annotations

from frontdesk.core.errors import QT_TRANSLATE_NOOP


def checks():
    return [(QT_TRANSLATE_NOOP("SelfTest", "Search (room, pinyin initials)"), search),
            (QT_TRANSLATE_NOOP("SelfTest", "Roster template"), template)]


def search(ctx) -> str:
    from pypinyin import Style, lazy_pinyin

    from frontdesk.registration.service import RegistrationService
    from frontdesk.core.errors import CheckFailed as Failed
    reg = RegistrationService(ctx.store)
    rooms = [h for h in reg.search("1-1-101") if h.kind == "room"]
    if not rooms:
        raise Failed("room 1-1-101 of the demo is not found")
    name = reg.room_card(rooms[0].room_id).occupants[0].name
    initials = "".join(lazy_pinyin(name, style=Style.FIRST_LETTER))
    if not any(h.kind == "person" and h.label == name for h in reg.search(initials, limit=200)):
        raise Failed(f"{name} is not found by the pinyin initials {initials}")
    return ctx.translate("SelfTest", "{room}; {name} by {initials}").format(room="1-1-101", name=name, initials=initials)


def template(ctx) -> str:
    from frontdesk.registration.roster import write_template
    path = write_template(ctx.out / "roster-template.xlsx", ctx.translate)
    return ctx.workbook(path, "业主")
