"""The command line: ``frontdesk`` (the GUI), ``demo``, ``generate``, ``backup``, ``restore``, ``check``.

Messages are printed in the user's language through the same Qt translations as the GUI.
Exit codes: 0 done, 1 refused or bad input, 2 the store could not be used.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from frontdesk import __version__
from frontdesk.core.errors import QT_TRANSLATE_NOOP
from frontdesk.core.task import load
from frontdesk.tasks import TASKS, rules_broken


def _identity(_context: str, text: str) -> str:
    return text


_USAGE_ERRORS = [  # argparse's own messages, said in the user's language
    (r"the following arguments are required: (?P<what>.+)",
     QT_TRANSLATE_NOOP("Cli", "Missing on the command line: {what}.")),
    (r"argument (?P<arg>\S+): invalid choice: (?P<value>.+?) \(choose from (?P<choices>.+)\)",
     QT_TRANSLATE_NOOP("Cli", "{arg} cannot be {value}; choose one of {choices}.")),
    (r"argument (?P<arg>\S+): expected one argument", QT_TRANSLATE_NOOP("Cli", "{arg} needs a value after it.")),
    (r"argument (?P<arg>\S+): (?P<value>.+): YYYY-MM-DD",
     QT_TRANSLATE_NOOP("Cli", "{arg} needs a date as YYYY-MM-DD, not {value}.")),
    (r"argument (?P<arg>\S+): invalid \w+ value: (?P<value>.+)",
     QT_TRANSLATE_NOOP("Cli", "{arg} cannot be {value}.")),
    (r"unrecognized arguments: (?P<what>.+)", QT_TRANSLATE_NOOP("Cli", "Not understood: {what}.")),
]


class _Parser(argparse.ArgumentParser):
    """Bad arguments are bad input: a plain message in the user's language and exit code 1."""

    translate = staticmethod(_identity)

    def error(self, message: str):
        import re
        translate = _translator()
        text = None
        for pattern, said in _USAGE_ERRORS:
            m = re.fullmatch(pattern, message)
            if m:
                text = translate("Cli", said).format(**m.groupdict())
                break
        if text is None:
            text = translate("Cli", "The command line is not right: {detail}").format(detail=message)
        hint = translate("Cli", "Run “frontdesk --help” to see the commands.")
        self.exit(1, f"{self.prog}: {text}\n{hint}\n")


