"""The fees tab's other work, driven as a user: the late fee and its waiver, part payments, one-off
charges, billing a month behind a progress bar, meter readings from a sheet, the arrears list with
reminders and batch notices, the property's deposits held, and 收费 from the room card."""
from datetime import date
from decimal import Decimal

from openpyxl import load_workbook
from PySide6.QtCore import Qt

from frontdesk.core.settings import SettingsService
from frontdesk.fees.deposits import DepositService
from frontdesk.fees.service import FeeService
from frontdesk.ui.print_preview import PrintPreview
from tests.conftest import type_text, when_modal
from tests.helpers import pdf_text
from tests.test_fees_view import window  # noqa: F401 - the shared fixture: 3栋, 张三 in 3-2-1201, Jan–Jun billed


def _room(store, code="3-2-1201"):
    from frontdesk.registration.service import RegistrationService
    return RegistrationService(store).search(code)[0].room_id


def _open(window, store, code="3-2-1201"):
    window.form.tabs.setCurrentWidget(window.pages["fees"])
    window.fees.open_room(_room(store, code))
    return window.fees


def test_late_fee_shown_and_waived_by_the_supervisor(window, store, supervisor, qtbot, boxes):
    SettingsService(store).update(supervisor, late_fee_enabled=True, late_fee_rate="0.03", late_fee_grace_days=15)
    tab = _open(window, store)
    late = sum((b.late_fee for b in FeeService(store).due_bills(tab.room_id)), Decimal("0"))
    assert late > 0 and tab.form.lateLabel.isVisibleTo(tab)
    assert f"{late:,.2f}" in tab.form.lateLabel.text()
    assert tab.form.totalLabel.text() == f"合计 ¥{Decimal('994.02') + late:,.2f}"
    boxes.texts.append("孤寡老人，经理同意")
    qtbot.mouseClick(tab.form.waiveButton, Qt.MouseButton.LeftButton)
    assert "已减免" in tab.form.lateLabel.text() and tab.form.totalLabel.text() == "合计 ¥994.02"
    tab.form.cash.setText("1000")
    qtbot.keyClick(tab.form.cash, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    text = pdf_text(window.findChildren(PrintPreview)[-1].pdf)
    assert "已减免：孤寡老人，经理同意" in text and "994.02" in text


def test_receptionist_cannot_waive(store, receptionist, zh_app, qtbot):
    from frontdesk.window import MainWindow
    w = MainWindow(store, receptionist)
    qtbot.addWidget(w)
    assert not w.fees.form.waiveButton.isEnabled()


def test_part_payment_from_the_tab(window, store, supervisor, qtbot, boxes):
    tab = _open(window, store)
    assert not tab.form.amount.isVisibleTo(tab)  # off by default
    SettingsService(store).update(supervisor, partial_payments=True)
    tab.open_room(tab.room_id)
    assert tab.form.amount.isVisibleTo(tab)
    qtbot.keyClicks(tab.form.amount, "999999")
    qtbot.keyClick(tab.form.amount, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "不超过 ¥994.02" in tab.errors.text("amount")
    tab.form.amount.clear()
    qtbot.keyClicks(tab.form.amount, "400")
    assert tab.form.totalLabel.text() == "合计 ¥400.00"
    qtbot.keyClick(tab.form.amount, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert tab.form.dueTable.rowCount() == 4  # two months paid whole, the third in part
    assert "已付 68.66" in tab.form.dueTable.item(0, 2).text() and tab.form.dueTable.item(0, 3).text() == "97.01"


def test_one_off_charge(window, store, supervisor, qtbot):
    fees = FeeService(store)
    fees.add_item(supervisor, "YCWX", "有偿维修", "service")
    tab = _open(window, store)

    def fill(dlg):
        dlg.form.item.setCurrentIndex(dlg.form.item.findText("有偿维修"))
        qtbot.keyClicks(dlg.form.amount, "0")
        assert not dlg.submit() and "金额须大于 ¥0.00" in dlg.errors.text("amount")
        dlg.form.amount.clear()
        qtbot.keyClicks(dlg.form.amount, "85.50")
        type_text(qtbot, dlg.form.description, "更换水龙头")
        qtbot.keyClick(dlg.form.description, Qt.Key.Key_Return)

    done = when_modal(qtbot, fill)
    qtbot.mouseClick(tab.form.oneOffButton, Qt.MouseButton.LeftButton)
    done.check()
    assert tab.form.dueTable.rowCount() == 7
    assert tab.form.dueTable.item(6, 0).text() == "有偿维修" and "更换水龙头" in tab.form.dueTable.item(6, 2).text()


def test_bill_a_month_behind_a_progress_bar(window, store, qtbot, boxes):
    tab = _open(window, store)
    boxes.texts.append("2026-13")
    assert tab.bill_month() is None and "年-月" in boxes.shown[-1][1]
    boxes.texts.append("2026-07")
    job = tab.bill_month()
    with qtbot.waitSignal(job.finished, timeout=20000):
        pass
    assert boxes.shown[-1] == ("info", "2026-07 已生成 48 笔应收。")
    assert tab.form.dueTable.rowCount() == 7


def test_meter_readings_dialog(window, store, supervisor, qtbot, boxes, tmp_path):
    from frontdesk.fees.desk_dialogs import ReadingsDialog
    fees = FeeService(store)
    water = fees.add_item(supervisor, "SF", "水费", "metered")
    fees.set_price(supervisor, water, date(2026, 1, 1), "4.2")
    dlg = ReadingsDialog(store, supervisor, window)
    qtbot.addWidget(dlg)
    sheet = tmp_path / "抄表.xlsx"
    boxes.files.append(str(sheet))
    qtbot.mouseClick(dlg.form.sheetButton, Qt.MouseButton.LeftButton)
    wb = load_workbook(sheet)
    ws = wb.active
    assert ws.max_row == 49  # the header and 48 rooms
    ws["C2"], ws["C3"] = 10, "abc"
    wb.save(sheet)
    boxes.files.append(str(sheet))
    qtbot.mouseClick(dlg.form.importButton, Qt.MouseButton.LeftButton)
    assert "没有导入" in dlg.form.result.toPlainText() and "第 3 行" in dlg.form.result.toPlainText()
    ws["C3"] = 20
    wb.save(sheet)
    boxes.files.append(str(sheet))
    qtbot.mouseClick(dlg.form.importButton, Qt.MouseButton.LeftButton)
    assert "2 块表为首次抄表" in dlg.form.result.toPlainText()


def test_arrears_reminders_and_a_buildings_notices(window, store, supervisor, qtbot, boxes):
    from frontdesk.fees.desk_dialogs import ArrearsDialog
    tab = _open(window, store)
    tab.form.cash.setText("1000")
    tab.take_payment()  # 3-2-1201 pays: 47 rooms owe
    dlg = ArrearsDialog(store, supervisor, window, preview=window.preview_pdf)
    qtbot.addWidget(dlg)
    f = dlg.form
    assert dlg.model.rowCount() == 47 and "共 47 户欠费" in f.summary.text()
    f.minMonths.setCurrentIndex(f.minMonths.findData(12))
    assert dlg.model.rowCount() == 0
    f.minMonths.setCurrentIndex(0)
    f.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert dlg.model.rows[0][0] == "3-1-101"
    f.table.selectRow(0)
    f.method.setCurrentIndex(f.method.findData("电话"))
    type_text(qtbot, f.outcome, "业主说下月来交")
    qtbot.mouseClick(f.remindButton, Qt.MouseButton.LeftButton)
    assert f.history.rowCount() == 1 and f.history.item(0, 2).text() == "业主说下月来交"
    assert dlg.model.rows[0][7].startswith("电话")
    job = dlg.print_batch(letter=False)
    with qtbot.waitSignal(job.finished, timeout=30000):
        pass
    preview = window.findChildren(PrintPreview)[-1]
    text = pdf_text(preview.pdf)
    assert text.count("缴费通知单") >= 47 and "3-1-101" in text
    dlg.print_batch(letter=True)  # nobody is due a letter yet
    assert boxes.shown[-1] == ("info", "列表中没有需要打印的房屋。")
    # double-click → collect from that room
    dlg.collect.connect(lambda rid: setattr(dlg, "picked", rid))
    dlg._collect()
    assert dlg.picked == _room(store, "3-1-101")


def test_deposits_held_for_the_whole_property(window, store, supervisor, qtbot):
    from frontdesk.fees.deposit_dialog import DepositsDialog
    deposits = DepositService(store)
    deposits.collect(supervisor, _room(store), "装修押金（业主）", "2000", "现金")
    deposits.collect(supervisor, _room(store, "3-1-101"), "出入证押金", "50", "现金")
    deposits.collect(supervisor, _room(store, "3-1-102"), "出入证押金", "50", "现金")
    deposits.refund(supervisor, deposits.list()[-1].id)  # the last one taken is given back
    dlg = DepositsDialog(store, supervisor, None, parent=window)
    qtbot.addWidget(dlg)
    assert not dlg.form.collectBox.isVisibleTo(dlg)
    assert dlg.form.table.rowCount() == 2 and "¥2,050.00" in dlg.form.heldLabel.text()
    assert "出入证押金 ¥50.00" in dlg.form.byKindLabel.text()
    dlg.form.kindFilter.setCurrentIndex(dlg.form.kindFilter.findData("出入证押金"))
    assert dlg.form.table.rowCount() == 1 and dlg.form.table.item(0, 0).text() == "3-1-101"


def test_collect_from_the_room_card(window, store, qtbot):
    reg = window.registration
    reg.open_room(_room(store))
    assert "欠费 ¥994.02：6 笔，最早 2026-01。" in reg.form.card.toPlainText()
    qtbot.keyClick(reg, Qt.Key.Key_F8)
    assert window.form.tabs.currentWidget() is window.pages["fees"]
    assert window.fees.room_id == _room(store) and window.fees.form.dueTable.rowCount() == 6
