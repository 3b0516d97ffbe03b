"""The move-in's command: ``print movein NUMBER`` for its 入住确认单."""
from __future__ import annotations

from frontdesk.core.errors import QT_TRANSLATE_NOOP


def add_commands(commands) -> None:
    commands.printout("movein", QT_TRANSLATE_NOOP("Cli", "a move-in confirmation's PDF (入住确认单)"),
                      QT_TRANSLATE_NOOP("Cli", "the move-in's number, e.g. RZ2026-000003"), print_movein)


def print_movein(store, actor, number, out, translate) -> None:
    """Written inside the print's transaction: a paper not written is not counted."""
    from frontdesk.movein.documents import print_confirmation
    print_confirmation(store, actor, number, out, translate)