class Commands:
    """Where each task adds its commands: ``add("import", "roster", help, run, configure)`` makes
    ``frontdesk import roster …``; a verb of ``None`` makes a command of its own (``find``). A task's
    registers (``Task.registers``) are added here as ``export NAME`` — an export is declared there, so
    the window's 报表 menu has it too.
    ``configure(parser, translate)`` adds the arguments; ``run(args, url, translate, say)`` returns
    the exit code."""

    VERBS = {"import": QT_TRANSLATE_NOOP("Cli", "import a workbook"),
             "template": QT_TRANSLATE_NOOP("Cli", "write an empty template workbook"),
             "export": QT_TRANSLATE_NOOP("Cli", "export a register to Excel"),
             "print": QT_TRANSLATE_NOOP("Cli", "print a document to PDF (marked as a copy)"),
             "report": QT_TRANSLATE_NOOP("Cli", "write a report workbook")}

    def __init__(self, sub, translate) -> None:
        self.sub, self.translate = sub, translate
        self.verbs: dict[str, object] = {}
        self.run: dict[tuple[str, str | None], object] = {}

    def add(self, verb: str | None, name: str, help: str, run, configure=None) -> None:  # noqa: A002
        say = self.translate
        if verb is None:
            parser = self.sub.add_parser(name, help=say("Cli", help))
            self.run[(name, None)] = run
        else:
            if verb not in self.verbs:
                self.verbs[verb] = self.sub.add_parser(verb, help=say("Cli", self.VERBS.get(verb, verb))).add_subparsers(
                    dest="what", metavar="WHAT", required=True, parser_class=_Parser)
            parser = self.verbs[verb].add_parser(name, help=say("Cli", help))
            self.run[(verb, name)] = run
        if configure:
            configure(parser, say)

    def register(self, name: str, help: str, write: str, done: str) -> None:  # noqa: A002
        """``export NAME --from DATE --to DATE --out FILE.xlsx``: a register of those dates, written by
        ``write`` (``"module:function"``, ``function(store, date_from, date_to, path, translate)``
        returning how many rows); ``done`` says so (``{n}``, ``{path}``). A reversed range or a place
        that cannot be written is refused before the store is opened."""
        from frontdesk.core.dates import parse_day

        def configure(parser, _translate) -> None:
            parser.add_argument("--from", dest="date_from", required=True, type=parse_day, metavar="YYYY-MM-DD")
            parser.add_argument("--to", dest="date_to", required=True, type=parse_day, metavar="YYYY-MM-DD")
            parser.add_argument("--out", required=True, type=Path, metavar="FILE.xlsx")

        def run(args, url, translate, say) -> int:
            from frontdesk.core.dates import check_range
            from frontdesk.core.files import check_output
            from frontdesk.core.store import open_store
            check_range(args.date_from, args.date_to)
            check_output(args.out)
            store = open_store(url)
            try:
                n = load(write)(store, args.date_from, args.date_to, args.out, translate)
            finally:
                store.dispose()
            say(translate("Cli", done), n=n, path=args.out)
            return 0

        self.add("export", name, help, run, configure)

    def monthly_report(self, tasks) -> None:
        """``report monthly YYYY-MM --out FILE.xlsx [--final --operator USER]``: the month's workbook of
        every task's ``report`` part (``core.report.write``; a month made final is written as it was
        sent); ``--final``: a supervisor makes it final (定稿, ``core.report.freeze``). A bad month or a
        place that cannot be written is refused."""
        def configure(parser, translate) -> None:
            parser.add_argument("month", metavar="YYYY-MM", help=translate("Cli", "the month"))
            parser.add_argument("--out", required=True, type=Path, metavar="FILE.xlsx")
            parser.add_argument("--final", action="store_true", help=translate(
                "Cli", "make the month final (定稿, a supervisor): later reports of it are this file, later "
                       "corrections are listed on the next month's 异常"))
            parser.add_argument("--operator", metavar="USERNAME", help=translate(
                "Cli", "with --final: the supervisor; the password is asked (or read from the first line of "
                       "standard input)"))

        def run(args, url, translate, say) -> int:
            from frontdesk.core import report
            from frontdesk.core.errors import ValidationError
            from frontdesk.core.files import check_output
            from frontdesk.core.operators import acting
            from frontdesk.core.store import open_store
            if args.final and not args.operator:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "--final needs --operator: the supervisor who "
                                                                  "makes the month final."), "operator")
            check_output(args.out)
            store = open_store(url)
            try:
                if args.final:
                    month = report.freeze(store, acting(store, args, translate), args.month, args.out, tasks,
                                          translate)
                else:
                    month = report.write(store, args.month, args.out, tasks, translate)
            finally:
                store.dispose()
            say(translate("Cli", report.DONE_FINAL if args.final else report.DONE), month=month, path=args.out)
            return 0

        self.add("report", "monthly", QT_TRANSLATE_NOOP("Cli", "the monthly report to management (every task's "
                                                               "figures of a month)"), run, configure)

    def printout(self, name: str, help: str, number_help: str, write) -> None:  # noqa: A002
        """``print NAME NUMBER --out FILE.pdf --operator USER``: ``write(store, actor, number, out,
        translate)`` prints the paper as that operator (the path is checked before the store opens;
        the task writes the file inside its print's transaction, so a paper not written is not counted)."""
        def configure(parser, translate) -> None:
            parser.add_argument("number", help=translate("Cli", number_help))
            parser.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
            self.operator_argument(parser)

        def run(args, url, translate, _say) -> int:
            from frontdesk.core.files import check_output
            from frontdesk.core.operators import acting
            from frontdesk.core.store import open_store
            check_output(args.out)
            store = open_store(url)
            try:
                write(store, acting(store, args, translate), args.number, args.out, translate)
            finally:
                store.dispose()
            print(args.out)
            return 0

        self.add("print", name, help, run, configure)

    def operator_argument(self, parser) -> None:
        """``--operator USERNAME`` for a command that changes or prints something: it is recorded in
        the operator's name, not the system's (``core.operators.acting`` asks for the password)."""
        parser.add_argument("--operator", required=True, metavar="USERNAME", help=self.translate(
            "Cli", "who is acting; the password is asked (or read from the first line of standard input)"))

    def handler(self, command: str, what: str | None):
        return self.run.get((command, what))


