"""The receipt PDF and the receipt register, read back."""
from datetime import date, timedelta

from decimal import Decimal
import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from frontdesk.core import clock
from frontdesk.core.money import amount_in_words, format_yuan
from frontdesk.fees.documents import receipt_pdf
from frontdesk.fees.service import FeeService
from frontdesk.registration.service import RegistrationService, plan_building
from sqlalchemy import select

from frontdesk.core.models import AuditEntry
from tests.conftest import SUPER_PW
from tests.helpers import pdf_text, sum_formula


@pytest.fixture
def paid(store, supervisor):
    reg = RegistrationService(store)
    reg.create_building_rooms(supervisor, "3", plan_building(2, 12, 2, ["89.55", "120"]), state="已入住")
    fees = FeeService(store)
    item = fees.add_item(supervisor, "WYF", "物业管理费", "area_monthly")
    fees.set_price(supervisor, item, date(2026, 1, 1), "1.85")
    for m in range(1, 7):
        fees.generate_month(supervisor, 2026, m)
    room = reg.search("3-2-1201")[0].room_id
    issued = fees.take_payment(supervisor, room, [b.id for b in fees.due_bills(room)], "现金",
                               cash_received="1000", payer="张三")
    return fees, issued




def test_three_part_receipt(store, paid, tmp_path, zh_translate):
    fees, issued = paid
    pdf, missing = receipt_pdf(store, issued.id, zh_translate)
    assert missing == set() and len(PdfReader(__import__("io").BytesIO(pdf)).pages) == 1
    text = pdf_text(pdf)
    for part in ("第一联存根联", "第二联收据联（交付款人）", "第三联记账联"):
        assert part in text
    assert text.count(issued.number) >= 3 and text.count("2026-01至2026-06") == 3
    words = amount_in_words(issued.total)
    assert text.count(f"合计（大写）：{words}") == 3
    assert text.count(format_yuan(issued.total)) >= 3  # figures and words agree on every part
    assert "3-2-1201" in text and "张三" in text and "收款人" in text and "（盖章）" in text


def test_a5_customer_copy_reprint_and_void(store, supervisor, paid, tmp_path, zh_translate):
    fees, issued = paid
    rid = fees.reprint(supervisor, issued.number)
    pdf, _ = receipt_pdf(store, rid, zh_translate, copy=True, layout="A5")
    text = pdf_text(pdf)
    assert "副本" in text and text.count("第二联") == 1 and "第一联" not in text
    box = PdfReader(__import__("io").BytesIO(pdf)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (420, 595)
    fees.void(supervisor, issued.id, "金额有误")
    assert "作废——金额有误" in pdf_text(receipt_pdf(store, issued.id, zh_translate)[0])


def test_cli_print_and_register(store, supervisor, paid, tmp_path):
    fees, issued = paid
    fees.void(supervisor, issued.id, "重开")
    room = RegistrationService(store).search("3-2-1201")[0].room_id
    again = fees.take_payment(supervisor, room, [b.id for b in fees.due_bills(room)], "微信", reference="42000")
    store.dispose()
    from tests.test_cli import run
    out = tmp_path / "copy.pdf"
    env = {"FRONTDESK_DB": store.url}
    assert run("print", "receipt", again.number, "--out", str(out), "--operator", "nobody", env_extra=env,
               input="x\n").returncode == 1  # a reprint is made by a known operator with their password
    assert run("print", "receipt", again.number, "--out", str(out), "--operator", "zhuguan", env_extra=env,
               input=SUPER_PW + "\n", check_rc=0).stdout.strip() == str(out)
    with store.read() as s:  # recorded in the operator's name, not the system's
        assert s.scalar(select(AuditEntry.operator_name).where(AuditEntry.action == "print")) == "王主管"
    assert "副本" in pdf_text(out.read_bytes())
    reg = tmp_path / "reg.xlsx"
    today = clock.today()
    run("export", "receipts", "--from", str(today - timedelta(days=1)), "--to", str(today), "--out", str(reg),
        env_extra=env, check_rc=0)
    ws = load_workbook(reg)["收据登记簿"]
    assert ws["A1"].value == "翠湖花园 — 收据登记簿"
    assert str(today - timedelta(days=1)) in ws["A2"].value and str(today) in ws["A2"].value
    assert [c.value for c in ws[4]][:3] == ["收据编号", "时间", "交款人"]
    assert [ws.cell(r, 9).value for r in (5, 6)] == ["作废", "正常"]
    assert Decimal(str(ws["F5"].value)) == issued.total  # the voided receipt shows its amount …
    assert ws["A7"].value == "合计" and ws["F7"].value == '=SUMIF(I5:I6,"正常",F5:F6)'  # … the total leaves it out
    assert ws["F7"].data_type == "f"
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth == 1
    assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.print_title_rows == "$4:$4"
    bad = run("export", "receipts", "--from", str(today), "--to", str(today - timedelta(days=3)), "--out",
              str(tmp_path / "none.xlsx"), env_extra=env)
    assert bad.returncode == 1 and "晚于" in bad.stderr and not (tmp_path / "none.xlsx").exists()
    assert run("print", "receipt", "SJ1999-000001", "--out", str(out), "--operator", "zhuguan", env_extra=env,
               input=SUPER_PW + "\n").returncode == 1
