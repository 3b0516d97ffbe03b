"""What a desk task (登记, 工单, 钥匙, 证件, 收费 …) tells the application about itself.

Each task declares one :class:`Task` in its package's ``__init__.py``; the ordered list of tasks
is ``frontdesk.tasks.TASKS``, above the tasks. The kernel knows this shape but no task. Parts are
named as ``"module:attribute"`` strings, so nothing of a task — its Qt tab least of all — is
imported before it is needed (the window paints first).
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Task:
    """One desk task and its parts; every part but ``key``, ``title`` and ``shortcut`` is optional.

    - ``models``: the module of its tables (for the schema metadata and Alembic);
    - ``tab``: its Qt tab class, built as ``Tab(store, actor, parent, preview=…)``; without one the
      tab shows ``empty_state`` (a task that is planned but not built yet); with neither, the task
      has no page in the window (``has_page``): a flow across the others through their services
      (the move-in), its tables, rules and checks listed here like any task's;
    - ``flow``: for a task without a page, ``"module:function"`` the window calls as
      ``function(window, room_id)`` — the room the tab in front shows (its ``room_id``), or None —
      when its ``shortcut`` is pressed on any tab, or when a tab asks ``open_task(key, room_id)`` for
      it (the room card's 入住办理): its own window over the main one (the move-in's guided steps);
    - ``card_section``: ``function(session, room_id)`` giving its part of the room card (or None);
    - ``demo``: ``function(store, ctx)`` filling its part of the demo property;
    - ``generate``: ``function(session, ctx)`` writing its part of the large synthetic property,
      returning its figures as a dict;
    - ``generated``: the sentence (context "Cli") ``frontdesk generate`` says about those figures
      (``"Work orders: {work_orders}."``), formatted with them;
    - ``cli``: ``function(commands)`` adding its commands (``export …``, ``print …``, ``import …``);
    - ``check``: ``function(store) -> list[str]``, its rules over a whole store (``frontdesk check``);
    - ``benchmark``: ``function(db_path)`` printing its figures on the large property;
    - ``selftest``: ``function() -> [(name, check)]``, its part of ``frontdesk selftest``: each
      ``check(ctx)`` proves on the demo store that a paper, an export or a search works as
      installed, returning a short detail or raising (``frontdesk.selftest.Context``);
    - ``report``: ``function(store, month) -> core.report.ReportPart``, its part of the monthly
      workbook (月度报表) for a ``core.report.Month``: its key figures for 概览 with last month's
      (环比), its own sheets (columns and rows for ``excel.write_table``), its 异常 rows and the
      definitions of its figures for 说明 — every figure from its service's own functions;
    - ``settings``: ``((label, "module:Dialog"), …)``, its entries in the 设置 menu (what a supervisor
      maintains: fee items, work-order categories …), each ``Dialog(store, actor, parent)``;
    - ``keys``: keys that work from every tab (``{"F2": "log_call"}``): the window calls that method
      of this task's tab with the room the tab in front shows (its ``room_id``, or None);
    - ``registers``: ``(Register(...), …)``, the registers it exports to Excel for a range of days —
      each is both the command ``frontdesk export NAME`` and an entry in the window's 报表 menu;
    - ``key_help``: ``(("F3", "Register a resident"), …)``, what its keys do (context "Tasks"), for
      the F1 help page — the keys of its tab and those of ``keys``;
    - ``follows``: ``{"shift_closed": "offer_handover"}``, what this task's tab does when another's says
      something happened: a tab emits ``happened(name)`` (the fees tab: ``shift_closed`` once a shift is
      closed) and the window calls that method of every tab that follows the name;
    - ``papers``: ``{"receipt": "module:function"}``, the papers of its records another task may print
      (the move-in prints the receipt fees issued for it): ``function(store, record_id, translate,
      copy=False) -> (pdf bytes, missing glyphs)``, reached through ``frontdesk.tasks.paper`` (a flow: ``window.paper``);
    - ``gate``: its part of the gate's window (``Widget(store, actor, parent)``): the 门岗 guard logs in
      to a window that shows only these (a PC at the gate checks papers and does nothing else).
    """

    key: str
    title: str
    shortcut: str
    models: str | None = None
    tab: str | None = None
    empty_state: str = ""
    card_section: str | None = None
    demo: str | None = None
    generate: str | None = None
    generated: str = ""
    cli: str | None = None
    check: str | None = None
    benchmark: str | None = None
    selftest: str | None = None
    settings: tuple = ()
    report: str | None = None
    keys: dict = field(default_factory=dict)
    registers: tuple = ()
    key_help: tuple = ()
    gate: str | None = None
    follows: dict = field(default_factory=dict)
    flow: str | None = None
    papers: dict = field(default_factory=dict)

    @property
    def has_page(self) -> bool:
        """Whether the window gives it a tab page (its tab, or the empty state of one planned)."""
        return bool(self.tab or self.empty_state)


@dataclass(frozen=True)
class Register:
    """A register a task exports to Excel for a range of days. The one declaration gives the command
    ``frontdesk export NAME --from DAY --to DAY --out FILE.xlsx`` and the 报表 menu's entry (the
    days asked, a progress bar, where to save, the workbook opened) — so the two never part ways.

    - ``name``: the command's name (``receipts``);
    - ``title``: the menu entry with its Alt letter (``"Re&ceipt register…"``, context "Tasks"); the
      file name suggested is this title without the letter, and the days;
    - ``help``: the command's help (context "Cli");
    - ``write``: ``"module:function"``, ``function(store, date_from, date_to, path, translate)`` writing
      the workbook and returning how many rows it holds;
    - ``done``: what is said afterwards, with ``{n}`` and ``{path}`` (context "Cli").
    """

    name: str
    title: str
    help: str  # noqa: A003 - the command's help, as argparse names it
    write: str
    done: str


def load(ref: str):
    """The object a ``"package.module:name"`` reference names (imported on first use)."""
    module, _, name = ref.partition(":")
    obj = importlib.import_module(module)
    return getattr(obj, name) if name else obj