def build_parser(translate=_identity) -> argparse.ArgumentParser:
    p = _Parser(
        prog="frontdesk", formatter_class=argparse.RawDescriptionHelpFormatter,
        description=translate("Cli", "Frontdesk — the front desk of a residential property."),
        epilog=translate("Cli", """The store is chosen by --db URL, else the FRONTDESK_DB environment variable, else the SQLite file
in the user data folder. Examples:
  frontdesk                                start the application
  frontdesk demo                           fill an empty store with the demo property
  frontdesk --db postgresql://user:pw@host/frontdesk      use a PostgreSQL server
  frontdesk backup --to /media/usb         write a backup and print its path
  frontdesk restore FILE.fdbak             put a backup in place of the store (the current one is kept)
  frontdesk check                          full integrity check
  frontdesk generate --rooms 10000 --years 10   build a large synthetic property (benchmarks)"""))
    p.add_argument("--db", metavar="URL", help=translate(
        "Cli", "database URL or SQLite file (default: FRONTDESK_DB or the user data folder)"))
    p.add_argument("--version", action="version", version=f"frontdesk {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    gui = sub.add_parser("gui", help=translate("Cli", "start the application (the default)"))
    gui.add_argument("--smoke", action="store_true", help=argparse.SUPPRESS)
    sub.add_parser("demo", help=translate("Cli", "fill an empty store with a small demo property and its demo operators"))
    g = sub.add_parser("generate", help=translate("Cli", "build a large synthetic property (for benchmarks)"))
    g.add_argument("--rooms", type=int, default=10000, help=translate("Cli", "number of rooms"))
    g.add_argument("--years", type=int, default=10, help=translate("Cli", "years of history"))
    g.add_argument("--seed", type=int, default=2026, help=translate("Cli", "random seed"))
    b = sub.add_parser("backup", help=translate("Cli", "write a backup of the store and print its path"))
    b.add_argument("--to", metavar="DIR",
                   help=translate("Cli", "folder to write to (default: the backups folder)"))
    r = sub.add_parser("restore", help=translate("Cli", "put a backup in place of the store (the current store is kept)"))
    r.add_argument("file", type=Path, help=translate("Cli", "the backup file (.fdbak)"))
    sub.add_parser("check", help=translate("Cli", "check the store's integrity and schema"))
    st = sub.add_parser("selftest", help=translate("Cli", "check that this installed program can do its whole job "
                                                          "(on a throw-away store; your data is not opened)"))
    st.add_argument("--out", type=Path, metavar="DIR", help=translate("Cli", "keep the files it writes in DIR"))
    commands = Commands(sub, translate)
    for task in TASKS:
        for register in task.registers:  # the same declarations give the window's 报表 menu
            commands.register(register.name, register.help, register.write, register.done)
        if task.cli:
            load(task.cli)(commands)
    if any(task.report for task in TASKS):
        commands.monthly_report(TASKS)
    p.set_defaults(_commands=commands)
    return p


def _translator():
    """Qt's translator without a GUI (messages in the user's language)."""
    from PySide6.QtCore import QCoreApplication

    from frontdesk import config, i18n
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    i18n.install(app, config.language())
    return i18n.translate


def _streams() -> None:
    """Output that reads the same everywhere: a windowed Windows program has no console (its
    streams are None: output goes nowhere instead of failing), and a pipe or a file gets UTF-8
    whatever the console's code page (an installer's log, 帮助 → 自检 reading the self-test)."""
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))
        elif not stream.isatty() and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")


def main(argv: list[str] | None = None) -> int:
    _streams()
    argv = sys.argv[1:] if argv is None else argv
    wants_help = any(a in ("-h", "--help") for a in argv)
    translate = _translator() if wants_help else _identity
    args = build_parser(translate).parse_args(argv)
    from frontdesk.core.paths import resolve_url
    url = resolve_url(args.db)
    command = args.command or "gui"
    if command == "gui":
        from frontdesk.app import run
        return run(url, smoke=getattr(args, "smoke", False))
    if command == "selftest":  # its own QApplication (off-screen), never the store named by --db
        from frontdesk.selftest import run
        return 1 if run(args.out) else 0
    translate = _translator()
    from frontdesk.core.errors import DomainError, StoreError

    def say(text: str, **params) -> None:
        print(text.format(**params))

    try:
        run = COMMANDS.get(command) or args._commands.handler(command, getattr(args, "what", None))
        return run(args, url, translate, say)
    except StoreError as err:
        print(err.text(translate), file=sys.stderr)
        return 2
    except DomainError as err:
        print(err.text(translate), file=sys.stderr)
        return 1


