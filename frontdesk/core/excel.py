"""One way to build every report workbook with openpyxl.

``write_table`` puts a header row (bold, shaded, frozen, with filters), real typed cells
(numbers as numbers, money as ``#,##0.00``, dates as dates, ID numbers as text), column
widths fitted to the content (CJK characters count double), an optional totals row of
``SUM`` formulas, and the page set-up for printing (landscape, fit to the page's width, the
header row repeated on every page). ``add_chart`` adds a chart over a written table.

``save`` is the one way a workbook reaches a file, and the one place that keeps what people
typed from ever running: a cell whose text starts with ``=`` is written as a text cell unless the
app itself put a formula there (``formula``), and text starting with ``= + - @`` or a tab or
carriage return is marked to show literally (Excel's quote prefix), so editing the cell keeps it
text (OWASP's formula-injection rule). The file is written beside the target and renamed into
place only when complete (``frontdesk.core.files``).

A formula can carry the value it computes (``formula(cell, text, cached=…)``; every total does):
openpyxl writes a formula with an empty cached value, which a viewer that does not calculate (a
phone's or a mail program's preview, a reader with ``data_only``) shows as empty. ``save`` writes
the value into the cell's ``<v>`` after openpyxl has written the sheet, so the cell keeps its live
formula and shows the number everywhere; Excel, WPS and LibreOffice still recalculate on opening.
"""
from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import BarChart, LineChart, PieChart, Reference
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

FORMATS = {
    "text": "@", "id": "@", "int": "#,##0", "money": "#,##0.00", "decimal": "#,##0.00",
    "percent": "0.0%", "date": "yyyy-mm-dd", "datetime": "yyyy-mm-dd hh:mm",
}
_HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")
_THIN = Side(style="thin", color="999999")
FONT = _FONT = "等线"  # Excel's and WPS's default CJK font
MAX_TEXT = 32767  # the most characters a cell holds (Excel)


@dataclass(frozen=True)
class XCol:
    """A report column: ``kind`` is one of FORMATS; ``total`` sums it in the totals row; ``width``
    fixes its width, else it fits the longest cell up to ``max_width`` (255, Excel's widest: never
    cut); ``wrap`` wraps its text (a long one shows whole, on more lines)."""

    title: str
    kind: str = "text"
    total: bool = False
    width: float | None = None
    wrap: bool = False
    max_width: float = 60


@dataclass(frozen=True)
class TableRange:
    header_row: int
    first_row: int
    last_row: int  # the last data row (== header_row when there are none)
    total_row: int | None
    columns: int


def _text_width(value) -> float:
    text = value if isinstance(value, str) else f"{value:,.2f}" if isinstance(value, Decimal) else str(value)
    return sum(2.1 if ord(ch) > 0x2E80 else 1.1 for ch in text)


def _cell_value(value, kind: str):
    if value is None:
        return None
    if kind in ("money", "decimal"):
        if isinstance(value, float):
            raise TypeError("money must not be a float")
        return Decimal(value)
    if kind in ("text", "id"):
        text = str(value)
        return text if len(text) <= MAX_TEXT else text[:MAX_TEXT - 1] + "…"
    if kind == "datetime" and isinstance(value, datetime):
        return value.replace(microsecond=0)
    return value


