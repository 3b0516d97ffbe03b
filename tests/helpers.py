"""Small helpers for tests."""
from pathlib import Path


def corrupt(path: Path) -> None:
    """Overwrite a page in the middle of an SQLite file (the header stays readable)."""
    data = bytearray(Path(path).read_bytes())
    page = 4096
    start = page * 2 if len(data) > page * 3 else len(data) // 2
    data[start:start + page] = b"\xde\xad\xbe\xef" * (page // 4)
    Path(path).write_bytes(bytes(data))


def pdf_text(pdf: bytes) -> str:
    """The text of a PDF as pdftotext reads it, with every blank removed (CJK lines break anywhere)."""
    import subprocess
    out = subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True).stdout
    return "".join(out.decode("utf-8").split())


def sum_formula(ws, coordinate: str):
    """The value a spreadsheet shows for a total the app wrote as ``=SUM(F2:F9)``: checks it is that
    formula and adds up the cells it names (openpyxl does not calculate)."""
    import re
    from decimal import Decimal
    formula = ws[coordinate].value
    m = re.fullmatch(r"=SUM\(([A-Z]+)(\d+):([A-Z]+)(\d+)\)", str(formula))
    assert m and m[1] == m[3], f"{coordinate} is not a SUM over one column: {formula!r}"
    assert ws[coordinate].data_type == "f"
    values = [ws[f"{m[1]}{r}"].value for r in range(int(m[2]), int(m[4]) + 1)]
    return sum((Decimal(str(v)) for v in values if isinstance(v, (int, float))), Decimal(0))


def choose_room(qtbot, dlg, room: str = "3-1-1201") -> None:
    """In a form with a room search box (``dlg.room_box``): type the room and take the first hit
    with Enter, as the desk does."""
    from PySide6.QtCore import Qt
    dlg.room_box.setFocus()
    qtbot.keyClicks(dlg.room_box, room)
    dlg.room_box.flush()
    qtbot.keyClick(dlg.room_box, Qt.Key.Key_Return)


def qr_picture(text: str, scale: int = 8, border: int = 4, fmt: str = "PNG", poster: bool = False) -> bytes:
    """A picture of a QR code of ``text``, made as the app makes its own codes (reportlab's QR
    encoder), drawn with Pillow: ``scale`` pixels a module, ``border`` modules of white around it;
    ``poster``: on a coloured sheet with a title band, as a payment app saves its 收款码."""
    import io
    from PIL import Image, ImageDraw
    from reportlab.graphics.barcode.qrencoder import QRCode, QRErrorCorrectLevel
    qr = QRCode(None, QRErrorCorrectLevel.M)
    qr.addData(text)
    qr.make()
    n = qr.getModuleCount()
    side = (n + 2 * border) * scale
    im = Image.new("L", (side, side), 255)
    draw = ImageDraw.Draw(im)
    for r in range(n):
        for c in range(n):
            if qr.isDark(r, c):
                x, y = (c + border) * scale, (r + border) * scale
                draw.rectangle([x, y, x + scale - 1, y + scale - 1], fill=0)
    if poster:
        sheet = Image.new("RGB", (side + 160, side + 400), (26, 173, 25))  # WeChat green
        sheet.paste(im.convert("RGB"), (80, 200))
        im = sheet
    out = io.BytesIO()
    im.save(out, fmt)
    return out.getvalue()


def downgrade_to(store, revision: str) -> None:
    """Take the store's schema back to ``revision`` (a test of an upgrade's data step then upgrades it)."""
    from alembic import command

    from frontdesk.core.migrate import alembic_config
    with store.engine.connect() as conn:
        if store.is_sqlite:  # batch migrations rebuild referenced tables, as upgrade() allows for
            conn.connection.dbapi_connection.execute("PRAGMA foreign_keys=OFF")
        with conn.begin():
            command.downgrade(alembic_config(conn), revision)
        if store.is_sqlite:
            conn.connection.dbapi_connection.execute("PRAGMA foreign_keys=ON")
    assert store.schema_revision() == revision
