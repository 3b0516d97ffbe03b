"""The 收费 tab from the keyboard: find the room, Ctrl+Enter, the receipt in the preview; void."""
from datetime import date

import pytest
from PySide6.QtCore import Qt

from frontdesk.core import clock
from frontdesk.core.money import amount_in_words
from frontdesk.fees.service import FeeService
from frontdesk.registration.service import RegistrationService, plan_building
from frontdesk.window import MainWindow
from frontdesk.ui.print_preview import PrintPreview
from tests.helpers import pdf_text
from tests.conftest import fill_reason, open_main_window, type_text


@pytest.fixture
def window(store, supervisor, zh_app, qtbot):
    reg = RegistrationService(store)
    reg.create_building_rooms(supervisor, "3", plan_building(2, 12, 2, ["89.55", "120"]), state="已入住")
    room = reg.search("3-2-1201")[0].room_id
    reg.add_person(supervisor, room, name="张三", relation="业主")
    fees = FeeService(store)
    item = fees.add_item(supervisor, "WYF", "物业管理费", "area_monthly")
    fees.set_price(supervisor, item, date(2026, 1, 1), "1.85")
    for m in range(1, 7):
        fees.generate_month(supervisor, 2026, m)
    return open_main_window(qtbot, store, supervisor)




def test_collect_six_months_from_the_keyboard_and_void(window, store, qtbot, tmp_path, boxes):
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    tab = window.fees
    assert window.form.tabs.currentWidget() is window.pages["fees"]
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(tab.search, "3-2-1201")
    tab.search.flush()
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert "3栋2单元1201" in tab.form.roomLabel.text() and tab.form.payer.text() == "张三"
    assert tab.form.dueTable.rowCount() == 6 and len(tab.ticked()) == 6
    assert tab.form.totalLabel.text() == "合计 ¥994.02"
    assert tab.form.wordsLabel.text() == amount_in_words("994.02")
    # too little cash: refused at the field, nothing written
    tab.form.cash.setFocus()
    qtbot.keyClicks(tab.form.cash, "900")
    qtbot.keyClick(tab.form.cash, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "金额须在 ¥994.02 至 ¥10,994.02 之间" in tab.errors.text("cash_received")
    assert len(FeeService(store).due_bills(tab.room_id)) == 6
    tab.form.cash.clear()
    qtbot.keyClicks(tab.form.cash, "1000")
    assert tab.form.changeLabel.text() == "找零 ¥5.98"
    qtbot.keyClick(tab.form.cash, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    preview = window.findChildren(PrintPreview)[-1]
    text = pdf_text(preview.pdf)
    assert "2026-01至2026-06" in text and f"合计（大写）：{amount_in_words('994.02')}" in text
    assert tab.form.dueTable.rowCount() == 0 and tab.form.receiptsTable.rowCount() == 1
    # the supervisor voids it: the bills are due again
    tab.form.receiptsTable.selectRow(0)
    assert tab.form.voidButton.isEnabled() and not tab.form.reverseButton.isEnabled()  # its shift is open
    done = fill_reason(qtbot, reason="收款方式选错")
    qtbot.mouseClick(tab.form.voidButton, Qt.MouseButton.LeftButton)
    done.check()
    assert tab.form.dueTable.rowCount() == 6
    assert tab.form.receiptsTable.item(0, 4).text() == "作废"
    tab.form.receiptsTable.selectRow(0)
    copy = tab.reprint()
    assert "副本" in pdf_text(copy.pdf) and "作废" in pdf_text(copy.pdf)


def test_receptionist_cannot_void(store, receptionist, zh_app, qtbot):
    w = MainWindow(store, receptionist)
    qtbot.addWidget(w)
    assert not w.fees.form.voidButton.isEnabled()


def test_price_standards_dialog(store, supervisor, receptionist, zh_app, qtbot):
    from PySide6.QtCore import QDate

    from frontdesk.fees.dialogs import FeeItemsDialog
    dlg = FeeItemsDialog(store, supervisor)
    qtbot.addWidget(dlg)
    dlg.show()
    f = dlg.form
    qtbot.keyClicks(f.code, "TCF")
    qtbot.mouseClick(f.addButton, Qt.MouseButton.LeftButton)
    assert dlg.errors.text("name") == "请填写收费项目的代码和名称。"
    from tests.conftest import type_text
    type_text(qtbot, f.name, "停车费")
    f.rule.setCurrentIndex(f.rule.findData("unit_monthly"))
    qtbot.mouseClick(f.addButton, Qt.MouseButton.LeftButton)
    assert f.items.rowCount() == 1 and f.items.item(0, 2).text() == "按月（如车位）"
    f.validFrom.setDate(QDate(2026, 1, 1))
    qtbot.keyClicks(f.price, "-5")
    qtbot.mouseClick(f.priceButton, Qt.MouseButton.LeftButton)
    assert dlg.errors.text("price") == "金额须大于 ¥0.00，且不超过 ¥100,000.00。"
    f.price.clear()
    qtbot.keyClicks(f.price, "150")
    qtbot.mouseClick(f.priceButton, Qt.MouseButton.LeftButton)
    assert f.items.item(0, 5).text() == "150.00" and f.items.item(0, 6).text() == "2026-01-01"
    qtbot.keyClicks(f.price, "160")
    qtbot.mouseClick(f.priceButton, Qt.MouseButton.LeftButton)  # the same day twice
    assert "已有自 2026-01-01 起生效" in dlg.errors.text("valid_from")
    clerk = FeeItemsDialog(store, receptionist)
    qtbot.addWidget(clerk)
    assert not clerk.form.itemBox.isEnabled() and not clerk.form.priceBox.isEnabled()


def test_close_the_shift_and_print_it(window, store, qtbot, tmp_path, boxes):
    tab = window.fees
    room = __import__("frontdesk.registration.service", fromlist=["x"]).RegistrationService(store).search("3-2-1201")[0]
    tab.open_room(room.room_id)
    tab.form.cash.setText("1000")
    tab.take_payment()
    seen = {}

    def blind(dlg):  # the expected cash is not on the form; a difference tells it and asks why
        seen["info"] = dlg.form.info.text()
        seen["error"] = dlg.errors.text("difference_reason")
        type_text(qtbot, dlg.form.reason, "少收两分硬币")
        qtbot.keyClick(dlg.form.reason, Qt.Key.Key_Return)

    done = fill_reason(qtbot, then=blind, amount="994.00")
    boxes.answer = False  # the key cabinet's count that follows is its own test (test_keys_view)
    preview = tab.close_shift()
    done.check()
    assert any(kind == "ask" and "钥匙" in text for kind, text in boxes.shown)
    assert "994.02" not in seen["info"] and "1 张收据" in seen["info"]
    assert seen["error"] == "清点现金 ¥994.00，应有 ¥994.02（差额 -¥0.02）。请重新清点，或填写差额原因。"
    text = pdf_text(preview.pdf)
    for expected in ("交班日结单", "应有现金：¥994.02", "清点现金：¥994.00", "差额：-¥0.02", "物业管理费", "交班人", "接班人",
                     f"JB{clock.today().year}-000001", "差额原因：少收两分硬币"):
        assert expected in text, expected
    errors = {}
    done = fill_reason(qtbot, then=lambda dlg: errors.update(cash=dlg.errors.text("cash_counted")), amount="0")
    assert tab.close_shift() is None  # nothing new to close
    done.check()
    assert "没有可交班的内容" in errors["cash"]


def test_take_and_refund_a_deposit(window, store, supervisor, qtbot, tmp_path, boxes):
    from frontdesk.fees.deposit_dialog import DepositsDialog
    room = __import__("frontdesk.registration.service", fromlist=["x"]).RegistrationService(store).search("3-2-1201")[0]
    dlg = DepositsDialog(store, supervisor, room.room_id, "3栋2单元1201", window, preview=window.preview_pdf,
                         payer="张三")
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.keyClicks(dlg.form.amount, "-1")
    qtbot.mouseClick(dlg.form.collectButton, Qt.MouseButton.LeftButton)
    assert "金额须大于 ¥0.00" in dlg.errors.text("amount")
    dlg.form.amount.clear()
    qtbot.keyClicks(dlg.form.amount, "2000")
    qtbot.mouseClick(dlg.form.collectButton, Qt.MouseButton.LeftButton)
    receipt = window.findChildren(PrintPreview)[-1]
    assert "押金装修押金（业主）" in pdf_text(receipt.pdf)
    assert dlg.form.table.rowCount() == 1 and dlg.form.table.item(0, 4).text() == "在押"
    dlg.form.table.selectRow(0)
    done = fill_reason(qtbot, method="微信", reference="WX20261201")
    voucher = dlg.refund()
    done.check()
    text = pdf_text(voucher.pdf)
    assert "押金退还凭证" in text and "退还金额（大写）：人民币贰仟元整" in text and "领款人" in text
    assert "退还方式：微信（WX20261201）" in text
    assert dlg.form.table.item(0, 4).text() == "已退还" and dlg.form.table.item(0, 6).text().startswith("TK")
    done = fill_reason(qtbot)
    assert dlg.refund() is None and "不能再次处理" in boxes.shown[-1][1]  # never twice
    done.check()
    qtbot.keyClicks(dlg.form.amount, "3000")
    dlg.form.kind.setCurrentIndex(1)
    dlg.collect()
    dlg.form.table.selectRow(1)
    errors = {}

    def all_at_once(d):  # an empty amount and reason: both told at once, at their fields
        errors.update(amount=d.errors.text("amount"), reason=d.errors.text("reason"))
        d.form.amount.setFocus()
        type_text(qtbot, d.form.amount, "500")
        d.form.reason.setFocus()
        type_text(qtbot, d.form.reason, "损坏公共设施")
        qtbot.keyClick(d.form.reason, Qt.Key.Key_Return)

    done = fill_reason(qtbot, then=all_at_once)
    voucher = dlg.forfeit()
    done.check()
    assert errors == {"amount": "请填写金额。", "reason": "扣除押金须填写原因。"}
    text = pdf_text(voucher.pdf)
    assert "扣除原因：损坏公共设施" in text and "人民币贰仟伍佰元整" in text
