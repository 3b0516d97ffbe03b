"""The monthly workbook to management (月度报表): each task's part of a month, put together.

A task declares ``Task.report = "module:function"``; ``function(store, month) -> ReportPart``
gives its key figures for 概览 (with last month's, for 环比), its own sheets (columns and rows for
``excel.write_table``), its 异常 rows (the rows behind the bad numbers) and the definitions of its
figures for 说明. Every text a part gives — figure and sheet names, column titles, definitions — is
English source in context "Reports" (a sheet may name another context for its columns), translated
here; the values are the task's own (Decimal money, dates, counts). The kernel names no task: it
iterates ``frontdesk.tasks.TASKS`` through ``build`` / ``write``. Plain Python, no Qt.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from frontdesk.core.audit import ACTIONS, ENTITIES
from frontdesk.core.errors import QT_TRANSLATE_NOOP
from frontdesk.core.excel import XCol
from frontdesk.core.models import AuditEntry

CONTEXT = "Reports"


@dataclass(frozen=True)
class Month:
    """A calendar month."""
    year: int
    month: int

    @property
    def first(self) -> date:
        return date(self.year, self.month, 1)

    @property
    def last(self) -> date:
        from calendar import monthrange
        return date(self.year, self.month, monthrange(self.year, self.month)[1])

    def shifted(self, k: int) -> Month:
        n = self.year * 12 + self.month - 1 + k
        return Month(n // 12, n % 12 + 1)

    @property
    def previous(self) -> Month:
        return self.shifted(-1)

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"


@dataclass(frozen=True)
class Figure:
    """A key figure on 概览: this month's value and last month's; ``kind`` is "int", "money" or
    "percent" (a ratio 0…1, None when its denominator is zero)."""
    name: str
    value: int | Decimal | None
    previous: int | Decimal | None
    kind: str = "int"


@dataclass(frozen=True)
class Sheet:
    """A sheet of the workbook: ``name`` (English source, its Chinese name the sheet's), a table as
    ``excel.write_table`` takes it; ``total_when`` counts only the rows whose column holds a value."""
    name: str
    columns: list[XCol]
    rows: list[list]
    total_when: tuple[int, str] | None = None
    context: str = CONTEXT  # of the column titles
    rates: dict = field(default_factory=dict)  # {column: (numerator column, denominator column)} in the totals row
    translated: dict = field(default_factory=dict)  # {column: context}: its cells are English sources, translated


@dataclass(frozen=True)
class Chart:
    """A chart on 概览, drawn by the workbook (an openpyxl chart) over a small table written there."""
    title: str
    columns: list[XCol]  # the first is the category
    rows: list[list]
    kind: str = "column"


@dataclass(frozen=True)
class Anomaly:
    """One row of 异常: what (English source), its record's number or room, the day, the detail."""
    what: str
    reference: str
    day: date | None
    detail: str = ""


@dataclass(frozen=True)
class Definition:
    """How a figure is defined, for 说明 (English sources)."""
    figure: str
    numerator: str
    denominator: str = ""
    left_out: str = ""


@dataclass(frozen=True)
class ReportPart:
    """A task's part of a month's workbook."""
    figures: list[Figure] = field(default_factory=list)
    sheets: list[Sheet] = field(default_factory=list)
    anomalies: list[Anomaly] = field(default_factory=list)
    definitions: list[Definition] = field(default_factory=list)
    charts: list[Chart] = field(default_factory=list)


def compared(month: Month, figures_of: Callable[[Month], tuple]) -> tuple[list[Figure], object]:
    """A part's key figures of ``month`` beside last month's (环比): ``figures_of(m)`` gives what the
    part read of month ``m`` and its figures as (name, value, kind); returns the figures and what was
    read of ``month`` (for the part's sheets)."""
    read, now = figures_of(month)
    _read, before = figures_of(month.previous)
    return [Figure(name, value, prev, kind) for (name, value, kind), (_n, prev, _k) in zip(now, before)], read


def ratio(numerator, denominator) -> Decimal | None:
    """A rate as a Decimal 0…1 to four places, None when there is nothing to divide by."""
    if not denominator:
        return None
    return (Decimal(numerator) / Decimal(denominator)).quantize(Decimal("0.0001"))


# ---- the month asked -------------------------------------------------------------------------------
def parse_month(text: str, today: date, first_day: date | None) -> Month:
    """"2026-07" (or 2026-7) → the month, refused with a Chinese message when malformed, not begun
    yet, or before the property's first data (``first_day``: nothing to report)."""
    import re

    from frontdesk.core.errors import QT_TRANSLATE_NOOP, ValidationError
    m = re.fullmatch(r"\s*(\d{4})-(\d{1,2})\s*", text or "")
    if not m or not 1 <= int(m[2]) <= 12 or not 2000 <= int(m[1]) <= 2100:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Please enter a month as YYYY-MM, e.g. {example}."),
                              "month", example=f"{today:%Y-%m}")
    month = Month(int(m[1]), int(m[2]))
    if month.first > today:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{month} has not begun yet; a monthly report is made for "
                                                          "this month or an earlier one."), "month", month=str(month))
    if first_day is None or month.last < first_day:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{month} is before the property's first records "
                                                          "({first}); there is nothing to report."), "month",
                              month=str(month), first=f"{first_day:%Y-%m}" if first_day else "-")
    return month


