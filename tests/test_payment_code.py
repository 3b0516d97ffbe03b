"""The property's payment code (收款码, issue 23 item 4): loaded in 设置 → 物业信息, checked when
loaded (a picture, at most 2 MB, one QR code that decodes), kept with what it says and audited;
printed on every payment notice and 催缴函 beside the room to note in the payment, large enough for a
phone, and every notice still one page. The PDFs are read back as a resident's phone would: the
page rendered (pdftoppm) and its codes decoded by zbar — another decoder than the one that checked
the picture (zxing-cpp)."""
import io
import json
import subprocess
from datetime import date

import pytest
from sqlalchemy import select

from frontdesk.core.errors import ValidationError
from frontdesk.core.models import AuditEntry, Setting
from frontdesk.core.money import format_yuan
from frontdesk.core.settings import PAYMENT_CODE_IMAGE, SettingsService
from frontdesk.fees.arrears import ArrearsService, Notice
from frontdesk.fees.documents import PAY_CAPTION, notices_pdf
from tests.helpers import pdf_text, qr_picture
from tests.test_fees_service import desk  # noqa: F401 - the shared fixture

WECHAT = "wxp://f2f0Q7kZ3mVb2yXc9LrT4nHsWq8eJdP1uA"


def _codes(pdf: bytes, tmp_path, name: str = "page") -> list[str]:
    """The QR codes on the PDF's first page as a phone reads them: rendered at 200 dpi, zbar."""
    pyzbar = pytest.importorskip("pyzbar.pyzbar")
    from PIL import Image
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "200", "-png", "-f", "1", "-l", "1", str(path), str(tmp_path / name)], check=True)
    image = Image.open(next(tmp_path.glob(f"{name}*.png")))
    return sorted(c.data.decode() for c in pyzbar.decode(image, symbols=[pyzbar.ZBarSymbol.QRCODE]))


def _stored(store) -> dict:
    with store.read() as s:
        return dict(s.execute(select(Setting.key, Setting.value).where(
            Setting.key.in_(("payment_code", PAYMENT_CODE_IMAGE)))).all())


def test_a_picture_that_is_no_payment_code_is_refused_at_its_field(store, supervisor):
    from PIL import Image
    svc = SettingsService(store)
    blank = io.BytesIO()
    Image.new("RGB", (400, 400), (240, 240, 240)).save(blank, "PNG")
    gif = io.BytesIO()
    Image.open(io.BytesIO(qr_picture(WECHAT))).save(gif, "GIF")
    hotline = svc.get().hotline
    huge = qr_picture(WECHAT) + bytes(40 * 1024 * 1024)  # a 40 MB file (a PNG with 40 MB after its end)
    for bad, says in ((b"%PDF-1.4 not a picture at all", "not a picture"), (huge, "40.0 MB"),
                      (blank.getvalue(), "No QR code"), (gif.getvalue(), "GIF"), (b"", "empty")):
        with pytest.raises(ValidationError) as err:
            svc.update(supervisor, payment_code=bad, hotline="010-88886666")
        assert err.value.field == "payment_code" and says in err.value.message.format(**err.value.params)
        assert _stored(store) == {} and svc.get().payment_code == "" and svc.get().hotline == hotline  # nothing at all
    two = Image.new("L", (900, 420), 255)
    two.paste(Image.open(io.BytesIO(qr_picture(WECHAT))), (10, 10))
    two.paste(Image.open(io.BytesIO(qr_picture("https://qr.alipay.com/fkx10000000000000000000"))), (470, 10))
    both = io.BytesIO()
    two.save(both, "PNG")
    with pytest.raises(ValidationError) as err:
        svc.update(supervisor, payment_code=both.getvalue())
    assert err.value.field == "payment_code" and err.value.params == {"n": 2}
    assert _stored(store) == {}


