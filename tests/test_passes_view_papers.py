"""The money of the 证件 tab on paper, on the real main window: the receipts of 收款 (each an original,
not 副本) and the refund vouchers of 退证, 验收 and 退施工方押金 open in the print preview as on the 收费
tab — fees prints them (``Task.papers``), read back from the PDF."""
from datetime import datetime, time, timedelta

from PySide6.QtCore import Qt

from frontdesk.core import clock
from frontdesk.passes.service import PassService
from tests.conftest import type_text
from tests.helpers import pdf_text
from tests.test_passes_view import RIC, _modal, window  # noqa: F401 - the fixture


def _approved(store, supervisor, room):
    """A renovation applied for, tested and approved through the service: its money is owed."""
    svc = PassService(store)
    today = clock.today()
    number = svc.apply(supervisor, room, contractor="美家装饰工程有限公司", manager="赵工",
                       manager_phone="13911112222", workers=3, works=["水电改造"], start=today,
                       end=today + timedelta(days=60), documents=["申请表", "平面图", "装修协议"])
    reno = svc.renovation_of(number)
    svc.record_test(supervisor, reno.id, "water", "合格", today, "工程部 刘工")
    svc.record_test(supervisor, reno.id, "pressure", "暂缓（供暖期）", today, "工程部 刘工")
    svc.sign_off(supervisor, reno.id, True, "刘工")
    svc.approve(supervisor, reno.id)
    return svc.renovation(reno.id)


def _take_money(qtbot, tab, reno):
    f = tab.form
    tab.reload()
    f.sections.setCurrentWidget(f.renovationsPage)
    assert tab.select(f.renovations, reno.id)
    _modal(qtbot, lambda dlg: qtbot.keyClick(dlg.form.method, Qt.Key.Key_Return),
           lambda: qtbot.mouseClick(f.payButton, Qt.MouseButton.LeftButton))


def test_the_money_taken_prints_each_receipt_as_the_original(window, store, supervisor, qtbot):
    """收款 in cash: the cash received typed, the change shown as on the 收费 tab (too little is refused
    at the field, nothing taken); then each receipt opens in the preview, none a 副本."""
    tab = window.passes
    f = tab.form
    svc = PassService(store)
    reno = _approved(store, supervisor, window.room)
    tab.reload()
    f.sections.setCurrentWidget(f.renovationsPage)
    assert tab.select(f.renovations, reno.id)
    window.previews.clear()
    seen = {}

    def money(dlg):
        g = dlg.form
        assert g.amount.hasFocus() and g.method.currentData() == "现金"
        type_text(qtbot, g.amount, "5000")
        seen["short"] = dlg.change.text()
        qtbot.keyClick(g.amount, Qt.Key.Key_Return)  # too little: said at the field, nothing taken
        seen["fault"] = dlg.errors.text("cash_received")
        seen["owed"] = svc.renovation(reno.id).owed
        g.amount.clear()
        type_text(qtbot, g.amount, "5400")
        seen["change"] = dlg.change.text()
        g.method.setCurrentIndex(g.method.findData("微信"))  # not cash: no cash to give change from
        seen["not cash"] = (g.amount.isEnabled(), dlg.change.text())
        g.method.setCurrentIndex(g.method.findData("现金"))
        qtbot.keyClick(g.amount, Qt.Key.Key_Return)

    _modal(qtbot, money, lambda: qtbot.mouseClick(f.payButton, Qt.MouseButton.LeftButton))
    assert seen["short"] and "100" not in seen["short"] and seen["fault"] and len(seen["owed"]) == 3
    assert "¥100.00" in seen["change"] and seen["not cash"] == (False, "")
    assert "¥100.00" in window.statusBar().currentMessage()
    receipts = [m.receipt for m in svc.renovation(reno.id).money]
    assert len(receipts) == 3 and all(n and n.startswith("SJ") for n in receipts)
    assert len(window.previews) == 3 and all(n in title for (_pdf, title), n in zip(window.previews, receipts))
    for (pdf, _title), number in zip(window.previews, receipts):
        text = pdf_text(pdf)
        assert number in text and "副本" not in text and "收款单位" in text


def test_the_deposits_paid_back_print_their_refund_vouchers(window, store, supervisor, qtbot):
    tab = window.passes
    f = tab.form
    svc = PassService(store)
    reno = _approved(store, supervisor, window.room)
    _take_money(qtbot, tab, reno)
    svc.issue(supervisor, reno.id)
    worker = svc.issue_worker(supervisor, reno.id, name="孙师傅", id_number=RIC, phone="13700001111", trade="水电",
                              valid_to=clock.today() + timedelta(days=30))

    # 退证: the worker's deposit back, its voucher for the worker to sign
    window.previews.clear()
    tab.reload()
    f.sections.setCurrentWidget(f.docsPage)
    f.liveOnly.setChecked(False)
    assert tab.select(f.docs, svc.doc(worker.number).id)
    _modal(qtbot, lambda dlg: qtbot.keyClick(dlg.form.method, Qt.Key.Key_Return),
           lambda: qtbot.mouseClick(f.returnButton, Qt.MouseButton.LeftButton))
    voucher = svc.doc(worker.number).money[0].voucher
    assert voucher and voucher.startswith("TK")
    (pdf, title), = window.previews
    text = pdf_text(pdf)
    assert voucher in title and voucher in text and "押金退还凭证" in text and "孙师傅" in text

    # 验收: the owner's deposit back at once
    window.previews.clear()
    f.sections.setCurrentWidget(f.renovationsPage)
    tab.select(f.renovations, reno.id)
    def accept(dlg):
        seen["reference"] = dlg.form.referenceLabel.text()
        qtbot.keyClick(dlg.form.passed, Qt.Key.Key_Return)

    seen = {}
    _modal(qtbot, accept, lambda: qtbot.mouseClick(f.acceptButton, Qt.MouseButton.LeftButton))
    assert "退款凭证" not in seen["reference"] and ("流水号" in seen["reference"] or "transaction" in seen["reference"])
    owner = next(m for m in svc.renovation(reno.id).money if m.what == "装修押金（业主）")
    (pdf, title), = window.previews
    text = pdf_text(pdf)
    assert owner.voucher and owner.voucher in title and owner.voucher in text
    assert "装修押金（业主）" in text and "贰仟元整" in text

    # 退施工方押金, once its months are over
    window.previews.clear()
    due = svc.renovation(reno.id).contractor_refund_due
    with clock.pinned(datetime.combine(due, time(10))):
        tab.reload()
        tab.select(f.renovations, reno.id)
        _modal(qtbot, lambda dlg: qtbot.keyClick(dlg.form.method, Qt.Key.Key_Return),
               lambda: qtbot.mouseClick(f.refundButton, Qt.MouseButton.LeftButton))
    contractor = next(m for m in svc.renovation(reno.id).money if m.what == "装修押金（施工方）")
    (pdf, title), = window.previews
    text = pdf_text(pdf)
    assert contractor.status == "refunded" and contractor.voucher in title
    assert contractor.voucher in text and "美家装饰工程有限公司" in text
