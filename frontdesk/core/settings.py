"""Property settings (物业信息) and desk-wide preferences, kept in the store and audited."""
from __future__ import annotations

import io
from dataclasses import dataclass, fields
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from frontdesk.core import audit
from frontdesk.core.audit import SYSTEM, Actor
from frontdesk.core.db import Store
from frontdesk.core.errors import QT_TRANSLATE_NOOP, Checks, DomainError, ValidationError
from frontdesk.core.money import money_in, to_money
from frontdesk.core.models import Operator, Setting, now
from frontdesk.core.operators import SUPERVISOR, create_operator, require_supervisor
from frontdesk.core.people import normalize_phone


@dataclass(frozen=True)
class PropertySettings:
    """What every printed document's header and every screen needs to know."""

    property_name: str = ""
    company_name: str = ""
    address: str = ""
    hotline: str = ""
    idle_lock_minutes: int = 10
    backup_keep: int = 30
    custody_water_limit: Decimal = Decimal("5.00")   # m³ between two custody readings (seed)
    custody_power_limit: Decimal = Decimal("20.00")  # kWh between two custody readings (seed)
    late_fee_enabled: bool = False                   # 滞纳金 is off unless the property turns it on
    late_fee_basis: str = "day"                      # "day": rate per day overdue; "month": per month begun
    late_fee_rate: Decimal = Decimal("0.03")         # percent of the overdue amount per day (or month)
    late_fee_grace_days: int = 15                    # days after the end of the billed month
    cash_over_limit: Decimal = Decimal("10000.00")   # cash received may exceed what is due by at most this
    partial_payments: bool = False                   # may a payment settle part of a bill
    office_end: str = "17:30"                        # "N working days" end at this time of the N-th day
    receipt_layout: str = "three_part"               # "three_part": A4 存根/收据/记账; "a5": customer copy only
    follow_up_gap_hours: int = 2                     # 回访: unanswered calls at least this many hours apart
    payment_code: str = ""                           # what the property's 收款码 says (its picture: payment_code_image)
    demo: bool = False


_INT_LIMITS = {"idle_lock_minutes": (1, 240), "backup_keep": (1, 365), "late_fee_grace_days": (0, 365),
               "follow_up_gap_hours": (1, 72)}
_CHOICES = {"late_fee_basis": ("day", "month"), "receipt_layout": ("three_part", "a5")}
_BOOLS = ("demo", "late_fee_enabled", "partial_payments")
_DECIMAL_LIMITS = {"custody_water_limit": (0, 1000), "custody_power_limit": (0, 10000),
                   "cash_over_limit": (0, 1000000)}


# The property's payment code (微信/支付宝 收款码): a PNG or JPEG picture of one QR code, read when it is
# loaded. Its text is a setting like the others; the picture is kept beside it (base64, its own row),
# read only by whoever shows it, never by load().
PAYMENT_CODE_IMAGE = "payment_code_image"
PAYMENT_CODE_MAX_BYTES = 2 * 1024 * 1024
PAYMENT_CODE_MAX_PIXELS = 40_000_000  # a 2 MB PNG of one colour can claim far more: Pillow would refuse it
_PICTURE_FORMATS = {"PNG": "PNG", "JPEG": "JPEG", "MPO": "JPEG"}  # MPO: a phone's JPEG with a preview inside


@dataclass(frozen=True)
class PaymentCode:
    """A payment code picture as loaded and checked: its bytes and the text its QR code carries."""

    image: bytes
    text: str

    def thumbnail(self, pixels: int) -> bytes:
        """A PNG of the picture at most ``pixels`` a side (for a screen: Qt reads PNG without plugins)."""
        from PIL import Image
        with Image.open(io.BytesIO(self.image)) as im:
            small = _on_white(im, "RGB")
        small.thumbnail((pixels, pixels))
        out = io.BytesIO()
        small.save(out, "PNG")
        return out.getvalue()

    def describe(self) -> str:
        """What the audit log keeps of the picture (never the picture itself): format, pixels, size, digest."""
        import hashlib
        from PIL import Image
        with Image.open(io.BytesIO(self.image)) as im:
            kind, (w, h) = _PICTURE_FORMATS.get(im.format, im.format), im.size
        return f"{kind} {w}×{h}, {max(1, round(len(self.image) / 1024))} KB, " \
               f"SHA-256 {hashlib.sha256(self.image).hexdigest()[:16].upper()}"


