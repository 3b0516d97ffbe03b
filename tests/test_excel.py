"""Report workbooks: real typed cells, formats, frozen header, filters, widths, totals, charts."""
from datetime import date, datetime
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from frontdesk.core import excel
from tests.helpers import sum_formula


def test_write_table_reads_back_with_types_and_totals(tmp_path):
    wb = excel.new_workbook()
    ws = wb.create_sheet("收费")
    cols = [excel.XCol("房号"), excel.XCol("身份证号", "id"), excel.XCol("月数", "int", total=True),
            excel.XCol("应收", "money", total=True), excel.XCol("日期", "date"), excel.XCol("收费率", "percent")]
    rows = [["1-1-101", "110105194912310021", 3, Decimal("1234.50"), date(2026, 11, 1), Decimal("0.955")],
            ["1-1-102", "11010519491231002X", 1, Decimal("0.05"), date(2026, 11, 2), Decimal("1")],
            ["12-2-2601", "110105194912310048", 12, Decimal("100000.01"), date(2026, 11, 3), Decimal("0.5")]]
    t = excel.write_table(ws, cols, rows, title="2026年11月收费明细")
    excel.add_chart(ws, t, category_col=1, value_cols=[4], title="应收")
    path = excel.save(wb, tmp_path / "r.xlsx")

    ws = load_workbook(path)["收费"]
    assert ws["A1"].value == "2026年11月收费明细"
    assert [c.value for c in ws[3]] == ["房号", "身份证号", "月数", "应收", "日期", "收费率"]
    assert ws.freeze_panes == "A4"
    assert ws.auto_filter.ref == "A3:F6"
    assert ws["B4"].value == "110105194912310021" and ws["B4"].number_format == "@"  # ID stays text
    assert ws["C4"].value == 3 and isinstance(ws["C4"].value, int)
    assert ws["D4"].value == pytest.approx(1234.5) and ws["D4"].number_format == "#,##0.00"
    assert isinstance(ws["E4"].value, datetime) and ws["E4"].number_format == "yyyy-mm-dd"
    assert ws["F4"].number_format == "0.0%"
    assert ws["A7"].value == "合计"
    assert ws["C7"].value == "=SUM(C4:C6)" and sum_formula(ws, "C7") == 16  # a formula: edits re-add
    assert sum_formula(ws, "D7") == Decimal("101234.56")
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth == 1
    assert ws.page_setup.fitToHeight == 0 and ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows == "$3:$3"  # the header row on every printed page
    assert ws.column_dimensions["B"].width >= 18 and ws.column_dimensions["A"].width >= 8
    assert len(ws._charts) == 1


def test_money_columns_refuse_floats(tmp_path):
    wb = excel.new_workbook()
    with pytest.raises(TypeError):
        excel.write_table(wb.create_sheet("x"), [excel.XCol("金额", "money")], [[1.1]])


def test_empty_table_still_has_header_filter_and_zero_total(tmp_path):
    wb = excel.new_workbook()
    ws = wb.create_sheet("空")
    t = excel.write_table(ws, [excel.XCol("项目"), excel.XCol("金额", "money", total=True)], [])
    assert (t.first_row, t.last_row, t.total_row) == (2, 1, 2)
    assert ws["B2"].value == 0 and ws.auto_filter.ref == "A1:B1"
