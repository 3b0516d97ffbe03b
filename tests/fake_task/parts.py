"""The made-up task's parts: a tab, a room-card section, demo and generator data, a command."""
from PySide6.QtWidgets import QLabel

CALLS: list[str] = []


class LostFoundTab(QLabel):
    def __init__(self, store, actor, parent=None, preview=None, paper=None):
        super().__init__("失物招领", parent)


def card(session, room_id):
    from frontdesk.registration.service import CardSection
    return CardSection("Lost and found", [("Nothing left at the desk.", {})])


def fill(store, ctx):
    CALLS.append("demo")
    ctx.figures["lost_items"] = 3


def generate(session, ctx):
    CALLS.append("generate")
    return {"lost_items": 42}


def add_commands(commands):
    commands.add("export", "lostfound", "the lost-and-found book",
                 lambda args, url, translate, say: print("lost and found exported") or 0)


def check(store):
    CALLS.append("check")
    return []