def payment_code_file(path, field: str = "payment_code") -> bytes:
    """The bytes of a picture file chosen as the payment code; one too big is refused before it is
    read (ValidationError at ``field``, as ``read_payment_code`` refuses it)."""
    from pathlib import Path
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > PAYMENT_CODE_MAX_BYTES:
            return _too_big(size, field)
        return path.read_bytes()
    except OSError:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The file {name} cannot be read."), field,
                              name=path.name) from None


def _too_big(size: int, field: str):
    raise ValidationError(QT_TRANSLATE_NOOP(
        "Errors", "The picture is {size} MB; a payment code picture may be at most {most} MB. Save a "
                  "smaller copy (a screenshot of the code will do)."), field,
        size=f"{size / 1024 / 1024:.1f}", most=PAYMENT_CODE_MAX_BYTES // 1024 // 1024)


def read_payment_code(data: bytes, field: str = "payment_code") -> PaymentCode:
    """Check a payment code picture and read its QR code (ValidationError at ``field``): at most
    2 MB, a PNG or JPEG that Pillow opens, holding exactly one QR code that decodes.

    The QR decoder is zxing-cpp (a self-contained wheel, no system library): zbar, which the
    tests read codes back with, needs libzbar on Linux and the VC++ 2013 runtime on Windows."""
    if not data:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The file is empty: choose the payment code picture."), field)
    if len(data) > PAYMENT_CODE_MAX_BYTES:
        _too_big(len(data), field)
    from PIL import Image, UnidentifiedImageError
    too_many = QT_TRANSLATE_NOOP("Errors", "The picture has too many pixels to read: save a smaller copy (a "
                                           "screenshot of the code will do).")
    try:
        with Image.open(io.BytesIO(data)) as im:
            if im.format not in _PICTURE_FORMATS:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "This picture is a {kind} file: load the payment code as a PNG or JPEG picture."),
                    field, kind=im.format or "?")
            if im.size[0] * im.size[1] > PAYMENT_CODE_MAX_PIXELS:
                raise ValidationError(too_many, field)
            im.load()
            gray = _on_white(im)
    except ValidationError:
        raise
    except Image.DecompressionBombError:
        raise ValidationError(too_many, field) from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "This file is not a picture that can be opened: load the payment code as a PNG or JPEG "
                      "picture."), field) from None
    texts = _qr_texts(gray)
    if not texts:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "No QR code can be read in this picture: load the payment code (收款码) itself, whole "
                      "and sharp, as the payment app saves it."), field)
    if len(texts) > 1:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "This picture holds {n} different QR codes: load a picture of the payment code alone."),
            field, n=len(texts))
    text = texts[0]
    if not text.strip() or len(text) > 500:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The QR code in this picture is not a payment code (it says nothing usable)."), field)
    return PaymentCode(data, text)


def _on_white(im, mode: str = "L"):
    """The picture in grey (or ``mode``), a transparent background white (as it looks on paper)."""
    from PIL import Image, ImageOps
    im = ImageOps.exif_transpose(im)
    if im.mode in ("RGBA", "LA", "PA") or (im.mode == "P" and "transparency" in im.info):
        im = im.convert("RGBA")
        white = Image.new("RGBA", im.size, (255, 255, 255, 255))
        im = Image.alpha_composite(white, im)
    return im.convert(mode)


def qr_texts(picture: bytes) -> list[str]:
    """The distinct texts of the QR codes in a picture (a page rendered to PNG: the self-test reads
    the printed payment code back with the same decoder that checked it)."""
    from PIL import Image
    with Image.open(io.BytesIO(picture)) as im:
        return _qr_texts(_on_white(im))


def _qr_texts(gray) -> list[str]:
    """The distinct texts of the QR codes in a grey picture (zxing-cpp)."""
    import zxingcpp
    found = zxingcpp.read_barcodes(gray, formats=zxingcpp.BarcodeFormat.QRCode, text_mode=zxingcpp.TextMode.Plain)
    return list(dict.fromkeys(code.text for code in found if code.valid and code.text))


def payment_code_image(session: Session) -> bytes | None:
    """The payment code picture as it was loaded, or None."""
    import base64
    row = session.get(Setting, PAYMENT_CODE_IMAGE)
    return base64.b64decode(row.value) if row is not None and row.value else None


def _decode(key: str, raw: str):
    kind = PropertySettings.__dataclass_fields__[key].type
    if kind == "int":
        return int(raw)
    if kind == "bool":
        return raw == "1"
    if kind == "Decimal":
        return Decimal(raw)
    return raw