def first_day(store) -> date | None:
    """The day of the property's first record (its first audit row)."""
    from sqlalchemy import func, select

    from frontdesk.core.models import AuditEntry
    with store.read() as s:
        at = s.scalar(select(func.min(AuditEntry.at)))
    return at.date() if at else None


# ---- the workbook ------------------------------------------------------------------------------------
_KIND_FORMAT = {"int": "int", "money": "money", "percent": "percent"}


def _change(f: Figure):
    """环比: the relative change of a count or an amount; of a rate, the change in points."""
    if f.value is None or f.previous is None:
        return None
    if f.kind == "percent":
        return Decimal(f.value) - Decimal(f.previous)
    return ratio(Decimal(f.value) - Decimal(f.previous), f.previous) if f.previous else None


def build(store, month: Month, parts: list[ReportPart], translate, made_at, frozen_by: str = ""):
    """The workbook of ``parts`` (each task's, in task order): 概览, each part's sheets, 异常, 说明;
    ``frozen_by``: the supervisor whose 定稿 this is (said under the title)."""
    from openpyxl.styles import Font

    from frontdesk.core import excel
    from frontdesk.core.settings import SettingsService
    prop = SettingsService(store).get()

    def tr(text: str, context: str = CONTEXT) -> str:
        return translate(context, text)

    title = translate("Reports", "{property} — monthly report {month}").format(
        property=prop.property_name, month=str(month))
    subtitle = translate("Reports", "{company}  {first} to {last}  Made {made}").format(
        company=prop.company_name, first=month.first.isoformat(), last=month.last.isoformat(),
        made=f"{made_at:%Y-%m-%d %H:%M}")
    if frozen_by:
        subtitle += "  " + translate("Reports", "Final (定稿) by {who}").format(who=frozen_by)
    total = translate("Reports", "Total")
    wb = excel.new_workbook()

    def cols(columns, context=CONTEXT):
        from dataclasses import replace
        return [replace(c, title=tr(c.title, context)) for c in columns]

    # 概览: the figures beside last month's, then the charts' tables
    ws = wb.create_sheet(translate("Reports", "Overview"))
    figures = [f for p in parts for f in p.figures]
    table = excel.write_table(ws, [XCol(translate("Reports", "Figure")), XCol(translate("Reports", "This month"), "decimal"),
                                   XCol(translate("Reports", "Last month"), "decimal"), XCol(translate("Reports", "Change"), "percent")],
                              [[tr(f.name), f.value, f.previous, _change(f)] for f in figures],
                              title=title, subtitle=subtitle)
    for r, f in enumerate(figures, start=table.first_row):
        for c in (2, 3):
            ws.cell(row=r, column=c).number_format = excel.FORMATS[_KIND_FORMAT[f.kind]]
    row = table.last_row + 3
    for chart in (c for p in parts for c in p.charts):
        ws.cell(row=row, column=1, value=tr(chart.title)).font = Font(name=excel.FONT, bold=True)
        t = excel.write_table(ws, cols(chart.columns), chart.rows, start_row=row + 1)
        excel.add_chart(ws, t, category_col=1, value_cols=list(range(2, len(chart.columns) + 1)),
                        title=tr(chart.title), kind=chart.kind, anchor=f"F{row}")
        row = max(t.last_row + 3, row + 20)
    ws.freeze_panes = ws.cell(row=table.first_row, column=1)  # the figures' table is the sheet's own
    ws.auto_filter.ref = f"A{table.header_row}:D{max(table.last_row, table.header_row)}"
    excel.for_printing(ws, table.header_row)

    for part in parts:
        for sheet in part.sheets:
            ws = wb.create_sheet(tr(sheet.name))
            rows = [[tr(v, sheet.translated[c]) if c in sheet.translated and v else v for c, v in enumerate(r)]
                    for r in sheet.rows]
            t = excel.write_table(ws, cols(sheet.columns, sheet.context), rows, title=title,
                                  subtitle=subtitle, total_label=total, total_when=sheet.total_when)
            if t.total_row:
                _rate_totals(ws, t, sheet.rates)

    excel.write_table(wb.create_sheet(translate("Reports", "Exceptions")),
                      [XCol(translate("Reports", "What")), XCol(translate("Reports", "Record")), XCol(translate("Reports", "Day"), "date"), XCol(translate("Reports", "Detail"), max_width=80)],
                      [[tr(a.what), a.reference, a.day, a.detail] for p in parts for a in p.anomalies],
                      title=title, subtitle=subtitle)
    excel.write_table(wb.create_sheet(translate("Reports", "Definitions")),
                      [XCol(translate("Reports", "Figure")), XCol(translate("Reports", "Numerator"), wrap=True, width=40),
                       XCol(translate("Reports", "Denominator"), wrap=True, width=40), XCol(translate("Reports", "Left out"), wrap=True, width=40)],
                      [[tr(d.figure), tr(d.numerator), tr(d.denominator) if d.denominator else "",
                        tr(d.left_out) if d.left_out else ""] for d in _definitions(parts)],
                      title=title, subtitle=subtitle)
    return wb