def test_a_payment_code_is_kept_with_what_it_says_audited_and_removed(store, supervisor, receptionist):
    from frontdesk.core.errors import PermissionDenied
    svc = SettingsService(store)
    png = qr_picture(WECHAT)
    with pytest.raises(PermissionDenied):
        svc.update(receptionist, payment_code=png)
    assert svc.update(supervisor, payment_code=png).payment_code == WECHAT
    assert svc.get().payment_code == WECHAT and svc.payment_code_image() == png  # the picture as loaded
    poster = qr_picture(WECHAT, fmt="JPEG", poster=True)  # the app's saved 收款码: a JPEG poster
    assert svc.update(supervisor, payment_code=poster).payment_code == WECHAT
    assert svc.payment_code_image() == poster
    with store.read() as s:
        rows = list(s.scalars(select(AuditEntry).where(AuditEntry.entity == "setting").order_by(AuditEntry.id)))
        row = s.get(Setting, "payment_code")
        assert row.updated_by == supervisor.id
    first, second = rows[-2:]
    assert first.operator_id == supervisor.id and first.at is not None
    assert json.loads(first.after)["payment_code"] == WECHAT
    assert json.loads(first.after)["payment_code_picture"].startswith("PNG 296×296")
    assert "payment_code" not in json.loads(second.after)  # the same code says the same: only the picture
    assert json.loads(second.after)["payment_code_picture"].startswith("JPEG 456×696")
    assert all(len(r.after) < 300 for r in rows)  # the log names the picture, never holds it
    svc.update(supervisor, payment_code=None)
    assert svc.get().payment_code == "" and svc.payment_code_image() is None
    with store.read() as s:
        last = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert json.loads(last.before)["payment_code"] == WECHAT and json.loads(last.after)["payment_code"] == ""


def _notices(desk, store):
    boss, clerk, fees, item, rooms = desk
    for m in (1, 2):
        fees.generate_month(boss, 2026, m)
    arrears = ArrearsService(store)
    on = date(2026, 3, 31)
    return arrears.notices([r.room_id for r in arrears.arrears(on)], on)


def test_notices_and_letters_carry_the_payment_code_a_phone_reads(desk, any_store, zh_translate, tmp_path):
    boss = desk[0]
    notices = _notices(desk, any_store)
    SettingsService(any_store).update(boss, payment_code=qr_picture(WECHAT, fmt="JPEG", poster=True))
    n101 = next(n for n in notices if n.room == "1-1-101")
    caption = zh_translate("Notice", PAY_CAPTION)
    room = zh_translate("Notice", "Room: {room}").format(room="1-1-101")
    for letter in (False, True):
        doc = notices_pdf(any_store, [n101], zh_translate, letter=letter)
        pdf = doc.build()
        assert doc.pages == 1
        text = pdf_text(pdf)
        caption_at, room_at = text.find("".join(caption.split())), text.find("".join(room.split()))
        assert 0 < caption_at < room_at < caption_at + 200  # the caption, then the room, beside the code
        fonts = subprocess.run(["pdffonts", "-"], input=pdf, capture_output=True, check=True).stdout.decode()
        assert "Helvetica" not in fonts and all(" yes " in ln for ln in fonts.splitlines()[2:] if ln.strip())
        number = next(w for w in ("TZ2026-", "CJ2026-") if w in text)
        codes = _codes(pdf, tmp_path, f"letter{letter}")
        assert WECHAT in codes and any(c.startswith(number) for c in codes) and len(codes) == 2


def test_the_code_is_large_enough_and_takes_no_room_from_the_notice(desk, any_store, zh_translate):
    """At least 25 mm on paper; a notice as long as one page holds without the code is still one
    page with it (the code sits in the room the seal block already takes)."""
    import dataclasses
    boss = desk[0]
    base = _notices(desk, any_store)[0]

    def pages(n: int) -> int:
        bills = [dataclasses.replace(base.bills[0], id=i) for i in range(n)]
        doc = notices_pdf(any_store, [Notice(base.room, base.owner, bills, base.on)], zh_translate)
        doc.build()
        return doc.pages

    most = next(n for n in range(5, 80) if pages(n + 1) > 1)  # the longest notice one page holds today
    SettingsService(any_store).update(boss, payment_code=qr_picture(WECHAT))
    assert pages(most) == 1
    assert _code_side_mm(notices_pdf(any_store, [base], zh_translate).build()) >= 25


def _code_side_mm(pdf: bytes) -> float:
    """The side of the largest QR code on the first page, in mm, as zbar finds it at 200 dpi."""
    import tempfile
    from pathlib import Path
    pyzbar = pytest.importorskip("pyzbar.pyzbar")
    from PIL import Image
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "n.pdf"
        path.write_bytes(pdf)
        subprocess.run(["pdftoppm", "-r", "200", "-png", "-f", "1", "-l", "1", str(path), str(Path(tmp) / "n")],
                       check=True)
        image = Image.open(next(Path(tmp).glob("n*.png")))
        found = pyzbar.decode(image, symbols=[pyzbar.ZBarSymbol.QRCODE])
    return max(max(c.rect.width, c.rect.height) for c in found if c.data.decode() == WECHAT) / 200 * 25.4


