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
