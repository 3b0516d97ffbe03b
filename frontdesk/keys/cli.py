"""The key cabinet's commands: ``print keyslip NUMBER`` for any of its papers — a key receipt, a lend
slip or a handover count (``export keys``, the register, is its ``Task.registers``)."""
from __future__ import annotations

from frontdesk.core.errors import QT_TRANSLATE_NOOP


def add_commands(commands) -> None:
    commands.printout("keyslip", QT_TRANSLATE_NOOP("Cli", "a key paper's PDF (钥匙收条, 钥匙借用单, 交接班钥匙盘点表)"),
                      QT_TRANSLATE_NOOP("Cli", "the paper's number, e.g. YS2026-000012, JY2026-000034 or "
                                               "PD2026-000005"), print_keyslip)


def print_keyslip(store, actor, number, out, translate) -> None:
    """Written inside the print's transaction: a paper not written is not counted."""
    from frontdesk.keys.documents import print_paper
    print_paper(store, actor, number, out, translate)