def _encode(value) -> str:
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)


def _clean(key: str, value):
    """One setting cleaned and checked (ValidationError at its field)."""
    if key not in PropertySettings.__dataclass_fields__:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown setting {key}."), key, key=key)
    if key in _INT_LIMITS:
        lo, hi = _INT_LIMITS[key]
        try:
            value = int(str(value).strip())
        except ValueError:
            value = None
        if value is None or not lo <= value <= hi:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "Please enter a whole number from {lo} to {hi}."), key, lo=lo, hi=hi)
    elif key in _BOOLS:
        value = bool(value)
    elif key in _CHOICES:
        if value not in _CHOICES[key]:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown choice."), key)
    elif key == "late_fee_rate":
        try:
            value = Decimal(str(value).strip().rstrip("%"))
        except ArithmeticError:
            value = None
        if value is None or not value.is_finite() or not 0 < value <= 5 or value != round(value, 4):
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "Please enter a percentage above 0 and at most 5, with at most 4 decimals "
                          "(e.g. 0.03)."), key)
    elif key == "office_end":
        import re
        value = str(value).strip()
        m = re.fullmatch(r"([01]?\d|2[0-3]):([0-5]\d)", value)
        if not m:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Enter a time of day as HH:MM, e.g. 17:30."), key)
        value = f"{int(m.group(1)):02d}:{m.group(2)}"
    elif key == "cash_over_limit":  # money: the one bounds rule
        value = money_in(value, key, _DECIMAL_LIMITS[key][1], _DECIMAL_LIMITS[key][0])
    elif key in _DECIMAL_LIMITS:
        value = to_money(value, key) if str(value).strip() else None
        lo, hi = _DECIMAL_LIMITS[key]
        if value is None or not lo < value <= hi:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "Please enter a number above {lo} and at most {hi}."), key, lo=lo, hi=hi)
    else:
        value = str(value).strip()
        if len(value) > 100:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Too long (at most 100 characters)."), key)
    return value


def validate(values: dict) -> dict:
    """Clean and check property settings: every field at once (ValidationError or Invalid)."""
    check = Checks()
    out = {}
    values = dict(values)
    if "payment_code" in values:  # a picture's bytes, read again here whoever read it before; None: removed
        picture = values.pop("payment_code")
        if picture is None:
            out["payment_code"] = None
        elif not isinstance(picture, (bytes, bytearray, memoryview)):
            check.fail(QT_TRANSLATE_NOOP("Errors", "This file is not a picture that can be opened: load the "
                                                   "payment code as a PNG or JPEG picture."), "payment_code")
        else:
            code = check(read_payment_code, bytes(picture))
            if code is not None:
                out["payment_code"] = code
    for key, value in values.items():
        clean = check(_clean, key, value)
        if not check.failed(key):
            out[key] = clean
    if "property_name" in values and not check.failed("property_name") and not out.get("property_name"):
        check.fail(QT_TRANSLATE_NOOP("Errors", "Please enter the property's name."), "property_name")
    if out.get("hotline"):
        out["hotline"] = check(normalize_phone, out["hotline"], "hotline")
    check.done()
    return out


def load(session: Session) -> PropertySettings:
    names = [f.name for f in fields(PropertySettings)]
    rows = dict(session.execute(select(Setting.key, Setting.value).where(Setting.key.in_(names))).all())
    return PropertySettings(**{f.name: _decode(f.name, rows[f.name]) for f in fields(PropertySettings)
                               if f.name in rows})


def save(session: Session, actor: Actor, values: dict) -> None:
    """Write cleaned values in the caller's transaction and audit what changed."""
    current = load(session)
    before, after = {}, {}

    def put(key: str, value: str) -> None:
        row = session.get(Setting, key)
        if row is None:
            session.add(Setting(key=key, value=value, updated_at=now(), updated_by=actor.id))
        else:
            row.value, row.updated_at, row.updated_by = value, now(), actor.id

    values = dict(values)
    if "payment_code" in values:  # its text a setting, its picture beside it; the log keeps what it says
        import base64
        code: PaymentCode | None = values.pop("payment_code")
        old_image = payment_code_image(session)
        new_image = code.image if code else None
        if new_image != old_image:
            before["payment_code"] = current.payment_code
            before["payment_code_picture"] = PaymentCode(old_image, "").describe() if old_image else ""
            after["payment_code"] = code.text if code else ""
            after["payment_code_picture"] = code.describe() if code else ""
            put("payment_code", after["payment_code"])
            put(PAYMENT_CODE_IMAGE, base64.b64encode(new_image).decode("ascii") if new_image else "")
    for key, value in values.items():
        old = getattr(current, key)
        if old == value:
            continue
        before[key], after[key] = old, value
        put(key, _encode(value))
    if after:
        audit.record(session, actor, "update", "setting", "property", before, after)


