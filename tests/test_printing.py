"""Printed documents: A4/A5, CJK that renders and extracts, embedded font, QR code, page X of Y."""
import subprocess

import pytest
from pypdf import PdfReader

from frontdesk.core import documents
from frontdesk.core.printing import Document, Letterhead, missing_glyphs

HEAD = Letterhead("翠湖花园", "示例物业服务有限公司", "杭州市滨江路88号", "0571-88886666")


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def flat(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize("page,size", [("A4", (595, 842)), ("A5", (420, 595))])
def test_page_sizes_text_and_embedded_font(tmp_path, page, size):
    doc = Document("装修许可证", HEAD, number="ZX2026-000007", page=page, operator="李前台",
                   signatures=("业主", "经办人"))
    doc.fields([("房号", "3栋2单元1201"), ("金额", "¥3,000.00"), ("大写", "人民币叁仟元整")])
    path = doc.save(tmp_path / "x.pdf")
    reader = PdfReader(path)
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == size
    text = flat(pdf_text(path))
    for expected in ("翠湖花园", "装修许可证", "ZX2026-000007", "3栋2单元1201", "¥3,000.00", "人民币叁仟元整",
                     "业主：", "（盖章）", "第1页共1页", "李前台"):
        assert expected in text
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    lines = [ln for ln in fonts.splitlines()[2:] if ln.strip()]
    assert lines and all(" yes " in ln for ln in lines), fonts  # every font embedded
    assert "Helvetica" not in fonts
    assert doc.missing_glyphs == set()


def test_qr_code_carries_the_document_number(tmp_path):
    pyzbar = pytest.importorskip("pyzbar.pyzbar")
    from PIL import Image
    path = Document("物品放行条", HEAD, number="FX2026-000123").save(tmp_path / "q.pdf")
    subprocess.run(["pdftoppm", "-r", "200", "-png", "-f", "1", "-l", "1", str(path), str(tmp_path / "p")], check=True)
    image = Image.open(next(tmp_path.glob("p*.png")))
    codes = [c.data.decode() for c in pyzbar.decode(image)]
    assert codes == ["FX2026-000123"]


def test_long_tables_break_across_pages_with_page_numbers(tmp_path):
    doc = Document("住户名单", HEAD)
    doc.table(["房号", "姓名"], [[f"1-1-{i:04d}", "张三"] for i in range(120)], widths=[0.5, 0.5])
    path = doc.save(tmp_path / "long.pdf")
    assert doc.pages == len(PdfReader(path).pages) >= 3
    assert f"第{doc.pages}页共{doc.pages}页" in flat(pdf_text(path))


def test_missing_glyphs_are_noticed():
    assert missing_glyphs("张三 ABC 123 ¥") == set()
    assert missing_glyphs("𠀀") == {"𠀀"}  # U+20000: beyond the font
    doc = Document("测试", HEAD)
    doc.paragraph("住户：𠀀先生")
    doc.build()
    assert doc.missing_glyphs == {"𠀀"}


def test_operator_list_is_numbered_and_audited(store, supervisor, tmp_path):
    from frontdesk.core.audit import history
    doc = documents.operator_list(store, supervisor)
    assert doc.number == "CZ2026-000001" or doc.number.startswith("CZ")
    path = doc.save(tmp_path / "ops.pdf")
    assert "zhuguan" in pdf_text(path)
    with store.read() as s:
        assert [e.action for e in history(s, "document", doc.number)] == ["print"]


def test_receptionist_cannot_print_the_operator_list(store, receptionist):
    from frontdesk.core.errors import PermissionDenied
    with pytest.raises(PermissionDenied):
        documents.operator_list(store, receptionist)


def test_a5_test_page(store, supervisor, tmp_path):
    doc = documents.test_page(store, supervisor, "A5")
    path = doc.save(tmp_path / "t.pdf")
    text = flat(pdf_text(path))
    assert "壹贰叁肆伍陆柒捌玖拾" in text and "0123456789" in text and "ABCDEFGHIJKLMNOPQRSTUVWXYZ" in text