def cmd_demo(args, url, translate, say) -> int:
    from frontdesk.core.store import open_store
    from frontdesk.demo import DEMO_OPERATORS, load_demo
    from frontdesk.core.operators import ROLES
    store = open_store(url, create=True)
    try:
        summary = load_demo(store)
    finally:
        store.dispose()
    if summary.get("already"):
        say(translate("Cli", "The demo property {name} is already in {where}; nothing was changed."),
            name=summary["property"], where=store.location)
    else:
        say(translate("Cli", "Demo property {name} loaded into {where}: {rooms} rooms, {people} people."),
            name=summary["property"], where=store.location, rooms=summary["rooms"], people=summary["people"])
    say(translate("Cli", "Demo operators (user name / password):"))
    for username, name, role, password in DEMO_OPERATORS:
        print(f"  {username} / {password}   {name} ({translate('Roles', ROLES[role])})")
    return 0


def cmd_generate(args, url, translate, say) -> int:
    from frontdesk.core.store import open_store
    from frontdesk.demo import generate
    store = open_store(url, create=True)
    try:
        figures = generate(store, rooms=args.rooms, years=args.years, seed=args.seed,
                           progress=lambda what, n, total: print(f"  {what}: {n}/{total}", end="\r", flush=True))
    finally:
        store.dispose()
    print()
    say(translate("Cli", "Generated {rooms} rooms, {people} people, {operators} operators, {custody} custody rooms, "
                         "{calls} calls and visits and {audit} audit entries in {seconds} s."), **figures)
    from frontdesk.tasks import TASKS
    for task in TASKS:
        if task.generated:
            say(translate("Cli", task.generated), **figures)
    return 0


def cmd_backup(args, url, translate, say) -> int:
    from frontdesk.core.backup import backup_store
    from frontdesk.core.store import open_store
    from frontdesk.core.settings import SettingsService
    to = None
    if args.to is not None:  # a folder named on the command line ("" is no folder, not this one)
        from frontdesk.core.files import check_output
        to = check_output(Path(args.to) / "frontdesk.fdbak", make_dirs=True).parent if args.to.strip() else \
            check_output("")
    store = open_store(url, migrate=False)
    try:
        keep = SettingsService(store).get().backup_keep if not to else None
        path = backup_store(store, "manual", to, keep=keep)
    finally:
        store.dispose()
    print(path)
    return 0


def cmd_restore(args, url, translate, say) -> int:
    from frontdesk.core.audit import SYSTEM
    from frontdesk.core.store import restore_and_record
    store, kept = restore_and_record(url, args.file, SYSTEM)
    store.dispose()
    say(translate("Cli", "Restored {file}."), file=args.file)
    if kept:
        say(translate("Cli", "The previous data was kept as {kept}."), kept=kept)
    return 0


def cmd_check(args, url, translate, say) -> int:
    from frontdesk.core.db import SCHEMA_HEAD
    from frontdesk.core.store import open_store
    store = open_store(url, full_check=True, migrate=False)
    try:
        rev = store.schema_revision()
        found = rules_broken(store) if rev == SCHEMA_HEAD else []
    finally:
        store.dispose()
    if found:
        for line in found[:50]:
            print(line, file=sys.stderr)
        say(translate("Cli", "The store {where} breaks the desk's rules in {n} places (listed above). Make a backup "
                             "and call support before going on."), where=store.location, n=len(found))
        return 1
    if rev != SCHEMA_HEAD:
        say(translate("Cli", "The store is sound but its schema is {rev}; it will be upgraded to {head} at the next start."),
            rev=rev or "-", head=SCHEMA_HEAD)
    else:
        say(translate("Cli", "The store {where} is sound (integrity check passed, schema {rev})."), where=store.location, rev=rev)
    return 0


COMMANDS = {"demo": cmd_demo, "generate": cmd_generate, "backup": cmd_backup, "restore": cmd_restore, "check": cmd_check}