class SettingsService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def get(self) -> PropertySettings:
        with self.store.read() as s:
            return load(s)

    def update(self, actor: Actor, **values) -> PropertySettings:
        """Change settings (a supervisor): every field checked at once, then stored and audited in
        one transaction. ``payment_code``: a picture's bytes to load, ``None`` to remove it."""
        require_supervisor(actor)
        clean = validate(values)
        with self.store.write() as s:
            save(s, actor, clean)
            return load(s)

    def payment_code_image(self) -> bytes | None:
        """The property's payment code picture as loaded (its text: ``get().payment_code``), or None."""
        with self.store.read() as s:
            return payment_code_image(s)

    def needs_setup(self) -> bool:
        with self.store.read() as s:
            return not s.scalar(select(func.count()).select_from(Operator))

    def first_setup(self, property_values: dict, username: str, display_name: str, password: str) -> Actor:
        """First start: the property and its first supervisor, in one transaction."""
        clean = validate({"idle_lock_minutes": 10, "backup_keep": 30, **property_values})
        if not clean.get("property_name"):
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Please enter the property's name."), "property_name")
        with self.store.write() as s:
            if s.scalar(select(func.count()).select_from(Operator)):
                raise DomainError(QT_TRANSLATE_NOOP("Errors", "This store is already set up."))
            op = create_operator(s, SYSTEM, username, display_name, SUPERVISOR, password)
            actor = Actor(op.id, op.username, op.display_name, op.role)
            save(s, actor, clean)
        return actor


audit.label_fields({  # every setting, as the settings form names it
    "idle_lock_minutes": QT_TRANSLATE_NOOP("AuditFields", "lock after idle (minutes)"),
    "backup_keep": QT_TRANSLATE_NOOP("AuditFields", "backups to keep"),
    "custody_water_limit": QT_TRANSLATE_NOOP("AuditFields", "custody: water per reading (m³)"),
    "custody_power_limit": QT_TRANSLATE_NOOP("AuditFields", "custody: electricity per reading (kWh)"),
    "late_fee_enabled": QT_TRANSLATE_NOOP("AuditFields", "late fee charged"),
    "late_fee_basis": QT_TRANSLATE_NOOP("AuditFields", "late fee counted"),
    "late_fee_rate": QT_TRANSLATE_NOOP("AuditFields", "late fee rate (%)"),
    "late_fee_grace_days": QT_TRANSLATE_NOOP("AuditFields", "grace days after the billed month"),
    "cash_over_limit": QT_TRANSLATE_NOOP("AuditFields", "cash above the amount due, at most"),
    "partial_payments": QT_TRANSLATE_NOOP("AuditFields", "part payment of a bill allowed"),
    "office_end": QT_TRANSLATE_NOOP("AuditFields", "office hours end"),
    "receipt_layout": QT_TRANSLATE_NOOP("AuditFields", "receipt paper"),
    "follow_up_gap_hours": QT_TRANSLATE_NOOP("AuditFields", "follow-up: hours between two unanswered calls"),
    "payment_code": QT_TRANSLATE_NOOP("AuditFields", "payment code (what it says)"),
    "payment_code_picture": QT_TRANSLATE_NOOP("AuditFields", "payment code picture"),
})
audit.label_values("late_fee_basis", {"day": QT_TRANSLATE_NOOP("SettingsDialog", "per day overdue"),
                                      "month": QT_TRANSLATE_NOOP("SettingsDialog", "per month overdue")}, "SettingsDialog")
audit.label_values("receipt_layout", {
    "three_part": QT_TRANSLATE_NOOP("SettingsDialog", "A4, three parts (stub, payer, accounts)"),
    "a5": QT_TRANSLATE_NOOP("SettingsDialog", "A5, the payer's copy only")}, "SettingsDialog")
_SETTING_RECORDS = {"property": QT_TRANSLATE_NOOP("AuditValues", "Property and preferences"),
                    "demo": QT_TRANSLATE_NOOP("AuditValues", "Demo property")}
audit.record_names("setting", lambda _s, entity_id, translate: translate("AuditValues", _SETTING_RECORDS[entity_id])
                   if entity_id in _SETTING_RECORDS else None)