def write_table(ws: Worksheet, columns: list[XCol], rows: list[list], *, start_row: int = 1,
                title: str | None = None, subtitle: str | None = None, total_label: str = "合计",
                total_when: tuple[int, str] | None = None) -> TableRange:
    """Write a table (and a title line above it, with a line under it, if given) and format it.
    ``total_when`` = (column index, value): the totals count only rows whose column holds that
    value (``SUMIF``) — a register lists voided receipts with their amounts but does not add them."""
    row = start_row
    if title:
        ws.cell(row=row, column=1, value=title).font = Font(name=_FONT, bold=True, size=14)
        row += 1
        if subtitle:
            ws.cell(row=row, column=1, value=subtitle).font = Font(name=_FONT)
            row += 1
        row += 1
    header_row = row
    for c, col in enumerate(columns, start=1):
        cell = ws.cell(row=header_row, column=c, value=col.title)
        cell.font = Font(name=_FONT, bold=True)
        cell.fill = _HEAD_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = Border(top=_THIN, bottom=_THIN, left=_THIN, right=_THIN)
    widths = [_text_width(col.title) for col in columns]
    totals = [Decimal(0) if col.kind in ("money", "decimal") else 0 for col in columns]
    body_font = Font(name=_FONT)
    wrapped = any(col.wrap for col in columns)  # its rows grow: every cell at the top of its row
    aligned = [Alignment(vertical="top", wrap_text=col.wrap) if wrapped else None for col in columns]
    for values in rows:
        row += 1
        for c, (col, value) in enumerate(zip(columns, values), start=1):
            cell = ws.cell(row=row, column=c, value=_cell_value(value, col.kind))
            cell.number_format = FORMATS[col.kind]
            cell.font = body_font
            if wrapped:
                cell.alignment = aligned[c - 1]
            if value is not None:
                widths[c - 1] = max(widths[c - 1], _text_width(value))
                if col.total and (total_when is None or values[total_when[0]] == total_when[1]):
                    totals[c - 1] += value
    last_row = row
    total_row = None
    if any(col.total for col in columns):
        row += 1
        total_row = row
        ws.cell(row=row, column=1, value=total_label).font = Font(name=_FONT, bold=True)
        for c, col in enumerate(columns, start=1):
            if col.total:
                letter = get_column_letter(c)
                cell = ws.cell(row=row, column=c)
                if last_row > header_row and total_when is not None:
                    key = get_column_letter(total_when[0] + 1)
                    formula(cell, f'=SUMIF({key}{header_row + 1}:{key}{last_row},"{total_when[1]}",'
                                  f'{letter}{header_row + 1}:{letter}{last_row})', cached=totals[c - 1])
                elif last_row > header_row:
                    formula(cell, f"=SUM({letter}{header_row + 1}:{letter}{last_row})", cached=totals[c - 1])
                else:
                    cell.value = totals[c - 1]
                cell.number_format = FORMATS[col.kind]
                cell.font = Font(name=_FONT, bold=True)
                cell.border = Border(top=Side(style="double"))
    for c, col in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(c)].width = col.width or min(max(widths[c - 1] + 2, 8), col.max_width)
    ws.freeze_panes = ws.cell(row=header_row + 1, column=1)
    ws.auto_filter.ref = f"A{header_row}:{get_column_letter(len(columns))}{max(last_row, header_row)}"
    for_printing(ws, header_row)
    return TableRange(header_row, header_row + 1, last_row, total_row, len(columns))


def for_printing(ws: Worksheet, header_row: int = 1) -> None:
    """Landscape, as wide as the paper (as many pages down as it takes), the header row on every page."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.print_options.horizontalCentered = True


def page_numbers(ws: Worksheet, text: str = "第 &P 页 共 &N 页") -> None:
    """Page numbers in the printed footer (``&P`` the page, ``&N`` the pages)."""
    ws.oddFooter.center.text = text


def formula(cell, text: str, cached=None):
    """Put a formula the app wrote itself (a total) in ``cell`` — the only kind ``save`` keeps —
    with ``cached``, the value it computes (a number or a text), shown by viewers that do not
    calculate."""
    if not text.startswith("="):
        raise ValueError("a formula starts with '='")
    if cached is not None and not isinstance(cached, (int, float, Decimal, str)) or isinstance(cached, bool):
        raise TypeError("a formula's cached value is a number or a text")
    cell.value = text
    ws = cell.parent
    if not hasattr(ws, "_frontdesk_formulas"):
        ws._frontdesk_formulas = set()
    ws._frontdesk_formulas.add(cell.coordinate)
    if not hasattr(ws, "_frontdesk_cached"):
        ws._frontdesk_cached = {}
    if cached is None:
        ws._frontdesk_cached.pop(cell.coordinate, None)
    else:
        ws._frontdesk_cached[cell.coordinate] = cached
    return cell


def cached_value(cell):
    """What ``cell`` shows: the value ``formula`` gave a formula the app wrote, else the cell's value."""
    return getattr(cell.parent, "_frontdesk_cached", {}).get(cell.coordinate, cell.value)


_FORMULA_CELL = re.compile(r'<c r="([A-Z]+[0-9]+)"([^>]*)><f>([^<]*)</f><v(?:\s*/>|></v>)')


