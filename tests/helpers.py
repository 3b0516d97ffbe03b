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
