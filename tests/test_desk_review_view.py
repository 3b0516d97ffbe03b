"""Issue 11 at the 收费 tab, driven as a user: pay ahead ticks every month added, Space presses
the focused button, a month far ahead is asked about, 红冲 from its button, a month's bills
cancelled, papers a clerk accepts (receipt, notices)."""
import subprocess
from datetime import date

from PySide6.QtCore import Qt

from frontdesk.core import clock
from frontdesk.fees.service import FeeService
from frontdesk.fees.shift import ShiftService
from frontdesk.ui.print_preview import PrintPreview
from tests.conftest import fill_reason, type_text
from tests.helpers import pdf_text
from tests.test_fees_desk_view import _open
from tests.test_fees_view import window  # noqa: F401 - 3栋, 张三 in 3-2-1201, Jan–Jun billed


def test_pay_ahead_collects_every_month_added(window, store, qtbot):
    tab = _open(window, store)
    tab.form.aheadMonths.setValue(12)
    qtbot.mouseClick(tab.form.aheadButton, Qt.MouseButton.LeftButton)
    assert tab.form.dueTable.rowCount() == 18 and len(tab.ticked()) == 18  # the twelve added are ticked too
    tab.form.cash.setFocus()
    qtbot.keyClicks(tab.form.cash, "3000")
    qtbot.keyClick(tab.form.cash, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert tab.form.dueTable.rowCount() == 0
    text = pdf_text(window.findChildren(PrintPreview)[-1].pdf)
    assert "收款单位：" in text and "收款单位（盖章）：" in text
    # the months that begin after today are paid ahead: 预收 (on 2026-12-02: 2026-01至2026-12, 2027-01至2027-06预收)
    months = [date(2026 + k // 12, k % 12 + 1, 1) for k in range(18)]
    due = [m for m in months if m <= clock.today()]
    ahead = [m for m in months if m > clock.today()]
    for run, mark in ((due, ""), (ahead, "预收")):
        if run:
            assert (f"{run[0]:%Y-%m}" + (f"至{run[-1]:%Y-%m}" if len(run) > 1 else "") + mark) in text


def test_space_presses_the_focused_button_and_ticks_only_in_the_table(window, store, qtbot):
    tab = _open(window, store)
    assert len(tab.ticked()) == 6
    tab.form.aheadButton.setFocus()
    qtbot.keyClick(tab.form.aheadButton, Qt.Key.Key_Space)
    rows = tab.form.dueTable.rowCount()
    assert rows > 6 and len(tab.ticked()) == rows  # the button was pressed; no bill was unticked
    tab.form.dueTable.setFocus()
    tab.form.dueTable.setCurrentCell(0, 0)
    qtbot.keyClick(tab.form.dueTable, Qt.Key.Key_Space)
    assert len(tab.ticked()) == rows - 1


def test_a_month_far_ahead_is_asked_about(window, store, qtbot, boxes):
    tab = _open(window, store)
    boxes.texts.append("2036-11")
    boxes.answer = False
    assert tab.bill_month() is None
    kind, text = boxes.shown[-1]
    assert kind == "ask" and "2036-11" in text and "48 户" in text
    assert all(b.period_start.year == 2026 for b in FeeService(store).due_bills(tab.room_id, date(2037, 1, 1)))


def test_reverse_from_its_button_and_cancel_a_month(window, store, supervisor, qtbot, boxes):
    tab = _open(window, store)
    tab.form.cash.setText("1000")
    tab.take_payment()
    tab.form.receiptsTable.selectRow(0)
    ShiftService(store).close(supervisor, "994.02")
    tab.open_room(tab.room_id)
    tab.form.receiptsTable.selectRow(0)
    assert not tab.form.voidButton.isEnabled() and tab.form.reverseButton.isEnabled()
    # her drawer was handed over at the close: paying ¥994.02 back in cash is asked about first;
    # she says no, and the dialog stays open for her to choose a transfer instead
    boxes.answer = False

    def by_transfer(dlg):
        assert dlg.isVisible() and "备用金" in boxes.shown[-1][1] and "¥994.02" in boxes.shown[-1][1]
        assert [dlg.form.method.itemData(i) for i in range(dlg.form.method.count())][0] == "现金"
        dlg.form.method.setCurrentIndex(dlg.form.method.findData("转账"))
        dlg.form.reference.setFocus()
        type_text(qtbot, dlg.form.reference, "6222 0210 0000 0001")
        qtbot.keyClick(dlg.form.reference, Qt.Key.Key_Return)

    done = fill_reason(qtbot, then=by_transfer, reason="业主要求退费")
    qtbot.mouseClick(tab.form.reverseButton, Qt.MouseButton.LeftButton)
    done.check()
    text = pdf_text(window.findChildren(PrintPreview)[-1].pdf)
    original = tab.receipts[1][1]
    assert "红冲" in text and f"红冲原收据{original}" in text and "-¥994.02" in text and "转账" in text
    assert [m for m, _ in ShiftService(store).figures(supervisor).by_method.items()] == ["转账"]
    assert tab.receipts[0][5] == f"红冲 {original}" and tab.receipts[1][5] == "已红冲"
    assert tab.form.dueTable.rowCount() == 6
    # June was billed by mistake: the supervisor cancels it
    boxes.texts.append("2026-06")
    done = fill_reason(qtbot, reason="六月标准未定，撤销重开")
    qtbot.mouseClick(tab.form.cancelMonthButton, Qt.MouseButton.LeftButton)
    done.check()
    assert tab.form.dueTable.rowCount() == 5
    assert boxes.shown[-1][0] == "info" and "48 笔" in boxes.shown[-1][1]


def test_each_notice_has_its_own_number_and_pages(window, store, supervisor, qtbot):
    from frontdesk.fees.arrears import ArrearsService
    from frontdesk.fees.documents import notices_pdf
    from frontdesk.i18n import translate
    svc = ArrearsService(store)
    notices = svc.notices([r.room_id for r in svc.arrears()][:5])
    doc = notices_pdf(store, notices, translate)
    pdf = doc.build()
    text = pdf_text(pdf)
    year = clock.today().year
    assert [f"TZ{year}-00000{i}" in text for i in range(1, 6)] == [True] * 5
    assert text.count("第1页共1页") == 5 and "共5页" not in text
    assert text.count("示例物业服务有限公司（盖章）") == 5  # each notice's seal area names the company
    lines = subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True).stdout.decode()
    assert not [ln for ln in lines.splitlines() if ln.strip().startswith(("。", "，", "）"))]


def test_the_receipt_register_from_the_tab_prints_as_a_clerk_expects(window, store, supervisor, qtbot, boxes,
                                                                    tmp_path):
    from openpyxl import load_workbook
    tab = _open(window, store)
    tab.form.cash.setText("1000")
    tab.take_payment()
    tab.form.receiptsTable.selectRow(0)
    done = fill_reason(qtbot, reason="重开")
    tab.void()
    done.check()
    tab.form.cash.setText("1000")
    tab.take_payment()
    boxes.texts.append("")  # this month
    boxes.files.append(str(tmp_path / "登记簿"))
    qtbot.mouseClick(tab.form.registerButton, Qt.MouseButton.LeftButton)
    assert boxes.shown[-1][0] == "info" and "2 张收据" in boxes.shown[-1][1]
    ws = load_workbook(tmp_path / "登记簿.xlsx").worksheets[0]
    assert ws["A1"].value == "翠湖花园 — 收据登记簿" and ws["C5"].value == "张三"  # the payer is there
    assert [ws["I5"].value, ws["I6"].value] == ["作废", "正常"] and ws["F5"].value == ws["F6"].value == 994.02
    assert ws["F7"].value == '=SUMIF(I5:I6,"正常",F5:F6)'
    assert ws.page_setup.orientation == "landscape" and ws.print_title_rows == "$4:$4"