def _rate_totals(ws, table, rates: dict) -> None:
    """A rate's total is the ratio of its columns' totals (a formula, with its value), not a sum."""
    from frontdesk.core import excel
    for col, (num, den) in rates.items():
        n, d = (ws.cell(row=table.total_row, column=c + 1) for c in (num, den))
        nv, dv = excel.cached_value(n), excel.cached_value(d)
        cell = ws.cell(row=table.total_row, column=col + 1)
        excel.formula(cell, f'=IF({d.coordinate}=0,"",{n.coordinate}/{d.coordinate})',
                      cached=ratio(nv or 0, dv) if dv else "")
        cell.number_format = excel.FORMATS["percent"]


def _definitions(parts: list[ReportPart]) -> list[Definition]:
    from frontdesk.core.errors import QT_TRANSLATE_NOOP
    own = [Definition(QT_TRANSLATE_NOOP("Reports", "Change"),
                      QT_TRANSLATE_NOOP("Reports", "This month less last month, divided by last month; for a rate, "
                                                   "the change in points (this month's rate less last month's)"), "",
                      QT_TRANSLATE_NOOP("Reports", "Empty when last month's figure is zero or empty"))]
    return [d for p in parts for d in p.definitions] + own


def _parts(store, month: Month, tasks, progress=None, of: int = 1) -> list[ReportPart]:
    from frontdesk.core.task import load
    makers = [load(t.report) for t in tasks if t.report]
    parts = []
    for n, make in enumerate(makers):
        parts.append(make(store, month))
        if progress:
            progress(n + 1, len(makers) + of)
    return parts


