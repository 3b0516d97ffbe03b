"""The passes task's commands: ``print pass NUMBER`` for any of its papers (``export passes``, the
register, is its ``Task.registers``)."""
from __future__ import annotations

from frontdesk.core.errors import QT_TRANSLATE_NOOP


def add_commands(commands) -> None:
    commands.printout("pass", QT_TRANSLATE_NOOP("Cli", "a pass's or permit's PDF (装修许可证, 施工证, 临时证, 动火证, 放行条)"),
                      QT_TRANSLATE_NOOP("Cli", "the paper's number, e.g. ZX2026-000012 or FX2026-000034"), print_pass)


def print_pass(store, actor, number, out, translate) -> None:
    """Written inside the print's transaction: a paper not written is not counted."""
    from frontdesk.core.files import write_bytes
    from frontdesk.passes.documents import print_paper
    print_paper(store, actor, number, translate, deliver=lambda pdf: write_bytes(out, pdf))
