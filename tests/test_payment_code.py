"""The property's payment code (收款码, issue 23 item 4): loaded in 设置 → 物业信息, checked when
loaded (a picture, at most 2 MB, one QR code that decodes), kept with what it says and audited;
printed on every payment notice and 催缴函 beside the room to note in the payment, large enough for a
phone, and every notice still one page. The PDFs are read back as a resident's phone would: the
page rendered (pdftoppm) and its codes decoded by zbar — another decoder than the one that checked
the picture (zxing-cpp)."""
import io
import json

import pytest
from sqlalchemy import select

from frontdesk.core.errors import ValidationError
from frontdesk.core.models import AuditEntry, Setting
from frontdesk.core.settings import PAYMENT_CODE_IMAGE, SettingsService
from tests.helpers import qr_picture

WECHAT = "wxp://f2f0Q7kZ3mVb2yXc9LrT4nHsWq8eJdP1uA"


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
