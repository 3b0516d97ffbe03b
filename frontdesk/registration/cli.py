"""The registration task's commands: ``import roster``, ``template roster``, ``find``."""
from __future__ import annotations

import sys
from pathlib import Path

from frontdesk.core.errors import QT_TRANSLATE_NOOP


def add_commands(commands) -> None:
    def roster_import(p, translate):
        p.add_argument("file", type=Path, help=translate("Cli", "the roster workbook (.xlsx)"))
        p.add_argument("--strict", action="store_true", help=translate("Cli", "import nothing if any row is bad"))
        p.add_argument("--errors", metavar="OUT.xlsx", type=Path,
                       help=translate("Cli", "write the rejected rows with their reasons here"))

    commands.add("import", "roster", QT_TRANSLATE_NOOP("Cli", "import the owners' roster"), cmd_import, roster_import)
    commands.add("template", "roster", QT_TRANSLATE_NOOP("Cli", "write the owners' roster template"), cmd_template,
                 lambda p, translate: p.add_argument("--out", metavar="FILE.xlsx", type=Path, required=True))
    commands.add(None, "find", QT_TRANSLATE_NOOP("Cli", "print the rooms and people the search box finds"), cmd_find,
                 lambda p, translate: p.add_argument("text"))


def cmd_import(args, url, translate, say) -> int:
    from frontdesk.core.audit import SYSTEM
    from frontdesk.core.store import open_store
    from frontdesk.registration.roster import RosterImport, read_rows, write_errors
    if args.errors:
        from frontdesk.core.files import check_output
        check_output(args.errors)  # before anything is imported
    store = open_store(url, create=True)  # setting up a new property starts with its roster
    try:
        result, rows = RosterImport(store, translate).run(SYSTEM, args.file, strict=args.strict)
    finally:
        store.dispose()
    for line, reason in result.errors[:20]:
        print(translate("Cli", "row {line}: {reason}").format(line=line, reason=reason), file=sys.stderr)
    if len(result.errors) > 20:
        print(translate("Cli", "… and {n} more").format(n=len(result.errors) - 20), file=sys.stderr)
    if args.errors and result.errors:
        header, _ = read_rows(args.file)
        file_errors = [reason for line, reason in result.errors if line == 1]
        write_errors(rows, header, args.errors, file_errors)
        say(translate("Cli", "The rejected rows and their reasons were written to {path}."), path=args.errors)
    if result.written:
        say(translate("Cli", "{good} rows went in ({rooms} new rooms, {people} new people, {same} already present); "
                             "{bad} rows were rejected."), good=result.good, rooms=result.rooms_created,
            people=result.people_created, same=result.already_present, bad=result.bad)
        return 0 if not result.bad else 1
    say(translate("Cli", "Nothing was imported: {bad} of {rows} rows were rejected."), bad=result.bad, rows=result.rows)
    return 1


def cmd_template(args, url, translate, say) -> int:
    from frontdesk.registration.roster import write_template
    print(write_template(args.out, translate))
    return 0


def cmd_find(args, url, translate, say) -> int:
    from frontdesk.core.store import open_store
    from frontdesk.registration.service import RegistrationService
    store = open_store(url)
    try:
        hits = RegistrationService(store).search(args.text)
    finally:
        store.dispose()
    for h in hits:
        print("\t".join(x for x in (h.room_code or "-", h.label, h.detail) if x))
    return 0 if hits else 1