def _with_cached_values(wb: Workbook) -> bytes:
    """The workbook's file, each app formula carrying its computed value (see the module's text)."""
    from xml.sax.saxutils import escape
    buf = io.BytesIO()
    wb.save(buf)
    sheets = {ws.path.lstrip("/"): {k: v for k, v in ws._frontdesk_cached.items() if ws[k].data_type == "f"}
              for ws in wb.worksheets if getattr(ws, "_frontdesk_cached", None)}
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            cached = sheets.get(item.filename)
            if cached:
                done = set()

                def fill(m, cached=cached, done=done):
                    if m[1] not in cached:
                        return m[0]
                    value = cached[m[1]]
                    done.add(m[1])
                    kind = ' t="str"' if isinstance(value, str) else ""
                    text = escape(value) if isinstance(value, str) else \
                        format(value, "f") if isinstance(value, Decimal) else repr(value)
                    return f'<c r="{m[1]}"{m[2]}{kind}><f>{m[3]}</f><v>{text}</v>'
                data = _FORMULA_CELL.sub(fill, data.decode("utf-8")).encode("utf-8")
                if done != set(cached):  # openpyxl wrote a formula cell some other way: say so, loudly
                    raise RuntimeError(f"formula cells not found in {item.filename}: {sorted(set(cached) - done)}")
            dst.writestr(item, data)
    return out.getvalue()


_LITERAL_START = ("=", "+", "-", "@", "\t", "\r")


def keep_text_literal(wb: Workbook) -> int:
    """Make every cell's text show as typed: no formula but the app's own, and text that a
    spreadsheet program would read as a formula marked with the quote prefix. Returns how many
    cells were made safe."""
    changed = 0
    for ws in wb.worksheets:
        own = getattr(ws, "_frontdesk_formulas", set())
        for cell in ws._cells.values():
            if cell.data_type == "f" and isinstance(cell.value, str) and cell.coordinate not in own:
                cell.data_type = "s"
            if cell.data_type in ("s", "inlineStr") and isinstance(cell.value, str) \
                    and cell.value.startswith(_LITERAL_START):
                cell.quotePrefix = True
                changed += 1
    return changed


def add_chart(ws: Worksheet, table: TableRange, *, category_col: int, value_cols: list[int], title: str,
              kind: str = "column", anchor: str | None = None, y_title: str | None = None):
    """Chart the data rows of ``table``: categories from one column, series from others."""
    chart = {"column": BarChart, "bar": BarChart, "line": LineChart, "pie": PieChart}[kind]()
    if kind == "bar":
        chart.type = "bar"
    chart.title = title
    if y_title and kind != "pie":
        chart.y_axis.title = y_title
    for col in value_cols:
        data = Reference(ws, min_col=col, min_row=table.header_row, max_row=table.last_row)
        chart.add_data(data, titles_from_data=True)
    cats = Reference(ws, min_col=category_col, min_row=table.first_row, max_row=table.last_row)
    chart.set_categories(cats)
    chart.width, chart.height = 18, 9
    ws.add_chart(chart, anchor or f"{get_column_letter(table.columns + 2)}{table.header_row}")
    return chart


def write_register(path: Path, sheet: str, columns: list[XCol], rows: list[list], *, title: str, subtitle: str,
                   total_label: str, total_when: tuple[int, str] | None = None) -> int:
    """A register as a workbook of one sheet (收据登记簿, 工单登记簿 …): title and subtitle rows, the
    table with its formula totals, printed landscape; written through ``save``. Returns the rows."""
    wb = new_workbook()
    write_table(wb.create_sheet(sheet), columns, rows, title=title, subtitle=subtitle.strip(),
                total_label=total_label, total_when=total_when)
    save(wb, path)
    return len(rows)


def new_workbook() -> Workbook:
    wb = Workbook()
    wb.remove(wb.active)
    return wb


def read_first_sheet(path: Path) -> list[tuple]:
    """Every row's values of a workbook's first sheet (for imports), or a Chinese message at the
    file field when the file is not a workbook."""
    from openpyxl import load_workbook

    from frontdesk.core.errors import QT_TRANSLATE_NOOP, DomainError
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "{path} is not an Excel workbook (.xlsx)."), "file",
                          path=Path(path).name) from None
    try:
        return list(wb.worksheets[0].iter_rows(values_only=True))
    finally:
        wb.close()


def save(wb: Workbook, path: Path) -> Path:
    """Write a workbook safely: what people typed shown as text, the file complete or not there."""
    from frontdesk.core.files import write_bytes
    return write_bytes(path, to_bytes(wb))


def to_bytes(wb: Workbook) -> bytes:
    """The workbook's file as ``save`` writes it, kept in memory (a month's report as sent)."""
    keep_text_literal(wb)
    if any(getattr(ws, "_frontdesk_cached", None) for ws in wb.worksheets):
        return _with_cached_values(wb)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