def write(store, month_text: str, path, tasks, translate, progress=None) -> Month:
    """Check the month and the path, collect each task's part (``Task.report``) and write the
    workbook through ``excel.save`` (complete or not there). A month frozen (定稿) is written as it
    was sent; another lists on 异常 what was corrected in it of a frozen earlier month.
    ``progress(done, total)``."""
    from frontdesk.core import clock, excel
    from frontdesk.core.files import check_output, write_bytes
    month = parse_month(month_text, clock.today(), first_day(store))
    check_output(path)
    sent = frozen(store, month)
    if sent is not None:
        write_bytes(path, sent.workbook)
    else:
        parts = _parts(store, month, tasks, progress)
        parts.append(ReportPart(anomalies=corrections(store, month, tasks, translate)))
        excel.save(build(store, month, parts, translate, clock.now()), path)
    if progress:
        progress(1, 1)
    return month


# ---- 定稿: a month as it was sent ------------------------------------------------------------------
DONE = QT_TRANSLATE_NOOP("Cli", "The monthly report of {month} was written to {path}.")
DONE_FINAL = QT_TRANSLATE_NOOP("Cli", "The monthly report of {month} was made final (定稿) and written to {path}.")
FROZEN_ALREADY = QT_TRANSLATE_NOOP("Errors", "The report of {month} was already made final (定稿) by {who} on "
                                             "{at}; it is sent as it was then.")
_NOT_CORRECTIONS = ("print", "reveal", "backup", "restore", "login", "login_failed", "logout")  # change no record


def frozen(store, month: Month):
    """The month's 定稿 (``ReportFreeze``), or None."""
    from frontdesk.core.models import ReportFreeze
    with store.read() as s:
        row = s.get(ReportFreeze, str(month))
        if row is not None:
            s.expunge(row)
        return row


def freeze(store, actor, month_text: str, path, tasks, translate, progress=None) -> Month:
    """定稿 (a supervisor): the month's workbook, built now, is kept as it is sent — written to
    ``path`` and stored with its key figures, once: later reports of the month are this file, and a
    later correction of the month is listed on the next report's 异常. A month not over yet, or one
    made final already (here or at another desk at the same moment), is refused and nothing kept."""
    import json

    from frontdesk.core import audit, clock, excel
    from frontdesk.core.files import check_output, write_bytes
    from frontdesk.core.models import ReportFreeze
    from frontdesk.core.operators import require_supervisor
    require_supervisor(actor)
    today = clock.today()
    month = check_final(store, parse_month(month_text, today, first_day(store)), today)
    check_output(path)
    parts = _parts(store, month, tasks, progress)
    parts.append(ReportPart(anomalies=corrections(store, month, tasks, translate)))
    at = clock.now()
    data = excel.to_bytes(build(store, month, parts, translate, at, frozen_by=actor.display_name))
    figures = [[f.name, None if f.value is None else str(f.value), f.kind] for p in parts for f in p.figures]
    try:
        with store.write() as s:
            s.add(ReportFreeze(month=str(month), frozen_at=at, frozen_by=actor.id, frozen_by_name=actor.display_name,
                               figures=json.dumps(figures, ensure_ascii=False), workbook=data))
            s.flush()  # another desk's 定稿 of the month clashes here
            audit.record(s, actor, "create", "report_freeze", str(month), after={"figures": len(figures)},
                         summary=str(month))
            write_bytes(path, data)  # the file as sent, or nothing kept
    except BaseException:
        if path_written(path, data):
            Path(path).unlink(missing_ok=True)
        raise
    if progress:
        progress(1, 1)
    return month


def path_written(path, data: bytes) -> bool:
    """``path`` holds exactly ``data`` (the file this call wrote, not one that was there before)."""
    try:
        return Path(path).read_bytes() == data
    except OSError:
        return False


def _clash_message() -> None:
    from frontdesk.core.guard import on_clash
    on_clash("pk_report_freeze", QT_TRANSLATE_NOOP("Errors", "This month's report was just made final (定稿) at "
                                                             "another desk; nothing was kept here."))