def test_without_a_code_the_notice_is_as_it_was(desk, any_store, zh_translate):
    notices = _notices(desk, any_store)
    text = pdf_text(notices_pdf(any_store, notices[:1], zh_translate).build())
    assert "".join(zh_translate("Notice", PAY_CAPTION).split()) not in text


def test_money_is_untouched_by_the_code(desk, any_store, zh_translate):
    """The code changes nothing of what the notice says is owed."""
    boss = desk[0]
    notices = _notices(desk, any_store)
    before = pdf_text(notices_pdf(any_store, notices[:1], zh_translate).build())
    SettingsService(any_store).update(boss, payment_code=qr_picture(WECHAT))
    after = pdf_text(notices_pdf(any_store, notices[:1], zh_translate).build())
    owed = format_yuan(notices[0].owed, symbol=False)
    assert notices[0].owed > 0 and owed in before and owed in after


def test_the_settings_dialog_loads_and_removes_the_code_from_the_keyboard(store, supervisor, zh_app, qtbot, boxes,
                                                                         tmp_path):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication
    from frontdesk.ui.admin_dialogs import SettingsDialog
    not_a_picture = tmp_path / "收款码.png"
    not_a_picture.write_bytes(b"GIF89a this is no picture")
    good = tmp_path / "微信收款码.jpg"
    good.write_bytes(qr_picture(WECHAT, fmt="JPEG", poster=True))

    def opened():
        dlg = SettingsDialog(store, supervisor)
        qtbot.addWidget(dlg)
        dlg.show()
        dlg.activateWindow()
        qtbot.waitUntil(dlg.isActiveWindow, timeout=2000)
        dlg.form.propertyName.setFocus()
        return dlg

    def alt(letter):  # the button's letter, pressed where the focus is, as a person does
        qtbot.keyClick(QApplication.focusWidget(), letter, Qt.KeyboardModifier.AltModifier)

    dlg = opened()
    f = dlg.form
    assert not f.removePaymentCode.isEnabled() and "2 MB" in f.paymentCodeText.text()
    boxes.files = [str(not_a_picture)]
    alt(Qt.Key.Key_I)  # Load a p&icture…
    qtbot.waitUntil(lambda: boxes.files == [], timeout=2000)
    assert "PNG" in dlg.errors.text("payment_code") and boxes.shown == []  # refused at its field, no box
    assert not f.removePaymentCode.isEnabled()
    boxes.files = [str(good)]
    f.loadPaymentCode.setFocus()
    qtbot.keyClick(f.loadPaymentCode, Qt.Key.Key_Space)  # the button itself, from the keyboard
    qtbot.waitUntil(lambda: boxes.files == [], timeout=2000)
    assert dlg.errors.text("payment_code") == "" and WECHAT in f.paymentCodeText.text()
    assert not f.paymentCodePreview.pixmap().isNull() and f.removePaymentCode.isEnabled()
    assert SettingsService(store).get().payment_code == ""  # kept only when the dialog is saved
    assert dlg.submit()
    assert SettingsService(store).get().payment_code == WECHAT
    assert SettingsService(store).payment_code_image() == good.read_bytes()
    dlg = opened()  # opened again: it shows the code loaded, and removes it
    assert WECHAT in dlg.form.paymentCodeText.text() and dlg.form.removePaymentCode.isEnabled()
    alt(Qt.Key.Key_M)  # Re&move
    qtbot.waitUntil(lambda: not dlg.form.removePaymentCode.isEnabled(), timeout=2000)
    assert SettingsService(store).get().payment_code == WECHAT  # until saved
    assert dlg.submit() and SettingsService(store).get().payment_code == ""
    assert SettingsService(store).payment_code_image() is None


def test_a_lower_case_code_prints_without_the_japanese_codecs(tmp_path):
    """The bundle leaves the Japanese codecs out; reportlab's QR encoder tried Kanji mode (through
    Shift-JIS) for any text that is not digits or upper case, and a payment code's URL is not."""
    import sys
    script = tmp_path / "nojp.py"
    script.write_text(
        "import sys\n"
        "sys.modules['_codecs_jp'] = None  # as in the bundle\n"
        "from frontdesk.core.printing import Document, Letterhead\n"
        "doc = Document('缴费通知单', Letterhead('翠湖花园'), number='TZ2026-000001')\n"
        f"doc.sign_here(code=({WECHAT!r}, ['扫码缴费，请备注房号', '房号：1-1-101']))\n"
        "sys.stdout.buffer.write(doc.build())\n", encoding="utf-8")
    pdf = subprocess.run([sys.executable, str(script)], capture_output=True, check=True).stdout
    assert WECHAT in _codes(pdf, tmp_path)