_clash_message()


def check_final(store, month: Month, today) -> Month:
    """A month can be made final once it is over, and once."""
    from frontdesk.core.errors import Conflict, ValidationError
    if month.last >= today:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{month} is not over yet; a month is made final after "
                                                          "its last day."), "month", month=str(month))
    sent = frozen(store, month)
    if sent is not None:
        raise Conflict(FROZEN_ALREADY, "month", month=str(month), who=sent.frozen_by_name,
                       at=f"{sent.frozen_at:%Y-%m-%d %H:%M}")
    return month


def corrections(store, month: Month, tasks, translate) -> list[Anomaly]:
    """异常 of ``month``: what was done during it (after their 定稿) to each frozen earlier month's
    records — who, when, what — and which of that month's key figures now differ from what was sent.
    A record is a month's when it was created in it (its first audit row); a change is a later audit
    row of that record, or a new record that names one of the month's papers by its number (a 红冲 of
    a receipt, a refund of a deposit: ``numbering.NUMBER``)."""
    import json

    from frontdesk.core.numbering import NUMBER
    begin = _start(month.first)
    end = _start(month.last + timedelta(days=1))
    out: list[Anomaly] = []
    for name, at, figures in _frozen_before(store, month):
        f = _month_of(name)
        with store.read() as s:
            made = set(s.execute(select(AuditEntry.entity, AuditEntry.entity_id).where(
                AuditEntry.action == "create", AuditEntry.at >= _start(f.first),
                AuditEntry.at < _start(f.last + timedelta(days=1)))).all())
            papers = {entity_id for _entity, entity_id in made if NUMBER.fullmatch(entity_id)}
            later = s.execute(select(AuditEntry.at, AuditEntry.operator_name, AuditEntry.action, AuditEntry.entity,
                                     AuditEntry.entity_id, AuditEntry.summary, AuditEntry.after).where(
                AuditEntry.at >= max(at, begin), AuditEntry.at < end, AuditEntry.action.not_in(_NOT_CORRECTIONS))
                .order_by(AuditEntry.at, AuditEntry.id)).all()
        changed = [r for r in later if (r.entity, r.entity_id) in made or (r.action == "create" and papers & set(
            NUMBER.findall(f"{r.summary} {r.after or ''}")))]
        if not changed:
            continue
        now = {x.name: x for p in _parts(store, f, tasks) for x in p.figures}
        for figure, value, kind in json.loads(figures):
            new = now.get(figure)
            if new is not None and (None if new.value is None else str(new.value)) != value:
                out.append(Anomaly(QT_TRANSLATE_NOOP("Reports", "Final month's figure changed"), name, None,
                                   translate("Reports", "{figure}: sent {sent}, now {now}").format(
                                       figure=translate("Reports", figure), sent=_shown(value, kind),
                                       now=_shown(new.value, kind))))
        for r in changed:
            out.append(Anomaly(QT_TRANSLATE_NOOP("Reports", "Correction after 定稿"), name, r.at.date(),
                               f"{r.at:%H:%M} {r.operator_name} {translate('Audit', ACTIONS.get(r.action, r.action))} "
                               f"{translate('Audit', ENTITIES.get(r.entity, r.entity))} {r.summary or r.entity_id}"))
    return out


def _frozen_before(store, month: Month) -> list:
    from frontdesk.core.models import ReportFreeze
    with store.read() as s:
        return list(s.execute(select(ReportFreeze.month, ReportFreeze.frozen_at, ReportFreeze.figures)
                              .where(ReportFreeze.month < str(month)).order_by(ReportFreeze.month)))


def _month_of(text: str) -> Month:
    y, m = (int(x) for x in text.split("-"))
    return Month(y, m)


def _start(day: date) -> datetime:
    return datetime.combine(day, time())


def _shown(value, kind: str) -> str:
    if value is None:
        return "—"
    if kind == "percent":
        return f"{Decimal(value) * 100:.2f}%"
    if kind == "money":
        return f"¥{Decimal(value):,.2f}"
    return str(value)
